"""``parquet``: the CSV tables as typed Apache Parquet files (needs the ``parquet`` extra,
pyarrow), for pandas, Polars, DuckDB or R's arrow without parsing text."""

from __future__ import annotations

import io

from ._tables import columns_of, tables
from .registry import Exporter, ExportError, ExportInput, register


def render(data: ExportInput) -> dict[str, bytes]:
    try:
        import pyarrow as pa
        import pyarrow.parquet as pq
    except ImportError:
        raise ExportError(
            "the parquet format needs pyarrow: pip install 'sourcetrace[parquet]'"
        ) from None
    files: dict[str, bytes] = {}
    for name, rows in tables(data.readings, data.claim_rows).items():
        columns = columns_of(name)
        table = (
            pa.Table.from_pylist(rows)
            if rows
            else pa.table({c: pa.array([], pa.string()) for c in columns})
        )
        buffer = io.BytesIO()
        pq.write_table(table.select(list(columns)), buffer)
        files[f"{name}.parquet"] = buffer.getvalue()
    return files


register(
    Exporter(
        name="parquet",
        description="the CSV tables as Parquet files (pip install 'sourcetrace[parquet]')",
        media_type="application/vnd.apache.parquet",
        suffix=".parquet",
        render=render,
        several_files=True,
    )
)
