"""Sub-facts: a rule's claim that holds a breakdown, told apart by the words around each figure.

A loss rule sees "losses of $10 billion", "customers lost $8 billion" and "investors lost $1.7 billion";
a death-toll rule sees the toll and the toll when the outbreak was announced. They are different facts,
and comparing them makes false alarms. A claim is split only where a source itself gives it two
different figures in one sentence (a breakdown, not a disagreement, nor a toll that rose): its figures are then paired across sources the
way open claims are (the same words around them), and each group of two sources or more that holds a
figure of the breakdown becomes a claim of its own (`damage_cost:customer_lost`). The rest stay in the
claim: a toll worded two ways is still one toll.
"""
from __future__ import annotations

import re
from collections import defaultdict

from checker.claims.document import Document, Mention
from checker.claims.open_claims import label_of, pair_open, word_weights
from checker.claims.open_figures import rule_items
from checker.claims.rules import Rule

# "109 people were wounded, among them 16 children": the figure before such words is the whole, and stays the claim's
_PART_MARK = re.compile(r"\b(?:including|includ(?:es|ed)|among\s+(?:them|whom)|of\s+(?:them|whom|which))\b", re.I)


_NOUN_AFTER = re.compile(r"\s+(?:of\s+them\s+)?([a-z]{3,})", re.I)


def _wholes_and_parts(group: list[Mention], docs: dict[str, Document]) -> tuple[set[int], list[tuple[Mention, str]]]:
    """The mentions a later figure of their sentence is marked as part of, and those parts with the noun after
    each ("killed 50 people, including five children": 50 is a whole, five a part, of children)."""
    by_sentence: dict[tuple[str, int], list[Mention]] = defaultdict(list)
    for m in group:
        by_sentence[(m.source, m.sentence_index)].append(m)
    wholes, parts = set(), []
    for (source, _), mine in by_sentence.items():
        mine.sort(key=lambda m: m.start)
        text = docs[source].text
        for whole, part in zip(mine, mine[1:]):
            if _PART_MARK.search(text, whole.end, part.start):
                wholes.add(id(whole))
                noun = _NOUN_AFTER.match(text, part.end)
                parts.append((part, noun.group(1).lower().removesuffix("s") if noun else "part"))
    return wholes, parts


def split_subfacts(mentions: list[Mention], docs: dict[str, Document], rules: list[Rule]) -> list[Rule]:
    rule_of = {r.id: r for r in rules}
    by_claim: dict[tuple[str, str], list[Mention]] = defaultdict(list)
    for m in mentions:
        rule = rule_of.get(m.claim)
        if rule is not None and rule.kind == "count" and m.role != "draft" and not m.superseded:
            by_claim[(m.claim, m.event)].append(m)          # the 1960 toll and this year's are not a breakdown
    made: dict[str, Rule] = {}
    for (claim, _), group in by_claim.items():
        values: dict[tuple[str, int], set[str]] = defaultdict(set)
        parties: dict[tuple[str, int], set[str]] = defaultdict(set)
        for m in group:
            values[(m.source, m.sentence_index)].add(m.value)
            parties[(m.source, m.sentence_index)].add(m.party)
        # police's 80,000 and the organisers' half a million in one sentence are parties, not a breakdown
        breakdowns = {key for key, v in values.items() if len(v) >= 2 and len(parties[key]) == 1}
        if not breakdowns:
            continue                        # no sentence gives two figures: one fact, however worded
        in_source: dict[str, list[Mention]] = defaultdict(list)
        for m in group:
            in_source[m.source].append(m)
        items = [item for label, mine in in_source.items() for item in rule_items(docs[label], mine)]
        wholes, parts = _wholes_and_parts(group, docs)
        pairs = [p for p in pair_open(items)
                 if any((i.mention.source, i.mention.sentence_index) in breakdowns for i in p)
                 and not any(id(i.mention) in wholes for i in p)]
        weight = word_weights(items)
        rule = rule_of[claim]
        for pair in pairs:
            words = label_of(pair, weight)
            part = made.setdefault(f"{rule.id}:{'_'.join(words.split())}",
                                   rule.part(f"{rule.id}:{'_'.join(words.split())}", f"{rule.label} ({words})"))
            for item in pair:
                item.mention.claim = part.id
        # a part left in the claim ("including five children") is never the whole: it is compared with the parts
        # other sources give of the same noun
        for mention, noun in parts:
            if mention.claim == claim:
                part = made.setdefault(f"{rule.id}:{noun}", rule.part(f"{rule.id}:{noun}", f"{rule.label} ({noun})"))
                mention.claim = part.id
    return list(made.values())
