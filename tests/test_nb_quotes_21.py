"""Kinds of Norwegian direct and indirect quote read wrong in the twenty-first round (issue
#10), found on new Bokmål and Nynorsk reporting (NTB copy, NRK, VG, Dagsavisen, NRK Nynorsk):
an outlet's relaying cue after a dash quote and its own cue ("– ..., sier X til avisa, skriver
NTB.") read as the quote going on, so a second direct quote of X held only the relay; a report
with a participle after "har" that the lexicon lacked ("har meldt at"), no indirect quote; a
time phrase after an inverted speaker ("sa X tidleg måndag", "meldte CNN litt etter klokken 2")
read into the speaker's name; a subject before the cue lost (a plural speaker noun tagged as a
verb, a stray full stop after the name); "fortsetter å «...»" read as a cue, taking a partial
quote from its reporter; and labels in quote marks (a number, a word after a preposition or an
article) read as direct quotes. The sentences are written for these tests in the shape of
Norwegian news copy."""

from __future__ import annotations

import pytest


def _reading(code: str, text: str):
    """The reading sourcetrace gives ``text``."""
    from sourcetrace.analysis import analyze
    from sourcetrace.ingest import SourceDoc

    return analyze(SourceDoc(text=text, origin="test"), lang=code)


def _quotes(code: str, text: str, kind: str) -> list[tuple[str | None, str]]:
    """The (speaker name, quoted text) pairs of the quotes of ``kind`` read in ``text``."""
    reading = _reading(code, text)
    return [
        (quote.speaker.name if quote.speaker else None, quote.text)
        for quote in reading.quotes
        if quote.kind == kind
    ]


@pytest.mark.parametrize(
    ("code", "text", "speaker", "quote", "relay"),
    [
        (
            "nb",
            "– Vi må vente på svar fra departementet, sier ordføreren til avisa, skriver NTB.",
            "ordføreren",
            "Vi må vente på svar fra departementet,",
            "skriver NTB",
        ),
        (
            "nb",
            "– Skolen holder stengt hele uka, sa rektor Per Lund til lokalavisa, melder NRK.",
            "Per Lund",
            "Skolen holder stengt hele uka,",
            "melder NRK",
        ),
        (
            "nn",
            "– Vi har ikkje fått noko svar, seier leiaren til avisa, skriv NTB.",
            "leiaren",
            "Vi har ikkje fått noko svar,",
            "skriv NTB",
        ),
    ],
)
def test_outlet_relay_after_a_dash_quote_is_no_second_quote(
    code: str, text: str, speaker: str, quote: str, relay: str
) -> None:
    """The outlet's closing cue relays the whole line: one direct quote, the speaker's; the
    relay is neither a direct quote nor an indirect quote of its own."""
    direct = _quotes(code, text, "direct")
    assert direct == [(speaker, quote)]
    assert not any(relay.split()[0] in words for _, words in _quotes(code, text, "indirect"))


@pytest.mark.parametrize(
    ("code", "text", "speaker", "content"),
    [
        (
            "nb",
            "Palestinske helsemyndigheter har meldt at minst 30 mennesker ble drept i natt.",
            "Palestinske helsemyndigheter",
            "minst 30 mennesker ble drept i natt",
        ),
        (
            "nb",
            "Forsvaret har kunngjort at øvelsen i Finnmark blir avlyst.",
            "Forsvaret",
            "øvelsen i Finnmark blir avlyst",
        ),
        (
            "nb",
            "Politiet har i kveld meldt at riksveien er stengt etter raset.",
            "Politiet",
            "riksveien er stengt etter raset",
        ),
    ],
)
def test_participle_after_har_reports_an_indirect_quote(
    code: str, text: str, speaker: str, content: str
) -> None:
    """"X har meldt at ..." reports as "X melder at ..." does."""
    assert (speaker, content) in _quotes(code, text, "indirect")


@pytest.mark.parametrize(
    ("code", "text", "speaker"),
    [
        ("nb", "– Vi reiser hjem nå, sa nyhetssjef Kari Berg tidlig mandag.", "Kari Berg"),
        ("nn", "– Vi reiser heim no, sa nyheitssjef Kari Berg tidleg måndag.", "Kari Berg"),
        ("nb", "Byen ble mørklagt etter angrepet, meldte CNN litt etter klokken 2 natt til lørdag.", "CNN"),
    ],
)
def test_time_phrase_after_an_inverted_speaker_is_no_part_of_the_name(
    code: str, text: str, speaker: str
) -> None:
    """"sa X tidlig mandag", "meldte CNN litt etter klokken 2": the speaker phrase ends
    before the time phrase."""
    reading = _reading(code, text)
    assert [quote.speaker.name for quote in reading.quotes if quote.speaker] == [speaker]


@pytest.mark.parametrize(
    ("code", "text", "speaker", "content"),
    [
        # a plural speaker noun the tagger reads as a verb in Nynorsk
        (
            "nn",
            "Andre kjelder seier at to dronar vart skotne ned over byen.",
            "Andre kjelder",
            "to dronar vart skotne ned over byen",
        ),
        # a stray full stop between the speaker's name and the cue
        (
            "nb",
            "Ordfører Kari Vik. opplyser at skolen holder stengt resten av uka.",
            "Kari Vik",
            "skolen holder stengt resten av uka",
        ),
    ],
)
def test_subject_before_the_cue_is_found(code: str, text: str, speaker: str, content: str) -> None:
    """The subject before the cue names the speaker of the indirect quote."""
    assert (speaker, content) in _quotes(code, text, "indirect")


def test_partial_quote_after_fortsetter_a_is_the_reporters() -> None:
    """"X fortsetter å «...»" goes on doing something: the partial quote inside the report is
    the reporting speaker's, not a line X is tagged with."""
    text = "Ministeren sier at regjeringen fortsetter å «jobbe hardt for en løsning»."
    direct = _quotes("nb", text, "direct")
    assert direct == [("Ministeren", "jobbe hardt for en løsning")]


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("Men det går helt fint, sier sjefen fra «kulturbyen» Almaty.", "kulturbyen"),
        (
            "«Det krever hardt arbeid», skriver han i et notat i «2083», dokumentet han la ut.",
            "2083",
        ),
        ("Han reagerer på det han kaller en «vi» mot «de»-tankegang.", "vi"),
    ],
)
def test_label_in_quote_marks_is_no_direct_quote(text: str, label: str) -> None:
    """A lower-case word after a preposition or an article, or a number, in quote marks names
    or labels a thing: no direct quote, even with a cue in the sentence."""
    assert label not in [words for _, words in _quotes("nb", text, "direct")]
