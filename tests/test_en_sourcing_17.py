"""English sourcing statements read right, round seventeen (issue #10, session en17): kinds of
error found on new real English reports (Reuters, AP, BBC, CBC and UK political and local news)
kept outside the repository, each tested on sentences we wrote in the same shape. Tests run with
the rules alone (``blank``) and with the shipped English pipeline where installed."""

from __future__ import annotations

import pytest

from sourcetrace.analysis import analyze
from sourcetrace.ingest import SourceDoc
from sourcetrace.pipeline.models import shipped_model_path

SHIPPED = [None] if shipped_model_path("en") is not None else []
MODELS = ["blank", *SHIPPED]


def statements(text: str, model: str | None) -> list[tuple[str, str | None]]:
    """Each sourcing statement's relation with its source's name, read from ``text`` as an
    English article."""
    reading = analyze(SourceDoc(text=f"Headline\n\n{text}\n", origin="written.txt"), lang="en", model=model)
    return [(a.relation, a.source.name if a.source else None) for a in reading.attributions]


@pytest.mark.parametrize("model", MODELS)
def test_asked_to_confirm_or_deny_is_no_denial(model: str | None) -> None:
    """'did not respond when asked to confirm or deny that ...': the wires' question offers two
    choices, no denial is made (and the words before it are no source)."""
    text = (
        "The navy did not immediately respond when asked by reporters to confirm or deny that "
        "the admiral had been wounded."
    )
    assert all(relation != "denied" for relation, _ in statements(text, model))
    # the same verb as a statement made stays a denial
    plain = "The navy denied the report that the admiral had been wounded."
    assert [relation for relation, _ in statements(plain, model)] == ["denied"]


@pytest.mark.parametrize("model", MODELS)
def test_neither_confirm_nor_deny_without_neither_is_no_denial(model: str | None) -> None:
    """'would not confirm nor deny the report': a denial offered as one choice of two."""
    text = "The club said it would not confirm nor deny the transfer of its captain."
    assert all(relation != "denied" for relation, _ in statements(text, model))


@pytest.mark.parametrize("model", MODELS)
def test_a_review_asked_for_is_no_report(model: str | None) -> None:
    """'asked for a review by an independent panel': a review not yet made reports nothing,
    so the panel after 'by' is no source."""
    text = "The health agency has asked for a review by an independent scientific panel of the draft findings."
    assert statements(text, model) == []


@pytest.mark.parametrize("model", MODELS)
def test_an_estimate_judged_reliable_is_no_report_of_the_judge(model: str | None) -> None:
    """'Its figures are seen as a reliable estimate by the U.N.': the U.N. judges the figures,
    it does not give them."""
    text = "The bureau publishes a weekly toll. Its figures are seen as a reliable estimate by the U.N. and many analysts."
    assert statements(text, model) == []


@pytest.mark.parametrize("model", MODELS)
def test_a_report_made_by_a_body_is_still_read(model: str | None) -> None:
    """The same noun as a statement made: 'A review by the audit office found ...' is the
    office's report."""
    text = "A review by the audit office found that the contracts had been overpriced."
    assert ("reported", "the audit office") in statements(text, model)


@pytest.mark.parametrize("model", MODELS)
def test_a_place_before_a_named_apposition_is_no_source(model: str | None) -> None:
    """'The president of the club in West Kentshire, Anna Holt, also accused ...': the
    name read before the apposition stands after 'in', a place where the subject serves; the
    source is the person named in apposition (the guide: never a place)."""
    text = (
        "The league met on Monday. The president of the Rowing Club of Dunmore in West "
        "Kentshire, Anna Holt, also accused the league of hiding the costs."
    )
    assert statements(text, model) == [("claimed", "Anna Holt")]


@pytest.mark.parametrize("model", MODELS)
def test_the_year_of_a_dated_aside_is_no_source(model: str | None) -> None:
    """'The union, on March 3, 2019 accused ...' (the aside's closing comma missing): the year
    before the verb is no subject (a time is never a source), the phrase before the aside is."""
    text = "The union, on March 3, 2019 accused the company of hiding its losses."
    assert statements(text, model) == [("claimed", "The union")]


@pytest.mark.parametrize("model", MODELS)
def test_according_to_reports_is_one_statement_by_unnamed_reports(model: str | None) -> None:
    """'According to (unconfirmed) reports, ...': the guide makes 'according to X' always a
    sourcing statement; reports no one is named as making are unnamed, as 'citing sources'
    is, and 'reports' there is no verb whose subject is 'unconfirmed'. Reports an outlet's
    word names ('Austrian media reports') stay one statement by the media, the agent."""
    bare = "According to reports, the mayor left the city before the flood."
    assert statements(bare, model) == [("reported", "unnamed reports")]
    adjectival = "According to unconfirmed reports, the mayor left the city before the flood."
    assert statements(adjectival, model) == [("reported", "unnamed reports")]
    media = "According to Austrian media reports, the tunnel will stay closed until May."
    assert statements(media, model) == [("reported", "Austrian media")]


@pytest.mark.parametrize("model", MODELS)
def test_there_were_reports_is_a_statement_and_no_reports_is_none(model: str | None) -> None:
    """'There were reports of looting' is the unnamed reports' statement as the perfect 'there
    have been reports' is; 'there were no reports of casualties' reports nothing."""
    assert statements("There were reports of looting in the old town overnight.", model) == [
        ("reported", "unnamed earlier reports")
    ]
    assert statements("There have been no reports of casualties so far.", model) == []


@pytest.mark.parametrize("model", MODELS)
def test_an_infinitive_report_names_no_one(model: str | None) -> None:
    """'The captain is said to have left', 'two boats were reported to be missing': a report
    no one is named as giving (as 'is alleged to' is a claim by no one named); 'reported to
    the police' reports a theft to someone, no statement."""
    assert statements("The captain is said to have left the island by boat.", model) == [
        ("reported", "unknown")
    ]
    assert statements("Two boats were reported to be missing after the gale.", model) == [
        ("reported", "unknown")
    ]
    assert statements("The theft was reported to the police on Monday.", model) == []


@pytest.mark.parametrize("model", MODELS)
def test_it_is_reported_that_names_no_one(model: str | None) -> None:
    """'It is reported that ...': the impersonal report, by no one named."""
    text = "It is reported that the old bridge was closed for repairs."
    assert statements(text, model) == [("reported", "unknown")]


@pytest.mark.parametrize("model", MODELS)
def test_figures_that_reveal_report(model: str | None) -> None:
    """'New figures reveal that ...': a count that reveals something reports it, as figures
    that show it do."""
    text = "New figures also reveal that 2,000 teachers left the profession last year."
    assert [relation for relation, _ in statements(text, model)] == ["reported"]


@pytest.mark.parametrize("model", MODELS)
def test_putting_a_count_at_a_number_reports_it(model: str | None) -> None:
    """'Police put the crowd at 3,000', 'organisers put attendance at about 20,000': the one
    who gives the count reports it; 'put pressure on' and 'put the match at risk' give none."""
    assert statements("Police put the crowd at 3,000 on Saturday.", model) == [("reported", "Police")]
    assert statements("The organisers put attendance at about 20,000.", model) == [
        ("reported", "The organisers")
    ]
    assert statements("The strike put the final at risk.", model) == []


@pytest.mark.parametrize("model", MODELS)
def test_a_body_whose_name_ends_in_a_document_word_is_one_source(model: str | None) -> None:
    """'Figures from the Bureau of Farm Statistics show ...': 'Statistics' is a word of the
    body's name, not its document; one statement, by the whole name (not a second one for
    'Farm Statistics' read again by 'show')."""
    text = "Figures from the Bureau of Farm Statistics show that milk prices rose by 4% last year."
    assert statements(text, model) == [("reported", "Bureau of Farm Statistics")]


@pytest.mark.parametrize("model", MODELS)
def test_a_claim_of_a_number_is_a_claim(model: str | None) -> None:
    """'The union claims 5,000 members joined': a number after 'claims' opens the claimed
    clause ('claimed 30 lives' stays a disaster's toll, no claim)."""
    assert [r for r, _ in statements("The union claims 5,000 members joined the walkout.", model)] == ["claimed"]
    assert statements("The blaze claimed 30 lives in the old quarter.", model) == []


@pytest.mark.parametrize("model", MODELS)
def test_a_body_that_estimates_a_count_at_a_number_reports_it(model: str | None) -> None:
    """'The city council estimated the cost at about 40 million euros': a body's estimate is
    its report (the guide's 'X's estimate of 40'), as 'estimates that' is."""
    text = "The city council estimated the cost of the repairs at about 40 million euros."
    assert [r for r, _ in statements(text, model)] == ["reported"]


@pytest.mark.parametrize("model", MODELS)
def test_a_document_speaks_for_the_maker_named_in_its_aside(model: str | None) -> None:
    """'The study, carried out by researchers at the college, suggests that ...': the guide
    wants the agent, never the document; the aside names who made it."""
    text = "The study, carried out by researchers at the college, suggests that the lake is warming."
    assert statements(text, model) == [("reported", "researchers at the college")]


@pytest.mark.parametrize("model", MODELS)
def test_a_document_speaks_for_the_body_or_person_before_its_noun(model: str | None) -> None:
    """'The police report said ...', 'The coroner's report said ...': the body before the
    document's noun, or the one in the genitive, is the source, not the report."""
    assert statements("The police report said that the crowd broke through a fence.", model) == [
        ("reported", "police")
    ]
    assert statements("The coroner's report said the swimmer had drowned.", model) == [
        ("reported", "The coroner")
    ]


@pytest.mark.parametrize("model", MODELS)
def test_an_ordinal_after_a_determiner_is_inside_the_source_phrase(model: str | None) -> None:
    """'according to a first incident report filed by the police': 'first' is a word of the
    document's phrase (a number word after a determiner), whose issuer is the source, not a
    phrase 'a' cut at the number."""
    text = "Six cars were damaged, according to a first incident report filed by the police."
    assert statements(text, model) == [("reported", "police")]


@pytest.mark.parametrize("model", MODELS)
def test_an_abbreviation_in_brackets_does_not_hide_the_issuer(model: str | None) -> None:
    """'according to the damage survey (DS) compiled by the fire service': the document's
    abbreviation in brackets, then who compiled it, the source."""
    text = "About 300 homes were flooded, according to the damage survey (DS) compiled by the fire service."
    assert [(r, s) for r, s in statements(text, model)] == [("reported", "fire service")]


@pytest.mark.parametrize("model", MODELS)
def test_a_passive_confirmed_without_agent_is_no_confirmation_by_its_subject(model: str | None) -> None:
    """'Officials said 300 people have been confirmed dead': 'have been confirmed' is a
    passive whose agent the text does not name; its subject ('300 people') confirmed nothing.
    With the agent named ('... have been confirmed by the hospital') the agent confirms."""
    text = "Officials said 300 people have been confirmed dead in the valley."
    assert all(relation != "confirmed" for relation, _ in statements(text, model))
    named = "Two deaths have been confirmed by the hospital."
    assert statements(named, model) == [("confirmed", "the hospital")]


@pytest.mark.parametrize("model", MODELS)
def test_each_party_of_a_listed_agent_reports(model: str | None) -> None:
    """'were reported by the flood agency, the coast guard and local officials': each party of
    the list gives the report, one statement each (the guide); a clause after the comma
    ('According to the ministry, the strike killed five') is no list."""
    text = "At least 20 more deaths were reported by the flood agency, the coast guard and local officials."
    assert sorted(s for _, s in statements(text, model)) == ["local officials", "the coast guard", "the flood agency"]
    clause = "According to the ministry, the strike killed five people."
    assert statements(clause, model) == [("reported", "the ministry")]


@pytest.mark.parametrize("model", MODELS)
def test_words_that_describe_a_document_are_no_part_of_its_owner(model: str | None) -> None:
    """'according to the latest health ministry figures', 'the most recent government
    numbers': 'latest', 'most recent' describe the figures; the owner is the body."""
    text = "Forty people died, according to the latest health ministry figures."
    assert statements(text, model) == [("reported", "health ministry")]
    text = "Nine people died, according to the most recent government numbers."
    assert statements(text, model) == [("reported", "government")]
