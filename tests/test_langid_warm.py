"""Lingua's models loaded in the background while ``analyze`` imports the pipeline: the
language found is the one detection finds without it."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from sourcetrace import langid

#: written for this test: a short Nynorsk text (lingua reads a text this short with all its models)
NYNORSK = "Ho seier at dei ikkje har fått noko hjelp frå kommunen, og at dei no må flytte.\n"


def test_warm_then_detect_finds_the_language_and_joins_the_thread():
    langid.warm(NYNORSK)
    assert langid._warming, "warm() starts a thread"
    assert langid.detect(NYNORSK) == "nn"
    assert not langid._warming, "detect() waits for the warming thread instead of racing it"


def test_analyze_of_a_text_file_detects_its_language(tmp_path: Path):
    path = tmp_path / "kort.txt"
    path.write_text(NYNORSK, encoding="utf-8")
    proc = subprocess.run(
        [sys.executable, "-m", "sourcetrace.cli", "analyze", str(path), "--format", "json", "--model", "blank"],
        capture_output=True, timeout=300, check=False,
    )
    assert proc.returncode == 0, proc.stderr.decode()
    assert json.loads(proc.stdout)["document"]["language"] == "nn"
