"""The chain back to the first source within one cluster of linked claims.

Appearances are ordered by publication time (then by when they were stored); the first is the
earliest known appearance. The *primary source* is the speaker's own post (a video or voice post
in the speaker's channel, present in the corpus), or failing that a document whose outlet is the
claimant itself. Cross-document provenance edges come from what each reading already says about
its sources: document B names outlet A as its source (B relays A), A says it verified a medium
(A verified M), the medium carries a quote by speaker S (M by S), and S's own post is M.
"""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass, field
from typing import Any

from ..model import Reading
from .link import fold, same_name
from .records import SPEECH_MEDIA, Claim
from .store import Cluster

VERIFYING = ("verified", "identified", "confirmed")
_PLATFORM = re.compile(r"telegram|youtube|tiktok|twitter|x\.com|facebook|vk|instagram", re.I)


@dataclass
class Appearance:
    document: str
    document_id: str
    outlet: str | None
    published: str | None
    language: str
    claims: list[str]
    primary: bool = False


@dataclass
class ChainEdge:
    source: str
    target: str
    relation: str
    evidence: str | None = None


@dataclass
class Chain:
    appearances: list[Appearance]
    earliest: str | None
    primary: str | None
    nodes: list[dict[str, str]] = field(default_factory=list)
    edges: list[ChainEdge] = field(default_factory=list)

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


def medium_key(medium: str | None) -> str | None:
    """One node per kind of medium and platform: "video on Telegram" and "video på Telegram"."""
    if not medium:
        return None
    lowered = medium.lower()
    kind = next((word for word in SPEECH_MEDIA if word in lowered), None)
    if kind is None and "video" not in lowered:
        return None
    platform = _PLATFORM.search(medium)
    return f"{kind or 'video'}" + (f" ({platform.group(0).capitalize()})" if platform else "")


def _doc_node(doc_id: str) -> str:
    return f"doc:{doc_id}"


def build_chain(cluster: Cluster, readings: dict[str, Reading]) -> Chain:
    """The chain of one cluster from the readings of its documents."""
    by_doc: dict[str, list[Claim]] = {}
    for claim in cluster.claims:
        by_doc.setdefault(claim.document_id, []).append(claim)
    claimants = [c.claimant for c in cluster.claims if c.claimant and c.kind != "post"]
    appearances: list[Appearance] = []
    primary_doc: str | None = None
    for doc_id, claims in by_doc.items():
        reading = readings.get(doc_id)
        doc = reading.document if reading else None
        first = claims[0]
        own_post = any(
            c.kind == "post" and c.claimant and any(same_name(c.claimant, s) for s in claimants)
            for c in claims
        ) or (
            first.outlet is not None and any(same_name(first.outlet, s) for s in claimants)
        )
        appearance = Appearance(
            document=(doc.origin or doc.url or doc_id) if doc else (first.origin or doc_id),
            document_id=doc_id,
            outlet=first.outlet,
            published=first.published,
            language=first.language,
            claims=[c.id for c in claims],
            primary=own_post,
        )
        if own_post and primary_doc is None:
            primary_doc = doc_id
        appearances.append(appearance)
    appearances.sort(key=lambda a: (a.published or "9999", a.document))
    chain = Chain(
        appearances=appearances,
        earliest=appearances[0].document_id if appearances else None,
        primary=primary_doc,
    )
    _edges(chain, by_doc, readings)
    return chain


def _edges(chain: Chain, by_doc: dict[str, list[Claim]], readings: dict[str, Reading]) -> None:
    nodes: dict[str, dict[str, str]] = {}
    edges: dict[tuple[str, str, str], ChainEdge] = {}

    def node(key: str, label: str, kind: str) -> str:
        nodes.setdefault(key, {"id": key, "label": label, "kind": kind})
        return key

    def edge(source: str, target: str, relation: str, evidence: str | None = None) -> None:
        edges.setdefault((source, target, relation), ChainEdge(source, target, relation, evidence))

    outlets = {a.document_id: a.outlet for a in chain.appearances if a.outlet}
    for appearance in chain.appearances:
        label = appearance.outlet or appearance.document
        node(_doc_node(appearance.document_id), label, "primary" if appearance.primary else "document")
    for appearance in chain.appearances:
        doc_id = appearance.document_id
        here = _doc_node(doc_id)
        reading = readings.get(doc_id)
        for claim in by_doc[doc_id]:
            key = medium_key(claim.medium)
            if claim.kind == "post" and key and claim.claimant:
                speaker = node(f"speaker:{fold(claim.claimant)}", claim.claimant, "speaker")
                medium = node(f"medium:{key}:{fold(claim.claimant)}", key, "medium")
                edge(medium, here, "posted as")
                edge(speaker, medium, "speaks in")
            elif key and claim.claimant:
                speaker = _speaker_node(nodes, claim.claimant)
                speaker = speaker or node(f"speaker:{fold(claim.claimant)}", claim.claimant, "speaker")
                medium = node(f"medium:{key}:{speaker.split(':', 1)[1]}", key, "medium")
                edge(here, medium, "quotes", claim.text[:120])
                edge(speaker, medium, "speaks in")
        if reading is None:
            continue
        for attribution in reading.attributions:
            name = attribution.source.name
            for other_id, outlet in outlets.items():
                if other_id == doc_id or not same_name(name, outlet):
                    continue
                edge(here, _doc_node(other_id), "relays", attribution.evidence.text[:160])
            if attribution.relation in VERIFYING:
                own = appearance.outlet and same_name(name, appearance.outlet)
                verifier = here if own else _outlet_node(nodes, outlets, name) or node(
                    f"source:{fold(name)}", name, "source"
                )
                for key in {k for k, n in nodes.items() if n["kind"] == "medium"}:
                    if any(edge_key[0] == here and edge_key[1] == key for edge_key in edges) or own:
                        edge(verifier, key, attribution.relation, attribution.evidence.text[:160])
    chain.nodes = list(nodes.values())
    chain.edges = list(edges.values())


def _speaker_node(nodes: dict[str, dict[str, str]], name: str) -> str | None:
    for key, value in nodes.items():
        if value["kind"] == "speaker" and same_name(value["label"], name):
            return key
    return None


def _outlet_node(nodes: dict[str, dict[str, str]], outlets: dict[str, str], name: str) -> str | None:
    for doc_id, outlet in outlets.items():
        if same_name(outlet, name):
            return _doc_node(doc_id)
    return None
