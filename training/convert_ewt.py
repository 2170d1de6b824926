"""Convert UD English EWT (+ Universal NER on the same sentences) to spaCy DocBin files.

Why this exists: our English pipeline learns tags, morphology, lemmas and UD dependencies from
EWT and named entities from UNER, which annotates the very same sentences. The two are joined
by ``sent_id``; a sentence whose UNER tokens do not match EWT's words gets no entity annotation
(missing, not "O") so it cannot teach the recogniser wrong boundaries.

UNER's OTH becomes MISC (as in NorNE); its stray ``B-O`` marks are read as O.
Sentences are grouped by EWT document (up to ``SENTS_PER_DOC``) so the parser sees sentence
boundaries inside a text.

Usage: python training/convert_ewt.py --ud ../shared/data/ud-english-ewt \
           --uner ../shared/data/uner-english-ewt --out training/corpus/en
"""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import dataclass, field
from pathlib import Path

import spacy
from spacy.tokens import Doc, DocBin

SENTS_PER_DOC = 10
LABEL_MAP = {"OTH": "MISC"}


@dataclass
class Sent:
    sent_id: str
    doc_id: str
    words: list[str] = field(default_factory=list)
    spaces: list[bool] = field(default_factory=list)
    lemmas: list[str] = field(default_factory=list)
    pos: list[str] = field(default_factory=list)
    tags: list[str] = field(default_factory=list)
    morphs: list[str] = field(default_factory=list)
    heads: list[int] = field(default_factory=list)
    deps: list[str] = field(default_factory=list)
    ents: list[str | None] = field(default_factory=list)


def read_conllu(path: Path) -> list[Sent]:
    """Read syntactic words; a multiword token's SpaceAfter applies to its last word."""
    sents: list[Sent] = []
    doc_id, sent_id = "", ""
    cur: Sent | None = None
    mwt_end, mwt_space = 0, True
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("# newdoc id"):
            doc_id = line.split("=", 1)[1].strip()
        elif line.startswith("# sent_id"):
            sent_id = line.split("=", 1)[1].strip()
        elif line.startswith("#"):
            continue
        elif not line.strip():
            if cur is not None and cur.words:
                sents.append(cur)
            cur = None
        else:
            if cur is None:
                cur = Sent(sent_id=sent_id, doc_id=doc_id)
                mwt_end, mwt_space = 0, True
            cols = line.split("\t")
            if "." in cols[0]:
                continue
            space = "SpaceAfter=No" not in cols[9]
            if "-" in cols[0]:
                mwt_end, mwt_space = int(cols[0].split("-")[1]), space
                continue
            idx = int(cols[0])
            if idx <= mwt_end:
                space = mwt_space if idx == mwt_end else False
            cur.words.append(cols[1])
            cur.spaces.append(space)
            cur.lemmas.append(cols[2])
            cur.pos.append(cols[3])
            cur.tags.append(cols[4])
            cur.morphs.append("" if cols[5] == "_" else cols[5])
            head = int(cols[6])
            cur.heads.append(head - 1 if head else idx - 1)  # 0-based; root points to itself
            cur.deps.append("ROOT" if cols[7] == "root" else cols[7])
    if cur is not None and cur.words:
        sents.append(cur)
    return sents


def read_iob2(path: Path) -> dict[str, tuple[list[str], list[str]]]:
    out: dict[str, tuple[list[str], list[str]]] = {}
    sent_id, words, tags = "", [], []
    for line in path.read_text(encoding="utf-8").splitlines() + [""]:
        if line.startswith("# sent_id"):
            sent_id, words, tags = line.split("=", 1)[1].strip(), [], []
        elif line.startswith("#"):
            continue
        elif not line.strip():
            if sent_id and words:
                out[sent_id] = (words, tags)
            sent_id, words, tags = "", [], []
        else:
            cols = line.split("\t")
            words.append(cols[1])
            tag = cols[2] if len(cols) > 2 else "O"
            if tag in {"B-O", "I-O"}:
                tag = "O"
            if tag != "O":
                prefix, label = tag.split("-", 1)
                tag = f"{prefix}-{LABEL_MAP.get(label, label)}"
            tags.append(tag)
    return out


def repair_iob(tags: list[str]) -> list[str]:
    """An I- tag that does not continue an entity of the same type starts one (IOB2 repair)."""
    fixed, prev = [], "O"
    for tag in tags:
        if tag.startswith("I-") and prev[2:] != tag[2:]:
            tag = "B-" + tag[2:]
        fixed.append(tag)
        prev = tag
    return fixed


def attach_ents(sents: list[Sent], uner: dict[str, tuple[list[str], list[str]]]) -> dict[str, int]:
    stats = {"aligned": 0, "unaligned": 0, "missing": 0}
    for s in sents:
        entry = uner.get(s.sent_id)
        if entry is None:
            stats["missing"] += 1
            s.ents = [None] * len(s.words)
        elif entry[0] == s.words:
            stats["aligned"] += 1
            s.ents = repair_iob(entry[1])
        else:
            stats["unaligned"] += 1
            s.ents = [None] * len(s.words)
    return stats


def to_doc(vocab, group: list[Sent]) -> Doc:
    words, spaces, lemmas, pos, tags, morphs, heads, deps, ents, starts = ([] for _ in range(10))
    for s in group:
        offset = len(words)
        words += s.words
        spaces += s.spaces
        lemmas += s.lemmas
        pos += s.pos
        tags += s.tags
        morphs += s.morphs
        heads += [h + offset for h in s.heads]
        deps += s.deps
        ents += s.ents
        starts += [True] + [False] * (len(s.words) - 1)
        spaces[-1] = True
    spaces[-1] = False
    if any(e is None for e in ents):
        ents = [None] * len(ents)  # a partly known group would mislead: leave it all unknown
    return Doc(vocab, words=words, spaces=spaces, lemmas=lemmas, pos=pos, tags=tags, morphs=morphs,
               heads=heads, deps=deps, ents=ents, sent_starts=starts)


def grouped(sents: list[Sent]):
    group: list[Sent] = []
    for s in sents:
        if group and (s.doc_id != group[-1].doc_id or len(group) >= SENTS_PER_DOC):
            yield group
            group = []
        group.append(s)
    if group:
        yield group


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--ud", type=Path, required=True)
    ap.add_argument("--uner", type=Path, required=True)
    ap.add_argument("--out", type=Path, required=True)
    args = ap.parse_args(argv)
    nlp = spacy.blank("en")
    args.out.mkdir(parents=True, exist_ok=True)
    report = {}
    for split in ("train", "dev", "test"):
        ud_path = args.ud / f"en_ewt-ud-{split}.conllu"
        ner_path = args.uner / f"en_ewt-ud-{split}.iob2"
        if not ud_path.is_file() or not ner_path.is_file():
            print(f"error: {ud_path} or {ner_path} missing", file=sys.stderr)
            return 2
        sents = read_conllu(ud_path)
        stats = attach_ents(sents, read_iob2(ner_path))
        db = DocBin(store_user_data=False)
        for group in grouped(sents):
            db.add(to_doc(nlp.vocab, group))
        db.to_disk(args.out / f"{split}.spacy")
        report[split] = {"sentences": len(sents), "words": sum(len(s.words) for s in sents), **stats}
    print(json.dumps(report, indent=1))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
