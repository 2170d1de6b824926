"""Ingest at scale, through the real command line: several runs on one store at once, kill -9
in the middle, ``--workers N`` processes and a real Dask cluster (``--scheduler``)."""

from __future__ import annotations

import os
import re
import shutil
import signal
import socket
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

import pytest

from sourcetrace.store import open_store
from sourcetrace.store.models import AttributionRow, FigureRow, HedgeRow, QuoteRow, SpeakerRow
from test_corpus_cli import synthetic_corpus

SUMMARY = re.compile(
    r"(?P<created>\d+) new, (?P<updated>\d+) re-analysed, (?P<exists>\d+) already stored"
    r"(?:, (?P<busy>\d+) being read by another run)?(?:, (?P<failed>\d+) failed)?"
)


def ingest_cmd(*args: str) -> list[str]:
    return [sys.executable, "-W", "ignore", "-c", "from sourcetrace.cli import main; main()", "ingest", *args]


def run_ingest(*args: str, timeout: float = 600) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        ingest_cmd(*args),
        capture_output=True,
        text=True,
        timeout=timeout,
        env={**os.environ, "NO_COLOR": "1"},
    )


def summary(stdout: str) -> Counter[str]:
    """The counts a run printed on its last line."""
    found = SUMMARY.search(stdout)
    assert found, stdout
    return Counter({k: int(v) for k, v in found.groupdict().items() if v is not None})


def whole_store(db: str) -> dict[str, str]:
    """Every stored document has exactly the rows its stored reading lists, no record is
    orphaned; returns {document id: stored reading JSON}."""
    store = open_store(db)
    try:
        readings: dict[str, str] = {}
        for doc_id in store.document_ids():
            reading = store.reading(doc_id)
            assert reading is not None and reading.document.id == doc_id
            assert store.count(QuoteRow, doc_id) == len(reading.quotes)
            assert store.count(AttributionRow, doc_id) == len(reading.attributions)
            assert store.count(FigureRow, doc_id) == len(reading.figures)
            assert store.count(HedgeRow, doc_id) == len(reading.hedges)
            assert store.count(SpeakerRow, doc_id) == len(reading.speakers)
            readings[doc_id] = store.reading_json(doc_id) or ""
        for table in ("quotes", "speakers", "figures"):
            with store.engine.connect() as c:
                orphans = c.exec_driver_sql(
                    f"SELECT count(*) FROM {table} WHERE document_id NOT IN (SELECT id FROM documents)"
                ).scalar()
            assert orphans == 0
        return readings
    finally:
        store.close()


def stored_count(db: str) -> int:
    store = open_store(db, upgrade=False)
    try:
        return store.count()
    except Exception:  # noqa: BLE001 - not created or migrated yet
        return 0
    finally:
        store.close()


def start(*args: str) -> subprocess.Popen[str]:
    return subprocess.Popen(
        ingest_cmd(*args),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env={**os.environ, "NO_COLOR": "1"},
    )


def concurrent_runs_never_abort_and_read_each_document_once(db: str, corpus: Path, n: int):
    runs = [start(str(corpus), "--db", db) for _ in range(3)]
    results = [(proc.communicate(timeout=600), proc.returncode) for proc in runs]
    totals: Counter[str] = Counter()
    for (out, errs), code in results:
        assert code == 0, errs
        assert "Traceback" not in errs and "UNIQUE" not in errs
        counts = summary(out)
        assert counts["created"] + counts["exists"] + counts["busy"] == n
        totals.update(counts)
    # each document was read by exactly one run: none twice (no needless analysis), none lost
    assert totals["created"] == n
    assert len(whole_store(db)) == n


def kill_9_beside_another_run_loses_and_doubles_nothing(db: str, corpus: Path, n: int):
    victim = start(str(corpus), "--db", db)
    survivor = start(str(corpus), "--db", db)
    try:
        deadline = time.monotonic() + 300
        while time.monotonic() < deadline and stored_count(db) < 10:
            assert victim.poll() is None, "the run finished before it could be killed"
            time.sleep(0.2)
        victim.send_signal(signal.SIGKILL)
        victim.wait(timeout=10)
        out, errs = survivor.communicate(timeout=600)
    finally:
        for proc in (victim, survivor):
            if proc.poll() is None:
                proc.kill()
    assert survivor.returncode == 0, errs
    partial = len(whole_store(db))
    assert 10 <= partial <= n
    rerun = run_ingest(str(corpus), "--db", db)
    assert rerun.returncode == 0, rerun.stderr
    counts = summary(rerun.stdout)
    assert counts["created"] == n - partial and counts["exists"] == partial
    assert len(whole_store(db)) == n


def test_three_concurrent_ingests_on_one_new_sqlite_store(tmp_path):
    n = 60
    corpus = synthetic_corpus(tmp_path / "c.jsonl", n)
    concurrent_runs_never_abort_and_read_each_document_once(str(tmp_path / "c.db"), corpus, n)
    assert not (tmp_path / "c.db.claims").stat().st_size  # locks only, no data


def test_kill_9_beside_another_sqlite_ingest(tmp_path):
    n = 120
    corpus = synthetic_corpus(tmp_path / "c.jsonl", n)
    kill_9_beside_another_run_loses_and_doubles_nothing(str(tmp_path / "k.db"), corpus, n)


def test_workers_2_store_exactly_what_workers_1_stores(tmp_path):
    n = 40
    corpus = synthetic_corpus(tmp_path / "c.jsonl", n)
    one, two = str(tmp_path / "one.db"), str(tmp_path / "two.db")
    first = run_ingest(str(corpus), "--db", one)
    assert first.returncode == 0, first.stderr
    second = run_ingest(str(corpus), "--db", two, "--workers", "2")
    assert second.returncode == 0, second.stderr
    assert summary(first.stdout) == summary(second.stdout) == Counter(created=n, updated=0, exists=0)
    assert whole_store(one) == whole_store(two)
    # written in input order, like one process: the listing order is the same
    orders = []
    for db in (one, two):
        store = open_store(db)
        with store.engine.connect() as c:
            orders.append(
                [r[0] for r in c.exec_driver_sql("SELECT origin FROM documents ORDER BY ingested_at")]
            )
        store.close()
    assert orders[0] == orders[1] and len(orders[0]) == n
    # the claims were embedded by the reading processes and linked by the writer: the same
    # claims, vectors, links and clusters as one process makes
    assert claims_and_links(one) == claims_and_links(two)
    assert claims_and_links(one)[0], "the corpus has claims to link"


def claims_and_links(db: str) -> tuple[list[tuple], list[tuple], list[list[str]]]:
    """The stored claims (with their vectors, in key order), claim links and clusters."""
    from sourcetrace.claims.store import ClaimStore

    store = open_store(db)
    try:
        with store.engine.connect() as c:
            claims = [
                tuple(row)
                for row in c.exec_driver_sql(
                    "SELECT claim_id, document_id, kind, text, embedding FROM claims ORDER BY pk"
                )
            ]
            links = sorted(
                tuple(row)
                for row in c.exec_driver_sql(
                    "SELECT claim_a, claim_b, score, state, evidence FROM claim_links"
                )
            )
        clusters = sorted(sorted(claim.id for claim in cluster.claims) for cluster in ClaimStore(store).clusters())
        return claims, links, clusters
    finally:
        store.close()


#: one ingest through the real reader and linker in a fresh process: ``preload`` loads the
#: embedding engine on every core first, as a long-lived process that linked before might have
_EMBED_RUN = """
import json, sys
import numpy as np
from sourcetrace.claims.embed import embedder
from sourcetrace.claims.store import ClaimStore
from sourcetrace.corpus_cli import _ingest_items
from sourcetrace.ingest.sources import iter_sources
from sourcetrace.store import open_store

corpus, db, workers, preload = sys.argv[1], sys.argv[2], int(sys.argv[3]), sys.argv[4] == "1"
if preload:
    embedder().embed(["warm-up"])
store = open_store(db)
vectors = {}
counts, ids = _ingest_items(store, iter_sources([corpus]), None, None, False, workers=workers,
                            collect_ids=True, vectors=vectors)
report = ClaimStore(store).link_documents(ids, vectors)
texts = sorted(vectors)[:6]
same = bool(texts) and np.array_equal(embedder().embed(texts), np.vstack([vectors[t] for t in texts]))
store.close()
print(json.dumps({"created": counts["created"], "claims": report.claims, "embedded": report.embedded,
                  "kept": len(vectors), "same": same}))
"""


def _embed_run(corpus: Path, db: Path, workers: int, preload: bool) -> dict:
    result = subprocess.run(
        [sys.executable, "-W", "ignore", "-c", _EMBED_RUN, str(corpus), str(db), str(workers), str(int(preload))],
        capture_output=True, text=True, timeout=600,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    import json

    return json.loads(result.stdout.strip().splitlines()[-1])


def test_reading_processes_embed_the_claims_and_the_writer_embeds_none(tmp_path):
    """The costly part of linking (embedding every claim) runs where the documents are read
    (with --workers 2, in the two processes); the writer only looks up and decides, with
    exactly the vectors it would have made itself. --workers 1 embeds while it reads too."""
    corpus = synthetic_corpus(tmp_path / "c.jsonl", 12)
    for workers in (2, 1):
        run = _embed_run(corpus, tmp_path / f"w{workers}.db", workers, preload=False)
        assert run["created"] == 12 and run["claims"] > 0, run
        assert run["embedded"] == 0 and run["kept"] > 0 and run["same"], run
    assert claims_and_links(str(tmp_path / "w1.db")) == claims_and_links(str(tmp_path / "w2.db"))


def test_an_engine_loaded_on_all_cores_before_the_fork_is_not_used_in_the_workers(tmp_path):
    """A process that loaded the embedding engine on several threads and then forks reading
    processes must not call it there (its thread pool does not survive the fork: the call would
    hang); the writer embeds instead, and the result is the same. (Every batch is read in the
    workers, the first too, so no vector comes back from them.)"""
    corpus = synthetic_corpus(tmp_path / "c.jsonl", 8)
    run = _embed_run(corpus, tmp_path / "p.db", 2, preload=True)
    assert run["created"] == 8 and run["claims"] > 0, run
    assert run["embedded"] > 0 and run["kept"] == 0, run
    fresh = _embed_run(corpus, tmp_path / "f.db", 2, preload=False)
    assert claims_and_links(str(tmp_path / "p.db")) == claims_and_links(str(tmp_path / "f.db"))
    assert fresh["embedded"] == 0


def test_workers_report_bad_documents_and_store_the_rest(tmp_path):
    corpus = synthetic_corpus(tmp_path / "c.jsonl", 6)
    with corpus.open("a", encoding="utf-8") as f:
        f.write('{"text": "   "}\n{"text": "Dette er en dansk tekst om vejret i dag og i morgen."}\nnot json\n')
    result = run_ingest(str(corpus), "--db", str(tmp_path / "c.db"), "--workers", "2")
    assert result.returncode == 1
    counts = summary(result.stdout)
    assert counts["created"] == 6 and counts["failed"] == 3, result.stdout
    assert "Traceback" not in result.stderr
    assert result.stderr.count("error:") == 3
    assert len(whole_store(str(tmp_path / "c.db"))) == 6


def test_an_unreachable_scheduler_is_one_line(tmp_path):
    pytest.importorskip("distributed")
    corpus = synthetic_corpus(tmp_path / "c.jsonl", 2)
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    result = run_ingest(
        str(corpus), "--db", str(tmp_path / "c.db"), "--scheduler", f"tcp://127.0.0.1:{port}"
    )
    assert result.returncode == 2
    assert "cannot reach the Dask scheduler" in result.stderr and "Traceback" not in result.stderr


# -- a real Dask cluster: one scheduler and two workers, each its own process ----------------


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@pytest.fixture()
def dask_cluster(tmp_path):
    """``dask scheduler`` and two ``dask worker`` processes (no nanny: a killed worker stays
    dead), on loopback; yields (address, worker processes)."""
    pytest.importorskip("distributed")
    if shutil.which("dask") is None:
        pytest.skip("the dask command is not installed (pip install 'sourcetrace[dask]')")
    port = _free_port()
    address = f"tcp://127.0.0.1:{port}"
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(p for p in sys.path if p)}
    logs = tmp_path / "dask-logs"
    logs.mkdir()
    common = ["--no-dashboard"]
    scheduler = subprocess.Popen(
        ["dask", "scheduler", "--host", "127.0.0.1", "--port", str(port), *common],
        stdout=subprocess.DEVNULL,
        stderr=(logs / "scheduler.log").open("w"),
        env=env,
    )
    workers = [
        subprocess.Popen(
            ["dask", "worker", address, "--nthreads", "1", "--no-nanny", "--name", f"w{i}", *common],
            stdout=subprocess.DEVNULL,
            stderr=(logs / f"worker{i}.log").open("w"),
            env=env,
        )
        for i in range(2)
    ]
    try:
        from distributed import Client

        with Client(address, timeout=60) as client:
            client.wait_for_workers(2, timeout=120)
        yield address, workers
    finally:
        for proc in [*workers, scheduler]:
            if proc.poll() is None:
                proc.terminate()
        for proc in [*workers, scheduler]:
            try:
                proc.wait(timeout=20)
            except subprocess.TimeoutExpired:
                proc.kill()


def test_a_local_dask_cluster_stores_all_240_and_survives_a_killed_worker(tmp_path, dask_cluster):
    address, workers = dask_cluster
    n = 240
    corpus = synthetic_corpus(tmp_path / "c.jsonl", n)
    db = str(tmp_path / "dask.db")
    run = start(str(corpus), "--db", db, "--scheduler", address)
    try:
        deadline = time.monotonic() + 300
        while time.monotonic() < deadline and stored_count(db) < 20:
            assert run.poll() is None, "the run finished before a worker could be killed"
            time.sleep(0.2)
        workers[0].send_signal(signal.SIGKILL)  # mid-run: its batches go to the other worker
        out, errs = run.communicate(timeout=600)
    finally:
        if run.poll() is None:
            run.kill()
    assert run.returncode == 0, errs
    assert summary(out) == Counter(created=n, updated=0, exists=0)
    stored = whole_store(db)
    assert len(stored) == n
    # the cluster's readings are the readings of this process (a sample across the input)
    from sourcetrace.analysis import analyze
    from sourcetrace.ingest.sources import iter_sources

    for index, source in enumerate(iter_sources([str(corpus)])):
        if index % 24 == 0:
            reading = analyze(source)
            assert stored[reading.document.id] == reading.model_dump_json()


def test_analyze_with_workers_prints_what_one_process_prints_in_the_same_order(tmp_path):
    corpus = synthetic_corpus(tmp_path / "c.jsonl", 12)
    lines = corpus.read_text(encoding="utf-8").splitlines(keepends=True)
    corpus.write_text("".join([*lines[:5], "not json\n", *lines[5:]]), encoding="utf-8")

    def analyze(*extra: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [*ingest_cmd()[:-1], "analyze", str(corpus), "-f", "jsonl", *extra],
            capture_output=True,
            text=True,
            timeout=600,
            env={**os.environ, "NO_COLOR": "1"},
        )

    one, two = analyze(), analyze("--workers", "2")
    assert one.returncode == two.returncode == 1
    assert len(one.stdout.splitlines()) == 12
    assert one.stdout == two.stdout
    assert one.stderr == two.stderr and "c.jsonl:6" in one.stderr


def test_kill_9_of_an_ingest_with_workers_ends_its_workers_and_a_rerun_finishes(tmp_path):
    psutil = pytest.importorskip("psutil")
    n = 80
    corpus = synthetic_corpus(tmp_path / "c.jsonl", n)
    db = str(tmp_path / "w.db")
    run = start(str(corpus), "--db", db, "--workers", "2")
    try:
        deadline = time.monotonic() + 300
        while time.monotonic() < deadline and stored_count(db) < 10:
            assert run.poll() is None, "the run finished before it could be killed"
            time.sleep(0.2)
        workers = psutil.Process(run.pid).children(recursive=True)
        assert len(workers) == 2
        run.send_signal(signal.SIGKILL)
        run.wait(timeout=10)
    finally:
        if run.poll() is None:
            run.kill()
    gone, alive = psutil.wait_procs(workers, timeout=15)
    assert not alive, "worker processes outlived their ingest"
    partial = len(whole_store(db))
    rerun = run_ingest(str(corpus), "--db", db, "--workers", "2")
    assert rerun.returncode == 0, rerun.stderr
    assert summary(rerun.stdout)["created"] == n - partial
    assert len(whole_store(db)) == n
