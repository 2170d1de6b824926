"""Kinds of Norwegian sourcing statement found missing or wrong in the sixth round (issue #10),
on ordinary news as well as war reporting: a study's findings stated with other verbs than
"viser" ("konkluderer med", "slår fast", "avdekker"). The sentences are written for these tests
in the shape of Norwegian news copy."""

from __future__ import annotations

import pytest

from conftest import read_attributions


@pytest.mark.parametrize(
    ("code", "text", "expected"),
    [
        # a study's findings, by whoever made it
        ("nb", "En ny rapport fra Riksrevisjonen avdekker store mangler ved tilsynet.", ("reported", "Riksrevisjonen")),
        ("nb", "Granskingen fra Helsetilsynet slår fast at ingen fulgte rutinene.", ("reported", "Helsetilsynet")),
        ("nb", "Rapporten konkluderer med at kommunen brøt loven.", ("reported", "Rapporten")),
        ("nn", "Ei undersøking frå Norstat slår fast at fleirtalet er nøgde.", ("reported", "Norstat")),
    ],
)
def test_kind_attributions(sourcing_nlps, code, text, expected):
    assert expected in read_attributions(sourcing_nlps, code, text)


@pytest.mark.parametrize(
    ("code", "text"),
    [
        # a person or a body concluding is its own statement (a quote), a police find no report
        ("nb", "Han slår fast at ingen fulgte rutinene."),
        ("nb", "Politiet avdekket et stort nettverk."),
    ],
)
def test_kind_not_a_document(sourcing_nlps, code, text):
    assert read_attributions(sourcing_nlps, code, text) == []
