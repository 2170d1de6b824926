"""Guard the project's gold corpus: every gold reading must match its article exactly.

A gold string that is not verbatim in its text would silently turn into a miss for every
system measured against it, so broken gold must fail the test suite, not the evaluation.
"""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest

CASES = Path(__file__).parent / "cases"
_spec = importlib.util.spec_from_file_location("check_gold", CASES / "check_gold.py")
assert _spec and _spec.loader
check_gold = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(check_gold)

GOLD_FILES = sorted(CASES.rglob("*.gold.json"))


@pytest.mark.parametrize("gold_path", GOLD_FILES, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_gold_matches_text(gold_path: Path) -> None:
    assert check_gold.check_gold(gold_path) == []


def test_corpus_size_and_languages() -> None:
    langs = [json.loads(p.read_text(encoding="utf-8"))["language"] for p in GOLD_FILES]
    assert langs.count("en") >= 12
    assert langs.count("nb") + langs.count("nn") >= 12
    assert langs.count("nn") >= 3


def test_held_out_sets_present() -> None:
    """nb2/en2 were written after tuning to measure generalisation; keep them complete."""
    for name, minimum in (("nb2", 8), ("en2", 8)):
        assert len(sorted((CASES / name).glob("*.gold.json"))) >= minimum, name
    nb2 = [
        json.loads(p.read_text(encoding="utf-8"))["language"]
        for p in (CASES / "nb2").glob("*.gold.json")
    ]
    assert nb2.count("nn") >= 2


def test_every_text_has_gold() -> None:
    texts = sorted(CASES.rglob("*.txt"))
    missing = [t.name for t in texts if not t.with_name(t.stem + ".gold.json").exists()]
    assert missing == []


def test_checker_catches_a_broken_gold(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("– Hei, sier Ola.\n\nLes også: noe\n", encoding="utf-8")
    gold = {
        "document": "a.txt",
        "language": "nb",
        "note": "",
        "boilerplate": ["Les også"],
        "headings": [],
        "quotes": [
            {
                "id": "q1",
                "kind": "direct",
                "text": "Hallo,",
                "speaker": "Ola",
                "speaker_kind": "named",
            }
        ],
        "attributions": [],
        "hedged": [],
        "figures": [],
        "entities": [],
        "dates": [],
    }
    (tmp_path / "a.gold.json").write_text(json.dumps(gold), encoding="utf-8")
    problems = check_gold.check_gold(tmp_path / "a.gold.json")
    assert any("not a whole paragraph" in p for p in problems)
    assert any("q1 text" in p for p in problems)
