"""The first-character guard on the rules' long alternations finds exactly what the pattern
without it finds, and stays away from patterns whose first character cannot be told."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from sourcetrace import lang as langdata
from sourcetrace.pipeline.date_vocab import compile_patterns
from sourcetrace.pipeline.regex_prefilter import dispatched, first_characters, guarded

CASES = Path(__file__).resolve().parent / "cases"

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


def test_grouped_alternation_finds_what_the_plain_one_finds() -> None:
    """Alternatives grouped by first character: the same spans, and the marker tells the same
    alternative (the earliest that matches where several can), ``(?:sa|said)`` included."""
    alternatives = [r"ifølge(?!\w)", r"(?:har\s+)?sa(?!\w)", r"said|sa", r"according\s+to", r"har\s+sagt"]
    grouped = dispatched(alternatives)
    assert grouped is not None
    body, markers = grouped
    plain = re.compile(r"(?<!\w)(?:" + "|".join(f"(?P<p{n}>{a})" for n, a in enumerate(alternatives)) + ")")
    fast = re.compile(r"(?<!\w)" + body)
    text = TEXT.lower() + " han har sagt. de sa said har sa"
    expected = [(m.span(), int(m.lastgroup[1:])) for m in plain.finditer(text)]
    assert len(expected) >= 6
    assert [(m.span(), markers[m.lastgroup]) for m in fast.finditer(text)] == expected


@pytest.mark.parametrize(
    ("alternatives", "flags"),
    [([r"\d+\s+droner", r"tre\s+droner"], 0), ([r"\w+ sa"], 0), ([r"sier", r"sa"], re.IGNORECASE)],
)
def test_no_grouping_where_groups_could_overlap(alternatives: list[str], flags: int) -> None:
    assert dispatched(alternatives, flags) is None


@pytest.mark.parametrize("code", ["nb", "nn", "en", "ru", "uk"])
def test_shipped_sourcing_cues_found_the_same_grouped(code: str) -> None:
    """The sourcing component's grouped cue alternation against the plain one it replaces."""
    from sourcetrace.pipeline import build_pipeline
    from sourcetrace.pipeline.sourcing import Sourcing

    sourcing = build_pipeline(code, "blank").get_pipe("sourcetrace_sourcing")
    assert isinstance(sourcing, Sourcing)
    plain = sourcing.combined
    texts = [TEXT.lower()] + [p.read_text(encoding="utf-8").lower() for p in sorted(CASES.glob("*/*.txt"))]
    for text in texts:
        expected = [(m.span(), int(m.lastgroup[1:])) for m in plain.finditer(text)]
        found = [(m.span(), sourcing.cue_of_group[m.lastgroup]) for m in sourcing.combined_lower.finditer(text)]
        assert found == expected
