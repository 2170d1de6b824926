"""Kinds of Norwegian sourcing statement found missing or wrong on the real development sets
(issue #10, third round). The sentences are written for these tests in the shape of court,
health and war reporting."""

from __future__ import annotations

import pytest
import spacy

import sourcetrace.pipeline  # noqa: F401  (registers the factories)
from sourcetrace.pipeline.annotations import get_list


def _nlp(code: str):
    nlp = spacy.blank("nb")
    nlp.add_pipe("sentencizer")
    nlp.add_pipe("sourcetrace_sourcing", config={"lang": code})
    return nlp


@pytest.fixture(scope="module")
def nlps():
    return {code: _nlp(code) for code in ("nb", "nn")}


def _read(nlps, code: str, text: str) -> list[tuple[str, str]]:
    doc = nlps[code](text)
    return [(a.relation, a.source.name) for a in get_list(doc, "st_attributions")]


@pytest.mark.parametrize(
    ("code", "text", "expected"),
    [
        # a passive accusation names its accuser as the agent
        ("nb", "Sjåføren blir beskyldt av naboene for å kjøre for fort.", ("claimed", "naboene")),
        ("nb", "Ordføreren er anklaget av opposisjonen for å ha holdt tilbake dokumenter.", ("claimed", "opposisjonen")),
        ("nn", "Rådmannen vart skulda av tillitsvalde for å ha trakassert dei tilsette.", ("claimed", "tillitsvalde")),
    ],
)
def test_kind_read(nlps, code, text, expected):
    assert _read(nlps, code, text) == [expected]


def test_acronym_spelt_out(nlps):
    """An acronym the text spells out in brackets is the body's fullest name."""
    text = (
        "Saken ble sendt til Statens vegvesen (SVV) i mars. "
        "SVV hevder at brua er trygg."
    )
    assert _read(nlps, "nb", text) == [("claimed", "Statens vegvesen")]
