"""Speakers in Norwegian reports (landing 20, issue #10).

Each text is ours, written in the shape of ordinary Norwegian news read this round (sport
after a match, politics, court): a manner word after the speaker ("svarer treneren kjapt.")
says how the words were spoken, not who spoke them, so the speaker is the role noun alone and
resolves to the person the text named with that role. The guide names a speaker by the
fullest form the document gives.
"""

from __future__ import annotations

import pytest

from sourcetrace.analysis import analyze
from sourcetrace.ingest import SourceDoc


def speakers(text: str, lang: str = "nb") -> dict[str, str | None]:
    """Each quote's text and its speaker's name."""
    reading = analyze(SourceDoc(text=text, origin="spk20"), lang=lang)
    return {q.text: q.speaker.name if q.speaker else None for q in reading.quotes}


@pytest.mark.parametrize(
    ("lang", "text", "quote", "speaker"),
    [
        ("nb", "Brann-trener Per Olsen (52) var fornøyd etter seieren.\n\n"
         "– Vi spilte godt i dag, svarer Brann-treneren kjapt.",
         "Vi spilte godt i dag,", "Per Olsen"),
        # a description the text ties to no name stays as written, without the manner word
        ("nb", "Retten var samlet for andre dag.\n\n"
         "– Saken er alvorlig, sier statsadvokaten rolig etter forhandlingene.",
         "Saken er alvorlig,", "statsadvokaten"),
        ("nn", "Brann-trenar Per Olsen (52) var nøgd etter sigeren.\n\n"
         "– Vi spelte godt i dag, svarar Brann-trenaren kjapt.",
         "Vi spelte godt i dag,", "Per Olsen"),
    ],
)
def test_a_manner_word_after_the_speaker_is_no_part_of_the_speaker(
    lang: str, text: str, quote: str, speaker: str
) -> None:
    assert speakers(text, lang)[quote] == speaker

