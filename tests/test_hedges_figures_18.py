"""Hedges and figures of English weblogs and reposted news (issue #10, session 18, the EWT set's
decisions), on sentences written for this test in the shape of blog posts retelling war news: a
blogger's own limited knowledge or doubt ("as far as I can see", "I highly doubt", "in my
experience"), a claim held open by a condition ("If the report is true"), a look taken for a fact
("It sounds like", "it seems" with a bare clause) and a stated probability ("a 20 to 40% chance")
are hedges; and a share written as a fraction is a fraction ("a fifth of the cost" 0.2), as the
annotators write shares."""

from __future__ import annotations

import pytest

from sourcetrace.analysis import analyze
from sourcetrace.ingest import SourceDoc


def read(text: str):
    """The reading of ``text`` as a small English news document."""
    return analyze(SourceDoc(text="News\n\n" + text + "\n", origin="written.txt"), lang="en")


def hedge_cues(text: str) -> list[str]:
    """The cue of every hedge read in ``text``, lower-cased."""
    return [h.cue.lower() for h in read(text).hedges]


def figures(text: str) -> list[tuple[float, str]]:
    """``(value, text)`` of every figure read in ``text``."""
    return [(f.value, f.text) for f in read(text).figures]


# -- a blogger's hedges ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("When the new rules come in I highly doubt anyone will notice.", "i highly doubt"),
        ("The rebels have been quiet as far as I can see in the last month.", "as far as i can see"),
        ("Generals are very cautious men in my experience.", "in my experience"),
        ("If the report is true, the army lost two brigades in a week.", "if the report is true"),
        ("It sounds like the talks in Cairo have failed.", "it sounds like"),
        ("It seems the governor has already left the city.", "it seems"),
        ("The analysts gave a 20 to 40% chance that the truce would collapse.", "% chance"),
    ],
)
def test_blogger_hedge_is_read(text: str, cue: str) -> None:
    """Each of these weighs a fact the writer does not vouch for (the EWT set's hedge list)."""
    assert cue in hedge_cues(text)


@pytest.mark.parametrize(
    "text",
    [
        "The board holds a 30 percent stake in the firm.",
        "The minister said it was clear the troops had left.",
        "If the rain stops, the convoy will leave at dawn.",
    ],
)
def test_no_hedge_without_doubt(text: str) -> None:
    """A share, a plain statement and a condition on an event hedge nothing."""
    assert hedge_cues(text) == []
