"""The accuracy gate (trafilatura's ``eval_gate`` pattern): the reading's scores on the real-text
test split, and on the test split of the written Russian and Ukrainian sets
(``evaluation/written/CODE``, set names ``ru-written``/``uk-written``), against floors pinned in
``evaluation/floors.toml``.

    python -m sourcetrace.eval_gate             # check: prints every metric, exits 1 below a floor
    python -m sourcetrace.eval_gate --raise         # move floors up to today's scores (never down)
    python -m sourcetrace.eval_gate --lower --reason "why"   # allow floors to go down, recording why

A floor only goes down with ``--lower`` and a reason, which is written into the floors file (and
belongs in the commit message). The test suite runs the same check (``tests/test_eval_gate.py``).
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import tomllib
from pathlib import Path

from .evaluate import Report, Scores, evaluate_dir, evaluate_real

#: the project checkout (the gate reads its evaluation/ folder)
ROOT = Path(__file__).resolve().parents[2]
FLOORS = ROOT / "evaluation" / "floors.toml"
REAL = ROOT / "evaluation" / "real"
#: the written sets (news and Telegram posts written for the evaluation) and their language
WRITTEN = ROOT / "evaluation" / "written"
WRITTEN_SETS = {"ru-written": "ru", "uk-written": "uk"}
#: the metrics the gate holds, as :class:`Scores` attributes
METRICS = (
    "dq_f1", "speaker_accuracy", "speaker_entity_accuracy", "indirect_recall", "attribution_f1", "source_accuracy",
    "figure_f1", "figure_claimant_accuracy", "hedge_recall",
)


def written_reports(model: str | None = None) -> dict[str, Report]:
    """The written sets' test splits, each read in its own language."""
    return {
        set_name: evaluate_dir(WRITTEN / code, lang=code, model=model, split="test")
        for set_name, code in WRITTEN_SETS.items()
        if (WRITTEN / code).is_dir()
    }


def current_scores(model: str | None = None, real: bool = True) -> dict[str, dict[str, float]]:
    """Scores per set: the real-text sets (``real``; their texts come from ../shared/data)
    and the written sets."""
    reports = dict(evaluate_real(REAL, split="test", model=model)) if real else {}
    reports.update(written_reports(model))
    result: dict[str, dict[str, float]] = {}
    for set_name, report in reports.items():
        errors = [d for d in report.documents if d.error]
        if errors:
            raise SystemExit(f"{set_name}: {errors[0].name}: {errors[0].error}")
        total: Scores = report.total
        result[set_name] = {
            metric: round(value, 4)
            for metric in METRICS
            if (value := getattr(total, metric)) is not None
        }
    return result


def read_floors(path: Path = FLOORS) -> dict:
    return tomllib.loads(path.read_text(encoding="utf-8")) if path.is_file() else {}


def below_floor(scores: dict[str, dict[str, float]], floors: dict) -> list[str]:
    failures = []
    for set_name, metrics in floors.get("floors", {}).items():
        for metric, floor in metrics.items():
            value = scores.get(set_name, {}).get(metric)
            if value is None or value + 1e-9 < floor:
                failures.append(f"{set_name}.{metric}: {value} < floor {floor}")
    return failures


def write_floors(scores: dict[str, dict[str, float]], old: dict, lower: bool, reason: str | None) -> None:
    floors = old.get("floors", {})
    lowered = list(old.get("lowered", []))
    for set_name, metrics in scores.items():
        for metric, value in metrics.items():
            floor = floors.setdefault(set_name, {}).get(metric)
            # two decimals, rounded down: a floor is what today's reading is sure to reach
            new = int(value * 100) / 100
            if floor is None or new > floor:
                floors[set_name][metric] = new
            elif new < floor and lower:
                floors[set_name][metric] = new
                lowered.append({"metric": f"{set_name}.{metric}", "from": floor, "to": new,
                                "date": dt.date.today().isoformat(), "reason": reason})
    lines = [
        "# Floors of the accuracy gate on the real-text test split (python -m sourcetrace.eval_gate).",
        "# Raised with --raise; lowered only with --lower --reason, recorded under [[lowered]].",
        "",
    ]
    for set_name in sorted(floors):
        lines.append(f"[floors.{set_name}]")
        lines += [f"{metric} = {floors[set_name][metric]}" for metric in METRICS if metric in floors[set_name]]
        lines.append("")
    for entry in lowered:
        lines.append("[[lowered]]")
        # JSON strings are TOML basic strings: quotes and backslashes in a reason stay valid
        lines += [f"metric = {json.dumps(entry['metric'])}", f"from = {entry['from']}",
                  f"to = {entry['to']}", f"date = {json.dumps(entry['date'])}",
                  f"reason = {json.dumps(entry['reason'], ensure_ascii=False)}", ""]
    FLOORS.write_text("\n".join(lines), encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--raise", dest="raise_", action="store_true", help="raise floors to today's scores")
    parser.add_argument("--lower", action="store_true", help="allow floors to go down (needs --reason)")
    parser.add_argument("--reason", help="why a floor goes down")
    parser.add_argument("--model", help="pipeline to read with (default: the shipped one)")
    args = parser.parse_args(argv)
    if args.lower and not args.reason:
        parser.error("--lower needs --reason")
    scores = current_scores(args.model)
    floors = read_floors()
    for set_name, metrics in scores.items():
        shown = ", ".join(
            f"{metric} {value:.2f} (floor {floors.get('floors', {}).get(set_name, {}).get(metric, '–')})"
            for metric, value in metrics.items()
        )
        print(f"{set_name}: {shown}")
    if args.raise_ or args.lower:
        write_floors(scores, floors, args.lower, args.reason)
        print(f"wrote {FLOORS.relative_to(ROOT)}")
        return 0
    failures = below_floor(scores, floors)
    for line in failures:
        print(f"BELOW FLOOR {line}")
    return 1 if failures else 0


if __name__ == "__main__":
    raise SystemExit(main())
