"""English speakers read right, round thirteen (issue #10, session en13): kinds of speaker error
found on new real English war reports (AP, Reuters, AFP, the Guardian, DW, VOA: soldiers and
residents quoted by first name or described by their age) kept outside the repository, each
tested on sentences we wrote in the same shape. Tests run with the rules alone (``blank``) where
the kind needs no parse, and with the shipped English pipeline where installed."""

from __future__ import annotations

import pytest

from sourcetrace.analysis import analyze
from sourcetrace.ingest import SourceDoc
from sourcetrace.pipeline.models import shipped_model_path

SHIPPED = [None] if shipped_model_path("en") is not None else []
MODELS = ["blank", *SHIPPED]


def speakers(text: str, model: str | None) -> list[tuple[str, str | None]]:
    """Each quote's text with its speaker's name, read from ``text`` as an English article."""
    reading = analyze(SourceDoc(text=f"Headline\n\n{text}\n", origin="written.txt"), lang="en", model=model)
    return [(q.text, q.speaker.name if q.speaker else None) for q in reading.quotes]


@pytest.mark.parametrize("model", SHIPPED)
def test_a_first_name_alone_is_the_person_a_description_takes_up(model: str | None) -> None:
    """'Oleh, the gunner, lifts his head ... "...," the 41-year-old soldier says': soldiers are
    often given by first name only, which the tagger misses; a known first name opening the
    sentence is a person, so the description by age refers back to him (the guide: descriptions
    resolve to the name), not a description of its own."""
    text = (
        "Oleh, the gunner, lifts his head and listens to the sky over the field.\n\n"
        "“That drone is ours,” the 41-year-old soldier says, checking his radio."
    )
    assert speakers(text, model) == [("That drone is ours,", "Oleh")]


@pytest.mark.parametrize("model", SHIPPED)
def test_a_first_name_before_its_verb_and_an_age_as_a_noun(model: str | None) -> None:
    """'Since the spring, Taras has dug ... "...," the 33-year-old says': a lone first name
    before its verb inside a sentence is a person, and an age used as a noun ('the
    33-year-old') is a description of a person that refers back to him."""
    text = (
        "The crew waits in the dugout.\n\n"
        "Since the spring, Taras has dug trenches with his unit near the river.\n\n"
        "“We dig every night,” the 33-year-old says."
    )
    assert speakers(text, model) == [("We dig every night,", "Taras")]


@pytest.mark.parametrize("model", SHIPPED)
def test_a_first_name_and_surname_tagged_a_place_is_a_person(model: str | None) -> None:
    """'Vitaliy Moroz walked us through ... "...," he said': a tagger may label a person's full
    name a place; a known first name with a capitalised surname after it is a person, so the
    pronoun resolves to him instead of being left as 'he'."""
    text = (
        "Vitaliy Moroz walked us through what was left of his house. "
        "Glass lay across the floor of his kitchen. "
        "“With a drone you have maybe ten seconds,” he said. “With a rocket you have none.”"
    )
    names = {name for _, name in speakers(text, model)}
    assert names == {"Vitaliy Moroz"}


@pytest.mark.parametrize("model", MODELS)
def test_an_adverb_between_subject_and_cue_is_no_part_of_the_speaker(model: str | None) -> None:
    """'The navy spokesman similarly reported that ...': the adverb before the cue ends
    the speaker's phrase, it is not the end of the speaker's name."""
    text = "The regional police spokesperson similarly reported that the road had been closed."
    names = {name for _, name in speakers(text, model)}
    assert names and not any(name and "similarly" in name for name in names)


@pytest.mark.parametrize("model", MODELS)
def test_a_manner_of_speaking_after_the_quote_is_its_cue(model: str | None) -> None:
    """'"Not yet!" shouted Bohdan.': features quote people with how they said it; 'shouted',
    'exclaimed', 'whispered' are cues as 'said' is, so the quote is read with its speaker."""
    text = "The platoon waited in the rain.\n\n“Not yet!” shouted Bohdan Lysenko.\n\n“Stay down,” whispered Bohdan Lysenko."
    assert speakers(text, model) == [("Not yet!", "Bohdan Lysenko"), ("Stay down,", "Bohdan Lysenko")]


@pytest.mark.parametrize("model", SHIPPED)
def test_a_first_name_alone_after_the_role_is_the_speaker(model: str | None) -> None:
    """'"...," said the commander of the platoon, Maksym, a man of few words.': a known first
    name set off after the role is who speaks (the guide's name over description), even with
    more apposition after it, and the pronoun later takes him up."""
    text = (
        "“Not today,” said the commander of the platoon, Maksym, a man of few words.\n\n"
        "Asked how long they can hold, he replies: “As long as we must.”"
    )
    assert speakers(text, model) == [("Not today,", "Maksym"), ("As long as we must.", "Maksym")]


@pytest.mark.parametrize("model", SHIPPED)
def test_a_capitalised_word_after_a_closing_cue_is_a_name_whatever_its_tag(model: str | None) -> None:
    """'"...," says Dima.': a short first name the tagger reads as an adjective is still the
    speaker; a capitalised word inside the sentence the text never writes in lower case is a
    name."""
    text = "The dugout is cold and damp.\n\n“We sleep in the day and work all night,” says Dima."
    assert speakers(text, model) == [("We sleep in the day and work all night,", "Dima")]


@pytest.mark.parametrize("model", SHIPPED)
def test_the_press_role_goes_to_the_person_given_it(model: str | None) -> None:
    """'Dutch reporter Pieter Smit met a farmer, Iryna Koval ... The NOS reporter said': the
    reporter is the person the title was given to, not the last speaker nor the other person
    the same sentence names; a name used as a modifier ('The NOS reporter') still says which
    role."""
    text = (
        "Dutch reporter Pieter Smit met a farmer, Iryna Koval, who stays near the front.\n\n"
        "Mr Smit said: “The shelling here starts every evening.”\n\n"
        "Ms Koval said: “We have nowhere else to go.”\n\n"
        "The NOS reporter said: “She wants her grandchildren to leave.”"
    )
    assert speakers(text, model)[-1] == ("She wants her grandchildren to leave.", "Pieter Smit")


@pytest.mark.parametrize("model", SHIPPED)
def test_a_second_apposition_describes_the_speaker_for_later(model: str | None) -> None:
    """'"...," said the leader of the crew, Oleksii Marchuk, a gunner with long service.' then
    '"...," says the gunner': the description after the name is his, so 'the gunner' takes him
    up and not another person described as a gunner before."""
    text = (
        "Taras Hnatiuk, the 24-year-old gunner, says the nights are the worst.\n\n"
        "“Keep your head down,” said the leader of the crew, Oleksii Marchuk, a gunner with long service.\n\n"
        "Oleksii Marchuk says he came to the front in the first week.\n\n"
        "“Now every day is the same,” says the gunner."
    )
    assert speakers(text, model)[-1] == ("Now every day is the same,", "Oleksii Marchuk")


@pytest.mark.parametrize("model", SHIPPED)
def test_a_plural_genitive_keeps_the_whole_description(model: str | None) -> None:
    """'The border guards’ spokesman said that ...': the apostrophe after a plural's -s is a
    genitive the tagger reads as a particle, so the speaker is the description as written, not
    the bare 'spokesman'; an apostrophe closing a quote is left alone."""
    text = "The border guards’ spokesman said that the crossing near the river was closed."
    assert speakers(text, model) == [("the crossing near the river was closed", "The border guards’ spokesman")]
