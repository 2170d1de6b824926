"""Paragraph roles from language data: boilerplate, crossheads, body."""

from __future__ import annotations

from sourcetrace.analysis import analyze
from sourcetrace.ingest import SourceDoc


def roles(text: str, lang: str) -> dict[str, str]:
    reading = analyze(SourceDoc(text=text, origin="t"), lang=lang)
    return {p.text: p.role for p in reading.document.paragraphs}


def test_seed_boilerplate_and_crossheads(seed_reading, seed_gold):
    got = {p.text: p.role for p in seed_reading.document.paragraphs}
    for line in seed_gold["boilerplate"]:
        assert got[line] == "boilerplate"
    for line in seed_gold["headings"]:
        assert got[line] == "heading"
    assert sum(1 for r in got.values() if r == "body") == len(got) - 4


def test_norwegian_furniture():
    text = (
        "Russiske styrker angrep Kharkiv natt til tirsdag, opplyser ukrainske myndigheter.\n\n"
        "Les også: Slik er situasjonen ved fronten\n\n"
        "Foto: Scanpix / Reuters\n\n"
        "Angrepet kom etter flere dager med tunge kamper i regionen, skriver NTB."
    )
    got = roles(text, "nb")
    assert got["Les også: Slik er situasjonen ved fronten"] == "boilerplate"
    assert got["Foto: Scanpix / Reuters"] == "boilerplate"
    assert list(got.values())[0] == "body" and list(got.values())[-1] == "body"


def test_english_furniture_and_crosshead():
    text = (
        "Ukraine said on Tuesday it had shot down 30 drones over Kyiv overnight.\n\n"
        "Read more: Russia's winter campaign explained\n\n"
        "Hide Ad\n\n"
        "Strikes on energy grid\n\n"
        "The attacks damaged power lines in three regions, officials said."
    )
    got = roles(text, "en")
    assert got["Read more: Russia's winter campaign explained"] == "boilerplate"
    assert got["Hide Ad"] == "boilerplate"
    assert got["Strikes on energy grid"] == "heading"
    assert got["The attacks damaged power lines in three regions, officials said."] == "body"


def test_question_is_not_a_heading_and_quote_crosshead_depends_on_next_paragraph():
    text = "– Men du ville ikke dra?\n\n– Nei, sier han.\n\n«Vi ble forlatt»\n\nResten av saken følger her."
    got = roles(text, "nb")
    assert got["– Men du ville ikke dra?"] == "body"
    assert got["«Vi ble forlatt»"] == "heading"
    text = "Innledning her.\n\n– Vi ble forlatt\n\nDet sier soldaten Ivan Petrov til NRK."
    assert roles(text, "nb")["– Vi ble forlatt"] == "body"


def test_trailer_marks_the_rest_as_furniture():
    text = ("Russia said it downed 12 drones.\n\nKey events\n\n08.05 GMT\n\n"
            "Kyiv was attacked overnight, officials said.\n\nRelated Topics\n\nRussia-Ukraine war")
    got = roles(text, "en")
    assert got["Key events"] == got["08.05 GMT"] == "boilerplate"
    assert got["Russia-Ukraine war"] == "boilerplate"
    assert got["Kyiv was attacked overnight, officials said."] == "body"


def test_short_quoted_sentence_is_body():
    text = ("Two soldiers survived the attack, the brigade said.\n\n"
            '"Nobody else survived."\n\nThe village was shelled again on Friday.')
    assert roles(text, "en")['"Nobody else survived."'] == "body"


def test_headline_bylines_and_datelines():
    nb = ("Russiske soldater overga seg til en drone: – Vi hadde ikke spist på fire dager\n\n"
          "Av Kari Aasen, NRK\n\nIntervju\n\n"
          "Av og til må soldatene gå i flere dager uten mat, sier kompanisjefen.\n\n"
          "Soldatene ble tatt til fange nær Kupjansk. Ola Nordmann / NTB\n\nResten av saken.")
    got = roles(nb, "nb")
    assert got["Russiske soldater overga seg til en drone: – Vi hadde ikke spist på fire dager"] == "heading"
    assert got["Av Kari Aasen, NRK"] == got["Intervju"] == "boilerplate"
    assert got["Soldatene ble tatt til fange nær Kupjansk. Ola Nordmann / NTB"] == "boilerplate"
    assert got["Av og til må soldatene gå i flere dager uten mat, sier kompanisjefen."] == "body"
    en = ("Russian casualties in Ukraine pass 1.2 million, UK says; Moscow calls figure invented\n\n"
          "By Hannah Greaves and Tom Aldis\n\nSun 8 Nov 2026 09.30 GMT\n\n"
          "By Tuesday, troops had pulled back from the town, officials said.\n\n"
          "FILE - Firefighters work at a damaged grain terminal in Odesa.\n\nThe rest of the story.")
    got = roles(en, "en")
    assert got["Russian casualties in Ukraine pass 1.2 million, UK says; Moscow calls figure invented"] == "heading"
    assert got["By Hannah Greaves and Tom Aldis"] == got["Sun 8 Nov 2026 09.30 GMT"] == "boilerplate"
    assert got["FILE - Firefighters work at a damaged grain terminal in Odesa."] == "boilerplate"
    assert got["By Tuesday, troops had pulled back from the town, officials said."] == "body"
