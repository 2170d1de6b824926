"""The JSON Schema kept in the repo is the model's, and real output validates against it."""

from __future__ import annotations

import json
from importlib import resources

import jsonschema

from sourcetrace.model import Reading, reading_json_schema


def _kept_schema() -> dict:
    path = resources.files("sourcetrace") / "schema" / "reading.schema.json"
    return json.loads(path.read_text(encoding="utf-8"))


def test_kept_schema_matches_model():
    assert _kept_schema() == reading_json_schema(), "run: sourcetrace schema > src/sourcetrace/schema/reading.schema.json"


def test_seed_reading_validates(seed_reading):
    data = json.loads(seed_reading.model_dump_json())
    jsonschema.Draft202012Validator(_kept_schema()).validate(data)
    for key in ("document", "quotes", "attributions", "figures", "hedges", "entities", "dates"):
        assert key in data


def test_schema_rejects_broken_reading(seed_reading):
    data = json.loads(seed_reading.model_dump_json())
    data["quotes"] = [{"kind": "direct", "text": "x"}]  # no span, no id
    errors = list(jsonschema.Draft202012Validator(_kept_schema()).iter_errors(data))
    assert errors


def test_reading_round_trips(seed_reading):
    again = Reading.model_validate_json(seed_reading.model_dump_json())
    assert again == seed_reading
