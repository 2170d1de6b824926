"""The speaker filters' index: every folded name of every stored speaker, one row each.

``?speaker=Zelenskyj`` finds the speakers that go by that name in any case or accents, among
all their names (``names_key``, ``|volodymyr zelenskyj|zelenskyj|``). Matched with
``LIKE '%|zelenskyj|%'`` that read every speaker row of the store: 0.9 s for
``/api/documents?speaker=`` and 5.4 s for ``/api/quotes?speaker=`` at 53,500 documents. Here each
name is a key of its own, written in the transaction that stores a document and removed with it,
so a filter is one index lookup; the answers are the same (a name equal to the speaker's in any
case has the same folded key, and ``names_key`` always holds the speaker's own name)."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from sqlalchemy import Connection, Select, delete, insert, select
from sqlalchemy.orm import Session

from .keys import split_names_key
from .models import SpeakerNameRow


def name_rows(speakers: Iterable[dict[str, Any]]) -> list[dict[str, str]]:
    """The index rows of one document's speaker rows (``document_id``, ``name``, ``names_key``),
    each ``(key, document, name)`` once."""
    seen: set[tuple[str, str, str]] = set()
    for speaker in speakers:
        for key in split_names_key(speaker.get("names_key")):
            seen.add((key, speaker["document_id"], speaker["name"]))
    return [{"key": key, "document_id": doc, "name": name} for key, doc, name in sorted(seen)]


def add_document(conn: Connection | Session, speakers: list[dict[str, Any]]) -> None:
    """Index the names of a document's speakers, from its speaker rows as they are inserted."""
    rows = name_rows(speakers)
    if rows:
        conn.execute(insert(SpeakerNameRow), rows)


def remove_document(conn: Connection | Session, doc_id: str) -> None:
    conn.execute(delete(SpeakerNameRow).where(SpeakerNameRow.document_id == doc_id))


def documents_named(key: str) -> Select:
    """Ids of the documents with a speaker known by the folded name ``key``."""
    return select(SpeakerNameRow.document_id).where(SpeakerNameRow.key == key)


def speakers_named(key: str) -> Select:
    """``(document_id, name)`` of the speakers known by the folded name ``key``."""
    return select(SpeakerNameRow.document_id, SpeakerNameRow.name).where(SpeakerNameRow.key == key)
