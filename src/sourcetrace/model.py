"""The analysis model: typed, JSON-serialisable records of one document's reading.

Every record is produced from the spaCy ``Doc`` by :mod:`sourcetrace.analysis` and is what the
store, the API, the report and the evaluator consume. Every ``Span`` is a character range into
the ORIGINAL input text (before normalisation), so a viewer can highlight it exactly.
The JSON Schema in ``schema/reading.schema.json`` is generated from these classes
(``sourcetrace schema``) and checked by the tests.
"""

from __future__ import annotations

import datetime as dt
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

SpeakerKind = Literal["named", "descriptive", "organisation", "pronoun", "unknown"]
QuoteKind = Literal["direct", "indirect"]
ParagraphRole = Literal["body", "heading", "boilerplate", "title"]
Relation = Literal[
    "reported",
    "claimed",
    "verified",
    "identified",
    "confirmed",
    "denied",
    "could-not-verify",
    "no-comment",
    "forwarded",
]
HedgeMeaning = Literal["reportedly", "probably", "allegedly", "uncertain", "unverified", "possibly"]
Bound = Literal["exact", "at_least", "at_most", "about", "range", "more_than", "less_than"]


class _Record(BaseModel):
    model_config = ConfigDict(extra="forbid")


class Span(_Record):
    """Half-open character range ``[start, end)`` into the original input text."""

    start: int = Field(ge=0)
    end: int = Field(ge=0)


class TextSpan(_Record):
    """A piece of the text with where it stands."""

    text: str
    span: Span


class Paragraph(_Record):
    span: Span
    role: ParagraphRole = "body"
    text: str


class Document(_Record):
    id: str = Field(description="sha256 of the original text (hex)")
    language: str
    published: dt.date | None = None
    source: str | None = Field(default=None, description="outlet, site or channel")
    title: str | None = None
    author: str | None = None
    url: str | None = None
    origin: str | None = Field(default=None, description="file path, URL or message link read")
    text: str = Field(description="the original text every span refers to")
    paragraphs: list[Paragraph] = Field(default_factory=list)
    meta: dict[str, Any] = Field(default_factory=dict, description="format-specific metadata")


class SpeakerRef(_Record):
    """A speaker or source as a quote or attribution names it."""

    id: str | None = None
    name: str
    kind: SpeakerKind = "unknown"


class Speaker(_Record):
    id: str
    name: str = Field(description="canonical: the fullest form the text gives")
    kind: SpeakerKind
    title: str | None = Field(default=None, description="title or role kept apart from the name")
    entity_type: str | None = None
    mentions: list[Span] = Field(default_factory=list)


class Quote(_Record):
    id: str
    kind: QuoteKind
    text: str
    span: Span
    speaker: SpeakerRef | None = None
    speaker_span: Span | None = Field(default=None, description="the mention that names the speaker")
    cue: TextSpan | None = None
    medium: str | None = Field(default=None, description='e.g. "video on Telegram", "Twitter"')
    medium_span: Span | None = None
    addressee: str | None = Field(default=None, description="to whom the statement is addressed")
    recipient: str | None = Field(default=None, description='who it was told to ("til NRK")')
    hedges: list[str] = Field(default_factory=list, description="ids of hedges inside the quote")


class Attribution(_Record):
    id: str
    source: SpeakerRef
    relation: Relation
    recipient: str | None = None
    object: TextSpan | None = None
    evidence: TextSpan
    medium: str | None = None
    date: str | None = None


class Figure(_Record):
    id: str
    value: float
    value_max: float | None = None
    bound: Bound = "exact"
    text: str
    span: Span
    unit: str | None = Field(default=None, description="counted noun or unit, e.g. people, days")
    counts: str | None = Field(default=None, description="what is counted: killed, wounded, ...")
    claimant: SpeakerRef | None = None


class Hedge(_Record):
    id: str
    cue: str
    meaning: HedgeMeaning
    span: Span
    scope: TextSpan | None = None


class Entity(_Record):
    text: str
    type: str
    spans: list[Span] = Field(default_factory=list)


class DateMention(_Record):
    text: str
    span: Span
    value: str | None = Field(default=None, description="ISO date, month (YYYY-MM) or year")
    granularity: Literal["day", "month", "year", "duration", "unknown"] = "unknown"
    relative: str | None = Field(default=None, description="how it resolves when no date is known")


class ProvenanceEdge(_Record):
    """One step of the sourcing chain, from the document back to primary sources."""

    source: str
    target: str
    relation: str
    evidence: Span | None = None


class Reading(_Record):
    """Everything sourcetrace reads from one document."""

    schema_version: Literal[1] = 1
    pipeline_version: str
    document: Document
    quotes: list[Quote] = Field(default_factory=list)
    speakers: list[Speaker] = Field(default_factory=list)
    attributions: list[Attribution] = Field(default_factory=list)
    figures: list[Figure] = Field(default_factory=list)
    hedges: list[Hedge] = Field(default_factory=list)
    entities: list[Entity] = Field(default_factory=list)
    dates: list[DateMention] = Field(default_factory=list)
    provenance: list[ProvenanceEdge] = Field(default_factory=list)


def reading_json_schema() -> dict[str, Any]:
    """The JSON Schema of :class:`Reading` as kept in the repo."""
    schema = Reading.model_json_schema()
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["$id"] = "https://sourcetrace.invalid/schema/reading.schema.json"
    return schema
