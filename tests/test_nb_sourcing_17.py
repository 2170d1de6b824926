"""Kinds of Norwegian sourcing statement found missing or wrong in the seventeenth round (issue
#10), read off new Bokmål and Nynorsk reporting (NTB copy, VG, TV 2, Aftenposten, NPK): a claim
made in a document without an agent ("På lista hevdes det at", "hevdes det i oversikten"),
whose claimant is whoever the text said published the document, never a body merely named
nearby; a check that found nothing ("X har ingen opplysninger som bekrefter påstandene"),
a failed check by X; an office owned through "til" ("ifølge kontoret til ordføreren"),
whose owner the source phrase cut off; and whom a relaying outlet cites ("ifølge Reuters, som
siterer lokale myndigheter", "melder AFP med henvisning til departementet"), lost before; and a
failed check inside reported speech ("Politiet opplyser at identiteten ikke kan bekreftes"),
the speaker's, not the publication's; a new document ("En annen rapport viser", "Nye tall
viser") that took the issuer of the one named before; and nominal sourcing ("Opplysningene
kommer fra forsvaret", "Det fremgår av en pressemelding fra politiet"), lost before; and
the inverted infinitive report ("Dette skal russiske medier ha meldt"), whose subject between
the modal and "ha" was cut. The sentences are written for these tests in the shape of Norwegian news
copy."""

from __future__ import annotations

import pytest


def _relations(code: str, text: str) -> list[tuple[str, str]]:
    """The (relation, source name) pairs sourcetrace reads in ``text``."""
    from sourcetrace.analysis import analyze
    from sourcetrace.ingest import SourceDoc

    reading = analyze(SourceDoc(text=text, origin="test"), lang=code)
    return [(ann.relation, ann.source.name) for ann in reading.attributions]


@pytest.mark.parametrize(
    ("code", "text", "source"),
    [
        # the publisher in a V2 clause, the claim fronted in the next sentence
        (
            "nb",
            "Fredag la det hviterussiske innenriksdepartementet fram en liste over savnede.\n\n"
            "På lista hevdes det at 30 personer er pågrepet.",
            "det hviterussiske innenriksdepartementet",
        ),
        # the publisher as a plain subject; the claim sentence-final, the document by its stem
        (
            "nb",
            "Forsvarsdepartementet i Minsk publiserte mandag en oversikt over tapene.\n\n"
            "Fire helikoptre er skutt ned, hevdes det i oversikten.",
            "Forsvarsdepartementet i Minsk",
        ),
        # two words for one document, with other bodies named between
        (
            "nb",
            "Tirsdag publiserte det russiske forsvarsdepartementet en oversikt over leiesoldater.\n\n"
            "Finske myndigheter har ikke kommentert saken.\n\n"
            "I listen påstås det at 12 finner er drept.",
            "det russiske forsvarsdepartementet",
        ),
        # Nynorsk
        (
            "nn",
            "Departementet i Moskva publiserte i går ei liste over utanlandske soldatar.\n\n"
            "På lista hevdast det at 20 svenskar er drepne.",
            "Departementet i Moskva",
        ),
    ],
)
def test_claim_in_a_document_is_its_publishers(code: str, text: str, source: str) -> None:
    """An agentless claim located in a list or overview is the claim of the body the text
    said published it (the guide: a document is no source, whoever issued it is)."""
    assert ("claimed", source) in _relations(code, text)


def test_claim_in_a_document_not_said_to_be_published_has_an_unknown_claimant() -> None:
    """With no publisher named the claimant is unknown: a guess at a body named nearby, or
    the list itself, would be a wrong source. The same text's published overview still
    speaks for its publisher."""
    text = (
        "Norske myndigheter har ikke kommentert opplysningene.\n\n"
        "På den russiske lista hevdes det at sju nordmenn er drept.\n\n"
        "Onsdag publiserte Forsvarsdepartementet en oversikt over tapene.\n\n"
        "I oversikten hevdes det også at to svensker er såret."
    )
    claims = [pair for pair in _relations("nb", text) if pair[0] == "claimed"]
    assert claims == [("claimed", "unknown"), ("claimed", "Forsvarsdepartementet")]
    # a press release with no issuer named is no source either (nor whoever spoke last)
    text = (
        "– Vi vet ingenting, sier rådgiver Kari Nordmann i UD. Russerne vil telle soldatene, "
        "går det fram av pressemeldingen. Det fremgår av en pressemelding fra Kripos at to er "
        "pågrepet."
    )
    assert _relations("nb", text) == [("reported", "Kripos")]


@pytest.mark.parametrize(
    ("code", "text", "source"),
    [
        ("nb", "Svenske myndigheter har ingen opplysninger som bekrefter påstandene.", "Svenske myndigheter"),
        ("nb", "Politiet har foreløpig ikke noen informasjon som støtter ryktene.", "Politiet"),
        ("nb", "Pentagon kjenner ikke til opplysninger som underbygger meldingene.", "Pentagon"),
        # a subordinate clause puts the negation before the verb
        (
            "nb",
            "Avisen har snakket med Forsvarsdepartementet, som ikke har noen opplysninger som bekrefter ryktene.",
            "Forsvarsdepartementet",
        ),
        ("nn", "Forsvaret har ingen opplysningar som stadfestar dei russiske påstandane.", "Forsvaret"),
    ],
)
def test_finding_nothing_that_bears_a_claim_out_is_a_failed_check(
    code: str, text: str, source: str
) -> None:
    """"X har ingen opplysninger som bekrefter påstandene": X looked and could not verify;
    "har ikke lagt fram bevis som støtter påstanden" (a claimant's own want of proof) is no
    check."""
    claimant = " Departementet har ikke lagt fram bevis som støtter påstanden."
    checks = [pair for pair in _relations(code, text + claimant) if pair[0] == "could-not-verify"]
    assert checks == [("could-not-verify", source)]


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Tre personer ble drept, ifølge kontoret til guvernøren i regionen.", "kontoret til guvernøren"),
        ("Ifølge pressetjenesten til presidenten er møtet utsatt.", "pressetjenesten til presidenten"),
        ("Brua er stengt, ifølge talspersonen til statsministeren.", "talspersonen til statsministeren"),
    ],
)
def test_an_office_owned_through_til_keeps_its_owner(text: str, source: str) -> None:
    """"kontoret til ordføreren": an office or a spokesperson and the title that owns it are
    one source; cut at "til" the source would be a bare "kontoret". An outlet after "til"
    ("sier talspersonen til NTB") is who was told, never an owner."""
    told = " Skolen er stengt, sier talspersonen til NTB."
    pairs = _relations("nb", text + told)
    assert ("reported", source) in pairs
    assert not [name for _, name in pairs if "NTB" in name]


@pytest.mark.parametrize(
    ("text", "outlet", "cited"),
    [
        ("To soldater er drept, ifølge Reuters, som siterer regionale helsemyndigheter.", "Reuters", "regionale helsemyndigheter"),
        ("Broen er sprengt, skriver AFP, som siterte en talsmann for hæren.", "AFP", "en talsmann for hæren"),
        ("Kolonnen har snudd, melder NTB med henvisning til Forsvarsdepartementet.", "NTB", "Forsvarsdepartementet"),
    ],
)
def test_whom_a_relaying_outlet_cites_is_a_source_too(text: str, outlet: str, cited: str) -> None:
    """The outlet relays and the one it cites is where the information comes from: both are
    reported sources (the guide's "citing sources"). A reason given "med henvisning til
    loven" is no source."""
    reason = " Søknaden ble avvist med henvisning til loven."
    pairs = _relations("nb", text + reason)
    assert ("reported", outlet) in pairs
    assert ("reported", cited) in pairs
    assert not [name for _, name in pairs if "loven" in name]


@pytest.mark.parametrize(
    ("code", "text", "source"),
    [
        ("nb", "Sykehuset opplyser at dødsårsaken foreløpig ikke kan bekreftes.", "Sykehuset"),
        ("nb", "Brannvesenet sier at antallet savnede ikke har latt seg bekrefte.", "Brannvesenet"),
        ("nb", "Reuters skriver at dødstallene ikke har latt seg verifisere.", "Reuters"),
        ("nn", "Politiet seier at identiteten ikkje kan stadfestast enno.", "Politiet"),
    ],
)
def test_a_failed_check_in_reported_speech_is_the_speakers(code: str, text: str, source: str) -> None:
    """Inside an indirect quote the speaker says the check failed; the publication's own
    "ikke bekreftet fra uavhengig hold" outside one stays the publication's."""
    own = " Tallene er ikke bekreftet fra uavhengig hold." if code == "nb" else " Tala er ikkje stadfesta frå uavhengig hald."
    checks = [pair for pair in _relations(code, text + own) if pair[0] == "could-not-verify"]
    assert checks == [("could-not-verify", source), ("could-not-verify", "the publication")]


@pytest.mark.parametrize(
    ("text", "earlier", "later"),
    [
        (
            "En rapport fra Human Rights Watch viser at 40 fanger er løslatt. "
            "En annen rapport viser at flere er flyttet.",
            "Human Rights Watch",
            "En annen rapport",
        ),
        (
            "Tall fra UNHCR viser at 200 000 har flyktet. Nye tall viser at 50 000 har vendt hjem.",
            "UNHCR",
            "Nye tall",
        ),
    ],
)
def test_a_new_document_keeps_no_earlier_issuer(text: str, earlier: str, later: str) -> None:
    """"En annen rapport", "Nye tall": another document than the one named before, whose
    issuer the text does not give; a definite "Rapporten" still points back (see
    test_sourcing_no_kinds4)."""
    pairs = _relations("nb", text)
    assert ("reported", earlier) in pairs
    assert ("reported", later) in pairs


@pytest.mark.parametrize(
    ("code", "text", "source"),
    [
        ("nb", "Opplysningene kommer fra det polske forsvaret.", "det polske forsvaret"),
        ("nb", "Tallene er hentet fra Verdens helseorganisasjon.", "Verdens helseorganisasjon"),
        ("nb", "Informasjonen er hentet fra den finske avisen Helsingin Sanomat.", "Helsingin Sanomat"),
        ("nb", "Det fremgår av en pressemelding fra Kripos.", "Kripos"),
        ("nn", "Tala kjem frå Statistisk sentralbyrå.", "Statistisk sentralbyrå"),
    ],
)
def test_information_said_to_come_from_a_body_is_its_report(code: str, text: str, source: str) -> None:
    """Information said to come from a body, or a press release's body, reports; a thing it
    comes from ("et overvåkingskamera") is no source."""
    thing = " Bildene kommer fra et overvåkingskamera."
    pairs = _relations(code, text + thing)
    assert pairs == [("reported", source)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Dammen er sprengt. Dette skal flere ukrainske medier ha meldt.", ("reported", "flere ukrainske medier")),
        ("Dammen er sprengt. Det skal Bloomberg ha skrevet.", ("reported", "Bloomberg")),
        ("Dette skal Hæren ha avvist.", ("denied", "Hæren")),
        ("Onsdag skal departementet ha bekreftet at tre er pågrepet.", ("confirmed", "departementet")),
    ],
)
def test_inverted_infinitive_report_keeps_its_subject(text: str, expected: tuple[str, str]) -> None:
    """After a fronted phrase and a modal the subject stands before "ha" ("Dette skal
    russiske medier ha meldt"): it is the source, hedged by "skal" (a hedge's business); the
    plain order "Russland skal ha hevdet" is read as before."""
    pairs = _relations("nb", text + " Russland skal ha hevdet at broen er stengt.")
    assert expected in pairs
    assert ("claimed", "Russland") in pairs
