"""``graphml``: the provenance graph for Gephi, yEd, Cytoscape desktop, igraph or networkx."""

from __future__ import annotations

import io
import re
from typing import Any

import networkx as nx

from ._network import corpus_graph
from .registry import Exporter, ExportInput, register

#: characters XML 1.0 cannot carry at all (C0 controls but tab, newline, carriage return): a
#: stored text holding one (a pasted Telegram export, a fuzzed request) must not fail the export
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def _xml_safe(value: Any) -> Any:
    return _NOT_XML.sub("\ufffd", value) if isinstance(value, str) else value


def render(data: ExportInput) -> bytes:
    graph = corpus_graph(data.readings, data.claim_rows)
    safe = nx.relabel_nodes(graph, _xml_safe, copy=True)
    for _node, attributes in safe.nodes(data=True):
        attributes.update({key: _xml_safe(value) for key, value in attributes.items()})
    for *_ends, attributes in safe.edges(data=True):
        attributes.update({key: _xml_safe(value) for key, value in attributes.items()})
    buffer = io.BytesIO()
    nx.write_graphml(safe, buffer, encoding="utf-8")
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
