"""From a source document to stored rows: skip what is stored already (same content hash), analyse
the rest, write each in its own transaction."""

from __future__ import annotations

from dataclasses import dataclass

from ..ingest import SourceDoc
from .repo import Status, Store, content_id


@dataclass
class IngestResult:
    id: str
    status: Status  # created | updated | exists


def ingest_source(
    store: Store,
    source: SourceDoc,
    lang: str | None = None,
    model: str | None = None,
    reanalyse: bool = False,
) -> IngestResult:
    """Analyse and store one document. Same text already stored: a no-op ("exists"), unless
    ``reanalyse`` and it was stored by another pipeline version. Raises ``InputError``."""
    from ..analysis import PIPELINE_VERSION, analyze

    doc_id = content_id(source.text)
    stored = store.stored_version(doc_id)
    if stored is not None and (not reanalyse or stored == PIPELINE_VERSION):
        return IngestResult(doc_id, "exists")
    reading = analyze(source, lang=lang, model=model)
    # stored meanwhile by another writer (same text posted twice at once): "exists", no abort
    status = store.save(reading, replace=stored is not None)
    return IngestResult(reading.document.id, status)
