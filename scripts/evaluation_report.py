"""Write docs/evaluation.md: `sourcetrace evaluate` over every gold set, rules-only and with the
shipped pipelines, exactly as measured (run: python scripts/evaluation_report.py)."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
from pathlib import Path

from sourcetrace.evaluate import COLUMNS, evaluate_dir, render_markdown
from sourcetrace.pipeline.models import shipped_model_path

ROOT = Path(__file__).resolve().parents[1]
SETS = [
    ("acceptance case (shared/cases/no)", ROOT.parent / "shared" / "cases" / "no"),
    ("Norwegian, first set (tests/cases/nb)", ROOT / "tests" / "cases" / "nb"),
    ("English, first set (tests/cases/en)", ROOT / "tests" / "cases" / "en"),
    ("Norwegian, held-out-style set (tests/cases/nb2)", ROOT / "tests" / "cases" / "nb2"),
    ("English, held-out-style set (tests/cases/en2)", ROOT / "tests" / "cases" / "en2"),
]


def main() -> None:
    out = ROOT / "docs" / "evaluation.md"
    commit = subprocess.run(["git", "rev-parse", "--short", "HEAD"], capture_output=True, text=True,
                            cwd=ROOT).stdout.strip()
    models = [("rules only (`--model blank`)", "blank")]
    if shipped_model_path("nb") or shipped_model_path("en"):
        models.append(("default: shipped trained pipelines where present", None))
    lines = [
        "# Evaluation",
        "",
        f"Measured {dt.date.today().isoformat()} at commit `{commit}` with "
        "`python scripts/evaluation_report.py` (each table is `sourcetrace evaluate DIR`).",
        "Scores are micro-averaged over the documents of a set. Columns: "
        + ", ".join(f"{t}" for t, _ in COLUMNS) + ".",
        "DQ = direct quotes (coverage-matched on content characters), Speaker acc = speaker name "
        "right on gold quotes a prediction overlaps, IQ R = indirect-quote recall, Attr F1 = "
        "relation and overlapping evidence, Fig F1 = value, Fig claimant = claimant right on "
        "matched figures, Hedge R = cue inside the hedged text, Layout R = boilerplate and "
        "crossheads recognised.",
        "",
        "The first sets were written while the reading was built and tuned on them. The second "
        "sets (nb2, en2) were written later, in other styles, to measure how the reading "
        "generalises: at their first measurement they scored direct-quote F1 1.00 / 0.89, speaker "
        "accuracy 0.93 / 0.81, attribution F1 0.90 / 0.82 (nb2 / en2, rules only); the reading "
        "was then improved against them too, so they are no longer held out. Real articles will "
        "score lower than these tables.",
        "",
    ]
    for model_title, model in models:
        lines += [f"## {model_title}", ""]
        for title, folder in SETS:
            if not folder.is_dir():
                continue
            report = evaluate_dir(folder, model=model)
            c = report.total.counts
            lines += [f"### {title}", "", render_markdown(report),
                      f"Gold: {c.dq_gold} direct quotes, {c.iq_gold} indirect, {c.att_gold} "
                      f"attributions, {c.fig_gold} figures, {c.hedge_gold} hedges.", ""]
            print(f"{model_title} / {title}: done", file=sys.stderr)
    out.write_text("\n".join(lines), encoding="utf-8")
    print(f"wrote {out}", file=sys.stderr)


if __name__ == "__main__":
    main()
