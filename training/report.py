"""Print a `spacy evaluate` JSON as the Markdown rows used in docs/models.md.

Why: the documented scores must come from the evaluation files, not be typed by hand.
Usage: python training/report.py training/output/nb-test.json
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

MAIN = [("pos_acc", "UPOS"), ("tag_acc", "tag (XPOS)"), ("morph_acc", "morph (UFeats)"),
        ("lemma_acc", "lemma"), ("dep_uas", "UAS"), ("dep_las", "LAS"), ("sents_f", "sentences F"),
        ("ents_p", "NER P"), ("ents_r", "NER R"), ("ents_f", "NER F")]


def pct(value: float | None) -> str:
    return "—" if value is None else f"{100 * value:.2f}"


def main(argv: list[str]) -> int:
    if len(argv) != 1 or not Path(argv[0]).is_file():
        print("usage: report.py METRICS.json", file=sys.stderr)
        return 2
    m = json.loads(Path(argv[0]).read_text(encoding="utf-8"))
    print("| metric | score |\n|---|---|")
    for key, name in MAIN:
        if m.get(key) is not None:
            print(f"| {name} | {pct(m[key])} |")
    print(f"| speed (words/s, 1 core) | {m.get('speed', 0):,.0f} |")
    per_type = m.get("ents_per_type") or {}
    if per_type:
        print("\n| type | P | R | F |\n|---|---|---|---|")
        for label, s in sorted(per_type.items()):
            print(f"| {label} | {s['p'] * 100:.2f} | {s['r'] * 100:.2f} | {s['f'] * 100:.2f} |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
