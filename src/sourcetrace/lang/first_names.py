"""The gender of a first name written in the Latin script.

Why: a gendered pronoun ("sier hun", "she said") must not go back to a man named in between;
Russian and Ukrainian read a first name's gender from pymorphy3's dictionaries
(:meth:`sourcetrace.lang.morph.Pymorphy3.gender`), but Norwegian and English have no morphology
that knows names. The table ``data/first_names.tsv.gz`` holds only near-certain names (built by
``scripts/build_first_names.py`` from the MIT-licensed name data of ``nomquamgender``); a name it
does not hold has no gender, and an unknown gender fits any pronoun.
"""

from __future__ import annotations

import gzip
import unicodedata
from functools import cache, lru_cache
from importlib import resources

#: letters that Unicode does not decompose into a base letter and a mark: folded as the
#: table's keys were ("Bjørn" -> "bjorn", "Ægir" -> "aegir")
_FOLD = str.maketrans({"ø": "o", "æ": "ae", "œ": "oe", "ß": "ss", "đ": "d", "ð": "d", "ł": "l", "þ": "th"})


@cache
def _table() -> dict[str, str]:
    path = resources.files("sourcetrace.lang") / "data" / "first_names.tsv.gz"
    with path.open("rb") as raw, gzip.open(raw, "rt", encoding="utf-8") as lines:
        return dict(
            line.rstrip("\n").split("\t", 1) for line in lines if line and not line.startswith("#")
        )


def _folded(word: str) -> str:
    decomposed = unicodedata.normalize("NFKD", word.lower().translate(_FOLD))
    return "".join(char for char in decomposed if not unicodedata.combining(char))


#: distinct words whose folded look-up is kept: the reading asks again for the same names
GENDER_CACHE_SIZE = 1 << 16


@lru_cache(maxsize=GENDER_CACHE_SIZE)
def gender(first_name: str) -> str | None:
    """``masc`` or ``femn`` for a known first name ("Eva", "Håkon", "Volodymyr"), else None; a
    double name is read by its first part ("Jan-Erik" as "Jan")."""
    word = _folded(first_name.split("-", 1)[0])
    if not word.isascii() or not word.isalpha():
        return None
    return _table().get(word)
