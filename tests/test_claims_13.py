"""Counts given without a number (invented texts in tests/fixtures/claims/pairwords): "a man
and a woman were killed" counts two, as "two people died" does in another report of the same
strike. Read as no count, the second was a statement beside a count (``one_counts``) and the
two reports of one toll stayed apart; "a couple of hours" is still no count. A count at a site
is a part only of the whole toll of its own kind: the dead at a school are no part of the
injured, so the never-link rule for part and whole leaves such pairs to the score."""

from __future__ import annotations

import datetime as dt

import pytest

from conftest import cli_json
from conftest import ingest_claim_fixtures as _ingest
from sourcetrace.claims.indicators import first_count
from sourcetrace.claims.link import site_and_whole
from sourcetrace.claims.records import Claim

NIGHT = dt.date(2025, 6, 3)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("A man and a woman were killed when the shell hit their house", "en"),
        ("An elderly couple died in the fire after the strike", "en"),
        ("Et eldre ektepar ble drept da granaten traff huset", "nb"),
        ("En mann og en kvinne omkom i angrepet", "nb"),
        ("Eit ektepar vart drepne då granaten råka huset", "nn"),
    ],
)
def test_a_phrase_naming_two_persons_counts_two(text, language):
    assert first_count(text, language) == 2.0


def test_a_couple_counts_two_but_a_couple_of_hours_does_not():
    """"a couple" killed is two persons; "a couple of hours later" is a few hours, and the
    count is the number after it."""
    assert first_count("A young couple was killed in the strike", "en") == 2.0
    assert first_count("A couple of hours later five people were found dead", "en") == 5.0


@pytest.fixture(scope="module")
def pair_db(tmp_path_factory: pytest.TempPathFactory) -> str:
    return _ingest(
        tmp_path_factory.mktemp("pairwords") / "pairs.db",
        "pairwords",
        [
            ("en-wire-berdiansk.txt", "Example Wire", "en", NIGHT),
            ("en-daily-berdiansk.txt", "Example Daily", "en", NIGHT + dt.timedelta(days=1)),
        ],
    )


def test_two_people_and_a_man_and_a_woman_are_one_claim(pair_db):
    """Both reports count the two dead of one strike: one cluster holds both, and the link
    does not hold one of them for a claim without a count."""
    for cluster in cli_json("claims", pair_db)["clusters"]:
        texts = {claim["id"]: claim["text"] for claim in cluster["claims"]}
        for link in cluster["links"]:
            pair = {texts.get(link["claim_a"], ""), texts.get(link["claim_b"], "")}
            if any("Two people" in text for text in pair) and any("A man and a woman" in text for text in pair):
                assert link["evidence"]["one_counts"] == 0.0
                return
    pytest.fail("the two dead and the man and the woman killed are not linked")


def _statement(text: str, document: str) -> Claim:
    return Claim(id=document, document_id=document, kind="indirect", text=text, start=0, end=len(text),
                 context=text, language="en")


def test_a_site_count_of_the_dead_is_no_part_of_the_wounded():
    """"Three were killed at the school and 40 injured" and "40 people were injured": three
    dead at the school are no part of the injured, and which count is lower says nothing."""
    site = _statement("Three were killed at the school and 40 injured, the mayor said", "a")
    wounded = _statement("Forty people were injured in the strike, the governor said", "b")
    assert not site_and_whole(site, wounded)
    # the hospital's two dead and the city's 29 dead are still part and whole
    hospital = _statement("Two people were killed at the hospital, officials said", "c")
    city = _statement("The strike killed 29 people across the city, officials said", "d")
    assert site_and_whole(hospital, city)

