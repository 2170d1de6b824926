"""Claim links that join different claims, round claims21 (issue #11): kinds seen on real
groups of reports on one event, retold in invented sentences.

- a running total over the war ("more than 12,000 civilians have been killed in Ukraine", "a
  total of 9,000 people have been injured in the war") is no strike's toll: the two are never
  linked, however alike the sentences read;
- a record measured against the war ("the highest number in one night since the war began")
  is one night's count, not a total;
- a marker of a total in one sentence makes no total of a count in the next ("the deadliest
  so far this year. In March eleven were killed").
"""

from __future__ import annotations

import pytest

from sourcetrace.claims import link
from sourcetrace.claims.indicators import cumulative_count
from sourcetrace.claims.records import Claim, FigureValue


def _figure(claim_id: str, value: float, text: str, sentence: str, claimant: str | None,
            indicator: str = "killed", language: str = "en", day: str = "2025-05-20") -> Claim:
    figure = FigureValue(indicator=indicator, best=value, low=value, high=value, bound="exact", unit="people",
                         place=None, as_of=day)
    return Claim(
        id=claim_id, document_id="doc-" + claim_id, kind="figure", text=text, start=0, end=len(text),
        context=sentence, claimant=claimant, claimant_kind="named" if claimant else None, relation="counted",
        language=language, published=day, figure=figure,
    )


@pytest.mark.parametrize(
    ("total_value", "total_text", "total_sentence", "toll_value", "toll_text", "toll_sentence", "indicator",
     "language"),
    [
        (12000, "more than 12,000 civilians",
         "According to the UN mission, more than 12,000 civilians have been killed in Ukraine.",
         14, "14 people", "The governor said a missile strike on the city killed 14 people.", "killed", "en"),
        (9400, "9,400 people",
         "A UN report says a total of 9,400 people have been injured in the war so far.",
         52, "52 people", "The regional governor said 52 people were injured in the strike.", "wounded", "en"),
        (11500, "over 11 500 sivile",
         "Ifølge FN er over 11 500 sivile drept i krigen i Ukraina.",
         17, "17 mennesker", "Guvernøren opplyser at 17 mennesker ble drept i angrepet på byen.", "killed", "nb"),
    ],
)
def test_a_war_wide_total_is_no_strikes_toll(total_value, total_text, total_sentence, toll_value, toll_text,
                                             toll_sentence, indicator, language):
    """A count over the whole war and one strike's dead are two claims, linked never, even when
    the embedding reads the sentences as close and the claimants are on one side."""
    total = _figure("t", total_value, total_text, total_sentence, "UN", indicator, language)
    toll = _figure("d", toll_value, toll_text, toll_sentence, "the governor", indicator, language)
    assert link.running_total(total) and not link.running_total(toll)
    decision = link.decide(total, toll, similarity=0.95, mutual_best=True)
    assert not decision.linked
    assert "running total" in decision.evidence["reason"]


@pytest.mark.parametrize(
    ("sentence", "value", "language"),
    [
        ("Russia fired 612 drones overnight, the highest number in one night since the war began.", 612, "en"),
        ("Russland sendte 540 droner i natt, det største antallet på én natt siden krigen startet.", 540, "nb"),
        ("It was the deadliest attack on the city so far this year. In March eleven people were killed.", 11, "en"),
        ("Angrepet er det dødeligste hittil i år. I mars ble elleve mennesker drept i byen.", 11, "nb"),
    ],
)
def test_a_record_or_another_sentences_count_is_no_total(sentence, value, language):
    """A record over the war is one night's count, and a total's words in one sentence say
    nothing of the count in the next; a total stays a total."""
    assert not cumulative_count(sentence, value, language)
    assert cumulative_count("Since the start of the invasion, 12,000 civilians have been killed.", 12000, "en")


@pytest.mark.parametrize(
    ("total_value", "total_text", "total_sentence", "toll_value", "toll_text", "toll_sentence", "indicator",
     "language"),
    [
        (5300, "5,300 injured",
         "In the two eastern regions there were 8,900 casualties, including 3,600 killed and 5,300 injured.",
         68, "68 people", "Officials said 68 people were injured when the missile hit the block.", "wounded", "en"),
        (3600, "3 600 drepte",
         "I de to østlige regionene er det registrert 3 600 drepte.",
         31, "31 mennesker", "Myndighetene opplyser at 31 mennesker ble drept i angrepet.", "killed", "nb"),
    ],
)
def test_a_toll_in_the_thousands_is_no_stage_of_a_strikes_toll(total_value, total_text, total_sentence,
                                                               toll_value, toll_text, toll_sentence,
                                                               indicator, language):
    """A count in the thousands with no words saying it is a total (a region's dead over the
    war) and one strike's toll a tenth of it or less: no toll grows so in its stages."""
    total = _figure("t", total_value, total_text, total_sentence, "UN", indicator, language)
    toll = _figure("d", toll_value, toll_text, toll_sentence, "officials", indicator, language)
    decision = link.decide(total, toll, similarity=0.95, mutual_best=True)
    assert not decision.linked
    assert "order of magnitude" in decision.evidence["reason"]
    # stages of one toll stay linkable: nine dead, then fourteen
    first = _figure("a", 9, "nine people", "The governor said nine people were killed.", "the governor", "killed")
    later = _figure("b", 14, "14 people", "Officials said 14 people were killed.", "officials", "killed")
    assert not link.tolls_of_other_scopes(first, later)


@pytest.mark.parametrize(
    ("sentence", "value", "language"),
    [
        ("Since the start of the invasion, 11,800 civilians have been killed and 26,000 injured.", 26000, "en"),
        ("The UN says 9,500 civilians have been killed in Ukraine and about 70 people inside Russia.", 70, "en"),
        ("Siden starten av krigen er 11 800 sivile drept og 26 000 skadd.", 26000, "nb"),
    ],
)
def test_a_count_joined_to_a_total_is_a_total_too(sentence, value, language):
    """The counts joined to a total after it in its clause are totals too; a strike's toll
    before a total, set off by a comma, stays the strike's."""
    assert cumulative_count(sentence, value, language)
    assert not cumulative_count("The strike killed 12, bringing the total since February 2022 to 500.", 12, "en")
