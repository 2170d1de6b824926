"""Kinds of Norwegian indirect quote and sourcing statement found missing or wrong in the
fifteenth round (issue #10), read off the dev split and new Bokmål and Nynorsk war reporting
(NPK copy, NRK Nynorsk, NTB): verbs of seeing, feeling and wishing with a content clause ("ser
at", "følte at", "ønskjer at"), a document that speaks with no one named ("I reglane står det
at", "..., heiter det vidare."), a threat ("truet med at"), a particle cue with the speaker's
party in brackets ("bad ordførar X (Sp) om at"), a sentence that goes on with the report
before it by opening with "At", a statement named as the source ("Ifølge uttalelsen ..."),
failed checks in the past and in Nynorsk, and satellite imagery as evidence. The sentences are
written for these tests in the shape of Norwegian news copy."""

from __future__ import annotations

import pytest


def _reading(code: str, text: str):
    """The whole reading (quotes, speakers and sourcing) of ``text`` in language ``code``."""
    from sourcetrace.analysis import analyze
    from sourcetrace.ingest import SourceDoc

    return analyze(SourceDoc(text=text, origin="test"), lang=code)


def _indirect(code: str, text: str) -> list[tuple[str | None, str]]:
    """(speaker name, quote text) of every indirect quote read in ``text``."""
    reading = _reading(code, text)
    return [(q.speaker.name if q.speaker else None, q.text) for q in reading.quotes if q.kind == "indirect"]


@pytest.mark.parametrize(
    ("code", "text", "speaker", "clause"),
    [
        # a view or a feeling with its content clause
        ("nb", "Ordføreren ser at byen trenger mer hjelp fra staten.", "Ordføreren", "byen trenger mer hjelp fra staten"),
        ("nb", "Sjefen for brigaden følte at stillingen ikke kunne holdes lenger.", "Sjefen for brigaden", "stillingen ikke kunne holdes lenger"),
        ("nb", "Forsvarsministeren ønsker at flere luftvernsystemer skal sendes før vinteren.", "Forsvarsministeren", "flere luftvernsystemer skal sendes før vinteren"),
        ("nn", "Rådmannen ser at planen vil råke fleire bustadfelt i kommunen.", "Rådmannen", "planen vil råke fleire bustadfelt i kommunen"),
        ("nn", "Fylkesleiaren ønskjer at fleire flyktningar skal busetjast i fylket.", "Fylkesleiaren", "fleire flyktningar skal busetjast i fylket"),
        # a threat reports what was threatened
        ("nb", "Guvernøren truet med at evakueringen ville bli tvunget gjennom.", "Guvernøren", "evakueringen ville bli tvunget gjennom"),
        ("nn", "Kommandanten truga med at fleire soldatar ville bli sende til fronten.", "Kommandanten", "fleire soldatar ville bli sende til fronten"),
        # a statement made plain, an expectation, a fear or worry about a state of things
        ("nb", "Presidenten gjorde det klart at landet ikke vil gi fra seg territorium.", "Presidenten", "landet ikke vil gi fra seg territorium"),
        ("nn", "Kommandanten har gjort det klart at soldatane ikkje vil trekkje seg ut.", "Kommandanten", "soldatane ikkje vil trekkje seg ut"),
        ("nb", "Eksperter regner med at offensiven kommer før sommeren.", "Eksperter", "offensiven kommer før sommeren"),
        ("nn", "Statsministeren reknar med at krigen vil vare i fleire år.", "Statsministeren", "krigen vil vare i fleire år"),
        ("nb", "Ordføreren er redd for at flere vil flykte fra byen.", "Ordføreren", "flere vil flykte fra byen"),
        ("nn", "Ministeren er uroa over at Russland byggjer opp styrkane ved grensa.", "Ministeren", "Russland byggjer opp styrkane ved grensa"),
        # the particle after the speaker's party in brackets
        ("nn", "Før debatten bad ordførar Kari Vik (Sp) om at saka måtte utsetjast.", "Kari Vik", "saka måtte utsetjast"),
    ],
)
def test_clause_cues_report(code: str, text: str, speaker: str, clause: str) -> None:
    assert (speaker, clause) in _indirect(code, text)


@pytest.mark.parametrize(
    ("code", "text", "expected"),
    [
        # seeing a thing, wishing oneself a thing: no content clause, no report; the clause
        # after them is one
        ("nb", "Soldaten ser bilen komme over brua. Offiseren ser at brua er skadet.", [("Offiseren", "brua er skadet")]),
        ("nb", "Hun ønsker seg en ny jobb. Hun ønsker at krigen tar slutt.", [("Hun", "krigen tar slutt")]),
        ("nn", "Guten ser flyet over byen. Mora ser at det er russisk.", [("Mora", "det er russisk")]),
        # making something ready, expecting a thing: no clause, no report
        ("nn", "Snøen gjer det vanskeleg å kome fram. Hæren reknar med at vegen opnar i morgon.", [("Hæren", "vegen opnar i morgon")]),
        ("nb", "De regner med flere angrep. Politiet regner med at veien åpner i morgen.", [("Politiet", "veien åpner i morgen")]),
        # a threat of something, not that something
        ("nb", "Russland truet med nye angrep. Kreml truet med at flere byer ville bli rammet.", [("Kreml", "flere byer ville bli rammet")]),
    ],
)
def test_clause_cues_need_a_clause(code: str, text: str, expected: list[tuple[str, str]]) -> None:
    assert _indirect(code, text) == expected


def test_direct_quote_keeps_its_speaker_cue() -> None:
    """ "ser" inside the quoted words is no cue: the quote is the speaker's after "sier"."""
    reading = _reading("nb", "– Vi ser at fienden trekker seg tilbake, sier han. Offiseren ser at linjene holder.")
    assert [(q.kind, q.cue.text if q.cue else None) for q in reading.quotes] == [
        ("direct", "sier"),
        ("indirect", "ser"),
    ]


@pytest.mark.parametrize(
    ("code", "text", "clause"),
    [
        ("nb", "I avtalen står det at styrkene skal trekkes ut innen mai.", "styrkene skal trekkes ut innen mai"),
        ("nn", "I reglane står det at ein må ha spela fire kampar for å få medalje.", "ein må ha spela fire kampar for å få medalje"),
        ("nn", "Dei viste til instruksen. Der står det at etatane må spørje om lov først.", "etatane må spørje om lov først"),
        # the sentence after a statement quoted before goes on with it
        ("nn", "– Ingen rakettar vart sende mot byen, heiter det i ei fråsegn frå departementet. Skadane kjem av at luftvernet skaut ned eigne rakettar, heiter det vidare.", "Skadane kjem av at luftvernet skaut ned eigne rakettar"),
        ("nb", "Skadene skyldes at luftvernet skjøt ned egne raketter, heter det videre.", "Skadene skyldes at luftvernet skjøt ned egne raketter"),
    ],
)
def test_document_speaks(code: str, text: str, clause: str) -> None:
    assert clause in [quote for _, quote in _indirect(code, text)]


def test_statement_goes_on_with_its_speaker() -> None:
    """ "..., heiter det vidare." after a statement that named its source: the same source."""
    text = (
        "– Ingen rakettar vart sende mot byen, heiter det i ei fråsegn frå departementet. "
        "Skadane kjem av at luftvernet skaut ned eigne rakettar, heiter det vidare."
    )
    assert ("departementet", "Skadane kjem av at luftvernet skaut ned eigne rakettar") in _indirect("nn", text)


def test_sign_is_no_document() -> None:
    """A thing on which words stand, with no "at"-clause right after, reports nothing."""
    text = "På skiltet står det navnet på byen. I vedtaket står det at skolen skal stenges."
    assert _indirect("nb", text) == [(None, "skolen skal stenges")]


@pytest.mark.parametrize(
    ("code", "text", "speaker", "clause"),
    [
        ("nb", "Kommandanten hevder at angrepet ble slått tilbake.\n\nAt fienden mistet mange soldater, og at linjene holdt hele natten.", "Kommandanten", "fienden mistet mange soldater, og at linjene holdt hele natten"),
        ("nn", "Ordføraren meiner staten har svikta kommunen. At pengane aldri kom, og at folk har venta i månader.", "Ordføraren", "pengane aldri kom, og at folk har venta i månader"),
        # a comma inside the clause, before its own verb, still continues it
        ("nb", "Han mener ledelsen har spredd rykter. At sjefene i sin iver etter å bli kvitt ham, har brukt skitne triks.", "Han", "sjefene i sin iver etter å bli kvitt ham, har brukt skitne triks"),
    ],
)
def test_at_sentence_continues_report(code: str, text: str, speaker: str, clause: str) -> None:
    assert (speaker, clause) in _indirect(code, text)


def test_fronted_at_clause_is_no_continuation() -> None:
    """ "At det tar tid, er alle enige om": the clause is the subject of a main clause after it."""
    text = (
        "Kommandanten hevder at angrepet ble slått tilbake. At fienden mistet mange soldater.\n\n"
        "Ministeren mener krigen snart er over. At det tar tid, er alle enige om."
    )
    assert [quote for _, quote in _indirect("nb", text)] == [
        "angrepet ble slått tilbake",
        "fienden mistet mange soldater",
        "krigen snart er over",
    ]


def test_according_to_statement_speaks_for_its_issuer() -> None:
    reading = _reading(
        "nb",
        "Det opplyser Ukrainas forsvarsdepartement lørdag morgen. Ifølge uttalelsen pågår det harde kamper flere steder.",
    )
    assert [(q.speaker.name if q.speaker else None, q.text) for q in reading.quotes if q.kind == "indirect"] == [
        ("Ukrainas forsvarsdepartement", "pågår det harde kamper flere steder")
    ]


@pytest.mark.parametrize(
    ("code", "text", "expected"),
    [
        # a check that failed, in the past and in Nynorsk: no one named, the publication says so
        ("nb", "Opplysningene om angrepet lot seg ikke bekrefte.", ("could-not-verify", "the publication")),
        ("nn", "Opplysningane om åtaket let seg ikkje stadfeste.", ("could-not-verify", "the publication")),
        ("nn", "Det har ikkje vore mogleg å stadfeste tala frå fronten.", ("could-not-verify", "the publication")),
        # a plural participle after its passive auxiliary names the one who checked
        ("nb", "Videoene er verifiserte av NRK.", ("verified", "NRK")),
        ("nn", "Bileta vart geolokaliserte av NRK.", ("verified", "NRK")),
        # a modal's confirmation
        ("nb", "Politiet kan bekrefte at to personer er pågrepet etter angrepet.", ("confirmed", "Politiet")),
        ("nn", "Hæren kunne stadfeste at basen vart råka i natt.", ("confirmed", "Hæren")),
        # imagery as evidence: its maker, else the images
        ("nb", "Nye satellittbilder fra Maxar viser at flystripen er ødelagt.", ("reported", "Maxar")),
        ("nn", "Satellittbilete viser at brua over elva er øydelagd.", ("reported", "Satellittbilete")),
    ],
)
def test_checks_and_evidence(code: str, text: str, expected: tuple[str, str]) -> None:
    assert [(a.relation, a.source.name) for a in _reading(code, text).attributions] == [expected]


def test_negated_modal_is_a_failed_check() -> None:
    """ "kan ikke bekrefte" stays a failed check; the modal's confirmation after it is one."""
    text = "Politiet kan ikke bekrefte at noen er pågrepet. Hæren kan bekrefte at basen er rammet."
    assert [(a.relation, a.source.name) for a in _reading("nb", text).attributions] == [
        ("could-not-verify", "Politiet"),
        ("confirmed", "Hæren"),
    ]

