"""Speakers and sources in Norwegian reports (landing 25, issue #10).

Each text is ours, written in the shape of Norwegian war reports read this round: a common
noun that merely ends in a body's ending ("områ|det" is no "-rådet") never speaks for a
pronoun after it; two people or outlets joined by "og" after the cue, after "ifølge" or
closing a report speak together, neither alone; a role brought in by role ("En rådgiver for
president X hevder") joins no person named next who is given a role of his own; and people
opening a clause ("Vitner forteller AFP at", "mens vitner ...") speak, not the outlet told.
"""

from __future__ import annotations

import pytest

from sourcetrace.analysis import analyze
from sourcetrace.ingest import SourceDoc
from sourcetrace.pipeline.cues import has_suffix, lexicon


def reading(text: str, lang: str = "nb"):
    return analyze(SourceDoc(text=text, origin="spk25"), lang=lang)


def speaker_of(text: str, words: str, lang: str = "nb") -> str | None:
    """The speaker of the one quote whose text holds ``words``."""
    quotes = reading(text, lang).quotes
    found = [q.speaker.name if q.speaker else None for q in quotes if words in q.text]
    assert len(found) == 1, [(q.text, q.speaker) for q in quotes]
    return found[0]


def sources(text: str, lang: str = "nb") -> set[str]:
    """The names of the document's sourcing statements' sources."""
    return {a.source.name for a in reading(text, lang).attributions if a.source is not None}


@pytest.mark.parametrize("word", ["området", "grenseområdet", "forrådet"])
def test_a_word_merely_ending_in_a_body_ending_is_no_body(word: str) -> None:
    suffixes = lexicon("nb").org_suffixes
    assert not has_suffix(word, suffixes)
    # the bodies' own words and compounds of them still are
    assert all(has_suffix(body, suffixes) for body in ("rådet", "sikkerhetsrådet", "bystyrerådet"))


@pytest.mark.parametrize("lang", ["nb", "nn"])
def test_an_area_never_speaks_for_the_pronoun_after_it(lang: str) -> None:
    text = (
        "Bygda ligger tett ved fronten.\n\n"
        "Området nord for skolen er fullt av miner. I kveld frykter de at vinteren blir lang.\n"
    )
    assert speaker_of(text, "vinteren blir lang", lang) != "Området"


def test_two_people_after_the_cue_speak_together() -> None:
    text = "Derfor mener Ola Nordmann og Kari Berg at brua ble ødelagt med vilje.\n"
    assert speaker_of(text, "brua ble ødelagt") == "Ola Nordmann og Kari Berg"


def test_two_people_closing_a_report_speak_together() -> None:
    text = "Brua ble ødelagt i natt, forteller Ola Nordmann og Kari Berg.\n"
    assert speaker_of(text, "Brua ble ødelagt") == "Ola Nordmann og Kari Berg"
    # a verb joined after the name joins no second speaker
    text = "Brua ble ødelagt i natt, sier Ola Nordmann og legger til at ingen ble skadd.\n"
    assert speaker_of(text, "Brua ble ødelagt") == "Ola Nordmann"


@pytest.mark.parametrize(
    ("opening", "joint"),
    [
        ("Ifølge Reuters og AFP", "Reuters og AFP"),
        ("Ifølge Ola Nordmann og Kari Berg", "Ola Nordmann og Kari Berg"),
    ],
)
def test_two_sources_after_according_to_are_one_joint_source(opening: str, joint: str) -> None:
    text = f"{opening} ble fire personer skadd i angrepet mot havna.\n"
    assert speaker_of(text, "fire personer skadd") == joint
    assert joint in sources(text)


def test_a_role_brought_in_by_role_never_joins_a_person_given_a_role_of_his_own() -> None:
    text = (
        "Flere titalls er såret, melder lokale medier.\n\n"
        "En rådgiver for president Petrenko hevder 200 soldater har falt.\n\n"
        "Byen er omringet fra tre kanter, sier Ola Nordmann som er major og lærer ved "
        "Krigsskolen.\n"
    )
    assert speaker_of(text, "200 soldater") == "En rådgiver for president Petrenko"
    assert speaker_of(text, "omringet") == "Ola Nordmann"


@pytest.mark.parametrize(
    ("text", "words", "wanted"),
    [
        ("Vitner forteller NRK at flyplassen står i brann.\n", "flyplassen", "Vitner"),
        (
            "Broen ble sprengt i natt, mens vitner forteller NTB at skytingen fortsatte.\n",
            "skytingen",
            "vitner",
        ),
        ("Noen forteller VG at de hørte tre smell.\n", "tre smell", "Noen"),
    ],
)
def test_people_opening_a_clause_tell_the_outlet_after_the_verb(text: str, words: str, wanted: str) -> None:
    assert speaker_of(text, words) == wanted


@pytest.mark.parametrize(
    ("text", "words", "wanted"),
    [
        (
            "En rådgiver for president Petrenko hevder at 200 soldater har falt.\n",
            "200 soldater",
            "En rådgiver for president Petrenko",
        ),
        ("Advokaten til Ola Nordmann sier at han var hjemme.\n", "var hjemme", "Advokaten til Ola Nordmann"),
    ],
)
def test_one_who_speaks_for_a_named_person_is_the_speaker_and_source(text: str, words: str, wanted: str) -> None:
    assert speaker_of(text, words) == wanted
    # a claim ("hevder") is a sourcing statement of the same one, never of the person named
    assert sources(text) == ({wanted} if "hevder" in text else set())


@pytest.mark.parametrize(
    ("opening", "holder"),
    [("Etter Forsvarets vurdering", "Forsvaret"), ("Etter NATOs syn", "NATO")],
)
def test_a_view_named_by_its_holder_in_the_genitive_is_the_holders_report(opening: str, holder: str) -> None:
    text = (
        f"{opening} vil fienden angripe havnebyen igjen før jul.\n\n"
        # the same preposition before a time phrase names no view
        "Etter angrepet sa ordføreren at tre var døde. Etter krigens første uke var byen tom.\n"
    )
    assert speaker_of(text, "angripe havnebyen") == holder
    assert speaker_of(text, "tre var døde") == "ordføreren"
    assert sources(text) == {holder}
