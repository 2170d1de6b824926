"""The readings as a W3C PROV document (with the ``prov`` package): one bundle per document.

In each bundle the document is an entity attributed to its outlet; every quote is an entity
(its words and offsets) attributed to its speaker and quoted by the document
(``wasQuotedFrom``), with the medium it was said in as its primary source
(``hadPrimarySource``); every verdict a source gives (verified, denied, ...) is a claim entity
attributed to that source with the relation as ``st:relation``; the sources the document cites
are ``wasDerivedFrom`` (statements of a person or outlet) or ``hadPrimarySource`` (a medium).
Hedges and figures are typed attributes and entities. Agents and media are named by a slug of
their name, so the same speaker has the same identifier in every bundle."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from typing import Any

from prov.model import PROV, PROV_LABEL, PROV_TYPE, PROV_VALUE, Namespace, ProvBundle, ProvDocument

from ..model import Reading

ST = Namespace("st", "https://sourcetrace.invalid/ns#")
DOCUMENT_NODE = "this document"
#: provenance edge relations that the quote and attribution records already state
_STATED_BY_RECORDS = {"quotes", "verified", "identified", "confirmed", "denied", "could-not-verify"}


def slug(name: str) -> str:
    """A stable identifier part for a name: lower case, accents dropped, other characters ``_``."""
    plain = unicodedata.normalize("NFKD", name.casefold())
    plain = "".join(ch for ch in plain if not unicodedata.combining(ch))
    return re.sub(r"[^\w]+", "_", plain, flags=re.UNICODE).strip("_") or "unnamed"


def _attrs(pairs: Iterable[tuple[Any, Any]]) -> list[tuple[Any, Any]]:
    """Attributes without empty values (PROV has no null)."""
    return [(key, value) for key, value in pairs if value not in (None, "", [])]


class _BundleWriter:
    def __init__(
        self,
        bundle: ProvBundle,
        reading: Reading,
        graded: dict[tuple[int, int], tuple[str, str]] | None = None,
    ):
        self.bundle = bundle
        self.reading = reading
        #: (start, end) of a claim in this document -> (its cluster, the cluster's grade)
        self.graded = graded or {}
        self.short = reading.document.id[:16]
        self.agents: dict[str, Any] = {}
        self.media: dict[str, Any] = {}
        self.sources: dict[str, Any] = {}
        self.speaker_kinds = {s.name: s.kind for s in reading.speakers}

    def agent(self, name: str, kind: str | None = None) -> Any:
        if name not in self.agents:
            kind = kind or self.speaker_kinds.get(name, "unknown")
            prov_type = PROV["Organization"] if kind == "organisation" else PROV["Person"]
            if kind in ("unknown", "descriptive", "pronoun"):
                prov_type = PROV["Agent"]
            self.agents[name] = self.bundle.agent(
                ST[f"agent-{slug(name)}"],
                _attrs([(PROV_TYPE, prov_type), (PROV_LABEL, name), (ST["kind"], kind)]),
            )
        return self.agents[name]

    def medium(self, name: str) -> Any:
        if name not in self.media:
            self.media[name] = self.bundle.entity(
                ST[f"medium-{slug(name)}"],
                [(PROV_TYPE, ST["Medium"]), (PROV_LABEL, name)],
            )
        return self.media[name]

    def statements_of(self, name: str) -> Any:
        """What a cited person or outlet said or published, as one entity attributed to them."""
        if name not in self.sources:
            entity = self.bundle.entity(
                ST[f"statements-{self.short}-{slug(name)}"],
                [(PROV_TYPE, ST["Statements"]), (PROV_LABEL, f"statements of {name}")],
            )
            self.bundle.wasAttributedTo(entity, self.agent(name))
            self.sources[name] = entity
        return self.sources[name]

    def write(self) -> None:
        reading = self.reading
        doc = reading.document
        document = self.bundle.entity(
            ST[f"document-{doc.id}"],
            _attrs(
                [
                    (PROV_TYPE, ST["Document"]),
                    (PROV_LABEL, doc.title or doc.origin or doc.id),
                    (ST["language"], doc.language),
                    (ST["published"], doc.published.isoformat() if doc.published else None),
                    (ST["url"], doc.url),
                    (ST["origin"], doc.origin),
                    (ST["author"], doc.author),
                ]
            ),
        )
        if doc.source:
            self.bundle.wasAttributedTo(document, self.agent(doc.source, "organisation"))
        hedges = {hedge.id: hedge for hedge in reading.hedges}
        for hedge in reading.hedges:
            self.bundle.entity(
                ST[f"hedge-{self.short}-{hedge.id}"],
                [
                    (PROV_TYPE, ST["Hedge"]),
                    (PROV_VALUE, hedge.cue),
                    (ST["meaning"], hedge.meaning),
                    (ST["start"], hedge.span.start),
                    (ST["end"], hedge.span.end),
                ],
            )
        for quote in reading.quotes:
            statement = self.bundle.entity(
                ST[f"quote-{self.short}-{quote.id}"],
                _attrs(
                    [
                        (PROV_TYPE, ST["Quote"]),
                        (PROV_VALUE, quote.text),
                        (ST["kind"], quote.kind),
                        (ST["start"], quote.span.start),
                        (ST["end"], quote.span.end),
                        (ST["cue"], quote.cue.text if quote.cue else None),
                        (ST["medium"], quote.medium),
                        (ST["recipient"], quote.recipient),
                    ]
                    + [(ST["hedge"], hedges[h].meaning) for h in quote.hedges if h in hedges]
                    + self.grade_of(quote.span.start, quote.span.end)
                ),
            )
            if quote.speaker is not None:
                self.bundle.wasAttributedTo(
                    statement, self.agent(quote.speaker.name, quote.speaker.kind)
                )
            if quote.medium:
                self.bundle.hadPrimarySource(statement, self.medium(quote.medium))
            self.bundle.wasQuotedFrom(document, statement, other_attributes={ST["quote"]: quote.id})
        for attribution in reading.attributions:
            claim = self.bundle.entity(
                ST[f"claim-{self.short}-{attribution.id}"],
                _attrs(
                    [
                        (PROV_TYPE, ST["Claim"]),
                        (PROV_VALUE, attribution.object.text if attribution.object else None),
                        (ST["relation"], attribution.relation),
                        (ST["evidence"], attribution.evidence.text),
                        (ST["start"], attribution.evidence.span.start),
                        (ST["end"], attribution.evidence.span.end),
                        (ST["medium"], attribution.medium),
                        (ST["date"], attribution.date),
                    ]
                    + (
                        self.grade_of(attribution.object.span.start, attribution.object.span.end)
                        if attribution.object is not None
                        else []
                    )
                ),
            )
            self.bundle.wasAttributedTo(
                claim,
                self.agent(attribution.source.name, attribution.source.kind),
                other_attributes={ST["relation"]: attribution.relation},
            )
            self.bundle.wasDerivedFrom(
                document, claim, other_attributes={ST["relation"]: attribution.relation}
            )
        for figure in reading.figures:
            entity = self.bundle.entity(
                ST[f"figure-{self.short}-{figure.id}"],
                _attrs(
                    [
                        (PROV_TYPE, ST["Figure"]),
                        (PROV_VALUE, figure.text),
                        (ST["value"], figure.value),
                        (ST["valueMax"], figure.value_max),
                        (ST["bound"], figure.bound),
                        (ST["unit"], figure.unit),
                        (ST["counts"], figure.counts),
                        (ST["start"], figure.span.start),
                        (ST["end"], figure.span.end),
                    ]
                ),
            )
            if figure.claimant is not None:
                self.bundle.wasAttributedTo(
                    entity, self.agent(figure.claimant.name, figure.claimant.kind)
                )
        self.sourcing(document)

    def grade_of(self, start: int, end: int) -> list[tuple[Any, Any]]:
        """The Admiralty grade (and cluster) of the linked claim at ``[start, end)``, if any."""
        found = self.graded.get((start, end))
        return [(ST["cluster"], found[0]), (ST["grade"], found[1])] if found else []

    def sourcing(self, document: Any) -> None:
        """The provenance edges the records do not state already: citations and media."""
        media = {q.medium for q in self.reading.quotes if q.medium}
        media |= {a.medium for a in self.reading.attributions if a.medium}
        for edge in self.reading.provenance:
            if edge.relation in _STATED_BY_RECORDS:
                continue
            attributes = {ST["relation"]: edge.relation}
            if edge.source == DOCUMENT_NODE:
                if edge.target in media:
                    self.bundle.hadPrimarySource(
                        document, self.medium(edge.target), other_attributes=attributes
                    )
                else:
                    self.bundle.wasDerivedFrom(
                        document, self.statements_of(edge.target), other_attributes=attributes
                    )
            elif edge.source in media:
                # who speaks in a medium (a video, a channel): the medium is theirs
                self.bundle.wasAttributedTo(
                    self.medium(edge.source), self.agent(edge.target), other_attributes=attributes
                )
            else:
                self.bundle.wasDerivedFrom(
                    self.statements_of(edge.source),
                    self.statements_of(edge.target),
                    other_attributes=attributes,
                )


def prov_document(
    readings: list[Reading], claim_rows: dict[str, list[dict[str, Any]]] | None = None
) -> ProvDocument:
    """A PROV document with one bundle ``st:bundle-<document id>`` per reading; quotes and
    claims that belong to a linked cluster carry ``st:cluster`` and ``st:grade``."""
    graded: dict[str, dict[tuple[int, int], tuple[str, str]]] = {}
    for row in (claim_rows or {}).get("claims", []):
        where = graded.setdefault(row["document_id"], {})
        where[(row["start"], row["end"])] = (row["cluster_id"], row["grade"])
    document = ProvDocument()
    document.add_namespace(ST)
    for reading in readings:
        bundle = document.bundle(ST[f"bundle-{reading.document.id}"])
        _BundleWriter(bundle, reading, graded.get(reading.document.id)).write()
    return document
