"""English war reporting read right (issue #10, session en5): kinds of error found on real
war reports kept outside the repository, each tested on sentences we wrote in the same shape.
Every test runs with the rules alone (``blank``) and, where installed, with the shipped
English pipeline, since the kinds must hold for both."""

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


@pytest.mark.parametrize("model", MODELS)
def test_he_said_continues_the_speaker_not_the_man_beside_him(model: str | None) -> None:
    """A man named only beside the speaker (an apposition, the one told) is not who "he"
    is in the next sentence: the next report continues with the speaker."""
    text = (
        "Headline\n\n"
        "Army chief Oleh Marchenko, sitting beside President Petro Moroz, told the president "
        "that troops held most of the town. He said more than half of the next town was "
        "also held. The heaviest fighting was near the river, he said.\n"
    )
    assert speaker_of(text, "more than half", model) == "Oleh Marchenko"
    assert speaker_of(text, "The heaviest fighting", model) == "Oleh Marchenko"


@pytest.mark.parametrize("model", MODELS)
def test_he_said_after_a_sentence_about_someone_else_still_finds_him(model: str | None) -> None:
    """The guard keeps to the speaker's own sentence: a man who is the news of a later
    sentence is still the one "he" refers to."""
    text = (
        "Headline\n\n"
        "Coach Ivan Sirko said the team had trained hard. In the second half Taras Bulba scored "
        "twice. He said the goals were for his father.\n"
    )
    assert speaker_of(text, "the goals were", model) == "Taras Bulba"


def indirect_texts(text: str, model: str | None) -> list[str]:
    """The texts of the indirect quotes read in ``text``."""
    return [q.text for q in read(text, model).quotes if q.kind == "indirect"]


@pytest.mark.parametrize("model", MODELS)
def test_the_complementizer_still_opens_the_report(model: str | None) -> None:
    """'told reporters on Tuesday that ...': no finite verb stands before the complementizer,
    so the report begins after it as before."""
    text = "Headline\n\nThe governor told reporters on Tuesday that the bridge had been hit twice.\n"
    assert indirect_texts(text, model) == ["the bridge had been hit twice"]


@pytest.mark.parametrize("model", MODELS)
@pytest.mark.parametrize("when", ["last month", "last year", "this month"])
def test_a_time_phrase_after_the_cue_is_not_the_report(model: str | None, when: str) -> None:
    """'warned last month Russia was ...': the time phrase belongs to the cue."""
    text = f"Headline\n\nPresident Mykola Bondar warned {when} Russia was massing troops in the north.\n"
    assert indirect_texts(text, model) == ["Russia was massing troops in the north"]


@pytest.mark.parametrize("model", MODELS)
def test_a_people_adjective_before_a_role_is_no_name(model: str | None) -> None:
    """'the Chechen leader said': a tagger may take "Chechen" for a person; the parse makes it
    a modifier of "leader", so the description stands and joins the leader named before."""
    text = (
        "Headline\n\nRamzan Kadyrov said on Sunday that his fighters had taken a village. "
        '"It is the village of Lypky, near the border," the Chechen leader said in a post on '
        "Telegram.\n"
    )
    assert speaker_of(text, "It is the village", model) == "Ramzan Kadyrov"


@pytest.mark.parametrize("model", MODELS)
def test_a_quote_ending_its_sentence_keeps_the_cue_before_it(model: str | None) -> None:
    """'X wrote on Telegram that "... city." Y said the ...': the quote closes X's sentence;
    Y's cue in the next sentence reports its own clause, which is read too."""
    text = (
        "Headline\n\nA senior adviser, Ivan Hrytsenko, wrote on Telegram that “about 12 "
        "missiles were launched at the city.” Air force spokesman Yuriy Tkach said the "
        "missiles were cruise missiles fired from bombers.\n"
    )
    assert speaker_of(text, "about 12 missiles", model) == "Ivan Hrytsenko"
    assert speaker_of(text, "the missiles were cruise", model) == "Yuriy Tkach"


@pytest.mark.parametrize("model", MODELS)
def test_a_quote_without_a_cue_before_still_takes_the_cue_after(model: str | None) -> None:
    """'"We held the line." Tkach said on Monday.': with no cue before it, the quote keeps
    the one after it, as before."""
    text = 'Headline\n\n"We held the line through the night." Yuriy Tkach said on Monday.\n'
    assert speaker_of(text, "We held the line", model) == "Yuriy Tkach"


def attributions(text: str, model: str | None) -> list[tuple[str, str | None]]:
    """(relation, source name) of every sourcing statement read in ``text``."""
    return [
        (a.relation, a.source.name if a.source else None) for a in read(text, model).attributions
    ]


@pytest.mark.skipif(shipped_model_path("en") is None, reason="needs the English parse")
@pytest.mark.parametrize(
    ("sentence", "source"),
    [
        ("The town was quiet on Monday and a local official denied the claim.", "a local official"),
        (
            "There was no word from the ministry and a regional governor denied the report.",
            "a regional governor",
        ),
        ("Ukraine and Russia denied the report.", "Ukraine and Russia"),
        ("The defence ministry and the army have denied the claims.", "The defence ministry and the army"),
    ],
)
def test_the_source_of_a_denial_is_the_parsed_subject(sentence: str, source: str) -> None:
    """'... was quiet on Monday and a local official denied': the source is the subject the
    parse gives the cue, not the earlier clause read leftwards; coordinated subjects stay."""
    assert ("denied", source) in attributions(f"Headline\n\n{sentence}\n", None)


@pytest.mark.parametrize("model", MODELS)
def test_an_outlet_relaying_a_report_does_not_take_its_quoted_words(model: str | None) -> None:
    """'X said the situation was "difficult", Interfax news agency reported': the words in
    marks are X's; the agency is recorded as the relaying source, not as a speaker."""
    text = (
        "Headline\n\nPresident Petro Moroz said the situation in the east was \u201cdifficult "
        "but under control\u201d, Interfax news agency reported.\n"
    )
    reading = read(text, model)
    direct = [q for q in reading.quotes if q.kind == "direct"]
    assert [(q.text, q.speaker.name if q.speaker else None) for q in direct] == [
        ("difficult but under control", "Petro Moroz")
    ]
    assert all(q.speaker and q.speaker.name == "Petro Moroz" for q in reading.quotes)
    assert ("reported", "Interfax news agency") in attributions(text, model)


@pytest.mark.parametrize("model", MODELS)
def test_a_quote_opening_its_sentence_keeps_the_outlet_cue(model: str | None) -> None:
    """'"...", TASS reported': with no cue before the quote, the outlet's cue stays the one
    that names who is quoted, as before."""
    text = 'Headline\n\n"The bridge is closed to all traffic until further notice," TASS reported.\n'
    assert speaker_of(text, "The bridge is closed", model) == "TASS"


@pytest.mark.parametrize("model", MODELS)
@pytest.mark.parametrize(
    ("subject", "when"),
    [("Ukraine", "on Monday"), ("The governor", "on Tuesday night"), ("The mayor", "on Friday")],
)
def test_a_time_phrase_between_subject_and_cue_is_not_the_speaker(
    model: str | None, subject: str, when: str
) -> None:
    """'Ukraine on Monday said ...' (wire style): the time phrase closes the subject, which
    stays the speaker; the report is read, not lost to a subject taken after the cue."""
    text = f'Headline\n\n{subject} {when} said the town was "completely destroyed" by shelling.\n'
    reading = read(text, model)
    assert {(q.kind, q.speaker.name if q.speaker else None) for q in reading.quotes} == {
        ("indirect", subject),
        ("direct", subject),
    }


@pytest.mark.skipif(shipped_model_path("en") is None, reason="needs the English parse")
@pytest.mark.parametrize("role", ["local governor", "regional governor", "deputy mayor"])
def test_a_name_the_tagger_reads_whole_is_not_cut_by_the_parse(role: str) -> None:
    """'..., local governor Yuri Slyusar said': the parse may hang the first name elsewhere;
    the entity recogniser and the rules both read one person, whose full name stays."""
    text = f"Headline\n\nThe region was attacked overnight, {role} Yuri Slyusar said on Telegram.\n"
    assert speaker_of(text, "The region was attacked", None) == "Yuri Slyusar"


@pytest.mark.parametrize("model", MODELS)
def test_a_lede_role_joins_the_holder_named_later(model: str | None) -> None:
    """A wire lede introduces by role ("A Russian regional governor said ...") whom the next
    paragraph names with that title: both are one speaker, by the fullest name."""
    text = (
        "Headline\n\nA Russian regional governor said on Thursday that drone attacks had been "
        "repelled overnight.\n\nThe Rostov region was attacked by the enemy, local governor Yuri "
        "Slyusar said on Telegram.\n"
    )
    assert speaker_of(text, "drone attacks had been", model) == "Yuri Slyusar"


@pytest.mark.parametrize("model", MODELS)
def test_an_indefinite_role_outside_the_lede_stays_someone_new(model: str | None) -> None:
    """Later in the story "a governor" is someone not yet named, not the governor named
    afterwards by that title."""
    text = (
        "Headline\n\nThe Rostov region was attacked overnight, officials said.\n\n"
        "A regional governor said that drone attacks had been repelled.\n\n"
        "The fire was put out by morning, governor Yuri Slyusar said on Telegram.\n"
    )
    assert speaker_of(text, "drone attacks had been", model) == "A regional governor"


@pytest.mark.parametrize("model", MODELS)
@pytest.mark.parametrize(
    ("sentence", "clause"),
    [
        (
            "\u201cMore than three dozen drones\u201d were launched overnight, he said.",
            "\u201cMore than three dozen drones\u201d were launched overnight",
        ),
        (
            "The region was \u201csubjected to a massive attack\u201d, the governor said.",
            "The region was \u201csubjected to a massive attack\u201d",
        ),
    ],
)
def test_a_partial_quote_before_its_cue_is_also_reported_speech(
    model: str | None, sentence: str, clause: str
) -> None:
    """The guide: a partial quote inside reported speech is a direct quote of the quoted words
    and the clause is an indirect quote, also when the cue follows the clause."""
    text = f"Headline\n\nOfficials counted the damage on Monday.\n\n{sentence}\n"
    assert clause in indirect_texts(text, model)


@pytest.mark.parametrize("model", MODELS)
def test_a_whole_quote_with_its_cue_is_no_indirect_quote(model: str | None) -> None:
    """'"Firefighters are fighting the fire," Slyusar said, adding that ...': the quote is
    whole, so only the clause of "adding" is reported speech beside it."""
    text = (
        'Headline\n\n\u201cFirefighters are fighting the fire,\u201d Yuri Slyusar said, adding '
        "that the damage was being assessed.\n"
    )
    assert indirect_texts(text, model) == ["the damage was being assessed"]


@pytest.mark.parametrize("model", MODELS)
@pytest.mark.parametrize(
    ("sentence", "source"),
    [
        ("Prosecutors allege that the unit fired on civilians.", "Prosecutors"),
        ("The company maintains that it did nothing wrong.", "The company"),
        ("The union contends the cuts are illegal.", "The union"),
        ("The ministry asserted that the tests were safe.", "The ministry"),
    ],
)
def test_verbs_of_contested_assertion_are_claims(model: str | None, sentence: str, source: str) -> None:
    """The guide's `claimed`: X asserts something contested, whatever the verb of assertion."""
    assert ("claimed", source) in attributions(f"Headline\n\n{sentence}\n", model)


@pytest.mark.parametrize("model", MODELS)
def test_the_same_verbs_without_a_claim_are_none(model: str | None) -> None:
    """'maintained the road', 'asserted control', 'contend with mud': no assertion, no claim."""
    text = (
        "Headline\n\nThe army maintained the road. The general asserted control over the city. "
        "Troops had to contend with mud.\n"
    )
    assert attributions(text, model) == []


@pytest.mark.parametrize("model", MODELS)
@pytest.mark.parametrize("group", ["Opponents", "Rescuers", "Protesters", "Villagers"])
def test_a_plural_group_opening_a_sentence_is_no_name(model: str | None, group: str) -> None:
    """'Opponents say ...': a capitalised plural noun is a description, so a later "the
    minister" is not taken for the same speaker."""
    text = f"Headline\n\n{group} say the plan is too costly. The minister rejected the figures.\n"
    reading = read(text, model)
    speakers = {s.name: s.kind for s in reading.speakers}
    assert speakers.get(group) == "descriptive"
    assert ("denied", "The minister") in attributions(text, model)
