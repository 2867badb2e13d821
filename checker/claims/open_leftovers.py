"""Figures no rule took and no other source's figure paired with, set beside a rule's claim they tell.

A rule reads "rescued 17 people from the water" in one outlet; another writes "pulled 14 people from the ocean",
words no rule's cues hold, and its figure is left an open figure with no partner: the rule's claim is the fact it
tells. A leftover joins a rule's claim when its source states nothing for that claim, it measures what the claim's
figures measure, its words say what theirs say (as open figures are paired, rarer words weighing more), and each is
the other's best match: the leftover has no closer claim, and the claim no closer leftover in that source.
"""
from __future__ import annotations

from collections import Counter, defaultdict

from checker.claims.context_words import name_stem
from checker.claims.document import Document, Mention
from checker.claims.open_distance import NEAR_RATIO, sizes_within
from checker.claims.open_figures import (
    MIN_SHARED,
    OpenItem,
    rule_items,
    similarity,
    word_weights,
)

# as open figures near each other are paired (open_claims.py, which imports this module, so they are not shared):
# how near, and the share of rarer-weighted words they must have in common
NEAR_SIMILARITY = 0.3
def _unit(dimension: str) -> tuple[str, str]:
    kind, _, unit = dimension.partition(":")
    return kind, "" if unit in ("-", "people", "None") else unit


def _size(m: Mention) -> float:
    return abs((m.low + m.high) / 2) if m.low is not None and m.high is not None else 0.0


def _of_the_facet(claim: str, left: OpenItem) -> bool:
    """Whether a leftover names the facet a claim was split by ("190 Americans" for "deaths:american"); a claim no
    facet split takes any. A facet of common words ("injured:patient") is left to the rule: "one patient had
    recovered" is no patient injured."""
    facet = claim.partition(":")[2]
    return not facet or all(name_stem(w) in left.names for w in facet.split("_"))


def leftovers_to_rules(leftovers: list[OpenItem], docs: dict[str, Document], taken: list[Mention]) -> list[Mention]:
    """The leftovers that join a rule's claim, each with that claim and event set: the claims no facet split first,
    then, for the leftovers none took, those a facet split ("deaths:american" for "190 Americans")."""
    joined = _joined(leftovers, docs, [m for m in taken if ":" not in m.claim])
    done = {id(m) for m in joined}
    return joined + _joined([i for i in leftovers if id(i.mention) not in done], docs,
                            [m for m in taken if ":" in m.claim])


def _joined(leftovers: list[OpenItem], docs: dict[str, Document], taken: list[Mention]) -> list[Mention]:
    """The leftovers that join the claims of `taken`, each the other's best match."""
    by_claim: dict[tuple[str, str], list[OpenItem]] = defaultdict(list)
    in_source: dict[str, list[Mention]] = defaultdict(list)
    for m in taken:
        if m.kind == "count" and m.low is not None and m.role != "draft":
            # (a claim a facet split, "deaths:american", takes only a leftover that names its facet: another "12"
            # may be the crew on board, not the crew killed; see _of_the_facet)
            in_source[m.source].append(m)
    for label, mine in in_source.items():
        for item in rule_items(docs[label], mine):
            by_claim[(item.mention.claim, item.mention.event)].append(item)
    weight = word_weights(leftovers + [i for items in by_claim.values() for i in items])
    told = {key: {i.mention.source for i in items} for key, items in by_claim.items()}
    # candidates from an inverted index of words, copies of one wording kept once: no leftover meets every figure
    postings: dict[tuple[str, str, str], list[tuple[tuple[str, str], OpenItem]]] = defaultdict(list)
    for key, items in by_claim.items():
        seen = set()
        for r in items:
            copy = (r.words, r.names, r.dimension, r.mention.low, r.mention.high)
            if copy in seen:
                continue
            seen.add(copy)
            for w in r.words:
                postings[(*_unit(r.dimension), w)].append((key, r))
    best_of_item: dict[int, tuple[float, tuple[str, str]]] = {}
    best_of_claim: dict[tuple[tuple[str, str], str], tuple[float, int]] = {}
    for n, left in enumerate(leftovers):
        m = left.mention
        if m.kind != "count" or m.low is None or m.qualifier == "vague":
            continue
        kind, unit = _unit(left.dimension)
        candidates, found = Counter(), {}
        for w in left.words:
            for key, r in postings[(kind, unit, w)]:
                candidates[(key, id(r))] += 1
                found[(key, id(r))] = r
        scores: dict[tuple[str, str], float] = {}
        for (key, rid), shared in candidates.items():      # the best score per claim: order does not matter
            r = found[(key, rid)]
            if shared < MIN_SHARED or m.source in told[key] or not sizes_within(_size(m), _size(r.mention), NEAR_RATIO):
                continue
            if left.names and r.names and not left.names & r.names or not _of_the_facet(key[0], left):
                continue                    # another party's figure
            s = similarity(left.words, r.words, weight)
            if s >= NEAR_SIMILARITY:
                scores[key] = max(scores.get(key, 0.0), s)
        for key, score in sorted(scores.items()):
            if score > best_of_item.get(n, (0.0, None))[0]:
                best_of_item[n] = (score, key)
            if score > best_of_claim.get((key, m.source), (0.0, -1))[0]:
                best_of_claim[(key, m.source)] = (score, n)
    joined = []
    for n, (score, key) in sorted(best_of_item.items()):
        if best_of_claim[(key, leftovers[n].mention.source)][1] != n:
            continue
        m = leftovers[n].mention
        m.claim, m.event = key
        if not _unit(leftovers[n].dimension)[1]:
            m.unit = by_claim[key][0].mention.unit      # "people" as the rule counts them, so no unit sets them apart
        m.event_how = "the event of the rule's claim whose words it shares"
        joined.append(m)
    return joined
