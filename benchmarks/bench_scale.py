"""Scale benchmarks, through the real ``sourcetrace ingest`` command. Prints figures, asserts
nothing:

1. ``workers``: ingest documents/s of N distinct generated articles (bench_corpus.articles) with
   ``--workers 1`` and ``--workers 2`` (alternating rounds, a fresh SQLite store each; wall
   time of the whole command, start-up included) and the speed-up; with ``--dask K``, also on a
   local Dask cluster of K single-thread workers started here (``dask scheduler`` /
   ``dask worker`` processes; the first run loads the pipelines on the workers, later runs
   find them loaded).
1b. ``stages``: CPU time per stage of an ingest that links claims (reading, embedding the
   claims, writing, linking), in one process: where the time goes, and the writer's share that
   bounds the gain of more reading processes. Measured on the shared 2-core machine (240
   documents, CPU s): reading 4.6, embedding 37.4, writing 0.6, linking 7.8 (before linking
   worked out each claim text's features once and cached its look-ups by key and document:
   4.7, 37.6, 0.6, 30.0; before the reading processes embedded: 4.8, 41.8, 0.6, 30.6, all but
   the reading in the writer).
2. ``telegram``: the peak memory (resident, of the ingest process and its worker processes
   together) while ingesting synthetic Telegram exports of growing size (bench_telegram's
   generator): streaming, it must stay flat.
3. ``store``: store size per 10,000 documents (SQLite and, with --pg, PostgreSQL) and the API
   latency (bench_corpus.bench_api) as the store grows, e.g. 10,000 -> 100,000 documents.
   Documents are real readings of generated articles, each stored under a distinct text.

Run: ``python benchmarks/bench_scale.py workers [--docs 240] [--rounds 3] [--dask 2]``,
``python benchmarks/bench_scale.py stages [--docs 240]``,
``python benchmarks/bench_scale.py telegram [--sizes 10000,100000,1000000]``,
``python benchmarks/bench_scale.py store [--sizes 10000,100000] [--pg URL]``.
The machine's load is printed with every figure: other processes on it change them.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import psutil

sys.path.insert(0, str(Path(__file__).parent))

from bench_corpus import articles, bench_api, fresh_pg  # noqa: E402
from bench_telegram import write_export  # noqa: E402

CLI = [sys.executable, "-W", "ignore", "-c", "from sourcetrace.cli import main; main()"]


def load() -> str:
    one, five, _ = os.getloadavg()
    return f"load {one:.1f}/{five:.1f} on {os.cpu_count()} cores"


def write_corpus(path: Path, n: int) -> Path:
    with path.open("w", encoding="utf-8") as f:
        for doc in articles(n):
            record = {"text": doc.text, "title": doc.title, "source": doc.source}
            f.write(json.dumps({**record, "language": doc.language}) + "\n")
    return path


def timed_ingest(args: list[str]) -> tuple[float, int]:
    """(seconds, peak memory of the command and its worker processes together: the sum of
    their proportional set sizes, so pages the forked workers share are counted once). Prints
    the CPU time the command and its worker processes used (user + system): on a shared
    machine the wall time is mostly the queue for the cores, the CPU time is the cost."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    proc = psutil.Popen([*CLI, "ingest", *args], stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    peak = 0
    while proc.poll() is None:
        try:
            family = [proc, *proc.children(recursive=True)]
            peak = max(peak, sum(p.memory_full_info().pss for p in family if p.is_running()))
        except psutil.Error:
            pass
        time.sleep(0.2)
    seconds = time.perf_counter() - start
    out, err = proc.communicate()
    if proc.returncode != 0:
        raise SystemExit(f"ingest failed ({proc.returncode}): {err.decode()[-2000:]}")
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    print(f"    {out.decode().strip()}  [CPU {cpu:.1f} s, command and its workers]")
    return seconds, peak


def bench_workers(n: int, rounds: int, dask_workers: int) -> None:
    work = Path(tempfile.mkdtemp(prefix="sourcetrace-scale-"))
    corpus = write_corpus(work / "corpus.jsonl", n)
    times: dict[str, list[float]] = {"--workers 1": [], "--workers 2": []}
    for round_no in range(rounds):
        for label in times:
            db = work / f"r{round_no}-{label[-1]}.db"
            seconds, _ = timed_ingest([str(corpus), "--db", str(db), *label.split()])
            times[label].append(seconds)
            print(f"  round {round_no + 1} {label}: {seconds:.1f} s, {n / seconds:.1f} docs/s ({load()})")
    print(f"\ningest of {n} distinct documents into SQLite (wall time of the command):")
    best = {label: min(values) for label, values in times.items()}
    for label, values in times.items():
        print(
            f"  {label}: best {best[label]:.1f} s = {n / best[label]:.1f} docs/s, "
            f"median {statistics.median(values):.1f} s"
        )
    print(f"  speed-up, best against best: {best['--workers 1'] / best['--workers 2']:.2f}x")
    if dask_workers:
        bench_dask(corpus, n, dask_workers, work)


def bench_stages(n: int, batch_size: int) -> None:
    """CPU time of each stage of an ingest that links claims, in this one process (the engine
    on one thread, as in each reading process of ``--workers N``): reading (analysis and the
    rows to store), embedding the claims, writing the rows, and linking (index look-ups,
    decisions, link rows) with the vectors already made. Reading and embedding run in the
    reading processes with ``--workers N``; writing and linking stay in the one writer, so
    their sum bounds what N processes can gain."""
    from sourcetrace.claims.embed import embedder
    from sourcetrace.claims.store import ClaimStore
    from sourcetrace.ingest.sources import iter_sources
    from sourcetrace.parallel import ReadOptions, claim_vectors, read_batch
    from sourcetrace.store import open_store
    from sourcetrace.store.repo import content_id, reading_rows

    work = Path(tempfile.mkdtemp(prefix="sourcetrace-stages-"))
    corpus = write_corpus(work / "corpus.jsonl", n)
    docs = [item for item in iter_sources([str(corpus)]) if hasattr(item, "text")]
    read_batch(docs[:1], ReadOptions(as_rows=False))  # load the pipelines
    embedder(threads=1).embed(["warm-up"])
    spent = dict.fromkeys(("reading", "embedding", "writing", "linking"), 0.0)
    store = open_store(str(work / "stages.db"))
    vectors: dict = {}
    ids: list[str] = []
    try:
        for start in range(0, len(docs), batch_size):
            batch = docs[start : start + batch_size]
            clock = time.process_time()
            readings = [o.reading for o in read_batch(batch, ReadOptions(as_rows=False))]
            rows = [reading_rows(reading) for reading in readings]
            spent["reading"] += time.process_time() - clock
            clock = time.process_time()
            for found in claim_vectors(readings, threads=1):
                vectors.update(found)
            spent["embedding"] += time.process_time() - clock
            clock = time.process_time()
            store.save_batch([(row, False) for row in rows])
            spent["writing"] += time.process_time() - clock
            ids += [content_id(doc.text) for doc in batch]
        clock = time.process_time()
        report = ClaimStore(store).link_documents(ids, vectors)
        spent["linking"] += time.process_time() - clock
    finally:
        store.close()
    total = sum(spent.values())
    words = sum(len(doc.text.split()) for doc in docs)
    print(
        f"CPU time per stage, {len(docs)} documents ({words:,} words), {report.claims} claims, "
        f"{len(vectors)} distinct claim texts, {report.suggested} links; {load()}:"
    )
    for stage, seconds in spent.items():
        print(
            f"  {stage:9} {seconds:7.1f} s  {seconds / len(docs) * 1000:6.1f} ms/document  "
            f"{seconds / total:4.0%}"
        )
    writer = spent["writing"] + spent["linking"]
    print(
        f"  the writer's share (writing + linking) {writer / total:.0%}: with N reading processes "
        f"the command can take at most {total / writer:.1f}x less time than with one "
        f"(embedded again while linking: {report.embedded} texts)"
    )


def bench_dask(corpus: Path, n: int, workers: int, work: Path) -> None:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    address = f"tcp://127.0.0.1:{port}"
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(p for p in sys.path if p)}
    quiet = {"stdout": subprocess.DEVNULL, "stderr": subprocess.DEVNULL, "env": env}
    procs = [
        subprocess.Popen(
            ["dask", "scheduler", "--host", "127.0.0.1", "--port", str(port), "--no-dashboard"],
            **quiet,
        )
    ]
    try:
        from distributed import Client

        time.sleep(1)
        procs += [
            subprocess.Popen(
                ["dask", "worker", address, "--nthreads", "1", "--no-dashboard"], **quiet
            )
            for _ in range(workers)
        ]
        with Client(address, timeout=60) as client:
            client.wait_for_workers(workers, timeout=120)
        print(f"\nDask: local scheduler and {workers} single-thread workers ({address})")
        for run in ("first (workers load the pipelines)", "second (pipelines loaded)"):
            db = work / f"dask-{run[:5]}.db"
            seconds, _ = timed_ingest([str(corpus), "--db", str(db), "--scheduler", address])
            print(
                f"  {run}: {seconds:.1f} s, {n / seconds:.1f} docs/s, "
                f"{n / seconds / workers:.1f} docs/s per worker ({load()})"
            )
    finally:
        for proc in reversed(procs):
            proc.terminate()
            proc.wait(timeout=30)


def bench_telegram_memory(sizes: list[int], workers: int) -> None:
    work = Path(tempfile.mkdtemp(prefix="sourcetrace-tg-"))
    print(f"Telegram export ingest, --workers {workers} (peak PSS of all its processes):")
    for size in sizes:
        export = work / f"export-{size}" / "result.json"
        export.parent.mkdir()
        posts = write_export(export, size)
        megabytes = export.stat().st_size / 1e6
        db = work / f"tg-{size}.db"
        seconds, peak = timed_ingest([str(export), "--db", str(db), "--workers", str(workers)])
        print(
            f"  {size:>9,} messages ({posts:,} posts, {megabytes:.0f} MB): {seconds:7.1f} s, "
            f"{size / seconds:7.0f} messages/s, peak {peak / 2**20:6.0f} MiB ({load()})"
        )
        export.unlink()


def _fill(store_url: str, target: int, readings: list, have: int, batch: int = 500) -> int:
    """Store distinct documents (a reading under a new text each) until ``target``: the fast
    path, rows written straight through the store API (``save_batch``, ``batch`` documents per
    transaction) without analysing each. Each reading's rows are made once; a copy only gets its
    new text, id and search entry, so 100,000 documents take minutes, not hours."""
    from sourcetrace.store import open_store
    from sourcetrace.store.keys import body_hash
    from sourcetrace.store.repo import content_id, reading_rows

    templates = []
    for base in readings:
        rows = reading_rows(base)
        reading_json = rows.document["reading"]
        quoted_text = json.dumps(base.document.text, ensure_ascii=False)[1:-1]
        if reading_json.count(quoted_text) != 1:  # the text cannot be swapped safely: skip it
            continue
        templates.append((base, rows, reading_json, quoted_text))
    store = open_store(store_url)
    try:
        have = max(have, store.count())
        for first in range(have, target, batch):
            entries = []
            for index in range(first, min(first + batch, target)):
                base, rows, reading_json, quoted_text = templates[index % len(templates)]
                text = f"{base.document.text}\n\n(#{index})"
                doc_id = content_id(text)
                new_json = reading_json.replace(
                    quoted_text, json.dumps(text, ensure_ascii=False)[1:-1]
                ).replace(base.document.id, doc_id)
                document = {
                    **rows.document,
                    "id": doc_id,
                    "text": text,
                    "reading": new_json,
                    "body_hash": body_hash(text),
                }
                records = {
                    table: [{**row, "document_id": doc_id} for row in table_rows]
                    for table, table_rows in rows.records.items()
                }
                entries.append((type(rows)(document=document, records=records), True))
            store.save_batch(entries)
    finally:
        store.close()
    return target


def _size(store_url: str, sqlite_path: Path | None) -> int:
    if sqlite_path is not None:
        import sqlite3

        with sqlite3.connect(sqlite_path) as con:
            con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        return sum(p.stat().st_size for p in sqlite_path.parent.glob(sqlite_path.name + "*"))
    from sqlalchemy import create_engine, text

    engine = create_engine(store_url)
    with engine.connect() as c:
        size = c.execute(text("SELECT pg_database_size(current_database())")).scalar()
    engine.dispose()
    return int(size or 0)


def bench_store(sizes: list[int], pg: str | None, requests: int, keep: str | None = None) -> None:
    from sourcetrace.analysis import analyze

    readings = [analyze(doc) for doc in articles(200)]
    work = Path(keep) if keep else Path(tempfile.mkdtemp(prefix="sourcetrace-store-"))
    work.mkdir(parents=True, exist_ok=True)
    sqlite_path = work / "grow.db"
    targets: list[tuple[str, str, Path | None]] = [("SQLite", str(sqlite_path), None)]
    drop = None
    if pg:
        pg_url, drop = fresh_pg(pg)
        targets.append(("PostgreSQL", pg_url, None))
    try:
        for label, url, _ in targets:
            have = 0
            for size in sizes:
                start = time.perf_counter()
                have = _fill(url, size, readings, have)
                fill_s = time.perf_counter() - start
                bytes_used = _size(url, sqlite_path if label == "SQLite" else None)
                print(
                    f"\n{label} with {size:,} documents (filled in {fill_s:.0f} s): "
                    f"{bytes_used / 2**20:.0f} MiB, {bytes_used / size * 10_000 / 2**20:.0f} MiB per 10k documents"
                )
                bench_api(url, f"{label}, {size:,} documents", requests, 30, 8)
    finally:
        if drop:
            drop()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    sub = parser.add_subparsers(dest="what", required=True)
    workers = sub.add_parser("workers", help="ingest docs/s, --workers 1 and 2, Dask")
    workers.add_argument("--docs", type=int, default=240)
    workers.add_argument("--rounds", type=int, default=3)
    workers.add_argument("--dask", type=int, default=0, help="also a local cluster of K workers")
    stages = sub.add_parser("stages", help="CPU time per stage: reading, embedding, writing, linking")
    stages.add_argument("--docs", type=int, default=240)
    stages.add_argument("--batch", type=int, default=4, help="documents per reading batch")
    telegram = sub.add_parser("telegram", help="peak memory ingesting large exports")
    telegram.add_argument("--sizes", default="10000,100000")
    telegram.add_argument("--workers", type=int, default=2)
    store = sub.add_parser("store", help="store size per 10k documents, API latency as it grows")
    store.add_argument("--sizes", default="10000,100000")
    store.add_argument("--pg", default=os.environ.get("SOURCETRACE_TEST_PG"))
    store.add_argument("--requests", type=int, default=1000)
    store.add_argument(
        "--keep", metavar="DIR", help="keep the SQLite store in DIR and grow it from where it is"
    )
    args = parser.parse_args()
    if args.what == "workers":
        bench_workers(args.docs, args.rounds, args.dask)
    elif args.what == "stages":
        bench_stages(args.docs, args.batch)
    elif args.what == "telegram":
        bench_telegram_memory([int(s) for s in args.sizes.split(",")], args.workers)
    else:
        bench_store([int(s) for s in args.sizes.split(",")], args.pg, args.requests, args.keep)


if __name__ == "__main__":
    main()
