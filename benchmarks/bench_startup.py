"""Start-up cost: wall-clock seconds of ``sourcetrace analyze`` on one short file, best of N.

Runs the command line in a fresh process each time (so every import, the language detector and
the pipeline load are counted) for a short Bokmål and a short English text, with the language
detected (``auto``) or given (``--lang``), with the shipped pipeline (``default``) and rules only
(``--model blank``). The machine is shared: the best of N runs is the figure that compares.
Run: ``python benchmarks/bench_startup.py [--runs 5]``.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

#: short texts written for this benchmark (two sentences, one quote and one figure each)
TEXTS = {
    "nb": (
        "– Vi så dronene komme inn over byen i natt, sier ordfører Kari Nordmann til NTB.\n\n"
        "Ifølge politiet ble minst tre personer skadet i angrepet.\n"
    ),
    "en": (
        '"We saw the drones come in over the city last night," mayor John Smith told reporters.\n\n'
        "According to the police, at least three people were injured in the attack.\n"
    ),
}


def best_wall(args: list[str], runs: int) -> float:
    """Best wall-clock seconds of ``python -m sourcetrace.cli ARGS`` over ``runs`` fresh processes."""
    env = dict(os.environ, PYTHONPATH=str(ROOT / "src"))
    best = float("inf")
    for _ in range(runs):
        start = time.perf_counter()
        done = subprocess.run(
            [sys.executable, "-m", "sourcetrace.cli", *args],
            env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True, check=False,
        )
        elapsed = time.perf_counter() - start
        if done.returncode != 0:
            raise SystemExit(f"sourcetrace {' '.join(args)} failed: {done.stderr.strip()}")
        best = min(best, elapsed)
    return best


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--lang", nargs="*", default=["nb", "en"])
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        for code in args.lang:
            path = Path(tmp) / f"short-{code}.txt"
            path.write_text(TEXTS[code], encoding="utf-8")
            for lang in ("auto", code):
                for model in ("default", "blank"):
                    cmd = ["analyze", str(path), "--lang", lang, "--format", "json"]
                    if model == "blank":
                        cmd += ["--model", "blank"]
                    seconds = best_wall(cmd, args.runs)
                    print(f"{code}: analyze one short file, --lang {lang:<4} --model {model:<7} "
                          f"{seconds:5.2f} s  (best of {args.runs}, wall clock)")


if __name__ == "__main__":
    main()
