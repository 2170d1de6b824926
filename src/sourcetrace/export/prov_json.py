"""``prov-json``: the W3C PROV-JSON serialisation, one bundle per document."""

from __future__ import annotations

from ._prov import prov_document
from .registry import Exporter, ExportInput, register


def render(data: ExportInput) -> bytes:
    return prov_document(data.readings, data.claim_rows).serialize(format="json", indent=2).encode("utf-8")


register(
    Exporter(
        name="prov-json",
        description="W3C PROV as PROV-JSON: speakers, quotes and sourcing, one bundle per document",
        media_type="application/json",
        suffix=".prov.json",
        render=render,
    )
)
