"""Pairs beyond each figure's best match: a matching of figures across sources, the surest pairs first."""
from __future__ import annotations

from collections import defaultdict

from checker.claims.context_words import stem
from checker.claims.open_figures import DIRECTION_MARK, PLACE_MARK
from checker.reading import rounding_step
from checker.reading.names import COUNTRIES, fold

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


MATE_SHARE = 0.7     # a sentence-mate that agrees is taken if it matches at least this share as well as the best


def agreeing_mates(best: dict[str, tuple[float, int]], scored: list[tuple[float, int]],
                   mates: dict[int, list[int]], agrees) -> tuple[dict[str, tuple[float, int]], set[int]]:
    """A sentence telling two figures of one kind ("It demanded $300, doubling to $600 if not paid") has one set
    of words around both, so the words alone may match another source's "$600" to its "$300". Where the
    sentence's other figure states the same, that one is the match if it matches nearly as well, and else
    neither is: the words cannot say which of the two is meant. `best` holds the best (score, node) in each
    source, `scored` every passing (score, node), `mates[j]` the nodes told in node j's sentences, `agrees(j)`
    whether node j states what the node matched states, in a word of its (see open_claims._states_the_same).
    Returns the matches and the nodes it must not pair with."""
    chosen, barred = dict(best), set()
    score_of = dict((k, s) for s, k in sorted(scored))
    for source, (score, j) in best.items():
        # (a mate with no word in common with the node is another fact: "27 men and 17 women" / "17 men and 27
        # women", where the words say which is which; `agrees` asks for one)
        agreeing = [k for k in mates.get(j, ()) if agrees(k)]
        if not agreeing or agrees(j):
            continue
        near = sorted((score_of[k], k) for k in agreeing if score_of.get(k, 0.0) >= MATE_SHARE * score)
        barred.add(j)
        if near:
            chosen[source] = near[-1]
        else:
            del chosen[source]
    return chosen, barred


def sentence_mates(nodes) -> dict[int, list[int]]:
    """For each node (of open_claims), the other nodes of its dimension (a count: of any noun) told in one of its
    sentences."""
    at: dict[tuple[str, str, int], set[int]] = defaultdict(set)
    for i, node in enumerate(nodes):
        for item in node.members:
            # (counts of any noun: "60.3 million votes against 58.2 million" tells the second with its noun left out)
            kind = "count" if node.dimension.startswith("count:") else node.dimension
            at[(kind, item.mention.source, item.mention.sentence_index)].add(i)
    mates: dict[int, list[int]] = {}
    for group in at.values():
        for i in group:
            if len(group) > 1:
                mates.setdefault(i, []).extend(sorted(group - {i}))
    return mates


_UP, _DOWN = frozenset({stem("rise")}), frozenset({stem("fall")})     # the concepts' words (concepts.yaml)


def opposite_ways(a: frozenset[str], b: frozenset[str]) -> bool:
    """Whether one figure is told of a rise and the other of a fall: two moves, not one told two ways."""
    return bool(a & _UP and b & _DOWN and not a & _DOWN and not b & _UP
                or a & _DOWN and b & _UP and not a & _UP and not b & _DOWN)


def same_figure(a, b) -> bool:
    """Whether two nodes (of open_claims) state the same figure, one perhaps rounded from the other ("58.2 million"
    and "58,206,354"; not "$252 million" and "$253 million")."""
    x, y = a.members[0].mention, b.members[0].mention
    if (x.low, x.high) == (y.low, y.high):
        return True
    mx, my = (x.low + x.high) / 2, (y.low + y.high) / 2
    coarse = max(rounding_step(mx), rounding_step(my))
    return (x.unit == y.unit or not x.unit or not y.unit) and coarse > 1 and round(mx / coarse) == round(my / coarse)


PLACED_RATIO = 10.0      # a distance from one named place in one direction, told this far off, is still one
FAR_SHARED = 4           # words of substance two far-apart measures share to be one


def from_one_place(a, b) -> bool:
    """"about 40 miles southwest of Kobe" / "about 20 km southwest of central Kobe": one distance, within
    PLACED_RATIO."""
    x, y = abs(a.size), abs(b.size)
    return min(x, y) > 0 and max(x, y) <= PLACED_RATIO * min(x, y) \
        and any(w.startswith(DIRECTION_MARK) and PLACE_MARK in w for w in a.words & b.words)


def measure_told_alike(a, b, shared: int) -> bool:
    """A measure told in FAR_SHARED words of substance in common ("lies on her port side on a sandbank ... some five
    miles off the coast" / "lying on her port side on a sandbank ... approximately 1 km from the shore"): one fact
    however far apart its figures, as a story gives few measures."""
    return a.dimension.startswith("measure:") and shared >= FAR_SHARED


def other_countries(a: set[str], b: set[str]) -> bool:
    """Whether two figures' sentences name countries, and none in common (Italy's days of mourning, Argentina's)."""
    ours, theirs = {n for n in a if fold(n) in COUNTRIES}, {n for n in b if fold(n) in COUNTRIES}
    return bool(ours and theirs and not ours & theirs)
