"""Claim links within one language, round claims26 (issue #11): kinds seen on real groups of
reports on one strike, retold in invented sentences.

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
