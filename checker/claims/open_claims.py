"""Open claims: figures no rule names, paired across sources by what the words around them say.

A rule knows death tolls and troop counts; a story also gives tonnage, depths, vote counts,
share prices and sentence lengths. Every figure no rule takes becomes an open mention, and
mentions from different sources are paired when they measure the same thing (the same
unit, the same counted noun) and their words around the figure say the same (rare words
shared, weighted by how rare they are in the story). Precision first: a figure pairs only
with its best match in each other source, and only above a clear similarity, so two facts
that merely share a topic stay apart.

Names near a figure keep parties apart: Sony's shares and Microsoft's are never one claim.
Times of day join in as minutes (in UTC where a zone or the story's other times tell the
offset), so "0915 GMT" meets "5:15 p.m. local time (UTC+8)".

Each group of paired mentions becomes a claim `auto:<words>` that the comparer judges like
any rule's claim; its label is made of the shared words, so an editor can read it and,
if it matters, write a rule for it. Copies of one context (a wire story in a thousand
sources) are paired once; candidates come from an inverted index of words, never all pairs.
"""
from __future__ import annotations

import functools
from collections import Counter, defaultdict
from dataclasses import dataclass

from checker.claims.context_words import CLOCK_MARK, ORDER_MARK, WINDOW, name_stem
from checker.claims.document import Document, Mention
from checker.claims.events import main_event
from checker.claims.extract import mark_context
from checker.claims.counted_nouns import GROUP_MARK, other_groups
from checker.claims.open_figures import (AGE_SPAN, CAPITALISED, DIRECTION_MARK, MIN_SHARED, OpenItem,
                                         open_dates, open_figures, similarity, word_weights)
from checker.claims.open_distance import (TWICE, figures_far, figures_near, figures_within, same_clock,
                                          told_on_other_days, with_draft)
from checker.claims.open_leftovers import leftovers_to_rules
from checker.claims.open_matching import (agreeing_mates, from_one_place, measure_told_alike, next_best, opposite_ways,
                                         other_countries, same_figure, sentence_mates)
from checker.claims.open_owners import anothers_age, other_owners
from checker.claims.open_times import on_one_clock, one_moment, open_times, told_in_utc
from checker.claims.rules import Rule, made_rule
from checker.claims.tallies import open_tallies, sides_of_paired_tallies
from checker.claims.union_find import UnionFind

MIN_SIMILARITY = 0.5       # share of the rarer-weighted words they have in common
NEAR_SIMILARITY = 0.3      # ... enough when the figures are near each other (within NEAR_RATIO)
BIG_FIGURE = 1000          # figures this large near each other ("more than 25,000 hours" / "nearly 22,000 hours") ...
BIG_SIMILARITY = 0.2       # ... are rarely two facts: their words need agree less still
SPAN_SHARED = 3            # words two spans of time share to need agree only NEAR_SIMILARITY
CLOSE_COUNT = 2            # small counts this close are near whatever their ratio: three buses and four
YEAR_SHARED = 3            # words a year shares with another to be told of one event: a story has many years
BRIEF = 15 / 1440          # a duration of at most this many days (a quarter hour) times a moment's length


@dataclass
class _Node:
    """Mentions with the same dimension and the same words around them: one fact, however many copies."""
    dimension: str
    words: frozenset[str]
    names: frozenset[str]
    members: list[OpenItem]
    sources: set[str]
    counted: str = ""
    day: int | None = None
    owner: str = ""

    def __post_init__(self):
        # which of a series it is ("the second landslide") is no word to share: it only keeps apart
        self.orders = frozenset(w for w in self.words if w.startswith(ORDER_MARK))
        self.words = self.words - self.orders

    @functools.cached_property
    def named_near(self) -> frozenset[str]:
        """The names in the sentences of its mentions, as the names beside a figure are kept."""
        return frozenset(name_stem(w) for item in self.members for w in CAPITALISED.findall(item.mention.sentence))

    @property
    def size(self) -> float:
        m = self.members[0].mention
        return (m.low + m.high) / 2


class _Groups(UnionFind):
    """Union-find that keeps one fact per group: a source may repeat its figure in a group, never give two."""

    def __init__(self, nodes: list[_Node]):
        super().__init__(len(nodes))
        self.values = []
        for node in nodes:
            values: dict[str, set[str]] = defaultdict(set)
            for item in node.members:
                values[item.mention.source].add(item.mention.value)
            self.values.append(values)

    def join(self, a: int, b: int) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra == rb:
            return
        va, vb = self.values[ra], self.values[rb]
        if any(source in vb and vb[source] != values for source, values in va.items()):
            return                                  # the merge would give one source two figures for one fact
        for source, values in vb.items():
            va[source].update(values)
        self.parent[rb] = ra


def _nodes(items: list[OpenItem]) -> list[_Node]:
    # a sentence telling two figures of one kind ("from the 12 centimetres allowed now to 6") tells each in the
    # same words: there, each figure is a node of its own, not a copy of another source's like-worded figure
    told = defaultdict(set)
    for item in items:
        told[(item.mention.source, item.mention.sentence_index, item.dimension)].add(item.mention.value)
    by_key: dict[tuple, _Node] = {}
    for item in items:
        m = item.mention
        apart = m.value if len(told[(m.source, m.sentence_index, item.dimension)]) > 1 else ""
        node = by_key.setdefault((item.dimension, item.words, item.day, item.owner, apart),
                                 _Node(item.dimension, item.words, item.names, [], set(), item.counted, item.day,
                                       item.owner))
        node.members.append(item)
        node.sources.add(item.mention.source)
    return list(by_key.values())


TIME_SIMILARITY = 0.05     # ... and for times of day near each other, whose sentences share little else


def _states_the_same(a: "_Node", b: "_Node") -> bool:
    """Whether b states a's figure, in a word of a's and of a's kind: a count of one thing, or one whose noun is
    left out ("60.3 million votes against 58.2 million"); not "12 ledger entries" for "12 cheques"; and as the
    figure it claims, not as an earlier one ("18%, up from 14% a day earlier", "initially fixed for 3pm")."""
    return same_figure(a, b) and bool(a.words & b.words) and not b.members[0].mention.superseded \
        and (a.dimension == b.dimension or "count:-" in (a.dimension, b.dimension))


def _best_per_source(nodes: list[_Node], weight: dict[str, float]) \
        -> tuple[list[dict[str, tuple[float, int]]], list[tuple[float, int, int]]]:
    """For each node, its best-matching node in each other source (candidates from an inverted index of words,
    so there is no all-pairs loop; a word shared by a quarter of all figures proposes nothing); and every pair
    that matches well enough, with its score."""
    postings: dict[tuple[str, str], list[int]] = defaultdict(list)
    for i, node in enumerate(nodes):
        for w in node.words:
            postings[(node.dimension, w)].append(i)
    common = max(8, len(nodes) // 4)
    # a measure in a unit the text gives no other figure in ("winds of 149 kph", "speeds of 166 kph"): each
    # text tells it once, in its own words, as it tells one counted thing once
    in_text = Counter((item.mention.source, node.dimension) for node in nodes for item in node.members)
    # so does a group's age span ("men aged 20 to 40", "aged between 22 and 40"): a story rarely gives two
    single = [all(in_text[(item.mention.source, node.dimension)] == 1 for item in node.members) for node in nodes]
    # ... and a span of seconds or minutes ("the shaking lasted about 20 seconds", "shook for about 40 seconds"): a
    # story rarely times two things so briefly
    brief = [node.dimension.startswith("duration") and all(item.mention.high <= BRIEF for item in node.members)
             for node in nodes]
    in_brief = Counter(item.mention.source for node, short in zip(nodes, brief) if short for item in node.members)
    alone = [(node.dimension.startswith("measure:") or node.dimension == AGE_SPAN) and one
             or short and all(in_brief[item.mention.source] == 1 for item in node.members)
             for node, one, short in zip(nodes, single, brief)]
    boxed = [any(item.boxed for item in node.members) for node in nodes]    # "Time until crew was reached: 41 hours"
    best_of, passing = [], []
    mates, unpaired = sentence_mates(nodes), set()
    for i, node in enumerate(nodes):
        candidates = Counter(j for w in sorted(node.words) for j in postings[(node.dimension, w)]
                             if len(postings[(node.dimension, w)]) <= common)
        best: dict[str, tuple[float, int]] = {}
        scored: list[tuple[float, int]] = []
        for j, shared in sorted(candidates.items()):  # in index order: ties go the same way on every run
            if j == i:
                continue
            is_time, near = node.dimension.startswith("time"), figures_near(node, nodes[j])
            # two times of day near each other in one story: one shared word suffices (the moment the event
            # happened is told in each outlet's own words: "slammed into", "struck", "collided with"); so does
            # the group sized ("three-member crew", "two-person crew"), the thing counted once
            group = node.counted.startswith(GROUP_MARK) and node.counted == nodes[j].counted
            # one thing counted once in each text, in figures near each other ("11 checks" / "12 cheques"): the
            # noun suffices, as it does for a group's size
            once = near and (node.counted and node.counted == nodes[j].counted or alone[i] and alone[j]
                             or boxed[i] != boxed[j]) \
                or brief[i] and brief[j] and alone[i] and alone[j]     # (20 seconds and 40: not near, one span)
            # one minute off the quarter hours told alike, or twelve hours apart, is one moment (see open_times)
            clock = is_time and same_clock(node, nodes[j])
            least = 1 if (near and is_time) or group or once or clock else MIN_SHARED
            least = YEAR_SHARED if node.dimension == "date:year" else least   # "graduated from Plano High in 2016"
            if near and is_time and told_on_other_days(node, nodes[j]):
                least = MIN_SHARED     # one word in common is too little for moments told on two days
            # (the one brief span each text times is one however far apart: "about two minutes" / "30 seconds")
            # (a distance from one named place in one direction is one distance, told wrong far off or not)
            alike = measure_told_alike(node, nodes[j], shared)
            if shared < least or figures_far(node, nodes[j]) and not (brief[i] and brief[j] and alone[i] and alone[j]) \
                    and not from_one_place(node, nodes[j]) and not alike:
                continue
            if node.orders and nodes[j].orders and not node.orders & nodes[j].orders \
                    or other_groups(node, nodes[j]):
                continue            # the first landslide's time and the second's; a team of divers, one of engineers
            if opposite_ways(node.words, nodes[j].words):
                continue                        # "closed down 6.5% on Friday", "closed 8% higher on Monday"
            if other_owners(node.owner, nodes[j].owner) or anothers_age(node, nodes[j]) \
                    or anothers_age(nodes[j], node):
                continue                        # Voronezh's distance from Moscow and Rostov's
            alone_named = once and not node.names & nodes[j].named_near and not nodes[j].names & node.named_near
            if node.names and nodes[j].names and not node.names & nodes[j].names and not is_time and not alone_named \
                    and not (group and not other_countries(node.names, nodes[j].names)) \
                    and not (node.names <= nodes[j].named_near and nodes[j].names <= node.named_near):
                continue                        # Sony's shares and Microsoft's: another party's figure (a time
                #                                 of day is an event's, whoever is named beside it); not when
                #                                 each sentence names the other's too ("from Delhi and Bengaluru
                #                                 to Kannur ... in 17 trucks", "into Kannur from Delhi and
                #                                 Bengaluru ... in 18 trucks": places on one route); nor for
                #                                 a thing each text counts once, where neither sentence names
                #                                 the other's party ("13 villages" in Zinda Jan, "12 villages",
                #                                 Pajhwok Afghan News said); a group's size is its own, whoever
                #                                 is named, but Italy's days of mourning are not Argentina's
            score = 1.0 if clock else similarity(node.words, nodes[j].words, weight, least)
            # the same thing counted, once in each text, in figures close together ("six journalists", "seven
            # journalists"; not a diadem's "nearly 2,000 diamonds" and a crown's 1,354), with another word or name
            # in common: one fact
            counted = node.counted and node.counted == nodes[j].counted \
                and (near or abs(node.size - nodes[j].size) <= CLOSE_COUNT)
            # the one figure of its kind in each text, counting one noun ("58 lawsuits", "more than 100 lawsuits"):
            # one fact unless the words around them say otherwise
            # ... or counted once by each in figures within a factor of two ("nearly 400 schoolchildren" marching,
            # "about 250 schoolchildren")
            counted_once = node.counted and node.counted == nodes[j].counted and (
                single[i] and single[j] or node.dimension.startswith("count") and figures_within(node, nodes[j], TWICE))
            big = near and not is_time and min(abs(node.size), abs(nodes[j].size)) >= BIG_FIGURE
            # a measure of a thing both name ("the 200-metre Aso Ohashi bridge", "the Aso Ohashi bridge, some
            # 300m long"): the name says what is measured, however far apart the figures
            named_measure = node.dimension.startswith("measure:") and bool(node.names & nodes[j].names)
            # ... and a distance both tell in one compass direction ("about 35 miles east of downtown", "about 15
            # miles east of the city"): the direction says which distance it is
            directed = any(w.startswith(DIRECTION_MARK) for w in node.words & nodes[j].words)
            # two spans of time told in three words of substance in common ("dropped off traffic cameras for around
            # eight hours overnight before ... the bridge" / "disappeared from traffic cameras for about six hours
            # overnight before reaching the bridge"): one span, though the verbs differ; a story times few things
            spans = node.dimension.startswith("duration") and shared >= SPAN_SHARED or alike
            # a draft's sum is set against the sources' like one however far off it is told (within FAR_RATIO)
            drafted = node.dimension.startswith("money") and with_draft(node, nodes[j])
            if score < (TIME_SIMILARITY if least == 1 or counted else BIG_SIMILARITY if big
                        else NEAR_SIMILARITY if near or counted_once or named_measure or directed or spans or drafted
                        else MIN_SIMILARITY):
                continue
            passing.append((score, i, j))
            scored.append((score, j))
            for source in sorted(nodes[j].sources - node.sources):
                if score > best.get(source, (0.0, -1))[0]:
                    best[source] = (score, j)
        best, barred = agreeing_mates(best, scored, mates, lambda j: _states_the_same(node, nodes[j]))
        best_of.append(best)
        unpaired |= {(i, j) for j in barred} | {(j, i) for j in barred}
    return best_of, [(score, i, j) for score, i, j in passing if (i, j) not in unpaired]


def pair_open(items: list[OpenItem]) -> list[list[OpenItem]]:
    """Groups of mentions, from two sources or more, that state the same fact: mentions joined to their
    best match in each other source when that match holds both ways, the surest pairs first."""
    weight = word_weights(items)
    nodes = _nodes(items)
    best_of, passing = _best_per_source(nodes, weight)
    links = set()
    for i, best in enumerate(best_of):
        for score, j in best.values():
            if any(best_of[j].get(source, (0.0, -1))[1] == i for source in nodes[i].sources):
                links.add((score, min(i, j), max(i, j)))
    # (a day's other moments are near: times of day, paired on a word or two, take their best match only)
    links |= next_best([n.sources for n in nodes], passing, links, [n.dimension.startswith("time") for n in nodes])
    links |= sides_of_paired_tallies(nodes, links)
    groups = _Groups(nodes)
    for _, i, j in sorted(links, reverse=True):
        groups.join(i, j)
    members = defaultdict(list)
    for i, node in enumerate(nodes):
        members[groups.find(i)].extend(node.members)
    return [group for group in members.values() if len({g.mention.source for g in group}) >= 2]


def label_of(group: list[OpenItem], weight: dict[str, float]) -> str:
    shared = Counter(w for g in group for w in g.words if not w.startswith((ORDER_MARK, DIRECTION_MARK, CLOCK_MARK)))
    ranked = sorted((w for w, n in shared.items() if n >= 2), key=lambda w: (-shared[w] * weight.get(w, 0), w))
    return " ".join(ranked[:3]) or "figure"


def open_claims(docs: dict[str, Document], taken: list[Mention]) -> tuple[list[Mention], list[Rule]]:
    """Mentions of open claims, each group's claim id set, and the rules that name them for the report."""
    event = main_event(taken)
    taken_in: dict[str, list[Mention]] = defaultdict(list)
    for m in taken:
        taken_in[m.source].append(m)
    # made where each text was read (extract.py) unless these documents were read another way
    figures = [i for label, doc in docs.items()
               for i in (doc.open_figures if doc.open_figures is not None else open_figures(doc, taken_in[label]))]
    dates = [i for label, doc in docs.items()
             for i in (doc.open_dates if doc.open_dates is not None else open_dates(doc, taken_in[label]))]
    tallies = [i for doc in docs.values() for i in open_tallies(doc)]
    in_tally = {(i.mention.source, i.mention.start) for i in tallies}
    # "by 84 votes to six": the tally's figures are read as such, not also as a count of votes
    figures = [i for i in figures if (i.mention.source, i.mention.start) not in in_tally]
    items = figures + tallies + open_times(docs) + [d for d in dates if d.dimension == "date:day"]
    years = [d for d in dates if d.dimension != "date:day"]
    weight = word_weights(items + years)
    mentions, rules, used = [], [], set()
    # years are paired among themselves: a story's many years must not move how its figures pair
    groups = pair_open(items) + pair_open(years)
    grouped = {id(item) for group in groups for item in group}
    joined = leftovers_to_rules([i for i in figures if id(i) not in grouped], docs, taken)
    for m in joined:
        mark_context(m, docs[m.source])
    mentions.extend(joined)
    # "(190 m)" meets the conversions of the figures its own figure is paired with, unless it was paired already
    converted = [[g.conversion for g in group if g.conversion is not None and id(g.conversion) not in grouped]
                 for group in groups]
    for group, conversions in zip(groups, converted):
        conversions += told_in_utc(group, conversions)
        if len({c.mention.source for c in conversions}) < 2:
            # a conversion no other outlet's meets, giving its own time another moment ("8:45 p.m. EDT (0145 GMT)"):
            # set among the moment's other tellings, where it stands out
            for item in list(group):
                if item.conversion in conversions and not one_moment(item.mention, item.conversion.mention):
                    group.append(item.conversion)
                    conversions.remove(item.conversion)
    named_as = {id(c): f"{label_of(group, weight)} converted" for c, group in zip(converted, groups)}
    groups += [c for c in converted if len({g.mention.source for g in c}) >= 2]
    for group in sorted(groups, key=lambda g: (g[0].mention.source, g[0].mention.start)):
        if group[0].dimension == "date:day" and not any(g.mention.role == "draft" for g in group):
            continue     # sources' dates are the date rules' to compare; an open date serves the draft's check
        words = named_as.get(id(group)) or label_of(group, weight)
        claim = "auto:" + "_".join(words.split())
        while claim in used:
            claim += "+"
        used.add(claim)
        rules.append(open_rule(claim, words, group[0].dimension))
        if group[0].dimension.startswith("time"):
            on_one_clock([item.mention for item in group])
        for item in group:
            mark_context(item.mention, docs[item.mention.source])
            item.mention.claim, item.mention.event = claim, event
            item.mention.event_how = "the story's own event: figures no rule names are about the story"
            mentions.append(item.mention)
    return mentions, rules


def open_rule(claim: str, words: str, dimension: str) -> Rule:
    kind = "date" if dimension.startswith("date") else "entity" if dimension == AGE_SPAN else "count"
    return made_rule(claim, kind, f"auto: {words}", "auto", description=dimension, cues=[words], window=WINDOW)
