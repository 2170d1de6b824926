"""Spurious counts in war reporting (issue #10, session 13), on sentences written for this test in
the shape of real Norwegian and English reports: a pair before a definite plural noun ("de to
landene") is "both" of two already named, and "andre" before a plural noun is "other", not a
rank."""

from __future__ import annotations

from sourcetrace.analysis import analyze
from sourcetrace.ingest import SourceDoc


def values(text: str, lang: str = "nb") -> list[float]:
    reading = analyze(SourceDoc(text="Nyheter\n\n" + text + "\n", origin="written.txt"), lang=lang)
    return [f.value for f in reading.figures]


# -- a pair before a definite plural noun --------------------------------------------------------


def test_a_pair_before_a_definite_plural_is_no_new_count() -> None:
    assert (
        values("Polen og Litauen har stengt grensen. De to landene har ikke kommentert saken.")
        == []
    )


def test_a_pair_before_an_adjective_and_a_definite_plural_is_no_new_count() -> None:
    assert values("Etter møtet reiste de to nye delegasjonene hjem til Kyiv.") == []


def test_the_count_stays_and_its_back_reference_goes() -> None:
    assert values(
        "To soldater ble drept i angrepet, opplyser hæren. De to soldatene var fra Lviv."
    ) == [2]


def test_a_larger_number_or_a_pair_picked_out_of_more_still_counts() -> None:
    assert values(
        "Alle de 40 soldatene som ble tatt til fange, er nå utvekslet, opplyser hæren. "
        "De to siste fangene ble sluppet fri søndag, mens de to landene forhandler videre."
    ) == [40, 2]


# -- "andre" before a plural noun ----------------------------------------------------------------


def test_andre_before_a_plural_noun_is_other_not_second() -> None:
    assert values("Ministeren avviste at noen andre fangeutvekslinger var avtalt.") == []
    assert values("Hæren avviser at det har vært andre angrep mot byen i natt.") == []


def test_an_ordinal_before_a_singular_noun_still_counts_the_event() -> None:
    assert values(
        "Det var den andre utvekslingen siden sommeren. Flere andre utvekslinger er planlagt."
    ) == [2]
