"""``gexf``: the provenance graph in Gephi's own format."""

from __future__ import annotations

import io

import networkx as nx

from ._network import corpus_graph
from .registry import Exporter, ExportInput, register


def render(data: ExportInput) -> bytes:
    buffer = io.BytesIO()
    nx.write_gexf(corpus_graph(data.readings, data.claim_rows), buffer, encoding="utf-8")
    return buffer.getvalue()


register(
    Exporter(
        name="gexf",
        description="the provenance graph as GEXF for Gephi",
        media_type="application/gexf+xml",
        suffix=".gexf",
        render=render,
    )
)
