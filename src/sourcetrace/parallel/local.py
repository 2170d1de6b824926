"""Readers on this machine: ``inline`` (in this process, one document at a time, exactly the
old behaviour) and ``processes`` (``--workers N``: a pool of N spawned processes)."""

from __future__ import annotations

import multiprocessing
import os
import threading
import time
import warnings
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool

from . import Batch, Outcome, ReaderError, ReadOptions, read_batch, register, warm_up


def _exit_with_parent(parent_pid: int) -> None:
    """Pool initializer: a worker whose parent died (``kill -9`` of the ingest) ends too,
    instead of waiting for work forever."""

    def watch() -> None:
        while os.getppid() == parent_pid:
            time.sleep(1.0)
        os._exit(1)

    threading.Thread(target=watch, name="exit-with-parent", daemon=True).start()


@register("inline")
class InlineReader:
    """Reads each batch when it is submitted; the returned future is already done."""

    name = "inline"
    batch_size = 1
    in_flight = 1

    def submit(self, batch: Batch, options: ReadOptions) -> Future[list[Outcome]]:
        future: Future[list[Outcome]] = Future()
        future.set_result(read_batch(batch.docs, options))
        return future

    def close(self) -> None:
        return None


@register("processes")
class ProcessReader:
    """N worker processes that start with the pipelines already loaded.

    The first document is read here once (:func:`~sourcetrace.parallel.warm_up`), which loads
    the language detector, its pipeline and the claim embedder; the pool is forked after it, so
    every worker starts with them in memory (shared copy-on-write) instead of importing and
    loading them again, and the first batch is read in the pool like every other. Where fork is
    not available (macOS, Windows) the workers are spawned and each loads what it needs once."""

    name = "processes"

    def __init__(self, workers: int):
        self.workers = workers
        # small batches keep the pool busy and the order cheap to keep; enough of them in
        # flight that no worker waits while the writer stores the batch at the head
        self.batch_size = 4
        self.in_flight = 3 * workers
        self._pool: ProcessPoolExecutor | None = None

    def _start(self) -> ProcessPoolExecutor:
        methods = multiprocessing.get_all_start_methods()
        context = multiprocessing.get_context("fork" if "fork" in methods else "spawn")
        pool = ProcessPoolExecutor(
            max_workers=self.workers,
            mp_context=context,
            initializer=_exit_with_parent,
            initargs=(os.getpid(),),
        )
        with warnings.catch_warnings():
            # Python 3.12+ warns about fork in a process with threads; ours are the progress
            # display and the database pool's, which the workers never touch
            warnings.simplefilter("ignore", DeprecationWarning)
            pool.submit(os.getpid).result()  # with fork, the first task starts every worker
        return pool

    def submit(self, batch: Batch, options: ReadOptions) -> Future[list[Outcome]]:
        if self._pool is None:
            if batch.docs:
                warm_up(batch.docs[0], options)
            self._pool = self._start()
        try:
            return self._pool.submit(read_batch, batch.docs, options)
        except BrokenProcessPool:
            raise ReaderError(
                "a reading process died; what was read is stored, run again to resume"
            ) from None

    def close(self) -> None:
        if self._pool is not None:
            self._pool.shutdown(wait=True, cancel_futures=True)
