"""Romanisation of Russian and Ukrainian names, and one key for a name in any script.

Two documented schemes per language live in ``lang/data/CODE/translit.toml``: ``en`` (BGN/PCGN
for Russian, the 2010 national system for Ukrainian) and ``nb`` (the Norwegian transcriptions).
:func:`name_key` maps every spelling of a name, Cyrillic or romanised by any of these (or the
German "Klitschko"), to one coarse key, by the rewrites in ``lang/data/name_keys.toml``::

    >>> name_key("Кличко") == name_key("Klitschko") == name_key("Klytsjko")
    True

Cross-document clustering of speakers (the corpus store's person index, claim linking) should
group mentions by ``name_key(name)`` of their canonical names; within one document the speaker
component already joins the case forms of a name (lang/morph.py).
"""

from __future__ import annotations

import tomllib
import unicodedata
from functools import cache
from importlib import resources

from . import lang as langdata

#: letters only Ukrainian writes (a name with one is romanised as Ukrainian)
_UKRAINIAN = frozenset("іїєґІЇЄҐ")
SCHEMES = ("en", "nb")


def is_cyrillic(text: str) -> bool:
    return any("CYRILLIC" in unicodedata.name(ch, "") for ch in text if ch.isalpha())


def guess_language(text: str) -> str:
    """``uk`` when the name has a letter only Ukrainian writes, else ``ru``."""
    return "uk" if any(ch in _UKRAINIAN for ch in text) else "ru"


def romanise(text: str, lang: str | None = None, scheme: str = "en") -> str:
    """``text`` with its Cyrillic letters romanised by ``scheme`` (``en`` or ``nb``) of ``lang``
    (ru or uk; guessed from the letters when None); capitals follow the source."""
    if scheme not in SCHEMES:
        raise ValueError(f"unknown romanisation scheme {scheme!r}; known: {', '.join(SCHEMES)}")
    code = lang or guess_language(text)
    table = langdata.concern(code, "translit").get(scheme, {})
    out: list[str] = []
    for ch in text:
        low = ch.lower()
        if low not in table:
            out.append(ch)
            continue
        latin = table[low]
        out.append(latin[:1].upper() + latin[1:] if ch != low and latin else latin)
    return "".join(out)


@cache
def _rewrites() -> tuple[tuple[str, str], ...]:
    path = resources.files("sourcetrace.lang") / "data" / "name_keys.toml"
    data = tomllib.loads(path.read_text(encoding="utf-8"))
    return tuple((a, b) for a, b in data["rewrites"])


def name_key(name: str) -> str:
    """One key for every spelling of a name: Кличко, Klychko, Klitschko, Klytsjko -> "klicko"."""
    text = romanise(name) if is_cyrillic(name) else name
    text = unicodedata.normalize("NFKD", text.lower())
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    words = []
    for word in text.split():
        word = "".join(ch for ch in word if ch.isalpha())
        for old, new in _rewrites():
            word = word.replace(old, new)
        merged = "".join(ch for n, ch in enumerate(word) if n == 0 or ch != word[n - 1])
        if merged:
            words.append(merged)
    return " ".join(words)
