"""Export benchmark: how fast each registered format renders a corpus.

    python benchmarks/bench_export.py [--docs 1000] [--db corpus.db]

Without ``--db``, the bundled example articles are read once and their readings copied with
distinct ids (and distinct speaker names every tenth copy) until there are ``--docs`` of them;
with ``--db`` the readings of that store are used. Prints, per format, the seconds to render,
documents per second and the output size.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

from sourcetrace.export import ExportInput, claims_from_readings, formats  # noqa: E402
from sourcetrace.model import Reading  # noqa: E402


def example_readings(count: int) -> list[Reading]:
    from sourcetrace.analysis import analyze
    from sourcetrace.corpus_cli import example_sources

    docs, _ = example_sources()
    base = [analyze(doc) for doc in docs]
    readings = []
    for number in range(count):
        copy = base[number % len(base)].model_copy(deep=True)
        copy.document.id = f"{number:064x}"
        if number % 10 == 0:
            for speaker in copy.speakers:
                speaker.name = f"{speaker.name} {number}"
        readings.append(copy)
    return readings


def stored_readings(db: str) -> list[Reading]:
    from sourcetrace.store import open_store

    store = open_store(db)
    try:
        return [store.reading(doc_id) for doc_id in store.document_ids()]
    finally:
        store.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, default=1000)
    parser.add_argument("--db")
    args = parser.parse_args()
    readings = stored_readings(args.db) if args.db else example_readings(args.docs)
    data = ExportInput(readings, claims_from_readings(readings))
    print(f"{len(readings)} documents, {sum(len(r.quotes) for r in readings)} quotes")
    print(f"{'format':<12} {'seconds':>8} {'docs/s':>9} {'MB':>8}")
    for exporter in formats():
        started = time.perf_counter()
        try:
            rendered = exporter.render(data)
        except Exception as exc:  # noqa: BLE001 - a missing optional library skips one format
            print(f"{exporter.name:<12} skipped: {exc}")
            continue
        seconds = time.perf_counter() - started
        size = len(rendered) if isinstance(rendered, bytes) else sum(map(len, rendered.values()))
        print(
            f"{exporter.name:<12} {seconds:8.2f} {len(readings) / seconds:9.0f} {size / 1e6:8.2f}"
        )


if __name__ == "__main__":
    main()
