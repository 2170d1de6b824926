"""Start-up cost: wall-clock seconds of ``sourcetrace analyze`` on one short file, best of N.

Runs the command line in a fresh process each time (so every import, the language detector and
the pipeline load are counted) for a short Bokmål and a short English text, with the language
detected (``auto``) or given (``--lang``), with the shipped pipeline (``default``) and rules only
(``--model blank``). The machine is shared: the best of N runs is the figure that compares, and
the CPU time (user + system) of the process is printed beside the wall clock, which waits for
other jobs on a loaded machine.
Run: ``python benchmarks/bench_startup.py [--runs 5]``.
"""

from __future__ import annotations

import argparse
import os
import resource
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


def child_env(bytecode_dir: str) -> dict[str, str]:
    """The environment of the measured processes: this tree's sources, and compiled bytecode
    kept in ``bytecode_dir`` as an installed package keeps it. With ``PYTHONDONTWRITEBYTECODE``
    set (as on the development machine) every run would compile sourcetrace's modules from
    source again, about 0.15 s no user pays."""
    env = dict(os.environ, PYTHONPATH=str(ROOT / "src"), PYTHONPYCACHEPREFIX=bytecode_dir)
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    return env


def best_of(args: list[str], runs: int, env: dict[str, str]) -> tuple[float, float]:
    """Best wall-clock and best CPU (user + system) seconds of ``python -m sourcetrace.cli ARGS``
    over ``runs`` fresh processes, after one run that is not counted (it writes the bytecode)."""
    subprocess.run(
        [sys.executable, "-m", "sourcetrace.cli", *args],
        env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False,
    )
    wall = cpu = float("inf")
    for _ in range(runs):
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        start = time.perf_counter()
        done = subprocess.run(
            [sys.executable, "-m", "sourcetrace.cli", *args],
            env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True, check=False,
        )
        elapsed = time.perf_counter() - start
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        if done.returncode != 0:
            raise SystemExit(f"sourcetrace {' '.join(args)} failed: {done.stderr.strip()}")
        wall = min(wall, elapsed)
        cpu = min(cpu, after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime)
    return wall, cpu


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--lang", nargs="*", default=["nb", "en"])
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        env = child_env(str(Path(tmp) / "bytecode"))
        for code in args.lang:
            path = Path(tmp) / f"short-{code}.txt"
            path.write_text(TEXTS[code], encoding="utf-8")
            for lang in ("auto", code):
                for model in ("default", "blank"):
                    cmd = ["analyze", str(path), "--lang", lang, "--format", "json"]
                    if model == "blank":
                        cmd += ["--model", "blank"]
                    wall, cpu = best_of(cmd, args.runs, env)
                    print(f"{code}: analyze one short file, --lang {lang:<4} --model {model:<7} "
                          f"wall {wall:5.2f} s, CPU {cpu:5.2f} s  (best of {args.runs})")


if __name__ == "__main__":
    main()
