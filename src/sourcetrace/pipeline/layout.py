"""``sourcetrace_layout``: paragraphs and their role (body, heading, boilerplate).

Paragraphs are blocks separated by blank lines (single newlines too, for texts that put one
paragraph a line). Roles come from the language's ``layout.toml``: regular expressions for page
furniture and teasers ("Her kan du lese alt om ...", "Read more: ..."), trailer markers after
which everything is furniture ("Related Topics"), and the shape of a crosshead (short, no closing
full stop, followed by body text that does not name it as a quote: "– Vi led enorme tap" is a
crosshead, but not when the next paragraph opens "Det sier ..."). Every paragraph start is made
a sentence start, so no sentence runs across paragraphs.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

import numpy as np
from spacy.attrs import SENT_START
from spacy.language import Language
from spacy.tokens import Doc

from .. import lang as langdata
from .annotations import doc_lowers, doc_text, get_list
from .regex_prefilter import any_of
from .token_arrays import forget_sentence_starts

_BLOCK = re.compile(r"[^\n]+(?:\n(?![ \t]*\n)[^\n]+)*")
_LINE = re.compile(r"[^\n]+")


def paragraph_ranges(text: str) -> Iterator[tuple[int, int]]:
    """Character ranges of paragraphs, stripped of surrounding spaces.

    Texts with blank lines between paragraphs are split on blank lines; texts without any blank
    line are taken one line a paragraph.
    """
    pattern = _BLOCK if "\n\n" in text or re.search(r"\n[ \t]*\n", text) else _LINE
    for m in pattern.finditer(text):
        start, end = m.span()
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        if end > start:
            yield start, end


class Layout:
    def __init__(self, nlp: Language, name: str, lang: str = "", max_heading_words: int = 12,
                 max_title_words: int = 30):
        self.name = name
        code = lang or nlp.lang
        data = langdata.concern(code, "layout")
        flags = re.IGNORECASE | re.UNICODE
        self.boilerplate = any_of(data.get("boilerplate", []), flags)
        self.not_heading = any_of(data.get("not_heading", []), flags)
        self.trailer = any_of(data.get("trailer", []), flags)
        # a heading that closes the article ("Sources"): a heading itself, furniture after it
        self.closing_headings = any_of(data.get("closing_headings", []), flags)
        self.continues_quote = any_of(data.get("continues_quote", []), flags)
        self.max_heading_words = int(data.get("max_heading_words", max_heading_words))
        self.max_title_words = int(data.get("max_title_words", max_title_words))

    def __call__(self, doc: Doc) -> Doc:
        forget_sentence_starts(doc)  # the starts are set here (and above): read them again
        paragraphs = get_list(doc, "st_paragraphs")
        full = doc_text(doc)  # ``Doc.text`` joins every token: read it once
        ranges = list(paragraph_ranges(full))
        in_trailer = False
        starts: list[int] = []
        not_starts: list[int] = []
        parsed = doc.has_annotation("DEP")  # a parser's sentence starts must not be overwritten
        for idx, (start, end) in enumerate(ranges):
            span = doc.char_span(start, end, alignment_mode="expand")
            if span is None or len(span) == 0:
                continue
            text = full[start:end]
            closing = not in_trailer and any(p.search(text) for p in self.closing_headings)
            in_trailer = in_trailer or any(p.search(text) for p in self.trailer)
            role = "boilerplate" if in_trailer else self._role(text, ranges, idx, full)
            in_trailer = in_trailer or (closing and role == "heading")
            span._.st_role = role
            paragraphs.append(span)
            starts.append(span.start)
            if span.end < len(doc):
                # the blank-line token between paragraphs ends this sentence, never starts one
                (not_starts if doc[span.end].is_space else starts).append(span.end)
        if not parsed:
            starts += self._after_numbers(doc)
        if starts and not parsed:
            # one array write: setting ``token.is_sent_start`` re-scans the doc on every call
            arr = doc.to_array([SENT_START]).reshape(-1, 1)
            arr[not_starts, 0] = np.uint64(-1 & 0xFFFFFFFFFFFFFFFF)
            arr[starts, 0] = 1
            doc.from_array([SENT_START], arr)
        return doc

    @staticmethod
    def _after_numbers(doc: Doc) -> list[int]:
        """Sentence starts after a number that swallowed the full stop ("i 2014. Soldatene").

        Tokenizers for languages with dotted ordinals ("2. mars") keep "2014." whole, and the
        sentencizer then misses the sentence end; a capitalised next word marks it.
        """
        out = []
        lowers = doc_lowers(doc)  # a number's lower-case form is the number itself
        for i in range(len(doc) - 1):
            text = lowers[i]
            if text.endswith(".") and text[:-1].isdigit():
                nxt = doc[i + 1]
                if nxt.text[:1].isupper() and doc[i].whitespace_:
                    out.append(nxt.i)
        return out

    def _role(self, text: str, ranges: list[tuple[int, int]], idx: int, full: str) -> str:
        if any(p.search(text) for p in self.boilerplate):
            return "boilerplate"
        if self._is_heading(text, ranges, idx, full):
            return "heading"
        return "body"

    def _is_heading(self, text: str, ranges: list[tuple[int, int]], idx: int, full: str) -> bool:
        if "\n" in text or idx == len(ranges) - 1:
            return False
        words = text.split()
        # the first paragraph may be the headline, which runs longer than a crosshead
        limit = self.max_title_words if idx == 0 else self.max_heading_words
        if not words or len(words) > limit:
            return False
        bare = text.rstrip().rstrip("»«\"“”‘’'")
        if idx == 0 and bare[-1:] == "…" and bare[-2:-1] != "." and len(words) > 1:
            # a headline may be words trailing off ('«Вибачте, у банкоматі скінчилися
            # гроші…»'); a question opening a document is an interview's (no headline)
            bare = bare[:-1]
        if not bare or bare[-1] in ".:;,…?!":
            # a sentence, or a quoted sentence ('"Nobody survived."'), is not a crosshead
            return False
        following = full[ranges[idx + 1][0] : ranges[idx + 1][1]]
        if any(p.search(following) for p in self.continues_quote):
            return False
        return not any(p.search(text) for p in self.not_heading)


@Language.factory(
    "sourcetrace_layout",
    default_config={"lang": "", "max_heading_words": 12},
    requires=[],
    assigns=["doc._.st_paragraphs", "span._.st_role", "token.is_sent_start"],
)
def make_layout(nlp: Language, name: str, lang: str, max_heading_words: int) -> Layout:
    return Layout(nlp, name, lang=lang, max_heading_words=max_heading_words)
