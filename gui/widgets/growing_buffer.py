"""A numpy buffer that grows by doubling, so appending a point is O(1) amortised.

pyqtgraph has no real appendData (every setData reprocesses the array), and np.append per point
copies everything each time; this keeps one array per column and hands out views of the filled part.
"""

from __future__ import annotations

from typing import Iterable, Sequence

import numpy as np


class GrowingBuffer:
    def __init__(self, columns: int = 2, capacity: int = 1024, dtype=np.float64):
        self._data = np.empty((columns, max(int(capacity), 1)), dtype=dtype)
        self._n = 0

    def __len__(self) -> int:
        return self._n

    @property
    def capacity(self) -> int:
        return self._data.shape[1]

    def append(self, *values: float) -> None:
        self._reserve(self._n + 1)
        self._data[:, self._n] = values
        self._n += 1

    def extend(self, rows: Iterable[Sequence[float]]) -> None:
        block = np.asarray(list(rows), dtype=self._data.dtype)
        if block.size == 0:
            return
        block = block.reshape(-1, self._data.shape[0])
        self._reserve(self._n + len(block))
        self._data[:, self._n : self._n + len(block)] = block.T
        self._n += len(block)

    def column(self, i: int) -> np.ndarray:
        """A view of the filled part of column ``i`` (valid until the next append that grows the buffer)."""
        return self._data[i, : self._n]

    def last(self, i: int) -> float:
        return float(self._data[i, self._n - 1]) if self._n else float("nan")

    def clear(self) -> None:
        self._n = 0  # keep the memory: the next run of the same length needs no reallocation

    def _reserve(self, needed: int) -> None:
        if needed <= self.capacity:
            return
        capacity = self.capacity
        while capacity < needed:
            capacity *= 2
        grown = np.empty((self._data.shape[0], capacity), dtype=self._data.dtype)
        grown[:, : self._n] = self._data[:, : self._n]
        self._data = grown
