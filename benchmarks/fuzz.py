"""Fuzz the whole reading path with generated hostile inputs; print crashes, hangs, invalid spans
and peak memory.

Each case is made from its seed (so any finding is reproduced with ``--seed N --cases 1``): a
text, a JSON Lines file, a Telegram export, a JSON document or an HTML page, built from words
the pipeline reacts to, quote marks, long punctuation and emoji runs, deep nesting, bytes that
are not UTF-8, lone surrogate escapes and random Unicode. It is read as users read it (the ingest
readers, then ``analyze`` on every document) in worker processes; a crash is any exception other
than a refusal (``InputError``, ``IngestFailure``), a hang a case over ``--hang`` seconds.

    python benchmarks/fuzz.py                         # 100,000 cases, blank base pipeline
    python benchmarks/fuzz.py --cases 20000 --workers 2 --model default

A long run can be split into shards run one after another (or on other machines): ``--shard
I/N`` reads the I-th of N equal, disjoint seed ranges of ``--seed`` .. ``--seed + --cases``, and
``--report FILE`` keeps the shard's figures as JSON; ``--add FILE...`` adds such reports up into
the figures of the whole run (cases, outcomes, findings, slowest case, peak memory)::

    for i in 0 1 2 3 4; do nice -n 19 python benchmarks/fuzz.py --shard $i/5 --report fuzz-$i.json; done
    python benchmarks/fuzz.py --add fuzz-*.json
"""

from __future__ import annotations

import argparse
import json
import random
import resource
import sys
import tempfile
import time
import traceback
from collections import Counter
from pathlib import Path

from pebble import ProcessPool

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

KINDS = ("text", "jsonl", "telegram", "json", "html")
WORDS = [
    "sier", "sa", "said", "told", "ifølge", "according to", "Ola Nordmann", "Volodymyr Zelenskyj",
    "NRK", "Reuters", "the ministry", "han", "hun", "he", "she", "«", "»", "“", "”", '"', "–", "-",
    ":", ",", ".", "!", "?", "\n", "\n\n", "\r\n", "30", "1.200", "12 000", "tusen", "drept",
    "killed", "i går", "i morgen", "yesterday", "trolig", "reportedly", "I dag", "tirsdag",
    "\u200b", "\u00a0", "e\u0301", "\U0001f600", "\u2028", "\t", "…", "(", ")", "@", "#", "http://x.y/z",
]  # fmt: skip
MARKS = ["!", "«", "»", "\U0001f600", ".", "-", "“", "a", "ж", "\u0301", " \u00a0"]


def make_text(rng: random.Random) -> str:
    parts: list[str] = []
    for _ in range(rng.randint(0, 60)):
        roll = rng.random()
        if roll < 0.78:
            parts.append(rng.choice(WORDS))
        elif roll < 0.97:
            parts.append("".join(chr(rng.randint(32, 0x2FFFF)) for _ in range(rng.randint(1, 6))))
        else:
            parts.append(rng.choice(MARKS) * rng.randint(50, 2000))
    return rng.choice([" ", "", "\n"]).join(parts)


def make_value(rng: random.Random, depth: int = 0):
    roll = rng.random()
    if depth > 3 or roll < 0.5:
        return rng.choice([None, True, 1, -2**70, 1.5, make_text(rng)[:60], "", "2024-02-30"])
    if roll < 0.75:
        return [make_value(rng, depth + 1) for _ in range(rng.randint(0, 3))]
    return {rng.choice(["text", "html", "id", "x", ""]): make_value(rng, depth + 1) for _ in range(rng.randint(0, 3))}


def corrupt(rng: random.Random, data: bytes) -> bytes:
    """Now and then: bytes that are not UTF-8, a lone surrogate escape, deep nesting, a cut."""
    roll = rng.random()
    at = rng.randint(0, len(data))
    if roll < 0.1:
        return data[:at] + rng.choice([b"\xf4\x90\x80\x80", b"\xff", b"\xc3", b"\xed\xa0\x80"]) + data[at:]
    if roll < 0.2:
        return data[:at] + b"\\ud800" + data[at:]
    if roll < 0.28:
        depth = rng.choice([70, 1000, 1000, 30000])
        return data[:at] + b"[" * depth + b"]" * depth + data[at:]
    if roll < 0.33:
        return data[:at]
    return data


def make_case(kind: str, rng: random.Random) -> bytes:
    if kind == "text":
        return _utf8(make_text(rng))
    if kind == "jsonl":
        lines = []
        for _ in range(rng.randint(1, 5)):
            record = {"text": make_text(rng)} if rng.random() < 0.7 else make_value(rng)
            if isinstance(record, dict) and rng.random() < 0.3:
                record["published"] = rng.choice(["0001-01-01", "9999-12-31", "2024-02-29", "x", 5])
            lines.append(corrupt(rng, _utf8(json.dumps(record, ensure_ascii=rng.random() < 0.5))))
        return b"\n".join(lines)
    if kind == "telegram":
        messages = [
            {"id": n, "type": "message", "date": rng.choice(["2024-01-01T10:00:00", "0001-01-01T00:00:00", 7]),
             "text": make_text(rng) if rng.random() < 0.7 else make_value(rng)}
            for n in range(rng.randint(1, 4))
        ]
        export = {"name": "Chan", "type": "public_channel", "id": 1, "messages": messages}
        return corrupt(rng, _utf8(json.dumps(export, ensure_ascii=False)))
    if kind == "json":
        return corrupt(rng, _utf8(json.dumps({"text": make_text(rng), "extra": make_value(rng)})))
    tags = ["<p>", "</p>", "<div>", "</div>", "<script>x</script>", "<h1>", "</h1>", "<!--", "<br>", "&#0;"]
    return _utf8("".join(rng.choice(tags) + make_text(rng)[:200] for _ in range(rng.randint(1, 12))))


def _utf8(text: str) -> bytes:
    """UTF-8, with any lone surrogate written as the invalid bytes a careless encoder writes."""
    return text.encode("utf-8", "surrogatepass")


SUFFIX = {"text": ".txt", "jsonl": ".jsonl", "telegram": ".json", "json": ".json", "html": ".html"}


def run_case(seed: int, model: str | None, folder: str) -> tuple[str, str, float, str]:
    """``(kind, outcome, seconds, detail)``; outcome is ok, refused, crash or invalid."""
    from sourcetrace.analysis import analyze
    from sourcetrace.ingest import IngestFailure, InputError
    from sourcetrace.ingest.sources import read_file
    from sourcetrace.spancheck import span_problems

    rng = random.Random(seed)
    kind = KINDS[seed % len(KINDS)]
    path = Path(folder) / f"case{seed}{SUFFIX[kind]}"
    path.write_bytes(make_case(kind, rng))
    started, cpu_started = time.perf_counter(), time.process_time()
    outcome, detail = "ok", ""
    try:
        for item in read_file(path):
            if isinstance(item, IngestFailure):
                outcome = "refused"
                continue
            try:
                reading = analyze(item, lang=rng.choice(["nb", "nn", "en", None]), model=model)
            except InputError:
                outcome = "refused"
                continue
            problems = span_problems(reading)
            if problems:
                return kind, "invalid", time.perf_counter() - started, problems[0]
    except Exception as exc:  # noqa: BLE001  (this is what the fuzzer looks for)
        last = traceback.extract_tb(exc.__traceback__)[-1]
        detail = f"{type(exc).__name__}: {str(exc)[:120]} ({Path(last.filename).name}:{last.lineno})"
        outcome = "crash"
    finally:
        path.unlink(missing_ok=True)
    if not detail:  # the CPU time tells a slow case from a starved one on a busy machine
        detail = f"cpu {time.process_time() - cpu_started:.1f} s"
    return kind, outcome, time.perf_counter() - started, detail


def warm(model: str | None) -> None:
    """Worker initializer: load the pipelines and the language detector once, so that loading
    is not counted as a case's time (under load it took over 10 s)."""
    from sourcetrace.analysis import analyze
    from sourcetrace.ingest import SourceDoc
    from sourcetrace.ingest.html import read_html

    for lang in ("nb", "nn", "en", None):
        analyze(SourceDoc(text="– Vi led tap, sier Gorin. He said so.", origin="warm"), lang=lang, model=model)
    read_html("<html><body><p>– Vi led tap, sier Gorin i videoen til NRK.</p></body></html>", "warm")


def run_batch(seeds: list[int], model: str | None, folder: str) -> tuple[list[tuple], int]:
    results = [(seed, *run_case(seed, model, folder)) for seed in seeds]
    return results, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss


def shard_seeds(first: int, cases: int, shard: str | None) -> range:
    """The seeds of one shard ``I/N``: the I-th of N disjoint, contiguous ranges that together
    are exactly ``first .. first + cases`` (the first ``cases % N`` shards get one more)."""
    if not shard:
        return range(first, first + cases)
    try:
        index_text, count_text = shard.split("/")
        index, count = int(index_text), int(count_text)
    except ValueError:
        raise SystemExit(f"--shard wants I/N (e.g. 0/5), not {shard!r}") from None
    if not (count >= 1 and 0 <= index < count):
        raise SystemExit(f"--shard {shard}: I must be 0 .. N-1 and N at least 1")
    size, extra = divmod(cases, count)
    start = first + index * size + min(index, extra)
    return range(start, start + size + (1 if index < extra else 0))


def print_report(report: dict) -> None:
    """The figures of a run or of several shards added up."""
    cases, elapsed = report["cases"], report["seconds"]
    print(
        f"\n{cases} cases in {elapsed:.0f} s ({cases / max(elapsed, 1e-9):.0f} cases/s, "
        f"{report['workers']} workers, model {report['model']}); seeds {report['seeds']}"
    )
    print("outcomes: " + ", ".join(f"{k} {v}" for k, v in sorted(report["outcomes"].items())))
    for name in ("crash", "hang", "invalid"):
        print(f"{name}es: {len(report['found'][name])}" if name == "crash" else f"{name}s: {len(report['found'][name])}")
        for line in report["found"][name][:10]:
            print(f"  {line}")
    print(
        f"slowest case: {report['slowest']:.2f} s; peak memory (largest worker RSS): "
        f"{report['peak_kb'] / 1024:.0f} MB"
    )
    for shard in report.get("shards", []):
        print(
            f"  shard {shard['seeds']}: {shard['cases']} cases, {shard['seconds']:.0f} s, "
            f"crashes {len(shard['found']['crash'])}, hangs {len(shard['found']['hang'])}, "
            f"invalid {len(shard['found']['invalid'])}, peak {shard['peak_kb'] / 1024:.0f} MB"
        )


def add_reports(paths: list[str]) -> dict:
    """One report of several shards: counts added, findings joined, slowest and peak the max."""
    shards = [json.loads(Path(path).read_text(encoding="utf-8")) for path in paths]
    if not shards:
        raise SystemExit("--add needs at least one report file")
    outcomes: Counter[str] = Counter()
    for shard in shards:
        outcomes.update(shard["outcomes"])
    return {
        "cases": sum(shard["cases"] for shard in shards),
        "seconds": sum(shard["seconds"] for shard in shards),
        "workers": shards[0]["workers"],
        "model": shards[0]["model"],
        "seeds": ", ".join(shard["seeds"] for shard in shards),
        "outcomes": dict(outcomes),
        "found": {name: [line for shard in shards for line in shard["found"][name]] for name in ("crash", "hang", "invalid")},
        "slowest": max(shard["slowest"] for shard in shards),
        "peak_kb": max(shard["peak_kb"] for shard in shards),
        "shards": shards,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cases", type=int, default=100_000, help="cases of the whole run")
    parser.add_argument("--seed", type=int, default=0, help="first case's seed")
    parser.add_argument("--shard", help="I/N: read only the I-th of N equal parts of the run")
    parser.add_argument("--report", help="also write this run's figures as JSON to this file")
    parser.add_argument("--add", nargs="+", metavar="REPORT", help="add shard reports up, run nothing")
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--batch", type=int, default=50)
    parser.add_argument("--hang", type=float, default=10.0, help="seconds after which a case hangs")
    parser.add_argument("--model", default="blank", help="base pipeline: blank (fast) or default")
    args = parser.parse_args()
    if args.add:
        report = add_reports(args.add)
        print_report(report)
        sys.exit(1 if any(report["found"].values()) else 0)
    model = None if args.model == "default" else args.model
    seed_range = shard_seeds(args.seed, args.cases, args.shard)
    seeds = list(seed_range)
    batches = [seeds[i : i + args.batch] for i in range(0, len(seeds), args.batch)]
    outcomes: Counter[str] = Counter()
    found: dict[str, list[str]] = {"crash": [], "invalid": [], "hang": []}
    peak_kb = 0
    slowest = 0.0
    started = time.time()
    with tempfile.TemporaryDirectory() as folder, ProcessPool(
        max_workers=args.workers, initializer=warm, initargs=(model,)
    ) as pool:
        futures = [
            (batch, pool.schedule(run_batch, args=(batch, model, folder), timeout=args.hang * len(batch) + 60))
            for batch in batches
        ]
        for done, (batch, future) in enumerate(futures, 1):
            try:
                results, peak = future.result()
            except Exception as exc:  # noqa: BLE001  (a batch that hangs or dies: its cases one by one)
                results, peak = [], 0
                for seed in batch:
                    single = pool.schedule(run_batch, args=([seed], model, folder), timeout=args.hang)
                    try:
                        one, peak_one = single.result()
                        results += one
                        peak = max(peak, peak_one)
                    except Exception as inner:  # noqa: BLE001
                        kind = KINDS[seed % len(KINDS)]
                        outcome = "hang" if "Timeout" in type(inner).__name__ else "crash"
                        detail = f"{type(inner).__name__} (batch: {type(exc).__name__})"
                        results.append((seed, kind, outcome, args.hang, detail))
            peak_kb = max(peak_kb, peak)
            for seed, kind, outcome, seconds, detail in results:
                if outcome in ("ok", "refused") and seconds > args.hang:
                    outcome, detail = "hang", f"{seconds:.1f} s wall, {detail}"
                outcomes[outcome] += 1
                slowest = max(slowest, seconds)
                if outcome in found:
                    found[outcome].append(f"seed {seed} ({kind}): {detail[:300]}")
            if done % max(1, len(batches) // 10) == 0:
                print(f"  {min(done * args.batch, len(seeds)):>7} cases, {time.time() - started:.0f} s", flush=True)
    report = {
        "cases": len(seeds),
        "seconds": time.time() - started,
        "workers": args.workers,
        "model": args.model,
        "seeds": f"{seed_range.start}..{seed_range.stop - 1}" if seeds else "none",
        "outcomes": dict(outcomes),
        "found": found,
        "slowest": slowest,
        "peak_kb": peak_kb,
    }
    if args.report:
        Path(args.report).write_text(json.dumps(report, indent=1), encoding="utf-8")
    print_report(report)
    sys.exit(1 if any(found.values()) else 0)


if __name__ == "__main__":
    main()
