"""Kinds of Norwegian sourcing statement found missing in the twentieth round (issue #10), read
off new Bokmål and Nynorsk reporting (NTB copy, TV 2, Dagsavisen, NPK in regional papers): a
denial with an adverb between "nekter" and "for" ("nekter også for å stå bak"); an unnamed
speaker tied to a named place or body ("En lege ved sykehuset i Gaza by sier til BBC"), whose
outlet is the source, as it is for an unnamed speaker without one; a compound document noun
naming its issuer before the hyphen ("FN-tall viser", "ifølge SSB-tall"), whose issuer is the
source, not the figures; "Det samme melder CNN" (the same
report fronted as the object, the outlet after the verb); a statement that speaks ("heter det i en
uttalelse fra Kreml", "I en pressemelding fra politiet heter det at"), whose issuer reports;
"Etter hva NRK erfarer" (as "Etter det NRK erfarer"); an adverb after the speech verb before
"til" ("Et vitne forteller imidlertid til BBC"). The sentences are
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
        # a compound document noun: the acronym or outlet before the hyphen issued it
        ("nb", "FN-tall viser at over to millioner er på flukt.", ("reported", "FN")),
        ("nb", "En fersk ISW-rapport viser at fronten står stille.", ("reported", "ISW")),
        ("nb", "Ifølge SSB-tall steg prisene med fire prosent.", ("reported", "SSB")),
        ("nb", "Ifølge Reuters-tall er 30 sivile drept.", ("reported", "Reuters")),
        ("nn", "Ifølgje FN-tal er over to millionar på flukt.", ("reported", "FN")),
        # "det samme" fronted: the outlet after the verb (an adverb may stand between)
        ("nb", "Det samme melder nyhetsbyrået AFP.", ("reported", "AFP")),
        ("nb", "Det samme skriver nå Bloomberg.", ("reported", "Bloomberg")),
        ("nn", "Det same skriv òg Bergens Tidende.", ("reported", "Bergens Tidende")),
        # a statement or press release that speaks, its issuer named after "fra"
        ("nb", "Grensen er stengt inntil videre, heter det i en uttalelse fra Utenriksdepartementet.", ("reported", "Utenriksdepartementet")),
        ("nb", "I en pressemelding fra Forsvaret heter det at øvelsen er avlyst.", ("reported", "Forsvaret")),
        ("nb", "Skolen er stengt, heter det i en pressemelding fra kommunen.", ("reported", "kommunen")),
        ("nb", "I notatet fra Riksrevisjonen står det at kontrollen sviktet.", ("reported", "Riksrevisjonen")),
        ("nn", "Grensa er stengd inntil vidare, heiter det i ei fråsegn frå Utanriksdepartementet.", ("reported", "Utanriksdepartementet")),
        # "etter hva" opens the clause as "etter det" does
        ("nb", "Etter hva Dagbladet erfarer, er kontrakten allerede signert.", ("reported", "Dagbladet")),
        ("nb", "Etter hva TV 2 kjenner til, ble tre personer pågrepet.", ("reported", "TV 2")),
        # an adverb between the speech verb and "til" is no part of the unnamed speaker
        ("nb", "En soldat ved fronten forteller imidlertid til AFP at ammunisjonen er slutt.", ("reported", "AFP")),
        ("nb", "Et vitne sier også til Reuters at skuddene kom fra taket.", ("reported", "Reuters")),
        # a document about a place, with its issuer after it
        ("nb", "Ifølge Sudan-rapporten fra FN er 40 landsbyer brent.", ("reported", "FN")),
    ],
)
def test_kind_attributions(sourcing_nlps, code, text, expected):
    assert expected in read_attributions(sourcing_nlps, code, text)


@pytest.mark.parametrize(
    ("code", "text", "expected"),
    [
        # "nekte (å)" is refusing, not denying: only the denial beside it is read
        ("nb", "Sjåføren nekter fortsatt å kjøre inn i byen. Militsen nekter også for å ha skutt.", [("denied", "Militsen")]),
        ("nn", "Sjåføren nektar framleis å køyre inn i byen. Militsen nektar òg for å ha skote.", [("denied", "Militsen")]),
        # a named speaker (beside the description, or alone, or with an adverb after the verb)
        # only tells the outlet; the unnamed one beside makes the outlet a source
        (
            "nb",
            "En av sykepleierne, Amira Haddad, sier til Reuters at 40 barn er lagt inn. "
            "En lege ved klinikken i Rafah sier til AFP at strømmen er borte.",
            [("reported", "AFP")],
        ),
        (
            "nb",
            "Amira Haddad ved klinikken i Rafah sier til Reuters at 40 barn er lagt inn. "
            "En lege ved klinikken i Rafah sier til AFP at strømmen er borte.",
            [("reported", "AFP")],
        ),
        (
            "nb",
            "Amira Haddad sier også til Reuters at 40 barn er lagt inn. "
            "Et vitne sier også til AFP at strømmen er borte.",
            [("reported", "AFP")],
        ),
        # a document about a place names no issuer; an acronym before the hyphen does
        ("nb", "Sudan-rapporten viser at 40 landsbyer er brent. FN-tall viser det samme.", [("reported", "FN")]),
    ],
)
def test_kind_only_the_source(sourcing_nlps, code, text, expected):
    assert read_attributions(sourcing_nlps, code, text) == expected
