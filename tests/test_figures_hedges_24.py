"""Figures and hedges of war reports with tallies (issue #10, session 24), on sentences written
for this test in the shape of agency reports read this session: a bare number after a verb of
quantity counts the noun before the verb ("attacks numbered 23,245", "tallet på angrep steg til
400"); a record's window ("the highest toll in three years", "in each of the first six months of
this year") and a distance with a bearing that places a town ("85km southwest of the capital")
are no figures; and a belief over a gapped subject ("people they believed were trapped"), a
possibility past an adverb ("the toll may still rise") and a forecast of a number ("losses are
expected to number 200,000") are hedges."""

from __future__ import annotations

import pytest

from sourcetrace.analysis import analyze
from sourcetrace.ingest import SourceDoc


def read(text: str, lang: str):
    """The reading of ``text`` as a small news document in ``lang``."""
    return analyze(SourceDoc(text="Nyheter\n\n" + text + "\n", origin="written.txt"), lang=lang)


def values(text: str, lang: str) -> list[float]:
    """The value of every figure read in ``text``."""
    return [f.value for f in read(text, lang).figures]


def hedge_cues(text: str, lang: str) -> list[str]:
    """The cue of every hedge read in ``text``, lower-cased."""
    return [h.cue.lower() for h in read(text, lang).hedges]


# -- a bare number after a verb of quantity -------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "lang", "value"),
    [
        (
            "From March to May, Russian glide bomb attacks numbered 11,380, the monitoring group said.",
            "en",
            11380,
        ),
        (
            "The number of shelling incidents exceeded 1,700 in the last week of April, the police said.",
            "en",
            1700,
        ),
        (
            "Artillery strikes on the city climbed from 310 in January to 2,140 in March, the governor said.",
            "en",
            2140,
        ),
        (
            "Artillery strikes on the city climbed from 310 in January to 2,140 in March, the governor said.",
            "en",
            310,
        ),
        (
            "The rise came from glide bomb attacks, which jumped from 480 in May to 1,960 in July.",
            "en",
            1960,
        ),
        (
            "Økningen kom fra rakettangrepene, som steg fra 310 i januar til 2140 i mars.",
            "nb",
            2140,
        ),
        (
            "Tallet på droneangrep mot byen steg til 2140 i mars, opplyser guvernøren.",
            "nb",
            2140,
        ),
        (
            "Rakettangrepene økte fra 310 i januar til 2140 i mars, ifølge forsvaret.",
            "nb",
            310,
        ),
    ],
)
def test_a_bare_number_after_a_verb_of_quantity_is_a_figure(
    text: str, lang: str, value: float
) -> None:
    assert value in values(text, lang)


def test_the_sized_subject_is_what_the_number_counts() -> None:
    figures = read(
        "From March to May, Russian glide bomb attacks numbered 11,380, the monitoring group said.",
        "en",
    ).figures
    assert [(f.value, f.unit) for f in figures] == [(11380, "attacks")]


def test_a_bare_number_after_another_verb_stays_unread() -> None:
    # a score, no size of its subject
    assert values("The visitors scored 3 in the second half, the coach said.", "en") == []


# -- windows of a record and distances that place a town -------------------------------------------


@pytest.mark.parametrize(
    ("text", "lang", "kept", "dropped"),
    [
        (
            "April saw the deadliest month for civilians in four years, with 310 killed, the mission said.",
            "en",
            310,
            4,
        ),
        (
            "Shelling killed 38 people in the district in each of the first five months of this year.",
            "en",
            38,
            5,
        ),
        (
            "Two women were wounded in Fastiv, about 70km southwest of the capital, the governor said.",
            "en",
            2,
            70,
        ),
        (
            "Det var det dødeligste angrepet på byen på seks år, og 19 personer ble drept.",
            "nb",
            19,
            6,
        ),
        (
            "To kvinner ble såret i Fastiv, rundt 70 kilometer sørvest for hovedstaden, opplyser guvernøren.",
            "nb",
            2,
            70,
        ),
    ],
)
def test_a_record_window_or_a_bearing_distance_is_no_figure(
    text: str, lang: str, kept: float, dropped: float
) -> None:
    found = values(text, lang)
    assert kept in found
    assert dropped not in found


def test_a_distance_of_an_advance_stays_a_figure() -> None:
    assert 9 in values(
        "Russian forces have advanced 9 kilometres in a week, the analysts said.", "en"
    )


# -- hedges ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        (
            "Firefighters were still digging for residents they believed were buried under the block.",
            "believed",
        ),
        ("The number of victims may still rise as the search goes on, the mayor said.", "may"),
        (
            "Ukrainian losses are expected to number around 70,000 dead, the analysts wrote.",
            "are expected to number",
        ),
    ],
)
def test_english_hedges(text: str, cue: str) -> None:
    assert cue in hedge_cues(text, "en")


@pytest.mark.parametrize(
    "text",
    [
        "You may still apply for the grant until Friday.",
        "They still believe in a negotiated peace.",
    ],
)
def test_no_hedge_without_a_possibility_or_a_belief_about_a_fact(text: str) -> None:
    assert hedge_cues(text, "en") == []


def test_a_number_naming_a_noun_after_a_verb_of_quantity_stays_unread() -> None:
    # the numbers name the checkpoints, they count nothing the verb sizes
    found = values("Four shells fell near border checkpoints 310 and 311, the agency said.", "en")
    assert 310 not in found and 311 not in found


# -- windows beside an amount, and parts -----------------------------------------------------


@pytest.mark.parametrize(
    ("text", "kept", "dropped"),
    [
        (
            "The agency will spend $300 million on shelters over four years, the minister said.",
            300_000_000,
            4,
        ),
    ],
)
def test_the_window_of_an_amount_is_no_figure(text: str, kept: float, dropped: float) -> None:
    found = values(text, "en")
    assert kept in found
    assert dropped not in found


def test_parts_of_a_whole_are_no_count() -> None:
    assert values("The plan would split the region into four parts.", "en") == []


# -- an uncertainty named by its noun --------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "lang", "cue"),
    [
        (
            "Det er stor usikkerhet om brigaden klarer å holde byen, sier analytikeren.",
            "nb",
            "usikkerhet om",
        ),
        ("Tapene reiser tvil om hærens evne til å angripe igjen.", "nb", "tvil om"),
        (
            "There is deep uncertainty over whether the brigade can hold the town, the analyst said.",
            "en",
            "uncertainty over",
        ),
        ("The losses raise doubts about the army's ability to attack again.", "en", "doubts about"),
    ],
)
def test_an_uncertainty_named_by_its_noun_is_a_hedge(text: str, lang: str, cue: str) -> None:
    assert cue in hedge_cues(text, lang)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Det er ingen tvil om at brigaden holdt byen, sier analytikeren.", "nb"),
        ("There is no doubt about who held the town, the analyst said.", "en"),
    ],
)
def test_no_doubt_is_no_hedge(text: str, lang: str) -> None:
    assert hedge_cues(text, lang) == []


# -- the dead and the hurt counted together ---------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Some 90,000 soldiers have been killed or wounded since the spring, the analysts estimate.",
            "en",
        ),
        ("Over 40.000 soldater er drept eller såret siden våren, mener analytikerne.", "nb"),
    ],
)
def test_killed_or_wounded_counts_casualties(text: str, lang: str) -> None:
    assert [f.counts for f in read(text, lang).figures] == ["casualties"]


def test_separate_tolls_keep_their_own_counts() -> None:
    figures = read("The shelling left 14 dead and 52 wounded, the governor said.", "en").figures
    assert [f.counts for f in figures] == ["killed", "wounded"]


# -- an adverb between a claimant and its verb -------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "lang", "claimant"),
    [
        ("Analytikere anslår flere tusen, mens Kyiv nylig oppga 870 døde soldater.", "nb", "Kyiv"),
        (
            "Analysts estimate several thousand, while Kyiv recently recorded 870 dead soldiers.",
            "en",
            "Kyiv",
        ),
    ],
)
def test_an_adverb_before_the_claim_verb_is_no_part_of_the_claimant(
    text: str, lang: str, claimant: str
) -> None:
    figures = [f for f in read(text, lang).figures if f.value == 870]
    assert [f.claimant.name if f.claimant else None for f in figures] == [claimant]


def test_a_part_after_a_casualty_word_counts_the_casualties() -> None:
    figures = read(
        "The ministry said its rockets hit a depot holding 900 troops, killing 450 of them.", "en"
    ).figures
    assert [(f.value, f.unit, f.counts) for f in figures if f.value == 450] == [
        (450, "soldiers", "killed")
    ]
