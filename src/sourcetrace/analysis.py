"""From a source document to a :class:`~sourcetrace.model.Reading`.

``analyze(source)`` normalises the text, identifies the language, runs the pipeline and maps
every annotation on the ``Doc`` to records whose spans point into the ORIGINAL text.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from spacy.language import Language
from spacy.tokens import Doc
from spacy.tokens import Span as SpacySpan

from . import __version__, langid
from . import lang as langdata
from .ingest import InputError, SourceDoc
from .ingest.jsonstream import bad_text
from .ingest.provenance import default_medium, source_attributions
from .ingest.text import NormalisedText, normalise
from .model import (
    Attribution,
    DateMention,
    Document,
    Entity,
    Figure,
    Hedge,
    Paragraph,
    ProvenanceEdge,
    Quote,
    Reading,
    Span,
    Speaker,
    SpeakerRef,
    TextSpan,
)
from .pipeline import build_pipeline
from .pipeline.annotations import Mention, paragraph_role, span_text
from .pipeline.chunking import chunk_bounds, make_doc

PIPELINE_VERSION = __version__


def resolve_language(text: str, requested: str | None, origin: str) -> str:
    """The language to read ``text`` in; raises :class:`InputError` when unsupported."""
    if requested and requested != "auto":
        code = requested.lower()
        if code == "no":
            code = "nb"
    else:
        code = langid.detect(text) or ""
        if not code:
            raise InputError(f"{origin}: cannot identify the language; pass --lang")
    if code not in langdata.SUPPORTED:
        name = langid.NAMES.get(code, code)
        raise InputError(f"{origin}: unsupported language: {name} ({code}); supported: {', '.join(langdata.SUPPORTED)}")
    try:
        langdata.load(code)
    except langdata.UnsupportedLanguage:
        raise InputError(f"{origin}: unsupported language: {code}") from None
    return code


def analyze(source: SourceDoc, lang: str | None = None, model: str | None = None) -> Reading:
    """Read one document.

    A text longer than :data:`~sourcetrace.pipeline.chunking.CHUNK_CHARS` is read chunk by chunk
    (cut at paragraph breaks, else sentence ends or whitespace) so time and memory grow linearly
    with its length; the chunks' records are merged into one reading whose spans point into the
    whole original text."""
    prepared = _prepare(source, lang, model)
    parts = [(prepared.nlp(doc), start) for doc, start in prepared.parts]
    return read_parts(parts, prepared.norm, source, prepared.code)


@dataclass
class _Prepared:
    """A document checked, normalised, its language known and cut into unread ``Doc`` chunks
    (each with the offset where it starts in the normalised text)."""

    norm: NormalisedText
    code: str
    nlp: Language
    parts: list[tuple[Doc, int]]


def _prepare(source: SourceDoc, lang: str | None, model: str | None) -> _Prepared:
    """Everything before the pipeline runs; raises :class:`InputError` for bad input."""
    if not source.text or not source.text.strip():
        raise InputError(f"{source.origin}: empty input")
    bad = bad_text(source.text)
    if bad is not None:
        raise InputError(f"{source.origin}: the text holds {bad}")
    norm = normalise(source.text)
    code = resolve_language(norm.text, lang or source.language, source.origin)
    nlp = build_pipeline(code, model)
    parts: list[tuple[Doc, int]] = []
    for start, end in chunk_bounds(norm.text):
        doc = make_doc(nlp, norm.text[start:end])
        doc._.st_lang = code
        doc._.st_published = source.published
        doc._.st_outlet = source.source
        parts.append((doc, start))
    return _Prepared(norm=norm, code=code, nlp=nlp, parts=parts)


#: documents read together by :func:`read_many`: the statistical components run a batch as one
#: matrix product, about a quarter faster than one document at a time (``docs/models.md``)
BATCH_SIZE = 32


def read_many(
    sources: Iterable[SourceDoc],
    lang: str | None = None,
    model: str | None = None,
    batch_size: int = BATCH_SIZE,
) -> Iterator[Reading | Exception]:
    """Read documents in input order, ``batch_size`` at a time through ``nlp.pipe``.

    Yields each document's :class:`Reading`, or the exception that stopped it (an
    :class:`InputError` for bad input): one bad document never stops the others. The readings
    are those :func:`analyze` gives one by one."""
    batch: list[SourceDoc] = []
    for source in sources:
        batch.append(source)
        if len(batch) >= batch_size:
            yield from _read_batch(batch, lang, model, batch_size)
            batch = []
    if batch:
        yield from _read_batch(batch, lang, model, batch_size)


def _read_batch(
    sources: list[SourceDoc], lang: str | None, model: str | None, batch_size: int
) -> Iterator[Reading | Exception]:
    prepared: list[_Prepared | Exception] = []
    for source in sources:
        try:
            prepared.append(_prepare(source, lang, model))
        except Exception as exc:  # reported in its place, the others are read
            prepared.append(exc)
    # one pipe per pipeline (documents of several languages in one batch)
    by_pipeline: dict[int, list[tuple[int, int]]] = {}
    for n, item in enumerate(prepared):
        if isinstance(item, _Prepared):
            for k in range(len(item.parts)):
                by_pipeline.setdefault(id(item.nlp), []).append((n, k))
    failed: dict[int, Exception] = {}
    for where in by_pipeline.values():
        first = prepared[where[0][0]]
        assert isinstance(first, _Prepared)
        docs = [prepared[n].parts[k][0] for n, k in where]  # type: ignore[union-attr]
        try:
            read = list(first.nlp.pipe(docs, batch_size=batch_size))
        except Exception:
            # find the document at fault: read each again from the start, one by one (the
            # batch's docs may hold half their annotations)
            for n in dict.fromkeys(n for n, _k in where):
                try:
                    again = _prepare(sources[n], lang, model)
                    again.parts = [(again.nlp(doc), start) for doc, start in again.parts]
                    prepared[n] = again
                except Exception as exc:
                    failed[n] = exc
            continue
        for (n, k), doc in zip(where, read, strict=True):
            item = prepared[n]
            assert isinstance(item, _Prepared)
            item.parts[k] = (doc, item.parts[k][1])
    for source, (n, item) in zip(sources, enumerate(prepared), strict=True):
        if isinstance(item, Exception):
            yield item
        elif n in failed:
            yield failed[n]
        else:
            try:
                yield read_parts(item.parts, item.norm, source, item.code)
            except Exception as exc:
                yield exc


def analyze_many(sources: Iterable[SourceDoc], lang: str | None = None, model: str | None = None):
    for source in sources:
        yield analyze(source, lang=lang, model=model)


# -- Doc -> Reading ---------------------------------------------------------------------------


class _Mapper:
    """Doc character offsets (of a chunk starting at ``base`` in the normalised text) to spans
    of the original text."""

    def __init__(self, norm: NormalisedText, base: int = 0):
        self.norm = norm
        self.base = base

    def span(self, start: int, end: int) -> Span:
        s, e = self.norm.to_original(start + self.base, end + self.base)
        return Span(start=s, end=e)

    def of(self, span: SpacySpan) -> Span:
        return self.span(span.start_char, span.end_char)

    def text_span(self, span: SpacySpan) -> TextSpan:
        mapped = self.of(span)
        return TextSpan(text=self.norm.original[mapped.start : mapped.end], span=mapped)


def _speakers(
    doc: Doc, m: _Mapper, speakers: list[Speaker], earlier: dict[tuple[str, str], Speaker]
) -> dict[int, str]:
    """One speaker per mention cluster, named by its canonical name, appended to ``speakers``;
    a cluster with the name and kind of a speaker from an earlier chunk (``earlier``) is that
    speaker. Returns the speaker id of each cluster key."""
    clusters: dict[int, list[Mention]] = {}
    for mention in doc._.st_mentions or []:
        clusters.setdefault(mention.cluster if mention.cluster >= 0 else -id(mention), []).append(mention)
    ids: dict[int, str] = {}
    for key, mentions in clusters.items():
        lead = next((x for x in mentions if x.kind != "pronoun"), mentions[0])
        spans = sorted({(x.span.start_char, x.span.end_char) for x in mentions if x.span is not None})
        same = earlier.get((lead.name, lead.kind))
        if same is not None:
            ids[key] = same.id
            same.mentions.extend(m.span(s, e) for s, e in spans)
            continue
        sid = f"s{len(speakers) + 1}"
        ids[key] = sid
        speakers.append(
            Speaker(
                id=sid,
                name=lead.name,
                kind=lead.kind,  # type: ignore[arg-type]
                title=next((x.title for x in mentions if x.title), None),
                entity_type=next((x.entity_type for x in mentions if x.entity_type), None),
                mentions=[m.span(s, e) for s, e in spans],
            )
        )
    return ids


def _ref(mention: Mention | None, ids: dict[int, str]) -> SpeakerRef | None:
    if mention is None:
        return None
    key = mention.cluster if mention.cluster >= 0 else -id(mention)
    kind = mention.antecedent.kind if mention.kind == "pronoun" and mention.antecedent is not None else mention.kind
    return SpeakerRef(id=ids.get(key), name=mention.name, kind=kind)  # type: ignore[arg-type]


#: a derived title longer than this is cut at a word and ends with an ellipsis
TITLE_CHARS = 120


def derived_title(paragraphs: list[Paragraph]) -> tuple[str | None, str | None]:
    """A title for a document that came without one, and where it was taken from: its first
    heading when that opens the text, else its first line (cut to :data:`TITLE_CHARS`), so the
    reader never lists a file path or a hex id. ``(None, None)`` for a text with no words."""
    for paragraph in paragraphs:
        if paragraph.role == "boilerplate" or not paragraph.text.strip():
            continue
        line = paragraph.text.strip().splitlines()[0].strip()
        source = "first heading" if paragraph.role in ("title", "heading") else "first line"
        if len(line) > TITLE_CHARS:
            line = line[:TITLE_CHARS].rsplit(" ", 1)[0].rstrip(" ,;:-–") + "…"
        return line, source
    return None, None


def to_reading(doc: Doc, norm: NormalisedText, source: SourceDoc, code: str) -> Reading:
    """The reading of a document read as one Doc."""
    return read_parts([(doc, 0)], norm, source, code)


def read_parts(
    parts: list[tuple[Doc, int]], norm: NormalisedText, source: SourceDoc, code: str
) -> Reading:
    """The reading of a document read as Docs of consecutive chunks, each with the offset in
    the normalised text where it starts; records are numbered across chunks in text order."""
    original = norm.original
    paragraphs: list[Paragraph] = []
    speakers: list[Speaker] = []
    hedges: list[Hedge] = []
    quotes: list[Quote] = []
    attributions: list[Attribution] = []
    figures: list[Figure] = []
    entities: dict[tuple[str, str], Entity] = {}
    dates: list[DateMention] = []
    for doc, base in parts:
        m = _Mapper(norm, base)
        for p in doc._.st_paragraphs or []:
            where = m.text_span(p)
            paragraphs.append(Paragraph(span=where.span, role=paragraph_role(p), text=where.text))
        earlier = {(x.name, x.kind): x for x in speakers}
        ids = _speakers(doc, m, speakers, earlier)
        first_hedge = len(hedges)
        for h in doc._.st_hedges or []:
            hedges.append(
                Hedge(
                    id=f"h{len(hedges) + 1}",
                    cue=span_text(h.cue),
                    meaning=h.meaning,
                    span=m.of(h.cue),
                    scope=m.text_span(h.scope) if h.scope is not None else None,
                )
            )
        chunk_hedges = hedges[first_hedge:]
        for q in doc._.st_quotes or []:
            start, end = q.char_range or (q.span.start_char, q.span.end_char)
            qspan = m.span(start, end)
            inside = [h.id for h in chunk_hedges if qspan.start <= h.span.start and h.span.end <= qspan.end]
            quotes.append(
                Quote(
                    id=f"q{len(quotes) + 1}",
                    kind=q.kind,
                    text=original[qspan.start : qspan.end],
                    span=qspan,
                    speaker=_ref(q.speaker, ids),
                    speaker_span=m.of(q.speaker.span) if q.speaker and q.speaker.span is not None else None,
                    cue=m.text_span(q.cue) if q.cue is not None else None,
                    medium=q.medium or default_medium(source, q.recipient),
                    medium_span=m.of(q.medium_span) if q.medium_span is not None else None,
                    addressee=q.addressee,
                    recipient=q.recipient,
                    hedges=inside,
                )
            )
        for a in doc._.st_attributions or []:
            attributions.append(
                Attribution(
                    id=f"a{len(attributions) + 1}",
                    source=_ref(a.source, ids) or SpeakerRef(name="unknown"),
                    relation=a.relation,  # type: ignore[arg-type]
                    recipient=a.recipient,
                    object=m.text_span(a.object) if a.object is not None else None,
                    evidence=m.text_span(a.evidence),
                    medium=a.medium,
                    date=a.date,
                )
            )
        for f in doc._.st_figures or []:
            figures.append(
                Figure(
                    id=f"f{len(figures) + 1}",
                    value=f.value,
                    value_max=f.value_max,
                    bound=f.bound,  # type: ignore[arg-type]
                    text=m.text_span(f.span).text,
                    span=m.of(f.span),
                    unit=f.unit,
                    counts=f.counts,
                    claimant=_ref(f.claimant, ids),
                )
            )
        for ent in doc.ents:
            text = span_text(ent)  # cut from the document's text, not joined from its tokens
            key = (text, ent.label_)
            entities.setdefault(key, Entity(text=text, type=ent.label_)).spans.append(m.of(ent))
        dates.extend(
            DateMention(
                text=m.text_span(d.span).text,
                span=m.of(d.span),
                value=d.value,
                granularity=d.granularity,  # type: ignore[arg-type]
                relative=d.relative,
            )
            for d in doc._.st_dates or []
        )
    attributions += source_attributions(source, original, len(attributions) + 1)
    title, derived_from = source.title, None
    if not title:
        title, derived_from = derived_title(paragraphs)
    meta = {**source.meta, "title_derived": derived_from} if derived_from else source.meta
    document = Document(
        id=hashlib.sha256(original.encode("utf-8")).hexdigest(),
        language=code,
        published=source.published,
        source=source.source,
        title=title,
        author=source.author,
        url=source.url,
        origin=source.origin,
        text=original,
        paragraphs=paragraphs,
        meta=meta,
    )

    reading = Reading(
        pipeline_version=PIPELINE_VERSION,
        document=document,
        quotes=quotes,
        speakers=speakers,
        attributions=attributions,
        figures=figures,
        hedges=hedges,
        entities=list(entities.values()),
        dates=dates,
    )
    reading.provenance = provenance(reading)
    return reading


def provenance(reading: Reading) -> list[ProvenanceEdge]:
    """The sourcing chain: this document -> the sources it cites -> their speakers and media."""
    doc_node = "this document"
    edges: list[ProvenanceEdge] = []
    seen: set[tuple[str, str, str]] = set()

    def add(source: str, target: str, relation: str, evidence: Span | None) -> None:
        if (source, target, relation) not in seen:
            seen.add((source, target, relation))
            edges.append(ProvenanceEdge(source=source, target=target, relation=relation, evidence=evidence))

    for a in reading.attributions:
        if a.relation in ("reported", "claimed"):
            add(doc_node, a.source.name, "cites", a.evidence.span)
        elif a.relation == "forwarded":
            add(doc_node, a.source.name, "forwards", a.evidence.span)
        else:
            target = a.object.text if a.object else (a.recipient or "claim")
            add(a.source.name, target, a.relation, a.evidence.span)
    for q in reading.quotes:
        if q.speaker is None:
            continue
        if q.medium:
            add(doc_node, q.medium, "cites", q.medium_span)
            add(q.medium, q.speaker.name, "speaker", q.span)
        else:
            add(doc_node, q.speaker.name, "quotes", q.span)
    return edges
