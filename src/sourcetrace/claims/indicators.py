"""What a figure counts, normalised across languages, and vague quantities as ACLED codes them.

A figure read by the pipeline already says what it counts (``counts``, e.g. killed) and in what
unit (``unit``, e.g. drones). Claims compare figures across languages, so both become one
language-independent *indicator* (``claims/data/indicators.toml``). Where a report gives no number
("dozens of civilians were killed"), the word's lowest reading is the value, as ACLED records it;
the words live in ``lang/data/CODE/claims.toml``.
"""

from __future__ import annotations

import math
import re
import tomllib
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

from .. import lang


@cache
def _table() -> dict[str, Any]:
    text = (resources.files("sourcetrace.claims") / "data" / "indicators.toml").read_text("utf-8")
    return tomllib.loads(text)


def known_indicators() -> tuple[str, ...]:
    return tuple(_table()["indicators"])


def indicator_of(counts: str | None, unit: str | None) -> str | None:
    """The indicator of a figure from what it counts and its unit; None when it counts neither."""
    if counts and counts in _table()["indicators"]:
        return counts
    if unit:
        return _table()["units"].get(unit)
    return None


@cache
def _data(code: str) -> dict[str, Any]:
    try:
        return lang.concern(code, "claims")
    except lang.UnsupportedLanguage:
        return {}


@cache
def _words(code: str) -> tuple[dict[str, float], list[tuple[str, re.Pattern[str]]]]:
    data = _data(code)
    vague = {k.lower(): float(v) for k, v in data.get("vague", {}).items()}
    patterns = [
        (name, re.compile(pattern, re.IGNORECASE))
        for name, pattern in data.get("indicator_words", {}).items()
    ]
    return vague, patterns


@cache
def _parts(code: str) -> list[tuple[str, re.Pattern[str]]]:
    return [
        (name, re.compile(pattern, re.IGNORECASE))
        for name, pattern in _data(code).get("part_words", {}).items()
    ]


def part_in_text(text: str, code: str) -> str | None:
    """The part of the victims a claim counts ("five of them children" -> children), or None
    for a count of everyone. A toll and its children are two claims, however alike they read."""
    return next((name for name, pattern in _parts(code) if pattern.search(text)), None)


def indicator_in_text(text: str, code: str) -> str | None:
    """The first indicator whose words occur in ``text`` (a sentence), for figures without one."""
    _, patterns = _words(code)
    best: tuple[int, str] | None = None
    for name, pattern in patterns:
        found = pattern.search(text)
        if found and (best is None or found.start() < best[0]):
            best = (found.start(), name)
    return best[1] if best else None


@dataclass(frozen=True)
class VagueQuantity:
    word: str
    value: float
    start: int
    end: int


def vague_quantities(text: str, code: str) -> list[VagueQuantity]:
    """Vague quantity words in ``text`` with their ACLED value, longest phrase first."""
    vague, _ = _words(code)
    found: list[VagueQuantity] = []
    taken: list[tuple[int, int]] = []
    for word in sorted(vague, key=len, reverse=True):
        for match in re.finditer(rf"\b{re.escape(word)}\b", text, re.IGNORECASE):
            if any(match.start() < end and start < match.end() for start, end in taken):
                continue
            taken.append((match.start(), match.end()))
            found.append(VagueQuantity(match.group(0), vague[word], match.start(), match.end()))
    return sorted(found, key=lambda item: item.start)


def value_range(value: float, value_max: float | None, bound: str) -> tuple[float, float]:
    """The interval a figure allows: "at least 14" is [14, inf), "about 20" is [18, 22]."""
    if bound == "range" and value_max is not None:
        return (min(value, value_max), max(value, value_max))
    if bound in ("at_least", "more_than"):
        return (value, math.inf)
    if bound in ("at_most", "less_than"):
        return (0.0, value)
    if bound == "about":
        return (value * 0.9, value * 1.1)
    if bound == "vague":
        return (value, math.inf)
    return (value, value)
