"""Hostile containers (issue #15, D1-D3, D8): one bad document fails alone, with a clear message,
and every document after it is still read."""

from __future__ import annotations

import io
import json
import subprocess
import sys
from pathlib import Path

from sourcetrace.ingest import IngestFailure, SourceDoc
from sourcetrace.ingest.jsonstream import MAX_DEPTH, SafeUTF8
from sourcetrace.ingest.sources import iter_sources

ROOT = Path(__file__).resolve().parents[1]
DEEP = "[" * 1000 + "]" * 1000
GOOD_A = {"text": "Ukraine said on Tuesday it had shot down 30 drones over Kyiv."}
GOOD_B = {"text": "Russia said its air defences destroyed 12 drones overnight."}


def _read(path: Path) -> tuple[list[SourceDoc], list[IngestFailure]]:
    items = list(iter_sources([str(path)]))
    return (
        [i for i in items if isinstance(i, SourceDoc)],
        [i for i in items if isinstance(i, IngestFailure)],
    )


def _export(messages: bytes) -> bytes:
    return b'{"name": "Chan", "type": "public_channel", "id": 7, "messages": [' + messages + b"]}"


def test_deep_jsonl_line_fails_alone_and_later_lines_are_read(tmp_path: Path):
    path = tmp_path / "c.jsonl"
    path.write_text(json.dumps(GOOD_A) + "\n" + DEEP + "\n" + json.dumps(GOOD_B) + "\n")
    docs, failures = _read(path)
    assert [d.text for d in docs] == [GOOD_A["text"], GOOD_B["text"]]
    assert [(f.origin, f.message) for f in failures] == [
        (f"{path}:2", f"nested too deep: more than {MAX_DEPTH} levels of lists or objects")
    ]


def test_deep_first_line_of_extensionless_jsonl_fails_alone(tmp_path: Path):
    path = tmp_path / "corpus"
    path.write_text('{"text": ' + DEEP + "}\n" + json.dumps(GOOD_B) + "\n")
    docs, failures = _read(path)
    assert [d.text for d in docs] == [GOOD_B["text"]]
    assert len(failures) == 1 and "nested too deep" in failures[0].message


def test_deep_single_json_document_is_a_clear_failure(tmp_path: Path):
    for name in ("doc.json", "doc"):
        path = tmp_path / name
        path.write_text('{"text": "x", "extra": ' + DEEP + "}")
        docs, failures = _read(path)
        assert docs == [] and len(failures) == 1
        assert "nested too deep" in failures[0].message


def test_deep_stdin_json_is_a_clear_failure_not_a_traceback():
    run = subprocess.run(
        [sys.executable, "-c", "from sourcetrace.cli import main; main()", "analyze", "-",
         "--model", "blank", "--lang", "en", "-f", "jsonl"],
        input=(json.dumps(GOOD_A) + "\n" + DEEP + "\n" + json.dumps(GOOD_B) + "\n").encode(),
        capture_output=True,
        env={"PYTHONPATH": str(ROOT / "src"), "PATH": "/usr/bin:/bin"},
        timeout=300,
    )
    assert "Traceback" not in run.stderr.decode()
    assert "stdin:2: nested too deep" in run.stderr.decode()
    assert len(run.stdout.decode().splitlines()) == 2  # both good documents were read
    assert run.returncode == 1


def test_deeply_nested_telegram_message_is_skipped_in_bounded_memory(tmp_path: Path):
    path = tmp_path / "result.json"
    deep = b'{"id": 1, "type": "message", "text": ' + b"[" * 30000 + b"]" * 30000 + b"}"
    good = json.dumps({"id": 2, "type": "message", "text": GOOD_B["text"]}).encode()
    path.write_bytes(_export(deep + b"," + good))
    docs, failures = _read(path)
    assert [d.text for d in docs] == [GOOD_B["text"]]
    assert len(failures) == 1 and "nested too deep" in failures[0].message


def test_json_list_item_too_deep_fails_alone(tmp_path: Path):
    path = tmp_path / "list.json"
    path.write_text("[" + json.dumps(GOOD_A) + ', {"text": ' + DEEP + "}, " + json.dumps(GOOD_B) + "]")
    docs, failures = _read(path)
    assert [d.text for d in docs] == [GOOD_A["text"], GOOD_B["text"]]
    assert [f.origin for f in failures] == [f"{path}#1"]


def test_lone_surrogate_in_jsonl_is_a_per_document_error(tmp_path: Path):
    path = tmp_path / "c.jsonl"
    path.write_text('{"text": "Kyiv \\ud800 said"}\n' + json.dumps(GOOD_B) + "\n")
    docs, failures = _read(path)
    assert [d.text for d in docs] == [GOOD_B["text"]]
    assert failures[0].origin == f"{path}:1"
    assert failures[0].message == "holds a lone surrogate, which is not text ('text' at character 5)"


def test_undecodable_bytes_in_telegram_export_fail_that_message_only(tmp_path: Path):
    path = tmp_path / "result.json"
    bad = b'{"id": 1, "type": "message", "text": "hei \xf4\x90\x80\x80 sier Ola."}'
    surrogate = b'{"id": 2, "type": "message", "text": "x \\udc00 y"}'
    good = json.dumps({"id": 3, "type": "message", "text": GOOD_B["text"]}).encode()
    path.write_bytes(_export(bad + b"," + surrogate + b"," + good))
    docs, failures = _read(path)
    assert [d.text for d in docs] == [GOOD_B["text"]]
    assert [(f.origin, f.message) for f in failures] == [
        (f"{path}#1", "holds bytes that are not UTF-8 ('text' at character 4)"),
        (f"{path}#2", "holds a lone surrogate, which is not text ('text' at character 2)"),
    ]


def test_valid_surrogate_pairs_and_escaped_backslashes_pass_unchanged():
    raw = '["\\ud83d\\ude00 \\\\ud800 \\\\\\ud83d\\ude00 æ"]'.encode()
    out = io.BufferedReader(SafeUTF8(io.BytesIO(raw), chunk=3)).read()
    assert json.loads(out) == json.loads(raw)


def test_deep_export_is_read_in_memory_linear_in_its_size(tmp_path: Path):
    """ijson's prefixed events keep a prefix per level (30,000 levels: 2.5 GB); ours do not."""
    import tracemalloc

    path = tmp_path / "result.json"
    deep = b"[" * 30000 + b"]" * 30000
    good = json.dumps({"id": 2, "type": "message", "text": GOOD_B["text"]}).encode()
    path.write_bytes(
        b'{"name": "Chan", "type": "public_channel", "extra": ' + deep + b', "id": 7, "messages": ['
        + b'{"id": 1, "type": ' + deep + b"}," + good + b"]}"
    )
    tracemalloc.start()
    try:
        docs, failures = _read(path)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert [d.text for d in docs] == [GOOD_B["text"]]
    assert len(failures) == 1 and "nested too deep" in failures[0].message
    assert peak < 50 * 2**20, f"peak {peak / 2**20:.0f} MB for a {path.stat().st_size // 1024} KB file"
