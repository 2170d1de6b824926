"""Start-up cost: wall-clock seconds of ``sourcetrace analyze`` on one short file, best of N.

Runs the command line in a fresh process each time (so every import, the language detector and
the pipeline load are counted) for a short Bokmål and a short English text, with the language
detected (``auto``) or given (``--lang``), with the shipped pipeline (``default``) and rules only
(``--model blank``). The machine is shared: the median and the best of N runs are printed, and
the CPU time (user + system) of the process beside the wall clock, which waits for other jobs
on a loaded machine. ``--src`` measures another tree's sources (an export of an older commit),
for a before/after comparison run back to back.
Run: ``python benchmarks/bench_startup.py [--runs 5] [--src DIR]``.
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
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


def child_env(bytecode_dir: str, src: Path = ROOT / "src") -> dict[str, str]:
    """The environment of the measured processes: this tree's sources, and compiled bytecode
    kept in ``bytecode_dir`` as an installed package keeps it. With ``PYTHONDONTWRITEBYTECODE``
    set (as on the development machine) every run would compile sourcetrace's modules from
    source again, about 0.15 s no user pays."""
    env = dict(os.environ, PYTHONPATH=str(src), PYTHONPYCACHEPREFIX=bytecode_dir)
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    return env


def timings(args: list[str], runs: int, env: dict[str, str]) -> tuple[list[float], list[float]]:
    """Wall-clock and CPU (user + system) seconds of ``python -m sourcetrace.cli ARGS`` in
    ``runs`` fresh processes, after one run that is not counted (it writes the bytecode and the
    compiled-pattern cache, as any first run on a machine does)."""
    subprocess.run(
        [sys.executable, "-m", "sourcetrace.cli", *args],
        env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False,
    )
    walls: list[float] = []
    cpus: list[float] = []
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
        walls.append(elapsed)
        cpus.append(after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime)
    return walls, cpus


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--lang", nargs="*", default=["nb", "en"])
    parser.add_argument("--src", type=Path, default=ROOT / "src", help="the sources to measure")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        env = child_env(str(Path(tmp) / "bytecode"), args.src.resolve())
        for code in args.lang:
            path = Path(tmp) / f"short-{code}.txt"
            path.write_text(TEXTS[code], encoding="utf-8")
            for lang in ("auto", code):
                for model in ("default", "blank"):
                    cmd = ["analyze", str(path), "--lang", lang, "--format", "json"]
                    if model == "blank":
                        cmd += ["--model", "blank"]
                    walls, cpus = timings(cmd, args.runs, env)
                    print(
                        f"{code}: analyze one short file, --lang {lang:<4} --model {model:<7} "
                        f"CPU median {statistics.median(cpus):5.2f} s, best {min(cpus):5.2f} s; "
                        f"wall median {statistics.median(walls):5.2f} s, best {min(walls):5.2f} s "
                        f"({args.runs} runs)"
                    )


if __name__ == "__main__":
    main()
