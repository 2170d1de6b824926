"""Kinds of Norwegian indirect quote and sourcing statement read wrong in the twenty-fourth round
(issue #10), found on new Bokmål and Nynorsk war reporting (NTB copy in regional papers, NRK,
Aftenbladet): the subject after a cue that a fronted "Ifølge X" or adverb puts behind the verb
("Ifølge BBC sier den ukrainske hæren at ..."), whose article "den"/"de" was taken for a pronoun
pointing back to the outlet just named; and a role after a place's genitive ("sier Moskvas
ordfører at"), whose noun the tagger reads as a verb ("-fører"), so the speaker was the place;
a data compound ("ifølge flytrafikkdata") the tagger reads as a definite person noun, resolved to
whoever spoke last; and forms of "could not verify" with the checked thing as subject
("Opplysningene er ikke mulig å verifisere"), with "få bekreftet", or "kan ikke etterprøves";
and a name with the writer's parenthesis set off by a comma before its cue ("Kari Nordmann
(forsker ved NUPI), mener ..."), read as a closing cue whose report was the name; and an
adjective cue after a copula joined to the verb before ("ønsker ..., men er klar på at"), which
had no subject; and two sources joined after "ifølge" ("Ifølge politiet og brannvesenet er ..."),
where only the first spoke and the report began at "og"; and a report that ran on over the
according-to phrase closing it ("X sier at ..., ifølge Reuters").
The sentences are written for these tests in the shape of Norwegian news copy."""

from __future__ import annotations

import pytest

from conftest import read_attributions


def _reading(code: str, text: str):
    """The reading sourcetrace gives ``text``."""
    from sourcetrace.analysis import analyze
    from sourcetrace.ingest import SourceDoc

    return analyze(SourceDoc(text=text, origin="test"), lang=code)


def _indirect(code: str, text: str) -> list[tuple[str | None, str]]:
    """The (speaker name, quoted text) pairs of the indirect quotes read in ``text``."""
    return [
        (quote.speaker.name if quote.speaker else None, quote.text)
        for quote in _reading(code, text).quotes
        if quote.kind == "indirect"
    ]


@pytest.mark.parametrize(
    ("code", "text", "speaker", "content"),
    [
        # the article of an inverted subject after a fronted source: no pronoun for the outlet
        (
            "nb",
            "Kampene fortsetter. Ifølge AFP sier den ukrainske hæren at to landsbyer er gjenerobret.",
            "den ukrainske hæren",
            "to landsbyer er gjenerobret",
        ),
        (
            "nb",
            "Kampene fortsetter. Ifølge Reuters opplyser den russiske forsvarsledelsen at 30 droner ble skutt ned.",
            "den russiske forsvarsledelsen",
            "30 droner ble skutt ned",
        ),
        (
            "nb",
            "NTB melder om nye angrep. Samtidig hevder de lokale myndighetene at ingen er skadd.",
            "de lokale myndighetene",
            "ingen er skadd",
        ),
        # a role after a place's genitive, tagged as a verb, is the head of the inverted subject
        (
            "nb",
            "Kampene fortsetter. Ifølge NTB sier Moskvas ordfører at flyplassene er stengt.",
            "Moskvas ordfører",
            "flyplassene er stengt",
        ),
        (
            "nb",
            "Kampene fortsetter. Natt til søndag skriver Belgorods ordfører at strømmen er borte.",
            "Belgorods ordfører",
            "strømmen er borte",
        ),
    ],
)
def test_inverted_subject_speaker(code, text, speaker, content):
    assert (speaker, content) in _indirect(code, text)



@pytest.mark.parametrize(
    ("code", "text", "person"),
    [
        # a compound naming data, read by the tagger as a definite noun, is no one who spoke
        (
            "nb",
            "Droner over Kursk\n\nGuvernør Ivan Petrov skriver på Telegram at en drone ble skutt ned.\n\n"
            "Flytrafikken ble stanset. Over 30 fly ble forsinket, ifølge flysporingsdata.",
            "Ivan Petrov",
        ),
        (
            "nn",
            "Droner over Kursk\n\nGuvernør Ivan Petrov skriv på Telegram at ei drone vart skoten ned.\n\n"
            "Flytrafikken vart stansa. Over 30 fly vart forseinka, ifølgje flysporingsdata.",
            "Ivan Petrov",
        ),
    ],
)
def test_data_compound_is_no_earlier_speaker(code, text, person):
    reading = _reading(code, text)
    according = [ann for ann in reading.attributions if "ifølg" in ann.evidence.text.lower()]
    assert according, "the according-to statement is read"
    assert all(ann.source.name != person for ann in according)
    said = [q.speaker.name for q in reading.quotes if q.kind == "indirect" and "fly" in q.text]
    assert said and person not in said


@pytest.mark.parametrize(
    ("code", "text", "expected"),
    [
        # the checked thing as the subject of "er ikke mulig å verifisere"
        ("nb", "Tapstallene er ikke mulig å verifisere.", ("could-not-verify", "the publication")),
        ("nb", "Bildene har foreløpig ikke vært mulig å bekrefte uavhengig.", ("could-not-verify", "the publication")),
        ("nn", "Tapstala er ikkje mogleg å stadfeste.", ("could-not-verify", "the publication")),
        # "få bekreftet" after the impersonal "det er ikke mulig å"
        ("nb", "Det er ikke mulig å få bekreftet dødstallet fra uavhengig hold.", ("could-not-verify", "the publication")),
        ("nn", "Det er ikkje mogleg å få stadfesta dødstalet.", ("could-not-verify", "the publication")),
        # a modal passive of checking other than "verifiseres/bekreftes"
        ("nb", "Påstanden fra militsen kan ikke etterprøves.", ("could-not-verify", "the publication")),
        ("nn", "Påstanden frå militsen kan ikkje etterprøvast.", ("could-not-verify", "the publication")),
    ],
)
def test_could_not_verify_forms(sourcing_nlps, code, text, expected):
    assert expected in read_attributions(sourcing_nlps, code, text)



@pytest.mark.parametrize(
    ("code", "text", "speaker", "content"),
    [
        # a name and the writer's parenthesis about it, set off by a comma before the cue
        (
            "nb",
            "Marit Dahl (tidligere rådgiver i Forsvarsdepartementet), mener fronten kan holde vinteren.",
            "Marit Dahl",
            "fronten kan holde vinteren",
        ),
        (
            "nb",
            "Per Lunde (forsker ved NUPI / tidligere major i Hæren), sier at angrepet var ventet.",
            "Per Lunde",
            "angrepet var ventet",
        ),
        (
            "nn",
            "Marit Dahl (tidlegare rådgjevar i Forsvarsdepartementet), meiner fronten kan halde vinteren.",
            "Marit Dahl",
            "fronten kan halde vinteren",
        ),
    ],
)
def test_parenthesis_before_the_cue_comma(code, text, speaker, content):
    assert (speaker, content) in _indirect(code, text)


@pytest.mark.parametrize(
    ("code", "text", "speaker", "content"),
    [
        # an adjective cue after a copula, joined to the verb before by "men"/"og"
        (
            "nb",
            "Ordføreren ønsker flere luftvernsystemer, men er klar på at byen ikke skal tømmes.",
            "Ordføreren",
            "byen ikke skal tømmes",
        ),
        (
            "nb",
            "Brigadesjefen roste soldatene og var sikker på at linjen ville holde.",
            "Brigadesjefen",
            "linjen ville holde",
        ),
        (
            "nn",
            "Ordføraren ønskjer fleire luftvernsystem, men er klar på at byen ikkje skal tømmast.",
            "Ordføraren",
            "byen ikkje skal tømmast",
        ),
    ],
)
def test_adjective_cue_shares_the_subject(code, text, speaker, content):
    assert (speaker, content) in _indirect(code, text)


@pytest.mark.parametrize(
    ("code", "text", "speaker", "content"),
    [
        # two sources joined by "og" after "ifølge": they speak together, the report follows both
        (
            "nb",
            "Ifølge politiet og brannvesenet er fire personer skadd.",
            "politiet og brannvesenet",
            "er fire personer skadd",
        ),
        (
            "nb",
            "Ifølge generalstaben og Kharkivs guvernør ble sju raketter skutt ned.",
            "generalstaben og Kharkivs guvernør",
            "ble sju raketter skutt ned",
        ),
        (
            "nb",
            "Ifølge Reuters og AFP er broen ødelagt.",
            "Reuters og AFP",
            "er broen ødelagt",
        ),
        (
            "nn",
            "Ifølgje politiet og brannvesenet er fire personar skadde.",
            "politiet og brannvesenet",
            "er fire personar skadde",
        ),
    ],
)
def test_coordinated_according_sources(code, text, speaker, content):
    assert (speaker, content) in _indirect(code, text)


@pytest.mark.parametrize(
    ("code", "text", "speaker", "content"),
    [
        # an according-to phrase closing the report names who relayed it, no part of it
        (
            "nb",
            "Guvernøren sier at tre hus brant ned, ifølge nyhetsbyrået Reuters.",
            "Guvernøren",
            "tre hus brant ned",
        ),
        (
            "nb",
            "En talsmann for hæren sier at broen er sprengt og at ingen ble skadd, ifølge kringkasteren Suspilne.",
            "En talsmann for hæren",
            "broen er sprengt og at ingen ble skadd",
        ),
        (
            "nn",
            "Guvernøren seier at tre hus brann ned, ifølgje nyheitsbyrået Reuters.",
            "Guvernøren",
            "tre hus brann ned",
        ),
    ],
)
def test_according_tail_ends_the_report(code, text, speaker, content):
    assert (speaker, content) in _indirect(code, text)
