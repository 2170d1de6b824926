"""GUM's Wikinews documents (news and interviews): CoNLL-U with the sentence text, paragraph
marks (``# newpar``), headings (``newpar_block = head``) and coreference (``Entity=`` in MISC).
Sentences of one paragraph are joined by a space, as the article printed them."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

from . import GoldSetError, RealDoc, _Builder, register

_FOLDER = "gum-wikinews"
_ENTITY = re.compile(r"Entity=([^|]+)")


def _list(data_dir: Path) -> list[str]:
    return sorted(path.stem for path in (data_dir / _FOLDER).glob("GUM_*.conllu"))


@register("gum", _list)
def read(doc_id: str, data_dir: Path) -> RealDoc:
    path = data_dir / _FOLDER / f"{doc_id}.conllu"
    if not path.is_file():
        raise GoldSetError(f"GUM document {doc_id!r} not found in {path.parent}")
    paragraphs: list[tuple[bool, list[tuple[str, list[tuple[str, str]]]]]] = []
    published: dt.date | None = None
    heading_next = False
    sentence_text = ""
    tokens: list[tuple[str, str]] = []
    skip_until = 0
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("# meta::dateCreated = "):
            try:
                published = dt.date.fromisoformat(line.split("= ", 1)[1].strip()[:10])
            except ValueError:
                published = None
        elif line.startswith("# newpar_block") or line == "# newpar":
            if line == "# newpar" or not paragraphs or paragraphs[-1][1]:
                heading_next = "head" in line
                paragraphs.append((heading_next, []))
            else:
                paragraphs[-1] = ("= head" in line, [])
        elif line.startswith("# text = "):
            sentence_text = line[len("# text = "):]
            tokens = []
        elif line and line[0].isdigit():
            columns = line.split("\t")
            if "-" in columns[0]:  # a multiword token: its parts are not in the text
                first, last = columns[0].split("-")
                skip_until = int(last)
                tokens.append((columns[1], columns[9]))
                continue
            if "." in columns[0] or int(columns[0]) <= skip_until:
                continue
            tokens.append((columns[1], columns[9]))
        elif not line and sentence_text:
            if not paragraphs:
                paragraphs.append((False, []))
            paragraphs[-1][1].append((sentence_text, tokens))
            sentence_text = ""
    builder = _Builder()
    mentions: dict[str, tuple[int, int]] = {}
    chains: dict[str, set[str]] = {}
    open_mentions: dict[str, list[int]] = {}
    counter = 0
    for heading, sentences in paragraphs:
        if not sentences:
            continue
        base = builder.add(" ".join(text for text, _ in sentences), heading=heading)
        cursor = base
        for text, sentence_tokens in sentences:
            position = 0
            for form, misc in sentence_tokens:
                found = text.find(form, position)
                if found < 0:
                    raise GoldSetError(f"GUM {doc_id}: token {form!r} not in its sentence")
                start, end = cursor + found, cursor + found + len(form)
                position = found + len(form)
                entity = _ENTITY.search(misc)
                if entity:
                    for opened, closed in _brackets(entity.group(1)):
                        if opened:
                            open_mentions.setdefault(opened, []).append(start)
                        if closed and open_mentions.get(closed):
                            counter += 1
                            mention = f"m{counter}"
                            mentions[mention] = (open_mentions[closed].pop(), end)
                            chains.setdefault(closed, set()).add(mention)
            cursor += len(text) + 1
    return RealDoc(
        corpus="gum", doc_id=doc_id, language="en", text=builder.text(),
        paragraphs=builder.paragraphs, headings=builder.headings, published=published,
        mentions=mentions, chains=[frozenset(group) for group in chains.values() if len(group) > 1],
        source="Wikinews",
    )


def _brackets(value: str) -> list[tuple[str | None, str | None]]:
    """``(1-person-…(2-org-…)`` and ``1)`` as (opened id, closed id) events, in order."""
    events: list[tuple[str | None, str | None]] = []
    position = 0
    while position < len(value):
        if value[position] == "(":
            match = re.match(r"\((\d+)[^()]*(\))?", value[position:])
            if not match:
                break
            entity = match.group(1)
            events.append((entity, entity if match.group(2) else None))
            position += match.end()
        else:
            match = re.match(r"(\d+)\)", value[position:])
            if not match:
                position += 1
                continue
            events.append((None, match.group(1)))
            position += match.end()
    return events
