"""Per-document token columns read without building ``Token`` objects.

The rules scan a document's few hundred words many times. ``np.isin`` against a word list
costs about 160 µs on such a document (it sorts both sides); a set lookup per word, 40 µs.
"""

from __future__ import annotations

from collections.abc import Collection

import numpy as np


def member(column: np.ndarray, keys: Collection[int]) -> np.ndarray:
    """``np.isin(column, keys)`` for a document's column of string keys (``ORTH``, ``LOWER``):
    a boolean array, True where the value is one of ``keys`` (a set, for the lookups)."""
    return np.array([value in keys for value in column.tolist()], dtype=bool)
