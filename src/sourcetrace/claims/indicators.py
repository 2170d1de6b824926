"""What a figure counts, normalised across languages, and vague quantities as ACLED codes them.

A figure read by the pipeline already says what it counts (``counts``, e.g. killed) and in what
unit (``unit``, e.g. drones). Claims compare figures across languages, so both become one
language-independent *indicator* (``claims/data/indicators.toml``). Where a report gives no number
("dozens of civilians were killed"), the word's lowest reading is the value, as ACLED records it;
the words live in ``lang/data/CODE/claims.toml``.
"""

from __future__ import annotations

import itertools
import math
import re
import tomllib
from dataclasses import dataclass
from functools import cache, lru_cache
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
    """The indicator of a figure from what it counts and its unit; None when it counts neither,
    or when a count of persons is given to a unit of events (``[event_units]``)."""
    people_destroyed = _table().get("people_destroyed", {})
    if counts and counts == people_destroyed.get("counts") and unit in people_destroyed.get("units", ()):
        return str(people_destroyed["indicator"])
    events = _table().get("event_units", {})
    if unit in events.get("units", ()) and counts in events.get("person_counts", ()):
        return None  # "до 15 взрывов": blasts are no toll, whatever the sentence counts besides
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
def _table_words(code: str, table: str, key: str | None = "words") -> re.Pattern[str] | None:
    """The pattern claims.toml gives under ``[table] key`` (or the top-level ``table`` string
    when ``key`` is None), compiled once per language; None when the language has none."""
    entry = _data(code).get(table)
    words = entry if key is None else (entry or {}).get(key)
    return re.compile(words, re.IGNORECASE) if words else None


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


@cache
def _figure_words(code: str) -> dict[str, Any]:
    try:
        return lang.concern(code, "figures")
    except lang.UnsupportedLanguage:
        return {}


@cache
def _number_words(code: str) -> dict[str, float]:
    """Number words of the language (figures.toml) with their values, "one" included."""
    data = _figure_words(code)
    return {
        word.lower(): float(value)
        for table in ("units", "teens", "tens")
        for word, value in data.get(table, {}).items()
    }


@cache
def _numerals(code: str) -> frozenset[str]:
    """Number words of the language (figures.toml) above one: "one"/"en" are also pronouns
    and articles."""
    return frozenset(word for word, value in _number_words(code).items() if value > 1)


@cache
def _single_words(code: str) -> frozenset[str]:
    """Words that count one thing ("one", "a", "en", "ein"): a part word right after one of
    them has a count of its own ("one child wounded", "including a child")."""
    return frozenset(word.lower() for word in _data(code).get("single_words", []))


@cache
def _not_count(code: str) -> tuple[re.Pattern[str] | None, re.Pattern[str] | None, re.Pattern[str] | None]:
    """What makes a number in a claim no count of anything: the figures' exclusions (dates,
    clock times, ages: figures.toml [exclude]) and the claims' own (``not_count_after``:
    "på 14 år", an age without "gammel")."""
    exclude = _figure_words(code).get("exclude", {})
    own = _data(code).get("not_count_after")
    before = exclude.get("before")
    after = "|".join(f"(?:{pattern})" for pattern in (exclude.get("after"), own) if pattern)
    token = exclude.get("token")
    return (
        re.compile(before) if before else None,
        re.compile(after) if after else None,
        re.compile(token) if token else None,
    )


_TOKEN = re.compile(r"\w+")
#: a number token: digits with inner separators ("10:15", "1,000", "14.11") read as one; a
#: word keeps its inner apostrophe, as Ukrainian number words do ("п'ятеро", "дев’ять")
_COUNT_TOKEN = re.compile(r"\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?!\d)|\d+(?:[.,:]\d+)*|\w+(?:[’ʼ']\w+)*(?:-\w+)?")
#: the apostrophes Ukrainian is typed with, read as the one the number words are listed with
_APOSTROPHES = str.maketrans({"’": "'", "ʼ": "'"})
_CLOCK = re.compile(r"\d{1,2}:\d{2}")


@dataclass(frozen=True)
class Count:
    """A count in a claim's own words: where it stands and its value (None when unread)."""

    start: int
    end: int
    value: float | None


def _word_value(word: str, code: str) -> float | None:
    """The value of a number word, hyphenated tens included ("twenty-three")."""
    words = _number_words(code)
    parts = word.lower().translate(_APOSTROPHES).split("-")
    if all(part in words for part in parts) and len(parts) <= 2:
        return sum(words[part] for part in parts)
    return None


def parse_number(token: str) -> float | None:
    """"1 200", "1,200" and "1.200" are 1200; "2,5" and "2.5" are 2.5."""
    cleaned = re.sub(r"\s", "", token).replace(",", ".")
    if cleaned.count(".") > 1 or re.fullmatch(r"\d{1,3}\.\d{3}", cleaned):
        cleaned = cleaned.replace(".", "")
    try:
        return float(cleaned)
    except ValueError:
        return None


@cache
def _pair_phrases(code: str) -> re.Pattern[str] | None:
    """Phrases that count two persons without a number ("a man and a woman", "et ektepar"):
    claims.toml ``pair_words``. Reports of one strike say "two people died" in one outlet and
    "a couple was killed" in another; without the count the second reads as a statement that
    counts nothing (``one_counts``) and the two stay unlinked."""
    pattern = _data(code).get("pair_words")
    return re.compile(pattern, re.IGNORECASE) if pattern else None


def counts_in(text: str, code: str, include_single: bool = False) -> list[Count]:
    """The counts ``text`` gives in digits, number words or phrases that name two persons,
    in order; numbers that are dates, clock times or ages are none ("On March 2 a strike
    killed 12" counts 12)."""
    before, after, token_shape = _not_count(code)
    singles = _single_words(code) if include_single else frozenset()
    pairs = _pair_phrases(code)
    found: list[Count] = [
        Count(match.start(), match.end(), 2.0) for match in (pairs.finditer(text) if pairs else ())
    ]
    spans = [(count.start, count.end) for count in found]
    for match in _COUNT_TOKEN.finditer(text):
        if any(start <= match.start() < end for start, end in spans):
            continue
        word = match.group(0)
        if word[0].isdigit():
            if _CLOCK.fullmatch(word) or (token_shape and token_shape.fullmatch(word)):
                continue
            if (before and before.search(text, 0, match.start())) or (
                after and after.match(text[match.end() : match.end() + 40])
            ):
                continue
            found.append(Count(match.start(), match.end(), parse_number(word)))
            continue
        value = _word_value(word, code)
        if value is not None and (value > 1 or word.lower() in singles):
            if after and after.match(text[match.end() : match.end() + 40]):
                continue
            found.append(Count(match.start(), match.end(), value))
        elif word.lower() in singles:
            found.append(Count(match.start(), match.end(), 1.0))
    return sorted(found, key=lambda count: count.start)


#: the claim-text functions below are pure functions of (text, language) that linking asks of
#: each claim once per pair it compares (tens of thousands of pairs per batch of documents):
#: remembered per text, they cost one reading each instead of one per pair
TEXT_CACHE = 65_536


@lru_cache(maxsize=TEXT_CACHE)
def first_count(text: str, code: str) -> float | None:
    """The value of the first count in a claim's own words, or None."""
    counts = counts_in(text, code)
    return counts[0].value if counts else None


@lru_cache(maxsize=TEXT_CACHE)
def has_count(text: str, code: str) -> bool:
    """Whether ``text`` gives a count in digits or number words."""
    return bool(counts_in(text, code))


#: figure units (figures.toml ``[[unit]]``) that count combatants: "60 Ukrainian servicemen",
#: "over 60 ukrainske soldater", "34 officers", "up to 20 foreign mercenaries"
COMBATANT_UNITS = frozenset({"soldiers", "officers", "mercenaries"})

#: tokens between a count and the noun that says whom it counts: "more than 60 Ukrainian
#: servicemen", "34 people, including"
UNIT_REACH = 3

_WORD = re.compile(r"\w+(?:-\w+)?")


@cache
def _unit_patterns(code: str) -> list[tuple[str, re.Pattern[str]]]:
    """The figures' unit nouns of the language, whole words, with the unit each names."""
    return [
        (entry["unit"], re.compile(rf"(?:{entry['re']})", re.IGNORECASE))
        for entry in _figure_words(code).get("unit", [])
        if entry.get("re") and entry.get("unit")
    ]


@lru_cache(maxsize=TEXT_CACHE)
def unit_of_count(text: str, code: str) -> str | None:
    """The unit of the first count in ``text``: the first of the next :data:`UNIT_REACH`
    words that is a unit noun of the figures ("60 Ukrainian servicemen" -> soldiers, "34
    people" -> people, "Dozens dead" -> people); None without a count or a unit noun."""
    # a vague quantity is a count too: "Dozens dead", "titalls drepte"
    ends = [count.end for count in counts_in(text, code)]
    ends += [vague.end for vague in vague_quantities(text, code)]
    if not ends:
        return None
    patterns = _unit_patterns(code)
    for word in itertools.islice(_WORD.finditer(text, min(ends)), UNIT_REACH):
        for unit, pattern in patterns:
            if pattern.fullmatch(word.group(0)):
                return unit
    return None


#: tokens between a count and the word for its part: "three of the dead are children"
PART_REACH = 8


@lru_cache(maxsize=TEXT_CACHE)
def part_in_text(text: str, code: str) -> str | None:
    """The part of the victims a claim counts ("five of them children" -> children), or None
    for a count of everyone. A toll and its children are two claims, however alike they read.

    The part word must belong to the claim's first count: "23 died, four of them children"
    counts everyone (another count stands between), "Five of the dead were children" a part;
    a count of one stands between too ("Two adults killed, one child wounded", "eight injured,
    including a child"): the child has a count of its own."""
    counts = counts_in(text, code)
    every = counts_in(text, code, include_single=True)
    for name, pattern in _parts(code):
        found = pattern.search(text)
        if not found:
            continue
        if not counts:
            return name
        first = counts[0]
        # the part word comes before any count ("children among the 23 dead"), or within
        # reach of the first count with no other count between
        if first.start > found.start():
            return name
        between = [c for c in every if first.end <= c.start < found.start()]
        reach = len(_TOKEN.findall(text, first.end, found.start()))
        if not between and reach <= PART_REACH and not _included(text[first.end : found.start()], code):
            return name
    return None


def _included(before: str, code: str) -> bool:
    """The words before a part word with no count of its own say the count includes the part
    ("nine people were killed, including children"; ``[part_included]`` in claims.toml): the
    count is of everyone. Read as a count of children, the nine disputed no toll of the strike
    and was linked to none."""
    pattern = _table_words(code, "part_included")
    return bool(pattern and pattern.search(before))


def follows_inclusion(before: str, code: str) -> bool:
    """Whether the words ``before`` a count end in an inclusion ("killing ten, including three
    children"; ``[part_included]`` in claims.toml): the count is a part of another count, never
    the whole of a toll that happens to share its number."""
    return _included(before, code)


def included_count_indicator(before: str, code: str) -> str | None:
    """What the count a part is included in counts, when the words ``before`` the part's count
    end in an inclusion ("injured 93 others, among them 18 children"; ``[part_included]`` in
    claims.toml): the indicator named nearest the last count before, read from the end of the
    count before that. The part counts what its whole counts; the sentence's first verb
    ("killed at least 26 …") is another count's."""
    if not _included(before, code):
        return None
    counts = counts_in(before, code)
    if not counts:
        return None
    start = counts[-2].end if len(counts) > 1 else 0
    return indicator_of_count(before[start:], code, owned=True)


def indicator_in_text(text: str, code: str) -> str | None:
    """The first indicator whose words occur in ``text`` (a sentence), for figures without one."""
    _, patterns = _words(code)
    best: tuple[int, str] | None = None
    for name, pattern in patterns:
        found = pattern.search(text)
        if found and (best is None or found.start() < best[0]):
            best = (found.start(), name)
    return best[1] if best else None


@lru_cache(maxsize=TEXT_CACHE)
def indicator_of_count(text: str, code: str, owned: bool = False) -> str | None:
    """The indicator named nearest the first count of ``text``: "a drone strike killed 12
    people" counts the killed, not drones; without a count, the first indicator named.

    ``owned``: a word nearer another count is that count's ("34 people, including two
    children, and wounded 117 others": "wounded" tells what 117 counts, not 34); with no word
    of its own, the first count's indicator is unknown here (None). The linker reads the
    nearest word as it stands (fitted so); conflicts, which compare one figure's value, ask
    for the words that are the figure's own."""
    # a vague quantity is a count too: "several aircraft caught fire" counts aircraft
    spans = [(count.start, count.end) for count in counts_in(text, code)]
    spans += [(vague.start, vague.end) for vague in vague_quantities(text, code)]
    if not spans:
        return indicator_in_text(text, code)
    first = min(spans)
    _, patterns = _words(code)
    best: tuple[int, str] | None = None
    for name, pattern in patterns:
        for found in pattern.finditer(text):
            distance = _gap(found.start(), found.end(), first)
            if owned and any(_gap(found.start(), found.end(), other) < distance for other in spans):
                continue  # the word belongs to another count
            if best is None or distance < best[0]:
                best = (distance, name)
    return best[1] if best else None


def _gap(start: int, end: int, count: tuple[int, int]) -> int:
    """Characters between a word and a count: a verb before its count is as near as a noun
    after it ("killing at least four people and injuring more than 40": "killing" is four's,
    though "injuring" starts nearer four's start than "killing" does)."""
    count_start, count_end = count
    if end <= count_start:
        return count_start - end
    if start >= count_end:
        return start - count_end
    return 0


#: words after "no one" that may name what it counts: "no one had been killed"
ZERO_REACH = 3


@dataclass(frozen=True)
class ZeroCount:
    """A count of none ("no one was killed", "ingen ble drept") on one indicator."""

    words: str
    indicator: str
    start: int
    end: int


def _zero(code: str) -> tuple[re.Pattern[str] | None, re.Pattern[str] | None]:
    return _table_words(code, "zero"), _table_words(code, "zero", "casualties")


def zero_counts(text: str, code: str) -> list[ZeroCount]:
    """Counts of none in ``text``: a zero word followed within :data:`ZERO_REACH` words by an
    indicator word, or a phrase saying there were no casualties (indicator ``casualties``)."""
    words, casualties = _zero(code)
    found: list[ZeroCount] = []
    if casualties is not None:
        for match in casualties.finditer(text):
            found.append(ZeroCount(match.group(0), "casualties", match.start(), match.end()))
    if words is None:
        return found
    _, patterns = _words(code)
    for match in words.finditer(text):
        if any(item.start <= match.start() < item.end for item in found):
            continue
        following = list(_TOKEN.finditer(text, match.end(), match.end() + 80))[:ZERO_REACH]
        if not following:
            continue
        window_end = following[-1].end()
        hits = [(pattern.search(text, match.end(), window_end), name) for name, pattern in patterns]
        named = sorted((hit.start(), hit.end(), name) for hit, name in hits if hit)
        if named:
            _, end, name = named[0]
            found.append(ZeroCount(text[match.start() : end], name, match.start(), end))
    return sorted(found, key=lambda item: item.start)


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


#: the most a vague word allows when its language gives no ``[vague_most]``: the old reading
#: of an open bound (half as much again as its lowest reading)
VAGUE_DEFAULT_FACTOR = 1.5


def vague_most(text: str, value: float, code: str) -> float:
    """The most the first vague word of ``text`` allows (``[vague_most]`` in claims.toml: a word
    of a number's order, "dozens", "hundrevis", is below the next order; "several" and "flere"
    name a handful; "many" and "mange" set no ceiling). A language without the table keeps the
    old reading, ``value`` × :data:`VAGUE_DEFAULT_FACTOR`."""
    table = {k.lower(): float(v) for k, v in _data(code).get("vague_most", {}).items()}
    if not table:
        return value * VAGUE_DEFAULT_FACTOR
    found = vague_quantities(text, code)
    if not found:
        return value * VAGUE_DEFAULT_FACTOR
    return table.get(found[0].word.lower(), math.inf)


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


@cache
def _named_patterns(code: str, table: str) -> list[tuple[str, re.Pattern[str]]]:
    return [(name, re.compile(pattern)) for name, pattern in _data(code).get(table, {}).items()]


#: indicators that count weapons: what became of them ("shot down") says which count it is
WEAPONS = frozenset({"drones", "missiles", "aircraft", "vehicles", "bombs"})


@lru_cache(maxsize=TEXT_CACHE)
def outcome_of(text: str, code: str) -> str | None:
    """What became of the weapons a claim counts, from its own words (``[outcome]`` in
    claims.toml: intercepted, lost); None for a count of those launched or used."""
    found = [(match.start(), name) for name, pattern in _named_patterns(code, "outcome")
             if (match := pattern.search(text))]
    return min(found)[1] if found else None


def dismissals(text: str, code: str) -> list[tuple[int, int]]:
    """Where ``text`` dismisses a claim as untrue ("fairy tale", "fake", "skjedde aldri";
    ``[dismissal]`` in claims.toml): the spans of the words."""
    pattern = _table_words(code, "dismissal")
    return [(match.start(), match.end()) for match in pattern.finditer(text)] if pattern else []


def opens_period(before: str, date_text: str, code: str) -> bool:
    """The words right ``before`` a date, or the first word of the date's own text (the tagger
    may take "Since Saturday" whole), make it the start of a period ("since Saturday", "siden
    lørdag"; ``since`` in claims.toml): a count "since" a day is counted up to the day it is
    reported, not on that day."""
    pattern = _table_words(code, "since", None)
    if pattern is None:
        return False
    words = date_text.split(maxsplit=1)
    lead = words[0] + " " if len(words) > 1 else ""
    return bool(pattern.search(before[-40:]) or (lead and pattern.search(lead)))


def takes_a_stand(cue: str, code: str) -> bool:
    """``cue`` (the words between a claimant and what it says) takes a stand rather than tells
    what happened ("condemned", "thanked", "vowed"; ``[not_account]`` in claims.toml)."""
    pattern = _table_words(code, "not_account")
    return bool(pattern and pattern.search(cue))


def gives_a_verdict(text: str, code: str) -> bool:
    """``text`` (a claim's own words) passes a verdict on the other side rather than tells what
    happened ("Russia deserved only one thing: a tribunal", "fortjener et tribunal";
    ``verdict`` in ``[not_account]``). On real coverage of one strike such a quote was told as
    a rival of each of the other side's accounts of it (ten false conflicts in one report)."""
    pattern = _table_words(code, "not_account", "verdict")
    return bool(pattern and pattern.search(text))


def points_back(text: str, code: str) -> bool:
    """``text`` (a claim's own words) only attributes what the sentence before said ("This was
    reported by the head of the city administration", "Det opplyser politiet"; ``pointer`` in
    ``[not_account]``): no account of its own. On real coverage such a line stood as the rival
    of the other side's drone count."""
    pattern = _table_words(code, "not_account", "pointer")
    return bool(pattern and pattern.search(text))


def tells_a_toll(text: str, code: str) -> bool:
    """``text`` (a claim's own words) tells of people killed or hurt without a count ("Ukrainian
    officials reported civilian casualties in Vovchansk"; ``toll`` in ``[not_account]``): a toll,
    no account of what happened. On real coverage such a line was the rival of every account the
    other side gave of a strike elsewhere."""
    pattern = _table_words(code, "not_account", "toll")
    return bool(pattern and pattern.search(text))


def _increment(code: str) -> tuple[re.Pattern[str] | None, re.Pattern[str] | None]:
    return _table_words(code, "increment", "before"), _table_words(code, "increment", "after")


def increment_count(before: str, after: str, code: str) -> bool:
    """The count between ``before`` and ``after`` (the words around it in its sentence) is an
    increment of a toll, not the toll: "two more bodies were pulled out", "three more dead were
    found", "to til ble funnet døde", "enda tre lik" (``[increment]`` in claims.toml). Compared
    as a count, "three more dead" disputed the 26 dead of the day before."""
    before_pattern, after_pattern = _increment(code)
    return bool(
        (before_pattern and before_pattern.search(before[-20:]))
        or (after_pattern and after_pattern.match(after))
    )


@lru_cache(maxsize=TEXT_CACHE)
def one_strike_count(text: str, code: str) -> bool:
    """``text`` (a sentence up to the end of a figure's words) counts one strike of several:
    "A second missile hit a village on the edge of the city, wounding five", "den andre
    raketten" (``[one_strike]`` in claims.toml). Such a count is a part of the attack's toll,
    as a count at one site is."""
    pattern = _table_words(code, "one_strike")
    return bool(pattern and pattern.search(text))


def denies_responsibility(text: str, code: str) -> bool:
    """``text`` (a denial's words) denies who did it rather than what happened ("denies its
    forces were behind the bombing", "nekter for å stå bak"; ``[responsibility]`` in
    claims.toml)."""
    pattern = _table_words(code, "responsibility")
    return bool(pattern and pattern.search(text))


@lru_cache(maxsize=TEXT_CACHE)
def side_of(claimant: str | None, code: str) -> str | None:
    """The belligerent a claimant speaks for when its name says so ("Russia's defence
    ministry", "ukrainske myndigheter"; ``[sides]`` in claims.toml), else None."""
    if not claimant:
        return None
    sides = {name for name, pattern in _named_patterns(code, "sides") if pattern.search(claimant)}
    return sides.pop() if len(sides) == 1 else None


@cache
def _attack_after_side(code: str) -> list[tuple[str, re.Pattern[str]]]:
    """Per side, its name (``[sides]``) followed within three words by an attack or weapon
    word (``[attack]``): "a Russian ballistic missile strike", "israelsk beskytning"."""
    attack = _data(code).get("attack", {}).get("words")
    if not attack:
        return []
    return [
        (name, re.compile(f"(?:{pattern.pattern})(?:[\\s-]+[\\w-]+){{0,3}}?[\\s-]+(?i:{attack})"))
        for name, pattern in _named_patterns(code, "sides")
    ]


@lru_cache(maxsize=TEXT_CACHE)
def names_an_attack(name: str, code: str) -> bool:
    """Whether a name the entity tagger took for a place ends in an attack word (``[attack]``
    in claims.toml): "the Palm Sunday attack", "Kerch bridge strike" name an event, not where
    a count is, and a false place keeps two counts of one strike from being compared."""
    pattern = _table_words(code, "attack")
    words = name.split()
    return bool(pattern and words and pattern.fullmatch(words[-1]))


def names_a_clock(after: str, code: str) -> bool:
    """Whether the words right ``after`` a place name make it a clock ("as of 18:25 Moscow
    time", "klokka 14 Moskva-tid"; ``[clock]`` in claims.toml): the time of a count, not where
    it is. Read as the place, it kept Belgorod's toll apart from its own stages and joined it to
    another city's."""
    pattern = _table_words(code, "clock")
    return bool(pattern and pattern.match(after))


def attacker_side(sentence: str, code: str) -> str | None:
    """The side the sentence names as attacking ("A Russian ballistic missile strike on Sumy
    killed …", "Israeli fire", "et ukrainsk droneangrep"), when exactly one side is named so."""
    sides = {name for name, pattern in _attack_after_side(code) if pattern.search(sentence)}
    return sides.pop() if len(sides) == 1 else None


@lru_cache(maxsize=TEXT_CACHE)
def in_progress(text: str, code: str) -> bool:
    """Whether ``text`` gives a count as one stage of a count still going on: provisional
    ("so far", "first reported", "foreløpige tall") or risen ("has risen to", "har steget
    til", "now known dead"; ``[progress]`` in claims.toml). Such a count is superseded by a
    later one, not disputed by it."""
    pattern = _table_words(code, "progress")
    return bool(pattern and pattern.search(text))


@lru_cache(maxsize=TEXT_CACHE)
def names_attack_day(sentence: str, code: str) -> bool:
    """Whether ``sentence`` dates the attack rather than a count ("after Saturday's strike",
    "the strike on Odesa on 29 April", "lørdagens angrep"; ``[attack_day]`` in claims.toml):
    a toll in it was counted on some day from the attack's to the report's."""
    pattern = _table_words(code, "attack_day")
    return bool(pattern and pattern.search(sentence))


@lru_cache(maxsize=TEXT_CACHE)
def cumulative_count(sentence: str, value: float, code: str) -> bool:
    """Whether the count of ``value`` in ``sentence`` is a running total over the war or a long
    period ("Since the start of the invasion, 12,000 civilians have been killed"; ``[cumulative]``
    in claims.toml): the count nearest the words is this one. "The strike killed 12, bringing
    the total since February 2022 to 500" makes the 500 a total, not the 12."""
    pattern = _table_words(code, "cumulative")
    if pattern is None:
        return False
    counts = counts_in(sentence, code) + [
        Count(vague.start, vague.end, vague.value) for vague in vague_quantities(sentence, code)
    ]
    return any(value in _totals_of(sentence, found, counts, code) for found in pattern.finditer(sentence))


_SENTENCE_END = re.compile(r"[.!?](?=\s+[A-ZÆØÅ])")
_CLAUSE_START = re.compile(r"[,;:.!?]")


def _totals_of(sentence: str, marker: re.Match[str], counts: list[Count], code: str) -> set[float]:
    """The counts a running-total marker makes totals: the nearest count in the marker's own
    sentence (a context of two sentences holds another sentence's counts: "the deadliest this
    year. In April twelve were killed" makes no total of the twelve), and the counts joined to
    it after it with no clause boundary between ("12,000 civilians have been killed in Ukraine
    and nearly 60 inside Russia"). None when the words before the marker in its clause name a
    record over the period ("the highest number in one night since the war began", ``record``
    in ``[cumulative]``): a record is one event's count, measured against the war, not a sum."""
    record = _data(code).get("cumulative", {}).get("record")
    clause_start = max((end.end() for end in _CLAUSE_START.finditer(sentence, 0, marker.start())), default=0)
    if record and re.search(record, sentence[clause_start:marker.start()], re.IGNORECASE):
        return set()
    bounds = [0, *(end.end() for end in _SENTENCE_END.finditer(sentence)), len(sentence)]
    start = max(bound for bound in bounds if bound <= marker.start())
    end = min(bound for bound in bounds if bound >= marker.end())
    own = [count for count in counts if count.start >= start and count.end <= end]
    if not own:
        return set()
    nearest = min(own, key=lambda count: min(abs(count.start - marker.end()), abs(marker.start() - count.end)))
    totals, previous = {nearest.value}, nearest
    for count in sorted(own, key=lambda count: count.start):
        if count.start <= nearest.start:
            continue
        if _CLAUSE_START.search(sentence, previous.end, count.start):
            break
        totals.add(count.value)
        previous = count
    return totals


@lru_cache(maxsize=TEXT_CACHE)
def site_count(text: str, code: str) -> bool:
    """Whether ``text`` places its count at the site named before it ("two adults died there",
    "23 ble funnet døde der"; ``[site]`` in claims.toml): the count of one building or
    hospital, a part of the attack's or the city's toll, which it does not dispute."""
    pattern = _table_words(code, "site")
    return bool(pattern and pattern.search(text))


@lru_cache(maxsize=TEXT_CACHE)
def region_named(sentence: str, place: str, code: str) -> bool:
    """Whether ``place`` stands in ``sentence`` as a region ("the Kharkiv region", "Kharkiv
    oblast", "Kharkiv-regionen"; ``[region]`` in claims.toml) rather than the city of that name."""
    pattern = _table_words(code, "region")
    if pattern is None:
        return False
    # the region word inside the name: "Kharkiv oblast", "Kharkiv-regionen"
    if any(pattern.match(place, split.start()) for split in re.finditer(r"[\s-]", place)):
        return True
    at = sentence.find(place)
    return at >= 0 and bool(pattern.match(sentence, at + len(place)))


def counted_down(indicator: str | None) -> bool:
    """Whether a count of ``indicator`` falls as well as rises while it is being counted
    (``counted_down`` in claims/data/indicators.toml: the missing are found)."""
    return bool(indicator) and indicator in _table().get("counted_down", ())


@lru_cache(maxsize=TEXT_CACHE)
def earlier_year(sentence: str, code: str) -> bool:
    """Whether ``sentence`` dates what it tells to an earlier year than the report ("In April
    last year, 63 people were killed", "one year after a strike that killed 20", "i fjor";
    ``[earlier_year]`` in claims.toml): a toll recalled as background."""
    pattern = _table_words(code, "earlier_year")
    return bool(pattern and pattern.search(sentence))
