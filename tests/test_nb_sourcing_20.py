"""Kinds of Norwegian sourcing statement found missing in the twentieth round (issue #10), read
off new Bokmål and Nynorsk reporting (NTB copy, TV 2, Dagsavisen, NPK in regional papers): a
denial with an adverb between "nekter" and "for" ("nekter også for å stå bak"); an unnamed
speaker tied to a named place or body ("En lege ved sykehuset i Gaza by sier til BBC"), whose
outlet is the source, as it is for an unnamed speaker without one. The sentences are
written for these tests in the shape of Norwegian news copy."""

from __future__ import annotations

import pytest

from conftest import read_attributions


@pytest.mark.parametrize(
    ("code", "text", "expected"),
    [
        # an adverb between "nekter" and its "for": still a denial
        ("nb", "Militsen nekter også for å ha skutt mot konvoien.", ("denied", "Militsen")),
        ("nb", "Den siktede offiseren nekter fortsatt for å ha gitt ordren.", ("denied", "Den siktede offiseren")),
        ("nb", "Moskva har nektet kategorisk for at soldatene var der.", ("denied", "Moskva")),
        ("nn", "Militsen nektar òg for å ha skote mot kolonnen.", ("denied", "Militsen")),
        ("nn", "Regimentet nektar framleis for at det var sivile i bygget.", ("denied", "Regimentet")),
        # an unnamed speaker whose description names a place or a body: the outlet told reports
        ("nb", "En sykepleier ved klinikken i Rafah sier til Reuters at 40 barn er lagt inn.", ("reported", "Reuters")),
        ("nb", "En talsperson for Hizbollah sier til AFP at ingen er såret.", ("reported", "AFP")),
        ("nb", "Et vitne i Sumy forteller til BBC at tre hus brant ned.", ("reported", "BBC")),
        ("nn", "Ein sjukepleiar ved klinikken i Rafah seier til Reuters at 40 born er lagde inn.", ("reported", "Reuters")),
    ],
)
def test_kind_attributions(sourcing_nlps, code, text, expected):
    assert expected in read_attributions(sourcing_nlps, code, text)


@pytest.mark.parametrize(
    ("code", "text"),
    [
        # "nekte (å)" is refusing, not denying
        ("nb", "Sjåføren nekter fortsatt å kjøre inn i byen."),
        ("nn", "Sjåføren nektar framleis å køyre inn i byen."),
        # a named speaker (beside the description, or alone) only tells the outlet
        ("nb", "En av sykepleierne, Amira Haddad, sier til Reuters at 40 barn er lagt inn."),
        ("nb", "Amira Haddad ved klinikken i Rafah sier til Reuters at 40 barn er lagt inn."),
    ],
)
def test_kind_not_a_source(sourcing_nlps, code, text):
    assert read_attributions(sourcing_nlps, code, text) == []
