"""What counts as a figure in Norwegian news (issue #10), on sentences written for this test:
a share written as a word is a percentage, an age reached ("fylte 67 år") and a duration that
points to a moment ("20 år seinere", "gå 15 år tilbake") are no figures, while the durations
and counts around them stay."""

from __future__ import annotations

from sourcetrace.analysis import analyze
from sourcetrace.ingest import SourceDoc


def figures(text: str, lang: str = "nb") -> list[tuple[float, str | None]]:
    reading = analyze(SourceDoc(text="Nyheter\n\n" + text + "\n", origin="written.txt"), lang=lang)
    return [(f.value, f.unit) for f in reading.figures]


def test_half_is_fifty_percent() -> None:
    assert figures("Halvparten av innbyggerne har flyktet fra byen.") == [(50, "percent")]


def test_an_age_reached_is_no_figure() -> None:
    assert figures("Da sjåføren fylte 67 år, kjørte han fortsatt nødhjelp til fronten.") == []


def test_a_moment_counted_from_another_is_no_figure() -> None:
    assert figures("Tjue år seinere står huset fortsatt tomt.") == []
    assert figures("For å forstå konflikten må vi gå 15 år tilbake.") == []


def test_durations_and_counts_that_are_claims_stay() -> None:
    assert (14, "days") in figures("Byen har vært under beskytning i 14 dager.")
    assert (3, "people") in figures("Tre personer meldes drept etter angrepet.")


def test_a_span_of_time_beside_another_count_is_its_window() -> None:
    assert figures("I løpet av tre timer ble 40 droner skutt ned.") == [(40, "drones")]
    assert (5, "minutes") in figures("De tømte skolen i løpet av fem til ti minutter, sier rektor.")
    english = figures("The city was hit by two missiles and 15 drones over a span of three hours.", "en")
    assert (3, "hours") not in english and (15, "drones") in english
    assert figures("The school was emptied over a span of ten minutes.", "en") == [(10, "minutes")]


def test_the_article_before_a_weapon_is_no_count() -> None:
    assert figures("Minst tre menneske vart drepne då ei rakett trefte ei blokk.", "nn") == [
        (3, "people")
    ]
    assert figures("Videoen viser en rakett treffe fronten på bygningen.") == []
    assert (1, "soldiers") in figures("Ein soldat vart drepen og to såra.", "nn")
