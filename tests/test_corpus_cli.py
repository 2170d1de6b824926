"""The corpus commands as users run them: ingest (idempotent, crash-safe), demo, serve."""

from __future__ import annotations

import json
import os
import signal
import socket
import sqlite3
import subprocess
import time
from pathlib import Path

import httpx
import pytest

from sourcetrace.store import open_store
from sourcetrace.store.models import AttributionRow, FigureRow, HedgeRow, QuoteRow, SpeakerRow

EXAMPLES = Path(__file__).resolve().parents[1] / "src" / "sourcetrace" / "examples"


def run(*args: str, timeout: float = 300) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        ["sourcetrace", *args],
        capture_output=True,
        text=True,
        timeout=timeout,
        env={**os.environ, "NO_COLOR": "1"},
    )


def synthetic_corpus(path: Path, n: int) -> Path:
    """``n`` distinct short articles, one JSON object a line, alternating Norwegian and English."""
    with path.open("w", encoding="utf-8") as f:
        for i in range(n):
            if i % 2:
                text = (
                    f"Minst {i} soldater ble drept i kampene ved landsby nummer {i}, opplyser forsvaret.\n\n"
                    f"– Vi mistet {i + 3} kjøretøy, sier major Kari Hansen til NTB."
                )
            else:
                text = (
                    f"At least {i} civilians were wounded in shelling of village number {i}, officials said.\n\n"
                    f'"We lost {i + 3} homes," said Anna Berg, a local resident.'
                )
            f.write(
                json.dumps({"text": text, "title": f"Report {i}", "source": "Example Wire"}) + "\n"
            )
    return path


def assert_whole(db: Path) -> int:
    """Every stored document has exactly the rows its stored reading lists; returns the count."""
    con = sqlite3.connect(db)
    assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    con.close()
    store = open_store(str(db))
    try:
        ids = store.document_ids()
        for doc_id in ids:
            reading = store.reading(doc_id)
            assert reading is not None and reading.document.id == doc_id
            assert store.count(QuoteRow, doc_id) == len(reading.quotes)
            assert store.count(AttributionRow, doc_id) == len(reading.attributions)
            assert store.count(FigureRow, doc_id) == len(reading.figures)
            assert store.count(HedgeRow, doc_id) == len(reading.hedges)
            assert store.count(SpeakerRow, doc_id) == len(reading.speakers)
        with store.engine.connect() as c:
            orphans = c.exec_driver_sql(
                "SELECT count(*) FROM quotes WHERE document_id NOT IN (SELECT id FROM documents)"
            ).scalar()
            fts = c.exec_driver_sql("SELECT count(*) FROM document_fts").scalar()
        assert orphans == 0
        assert fts == len(ids)  # the search index is written in the same transaction
        return len(ids)
    finally:
        store.close()


def test_ingest_stores_once_and_reports_what_it_did(tmp_path):
    db = tmp_path / "c.db"
    first = run("ingest", str(EXAMPLES), "--db", str(db))
    assert first.returncode == 0, first.stderr
    assert "5 new" in first.stdout and str(db) in first.stdout
    again = run("ingest", str(EXAMPLES / "storm-blocking-units.txt"), "--db", str(db))
    assert again.returncode == 0, again.stderr
    assert "0 new" in again.stdout and "1 already stored" in again.stdout
    assert assert_whole(db) == 5


def test_ingest_reports_bad_inputs_and_still_stores_the_good_ones(tmp_path):
    db = tmp_path / "c.db"
    result = run(
        "ingest",
        str(EXAMPLES / "en-prisoner-exchange.txt"),
        str(tmp_path / "missing.txt"),
        "--db",
        str(db),
    )
    assert result.returncode == 1
    assert "missing.txt" in result.stderr and "Traceback" not in result.stderr
    assert "1 new" in result.stdout and "1 failed" in result.stdout


def test_ingest_into_an_impossible_place_is_one_line(tmp_path):
    result = run("ingest", str(EXAMPLES), "--db", str(tmp_path / "no" / "such" / "c.db"))
    assert result.returncode == 2
    assert "does not exist" in result.stderr and "Traceback" not in result.stderr


def test_reanalyse_reads_documents_of_an_older_pipeline_again(tmp_path):
    db = tmp_path / "c.db"
    assert run("ingest", str(EXAMPLES / "nn-kraftverk-odesa.txt"), "--db", str(db)).returncode == 0
    store = open_store(str(db))
    (doc_id,) = store.document_ids()
    with store.engine.begin() as c:
        c.exec_driver_sql("UPDATE documents SET pipeline_version = '0.0.0-old'")
    store.close()
    plain = run("ingest", str(EXAMPLES / "nn-kraftverk-odesa.txt"), "--db", str(db))
    assert "1 already stored" in plain.stdout
    again = run("ingest", str(EXAMPLES / "nn-kraftverk-odesa.txt"), "--db", str(db), "--reanalyse")
    assert "1 re-analysed" in again.stdout, again.stderr
    store = open_store(str(db))
    assert store.stored_version(doc_id) != "0.0.0-old"
    store.close()
    assert assert_whole(db) == 1


def test_kill_9_mid_ingest_leaves_only_whole_documents_and_a_rerun_finishes(tmp_path):
    n = 400
    corpus = synthetic_corpus(tmp_path / "many.jsonl", n)
    db = tmp_path / "k.db"
    proc = subprocess.Popen(
        ["sourcetrace", "ingest", str(corpus), "--db", str(db)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        deadline = time.monotonic() + 120
        stored = 0
        while time.monotonic() < deadline and proc.poll() is None:
            time.sleep(0.2)
            if db.exists():
                try:
                    with sqlite3.connect(db, timeout=5) as con:
                        stored = con.execute("SELECT count(*) FROM documents").fetchone()[0]
                except sqlite3.OperationalError:
                    continue  # not migrated yet
                if stored >= 10:
                    break
        assert proc.poll() is None, "ingest finished before it could be killed"
        assert stored >= 10, "ingest made no progress"
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=10)
    finally:
        if proc.poll() is None:
            proc.kill()
    partial = assert_whole(db)
    assert 10 <= partial < n
    rerun = run("ingest", str(corpus), "--db", str(db), timeout=600)
    assert rerun.returncode == 0, rerun.stderr
    assert f"{n - partial} new" in rerun.stdout and f"{partial} already stored" in rerun.stdout
    assert assert_whole(db) == n


def test_demo_without_serving_ingests_the_examples_and_names_the_seed(tmp_path):
    db = tmp_path / "demo.db"
    result = run("demo", "--no-serve", "--db", str(db))
    assert result.returncode == 0, result.stderr
    seed_id = (
        __import__("hashlib")
        .sha256((EXAMPLES / "storm-blocking-units.txt").read_bytes())
        .hexdigest()
    )
    assert f"/documents/{seed_id}" in result.stdout
    store = open_store(str(db))
    reading = store.reading(seed_id)
    assert reading is not None and reading.document.language == "nb"
    assert reading.document.title and "blokkadeenheter" in reading.document.title
    assert store.count() == len(list(EXAMPLES.glob("*.txt")))
    store.close()


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_demo_serves_the_seed_article_at_the_printed_url_even_when_8000_is_taken(tmp_path):
    busy = socket.socket()
    try:
        busy.bind(("127.0.0.1", 8000))
        busy.listen()
    except OSError:
        pass  # taken by someone else: just as busy
    proc = subprocess.Popen(
        ["sourcetrace", "demo", "--db", str(tmp_path / "d.db")],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        url = None
        deadline = time.monotonic() + 120
        while url is None and time.monotonic() < deadline:
            line = proc.stdout.readline()
            if not line:
                break
            if line.startswith("Open "):
                url = line.split()[1]
        assert url and url.startswith("http://127.0.0.1:") and "/documents/" in url
        assert not url.startswith("http://127.0.0.1:8000/")
        doc_id = url.rsplit("/", 1)[1]
        api = url.replace(f"/documents/{doc_id}", f"/api/documents/{doc_id}")
        for _ in range(100):
            try:
                response = httpx.get(api, timeout=5)
                break
            except httpx.TransportError:
                time.sleep(0.1)
        assert response.status_code == 200, response.text
        reading = response.json()
        assert reading["document"]["id"] == doc_id
        assert "blokkadeenheter" in reading["document"]["text"]
        assert httpx.get(url, timeout=5).status_code == 200
    finally:
        busy.close()
        proc.terminate()
        _, stderr = proc.communicate(timeout=20)
    assert "port 8000 is in use" in stderr


def test_serve_refuses_a_port_in_use_with_one_line(tmp_path):
    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen()
        port = busy.getsockname()[1]
        result = run("serve", "--db", str(tmp_path / "s.db"), "--port", str(port), timeout=60)
    assert result.returncode == 2
    assert "choose another --port" in result.stderr and "Traceback" not in result.stderr


@pytest.mark.parametrize("args", [["serve", "--port", "70000"], ["ingest"]])
def test_bad_arguments_are_usage_errors(args):
    result = run(*args, timeout=60)
    assert result.returncode == 2 and "Traceback" not in result.stderr
