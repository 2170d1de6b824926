"""NARC (Norwegian Anaphora Resolution Corpus): whole Bokmål newspaper documents, one tokenised
sentence a line, with brat coreference (``.ann``). Each sentence becomes a paragraph (the corpus
keeps no paragraph breaks); a line ending in ``|`` is a headline or crosshead."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

from . import GoldSetError, RealDoc, _Builder, register
from ._detok import detokenise

_FOLDER = "narc-bokmaal"
#: the outlet each file-name prefix stands for (NDT's documentation of its sources)
OUTLETS = {
    "ap": "Aftenposten", "db": "Dagbladet", "dba": "Dagbladet", "dbb": "Dagbladet",
    "bt": "Bergens Tidende", "vg": "VG", "kk": "Klassekampen", "spbm": "Sunnmørsposten",
}
_PREFIX = re.compile(r"^bokmaal_([a-z]+)")
_DATE_IN_NAME = re.compile(r"[_~-](?:[A-Za-z]+-)?((?:19|20)\d{6})-")


def _list(data_dir: Path) -> list[str]:
    return sorted(path.stem for path in (data_dir / _FOLDER).glob("*.txt"))


@register("narc", _list)
def read(doc_id: str, data_dir: Path) -> RealDoc:
    path = data_dir / _FOLDER / f"{doc_id}.txt"
    if not path.is_file():
        raise GoldSetError(f"NARC document {doc_id!r} not found in {path.parent}")
    raw = path.read_text(encoding="utf-8")
    builder = _Builder()
    token_start: dict[int, int] = {}  # tokenised offset -> rendered offset
    token_end: dict[int, int] = {}
    offset = 0
    for line in raw.split("\n"):
        tokens = line.split(" ") if line.strip() else []
        heading = bool(tokens) and tokens[-1] == "|"
        shown = tokens[:-1] if heading else tokens
        if shown:
            sentence, spans = detokenise(shown)
            base = builder.add(sentence, heading=heading)
            cursor = offset
            for token, (start, end) in zip(shown, spans, strict=True):
                token_start[cursor] = base + start
                token_end[cursor + len(token)] = base + end
                cursor += len(token) + 1
        offset += len(line) + 1
    mentions, chains = _coreference(path.with_suffix(".ann"), token_start, token_end)
    found = _DATE_IN_NAME.search(doc_id)
    published = None
    if found:
        try:
            published = dt.datetime.strptime(found.group(1), "%Y%m%d").date()
        except ValueError:
            published = None
    prefix = _PREFIX.match(doc_id)
    return RealDoc(
        corpus="narc", doc_id=doc_id, language="nb", text=builder.text(),
        paragraphs=builder.paragraphs, headings=builder.headings, published=published,
        mentions=mentions, chains=chains, source=OUTLETS.get(prefix.group(1)) if prefix else None,
    )


def _coreference(
    path: Path, token_start: dict[int, int], token_end: dict[int, int]
) -> tuple[dict[str, tuple[int, int]], list[frozenset[str]]]:
    """Markables and the chains their ``Coref`` links form (union-find over the links)."""
    mentions: dict[str, tuple[int, int]] = {}
    parent: dict[str, str] = {}

    def root(mention: str) -> str:
        while parent.get(mention, mention) != mention:
            mention = parent[mention]
        return mention

    if not path.is_file():
        return mentions, []
    for line in path.read_text(encoding="utf-8").splitlines():
        fields = line.split("\t")
        if len(fields) < 2:
            continue
        kind = fields[1].split(" ")
        if fields[0].startswith("T") and kind[0] == "Markable" and len(kind) == 3:
            start, end = token_start.get(int(kind[1])), token_end.get(int(kind[2]))
            if start is not None and end is not None:
                mentions[fields[0]] = (start, end)
        elif fields[0].startswith("R") and kind[0] == "Coref" and len(kind) == 3:
            first, second = kind[1].removeprefix("Arg1:"), kind[2].removeprefix("Arg2:")
            parent.setdefault(first, first)
            parent.setdefault(second, second)
            parent[root(first)] = root(second)
    groups: dict[str, set[str]] = {}
    for mention in parent:
        if mention in mentions:
            groups.setdefault(root(mention), set()).add(mention)
    return mentions, [frozenset(group) for group in groups.values() if len(group) > 1]
