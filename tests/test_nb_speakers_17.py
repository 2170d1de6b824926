"""Speakers in Norwegian reports (landing 17, issue #10).

Each text is ours, written in the shape of ordinary Norwegian news (sport, courts, war
features): a report that opens with a dateline in capitals and its outlet in brackets
("BERGEN (NTB)"), a cue followed by how it was said ("svarer treneren kjapt"), and a
description that stands for a name given before it. The guide names a speaker by the
fullest form the document gives, never a place.
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
        ("nb", "Molde-trener Lise Dahl (41) vant serien søndag.\n\n"
         "– Nei, på ingen måte, svarer Molde-treneren kjapt når spørsmålet kommer.",
         "Nei, på ingen måte,", "Lise Dahl"),
        ("nb", "Molde-trener Lise Dahl (41) vant serien søndag.\n\n"
         "– Vi var bedre i dag, sier Molde-treneren stolt.",
         "Vi var bedre i dag,", "Lise Dahl"),
        ("nb", "Advokat Eva Holm (50) forsvarer kvinnen.\n\n"
         "– Hun er uskyldig, sier advokaten bestemt til NTB.",
         "Hun er uskyldig,", "Eva Holm"),
        ("nn", "Sogndal-trenar Ola Nes (52) vann cupen laurdag.\n\n"
         "– Nei, ikkje i det heile, svarar Sogndal-trenaren kjapt når spørsmålet kjem.",
         "Nei, ikkje i det heile,", "Ola Nes"),
    ],
)
def test_how_it_was_said_is_not_part_of_the_speaker(
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
        ("nb", "Bandet Blå Måne spiller på Rockefeller lørdag.\n\n"
         "Medlemmer: Ola Berg (vokal), Kari Holm (gitar), Per Lie (trommer).\n\n"
         "- Hvordan forbereder dere dere?\n\n- Vi øver hver dag.\n\n"
         "- Hva er deres største styrke?\n\n- Vi kjenner hverandre godt.\n\n"
         "- Hvem er deres forbilder?\n\n- Vi har alltid likt de gamle danseorkestrene.\n\n"
         "- Hva skjer etter konserten?\n\n- Da feirer vi med fansen.",
         "Vi kjenner hverandre godt.", "Blå Måne"),
        ("nn", "Bandet Blå Måne speler på Rockefeller laurdag.\n\n"
         "Medlemmer: Ola Berg (vokal), Kari Holm (gitar), Per Lie (trommer).\n\n"
         "- Korleis førebur de dykk?\n\n- Vi øver kvar dag.\n\n"
         "- Kva er den største styrken dykkar?\n\n- Vi kjenner kvarandre godt.\n\n"
         "- Kven er førebileta dykkar?\n\n- Vi har alltid likt dei gamle danseorkestera.\n\n"
         "- Kva skjer etter konserten?\n\n- Då feirar vi med fansen.",
         "Vi kjenner kvarandre godt.", "Blå Måne"),
    ],
)
def test_a_group_answers_an_interview_that_asks_it_as_a_group(
    lang: str, text: str, quote: str, speaker: str
) -> None:
    """The answers say "vi" to questions put to "dere": the band the opening names answers,
    not the member its list names last."""
    assert speakers(text, lang)[quote] == speaker



@pytest.mark.parametrize(
    ("lang", "text", "quote", "speaker"),
    [
        ("nb", "Kari Nordmann (45) ble hørt i retten.\n\n– Jeg husker ingenting, sa hun.\n\n"
         "Svensken Lars Svensson (50) forklarte seg etterpå.\n\n– Jeg så alt, sa svensken.",
         "Jeg så alt,", "Lars Svensson"),
        ("nb", "Rosenborg-trener Kari Nordmann (45) vant cupfinalen søndag.\n\n"
         "– Vi var bedre, sier treneren.\n\nNederlenderen Jan Visser ble kjøpt i fjor.\n\n"
         "– Det var en god dag, sier nederlenderen som kom fra Ajax i sommer.",
         "Det var en god dag,", "Jan Visser"),
        ("nn", "Kari Nordmann (45) vart høyrd i retten.\n\n– Eg hugsar ingenting, sa ho.\n\n"
         "Svensken Lars Svensson (50) forklarte seg etterpå.\n\n– Eg såg alt, sa svensken.",
         "Eg såg alt,", "Lars Svensson"),
        # a body's noun before the body's name
        ("nb", "Statsminister Kari Nordmann (45) var fornøyd mandag.\n\n"
         "– Vi er godt i gang, sier hun.\n\nNettstedet Nyheter24.no har fått tak i rapporten."
         "\n\nNettstedet skriver at rapporten er klar.",
         "rapporten er klar", "Nyheter24.no"),
    ],
)
def test_a_noun_the_text_set_before_a_name_stands_for_that_name(
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

