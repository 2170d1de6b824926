"""Dump the JSON reading of every evaluation document, and compare two dumps byte for byte.

A speed change must not change a single reading. This reads every document of
``evaluation/real`` (dev and test; texts rendered from ``../shared/data``), ``evaluation/written``
(ru, uk) and ``tests/cases`` with the rules only (``--model blank``) and with the shipped
pipeline, writes each reading as JSON (``MODEL--SET-NAME.json``) and the detected language of
every text (``langid.json``) into a folder, and tells which files differ from an earlier dump.

Run before a change, then after it::

    PYTHONPATH=src python3 benchmarks/reading_dump.py dump /tmp/before
    PYTHONPATH=src python3 benchmarks/reading_dump.py check /tmp/before   # dumps again, compares

``check`` exits 1 when any file differs or is missing on one side.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

#: model names as the reading takes them (``None``: the shipped pipeline)
MODELS = {"blank": "blank", "default": None}


def documents() -> Iterator[tuple[str, object, str]]:
    """``(name, SourceDoc, language)`` of every document the dump reads, in a fixed order."""
    from sourcetrace.goldsets import load_document, shared_data_dir
    from sourcetrace.ingest import SourceDoc

    data = shared_data_dir()
    if data is None:
        raise SystemExit("evaluation/real needs ../shared/data (set SOURCETRACE_SHARED)")
    for path in sorted((ROOT / "evaluation" / "real").glob("*/*.json")):
        stored = json.loads(path.read_text(encoding="utf-8"))
        doc = load_document(stored["corpus"], stored["doc"], data)
        source = SourceDoc(
            text=doc.text, origin=f"{doc.corpus}:{doc.doc_id}", published=doc.published, source=doc.source
        )
        yield f"real-{path.parent.name}-{path.stem}", source, doc.language
    for code in ("ru", "uk"):
        for path in sorted((ROOT / "evaluation" / "written" / code).glob("*.txt")):
            yield f"written-{code}-{path.stem}", SourceDoc(text=path.read_text(encoding="utf-8"), origin=path.name), code
    for path in sorted((ROOT / "tests" / "cases").glob("*/*.txt")):
        code = path.parent.name.rstrip("0123456789")  # en2 holds English cases, nb2 Bokmål ones
        yield f"cases-{path.parent.name}-{path.stem}", SourceDoc(text=path.read_text(encoding="utf-8"), origin=path.name), code


def dump(out: Path, models: list[str]) -> int:
    """Write the readings into ``out``; returns the number of documents."""
    from sourcetrace import langid
    from sourcetrace.analysis import analyze

    out.mkdir(parents=True, exist_ok=True)
    docs = list(documents())
    detected = {name: langid.detect(source.text) for name, source, _ in docs}
    (out / "langid.json").write_text(json.dumps(detected, indent=1, sort_keys=True), encoding="utf-8")
    for model in models:
        for name, source, code in docs:
            reading = analyze(source, lang=code, model=MODELS[model])
            (out / f"{model}--{name}.json").write_text(reading.model_dump_json(indent=1), encoding="utf-8")
    return len(docs)


def compare(before: Path, after: Path) -> list[str]:
    """The file names that differ between two dumps, or exist in only one of them."""
    names = {p.name for p in before.glob("*.json")} | {p.name for p in after.glob("*.json")}
    differing = []
    for name in sorted(names):
        old, new = before / name, after / name
        if not old.exists() or not new.exists() or old.read_bytes() != new.read_bytes():
            differing.append(name)
    return differing


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = parser.add_subparsers(dest="command", required=True)
    for command, help_text in (("dump", "write the readings into FOLDER"), ("check", "dump again and compare with FOLDER")):
        one = sub.add_parser(command, help=help_text)
        one.add_argument("folder", type=Path)
        one.add_argument("--model", nargs="+", choices=sorted(MODELS), default=sorted(MODELS))
        if command == "check":
            one.add_argument("--keep", type=Path, help="write the new dump here instead of a temporary folder")
    args = parser.parse_args(argv)
    if args.command == "dump":
        count = dump(args.folder, args.model)
        print(f"{count} documents x {len(args.model)} models written to {args.folder}")
        return 0
    if not args.folder.is_dir():
        raise SystemExit(f"{args.folder}: no such dump (make one with: reading_dump.py dump {args.folder})")
    with tempfile.TemporaryDirectory(prefix="reading-dump-") as scratch:
        after = args.keep or Path(scratch)
        dump(after, args.model)
        prefixes = tuple(f"{model}--" for model in args.model)
        differing = [name for name in compare(args.folder, after) if name == "langid.json" or name.startswith(prefixes)]
        compared = len({p.name for p in after.glob("*.json")})
    for name in differing:
        print(f"DIFFERS {name}")
    print(f"compared {compared} files, {len(differing)} differ")
    return 1 if differing else 0


if __name__ == "__main__":
    sys.exit(main())
