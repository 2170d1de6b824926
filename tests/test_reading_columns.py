"""Work the rules no longer repeat (twelfth speed pass): what is remembered or guarded gives
the answer asked afresh."""

from __future__ import annotations

import re

import pytest
import spacy

from sourcetrace import lang as langdata
from sourcetrace.pipeline.figures import Figures
from sourcetrace.pipeline.speakers import name_words


def test_a_names_words_are_remembered_per_name() -> None:
    """The clusters compare the same names again and again: the second ask is a kept answer,
    and it is the answer read afresh (particles and glued initials apart)."""
    name_words.cache_clear()
    assert name_words("Omar al-Rashidi") == ("omar", "rashidi")
    assert name_words("Omar al-Rashidi") == ("omar", "rashidi")
    assert name_words.cache_info().hits == 1
    assert name_words("А.Ковальчук") == ("а.", "ковальчук")
    assert name_words("Kari  Holm-Vik") == ("kari", "holm-vik")


BEFORE_NUMBERS = [
    "Møtet starter klokka ",
    "som det står i paragraf ",
    "Han kjørte langs rv. ",
    "Angrepet drepte minst ",
    "hvorden ",
    "the meeting ends at Article ",
    "on Route ",
    "He said at least ",
    "согласно статье ",
    "відповідно до статті ",
    "",
]


@pytest.mark.parametrize("code", ["nb", "en", "ru", "uk"])
def test_the_exclusion_before_a_number_is_guarded_and_finds_the_same(code: str) -> None:
    """Searched before every number in the text: behind a guard of the first letters an
    exclusion can begin with, so a position that begins none fails in one test; what it finds
    is what the language's pattern finds alone."""
    figures = Figures(spacy.blank(code), "figures", code)
    plain = re.compile(langdata.concern(code, "figures")["exclude"]["before"])
    assert figures.before_re is not None and figures.before_re.pattern.startswith("(?=")
    for before in BEFORE_NUMBERS:
        guarded, unguarded = figures.before_re.search(before), plain.search(before)
        assert (guarded and guarded.span()) == (unguarded and unguarded.span()), before
