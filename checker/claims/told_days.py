"""Days two sources tell in like words, one of them another day: "Divers on Wednesday pulled the bodies of two
workers from a red pickup truck" / "Divers recovered two of them on Thursday from a red pickup truck".

No rule reads a recovery, a share close or the end of a mourning period, and the date rules keep each day
an event of its own, so a day told wrong stays apart from the day told right. Here each day is paired with
the day of another source whose own clause shares CLAUSE_WORDS words of substance with it and whose sentence
shares SHARED_WORDS (or whose clause shares one, its verb, and whose sentence SENTENCE_WORDS: "Formula One on
Wednesday cancelled the Emilia Romagna Grand Prix" / "The Emilia Romagna Grand Prix ..., was cancelled on
Thursday because ..."), the best such match both ways; days more than MAX_GAP_DAYS apart are two events
however alike the words (a weekly march, a hearing and its sequel), unless both are dates written out, which a
slip of the pen may put days apart (MAX_GAP_WRITTEN). "Today" and "yesterday" are left out: they
say when the page was written as much as when a thing happened ("today's event", NBC's "Today" show). A group whose sources give two days
becomes a claim `day:<words>`, compared as any date claim. Groups that agree add nothing the editor needs.
"""
from __future__ import annotations

from collections import Counter, defaultdict
from typing import NamedTuple

import regex

from checker.claims.day_words import DayWords, days_with_words, periods_with_words
from checker.claims.document import Document, Mention
from checker.claims.events import SHARED_WORDS
from checker.claims.rules import Rule, made_rule
from checker.claims.union_find import UnionFind

TOLD_DAY_CLAIM = "day:"
CLAUSE_WORDS = 2         # words of the day's own clause two tellings share
SENTENCE_WORDS = 4       # ... or one, when their sentences share this many
TELLING_FIGURE = 10      # a figure this large says what a day is of; "two" is in too many sentences
MAX_GAP_DAYS = 1         # a day told wrong is a day off; further apart, it is another day's event
# ... unless both are dates written out ("Dec. 7, 1984" / "Dec. 9, 1984"), neither an end of a span the other is not
# ("through Nov. 5" / "from 30 October"): a date copied wrong may be any day of the week
MAX_GAP_WRITTEN = 7
# ... and months ("in August 2002" / "in September 2002" for one sentence of a court in Almelo): a month copied
# wrong is a month or two off; further apart, it is another month's event
MAX_GAP_MONTHS = 2
_WRITTEN = regex.compile(r"\d")


def _written(reading) -> bool:
    return bool(_WRITTEN.search(reading.text))


_RELATIVE = regex.compile(r"(?i)\b(?:today|tonight|yesterday|tomorrow)")
_POSSESSIVE = regex.compile(r"['’]s?$")
MAX_POSTINGS = 200       # a clause word in more days than this proposes no pairs (keeps big stories fast)


def _mention(doc: Document, day: DayWords, claim: str, event: str) -> Mention:
    d = day.reading
    sentence = doc.index.at(d.start)
    value = d.low.isoformat() if d.low == d.high else f"{d.low.isoformat()}/{d.high.isoformat()}"
    return Mention(source=doc.source.label, path=doc.source.path, role=doc.source.role, claim=claim, kind="date",
                   text=d.text, start=d.start, end=d.end, low=float(d.low.toordinal()), high=float(d.high.toordinal()),
                   unit="date", value=value, qualifier=d.precision, why=d.why, sentence=sentence.text,
                   sentence_index=sentence.index, event=event,
                   event_how="a day told in words like another source's day")


class _Node(NamedTuple):
    """Days told with the same words on the same day: one telling, however many sources copy it."""
    day: DayWords
    members: list          # (source, DayWords) of each copy

    @property
    def sources(self) -> set[str]:
        return {label for label, _ in self.members}


def _nodes(days: list[tuple[str, DayWords]]) -> list[_Node]:
    by_key: dict[tuple, _Node] = {}
    for label, day in days:
        key = (day.reading.low, day.words, day.clause, day.counts)
        by_key.setdefault(key, _Node(day, [])).members.append((label, day))
    return list(by_key.values())


def _best_matches(nodes: list[_Node]) -> dict[tuple[int, str], tuple[tuple[int, int], int]]:
    """For each telling, its best match in each other source: (clause words shared, sentence words shared), index."""
    postings: dict[str, list[int]] = defaultdict(list)
    for i, node in enumerate(nodes):
        for w in node.day.clause:
            postings[w].append(i)
    best: dict[tuple[int, str], tuple[tuple[int, int], int]] = {}
    for i, node in enumerate(nodes):
        day, mine = node.day, node.sources
        shared = Counter(j for w in sorted(day.clause) if len(postings[w]) <= MAX_POSTINGS for j in postings[w])
        for j, in_clause in sorted(shared.items()):
            other = nodes[j].day
            in_sentence = len(day.words & other.words)
            if any(c >= TELLING_FIGURE for c in (day.counts & other.counts) | (day.ages & other.ages)):
                # "turned 70 on Friday" / "who turned 70 on Thursday": a figure both tell is a word of substance
                in_clause, in_sentence = in_clause + 1, in_sentence + 1
            # the clause's verb alone ("Formula One on Wednesday cancelled the ... Grand Prix" / "The ... Grand Prix,
            # ..., was cancelled on Thursday because ...") where the sentences share the rest
            # ("Tuesday's news" is the news's day: its clause is of something else)
            alone = in_clause and in_sentence >= SENTENCE_WORDS and not _POSSESSIVE.search(day.reading.text) \
                and not _POSSESSIVE.search(other.reading.text)
            if j == i or in_clause < CLAUSE_WORDS and not alone \
                    or day.said and not other.speech or other.said and not day.speech:
                continue                    # the day officials spoke is no day of what they spoke of
            if (day.said or day.speech) and (other.said or other.speech) \
                    and not (day.clause & other.clause) - day.named - other.named:
                continue                    # "Sheriff Greg Ahern said late Monday" / "the Sheriff's Office said on
                #                             Sunday": one speaker on two days; "announced on Friday a fund" /
                #                             "the fund, announced on Thursday" tell one thing said
            # a clause told word for word ("in a televised address on Saturday") says as much as the sentence
            enough = CLAUSE_WORDS if day.clause == other.clause else SHARED_WORDS
            if in_sentence < enough or _too_far_apart(day, other):
                continue
            if (day.counts and other.counts and not day.counts & other.counts) or \
                    (day.lead is not None and other.lead is not None and day.lead != other.lead):
                continue                    # "2,122 on Sunday" / "2,497 on Monday": two updates, each on its day
            if {_looks_ahead(day.reading), _looks_ahead(other.reading)} == {True, False}:
                continue                    # "it remained closed on Wednesday" / "will stay closed on Thursday"
            score = (in_clause, in_sentence)
            for source in sorted(nodes[j].sources - mine):
                if score > best.get((i, source), ((0, 0), -1))[0]:
                    best[(i, source)] = (score, j)
    return best


def _too_far_apart(day: DayWords, other: DayWords) -> bool:
    """Whether two days (or two months) are too far apart to be one told wrong."""
    a, b = day.reading.low, other.reading.low
    if day.reading.precision == "month":
        return abs((a.year - b.year) * 12 + a.month - b.month) > MAX_GAP_MONTHS
    gap = MAX_GAP_WRITTEN if _written(day.reading) and _written(other.reading) \
        and day.bound == other.bound else MAX_GAP_DAYS
    return abs((a - b).days) > gap


def _looks_ahead(reading) -> bool | None:
    """Whether the reader took a weekday as the coming one (a future verb before it), the last one, or neither
    (a date written out)."""
    why = getattr(reading, "why", "") or ""
    return True if " on or after " in why else False if " on or before " in why else None


def told_day_claims(docs: dict[str, Document], event: str) -> tuple[list[Mention], list[Rule]]:
    """A claim for each day (and each month) two sources tell alike and give differently, in `event`."""
    sources = {label: doc for label, doc in docs.items() if doc.source.role != "draft"}
    days = _nodes([(label, day) for label, doc in sources.items()
                   for day in days_with_words(doc) if not _RELATIVE.search(day.reading.text)])
    months = _nodes([(label, month) for label, doc in sources.items()
                     for month in periods_with_words(doc) if month.reading.precision == "month"])
    mentions, rules, used = _claims_of(days, docs, event, set())
    more, more_rules, _ = _claims_of(months, docs, event, used)
    return mentions + more, rules + more_rules


def _claims_of(nodes: list[_Node], docs: dict[str, Document], event: str, used: set[str]) \
        -> tuple[list[Mention], list[Rule], set[str]]:
    best = _best_matches(nodes)
    joined = UnionFind(len(nodes))
    for (i, _), (_, j) in sorted(best.items()):
        if any(best.get((j, source), (None, -1))[1] == i for source in nodes[i].sources):   # each the other's best
            joined.union(i, j)
    groups: dict[int, list[tuple[str, DayWords]]] = defaultdict(list)
    for i, node in enumerate(nodes):
        groups[joined.find(i)].extend(node.members)
    mentions, rules = [], []
    for members in groups.values():
        if len({day.reading.low for _, day in members}) < 2 or len({label for label, _ in members}) < 2:
            continue
        words = Counter(w for _, day in members for w in day.clause)
        label = " ".join(sorted((w for w, n in words.items() if n >= 2), key=lambda w: (-words[w], w))[:3])
        claim = TOLD_DAY_CLAIM + label.replace(" ", "_")
        while claim in used:
            claim += "+"
        used.add(claim)
        what = "month" if members[0][1].reading.precision == "month" else "day"
        rules.append(made_rule(claim, "date", f"{what.title()}: {label}", "auto",
                               description=f"a {what} two sources tell in like words"))
        mentions.extend(_mention(docs[label], day, claim, event) for label, day in members)
    return mentions, rules, used
