"""API latency per route on a store as it is, one request at a time: p50/p95 of the server's own
time (``Server-Timing``) and of the whole request, through the real app in this process.

Fill a store first (``python benchmarks/bench_scale.py store --sizes 100000 --keep DIR`` fills
``DIR/grow.db``), then::

    python benchmarks/bench_routes.py DIR/grow.db --rounds 20

One request at a time, so each figure is the route's own cost and not a queue; the speaker,
word and document of each request are drawn from the store (its most quoted speakers, words
every synthetic document holds and rarer ones, a name no one has). Opening the store migrates
it to the newest schema first (its time is printed). Prints figures, asserts nothing.
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import sys
import time
from pathlib import Path
from urllib.parse import quote

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

ROUTES = [
    ("/api/documents?limit=20", "documents"),
    ("/api/documents?offset={offset}&limit=20", "documents?offset"),
    ("/api/documents?language=nb&limit=20", "documents?language"),
    ("/api/documents/{doc}", "document"),
    ("/api/documents/{doc}/provenance", "provenance"),
    ("/api/speakers?limit=20", "speakers"),
    ("/api/quotes?limit=20", "quotes"),
    ("/api/figures?limit=20", "figures"),
    ("/api/attributions?relation=could-not-verify&limit=20", "attributions?relation"),
    ("/api/search?q={word}", "search"),
    ("/api/documents?q={word}&limit=20", "documents?q"),
    ("/api/documents?speaker={speaker}&limit=20", "documents?speaker"),
    ("/api/quotes?speaker={speaker}&limit=20", "quotes?speaker"),
    ("/api/quotes?speaker={rare}&limit=20", "quotes?speaker (rare)"),
]
WORDS = ["drept", "drones", "drone*", "Telegram", "village", "nonexistentword"]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("db", help="store path or URL")
    parser.add_argument("--rounds", type=int, default=20, help="requests per route")
    args = parser.parse_args()

    from fastapi.testclient import TestClient

    from sourcetrace.api import create_app
    from sourcetrace.store import open_store

    started = time.perf_counter()
    store = open_store(args.db)
    opened = time.perf_counter() - started
    documents = store.count()
    ids = store.document_ids()
    speakers = [item["name"] for item in store.speakers(limit=10).items] or ["nobody"]
    rare = [item["name"] for item in store.speakers(limit=10, offset=200).items] or ["nobody"]
    rare.append("no such speaker")
    client = TestClient(create_app(store=store))
    one, five, _ = os.getloadavg()
    print(
        f"{documents:,} documents; store opened (and migrated) in {opened:.1f} s; "
        f"{args.rounds} requests per route, one at a time; load {one:.1f}/{five:.1f} "
        f"on {os.cpu_count()} cores",
        flush=True,
    )
    print(f"  {'route':<24} {'server p50':>10} {'p95':>8} {'request p50':>12} {'p95':>8}  (ms)")
    draw = random.Random(15)
    for template, label in ROUTES:
        own: list[float] = []
        whole: list[float] = []
        for _ in range(args.rounds):
            path = template.format(
                doc=draw.choice(ids),
                offset=draw.randrange(max(1, documents)),
                word=quote(draw.choice(WORDS)),
                speaker=quote(draw.choice(speakers)),
                rare=quote(draw.choice(rare)),
            )
            began = time.perf_counter()
            answer = client.get(path)
            whole.append((time.perf_counter() - began) * 1000)
            if answer.status_code != 200:
                raise SystemExit(f"{path}: {answer.status_code} {answer.text[:200]}")
            own.append(float(answer.headers["server-timing"].partition("dur=")[2]))

        def p95(values: list[float]) -> float:
            return sorted(values)[min(len(values) - 1, int(len(values) * 0.95))]

        print(
            f"  {label:<24} {statistics.median(own):10.1f} {p95(own):8.1f} "
            f"{statistics.median(whole):12.1f} {p95(whole):8.1f}",
            flush=True,
        )
    store.close()


if __name__ == "__main__":
    main()
