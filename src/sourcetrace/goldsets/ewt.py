"""The English Web Treebank's weblogs and newsgroup posts (UD English EWT, dev and test files):
CoNLL-U with the sentence text and paragraph marks (``# newpar id = …``), several documents
per file (``# newdoc id = …``). Many of them retell the news of 2003–2006 (the Iraq war, US
politics) with their sources named ("Xinhua reports that …"), the chains sourcetrace reads.

Only the dev and test files are read: the shipped English pipeline was trained on EWT's train
file, so its documents would be read by a model that has seen their syntax. A document id is
the treebank's own ``newdoc`` id; sentences of one paragraph are joined by a space. The corpus
has no headings and no coreference; the date and the site come from the id."""

from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache
from pathlib import Path

from . import GoldSetError, RealDoc, _Builder, register

_FOLDER = "ud-english-ewt"
_FILES = ("en_ewt-ud-dev.conllu", "en_ewt-ud-test.conllu")
#: the genres that carry reported speech about public events (not reviews, e-mail or answers)
_GENRES = ("weblog-", "newsgroup-")
_DATE = re.compile(r"_ENG_(\d{8})_")


@lru_cache(maxsize=2)
def _documents(data_dir: Path) -> dict[str, list[tuple[bool, str]]]:
    """Every weblog and newsgroup document of the dev and test files: its lines as
    (opens a paragraph, sentence text), in order."""
    documents: dict[str, list[tuple[bool, str]]] = {}
    for name in _FILES:
        path = data_dir / _FOLDER / name
        if not path.is_file():
            raise GoldSetError(f"EWT file {name} not found in {path.parent}")
        current: list[tuple[bool, str]] | None = None
        new_paragraph = False
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.startswith("# newdoc id = "):
                doc_id = line.split("= ", 1)[1].strip()
                current = documents.setdefault(doc_id, []) if doc_id.startswith(_GENRES) else None
                new_paragraph = True
            elif line.startswith("# newpar"):
                new_paragraph = True
            elif line.startswith("# text = ") and current is not None:
                current.append((new_paragraph or not current, line[len("# text = "):]))
                new_paragraph = False
    return documents


def _list(data_dir: Path) -> list[str]:
    return sorted(_documents(data_dir))


def _site(doc_id: str) -> str:
    """The site the id names: "juancole.com", "blogspot.com/tacitusproject",
    "groups.google.com/hiddennook"."""
    parts = doc_id.split("-", 1)[1].split("_")
    return parts[0] if parts[0] == parts[1] + ".com" else f"{parts[0]}/{parts[1]}"


@register("ewt", _list)
def read(doc_id: str, data_dir: Path) -> RealDoc:
    documents = _documents(data_dir)
    if doc_id not in documents:
        raise GoldSetError(f"EWT document {doc_id!r} is not a weblog or newsgroup document of {_FILES}")
    paragraphs: list[list[str]] = []
    for opens, sentence in documents[doc_id]:
        if opens or not paragraphs:
            paragraphs.append([])
        paragraphs[-1].append(sentence)
    builder = _Builder()
    for sentences in paragraphs:
        builder.add(" ".join(sentences))
    date = _DATE.search(doc_id)
    published = dt.date(int(date[1][:4]), int(date[1][4:6]), int(date[1][6:])) if date else None
    return RealDoc(
        corpus="ewt", doc_id=doc_id, language="en", text=builder.text(),
        paragraphs=builder.paragraphs, published=published, source=_site(doc_id),
    )
