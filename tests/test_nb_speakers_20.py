"""Speakers in Norwegian reports (landing 20, issue #10).

Each text is ours, written in the shape of ordinary Norwegian news read this round (sport
after a match, politics, court, opinion pieces): a clause inside a question put is no
statement; an outlet named with a number is the source whole; a family noun alone is the
description the text gave it ("ordførerens datter"); an office no name holds is not the
writer named before. The guide names a speaker by the fullest form the document gives.
"""

from __future__ import annotations

import pytest

from sourcetrace.analysis import analyze
from sourcetrace.ingest import SourceDoc


def speakers(text: str, lang: str = "nb") -> dict[str, str | None]:
    """Each quote's text and its speaker's name."""
    reading = analyze(SourceDoc(text=text, origin="spk20"), lang=lang)
    return {q.text: q.speaker.name if q.speaker else None for q in reading.quotes}


def quote_texts(text: str, lang: str = "nb") -> list[str]:
    """The texts of the quotes the reading finds."""
    reading = analyze(SourceDoc(text=text, origin="spk20"), lang=lang)
    return [q.text for q in reading.quotes]


TRAINER_ASKED = (
    "MOLDE (VG) Ola Nilsen (50) kan vinne serien igjen, men ble ikke kåret til årets trener.\n\n"
    "I år gikk prisen til Per Hansen, som ledet Brann til sølv.\n\n"
    "På spørsmål fra VG om hva han synes om at han ikke ble årets trener, svarer Nilsen:\n\n"
    "– Jeg tror ikke det er mulig, sier Molde-treneren med et smil."
)


@pytest.mark.parametrize(
    ("lang", "text", "asked"),
    [
        ("nb", TRAINER_ASKED, "han ikke ble årets trener"),
        ("nn", "Kari Lie er ordførar i Volda.\n\nPå spørsmål frå NRK om kva ho meiner om at "
         "fylket kuttar i budsjettet, svarar Lie:\n\n– Det er for dårleg.",
         "fylket kuttar i budsjettet"),
        ("nb", "Kari Lie er ordfører i Volda.\n\nPå spørsmål fra NRK om hvordan hun mener at "
         "fylket bør kutte, svarer Lie:\n\n– Det er for dårlig.", "fylket bør kutte"),
    ],
)
def test_a_clause_inside_a_question_put_is_no_indirect_quote(lang: str, text: str, asked: str) -> None:
    """"På spørsmål om hva han synes om at ...": the clause after the question word is what
    was asked, not what anyone said."""
    assert asked not in quote_texts(text, lang)


def test_the_speaker_after_a_question_put_is_the_one_asked() -> None:
    """With the asked clause read as a quote, its pronoun drew the last man named (the prize
    winner) and the role noun after the answer followed him."""
    assert speakers(TRAINER_ASKED)["Jeg tror ikke det er mulig,"] == "Ola Nilsen"


@pytest.mark.parametrize(
    ("lang", "text", "quote"),
    [
        ("nb", "Ifølge TV 2s opplysninger skal styrelederen ha gått av i helgen.",
         "skal styrelederen ha gått av i helgen"),
        ("nn", "Ifølgje TV 2s opplysningar skal styreleiaren ha gått av i helga.",
         "skal styreleiaren ha gått av i helga"),
        ("nb", "Ifølge TV 2 skal styrelederen ha gått av i helgen.",
         "skal styrelederen ha gått av i helgen"),
    ],
)
def test_an_outlet_named_with_a_number_is_the_source_whole(lang: str, text: str, quote: str) -> None:
    """"TV 2s" is one token to the tokenizer ("2s"), and "2" closes the name: the number is
    no word of the report, and the outlet is named in full, without its genitive."""
    assert speakers(text, lang).get(quote) == "TV 2"


@pytest.mark.parametrize(
    ("lang", "text", "quote", "speaker"),
    [
        # the family noun alone after the text said whose child she is, a politician between
        ("nb", "I et leserinnlegg tar ordførerens datter et oppgjør med kommunen.\n\n"
         "Politiker Ola Berg er uenig.\n\n– Hun tar feil, sier Berg.\n\n"
         "Datteren sier at faren bare har gjort jobben sin.",
         "faren bare har gjort jobben sin", "ordførerens datter"),
        ("nb", "I et leserinnlegg tar ordførerens sønn et oppgjør med kommunen.\n\n"
         "Sønnen skriver at faren er behandlet urettferdig.",
         "faren er behandlet urettferdig", "ordførerens sønn"),
        # the owner's title goes with the owner's name
        ("nb", "I en kronikk tar statsminister Hansens sønn et oppgjør med avisene.\n\n"
         "Politiker Ola Berg er uenig.\n\n– Han tar feil, sier Berg.\n\n"
         "Sønnen sier at faren bare har gjort jobben sin.",
         "faren bare har gjort jobben sin", "statsminister Hansens sønn"),
        ("nn", "I eit lesarinnlegg tek ordførarens dotter eit oppgjer med kommunen.\n\n"
         "Politikar Ola Berg er usamd.\n\n– Ho tek feil, seier Berg.\n\n"
         "Dottera seier at faren berre har gjort jobben sin.",
         "faren berre har gjort jobben sin", "ordførarens dotter"),
        # written in full once, shorter later: one description, the full one
        ("nb", "I en kronikk tar statsminister Hansens sønn et oppgjør med avisene.\n\n"
         "Politiker Ola Berg deler ikke synet Hansens sønn har på saken.\n\n"
         "– Han tar feil, sier Berg.\n\nSønnen sier at faren bare har gjort jobben sin.",
         "faren bare har gjort jobben sin", "statsminister Hansens sønn"),
    ],
)
def test_a_family_noun_is_the_one_the_text_says_whose_it_is(
    lang: str, text: str, quote: str, speaker: str
) -> None:
    """"ordførerens datter" then "Datteren sier": the description is the fullest form the
    text gives her; she is neither the person who spoke last nor a bare "Datteren"."""
    assert speakers(text, lang)[quote] == speaker


@pytest.mark.parametrize(
    "office",
    ["Statsministeren", "Forsvarsministeren"],
)
def test_an_office_no_name_holds_is_not_the_writer_named_before(office: str) -> None:
    """A column quotes its writer ("..., skriver Kari Lie."), then an office the text gives
    no name ("Statsministeren sier at ..."): the office speaks, not the columnist."""
    text = (
        "Skolen må gi elevene trygghet, skriver Kari Lie.\n\n"
        f"Stadig flere elever sliter med stress.\n\n{office} uttrykker i Aftenposten stor "
        "bekymring for frafallet, men sier samtidig at regjeringen ikke ser klare årsaker."
    )
    assert speakers(text)["regjeringen ikke ser klare årsaker"] == office
