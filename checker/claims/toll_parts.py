"""A toll's parts told apart from the toll: figures below it that count one place's or one incident's dead ("four
storm-related deaths" in Gadsden County, "About 20 people died in the cafe"), paired across sources by their words."""
from __future__ import annotations

from collections import defaultdict

from checker.claims.document import Document, Mention
from checker.claims.open_claims import label_of, pair_open, word_weights
from checker.claims.open_figures import rule_items

FAR_BELOW = 3       # a figure this many times below the claim's headline figure counts some of them, not all
OWN_BELOW = 1.5     # ... as may one this many times below the toll its own source gives
NEAR_TOLL = 1.3     # a source's largest figure this near the headline is the toll


def local_parts(group: list[Mention], docs: dict[str, Document]) -> list[tuple[list, str]]:
    """Figures far below the toll that count the same people ("four storm-related deaths" in Gadsden County, in a
    story of 18 dead), in a source that gives the toll itself elsewhere: one place's or one incident's dead, paired
    with the other sources' figures by their words ("three residents were confirmed dead" in Mexico Beach, "two
    residents"), each group a part of its own. A source that gives no other figure keeps its far-off figure as its
    toll (a conflict) unless it pairs with such a part; so does a source's figure no other source pairs with. A
    figure less far below the toll its own source gives ("About 20 people died in the cafe" beside "35 people were
    shot dead") is a part where two sources giving the toll pair it."""
    usable = [m for m in group if m.low and m.qualifier != "vague" and not m.party]
    headline = headline_of(usable)
    if headline is None:
        return []
    top = {source: max(m.low for m in mine) for source, mine in by_source([m for m in group if m.low]).items()}
    told_toll = {source for source, most in top.items() if headline / NEAR_TOLL <= most <= headline * NEAR_TOLL}
    below = [m for m in usable if m.low * FAR_BELOW < headline
             or m.source in told_toll and not m.superseded and m.low * OWN_BELOW < top[m.source]]
    if not below:
        return []
    tolled = {m.source for m in usable if m.low * FAR_BELOW >= headline}
    items = [item for label, mine in by_source(below).items() for item in rule_items(docs[label], mine)]
    weight = word_weights(items)
    out = []
    for pair in pair_open(items):
        far = any(i.mention.low * FAR_BELOW < headline for i in pair)
        if far and any(i.mention.source in tolled for i in pair) \
                or len({i.mention.source for i in pair} & told_toll) >= 2:
            out.append((pair, "_".join(label_of(pair, weight).split())))
    return out


def headline_of(group: list[Mention]) -> float | None:
    """The claim's headline figure: the median of each source's largest figure; None where one source gives it."""
    tops = sorted(max(m.low for m in ms) for ms in by_source(group).values())
    return tops[len(tops) // 2] if len(tops) >= 2 else None


def by_source(group: list[Mention]) -> dict[str, list[Mention]]:
    out: dict[str, list[Mention]] = defaultdict(list)
    for m in group:
        out[m.source].append(m)
    return out
