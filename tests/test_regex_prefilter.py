"""The first-character guard on the rules' long alternations finds exactly what the pattern
without it finds, and stays away from patterns whose first character cannot be told."""

from __future__ import annotations

import re

import pytest

from sourcetrace import lang as langdata
from sourcetrace.pipeline.date_vocab import compile_patterns
from sourcetrace.pipeline.regex_prefilter import first_characters, guarded

TEXT = (
    "Ifølge NTB sier forsvarsministeren at 12 droner ble skutt ned 3. mars 2024, "
    "men det er ikke bekreftet av uavhengige kilder. «Vi kommenterer ikke dette», sa han. "
    "According to Reuters, officials said on Monday that 40 per cent of the 1,200 homes had "
    "no power; the claims could not be independently verified. ИЗВЕСТИЯ сообщили 5 мая."
)


def test_first_characters_of_literals_classes_and_optional_prefixes() -> None:
    assert first_characters(r"(?<!\w)(?:sier|sa)\b") == frozenset("s")
    assert first_characters(r"(?:har\s+)?(?:avviser|nekter)") == frozenset("han")
    assert first_characters(r"[0-9]+ droner") == frozenset("0123456789")
    assert first_characters(r"\d+\.\s+mars") == frozenset({r"\d"})


@pytest.mark.parametrize(
    "pattern",
    [r"\w+ sa", r".ifølge", r"[^a]bc", r"(?:x)?", r"(?i:sier)", r"a*"],
)
def test_no_guard_where_the_first_character_cannot_be_told(pattern: str) -> None:
    assert first_characters(pattern) is None
    assert guarded(pattern) == pattern


@pytest.mark.parametrize("flags", [0, re.IGNORECASE])
@pytest.mark.parametrize(
    "pattern",
    [
        r"(?<!\w)(?P<p0>ifølge|according\s+to)|(?P<p1>(?:har\s+)?sa|said)",
        r"(?<!\w)(?:ikke\s+(?:blitt\s+)?bekreftet|could\s+not\s+be\s+(?:independently\s+)?verified)",
        r"(?<![\w.])(?P<n>\d+|tre|three)\s+(?=droner|homes)",
        r"(?<!\w)(?:известия|NTB|Reuters)(?!\w)",
    ],
)
def test_guarded_pattern_finds_the_same_matches(pattern: str, flags: int) -> None:
    plain, guard = re.compile(pattern, flags), re.compile(guarded(pattern, flags), flags)
    assert guard.pattern != plain.pattern  # a guard was put in front
    for text in (TEXT, TEXT.lower(), TEXT.upper()):
        expected = [(m.span(), m.groupdict(), m.lastgroup) for m in plain.finditer(text)]
        assert [(m.span(), m.groupdict(), m.lastgroup) for m in guard.finditer(text)] == expected


@pytest.mark.parametrize("code", ["nb", "en", "ru"])
def test_shipped_date_patterns_find_the_same_dates_guarded(code: str) -> None:
    """The date patterns the reading compiles (guarded where possible) against the same
    patterns without the guard."""
    langdata.load(code)
    for compiled in compile_patterns(code):
        source = compiled.pattern
        plain_source = source[source.index("])") + 2 :] if source.startswith("(?=[") else source
        plain = re.compile(plain_source, compiled.flags)
        for text in (TEXT, TEXT.lower()):
            assert [m.span() for m in compiled.finditer(text)] == [m.span() for m in plain.finditer(text)]
