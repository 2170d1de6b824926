"""Detokenising the corpora's space-separated tokens back into running text.

NARC and NDT store text as tokens separated by spaces (``sier Lund Svindal til Dagbladet.no .``).
The reading is meant for text as newspapers print it, so the gold sets render each sentence the
way typesetting would: no space before closing punctuation, none after an opening bracket or
quote mark. The rendering is deterministic, so annotation offsets into it stay valid; every
token keeps its character range, so the corpora's own mentions (coreference markables) map onto
the rendered text.
"""

from __future__ import annotations

#: tokens glued to the token before them
_NO_SPACE_BEFORE = frozenset({",", ".", ";", ":", "!", "?", ")", "]", "}", "»", "%", "...", "…", "'s"})
#: tokens glued to the token after them
_NO_SPACE_AFTER = frozenset({"(", "[", "{", "«"})
#: quote marks that open and close alike: their role alternates within a sentence
_TOGGLING = frozenset({'"', "'"})


def detokenise(tokens: list[str]) -> tuple[str, list[tuple[int, int]]]:
    """Return the sentence as running text and each token's ``(start, end)`` in it."""
    parts: list[str] = []
    spans: list[tuple[int, int]] = []
    length = 0
    glue_next = True  # nothing precedes the first token
    open_toggles: set[str] = set()
    for token in tokens:
        glue = glue_next or token in _NO_SPACE_BEFORE
        glue_next = token in _NO_SPACE_AFTER
        if token in _TOGGLING:
            if token in open_toggles:  # closing mark: glued to what it closes
                open_toggles.discard(token)
                glue = True
            else:  # opening mark: glued to what it opens
                open_toggles.add(token)
                glue_next = True
        if not glue:
            parts.append(" ")
            length += 1
        spans.append((length, length + len(token)))
        parts.append(token)
        length += len(token)
    return "".join(parts), spans
