"""Convert NorNE (Norwegian Dependency Treebank + named entities) to spaCy DocBin files.

Why this exists: UD Norwegian Bokmål's train split is not distributed with NorNE's UD files;
it is the NDT sentences that are in neither UD dev nor UD test. NDT carries its own tag set
(``subst``, ``verb`` ... with ``appell|mask|ub|ent`` features), so this script maps it to UPOS and
UD features (checked against the UD dev file, see ``--report``), keeps NDT lemmas, and turns
``name=B-PER`` IOB2 marks into entity spans (GPE_LOC and GPE_ORG are folded into GPE).

Output: ``train.spacy`` (NDT minus UD dev/test), ``dev.spacy`` and ``test.spacy`` (the UD files,
gold UPOS/features/lemmas/names as published).

Usage: python training/convert_norne.py --data ../shared/data/norne --out training/corpus/nb
"""

from __future__ import annotations

import argparse
import collections
import json
import sys
from dataclasses import dataclass, field
from pathlib import Path

import spacy
from spacy.tokens import Doc, DocBin

ENT_MAP = {"GPE_LOC": "GPE", "GPE_ORG": "GPE"}
NO_SPACE_BEFORE = {",", ".", ":", ";", "!", "?", ")", "»", "%", "...", "…"}
NO_SPACE_AFTER = {"(", "«"}
SENTS_PER_DOC = 10

AUX_LEMMAS = {"være", "ha", "bli", "kunne", "måtte", "skulle", "ville", "burde", "få", "matte", "vere", "verte"}
DET_TYPES = {
    "en": "Art", "ei": "Art", "ett": "Art", "all": "Tot", "alle": "Tot", "hver": "Tot", "hvert": "Tot",
    "begge": "Tot", "samtlige": "Tot", "noen": "Ind", "noe": "Ind", "ingen": "Neg", "ingenting": "Neg",
    "hvilken": "Int", "hva": "Int", "enhver": "Tot", "annen": "Ind", "mang": "Ind",
}
PLACE_ADVERBS = {"her", "der", "hit", "dit", "hvor"}
CLAUSAL = {"verb", "inf-merke", "sbu"}
MODAL_LEMMAS = {"kunne", "måtte", "skulle", "ville", "burde", "matte"}
NUM_WORDS = {
    "én", "to", "tre", "fire", "fem", "seks", "sju", "syv", "åtte", "ni", "ti", "elleve",
    "tolv", "tretten", "fjorten", "femten", "seksten", "sytten", "atten", "nitten", "tjue",
    "tjuefem", "tretti", "førti", "femti", "seksti", "sytti", "åtti", "nitti", "hundre", "tusen",
    "million", "millioner", "milliard", "milliarder", "null", "tjuefire",
}


@dataclass
class Token:
    form: str
    lemma: str
    pos: str
    feats: str
    head: int
    deprel: str
    name: str
    space_after: bool = True
    upos: str = ""
    morph: str = ""


@dataclass
class Sentence:
    tokens: list[Token] = field(default_factory=list)
    text: str = ""

    @property
    def key(self) -> str:
        return "".join(t.form for t in self.tokens)


def read_conll(path: Path, ud: bool) -> list[Sentence]:
    """Read CoNLL-X (NDT) or CoNLL-U (UD) into sentences; skips multiword/empty rows."""
    sents: list[Sentence] = []
    cur = Sentence()
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            if cur.tokens:
                sents.append(cur)
            cur = Sentence()
            continue
        if line.startswith("#"):
            if line.startswith("# text ="):
                cur.text = line.split("=", 1)[1].strip()
            continue
        cols = line.split("\t")
        if "-" in cols[0] or "." in cols[0]:
            continue
        misc = dict(kv.split("=", 1) for kv in cols[9].split("|") if "=" in kv)
        tok = Token(
            form=cols[1], lemma=cols[2], pos=cols[3], feats=cols[5], head=int(cols[6]),
            deprel=cols[7], name=misc.get("name", "O"), space_after=misc.get("SpaceAfter") != "No",
        )
        if ud:
            tok.upos, tok.morph = cols[3], ("" if cols[5] == "_" else cols[5])
        cur.tokens.append(tok)
    if cur.tokens:
        sents.append(cur)
    return sents


def guess_spaces(sent: Sentence) -> None:
    """NDT has no whitespace information: attach punctuation the way Norwegian print does."""
    toks = sent.tokens
    for i, tok in enumerate(toks):
        nxt = toks[i + 1].form if i + 1 < len(toks) else None
        tok.space_after = nxt is not None and nxt not in NO_SPACE_BEFORE and tok.form not in NO_SPACE_AFTER


def _feats(pairs: dict[str, str]) -> str:
    return "|".join(f"{k}={v}" for k, v in sorted(pairs.items(), key=lambda kv: kv[0].lower()))


def map_ndt(sent: Sentence) -> None:
    """Map NDT tags + features to UPOS + UD features (rules after the UD conversion of NDT)."""
    children: dict[int, list[Token]] = collections.defaultdict(list)
    for tok in sent.tokens:
        children[tok.head].append(tok)
    for idx, tok in enumerate(sent.tokens, start=1):
        fs = set(tok.feats.split("|")) - {"_"}
        f: dict[str, str] = {}
        pos, lemma = tok.pos, tok.lemma.lower()
        gender = {"mask": "Masc", "fem": "Fem", "nøyt": "Neut"}
        for k, v in gender.items():
            if k in fs:
                f["Gender"] = v
        if "mask" in fs and "fem" in fs or "m/f" in fs and pos != "adj":
            f["Gender"] = "Fem,Masc"
        if "ent" in fs:
            f["Number"] = "Sing"
        if "fl" in fs:
            f["Number"] = "Plur"
        if "ub" in fs:
            f["Definite"] = "Ind"
        if "be" in fs:
            f["Definite"] = "Def"
        if "gen" in fs:
            f["Case"] = "Gen"
        if "fork" in fs:
            f["Abbr"] = "Yes"
        if pos == "subst":
            if "prop" in fs:
                upos = "PROPN"
                f.pop("Number", None)
                f.pop("Definite", None)
            else:
                upos = "NOUN"
        elif pos == "verb":
            upos = "VERB"
            kids = children.get(idx, [])
            if lemma in AUX_LEMMAS and (
                any(k.deprel == "INFV" for k in kids)
                or (lemma in {"være", "vere"} and any(k.deprel == "SPRED" for k in kids))
            ):
                upos = "AUX"
            f = {}
            if "pres" in fs:
                f.update(Mood="Ind", Tense="Pres", VerbForm="Fin")
            elif "pret" in fs:
                f.update(Mood="Ind", Tense="Past", VerbForm="Fin")
            elif "imp" in fs:
                f.update(Mood="Imp", VerbForm="Fin")
            elif "inf" in fs:
                f.update(VerbForm="Inf")
            elif "perf-part" in fs:
                f.update(VerbForm="Part")
            if "pass" in fs:
                f["Voice"] = "Pass"
        elif pos == "adj":
            upos = "ADJ"
            for k, v in {"pos": "Pos", "komp": "Cmp", "sup": "Sup"}.items():
                if k in fs:
                    f["Degree"] = v
            if "perf-part" in fs or "<perf-part>" in fs:
                f["VerbForm"] = "Part"
        elif pos == "pron":
            upos = "PRON"
            if "pers" in fs or "refl" in fs:
                f["PronType"] = "Prs"
            for p in ("1", "2", "3"):
                if p in fs:
                    f["Person"] = p
            if "nom" in fs:
                f["Case"] = "Nom"
            if "akk" in fs:
                f["Case"] = "Acc"
            if "refl" in fs:
                f["Reflex"] = "Yes"
            if "hum" in fs:
                f["Animacy"] = "Hum"
            if "sp" in fs:
                f["PronType"] = "Int"
            f.pop("Definite", None)
        elif pos == "det":
            upos = "DET"
            if "poss" in fs:
                upos = "PRON"
                f.update(Poss="Yes", PronType="Prs")
            elif "dem" in fs:
                f["PronType"] = "Dem"
            elif "forst" in fs:
                f["PronType"] = "Prs"
            elif lemma in DET_TYPES:
                f["PronType"] = DET_TYPES[lemma]
                if lemma == "ingen":
                    f["Polarity"] = "Neg"
            elif "kvant" in fs and (lemma in NUM_WORDS or lemma.replace(",", "").replace(".", "").isdigit()):
                upos = "NUM"
                f = {"NumType": "Card"}
                if lemma not in {"en", "ett", "én", "ei"}:
                    f["Number"] = "Plur"
        elif pos == "prep":
            # a preposition governing a clause is a subordinator in UD; "her"/"der" are adverbs
            upos, f = "ADP", {}
            if lemma in PLACE_ADVERBS:
                upos = "ADV"
            elif any(k.deprel == "PUTFYLL" and k.pos in CLAUSAL for k in children.get(idx, [])):
                upos = "SCONJ"
        elif pos == "konj":
            upos = "CCONJ"
            f = {}
        elif pos == "sbu":
            upos = "SCONJ"
            f = {}
            if lemma == "som":
                upos, f = "PRON", {"PronType": "Rel"}
        elif pos == "adv":
            upos = "ADV"
            f = {}
            if lemma in {"ikke", "ikkje"}:
                upos, f = "PART", {"Polarity": "Neg"}
        elif pos == "inf-merke":
            upos, f = "PART", {}
        elif pos == "interj":
            upos, f = "INTJ", {}
        elif pos == "ukjent":
            upos, f = "X", {}
        elif pos == "symb":
            upos, f = "SYM", {}
        else:  # clb, <komma>, <anf>, <strek>, <parentes-*>
            upos, f = "PUNCT", {}
        is_number = tok.form.replace(",", "").replace(".", "").isdigit()
        if is_number and upos in {"DET", "ADJ", "NOUN"} and "NumType" not in f:
            upos, f = "NUM", {"NumType": "Card"}
        if "fork" in fs:
            f["Abbr"] = "Yes"
        tok.upos, tok.morph = upos, _feats(f)


def to_doc(vocab, sents: list[Sentence], names_only: bool = False) -> Doc:
    words, spaces, lemmas, pos, morphs, sent_starts, ents = [], [], [], [], [], [], []
    for sent in sents:
        for i, tok in enumerate(sent.tokens):
            words.append(tok.form)
            spaces.append(tok.space_after)
            lemmas.append(tok.lemma)
            pos.append(tok.upos)
            morphs.append(tok.morph)
            sent_starts.append(i == 0)
            tag = tok.name
            if tag != "O":
                prefix, label = tag.split("-", 1)
                tag = f"{prefix}-{ENT_MAP.get(label, label)}"
            ents.append(tag)
        spaces[-1] = True
    spaces[-1] = False
    if names_only:  # unset POS, features and lemmas are "missing" to the trainers, not "none"
        pos, morphs, lemmas = None, None, None
    return Doc(vocab, words=words, spaces=spaces, lemmas=lemmas, pos=pos, morphs=morphs,
               sent_starts=sent_starts, ents=ents)


def grouped(sents: list[Sentence], n: int = SENTS_PER_DOC):
    for i in range(0, len(sents), n):
        yield sents[i:i + n]


def agreement(ud: list[Sentence], ndt_by_key: dict[str, Sentence]) -> dict:
    """How often the NDT->UD mapping agrees with the UD file on shared sentences."""
    n = upos_ok = morph_ok = lemma_ok = shared = 0
    confusion: collections.Counter = collections.Counter()
    for s in ud:
        other = ndt_by_key.get(s.key)
        if other is None or len(other.tokens) != len(s.tokens):
            continue
        shared += 1
        for a, b in zip(s.tokens, other.tokens, strict=True):
            n += 1
            upos_ok += a.upos == b.upos
            morph_ok += a.morph == b.morph
            lemma_ok += a.lemma == b.lemma
            if a.upos != b.upos:
                confusion[(f"{b.pos}:{b.lemma.lower()}", a.upos, b.upos)] += 1
    return {
        "sentences_shared": shared, "sentences_ud": len(ud), "tokens": n,
        "upos": round(upos_ok / max(n, 1), 4), "morph": round(morph_ok / max(n, 1), 4),
        "lemma": round(lemma_ok / max(n, 1), 4),
        "top_upos_disagreements (ndt:lemma, ud, mapped)": [
            [f"{k[0]} {k[1]}<-{k[2]}", c] for k, c in confusion.most_common(25)
        ],
    }


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", type=Path, required=True, help="NorNE folder (with ndt/ and ud/)")
    ap.add_argument("--out", type=Path, required=True)
    ap.add_argument("--lang", default="nob", help="nob (Bokmål) or nno (Nynorsk)")
    ap.add_argument("--report", action="store_true", help="print the mapping agreement only")
    ap.add_argument("--names-only", action="store_true",
                    help="train split keeps only the names (Nynorsk added to the Bokmål pipeline: its"
                         " features do not map well yet and its lemmas would teach Bokmål forms Nynorsk lemmas)")
    args = ap.parse_args(argv)
    ndt_dir, ud_dir = args.data / "ndt" / args.lang, args.data / "ud" / args.lang
    if not ndt_dir.is_dir() or not ud_dir.is_dir():
        print(f"error: {ndt_dir} or {ud_dir} missing", file=sys.stderr)
        return 2
    ndt: list[Sentence] = []
    for path in sorted(ndt_dir.glob("*.conll")):
        ndt.extend(read_conll(path, ud=False))
    for s in ndt:
        guess_spaces(s)
        map_ndt(s)
    dev = read_conll(next(ud_dir.glob("*-dev.conllu")), ud=True)
    test = read_conll(next(ud_dir.glob("*-test.conllu")), ud=True)
    held_out = {s.key for s in dev} | {s.key for s in test}
    train = [s for s in ndt if s.key not in held_out]
    ndt_by_key = {s.key: s for s in ndt}
    report = {
        "ndt_sentences": len(ndt), "train_sentences": len(train),
        "train_tokens": sum(len(s.tokens) for s in train),
        "dev_sentences": len(dev), "test_sentences": len(test),
        "mapping_vs_ud_dev": agreement(dev, ndt_by_key),
        "mapping_vs_ud_test": {k: v for k, v in agreement(test, ndt_by_key).items() if not k.startswith("top")},
    }
    print(json.dumps(report, ensure_ascii=False, indent=1))
    if args.report:
        return 0
    args.out.mkdir(parents=True, exist_ok=True)
    nlp = spacy.blank("nb")
    for name, sents in (("train", train), ("dev", dev), ("test", test)):
        db = DocBin(store_user_data=False)
        for group in grouped(sents):
            db.add(to_doc(nlp.vocab, group, names_only=args.names_only and name == "train"))
        db.to_disk(args.out / f"{name}.spacy")
    (args.out / "mapping_report.json").write_text(json.dumps(report, ensure_ascii=False, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
