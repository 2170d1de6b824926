"""Speakers in Norwegian interviews and features (landing 15, issue #10).

Each text is ours, written in the shape of features from the front and of corpora that set one
sentence a paragraph: a dash quote after lines of narration about its speaker, and a speaker's
own question in the middle of a turn, which is no interviewer's question.
"""

from __future__ import annotations

import pytest

from sourcetrace.analysis import analyze
from sourcetrace.ingest import SourceDoc


def speakers(text: str, lang: str = "nb") -> dict[str, str | None]:
    """Each quote's text and its speaker's name."""
    reading = analyze(SourceDoc(text=text, origin="spk15"), lang=lang)
    return {q.text: q.speaker.name if q.speaker else None for q in reading.quotes}


def test_narration_that_names_no_one_else_keeps_the_last_speaker() -> None:
    text = "\n\n".join([
        "– Vi kjører ut hver natt, sier Oleksandr Kravets.",
        "Det er kaldt i bilen.",
        "Vi har med oss bandasjer og vann.",
        "Ingen av oss sover før det lysner.",
        "Han tenner en sigarett.",
        "Han ser ut over jordet.",
        "Bilen står parkert bak et lager.",
        "Det lukter diesel.",
        "– Det er ingen som vet hvor dronene kommer fra.",
    ])
    assert speakers(text)["Det er ingen som vet hvor dronene kommer fra."] == "Oleksandr Kravets"


@pytest.mark.parametrize(
    ("lang", "first", "question", "after"),
    [
        # the question speaks as "I" and to no one
        ("nb", "– Vi mistet tre biler i forrige uke, sier Oleksandr Kravets.",
         "– Hvorfor skulle jeg reise hjem nå?", "Bilene står i verkstedet i Dnipro."),
        ("nn", "– Vi miste tre bilar i førre veke, seier Oleksandr Kravets.",
         "– Kva skulle eg gjort annleis?", "Bilane står på verkstaden i Dnipro."),
        # the turn goes on, unmarked, in the first person
        ("nb", "– Vi mistet tre biler i forrige uke, sier Oleksandr Kravets.",
         "– Hvem skal erstatte dem?", "Ingen, det vet jeg."),
        # the cue split off into a paragraph of its own
        ("nb", "– Vi har gravd skyttergraver i tre måneder, sier Oleksandr Kravets.",
         "– Og hva har vi fått igjen for det?", "spør han og rister på hodet."),
    ],
)
def test_a_speakers_own_question_is_no_interviewers(lang: str, first: str, question: str, after: str) -> None:
    got = speakers("\n\n".join([first, question, after]), lang)
    assert got[question.removeprefix("– ")] == "Oleksandr Kravets"


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("– Vi har familie i Belgorod. Når vi ringer dit, tror de ikke på oss. Vi kan ikke bo der, "
         "sier Yuliia Marchenko.", "nb"),
        ("– Vi har familie i Belgorod. Når vi ringjer dit, trur dei ikkje på oss. Vi kan ikkje bu der, "
         "seier Yuliia Marchenko.", "nn"),
    ],
)
def test_a_verb_after_a_fronted_clause_inside_a_dash_quote_is_no_cue(text: str, lang: str) -> None:
    got = speakers(text, lang)
    assert len(got) == 1
    assert list(got.values()) == ["Yuliia Marchenko"]


@pytest.mark.parametrize(
    ("intro", "lang"),
    [
        ("Avisen møter 16 år gamle Darja og 22 år gamle Olena på grensestasjonen.", "nb"),
        ("Avisen møter 16-årige Darja og 22-årige Olena på grensestasjonen.", "nb"),
        ("Avisen møter Darja (16) og Olena (22) på grensestasjonen.", "nb"),
        ("Avisa møter 16 år gamle Darja og 22 år gamle Olena på grensestasjonen.", "nn"),
    ],
)
def test_an_age_noun_is_the_person_given_that_age(intro: str, lang: str) -> None:
    said = {
        "nb": ["– Vi sov i kjelleren i tre uker, forteller Darja.",
               "– Vi hadde ikke strøm, sier Olena.",
               "– Vannet tok slutt den andre uka, sier 16-åringen."],
        "nn": ["– Vi sov i kjellaren i tre veker, fortel Darja.",
               "– Vi hadde ikkje straum, seier Olena.",
               "– Vatnet tok slutt den andre veka, seier 16-åringen."],
    }[lang]
    got = speakers("\n\n".join([intro, *said]), lang)
    assert [got[line.split("– ")[1].split(", ")[0] + ","] for line in said] == ["Darja", "Olena", "Darja"]


@pytest.mark.parametrize(
    ("text", "lang", "quote"),
    [
        ("Russerne sier at lageret var et mål.\n\n– Jeg husker bare smellet, sier soldaten.", "nb",
         "Jeg husker bare smellet,"),
        ("Ukrainerne hevder at broen ble truffet.\n\n– Vi så ingenting herfra, sier vaktmannen.", "nb",
         "Vi så ingenting herfra,"),
    ],
)
def test_a_people_in_the_plural_is_no_antecedent_of_a_singular_description(
    text: str, lang: str, quote: str
) -> None:
    assert speakers(text, lang)[quote] == text.rsplit("sier ", 1)[1].rstrip(".")


def test_a_closing_ifolge_of_the_writers_own_sentence_ends_no_turn() -> None:
    text = "\n\n".join([
        "Marta forteller at soldatene har gravd seg ned i skolegården.",
        "– De tar med seg alt de finner i husene.",
        "Hun viser oss et bilde naboen tok av en tom ammunisjonskasse.",
        "NRK har ikke uavhengig bekreftet hvor bildet er tatt, men kassen ligner den russiske "
        "hæren bruker, ifølge NRKs undersøkelser.",
    ])
    assert speakers(text)["De tar med seg alt de finner i husene."] == "Marta"


def test_a_section_opening_quote_is_the_person_then_given_an_age() -> None:
    text = "\n\n".join([
        "Flere hundre tusen mennesker har forlatt byen siden president Vladimir Putin startet krigen.",
        "Noen ble igjen.",
        "Natten i kjelleren",
        "– Vi trodde aldri at de skulle komme så langt.",
        "Samme morgen som angrepet startet, flyttet sykepleieren Halyna (44) og sønnen inn hos naboen.",
        "– Vi hørte stridsvognene hele natta.",
    ])
    got = speakers(text)
    assert got["Vi trodde aldri at de skulle komme så langt."] == "Halyna"
    assert got["Vi hørte stridsvognene hele natta."] == "Halyna"


def test_a_name_spoken_about_by_the_speakers_pronoun_keeps_the_speaker() -> None:
    text = "\n\n".join([
        "– Vi skal bygge opp skolen igjen, sier Oksana Bilyk.",
        "Det er stille i gata.",
        "Oksana viser oss klasserommet der taket falt ned.",
        "Hun vil ikke la Vladimir Putin ta fra barna framtida.",
        "– Barna skal tilbake hit før jul.",
    ])
    assert speakers(text)["Barna skal tilbake hit før jul."] == "Oksana Bilyk"
