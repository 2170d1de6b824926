"""Copy a trained pipeline (``model-best``/``model-last``) into the package (``src/sourcetrace/models/<lang>/``).

Why: the shipped folder must load offline with nothing but spaCy, stay under the size budget
and say where it came from. spaCy's ``model-best`` holds no optimizer state; this drops the
training-only settings (corpus paths) from its config, rewrites ``meta.json`` (name, sources,
licence, held-out scores) and refuses a folder over ``MAX_MB``.

Usage: python training/ship.py training/output/nb/model-best src/sourcetrace/models/nb --lang nb
"""

from __future__ import annotations

import argparse
import json
import shutil
import sys
from pathlib import Path

import spacy

MAX_MB = 30
SOURCES = {
    "nb": [
        {"name": "NorNE (Norwegian Dependency Treebank with named entities), Bokmål",
         "url": "https://github.com/ltgoslo/norne", "license": "CC0 annotations; NDT texts see LICENSE_NDT"},
        {"name": "UD Norwegian Bokmål (dev/test for evaluation)",
         "url": "https://github.com/UniversalDependencies/UD_Norwegian-Bokmaal", "license": "CC BY-SA 4.0"},
    ],
    "en": [
        {"name": "UD English EWT", "url": "https://github.com/UniversalDependencies/UD_English-EWT",
         "license": "CC BY-SA 4.0"},
        {"name": "Universal NER English EWT", "url": "https://github.com/UniversalNER/UNER_English-EWT",
         "license": "CC BY-SA 4.0"},
    ],
}
LICENSE = {"nb": "CC BY-SA 4.0 (trained on NorNE/NDT and UD data)", "en": "CC BY-SA 4.0 (trained on EWT/UNER)"}


def write_within_budget(nlp, dest: Path) -> float | None:
    """Write the pipeline to ``dest`` (replacing it) and return its size in MB; refuse (remove
    it, say why) when it is over ``MAX_MB``, the package's size budget."""
    if dest.exists():
        shutil.rmtree(dest)
    nlp.to_disk(dest)
    size = folder_mb(dest)
    if size > MAX_MB:
        shutil.rmtree(dest)
        print(f"error: pipeline is {size:.1f} MB, over the {MAX_MB} MB budget; not shipped", file=sys.stderr)
        return None
    return size


def folder_mb(path: Path) -> float:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file()) / 1_000_000


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("src", type=Path)
    ap.add_argument("dest", type=Path)
    ap.add_argument("--lang", required=True, choices=sorted(SOURCES))
    ap.add_argument("--scores", type=Path, help="spacy evaluate JSON on the test split")
    args = ap.parse_args(argv)
    if not (args.src / "config.cfg").is_file():
        print(f"error: {args.src} is not a trained pipeline folder", file=sys.stderr)
        return 2
    nlp = spacy.load(args.src)
    nlp.config["paths"]["train"] = None
    nlp.config["paths"]["dev"] = None
    nlp.meta.update(
        name=f"sourcetrace_{args.lang}", version="0.1.0", author="sourcetrace", url="", email="",
        license=LICENSE[args.lang], sources=SOURCES[args.lang],
        description="CPU pipeline (CNN tok2vec) trained by sourcetrace's training/Makefile.",
    )
    scores = args.scores or args.src.parent.parent / f"{args.lang}-test.json"
    if scores.is_file():
        nlp.meta["performance_test"] = json.loads(scores.read_text(encoding="utf-8"))
    size = write_within_budget(nlp, args.dest)
    if size is None:
        return 1
    spacy.load(args.dest)("Test.")
    print(f"shipped {args.dest} ({size:.1f} MB): {', '.join(nlp.pipe_names)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
