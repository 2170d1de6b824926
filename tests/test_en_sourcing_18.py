"""English sourcing statements read right, round eighteen (issue #10, session ewtsrc18): kinds
of miss found on the EWT weblogs and newsgroup reposts and on new real wire retellings (Reuters,
AP, VOA, the Independent) kept outside the repository: an outlet's credit in brackets before or
after reposted news, an admission with a date before its clause, an agentless passive report,
each tested on sentences we wrote in the same shape. Tests run with the rules alone (``blank``)
and with the shipped English pipeline where installed."""

from __future__ import annotations

import pytest

from sourcetrace.analysis import analyze
from sourcetrace.ingest import SourceDoc
from sourcetrace.pipeline.models import shipped_model_path

SHIPPED = [None] if shipped_model_path("en") is not None else []
MODELS = ["blank", *SHIPPED]


def statements(text: str, model: str | None) -> list[tuple[str, str | None]]:
    """Each sourcing statement's relation with its source's name, read from ``text`` as an
    English blog post."""
    reading = analyze(SourceDoc(text=f"Headline\n\n{text}\n", origin="written.txt"), lang="en", model=model)
    return [(a.relation, a.source.name if a.source else None) for a in reading.attributions]


@pytest.mark.parametrize("model", MODELS)
def test_a_wire_dateline_credit_is_the_wires_report(model: str | None) -> None:
    """'CITY (Agency) - ...' pasted into a blog: the agency in brackets before the dash is the
    outlet the reposted text comes from, a `reported` statement with the agency as source."""
    text = (
        "The senator picked a bad phrase again this week, as I read it: "
        "BOSTON (Reuters) - Veterans' groups criticized the senator on Friday for a speech about the draft."
    )
    assert ("reported", "Reuters") in statements(text, model)


@pytest.mark.parametrize("model", MODELS)
def test_a_bracketed_outlet_between_sentences_is_the_outlets_report(model: str | None) -> None:
    """'(Outlet Name) The text ...' after a link or at a paragraph's start, and '... text.
    (Outlet Name)' after an excerpt: a credit standing between sentences is the outlet's
    `reported` statement, each time it is given. An aside inside a sentence ('a spokesman (Tom
    Reed) says'), a page's furniture ('(Updated)') and a thanks ('(Hat Tip: X)') are none."""
    text = (
        "[http://example.org/story/123] (Harbour Gazette) The port authority has opened a new pier "
        "for ferries after two years of work.\n\n"
        "More below. (Coast Weekly) Fishermen fear the pier will crowd the bay. It looks like a fight is coming.\n\n"
        "(Updated) A navy spokesman (Tom Reed) says the ship will sail in May. "
        "(Hat Tip: Harbour Watch) The crew has been told to wait."
    )
    found = statements(text, model)
    assert ("reported", "Harbour Gazette") in found
    assert ("reported", "Coast Weekly") in found
    reported = [name or "" for relation, name in found if relation == "reported"]
    assert not any(name in {"Tom Reed", "Updated"} or "Hat Tip" in name for name in reported)


@pytest.mark.parametrize("model", MODELS)
def test_an_admission_with_a_date_before_its_clause_is_a_confirmation(model: str | None) -> None:
    """'X admitted on May 3, 2001, that ...': a date set off by commas between the verb and
    'that' keeps the admission a `confirmed` statement by X (the guide)."""
    text = (
        "Panel member Laura Finch, who is close to the cabinet, admitted on May 3, 2001, that "
        "the real aim of the plan was to protect the ports."
    )
    assert ("confirmed", "Laura Finch") in statements(text, model)


@pytest.mark.parametrize("model", MODELS)
def test_agentless_reports_have_an_unknown_source(model: str | None) -> None:
    """'are said to have', 'It is estimated that', 'by all accounts': someone reported it and
    no one is named, a `reported` statement with the source `unknown` (the EWT decisions)."""
    found = statements(
        "The two militias are said to have fought over the bridge for years. "
        "It is estimated that the siege cost the town half its people. "
        "The officers were by all accounts ignored by their superiors.",
        model,
    )
    assert found.count(("reported", "unknown")) == 3


@pytest.mark.parametrize("model", MODELS)
def test_a_reporter_who_reveals_that_reports_it(model: str | None) -> None:
    """'Anna Berg of the Guardian reveals that ...': a person bringing a fact to light
    reports it, as 'X reports that' does (the EWT decisions)."""
    text = "Anna Berg of the Guardian reveals that the orders had been signed weeks before the raid."
    assert ("reported", "Anna Berg") in statements(text, model)


@pytest.mark.parametrize("model", MODELS)
def test_a_date_fronted_without_a_comma_is_no_part_of_the_source(model: str | None) -> None:
    """'on March 9 Reuters reported that ...': the date before the outlet opens the clause and
    is no part of the outlet's name."""
    text = "It is odd that on March 9 Reuters reported that the envoy had left the capital."
    found = statements(text, model)
    assert ("reported", "Reuters") in found
    assert not any(name and "March" in name for _, name in found)


@pytest.mark.parametrize("model", MODELS)
def test_refusing_an_action_or_one_of_two_outcomes_is_no_statement(model: str | None) -> None:
    """'rejected a strike on the depots' refuses an action, no claim denied; 'whether the
    forecasts are beaten or confirmed' names one of two outcomes, no confirmation made."""
    text = (
        "The minister at first rejected a strike on the rebel depots, saying there were no targets. "
        "Only the winter will show whether the forecasts are beaten or confirmed."
    )
    relations = [relation for relation, _ in statements(text, model)]
    assert "denied" not in relations
    assert "confirmed" not in relations


@pytest.mark.parametrize("model", MODELS)
def test_gainsaying_or_calling_a_claim_a_trick_denies_it(model: str | None) -> None:
    """'X contradicted Y when ...' and 'It called a "trick" the assertion that ...': speaking
    against another's account is X's `denied` (the EWT decisions), as 'dismissed the claim' is."""
    found = statements(
        "Hart contradicted envoy Tom Gray when the latter spoke of the threat. "
        "The Farmers Union called the reports a ploy to raise prices.",
        model,
    )
    assert ("denied", "Hart") in found
    assert ("denied", "The Farmers Union") in found


@pytest.mark.parametrize("model", MODELS)
def test_naming_a_suspect_as_someone_identifies_him(model: str | None) -> None:
    """'Police chief X named the man as Y': saying who a person in the account is is X's
    `identified` statement; a participle 'insisting that' after a comma is a claim by the
    sentence's subject."""
    found = statements(
        "City police chief Omar Lind named the man as Piet Kos, and said officers were looking for two others. "
        "Governor Ann Cole spoke on the radio, insisting that the dam was safe.",
        model,
    )
    assert ("identified", "Omar Lind") in found
    assert ("claimed", "Ann Cole") in found


@pytest.mark.parametrize("model", MODELS)
def test_reports_no_one_makes_and_a_denial_that_withholds(model: str | None) -> None:
    """'Early reports say ...' at a sentence's start: the capital names no one, the reports
    are unnamed; 'the storm denied the rebels the quick win they wanted' withholds something,
    no claim denied."""
    found = statements(
        "Early reports say a convoy was hit near the border. "
        "The storm has denied the rebels the quick win they wanted.",
        model,
    )
    assert ("reported", "unnamed reports") in found
    assert not any(name == "Early" for _, name in found)
    assert not any(relation == "denied" for relation, _ in found)


@pytest.mark.parametrize("model", MODELS)
def test_reports_given_as_a_ground_are_unnamed_reports(model: str | None) -> None:
    """'closed the schools amid reports of a raid', 'there are conflicting accounts that':
    reports no one is named as making are still where the information comes from."""
    found = statements(
        "The district closed its schools amid reports of a raid near the river. "
        "There are conflicting accounts that the pilot got out alive.",
        model,
    )
    assert ("reported", "unnamed reports") in found
    assert ("reported", "unnamed earlier reports") in found


@pytest.mark.parametrize("model", MODELS)
def test_an_owners_theory_is_the_owners_claim(model: str | None) -> None:
    """'he took up Ida Bell's wild conspiracy theory that ...': a theory given as a noun is
    its owner's `claimed` statement (the EWT decisions); 'the theory of gravity' is none."""
    found = statements(
        "He took up Ida Bell's wild conspiracy theory that the mayor set the fire. "
        "Newton's theory of gravity is taught in schools.",
        model,
    )
    assert ("claimed", "Ida Bell") in found
    assert not any(name == "Newton" for _, name in found)


@pytest.mark.parametrize("model", MODELS)
def test_a_negation_with_a_typographic_apostrophe_or_cant(model: str | None) -> None:
    """'couldn’t verify' with the typographic apostrophe real copy uses, 'can't confirm', and
    the writer's 'we can't prove it' are could-not-verify statements like 'could not verify'."""
    found = statements(
        "The navy couldn’t verify the footage. The port office can't confirm the number of ships. "
        "We can't prove it, but the timing is odd.",
        model,
    )
    sources = [(name or "").lower().removeprefix("the ") for relation, name in found if relation == "could-not-verify"]
    assert "navy" in sources
    assert "port office" in sources
    assert sum(1 for relation, _ in found if relation == "could-not-verify") == 3


@pytest.mark.parametrize("model", MODELS)
def test_an_excerpt_and_a_charge_in_a_participle_clause(model: str | None) -> None:
    """'Here's an excerpt:' before reposted text is someone's report, `unknown` when no outlet
    follows 'from'; ', charging that' after a comma is the subject's claim."""
    found = statements(
        "Here's an excerpt: The council met on Monday and voted to close the library. "
        "Residents wrote to the paper, charging that the vote was rushed.",
        model,
    )
    assert ("reported", "unknown") in found
    assert ("claimed", "Residents") in found
