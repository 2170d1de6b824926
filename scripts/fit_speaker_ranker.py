"""Fit the speaker ranker (``sourcetrace.pipeline._speaker_ranker``) on the real dev split.

Reads every dev document of the real sets with the rules alone, records each choice of speaker
for quotes with no cue (the candidates and their features), labels a candidate right when it
names the annotators' speaker, and fits a logistic regression (L2, numpy) over the candidates.
Before writing, it reports the accuracy of the choice cross-validated by document (folds of
whole documents, so no document is both fitted and scored) against the rules' own choice on the
same quotes: the weights only ship when they beat the rules there.

    python scripts/fit_speaker_ranker.py                # report cross-validation, write nothing
    python scripts/fit_speaker_ranker.py --write        # also write src/sourcetrace/models/speaker_ranker.toml

The test split is never read.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from pathlib import Path
from typing import Any

import numpy as np

from sourcetrace.analysis import analyze
from sourcetrace.evaluate import Content, same_speaker
from sourcetrace.goldsets import SETS, load_document, shared_data_dir
from sourcetrace.goldsets.annotations import to_gold
from sourcetrace.ingest import SourceDoc
from sourcetrace.pipeline import _speaker_ranker as ranker

ROOT = Path(__file__).resolve().parents[1]
REAL = ROOT / "evaluation" / "real"
#: L2 strength: chosen by the cross-validated accuracy over 0.0001-0.1 (the features are few,
#: the choices a few hundred; 0.0001 scored best, 0.003-0.03 a little lower)
L2 = 0.0001
FOLDS = 5
#: gradient steps of the fit (it has converged well before: the weights move < 1e-3)
ITERATIONS = 10000


def _gold_speaker(gold: dict[str, Any], start: int, end: int) -> str | None:
    """The annotators' speaker of the quote that overlaps the run's first quote most."""
    best, overlap = None, 0
    for quote in gold["quotes"]:
        quote_start, quote_end = quote["span"]
        shared = min(end, quote_end) - max(start, quote_start)
        if shared > overlap:
            best, overlap = quote, shared
    return best.get("speaker") if best is not None and overlap > 0.5 * (end - start) else None


def collect(sets: list[str]) -> list[dict[str, Any]]:
    """Every choice on the dev split, read with the rules alone, with its labels."""
    data = shared_data_dir()
    if data is None:
        sys.exit("../shared/data not found")
    ranker.weights = lambda path=ranker.WEIGHTS_FILE: None  # the rules alone, as fitted
    choices: list[dict[str, Any]] = []
    for set_name in sets:
        for path in sorted((REAL / set_name).glob("*.json")):
            stored = json.loads(path.read_text(encoding="utf-8"))
            if stored.get("split") != "dev":
                continue
            doc = load_document(stored["corpus"], stored["doc"], data)
            gold = to_gold(doc, stored)
            source = SourceDoc(text=doc.text, origin="fit", published=doc.published, source=doc.source)
            with ranker.collecting() as made:
                analyze(source, lang=doc.language)
            content = Content(doc.text)
            for choice in made:
                for candidate in choice["candidates"]:
                    # read after the whole reading: the speaker step has named pronouns since
                    candidate["name"] = candidate.pop("mention").name
                expected = _gold_speaker(gold, choice["start"], choice["end"])
                if expected is None:
                    continue
                for candidate in choice["candidates"]:
                    candidate["right"] = same_speaker(candidate["name"], expected, content) or (
                        expected != "unknown" and ranker.same_referent(candidate["name"], expected)
                    )
                choice["document"] = f"{set_name}/{stored['doc']}"
                choice["expected"] = expected
                choices.append(choice)
    return choices


def _matrix(choices: list[dict[str, Any]]) -> tuple[np.ndarray, np.ndarray]:
    rows = [[c["features"][name] for name in ranker.FEATURES] for ch in choices for c in ch["candidates"]]
    labels = [float(c["right"]) for ch in choices for c in ch["candidates"]]
    return np.array(rows, dtype=float).reshape(-1, len(ranker.FEATURES)), np.array(labels)


def fit(choices: list[dict[str, Any]], l2: float = L2) -> dict[str, float]:
    """A conditional logit (softmax over each choice's candidates, as in mention ranking for
    coreference): the weights that make the right candidates of each informative choice (two
    or more candidates, one of them right) most probable among its own candidates."""
    useful = [
        ch for ch in choices
        if len(ch["candidates"]) > 1 and any(c["right"] for c in ch["candidates"])
    ]
    features, labels = _matrix(useful)
    right = labels > 0.5
    sizes = np.array([len(choice["candidates"]) for choice in useful])
    starts = np.concatenate([[0], np.cumsum(sizes)[:-1]])
    group = np.repeat(np.arange(len(useful)), sizes)
    coefficients = np.zeros(len(ranker.FEATURES))
    for _ in range(ITERATIONS):
        scores = features @ coefficients
        scores -= np.maximum.reduceat(scores, starts)[group]
        weight = np.exp(scores)
        probability = weight / np.add.reduceat(weight, starts)[group]
        mass = np.add.reduceat(probability * right, starts)[group]
        # d(-log sum_right p)/dw, averaged over choices: E_p[x] - E_{p | right}[x]
        target = np.where(right, probability / mass, 0.0)
        gradient = (probability - target) @ features / len(useful) + l2 * coefficients
        coefficients -= 0.5 * gradient
    return {"bias": 0.0} | {
        name: round(float(value), 4) for name, value in zip(ranker.FEATURES, coefficients, strict=True)
    }


def _picked_right(choice: dict[str, Any], learned: dict[str, float] | None) -> bool:
    candidates = choice["candidates"]
    if not candidates:
        return False
    if learned is None:
        chosen = [c for c in candidates if c["features"]["rules_choice"]]
        return bool(chosen) and chosen[0]["right"]
    best = max(candidates, key=lambda c: ranker.score(c["features"], learned))
    return bool(best["right"])


def cross_validate(choices: list[dict[str, Any]], l2: float = L2) -> tuple[int, int, int]:
    """(right by the rules, right by the ranker, choices), folds by document."""
    documents = sorted({ch["document"] for ch in choices})
    fold_of = {name: index % FOLDS for index, name in enumerate(documents)}
    rules = learned = 0
    for fold in range(FOLDS):
        train = [ch for ch in choices if fold_of[ch["document"]] != fold]
        held = [ch for ch in choices if fold_of[ch["document"]] == fold]
        fitted = fit(train, l2)
        rules += sum(_picked_right(ch, None) for ch in held)
        learned += sum(_picked_right(ch, fitted) for ch in held)
    return rules, learned, len(choices)


def write(learned: dict[str, float], report: str) -> None:
    lines = [
        "# Weights of the speaker ranker (sourcetrace.pipeline._speaker_ranker): a logistic score",
        "# over each candidate speaker of a quote with no cue; the highest wins.",
        "# Fitted by scripts/fit_speaker_ranker.py on the real dev split (the test split is never",
        f"# read), {dt.date.today().isoformat()}. {report}",
        "",
        "[weights]",
    ] + [f"{name} = {value}" for name, value in learned.items()]
    ranker.WEIGHTS_FILE.write_text("\n".join(lines) + "\n", encoding="utf-8")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--write", action="store_true", help="write the weights file")
    parser.add_argument("--sets", default=",".join(SETS), help="real sets to read (dev split)")
    args = parser.parse_args()
    choices = collect([name for name in args.sets.split(",") if name])
    by_set: dict[str, list[dict[str, Any]]] = {}
    for choice in choices:
        by_set.setdefault(choice["document"].split("/")[0], []).append(choice)
    rules, learned, total = cross_validate(choices)
    report = (
        f"Cross-validated by document over {total} choices: rules {rules / total:.3f}, "
        f"ranker {learned / total:.3f}."
    )
    print(report)
    for set_name, items in sorted(by_set.items()):
        ruled = sum(_picked_right(ch, None) for ch in items)
        reachable = sum(any(c["right"] for c in ch["candidates"]) for ch in items)
        print(f"  {set_name}: {len(items)} choices, rules right {ruled}, a right candidate in {reachable}")
    for l2 in (0.001, 0.003, 0.03, 0.1):
        other_rules, other, _ = cross_validate(choices, l2)
        print(f"  L2 {l2}: ranker {other / total:.3f}")
    if args.write:
        weights = fit(choices)
        write(weights, report)
        print(f"wrote {ranker.WEIGHTS_FILE}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
