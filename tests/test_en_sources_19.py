"""English sources resolved to the right body, round nineteen (issue #10, session ensrc19): a
body's noun ("the ministry", "the government") went back to whatever organisation came last (a
council, the agency relaying the news), found on the dev sets and on new real wire retellings
kept outside the repository. The body's name must say what the noun is; tested on sentences we
wrote in the same shape, with the rules alone (``blank``) and the shipped English pipeline."""

from __future__ import annotations

import pytest

from sourcetrace.analysis import analyze
from sourcetrace.ingest import SourceDoc
from sourcetrace.pipeline.models import shipped_model_path

SHIPPED = [None] if shipped_model_path("en") is not None else []
MODELS = ["blank", *SHIPPED]


def speakers(text: str, model: str | None) -> list[tuple[str | None, str]]:
    """Each quote's speaker name with the quote's first words, read from ``text`` as English news."""
    reading = analyze(SourceDoc(text=f"Headline\n\n{text}\n", origin="written.txt"), lang="en", model=model)
    return [(q.speaker.name if q.speaker else None, q.text) for q in reading.quotes]


def speaker_of(text: str, model: str | None, opening: str) -> str | None:
    """The speaker of the quote of ``text`` that begins with ``opening``."""
    found = [name for name, quote in speakers(text, model) if quote.startswith(opening)]
    assert found, speakers(text, model)
    return found[0]


@pytest.mark.parametrize("model", MODELS)
def test_according_to_the_ministry_is_not_the_council_before(model: str | None) -> None:
    """'According to the ministry' after 'the town council said': a council is no ministry, so
    the ministry is a source of its own, not the council."""
    text = (
        "The town council said on Tuesday that the main road was closed. "
        "According to the ministry, 35 houses were damaged in the attack."
    )
    assert speaker_of(text, model, "35 houses").lower() == "the ministry"


@pytest.mark.parametrize("model", MODELS)
def test_the_government_is_not_the_agency_relaying_the_news(model: str | None) -> None:
    """'According to the government' after an agency's credit: the agency relays, the
    government is the source of the figure."""
    text = (
        "Two civilians died in the shelling, the Interfax agency reports. "
        "According to the government in Kyiv, 250 schools have been damaged since the spring."
    )
    assert speaker_of(text, model, "250 schools").lower() == "the government"


@pytest.mark.parametrize("model", MODELS)
def test_the_ministry_said_is_not_the_regional_council(model: str | None) -> None:
    """'The ministry said' after 'the regional council said': two bodies, not one."""
    text = (
        "The regional council said the school had been struck twice. "
        "The ministry said 14 people had been taken to hospital."
    )
    assert speaker_of(text, model, "14 people").lower() == "the ministry"


@pytest.mark.parametrize("model", MODELS)
def test_the_agency_is_not_the_army_before(model: str | None) -> None:
    """'The agency reported' after 'the army said': an army is no agency, so the agency is a
    source of its own (a news outlet or a body named an agency would fit)."""
    text = (
        "The army said it had crossed the river. "
        "The agency reported that 11 soldiers were wounded."
    )
    assert speaker_of(text, model, "11 soldiers").lower() == "the agency"
