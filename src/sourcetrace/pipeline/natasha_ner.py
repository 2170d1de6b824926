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

from functools import lru_cache
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc, Span
from spacy.util import filter_spans


@lru_cache(maxsize=1)
def _models() -> tuple[Any, Any]:
    """natasha's segmenter and NER tagger, loaded once per process (about 4 s)."""
    try:
        from natasha import NewsEmbedding, NewsNERTagger, Segmenter
    except ImportError as exc:  # pragma: no cover - a broken install
        raise RuntimeError(
            "reading Russian entities needs natasha: pip install natasha"
        ) from exc
    return Segmenter(), NewsNERTagger(NewsEmbedding())


class NatashaNer:
    """Sets ``doc.ents`` from natasha (labels PER, LOC, ORG)."""

    def __init__(self, nlp: Language, name: str):
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        from natasha import Doc as NatashaDoc

        segmenter, tagger = _models()
        tagged = NatashaDoc(doc.text)
        tagged.segment(segmenter)
        tagged.tag_ner(tagger)
        spans: list[Span] = []
        for found in tagged.spans:
            span = doc.char_span(found.start, found.stop, label=found.type, alignment_mode="expand")
            if span is not None:
                spans.append(span)
        doc.ents = filter_spans([*doc.ents, *spans])
        return doc


@Language.factory("sourcetrace_natasha_ner", assigns=["doc.ents"])
def make_natasha_ner(nlp: Language, name: str) -> NatashaNer:
    return NatashaNer(nlp, name)
