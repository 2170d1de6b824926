"""Folded keys the store matches on: the words of a text (the same article read from a ``.txt``
and an ``.html`` file has the same words, not the same characters) and the names of a speaker
(``gorin`` finds Alexander Gorin, ``Zelenskyj`` finds Zelenskyj, ``zelenskyj`` and ``Zelénskyj``)."""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections.abc import Iterable

_WORD = re.compile(r"\w+", re.UNICODE)


def fold(text: str) -> str:
    """Case- and accent-free: NFKD, combining marks dropped, casefolded (``Zelénskyj`` ->
    ``zelenskyj``). Letters that are not composed (ø, æ, Cyrillic) stay as they are."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).casefold()


def normalised_words(text: str) -> str:
    """The words of ``text`` folded and joined by single spaces: no markup, spacing, punctuation
    or quotation-mark style left to tell two copies of an article apart."""
    return " ".join(_WORD.findall(fold(text)))


def body_hash(text: str) -> str:
    """sha256 (hex) of :func:`normalised_words`."""
    return hashlib.sha256(normalised_words(text).encode("utf-8")).hexdigest()


def names_key(names: Iterable[str]) -> str:
    """Every distinct folded name between bars, ``|alexander gorin|gorin|``, so that one
    ``LIKE '%|name|%'`` finds the speaker by any of them."""
    folded: list[str] = []
    for name in names:
        key = " ".join(_WORD.findall(fold(name)))
        if key and key not in folded:
            folded.append(key)
    return "|" + "|".join(folded) + "|" if folded else ""


def name_key(name: str) -> str:
    """One name folded as :func:`names_key` keeps it (``Zelénskyj`` -> ``zelenskyj``); empty
    when the name has no words."""
    return " ".join(_WORD.findall(fold(name)))


def split_names_key(key: str | None) -> list[str]:
    """The folded names a :func:`names_key` holds, in order."""
    return [name for name in (key or "").split("|") if name]


def name_pattern(name: str) -> str | None:
    """The ``LIKE`` pattern that finds ``name`` in a :func:`names_key`, or None for no words."""
    key = name_key(name)
    if not key:
        return None
    escaped = key.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%|{escaped}|%"
