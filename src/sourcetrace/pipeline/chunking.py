"""Long and hostile texts cut into pieces the pipeline reads in time and memory linear in length.

Two things made reading super-linear (issue #15):

* spaCy's tokenizer strips prefixes and suffixes from a whitespace-free run one character at a
  time, each time searching the rest of the run, so a run of n punctuation marks (``"!" * 20000``,
  ``"«" * 20000``, 300,000 emoji) costs O(n²): 55 s for 20,000, and then one token per mark for
  the tagger and parser. :func:`make_doc` makes such a run tokens of :data:`MAX_RUN` characters.
* A whole document read as one ``Doc`` grows worse than linearly (cross-paragraph speaker and
  sourcing look-ups) and spaCy refuses more than ``nlp.max_length`` characters (``E088``).
  :func:`chunk_bounds` cuts a text longer than :data:`CHUNK_CHARS` at paragraph breaks, else
  sentence ends, else whitespace, else anywhere; ``analysis`` reads each chunk as a Doc and maps
  its offsets back by the chunk's start.

Texts shorter than both limits (every ordinary article) are read exactly as before.
"""

from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc

from .annotations import remember_text

#: Longest whitespace-free run the tokenizer gets in one piece (URLs are shorter; runs longer
#: than this are noise, and their tokens are cut at piece boundaries).
MAX_RUN = 100
#: Longest text read as one Doc; a chunk is this or shorter and ends at the best break found.
CHUNK_CHARS = 50_000

_LONG_RUN = re.compile(rf"\S{{{MAX_RUN + 1},}}")
# the best break first: a blank line, a line end, a sentence end, any whitespace
_BREAKS = (re.compile(r"\n[ \t]*\n"), re.compile(r"\n"), re.compile(r"[.!?…»”\"]\s"), re.compile(r"\s"))


def chunk_bounds(text: str, limit: int = CHUNK_CHARS) -> list[tuple[int, int]]:
    """Half-open ranges covering ``text`` in order, each at most ``limit`` characters, cut at
    the best break in the second half of each window (so no chunk is needlessly small)."""
    bounds: list[tuple[int, int]] = []
    start = 0
    size = len(text)
    while size - start > limit:
        window_end = start + limit
        cut = window_end
        for pattern in _BREAKS:
            last = None
            for last in pattern.finditer(text, start + limit // 2, window_end):  # noqa: B007
                pass
            if last is not None:
                cut = last.end()
                break
        bounds.append((start, cut))
        start = cut
    bounds.append((start, size))
    return bounds


def make_doc(nlp: Language, text: str) -> Doc:
    """``nlp.make_doc(text)``, except that a whitespace-free run longer than :data:`MAX_RUN`
    becomes tokens of :data:`MAX_RUN` characters (no affix splitting: such a run is noise, and
    splitting it would cost O(n²) and one token per character). The Doc's text is ``text``."""
    if _LONG_RUN.search(text) is None:
        return remember_text(nlp.make_doc(text), text)
    docs: list[Doc] = []
    done = 0
    for run in _LONG_RUN.finditer(text):
        if run.start() > done:
            docs.append(nlp.tokenizer(text[done : run.start()]))
        words = [text[at : min(at + MAX_RUN, run.end())] for at in range(run.start(), run.end(), MAX_RUN)]
        spaces = [False] * len(words)
        done = run.end()
        if text.startswith(" ", done):  # the space after the run is the last piece's, as spaCy does
            spaces[-1] = True
            done += 1
        docs.append(Doc(nlp.vocab, words=words, spaces=spaces))
    if done < len(text):
        docs.append(nlp.tokenizer(text[done:]))
    return Doc.from_docs(docs, ensure_whitespace=False)
