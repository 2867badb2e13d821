"""Figures an order of magnitude from the rest of their claim: another fact the claim's cues caught, not the same
fact told wrong.

"300 soldiers were sent to the village" and "450,000 troops were mobilised" both count troops; "five crew died"
and "379 people were on board" both met one rule's cues. Sources that count one thing rarely differ tenfold (a toll
that rose from 60 to 141 rose twofold); where they do, a conflict between them is most often two facts pooled
(on the development stories, 20 such conflicts in 26 were).
Such a figure is set apart in a claim of its own, `<claim>~far`, compared with the other sources' far figures of
that claim, so that the claim's own comparison is of figures that can be one fact.
"""
from __future__ import annotations

import math
import statistics
from collections import defaultdict

from checker.claims.document import Mention
from checker.claims.rules import Rule

FAR_FACTOR = 10       # this many times above or below the claim's middle figure: another fact
FAR_MARK = "~far"


def _middle(mentions: list[Mention]) -> float | None:
    """The median of each source's median figure: the size most sources give the fact."""
    by_source: dict[str, list[float]] = defaultdict(list)
    for m in mentions:
        by_source[m.source].append((m.low + m.high) / 2)
    if len(by_source) < 2:
        return None
    return statistics.median(statistics.median(v) for v in by_source.values())


def _far(m: Mention, middle: float) -> bool:
    mid = (m.low + m.high) / 2
    return mid >= FAR_FACTOR * middle or mid * FAR_FACTOR <= middle


SLIP = 0.02           # how near a power of ten two figures' ratio must be to be one figure's digits slipped


def _slipped(m: Mention, group: list[Mention]) -> bool:
    """Whether the figure is another source's with its digits slipped by a power of ten ("1.96 billion rupees"
    where the others write 19.6 billion, "$620 billion" for "$620 million"): the same fact told wrong."""
    mid = (m.low + m.high) / 2
    for other in group:
        if other.source == m.source or not _far(other, mid):
            continue
        theirs = (other.low + other.high) / 2
        ratio = math.log10(max(mid, theirs) / min(mid, theirs))
        if abs(ratio - round(ratio)) < math.log10(1 + SLIP) and _digits(min(mid, theirs)) >= 2:
            return True     # (5 cars and 50 are round figures a power of ten apart, no digits slipped)
    return False


def _digits(value: float) -> int:
    """Significant digits of a figure: 19.6 -> 3, 620 -> 2, 50 -> 1."""
    return len(f"{abs(value):.6e}".split("e")[0].replace(".", "").rstrip("0"))


def split_far(mentions: list[Mention], rules: list[Rule]) -> list[Rule]:
    """Move each source figure FAR_FACTOR from its claim's middle figure, and no power of ten from another
    source's (a slip of digits is the same fact told wrong), to the claim `<claim>~far`; the rules naming the
    claims so made."""
    rule_of = {r.id: r for r in rules}
    groups: dict[tuple[str, str], list[Mention]] = defaultdict(list)
    for m in mentions:
        rule = rule_of.get(m.claim)
        if rule is None or rule.kind != "count" or m.role == "draft" or FAR_MARK in m.claim:
            continue
        if m.low != m.low or m.low <= 0 or m.qualifier == "vague" or str(m.unit).startswith("minutes"):
            continue        # no figure, a vague one, or a time of day (minutes of a day are never tenfold apart)
        groups[(m.claim, m.event)].append(m)
    made: dict[str, Rule] = {}
    for (claim, _), group in groups.items():
        middle = _middle(group)
        if middle is None:
            continue
        far = [m for m in group if _far(m, middle) and not _slipped(m, group)]
        if not far:
            continue
        rule = rule_of[claim]
        part = made.setdefault(claim + FAR_MARK, rule.part(claim + FAR_MARK,
                                                           f"{rule.label} (figures far from the others)"))
        for m in far:
            m.claim = part.id
    return list(made.values())
