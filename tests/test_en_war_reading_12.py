"""English war reporting read right, round twelve (issue #10, session en12): kinds of sourcing and
speaker error found on eleven new real wire reports (AP, Reuters, AFP, Anadolu) of strikes, death
tolls and ministry claims kept outside the repository, each tested on sentences we wrote in the
same shape. Tests run with the rules alone (``blank``) and, where installed, with the shipped
English pipeline; kinds that need the parse run with the pipeline only."""

from __future__ import annotations

import pytest

from sourcetrace.analysis import analyze
from sourcetrace.ingest import SourceDoc
from sourcetrace.pipeline.models import shipped_model_path

SHIPPED = [None] if shipped_model_path("en") is not None else []
MODELS = ["blank", *SHIPPED]


def read(text: str, model: str | None):
    """The reading of ``text`` as an English article under a headline."""
    return analyze(SourceDoc(text=f"Headline\n\n{text}\n", origin="written.txt"), lang="en", model=model)


def relations(text: str, model: str | None) -> set[tuple[str, str | None]]:
    """The (relation, source name) pairs of the sourcing statements read in ``text``."""
    return {(a.relation, a.source.name if a.source else None) for a in read(text, model).attributions}


def indirect(text: str, model: str | None) -> list[tuple[str, str | None]]:
    """Each indirect quote's text with its speaker's name."""
    return [
        (q.text, q.speaker.name if q.speaker else None) for q in read(text, model).quotes if q.kind == "indirect"
    ]


@pytest.mark.parametrize("model", MODELS)
def test_a_name_right_after_its_description_is_the_source(model: str | None) -> None:
    """'according to the Russian news agency TASS': the name the description introduces is the
    source (the guide's fullest name), not 'the Russian news agency'; a person's name after a
    role with a body's word in it likewise."""
    found = {
        text: relations(text, model)
        for text in (
            "Two bridges were damaged, according to the Ukrainian news agency Ukrinform.",
            "The convoy was hit near the river, according to the Russian state news agency RIA Novosti.",
            "According to the Ukrainian military spokesman Oleh Marchenko, the attack was repelled.",
        )
    }
    assert list(found.values()) == [
        {("reported", "Ukrinform")},
        {("reported", "RIA Novosti")},
        {("reported", "Oleh Marchenko")},
    ]


@pytest.mark.parametrize("model", MODELS)
def test_a_name_in_apposition_after_a_role_opening_the_sentence(model: str | None) -> None:
    """'According to a regional spokesman, Ivan Petrenko, the ...': the name between the commas
    speaks, and the report starts after it."""
    text = "According to a regional spokesman, Mykola Hrytsenko, the power plant was shelled twice."
    assert relations(text, model) == {("reported", "Mykola Hrytsenko")}
    assert indirect(text, model) == [("the power plant was shelled twice", "Mykola Hrytsenko")]


@pytest.mark.parametrize("model", MODELS)
@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("The depot burned overnight, according to the General Staff update.", "General Staff"),
        ("Most of the victims were women, according to the city council report.", "city council"),
        ("Four villages lost power, according to the regional administration's morning update.", "regional administration"),
    ],
)
def test_a_document_in_according_to_is_its_issuer(model: str | None, text: str, source: str) -> None:
    """'according to the General Staff update': a document's issuer written before its noun (as
    a compound or in the genitive) is the source, never the document, nor 'Staff' read as the
    name after the title 'General'."""
    assert relations(text, model) == {("reported", source)}
    assert indirect(text, model)[0][1] == source


@pytest.mark.parametrize("model", MODELS)
def test_a_day_after_the_source_is_no_name(model: str | None) -> None:
    """'according to the army Sunday': AP writes the day right after the source; the day never
    speaks."""
    text = "Nine civilians were wounded, according to the Ukrainian army Sunday."
    assert relations(text, model) == {("reported", "Ukrainian army")}
    assert indirect(text, model) == [("Nine civilians were wounded", "Ukrainian army")]


@pytest.mark.parametrize("model", MODELS)
def test_a_wire_dateline_with_a_spaced_hyphen_is_no_part_of_the_speaker(model: str | None) -> None:
    """'MOSCOW (AA) - The ministry said ...': the dateline and the agency's credit before a
    hyphen set off by spaces are no words of the speaker's name."""
    text = "ODESA (AA) - The Ukrainian Navy said on Friday that two patrol boats had been sunk."
    assert indirect(text, model) == [("two patrol boats had been sunk", "Ukrainian Navy")]


@pytest.mark.parametrize("model", MODELS)
def test_a_passive_identified_without_agent_names_no_source(model: str | None) -> None:
    """'All 23 bodies have been identified': a passive whose subject is what was identified names
    no one who identified it (the bodies are never a source); the active verb still reads its
    subject as the one who identified."""
    assert not any(rel == "identified" for rel, _ in relations("All 14 victims have been identified.", model))
    assert not any(
        rel == "identified"
        for rel, _ in relations("Eleven of the dead soldiers have now been identified, officials said.", model)
    )
    assert ("identified", "Investigators") in relations(
        "Investigators have identified the drone as an Iranian-made Shahed.", model
    )


@pytest.mark.parametrize("model", MODELS)
def test_a_body_is_not_the_spokesman_whose_title_names_it(model: str | None) -> None:
    """'the air force said' after 'air force spokesman Yuriy Ihnat said': the body speaks, not
    the person whose title holds its noun."""
    text = (
        "Ten drones were shot down over the south, air force spokesman Petro Danylenko said. "
        "Russia launched the drones from Crimea, the air force said in a statement."
    )
    assert indirect(text, model) == [
        ("Ten drones were shot down over the south", "Petro Danylenko"),
        ("Russia launched the drones from Crimea", "air force"),
    ]


@pytest.mark.parametrize("model", SHIPPED)
def test_a_belief_about_a_state_is_no_reported_clause(model: str | None) -> None:
    """'people they believed trapped under the debris': the verb holds a belief about a state
    (a hedge), it reports no clause, and 'they' says nothing."""
    text = "Firefighters dug for residents they believed trapped under the collapsed stairwell."
    assert indirect(text, model) == []


@pytest.mark.parametrize("model", SHIPPED)
def test_a_claim_with_an_infinitive_reports_no_fronted_phrase(model: str | None) -> None:
    """'On Monday, near the border, Russia claimed to have shot down two drones': the claim is
    the infinitive; the fronted time and place are no report of a cue closing the sentence."""
    text = "On Tuesday, close to the frontier in the Bryansk region, Moscow claimed to have downed three drones."
    assert indirect(text, model) == []
    assert relations(text, model) == {("claimed", "Moscow")}


@pytest.mark.parametrize("model", SHIPPED)
def test_a_participle_after_the_medium_does_not_end_the_search_for_that(model: str | None) -> None:
    """'said in a statement carried by state news agency TASS that ...': the participle describes
    the statement; what is reported is the clause after 'that'."""
    text = "The ministry said in a statement carried by the state news agency Belta that four drones were downed."
    assert [(quote, name.removeprefix("The ")) for quote, name in indirect(text, model)] == [
        ("four drones were downed", "ministry")
    ]


@pytest.mark.parametrize("model", SHIPPED)
def test_a_described_source_after_the_clause_is_left_out_of_the_report(model: str | None) -> None:
    """'..., according to a Reuters tally based on official figures': the words after the source
    describe it; the report is the clause before the comma, and the agency is named whole
    ('Reuters', no genitive ending cut off an English name)."""
    text = "At least 31 soldiers died in the week, according to a Reuters tally based on local records."
    assert indirect(text, model) == [("At least 31 soldiers died in the week", "Reuters")]
    assert relations(text, model) == {("reported", "Reuters")}


@pytest.mark.parametrize("model", MODELS)
def test_the_writers_comment_after_a_report_is_no_part_of_it(model: str | None) -> None:
    """'Moscow said its troops took the village, a claim that could not be independently
    verified': the comment in apposition is the outlet's; the report ends before it."""
    text = "The Kremlin said its troops had seized the town of Orikhiv, a claim Kyiv rejected."
    assert indirect(text, model) == [("its troops had seized the town of Orikhiv", "Kremlin")]


@pytest.mark.parametrize("model", MODELS)
def test_a_participle_after_a_spaced_dash_shares_the_sentences_subject(model: str | None) -> None:
    """'Kyiv condemned the plan - claiming it would ...': a hyphen set off by spaces is a dash;
    the participle's subject is the sentence's, never the object before the dash."""
    text = "Warsaw rejected the proposal - claiming it would leave the border unguarded."
    assert indirect(text, model) == [("it would leave the border unguarded", "Warsaw")]
    assert relations(text, model) == {("claimed", "Warsaw")}


@pytest.mark.parametrize("model", MODELS)
def test_a_role_serving_a_body_is_its_holder_not_the_body(model: str | None) -> None:
    """'Russia's ambassador to the United Nations has insisted': the name after the role's link
    is whom the role serves; the speaker is the ambassador, described as written."""
    text = "Belarus's envoy to the European Union has insisted that the border crossings stayed open."
    assert indirect(text, model) == [
        ("the border crossings stayed open", "Belarus's envoy to the European Union")
    ]
    assert relations(text, model) == {("claimed", "Belarus's envoy to the European Union")}


def speakers_of(text: str, model: str | None) -> list[str | None]:
    """Each quote's speaker name, in the order of the text."""
    return [q.speaker.name if q.speaker else None for q in read(text, model).quotes]


@pytest.mark.parametrize("model", MODELS)
def test_a_role_in_the_genitive_joins_its_holder_named_later(model: str | None) -> None:
    """'Ukraine's president says ...', '"...," he said', then 'Mr Zelenskyy said': the role in the
    lede (a country's genitive makes it definite) and the pronoun continuing it are the holder
    the text names later, the guide's fullest name."""
    text = (
        "Ukraine's president says his army is holding the line. "
        '"The front is stable," he said. '
        "Mr Zelenskyy said reinforcements had arrived."
    )
    assert speakers_of(text, model) == ["Zelenskyy", "Zelenskyy", "Zelenskyy"]


@pytest.mark.parametrize("model", MODELS)
def test_a_definite_role_continued_by_he_joins_its_holder_named_later(model: str | None) -> None:
    """'The regional governor said ...', '"...," he said', 'Governor X said': one person."""
    text = (
        "The regional governor said four people were wounded overnight. "
        '"It was a heavy night," he said. '
        "Governor Serhiy Hamaliy said later that the power was back."
    )
    assert set(speakers_of(text, model)) == {"Serhiy Hamaliy"}


@pytest.mark.parametrize("model", SHIPPED)
def test_a_plural_present_claim_after_a_dash_is_a_report_of_its_own(model: str | None) -> None:
    """'The army says ... - but they claim ...': a report ends at a spaced dash before the next
    cue, and the plural present 'claim' reports its own clause, the same speaker's."""
    text = "The navy says the shelling has gone on all night - but they claim the port is still open."
    assert indirect(text, model) == [
        ("the shelling has gone on all night", "navy"),
        ("the port is still open", "navy"),
    ]
    # a quantifier before the word makes it the noun: "every claim will be checked"
    text = "Officials tell reporters every claim will be checked by the commission."
    assert indirect(text, model) == [("every claim will be checked by the commission", "Officials")]


@pytest.mark.parametrize("model", MODELS)
def test_the_source_an_outlet_cites_between_commas_speaks(model: str | None) -> None:
    """'Russian state media, citing the defence ministry, reported that ...': the words are the
    cited ministry's (as after 'according to X, citing Y'); the outlet relays them."""
    text = "Belarusian state television, citing the border guard service, reported that two drones had crashed."
    assert [(quote, name.removeprefix("the ")) for quote, name in indirect(text, model)] == [
        ("two drones had crashed", "border guard service")
    ]



@pytest.mark.parametrize("model", SHIPPED)
def test_a_relative_that_on_the_cues_object_is_no_reported_clause(model: str | None) -> None:
    """'Officials reported an attack that struck Kharkiv': 'that' with its verb right after it
    opens a relative clause on the object (a thing reported, recorded by the sourcing step); in
    'said two drones that targeted the plant were downed' it is inside the reported clause."""
    assert indirect("The governor reported a drone attack that damaged two schools.", model) == []
    assert indirect("The navy said three boats that approached the port were sunk.", model) == [
        ("three boats that approached the port were sunk", "navy")
    ]
