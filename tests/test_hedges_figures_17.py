"""Figures and hedges of general Norwegian news (issue #10, session 17), on sentences written
for this test in the shape of real NTB/NRK copy and Nynorsk press statistics: a part of a small
whole is one proportion ("to av tre aviser"), not two counts; a year that opens its sentence
("I 2014 gjekk ...") is no count, whatever the tagger makes of the verb after it; an age range
after a child noun or "i alderen" ("barn mellom 6 og 12 år") is no figure; and a belief about a
number said after the clause it weighs ("Sjansen er under 50 prosent, mener forskeren") is a
hedge, as "mener at 50" before it is; a number before a superlative ("landets fem største byer")
picks a ranked set and counts nothing; and the bare numbers of a sentence that opens with "of
these" ("Av disse ble 50 skutt ned") count what the count before them counts."""

from __future__ import annotations

import pytest

from sourcetrace.analysis import analyze
from sourcetrace.ingest import SourceDoc


def read(text: str, lang: str = "nb"):
    """The reading of ``text`` as a small news document."""
    return analyze(SourceDoc(text="Nyheter\n\n" + text + "\n", origin="written.txt"), lang=lang)


def figures(text: str, lang: str = "nb") -> list[tuple[float, str]]:
    """``(value, text)`` of every figure read in ``text``."""
    return [(f.value, f.text) for f in read(text, lang).figures]


def hedges(text: str, lang: str = "nb") -> list[tuple[str, str]]:
    """``(cue, hedged text)`` of every hedge read in ``text``."""
    return [(h.cue, h.scope.text) for h in read(text, lang).hedges]


# -- a part of a small whole: one proportion -----------------------------------------------------


# (each test also holds a shape the change must leave alone, so that it fails without it)


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "Tre av fire kommuner fikk mindre penger i år.\n\n"
            # a large whole is a count of its own, as before
            "Politiet kontrollerte 310 av 450 personer i helgen.",
            "nb",
            [(3.0, "Tre av fire kommuner"), (310.0, "310"), (450.0, "450 personer")],
        ),
        (
            "Berre to av ti elevar valde tysk i fjor.",
            "nn",
            [(2.0, "to av ti elevar")],
        ),
        # no noun after the whole: the part of it is still the figure
        (
            "Bare sju av ti som ble spurt, svarte ja.",
            "nb",
            [(7.0, "sju av ti")],
        ),
    ],
)
def test_a_part_of_a_small_whole_is_one_figure(text: str, lang: str, expected: list) -> None:
    assert figures(text, lang) == expected


# -- a year that opens its sentence -----------------------------------------------------------------


def test_a_year_opening_the_sentence_is_no_count_nn() -> None:
    assert figures(
        "I 2016 gjekk om lag 40 prosent av midlane til kultur.\n\n"
        # a year-shaped count inside the sentence stays a count
        "Kommunen tok imot 2000 flyktningar i fjor.",
        "nn",
    ) == [(40.0, "om lag 40 prosent"), (2000.0, "2000 flyktningar")]


# -- a ranked set ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "Selskapet har kontor i de fem største byene og 40 ansatte.",
            "nb",
            [(40.0, "40 ansatte")],
        ),
        (
            "The four biggest lenders hold 35 percent of all deposits.",
            "en",
            [(35.0, "35 percent")],
        ),
    ],
)
def test_a_number_before_a_superlative_is_no_count(text: str, lang: str, expected: list) -> None:
    assert figures(text, lang) == expected


# -- parts of the count before: "of these" -------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "Russland sendte 90 droner mot Ukraina i natt, opplyser luftforsvaret. "
            "Av disse ble 71 skutt ned.",
            "nb",
            [(90.0, "drones", "luftforsvaret"), (71.0, "drones", "luftforsvaret")],
        ),
        (
            "Fylket har 120 skular. Av desse er 35 på nynorsk og 80 på bokmål.",
            "nn",
            [(120.0, "skular", None), (35.0, "skular", None), (80.0, "skular", None)],
        ),
        (
            "Russia launched 90 drones overnight, the air force said. Of these, 71 were downed.",
            "en",
            [(90.0, "drones", "air force"), (71.0, "drones", "air force")],
        ),
    ],
)
def test_a_sentence_opening_with_of_these_counts_parts_of_the_count_before(
    text: str, lang: str, expected: list
) -> None:
    assert [
        (f.value, f.unit, f.claimant.name if f.claimant else None) for f in read(text, lang).figures
    ] == expected


# -- ages ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Leiren er åpen for barn mellom 8 og 14 år hele sommeren.", "nb"),
        ("Kurset er for born frå 6 til 12 år.", "nn"),
        ("Pasientene var i alderen 20 til 75 år.", "nb"),
    ],
)
def test_an_age_range_is_no_figure(text: str, lang: str) -> None:
    assert figures(text, lang) == []


# -- a belief about a number said after it --------------------------------------------------------


NO_BELIEF = (
    # direct speech: the verb only says who spoke
    "– Vi trenger 40 nye lærere, mener rektor.\n\n"
    # no number: an opinion held
    "Dette er feil vei å gå, mener rektor.\n\n"
    # no comma before it: a verb of its own clause
    "Han har tre barn og mener at det holder."
)


def test_a_belief_said_after_the_number_hedges_it() -> None:
    assert hedges(
        "Risikoen for et nytt ras er under 20 prosent, mener geologen Kari Holm.\n\n" + NO_BELIEF
    ) == [("mener", "Risikoen for et nytt ras er under 20 prosent")]


def test_a_belief_said_after_the_number_hedges_it_nn() -> None:
    assert hedges("Kostnaden blir om lag 90 millionar kroner, meiner rådmannen.", "nn") == [
        ("meiner", "Kostnaden blir om lag 90 millionar kroner")
    ]


# -- Nynorsk hearsay with a strong participle, and speculation ------------------------------------


def test_hearsay_with_a_strong_nynorsk_participle_nn() -> None:
    assert [
        cue
        for cue, _scope in hedges(
            "Opprørarane skal ha kome seg over elva i natt.\n\n"
            "Ordføraren seier at soldatane skal ha drive dei tilbake.\n\n"
            # "skal" before an infinitive: the future, no hearsay
            "Vi skal halde fram med arbeidet.",
            "nn",
        )
    ] == ["skal ha", "skal ha"]


@pytest.mark.parametrize(
    ("text", "lang", "cue"),
    [
        ("Det blir spekulert om leiaren er sjuk.", "nn", "spekulert"),
        ("Det ble spekulert om avtalen var i fare.", "nb", "spekulert"),
        ("Lenge har det gått spekulasjoner om at hun vil gå av.", "nb", "spekulasjoner om"),
    ],
)
def test_speculation_is_a_hedge(text: str, lang: str, cue: str) -> None:
    assert [found for found, _scope in hedges(text, lang)] == [cue]


# -- a list item that names only who or where -------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "SV fikk 12 prosent i målingen, Venstre 6 og KrF 4.\n\n"
            # a clause of its own with a verb says its own count: no unit borrowed
            "SV fikk 12 prosent i fjor, og i år har Venstre 6 representanter.",
            [
                (12.0, "percent"),
                (6.0, "percent"),
                (4.0, "percent"),
                (12.0, "percent"),
                (6.0, "representanter"),
            ],
        ),
        (
            "Flest klager kom fra Bergen med 45 saker, Tromsø med 30 og Bodø med 12.",
            [(45.0, "cases"), (30.0, "cases"), (12.0, "cases")],
        ),
    ],
)
def test_a_list_item_naming_only_who_counts_what_the_first_counts(
    text: str, expected: list
) -> None:
    assert [(f.value, f.unit) for f in read(text).figures] == expected


# -- "kan" about a thing with a long inverted subject; "later til" with an adverb -------------------


def test_a_modal_about_a_thing_with_a_long_inverted_subject_nn() -> None:
    assert [
        cue
        for cue, _scope in hedges(
            "No kan sesongrekorden til Kari Holm vere i fare.\n\n"
            # frequency makes it a disposition, no fact weighed
            "Og det kan av og til vere krevjande å reise.",
            "nn",
        )
    ] == ["kan"]


def test_an_appearance_with_an_adverb_before_the_infinitive() -> None:
    assert [
        cue for cue, _scope in hedges("I dag later velgerne til fortsatt å stole på partiet.")
    ] == ["later"]
