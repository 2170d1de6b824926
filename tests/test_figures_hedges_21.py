"""Figures and hedges of war reports with tolls (issue #10, session 21), on sentences written for
this test in the shape of agency reports read this session: a time phrase after a bare toll
("injured 34 over the past day") is no counted noun; the height of a building ("a nine-story
block", "en ti-etasjes blokk") and an age after a count of people ("to på 13 år") are no
figures; a share whose whole has an owner ("seks av byens ti bydeler") counts what the whole
counts, not the owner; a drone or missile intercepted is counted as destroyed; and an estimate
adverb after an auxiliary ("har anslagsvis mistet") and a fear named by its noun ("Det er frykt
for at") are hedges."""

from __future__ import annotations

import pytest

from sourcetrace.analysis import analyze
from sourcetrace.ingest import SourceDoc


def read(text: str, lang: str):
    """The reading of ``text`` as a small news document in ``lang``."""
    return analyze(SourceDoc(text="Nyheter\n\n" + text + "\n", origin="written.txt"), lang=lang)


def figures(text: str, lang: str) -> list[tuple[float, str | None, str | None]]:
    """``(value, unit, counts)`` of every figure read in ``text``."""
    return [(f.value, f.unit, f.counts) for f in read(text, lang).figures]


def hedge_cues(text: str, lang: str) -> list[str]:
    """The cue of every hedge read in ``text``, lower-cased."""
    return [h.cue.lower() for h in read(text, lang).hedges]


# -- a time phrase after a bare toll ------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "lang", "value"),
    [
        (
            "Shelling killed four civilians and injured 27 over the past day, the mayor said.",
            "en",
            27,
        ),
        ("The drone strikes wounded 9 overnight, the regional governor wrote.", "en", 9),
        (
            "Angrepene drepte tre personer og skadet 27 gjennom de siste dagene, opplyser ordføreren.",
            "nb",
            27,
        ),
    ],
)
def test_time_phrase_after_bare_toll_is_no_unit(text: str, lang: str, value: int) -> None:
    read_figures = {fig[0]: fig for fig in figures(text, lang)}
    assert value in read_figures
    assert read_figures[value][1] not in ("days", "overnight")
    assert read_figures[value][2] == "wounded"


def test_noun_after_toll_still_counted() -> None:
    assert (40.0, "drones", "drones") in figures("Russland sendte 40 droner over grensen.", "nb")


# -- the height of a building, an age after a count of people ------------------------------------


@pytest.mark.parametrize(
    ("text", "lang", "height"),
    [
        ("A missile hit a twelve-story apartment block, killing 6 people.", "en", 12),
        ("The rocket struck a 16-storey tower, and 6 people were killed.", "en", 16),
        ("Raketten traff en 12 etasjes boligblokk, og 6 personer ble drept.", "nb", 12),
        ("Blokka er tolv etasjer høy, og 6 personer ble drept der.", "nb", 12),
    ],
)
def test_building_height_is_no_figure(text: str, lang: str, height: int) -> None:
    values = [fig[0] for fig in figures(text, lang)]
    assert 6 in values
    assert height not in values


@pytest.mark.parametrize(
    "text",
    [
        "Blant de skadde er tre barn, to på 11 år, opplyser politiet.",
        "Ifølge sykehuset ble to personer på 58 år skadet i angrepet.",
    ],
)
def test_age_after_count_of_people_is_no_figure(text: str) -> None:
    values = [fig[0] for fig in figures(text, "nb")]
    assert 11 not in values and 58 not in values


def test_span_after_ordinal_event_stays() -> None:
    assert any(
        fig[0] == 3 for fig in figures("Angrepet har rammet byen tre ganger på to uker.", "nb")
    )


# -- a share whose whole has an owner ------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "lang", "unit"),
    [
        ("Fire av byens tolv bydeler er uten strøm etter angrepet.", "nb", "bydeler"),
        ("Tre av regionens åtte kraftverk er skadet, opplyser guvernøren.", "nb", "places"),
        (
            "Four of the city's twelve districts are without power after the strike.",
            "en",
            "districts",
        ),
    ],
)
def test_share_with_owner_counts_the_whole_noun(text: str, lang: str, unit: str) -> None:
    parts = [fig for fig in figures(text, lang) if fig[0] in (3, 4)]
    assert parts and parts[0][1] == unit


# -- intercepted counted as destroyed ------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("The air force said Russia launched 60 drones. The army said 41 were intercepted.", "en"),
        ("Luftforsvaret sier Russland sendte 60 droner. Hæren sier 41 ble avskåret.", "nb"),
    ],
)
def test_intercepted_is_destroyed(text: str, lang: str) -> None:
    assert (41.0, None, "destroyed") in figures(text, lang)


# -- hedges ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("Fienden har anslagsvis mistet 2000 stridsvogner, ifølge analytikere.", "anslagsvis"),
        ("Det er frykt for at flere ligger under ruinene.", "frykt for at"),
    ],
)
def test_estimate_and_fear_noun_are_hedges(text: str, cue: str) -> None:
    assert cue in hedge_cues(text, "nb")


def test_fear_of_doing_is_no_hedge() -> None:
    assert hedge_cues("Hun har ingen frykt for å reise tilbake til byen.", "nb") == []


# -- a toll's participle after the counted noun ---------------------------------------------------


@pytest.mark.parametrize(
    ("text", "lang", "unit"),
    [
        ("Three soldiers killed in shelling near the front line.", "en", "soldiers"),
        ("Four children killed in a drone strike on the city.", "en", "children"),
    ],
)
def test_toll_participle_keeps_the_noun_as_unit(text: str, lang: str, unit: str) -> None:
    assert [(fig[1], fig[2]) for fig in figures(text, lang)] == [(unit, "killed")]


def test_adjective_before_toll_noun_still_yields() -> None:
    assert (240.0, "people", "casualties") in figures(
        "The mission counted 240 civilian casualties in the region.", "en"
    )


# -- what a share with an owner counts; buildings named by a compound ------------------------------


def test_share_with_owner_counts_what_the_clause_after_the_whole_says() -> None:
    parts = figures("To av kommunens seks skoler er ødelagt, opplyser ordføreren.", "nb")
    assert (2.0, "skoler", "destroyed") in parts or (2.0, "places", "destroyed") in parts


@pytest.mark.parametrize(
    "text",
    [
        "Eksplosjonen skadet tre boligblokker i sentrum, opplyser politiet.",
        "Fem sykehus ble skadet i nattens angrep, sier ordføreren.",
    ],
)
def test_damaged_buildings_are_no_wounded(text: str) -> None:
    read_figures = figures(text, "nb")
    assert read_figures and all(fig[2] != "wounded" for fig in read_figures)
