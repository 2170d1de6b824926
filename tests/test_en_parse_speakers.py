"""English speakers read with the shipped pipeline's parse (issue #10), each on sentences we
wrote: the kinds of error the English entity recogniser and the phrase rules made on the real
dev split, where the dependency parse knows better."""

from __future__ import annotations

import pytest

from sourcetrace.analysis import analyze
from sourcetrace.ingest import SourceDoc
from sourcetrace.pipeline.models import shipped_model_path

pytestmark = pytest.mark.skipif(
    shipped_model_path("en") is None, reason="the shipped English pipeline is not installed"
)


def speaker_of(text: str, quote_start: str) -> str | None:
    """The speaker name the reading gives the quote whose text starts with ``quote_start``."""
    reading = analyze(SourceDoc(text=text, origin="written.txt"), lang="en")
    found = [q for q in reading.quotes if q.text.startswith(quote_start)]
    assert found, f"no quote starting {quote_start!r} in {[q.text for q in reading.quotes]}"
    return found[0].speaker.name if found[0].speaker else None


def test_a_cue_word_inside_quote_marks_is_no_cue() -> None:
    """'the plan "should be carefully thought through": "..."': "thought" is quoted, so the
    quote after the colon is the speaker's of "told", not of the quoted word."""
    text = (
        'Chief inspector Laura Finch told the Daily Post the plan "should be carefully thought '
        'through": "We welcome the review, but the deadlines are far too short."\n'
    )
    assert speaker_of(text, "We welcome the review") == "Laura Finch"


def test_a_place_closing_an_apposition_is_not_the_subject() -> None:
    """'X, head of research at the University of Vermont, Burlington, said': the parse makes X
    the subject of "said", not the place set after the university."""
    text = (
        "Martin Hale, head of research at the University of Vermont, Burlington, said, "
        '"The samples were taken too late to tell us anything."\n'
    )
    assert speaker_of(text, "The samples were taken") == "Martin Hale"


def test_a_fuller_name_stops_where_the_parse_ends_the_name() -> None:
    """'Physics teacher at Lincoln High School Texas Maria Gomez ...', later 'Gomez said': the
    later surname takes the name the parse links to it, not the school's words before it."""
    text = (
        "Physics teacher at Lincoln High School Texas Maria Gomez heard about the prize on "
        "Monday.\n\nGomez said she was proud of her students.\n"
    )
    assert speaker_of(text, "she was proud") == "Maria Gomez"


def test_a_surname_joins_the_full_name_after_a_title() -> None:
    """'Mayor Ivan Petrenko ...', later 'Petrenko said': the parse hangs both names on the
    title, and the later surname still takes the full name."""
    text = (
        "Mayor Ivan Petrenko visited the flooded district on Tuesday.\n\n"
        "Petrenko said the bridge would stay closed for a month.\n"
    )
    assert speaker_of(text, "the bridge would stay closed") == "Ivan Petrenko"


def test_citations_under_a_sources_heading_are_no_quotes() -> None:
    """A reference list closing the article: cited headlines in quote marks are not quotes."""
    text = (
        "Council approves new harbour plan\n\n"
        'The council approved the plan on Monday. "It is a good day for the town," mayor Anna '
        "Holt said.\n\nSources\n\n"
        '"Harbour plan wins final vote" — Coastal Herald, May 4, 2026\n'
    )
    reading = analyze(SourceDoc(text=text, origin="written.txt"), lang="en")
    assert [q.text for q in reading.quotes if q.kind == "direct"] == ["It is a good day for the town,"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a hyphen the tokenizer splits out of a name, which the parser reads as two names
        (
            "Her brother Omar Abdel-Rahman Nasser said the family had left the village before dawn.\n",
            "Omar Abdel-Rahman Nasser",
        ),
        # a role with an organisation's name before the person's name
        (
            "Deputy head of the Northern Rivers Flood Authority Maria Delgado said the levees "
            "would hold through the weekend.\n",
            "Maria Delgado",
        ),
        # a first name the tagger does not read as a proper noun stays in the name
        ("Oksana Petrenko, a nurse at the clinic, said the shelter was full by noon.\n", "Oksana Petrenko"),
    ],
)
def test_the_subject_name_is_whole_and_only_the_name(text: str, name: str) -> None:
    reading = analyze(SourceDoc(text=text, origin="written.txt"), lang="en")
    assert [q.speaker.name for q in reading.quotes if q.speaker] == [name]


def test_a_post_nominal_rank_in_commas_is_no_name() -> None:
    """'Tom Hale, QC, said': the rank set off by commas is a title, the speaker is the name."""
    text = "Defending the couple, Tom Hale, QC, said that the delay was not their fault.\n"
    assert speaker_of(text, "the delay was not their fault") == "Tom Hale"


def test_an_outlet_named_news_is_no_person_a_pronoun_can_mean() -> None:
    """'X told CBC News ...' then '"...," she said': an outlet's name ending in News is a body
    (whatever the entity recogniser says), so "she" is the person who spoke to it."""
    text = (
        "Ministry spokeswoman Priya Raman told Valley News the files would be recovered.\n\n"
        '"We take the loss of these files seriously," she said.\n'
    )
    assert speaker_of(text, "We take the loss") == "Priya Raman"


def test_a_quote_followed_by_according_to_is_the_sources_direct_quote() -> None:
    """'By then, "...", according to the Herald.': the quoted words are a direct quote of the
    source named after them (and the clause its indirect quote)."""
    text = 'By then, "the roof was leaking and the walls were wet", according to the Coastal Herald.\n'
    reading = analyze(SourceDoc(text=text, origin="written.txt"), lang="en")
    direct = [(q.text, q.speaker.name if q.speaker else None) for q in reading.quotes if q.kind == "direct"]
    assert direct == [("the roof was leaking and the walls were wet", "Coastal Herald")]


def test_a_colon_after_a_clause_without_a_speech_verb_introduces_its_subjects_words() -> None:
    """'the mayor defended the budget ...: "..."': the parse's subject of the clause speaks."""
    text = (
        'On Monday the mayor defended the budget in the council chamber: "We cannot cut the '
        'ferry service and still call this a fair plan for the islands."\n'
    )
    assert speaker_of(text, "We cannot cut the ferry") == "the mayor"


def indirect_of(text: str) -> list[tuple[str, str | None]]:
    """(clause, speaker) of every indirect quote, after an opening paragraph (a single
    paragraph would be read as the headline)."""
    lead = "The council met on Monday evening in the old hall.\n\n"
    reading = analyze(SourceDoc(text=lead + text + "\n", origin="written.txt"), lang="en")
    return [(q.text, q.speaker.name if q.speaker else None) for q in reading.quotes if q.kind == "indirect"]


@pytest.mark.parametrize(
    ("text", "clause", "speaker"),
    [
        # a cue the lexicon does not list for bare clauses, which the parse gives a complement
        ("The ministry stated the bridge would stay closed.", "the bridge would stay closed", "The ministry"),
        # present tense and verbs of rulings and observations
        ("Officials tell the paper every claim will be assessed.", "every claim will be assessed", "Officials"),
        ("A regional court has ruled that the ferry may sail again.", "the ferry may sail again", "regional court"),
        ("Hansen observed that the harbour was nearly empty.", "the harbour was nearly empty", "Hansen"),
        # "that" the parse reads as a determiner opens the clause
        ("The union estimated that number is closer to 4,000.", "that number is closer to 4,000", "union"),
        # ... but never before a plural noun: there it is the complementizer
        (
            "The ministry said on Thursday, adding that daily losses had risen again.",
            "daily losses had risen again",
            "The ministry",
        ),
    ],
)
def test_reported_clauses_the_parse_shows(text: str, clause: str, speaker: str) -> None:
    assert (clause, speaker) in indirect_of(text)


def test_a_cue_in_a_clause_of_its_own_is_no_scare_quotes_cue() -> None:
    """'As far as I can tell, the site offers "free of charge" books': no one is quoted."""
    text = (
        "The library opened a new website this week.\n\n"
        'As far as I can tell, the site offers "free of charge" books to every reader.\n'
    )
    reading = analyze(SourceDoc(text=text, origin="written.txt"), lang="en")
    assert [q.text for q in reading.quotes if q.kind == "direct"] == []


def test_a_passive_rejection_names_its_agent_not_the_adverb() -> None:
    """'the claim was reportedly rejected by the prime minister': the agent denied it; the
    evidential adverb is never a source. (A plan rejected is no denial: see
    test_en_war_reading_9.)"""
    text = (
        "The council met on Monday.\n\n"
        "The claim was reportedly rejected by Prime Minister Anna Berg "
        "as false.\n"
    )
    reading = analyze(SourceDoc(text=text, origin="written.txt"), lang="en")
    assert [(a.relation, a.source.name) for a in reading.attributions] == [("denied", "Anna Berg")]


@pytest.mark.parametrize(
    "text",
    [
        "Jim Tolland, chief financial officer and treasurer at the Marston Art Foundation, said "
        "300 schools received the first letter.",
        # initials the tagger takes for a noun still head the name the parse makes the subject
        "J.R. Tolland, chief financial officer and treasurer at the Marston Art Foundation, said "
        "300 schools received the first letter.",
    ],
)
def test_a_long_apposition_keeps_the_subject_and_the_clause_after_the_cue(text: str) -> None:
    """'X, A and B at the foundation, said 300 schools ...': the rules lose the subject in the
    coordinated apposition; the parse's subject is the speaker, and what follows the cue (not
    the phrase before it) is the reported clause, so its figure is the speaker's claim."""
    reading = analyze(SourceDoc(text=text + "\n", origin="written.txt"), lang="en")
    assert [(q.text, q.speaker.name if q.speaker else None) for q in reading.quotes] == [
        ("300 schools received the first letter", text.split(",")[0])
    ]
    assert [(f.value, f.claimant.name if f.claimant else None) for f in reading.figures] == [
        (300, text.split(",")[0])
    ]


def test_an_uncued_quote_is_said_by_the_subject_of_the_sentence_before_it() -> None:
    """'Senator X, Democrat from Ohio, issued a statement ... . "Like many Ohioans, I ..."':
    the quote has no cue; the person the sentence right before it names says it, not the
    speaker of the quote a paragraph back."""
    text = (
        'The agency chose four museums for the old engines. "We want the most people to see '
        'them," Carla Benton, agency director, said.\n\n'
        "Not all were pleased with the choice. State Senator Paul Adair, Democrat from Ohio, "
        "issued a statement about the rejection of the Dayton museum. "
        '"Like many Ohioans, I am disappointed with the decision."\n'
    )
    assert speaker_of(text, "Like many Ohioans") == "Paul Adair"
    assert speaker_of(text, "We want the most") == "Carla Benton"


def indirect_of_text(text: str) -> list[tuple[str, str | None]]:
    """(text, speaker) of every indirect quote the reading finds in ``text``."""
    reading = analyze(SourceDoc(text=text, origin="written.txt"), lang="en")
    return [
        (q.text, q.speaker.name if q.speaker else None)
        for q in reading.quotes
        if q.kind == "indirect"
    ]


def test_a_report_goes_on_after_a_cue_and_speaker_set_inside_it() -> None:
    """'Institutional recipients, said Mauer, are required to ...': both parts are the
    speaker's report, and "Mauer" (a letter dropped) is the "Maurer" named before; a speaker
    described after the cue ("said X, a spokesman ...") gives no second part."""
    text = (
        "K.C. Maurer, chief financial officer at the Lindgren Art Foundation, said 500 schools "
        "received the first letter. Institutional recipients, said Mauer, are required to show "
        "their donated photographs every ten years.\n\n"
        "The gifts arrived in May, said Jim Tolland, a spokesman for the foundation.\n"
    )
    assert indirect_of_text(text) == [
        ("500 schools received the first letter", "K.C. Maurer"),
        ("Institutional recipients", "K.C. Maurer"),
        ("are required to show their donated photographs every ten years", "K.C. Maurer"),
        ("The gifts arrived in May", "Jim Tolland"),
    ]


def test_a_present_tense_cue_reports_a_bare_clause() -> None:
    """'Officials tell BBC News every claim will be assessed ...': no "that", present tense."""
    text = "Officials tell BBC News every claim will be assessed on its merits.\n"
    assert [speaker for _, speaker in indirect_of_text(text)] == ["Officials"]


def test_a_document_speaks_for_the_issuer_named_in_front_of_it() -> None:
    """'a Northern army statement said ...', 'according to latest UN figures': the guide's
    speaker is never a document but whoever issued it; a document with no name in front ("a
    leaked internal letter") stays as written."""
    text = (
        "Earlier, a Northern army statement said the rebels attacked from the north with 14 "
        "drones.\n\n"
        "The fighting has killed more than 8,000 civilians, according to latest UN figures.\n"
    )
    assert indirect_of_text(text) == [
        ("the rebels attacked from the north with 14 drones", "Northern army"),
        ("The fighting has killed more than 8,000 civilians", "UN"),
    ]


def test_a_role_names_no_one_with_another_title_or_an_adjective() -> None:
    """'..., the governor said.' after 'X, the city's mayor, said' and a sentence opening with
    'A Ukrainian drone strike': neither the mayor nor the adjective is the governor."""
    text = (
        "A number of buildings were damaged, Oleksandr Petrenko, the city's mayor, said on "
        "Telegram.\n\n"
        "A Ukrainian drone strike on Wednesday killed three people in the border region, the "
        "governor said.\n"
    )
    assert indirect_of_text(text) == [
        ("A number of buildings were damaged", "Oleksandr Petrenko"),
        (
            "A Ukrainian drone strike on Wednesday killed three people in the border region",
            "the governor",
        ),
    ]


def test_information_and_laws_are_no_sources() -> None:
    """'According to preliminary information, ...', 'according to international law': no one
    is named as the source, so there is no speaker and no sourcing statement."""
    text = (
        "According to preliminary information, 12 people were hurt.\n\n"
        "According to international law, the strike on the depot was a crime.\n"
    )
    reading = analyze(SourceDoc(text=text, origin="written.txt"), lang="en")
    assert [q.speaker for q in reading.quotes if q.speaker is not None] == []
    assert reading.attributions == []


def test_how_a_source_knows_or_where_it_wrote_is_no_report() -> None:
    """'..., the agency reported, citing the governor.', '..., the ministry said, quoted by
    the agency.' and 'X, writing on the Telegram messaging app, said ...': the participle
    phrases are no reported clauses."""
    text = (
        "Two civilians were killed in the town, the agency reported, citing the regional "
        "governor.\n\n"
        "Oleh Marchenko, writing on the Telegram messaging app, said the two men were being "
        "treated in hospital.\n\n"
        "Air defences shot down 74 drones overnight, the defence ministry said, quoted by the "
        "agency.\n"
    )
    assert indirect_of_text(text) == [
        ("Two civilians were killed in the town", "the agency"),
        ("the two men were being treated in hospital", "Oleh Marchenko"),
        ("Air defences shot down 74 drones overnight", "the defence ministry"),
    ]


def test_a_role_named_before_its_holder_is_the_holder() -> None:
    """'..., the governor said.' then 'governor Vyacheslav Gladkov said': the guide's speaker
    is the fullest name the document gives, here named after the role."""
    text = (
        "A drone strike on Wednesday killed three people in the border region, the governor "
        "said.\n\n"
        '"Three civilians have been killed," governor Vyacheslav Gladkov said in a post.\n'
    )
    assert indirect_of_text(text) == [
        ("A drone strike on Wednesday killed three people in the border region", "Vyacheslav Gladkov")
    ]


@pytest.mark.parametrize(
    ("text", "quote_start", "name"),
    [
        # the NER reads the name as a place; the apposition to "governor" says a person, so
        # "he" in the next paragraph can refer to it
        (
            "Dorin Vask, governor of the Marsh region, wrote on Telegram that a depot was hit.\n\n"
            '"Two workers are missing," he wrote.\n',
            "Two workers are missing",
            "Dorin Vask",
        ),
        # a name the NER splits into a place and an organisation is one person
        (
            "Karim al-Haddad, spokesman for the port authority, said the cranes were damaged.\n\n"
            '"Nobody was hurt," he said.\n',
            "Nobody was hurt",
            "Karim al-Haddad",
        ),
    ],
)
def test_a_name_in_apposition_with_a_role_is_a_person(text: str, quote_start: str, name: str) -> None:
    assert speaker_of(text, quote_start) == name


def test_a_place_in_apposition_with_a_non_role_noun_stays_a_place() -> None:
    """'Kherson, the regional capital': an apposition to a noun that is no person's role
    leaves the entity as the recogniser read it."""
    from sourcetrace.pipeline import build_pipeline

    doc = build_pipeline("en")("Kherson, the regional capital, was shelled on Monday.")
    assert all(e.label_ != "PER" for e in doc.ents if e.text == "Kherson")


def test_capitalised_modifiers_of_a_noun_are_no_antecedent() -> None:
    """'Several Russian raids ..., he said': the capitalised words the parse makes modifiers
    of "raids" name no one; "he" is the mayor of the sentence before."""
    text = (
        "Two boats sank near the harbour, the town's mayor said. Several Russian raids in the "
        "district damaged two schools over the weekend, he said.\n"
    )
    assert speaker_of(text, "Several Russian raids") == "the town's mayor"


def test_a_role_with_an_adjective_in_the_lede_is_the_holder_named_later() -> None:
    """'..., the regional governor said.' then 'Governor Anton Brek said ...': the lede's
    role with an adjective before its noun is the governor the text names after it."""
    text = (
        "Three people were hurt when a shell hit a market in Dolny on Sunday, the regional "
        "governor said.\n\nGovernor Anton Brek said on Telegram that the market would stay "
        "closed.\n"
    )
    assert speaker_of(text, "Three people were hurt") == "Anton Brek"


def test_a_monitoring_mission_is_a_body_not_a_person() -> None:
    """'the Joint Ceasefire Monitoring Mission said': "Mission" heads a body's name, so the
    speaker is the whole organisation, never a person named "Monitoring Mission"."""
    text = "Shelling went on all night, the Joint Ceasefire Monitoring Mission said on Friday.\n"
    reading = analyze(SourceDoc(text=text, origin="written.txt"), lang="en")
    speakers = [q.speaker for q in reading.quotes if q.speaker is not None]
    assert speakers and speakers[0].kind == "organisation"
    assert speakers[0].name.endswith("Monitoring Mission")


@pytest.mark.parametrize("model", [None, "blank"])
@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("The Dalby Post quoted the harbour master as saying the pier had collapsed.\n", "the harbour master"),
        ("Radio Norden cited Anna Lind, the port's director, as saying the pier had collapsed.\n", "Anna Lind"),
        # the passive keeps its subject as the speaker
        ("The mayor was quoted as saying the pier had collapsed.\n", "The mayor"),
    ],
)
def test_the_person_an_outlet_quotes_as_saying_is_the_speaker(
    text: str, speaker: str, model: str | None
) -> None:
    """'X quoted Y as saying ...': Y speaks; X is the source the sourcing step records."""
    reading = analyze(SourceDoc(text=text, origin="written.txt"), lang="en", model=model)
    found = [q for q in reading.quotes if q.text.startswith("the pier had collapsed")]
    assert found and found[0].speaker is not None
    assert found[0].speaker.name == speaker


@pytest.mark.parametrize(
    ("text", "clause", "speaker"),
    [
        (
            "The ferry captain, who said the engine had failed twice, asked for a tow.",
            "the engine had failed twice",
            "The ferry captain",
        ),
        (
            "The water board, which said two pipes had burst, gave no other details.",
            "two pipes had burst",
            "water board",
        ),
    ],
)
def test_a_relative_clause_set_off_by_commas_reports_for_its_noun(
    text: str, clause: str, speaker: str
) -> None:
    """'X, who said ..., asked ...': the relative clause is X's indirect quote, and it ends
    with the clause, not with the main verb after the comma."""
    assert (clause, speaker) in indirect_of_text(text + "\n")


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("A study published by the Coastal Institute says the dunes are shrinking.\n", "Coastal Institute"),
        ("A statement from the harbour office said the pier would reopen.\n", "harbour office"),
        # who saw a document did not issue it: the document stays as written
        (
            "A memo seen by the Dalby Post said the pier would reopen.\n",
            "A memo seen by the Dalby Post",
        ),
    ],
)
def test_a_document_speaks_for_whoever_issued_it(text: str, speaker: str) -> None:
    """The guide: a document is never the speaker; the body named as issuing it is."""
    reading = analyze(SourceDoc(text=text, origin="written.txt"), lang="en")
    names = [q.speaker.name for q in reading.quotes if q.speaker is not None]
    assert names and names[0] == speaker


def test_a_call_sign_inside_the_speaker_phrase_names_the_speaker() -> None:
    """'a gunner who goes by the call sign "Birch" said ...': the speaker is Birch, so the
    later '"...," Birch said' is the same person, not a second one."""
    text = (
        'A gunner who goes by the call sign "Birch" said the crew had slept two hours.\n\n'
        '"We fire and move, fire and move," Birch said.\n'
    )
    assert speaker_of(text, "the crew had slept") == "Birch"


@pytest.mark.parametrize("model", [None, "blank"])
@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # a role serving a named person: the role speaks, not the person it serves
        ("A spokesman for Governor Anna Lind said the dam held.\n", "A spokesman for Governor Anna Lind"),
        ("An aide to Mayor Petter Dahl said the dam held.\n", "An aide to Mayor Petter Dahl"),
        # capitalised titles alone are no name
        ("A spokeswoman for the Prime Minister said the dam held.\n", "A spokeswoman for the Prime Minister"),
        # the titled person named as subject still speaks
        ("Governor Anna Lind said the dam held.\n", "Anna Lind"),
    ],
)
def test_a_role_serving_someone_is_the_speaker(text: str, speaker: str, model: str | None) -> None:
    reading = analyze(SourceDoc(text=text, origin="written.txt"), lang="en", model=model)
    names = [q.speaker.name for q in reading.quotes if q.speaker is not None]
    assert names == [speaker]


@pytest.mark.parametrize(
    ("text", "clause", "speaker"),
    [
        # the agent of a passive cue speaks, never the expletive "It"
        ("It was claimed by the coast guard that the boat was overloaded.", "the boat was overloaded", "coast guard"),
        # a progressive is no passive: its subject speaks
        ("Fishermen are warning that the boat was overloaded.", "the boat was overloaded", "Fishermen"),
    ],
)
def test_passive_and_progressive_cues(text: str, clause: str, speaker: str) -> None:
    found = indirect_of_text(text + "\n")
    assert any(c == clause and s is not None and s.endswith(speaker) for c, s in found), found


def test_a_statement_with_no_issuer_named_is_the_body_that_spoke() -> None:
    """'The port authority said ..., according to a statement posted online': the statement
    is the port authority's; a document is never a speaker of its own (the guide)."""
    text = (
        "The port authority said two cranes had been damaged, according to a statement "
        "posted online.\n"
    )
    reading = analyze(SourceDoc(text=text, origin="written.txt"), lang="en")
    names = {q.speaker.name for q in reading.quotes if q.speaker is not None}
    names |= {a.source.name for a in reading.attributions if a.source is not None}
    assert names and all(name.endswith("port authority") for name in names), names
