"""Shared fixtures: the acceptance case from ../shared and a CLI runner."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("SOURCETRACE_SHARED", ROOT.parent / "shared"))
SEED = SHARED / "cases" / "no" / "storm-blocking-units.txt"


@pytest.fixture(scope="session")
def seed_path() -> Path:
    if not SEED.is_file():
        pytest.skip(f"acceptance case not found at {SEED}")
    return SEED


@pytest.fixture(scope="session")
def seed_text(seed_path: Path) -> str:
    return seed_path.read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def seed_gold(seed_path: Path) -> dict:
    return json.loads(seed_path.with_name("storm-blocking-units.gold.json").read_text(encoding="utf-8"))


def blank_pipes(*components: str):
    """A getter of blank pipelines (sentencizer + ``components``) per language, built once each:
    a component tested on its own, without a trained model."""
    import spacy

    import sourcetrace.pipeline  # noqa: F401  (registers the factories)
    from sourcetrace import lang as langdata

    made: dict[str, object] = {}

    def get(code: str):
        if code not in made:
            nlp = spacy.blank(langdata.spacy_lang(code))
            nlp.add_pipe("sentencizer")
            for name in components:
                nlp.add_pipe(name, config={"lang": code})
            made[code] = nlp
        return made[code]

    return get


_sourcing_pipes = blank_pipes("sourcetrace_sourcing")


@pytest.fixture(scope="session")
def sourcing_nlps():
    """Blank Bokmål and Nynorsk pipelines with the sourcing component alone."""
    return {code: _sourcing_pipes(code) for code in ("nb", "nn")}


def read_attributions(nlps, code: str, text: str) -> list[tuple[str, str]]:
    """(relation, source) of every sourcing statement the ``code`` pipeline reads in ``text``."""
    from sourcetrace.pipeline.annotations import get_list

    doc = nlps[code](text)
    return [(a.relation, a.source.name) for a in get_list(doc, "st_attributions")]


def quote_rows(reading) -> list[tuple[str, str | None, str]]:
    """(kind, speaker, text) of every quote of a reading: what the reading tests compare."""
    return [(q.kind, q.speaker.name if q.speaker else None, q.text) for q in reading.quotes]


def source_rows(reading) -> list[tuple[str, str | None, str]]:
    """(relation, source, evidence) of every sourcing statement of a reading."""
    return [
        (a.relation, a.source.name if a.source else None, a.evidence.text if a.evidence else "")
        for a in reading.attributions
    ]


@pytest.fixture(scope="session")
def seed_reading(seed_text: str):
    from sourcetrace.analysis import analyze
    from sourcetrace.ingest import SourceDoc

    return analyze(SourceDoc(text=seed_text, origin="seed"), lang="nb")


CLAIM_FIXTURES = Path(__file__).parent / "fixtures" / "claims"


def ingest_claim_fixtures(db: Path, folder: str, documents) -> str:
    """Ingest and link each (file, outlet, language, published) of ``fixtures/claims/<folder>``
    as ``sourcetrace ingest`` does; the database path."""
    from sourcetrace.claims import ClaimStore
    from sourcetrace.ingest.sources import read_text_file
    from sourcetrace.store import ingest_source, open_store

    store = open_store(str(db))
    try:
        for name, outlet, language, published in documents:
            doc = read_text_file(CLAIM_FIXTURES / folder / name)
            doc.source, doc.published, doc.language = outlet, published, language
            ClaimStore(store).link_documents([ingest_source(store, doc, lang=language).id])
    finally:
        store.close()
    return str(db)


def cli_json(command: str, db: str, *options: str) -> dict:
    """What ``sourcetrace COMMAND --db DB --format json`` prints, read back: the claims tests
    drive the real CLI in a process of its own."""
    import subprocess
    import sys

    result = subprocess.run(
        [sys.executable, "-c", "from sourcetrace.cli import main; main()", command, "--db", db,
         "--format", "json", *options],
        capture_output=True,
        text=True,
        timeout=300,
        env={**os.environ, "NO_COLOR": "1", "COLUMNS": "200"},
    )
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def cli_conflicts(db: str, *options: str) -> list[dict]:
    """The conflicts ``sourcetrace conflicts --format json`` prints for the store ``db``."""
    return cli_json("conflicts", db, *options)["conflicts"]
