"""``python -m sourcetrace.goldsets``: tools for annotators.

- ``show CORPUS DOC``: the rendered document with numbered paragraphs, as annotators see it;
- ``convert SET DOC DRAFT.json``: check a draft (exact strings and paragraph numbers) and write
  the stored form (offsets and labels only) to ``evaluation/real/SET/``, with the split that
  ``evaluation/real/selection.json`` gives the document;
- ``gold FILE``: print the gold dictionary an annotation file gives (for checking by eye).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from . import SETS, GoldSetError, file_name, load_document, shared_data_dir
from .annotations import from_draft, to_gold


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m sourcetrace.goldsets")
    parser.add_argument("--shared", help="the shared folder (default: ../shared)")
    commands = parser.add_subparsers(dest="command", required=True)
    show = commands.add_parser("show")
    show.add_argument("corpus")
    show.add_argument("doc")
    convert = commands.add_parser("convert")
    convert.add_argument("set", choices=sorted(SETS))
    convert.add_argument("doc")
    convert.add_argument("draft", type=Path)
    convert.add_argument("--root", type=Path, default=Path("evaluation/real"))
    gold = commands.add_parser("gold")
    gold.add_argument("file", type=Path)
    args = parser.parse_args(argv)
    data_dir = shared_data_dir(args.shared)
    if data_dir is None:
        print("error: ../shared/data not found (give --shared)", file=sys.stderr)
        return 2
    try:
        if args.command == "show":
            doc = load_document(args.corpus, args.doc, data_dir)
            heads = set(doc.headings)
            for index in range(len(doc.paragraphs)):
                mark = " (heading)" if index in heads else ""
                print(f"[p{index}]{mark} {doc.paragraph_text(index)}")
        elif args.command == "convert":
            doc = load_document(SETS[args.set], args.doc, data_dir)
            selection = json.loads((args.root / "selection.json").read_text(encoding="utf-8"))
            splits = {item["doc"]: item["split"] for item in selection[args.set]}
            if args.doc not in splits:
                raise GoldSetError(f"{args.doc} is not in the {args.set} selection")
            draft = json.loads(args.draft.read_text(encoding="utf-8"))
            stored = from_draft(doc, draft, splits[args.doc])
            out = args.root / args.set / f"{file_name(args.doc)}.json"
            out.parent.mkdir(parents=True, exist_ok=True)
            out.write_text(json.dumps(stored, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
            print(f"{out}: {len(stored['quotes'])} quotes, {len(stored['attributions'])} "
                  f"attributions, {len(stored['figures'])} figures, {len(stored['hedged'])} hedges")
        else:
            stored = json.loads(args.file.read_text(encoding="utf-8"))
            doc = load_document(stored["corpus"], stored["doc"], data_dir)
            print(json.dumps(to_gold(doc, stored), ensure_ascii=False, indent=1))
    except (GoldSetError, KeyError, ValueError, OSError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
