"""Kinds of Norwegian sourcing statement found missing or wrong in the sixth round (issue #10),
on ordinary news as well as war reporting: a study's findings stated with other verbs than
"viser" ("konkluderer med", "slår fast", "avdekker"), a study or document that things "come
out" in ("det kommer fram i rapporten"), and the issuer of a document named by a common noun or
in a relative clause. The sentences are written for these tests
in the shape of Norwegian news copy."""

from __future__ import annotations

import pytest

from conftest import read_attributions


@pytest.mark.parametrize(
    ("code", "text", "expected"),
    [
        # a study's findings, by whoever made it
        ("nb", "En ny rapport fra Riksrevisjonen avdekker store mangler ved tilsynet.", ("reported", "Riksrevisjonen")),
        ("nb", "Granskingen fra Helsetilsynet slår fast at ingen fulgte rutinene.", ("reported", "Helsetilsynet")),
        ("nb", "Rapporten konkluderer med at kommunen brøt loven.", ("reported", "Rapporten")),
        ("nn", "Ei undersøking frå Norstat slår fast at fleirtalet er nøgde.", ("reported", "Norstat")),
        # a study or document that brings something out, by its issuer
        ("nb", "Det kommer fram i en rapport fra Riksrevisjonen som ble lagt fram i går.", ("reported", "Riksrevisjonen")),
        ("nb", "Dette kom frem i en kartlegging som Sintef har gjort for kommunen.", ("reported", "Sintef")),
        ("nn", "Det kjem fram i ein rapport frå Riksrevisjonen.", ("reported", "Riksrevisjonen")),
        # a foreign outlet by the head of its name
        ("nb", "Kyva skal ha blitt skutt. Det melder The Moscow Times, via AFP.", ("reported", "The Moscow Times")),
        ("nb", "Byen er omringet, skriver Sky News.", ("reported", "Sky News")),
        # "slik X hevder" (as X claims): the claimant without the conjunction
        ("nb", "Slik Russland hevder, er byen tatt.", ("claimed", "Russland")),
        # Nynorsk "skuldar X for": an accusation
        ("nn", "Dei ukrainske styresmaktene skuldar Russland for angrepet.", ("claimed", "Dei ukrainske styresmaktene")),
        ("nn", "Russland har skulda Ukraina for angrepet.", ("claimed", "Russland")),
        # unnamed witnesses who told an outlet make the outlet the source
        ("nb", "Flere innbyggere i byen har nylig oppgitt til nyhetsbyrået AFP at de har hørt skudd.", ("reported", "AFP")),
        # a modal's perfect ("skal ha hevdet") stands after its subject, never is one
        ("nb", "Russland skal ha hevdet at byen er tatt.", ("claimed", "Russland")),
        ("nn", "Guvernøren skal ha avvist at nokon vart drepne.", ("denied", "Guvernøren")),
        ("nb", "Yuri Jurov, stedfortreder for LPR, skal ha bekreftet dødsfallet på Telegram.", ("confirmed", "Yuri Jurov")),
        # "bekreftet dødsfallet" confirms; "bekreftet døde" is a state
        ("nn", "Politiet har stadfesta dødsfallet.", ("confirmed", "Politiet")),
        # Nynorsk past "skreiv" of an outlet
        ("nn", "Byen vart angripen i natt, skreiv avisa.", ("reported", "avisa")),
        ("nn", "Det skreiv NRK i går.", ("reported", "NRK")),
        # a fronted "Dette", the auxiliary, then the subject (V2)
        ("nb", "Dette har VG skrevet tidligere.", ("reported", "VG")),
        ("nn", "Dette har Framtida skrive tidlegare.", ("reported", "Framtida")),
        # a body named by its common noun after "fra" issued the letter
        ("nb", "Det går fram av et brev fra departementet at saken er henlagt.", ("reported", "departementet")),
        ("nn", "Det går fram av eit brev frå departementet at saka er lagd bort.", ("reported", "departementet")),
    ],
)
def test_kind_attributions(sourcing_nlps, code, text, expected):
    assert expected in read_attributions(sourcing_nlps, code, text)


@pytest.mark.parametrize(
    ("code", "text"),
    [
        # a person or a body concluding is its own statement (a quote), a police find no report
        ("nb", "Han slår fast at ingen fulgte rutinene."),
        ("nb", "Politiet avdekket et stort nettverk."),
        ("nb", "To personer er bekreftet døde etter angrepet."),
        # a party who writes is quoted; a book is no report
        ("nn", "Guvernøren skreiv på Telegram at to er drepne."),
        ("nn", "Ho skreiv ei bok om krigen."),
        # owing money is no accusation
        ("nn", "Han skuldar banken pengar for bilen."),
        # a reporter who writes is quoted, no relay
        ("nb", "Journalisten skriver at byen er tatt."),
        # "politimester" holds "times": a police chief is no outlet
        ("nb", "Politimesteren skriver at ingen ble skadd."),
        # something that turns up, or someone who arrives, is no document speaking
        ("nb", "Det kommer fram at han var i byen."),
        ("nb", "Han kommer fram til byen i kveld."),
    ],
)
def test_kind_not_a_document(sourcing_nlps, code, text):
    assert read_attributions(sourcing_nlps, code, text) == []


def _read(code: str, text: str) -> list[tuple[str, str | None]]:
    """(relation, source) of every statement the whole reading (quotes first) finds."""
    from sourcetrace.analysis import analyze
    from sourcetrace.ingest import SourceDoc

    reading = analyze(SourceDoc(text=text, origin="test"), lang=code)
    return [(a.relation, a.source.name if a.source else None) for a in reading.attributions]


@pytest.mark.parametrize(
    ("code", "text", "expected"),
    [
        ("nb", "– Jeg kan bekrefte at en person er pågrepet, sier politiadvokat Hilde Haugen.", ("confirmed", "Hilde Haugen")),
        ("nb", "– Vi kan bekrefte at lederen er drept, sier talsperson Andrij Jusov.", ("confirmed", "Andrij Jusov")),
        ("nn", "– Eg kan stadfeste at to personar er arresterte, seier lensmann Kari Berg.", ("confirmed", "Kari Berg")),
    ],
)
def test_first_person_confirmation_in_a_quote_is_the_speaker_s(code, text, expected):
    """A confirmation in the first person inside a quote is the quoted speaker's."""
    assert expected in _read(code, text)


def test_first_person_confirmation_outside_a_quote_names_no_speaker():
    assert _read("nb", "Vi kan bekrefte at vi har mottatt brevet.") == []
