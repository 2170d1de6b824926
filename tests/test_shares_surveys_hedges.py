"""Shares, survey figures and relayed casualties (issue #10), on sentences written for this
test: a fraction of a whole is a figure in percent as "halvparten" is ("en tredjedel", "to
tredjedeler", "hver tredje"; Bokmål only for now, see nn/figures.toml); a poll's shares belong to the pollster the text has
named; a casualty relayed with an adverb between ("ble opprinnelig meldt såret") and the Nynorsk
"etter seiande" and "anteke" are hedges."""

from __future__ import annotations

import pytest

from sourcetrace.analysis import analyze
from sourcetrace.ingest import SourceDoc


def read(text: str, lang: str):
    return analyze(SourceDoc(text="Nyheter\n\n" + text + "\n", origin="written.txt"), lang=lang)


def figures(text: str, lang: str = "nb") -> list[tuple[float, str | None]]:
    return [(f.value, f.unit) for f in read(text, lang).figures]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("En tredjedel av innbyggerne har flyktet fra landsbyen.", "nb", [(33.3, "percent")]),
        ("Nesten to tredjedeler av skolene er stengt.", "nb", [(66.7, "percent")]),
        ("Hver tredje bedrift mangler folk.", "nb", [(33.3, "percent")]),
    ],
)
def test_a_fraction_of_a_whole_is_a_share_in_percent(
    text: str, lang: str, expected: list[tuple[float, str]]
) -> None:
    assert figures(text, lang) == expected


def test_a_share_word_without_a_number_before_it_is_no_share() -> None:
    assert figures("Tredjedelen av budsjettet går til skolene.") == []


def test_a_polls_shares_are_the_pollsters() -> None:
    text = (
        "En meningsmåling Norstat har gjort for avisen viser at velgerne er delt.\n\n"
        "På spørsmålet om brua bør bygges, svarte 41 prosent ja, mens 39 prosent vil vente.\n\n"
        "Blant de yngste velgerne er 55 prosent for brua."
    )
    claimed = [
        (f.value, f.claimant.name if f.claimant else None) for f in read(text, "nb").figures
    ]
    assert claimed == [(41, "Norstat"), (39, "Norstat"), (55, "Norstat")]


def test_a_count_without_a_survey_stays_the_outlets() -> None:
    text = (
        "Kommunen opplyser at brua blir dyrere.\n\n"
        "Blant de yngste innbyggerne bruker 55 prosent bussen hver dag."
    )
    assert [f.claimant for f in read(text, "nb").figures] == [None]


@pytest.mark.parametrize(
    ("text", "lang", "cue"),
    [
        ("Ni personer ble opprinnelig meldt såret i angrepet.", "nb", "ble opprinnelig meldt såret"),
        ("To soldatar vart først meldt drepne ved fronten.", "nn", "vart først meldt drepne"),
        ("Etter seiande vart han skoten av ein snikskyttar.", "nn", "etter seiande"),
        ("Dei 30 offiserane som blir anteke å leie åtaket, er flytta.", "nn", "anteke"),
        ("I natt ble det rapportert om eksplosjoner i fem byer.", "nb", "ble det rapportert om"),
    ],
)
def test_relayed_and_believed_are_hedges(text: str, lang: str, cue: str) -> None:
    assert cue in [h.cue.lower() for h in read(text, lang).hedges]


def test_a_status_is_no_relayed_casualty() -> None:
    assert read("To turister er fortsatt meldt savnet i fjellet.", "nb").hedges == []


def claimants(text: str, lang: str) -> list[tuple[float, str | None]]:
    return [(f.value, f.claimant.name if f.claimant else None) for f in read(text, lang).figures]


def test_an_unmarked_run_inside_one_speakers_statement_is_the_speakers() -> None:
    # a long statement set without its dash, as NDT and many pages print it: the middle
    # paragraphs have no cue, the last ends with the speaker's
    text = (
        "Kari Holm seier at underskotet i kommunen er stort.\n\n"
        "Nye vegar kostar kommunen 40 millionar kroner.\n\n"
        "Det er ikkje berekraftig for ein liten kommune, seier Holm."
    )
    assert claimants(text, "nn") == [(40_000_000, "Kari Holm")]


def test_narration_between_two_quotes_stays_the_outlets() -> None:
    # the paragraph after the run opens a quote of its own: the run is the outlet's
    text = (
        "– Vi må spare, sier ordfører Kari Holm.\n\n"
        "Nye vegar kostar kommunen 40 millionar kroner.\n\n"
        "– Det blir ikkje lett, seier Holm."
    )
    assert claimants(text, "nn") == [(40_000_000, None)]


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("Nå kan hun bli den første kvinnen i stillingen.", "kan"),
        ("Dette kan i verste fall stanse hele prosjektet.", "kan"),
        ("Jeg ser at jeg kan framstå som litt arrogant.", "kan"),
        ("Det er en rimelig antagelse at brannen startet i kjelleren.", "antagelse"),
        ("Fortsatt later velgerne til å stole på partiet.", "later velgerne til å"),
        ("Det sto ingenting igjen av låven, har jeg fått fortalt.", "har jeg fått fortalt"),
        ("Kommunen vet ikke når skolen kan åpne igjen.", "vet ikke når"),
        ("Om det var riktig, vet jeg ikke.", "vet jeg ikke"),
    ],
)
def test_ordinary_news_hedges(text: str, cue: str) -> None:
    assert cue in [h.cue.lower() for h in read(text, "nb").hedges]


@pytest.mark.parametrize(
    "text",
    [
        "Kan hun bli kaptein neste år?",
        "Da kan han bli med på turen til fjells.",
        "Hun lot seg overtale til å stille som kandidat.",
        "Lærerne vet ikke om dette.",
        "Han gjorde noe han vet han ikke burde.",
        "Jeg vet ikke hva jeg skal gjøre med pengene.",
    ],
)
def test_ordinary_news_look_alikes_are_no_hedges(text: str) -> None:
    assert read(text, "nb").hedges == []


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("The officer said the estimate of 30,000 casualties came from a standard ratio.", "estimate of"),
        ("The estimates of about 500 dead were disputed by the city.", "estimates of"),
        ("Officials announced tolls that were not possible to independently verify.", "not possible to independently verify"),
        ("It is impossible to verify the footage.", "impossible to verify"),
        ("The agency was unable to immediately verify the claim.", "unable to immediately verify"),
    ],
)
def test_english_estimates_and_unverifiable_figures(text: str, cue: str) -> None:
    assert cue in [h.cue.lower() for h in read(text, "en").hedges]


def test_an_estimate_of_no_number_and_an_impossible_errand_are_no_hedges() -> None:
    cues = [h.cue.lower() for h in read("Nobody knew the estimate of how much it cost.", "en").hedges]
    assert "estimate of" not in cues
    assert read("It was not possible to reach the village by road.", "en").hedges == []
