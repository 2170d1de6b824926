"""Ship the NDT parser (``make train-nb-syntax``) as a standalone component folder,
``src/sourcetrace/models/nb-syntax/``, that the Bokmål/Nynorsk reading adds to its base pipeline.

Why standalone: the shipped ``nb`` pipeline's tok2vec serves its tagger and lemmatizer; the
parser was trained with a tok2vec of its own, so its listener is replaced by a copy of that
tok2vec (``replace_listeners``) and the parser can be sourced into any ``nb`` pipeline.

Usage: python training/ship_syntax.py training/output/nb-parser/model-best src/sourcetrace/models/nb-syntax \
           --scores training/output/nb-parser-test.json
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

import spacy
from ship import write_within_budget


def _resolve(section: dict, width: int) -> None:
    for key, value in section.items():
        if isinstance(value, dict):
            _resolve(value, width)
        elif value == "${components.tok2vec.model.encode.width}":
            section[key] = width


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("src", type=Path)
    parser.add_argument("dest", type=Path)
    parser.add_argument("--scores", type=Path, required=True, help="spacy evaluate JSON on NDT test")
    args = parser.parse_args(argv)
    nlp = spacy.load(args.src)
    if "parser" not in nlp.pipe_names:
        print(f"error: {args.src} has no parser", file=sys.stderr)
        return 2
    if "tok2vec" in nlp.pipe_names:
        width = nlp.config["components"]["tok2vec"]["model"]["encode"]["width"]
        nlp.replace_listeners("tok2vec", "parser", ["model.tok2vec"])
        # the copied tok2vec still names the removed component's width: write it out
        _resolve(nlp.config["components"]["parser"]["model"]["tok2vec"], width)
        nlp.remove_pipe("tok2vec")
    nlp.config["paths"]["train"] = None
    nlp.config["paths"]["dev"] = None
    scores = json.loads(args.scores.read_text(encoding="utf-8"))
    nlp.meta.update(
        name="sourcetrace_nb_syntax", version="0.1.0", author="sourcetrace", url="", email="",
        license="CC BY-SA 4.0 (trained on NDT syntax: Bokmål and Nynorsk)",
        sources=[{
            "name": "Norwegian Dependency Treebank (NDT, as shipped with NorNE), Bokmål and Nynorsk",
            "url": "https://github.com/ltgoslo/norne",
            "license": "CC0 annotations; NDT texts see LICENSE_NDT",
        }],
        description="Dependency parser with NDT's own label set (SUBJ, DOBJ, ADV, ...) and a CNN "
        "tok2vec of its own, trained by training/Makefile (train-nb-syntax).",
        performance={
            "dep_uas": round(scores["dep_uas"], 4), "dep_las": round(scores["dep_las"], 4),
            "label_set": "NDT",
            "held_out": "NDT Bokmål sentences of UD dev/test; Nynorsk every tenth file (+1)",
        },
    )
    size = write_within_budget(nlp, args.dest)
    if size is None:
        return 1
    print(f"{args.dest}: {size:.1f} MB, LAS {scores['dep_las']:.4f} (NDT labels)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
