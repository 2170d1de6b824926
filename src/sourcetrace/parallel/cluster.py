"""The ``dask`` reader: batches read on a Dask distributed cluster (``--scheduler tcp://...``).

The client (this process) streams the inputs and cuts them into batches, so workers need no
access to its files: a worker on another machine, in a Kubernetes pod or an HPC job reads what
it is sent. Each batch is one task; a worker process keeps the spaCy pipelines it loaded
(cached loader), so it loads each language once. When a worker dies mid-batch the scheduler
hands its tasks to another worker; results are written here, once, in input order, and the
write is idempotent, so a lost worker loses and doubles nothing.
"""

from __future__ import annotations

from typing import Any

from . import Batch, ReaderError, ReadOptions, read_batch, register


@register("dask")
class DaskReader:
    """Submits each batch as one task to the cluster behind ``scheduler``."""

    name = "dask"

    def __init__(self, scheduler: str, connect_timeout: float = 20.0):
        try:
            from distributed import Client
        except ImportError:
            raise ReaderError(
                "--scheduler needs Dask: pip install 'sourcetrace[dask]'"
            ) from None
        try:
            self._client = Client(scheduler, timeout=connect_timeout, set_as_default=False)
        except (OSError, TimeoutError, ValueError) as exc:
            raise ReaderError(f"cannot reach the Dask scheduler at {scheduler}: {exc}") from None
        threads = sum(self._client.nthreads().values()) or 1
        # batches of 16 keep task overhead small; three per worker thread in flight keep every
        # worker busy while the client writes the batch at the head of the line
        self.batch_size = 16
        self.in_flight = max(4, 3 * threads)

    def submit(self, batch: Batch, options: ReadOptions) -> Any:
        return self._client.submit(read_batch, batch.docs, options, pure=False)

    def close(self) -> None:
        self._client.close()
