"""Who claims a figure in English reporting (issue #10, session 19), on sentences written for
this test in the shape of real blog and wire copy: a body that issues a report and whose next
sentence goes on with a pronoun ("The review board reports on Friday. It lists 12 failures"),
which no speaker reader resolves, since the body says nothing in quotes; and a part of that
count read as one figure with its partitive ("Five of these were ...")."""

from __future__ import annotations

from sourcetrace.analysis import analyze
from sourcetrace.ingest import SourceDoc


def claimants(text: str) -> list[tuple[float, str | None]]:
    """``(value, claimant name)`` of every figure read in the English ``text``."""
    reading = analyze(SourceDoc(text="News\n\n" + text + "\n", origin="written.txt"), lang="en")
    return [(f.value, f.claimant.name if f.claimant is not None else None) for f in reading.figures]


def test_a_pronoun_subject_of_a_claim_verb_is_the_body_before_it() -> None:
    read = claimants(
        "The Audit Commission will release its findings on Monday. It lists 14 failures that "
        "left the depot unguarded.\n\n"
        "The strike hit the depot overnight. It recorded 40 casualties in the first hour.\n\n"
        "The Audit Commission met again in May.\n\n"
        "It lists 6 more failures."
    )
    assert read == [
        (14, "The Audit Commission"),
        (40, None),  # an event counts nothing
        (6, None),  # the pronoun does not reach back into another paragraph
    ]


def test_a_plural_pronoun_stands_for_a_plural_body() -> None:
    read = claimants(
        "The inspectors visited the port in March. They identified 23 damaged cranes.\n\n"
        "The inspectors came back in June. It notes 7 sunken barges."
    )
    assert read == [(23, "The inspectors"), (7, None)]  # "it" stands for no plural


def test_a_part_read_with_its_partitive_keeps_the_whole_counts_claimant() -> None:
    read = claimants(
        "The Review Board will publish its report on Thursday. It notes 9 warnings that went "
        "unheeded. Five of these came from the navy."
    )
    assert read == [(9, "The Review Board"), (5, "The Review Board")]


def test_a_monitor_that_records_the_deaths_of_a_count_claims_it() -> None:
    read = claimants(
        "Since March, the rights mission recorded the deaths of 412 civilians in the region. "
        "Rescuers recorded the injuries of at least 35 workers at the plant."
    )
    assert read == [(412, "the rights mission"), (35, "Rescuers")]
