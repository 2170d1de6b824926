"""Check that every gold reading under tests/cases matches its text exactly.

Gold errors poison every measurement, so each string that claims to be quoted from the
article (quote text, evidence, cues, hedge scopes, figure and date texts, headings,
boilerplate) must occur verbatim in the ``.txt``, and every enum must be one the model knows.
Run: ``python tests/cases/check_gold.py [DIR_OR_GOLD ...]`` (default: this directory).
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

LANGUAGES = {"nb", "nn", "en"}
QUOTE_KINDS = {"direct", "indirect"}
SPEAKER_KINDS = {"named", "descriptive", "organisation", "pronoun"}
RELATIONS = {
    "reported",
    "claimed",
    "verified",
    "identified",
    "confirmed",
    "denied",
    "could-not-verify",
    "no-comment",
}
MEANINGS = {"reportedly", "probably", "allegedly", "uncertain", "unverified", "possibly"}
BOUNDS = {"exact", "at_least", "at_most", "about", "range", "more_than", "less_than"}
ENTITY_TYPES = {"PER", "ORG", "GPE", "LOC", "NORP", "EVENT", "MISC"}
TOP_KEYS = {
    "document",
    "language",
    "published",
    "note",
    "boilerplate",
    "headings",
    "quotes",
    "attributions",
    "hedged",
    "figures",
    "entities",
    "dates",
    "provenance",
}
REQUIRED = [
    "document",
    "language",
    "note",
    "boilerplate",
    "headings",
    "quotes",
    "attributions",
    "hedged",
    "figures",
    "entities",
    "dates",
]


def paragraphs(text: str) -> list[str]:
    """Paragraphs as the layout component sees them: blocks separated by blank lines."""
    return [p.strip() for p in re.split(r"\n\s*\n", text) if p.strip()]


def _evidence_core(value: str) -> str:
    """Strip a trailing editorial note "(de = X, previous sentence)" from speaker evidence."""
    return re.sub(r"\s*\([^()]*=[^()]*\)\s*$", "", value)


def check_gold(gold_path: Path) -> list[str]:
    """Return one message per problem found in one gold file (empty list: all good)."""
    errs: list[str] = []

    def err(msg: str) -> None:
        errs.append(f"{gold_path.name}: {msg}")

    try:
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as exc:
        return [f"{gold_path.name}: cannot read JSON: {exc}"]
    txt_path = gold_path.with_name(gold_path.name.replace(".gold.json", ".txt"))
    if not txt_path.exists():
        return [f"{gold_path.name}: missing text {txt_path.name}"]
    text = txt_path.read_text(encoding="utf-8")
    paras = paragraphs(text)

    def sub(value: object, where: str) -> None:
        if not isinstance(value, str) or not value:
            err(f"{where}: empty or not a string: {value!r}")
        elif value not in text:
            err(f"{where}: not an exact substring: {value!r}")

    for key in REQUIRED:
        if key not in gold:
            err(f"missing key {key!r}")
    for key in gold:
        if key not in TOP_KEYS:
            err(f"unknown key {key!r}")
    if gold.get("document") != txt_path.name:
        err(f"document {gold.get('document')!r} != {txt_path.name!r}")
    if gold.get("language") not in LANGUAGES:
        err(f"language {gold.get('language')!r}")
    pub = gold.get("published")
    if pub is not None and not re.fullmatch(r"\d{4}-\d{2}-\d{2}", str(pub)):
        err(f"published {pub!r} is not YYYY-MM-DD")

    for key in ("boilerplate", "headings"):
        for item in gold.get(key, []):
            if item not in paras:
                err(f"{key}: not a whole paragraph: {item!r}")

    ids: set[str] = set()
    for q in gold.get("quotes", []):
        qid = q.get("id", "?")
        if qid in ids:
            err(f"duplicate quote id {qid}")
        ids.add(qid)
        if q.get("kind") not in QUOTE_KINDS:
            err(f"{qid}: kind {q.get('kind')!r}")
        if q.get("speaker_kind") not in SPEAKER_KINDS:
            err(f"{qid}: speaker_kind {q.get('speaker_kind')!r}")
        if not q.get("speaker"):
            err(f"{qid}: no speaker")
        sub(q.get("text"), f"{qid} text")
        t = q.get("text") or ""
        opened = any(m in t[:-1] for m in '«“"')
        if t[:1] in '–-—«“"' or (t[-1:] in '»”"' and not opened):
            err(f"{qid}: text keeps a quote mark or dash: {t!r}")
        if "speaker_evidence" in q:
            sub(_evidence_core(q["speaker_evidence"]), f"{qid} speaker_evidence")
        if "hedge" in q:
            sub(q["hedge"], f"{qid} hedge")

    for i, a in enumerate(gold.get("attributions", [])):
        where = f"attribution {i} ({a.get('source')})"
        if a.get("relation") not in RELATIONS:
            err(f"{where}: relation {a.get('relation')!r}")
        for key in ("source", "object"):
            if not a.get(key):
                err(f"{where}: no {key}")
        sub(a.get("evidence"), f"{where} evidence")

    for i, h in enumerate(gold.get("hedged", [])):
        where = f"hedge {i}"
        sub(h.get("text"), f"{where} text")
        sub(h.get("cue"), f"{where} cue")
        if h.get("cue") and h.get("text") and h["cue"] not in h["text"]:
            err(f"{where}: cue {h['cue']!r} not inside its text")
        if h.get("meaning") not in MEANINGS:
            err(f"{where}: meaning {h.get('meaning')!r}")

    for i, f in enumerate(gold.get("figures", [])):
        where = f"figure {i}"
        if not isinstance(f.get("value"), (int, float)) or isinstance(f.get("value"), bool):
            err(f"{where}: value not a number: {f.get('value')!r}")
        if "value_max" in f and not isinstance(f["value_max"], (int, float)):
            err(f"{where}: value_max not a number")
        if f.get("bound", "exact") not in BOUNDS:
            err(f"{where}: bound {f.get('bound')!r}")
        if "source" not in f:
            err(f"{where}: no source key (use null)")
        if "text" in f:
            sub(f["text"], f"{where} text")

    for e in gold.get("entities", []):
        sub(e.get("text"), "entity")
        if e.get("type") not in ENTITY_TYPES:
            err(f"entity {e.get('text')!r}: type {e.get('type')!r}")
    for d in gold.get("dates", []):
        sub(d.get("text"), "date")
        if not d.get("resolves_to"):
            err(f"date {d.get('text')!r}: no resolves_to")
    return errs


def gold_files(args: list[str]) -> list[Path]:
    """Gold files named on the command line, or every one below this directory."""
    roots = [Path(a) for a in args] or [Path(__file__).parent]
    found: list[Path] = []
    for root in roots:
        found += [root] if root.is_file() else sorted(root.rglob("*.gold.json"))
    return found


def main(argv: list[str]) -> int:
    files = gold_files(argv)
    problems = [p for f in files for p in check_gold(f)]
    for p in problems:
        print(p)
    print(f"{len(files)} gold files, {len(problems)} problems")
    return 1 if problems or not files else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
