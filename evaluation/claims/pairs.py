"""Claim-pair evaluation: labelled pairs from the claim set, linking P/R/F1, conflict P/R.

The set (written by people who never saw the code): ``events.toml`` and reports in
``docs/LANG/NAME.txt`` with ``NAME.claims.json`` (outlet, published, language, event and the
claims marked in the text with an id like ``E07/killed-civilians``; equal ids = the same claim).

Pairs: positives are two marked claims with the same id in different documents; negatives have
different ids, the hard ones first (same event, the same number, the same place), then easy ones
up to as many as there are positives. Events are split into dev and test by a hash of their id
(about 45 % test); weights are fitted on dev only.

    python evaluation/claims/pairs.py stats
    python evaluation/claims/pairs.py evaluate --split test [--record-first]
    python evaluation/claims/pairs.py fit --out src/sourcetrace/claims/data/linking.toml
    python evaluation/claims/pairs.py misses --limit 20     # dev only: false and missed links
    python evaluation/claims/pairs.py conflict-folds --ablate  # dev only: conflicts per event, each rule off
    python evaluation/claims/pairs.py --parties evaluation/claims/parties.toml evaluate  # the set's channels' sides

Every document is read by the real pipeline (cached under ~/.cache/sourcetrace/claims-eval);
each marked text becomes a claim with :func:`sourcetrace.claims.records.claim_for_span`, so the
claimant, names, numbers and figure come from the reading, not from the markup.
"""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import itertools
import json
import os
import sys
import tomllib
from collections import Counter, defaultdict
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

ROOT = Path(__file__).resolve().parent
CACHE = Path.home() / ".cache" / "sourcetrace" / "claims-eval"
TEST_SHARE = 45
FIRST_SCORE = ROOT / "results" / "test-first.json"


@dataclass
class Marked:
    """One marked claim: the gold id and the claim the system reads there."""

    gold: str
    event: str
    document: str
    language: str
    value: float | None
    value_max: float | None
    claim: Any  # sourcetrace.claims.records.Claim

    @property
    def gold_range(self) -> tuple[float, float] | None:
        if self.value is None:
            return None
        return (self.value, self.value_max if self.value_max is not None else self.value)


@dataclass
class Pair:
    first: int
    second: int
    label: bool
    kind: str  # positive | hard-event | hard-number | hard-place | easy

    def languages(self, items: list[Marked]) -> str:
        return "-".join(sorted((items[self.first].language, items[self.second].language)))


def test_events(events: list[str]) -> set[str]:
    """Events in the test split: a stable hash of the id, about 45 % of them."""
    return {e for e in events if int(hashlib.sha1(e.encode()).hexdigest(), 16) % 100 < TEST_SHARE}


def _events() -> dict[str, dict[str, Any]]:
    data = tomllib.loads((ROOT / "events.toml").read_text(encoding="utf-8"))
    return {event["id"]: event for event in data.get("event", [])}


def _read(path: Path, meta: dict[str, Any]) -> Any:
    from sourcetrace.analysis import PIPELINE_VERSION, analyze
    from sourcetrace.ingest import SourceDoc
    from sourcetrace.model import Reading

    text = path.read_text(encoding="utf-8")
    key = hashlib.sha256(f"{PIPELINE_VERSION}|{json.dumps(meta, sort_keys=True)}|{text}".encode())
    cached = CACHE / f"{key.hexdigest()[:32]}.json"
    if cached.is_file():
        return Reading.model_validate_json(cached.read_text(encoding="utf-8"))
    source = SourceDoc(
        text=text,
        origin=str(path.relative_to(ROOT)),
        language=meta["language"],
        published=dt.date.fromisoformat(str(meta["published"])[:10]) if meta.get("published") else None,
        source=meta.get("outlet"),
    )
    reading = analyze(source, lang=meta["language"])
    CACHE.mkdir(parents=True, exist_ok=True)
    cached.write_text(reading.model_dump_json(), encoding="utf-8")
    return reading


def load_marked() -> tuple[list[Marked], list[str]]:
    """Every marked claim of the set, read by the pipeline; and the problems found."""
    from sourcetrace.claims.records import claim_for_span, claims_from_reading

    items: list[Marked] = []
    problems: list[str] = []
    for meta_path in sorted(ROOT.glob("docs/*/*.claims.json")):
        text_path = meta_path.with_name(meta_path.name.removesuffix(".claims.json") + ".txt")
        if not text_path.is_file():
            problems.append(f"{meta_path.name}: no {text_path.name}")
            continue
        meta = json.loads(meta_path.read_text(encoding="utf-8"))
        reading = _read(text_path, meta)
        text = reading.document.text
        extracted = claims_from_reading(reading)
        for marked in meta.get("claims", []):
            start = text.find(marked["text"])
            if start < 0:
                problems.append(f"{meta_path.name}: text not found: {marked['text'][:60]!r}")
                continue
            claim = claim_for_span(reading, start, start + len(marked["text"]), extracted)
            items.append(
                Marked(
                    gold=marked["claim"],
                    event=marked["claim"].split("/", 1)[0],
                    document=str(text_path.relative_to(ROOT)),
                    language=meta["language"],
                    value=marked.get("value"),
                    value_max=marked.get("value_max"),
                    claim=claim,
                )
            )
    return items, problems


def _place_word(event: dict[str, Any] | None) -> str | None:
    if not event or not event.get("place"):
        return None
    return str(event["place"]).split(",")[0].split()[0].lower()


def derive_pairs(items: list[Marked], events: dict[str, dict[str, Any]]) -> list[Pair]:
    """Positives, then hard negatives, then easy negatives up to the number of positives."""
    positives: list[Pair] = []
    hard: list[Pair] = []
    easy: list[Pair] = []
    for i, j in itertools.combinations(range(len(items)), 2):
        a, b = items[i], items[j]
        if a.document == b.document:
            continue
        if a.gold == b.gold:
            positives.append(Pair(i, j, True, "positive"))
        elif a.event == b.event:
            hard.append(Pair(i, j, False, "hard-event"))
        elif a.value is not None and a.value == b.value:
            hard.append(Pair(i, j, False, "hard-number"))
        elif _place_word(events.get(a.event)) and _place_word(events.get(a.event)) == _place_word(
            events.get(b.event)
        ):
            hard.append(Pair(i, j, False, "hard-place"))
        else:
            easy.append(Pair(i, j, False, "easy"))
    easy.sort(key=lambda p: hashlib.sha1(f"{items[p.first].gold}|{items[p.second].gold}|{p.first}|{p.second}".encode()).hexdigest())
    return positives + hard + easy[: len(positives)]


def in_split(pair: Pair, items: list[Marked], test: set[str], split: str) -> bool:
    if split == "all":
        return True
    sides = {items[pair.first].event in test, items[pair.second].event in test}
    return sides == ({True} if split == "test" else {False})


def _similarities(items: list[Marked]) -> np.ndarray:
    from sourcetrace.claims.embed import embedder

    vectors = embedder().embed([m.claim.embedding_text() for m in items])
    return vectors @ vectors.T


def mutual_best(items: list[Marked], similarity: np.ndarray) -> set[tuple[int, int]]:
    """Pairs (i, j), i < j, each the other's most similar claim in the other's document."""
    by_document: dict[str, list[int]] = defaultdict(list)
    for index, item in enumerate(items):
        by_document[item.document].append(index)
    best: dict[tuple[int, str], int] = {}
    for index in range(len(items)):
        for document, members in by_document.items():
            if document != items[index].document:
                best[(index, document)] = max(members, key=lambda m: similarity[index, m])
    found = set()
    for (index, _document), other in best.items():
        if best.get((other, items[index].document)) == index and index < other:
            found.add((index, other))
    return found


def _prf(gold: list[bool], predicted: list[bool]) -> dict[str, float]:
    tp = sum(g and p for g, p in zip(gold, predicted, strict=True))
    fp = sum(p and not g for g, p in zip(gold, predicted, strict=True))
    fn = sum(g and not p for g, p in zip(gold, predicted, strict=True))
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"n": len(gold), "positives": sum(gold), "tp": tp, "fp": fp, "fn": fn,
            "precision": round(precision, 3), "recall": round(recall, 3), "f1": round(f1, 3)}


def _language_group(languages: str) -> str:
    first, second = languages.split("-")
    norwegian = {"nb", "nn"}
    if first == second or {first, second} <= norwegian:
        return "within a language (incl. nb-nn)" if {first, second} <= norwegian and first != second else "within a language"
    return "nb/nn-en" if "en" in (first, second) and ({first, second} & norwegian) else "other"


def gold_conflicts(items: list[Marked], events: dict[str, dict[str, Any]]) -> set[tuple[int, int]]:
    """Pairs of marked claims in different documents that the set says conflict."""
    found = set()
    for i, j in itertools.combinations(range(len(items)), 2):
        a, b = items[i], items[j]
        if a.document == b.document:
            continue
        listed = events.get(a.event, {}).get("conflict", [])
        if a.event == b.event and a.gold != b.gold and a.gold in listed and b.gold in listed:
            found.add((i, j))
    return found


def evaluate(split: str, settings_path: str | None = None) -> dict[str, Any]:
    from sourcetrace.claims.link import decide, settings

    split_set = _split_set(split)
    items, problems = split_set.items, split_set.problems
    pairs, similarity, mutual = split_set.pairs, split_set.similarity, split_set.mutual
    chosen = settings(settings_path)
    by_languages: dict[str, tuple[list[bool], list[bool]]] = defaultdict(lambda: ([], []))
    linked: dict[tuple[int, int], bool] = {}
    for pair in pairs:
        decision = decide(items[pair.first].claim, items[pair.second].claim,
                          float(similarity[pair.first, pair.second]), chosen,
                          (pair.first, pair.second) in mutual)
        linked[(pair.first, pair.second)] = decision.linked
        for key in (pair.languages(items), _language_group(pair.languages(items)), "all"):
            by_languages[key][0].append(pair.label)
            by_languages[key][1].append(decision.linked)
    scores = {key: _prf(gold, predicted) for key, (gold, predicted) in sorted(by_languages.items())}
    flagged = _conflict_flags(split_set, split, chosen, linked)
    gold_flags = [is_gold for _, _, is_gold, _ in flagged]
    predicted_flags = [predicted for _, _, _, predicted in flagged]
    conflict_scores = _prf(gold_flags, predicted_flags)
    conflict_scores.pop("n")
    kinds = Counter(p.kind for p in pairs)
    return {
        "split": split,
        "date": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
        "documents": len({m.document for m in items}),
        "marked_claims": len(items),
        "pairs": len(pairs),
        "pair_kinds": dict(kinds),
        "linking": scores,
        "conflicts": conflict_scores,
        "problems": problems,
    }


@dataclass
class _SplitSet:
    """What evaluate, fit and misses read first: the events, the marked claims, the pairs of
    one split, and the embedding similarities between claims."""

    events: Any
    items: Any
    problems: Any
    test: Any
    pairs: list
    similarity: np.ndarray
    mutual: Any


def _conflict_flags(split_set: _SplitSet, split: str, chosen: Any,
                    linked: dict[tuple[int, int], bool],
                    bases: dict[tuple[int, int], str] | None = None) -> list[tuple[int, int, bool, bool]]:
    """Every cross-document pair of the split's claims that the set calls a conflict or the
    system flags: (first, second, gold, predicted), decided as the store decides. ``bases``,
    when given, receives the rule that flagged each predicted pair (the figure basis, "a
    denial of a linked claim" or "rival accounts from opposite sides")."""
    from sourcetrace.claims.conflicts import (
        ASSERTING,
        comparable,
        denial_disputes,
        denial_targets,
        disagree,
        figure_conflict_basis,
        rival,
        same_count_related,
    )
    from sourcetrace.claims.link import decide, same_name

    events, items, test = split_set.events, split_set.items, split_set.test
    similarity, mutual = split_set.similarity, split_set.mutual
    # conflicts: every cross-document pair of the split's figure claims
    conflict_gold = gold_conflicts(items, events)
    # a denial answers the claim before it in its document (as the store links them); it
    # conflicts with claims in other documents linked to that claim
    by_document: dict[str, list[int]] = defaultdict(list)
    for index, item in enumerate(items):
        by_document[item.document].append(index)
    index_of = {items[index].claim.id: index for index in range(len(items))}
    denied_target: dict[int, int] = {}
    for members in by_document.values():
        for denial, target in denial_targets([items[m].claim for m in members]):
            denied_target[index_of[denial]] = index_of[target]

    def denial_conflict(denial: int, other: int) -> bool:
        target = denied_target.get(denial)
        if target is None or items[other].claim.relation not in ASSERTING:
            return False
        if not denial_disputes(items[denial].claim, items[other].claim):
            return False
        if items[other].claim.claimant and items[denial].claim.claimant and same_name(
            items[other].claim.claimant, items[denial].claim.claimant
        ):
            return False
        return decide(items[target].claim, items[other].claim,
                      float(similarity[target, other]), chosen,
                      tuple(sorted((target, other))) in mutual).linked

    flagged: list[tuple[int, int, bool, bool]] = []
    for i, j in itertools.combinations(range(len(items)), 2):
        a, b = items[i], items[j]
        if a.document == b.document or not in_split(Pair(i, j, False, ""), items, test, split):
            continue
        is_gold = (i, j) in conflict_gold
        # as the store decides: same cluster (linked), related on the same count, or the
        # same indicator, place and dates
        predicted = False
        if a.claim.figure and b.claim.figure:
            related = bool(
                comparable(a.claim, b.claim)
                and disagree(a.claim, b.claim)
                and same_count_related(
                    a.claim, b.claim,
                    decide(a.claim, b.claim, float(similarity[i, j]), chosen, (i, j) in mutual).score,
                    chosen.calibrated(a.claim, b.claim, float(similarity[i, j])), chosen)
            )
            basis = figure_conflict_basis(a.claim, b.claim, bool(linked.get((i, j))), related)
            predicted = basis is not None
            if basis and bases is not None:
                bases[(i, j)] = basis
        if not predicted and (denial_conflict(i, j) or denial_conflict(j, i)):
            predicted = True
            if bases is not None:
                bases[(i, j)] = "a denial of a linked claim"
        if not predicted and bool(
            rival(a.claim, b.claim) and not linked.get((i, j))
            and chosen.calibrated(a.claim, b.claim, float(similarity[i, j])) >= chosen.rival_similarity
        ):
            predicted = True
            if bases is not None:
                bases[(i, j)] = "rival accounts from opposite sides"
        if is_gold or predicted:
            flagged.append((i, j, is_gold, predicted))
    return flagged


def _dev_links() -> tuple[_SplitSet, Any, dict[tuple[int, int], bool]]:
    """The dev split's pairs with the shipped settings, and whether each pair is linked: what
    the conflict tools read the dev conflicts against."""
    from sourcetrace.claims.link import decide, settings

    split_set = _split_set("dev")
    items, similarity, mutual = split_set.items, split_set.similarity, split_set.mutual
    chosen = settings()
    linked = {(p.first, p.second): decide(items[p.first].claim, items[p.second].claim,
                                         float(similarity[p.first, p.second]), chosen,
                                         (p.first, p.second) in mutual).linked
              for p in split_set.pairs}
    return split_set, chosen, linked


def _split_set(split: str) -> _SplitSet:
    events = _events()
    items, problems = load_marked()
    test = test_events(sorted(events))
    pairs = [p for p in derive_pairs(items, events) if in_split(p, items, test, split)]
    similarity = _similarities(items)
    return _SplitSet(events, items, problems, test, pairs, similarity, mutual_best(items, similarity))


def calibrate(items: list[Marked], similarity: np.ndarray) -> dict[str, float]:
    """Per pair of languages, the mean similarity of all claims in different documents, and
    the mean over every pair as the ``reference``: labels are not used, so the same recipe
    can calibrate a user's corpus. Most cross-document pairs are unrelated, so the mean is
    the baseline a language pair's cosine starts from."""
    sums: dict[str, list[float]] = defaultdict(lambda: [0.0, 0.0])
    for i, j in itertools.combinations(range(len(items)), 2):
        if items[i].document == items[j].document:
            continue
        key = "-".join(sorted((items[i].language, items[j].language)))
        sums[key][0] += float(similarity[i, j])
        sums[key][1] += 1
    total = sum(s for s, _ in sums.values()) / max(sum(n for _, n in sums.values()), 1)
    found = {key: round(s / n, 4) for key, (s, n) in sorted(sums.items()) if n >= 500}
    return {**found, "reference": round(total, 4)}


def _logistic(x: np.ndarray, y: np.ndarray, l2: float = float(os.environ.get("CLAIMS_L2", "0.003"))) -> tuple[np.ndarray, float]:
    """L2-regularised logistic regression by gradient descent (numpy; no sklearn needed)."""
    weights = np.zeros(x.shape[1])
    bias = 0.0
    for _ in range(20000):
        p = 1 / (1 + np.exp(-(x @ weights + bias)))
        weights -= 0.5 * (x.T @ (p - y) / len(y) + l2 * weights)
        bias -= 0.5 * float(np.mean(p - y))
    return weights, bias


#: positives a pair of languages needs in the fitted pairs to get a threshold of its own, when
#: ``fit --language-thresholds`` asks for them. Off by default since the eighth round: fitted on
#: 31-74 positives of a handful of events, they did not carry over (cross-validated en-en 0.803
#: with them, 0.821 with one threshold per kind of pair; on six real reports en-en's 0.275 linked
#: background numbers, "2.3 million people", to the death tolls)
OWN_THRESHOLD_POSITIVES = 20
#: whether ``fit`` gives pairs of languages thresholds of their own (``--language-thresholds``)
LANGUAGE_THRESHOLDS = False


def _thresholds(scores: np.ndarray, y: np.ndarray, kinds: np.ndarray,
                languages: np.ndarray | None = None) -> dict[str, float]:
    """Per kind of pair (within a language / across), and per pair of languages with at
    least :data:`OWN_THRESHOLD_POSITIVES` positives, the threshold with the best dev F1."""
    chosen = {}
    groups = [(str(kind), kinds == kind) for kind in sorted(set(kinds))]
    if languages is not None and LANGUAGE_THRESHOLDS:
        groups += [(str(pair), languages == pair) for pair in sorted(set(languages))
                   if y[languages == pair].sum() >= OWN_THRESHOLD_POSITIVES]
    for kind, mask in groups:
        chosen[str(kind)] = max(
            np.arange(0.15, 0.85, 0.025),
            key=lambda t: (_prf((y[mask] > 0.5).tolist(), (scores[mask] >= t).tolist())["f1"], -abs(t - 0.5)),
        )
    return {k: round(float(v), 3) for k, v in chosen.items()}


def _predict(x: np.ndarray, weights: np.ndarray, bias: float) -> np.ndarray:
    return 1 / (1 + np.exp(-(x @ weights + bias)))


def fit(out: str | None, folds: int = 5) -> dict[str, Any]:
    """Fit the linking weights (logistic regression, L2) and a threshold per kind of pair on
    the dev split; report the F1 of the same recipe cross-validated over dev events (folds by
    event, so no event is both fitted and scored), the honest estimate before the test split."""
    from dataclasses import replace

    from sourcetrace.claims.link import FEATURES, features, in_window, pair_kind, settings

    split_set = _split_set("dev")
    items, pairs = split_set.items, split_set.pairs
    similarity, mutual = split_set.similarity, split_set.mutual
    calibration = calibrate(items, similarity)
    chosen = replace(settings(), calibration=calibration)
    rows, labels, kinds, fold_of, language_pairs = [], [], [], [], []
    for pair in pairs:
        a, b = items[pair.first].claim, items[pair.second].claim
        if not in_window(a, b, chosen):
            continue  # the window decides these; they carry nothing for the weights
        values = features(a, b, float(similarity[pair.first, pair.second]),
                          (pair.first, pair.second) in mutual, chosen)
        if values["group_clash"]:
            continue  # a part against the whole is never linked (a rule, not a weight)
        rows.append([values[name] for name in FEATURES])
        labels.append(float(pair.label))
        kinds.append(pair_kind(a, b))
        language_pairs.append(pair.languages(items))
        event = min(items[pair.first].event, items[pair.second].event)
        fold_of.append(int(hashlib.sha1(event.encode()).hexdigest(), 16) % folds)
    x = np.asarray(rows)
    y = np.asarray(labels)
    kind_array = np.asarray(kinds)
    language_array = np.asarray(language_pairs)
    fold_array = np.asarray(fold_of)
    # centre the cosine so the optimiser is well conditioned; undone below
    centre = float(x[:, 0].mean())
    x[:, 0] = (x[:, 0] - centre) * 10
    held_out = np.zeros(len(y))
    held_thresholds = np.zeros(len(y))
    for fold in range(folds):
        train = fold_array != fold
        fold_weights, fold_bias = _logistic(x[train], y[train])
        cuts = _thresholds(_predict(x[train], fold_weights, fold_bias), y[train], kind_array[train],
                           language_array[train])
        held_out[~train] = _predict(x[~train], fold_weights, fold_bias)
        held_thresholds[~train] = [cuts.get(pair, cuts.get(k, 0.5))
                                   for k, pair in zip(kind_array[~train], language_array[~train], strict=True)]
    groups = [("all", np.ones(len(y), bool)), ("within", kind_array == "within"),
              ("across", kind_array == "across")]
    groups += [(pair, language_array == pair) for pair in sorted(set(language_pairs))]
    cross_validated = {
        kind: _prf((y[mask] > 0.5).tolist(), (held_out[mask] >= held_thresholds[mask]).tolist())
        for kind, mask in groups
    }
    weights, bias = _logistic(x, y)
    thresholds = _thresholds(_predict(x, weights, bias), y, kind_array, language_array)
    final = {name: float(w) for name, w in zip(FEATURES, weights, strict=True)}
    final["cosine"] = weights[0] * 10
    real_bias = bias - weights[0] * 10 * centre
    result = {"pairs_in_window": len(y), "thresholds": thresholds, "calibration": calibration,
              "cross_validated_by_event": cross_validated,
              "weights": {"bias": round(real_bias, 3), **{k: round(v, 3) for k, v in final.items()}}}
    if out:
        text = Path(out).read_text(encoding="utf-8")
        head = text.split("[calibration]")[0].split("[thresholds]")[0].split("[weights]")[0].rstrip("\n")
        baselines = "\n".join(f'"{k}" = {v}' for k, v in calibration.items())
        table = "\n".join(f'"{k}" = {v}' if "-" in k else f"{k} = {v}" for k, v in thresholds.items())
        body = "\n".join(f"{k} = {v}" for k, v in result["weights"].items())
        Path(out).write_text(f"{head}\n\n[calibration]\n{baselines}\n\n[thresholds]\n{table}\n\n"
                             f"[weights]\n{body}\n", encoding="utf-8")
    return result


def misses(limit: int | None = None) -> dict[str, Any]:
    """The dev split's false links and missed links, each with both claims as read and the
    features behind the decision, grouped by kind of pair: what a round reads to find kinds of
    error. Only dev: the test split is never read for misses."""
    from sourcetrace.claims.link import decide, settings

    split_set = _split_set("dev")
    items, pairs = split_set.items, split_set.pairs
    similarity, mutual = split_set.similarity, split_set.mutual
    chosen = settings()

    def shown(marked: Marked) -> dict[str, Any]:
        claim = marked.claim
        figure = claim.figure
        return {"gold": marked.gold, "document": marked.document, "text": claim.text,
                "claimant": claim.claimant, "relation": claim.relation,
                "figure": None if figure is None else
                {"indicator": figure.indicator, "best": figure.best, "low": figure.low, "high": figure.high}}

    found: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for pair in pairs:
        decision = decide(items[pair.first].claim, items[pair.second].claim,
                          float(similarity[pair.first, pair.second]), chosen,
                          (pair.first, pair.second) in mutual)
        if decision.linked == pair.label:
            continue
        kind = f"{'missed link' if pair.label else 'false link'} {pair.languages(items)}"
        found[kind].append({"score": round(decision.score, 3), "pair_kind": pair.kind,
                            "first": shown(items[pair.first]), "second": shown(items[pair.second]),
                            "evidence": {k: v for k, v in decision.evidence.items() if v}})
    return {kind: rows[:limit] if limit else rows for kind, rows in sorted(found.items())}


def conflict_misses() -> dict[str, Any]:
    """The dev split's missed and false conflicts, each with both claims as read: what a
    round reads to find kinds of conflict error. Only dev."""
    split_set, chosen, linked = _dev_links()
    items = split_set.items

    def shown(marked: Marked) -> dict[str, Any]:
        claim, figure = marked.claim, marked.claim.figure
        return {"gold": marked.gold, "document": marked.document, "text": claim.text,
                "claimant": claim.claimant, "relation": claim.relation,
                "figure": None if figure is None else
                {"indicator": figure.indicator, "low": figure.low, "high": figure.high,
                 "bound": figure.bound, "place": figure.place, "as_of": figure.as_of}}

    found: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for i, j, is_gold, predicted in _conflict_flags(split_set, "dev", chosen, linked):
        if is_gold != predicted:
            found["missed conflict" if is_gold else "false conflict"].append(
                {"first": shown(items[i]), "second": shown(items[j])})
    return dict(found)


#: rules of the conflict decision that a fold report can switch off one at a time, each as
#: (module, attribute, replacement): what the dev split would look like without the rule
ABLATIONS: dict[str, list[tuple[str, str, Any]]] = {
    "site count is a part of the whole toll": [("conflicts", "site_and_whole", lambda first, second: False)],
    "a region's count is not its city's": [("conflicts", "_region_and_city", lambda first, second: False)],
    "running totals only against totals": [("conflicts", "cumulative", lambda claim: False)],
    "a recalled month is compared only in its cluster": [("conflicts", "recalled", lambda claim: False)],
    "a higher later count is an update": [("conflicts", "is_update", lambda first, second: False)],
    "a count still going on is an update": [("conflicts", "_counting_on", lambda first, second: False)],
    "an account gives no count (shares too)": [("conflicts", "_account", lambda claim: claim.figure is None)],
    "rival accounts from opposite sides": [("conflicts", "rival", lambda first, second: False)],
    "denials against linked claims": [("conflicts", "denial_targets", lambda claims: [])],
    "a vague word's ceiling from [vague_most]": [("conflicts", "vague_most", lambda text, value, code: value * 1.5)],
    "a witness's count is a site's count": [("link", "clause_words", lambda claim: claim.text)],
    "a toll's side is the side its attack struck": [("link", "victims_side", lambda claim: None)],
    "sides are opposed only within one war": [
        ("conflicts", "opposite_sides", lambda first, second: bool(first and second and first != second)),
        ("link", "opposite_sides", lambda first, second: bool(first and second and first != second)),
    ],
}


def _why_not(first: Any, second: Any) -> str:
    """The first check of the conflict decision that a missed gold conflict fails: the kind of
    miss, in words (no figure on one side, another indicator, overlapping values, ...)."""
    from sourcetrace.claims import conflicts as rules
    from sourcetrace.claims.link import claimant_side

    if first.figure is None or second.figure is None:
        if first.figure is None and second.figure is None:
            if not rules.opposed(first, second):
                sides = (claimant_side(first), claimant_side(second))
                return f"two accounts, sides not opposed as read {sides}"
            return "two accounts of opposite sides, not close enough or not asserting"
        account = first if first.figure is None else second
        if rules.has_count(rules.own_words(account), account.language):
            return "a count that never became a figure claim"
        if not rules.opposed(first, second):
            return "an account against a figure, sides not opposed as read"
        return "an account against a figure, not close enough"
    if not rules.same_indicator(first, second):
        return f"other indicator ({rules.own_indicator(first) or first.figure.indicator} / " \
               f"{rules.own_indicator(second) or second.figure.indicator})"
    if not rules.same_unit(first, second):
        return "another group counted (unit or part)"
    if not rules.disagree(first, second):
        return "values overlap, or read as an update"
    if rules.cumulative(first) != rules.cumulative(second):
        return "a running total against a day's count"
    if rules._region_and_city(first, second) or rules.site_and_whole(first, second):
        return "a region against its city, or a site against the whole"
    return "not linked nor related (score or place)"


#: the stages a gold conflict passes through, in the order the decision takes them: where a
#: missed one is lost says which stage to fix (``conflict-folds`` counts them per stage)
STAGES = (
    "figure never read as a figure claim",
    "indicator not normalised",
    "claimants' sides unknown",
    "sides known, accounts not close enough or not asserting",
    "another group counted (unit or part)",
    "as-of dates outside the window",
    "values within stated ranges",
    "read as a later count of one side",
    "running total, region or site",
    "place not matched",
    "not linked nor related (score)",
)


def _stage_lost(first: Any, second: Any) -> str:
    """The first stage of :data:`STAGES` at which a missed gold conflict drops out: the
    reading (a figure, its indicator), the claimants' sides, the group counted, the dates,
    the values, then the place and the link score."""
    from sourcetrace.claims import conflicts as rules
    from sourcetrace.claims.link import disputing_side

    sides = (disputing_side(first), disputing_side(second))
    unknown = None in sides
    if first.figure is None or second.figure is None:
        accounts = [claim for claim in (first, second) if claim.figure is None]
        if any(rules.has_count(rules.own_words(claim), claim.language) for claim in accounts) and len(accounts) == 1:
            return STAGES[0]
        if not rules.opposed(first, second):
            return STAGES[2] if unknown else "sides read as the same"
        return STAGES[3]
    if not rules.same_indicator(first, second):
        return STAGES[1]
    if not rules.same_unit(first, second):
        return STAGES[2] if unknown else STAGES[4]
    gap = rules._days(rules._as_of(first), rules._as_of(second))
    if gap is not None and gap > rules.RELATED_DAYS:
        return STAGES[5]
    low_a, high_a = rules._interval(first)
    low_b, high_b = rules._interval(second)
    if not (high_a < low_b or high_b < low_a):
        return STAGES[6]
    if rules.is_update(first, second):
        return STAGES[2] if unknown else STAGES[7]
    if (rules.cumulative(first) != rules.cumulative(second) or rules._region_and_city(first, second)
            or rules.site_and_whole(first, second)):
        return STAGES[8]
    place_a, place_b = rules._place(first), rules._place(second)
    if place_a and place_b and not rules._same_place(first, second, place_a, place_b):
        return STAGES[9]
    return STAGES[10]


def _fold_counts(split_set: _SplitSet, chosen: Any, linked: dict[tuple[int, int], bool]
                 ) -> tuple[dict[str, Counter[str]], dict[tuple[int, int], str], list[tuple[int, int, bool, bool]]]:
    """Per dev event (the fold), gold / true / false / missed conflict pairs; a pair of claims
    from two events is counted under "across events"."""
    bases: dict[tuple[int, int], str] = {}
    flagged = _conflict_flags(split_set, "dev", chosen, linked, bases)
    items = split_set.items
    per_event: dict[str, Counter[str]] = defaultdict(Counter)
    for i, j, is_gold, predicted in flagged:
        event = items[i].event if items[i].event == items[j].event else "across events"
        per_event[event]["gold"] += is_gold
        per_event[event]["tp"] += is_gold and predicted
        per_event[event]["fp"] += predicted and not is_gold
        per_event[event]["fn"] += is_gold and not predicted
    return per_event, bases, flagged


def conflict_folds(ablate: bool = False) -> dict[str, Any]:
    """Conflict precision and recall of the current rules with each dev event held out as its
    own fold: how far the dev numbers rest on one event; the kinds of missed and false
    conflicts per fold; with ``ablate``, each rule of :data:`ABLATIONS` switched off in turn
    and the folds it changes (a rule that only one fold needs is a smell). Only dev."""
    import importlib

    split_set, chosen, linked = _dev_links()
    items = split_set.items
    per_event, bases, flagged = _fold_counts(split_set, chosen, linked)
    kinds: dict[str, Counter[str]] = defaultdict(Counter)
    stages: Counter[str] = Counter()
    for i, j, is_gold, predicted in flagged:
        event = items[i].event if items[i].event == items[j].event else "across events"
        if is_gold and not predicted:
            kinds[event]["missed: " + _why_not(items[i].claim, items[j].claim)] += 1
            stages[f"{_stage_lost(items[i].claim, items[j].claim)} ({event})"] += 1
        elif predicted and not is_gold:
            kinds[event]["false: " + bases.get((i, j), "?")] += 1
        elif is_gold:
            kinds[event]["found: " + bases.get((i, j), "?")] += 1

    def summary(counts: dict[str, Counter[str]], held_out: str | None = None) -> dict[str, float]:
        total = Counter()
        for event, row in counts.items():
            if event != held_out:
                total.update(row)
        precision = total["tp"] / (total["tp"] + total["fp"]) if total["tp"] + total["fp"] else 0.0
        recall = total["tp"] / total["gold"] if total["gold"] else 0.0
        return {"tp": total["tp"], "fp": total["fp"], "fn": total["fn"],
                "precision": round(precision, 3), "recall": round(recall, 3)}

    result: dict[str, Any] = {
        "all dev": summary(per_event),
        "missed, by the stage that loses them (event)": dict(stages.most_common()),
        "folds": {event: {**dict(per_event[event]), "kinds": dict(kinds[event]),
                          "without this fold": summary(per_event, event)}
                  for event in sorted(per_event)},
    }
    if ablate:
        changes: dict[str, Any] = {}
        for name, patches in ABLATIONS.items():
            saved = []
            for module_name, attribute, replacement in patches:
                module = importlib.import_module(f"sourcetrace.claims.{module_name}")
                saved.append((module, attribute, getattr(module, attribute)))
                setattr(module, attribute, replacement)
            try:
                without, _, _ = _fold_counts(split_set, chosen, linked)
            finally:
                for module, attribute, original in saved:
                    setattr(module, attribute, original)
            moved = {event: {"tp": without[event]["tp"] - per_event[event]["tp"],
                             "fp": without[event]["fp"] - per_event[event]["fp"]}
                     for event in sorted(set(without) | set(per_event))
                     if (without[event]["tp"], without[event]["fp"]) != (per_event[event]["tp"], per_event[event]["fp"])}
            changes[name] = {"without the rule": summary(without), "events it changes": moved,
                             "folds that need it": len(moved)}
        result["ablations"] = changes
    return result


def stats() -> dict[str, Any]:
    events = _events()
    items, problems = load_marked()
    test = test_events(sorted(events))
    pairs = derive_pairs(items, events)
    counts: dict[str, Counter[str]] = defaultdict(Counter)
    for pair in pairs:
        split = "test" if in_split(pair, items, test, "test") else "dev" if in_split(pair, items, test, "dev") else "cross"
        counts[split][f"{pair.kind} {pair.languages(items)}"] += 1
    return {
        "events": len(events),
        "test_events": sorted(test),
        "documents": len({m.document for m in items}),
        "marked_claims": len(items),
        "pairs": len(pairs),
        "nb_nn_en_pairs": sum(1 for p in pairs if _language_group(p.languages(items)) == "nb/nn-en"),
        "by_split": {k: dict(sorted(v.items())) for k, v in counts.items()},
        "problems": problems,
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--parties", help="a parties file (who speaks for which side) over the defaults, "
                        "as a user gives one for a corpus: evaluation/claims/parties.toml")
    commands = parser.add_subparsers(dest="command", required=True)
    commands.add_parser("stats", help="counts of documents, claims and pairs per split")
    run = commands.add_parser("evaluate", help="pairwise P/R/F1 per language pair, conflict P/R")
    run.add_argument("--split", choices=("dev", "test", "all"), default="dev")
    run.add_argument("--settings", help="a linking.toml to score instead of the shipped one")
    run.add_argument("--record-first", action="store_true",
                     help=f"keep this as the first test score ({FIRST_SCORE.relative_to(ROOT)}) unless one exists")
    miss = commands.add_parser("misses", help="the dev split's false and missed links with their evidence")
    miss.add_argument("--limit", type=int, help="at most this many per kind of pair")
    commands.add_parser("conflict-misses", help="the dev split's missed and false conflicts")
    folds = commands.add_parser("conflict-folds", help="dev conflict P/R with each event held out, "
                                "the kinds of misses per fold, and (--ablate) what each rule changes")
    folds.add_argument("--ablate", action="store_true", help="switch each conflict rule off in turn")
    tune = commands.add_parser("fit", help="fit the linking weights on dev")
    tune.add_argument("--out", help="linking.toml to rewrite with the fitted weights")
    tune.add_argument("--language-thresholds", action="store_true",
                      help=f"a threshold per pair of languages with at least {OWN_THRESHOLD_POSITIVES} "
                      "positives (besides one per kind of pair)")
    args = parser.parse_args(argv)
    if args.parties:
        from sourcetrace.claims.parties import use_parties

        use_parties(args.parties)
    if args.command == "fit" and args.language_thresholds:
        global LANGUAGE_THRESHOLDS
        LANGUAGE_THRESHOLDS = True
    if args.command == "stats":
        result = stats()
    elif args.command == "fit":
        result = fit(args.out)
    elif args.command == "conflict-folds":
        result = conflict_folds(args.ablate)
    elif args.command == "conflict-misses":
        result = conflict_misses()
    elif args.command == "misses":
        result = misses(args.limit)
    else:
        result = evaluate(args.split, args.settings)
        if args.record_first and args.split == "test" and not FIRST_SCORE.exists():
            FIRST_SCORE.parent.mkdir(exist_ok=True)
            FIRST_SCORE.write_text(json.dumps(result, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    json.dump(result, sys.stdout, indent=1, ensure_ascii=False)
    sys.stdout.write("\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
