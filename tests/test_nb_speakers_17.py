"""Speakers in Norwegian reports (landing 17, issue #10).

Each text is ours, written in the shape of ordinary Norwegian news (sport, courts, war
features, interviews): a report that opens with a dateline in capitals and its outlet in
brackets ("BERGEN (NTB)"), a club's role written with another form of the club, an
interview's answer that names someone, a message's sender, a pronoun before any name. The
guide names a speaker by the fullest form the document gives, never a place.
"""

from __future__ import annotations

import pytest

from sourcetrace.analysis import analyze
from sourcetrace.ingest import SourceDoc


def speakers(text: str, lang: str = "nb") -> dict[str, str | None]:
    """Each quote's text and its speaker's name."""
    reading = analyze(SourceDoc(text=text, origin="spk17"), lang=lang)
    return {q.text: q.speaker.name if q.speaker else None for q in reading.quotes}


@pytest.mark.parametrize(
    ("lang", "text", "quote", "speaker"),
    [
        ("nb", "MARIENLYST STADION (NTB) Etter tapet nektet Per Olav Lunde (44) å snakke om "
         "framtiden.\n\n– Jeg vil heller snakke om kampen, sier nederlenderen som overtok i mai.",
         "Jeg vil heller snakke om kampen,", "Per Olav Lunde"),
        ("nb", "MARIENLYST STADION (NTB) Etter tapet ville ikke Per Olav Lunde (44) snakke om "
         "framtiden.\n\n– Jeg vil heller snakke om kampen, sier treneren.",
         "Jeg vil heller snakke om kampen,", "Per Olav Lunde"),
        ("nn", "MARIENLYST STADION (NTB) Etter tapet ville ikkje Per Olav Lunde (44) snakke om "
         "framtida.\n\n– Eg vil heller snakke om kampen, seier nederlendaren som tok over i mai.",
         "Eg vil heller snakke om kampen,", "Per Olav Lunde"),
    ],
)
def test_a_dateline_place_in_capitals_is_no_speaker(
    lang: str, text: str, quote: str, speaker: str
) -> None:
    assert speakers(text, lang)[quote] == speaker



@pytest.mark.parametrize(
    ("lang", "text", "quote", "speaker"),
    [
        # one sentence a paragraph: the answer goes on without its dash and names someone
        ("nb", "Kari Holm vil heller lese enn se tv\n\nHva leser du nå?\n\n"
         "- En bok om polarferder.\n\nPer Olav Lunde har laget den, og den er fantastisk.\n\n"
         "- Jeg leser mest om kvelden.\n\nHvor reiser du i sommer?\n\n- Til Lofoten.",
         "Jeg leser mest om kvelden.", "Kari Holm"),
        ("nn", "Kari Holm vil heller lese enn sjå tv\n\nKva les du no?\n\n"
         "- Ei bok om polarferder.\n\nPer Olav Lunde har laga henne, og ho er fantastisk.\n\n"
         "- Eg les mest om kvelden.\n\nKvar reiser du i sommar?\n\n- Til Lofoten.",
         "Eg les mest om kvelden.", "Kari Holm"),
    ],
)
def test_an_interview_answer_is_the_interviewees_though_it_names_someone(
    lang: str, text: str, quote: str, speaker: str
) -> None:
    assert speakers(text, lang)[quote] == speaker



@pytest.mark.parametrize(
    ("lang", "text", "quote", "speaker"),
    [
        ("nb", "Lillestrøm-trener Ola Lie (44) var fornøyd. Keeper Kari Berg sier at laget var "
         "bra.\n\n– Vi blir bedre, sier LSK-treneren.", "Vi blir bedre,", "Ola Lie"),
        ("nn", "Lillestrøm-trenar Ola Lie (44) var nøgd. Keeper Kari Berg seier at laget var "
         "bra.\n\n– Vi blir betre, seier LSK-trenaren.", "Vi blir betre,", "Ola Lie"),
    ],
)
def test_a_club_role_takes_the_holder_the_club_was_written_out_for(
    lang: str, text: str, quote: str, speaker: str
) -> None:
    """"LSK-treneren" is the one the text made "Lillestrøm-trener", not the last speaker."""
    assert speakers(text, lang)[quote] == speaker


@pytest.mark.parametrize(
    ("lang", "text", "quote", "speaker"),
    [
        ("nb", "Ordfører Kari Nordmann (Ap) er fornøyd.\n\n– Dette er bra for byen, sier hun.\n\n"
         "Avisen fikk flere henvendelser. Blant annet en melding fra en pensjonist som mente at "
         "byen «kaster bort penger».", "byen «kaster bort penger»", "en pensjonist"),
        ("nn", "Ordførar Kari Nordmann (Ap) er nøgd.\n\n– Dette er bra for byen, seier ho.\n\n"
         "Avisa fekk fleire førespurnader. Mellom anna ei melding frå ein pensjonist som meinte at "
         "byen «kastar bort pengar».", "byen «kastar bort pengar»", "ein pensjonist"),
    ],
)
def test_the_sender_of_a_message_thinks_not_the_message(
    lang: str, text: str, quote: str, speaker: str
) -> None:
    """A relative clause's cue after "a message from X": X thinks (the guide: a document is
    whoever issued it)."""
    assert speakers(text, lang)[quote] == speaker


@pytest.mark.parametrize(
    ("lang", "text", "quote", "speaker"),
    [
        ("nb", "– Jeg har skrevet en sang om det, sier han.\n\nHan spør om vi vil høre den.\n\n"
         "Ola Berg (30) sluttet med fotball i fjor.\n\n– Det var en lettelse, sier Berg.",
         "Jeg har skrevet en sang om det,", "Ola Berg"),
        ("nn", "– Eg har skrive ein song om det, seier han.\n\nHan spør om vi vil høyre han.\n\n"
         "Ola Berg (30) slutta med fotball i fjor.\n\n– Det var ei letting, seier Berg.",
         "Eg har skrive ein song om det,", "Ola Berg"),
    ],
)
def test_a_pronoun_before_anyone_is_named_is_the_person_named_after(
    lang: str, text: str, quote: str, speaker: str
) -> None:
    """A part cut from a longer feature opens with "sier han": the man it goes on to name."""
    assert speakers(text, lang)[quote] == speaker



@pytest.mark.parametrize(
    ("lang", "text", "quote", "speaker"),
    [
        ("nb", "Lyn-trener Per Arne Hansen (50) var fornøyd etter kampen. Lyn vant 2–0.\n\n"
         "– Vi var gode i dag, sier «PA» til NTB.", "Vi var gode i dag,", "Per Arne Hansen"),
        ("nn", "Lyn-trenar Per Arne Hansen (50) var nøgd etter kampen. Lyn vann 2–0.\n\n"
         "– Vi var gode i dag, seier «PA» til NTB.", "Vi var gode i dag,", "Per Arne Hansen"),
    ],
)
def test_initials_in_quote_marks_are_the_person_they_abbreviate(
    lang: str, text: str, quote: str, speaker: str
) -> None:
    """Sports pages call a coach by the initials of his first names, in quote marks."""
    assert speakers(text, lang)[quote] == speaker
