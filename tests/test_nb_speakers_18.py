"""Speakers in Norwegian reports (landing 18, issue #10).

Each text is ours, written in the shape of ordinary Norwegian news read this round (sport,
features about a family, local politics): a family noun alone that stands for the one
person the text names with the other side of the bond, and a person said to be "blant dem
som mener" (among those who think), who is the one who thinks. The guide names a speaker by
the fullest form the document gives.
"""

from __future__ import annotations

import pytest

from sourcetrace.analysis import analyze
from sourcetrace.ingest import SourceDoc


def speakers(text: str, lang: str = "nb") -> dict[str, str | None]:
    """Each quote's text and its speaker's name."""
    reading = analyze(SourceDoc(text=text, origin="spk18"), lang=lang)
    return {q.text: q.speaker.name if q.speaker else None for q in reading.quotes}


@pytest.mark.parametrize(
    ("lang", "text", "quote", "speaker"),
    [
        # the mother is named only later, with her son
        ("nb", "– Han var alltid den som lo høyest, forklarer moren.\n\nEtter ulykken har "
         "livet vært tungt.\n\nBerit Solheim har ikke snakket med sønnen siden jul.\n\n"
         "– Jeg venter bare på en telefon, sier moren.",
         "Han var alltid den som lo høyest,", "Berit Solheim"),
        ("nb", "Berit Solheim har ikke snakket med sønnen siden jul.\n\n"
         "– Jeg venter bare på en telefon, sier moren.",
         "Jeg venter bare på en telefon,", "Berit Solheim"),
        ("nn", "Berit Solheim har ikkje snakka med sonen sidan jul.\n\n"
         "– Eg ventar berre på ein telefon, seier mora.",
         "Eg ventar berre på ein telefon,", "Berit Solheim"),
    ],
)
def test_a_lone_family_noun_is_the_one_named_with_the_other_side_of_the_bond(
    lang: str, text: str, quote: str, speaker: str
) -> None:
    assert speakers(text, lang)[quote] == speaker

