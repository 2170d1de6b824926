"""``sourcetrace analyze`` over many inputs at once, through the real command line."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

FIXTURES = Path(__file__).parent / "fixtures" / "ingest"
EXPORT = FIXTURES / "telegram_export" / "result.json"
PAGE = FIXTURES / "pages" / "en-kharkiv-strike.html"


def run(*args: str, stdin: bytes | None = None) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-W", "ignore", "-c", "from sourcetrace.cli import main; main()", *args],
        input=stdin,
        capture_output=True,
        timeout=300,
    )


def errors(proc: subprocess.CompletedProcess) -> list[str]:
    return [line for line in proc.stderr.decode().splitlines() if line.startswith("error:")]


def test_mixed_inputs_jsonl_and_forwarded_provenance(tmp_path: Path):
    corpus = tmp_path / "corpus.jsonl"
    corpus.write_text(
        json.dumps(
            {
                "id": "x1",
                "text": "Ukraine's Air Force said it shot down 14 drones.",
                "published": "2024-03-01",
            }
        )
        + "\n",
        encoding="utf-8",
    )
    proc = run(
        "analyze",
        str(PAGE),
        str(EXPORT),
        str(corpus),
        "-",
        "--format",
        "jsonl",
        stdin=b"Kyiv said on Tuesday that 30 drones were shot down overnight.",
    )
    assert proc.returncode == 0, proc.stderr.decode()
    readings = [json.loads(line) for line in proc.stdout.decode().splitlines()]
    origins = [r["document"]["origin"] for r in readings]
    assert origins == [str(PAGE)] + [f"{EXPORT}#{i}" for i in (2, 3, 4, 5, 8)] + [
        f"{corpus}:1",
        "stdin",
    ]
    by_origin = {r["document"]["origin"]: r for r in readings}
    assert by_origin[str(PAGE)]["document"]["published"] == "2024-05-19"
    langs = {by_origin[f"{EXPORT}#{i}"]["document"]["language"] for i in (2, 3, 4)}
    assert langs == {"ru", "uk", "en"}
    forwarded = by_origin[f"{EXPORT}#4"]
    attribution = next(a for a in forwarded["attributions"] if a["relation"] == "forwarded")
    assert attribution["source"] == {"id": None, "name": "Kyiv Independent", "kind": "organisation"}
    assert attribution["evidence"]["span"] == {
        "start": 0,
        "end": len(forwarded["document"]["text"]),
    }
    assert {
        "source": "this document",
        "target": "Kyiv Independent",
        "relation": "forwards",
    }.items() <= next(e for e in forwarded["provenance"] if e["relation"] == "forwards").items()
    assert forwarded["document"]["meta"]["medium"] == "video on Telegram"
    for quote in forwarded["quotes"]:  # quotes in a video post were said in the video
        assert quote["medium"] == (None if quote["recipient"] else "video on Telegram")
    assert not any(a["relation"] == "forwarded" for a in by_origin[f"{EXPORT}#2"]["attributions"])


def test_failures_are_reported_and_the_rest_go_on(tmp_path: Path):
    corpus = tmp_path / "c.jsonl"
    corpus.write_text(
        '{"text": "Kyiv said 30 drones were shot down."}\n{"text": broken}\n', encoding="utf-8"
    )
    broken = tmp_path / "broken.html"
    broken.write_text("<html><body><div>", encoding="utf-8")
    proc = run(
        "analyze",
        str(corpus),
        str(broken),
        str(tmp_path / "missing.txt"),
        str(EXPORT),
        "-f",
        "jsonl",
    )
    assert proc.returncode == 1
    assert "Traceback" not in proc.stderr.decode()
    assert errors(proc) == [
        f"error: {corpus}:2: malformed JSON: Expecting value at column 10",
        f"error: {broken}: no article text found in the HTML page",
        f"error: {tmp_path / 'missing.txt'}: no such file or folder",
    ]
    assert len(proc.stdout.decode().splitlines()) == 1 + 5  # every readable document was read
    assert proc.stderr.decode().strip().splitlines()[-1] == "6 read, 3 failed"


def test_json_format_indents_one_document_and_lines_many(tmp_path: Path):
    one = run("analyze", str(PAGE), "--format", "json")
    assert one.returncode == 0, one.stderr.decode()
    assert json.loads(one.stdout)["document"]["title"].startswith("Russian missile strike")
    assert one.stdout.decode().startswith("{\n")
    many = run("analyze", str(EXPORT), "--format", "json")
    lines = many.stdout.decode().splitlines()
    assert many.returncode == 0 and len(lines) == 5
    assert all(json.loads(line)["document"]["source"] == "Фронтовые сводки" for line in lines)


def test_no_progress_bar_in_a_pipe_and_url_refused():
    proc = run("analyze", str(EXPORT), "-f", "jsonl")
    assert proc.returncode == 0 and not errors(proc)
    assert "documents" not in proc.stderr.decode() and "\r" not in proc.stderr.decode()
    proc = run("analyze", "http://127.0.0.1:9/x.html")
    assert proc.returncode == 1
    assert errors(proc) == [
        "error: http://127.0.0.1:9/x.html: refused: 127.0.0.1 is a loopback address (127.0.0.1); "
        "pass --allow-private to read it"
    ]
