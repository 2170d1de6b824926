"""``csv``: one UTF-8 CSV file per record kind (documents, speakers, quotes, attributions,
figures, hedges; claims and conflicts when the store has linked claims) with a header row of
stable column names; opens in pandas, R or a spreadsheet."""

from __future__ import annotations

import csv
import io

from ._tables import columns_of, tables
from .registry import Exporter, ExportInput, register


def render(data: ExportInput) -> dict[str, bytes]:
    files: dict[str, bytes] = {}
    for name, rows in tables(data.readings, data.claim_rows).items():
        buffer = io.StringIO(newline="")
        writer = csv.DictWriter(buffer, fieldnames=columns_of(name), lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)
        files[f"{name}.csv"] = buffer.getvalue().encode("utf-8")
    return files


register(
    Exporter(
        name="csv",
        description="one CSV table per record kind, with document ids and character offsets",
        media_type="text/csv",
        suffix=".csv",
        render=render,
        several_files=True,
    )
)
