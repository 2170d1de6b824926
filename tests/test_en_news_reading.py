"""English general news and interviews read right (issue #10, session en7): kinds of error
found on real news, sport, science and interview texts kept outside the repository, each
tested on sentences we wrote in the same shape. Every test runs with the rules alone
(``blank``) and, where installed, with the shipped English pipeline."""

from __future__ import annotations

import pytest

from sourcetrace.analysis import analyze
from sourcetrace.ingest import SourceDoc
from sourcetrace.pipeline.models import shipped_model_path

MODELS = ["blank"] + ([None] if shipped_model_path("en") is not None else [])


def read(text: str, model: str | None):
    """The reading of ``text`` as an English article."""
    return analyze(SourceDoc(text=text, origin="written.txt"), lang="en", model=model)


def speaker_of(text: str, quote_start: str, model: str | None) -> str | None:
    """The speaker name the reading gives the quote whose text starts with ``quote_start``."""
    reading = read(text, model)
    found = [q for q in reading.quotes if q.text.startswith(quote_start)]
    assert found, f"no quote starting {quote_start!r} in {[q.text for q in reading.quotes]}"
    return found[0].speaker.name if found[0].speaker else None


INTERVIEW = (
    "Anna Berg: An interview with the harbour poet\n\n"
    "You have had a lot of attention lately.\n\n"
    "When people meet me they say, 'Hey Anna, I read your poem,' and I say, 'Thank you, "
    "I wrote it for you.' It is funny.\n\n"
    "What do you think when that happens?\n\n"
    "I like it. My mother once told me, 'Write what you see.' Now I tell the children, "
    "'Look around you.'\n"
)


@pytest.mark.parametrize("model", MODELS)
def test_an_interview_answers_i_is_the_interviewee(model: str | None) -> None:
    """In an interview's answers (and a prompt's answer before the first question) the "I"
    outside quote marks who says something is the interviewee the heading names, not "I"
    and not the people quoted just before."""
    assert speaker_of(INTERVIEW, "Thank you, I wrote", model) == "Anna Berg"
    assert speaker_of(INTERVIEW, "Look around you", model) == "Anna Berg"
    assert speaker_of(INTERVIEW, "Write what you see", model) == "My mother"


@pytest.mark.parametrize("model", MODELS)
def test_i_outside_an_interview_is_not_resolved_to_the_interviewee(model: str | None) -> None:
    """A news story is no interview: its heading names none, so no one is made the
    interviewee (the reporter's "I" is left alone)."""
    text = INTERVIEW.replace("An interview with", "A visit to")
    assert speaker_of(text, "Thank you, I wrote", model) != "Anna Berg"


@pytest.mark.parametrize("model", MODELS)
def test_the_demonym_after_a_named_coach_is_the_coach(model: str | None) -> None:
    """"The Dane" after "Coach Per Hansen" is an epithet for him (a name takes no article):
    the "he" after it is still Per Hansen, not a new person called "Dane"."""
    text = (
        "Headline\n\n"
        "Coach Per Hansen said his team played well.\n\n"
        "The Dane regretted that his players could not follow the plan.\n\n"
        '"We need to work harder," he said.\n'
    )
    assert speaker_of(text, "We need to work harder", model) == "Per Hansen"


@pytest.mark.parametrize("model", MODELS)
def test_a_time_adverbial_after_the_name_is_not_part_of_the_speaker(model: str | None) -> None:
    """"Wim Koevermans after his team's loss to Nepal insisted": the speaker and the claimant
    are the person, not the loss; "a day after Turkey's president said" keeps the clause's
    subject."""
    text = (
        "Headline\n\n"
        "Piet Vermolen after his team's defeat in Lima insisted the squad had done enough.\n"
    )
    reading = read(text, model)
    assert [q.speaker.name for q in reading.quotes if q.speaker] == ["Piet Vermolen"]
    assert [a.source.name for a in reading.attributions] == ["Piet Vermolen"]
    later = "Headline\n\nThe strike came a day after Turkey's president said the talks failed.\n"
    assert speaker_of(later, "the talks failed", model) == "Turkey's president"


def indirect(text: str, model: str | None) -> list[tuple[str, str | None]]:
    """The indirect quotes read in ``text``: their text and speaker name."""
    return [
        (q.text, q.speaker.name if q.speaker else None)
        for q in read(text, model).quotes
        if q.kind == "indirect"
    ]


@pytest.mark.parametrize("model", MODELS)
def test_a_cue_coordinated_with_an_earlier_verb_has_its_subject(model: str | None) -> None:
    """"Karin Lund did not rule out new taxes, said the country would cut its budget": the
    phrase after "said" opens the reported clause (a modal follows it), so it is no speaker
    set after the cue; Karin Lund says it, and what she says follows the cue."""
    text = (
        "Headline\n\n"
        "The minister held a long meeting on Tuesday: Karin Lund did not rule out new taxes, "
        "said the country would cut its budget next year.\n"
    )
    found = indirect(text, model)
    assert len(found) == 1
    assert found[0][0].startswith("the country would cut its budget")
    assert found[0][1] == "Karin Lund"
    after = "Headline\n\nPrices will rise, said the minister on Monday.\n"
    assert indirect(after, model) == [("Prices will rise", "the minister")]


@pytest.mark.parametrize("model", MODELS)
def test_a_participle_adverbial_before_he_said_is_no_report(model: str | None) -> None:
    """"Talking about what changed in the second half, he said," then the quote: the words
    before the cue say what he spoke about, they are not what he said; a clause before "he
    said." still is."""
    text = (
        "Headline\n\n"
        "Coach Per Hansen said his team deserved the win.\n\n"
        "Talking about what changed in the second half, he said,\n\n"
        '"We kept the ball well and we did not panic."\n\n'
        "Fighting for the ball in midfield decided the game, he said.\n"
    )
    found = [q for q, _ in indirect(text, model)]
    assert not any(q.startswith("Talking about") for q in found)
    assert "Fighting for the ball in midfield decided the game" in found
    assert speaker_of(text, "We kept the ball", model) == "Per Hansen"


@pytest.mark.parametrize("model", MODELS)
def test_a_cue_set_between_a_short_subject_and_its_predicate(model: str | None) -> None:
    """"This finding, the researchers said, can explain how planets form": the report is the
    subject before the cue and the predicate after it, the researchers' both."""
    text = "Headline\n\nThis finding, the researchers said, can explain how planets form.\n"
    found = indirect(text, model)
    assert ("This finding", "the researchers") in found
    assert ("can explain how planets form", "the researchers") in found


@pytest.mark.parametrize("model", MODELS)
def test_a_relaying_verb_ends_the_speaker_of_a_relative_clause(model: str | None) -> None:
    """"The newspaper quoted critics who said ...": the critics say it; the relaying verb
    before them is no part of the speaker's phrase, whatever a tagger makes of it."""
    text = "Headline\n\nThe newspaper quoted critics who said the plan was illegal.\n"
    assert indirect(text, model) == [("the plan was illegal", "critics")]


@pytest.mark.parametrize("model", MODELS)
def test_a_place_dateline_with_a_colon_is_no_speaker(model: str | None) -> None:
    """"Oslo: Football coach Per Hansen did not say ..., but insisted ...": the place before
    the colon is the dateline; the coach both says and claims it."""
    text = (
        "Coach loses again\n\n"
        "Oslo: Football coach Per Hansen did not say that the rivals were better, but insisted "
        "his players had reached their goal.\n"
    )
    reading = read(text, model)
    assert [q.speaker.name for q in reading.quotes if q.speaker] == ["Per Hansen"]
    assert [a.source.name for a in reading.attributions] == ["Per Hansen"]


@pytest.mark.parametrize("model", MODELS)
def test_a_dated_agency_dateline_is_no_part_of_the_report(model: str | None) -> None:
    """"Sept 18 (Reuters) - A suspect has been arrested ..., authorities said": the report
    starts after the dateline; a parenthesis that names no outlet stays in it."""
    text = (
        "Headline\n\n"
        "Sept 18 (Reuters) - A suspect has been arrested in the shootings, authorities said on "
        "Friday.\n\n"
        "The army (AFU) - a force of many - held the town, officials said.\n"
    )
    found = [q for q, _ in indirect(text, model)]
    assert "A suspect has been arrested in the shootings" in found
    assert "The army (AFU) - a force of many - held the town" in found
