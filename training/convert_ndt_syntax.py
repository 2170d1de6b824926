"""Convert NDT's own dependency syntax (SUBJ, DOBJ, ADV, FINV, ...) to spaCy DocBin files for a
Norwegian parser that keeps NDT's label set (not UD's).

Bokmål and Nynorsk are both used: the reading of reported speech needs the same relations in
both written standards. Held-out sentences: the Bokmål NDT sentences that are UD Norwegian
Bokmål's dev and test sentences (matched by their words), and for Nynorsk every tenth NDT file
(dev) and the next one (test), so no document is split across train and test.

Usage: python training/convert_ndt_syntax.py --data ../shared/data/norne --out training/corpus/nb-syntax
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

import spacy
from convert_norne import Sentence, grouped, guess_spaces, map_ndt, read_conll
from spacy.tokens import Doc, DocBin


def to_doc(vocab, sents: list[Sentence]) -> Doc:
    words, spaces, pos, heads, deps, sent_starts = [], [], [], [], [], []
    offset = 0
    for sent in sents:
        for index, token in enumerate(sent.tokens):
            words.append(token.form)
            spaces.append(token.space_after)
            pos.append(token.upos)
            # NDT heads are 1-based within the sentence, 0 for the root (which heads itself)
            heads.append(offset + (token.head - 1 if token.head else index))
            deps.append(token.deprel if token.head else "ROOT")
            sent_starts.append(index == 0)
        spaces[-1] = True
        offset += len(sent.tokens)
    spaces[-1] = False
    return Doc(vocab, words=words, spaces=spaces, pos=pos, heads=heads, deps=deps, sent_starts=sent_starts)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, required=True, help="NorNE folder (with ndt/ and ud/)")
    parser.add_argument("--out", type=Path, required=True)
    args = parser.parse_args(argv)
    splits: dict[str, list[Sentence]] = {"train": [], "dev": [], "test": []}
    ud_dir = args.data / "ud" / "nob"
    held = {
        "dev": {s.key for s in read_conll(next(ud_dir.glob("*-dev.conllu")), ud=True)},
        "test": {s.key for s in read_conll(next(ud_dir.glob("*-test.conllu")), ud=True)},
    }
    for lang in ("nob", "nno"):
        files = sorted((args.data / "ndt" / lang).glob("*.conll"))
        if not files:
            print(f"error: no NDT files for {lang}", file=sys.stderr)
            return 2
        for number, path in enumerate(files):
            for sent in read_conll(path, ud=False):
                guess_spaces(sent)
                map_ndt(sent)
                if lang == "nob":
                    split = next((name for name, keys in held.items() if sent.key in keys), "train")
                else:
                    split = {0: "dev", 1: "test"}.get(number % 10, "train")
                splits[split].append(sent)
    args.out.mkdir(parents=True, exist_ok=True)
    nlp = spacy.blank("nb")
    report = {}
    for name, sents in splits.items():
        bin_ = DocBin(store_user_data=False)
        for group in grouped(sents):
            bin_.add(to_doc(nlp.vocab, group))
        bin_.to_disk(args.out / f"{name}.spacy")
        report[name] = {"sentences": len(sents), "tokens": sum(len(s.tokens) for s in sents)}
    print(json.dumps(report, indent=1))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
