"""Kinds of Norwegian indirect quote and sourcing statement found missing in the eighteenth round
(issue #10), read off new Bokmål and Nynorsk reporting (NTB copy, TV 2, Dagsavisen,
Aftenposten, NRK): a report in a subordinate clause whose time phrase stands between the
subject and the cue ("etter at Russland torsdag hevdet at ..."), where the subject was lost and
no indirect quote read; a suspicion or thought with a content clause ("Legene mistenker at
...", the guide's stance verbs), never read as a report; and a claim given a name by whoever
rejects it ("kaller anklagene for «grunnløse»"), a denial the EWT annotators record as such
("called the assertion a ploy") and the reading missed; an inverted passive report ("I går
ble det opplyst at ..."), whose dummy "det" was taken for a placeholder of a quote elsewhere;
and a jury's or a board's written reasoning, a document that speaks for its issuer ("I
begrunnelsen heter det at"), never read as sourcing before; and a line closed by a tag of
going on or lecturing ("..., fortsetter han.", "..., belærer hun oss."), no report before. The sentences are written for these
tests in the shape of Norwegian news copy."""

from __future__ import annotations

import pytest


def _reading(code: str, text: str):
    """The reading sourcetrace gives ``text``."""
    from sourcetrace.analysis import analyze
    from sourcetrace.ingest import SourceDoc

    return analyze(SourceDoc(text=text, origin="test"), lang=code)


def _indirect(code: str, text: str) -> list[tuple[str | None, str]]:
    """The (speaker name, quoted text) pairs of the indirect quotes read in ``text``."""
    reading = _reading(code, text)
    return [
        (quote.speaker.name if quote.speaker else None, quote.text)
        for quote in reading.quotes
        if quote.kind == "indirect"
    ]


def _relations(code: str, text: str) -> list[tuple[str, str]]:
    """The (relation, source name) pairs read in ``text``."""
    reading = _reading(code, text)
    return [(ann.relation, ann.source.name) for ann in reading.attributions]


@pytest.mark.parametrize(
    ("code", "text", "speaker", "content"),
    [
        # a weekday between the subject and the cue of a clause after "etter at"
        (
            "nb",
            "Protestene kom etter at fylkeskommunen onsdag hevdet at ferjen var trygg.",
            "fylkeskommunen",
            "ferjen var trygg",
        ),
        # "i går" between them, after "fordi"
        (
            "nb",
            "Foreldrene ble sinte fordi rektoren i går sa at skolen skal legges ned.",
            "rektoren",
            "skolen skal legges ned",
        ),
        # Nynorsk: "tysdag" in a clause after "etter at"
        (
            "nn",
            "Det kom reaksjonar etter at fylket tysdag hevda at brua var farleg.",
            "fylket",
            "brua var farleg",
        ),
    ],
)
def test_report_with_time_phrase_in_subordinate_clause(code, text, speaker, content):
    """The subject stands before the time phrase; the clause after "at" is its report."""
    assert (speaker, content) in _indirect(code, text)


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        ("Legene mistenker at tablettene er årsaken.", "Legene", "tablettene er årsaken"),
        ("Treneren tenkte at kampen var tapt.", "Treneren", "kampen var tapt"),
    ],
)
def test_suspecting_and_thinking_with_a_clause_report(text, speaker, content):
    """A suspicion or a thought with a content clause is a stance held, as "tror at" is."""
    assert (speaker, content) in _indirect("nb", text)


def test_thinking_of_something_reports_nothing():
    """"tenker på" has no content clause: no indirect quote."""
    assert _indirect("nb", "Moren tenker på barna hver dag.") == []


@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            "Lederen for utvalget, Pavel Orlov, kaller anklagene for «oppspinn».",
            "Pavel Orlov",
        ),
        ("Kreml kalte påstandene propaganda.", "Kreml"),
        ("Ambassaden har kalt beskyldningene grunnløse.", "Ambassaden"),
    ],
)
def test_naming_a_claim_denies_it(text, source):
    """Whoever gives a claim a name rejects it: `denied`, the namer the source."""
    assert ("denied", source) in _relations("nb", text)


def test_naming_a_plan_denies_nothing():
    """A plan or a proposal named is a judgement of it, no claim rejected."""
    assert not [rel for rel, _ in _relations("nb", "Ordføreren kaller planen et godt grep.") if rel == "denied"]


@pytest.mark.parametrize(
    "text",
    [
        "I går ble det opplyst at to soldater var savnet.",
        "Senere ble det sagt at brua var stengt.",
    ],
)
def test_inverted_passive_report_is_an_indirect_quote(text):
    """"det" after a passive auxiliary is the passive's dummy subject: the clause is
    reported, by no one named."""
    quotes = _indirect("nb", text)
    assert len(quotes) == 1 and quotes[0][0] is None


@pytest.mark.parametrize(
    ("code", "text", "source"),
    [
        (
            "nb",
            "Komiteen la fram begrunnelsen sin. I begrunnelsen heter det at vinneren er modig.",
            "Komiteen",
        ),
        (
            "nn",
            "Juryen la fram grunngjevinga si. I grunngjevinga heiter det at vinnaren er modig.",
            "Juryen",
        ),
    ],
)
def test_written_reasoning_speaks_for_its_issuer(code, text, source):
    """A jury's written reasoning is a document: `reported`, by the jury that published it."""
    assert ("reported", source) in _relations(code, text)


def test_reasoning_with_no_issuer_named_is_not_given_to_the_last_speaker():
    """With no body named as its issuer, the reasoning is no one's guess: never the person
    quoted just before."""
    text = "Vinnaren ser at jobben er viktig.\n\nI grunngjevinga heiter det at ho er modig."
    assert [source for _, source in _relations("nn", text)] == []


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        (
            "Han er ikke fornøyd.\n\nFordi laget har spilt for dårlig hele høsten, fortsetter han.\n",
            "han",
            "Fordi laget har spilt for dårlig hele høsten",
        ),
        (
            "Alle kan gjøre feil på en dårlig dag, belærer treneren oss.",
            "treneren",
            "Alle kan gjøre feil på en dårlig dag",
        ),
    ],
)
def test_going_on_and_lecturing_tags_close_a_report(text, speaker, content):
    """"..., fortsetter X." and "..., belærer X oss." close what X says, as "sier X" does."""
    assert (speaker, content) in _indirect("nb", text)


@pytest.mark.parametrize(
    "text",
    ["Kampene fortsatte hele natten.", "Han fortsatte å jobbe på gården."],
)
def test_going_on_without_a_report_is_no_quote(text):
    """Things that go on, and someone who goes on working, report nothing."""
    assert _indirect("nb", text) == []
