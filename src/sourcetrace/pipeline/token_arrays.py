"""Per-document token columns read without building ``Token`` objects.

The rules scan a document's few hundred words many times. ``np.isin`` against a word list
costs about 160 µs on such a document (it sorts both sides); a set lookup per word, 40 µs.
"""

from __future__ import annotations

from collections.abc import Collection

import numpy as np
from spacy.attrs import IDX, IS_PUNCT, IS_SPACE, ORTH, SENT_START
from spacy.tokens import Doc


def member(column: np.ndarray, keys: Collection[int]) -> np.ndarray:
    """``np.isin(column, keys)`` for a document's column of string keys (``ORTH``, ``LOWER``):
    a boolean array, True where the value is one of ``keys`` (a set, for the lookups)."""
    return np.array([value in keys for value in column.tolist()], dtype=bool)


#: ``doc.user_data`` key of the token texts as :func:`token_texts` read them
_TEXTS_KEY = ("sourcetrace", "texts")


def token_texts(doc: Doc) -> list[str]:
    """``[t.text for t in doc]``, read once per document from the ``ORTH`` column and kept in
    ``doc.user_data`` (rebuilt should the doc's length change: retokenizing). A scan of the
    document by ``doc[i].text`` builds a ``Token`` per word each time."""
    cached = doc.user_data.get(_TEXTS_KEY)
    if cached is not None and len(cached) == len(doc):
        return cached
    strings = doc.vocab.strings
    texts = [strings[key] for key in doc.to_array(ORTH).tolist()] if len(doc) else []
    doc.user_data[_TEXTS_KEY] = texts
    return texts


#: ``doc.user_data`` keys of the columns below
_STARTS_KEY = ("sourcetrace", "starts")
_BLANKS_KEY = ("sourcetrace", "punct_or_space")
_PUNCT_KEY = ("sourcetrace", "punct")


def token_starts(doc: Doc) -> list[int]:
    """``[t.idx for t in doc]`` (each token's first character), read once per document from
    the ``IDX`` column and kept like :func:`token_texts`: the quote readers test many a token's
    place against the direct quotes' character ranges."""
    cached = doc.user_data.get(_STARTS_KEY)
    if cached is not None and len(cached) == len(doc):
        return cached
    starts = doc.to_array(IDX).tolist() if len(doc) else []
    doc.user_data[_STARTS_KEY] = starts
    return starts


def punct_or_space(doc: Doc) -> list[bool]:
    """``[t.is_punct or t.is_space for t in doc]``, read once per document from the lexeme
    flags and kept like :func:`token_texts`: the readers trim clauses and look for words
    between two places by this test, a ``Token`` built per word otherwise."""
    cached = doc.user_data.get(_BLANKS_KEY)
    if cached is not None and len(cached) == len(doc):
        return cached
    # both flags in one read, joined by numpy: a Python loop over the words cost twice as much
    if len(doc):
        flags = doc.to_array([IS_PUNCT, IS_SPACE])
        blanks = (flags[:, 0] | flags[:, 1]).astype(bool).tolist()
    else:
        blanks = []
    doc.user_data[_BLANKS_KEY] = blanks
    return blanks


def punct_flags(doc: Doc) -> list[bool]:
    """``[t.is_punct for t in doc]``, read once per document from the lexeme flag and kept
    like :func:`token_texts`: phrase edges are trimmed of punctuation word by word."""
    cached = doc.user_data.get(_PUNCT_KEY)
    if cached is not None and len(cached) == len(doc):
        return cached
    flags = doc.to_array(IS_PUNCT).astype(bool).tolist() if len(doc) else []
    doc.user_data[_PUNCT_KEY] = flags
    return flags


#: ``doc.user_data`` key of the sentence starts as :func:`sentence_starts` read them
_SENT_STARTS_KEY = ("sourcetrace", "sentence_starts")


def sentence_starts(doc: Doc) -> list[int]:
    """Token indices where sentences start (``[0]`` when none are set), read once per document
    from the ``SENT_START`` column and kept like :func:`token_texts`. Only the reading
    components ask, and they run after every component that sets sentence starts (the
    sentencizer, the layout, a parser or its sentence scope); those that set them call
    :func:`forget_sentence_starts`, so a document read again is not read with stale starts."""
    cached = doc.user_data.get(_SENT_STARTS_KEY)
    if cached is not None and cached[0] == len(doc):
        return cached[1]
    if not len(doc):
        starts: list[int] = []
    elif not doc.has_annotation("SENT_START"):
        starts = [0]
    else:
        starts = np.flatnonzero(doc.to_array(SENT_START) == 1).tolist()
        if not starts or starts[0] != 0:
            starts.insert(0, 0)
    doc.user_data[_SENT_STARTS_KEY] = (len(doc), starts)
    return starts


def forget_sentence_starts(doc: Doc) -> None:
    """Drop the kept :func:`sentence_starts` of ``doc``: its sentence starts are being set."""
    doc.user_data.pop(_SENT_STARTS_KEY, None)
