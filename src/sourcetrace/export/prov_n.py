"""``prov-n``: the W3C PROV-N notation, readable by people and the ProvToolbox."""

from __future__ import annotations

from ._prov import prov_document
from .registry import Exporter, ExportInput, register


def render(data: ExportInput) -> bytes:
    return prov_document(data.readings, data.claim_rows).get_provn().encode("utf-8")


register(
    Exporter(
        name="prov-n",
        description="W3C PROV as PROV-N notation, one bundle per document",
        media_type="text/provenance-notation",
        suffix=".provn",
        render=render,
    )
)
