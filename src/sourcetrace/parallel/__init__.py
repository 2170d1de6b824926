"""Reading many documents on several cores or machines, writing them from one place.

The reading (analysis) is the expensive part and parallel by nature; the store wants one writer
per run. So a run streams its inputs, groups them into small batches (consecutive files, JSON
Lines lines, Telegram messages: each batch is one partition of the input), and hands each batch to a :class:`Reader`. A reader returns, per document,
either the prepared rows of its reading or an error message; the caller writes the results in
input order.

Readers register themselves in :data:`READERS` by name: ``inline`` (this process),
``processes`` (``--workers N``, :mod:`.local`) and ``dask`` (``--scheduler``, :mod:`.cluster`).
Each worker process loads the spaCy pipelines once and keeps them (the loader is cached), so a
batch costs only its reading.
"""

from __future__ import annotations

import importlib
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Protocol

if TYPE_CHECKING:
    import numpy as np

    from ..ingest import IngestFailure, SourceDoc
    from ..model import Reading
    from ..store.repo import ReadingRows


@dataclass
class ReadOptions:
    """How every document of a run is read (the same on every worker)."""

    lang: str | None = None
    model: str | None = None
    as_rows: bool = True  # store rows (ingest) or the Reading itself (analyze)
    #: also embed each document's claims (ingest that links them): the costly part of linking
    #: then runs here, spread over the readers, and the writer only decides the links
    embed_claims: bool = False
    #: the embedding engine's threads in a reading process (one per process when there are
    #: several processes; None: the engine's default, all cores)
    embed_threads: int | None = None


@dataclass
class Outcome:
    """One document's result: ``rows`` (ingest) or ``reading`` (analyze), or ``error``."""

    doc_id: str
    origin: str
    rows: ReadingRows | None = None
    reading: Reading | None = None
    error: str | None = None
    #: the document's claim texts and their vectors (``ReadOptions.embed_claims``)
    vectors: dict[str, np.ndarray] | None = None


@dataclass
class Batch:
    """A partition of the input: consecutive documents, in input order."""

    docs: list[SourceDoc] = field(default_factory=list)


def read_batch(docs: list[SourceDoc], options: ReadOptions) -> list[Outcome]:
    """Read every document of a batch; runs inside a worker. One document's failure is its
    outcome, never the batch's: an adversary's post must not cost the posts around it."""
    from ..analysis import analyze
    from ..ingest import InputError
    from ..store.repo import content_id, reading_rows

    outcomes: list[Outcome] = []
    readings: dict[int, Reading] = {}  # by position, the documents read
    for doc in docs:
        outcome = Outcome(doc_id=content_id(doc.text), origin=doc.origin)
        try:
            reading = analyze(doc, lang=options.lang, model=options.model)
        except InputError as exc:
            outcome.error = str(exc).removeprefix(f"{doc.origin}: ")
        except Exception as exc:  # noqa: BLE001 - an analysis bug fails that document only
            outcome.error = f"analysis failed: {type(exc).__name__}: {exc}"
        else:
            readings[len(outcomes)] = reading
            if options.as_rows:
                outcome.rows = reading_rows(reading)
            else:
                outcome.reading = reading
        outcomes.append(outcome)
    if options.embed_claims:
        _embed_claims(outcomes, readings, options.embed_threads)
    return outcomes


def warm_up(doc: SourceDoc, options: ReadOptions) -> None:
    """Load what reading ``doc`` with ``options`` needs (the language detector, the document's
    pipeline, the claim embedder) by reading it once and embedding a word, keeping nothing:
    a process that forks its readers after this gives each of them the models in memory, and
    spends on the warm-up one document's reading, not a batch's reading and embedding, while
    the other cores wait. A failure here is left for the reader to report on the document."""
    from ..analysis import analyze

    try:
        analyze(doc, lang=options.lang, model=options.model)
        if options.embed_claims:
            from ..claims.embed import embedder

            embedder(threads=options.embed_threads).embed(["warm-up"])
    except Exception:  # noqa: BLE001, S110 - the same document fails again, reported, in a reader
        pass


def _embed_claims(
    outcomes: list[Outcome], readings: dict[int, Reading], threads: int | None
) -> None:
    """Attach the claim vectors of the batch's readings to their outcomes. A failure here
    (no embedding engine installed) costs nothing: the writer embeds what is missing, and
    reports the failure there, as it would without this step."""
    try:
        found = claim_vectors([readings[number] for number in sorted(readings)], threads)
    except Exception:  # noqa: BLE001 - the writer embeds again and reports its own failure
        return
    for number, vectors in zip(sorted(readings), found, strict=True):
        outcomes[number].vectors = vectors


def claim_vectors(readings: list[Reading], threads: int | None = None) -> list[dict[str, np.ndarray]]:
    """For each reading, its claims' embedding texts and their vectors; the distinct texts of
    all the readings are embedded in one call (a batch per chunk of documents, not per claim)."""
    from ..claims.embed import embedder, usable_here
    from ..claims.records import claims_from_reading

    if not usable_here():
        raise RuntimeError("the embedding engine was loaded on several threads before a fork")
    texts_of = [
        list(dict.fromkeys(claim.embedding_text() for claim in claims_from_reading(reading)))
        for reading in readings
    ]
    distinct = list(dict.fromkeys(text for texts in texts_of for text in texts))
    found = {text: _RECENT[text] for text in distinct if text in _RECENT}
    missing = [text for text in distinct if text not in found]
    found.update(zip(missing, embedder(threads=threads).embed(missing), strict=True))
    for text in missing:
        _RECENT[text] = found[text]
        if len(_RECENT) > RECENT_VECTORS:
            del _RECENT[next(iter(_RECENT))]
    return [{text: found[text] for text in texts} for texts in texts_of]


#: claim texts a reading process remembers the vectors of, the oldest first out: news repeats
#: its sentences (wire copy in many papers, reposts in channels), and a vector depends on its
#: text alone (about 2 kB each: some 20 MB per process)
RECENT_VECTORS = 10_000
_RECENT: dict[str, np.ndarray] = {}


class ReaderError(Exception):
    """A reader that cannot start or lost its workers: one line for the user."""


class Reader(Protocol):
    """Reads batches somewhere; futures come back in any order, the caller keeps the order."""

    name: str
    batch_size: int  # documents per batch
    in_flight: int  # batches submitted and not yet written, at most

    def submit(self, batch: Batch, options: ReadOptions) -> Future[list[Outcome]] | Any:
        """Start reading ``batch``; the returned future's ``result()`` is its outcomes."""
        ...

    def close(self) -> None: ...


READERS: dict[str, Callable[..., Reader]] = {}
_MODULES = {"inline": ".local", "processes": ".local", "dask": ".cluster"}


def register(name: str) -> Callable[[Callable[..., Reader]], Callable[..., Reader]]:
    def add(factory: Callable[..., Reader]) -> Callable[..., Reader]:
        READERS[name] = factory
        return factory

    return add


def open_reader(workers: int = 1, scheduler: str | None = None) -> Reader:
    """``dask`` when a scheduler address is given, ``processes`` for ``workers`` > 1, else
    ``inline``. Raises :class:`ReaderError` with a one-line reason."""
    name = "dask" if scheduler else "processes" if workers > 1 else "inline"
    if name not in READERS:
        importlib.import_module(_MODULES[name], __package__)  # the module registers itself
    factory = READERS[name]
    if name == "dask":
        return factory(scheduler)
    if name == "processes":
        return factory(workers)
    return factory()


def read_ordered(
    items: Iterable[SourceDoc | IngestFailure], reader: Reader, options: ReadOptions
) -> Iterator[IngestFailure | Outcome]:
    """Every item read through ``reader``, back in input order: documents as their
    :class:`Outcome`, failures to read the input as they came."""
    from ..ingest import IngestFailure

    window: deque[IngestFailure | Any] = deque()  # failures and batch futures, in input order
    batch = Batch()
    futures = 0

    def head() -> Iterator[IngestFailure | Outcome]:
        nonlocal futures
        entry = window.popleft()
        if isinstance(entry, IngestFailure):
            yield entry
        else:
            futures -= 1
            yield from entry.result()

    for item in items:
        if isinstance(item, IngestFailure):
            if not batch.docs and not window:
                yield item
            else:
                if batch.docs:
                    window.append(reader.submit(batch, options))
                    futures += 1
                    batch = Batch()
                window.append(item)
            continue
        batch.docs.append(item)
        if len(batch.docs) >= reader.batch_size:
            window.append(reader.submit(batch, options))
            futures += 1
            batch = Batch()
        while futures >= reader.in_flight:
            yield from head()
    if batch.docs:
        window.append(reader.submit(batch, options))
        futures += 1
    while window:
        yield from head()
