"""Date vocabulary of a language and the regular expressions that find date expressions.

Month and weekday names, duration units, "ago" words and relative phrases come from dateparser's
locale data (so every language dateparser knows has them, with inflected forms such as Russian
"января"), completed by the language's ``dates.toml``. Finding candidates is plain compiled
regular expressions over the text; dateparser's own parser is never run on whole documents.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from functools import cache
from importlib import metadata
from typing import Any

from .. import lang as langdata
from . import regex_cache
from .regex_prefilter import guarded

MONTHS = (
    "january", "february", "march", "april", "may", "june",
    "july", "august", "september", "october", "november", "december",
)  # fmt: skip
WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
UNITS = ("year", "month", "week", "day", "hour", "minute")
#: units a relative phrase may move by ("i går", "forrige uke"); finer ones ("nå") are not dates
REL_UNITS = ("year", "month", "week", "day", "weekend", "night")
_REL_KEY = re.compile(r"^(in )?(\d+) (year|month|week|day)( ago)?$")
_PLACEHOLDER = re.compile(
    r"\{(day|monthnum|year|month|mon|weekday|season|anyseason|num|unit|rel|ago)\}"
)


@dataclass
class DateVocab:
    case_sensitive: bool = False
    months: dict[str, int] = field(default_factory=dict)
    month_abbr: set[str] = field(default_factory=set)
    weekdays: dict[str, int] = field(default_factory=dict)
    units: dict[str, str] = field(default_factory=dict)
    relative: dict[str, dict[str, int]] = field(default_factory=dict)
    ago: set[str] = field(default_factory=set)
    numbers: dict[str, int] = field(default_factory=dict)
    seasons: dict[str, str] = field(default_factory=dict)
    #: season words that are other words too (Norwegian "vår" = "our"): only next to a year
    #: or a relative phrase, through the {anyseason} placeholder
    seasons_not_bare: set[str] = field(default_factory=set)

    def name_key(self, text: str) -> str:
        """How a month/weekday name is looked up: as written, or lower-cased."""
        text = " ".join(text.split()).rstrip(".")
        return text if self.case_sensitive else text.lower()

    def month(self, text: str) -> int | None:
        return self.months.get(self.name_key(text))

    def weekday(self, text: str) -> int | None:
        return self.weekdays.get(self.name_key(text))

    def number(self, text: str) -> int | None:
        text = " ".join(text.lower().split())
        return int(text) if text.isdigit() else self.numbers.get(text)


def _dateparser_info(code: str) -> dict[str, Any]:
    """dateparser's data for locale ``code`` (month and weekday names, units, relative
    phrases), as plain dicts and lists. Kept in the pipeline build's cache under dateparser's
    version: importing dateparser and reading a locale cost 0.05 s of every start-up."""
    try:
        version = metadata.version("dateparser")
    except metadata.PackageNotFoundError:
        return {}
    return regex_cache.remember("dateparser", f"{version}:{code}", 0, lambda: _read_locale(code))


def _read_locale(code: str) -> dict[str, Any]:
    try:
        from dateparser.languages.loader import default_loader

        # plain dicts and lists (dateparser's own types are not kept by the cache)
        return json.loads(json.dumps(default_loader.get_locale(code).info))
    except (ImportError, KeyError, ValueError):
        return {}


def _full_names(forms: list[str]) -> tuple[list[str], list[str]]:
    """Split a name's forms into full ones and abbreviations (prefixes of another form)."""
    forms = [f.lower().rstrip(".") for f in forms if f and len(f.rstrip(".")) > 1]
    abbr = [f for f in forms if any(o != f and o.startswith(f) for o in forms)]
    return [f for f in forms if f not in abbr], abbr


def _cased(name: str, case_sensitive: bool) -> str:
    return name[:1].upper() + name[1:] if case_sensitive else name.lower()


@cache
def vocab(code: str) -> DateVocab:
    """The date vocabulary of a language (cached)."""
    data = langdata.concern(code, "dates")
    cs = bool(data.get("names_case_sensitive", False))
    v = DateVocab(case_sensitive=cs)
    for locale in data.get("dateparser_locales", []):
        info = _dateparser_info(locale)
        for n, key in enumerate(MONTHS, 1):
            full, abbr = _full_names(info.get(key, []))
            for name in full + abbr:
                v.months.setdefault(_cased(name, cs), n)
            v.month_abbr.update(_cased(a, cs) for a in abbr)
        for n, key in enumerate(WEEKDAYS, 1):
            full, _ = _full_names(info.get(key, []))
            for name in full:
                if len(name) >= 4:
                    v.weekdays.setdefault(_cased(name, cs), n)
        for unit in UNITS:
            for word in info.get(unit, []) or []:
                if len(word) >= 2 and word.isalpha():
                    v.units.setdefault(word.lower(), unit)
        for word in info.get("ago", []) or []:
            v.ago.add(word.lower())
        for key, phrases in (info.get("relative-type") or {}).items():
            m = _REL_KEY.match(key)
            if not m:
                continue
            amount = int(m.group(2)) * (-1 if m.group(4) else 1)
            for phrase in phrases:
                v.relative.setdefault(phrase.lower(), {m.group(3): amount})
    for name, n in data.get("months", {}).items():
        v.months[_cased(name, cs)] = int(n)
    for name, n in data.get("weekdays", {}).items():
        v.weekdays[_cased(name, cs)] = int(n)
    for unit, words in data.get("units", {}).items():
        for word in words:
            v.units[word.lower()] = unit
    v.ago.update(w.lower() for w in data.get("ago", []))
    for phrase, offset in data.get("relative", {}).items():
        v.relative[phrase.lower()] = {k: int(x) for k, x in offset.items() if k in REL_UNITS}
    v.numbers.update({k.lower(): int(x) for k, x in data.get("numbers", {}).items()})
    for season, words in data.get("seasons", {}).items():
        if season == "not_bare":
            v.seasons_not_bare.update(w.lower() for w in words)
        else:
            v.seasons.update({w.lower(): season for w in words})
    return v


def _alternation(words: list[str], case_sensitive: bool = False) -> str:
    # longest first; words of one length in a fixed order (the same pattern in every process)
    alts = sorted({w for w in words if w}, key=lambda word: (-len(word), word))
    body = "|".join(r"\s+".join(re.escape(part) for part in w.split()) for w in alts) or r"(?!x)x"
    return f"(?-i:{body})" if case_sensitive else body


def compile_patterns(code: str) -> list[re.Pattern[str]]:
    """The language's date patterns with their placeholders filled in."""
    v = vocab(code)
    fill = {
        "day": r"(?P<day>[0-3]?\d)",
        "monthnum": r"(?P<monthnum>[01]?\d)",
        "year": r"(?P<year>1[5-9]\d\d|20\d\d)",
        "month": f"(?P<month>{_alternation([m for m in v.months if m not in v.month_abbr], v.case_sensitive)})",
        "mon": (
            f"(?P<month>{_alternation([m for m in v.months if m not in v.month_abbr], v.case_sensitive)}"
            f"|(?:{_alternation(sorted(v.month_abbr), v.case_sensitive)})\\.?)"
        ),
        "season": f"(?P<season>{_alternation([x for x in v.seasons if x not in v.seasons_not_bare])})",
        "anyseason": f"(?P<season>{_alternation(list(v.seasons))})",
        "weekday": f"(?P<weekday>{_alternation(list(v.weekdays), v.case_sensitive)})",
        "num": rf"(?P<num>\d+|{_alternation(list(v.numbers))})",
        "unit": f"(?P<unit>{_alternation(list(v.units))})",
        "rel": f"(?P<rel>{_alternation([r for r, off in v.relative.items() if off])})",
        "ago": f"(?P<ago>{_alternation(sorted(v.ago))})",
    }
    out = []
    for template in langdata.concern(code, "dates").get("patterns", []):
        regex = _PLACEHOLDER.sub(lambda m: fill[m.group(1)], template)
        try:
            out.append(regex_cache.compile(guarded(rf"(?<!\w)(?:{regex})(?!\w)", re.I), re.IGNORECASE))
        except re.error as exc:
            raise ValueError(f"dates.toml ({code}): bad pattern {template!r}: {exc}") from None
    return out


def trigger_words(code: str) -> set[str]:
    """Lower-case words of which every date expression holds one (digits aside).

    Number words need no trigger: a duration holds a unit word too.
    """
    v = vocab(code)
    words = {w.lower() for w in [*v.months, *v.weekdays, *v.units, *v.seasons]}
    words |= {max(p.split(), key=len) for p in v.relative}
    words |= {w.lower() for w in langdata.concern(code, "dates").get("triggers", [])}
    return words
