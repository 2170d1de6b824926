"""Conflicting figures the tool missed, round claimsmiss25 (issue #11, item 4): kinds seen on
real reports (the two sides' counts of the war's dead soldiers in Norwegian papers, a convoy
strike whose Russian-installed official gave his own count of the injured), retold in invented
sentences:

- one report that sets the two sides' counts of one thing side by side ("Kyiv says over 9,000
  Russian soldiers were killed; the Kremlin says 412") is a conflict, though no link joins two
  claims of one document; two counts of two armies in one report are not.
"""

from __future__ import annotations

import pytest

from sourcetrace.claims import conflicts
from sourcetrace.claims.records import Claim, FigureValue


def _figure(
    claim_id: str,
    value: float,
    text: str,
    sentence: str,
    claimant: str,
    document: str = "report",
    day: str = "2023-05-10",
    language: str = "en",
    high: float | None = None,
    unit: str = "soldiers",
) -> Claim:
    figure = FigureValue(indicator="killed", best=value if high is None else (value + high) / 2, low=value,
                         high=value if high is None else high, bound="exact" if high is None else "range",
                         unit=unit, place=None, as_of=day)
    return Claim(
        id=claim_id, document_id=document, kind="figure", text=text, start=0, end=len(text),
        context=sentence, claimant=claimant, claimant_kind="named", relation="counted",
        language=language, published=day, figure=figure,
    )


@pytest.mark.parametrize(
    ("kyiv", "moscow", "language"),
    [
        (("more than 9,000 Russian soldiers",
          "Ukraine's general staff says more than 9,000 Russian soldiers have been killed.",
          "Ukraine's general staff"),
         ("412 Russian soldiers",
          "The Kremlin says only 412 Russian soldiers have died so far.", "The Kremlin"), "en"),
        (("over 9.000 russiske soldater",
          "Den ukrainske generalstaben sier over 9.000 russiske soldater er drept.",
          "Den ukrainske generalstaben"),
         ("412 russiske soldater",
          "Kreml sier at 412 russiske soldater har falt så langt.", "Kreml"), "nb"),
    ],
)
def test_one_report_gives_both_sides_counts(kyiv, moscow, language):
    """The two sides' counts of one army's dead in one report disagree: a conflict the report
    itself tells; each side's count stays as claimed."""
    kyiv_claim = _figure("k", 9000, kyiv[0], kyiv[1], kyiv[2], language=language)
    moscow_claim = _figure("m", 412, moscow[0], moscow[1], moscow[2], language=language)
    found = conflicts.find_conflicts([kyiv_claim, moscow_claim])
    assert [sorted(side.value for side in conflict.figures) for conflict in found] == [[412, 9000]]
    assert found[0].basis == "one report gives both sides' counts"


def test_own_losses_against_the_other_sides_count_of_them():
    """A side's count of its own dead, named by no army ("between 2,000 and 2,500 soldiers",
    says Kyiv), is the count the other side gives of that army ("19,000 Ukrainian soldiers")."""
    kyiv = _figure("k", 2000, "between 2,000 and 2,500 soldiers",
                   "Ukraine's president said between 2,000 and 2,500 soldiers have died.",
                   "Ukraine's president", high=2500)
    moscow = _figure("m", 19000, "19,000 Ukrainian soldiers",
                     "Russia's defence ministry says 19,000 Ukrainian soldiers have been killed.",
                     "Russia's defence ministry")
    assert len(conflicts.find_conflicts([kyiv, moscow])) == 1


def test_two_armies_in_one_report_are_two_counts():
    """Each side's count of the other's dead ("Moscow says 19,000 Ukrainian soldiers, Kyiv says
    17,000 Russian soldiers") are two counts, not one disputed."""
    moscow = _figure("m", 19000, "19,000 Ukrainian soldiers",
                     "Russia's defence ministry says 19,000 Ukrainian soldiers have been killed.",
                     "Russia's defence ministry")
    kyiv = _figure("k", 17000, "17,000 Russian soldiers",
                   "Ukraine's general staff says 17,000 Russian soldiers have been killed.",
                   "Ukraine's general staff")
    assert conflicts.find_conflicts([moscow, kyiv]) == []


def test_one_sides_counts_in_one_report_are_no_dispute():
    """One side's two counts in one report (a toll and its update) dispute nothing."""
    first = _figure("a", 9000, "more than 9,000 Russian soldiers",
                    "Ukraine's general staff says more than 9,000 Russian soldiers have been killed.",
                    "Ukraine's general staff")
    second = _figure("b", 400, "400 Russian soldiers",
                     "Ukraine's general staff says 400 Russian soldiers were killed in the past day.",
                     "Ukraine's general staff")
    assert conflicts.find_conflicts([first, second]) == []
