"""Who speaks for data a sourcing phrase names with modifiers before the data noun (issue #10:
"the first words of a noun phrase instead of its head"): "Ifølge de siste anslagene fra FN",
"According to the latest estimates from the UN" read the modifiers as the speaker ("de siste",
"the latest") and cut the report; the party that issued the data speaks. A genitive before the
data noun names its owner and stays with the owner reading. Sentences written for this test in
the shape of wire copy."""

from __future__ import annotations

import pytest

from sourcetrace.analysis import analyze
from sourcetrace.ingest import SourceDoc


def indirect(text: str, lang: str) -> list[tuple[str | None, str]]:
    """``(speaker name, text)`` of every indirect quote read in ``text``."""
    reading = analyze(SourceDoc(text="Nyheter\n\n" + text + "\n", origin="written.txt"), lang=lang)
    return [
        (quote.speaker.name if quote.speaker else None, quote.text)
        for quote in reading.quotes
        if quote.kind == "indirect"
    ]


@pytest.mark.parametrize(
    ("lang", "text", "speaker", "report"),
    [
        (
            "nb",
            "Ifølge de nyeste anslagene fra FN er over 2000 sivile drept i regionen.",
            "FN",
            "er over 2000 sivile drept i regionen",
        ),
        (
            "nn",
            "Ifølgje dei siste anslaga frå FN er over 2000 sivile drepne i regionen.",
            "FN",
            "er over 2000 sivile drepne i regionen",
        ),
        (
            "en",
            "According to the latest estimates from the World Health Organization, more than "
            "200 clinics have been damaged.",
            "World Health Organization",
            "more than 200 clinics have been damaged",
        ),
    ],
)
def test_the_issuer_of_modified_data_speaks(lang: str, text: str, speaker: str, report: str) -> None:
    assert indirect(text, lang) == [(speaker, report)]


def test_data_with_a_plain_determiner_keep_their_issuer() -> None:
    # the shape that already read right stays right beside the new one
    assert indirect("Ifølge tall fra helsedepartementet er 14 personer skadet.", "nb") == [
        ("helsedepartementet", "er 14 personer skadet")
    ]
