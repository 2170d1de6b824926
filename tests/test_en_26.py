"""English speakers and figures, round twenty-six (issue #10, session en26): kinds found on new
real English war reports kept outside the repository, each tested on sentences we wrote in the
same shape. A first name and surname that are both known first names ("Tariq Hassan") and that a
tagger labels a body are a person where they are a verb's subject, so "He" after them is that
person; a single count of a trade noun ("one nurse"), a single death ("Another death") and the
hurt "in serious condition" are counted; a weak number as the bare object of a casualty verb
("... and wounding another") counts the noun of the toll before it."""

from __future__ import annotations

import pytest

from sourcetrace.analysis import analyze
from sourcetrace.ingest import SourceDoc
from sourcetrace.pipeline.models import shipped_model_path

SHIPPED = [None] if shipped_model_path("en") is not None else []


def read(text: str, model: str | None = None):
    """The reading of ``text`` as the body of an English article under a one-line headline."""
    return analyze(SourceDoc(text=f"Headline\n\n{text}\n", origin="written.txt"), lang="en", model=model)


def figures(text: str) -> list[tuple[float, str | None, str | None]]:
    """(value, unit, counts) of every figure read in ``text``."""
    return [(f.value, f.unit, f.counts) for f in read(text).figures]


@pytest.mark.parametrize("model", SHIPPED)
def test_he_after_a_subject_named_by_two_first_names_is_that_person(model: str | None) -> None:
    """'Tariq Hassan was forced out of his town ... He told reporters ...': both words are known
    first names and the tagger may label the pair a body; as the subject of the sentence the pair
    names a person, and 'He' goes back to him."""
    text = (
        "Tariq Hassan was forced out of his town near the border last spring. He told reporters "
        "that the shelling had gone on for ten days."
    )
    quotes = read(text, model).quotes
    assert [q.speaker.name if q.speaker else None for q in quotes] == ["Tariq Hassan"]


def test_a_single_trade_noun_after_one_is_counted_only_with_a_toll() -> None:
    """'killed one nurse': the singular of a person noun counts one, as 'one person' does; it
    counts only with a casualty word ('one official said' is none)."""
    assert figures("The shelling killed one nurse, the hospital said.") == [(1.0, "people", "killed")]
    assert figures("One official said the talks had stalled again.") == []


def test_another_death_counts_one_killed() -> None:
    assert figures("Another death was reported in the town by rescuers on Monday.") == [
        (1.0, "people", "killed")
    ]


def test_one_person_in_serious_condition_is_counted_wounded() -> None:
    assert figures("One person was in serious condition, the clinic said.") == [(1.0, "people", "wounded")]


def test_another_as_the_object_of_a_casualty_verb_counts_the_toll_noun() -> None:
    """'killing three people and wounding another': the verb says what 'another' counts, the
    toll before it whom."""
    found = figures("A shell hit the market on Friday, killing three people and wounding another, police said.")
    assert found == [(3.0, "people", "killed"), (1.0, "people", "wounded")]
