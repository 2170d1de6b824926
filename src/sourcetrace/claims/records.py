"""Claim records: what is claimed, by whom, how, where and when, from one stored reading.

A reading holds quotes, attributions and figures per document. A *claim* is the unit that is
compared across documents: one quote (direct or indirect), one attributed statement, one figure,
or, for a post in a speaker's own channel with a video or voice message, the post itself. Every
claim keeps the document, outlet, language and publication date, so the linker can decide
whether two claims in different documents are the same one.

Claim ids hash the document id (itself the text's hash), the kind and the claim's normalised
text, so re-reading a document with a newer pipeline yields the same ids for the same claims and
the decisions users took on their links stay attached.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from dataclasses import asdict, dataclass, field
from typing import Any, Literal

from ..model import Reading
from .indicators import (
    dismissals,
    indicator_in_text,
    indicator_of,
    names_a_clock,
    names_an_attack,
    opens_period,
    parse_number,
    vague_quantities,
    zero_counts,
)
from .parties import speaker_mentions, speaker_side, voice_side

ClaimKind = Literal["quote", "indirect", "statement", "figure", "post"]
#: media a speaker talks in: a post carrying them is the speaker's own statement
SPEECH_MEDIA = ("video", "voice", "audio")
_SENTENCE_END = re.compile(r"(?<=[.!?])[\"'»”]?\s+(?=[\"«“–—-]?\s*[A-ZÆØÅÄÖÜА-ЯЁІЇЄ0-9])|\n+")
_NUMBER = re.compile(r"\d[\d\s.,]*\d|\d")
_PLACE_TYPES = ("GPE", "LOC", "GPE_LOC", "GPE_ORG", "FAC")
_NAME_TYPES = ("PER", "PERSON", "ORG", "NORP", "GPE", "LOC", "GPE_LOC", "GPE_ORG", "FAC")


@dataclass
class FigureValue:
    """A figure claim's numbers: best value, the interval it allows and what it counts."""

    indicator: str | None
    best: float
    low: float
    high: float | None
    bound: str
    unit: str | None = None
    place: str | None = None
    as_of: str | None = None
    vague: bool = False


@dataclass
class Claim:
    id: str
    document_id: str
    kind: ClaimKind
    text: str
    start: int
    end: int
    context: str = ""
    claimant: str | None = None
    claimant_kind: str | None = None
    relation: str | None = None
    medium: str | None = None
    hedges: list[str] = field(default_factory=list)
    language: str = "und"
    outlet: str | None = None
    origin: str | None = None
    published: str | None = None
    names: list[str] = field(default_factory=list)
    numbers: list[float] = field(default_factory=list)
    indicator: str | None = None
    as_of: str | None = None
    figure: FigureValue | None = None
    #: the side of the war the document speaks for in its own voice (its stance words outside
    #: quoted speech, ``claims.parties.voice_side``), or None: the side of its unattributed claims
    voice: str | None = None
    #: the places the claim's sentence names, without those inside the claimant's name: where
    #: an account without a figure tells of (two accounts of two places are no rivals)
    places: list[str] = field(default_factory=list)

    @property
    def date(self) -> dt.date | None:
        return dt.date.fromisoformat(self.published) if self.published else None

    @property
    def event_date(self) -> dt.date | None:
        """The date the claim is about when the sentence names one, else the publication date."""
        if self.as_of:
            try:
                return dt.date.fromisoformat(self.as_of if len(self.as_of) == 10 else self.as_of[:7] + "-15")
            except ValueError:
                pass
        return self.date

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Claim:
        values = dict(data)
        if values.get("figure") is not None:
            values["figure"] = FigureValue(**values["figure"])
        return cls(**values)

    def embedding_text(self) -> str:
        """What the embedding sees: the claim, and for a figure its whole sentence."""
        if self.kind in ("figure", "post") or len(self.text) < 40:
            return self.context or self.text
        return self.text


def claim_id(document_id: str, kind: str, text: str) -> str:
    normal = " ".join(text.lower().split())
    return hashlib.sha1(f"{document_id}|{kind}|{normal}".encode()).hexdigest()[:24]


def sentence_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """The sentence (or run of sentences) around ``[start, end)``."""
    left = 0
    for match in _SENTENCE_END.finditer(text, 0, start):
        left = match.end()
    right_match = _SENTENCE_END.search(text, max(end, left))
    right = right_match.start() if right_match else len(text)
    return left, right


def numbers_in(text: str) -> list[float]:
    """The numbers written with digits in ``text`` (years kept: a date is evidence too)."""
    values = [parse_number(match.group(0)) for match in _NUMBER.finditer(text)]
    return [value for value in values if value is not None]


class _DocumentView:
    """One reading with the lookups every claim needs: sentences, names, hedges by id."""

    def __init__(self, reading: Reading):
        self.reading = reading
        self.doc = reading.document
        self.text = reading.document.text
        self.hedges = {hedge.id: hedge for hedge in reading.hedges}
        self.entities = [
            (span.start, span.end, entity.text, entity.type)
            for entity in reading.entities
            for span in entity.spans
        ]
        self.dates = [(d.span.start, d.span.end, d.value) for d in reading.dates if d.value]
        # a date that opens a period ("since Saturday") is not the day a count was made: left
        # out of a figure's as-of date (conflicts), not of the dates the linker reads
        self.counted_dates = [
            (start, end, value)
            for start, end, value in self.dates
            if not opens_period(self.text[:start], self.text[start:end], reading.document.language)
        ]
        self.figures = [(f.span.start, f.span.end, f) for f in reading.figures]
        # others' words: quotes and attributed statements, where a stance word is theirs
        quoted = [(q.span.start, q.span.end) for q in reading.quotes] + [
            ((a.object or a.evidence).span.start, (a.object or a.evidence).span.end)
            for a in reading.attributions
        ]
        self.voice = voice_side(self.text, self.doc.language, quoted)

    def figures_within(self, start: int, end: int) -> list[Any]:
        return [f for f_start, f_end, f in self.figures if start <= f_start and f_end <= end]

    def mentioned_date(self, start: int, end: int) -> str | None:
        """A day or month the sentence names (not the publication date)."""
        for d_start, d_end, value in self.dates:
            if d_start < end and start < d_end and value and len(value) in (7, 10):
                return value
        return None

    def context(self, start: int, end: int) -> tuple[int, int, str]:
        left, right = sentence_bounds(self.text, start, end)
        return left, right, self.text[left:right].strip()

    def names(self, start: int, end: int, types: tuple[str, ...] = _NAME_TYPES) -> list[str]:
        seen: dict[str, None] = {}
        for e_start, e_end, name, kind in self.entities:
            if e_start < end and start < e_end and kind in types:
                seen.setdefault(name, None)
        return list(seen)

    def places(self, start: int, end: int) -> list[str]:
        """The places named within the span, without names of attacks the tagger took for
        places ("the Palm Sunday attack"): the place a figure counts in."""
        seen: dict[str, None] = {}
        for e_start, e_end, name, kind in self.entities:
            if not (e_start < end and start < e_end and kind in _PLACE_TYPES):
                continue
            # "18:25 Moscow time" names a clock, not where a count is
            if names_an_attack(name, self.doc.language) or names_a_clock(self.text[e_end : e_end + 12], self.doc.language):
                continue
            seen.setdefault(name, None)
        return list(seen)

    def as_of(self, start: int, end: int) -> str | None:
        for d_start, d_end, value in self.counted_dates:
            if d_start < end and start < d_end and value and len(value) == 10:
                return value
        return self.doc.published.isoformat() if self.doc.published else None

    def hedges_within(self, start: int, end: int, ids: list[str] | None = None) -> list[str]:
        meanings = [self.hedges[h].meaning for h in ids or [] if h in self.hedges]
        for hedge in self.reading.hedges:
            if start <= hedge.span.start < end and hedge.meaning not in meanings:
                meanings.append(hedge.meaning)
        return meanings

    def new(self, kind: ClaimKind, text: str, start: int, end: int, **extra: Any) -> Claim:
        c_start, c_end, context = self.context(start, end)
        names = self.names(c_start, c_end)
        claimant = extra.get("claimant")
        places = [
            place
            for place in self.places(c_start, c_end)
            if not (claimant and place.casefold() in str(claimant).casefold())
        ]
        if claimant and claimant not in names:
            names.append(claimant)
        inside = self.figures_within(start, end) if kind != "figure" else []
        numbers = numbers_in(text if kind not in ("figure",) else context)
        numbers += [f.value for f in inside if f.value not in numbers]
        indicator = next(
            (i for f in inside if (i := indicator_of(f.counts, f.unit)) is not None), None
        ) or indicator_in_text(text, self.doc.language)
        return Claim(
            id=claim_id(self.doc.id, kind, text),
            document_id=self.doc.id,
            kind=kind,
            text=text,
            start=start,
            end=end,
            context=context,
            language=self.doc.language,
            outlet=self.doc.source,
            origin=self.doc.origin or self.doc.url,
            published=self.doc.published.isoformat() if self.doc.published else None,
            names=names,
            numbers=numbers,
            indicator=indicator,
            as_of=self.mentioned_date(c_start, c_end),
            voice=self.voice,
            places=places,
            **extra,
        )


def _overlaps(start: int, end: int, spans: list[tuple[int, int]]) -> bool:
    return any(start < s_end and s_start < end for s_start, s_end in spans)


def own_post_medium(reading: Reading) -> str | None:
    """The medium of a post in which a speaker speaks (a Telegram video), or None."""
    medium = str(reading.document.meta.get("medium") or "")
    return medium if any(word in medium for word in SPEECH_MEDIA) else None


def claims_from_reading(reading: Reading) -> list[Claim]:
    """Every claim of one reading: quotes, attributed statements, figures and own posts."""
    view = _DocumentView(reading)
    claims: list[Claim] = []
    quote_spans: list[tuple[int, int]] = []
    relation_at: dict[tuple[int, int], str] = {}
    for attribution in reading.attributions:
        relation_at[(attribution.evidence.span.start, attribution.evidence.span.end)] = (
            attribution.relation
        )
    for quote in reading.quotes:
        quote_spans.append((quote.span.start, quote.span.end))
        claims.append(
            view.new(
                "quote" if quote.kind == "direct" else "indirect",
                quote.text,
                quote.span.start,
                quote.span.end,
                claimant=quote.speaker.name if quote.speaker else None,
                claimant_kind=quote.speaker.kind if quote.speaker else None,
                relation="said",
                medium=quote.medium,
                hedges=view.hedges_within(quote.span.start, quote.span.end, quote.hedges),
            )
        )
    for attribution in reading.attributions:
        target = attribution.object or attribution.evidence
        if _overlaps(target.span.start, target.span.end, quote_spans):
            continue
        claims.append(
            view.new(
                "statement",
                target.text,
                target.span.start,
                target.span.end,
                claimant=attribution.source.name,
                claimant_kind=attribution.source.kind,
                relation=attribution.relation,
                medium=attribution.medium,
                hedges=view.hedges_within(attribution.evidence.span.start, target.span.end),
            )
        )
    figure_spans: list[tuple[int, int]] = []
    for figure in reading.figures:
        c_start, c_end, context = view.context(figure.span.start, figure.span.end)
        indicator = indicator_of(figure.counts, figure.unit) or (
            indicator_in_text(context, reading.document.language)
            if figure.unit in (None, "people", "civilians", "soldiers", "children")
            else None
        )
        if indicator is None:
            continue
        figure_spans.append((figure.span.start, figure.span.end))
        claims.append(_figure_claim(view, figure, indicator, c_start, c_end))
    claims.extend(_vague_claims(view, figure_spans))
    claims.extend(_zero_claims(view, claims))
    claims.extend(_dismissal_claims(view, claims))
    claims.extend(_spoken_claims(view, claims))
    medium = own_post_medium(reading)
    if medium and reading.document.text.strip():
        author = reading.document.author or reading.document.meta.get("from")
        text = reading.document.text.strip()
        claims.append(
            view.new(
                "post",
                text[:2000],
                0,
                min(len(reading.document.text), 2000),
                claimant=author or reading.document.source,
                claimant_kind="named",
                relation="posted",
                medium=medium,
            )
        )
    return _unique(claims)


def _figure_claim(view: _DocumentView, figure: Any, indicator: str, c_start: int, c_end: int) -> Claim:
    from .indicators import value_range

    low, high = value_range(figure.value, figure.value_max, figure.bound)
    places = view.places(c_start, c_end)
    claim = view.new(
        "figure",
        figure.text,
        figure.span.start,
        figure.span.end,
        claimant=figure.claimant.name if figure.claimant else None,
        claimant_kind=figure.claimant.kind if figure.claimant else None,
        relation="counted",
        hedges=view.hedges_within(c_start, c_end),
        figure=FigureValue(
            indicator=indicator,
            best=figure.value if figure.bound != "range" else (low + high) / 2,
            low=low,
            high=None if high == float("inf") else high,
            bound=figure.bound,
            unit=figure.unit,
            place=places[0] if places else None,
            as_of=view.as_of(c_start, c_end),
        ),
    )
    claim.numbers = [figure.value] + ([figure.value_max] if figure.value_max else [])
    claim.indicator = indicator
    return claim


def _vague_claims(view: _DocumentView, taken: list[tuple[int, int]]) -> list[Claim]:
    """Figures given in words without a number ("dozens were killed"), valued as ACLED does."""
    claims = []
    code = view.doc.language
    for vague in vague_quantities(view.text, code):
        c_start, c_end, context = view.context(vague.start, vague.end)
        if _overlaps(c_start, c_end, taken):
            continue
        indicator = indicator_in_text(context, code)
        if indicator is None:
            continue
        places = view.places(c_start, c_end)
        claims.append(
            view.new(
                "figure",
                vague.word,
                vague.start,
                vague.end,
                relation="counted",
                hedges=view.hedges_within(c_start, c_end),
                figure=FigureValue(
                    indicator=indicator,
                    best=vague.value,
                    low=vague.value,
                    high=None,
                    bound="vague",
                    place=places[0] if places else None,
                    as_of=view.as_of(c_start, c_end),
                    vague=True,
                ),
            )
        )
        claims[-1].indicator = indicator
    return claims


def _zero_claims(view: _DocumentView, said: list[Claim]) -> list[Claim]:
    """Counts of none ("no one was killed", "ingen ble drept") as figures of 0: a denial of a
    toll is a claim about the same count, and a zero against "600 killed" is a conflict. The
    claimant is the speaker of the quote or statement the words stand in."""
    claims = []
    for zero in zero_counts(view.text, view.doc.language):
        c_start, c_end, _ = view.context(zero.start, zero.end)
        speaker = next(
            (
                claim
                for claim in said
                if claim.claimant and claim.kind != "figure" and claim.start <= zero.start < claim.end
            ),
            None,
        )
        places = view.places(c_start, c_end)
        claim = view.new(
            "figure",
            zero.words,
            zero.start,
            zero.end,
            claimant=speaker.claimant if speaker else None,
            claimant_kind=speaker.claimant_kind if speaker else None,
            relation="counted",
            hedges=view.hedges_within(c_start, c_end),
            figure=FigureValue(
                indicator=zero.indicator,
                best=0.0,
                low=0.0,
                high=0.0,
                bound="zero",
                place=places[0] if places else None,
                as_of=view.as_of(c_start, c_end),
            ),
        )
        claim.indicator = zero.indicator
        claim.numbers = [0.0]
        claims.append(claim)
    # a headline repeating the body's words is one claim (one id): keep the attributed one
    return sorted(claims, key=lambda claim: claim.claimant is None)


#: relations of a claim that a word of dismissal inside it turns into a denial
_DISMISSABLE = frozenset({"said", "claimed", "reported", "posted"})


def _dismissal_claims(view: _DocumentView, claims: list[Claim]) -> list[Claim]:
    """Dismissals ("Ignore the Ukrainian '41 bombers' fairy tale", "Peskov called the reports
    fake"): a statement holding the words denies (its relation becomes ``denied``); a sentence
    holding them that no statement covers is the outlet's own denial, in its own voice. The
    denial then joins the claim it dismisses (in its document or, by linking, in another) and
    stands against it as a conflict."""
    found: list[Claim] = []
    for start, end in dismissals(view.text, view.doc.language):
        covering = [c for c in claims if c.kind != "figure" and c.start <= start < c.end]
        for claim in covering:
            if claim.relation in _DISMISSABLE:
                claim.relation = "denied"
        if covering:
            continue
        if not view.doc.source:
            continue  # no one to say it: an unattributed sentence of an unknown outlet
        c_start, c_end, context = view.context(start, end)
        c_start = view.text.index(context, c_start)
        found.append(
            view.new(
                "statement",
                context,
                c_start,
                c_start + len(context),
                claimant=view.doc.source,
                claimant_kind="outlet",
                relation="denied",
                hedges=view.hedges_within(c_start, c_end),
            )
        )
    return found


def _spoken_claims(view: _DocumentView, claims: list[Claim]) -> list[Claim]:
    """Sentences that say which side's bodies claim something ("I ukrainske medier har det
    kommet påstander om at flyet hadde S-300-missiler", "Russian channels already have a story
    that …") but hold no quote, statement or figure the reading found: an account the reading
    attributed to no one is still a claim of that side (relation ``claimed``, no named
    claimant; its side is the sentence's speaker, :func:`sourcetrace.claims.link.claimant_side`),
    so a rival account of the other side can stand against it. A sentence naming speakers of
    both sides says nothing about who claims it and makes no claim, and neither does a
    headline: it repeats what its body attributes ("Russia says its forces captured …" over
    "Russia's defence ministry said …")."""
    found: list[Claim] = []
    taken = [(claim.start, claim.end) for claim in claims] + [
        (paragraph.span.start, paragraph.span.end) for paragraph in view.doc.paragraphs if paragraph.role != "body"
    ]
    code = view.doc.language
    for start, end in speaker_mentions(view.text, code):
        c_start, c_end, context = view.context(start, end)
        if not context or _overlaps(c_start, c_end, taken) or speaker_side(context, code) is None:
            continue
        c_start = view.text.index(context, c_start)
        taken.append((c_start, c_start + len(context)))
        found.append(
            view.new(
                "statement",
                context,
                c_start,
                c_start + len(context),
                relation="claimed",
                hedges=view.hedges_within(c_start, c_end),
            )
        )
    return found


def _unique(claims: list[Claim]) -> list[Claim]:
    """One claim per id: the same sentence claimed twice in a document is one claim."""
    seen: dict[str, Claim] = {}
    for claim in claims:
        seen.setdefault(claim.id, claim)
    return list(seen.values())


def claim_for_span(reading: Reading, start: int, end: int, claims: list[Claim] | None = None) -> Claim:
    """The claim a reader marked at ``[start, end)``: the extracted claim it overlaps most, with
    the marked text, or a statement built from the span. Used to score linking on marked sets."""
    view = _DocumentView(reading)
    best: Claim | None = None
    best_overlap = 0
    for claim in claims if claims is not None else claims_from_reading(reading):
        overlap = min(end, claim.end) - max(start, claim.start)
        if overlap > best_overlap:
            best, best_overlap = claim, overlap
    text = view.text[start:end]
    if best is not None and best.kind != "post":
        marked = Claim.from_dict(best.as_dict())
        marked.id = claim_id(view.doc.id, "marked", f"{start}:{end}")
        marked.text, marked.start, marked.end = text, start, end
        c_start, c_end, marked.context = view.context(start, end)
        marked.names = list(dict.fromkeys(view.names(c_start, c_end) + marked.names))
        fresh = view.new("statement", text, start, end)
        marked.numbers = list(dict.fromkeys(fresh.numbers + marked.numbers))
        marked.indicator = marked.indicator or fresh.indicator
        marked.as_of = marked.as_of or fresh.as_of
        if marked.figure is None:
            within = [
                c for c in (claims or []) if c.figure is not None and start <= c.start and c.end <= end
            ]
            if within:
                marked.figure = within[0].figure
                marked.indicator = marked.indicator or within[0].indicator
        return marked
    claim = view.new("statement", text, start, end)
    claim.id = claim_id(view.doc.id, "marked", f"{start}:{end}")
    return claim
