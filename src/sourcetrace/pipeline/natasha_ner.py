"""``sourcetrace_natasha_ner``: Russian named entities from natasha's slovnet NER, as ``doc.ents``.

natasha ships its models inside the package (navec news embeddings and the slovnet NER
tagger), so it works offline. Its persons, places and organisations become the "trained NER"
that ``sourcetrace_entities`` keeps and completes with the gazetteers, exactly as a trained
spaCy NER would be; no other component knows where they came from. A language asks for it in
its ``_meta.toml`` (``base_components = ["sourcetrace_natasha_ner"]``), and
:func:`~sourcetrace.pipeline.models.load_base` adds it to the blank pipeline.

Names need their whole span: "глава Харьковской ОВА Олег Синегубов" gives the organisation
"Харьковской ОВА" and the person "Олег Синегубов" apart, which capitalisation alone cannot.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc, Span
from spacy.util import filter_spans


@lru_cache(maxsize=1)
def _tagger() -> Any:
    """natasha's NER tagger, loaded once per process (about 4 s)."""
    try:
        from natasha import NewsEmbedding, NewsNERTagger
    except ImportError as exc:  # pragma: no cover - a broken install
        raise RuntimeError(
            "reading Russian entities needs natasha: pip install natasha"
        ) from exc
    return NewsNERTagger(NewsEmbedding())


@lru_cache(maxsize=1)
def _blas() -> Any:
    """The process's BLAS thread pools (threadpoolctl), found once."""
    from threadpoolctl import ThreadpoolController

    return ThreadpoolController()


def _one_blas_thread() -> Any:
    """A context in which BLAS (numpy's matrix products, which slovnet runs on) uses one
    thread."""
    return _blas().limit(limits=1, user_api="blas")


#: a sentence ends at . ! ? or … followed by space (the next one opens with anything)
_SENTENCE_END = re.compile(r"(?<=[.!?…])\s+|\n+")
#: a capitalised word (Cyrillic or Latin), or an all-capital acronym
_CAPITALISED = re.compile(r"(?<![\w-])[A-ZА-ЯЁІЇЄҐ][\w'’-]*")


def sentences(text: str) -> list[tuple[int, int]]:
    """Character ranges of the sentences (and lines) of ``text``, blank ones left out."""
    out: list[tuple[int, int]] = []
    start = 0
    for found in _SENTENCE_END.finditer(text):
        if text[start : found.start()].strip():
            out.append((start, found.start()))
        start = found.end()
    if text[start:].strip():
        out.append((start, len(text)))
    return out


def may_name(sentence: str, code: str = "ru") -> bool:
    """Whether a sentence can hold a name: a capitalised word after its first, or a first
    word that is no common word opening the sentence. Most sentences of news text hold one;
    those that do not (about a third) skip the tagger, which is most of the reading time."""
    words = _CAPITALISED.findall(sentence)
    if not words:
        return False
    if len(words) > 1 or not sentence.lstrip(" «\"„“—–-").startswith(words[0]):
        return True
    first = words[0]
    return first.isupper() or first.lower() not in _common_openers(code)


@lru_cache(maxsize=4)
def _common_openers(code: str) -> frozenset[str]:
    """Lower-case words that open sentences and are never names ("Это", "По", "Вчера"),
    from the language's data: its quote, sourcing, hedge, date and figure words."""
    from .. import lang as langdata

    words: set[str] = set()
    for concern in ("quotes", "sourcing", "hedges", "dates", "figures"):
        _collect(langdata.concern(code, concern), words)
    return frozenset(w for w in words if w.isalpha())


def _collect(value: Any, into: set[str]) -> None:
    """Every lower-case word in a data table, however deep."""
    if isinstance(value, str):
        into.update(w for w in value.split() if w.islower())
    elif isinstance(value, dict):
        for inner in value.values():
            _collect(inner, into)
        into.update(k for k in value if isinstance(k, str) and k.islower() and " " not in k)
    elif isinstance(value, list | tuple):
        for inner in value:
            _collect(inner, into)


class NatashaNer:
    """Sets ``doc.ents`` from natasha (labels PER, LOC, ORG), tagging only the sentences that
    may hold a name, in batches."""

    def __init__(self, nlp: Language, name: str):
        self.name = name
        self.lang = nlp.lang

    def __call__(self, doc: Doc) -> Doc:
        tagger = _tagger()
        text = doc.text
        chosen = [(a, b) for a, b in sentences(text) if may_name(text[a:b], self.lang)]
        # batches of sentences of like length pad little
        chosen.sort(key=lambda ab: ab[1] - ab[0])
        with _one_blas_thread():
            # the tagger's matrices are small: BLAS threads would spin more than they help,
            # and a reader runs one document per core (sourcetrace.parallel) anyway
            markups = list(tagger.map([text[a:b] for a, b in chosen]))
        spans: list[Span] = []
        for (start, _), markup in zip(chosen, markups, strict=True):
            for found in markup.spans:
                span = doc.char_span(
                    start + found.start, start + found.stop, label=found.type, alignment_mode="expand"
                )
                if span is not None:
                    spans.append(span)
        doc.ents = filter_spans([*doc.ents, *spans])
        return doc


@Language.factory("sourcetrace_natasha_ner", assigns=["doc.ents"])
def make_natasha_ner(nlp: Language, name: str) -> NatashaNer:
    return NatashaNer(nlp, name)
