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



@pytest.mark.parametrize(
    ("lang", "text", "quote", "speaker"),
    [
        ("nb", "Styreleder i Fjordbyen idrettslag, Kari Nordvik, er blant dem som mener at "
         "vedtaket var forhastet.", "vedtaket var forhastet", "Kari Nordvik"),
        ("nb", "Kari Nordvik var blant dem som mente at vedtaket kom for tidlig.",
         "vedtaket kom for tidlig", "Kari Nordvik"),
        ("nn", "Kari Nordvik var blant dei som meinte at vedtaket kom for tidleg.",
         "vedtaket kom for tidleg", "Kari Nordvik"),
    ],
)
def test_one_counted_among_those_who_think_is_who_thinks(
    lang: str, text: str, quote: str, speaker: str
) -> None:
    """ "X er blant dem som mener at": the relative hangs on "dem", which names no one; the
    subject the copula counts among them holds the view."""
    assert speakers(text, lang)[quote] == speaker


@pytest.mark.parametrize(
    ("lang", "text", "quote", "speaker"),
    [
        ("nb", "Også ordfører i Fjordby, Lars Berg (Sp), er tydelig på at reformen vil koste "
         "stemmer.", "reformen vil koste stemmer", "Lars Berg"),
        ("nn", "Også ordføraren i Fjordby, Lars Berg (Sp), er tydeleg på at reforma vil koste "
         "røyster.", "reforma vil koste røyster", "Lars Berg"),
    ],
)
def test_a_name_set_off_by_commas_before_a_copula_and_adjective_cue_speaks(
    lang: str, text: str, quote: str, speaker: str
) -> None:
    """ "Ordfører i X, Lars Berg (Sp), er tydelig på at": the apposition is read through
    the copula of the adjective cue, as through an auxiliary."""
    assert speakers(text, lang)[quote] == speaker


@pytest.mark.parametrize(
    ("lang", "text", "quote", "speaker"),
    [
        ("nb", "Treneren Per Lund var fornøyd.\n\n– Vi spilte godt i dag. Da tror jeg vi "
         "fortjener det, sier Lund og legger til:\n\n– Det er fort mulig vi vinner neste kamp.",
         "Vi spilte godt i dag. Da tror jeg vi fortjener det,", "Per Lund"),
        ("nn", "Trenaren Per Lund var nøgd.\n\n– Vi spela godt i dag. Da trur eg vi fortener "
         "det, seier Lund og legg til:\n\n– Det er fort mogleg vi vinn neste kamp.",
         "Vi spela godt i dag. Da trur eg vi fortener det,", "Per Lund"),
    ],
)
def test_a_closing_cue_followed_by_a_second_cue_closes_a_quote_opened_by_da(
    lang: str, text: str, quote: str, speaker: str
) -> None:
    """ "– ... Da tror jeg ..., sier Lund og legger til:": "Da" may open a subordinate clause,
    but the verb after the speaker is a cue joined by "og", so "sier Lund" is the cue, not
    the main clause of the quote's own sentence."""
    assert speakers(text, lang)[quote] == speaker


def test_a_preposition_after_la_makes_no_cue_of_la_til() -> None:
    """ "Etter at X la på til 3–1": "legge på" (add a goal) with "til" after it reports nothing;
    the quote after the sentence is the words of the one it names impressed."""
    found = speakers(
        "Norge startet godt mot Danmark.\n\nEtter at Kari Nilsen la på til 3–1 på straffe, lot "
        "NRKs ekspert Ola Dahl seg imponere.\n\n– Det var et flott mål av en trygg spiller."
    )
    assert found["Det var et flott mål av en trygg spiller."] == "Ola Dahl"
    assert not any(text.startswith("3–1") for text in found)


@pytest.mark.parametrize(
    ("text", "quote", "speaker"),
    [
        ("Ifølge TV 2s opplysninger har klubben fått et bud på spissen.",
         "har klubben fått et bud på spissen", "TV 2"),
        ("Klubben har fått et bud på spissen, skriver TV 2.",
         "Klubben har fått et bud på spissen", "TV 2"),
    ],
)
def test_an_outlet_named_with_a_number_keeps_it(text: str, quote: str, speaker: str) -> None:
    """ "TV 2s", "TV 2." are one token each to the tokenizer: the outlet is "TV 2", neither
    "TV" nor "TV 2." with the full stop."""
    assert speakers(text)[quote] == speaker
