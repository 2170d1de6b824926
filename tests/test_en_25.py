"""English quotes, speakers and sourcing, round twenty-five (issue #10, session en25): kinds
found on new real English war reports kept outside the repository, each tested on sentences we
wrote in the same shape. Tests run with the shipped English pipeline where installed."""

from __future__ import annotations

import pytest

from sourcetrace.analysis import analyze
from sourcetrace.ingest import SourceDoc
from sourcetrace.pipeline.models import shipped_model_path
from sourcetrace.pipeline.quote_marks import find_marks

SHIPPED = [None] if shipped_model_path("en") is not None else []


def speakers(text: str, model: str | None) -> dict[str, str | None]:
    """Each quote's text, read as the body of an English article under a one-line headline,
    with its speaker's name."""
    doc = SourceDoc(text=f"Headline\n\n{text}\n", origin="written.txt")
    return {
        q.text: (q.speaker.name if q.speaker else None)
        for q in analyze(doc, lang="en", model=model).quotes
    }


@pytest.mark.parametrize("model", SHIPPED)
def test_a_body_with_an_apposition_keeps_the_clause_its_quote_finishes(model: str | None) -> None:
    """'X, a group involved in aid work, said the militia “shelled the camp”': the phrase after
    the cue opens the reported clause whose verb the quotation opens; it is no speaker closing
    the sentence, and the body before the apposition speaks."""
    text = (
        "The Karu Relief Committee, a group involved in aid work, said the militia “shelled the "
        "market on Monday.”"
    )
    found = speakers(text, model)
    assert found["shelled the market on Monday."] == "Karu Relief Committee"
    reported = [t for t in found if t.startswith("the militia")]
    assert reported and found[reported[0]] == "Karu Relief Committee"
    assert not any(t.startswith("The Karu Relief Committee") for t in found)


def test_a_straight_mark_closes_a_quote_opened_with_a_curly_one() -> None:
    """Pages that mix marks ('“We were told to go ..." said X'): the straight mark after a word
    closes the curly quote; one set before a word opens a quote inside it."""
    mixed = '“We were told to leave before dark," said Karim Bello, who had lived there.'
    assert [mixed[o + 1 : c] for o, c, _ in find_marks(mixed)] == ["We were told to leave before dark,"]
    inner = '“He called it "a disgrace" and left,” she said.'
    assert [inner[o + 1 : c] for o, c, _ in find_marks(inner)] == ['He called it "a disgrace" and left,']


@pytest.mark.parametrize("model", SHIPPED)
def test_a_quote_closed_with_a_straight_mark_goes_to_the_name_after_the_cue(model: str | None) -> None:
    """The closing cue after a mixed-marks quote names the speaker, and the 'he said' after it
    points back to that name, not to nobody."""
    text = (
        "Video showed three large craters.\n\n"
        "“We were told to go to the river, to the safe area ... Look at this safe place,\" said "
        "Karim Osman Bello, who had been living in a tent there.\n\n"
        "“This is all we have left,” he said, pointing at a sack of flour."
    )
    found = speakers(text, model)
    first = next(t for t in found if t.startswith("We were told"))
    assert found[first] == "Karim Osman Bello"
    assert found["This is all we have left,"] == "Karim Osman Bello"


@pytest.mark.parametrize("model", SHIPPED)
def test_a_closing_it_is_the_body_its_report_opens_with(model: str | None) -> None:
    """'The army "pushed back the attack" ..., it said in a statement': the body opening the
    words "it" reports is the one that reports them, not the enemy body named before."""
    text = (
        "The militia launched a major attack on the town, a day after the council demanded an "
        "end to the siege.\n\n"
        "The Sudanese Armed Forces “pushed back the attack and inflicted heavy losses” on the "
        "militia, it said in a statement.\n\n"
        "The regional army destroyed three tanks near the river, it said."
    )
    found = speakers(text, model)
    assert found["pushed back the attack and inflicted heavy losses"] == "Sudanese Armed Forces"
    assert found["The regional army destroyed three tanks near the river"] == "regional army"


@pytest.mark.parametrize("model", SHIPPED)
def test_a_cue_word_after_a_possessive_is_a_noun_not_a_cue(model: str | None) -> None:
    """"Analysts' rough estimates suggest ...", "the army's estimates show ...": the word after
    a possessive is a noun; no speaker "Analysts' rough" is read for it."""
    text = (
        "Analysts' rough estimates suggest that about 2,000 fighters remain in the port.\n\n"
        "The army's estimates suggest that the bridge was hit twice."
    )
    found = speakers(text, model)
    assert not any(name is not None and name.endswith(("rough", "army's")) for name in found.values())


@pytest.mark.parametrize("model", SHIPPED)
def test_a_scare_quote_after_reports_of_has_no_clause_as_speaker(model: str | None) -> None:
    """'expressed concerns over reports of "grave abuses"': "reports" after a preposition is a
    noun; the words in marks are no quote with the clause before them as its speaker."""
    text = "Aid groups in the area expressed concerns over reports of “grave abuses” in the camp."
    found = speakers(text, model)
    assert not any(name is not None and "expressed" in name for name in found.values())


@pytest.mark.parametrize("model", SHIPPED)
def test_it_in_a_fronted_phrase_is_the_body_of_the_main_clause(model: str | None) -> None:
    """'In what it called a targeted strike, the navy said ...': the "it" of the fronted phrase
    points forward to the body opening the main clause, not back to a body named before."""
    text = (
        "The port authority said the fire burned for hours.\n\n"
        "In what it called a targeted strike, the navy said it had sunk a supply boat."
    )
    found = speakers(text, model)
    assert found["a targeted strike"] == "navy"


@pytest.mark.parametrize("model", SHIPPED)
def test_a_body_named_the_civil_defense_is_no_epithet_for_a_person(model: str | None) -> None:
    """'according to the Civil Defense' after people named before: "Defense" only modifies a
    role ("defense minister"), so the phrase is a body's name, no epithet for a person."""
    text = (
        "“We had nowhere else to go,” said Karim Osman Bello, who had been living there.\n\n"
        "The regional Health Ministry said the toll could climb as rescuers dig. The Civil "
        "Defense agency, made up of rescuers who work under the local government, earlier said "
        "30 were killed. The army disputed that toll.\n\n"
        "A photographer at the Amal Hospital in Deir Saneh saw 12 bodies in the morgue, "
        "including two children. It was one of two clinics that received the wounded, "
        "according to the Civil Defense."
    )
    found = speakers(text, model)
    reported = next(t for t in found if t.startswith("It was one of two clinics"))
    assert "Civil Defense" in (found[reported] or "")


@pytest.mark.parametrize("model", SHIPPED)
def test_a_long_apposition_opened_by_a_participle_keeps_its_body_as_speaker(model: str | None) -> None:
    """'The agency, made up of rescuers who work under ..., earlier said 30 were killed': a
    past participle opens the apposition, so the body before it speaks and claims the toll."""
    text = (
        "The Civil Defense agency, made up of rescuers who work under the local government, "
        "earlier said 30 were killed."
    )
    found = speakers(text, model)
    assert found.get("30 were killed") == "Civil Defense agency"


@pytest.mark.parametrize("model", SHIPPED)
def test_a_participle_after_a_medium_noun_is_no_cue(model: str | None) -> None:
    """'The militia said in a statement posted on Telegram that the army had "deliberately"
    shelled homes': "posted" modifies the statement; the word in marks is the militia's, not
    the words of a spokesman quoted in the paragraph before."""
    text = (
        "Ministry spokesman Omar Haddad had initially reported 20 deaths.\n\n"
        "The militia said in a statement posted on Telegram that the army had \"deliberately\" "
        "shelled homes, adding that most of the dead were children."
    )
    found = speakers(text, model)
    assert found["deliberately"] == "militia"


@pytest.mark.parametrize("model", SHIPPED)
def test_a_coordination_of_committees_is_one_body_name(model: str | None) -> None:
    """'The Coordination of Relief Committees in Nyala, a local volunteer group, said': the
    body's name runs through "of" as for a "Network of ..."; the speaker is not "Coordination"."""
    text = (
        "The Coordination of Relief Committees in Nyala, a local volunteer group, said the "
        "shelling lasted hours."
    )
    found = speakers(text, model)
    assert found["the shelling lasted hours"] == "Coordination of Relief Committees in Nyala"


@pytest.mark.parametrize("model", SHIPPED)
def test_he_never_stands_for_two_bodies_joined_by_and(model: str | None) -> None:
    """'The UN and human rights groups have said ...' then 'He told reporters ...': two joined
    by "and" are many, so the later "he" is not given to them."""
    text = (
        "The UN and human rights groups have said they fear mass killings if the militia takes "
        "the city.\n\n"
        "He told reporters that the fighters had burned his house."
    )
    found = speakers(text, model)
    assert found["the fighters had burned his house"] != "The UN and human rights groups"


@pytest.mark.parametrize("model", SHIPPED)
def test_according_to_body_estimates_gives_one_quote(model: str | None) -> None:
    """'..., according to UN estimates.': "estimates" is the noun "UN" modifies, no second cue
    reporting the same words again; "The UN estimates that ..." stays a cue."""
    text = (
        "The fighting has killed at least 9,000 people, according to UN estimates.\n\n"
        "The UN estimates that one million people have fled."
    )
    doc = SourceDoc(text=f"Headline\n\n{text}\n", origin="written.txt")
    quotes = analyze(doc, lang="en", model=model).quotes
    first = [q for q in quotes if q.text.startswith("The fighting has killed")]
    assert len(first) == 1
    assert any(q.text == "one million people have fled" for q in quotes)


@pytest.mark.parametrize("model", SHIPPED)
def test_early_reports_from_a_body_have_the_body_as_source(model: str | None) -> None:
    """'Early reports from the relief committee put the death toll at 40': the reports are the
    medium, the committee that issued them is the source (the guide: a document -> issuer)."""
    text = "Early reports from the relief committee put the death toll at 40."
    doc = SourceDoc(text=f"Headline\n\n{text}\n", origin="written.txt")
    reading = analyze(doc, lang="en", model=model)
    sources = [a.source.name for a in reading.attributions if a.source is not None]
    assert sources and all("reports" not in name.lower() for name in sources)
    assert any("relief committee" in name for name in sources)
