"""``sourcetrace_dates``: date mentions resolved against the published date, or left relative.

Candidates are found by the language's compiled date patterns (:mod:`.date_vocab`); overlapping
candidates keep the longest. Each is resolved by :func:`.date_resolve.resolve` against
``doc._.st_published``: absolute dates get their ISO value, relative ones ("i januar", "i fjor",
"tirsdag") a value only when the publication date is known, and always an English description
of what they are relative to.
"""

from __future__ import annotations

import datetime as dt

from spacy.attrs import LOWER, SHAPE
from spacy.language import Language
from spacy.tokens import Doc

from .. import lang as langdata
from . import regex_cache
from .annotations import DateAnn, doc_text, get_list
from .date_resolve import Resolved, resolve
from .date_vocab import compile_patterns, trigger_words, vocab
from .entity_rules import tokenizer_fixes
from .token_arrays import token_starts, token_texts


def _published(doc: Doc) -> dt.date | None:
    value = doc._.st_published
    if isinstance(value, dt.datetime):
        return value.date()
    return value if isinstance(value, dt.date) else None


#: tokens either side of a trigger word that a date expression may reach
REACH = 6
#: token shapes whose digit test the process keeps before it starts afresh
_MAX_SHAPES = 50_000
#: shape key -> whether the shape holds a digit (:meth:`Dates.windows`): a fact about the
#: shape's string, the same for every document and pipeline (no component keeps state)
_DIGIT_SHAPES: dict[int, bool] = {}


class Dates:
    def __init__(self, nlp: Language, name: str, lang: str = "", fix_tokenizer: bool = True):
        self.name = name
        self.lang = lang or nlp.lang
        self.data = langdata.concern(self.lang, "dates")
        if fix_tokenizer:
            # changes nlp.tokenizer: "i 2014." -> "2014 ." (see sourcetrace.pipeline.entities)
            tokenizer_fixes(nlp)
        self.vocab = vocab(self.lang)
        self.patterns = compile_patterns(self.lang)
        strings = nlp.vocab.strings
        self.triggers = frozenset(strings.add(w) for w in trigger_words(self.lang))
        # names holding a date word ("The Sunday Times"): a date inside one is no date
        blocks = self.data.get("not_dates", [])
        self.not_dates = regex_cache.compile("|".join(f"(?:{b})" for b in blocks)) if blocks else None

    def windows(self, doc: Doc) -> list[tuple[int, int]]:
        """Token ranges around trigger tokens (numbers, month names, "går", ...).

        The date patterns are long alternations that cost microseconds a word over the whole
        text; run only near words a date expression must contain, they cost next to nothing.
        """
        if not len(doc):
            return []
        arr = doc.to_array([LOWER, SHAPE])
        lowers, shapes = arr[:, 0].tolist(), arr[:, 1].tolist()
        # whether each shape holds a digit ("dd", "d.d"), kept by shape for the next documents
        digit = _DIGIT_SHAPES
        if len(digit) > _MAX_SHAPES:
            digit.clear()
        strings = doc.vocab.strings
        for shape in set(shapes).difference(digit):
            digit[shape] = "d" in strings[shape]
        # set lookups: cheaper than ``np.isin`` against the long trigger list for one document
        triggers = self.triggers
        hits = [i for i, (lower, shape) in enumerate(zip(lowers, shapes, strict=True)) if lower in triggers or digit[shape]]
        out: list[tuple[int, int]] = []
        n = len(doc)
        for i in hits:
            a, b = max(0, i - REACH), min(n, i + 1 + REACH)
            if out and a <= out[-1][1]:
                out[-1] = (out[-1][0], b)
            else:
                out.append((a, b))
        return out

    def find(self, doc: Doc, pub: dt.date | None) -> list[tuple[int, int, Resolved]]:
        """Resolved date expressions in ``doc``: where matches overlap, the longest wins."""
        out: list[tuple[int, int, Resolved]] = []
        # the kept columns: a window's character bounds without building its Span
        char_starts, texts = token_starts(doc), token_texts(doc)
        for a, b in self.windows(doc):
            # the window's own text, cut from the text joined once per document
            start = char_starts[a]
            text = doc_text(doc)[start : char_starts[b - 1] + len(texts[b - 1])]
            found = []
            for pattern in self.patterns:
                for m in pattern.finditer(text):
                    resolved = resolve(
                        {k: v for k, v in m.groupdict().items() if v}, self.vocab, pub
                    )
                    if resolved is not None:
                        found.append((start + m.start(), start + m.end(), resolved))
            found.sort(key=lambda c: (c[0] - c[1], c[0]))
            taken = bytearray(len(text) + 1)
            if self.not_dates is not None:
                for m in self.not_dates.finditer(text):
                    taken[m.start() : m.end()] = b"\x01" * (m.end() - m.start())
            for s, e, resolved in found:
                if not any(taken[s - start : e - start]):
                    taken[s - start : e - start] = b"\x01" * (e - s)
                    out.append((s, e, resolved))
        return sorted(out, key=lambda c: c[0])

    def __call__(self, doc: Doc) -> Doc:
        dates = get_list(doc, "st_dates")
        pub = _published(doc)
        for start, end, resolved in self.find(doc, pub):
            span = doc.char_span(start, end, alignment_mode="expand")
            if span is None or not len(span):
                continue
            dates.append(DateAnn(span, resolved.value, resolved.granularity, resolved.relative))
        return doc


@Language.factory(
    "sourcetrace_dates",
    default_config={"lang": "", "fix_tokenizer": True},
    requires=["doc._.st_published"],  # set by the caller
    assigns=["doc._.st_dates"],
)
def make_dates(nlp: Language, name: str, lang: str, fix_tokenizer: bool) -> Dates:
    """Dates; by default this changes ``nlp.tokenizer`` (see :mod:`sourcetrace.pipeline.entities`)."""
    return Dates(nlp, name, lang=lang, fix_tokenizer=fix_tokenizer)
