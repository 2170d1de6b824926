"""Kinds of Norwegian sourcing statement found missing or wrong on real war reporting in the
fifth round (issue #10): a role with the body it speaks for, list bullets, passive claims and
confirmations, states that are no confirmation, documents that refer back to their issuer,
inquiries that speak, and the medium a statement was made in. The sentences are written for
these tests in the shape of Norwegian wire copy."""

from __future__ import annotations

import pytest

from conftest import read_attributions
from sourcetrace.analysis import analyze
from sourcetrace.ingest import SourceDoc


@pytest.mark.parametrize(
    ("code", "text", "expected"),
    [
        # the body a role speaks for is part of who speaks
        ("nb", "Ifølge en talsmann for flyvåpenet ble 40 raketter skutt ned.", ("reported", "en talsmann for flyvåpenet")),
        ("nn", "Ifølgje FNs høgkommissær for flyktningar har ein million flykta.", ("reported", "FNs høgkommissær for flyktningar")),
        # ... and a name in apposition after it is still the fullest name
        ("nb", "Ifølge en talsperson for hæren, Ivan Petrenko, er broen ødelagt.", ("reported", "Ivan Petrenko")),
        # a list bullet is no part of the source
        ("nb", "* Den internasjonale straffedomstolen bekrefter at etterforskningen er i gang.", ("confirmed", "Den internasjonale straffedomstolen")),
        # passive claims with no agent name no one; with one, the agent
        ("nb", "Samtidig blir det hevdet at hæren har trukket seg ut.", ("claimed", "unknown")),
        ("nb", "Det er blitt hevdet at tallet er høyere.", ("claimed", "unknown")),
        ("nn", "Samtidig blir det hevda at Russland rekrutterer leigesoldatar.", ("claimed", "unknown")),
        ("nn", "Det vart hevda av opposisjonen at valet var fuska.", ("claimed", "opposisjonen")),
        ("nb", "Dette ble hevdet av forsvarsministeren.", ("claimed", "forsvarsministeren")),
        # a present passive names the one who confirms
        ("nb", "Dødstallet bekreftes av den lokale guvernøren.", ("confirmed", "den lokale guvernøren")),
        ("nn", "Talet stadfestast av politiet.", ("confirmed", "politiet")),
        # a body's website speaks for it
        ("nn", "Laget er nøgd med sesongen, skriv idrettslaget på nettstaden sin.", ("reported", "idrettslaget")),
        ("nb", "Kommunen skriver på nettsidene sine at skolen er stengt.", ("reported", "Kommunen")),
        ("nb", "På Forsvarets nettsider står det at øvelsen er avlyst.", ("reported", "Forsvaret")),
        # an outlet that carried the material relays it
        ("nb", "Videoen, publisert i Meduza, viser soldater i byen.", ("reported", "Meduza")),
    ],
)
def test_kind_attributions(sourcing_nlps, code, text, expected):
    assert expected in read_attributions(sourcing_nlps, code, text)


@pytest.mark.parametrize(
    ("code", "text"),
    [
        # a state, not someone confirming: "little has been confirmed"
        ("nn", "Lite informasjon har vorte stadfesta."),
        ("nb", "Lite har blitt bekreftet så langt."),
        # an active claim is the subject's, never unknown
        ("nb", "Russland har hevdet at byen er tatt."),
        # a platform carries, it does not relay
        ("nb", "Bildet ble publisert på Telegram."),
    ],
)
def test_kind_not_unknown_or_state(sourcing_nlps, code, text):
    found = read_attributions(sourcing_nlps, code, text)
    assert all(relation != "confirmed" for relation, _ in found)
    assert ("claimed", "unknown") not in found
    assert all(source != "Telegram" for _, source in found)


def _read(code: str, text: str) -> list[tuple[str, str | None, str | None]]:
    """(relation, source, medium) of every statement the whole reading finds in ``text``."""
    reading = analyze(SourceDoc(text=text, origin="test"), lang=code)
    return [(a.relation, a.source.name if a.source else None, a.medium) for a in reading.attributions]


def test_document_refers_back_to_its_issuer():
    """"Ifølge meldingen" speaks for the body that put the message out, not for the channel it
    was put out on; an indefinite measure ("meningsmålinger") is still its own source."""
    text = "Det ukrainske militæret har lagt ut en melding på Telegram. Ifølge meldingen er soldaten drept."
    assert [(r, s) for r, s, _ in _read("nb", text)] == [("reported", "Det ukrainske militæret")]
    text = "Partiet vant valget. Ifølge meningsmålinger var det størst."
    assert [(r, s) for r, s, _ in _read("nb", text)] == [("reported", "meningsmålinger")]


def test_inquiry_speaks_for_its_issuer_not_for_a_name_it_quotes():
    """A report or an inquiry that speaks ("heter det i granskingen") is its issuer's, named
    before the quote; a body named inside the quoted words is what the report is about."""
    text = (
        "Kommisjonen la fram funnene sine mandag.\n\n"
        "– Russiske styrker har rettet droneangrep mot sivile mål, heter det i granskingen."
    )
    assert ("reported", "Kommisjonen") in [(r, s) for r, s, _ in _read("nb", text)]
    text = (
        "Kommisjonen la fram en ny rapport.\n\n"
        "– Russiske styrker har angrepet sivile, heter det i den nye rapporten."
    )
    assert [(r, s) for r, s, _ in _read("nb", text)] == [("reported", "Kommisjonen")]


@pytest.mark.parametrize(
    ("code", "text", "medium"),
    [
        ("nb", "Ifølge ordføreren, via appen Telegram, er det meldt om at en drone har falt ned.", "Telegram"),
        ("nb", "Identifiseringen er bekreftet av generalstaben, også det på Facebook.", "Facebook"),
        ("nb", "I en video på Telegram hevder regimentet at de har tatt landsbyen.", "video on Telegram"),
        ("nb", "Kreml avviser påstandene i en uttalelse.", "statement"),
        ("nn", "Forsvaret stadfestar i ei fråsegn at dronen vart skoten ned.", "statement"),
    ],
)
def test_statement_medium(code, text, medium):
    assert [m for _, _, m in _read(code, text)] == [medium]


def test_medium_of_an_earlier_speaker_is_not_the_relay_s():
    """"X skriver på Telegram at ..., ifølge NTB": the channel is the governor's, not NTB's."""
    text = "Guvernøren skriver på sin Telegram-kanal at to er drept, ifølge NTB."
    assert _read("nb", text) == [("reported", "NTB", None)]


def test_outlet_citing_a_body_that_stated():
    """"Avisen X siterer et sykehus som har oppgitt at ...": the outlet relays (reported), and
    the one it cites is the hospital, never a phrase running back over the outlet's verb."""
    text = "Avisen Kyiv Post siterer et sykehus som har oppgitt at 30 er innlagt."
    found = [(r, s) for r, s, _ in _read("nb", text)]
    assert ("reported", "Kyiv Post") in found
    assert all("siterer" not in (s or "") for _, s in found)


def test_report_issuer_is_no_place_named_before_it():
    """A report speaks for the body that issued it; the places the text names between the body
    and the report ("Kherson og Mykolajiv") issue nothing."""
    text = (
        "Kommisjonen la fram en ny rapport mandag. Angrepene har rammet byene Kherson og Mykolajiv.\n\n"
        "– Sivile er drept i angrepene, heter det i rapporten."
    )
    assert [(r, s) for r, s, _ in _read("nb", text)] == [("reported", "Kommisjonen")]
