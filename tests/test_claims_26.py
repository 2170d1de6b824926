"""Claim links within one language, round claims26 (issue #11): kinds seen on real groups of
reports on one strike, retold in invented sentences.

- stages of one rising toll two days apart with no word saying so ("eleven killed" in Friday's
  report, "14 dead" in Sunday's) are one claim: the set labels them so, and a strike's count is
  revised over the days its rubble is searched;
- a count after an inclusion ("killing at least nine people, including four children") is a
  part of the count before it: an equal number elsewhere ("four people were killed") is another
  count, not the same count told as a part.
"""

from __future__ import annotations

import pytest

from sourcetrace.claims import link
from sourcetrace.claims.records import Claim, FigureValue


def _claim(claim_id: str, text: str, claimant: str | None, kind: str = "indirect", language: str = "en",
           indicator: str | None = None, value: float | None = None, day: str = "2024-03-10",
           context: str | None = None) -> Claim:
    figure = None
    if value is not None:
        figure = FigureValue(indicator=indicator, best=value, low=value, high=value, bound="exact",
                             unit="people", place=None, as_of=None)
    return Claim(
        id=claim_id, document_id="doc-" + claim_id, kind=kind, text=text, start=0, end=len(text),
        context=context or text, claimant=claimant, claimant_kind="named" if claimant else None,
        relation="said", language=language, published=day, indicator=indicator, figure=figure,
    )


@pytest.mark.parametrize(
    ("early_text", "late_text", "language", "indicator"),
    [
        ("eleven people were killed", "14 dead", "en", "killed"),
        ("elleve mennesker ble drept", "14 døde", "nb", "killed"),
        ("23 people were injured", "31 wounded", "en", "wounded"),
    ],
)
def test_stages_of_one_toll_two_days_apart_are_one_claim(early_text, late_text, language, indicator):
    """A toll reported on Friday and a higher one on Sunday, by officials on one side and with
    no "has risen": stages of one toll (``toll_stage``), linked."""
    early = _claim("e", early_text, "regional officials", kind="figure", language=language,
                   indicator=indicator, value=11 if indicator == "killed" else 23, day="2024-03-08")
    late = _claim("l", late_text, "the emergency service", kind="figure", language=language,
                  indicator=indicator, value=14 if indicator == "killed" else 31, day="2024-03-10")
    decision = link.decide(early, late, similarity=0.9)
    assert decision.evidence["toll_stage"] == 1.0
    assert decision.linked


@pytest.mark.parametrize(
    ("part_context", "whole_text", "language"),
    [
        ("A missile struck a shopping centre on Monday, killing at least nine people, including four children",
         "four people were killed", "en"),
        ("Et missil traff et kjøpesenter mandag og drepte minst ni personer, inkludert fire barn",
         "fire personer ble drept", "nb"),
    ],
)
def test_a_count_after_an_inclusion_is_a_part(part_context, whole_text, language):
    """"including four children" counts a part of the nine; "four people were killed" in
    another report is a toll of everyone with the same number by chance: a clash of groups, no
    link."""
    part_text = "four children" if language == "en" else "fire barn"
    part = _claim("p", part_text, "regional officials", kind="figure", language=language, indicator="killed",
                  value=4, context=part_context)
    whole = _claim("w", whole_text, "regional officials", language=language)
    decision = link.decide(part, whole, similarity=0.9)
    assert decision.evidence["group_clash"] == 1.0
    assert not decision.linked
