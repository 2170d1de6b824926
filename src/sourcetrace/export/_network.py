"""The provenance graphs of many documents as one networkx graph, for GraphML and GEXF.

Each document's graph comes from :func:`sourcetrace.api.graph.provenance_graph`, the one the
reader draws. People, outlets and media are shared across documents by kind and name (so Gephi
shows who is cited where); the document itself and the claims it reports stay per document."""

from __future__ import annotations

from typing import Any

import networkx as nx

from ..model import Reading

#: node kinds that name something outside one document and so join graphs across documents
SHARED_KINDS = {"speaker", "outlet", "medium"}


def corpus_graph(
    readings: list[Reading], claim_rows: dict[str, list[dict[str, Any]]] | None = None
) -> nx.MultiDiGraph:
    """Nodes carry ``label``, ``kind`` (document, outlet, speaker, medium, claim; cluster for a
    claim linked across documents, with its ``grade``), ``name`` (the
    node's id in ``/api/documents/{id}/provenance``) and, for document and claim nodes,
    ``document_id``; edges carry ``relation`` and ``document_id``."""
    from ..api.graph import provenance_graph

    graph = nx.MultiDiGraph(name="sourcetrace provenance")
    for reading in readings:
        doc_id = reading.document.id
        drawn = provenance_graph(reading)
        ids: dict[str, str] = {}
        for node in drawn["nodes"]:
            kind = node["kind"]
            if kind in SHARED_KINDS:
                node_id = f"{kind}:{node['id']}"
            elif kind == "document":
                node_id = f"document:{doc_id}"
            else:
                node_id = f"{kind}:{doc_id}:{node['id']}"
            ids[node["id"]] = node_id
            attributes = {"label": node["label"], "kind": kind, "name": node["id"]}
            if kind not in SHARED_KINDS:
                attributes["document_id"] = doc_id
            graph.add_node(node_id, **attributes)
        for edge in drawn["edges"]:
            graph.add_edge(
                ids[edge["source"]],
                ids[edge["target"]],
                relation=edge["relation"],
                label=edge["relation"],
                document_id=doc_id,
            )
    # the same claim across documents: one node per cluster, an edge from each document
    for row in (claim_rows or {}).get("claims", []):
        cluster = f"cluster:{row['cluster_id']}"
        if cluster not in graph:
            graph.add_node(
                cluster, label=f"claim cluster {row['grade']}", kind="cluster",
                name=row["cluster_id"], grade=row["grade"],
            )
        graph.add_edge(
            f"document:{row['document_id']}", cluster, relation="carries", label="carries",
            document_id=row["document_id"],
        )
    return graph
