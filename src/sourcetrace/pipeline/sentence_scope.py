"""Statistical components run only over the sentences whose annotations the rules read.

The rules read a dependency parse in a few places: the subject of a cue verb (quotes,
sourcing), a relative clause after a name, the noun phrase of a speaker or source phrase, a name
beside a role word. In real news most sentences hold no quote mark, no cue word, no sourcing
phrase and no name (English GUM dev: 15 % of sentences carry a quote or a source;
``docs/models.md``), yet the parser, a third of the English default reading's time, parsed them
all. A scope component stands where such a component stood: it picks the sentences its
selector wants, runs the component over them together as one document per input document (the
shared tok2vec's vectors are handed over in ``doc.tensor``, which is what a listener reads
outside training) and writes the annotations back; the other sentences keep their sentence
starts and get no annotation of that kind, which every reader already takes as "none".

Selectors and writers are registered per component name (:data:`SCOPES`); a language's
pipeline scopes the components it has (``pipeline.scope_components``).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass

import numpy as np
from spacy.attrs import DEP, HEAD, POS, SENT_START
from spacy.language import Language
from spacy.symbols import IDS
from spacy.tokens import Doc, Span

from .annotations import doc_lowers, doc_text
from .cues import lexicon
from .token_arrays import forget_sentence_starts, token_texts

#: characters that open or close a direct quote (and the dashes that open a line of speech)
_QUOTE_CHARS = re.compile(r"[\"“”„«»‘’‚‹›–—]")

#: ``Doc(sent_starts=...)`` values of the ``SENT_START`` column's states
_START_STATES: dict[int, bool | None] = {1: True, -1: False, 0: None}


def cue_words(lang: str) -> frozenset[str]:
    """The words of the language's quote lexicon (``quotes.toml``) that make the rules read
    a parse: cue verbs and the first words of the cue phrases."""
    lx = lexicon(lang)
    words: set[str] = set()
    for group in (
        lx.cue_verbs,
        lx.indirect_cues,
        lx.question_cues,
        lx.participle_cues,
        lx.bare_cues,
        lx.recipient_verbs,
        lx.relay_verbs,
        lx.relay_participles,
        lx.particle_cues.keys(),
    ):
        words |= set(group)
    for phrase in (*lx.according_to, *lx.naming, *lx.aliases, *lx.addressee_cues):
        words |= set(phrase[:1])
    return frozenset(words)


def _counts(length: int, ranges: Iterable[tuple[int, int]]) -> np.ndarray:
    """Running count of the tokens inside ``ranges``: ``counts[end] > counts[start]`` tells
    whether tokens ``start:end`` hold one."""
    marks = np.zeros(length + 1, dtype="int64")
    for start, end in ranges:
        marks[start + 1 : end + 1] = 1
    return np.cumsum(marks)


class _Selector:
    """Which sentences of a document a scoped component reads."""

    def __init__(self, nlp: Language, lang: str):
        self.nlp = nlp
        self.lang = lang

    def wanted(self, doc: Doc) -> list[tuple[int, int]]:
        raise NotImplementedError


class ParseSentences(_Selector):
    """Sentences holding a quote mark, a quote cue word, a sourcing cue (``sourcing.toml``'s
    pattern, the sourcing component's own compiled form) or an entity (a name the rules may
    read beside a role word or as a phrase's head)."""

    def __init__(self, nlp: Language, lang: str):
        super().__init__(nlp, lang)
        self.cue_words = cue_words(lang)
        self._sourcing: tuple[re.Pattern[str], re.Pattern[str]] | None | bool = False  # on first use

    def _sourcing_cues(self) -> tuple[re.Pattern[str], re.Pattern[str]] | None:
        """The sourcing component's compiled cue patterns, for any text and for lower-cased
        text (that component is added after this one)."""
        if self._sourcing is False:
            sourcing = dict(self.nlp.pipeline).get("sourcetrace_sourcing")
            folded, lower = getattr(sourcing, "combined", None), getattr(sourcing, "combined_lower", None)
            self._sourcing = (folded, lower) if folded is not None and lower is not None else None
        return self._sourcing  # type: ignore[return-value]

    def _cue_starts(self, text: str) -> list[int]:
        """Where the sourcing cues begin in ``text``, found as the sourcing component finds
        them (over the lower-cased text when lower-casing keeps the offsets)."""
        cues = self._sourcing_cues()
        if cues is None:
            return []
        lower = text.lower()
        found = cues[1].finditer(lower) if len(lower) == len(text) else cues[0].finditer(text)
        return [m.start() for m in found]

    def wanted(self, doc: Doc) -> list[tuple[int, int]]:
        lowers = doc_lowers(doc)
        text = doc_text(doc)
        cue_chars = self._cue_starts(text)
        named = _counts(len(doc), ((ent.start, ent.end) for ent in doc.ents))
        out = []
        next_cue = 0
        for sent in doc.sents:
            start, end = sent.start, sent.end
            while next_cue < len(cue_chars) and cue_chars[next_cue] < sent.start_char:
                next_cue += 1
            if (
                (next_cue < len(cue_chars) and cue_chars[next_cue] < sent.end_char)
                or named[end] > named[start]
                or _QUOTE_CHARS.search(text, sent.start_char, sent.end_char) is not None
                or not self.cue_words.isdisjoint(lowers[start:end])
            ):
                out.append((start, end))
        return out


#: parts of speech a capitalised first word of a sentence may be a name under: the tagger
#: reads some names as common nouns or adjectives ("Stoltenberg", "Nordre"), never as a
#: pronoun, determiner, adverb or verb ("Han", "Det", "Allerede", "Sier")
_NAME_LIKE_TAGS = frozenset(int(IDS[pos]) for pos in ("PROPN", "NOUN", "ADJ", "X"))
_PROPN = int(IDS["PROPN"])


class NameSentences(_Selector):
    """Sentences that can hold a name: a proper noun by the tagger's parts of speech, a
    capitalised word after the sentence's first, or a capitalised first word the tagger reads
    as a noun or adjective."""

    def wanted(self, doc: Doc) -> list[tuple[int, int]]:
        texts = token_texts(doc)
        tagged = doc.has_annotation("POS")
        tags = doc.to_array(POS).tolist() if tagged else []
        proper = _counts(len(doc), ((k, k + 1) for k, tag in enumerate(tags) if tag == _PROPN))
        out = []
        for sent in doc.sents:
            start, end = sent.start, sent.end
            first = next((k for k in range(start, end) if not texts[k].isspace()), end)
            if (
                proper[end] > proper[start]
                or any(texts[k][:1].isupper() for k in range(first + 1, end))
                or (
                    first < end
                    and texts[first][:1].isupper()
                    and (not tagged or tags[first] in _NAME_LIKE_TAGS)
                )
            ):
                out.append((start, end))
        return out


def _write_ents(doc: Doc, index: np.ndarray, part: Doc) -> None:
    """The entities of ``part`` (tokens ``index`` of ``doc``) into ``doc``; every other token
    is outside an entity, as the recogniser leaves the words it does not name."""
    positions = index.tolist()
    spans = []
    for ent in part.ents:
        start = positions[ent.start]
        end = start + 1
        while end - start < len(ent) and positions[ent.start + end - start] == end:
            end += 1  # an entity stops where the part joins two sentences apart in ``doc``
        spans.append(Span(doc, start, end, label=ent.label))
    doc.set_ents(spans, default="outside")


def _write_parse(doc: Doc, index: np.ndarray, part: Doc) -> None:
    """The parse of ``part`` (tokens ``index`` of ``doc``) into ``doc``; the other tokens get
    no relation (head itself, ``dep`` unset), their sentence starts stay as they were."""
    sent_starts = doc.to_array(SENT_START)
    heads = np.zeros(len(doc), dtype="int64")  # offsets: 0 with dep 0 is "no parse"
    deps = np.zeros(len(doc), dtype="uint64")
    part_heads = part.to_array(HEAD).astype("int64")  # offsets within the part
    heads[index] = index[np.arange(len(index)) + part_heads] - index
    deps[index] = part.to_array(DEP)
    doc.from_array([HEAD, DEP], np.stack([heads.astype("uint64"), deps], axis=1))
    doc.from_array([SENT_START], sent_starts.reshape(-1, 1))
    forget_sentence_starts(doc)


@dataclass(frozen=True)
class Scope:
    """How one statistical component is scoped: the sentences it reads, and how its
    annotations of a part are written back into the whole document."""

    selector: Callable[[Language, str], _Selector]
    write: Callable[[Doc, np.ndarray, Doc], None]
    #: whether the part keeps the document's sentence starts (the parser); else only the
    #: joins between the part's pieces are marked, as the recogniser runs before sentences
    #: are split and must not run an entity across a join
    sentence_starts: bool = True


#: scoped components by pipeline name
SCOPES: dict[str, Scope] = {
    "ner": Scope(NameSentences, _write_ents, sentence_starts=False),
    "parser": Scope(ParseSentences, _write_parse),
}


class SentenceScope:
    """Runs a pipeline component (kept, disabled, under its own name) over the sentences its
    selector wants."""

    def __init__(self, nlp: Language, name: str, lang: str, component: str):
        if component not in SCOPES:
            raise ValueError(f"no sentence scope for {component!r} (known: {', '.join(SCOPES)})")
        self.name = name
        self.nlp = nlp
        self.component = component
        self.scope = SCOPES[component]
        self.selector = self.scope.selector(nlp, lang)

    def __call__(self, doc: Doc) -> Doc:
        return next(iter(self.pipe([doc])))

    def pipe(self, docs: Iterable[Doc], batch_size: int = 32) -> Iterator[Doc]:
        """Read the wanted sentences of ``batch_size`` documents at a time: a transition-based
        component steps through a batch together, which is most of its speed."""
        batch: list[Doc] = []
        for doc in docs:
            batch.append(doc)
            if len(batch) >= batch_size:
                yield from self._run(batch, batch_size)
                batch = []
        if batch:
            yield from self._run(batch, batch_size)

    def _run(self, docs: list[Doc], batch_size: int) -> list[Doc]:
        component = self.nlp.get_pipe(self.component)
        cut = [self._cut(doc) for doc in docs]
        parts = [part for _index, part in filter(None, cut)]
        done = iter(component.pipe(parts, batch_size=batch_size) if parts else [])  # type: ignore[attr-defined]
        for doc, piece in zip(docs, cut, strict=True):
            if piece is not None:
                part = next(done)
                if part is not doc:
                    self.scope.write(doc, piece[0], part)
        return docs

    def _cut(self, doc: Doc) -> tuple[np.ndarray, Doc] | None:
        """The wanted sentences of ``doc`` as one document of their own, with their token
        positions in ``doc``; ``doc`` itself when every sentence is wanted and the component
        reads sentence starts, or when it holds no vectors to hand over; None when no sentence
        is wanted."""
        if not len(doc):
            return None
        if doc.tensor.size == 0:  # no shared vectors (a pipeline of the user's): all of it
            return np.arange(len(doc)), doc
        ranges = self.selector.wanted(doc)
        if not ranges:
            return None
        if self.scope.sentence_starts and sum(end - start for start, end in ranges) == len(doc):
            return np.arange(len(doc)), doc
        states = doc.to_array(SENT_START).astype("int64").tolist()  # 1 starts, -1 not, 0 unknown
        index = np.concatenate([np.arange(start, end) for start, end in ranges])
        positions = index.tolist()
        texts = token_texts(doc)
        words = [texts[i] for i in positions]
        spaces = [bool(doc[i].whitespace_) for i in positions]
        if self.scope.sentence_starts:
            starts: list[bool | None] = [_START_STATES[states[i]] for i in positions]
        else:
            starts = [None] * len(positions)
            for k in np.flatnonzero(np.diff(index) != 1).tolist():
                starts[k + 1] = True
        starts[0] = True
        part = Doc(doc.vocab, words=words, spaces=spaces, sent_starts=starts)
        part.tensor = doc.tensor[index]
        return index, part


@Language.factory("sourcetrace_sentence_scope", default_config={"lang": "", "component": "parser"})
def make_sentence_scope(nlp: Language, name: str, lang: str, component: str) -> SentenceScope:
    return SentenceScope(nlp, name, lang or nlp.lang, component)


