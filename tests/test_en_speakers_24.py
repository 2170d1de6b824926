"""English speakers read right, round twenty-four (issue #10, session enspk24): kinds found on
new real English war reports kept outside the repository, each tested on sentences we wrote in
the same shape. Tests run with the shipped English pipeline where installed."""

from __future__ import annotations

import pytest

from sourcetrace.analysis import analyze
from sourcetrace.ingest import SourceDoc
from sourcetrace.pipeline.models import shipped_model_path

SHIPPED = [None] if shipped_model_path("en") is not None else []


def speakers(text: str, model: str | None) -> dict[str, str | None]:
    """Each quote's text, read as the body of an English article under a one-line headline,
    with its speaker's name."""
    doc = SourceDoc(text=f"Headline\n\n{text}\n", origin="written.txt")
    return {
        q.text: (q.speaker.name if q.speaker else None)
        for q in analyze(doc, lang="en", model=model).quotes
    }


@pytest.mark.parametrize("model", SHIPPED)
def test_an_abbreviated_rank_does_not_cut_the_cue_from_its_quote(model: str | None) -> None:
    """'"...," Lt. Gen. Ivan Sorokin, the Defence Ministry's spokesman, said.': the stop of an
    abbreviated rank is no sentence end, or the quote, its name and its cue fall into
    different sentences and the quote goes to whoever spoke before."""
    text = (
        "Two bridges were damaged overnight, regional officials said.\n\n"
        "“Our units reached every target. The depots were destroyed,” Lt. Gen. Ivan Sorokin, "
        "the Defence Ministry’s spokesman, said.\n\n"
        "“We hold the line,” Capt. Oleh Marchuk of the National Guard told reporters."
    )
    found = speakers(text, model)
    assert found["Our units reached every target. The depots were destroyed,"] == "Ivan Sorokin"
    assert found["We hold the line,"] == "Oleh Marchuk"


@pytest.mark.parametrize("model", SHIPPED)
def test_she_is_not_a_group_named_by_a_plural_without_s(model: str | None) -> None:
    """'according to rescue personnel at the site' then '"...," she told the AP': 'personnel'
    is a plural without an -s, and 'she' is one woman, never that group."""
    text = (
        "A second body was found under the stairs, according to rescue personnel at the site.\n\n"
        "“I knocked and knocked, but nobody opened the door,” she told reporters."
    )
    found = speakers(text, model)
    assert found["I knocked and knocked, but nobody opened the door,"] != "rescue personnel at the site"
