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
