"""The sourcing chain as a graph the reader can draw: typed nodes and labelled edges."""

from __future__ import annotations

from typing import Any

from ..model import Reading

DOCUMENT_NODE = "this document"


def provenance_graph(reading: Reading) -> dict[str, Any]:
    """``{"nodes": [{id, label, kind}], "edges": [{source, target, relation}]}``.

    Kinds: ``document`` (this one), ``medium`` (where a statement was made: a video, a channel),
    ``outlet`` (an organisation this document cites as its source), ``speaker`` (other people and
    organisations), ``claim`` (what a source verified, confirmed or denied)."""
    media = {q.medium for q in reading.quotes if q.medium} | {
        a.medium for a in reading.attributions if a.medium
    }
    people = {s.name: s.kind for s in reading.speakers}
    for a in reading.attributions:
        people.setdefault(a.source.name, a.source.kind)
    for q in reading.quotes:
        if q.speaker:
            people.setdefault(q.speaker.name, q.speaker.kind)
    cited = {e.target for e in reading.provenance if e.source == DOCUMENT_NODE}

    def kind(name: str) -> str:
        if name == DOCUMENT_NODE:
            return "document"
        if name in media:
            return "medium"
        if name in people:
            return "outlet" if people[name] == "organisation" and name in cited else "speaker"
        return "claim"

    nodes: dict[str, dict[str, str]] = {}
    edges = []
    doc = reading.document
    for edge in reading.provenance:
        for name in (edge.source, edge.target):
            if name not in nodes:
                label = (doc.title or doc.source or name) if name == DOCUMENT_NODE else name
                nodes[name] = {"id": name, "label": label, "kind": kind(name)}
        edges.append({"source": edge.source, "target": edge.target, "relation": edge.relation})
    if not nodes:
        nodes[DOCUMENT_NODE] = {
            "id": DOCUMENT_NODE,
            "label": doc.title or doc.source or DOCUMENT_NODE,
            "kind": "document",
        }
    return {"nodes": list(nodes.values()), "edges": edges}
