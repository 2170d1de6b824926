"""Hedges as war reporting states them (issue #10), on sentences written for this test: fears and
reports with no one named ("fryktes", "were feared buried", "the reported death toll", "meldes
drept"), someone's belief ("X tror"), conclusions ("det må være"), "synes ... å" with words
between, and preliminary figures; with the look-alikes each cue must leave alone."""

from __future__ import annotations

import pytest

from sourcetrace.analysis import analyze
from sourcetrace.ingest import SourceDoc


def hedge_cues(text: str, lang: str) -> list[str]:
    reading = analyze(SourceDoc(text="Nyheter\n\n" + text + "\n", origin="written.txt"), lang=lang)
    return [h.cue.lower() for h in reading.hedges]


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("Det fryktes at over 40 mennesker er drept i Kramatorsk.", "fryktes"),
        ("Tre personer meldes drept etter angrepet på Sumy.", "meldes drept"),
        ("To soldater er rapportert skadet ved fronten.", "er rapportert skadet"),
        ("Det rapporteres om minst ti døde i Odesa.", "det rapporteres om"),
        ("Forskeren tror angrepet ikke får militære konsekvenser.", "tror"),
        ("Det må være et av de største angrepene hittil i krigen.", "det må være"),
        ("Russland synes nå å ha flyttet styrkene sørover.", "synes"),
        ("Ifølge foreløpige tall er 15 personer skadet.", "foreløpige"),
        ("Etter hva avisen erfarer, ble 30 droner skutt ned.", "etter hva avisen erfarer"),
    ],
)
def test_bokmal_war_hedges(text: str, cue: str) -> None:
    assert cue in hedge_cues(text, "nb")


@pytest.mark.parametrize(
    "text",
    [
        "Vi må være forberedt på nye angrep.",
        "Det må være lov å spørre om våpenhjelpen.",
        "Han mener det må være slik i et demokrati.",
        "Jeg synes det er viktig å hjelpe flyktningene.",
        "Hun tror på en rask slutt på krigen.",
        "Det tror ingen lenger.",
        "Krigen varte lenger enn folk flest tror.",
        "Tror du at våpenhvilen holder?",
        "To personer er meldt savnet.",
        "Han blir fryktet av motstanderne.",
        "Det som måtte være igjen av avtalen, forsvant.",
    ],
)
def test_bokmal_war_look_alikes(text: str) -> None:
    assert hedge_cues(text, "nb") == []


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("Det fryktast at fleire er omkomne.", "fryktast"),
        ("Forskaren trur angrepet ikkje får militære følgjer.", "trur"),
        ("Ifølgje førebelse tal er 15 personar skadde.", "førebelse"),
    ],
)
def test_nynorsk_war_hedges(text: str, cue: str) -> None:
    assert cue in hedge_cues(text, "nn")


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("Some 24 people were feared buried in the rubble.", "were feared"),
        ("At least ten people are feared dead after the strike.", "are feared"),
        ("The reported death toll made it the deadliest attack this year.", "reported"),
        ("Three people were reported injured in similar strikes.", "were reported injured"),
        ("It is believed that about 50 people were inside.", "it is believed"),
        ("According to preliminary information, 12 people were wounded.", "preliminary"),
    ],
)
def test_english_war_hedges(text: str, cue: str) -> None:
    assert cue in hedge_cues(text, "en")


@pytest.mark.parametrize(
    "text",
    [
        "The general was feared by his own troops.",
        "Two fishermen were reported missing on Sunday.",
        "The ministry reported the figures to parliament.",
        "The provisional application is on file.",
    ],
)
def test_english_war_look_alikes(text: str) -> None:
    assert hedge_cues(text, "en") == []


def test_english_forecast_of_a_toll_but_not_a_schedule() -> None:
    assert hedge_cues("The death toll is expected to rise as rescuers dig.", "en")
    assert hedge_cues("The meeting is expected to take place on Monday.", "en") == []
