"""Corpus benchmarks: ingest rate into SQLite and PostgreSQL, and API latency under load.

    python benchmarks/bench_corpus.py [--docs 100] [--pg postgresql://...] [--requests 2000]

Ingest: N distinct generated articles (Norwegian and English, a few paragraphs each) are analysed
once, and each reading is written to a fresh SQLite file and (with ``--pg`` or
SOURCETRACE_TEST_PG) a fresh PostgreSQL database. The rate reported for a store is end to end,
documents / (analysis + write), with the write-only rate beside it.

API: ``sourcetrace serve`` on the SQLite (and PostgreSQL) corpus in a subprocess on loopback; a
thread pool of httpx clients sends a fixed mix of read requests, bounded by --requests and
--seconds; latency p50/p95/p99 per endpoint and throughput are printed.
"""

from __future__ import annotations

import argparse
import os
import random
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import uuid
from pathlib import Path

import httpx

from sourcetrace.analysis import analyze
from sourcetrace.ingest import SourceDoc
from sourcetrace.store import open_store

NB = (
    "Minst {n} sivile ble drept da russiske styrker angrep landsbyen {place} natt til {day}, "
    "opplyser guvernøren i regionen.\n\n"
    "– Vi har mistet {m} hus, og mange familier har ingenting igjen, sier ordfører {name} til NTB.\n\n"
    "Ifølge det ukrainske forsvaret ble {k} av {total} droner skutt ned. Opplysningene har ikke "
    "latt seg bekrefte uavhengig.\n\n"
    "Det russiske forsvarsdepartementet skriver på Telegram at angrepet var rettet mot militære mål. "
    "Det skal ha vært kamper i området i over {d} dager."
)
EN = (
    "At least {n} civilians were killed when Russian forces shelled the village of {place} on "
    "{day}, the regional governor said.\n\n"
    '"We have lost {m} homes. Families have nothing left," said {name}, the local mayor, in a '
    "video on Telegram.\n\n"
    "Ukraine's air force said it shot down {k} of {total} drones. The figures could not be "
    "independently verified.\n\n"
    "Fighting in the area has reportedly continued for more than {d} days."
)
PLACES = ["Novoselivka", "Kamianka", "Berezivka", "Dovhe", "Zelene", "Pisky", "Orikhove", "Vilne"]
NAMES = ["Olena Kovalenko", "Petro Marchenko", "Iryna Bondar", "Andrii Savchenko", "Kari Hansen"]
DAYS_NB = ["mandag", "tirsdag", "onsdag", "torsdag", "fredag"]
DAYS_EN = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]


def articles(n: int, seed: int = 7) -> list[SourceDoc]:
    rnd = random.Random(seed)
    docs = []
    for i in range(n):
        nb = i % 2 == 0
        values = {
            "n": rnd.randint(2, 60),
            "m": rnd.randint(5, 300),
            "k": rnd.randint(5, 40),
            "total": rnd.randint(41, 90),
            "d": rnd.randint(2, 30),
            "place": f"{rnd.choice(PLACES)}-{i}",
            "name": rnd.choice(NAMES),
            "day": rnd.choice(DAYS_NB if nb else DAYS_EN),
        }
        text = (NB if nb else EN).format(**values)
        docs.append(
            SourceDoc(
                text=text,
                origin=f"bench/{i}",
                title=f"Article {i}",
                source="Bench Wire",
                language="nb" if nb else "en",
            )
        )
    return docs


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def fresh_pg(url: str) -> tuple[str, callable]:
    from sqlalchemy import create_engine, text

    name = f"bench_{uuid.uuid4().hex[:10]}"
    admin = create_engine(url, isolation_level="AUTOCOMMIT")
    with admin.connect() as c:
        c.execute(text(f'CREATE DATABASE "{name}"'))

    def drop() -> None:
        with admin.connect() as c:
            c.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()

    return f"{url.rsplit('/', 1)[0]}/{name}", drop


def bench_ingest(n: int, sqlite_path: str, pg_url: str | None) -> dict[str, float]:
    docs = articles(n)
    analyze(
        SourceDoc(text="Warm-up: the pipeline loads its data once.", origin="warm", language="en")
    )
    stores = {"sqlite": open_store(sqlite_path)}
    if pg_url:
        stores["postgresql"] = open_store(pg_url)
    t_analysis = 0.0
    t_write = dict.fromkeys(stores, 0.0)
    quotes = 0
    for doc in docs:
        t0 = time.perf_counter()
        reading = analyze(doc)
        t_analysis += time.perf_counter() - t0
        quotes += len(reading.quotes)
        for name, store in stores.items():
            t1 = time.perf_counter()
            store.save(reading)
            t_write[name] += time.perf_counter() - t1
    for store in stores.values():
        assert store.count() == n
        store.close()
    print(f"\ningest: {n} documents ({quotes} quotes found), analysis {n / t_analysis:.1f} docs/s")
    result = {"analysis_docs_per_s": n / t_analysis}
    for name, secs in t_write.items():
        end_to_end = n / (t_analysis + secs)
        print(
            f"  {name:<11} end to end {end_to_end:6.1f} docs/s   write only {n / secs:7.1f} docs/s "
            f"({1000 * secs / n:.2f} ms/doc)"
        )
        result[f"{name}_docs_per_s"] = end_to_end
        result[f"{name}_write_docs_per_s"] = n / secs
    return result


MIX = [
    ("documents", "/api/documents?limit=20"),
    ("documents?language", "/api/documents?language=nb&limit=20"),
    ("document", "/api/documents/{doc}"),
    ("provenance", "/api/documents/{doc}/provenance"),
    ("search", "/api/search?q={word}"),
    ("speakers", "/api/speakers?limit=20"),
    ("quotes", "/api/quotes?limit=20"),
    ("quotes?speaker", "/api/quotes?speaker={speaker}"),
    ("figures", "/api/figures?limit=20"),
    ("attributions", "/api/attributions?relation=could-not-verify&limit=20"),
]


def bench_api(
    db: str, label: str, requests: int, seconds: float, concurrency: int
) -> dict[str, float]:
    store = open_store(db)
    ids = store.document_ids()
    speakers = [s["name"] for s in store.speakers(limit=10).items] or ["nobody"]
    store.close()
    port = free_port()
    env = {**os.environ, "NO_COLOR": "1"}
    server = subprocess.Popen(
        ["sourcetrace", "serve", "--db", db, "--port", str(port)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        env=env,
    )
    base = f"http://127.0.0.1:{port}"
    try:
        for _ in range(300):
            try:
                if httpx.get(f"{base}/api/health", timeout=2).status_code == 200:
                    break
            except httpx.TransportError:
                time.sleep(0.1)
        else:
            raise SystemExit("server did not start")
        lock = threading.Lock()
        samples: dict[str, list[float]] = {name: [] for name, _ in MIX}
        errors = 0
        sent = 0
        stop_at = time.monotonic() + seconds

        def worker(seed: int) -> None:
            nonlocal errors, sent
            rnd = random.Random(seed)
            with httpx.Client(base_url=base, timeout=10) as client:
                while time.monotonic() < stop_at:
                    with lock:
                        if sent >= requests:
                            return
                        sent += 1
                    name, path = rnd.choice(MIX)
                    url = path.format(
                        doc=rnd.choice(ids),
                        word=rnd.choice(["drept", "drones", "Telegram", "village"]),
                        speaker=rnd.choice(speakers),
                    )
                    t0 = time.perf_counter()
                    try:  # a request that times out counts as an error, with its time
                        ok = client.get(url).status_code == 200
                    except httpx.HTTPError:
                        ok = False
                    elapsed = time.perf_counter() - t0
                    with lock:
                        samples[name].append(elapsed)
                        if not ok:
                            errors += 1

        t0 = time.perf_counter()
        threads = [threading.Thread(target=worker, args=(i,)) for i in range(concurrency)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        wall = time.perf_counter() - t0
    finally:
        server.terminate()
        try:
            server.wait(timeout=20)
        except subprocess.TimeoutExpired:  # still inside a slow request: stop it
            server.kill()
            server.wait()

    def pct(values: list[float], p: float) -> float:
        ordered = sorted(values)
        return (
            1000 * ordered[min(len(ordered) - 1, int(p * len(ordered)))]
            if ordered
            else float("nan")
        )

    everything = [v for vs in samples.values() for v in vs]
    print(
        f"\nAPI on {label}: {len(everything)} requests, {concurrency} clients, {wall:.1f} s, "
        f"{len(everything) / wall:.0f} req/s, {errors} errors"
    )
    print(f"  {'endpoint':<20} {'n':>5} {'p50 ms':>8} {'p95 ms':>8} {'p99 ms':>8}")
    for name, values in samples.items():
        print(
            f"  {name:<20} {len(values):>5} {pct(values, 0.5):8.1f} {pct(values, 0.95):8.1f} {pct(values, 0.99):8.1f}"
        )
    print(
        f"  {'all':<20} {len(everything):>5} {pct(everything, 0.5):8.1f} {pct(everything, 0.95):8.1f} "
        f"{pct(everything, 0.99):8.1f}   mean {1000 * statistics.fmean(everything):.1f}"
    )
    return {
        "p50_ms": pct(everything, 0.5),
        "p95_ms": pct(everything, 0.95),
        "req_per_s": len(everything) / wall,
        "errors": errors,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--docs", type=int, default=100, help="documents to ingest")
    parser.add_argument(
        "--pg",
        default=os.environ.get("SOURCETRACE_TEST_PG"),
        help="PostgreSQL URL (a fresh database is made on it)",
    )
    parser.add_argument("--requests", type=int, default=2000, help="API requests at most")
    parser.add_argument("--seconds", type=float, default=30, help="API load at most this long")
    parser.add_argument("--concurrency", type=int, default=8, help="concurrent API clients")
    args = parser.parse_args()

    workdir = Path(tempfile.mkdtemp(prefix="sourcetrace-bench-"))
    sqlite_path = str(workdir / "bench.db")
    pg_url, drop = fresh_pg(args.pg) if args.pg else (None, None)
    try:
        bench_ingest(args.docs, sqlite_path, pg_url)
        bench_api(sqlite_path, "SQLite", args.requests, args.seconds, args.concurrency)
        if pg_url:
            bench_api(pg_url, "PostgreSQL", args.requests, args.seconds, args.concurrency)
    finally:
        if drop:
            drop()
    if not pg_url:
        print(
            "\n(PostgreSQL skipped: pass --pg or set SOURCETRACE_TEST_PG; scripts/start_postgres.sh starts one)",
            file=sys.stderr,
        )


if __name__ == "__main__":
    main()
