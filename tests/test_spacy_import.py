"""spaCy is imported without its command line until the command line is used.

Each check runs in a fresh interpreter: this test process imported spaCy long ago."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

SRC = str(Path(__file__).resolve().parents[1] / "src")


def _run(code: str, **env: str) -> dict:
    done = subprocess.run(
        [sys.executable, "-c", code],
        env={**os.environ, "PYTHONPATH": SRC, **env},
        capture_output=True, text=True, check=True, timeout=300,
    )
    return json.loads(done.stdout.strip().splitlines()[-1])


def test_reading_imports_spacy_without_its_cli() -> None:
    seen = _run(
        "import json, sys\n"
        "from sourcetrace.analysis import analyze\n"
        "from sourcetrace.ingest import SourceDoc\n"
        "reading = analyze(SourceDoc(text='Ifølge politiet ble tre personer skadet.', origin='t'),"
        " lang='nb', model='blank')\n"
        "import spacy\n"
        "print(json.dumps({'cli': 'spacy.cli' in sys.modules, 'weasel': 'weasel' in sys.modules,"
        " 'loader': type(spacy.__spec__.loader).__name__, 'relations': len(reading.attributions)}))"
    )
    assert seen == {"cli": False, "weasel": False, "loader": "SourceFileLoader", "relations": 1}


def test_spacy_cli_still_imports_and_info_still_answers() -> None:
    seen = _run(
        "import json, sys\n"
        "import sourcetrace, spacy\n"
        "found = spacy.info(markdown=False, silent=True)\n"
        "attribute = spacy.cli.download.__module__\n"
        "import spacy.cli\n"
        "from spacy.cli.train import train\n"
        "print(json.dumps({'version': found['spacy_version'] == spacy.__version__,"
        " 'cli': spacy.cli.__file__.endswith('__init__.py'), 'train': callable(train),"
        " 'setup_cli': callable(spacy.cli.setup_cli), 'attribute': attribute}))"
    )
    assert seen == {
        "version": True, "cli": True, "train": True, "setup_cli": True,
        "attribute": "spacy.cli.download",
    }


def test_eager_setting_imports_the_cli_with_spacy() -> None:
    seen = _run(
        "import json, sys\nimport sourcetrace, spacy\nprint(json.dumps('spacy.cli' in sys.modules))",
        SOURCETRACE_SPACY_CLI="eager",
    )
    assert seen is True
