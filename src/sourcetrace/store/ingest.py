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
    ``reanalyse`` and it was stored by another pipeline version; the same article in another
    format (same words) is not stored again, its origin is added to the stored one
    ("exists"). Raises ``InputError``."""
    from ..analysis import PIPELINE_VERSION, analyze

    doc_id = content_id(source.text)
    stored = store.stored_version(doc_id)
    if stored is None:
        # the same article from another file or format: one document, both origins
        same = store.same_article(source.text, source.url)
        if same is not None:
            store.add_origin(same, source.origin, source.url, source.title)
            return IngestResult(same, "exists")
    elif not reanalyse or stored == PIPELINE_VERSION:
        if source.origin != store.origin_of(doc_id):
            store.add_origin(doc_id, source.origin, source.url, source.title)
        return IngestResult(doc_id, "exists")
    reading = analyze(source, lang=lang, model=model)
    # stored meanwhile by another writer (same text posted twice at once): "exists", no abort
    status = store.save(reading, replace=stored is not None)
    return IngestResult(reading.document.id, status)
