"""The command line as users meet it: output shape and one-line errors, never a traceback."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest


def run(*args: str, stdin: bytes | None = None) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-c", "from sourcetrace.cli import main; main()", *args],
        input=stdin,
        capture_output=True,
        timeout=300,
    )


def test_analyze_json_shape(seed_path):
    proc = run("analyze", str(seed_path), "--format", "json", "--published", "2023-03-01")
    assert proc.returncode == 0, proc.stderr.decode()
    data = json.loads(proc.stdout)
    assert data["document"]["language"] == "nb"
    assert data["document"]["published"] == "2023-03-01"
    for key in ("quotes", "attributions", "figures", "hedges", "entities", "dates"):
        assert isinstance(data[key], list)


def test_analyze_text_report(seed_path):
    proc = run("analyze", str(seed_path))
    assert proc.returncode == 0, proc.stderr.decode()
    out = proc.stdout.decode()
    assert "Quotes" in out and "boilerplate: Her kan du lese alt om krigen i Ukraina!" in out


def test_analyze_stdin_language_auto():
    proc = run("analyze", "-", "--format", "json",
               stdin=b"Ukraine said on Tuesday it had shot down 30 drones over Kyiv overnight.")
    assert proc.returncode == 0, proc.stderr.decode()
    assert json.loads(proc.stdout)["document"]["language"] == "en"


@pytest.mark.parametrize(
    "content, message",
    [
        (b"", "empty input"),
        (b"\x00\x01\x02binary\x00" * 50, "binary input"),
        ("Det fortæller den russiske soldat i et videoklip. Han siger, at de ikke fik lov til at "
         "trække sig tilbage, og at mange er dræbt.".encode(), "unsupported language: Danish"),
    ],
)
def test_bad_input_is_one_line(tmp_path: Path, content: bytes, message: str):
    path = tmp_path / "bad.txt"
    path.write_bytes(content)
    proc = run("analyze", str(path))
    err = proc.stderr.decode()
    assert proc.returncode != 0
    assert message in err and str(path) in err
    assert "Traceback" not in err and len(err.strip().splitlines()) == 1


def test_missing_file_and_bad_options(tmp_path: Path):
    proc = run("analyze", str(tmp_path / "nope.txt"))
    assert proc.returncode != 0 and "no such file" in proc.stderr.decode()
    assert "Traceback" not in proc.stderr.decode()
    proc = run("analyze", str(tmp_path / "nope.txt"), "--published", "yesterday")
    assert proc.returncode == 2 and "--published" in proc.stderr.decode()
    (tmp_path / "a.txt").write_text("Ukraine said on Tuesday it had shot down 30 drones.")
    proc = run("analyze", str(tmp_path / "a.txt"), "--lang", "xx")
    assert proc.returncode != 0 and "unsupported language" in proc.stderr.decode()


def test_evaluate_prints_figures(seed_path):
    proc = run("evaluate", str(seed_path.parent))
    assert proc.returncode == 0, proc.stderr.decode()
    out = proc.stdout.decode()
    assert "storm-blocking-units.txt" in out and "total" in out and "DQ F1" in out


def test_evaluate_refuses_folder_without_gold(tmp_path: Path):
    proc = run("evaluate", str(tmp_path))
    assert proc.returncode != 0 and "no NAME.txt" in proc.stderr.decode()
