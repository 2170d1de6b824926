"""Uncued quotes: the speaker a closing indirect paragraph names, and the speaker ranker's
switch between the rules' order and fitted weights (sentences written for these tests)."""

from __future__ import annotations

import pytest

from sourcetrace.analysis import analyze
from sourcetrace.ingest import SourceDoc
from sourcetrace.pipeline import _speaker_ranker as ranker

OPENING_QUOTE = (
    "Kommunen har fått kritikk for ventetidene i høst.\n\n"
    "– Vi har barn som venter altfor lenge, og det er ikke godt nok.\n\n"
    "Kari Nordmann, leder for barnehagene i bydelen, har jobbet med saken i to år.\n"
)


def speakers(text: str, lang: str = "nb") -> list[tuple[str, str | None]]:
    reading = analyze(SourceDoc(text=text, origin="written.txt"), lang=lang, model="blank")
    return [(q.kind, q.speaker.name if q.speaker else None) for q in reading.quotes]


def test_a_closing_paragraph_names_the_speaker_however_long_the_description() -> None:
    text = (
        "Skolen har fått mye kritikk i høst.\n\n"
        "– Vi er et lite land som må kunne snakke med resten av verden.\n\n"
        "At vi har lite dubbing har hjulpet språket vårt, sier daglig leder for skolen i "
        "Bergen, Kari Nordmann.\n"
    )
    assert speakers(text) == [("direct", "Kari Nordmann"), ("indirect", "Kari Nordmann")]


def test_a_pronoun_with_a_long_tail_leaves_the_dash_quote_to_the_person_in_focus() -> None:
    text = (
        "Flyet med Ola Nordmann og lagkameratene landet sent i kveld.\n\n"
        "– Det blir en rolig feiring i kveld.\n\n"
        "Men jeg skal nyte det, sa han som alle ville snakke med.\n"
    )
    assert speakers(text)[0] == ("direct", "Ola Nordmann")


def test_without_weights_the_rules_decide_and_name_no_one_here() -> None:
    assert ranker.weights() is None  # no weights ship: see the module's docstring
    assert speakers(OPENING_QUOTE) == [("direct", None)]


def test_fitted_weights_choose_among_every_rule_candidate(monkeypatch: pytest.MonkeyPatch) -> None:
    """Weights that favour the person the next paragraph opens with (a quote lede)."""
    favour = {name: 0.0 for name in ranker.FEATURES} | {"opens_next": 3.0}
    monkeypatch.setattr(ranker, "weights", lambda path=ranker.WEIGHTS_FILE: favour)
    assert speakers(OPENING_QUOTE) == [("direct", "Kari Nordmann")]


def test_fitting_records_each_choice_with_its_candidates() -> None:
    with ranker.collecting() as choices:
        speakers(OPENING_QUOTE)
    assert len(choices) == 1
    named = {candidate["mention"].name: candidate["features"] for candidate in choices[0]["candidates"]}
    assert named["Kari Nordmann"]["by_next_person"] == 1.0
    assert named["Kari Nordmann"]["opens_next"] == 1.0
    assert not ranker.active()  # recording ends with the block
