"""Reading in batches (``analysis.read_many``, used by ``sourcetrace analyze``) gives the readings
of ``analyze`` one document at a time, in input order, with bad documents reported in place."""

from __future__ import annotations

from pathlib import Path

import pytest

from sourcetrace.analysis import analyze, read_many
from sourcetrace.ingest import InputError, SourceDoc
from sourcetrace.ingest.text import normalise

EXAMPLES = Path(__file__).resolve().parents[1] / "src" / "sourcetrace" / "examples"
#: the bundled examples in three languages, read with their language detected
NAMES = ["en-frontline-village", "nb-droneangrep-kharkiv", "nn-kraftverk-odesa", "en-prisoner-exchange"]


def _sources() -> list[SourceDoc]:
    return [SourceDoc(text=(EXAMPLES / f"{name}.txt").read_text(encoding="utf-8"), origin=name) for name in NAMES]


@pytest.mark.parametrize("model", ["blank", None])
def test_batches_of_mixed_languages_read_as_one_by_one(model: str | None) -> None:
    one_by_one = [analyze(source, model=model).model_dump_json() for source in _sources()]
    batched = list(read_many(_sources(), model=model, batch_size=3))  # a batch and a remainder
    assert [r.model_dump_json() for r in batched] == one_by_one  # type: ignore[union-attr]
    assert {r.document.language for r in batched} == {"en", "nb", "nn"}  # type: ignore[union-attr]


def test_a_bad_document_is_reported_in_its_place_and_the_others_are_read() -> None:
    sources = _sources()
    sources.insert(1, SourceDoc(text="   \n", origin="blank-page"))
    sources.insert(3, SourceDoc(text="Hva?", origin="too-short", language="xx"))
    results = list(read_many(sources, model="blank"))
    assert len(results) == len(sources)
    assert isinstance(results[1], InputError) and "blank-page: empty input" in str(results[1])
    assert isinstance(results[3], InputError) and "unsupported language" in str(results[3])
    read = [r for r in results if not isinstance(r, Exception)]
    assert [r.document.origin for r in read] == NAMES


def test_normalise_fast_path_keeps_offsets_of_one_for_one_replacements() -> None:
    # no character moves: unusual spaces become plain ones in place, offsets stay the identity
    text = "Kyiv,\u00a05. mars\u2009–\u202fVi\tså det."
    norm = normalise(text)
    assert norm.text == "Kyiv, 5. mars – Vi så det."
    assert list(norm.offsets) == list(range(len(text) + 1))
    assert norm.to_original(6, 14) == (6, 14)
