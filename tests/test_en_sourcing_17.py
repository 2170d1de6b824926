"""English sourcing statements read right, round seventeen (issue #10, session en17): kinds of
error found on new real English reports (Reuters, AP, BBC, CBC and UK political and local news)
kept outside the repository, each tested on sentences we wrote in the same shape. Tests run with
the rules alone (``blank``) and with the shipped English pipeline where installed."""

from __future__ import annotations

import pytest

from sourcetrace.analysis import analyze
from sourcetrace.ingest import SourceDoc
from sourcetrace.pipeline.models import shipped_model_path

SHIPPED = [None] if shipped_model_path("en") is not None else []
MODELS = ["blank", *SHIPPED]


def statements(text: str, model: str | None) -> list[tuple[str, str | None]]:
    """Each sourcing statement's relation with its source's name, read from ``text`` as an
    English article."""
    reading = analyze(SourceDoc(text=f"Headline\n\n{text}\n", origin="written.txt"), lang="en", model=model)
    return [(a.relation, a.source.name if a.source else None) for a in reading.attributions]


@pytest.mark.parametrize("model", MODELS)
def test_asked_to_confirm_or_deny_is_no_denial(model: str | None) -> None:
    """'did not respond when asked to confirm or deny that ...': the wires' question offers two
    choices, no denial is made (and the words before it are no source)."""
    text = (
        "The navy did not immediately respond when asked by reporters to confirm or deny that "
        "the admiral had been wounded."
    )
    assert all(relation != "denied" for relation, _ in statements(text, model))
    # the same verb as a statement made stays a denial
    plain = "The navy denied the report that the admiral had been wounded."
    assert [relation for relation, _ in statements(plain, model)] == ["denied"]


@pytest.mark.parametrize("model", MODELS)
def test_neither_confirm_nor_deny_without_neither_is_no_denial(model: str | None) -> None:
    """'would not confirm nor deny the report': a denial offered as one choice of two."""
    text = "The club said it would not confirm nor deny the transfer of its captain."
    assert all(relation != "denied" for relation, _ in statements(text, model))


@pytest.mark.parametrize("model", MODELS)
def test_a_review_asked_for_is_no_report(model: str | None) -> None:
    """'asked for a review by an independent panel': a review not yet made reports nothing,
    so the panel after 'by' is no source."""
    text = "The health agency has asked for a review by an independent scientific panel of the draft findings."
    assert statements(text, model) == []


@pytest.mark.parametrize("model", MODELS)
def test_an_estimate_judged_reliable_is_no_report_of_the_judge(model: str | None) -> None:
    """'Its figures are seen as a reliable estimate by the U.N.': the U.N. judges the figures,
    it does not give them."""
    text = "The bureau publishes a weekly toll. Its figures are seen as a reliable estimate by the U.N. and many analysts."
    assert statements(text, model) == []


@pytest.mark.parametrize("model", MODELS)
def test_a_report_made_by_a_body_is_still_read(model: str | None) -> None:
    """The same noun as a statement made: 'A review by the audit office found ...' is the
    office's report."""
    text = "A review by the audit office found that the contracts had been overpriced."
    assert ("reported", "the audit office") in statements(text, model)
