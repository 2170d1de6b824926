"""A figure in a sentence that names no source is claimed by the source of the sentence before
it in the same paragraph (issue #10: wire copy gives its source once, then goes on with the
account). Texts written for this test in the shape of war reporting."""

from __future__ import annotations

import pytest

from sourcetrace.analysis import analyze
from sourcetrace.ingest import SourceDoc


def claimants(text: str, lang: str) -> dict[float, str | None]:
    reading = analyze(SourceDoc(text=text, origin="written.txt"), lang=lang)
    return {f.value: (f.claimant.name if f.claimant else None) for f in reading.figures}


def test_an_indirect_quote_hands_its_speaker_to_the_next_sentence() -> None:
    found = claimants(
        "Strike on Lutsk\n\n"
        "Rescuers kept digging through the night, regional governor Marta Kovalenko said. "
        "At least 40 people were wounded and 12 others are still missing.\n",
        "en",
    )
    assert found[40] == "Marta Kovalenko"
    assert found[12] == "Marta Kovalenko"


def test_a_report_hands_its_source_to_the_next_sentence() -> None:
    found = claimants(
        "Night attack\n\n"
        "Ukraine's air force reported that Russia launched 90 drones overnight. While 70 drones "
        "were shot down, 20 drones reached their targets.\n",
        "en",
    )
    assert found[90] is not None and "air force" in found[90]
    assert found[70] == found[90]
    assert found[20] == found[90]


def test_bokmal_report_is_handed_on_within_the_paragraph() -> None:
    found = claimants(
        "Angrep mot Sumy\n\n"
        "Redningsarbeidet pågikk hele natten, opplyser guvernør Ivan Melnyk. Minst 14 personer "
        "er skadet, og tre personer er savnet.\n",
        "nb",
    )
    assert found[14] == "Ivan Melnyk"
    assert found[3] == "Ivan Melnyk"


@pytest.mark.parametrize(
    "text",
    [
        # a new paragraph is the outlet's again
        "Strike on Lutsk\n\nRescuers kept digging through the night, governor Marta Kovalenko "
        "said.\n\nAbout 2,000 people lived in the block before the war.\n",
        # a direct quote's speaker does not go on claiming the narration after it
        "Strike on Lutsk\n\n“We keep digging,” governor Marta Kovalenko said. About 2,000 people "
        "lived in the block before the war.\n",
        # a count of something other than people and arms is the outlet's background
        "Campaign\n\nThe organiser Marta Kovalenko said she felt hopeful. The message was shared "
        "2,000 times by Sunday.\n",
    ],
)
def test_no_source_is_handed_on(text: str) -> None:
    assert claimants(text, "en")[2000] is None
