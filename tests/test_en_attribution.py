"""English sourcing statements of the kinds the annotation guide names and the reading missed
(issue #10), each on sentences we wrote: claims made by "insisted" and "charge that", the owner
of an estimate ("the council's estimate of 40"), and a source phrase that stops before the verb
of evidence ("data compiled by the group | shows")."""

from __future__ import annotations

import pytest

from sourcetrace.analysis import analyze
from sourcetrace.ingest import SourceDoc


def attributions(text: str, model: str | None = None) -> list[tuple[str, str | None]]:
    """(relation, source name) of every sourcing statement the reading finds in ``text``."""
    reading = analyze(SourceDoc(text=text, origin="written.txt"), lang="en", model=model)
    return [(a.relation, a.source.name if a.source else None) for a in reading.attributions]


@pytest.mark.parametrize("model", [None, "blank"])
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The port authority insisted that no ship had been hit.\n", ("claimed", "port authority")),
        ("Opposition lawmakers charge that the vote was rigged.\n", ("claimed", "Opposition lawmakers")),
        ("The council's estimate of 40 dead was published on Friday.\n", ("reported", "council")),
        ("The Red Cross's tally of the missing rose to 19.\n", ("reported", "Red Cross")),
        (
            "Data compiled by the river authority shows that the levels fell in May.\n",
            ("reported", "river authority"),
        ),
    ],
)
def test_sourcing_statement_and_its_source(
    text: str, expected: tuple[str, str], model: str | None
) -> None:
    relation, source = expected
    found = attributions(text, model)
    assert any(
        rel == relation and name is not None and name.lower().endswith(source.lower())
        for rel, name in found
    ), found


@pytest.mark.parametrize(
    "text",
    [
        "The army insisted on a ceasefire before the talks.\n",
        "He was charged with desertion in March.\n",
    ],
)
def test_no_claim_without_an_assertion(text: str) -> None:
    """'insisted on' a demand and 'charged with' an offence assert nothing contested."""
    assert not [rel for rel, _ in attributions(text) if rel == "claimed"]


@pytest.mark.parametrize(
    "text",
    [
        "The ferry company cancelled two crossings, citing the threat of storms.\n",
        "Citing the risk of flooding, the council closed the road.\n",
    ],
)
def test_a_reason_cited_is_no_source(text: str) -> None:
    """'citing the threat of storms': a reason is cited, no one is given as a source."""
    assert [src for rel, src in attributions(text) if rel == "reported"] == []


def test_an_agent_cited_is_still_a_source() -> None:
    found = attributions("The paper, citing the port authority, said the crossing was closed.\n")
    assert ("reported", "port authority") in found
