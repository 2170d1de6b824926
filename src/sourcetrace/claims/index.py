"""The vector index claims are retrieved from: usearch (HNSW, cosine).

Why usearch: one pip wheel with no system library, an HNSW graph that takes incremental ``add``
(linking a new document searches in about log(n), not over every stored claim), save/load and
memory-mapped ``view`` of the index file, and it works the same over the SQLite and the
PostgreSQL store (sqlite-vec needs SQLite extension loading, which many Python builds disable,
and does exact search; faiss-cpu is a larger wheel whose HNSW cannot remove entries).
"""

from __future__ import annotations

import json
import os
from collections.abc import Sequence
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

import numpy as np


@dataclass
class Hit:
    key: int
    similarity: float


#: below this many claims a query is answered exactly (a scan of the f16 vectors, ~5 ms at
#: 20 000): exact is always right, and at this size it is as fast as the graph
EXACT_BELOW = 20_000


def expansion_for(count: int) -> int:
    """The HNSW search breadth for an index of ``count`` claims. The graph's recall falls as it
    grows while k stays 20; the benchmark (benchmarks/bench_claims.py) measured recall@20 and
    p95 for each step, and these keep p95 well under 50 ms on one core."""
    if count <= 50_000:
        return 64
    if count <= 300_000:
        return 128
    return 256


@dataclass(frozen=True)
class IndexState:
    """What an index file was built from: the claims table's keys and claim ids (a CRC over
    them in key order), the embedder and the layout. A saved index is used only when all agree,
    so a re-analysed document (rows deleted, keys reused) never finds an old vector."""

    fingerprint: str
    count: int
    embedder: str
    dim: int
    version: int = 1

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


class VectorIndex:
    """Claim vectors under integer keys (the claims table's row numbers)."""

    def __init__(
        self,
        dim: int,
        connectivity: int = 16,
        expansion_add: int = 64,
        expansion_search: int = 64,
        dtype: str = "f16",
    ):
        """Half-precision vectors: half the memory of float32 with the same neighbours. (int8
        is faster to build but loses the nearest claim: unit-length 384-d vectors have
        components near 0.05, a few int8 steps; the benchmark found 34 % at 1 M.)"""
        from usearch.index import Index

        self.dim = dim
        self._index = Index(
            ndim=dim,
            metric="cos",
            dtype=dtype,
            connectivity=connectivity,
            expansion_add=expansion_add,
            expansion_search=expansion_search,
        )

    def __len__(self) -> int:
        return len(self._index)

    def add(self, keys: Sequence[int], vectors: np.ndarray) -> None:
        if len(keys) == 0:
            return
        fresh = [i for i, key in enumerate(keys) if not self._index.contains(int(key))]
        if fresh:
            self._index.add(
                np.asarray([keys[i] for i in fresh], dtype=np.uint64), vectors[fresh], threads=1
            )

    def keys(self) -> np.ndarray:
        """The keys held (unsigned 64-bit, in no particular order)."""
        return np.asarray(self._index.keys, dtype=np.uint64)

    def remove(self, keys: Sequence[int]) -> None:
        for key in keys:
            if self._index.contains(int(key)):
                self._index.remove(int(key))

    def search(self, vector: np.ndarray, count: int = 20) -> list[Hit]:
        """The ``count`` most similar claims: exact below :data:`EXACT_BELOW` claims, else the
        HNSW graph searched with the breadth :func:`expansion_for` gives this size."""
        size = len(self._index)
        if size == 0:
            return []
        exact = size < EXACT_BELOW
        if not exact:
            wanted = expansion_for(size)
            if self._index.expansion_search != wanted:
                self._index.expansion_search = wanted
        found = self._index.search(vector, min(count, size), threads=1, exact=exact)
        return [
            Hit(int(key), 1.0 - float(distance))
            for key, distance in zip(found.keys, found.distances, strict=True)
        ]

    def save(self, path: str, state: IndexState) -> None:
        """Write the index and, beside it, what it was built from (written last and atomically:
        a crash between the two leaves a file whose state no longer matches, so it is rebuilt)."""
        target = Path(path)
        meta = target.with_name(target.name + ".json")
        meta.unlink(missing_ok=True)
        self._index.save(str(target))
        partial = meta.with_name(meta.name + ".part")
        partial.write_text(json.dumps(state.as_dict()), encoding="utf-8")
        os.replace(partial, meta)

    def load(self, path: str, state: IndexState) -> bool:
        """Load a saved index when it was built from ``state``; False (nothing loaded) when the
        file is missing, unreadable or stale."""
        target = Path(path)
        meta = target.with_name(target.name + ".json")
        try:
            saved = json.loads(meta.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return False
        if saved != state.as_dict() or not target.is_file():
            return False
        try:
            self._index.load(str(target))
        except (OSError, RuntimeError, ValueError):
            return False
        return len(self._index) == state.count
