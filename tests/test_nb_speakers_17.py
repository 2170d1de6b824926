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

