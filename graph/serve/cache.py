"""A thread-safe LRU cache of serialised answers, bounded in bytes.

The served dataset never changes while the server runs, so an answer computed once for a request is
the answer for every identical request: caching it is correct as long as the key holds everything
the answer depends on (query text, protocol dataset, chosen format, row cap) and the query is
deterministic (no RAND, NOW, UUID, BNODE or SERVICE; :mod:`graph.serve.guard` tells).
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Hashable
from dataclasses import dataclass
from typing import Generic, TypeVar

V = TypeVar("V")


@dataclass
class CacheStats:
    """Hits, misses and what the cache holds now."""

    hits: int = 0
    misses: int = 0
    entries: int = 0
    bytes: int = 0


class AnswerCache(Generic[V]):
    """Keep values up to ``max_bytes`` in total (each at most ``max_entry_bytes``), dropping the least recent."""

    def __init__(self, max_bytes: int = 64 * 1024 * 1024, max_entry_bytes: int = 1024 * 1024) -> None:
        self.max_bytes = max_bytes
        self.max_entry_bytes = max_entry_bytes
        self._entries: OrderedDict[Hashable, tuple[V, int]] = OrderedDict()
        self._lock = threading.Lock()
        self.stats = CacheStats()

    def get(self, key: Hashable) -> V | None:
        """Return the value stored under ``key`` (marking it recently used), or None."""
        with self._lock:
            entry = self._entries.get(key)
            if entry is None:
                self.stats.misses += 1
                return None
            self._entries.move_to_end(key)
            self.stats.hits += 1
            return entry[0]

    def put(self, key: Hashable, value: V, size: int) -> bool:
        """Store ``value`` of ``size`` bytes under ``key``; False if it is too large to keep."""
        if size > self.max_entry_bytes or size > self.max_bytes:
            return False
        with self._lock:
            old = self._entries.pop(key, None)
            if old is not None:
                self.stats.bytes -= old[1]
            self._entries[key] = (value, size)
            self.stats.bytes += size
            while self.stats.bytes > self.max_bytes:
                _, (_, dropped) = self._entries.popitem(last=False)
                self.stats.bytes -= dropped
            self.stats.entries = len(self._entries)
        return True

    def __len__(self) -> int:
        return len(self._entries)
