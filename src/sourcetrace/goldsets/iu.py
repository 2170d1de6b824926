"""UD Ukrainian IU (dev and test files): real Ukrainian text — news, official statements, blogs,
fiction, legal acts — as CoNLL-U with the sentence text, paragraph marks (``# newpar id = …``),
the document's title (``# doc_title``, before its ``# newdoc``) and, for most, the page it came
from (``# source = URL``). Several documents share a file.

The treebank samples its documents: sentences are left out between the kept ones, marked by
``# annotation_gap``. A gap starts a new paragraph here, so no paragraph joins sentences that
did not stand together. A title is the document's headline (a heading paragraph) unless the
treebank made it up (written in square brackets). The date and the outlet come from the source
URL ("pravda.com.ua/news/2017/03/2/…"). The corpus has no coreference.

Licence CC BY-NC-SA 4.0 (see ``../shared/data/README.md``): used for evaluation only; the
project stores offsets and labels, never its sentences."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from urllib.parse import urlparse

from . import GoldSetError, RealDoc, _Builder, register

_FOLDER = "ud-ukrainian-iu"
_FILES = ("uk_iu-ud-dev.conllu", "uk_iu-ud-test.conllu")
#: a date in a news URL's path: /2017/03/2/ or /2017/03/02/
_URL_DATE = re.compile(r"/((?:19|20)\d\d)/(\d{1,2})/(\d{1,2})(?:/|$)")


@dataclass
class _Document:
    title: str | None
    url: str | None = None
    #: (opens a paragraph, sentence text), in order
    lines: list[tuple[bool, str]] = field(default_factory=list)


@lru_cache(maxsize=2)
def _documents(data_dir: Path) -> dict[str, _Document]:
    """Every document of the dev and test files, by the treebank's ``newdoc`` id."""
    documents: dict[str, _Document] = {}
    for name in _FILES:
        path = data_dir / _FOLDER / name
        if not path.is_file():
            raise GoldSetError(f"UD Ukrainian IU file {name} not found in {path.parent}")
        title: str | None = None
        current: _Document | None = None
        new_paragraph = False
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.startswith("# doc_title = "):
                title = line.split("= ", 1)[1].strip()
            elif line.startswith("# newdoc id = "):
                current = documents.setdefault(line.split("= ", 1)[1].strip(), _Document(title))
                title = None
                new_paragraph = True
            elif line.startswith("# source = ") and current is not None and current.url is None:
                current.url = line.split("= ", 1)[1].strip()
            elif line.startswith(("# newpar", "# annotation_gap")):
                new_paragraph = True
            elif line.startswith("# text = ") and current is not None:
                current.lines.append((new_paragraph or not current.lines, line[len("# text = "):]))
                new_paragraph = False
    return documents


def _list(data_dir: Path) -> list[str]:
    return sorted(_documents(data_dir))


def _published(url: str | None) -> dt.date | None:
    found = _URL_DATE.search(urlparse(url).path) if url else None
    if not found:
        return None
    try:
        return dt.date(int(found[1]), int(found[2]), int(found[3]))
    except ValueError:
        return None


def _outlet(url: str | None) -> str | None:
    host = urlparse(url).netloc if url else ""
    return host.removeprefix("www.") or None


def _same(title: str, sentence: str) -> bool:
    """A title the text repeats as its first sentence is not a second headline."""
    return re.sub(r"\W+", "", title).lower() == re.sub(r"\W+", "", sentence).lower()


@register("iu", _list)
def read(doc_id: str, data_dir: Path) -> RealDoc:
    documents = _documents(data_dir)
    if doc_id not in documents:
        raise GoldSetError(f"UD Ukrainian IU has no document {doc_id!r} in {_FILES}")
    document = documents[doc_id]
    builder = _Builder()
    first = document.lines[0][1] if document.lines else ""
    if document.title and not document.title.startswith("[") and not _same(document.title, first):
        builder.add(document.title, heading=True)
    paragraphs: list[list[str]] = []
    for opens, sentence in document.lines:
        if opens or not paragraphs:
            paragraphs.append([])
        paragraphs[-1].append(sentence)
    for sentences in paragraphs:
        builder.add(" ".join(sentences))
    return RealDoc(
        corpus="iu", doc_id=doc_id, language="uk", text=builder.text(),
        paragraphs=builder.paragraphs, headings=builder.headings,
        published=_published(document.url), source=_outlet(document.url),
    )
