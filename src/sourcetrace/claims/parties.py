"""Which side of the war a claimant speaks for, when its name alone does not say.

``[sides]`` in ``lang/data/CODE/claims.toml`` reads a side from words in a claimant's name
("Russia's defence ministry", "ukrainske myndigheter"). Many claimants carry no such word: a
spokesman named alone ("Dmitry Peskov"), an agency ("TASS", "SBU"), a Telegram channel speaking
in its own voice. This module adds what the reading can know besides the name:

* **the parties registry** (``claims/data/parties.toml``): bodies, officials and outlets with the
  side they speak for, every entry a marked default, overridable per corpus
  (``SOURCETRACE_PARTIES`` or ``--parties FILE``), like the source registry of the grades;
* **who speaks, as the sentence says** (``[speakers]`` in claims.toml): "Russian channels have a
  story about …", "I ukrainske medier har det kommet påstander om …", "Moskva fastholder at …";
* **the voice of a document** (``[stance]`` in claims.toml): words only one side uses of the
  war in its own voice ("the Kyiv regime", "ruscists"), counted outside quoted speech; it gives
  the side of the document's unattributed claims (a channel's own posts).
"""

from __future__ import annotations

import os
import re
import tomllib
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib import resources
from pathlib import Path

from anyascii import anyascii
from rapidfuzz import fuzz

from .. import lang

#: the environment variable naming a corpus's own parties file
PARTIES_ENV = "SOURCETRACE_PARTIES"


class PartiesError(ValueError):
    """A parties file that cannot be used."""


@dataclass(frozen=True)
class Party:
    name: str
    side: str
    aliases: tuple[str, ...]
    default: bool


def _folded(name: str) -> str:
    return " ".join(re.sub(r"[^\w\s]", " ", anyascii(name).lower().replace("'", "")).split())


def _entries(data: dict[str, object], origin: str, default: bool) -> list[Party]:
    entries = []
    items = data.get("party", [])
    for number, item in enumerate(items if isinstance(items, list) else [], 1):
        name = item.get("name") if isinstance(item, dict) else None
        side = item.get("side") if isinstance(item, dict) else None
        if not name or not side:
            raise PartiesError(f"{origin}: party #{number} needs a name and a side (got {item!r})")
        entries.append(Party(str(name), str(side), tuple(item.get("aliases", [])),
                             bool(item.get("default", default))))
    return entries


@cache
def parties(path: str | None = None) -> tuple[Party, ...]:
    """The shipped defaults, overridden by ``path`` or ``$SOURCETRACE_PARTIES`` when given: an
    entry with a name the defaults know replaces that default, others are added."""
    shipped = (resources.files("sourcetrace.claims") / "data" / "parties.toml").read_text("utf-8")
    entries = {_folded(p.name): p for p in _entries(tomllib.loads(shipped), "parties.toml", True)}
    chosen = path or os.environ.get(PARTIES_ENV)
    if chosen:
        try:
            data = tomllib.loads(Path(chosen).read_text(encoding="utf-8"))
        except (OSError, tomllib.TOMLDecodeError) as exc:
            raise PartiesError(f"{chosen}: {exc}") from None
        for party in _entries(data, chosen, False):
            for key in [key for key, known in entries.items() if _matches(known, party.name)]:
                del entries[key]
            entries[_folded(party.name)] = party
    return tuple(entries.values())


def _matches(party: Party, name: str) -> bool:
    """The name is the party's name or an alias (spellings and scripts aside), or holds one
    as whole words ("Kremlin spokesman Dmitry Peskov" holds "Dmitry Peskov")."""
    folded = _folded(name)
    if not folded:
        return False
    for candidate in (party.name, *party.aliases):
        known = _folded(candidate)
        if known and (fuzz.ratio(folded, known) >= 90 or f" {known} " in f" {folded} "):
            return True
    return False


@cache
def wars() -> tuple[frozenset[str], ...]:
    """The sides that face each other, one set per war (``[wars]`` in the shipped parties file)."""
    shipped = (resources.files("sourcetrace.claims") / "data" / "parties.toml").read_text("utf-8")
    table = tomllib.loads(shipped).get("wars", {})
    return tuple(frozenset(str(side) for side in sides) for sides in table.values())


def opposite_sides(first: str | None, second: str | None) -> bool:
    """Two known sides that fight each other: one war lists both; a side that no war lists (a
    corpus's own) is opposed to any other side. "ukraine" and "gaza" are two sides of no one
    war, so their claimants neither dispute nor revise each other."""
    if not first or not second or first == second:
        return False
    known = set().union(*wars())
    if first not in known or second not in known:
        return True
    return any(first in war and second in war for war in wars())


def other_side(side: str | None) -> str | None:
    """The one side that ``side`` fights (``[wars]``), None when no war or more than one other
    side faces it: whom an attack by ``side`` strikes."""
    others = {other for war in wars() if side in war for other in war if other != side}
    return others.pop() if len(others) == 1 else None


@lru_cache(maxsize=16_384)  # claimants recur in every pair a claim is compared in
def party_side(name: str | None) -> str | None:
    """The side the registry gives a claimant or outlet, or None when it is not listed (or
    listed on both sides)."""
    if not name:
        return None
    sides = {party.side for party in parties() if _matches(party, name)}
    return sides.pop() if len(sides) == 1 else None


@cache
def _patterns(code: str, table: str) -> list[tuple[str, re.Pattern[str]]]:
    try:
        data = lang.concern(code, "claims")
    except lang.UnsupportedLanguage:
        return []
    return [(side, re.compile(pattern)) for side, pattern in data.get(table, {}).items()]


def _one_side(text: str, code: str, table: str) -> str | None:
    sides = {side for side, pattern in _patterns(code, table) if pattern.search(text)}
    return sides.pop() if len(sides) == 1 else None


@lru_cache(maxsize=16_384)
def side_named(name: str, code: str) -> str | None:
    """The side a name stands for (``[sides]``: "Russia", "Kyiv", "Moskva"), or None: such a
    name in a sentence says whose the words are as often as where something happened."""
    return _one_side(name, code, "sides")


@lru_cache(maxsize=16_384)
def speaker_side(sentence: str, code: str) -> str | None:
    """The side of whoever the sentence says speaks ("Russian channels already have a story",
    "Moskva fastholder at", "sources in Kyiv say"; ``[speakers]``), when exactly one side does."""
    return _one_side(sentence, code, "speakers")


def speaker_mentions(text: str, code: str) -> list[tuple[int, int]]:
    """Where ``text`` names a speaking body of one side (``[speakers]``: "I ukrainske medier
    har det kommet påstander om", "Russian channels already have a story"), as spans."""
    return sorted(
        (found.start(), found.end()) for _, pattern in _patterns(code, "speakers") for found in pattern.finditer(text)
    )


@cache
def _says_that(code: str) -> re.Pattern[str] | None:
    try:
        pattern = lang.concern(code, "claims").get("says_that")
    except lang.UnsupportedLanguage:
        return None
    return re.compile(pattern) if pattern else None


def named_in_what_is_said(sentence: str, name: str, code: str) -> bool:
    """``name`` stands only inside the words a speaker of the sentence says ("Moskva
    fastholder at 65 krigsfanger døde … og beskylder Ukraina": Ukraina is accused, Moscow
    speaks): a speaker mention followed by what opens its words (``says_that`` in claims.toml)
    comes before the name's first occurrence."""
    opens = _says_that(code)
    at = sentence.find(name)
    if opens is None or at < 0:
        return False
    return any(
        end <= at and opens.match(sentence[end:]) is not None for _, end in speaker_mentions(sentence, code)
    )


@lru_cache(maxsize=16_384)
def stance_side(text: str, code: str) -> str | None:
    """The side whose own words of the war ``text`` uses ("the Kyiv regime", "Ukrainian
    servicemen destroyed"; ``[stance]``), when only one side's words occur."""
    return _one_side(text, code, "stance")


def voice_side(text: str, code: str, quoted: Iterable[tuple[int, int]]) -> str | None:
    """The side a document speaks for in its own voice: its stance words outside the spans
    others speak in (quotes, attributed statements), when they are one side's only. A wire
    that quotes Moscow's "Kyiv regime" takes no side by quoting it."""
    spans = sorted(quoted)
    pieces, at = [], 0
    for start, end in spans:
        if start > at:
            pieces.append(text[at:start])
        at = max(at, end)
    pieces.append(text[at:])
    # quotation marks the reading did not attribute still quote someone else's words
    own = re.sub(r"[\"“«][^\"”»]{0,200}[\"”»]", " ", " … ".join(pieces))
    return stance_side(own, code)


def use_parties(path: str | None) -> None:
    """Read sides from ``path`` over the defaults from now on in this process (the
    ``--parties`` option); a file that cannot be used raises :class:`PartiesError` and changes
    nothing."""
    if not path:
        return
    parties.cache_clear()
    parties(path)  # raises on a bad file before anything is switched
    os.environ[PARTIES_ENV] = path
    parties.cache_clear()
    party_side.cache_clear()
