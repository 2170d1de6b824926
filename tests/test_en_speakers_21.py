"""English speakers read right, round twenty-one (issue #10, session enspk21): a description
linked to the name the text gives it elsewhere, found on new real English war reports kept
outside the repository, each tested on sentences we wrote in the same shape. Tests run with the
shipped English pipeline where installed."""

from __future__ import annotations

import pytest

from sourcetrace.analysis import analyze
from sourcetrace.ingest import SourceDoc
from sourcetrace.pipeline.models import shipped_model_path

SHIPPED = [None] if shipped_model_path("en") is not None else []


def read(text: str, model: str | None):
    """``text`` read as the body of an English article under a one-line headline."""
    return analyze(SourceDoc(text=f"Headline\n\n{text}\n", origin="written.txt"), lang="en", model=model)


def speakers(text: str, model: str | None) -> dict[str, str | None]:
    """Each quote's text with its speaker's name."""
    return {q.text: (q.speaker.name if q.speaker else None) for q in read(text, model).quotes}


@pytest.mark.parametrize("model", SHIPPED)
def test_a_role_in_a_body_is_the_person_given_it_with_a_name(model: str | None) -> None:
    """'Petro Kovalenko, head of the town's civil administration' then 'According to the head
    of the civil administration, ...': the role in the same body is the person the text gave it
    to (the guide: a description resolves to the fullest name), before or after the name."""
    text = (
        "Families are leaving the town, says Petro Kovalenko, head of the town's civil "
        "administration.\n\n"
        "Kovalenko expects the school to close soon.\n\n"
        "According to the head of the civil administration, about 40 percent of the families "
        "have left already.\n\n"
        "The bridge was shelled again, the head of the regional police Andriy Savchuk told "
        "reporters on Monday.\n\n"
        "The head of the police said the road was closed."
    )
    said = speakers(text, model)
    assert said.get("about 40 percent of the families have left already") == "Petro Kovalenko"
    assert said.get("the road was closed") == "Andriy Savchuk"


@pytest.mark.parametrize("model", SHIPPED)
def test_a_role_given_to_two_people_stays_a_description(model: str | None) -> None:
    """Two heads of two administrations: "the head of the regional administration" is the one
    given that body, while "the head of the administration" may be either, so it is linked to
    neither (precision: never two people as one), nor is a role in another body ("the head of
    the water company") the head of the administration."""
    text = (
        "Buses left at dawn, said Petro Kovalenko, head of the town administration.\n\n"
        "Trains will run on Friday, said Olena Marchuk, head of the regional administration.\n\n"
        "According to the head of the administration, the shelters are full.\n\n"
        "The head of the regional administration said the trains would be free.\n\n"
        "The head of the water company said the pipes had burst."
    )
    said = speakers(text, model)
    assert said.get("the trains would be free") == "Olena Marchuk"
    assert said.get("the shelters are full") not in ("Petro Kovalenko", "Olena Marchuk")
    assert said.get("the pipes had burst") not in ("Petro Kovalenko", "Olena Marchuk")
