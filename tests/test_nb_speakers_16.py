"""Speakers in Norwegian reports (landing 16, issue #10).

Each text is ours, written in the shape of reports from the front and of features: a group or
role called by its bare noun in one place ("Legene mener ...") and described in full in another
("legene på sykehuset i Kharkiv", "politiets vaktsjef"). The guide names a speaker by the
fullest form the document gives.
"""

from __future__ import annotations

import pytest

from sourcetrace.analysis import analyze
from sourcetrace.ingest import SourceDoc


def speakers(text: str, lang: str = "nb") -> dict[str, str | None]:
    """Each quote's text and its speaker's name."""
    reading = analyze(SourceDoc(text=text, origin="spk16"), lang=lang)
    return {q.text: q.speaker.name if q.speaker else None for q in reading.quotes}


@pytest.mark.parametrize(
    ("lang", "text", "quote", "speaker"),
    [
        # the place after the bare noun, given before it
        ("nb", "Legene på sykehuset i Kharkiv opererte soldaten i fem timer. "
         "Legene mener at han vil kunne gå igjen.", "han vil kunne gå igjen", "Legene på sykehuset i Kharkiv"),
        # ... and after it
        ("nb", "Legene mener at skadene kommer fra en drone. "
         "Soldaten ble fløyet til Dnipro, der legene på Mechnikov tok imot ham.",
         "skadene kommer fra en drone", "legene på Mechnikov"),
        # the genitive of the body the role belongs to
        ("nb", "En melding om skudd nådde politiets vaktsjef like før midnatt. "
         "Vaktsjefen skriver i loggen at situasjonen var uoversiktlig.",
         "situasjonen var uoversiktlig", "politiets vaktsjef"),
        ("nn", "Legane ved sjukehuset i Sumy tok imot tolv skadde.\n\n"
         "– Fleire av dei er hardt skadde, seier legane.",
         "Fleire av dei er hardt skadde,", "Legane ved sjukehuset i Sumy"),
    ],
)
def test_a_bare_noun_takes_the_description_the_text_gives_it(
    lang: str, text: str, quote: str, speaker: str
) -> None:
    assert speakers(text, lang)[quote] == speaker


@pytest.mark.parametrize(
    ("text", "quote", "speaker"),
    [
        # two descriptions: the text does not say which doctors speak
        ("Legene på Ahus og legene ved Ullevål har behandlet ham. "
         "Legene mener at han vil overleve.", "han vil overleve", "Legene"),
        # a time or a document after the noun describes no one
        ("Legene i helgen var travle. Legene mener at flere skadde vil komme.",
         "flere skadde vil komme", "Legene"),
        # "i" before a definite noun says in what, and the speaker's own phrase goes on
        ("Russerne mistet mange soldater i kampene. Soldater i den ukrainske 47. brigade "
         "kritiserte uttalelsen.\n\n– Dette setter oss i fare, sa de.",
         "Dette setter oss i fare,", "Soldater"),
        # kin are known by whose they are: a place after says where they were
        ("Moren på flyplassen i Rzeszów ventet i fire timer. Moren sier at sønnen ringte.",
         "sønnen ringte", "Moren"),
        # a platform or an outlet after the noun says where it was said
        ("Departementet på Telegram la ut et kart. Departementet skriver at tolv droner ble skutt ned.",
         "tolv droner ble skutt ned", "Departementet"),
        # a newspaper's own name, after the genitive of a day, is no role
        ("Det skrev gårsdagens Klassekampen. Klassekampen skriver at brua er stengt.",
         "brua er stengt", "Klassekampen"),
    ],
)
def test_no_one_description_keeps_the_bare_noun(text: str, quote: str, speaker: str) -> None:
    assert speakers(text)[quote] == speaker


@pytest.mark.parametrize(
    ("lang", "text", "quote", "speaker"),
    [
        ("nb", "Klokken seks ringte søsteren og sa at stasjonen var truffet.",
         "stasjonen var truffet", "søsteren"),
        ("nn", "Klokka seks ringde broren og sa at brua var øydelagd.",
         "brua var øydelagd", "broren"),
        # someone's brother is someone new, not the man named before
        ("nb", "– Vi lager sandsekker, sier Taras Hnatiuk.\n\n"
         "Klokken fem ringte broren hans og sa at brua var sprengt.",
         "brua var sprengt", "broren hans"),
    ],
)
def test_a_fronted_hour_is_no_speaker_of_the_joined_cue(
    lang: str, text: str, quote: str, speaker: str
) -> None:
    assert speakers(text, lang)[quote] == speaker


def direct_quotes(text: str, lang: str = "nb") -> dict[str, str | None]:
    """Each direct quote's text and its speaker's name."""
    reading = analyze(SourceDoc(text=text, origin="spk16"), lang=lang)
    return {q.text: q.speaker.name if q.speaker else None for q in reading.quotes if q.kind == "direct"}


@pytest.mark.parametrize(
    ("lang", "text", "rest"),
    [
        # the clause before the cue opens the sentence; its finite verb comes right after
        ("nb", "– Hvis vannet blir borte, sier Iryna Bondar, må vi dra herfra.", "må vi dra herfra."),
        ("nn", "– Når straumen går, seier Iryna Bondar, sit vi i kjellaren.", "sit vi i kjellaren."),
        ("nb", "– Når vi ringer, sier Iryna Bondar, svarer ingen. Hun legger på.", "svarer ingen."),
    ],
)
def test_a_dash_quote_goes_on_after_a_cue_set_in_its_middle(lang: str, text: str, rest: str) -> None:
    got = direct_quotes(text, lang)
    assert got.get(rest) == "Iryna Bondar"
    assert not any("legger på" in quote for quote in got)  # the narration after it is no quote


def test_narration_after_a_cue_set_off_by_commas_is_no_quote() -> None:
    got = direct_quotes("– Vi har ikke strøm, sier Iryna Bondar, og ler.")
    assert list(got) == ["Vi har ikke strøm,"]


def test_a_dash_quote_whose_cue_ends_the_document_reads_without_error() -> None:
    # the cue clause runs to the last token (a colon introducing what the excerpt leaves out):
    # the test for words resuming after the cue has none to read and must not index past them
    reading = analyze(SourceDoc(text="- Vi kommer tilbake, sa hun i går:", origin="written.txt"), lang="nb")
    assert [(quote.kind, quote.text) for quote in reading.quotes] == [("direct", "Vi kommer tilbake,")]
