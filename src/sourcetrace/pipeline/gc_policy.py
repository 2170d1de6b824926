"""How often CPython's cyclic garbage collector runs while documents are read.

The reading allocates many short-lived container objects per token (spans, tuples, lists,
records). With CPython's default first-generation threshold (700 allocations) the collector
runs hundreds of times per thousand documents and, in its older-generation passes, walks the
whole loaded pipeline (vocabulary, patterns, model weights): about 5 % of the rules layer's CPU
time (``docs/models.md``). Reference counting still frees everything that is not a cycle the
moment it is dropped, so collecting cycles less often changes no result, only when memory
held by cycles is given back.
"""

from __future__ import annotations

import gc

#: allocations between two first-generation collections while reading (CPython's default: 700)
READING_THRESHOLD = 10_000


def collect_less_often() -> None:
    """Raise the first-generation threshold to :data:`READING_THRESHOLD`; never lowers a
    threshold the program has set higher, and leaves a disabled collector alone."""
    first, second, third = gc.get_threshold()
    if gc.isenabled() and first < READING_THRESHOLD:
        gc.set_threshold(READING_THRESHOLD, second, third)
