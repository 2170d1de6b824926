"""What our spaCy components leave on a ``Doc``: the contract between components.

Each component reads the extensions set by those before it and adds its own. Values are small
dataclasses holding spaCy ``Span`` objects (token-aligned, into the *normalised* doc text);
:mod:`sourcetrace.analysis` maps them to character ranges of the original text.

Extensions (all registered by :func:`register_extensions`, idempotent):

========================  =====================================  ==========================
``doc._.st_lang``         language code of the data in use        set by ``build_pipeline``
``doc._.st_paragraphs``   ``list[Span]``, ``span._.st_role``      ``sourcetrace_layout``
``doc._.st_mentions``     ``list[Mention]`` speakers/sources      ``sourcetrace_speakers``
``doc._.st_quotes``       ``list[QuoteAnn]``                      ``sourcetrace_quotes``
``doc._.st_attributions`` ``list[AttributionAnn]``                ``sourcetrace_sourcing``
``doc._.st_figures``      ``list[FigureAnn]``                     ``sourcetrace_figures``
``doc._.st_hedges``       ``list[HedgeAnn]``                      ``sourcetrace_hedges``
``doc._.st_dates``        ``list[DateAnn]``                       ``sourcetrace_dates``
``doc._.st_published``    ``datetime.date | None``                set by the caller
``doc._.st_outlet``       ``str | None`` the publishing outlet    set by the caller
========================  =====================================  ==========================

Entities are ``doc.ents`` (from a trained pipeline, or ``sourcetrace_entities`` rules).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from spacy.attrs import LOWER
from spacy.tokens import Doc, Span


@dataclass(eq=False)
class Mention:
    """A mention of a speaker or source. Mentions of one referent share a ``cluster`` id.

    ``name`` is the canonical name of the cluster (fullest form), ``text`` the mention as
    written ("Gorin", "han", "den britiske avisen").
    """

    span: Span | None
    name: str
    kind: str  # named | descriptive | organisation | pronoun | unknown
    cluster: int = -1
    title: str | None = None
    entity_type: str | None = None
    # for a resolved pronoun: the mention it refers to (output takes its kind from there)
    antecedent: Mention | None = None

    @property
    def text(self) -> str:
        return span_text(self.span) if self.span is not None else self.name


@dataclass(eq=False)
class QuoteAnn:
    span: Span  # the quoted content, without quote marks or dash
    kind: str  # direct | indirect
    speaker: Mention | None = None
    cue: Span | None = None
    medium: str | None = None
    medium_span: Span | None = None
    addressee: str | None = None
    recipient: str | None = None
    # A quote's trailing comma ("..., sier X") belongs to the quoted text in Norwegian style;
    # components put the exact character range here when it is not token-aligned.
    char_range: tuple[int, int] | None = None


@dataclass(eq=False)
class AttributionAnn:
    source: Mention
    relation: str
    evidence: Span
    object: Span | None = None
    recipient: str | None = None
    medium: str | None = None
    date: str | None = None


@dataclass(eq=False)
class FigureAnn:
    span: Span
    value: float
    value_max: float | None = None
    bound: str = "exact"
    unit: str | None = None
    counts: str | None = None
    claimant: Mention | None = None


@dataclass(eq=False)
class HedgeAnn:
    cue: Span
    meaning: str
    scope: Span | None = None


@dataclass(eq=False)
class DateAnn:
    span: Span
    value: str | None = None
    granularity: str = "unknown"
    relative: str | None = None


@dataclass
class _Defaults:
    lists: tuple[str, ...] = field(
        default=(
            "st_paragraphs",
            "st_mentions",
            "st_quotes",
            "st_attributions",
            "st_figures",
            "st_hedges",
            "st_dates",
        )
    )


def register_extensions() -> None:
    """Register our ``Doc``/``Span`` extensions (safe to call repeatedly)."""
    for name in _Defaults().lists:
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=None)
    for name, default in (("st_lang", None), ("st_published", None), ("st_outlet", None)):
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=default)
    if not Span.has_extension("st_role"):
        Span.set_extension("st_role", default="body")


def _extension_key(name: str, start: int | None, end: int | None) -> tuple:
    """The ``doc.user_data`` key under which spaCy keeps the value of the extension ``name`` of
    a doc (``start`` and ``end`` None) or of the span of those character offsets."""
    return ("._.", name, start, end)


def _check_extension_keys() -> None:
    """Fail at import, not with wrong readings, should spaCy keep extension values elsewhere
    than :func:`_extension_key` says (the readers below read ``doc.user_data`` directly)."""
    from spacy.vocab import Vocab

    doc = Doc(Vocab(), words=["a", "b"])
    doc._.st_outlet = "probe"
    doc[0:1]._.st_role = "probe"
    if doc.user_data.get(_extension_key("st_outlet", None, None)) != "probe" or doc.user_data.get(
        _extension_key("st_role", 0, 1)
    ) != "probe":
        raise RuntimeError("spaCy keeps extension values under other keys than annotations expects")


def get_list(doc: Doc, name: str) -> list:
    """Read a list extension, creating it on first use (extension defaults are shared).

    Read from ``doc.user_data``, where ``doc._`` keeps it: each ``doc._`` builds an
    ``Underscore`` object, and the components ask for their lists some forty times a document."""
    key = _extension_key(name, None, None)
    value = doc.user_data.get(key)
    if value is None:
        value = []
        doc.user_data[key] = value
    return value


def paragraph_role(paragraph: Span) -> str | None:
    """``paragraph._.st_role`` (body, heading, boilerplate, ...), read from ``doc.user_data``
    where spaCy keeps it. ``span._`` builds an ``Underscore`` object (reading the span's
    character offsets on the way), and the readers ask each paragraph's role again and again:
    a twentieth of the rules layer's time went into those objects."""
    return paragraph.doc.user_data.get(
        _extension_key("st_role", paragraph.start_char, paragraph.end_char), "body"
    )


#: ``doc.user_data`` key of the document text as :func:`doc_text` read it
_TEXT_KEY = ("sourcetrace", "text")


def doc_text(doc: Doc) -> str:
    """``doc.text``, joined once per document: spaCy builds it by joining every token again on
    each access, which cost the rules layer a fifth of its time when each component read it.
    A ``Doc``'s text never changes (retokenizing keeps it), so the first join is kept in
    ``doc.user_data``."""
    text = doc.user_data.get(_TEXT_KEY)
    if text is None:
        text = doc.text
        doc.user_data[_TEXT_KEY] = text
    return text


#: ``doc.user_data`` key of the lower-cased token texts as :func:`doc_lowers` read them
_LOWERS_KEY = ("sourcetrace", "lowers")


def doc_lowers(doc: Doc) -> list[str]:
    """``[t.lower_ for t in doc]``, read once per document from the ``LOWER`` column.

    Scanning a doc for cue words by ``doc[i].lower_`` builds a ``Token`` object per word (about
    a microsecond each); the list is built without them and kept in ``doc.user_data`` (rebuilt
    should the doc's length change: retokenizing)."""
    cached = doc.user_data.get(_LOWERS_KEY)
    if cached is not None and len(cached) == len(doc):
        return cached
    strings = doc.vocab.strings
    lowers = [strings[key] for key in doc.to_array(LOWER).tolist()] if len(doc) else []
    doc.user_data[_LOWERS_KEY] = lowers
    return lowers


#: annotations only the statistical components set, all of which run before the reading
#: components: while those run, whether a doc holds them does not change
MODEL_ANNOTATIONS = frozenset({"POS", "DEP", "MORPH"})


def has_model_annotation(doc: Doc, attr: str) -> bool:
    """``doc.has_annotation(attr)`` for an annotation of :data:`MODEL_ANNOTATIONS`, read once
    per document and kept in ``doc.user_data``. spaCy looks for it token by token on each call
    and a document without it (every document of a blank pipeline; the parse in a pipeline
    without a parser) is walked to its end: about 50 µs for 300 tokens, some twenty times per
    document in the rules. For the reading components only (they run after the statistical
    ones); the layout, which runs before the parser, asks spaCy itself."""
    if attr not in MODEL_ANNOTATIONS:
        raise ValueError(f"{attr} is not set by the statistical components alone")
    key = ("sourcetrace", "has", attr)
    found = doc.user_data.get(key)
    if found is None:
        found = doc.has_annotation(attr)
        doc.user_data[key] = found
    return found


def span_text(span: Span) -> str:
    """``span.text`` cut from the document's text (:func:`doc_text`) instead of joined again
    from its tokens."""
    return doc_text(span.doc)[span.start_char : span.end_char]


def remember_text(doc: Doc, text: str) -> Doc:
    """Keep ``text``, the string ``doc`` was tokenized from (spaCy's tokenizer keeps every
    character), as the text :func:`doc_text` gives: not even the first join is needed."""
    doc.user_data[_TEXT_KEY] = text
    return doc


def published(doc: Doc) -> dt.date | None:
    return doc._.st_published


register_extensions()
_check_extension_keys()
