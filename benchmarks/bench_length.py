"""Reading time and peak memory by document length (10 KB to 1 MB): both should grow linearly.

Each size is read in a fresh process (so its peak RSS is its own), from paragraphs of the project's
gold cases recombined with a fixed seed, and, with ``--shape paragraph``, as one single paragraph
(the shape that once took 42 s and 1.7 GB for 300,000 characters).

    python benchmarks/bench_length.py                       # 10k 30k 100k 300k 1M characters
    python benchmarks/bench_length.py --sizes 10000 100000 --shape paragraph --model blank
"""

from __future__ import annotations

import argparse
import json
import os
import random
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))

CHILD = """
import json, resource, sys, time
from sourcetrace.analysis import analyze
from sourcetrace.ingest import SourceDoc
text, lang, model = sys.stdin.read(), sys.argv[1], (None if sys.argv[2] == "default" else sys.argv[2])
analyze(SourceDoc(text="Hei, sier Ola.", origin="warm"), lang=lang, model=model)
base = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
started = time.perf_counter()
reading = analyze(SourceDoc(text=text, origin="bench"), lang=lang, model=model)
seconds = time.perf_counter() - started
peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
print(json.dumps({"seconds": seconds, "base_kb": base, "peak_kb": peak, "quotes": len(reading.quotes)}))
"""


def document(size: int, shape: str, lang: str) -> str:
    from bench_reading import paragraphs

    rng = random.Random(size)
    paras = paragraphs(lang)
    parts: list[str] = []
    total = 0
    while total < size:
        para = rng.choice(paras)
        parts.append(para.replace("\n", " ") if shape == "paragraph" else para)
        total += len(para) + 2
    return (" " if shape == "paragraph" else "\n\n").join(parts)[:size]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000, 30_000, 100_000, 300_000, 1_000_000])
    parser.add_argument("--shape", choices=["article", "paragraph"], default="article")
    parser.add_argument("--lang", default="nb")
    parser.add_argument("--model", default="default", help="default (trained) or blank")
    args = parser.parse_args()
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    print(f"{'characters':>10} {'seconds':>8} {'µs/char':>8} {'peak MB':>8} {'+MB':>6} {'quotes':>7}   ({args.shape}, {args.model})")
    for size in args.sizes:
        text = document(size, args.shape, args.lang)
        run = subprocess.run(
            [sys.executable, "-c", CHILD, args.lang, args.model],
            input=text, capture_output=True, text=True, env=env, check=True,
        )  # fmt: skip
        got = json.loads(run.stdout.strip().splitlines()[-1])
        print(
            f"{len(text):>10} {got['seconds']:>8.2f} {got['seconds'] / len(text) * 1e6:>8.1f} "
            f"{got['peak_kb'] / 1024:>8.0f} {(got['peak_kb'] - got['base_kb']) / 1024:>6.0f} {got['quotes']:>7}",
            flush=True,
        )


if __name__ == "__main__":
    main()
