"""``graphml``: the provenance graph for Gephi, yEd, Cytoscape desktop, igraph or networkx."""

from __future__ import annotations

import io

import networkx as nx

from ._network import corpus_graph
from .registry import Exporter, ExportInput, register


def render(data: ExportInput) -> bytes:
    buffer = io.BytesIO()
    nx.write_graphml(corpus_graph(data.readings, data.claim_rows), buffer, encoding="utf-8")
    return buffer.getvalue()


register(
    Exporter(
        name="graphml",
        description="the provenance graph as GraphML (node and edge kinds as attributes)",
        media_type="application/graphml+xml",
        suffix=".graphml",
        render=render,
    )
)
