"""Figures in war reporting (issue #10, session 15), on sentences written for this test in the
shape of real Norwegian and English reports: a toll whose verb stands after an inserted part of
it ("tre, blant dem et barn, ble drept"), the injured a toll counts by their care ("were
hospitalised"), and a statement in a later clause of its own that claims only what it says
("..., og myndighetene hevder å ha skutt ned 40 droner"). Also the one reader of "the subject of
a reporting verb claims the count in its object" for both shapes the language data lists."""

from __future__ import annotations

from sourcetrace.analysis import analyze
from sourcetrace.ingest import SourceDoc


def figures(text: str, lang: str = "nb") -> list[tuple[float, str | None, str | None]]:
    """``(value, counts, claimant name)`` of every figure read in ``text``."""
    reading = analyze(SourceDoc(text="Nyheter\n\n" + text + "\n", origin="written.txt"), lang=lang)
    return [
        (f.value, f.counts, f.claimant.name if f.claimant is not None else None)
        for f in reading.figures
    ]


# -- a toll's verb after an inserted part of the count --------------------------------------------


def test_a_bare_toll_counts_past_an_inserted_part_nb() -> None:
    read = figures("En skole ble truffet i natt, der fire, blant dem en lærer, mistet livet.")
    assert (4.0, "killed", None) in read


def test_a_partitive_toll_counts_past_an_inserted_part_nb() -> None:
    read = figures("Tolv personer ble skadet i Sumy. Fem av dem, inkludert to barn, ble drept.")
    assert [value for value, _counts, _who in read] == [12.0, 5.0, 2.0]
    assert read[1][1] == "killed"


def test_a_bare_toll_counts_past_an_inserted_part_en() -> None:
    read = figures(
        "Eleven people were hurt in Odesa. Seven, including three children, were hospitalized.",
        lang="en",
    )
    assert [(value, counts) for value, counts, _who in read][:2] == [(11.0, "wounded"), (7.0, "hospitalised")]


# -- the injured counted by their care ------------------------------------------------------------


def test_a_bare_number_of_hospitalised_is_a_figure_en() -> None:
    read = figures("The strike on the market wounded 25 people, and 13 were hospitalised.", lang="en")
    assert [(value, counts) for value, counts, _who in read] == [(25.0, "wounded"), (13.0, "hospitalised")]
    # a speaker after the toll still claims it
    read = figures("Two people were killed and 9 were hospitalized in Kharkiv, the governor said.", lang="en")
    assert read == [(2.0, "killed", "the governor"), (9.0, "hospitalised", "the governor")]


def test_taken_to_hospital_counts_too_en() -> None:
    read = figures("At least 8 were taken to hospital after the shelling, officials said.", lang="en")
    assert [(value, counts) for value, counts, _who in read] == [(8.0, "hospitalised")]


# -- a statement in a later clause of its own ------------------------------------------------------


def test_a_later_coordinate_statement_does_not_claim_the_figure_before_it_nb() -> None:
    read = figures(
        "I Kursk ble én person drept av en drone, og russiske myndigheter hevder å ha skutt ned "
        "40 ukrainske droner."
    )
    assert read == [(1.0, "killed", None), (40.0, "destroyed", "russiske myndigheter")]


def test_a_later_relative_statement_with_its_own_content_does_not_claim_nb() -> None:
    read = figures(
        "I regionen ble minst 12 drept og 30 såret i et angrep mot en skole, som guvernør Ola "
        "Hansen bekreftet ødela flere bygninger."
    )
    assert [who for _value, _counts, who in read] == [None, None]
    # a clause that only confirms, to someone, comments on the clause before it: it claims
    read = figures("Minst fem ble drept i angrepet, som guvernør Ola Hansen bekreftet overfor NTB.")
    assert read == [(5.0, "killed", "Ola Hansen")]


# -- a part of an earlier count ------------------------------------------------------------------


def test_a_part_of_an_earlier_count_is_claimed_by_whoever_gave_the_whole_nb() -> None:
    read = figures(
        "Det russiske forsvaret sier at Ukraina sendte 80 droner i natt. Fem av disse ble skutt "
        "ned over Kursk."
    )
    assert [who for _value, _counts, who in read] == ["Det russiske forsvaret"] * 2


# -- years after a person noun and "på" are an age ----------------------------------------------


def test_years_after_a_person_noun_and_paa_are_an_age_nb() -> None:
    assert figures("En kvinne på 71 år ble hentet ut av ruinene i Dnipro.") == []


def test_other_spans_after_a_person_noun_and_paa_still_count_nb() -> None:
    read = figures(
        "En kvinne på 71 år ble hentet ut av ruinene. Familien har ikke hørt fra sønnen på tre "
        "måneder."
    )
    assert [(value, counts) for value, counts, _who in read] == [(3.0, "months")]


# -- a finite verb ends the search for the counted noun ------------------------------------------


def test_a_finite_verb_between_a_year_and_a_noun_ends_the_search_nb() -> None:
    assert figures("Høsten i Odesa 2019 hadde ukene gått fort for familien.") == []


# -- English "one" counts a weapon at once ------------------------------------------------------


def test_one_counts_a_weapon_at_once_en() -> None:
    read = figures("The north said the army fired one shell across the border on Friday.", lang="en")
    assert [(value, counts) for value, counts, _who in read] == [(1.0, "missiles")]


def test_one_after_a_determiner_or_before_a_person_is_no_count_en() -> None:
    assert figures("This one drone was different, one person I never met wrote to me.", lang="en") == []
    assert [value for value, _c, _w in figures("One drone hit a house in Sumy.", lang="en")] == [1.0]


# -- a common noun that names a party claims the count of its reporting verb --------------------


def test_a_common_noun_subject_of_a_claim_verb_claims_the_count_en() -> None:
    read = figures("In the town, the regional police recorded 14 burglaries last month.", lang="en")
    assert read == [(14.0, "burglaries", "the regional police")]


def test_a_common_noun_subject_of_a_claim_verb_claims_the_count_nb() -> None:
    read = figures("Arrangørene sier de var mange, mens politiet anslår 4000 deltakere.")
    assert [who for _value, _counts, who in read] == ["politiet"]


# -- one boy or girl in a toll, and the abducted ---------------------------------------------


def test_one_boy_or_girl_in_a_toll_is_a_count_nb() -> None:
    read = figures("En gutt ble såret av splinter i Kramatorsk. Ei jente ble drept i Sumy.")
    assert [(value, counts) for value, counts, _who in read] == [(1.0, "wounded"), (1.0, "killed")]


def test_the_abducted_are_counted_as_captured() -> None:
    assert figures("To journalister ble bortført i Donetsk i helgen.")[0][:2] == (2.0, "captured")
    assert figures("Two aid workers were abducted near the front.", lang="en")[0][:2] == (2.0, "captured")
