"""Who claims a figure in an English interview told as questions and unmarked answers (issue
#10), on a text we wrote in the shape of the Wikinews interviews: the interviewee, whom the
heading names even where the entity recogniser misses the name, and never "you"."""

from __future__ import annotations

from sourcetrace.analysis import analyze
from sourcetrace.ingest import SourceDoc

INTERVIEW = (
    "Wikinews interviews Danish glaciologist and author Tovild Kjaersgaard Friday, May 3, 2019\n\n"
    "Tovild Kjaersgaard studies ice sheets at a university in the north.\n\n"
    "What took you to the ice?\n\n"
    "My uncle drove me to a glacier when I was eight and I never got over it. We measured "
    "three hundred stakes on that first trip.\n\n"
    "You are not only a scientist. You also wrote two collections of short stories and a "
    "novel. Why fiction?\n\n"
    "Fiction lets me say what the data cannot. My first book is a collection of 11 long "
    "stories.\n"
)


def claimants() -> dict[float, str | None]:
    reading = analyze(SourceDoc(text=INTERVIEW, origin="written.txt"), lang="en")
    return {f.value: (f.claimant.name if f.claimant else None) for f in reading.figures}


def test_answers_figures_are_the_interviewee_the_heading_names() -> None:
    """The answers' figures are the interviewee's, named as the heading writes the name, which
    stops before the date."""
    found = claimants()
    assert found.get(300) == "Tovild Kjaersgaard"
    assert found.get(11) == "Tovild Kjaersgaard"


def test_the_one_spoken_to_claims_nothing() -> None:
    """'You also wrote two collections ...': a figure in the outlet's question is no one's
    claim (the outlet's narration), not the claim of "You"; nor is the answer after it."""
    found = claimants()
    assert found.get(2) is None
    assert found.get(11) == "Tovild Kjaersgaard"
