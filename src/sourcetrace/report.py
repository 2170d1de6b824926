"""The readable terminal report of a reading (Rich)."""

from __future__ import annotations

from rich.console import Console

from .model import Reading


def print_reading(reading: Reading, console: Console) -> None:
    doc = reading.document
    console.rule(f"[bold]{doc.title or doc.origin or doc.id[:12]}[/bold]  ({doc.language})")
    console.print(f"{len(reading.quotes)} quotes, {len(reading.attributions)} attributions, "
                  f"{len(reading.figures)} figures, {len(reading.hedges)} hedges")
