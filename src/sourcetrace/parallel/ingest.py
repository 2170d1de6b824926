"""One ingest run: stream the inputs, claim what needs reading, let a reader read it in batches,
write every result from this process in input order.

Safe beside other runs on the same store (SQLite or PostgreSQL): a document is claimed before it
is read (:mod:`sourcetrace.store.claims`), so two runs never spend the analysis on the same text,
and written with an idempotent insert, so the same text is stored once and no run aborts. A run
killed at any moment leaves whole documents only and holds no claims (the operating system or
the server drops them), so running it again resumes where it stopped.
"""

from __future__ import annotations

from collections import Counter, deque
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from . import Batch, Outcome, Reader, ReaderError, ReadOptions

if TYPE_CHECKING:
    import numpy as np

    from ..ingest import IngestFailure, SourceDoc
    from ..store import Store

# what a run reports per document: stored new, re-read, already there, being read by another
# run, or failed
STATUSES = ("created", "updated", "exists", "busy", "failed")


@dataclass
class Event:
    """Told to the caller for every input document, in input order."""

    status: str  # one of STATUSES
    origin: str
    doc_id: str | None = None
    message: str | None = None
    #: the stored document's claim vectors by text, when the reader embedded them
    vectors: dict[str, np.ndarray] | None = None


@dataclass
class _Admitted:
    doc: SourceDoc
    doc_id: str
    replace: bool


def ingest_stream(
    store: Store,
    items: Iterable[SourceDoc | IngestFailure],
    reader: Reader,
    options: ReadOptions,
    reanalyse: bool = False,
    fix: Callable[[SourceDoc], None] | None = None,
    on_event: Callable[[Event], None] | None = None,
) -> Counter[str]:
    """Ingest every item through ``reader``; returns the counts by status.

    Raises :class:`ReaderError` when the reader itself fails (a worker pool broke); what was
    written until then stays written."""
    from ..analysis import PIPELINE_VERSION
    from ..ingest import IngestFailure
    from ..store.claims import open_claims
    from ..store.keys import body_hash
    from ..store.repo import content_id

    counts: Counter[str] = Counter()
    claims = open_claims(store.engine)
    window: deque[tuple[list[_Admitted], Any]] = deque()
    pending: set[str] = set()  # claimed by this run and not yet written
    pending_bodies: dict[str, str] = {}  # body hash -> id, for copies in other formats
    later_origins: list[tuple[str, str, str | None, str | None]] = []  # added once written
    batch: list[_Admitted] = []

    def tell(event: Event) -> None:
        counts[event.status] += 1
        if on_event is not None:
            on_event(event)

    def write(admitted: list[_Admitted], future: Any) -> None:
        try:
            outcomes: list[Outcome] = future.result()
        except ReaderError:
            raise
        except Exception as exc:  # noqa: BLE001 - a pool or cluster failure fails this batch
            from concurrent.futures.process import BrokenProcessPool

            if isinstance(exc, BrokenProcessPool):
                raise ReaderError(
                    "a reading process died; what was read is stored, run again to resume"
                ) from None
            reason = f"{type(exc).__name__}: {exc}".strip()
            outcomes = [
                Outcome(doc_id=a.doc_id, origin=a.doc.origin, error=f"not read: {reason}")
                for a in admitted
            ]
        # one transaction for the batch's readings: whole documents only, one commit
        readable = [
            (outcome.rows, entry.replace)
            for entry, outcome in zip(admitted, outcomes, strict=True)
            if outcome.error is None and outcome.rows is not None
        ]
        try:
            statuses = iter(store.save_batch(readable) if readable else [])
        finally:
            for entry in admitted:
                pending.discard(entry.doc_id)
                claims.release(entry.doc_id)
        for entry, outcome in zip(admitted, outcomes, strict=True):
            if outcome.error is not None or outcome.rows is None:
                tell(Event("failed", entry.doc.origin, entry.doc_id, outcome.error))
            else:
                tell(Event(next(statuses), entry.doc.origin, entry.doc_id, vectors=outcome.vectors))

    def submit() -> None:
        nonlocal batch
        if not batch:
            return
        window.append((batch, reader.submit(Batch([a.doc for a in batch]), options)))
        batch = []
        while len(window) >= reader.in_flight:
            write(*window.popleft())

    try:
        for item in items:
            if isinstance(item, IngestFailure):
                tell(Event("failed", item.origin, message=item.message))
                continue
            if fix is not None:
                fix(item)
            doc_id = content_id(item.text)
            if doc_id in pending:  # the same text twice in this run: read once
                tell(Event("exists", item.origin, doc_id))
                continue
            if not claims.claim(doc_id):
                tell(Event("busy", item.origin, doc_id))
                continue
            stored = store.stored_version(doc_id)
            if stored is not None and (not reanalyse or stored == PIPELINE_VERSION):
                claims.release(doc_id)
                if item.origin != store.origin_of(doc_id):
                    store.add_origin(doc_id, item.origin, item.url, item.title)
                tell(Event("exists", item.origin, doc_id))
                continue
            # the same article from another file or format (a .txt and an .html copy): one
            # document with both origins, whether stored before or read earlier in this run
            body = body_hash(item.text)
            same = pending_bodies.get(body) if stored is None else None
            if same is None and stored is None:
                same = store.same_article(item.text, item.url)
            if same is not None:
                claims.release(doc_id)
                later_origins.append((same, item.origin, item.url, item.title))
                tell(Event("exists", item.origin, same))
                continue
            pending_bodies[body] = doc_id
            pending.add(doc_id)
            batch.append(_Admitted(item, doc_id, replace=stored is not None))
            if len(batch) >= reader.batch_size:
                submit()
        submit()
        while window:
            write(*window.popleft())
        for same, origin, url, title in later_origins:
            store.add_origin(same, origin, url, title)
    finally:
        claims.close()
    return counts
