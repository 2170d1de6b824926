"""Documents read in worker processes with a time and memory budget, never in the server's own.

Why: reading is CPU-bound and much of it runs in spaCy's compiled code holding the GIL, so a
hostile document read in a server thread stalled every other request (``/api/health`` took 27 s
while one 12 KB POST was read). Here a pebble process pool reads; the server only awaits the
result. A document that runs past its time budget (CPU time of its reader, ``RLIMIT_CPU``) has
its worker stopped and replaced, one that needs more memory than the budget raises
``MemoryError`` in the worker (``RLIMIT_AS``) and a worker that dies is replaced; each comes back as a :class:`BudgetExceeded` the API turns
into a clear 413 / 422 / 503.
"""

from __future__ import annotations

import asyncio
import atexit
import contextlib
import ctypes
import gc
import math
import multiprocessing
import os
import resource
import signal
import threading
from collections.abc import Callable
from concurrent.futures import TimeoutError as FutureTimeout
from dataclasses import dataclass

from pebble import ProcessExpired, ProcessPool

from ..ingest import InputError, SourceDoc
from ..model import Reading

#: Defaults, overridable with the environment variables named in docs/robustness.md.
TIME_BUDGET = float(os.environ.get("SOURCETRACE_ANALYSIS_SECONDS", "60"))
MEMORY_BUDGET_MB = int(os.environ.get("SOURCETRACE_ANALYSIS_MEMORY_MB", "4096"))
WORKERS = int(os.environ.get("SOURCETRACE_ANALYSIS_WORKERS", "1"))
#: how much lower the reader processes' CPU priority is than the server's (``nice``): a long
#: reading then takes the CPU the server leaves idle instead of slowing every read request
#: (on two cores, 50 readers' p99 went from 0.9 s to 1.2 s while a document was read at the
#: server's priority); it still gets a core the server does not use, so its time budget holds.
NICENESS = int(os.environ.get("SOURCETRACE_ANALYSIS_NICE", "10"))
#: a reading is stopped after this many times its time budget of wall time, even if it has
#: not used its CPU time (its budget): a reader that waits rather than reads
WALL_FACTOR = 10
#: documents waiting per worker before new ones are turned away with 503
QUEUE_PER_WORKER = 8


class BudgetExceeded(Exception):
    """A document the workers could not read within budget; ``status`` is the HTTP answer."""

    def __init__(self, status: int, message: str):
        super().__init__(message)
        self.status = status
        self.message = message


@dataclass(frozen=True)
class Budget:
    """What one document may take: ``seconds`` plus ``per_char`` seconds per character (so the
    longest document the API accepts can be read: about 100 µs a character on one core), and
    ``memory_mb`` of address space per reader process, run ``niceness`` below the server."""

    seconds: float = TIME_BUDGET
    memory_mb: int = MEMORY_BUDGET_MB
    workers: int = WORKERS
    per_char: float = 250e-6
    niceness: int = NICENESS

    def time_for(self, source: SourceDoc) -> float:
        return self.seconds + self.per_char * len(source.text)


def _start_worker(memory_mb: int, niceness: int = 0) -> None:
    """Worker initializer: cap the address space so a runaway reading fails with MemoryError,
    load every language's pipeline, so that loading is not counted in a document's time, then
    lower the CPU priority by ``niceness`` (see :data:`NICENESS`)."""
    if memory_mb > 0:
        limit = memory_mb * 1024 * 1024
        resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
    from .. import lang as langdata
    from ..pipeline import build_pipeline

    for code in langdata.SUPPORTED:
        try:
            build_pipeline(code, None)
        except MemoryError:  # the budget is too small: documents will say so, one by one
            break
        except Exception:  # noqa: BLE001  (a language that cannot load fails when it is read)
            continue
    # lowered once the pipelines are loaded: the first document waits for the loading, which
    # is start-up, not a long reading (a schemathesis POST with a 10 s timeout timed out
    # waiting for a cold reader at nice 10 on a machine at load 15)
    if niceness > 0:
        os.nice(niceness)


def _read(
    source: SourceDoc, lang: str | None, model: str | None, cpu_seconds: float = 0
) -> Reading:
    """The reading of ``source``, within ``cpu_seconds`` of this process's CPU time (0: no
    limit). Past it the kernel stops the process (``SIGXCPU``), which the pool reports as over
    the time budget. CPU time, not wall time: a reader at a low priority on a busy machine
    waits for the CPU, and the wait is not the document's cost."""
    from ..analysis import analyze

    if cpu_seconds <= 0:
        return _within_memory(analyze, source, lang, model)
    _, hard = resource.getrlimit(resource.RLIMIT_CPU)
    used = resource.getrusage(resource.RUSAGE_SELF)
    limit = math.ceil(used.ru_utime + used.ru_stime + cpu_seconds)
    if hard != resource.RLIM_INFINITY:
        limit = min(limit, hard)
    resource.setrlimit(resource.RLIMIT_CPU, (limit, hard))
    try:
        return _within_memory(analyze, source, lang, model)
    finally:
        resource.setrlimit(resource.RLIMIT_CPU, (resource.RLIM_INFINITY, hard))


def _within_memory(analyze: Callable[..., Reading], source: SourceDoc, lang: str | None, model: str | None) -> Reading:
    """``analyze(source)``; after a MemoryError the half-built reading is dropped and the freed
    heap handed back to the system before the error is raised again. The worker lives on under
    its address-space cap: without this, what the failed reading left mapped made the next
    short document fail too (the loaded pipelines take about 520 MB of a 600 MB budget)."""
    try:
        return analyze(source, lang=lang, model=model)
    except MemoryError:
        pass  # leave the except block first: its traceback holds the failed reading's frames
    gc.collect()
    with contextlib.suppress(OSError, AttributeError):  # not glibc: the freed heap stays
        ctypes.CDLL("libc.so.6").malloc_trim(0)
    raise MemoryError("the reading needs more than the memory budget")


class AnalysisPool:
    """A pool of reader processes started on first use; thread- and task-safe."""

    def __init__(self, budget: Budget):
        self.budget = budget
        self._pool: ProcessPool | None = None
        self._lock = threading.Lock()
        self._pending = 0

    def _get(self) -> ProcessPool:
        with self._lock:
            if self._pool is None or not self._pool.active:
                self._pool = ProcessPool(
                    max_workers=self.budget.workers,
                    initializer=_start_worker,
                    initargs=(self.budget.memory_mb, self.budget.niceness),
                    context=multiprocessing.get_context("spawn"),
                )
            return self._pool

    async def read(self, source: SourceDoc, lang: str | None = None, model: str | None = None) -> Reading:
        """The reading of ``source``; :class:`InputError` for bad input, :class:`BudgetExceeded`
        when it cannot be read within budget or the workers are all taken."""
        with self._lock:
            if self._pending >= self.budget.workers * QUEUE_PER_WORKER:
                raise BudgetExceeded(503, "the server is busy reading other documents; retry later")
            self._pending += 1
        try:
            allowed = self.budget.time_for(source)
            over_time = BudgetExceeded(
                422,
                f"the document could not be read within the time budget ({allowed:.0f} s); "
                "split it into smaller documents",
            )
            # the budget is CPU time (see _read); wall time only stops a reader that waits for
            # something else than the CPU far longer than that
            future = self._get().schedule(
                _read, args=(source, lang, model, allowed), timeout=allowed * WALL_FACTOR
            )
            try:
                return await asyncio.wrap_future(future)
            except (TimeoutError, FutureTimeout):
                raise over_time from None
            except MemoryError:
                raise BudgetExceeded(
                    413,
                    f"reading the document needs more than the memory budget ({self.budget.memory_mb} MB); "
                    "split it into smaller documents",
                ) from None
            except ProcessExpired as exc:
                if exc.exitcode == -signal.SIGXCPU:
                    raise over_time from None
                if self.budget.memory_mb > 0 and (exc.exitcode or 0) < 0:
                    # killed by a signal under an address-space cap: an allocation failed
                    # outside Python (C code aborts instead of raising MemoryError), which a
                    # retry will not mend
                    raise BudgetExceeded(
                        413,
                        "reading the document needs more than the memory budget "
                        f"({self.budget.memory_mb} MB): the reader process was stopped; "
                        "split it into smaller documents",
                    ) from None
                raise BudgetExceeded(
                    503, "the reader process stopped while reading the document; retry later"
                ) from None
        finally:
            with self._lock:
                self._pending -= 1

    def close(self) -> None:
        with self._lock:
            if self._pool is not None:
                self._pool.stop()
                self._pool.join(timeout=10)
                self._pool = None


_POOLS: dict[Budget, AnalysisPool] = {}
_POOLS_LOCK = threading.Lock()


def shared_pool(budget: Budget) -> AnalysisPool:
    """One pool per budget per process, so many apps (tests, reloads) share warm workers."""
    with _POOLS_LOCK:
        if budget not in _POOLS:
            _POOLS[budget] = AnalysisPool(budget)
        return _POOLS[budget]


@atexit.register
def _close_all() -> None:
    for pool in list(_POOLS.values()):
        pool.close()


__all__ = ["AnalysisPool", "Budget", "BudgetExceeded", "InputError", "shared_pool"]
