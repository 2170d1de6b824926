"""Kinds of Bokmål sourcing statement found missing in the sixteenth round (issue #10), read off
new Bokmål news reports (NTB copy, VG, TV 2, NRK, Nettavisen): the inverted subject of a V2
clause with an adverb between verb and subject ("Til avisen avkrefter nå X dette", "Torsdag
avviser også X at"), a party that "melder om" an event after a fronted phrase, where the
inverted subject stands between the verb and "om" ("I natt melder politiet om"), a fronted
clock time or moment ("Omkring klokken tre", "Like etter midnatt"), and a failed check "fra
offisielt hold". The sentences are written for these tests in the shape of Norwegian news copy."""

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
