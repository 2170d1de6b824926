"""Kinds of Bokmål sourcing statement found missing or wrong in the sixteenth round (issue #10),
read off new Bokmål news reports (NTB copy, VG, TV 2, NRK, Nettavisen): the inverted subject of
a V2 clause with an adverb between verb and subject ("Til avisen avkrefter nå X dette",
"Torsdag avviser også X at"), a party that "melder om" an event after a fronted phrase, where
the inverted subject stands between the verb and "om" ("I natt melder politiet om"), a fronted
clock time or moment ("Omkring klokken tre", "Like etter midnatt"), a failed check "fra
offisielt hold", an outlet that runs a story ("X slo opp at", "X publiserte en sak om at",
"omtalt av X") and a role that keeps where it comes from ("ambassadøren fra X"); and
statements read where there are none: a verb negated after it as V2 puts it ("avviser ikke
at", "bekrefter ikke"), "hevde seg" (do well), a rejected proposal, appeal or shot ("avviste
anken / forslaget") and figures behind a determiner ("Disse tallene viser"). The sentences are
written for these tests in the shape of Norwegian news copy."""

from __future__ import annotations

import pytest


def _relations(code: str, text: str) -> list[tuple[str, str]]:
    """The (relation, source name) pairs sourcetrace reads in ``text``."""
    from sourcetrace.analysis import analyze
    from sourcetrace.ingest import SourceDoc

    reading = analyze(SourceDoc(text=text, origin="test"), lang=code)
    return [(ann.relation, ann.source.name) for ann in reading.attributions]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an adverb between the V2 verb and its inverted subject
        ("Til Dagsavisen avkrefter nå Olsen hele historien.", ("denied", "Olsen")),
        ("Onsdag avviser også Forsvaret at det har vært øvelser i området.", ("denied", "Forsvaret")),
        ("Dette bekrefter også statsforvalteren overfor NTB.", ("confirmed", "statsforvalteren")),
        ("I kveld avviser imidlertid departementet hele påstanden.", ("denied", "departementet")),
        # "melder om" with the inverted subject between the verb and "om"
        ("I natt melder politiet om flere eksplosjoner i sentrum.", ("reported", "politiet")),
        ("Fredag meldte brannvesenet om store skader på kaia.", ("reported", "brannvesenet")),
        ("Søndag melder også ukrainske myndigheter om nye droneangrep.", ("reported", "ukrainske myndigheter")),
        # a fronted clock time or moment before the verb
        ("Omkring klokken fire melder flere fotografer om røyk over havna.", ("reported", "flere fotografer")),
        ("Like etter midnatt melder Reuters om skudd nær grensen.", ("reported", "Reuters")),
    ],
)
def test_inverted_subject_is_the_source(text: str, expected: tuple[str, str]) -> None:
    """The subject after the verb of a V2 clause is who reports, denies or confirms."""
    assert expected in _relations("nb", text)


@pytest.mark.parametrize(
    "text",
    [
        "Dødstallene er ikke bekreftet fra offisielt hold.",
        "Angrepet har foreløpig ikke blitt bekreftet fra offisielt hold.",
    ],
)
def test_no_official_confirmation_is_a_failed_check(text: str) -> None:
    """"Ikke bekreftet fra offisielt hold": no one has checked it; the publication says so."""
    assert ("could-not-verify", "the publication") in _relations("nb", text)


@pytest.mark.parametrize(
    "text",
    [
        # "melde seg", "melde fra om" are other verbs
        "Flere frivillige melder seg til tjeneste om kort tid.",
        "Naboene melder fra om støy fra byggeplassen.",
        # a count opening the subject is no fronted phrase
        "Rundt 300 innbyggere klager på støyen.",
    ],
)
def test_other_verbs_are_no_report(text: str) -> None:
    """A phrasal verb with "melde", or a subject that opens on a count, reports nothing."""
    assert not [pair for pair in _relations("nb", text) if pair[0] == "reported"]


@pytest.mark.parametrize(
    ("text", "relation"),
    [
        # V2 puts a main clause's negation after the finite verb: not denying is no denial
        ("Statsråden avviser ikke at avgiften kan bli høyere neste år.", "denied"),
        ("Hæren avviste heller ikke at soldater var sendt til grensen.", "denied"),
        ("Forsvareren avviser ikke påtalemyndighetens framstilling.", "denied"),
        ("Kommunen bekrefter ikke at skolen skal legges ned.", "confirmed"),
        ("Det bekrefter sykehuset ikke.", "confirmed"),
        ("Opposisjonen hevder ikke at valget var fusk.", "claimed"),
        # "hevde seg" is doing well, no claim
        ("Klubben har hevdet seg i toppen av serien i flere år.", "claimed"),
    ],
)
def test_negated_or_other_sense_is_no_statement(text: str, relation: str) -> None:
    """A cue verb negated after it, or in another sense, states no denial, confirmation or claim."""
    assert relation not in [pair[0] for pair in _relations("nb", text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the negation belongs to the reported content, not to a verb of saying
        ("Ifølge Nilsen virket ikke sjåføren beruset.", ("reported", "Nilsen")),
        # "ikke bare" (not only) still denies
        ("Ministeren avviser ikke bare kritikken, men også kravet om granskning.", ("denied", "Ministeren")),
        # a negation inside the at-clause
        ("Politiet bekrefter at ingen ble skadet i brannen.", ("confirmed", "Politiet")),
    ],
)
def test_negation_elsewhere_keeps_the_statement(text: str, expected: tuple[str, str]) -> None:
    """A negation in the reported content, or "ikke bare", leaves the statement standing."""
    assert expected in _relations("nb", text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an outlet that runs a story reports it
        ("Dagsavisen slo i helgen opp at rådmannen skal slutte.", ("reported", "Dagsavisen")),
        ("Nettavisen publiserte fredag en sak om at kommunen skjuler tall.", ("reported", "Nettavisen")),
        # the passive names the outlet as its agent
        ("Planene ble først omtalt av Bergens Tidende.", ("reported", "Bergens Tidende")),
    ],
)
def test_an_outlet_running_a_story_reports_it(text: str, expected: tuple[str, str]) -> None:
    """"X slo opp at", "X publiserte en sak om at", "omtalt av X": the outlet is the source."""
    assert expected in _relations("nb", text)


@pytest.mark.parametrize(
    "text",
    [
        "Han slo i fjor opp med kjæresten.",
        "Departementet publiserte en sak om at fristen forlenges.",
    ],
)
def test_no_outlet_no_story_report(text: str) -> None:
    """"slo opp med" is another verb; a party's own publication is its statement, no relay."""
    assert not [pair for pair in _relations("nb", text) if pair[0] == "reported"]


@pytest.mark.parametrize(
    "text",
    [
        "Lagmannsretten avviste anken fra de to brødrene.",
        "Bystyret avviste forslaget om ny bussterminal.",
        "Fylket avviser kravet om full erstatning.",
        "Målvakten avviste et hardt skudd like før pause.",
    ],
)
def test_rejecting_a_proposal_is_no_denial(text: str) -> None:
    """"avviste anken / forslaget / kravet / skuddet" rejects an act, it denies no statement."""
    assert "denied" not in [pair[0] for pair in _relations("nb", text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Statsforvalteren avviser kritikken fra foreldrene.", ("denied", "Statsforvalteren")),
        ("Rederiet avviser påstandene om ulovlig fiske.", ("denied", "Rederiet")),
    ],
)
def test_rejecting_a_claim_is_a_denial(text: str, expected: tuple[str, str]) -> None:
    """Criticism and claims are statements: rejecting them denies them."""
    assert expected in _relations("nb", text)


@pytest.mark.parametrize(
    "text",
    [
        "Disse tallene viser at færre tar bussen enn før.",
        "Ifølge disse tallene tar færre bussen enn før.",
    ],
)
def test_figures_with_a_determiner_are_no_source(text: str) -> None:
    """"Disse tallene" with no issuer is no more a source than "tallene" alone."""
    assert _relations("nb", text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Dødsfallet ble bekreftet av generalkonsulen fra offerets hjemland.", ("confirmed", "generalkonsulen fra offerets hjemland")),
        ("Ifølge en talsmann fra brannvesenet er tre personer evakuert.", ("reported", "en talsmann fra brannvesenet")),
    ],
)
def test_a_role_keeps_where_it_comes_from(text: str, expected: tuple[str, str]) -> None:
    """"generalkonsulen fra X", "en talsmann fra X": the body or country is part of the description."""
    assert expected in _relations("nb", text)


def test_figures_from_a_body_still_name_the_body() -> None:
    """"tall fra X" is no role: the issuer of the figures is the source."""
    assert ("reported", "FN") in _relations("nb", "Ifølge tall fra FN er over 200 drept.")
