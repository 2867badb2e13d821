"""Pairs beyond each figure's best match: a matching of figures across sources, the surest pairs first."""
from __future__ import annotations

Pair = tuple[float, int, int]


def next_best(sources: list[set[str]], passing: list[Pair], links: set[Pair], best_only: list[bool]) -> set[Pair]:
    """Pairs of figures whose best matches paired elsewhere: "total liabilities of 2.39 trillion yuan ... total
    assets of 1.74 trillion yuan" meets the other outlet's liabilities first, then its assets. The surest pairs
    first, each figure in at most one pair with each other source; `passing` holds every (score, i, j) that
    matches well enough, `links` the pairs made already, `best_only` the figures that take no second match."""
    taken = {(i, s) for _, a, b in links for i, other in ((a, b), (b, a)) for s in sources[other]}
    scored = {(i, j): score for score, i, j in passing}
    added = set()
    for score, i, j in sorted(passing, key=lambda p: (-p[0], p[1], p[2])):
        if (j, i) not in scored or best_only[i] or best_only[j] or any((i, s) in taken for s in sources[j]) \
                or any((j, s) in taken for s in sources[i]):
            continue
        added.add((min(score, scored[(j, i)]), min(i, j), max(i, j)))
        taken |= {(i, s) for s in sources[j]} | {(j, s) for s in sources[i]}
    return added
