"""The corpus store: SQLite by default, PostgreSQL by URL, schema kept by Alembic."""

from .engine import DEFAULT_DB, StoreError, make_engine, migrate, normalise_url
from .ingest import IngestResult, ingest_source
from .repo import DocumentFilter, Page, Store, content_id, open_store

__all__ = [
    "DEFAULT_DB",
    "DocumentFilter",
    "IngestResult",
    "Page",
    "Store",
    "StoreError",
    "content_id",
    "ingest_source",
    "make_engine",
    "migrate",
    "normalise_url",
    "open_store",
]
