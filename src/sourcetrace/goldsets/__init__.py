"""Real news as gold sets: documents read from the open corpora in ``../shared/data``, with our
annotations stored in the project as offsets, ids and labels only.

The repository never holds the corpora's sentences. A reader here renders one document of a
corpus (NARC, NDT, GUM) into running text the same way every time; an annotation file names the
corpus and document and points into that text by character offsets. At evaluation time the two
are joined into the gold dictionary :mod:`sourcetrace.evaluate` scores.

Each corpus module registers its reader in :data:`READERS` (one module per corpus).
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path


class GoldSetError(Exception):
    """A corpus, document or annotation that cannot be read; the message says which and why."""


@dataclass
class RealDoc:
    """One corpus document rendered as running text, paragraphs separated by blank lines."""

    corpus: str
    doc_id: str
    language: str
    text: str
    #: ``(start, end)`` of every paragraph, in order
    paragraphs: list[tuple[int, int]]
    #: indexes into ``paragraphs`` of headlines and crossheads
    headings: list[int] = field(default_factory=list)
    published: dt.date | None = None
    #: the corpus's own mention ids (coreference markables) and their ranges in ``text``
    mentions: dict[str, tuple[int, int]] = field(default_factory=dict)
    #: coreference chains: sets of mention ids that refer to one entity
    chains: list[frozenset[str]] = field(default_factory=list)
    #: the outlet that published it, as its page metadata would say (from the corpus's ids)
    source: str | None = None

    def paragraph_text(self, index: int) -> str:
        start, end = self.paragraphs[index]
        return self.text[start:end]


class _Builder:
    """Collects paragraphs into one text with blank lines between them."""

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.length = 0
        self.paragraphs: list[tuple[int, int]] = []
        self.headings: list[int] = []

    def add(self, paragraph: str, heading: bool = False) -> int:
        """Append a paragraph; return its start offset in the document text."""
        if self.parts:
            self.parts.append("\n\n")
            self.length += 2
        start = self.length
        self.parts.append(paragraph)
        self.length += len(paragraph)
        if heading:
            self.headings.append(len(self.paragraphs))
        self.paragraphs.append((start, self.length))
        return start

    def text(self) -> str:
        return "".join(self.parts)


#: annotated set -> the corpus its documents come from
SETS = {"nb-narc": "narc", "nn-ndt": "ndt", "en-gum": "gum", "nb-narc-2": "narc", "nb-narc-3": "narc", "nb-narc-4": "narc", "en-ewt": "ewt", "uk-iu": "iu"}


def file_name(doc_id: str) -> str:
    """The annotation file's name for a document id (ids may hold ``/`` and ``#``)."""
    return doc_id.replace("/", "__").replace("#", "@")


Reader = Callable[[str, Path], RealDoc]
#: corpus name -> function(doc_id, data_dir) rendering that document
READERS: dict[str, Reader] = {}
#: corpus name -> function(data_dir) listing its document ids
LISTERS: dict[str, Callable[[Path], list[str]]] = {}


def register(name: str, lister: Callable[[Path], list[str]]) -> Callable[[Reader], Reader]:
    def deco(reader: Reader) -> Reader:
        READERS[name] = reader
        LISTERS[name] = lister
        return reader

    return deco


def shared_data_dir(explicit: str | os.PathLike[str] | None = None) -> Path | None:
    """Where ``shared/data`` is: the explicit path, ``$SOURCETRACE_SHARED``, or ``../shared``
    beside the project checkout or the working directory. ``None`` when none exists."""
    candidates: list[Path] = []
    if explicit:
        candidates.append(Path(explicit))
    if os.environ.get("SOURCETRACE_SHARED"):
        candidates.append(Path(os.environ["SOURCETRACE_SHARED"]))
    project = Path(__file__).resolve().parents[3]
    candidates += [project.parent / "shared", Path.cwd().parent / "shared", Path.cwd() / "shared"]
    for base in candidates:
        data = base if base.name == "data" else base / "data"
        if data.is_dir():
            return data
    return None


def load_document(corpus: str, doc_id: str, data_dir: Path) -> RealDoc:
    _load_readers()
    try:
        reader = READERS[corpus]
    except KeyError:
        raise GoldSetError(f"unknown corpus {corpus!r} (known: {', '.join(sorted(READERS))})") from None
    return reader(doc_id, data_dir)


def list_documents(corpus: str, data_dir: Path) -> list[str]:
    _load_readers()
    return LISTERS[corpus](data_dir)


def _load_readers() -> None:
    from . import ewt, gum, iu, narc, ndt  # noqa: F401  (each registers itself)
