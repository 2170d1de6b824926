"""Readers on this machine: ``inline`` (in this process, one document at a time, exactly the
old behaviour) and ``processes`` (``--workers N``: a pool of N spawned processes)."""

from __future__ import annotations

import multiprocessing
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool

from . import Batch, Outcome, ReaderError, ReadOptions, read_batch, register


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
    """N worker processes, each loading the pipelines once. Spawned, not forked: the parent
    holds database connections, file locks and a progress thread that a fork would copy."""

    name = "processes"

    def __init__(self, workers: int):
        self.workers = workers
        # small batches keep the pool busy and the order cheap to keep; enough of them in
        # flight that no worker waits while the writer stores the batch at the head
        self.batch_size = 4
        self.in_flight = 3 * workers
        self._pool = ProcessPoolExecutor(
            max_workers=workers, mp_context=multiprocessing.get_context("spawn")
        )

    def submit(self, batch: Batch, options: ReadOptions) -> Future[list[Outcome]]:
        try:
            return self._pool.submit(read_batch, batch.docs, options)
        except BrokenProcessPool:
            raise ReaderError(
                "a reading process died; what was read is stored, run again to resume"
            ) from None

    def close(self) -> None:
        self._pool.shutdown(wait=True, cancel_futures=True)
