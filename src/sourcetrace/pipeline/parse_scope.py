"""The trained parser run only over the sentences whose parse the rules read.

The rules read a dependency parse in a few places only: the subject of a cue verb (quotes,
sourcing), a relative clause after a name, the noun phrase of a speaker or source phrase. In
real news most sentences hold no quote mark, no cue word and no sourcing phrase (English GUM
dev: 15 % of sentences carry a quote or a source; ``docs/models.md``), yet the parser, a third
of the English default reading's time, parsed them all. This component stands where the parser
stood: it picks the sentences that hold a quote mark, a cue word of the language's quote
lexicon (``quotes.toml``) or a match of the sourcing cue pattern (``sourcing.toml``), parses
them together as one document (the shared tok2vec's vectors are read from ``doc.tensor``, as a
listener does outside training) and writes their heads and relations back. The other sentences
keep their sentence starts and no parse (``dep`` unset), which every reader of the parse already
takes as "no relation".
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

import numpy as np
from spacy.attrs import DEP, HEAD, SENT_START
from spacy.language import Language
from spacy.tokens import Doc

from .annotations import doc_lowers, doc_text
from .cues import lexicon
from .token_arrays import token_texts

#: characters that open or close a direct quote (and the dash that opens a line of speech)
_QUOTE_CHARS = re.compile(r"[\"“”„«»‘’‚‹›–—]")


def _cue_words(lang: str) -> frozenset[str]:
    """The words of the quote lexicon whose sentence the rules read a parse in."""
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


#: ``Doc(sent_starts=...)`` values of the ``SENT_START`` column's states
_START_STATES: dict[int, bool | None] = {1: True, -1: False, 0: None}


class ParseScope:
    """Runs the pipeline's parser (kept, disabled, under its own name) over the sentences the
    rules can read a parse in."""

    def __init__(self, nlp: Language, name: str, lang: str, parser: str):
        self.name = name
        self.nlp = nlp
        self.parser_name = parser
        self.cue_words = _cue_words(lang)
        self._sourcing: re.Pattern[str] | None | bool = False  # looked up on first use

    def _sourcing_cues(self) -> re.Pattern[str] | None:
        """The sourcing component's compiled cue pattern (built after this component)."""
        if self._sourcing is False:
            sourcing = dict(self.nlp.pipeline).get("sourcetrace_sourcing")
            self._sourcing = getattr(sourcing, "combined", None)
        return self._sourcing  # type: ignore[return-value]

    def wanted(self, doc: Doc) -> list[tuple[int, int]]:
        """Token ranges of the sentences to parse, in order."""
        lowers = doc_lowers(doc)
        text = doc_text(doc)
        cues = self._sourcing_cues()
        cue_chars = sorted(m.start() for m in cues.finditer(text)) if cues is not None else []
        named = np.zeros(len(doc) + 1, dtype="int64")  # running count of entity tokens
        for ent in doc.ents:
            named[ent.start + 1 : ent.end + 1] = 1
        named = np.cumsum(named)
        out = []
        next_cue = 0
        for sent in doc.sents:
            start, end = sent.start, sent.end
            chars = (sent.start_char, sent.end_char)
            while next_cue < len(cue_chars) and cue_chars[next_cue] < chars[0]:
                next_cue += 1
            if (
                (next_cue < len(cue_chars) and cue_chars[next_cue] < chars[1])
                or _QUOTE_CHARS.search(text, chars[0], chars[1]) is not None
                or named[end] > named[start]
                or not self.cue_words.isdisjoint(lowers[start:end])
            ):
                out.append((start, end))
        return out

    def __call__(self, doc: Doc) -> Doc:
        return next(iter(self.pipe([doc])))

    def pipe(self, docs: Iterable[Doc], batch_size: int = 32) -> Iterator[Doc]:
        """Parse the wanted sentences of ``batch_size`` documents at a time: the parser steps
        through a batch's sentences together, which is most of its speed."""
        batch: list[Doc] = []
        for doc in docs:
            batch.append(doc)
            if len(batch) >= batch_size:
                yield from self._parse(batch, batch_size)
                batch = []
        if batch:
            yield from self._parse(batch, batch_size)

    def _parse(self, docs: list[Doc], batch_size: int) -> list[Doc]:
        parser = self.nlp.get_pipe(self.parser_name)
        cut = [self._cut(doc) for doc in docs]
        parts = [part for _index, part in filter(None, cut)]
        parsed = iter(parser.pipe(parts, batch_size=batch_size) if parts else [])
        for doc, piece in zip(docs, cut, strict=True):
            if piece is not None:
                self._write(doc, piece[0], next(parsed))
        return docs

    def _cut(self, doc: Doc) -> tuple[np.ndarray, Doc] | None:
        """The wanted sentences of ``doc`` as one document of their own, with their token
        positions in ``doc``; the whole ``doc`` when every sentence is wanted; None when no
        sentence is (or ``doc`` has no vectors to hand the parser)."""
        if not len(doc) or doc.tensor is None or doc.tensor.size == 0:
            return None
        ranges = self.wanted(doc)
        if not ranges:
            return None
        if sum(end - start for start, end in ranges) == len(doc):
            return np.arange(len(doc)), doc
        states = doc.to_array(SENT_START).astype("int64").tolist()  # 1 starts, -1 not, 0 unknown
        index = np.concatenate([np.arange(start, end) for start, end in ranges])
        texts = token_texts(doc)
        positions = index.tolist()
        words = [texts[i] for i in positions]
        spaces = [bool(doc[i].whitespace_) for i in positions]
        starts: list[bool | None] = [_START_STATES[states[i]] for i in positions]
        starts[0] = True
        part = Doc(doc.vocab, words=words, spaces=spaces, sent_starts=starts)
        part.tensor = doc.tensor[index]
        return index, part

    @staticmethod
    def _write(doc: Doc, index: np.ndarray, part: Doc) -> None:
        """Copy the parse of ``part`` (tokens ``index`` of ``doc``) into ``doc``; the other
        tokens get no relation, their sentence starts stay as they were."""
        if part is doc:
            return
        sent_starts = doc.to_array(SENT_START)
        heads = np.zeros(len(doc), dtype="int64")  # offsets: 0 with dep 0 is "no parse"
        deps = np.zeros(len(doc), dtype="uint64")
        part_heads = part.to_array(HEAD).astype("int64")  # offsets within the part
        heads[index] = index[np.arange(len(index)) + part_heads] - index
        deps[index] = part.to_array(DEP)
        doc.from_array([HEAD, DEP], np.stack([heads.astype("uint64"), deps], axis=1))
        doc.from_array([SENT_START], sent_starts.reshape(-1, 1))


@Language.factory(
    "sourcetrace_parse_scope",
    default_config={"lang": "", "parser": "parser"},
)
def make_parse_scope(nlp: Language, name: str, lang: str, parser: str) -> ParseScope:
    return ParseScope(nlp, name, lang or nlp.lang, parser)
