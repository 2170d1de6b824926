"""Record the FIRST scores of the written test documents (evaluation/written/CODE), before any
rule is tuned for them, in ``evaluation/written/first-scores.json``.

A test document is scored once, the first time this runs after it exists; later runs add the
documents that arrived since and never change an entry already written. The totals are
recomputed from the recorded per-document counts (micro-averaged, as ``sourcetrace evaluate``).

    PYTHONPATH=src python3 scripts/written_first_scores.py [CODE ...]   # default: every set
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import sys
from pathlib import Path

from sourcetrace.eval_gate import METRICS
from sourcetrace.evaluate import Counts, Scores, evaluate_dir, gold_pairs, written_split

WRITTEN = Path(__file__).resolve().parents[1] / "evaluation" / "written"
OUT = WRITTEN / "first-scores.json"


def main(codes: list[str]) -> None:
    record = json.loads(OUT.read_text(encoding="utf-8")) if OUT.is_file() else {}
    stamp = dt.datetime.now(dt.UTC).strftime("%Y-%m-%dT%H:%MZ")
    for folder in sorted(p for p in WRITTEN.iterdir() if p.is_dir() and (not codes or p.name in codes)):
        entry = record.setdefault(folder.name, {"documents": {}})
        new = [
            txt.name for txt, _ in gold_pairs(folder)
            if written_split(txt.name) == "test" and txt.name not in entry["documents"]
        ]
        if new:
            report = evaluate_dir(folder, split="test")
            for doc in report.documents:
                if doc.name in new:
                    entry["documents"][doc.name] = {
                        "scored": stamp, "error": doc.error, "counts": dataclasses.asdict(doc.counts)
                    }
        total = Counts()
        for doc in entry["documents"].values():
            total += Counts(**doc["counts"])
        scores = Scores(total)
        entry["total"] = {m: round(v, 4) for m in METRICS if (v := getattr(scores, m)) is not None}
        entry["test_documents"] = len(entry["documents"])
        print(folder.name, entry["test_documents"], entry["total"])
    OUT.write_text(json.dumps(record, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main(sys.argv[1:])
