"""Groups joined pair by pair: which texts tell one fact, which spellings are one name, which quotes one
statement. Path halving keeps each lookup near constant, so thousands of items join fast."""
from __future__ import annotations


class UnionFind:
    def __init__(self, n: int):
        self.parent = list(range(n))

    def find(self, i: int) -> int:
        while self.parent[i] != i:
            self.parent[i] = self.parent[self.parent[i]]
            i = self.parent[i]
        return i

    def union(self, a: int, b: int) -> None:
        """Join a's group into b's."""
        self.parent[self.find(a)] = self.find(b)
