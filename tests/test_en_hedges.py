"""English hedges to the annotation guide (issue #10), on sentences we wrote: "may" before a
verb is a possibility about a fact; the month and permission to "you" are not."""

from __future__ import annotations

from sourcetrace.analysis import analyze
from sourcetrace.ingest import SourceDoc


def hedge_cues(text: str) -> list[str]:
    reading = analyze(SourceDoc(text=text, origin="written.txt"), lang="en")
    return [h.cue.lower() for h in reading.hedges]


def test_may_before_a_verb_is_a_possibility() -> None:
    assert hedge_cues("Scientists said the tiny animals may interact with the light.\n") == ["may"]


def test_the_month_and_permission_are_no_hedges() -> None:
    text = (
        "The festival opens in May and runs for two weeks.\n\n"
        "You may use the car park on Sundays.\n"
    )
    assert hedge_cues(text) == []


def test_forecasts_probable_and_speculation_are_hedges() -> None:
    assert "are projected to" in hedge_cues("Prices are projected to rise next year.\n")
    assert "probable" in hedge_cues("A gas leak is the probable cause of the blast.\n")
    assert "speculation that" in hedge_cues("There was speculation that the mayor would resign.\n")


def test_possible_before_a_noun_only() -> None:
    assert "possible" in hedge_cues("Officials are investigating a possible arson attack.\n")
    assert hedge_cues("The crews will repair the road as soon as possible.\n") == []



def test_conditional_guesses_and_hedged_memory() -> None:
    assert hedge_cues("I'd say the damage is worse than reported.\n") == ["i'd say"]
    assert hedge_cues("If I'm not mistaken, the bridge reopened in May.\n") == ["if i'm not mistaken"]
    assert "it remains to be seen" in hedge_cues("It remains to be seen whether the truce holds.\n")


def test_a_fear_without_that_before_its_clause() -> None:
    assert "fears" in hedge_cues("The opposition fears it would amount to an amnesty.\n")
    assert hedge_cues("The villagers fear the river in spring.\n") == []
