"""The vector index claims are retrieved from: usearch (HNSW, cosine).

Why usearch: one pip wheel with no system library, an HNSW graph that takes incremental ``add``
(linking a new document searches in about log(n), not over every stored claim), save/load and
memory-mapped ``view`` of the index file, and it works the same over the SQLite and the
PostgreSQL store (sqlite-vec needs SQLite extension loading, which many Python builds disable,
and does exact search; faiss-cpu is a larger wheel whose HNSW cannot remove entries).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np


@dataclass
class Hit:
    key: int
    similarity: float


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

    def remove(self, keys: Sequence[int]) -> None:
        for key in keys:
            if self._index.contains(int(key)):
                self._index.remove(int(key))

    def search(self, vector: np.ndarray, count: int = 20) -> list[Hit]:
        if len(self._index) == 0:
            return []
        found = self._index.search(vector, min(count, len(self._index)), threads=1)
        return [
            Hit(int(key), 1.0 - float(distance))
            for key, distance in zip(found.keys, found.distances, strict=True)
        ]

    def save(self, path: str) -> None:
        self._index.save(path)

    def load(self, path: str) -> None:
        self._index.load(path)
