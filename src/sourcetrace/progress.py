"""Progress display shared by the commands that read many documents."""

from __future__ import annotations

from rich.progress import ProgressColumn, Task
from rich.text import Text


class RateColumn(ProgressColumn):
    """Documents per second, as Rich measures it over the last moments (blank at first)."""

    def render(self, task: Task) -> Text:
        speed = task.finished_speed or task.speed
        if not speed:
            return Text("", style="progress.data.speed")
        return Text(f"{speed:.1f} docs/s", style="progress.data.speed")
