"""The prefix guard in front of the sourcing cue alternation: a trie of the first letters a
cue can begin with, tried at word starts only. It must find exactly what the alternation
without it finds, and turn away words whose first letters begin no cue."""

from __future__ import annotations

import re

import pytest

from sourcetrace.pipeline.regex_prefilter import dispatched, guarded, prefix_guard

CUES = [r"ifølge(?!\w)", r"(?:har\s+)?sa(?!\w)", r"sier(?!\w)", r"kunne\s+ikke\s+bekrefte", r"i\s+følge"]

TEXT = (
    "i følge politiet sier naboen at brannen startet i natt. sikkert, sa han, men han har "
    "sa ikke mer. ifølge\tlegen kunne  ikke bekrefte noe. signalet kom sent; sirener hørtes."
)


def test_guarded_cues_find_the_same_matches() -> None:
    grouped = dispatched(CUES)
    assert grouped is not None
    guard = prefix_guard(grouped[0])
    assert guard is not None and guard.startswith("(?=")
    plain = re.compile(r"(?<!\w)" + grouped[0])
    fast = re.compile(r"(?<!\w)" + guard + grouped[0])
    expected = [(m.span(), m.lastgroup) for m in plain.finditer(TEXT)]
    assert len(expected) >= 5
    assert [(m.span(), m.lastgroup) for m in fast.finditer(TEXT)] == expected


def test_words_whose_first_letters_begin_no_cue_are_turned_away() -> None:
    """A first-character guard lets every word in "s" through to the alternation; the
    prefix guard only those that may be "sier" or "sa"."""
    grouped = dispatched(CUES)
    assert grouped is not None
    guard = re.compile(prefix_guard(grouped[0]) or "")
    first_letter = re.compile(guarded(grouped[0]).split(")", 1)[0] + ")")
    for word in ("sikkert", "signalet", "sirener", "sent"):
        assert first_letter.match(word) is not None
        assert guard.match(word) is None, word
    for word in ("sier", "sa", "ifølge", "i følge", "i\tfølge", "har sa", "kunne ikke"):
        assert guard.match(word) is not None, word


@pytest.mark.parametrize("pattern", [r"\w+ sa", r"(?:x)?", r".ifølge", r"(?i)sier", r"(?i:sier)|sa"])
def test_no_prefix_guard_where_the_beginning_cannot_be_told(pattern: str) -> None:
    assert prefix_guard(pattern) is None


@pytest.mark.parametrize("code", ["nb", "en"])
def test_sourcing_cues_are_scanned_behind_the_prefix_guard(code: str) -> None:
    from sourcetrace.pipeline import build_pipeline

    sourcing = build_pipeline(code, "blank").get_pipe("sourcetrace_sourcing")
    assert sourcing.combined_lower.pattern.startswith(r"(?<!\w)(?=")
