"""Hedges and figures of English weblogs and reposted news (issue #10, session 18, the EWT set's
decisions), on sentences written for this test in the shape of blog posts retelling war news: a
blogger's own limited knowledge or doubt ("as far as I can see", "I highly doubt", "in my
experience"), a claim held open by a condition ("If the report is true"), a look taken for a fact
("It sounds like", "it seems" with a bare clause) and a stated probability ("a 20 to 40% chance")
are hedges; and the head of a list of numbers whose unit is written once, after the last item
("rewards of 20,000, 10,000 and 5,000 dollars"), counts what the last counts; and a number
before a compound noun counts the compound's plural head ("two big Ohio factories")."""

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


# (each test also holds a shape the change must leave alone, so that it fails without it)


# -- a blogger's hedges ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "cue", "plain"),
    [
        (
            "When the new rules come in I highly doubt anyone will notice.",
            "i highly doubt",
            "When the new rules come in I highly value the change.",
        ),
        (
            "The rebels have been quiet as far as I can see in the last month.",
            "as far as i can see",
            "The rebels have gone as far as the river in the last month.",
        ),
        (
            "Generals are very cautious men in my experience.",
            "in my experience",
            "Generals are very cautious men in my country.",
        ),
        (
            "If the report is true, the army lost two brigades in a week.",
            "if the report is true",
            "If the rain stops, the convoy will leave at dawn.",
        ),
        (
            "It sounds like the talks in Cairo have failed.",
            "it sounds like",
            "The minister said it was clear the troops had left.",
        ),
        (
            "It seems the governor has already left the city.",
            "it seems",
            "The governor has already left the city.",
        ),
        (
            "The central bank forecasts that the economy will shrink this year.",
            "forecasts that",
            "The weather forecast for the front is rain.",
        ),
        (
            "The envoy would not be surprised if the toll turned out to be higher.",
            "would not be surprised if",
            "The envoy was surprised by the toll.",
        ),
        (
            "The analysts gave a 20 to 40% chance that the truce would collapse.",
            "% chance",
            "The board holds a 30 percent stake in the firm.",
        ),
    ],
)
def test_blogger_hedge_is_read(text: str, cue: str, plain: str) -> None:
    """Each of these weighs a fact the writer does not vouch for (the EWT set's hedge list); the
    same words without the doubt ("as far as the river", "a 30 percent stake") hedge nothing."""
    assert cue in hedge_cues(text)
    assert hedge_cues(plain) == []


# -- a list of numbers with one unit ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "values", "plain", "kept_out"),
    [
        (
            "The families were offered 20,000, 10,000 and 5,000 dollars in compensation.",
            [20000.0, 10000.0, 5000.0],
            "In 2019, 30 and 40 people fled the town.",
            2019.0,
        ),
        (
            "Officials said 40, 25 or 12 soldiers died in the three assaults.",
            [40.0, 25.0, 12.0],
            "Of the 300, 200 were released on Friday.",
            300.0,
        ),
        (
            "The council counted 14, 9, 6 and 3 houses destroyed in the villages.",
            [14.0, 9.0, 6.0, 3.0],
            "Of the 300, 200 were released on Friday.",
            300.0,
        ),
    ],
)
def test_list_head_shares_the_unit(text: str, values: list[float], plain: str, kept_out: float) -> None:
    """Every item of "N, N and N <noun>" is a figure, the head too; a year before a comma, or a
    number the comma ends with no join after the next, takes no unit from what follows."""
    found = [v for v, _ in figures(text)]
    assert all(v in found for v in values)
    assert kept_out not in [v for v, _ in figures(plain)]


# -- a compound noun after the number --------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "value", "plain", "measure"),
    [
        (
            "The firm shut two big Ohio factories after the blast.",
            2.0,
            "It cut output at its 120,000 bpd Gulf Coast refinery.",
            120000.0,
        ),
        (
            "The navy will retire the four Cold War submarines next year.",
            4.0,
            "It cut output at its 120,000 bpd Gulf Coast refinery.",
            120000.0,
        ),
    ],
)
def test_number_counts_the_compound_head(text: str, value: float, plain: str, measure: float) -> None:
    """A name or noun that only qualifies the counted noun ("Ohio factories") does not hide it;
    a measure before a singular compound ("120,000 bpd ... refinery") stays a measure."""
    assert value in [v for v, _ in figures(text)]
    assert measure in [v for v, _ in figures(plain)]


# -- trillions -------------------------------------------------------------------------------------


def test_trillion_is_a_multiplier() -> None:
    """ "about two trillion dollars" is one figure of 2e12, as "billion" is 1e9."""
    assert 2e12 in [v for v, _ in figures("The war has cost about two trillion dollars so far.")]
    assert 4e9 in [v for v, _ in figures("The war has cost about four billion dollars so far.")]


# -- the part of a whole the sentence opens with --------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Of the 40 schools in the district, 11 are now closed.",
        "Of the 90 people injured, 25 remain in hospital, the governor said.",
    ],
)
def test_part_of_the_opening_whole(text: str) -> None:
    """The bare number after "Of the N <noun>," counts what the whole counts; "Of the
    candidates, 3 won" opens with no figure and gives none."""
    found = [v for v, _ in figures(text)]
    assert len(found) == 2
    assert figures("Of the candidates, 3 won.") == []


# -- a unit's strength -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        'The deal may cover the 4,000-strong "Northern Brigade" of the militia.',
        "Its 12,000-strong Zulfiqar Corps was trained abroad.",
    ],
)
def test_strength_counts_members(text: str) -> None:
    """ "N-strong" before a unit's name counts its members; "a strong case" counts nothing."""
    assert [f.unit for f in read(text).figures] == ["members"]
    assert figures("He made a strong case for the plan.") == []


# -- the blogger's first person after a quote ------------------------------------------------------


def test_blogger_first_person_is_no_quote_continued() -> None:
    """A first-person paragraph after an indirect quote, or after a direct quote the writer's
    own sentences follow, is the writer's: its figures carry no claimant."""
    text = (
        'The militia allegedly declared, "We will fight on until the last man."\n\n'
        "A former officer alleged that the militia had split from the army. "
        "This is a new development.\n\n"
        "My guess is that they draw on the country's some 20 million young men."
    )
    claimants = {f.value: f.claimant for f in read(text).figures}
    assert 20_000_000.0 in claimants
    assert claimants[20_000_000.0] is None
