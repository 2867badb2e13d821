"""Aligned sentences: two sources telling one fact in nearly the same words, and where their words differ.

Wire rewrites drift: "The freighter ran aground north of the port" / "... south of the port";
"a court in Abuja" / "a court in Kano". Sentences of different sources are paired when, with
their figures, dates and times masked, they read almost alike (rapidfuzz, above CUTOFF);
where a pair differs in a direction word or a name (a capitalised word put for another), that
difference is a mention pair of a claim of its own, `aligned:<n>`, whatever rule did or did not
see it. A figure, a day or a time put for another in the same place ("came second with 6,984,520 votes" /
"... 6,948,520 votes"; "visited the port on Saturday" / "... on Sunday"), where the two cannot both be right and
no claim already holds the pair, is a claim of its own too (days and times: aligned_moments.py).

Pairing stays near-linear: candidates come from an inverted index of the sentences' rarer
words, never from all pairs.
"""
from __future__ import annotations

import bisect
import difflib
from collections import Counter, defaultdict
from dataclasses import dataclass
from functools import cached_property

import regex
from rapidfuzz import fuzz

from checker.claims.aligned_moments import copies_moments, masked_places, moment_differences
from checker.claims.document import Document, Mention
from checker.claims.open_figures import OPEN_KINDS
from checker.claims.rules import Rule, made_rule
from checker.reading.names import COMMON, TITLES, short_for, spelt_alike

CUTOFF = 74            # rapidfuzz ratio of the masked sentences, 0 to 100
LOOSE_CUTOFF = 55      # ... of sentences worded only loosely alike, where a name flanked alike is still compared
MIN_WORDS = 8          # shorter sentences say too little to be aligned
MIN_SHARED_RARE = 3    # rare words a candidate pair must share
DIRECTIONS = frozenset("""north south east west northeast northwest southeast southwest northern southern eastern
    western north-east north-west south-east south-west before after above below up down higher lower more fewer
    less rose fell increased decreased inside outside""".split())
# a day or month name: capitalised, but no name of a place or a body
CALENDAR_WORD = regex.compile(r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|January|February|March|April|May|June|July"
                              r"|August|September|October|November|December"
                              r"|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.")   # "Jan. 14", as AP writes it
_TOKEN = regex.compile(r"\p{L}[\p{L}'’-]*|#")


@dataclass
class _Sentence:
    doc: Document
    start: int
    end: int
    spans: list[tuple[int, int]]           # figures, dates and times inside it
    masked: str                            # the sentence with each of those as "#", in lower case

    @cached_property
    def tokens(self) -> list[tuple[str, int, int]]:
        """(word as written, or "#" for a masked span; start; end)."""
        tokens, at = [], self.start
        for s, e in self.spans + [(self.end, self.end)]:
            if s < at:
                continue
            tokens.extend((m.group(), m.start(), m.end()) for m in _TOKEN.finditer(self.doc.text, at, s))
            if s < self.end:
                tokens.append(("#", s, e))
            at = max(at, e)
        return tokens


    @cached_property
    def masks(self) -> list[int]:
        """Where each "#" of `tokens` starts, found without reading the words: copies of one masked sentence hold
        their figures at these places, in this order."""
        starts, at = [], self.start
        for s, e in self.spans:
            if s >= at and s < self.end:
                starts.append(s)
                at = max(at, e)
        return starts


def _masked(doc: Document, start: int, end: int, spans: list[tuple[int, int]]) -> _Sentence:
    pieces, at = [], start
    for s, e in spans:
        if s >= at:
            pieces.append(doc.text[at:s])
            pieces.append(" # ")
            at = e
    pieces.append(doc.text[at:end])
    return _Sentence(doc, start, end, spans, " ".join("".join(pieces).lower().split()))


def _sentences(docs: dict[str, Document]) -> list[list[_Sentence]]:
    """Sentences long enough to align, those that read the same once masked kept together: a sentence copied
    into a thousand sources is paired once."""
    by_text: dict[str, list[_Sentence]] = {}
    for doc in docs.values():
        spans = sorted([(q.start, q.end) for q in doc.quantities] + [(d.start, d.end) for d in doc.dates]
                       + [(t.start, t.end) for t in doc.times])
        starts = [s for s, _ in spans]
        for sentence in doc.sentences:
            if sentence.is_heading or sentence.text.count(" ") < MIN_WORDS:
                continue
            inside = spans[bisect.bisect_left(starts, sentence.start):bisect.bisect_left(starts, sentence.end)]
            s = _masked(doc, sentence.start, sentence.end, inside)
            by_text.setdefault(s.masked, []).append(s)
    return list(by_text.values())


def _pairs(groups: list[list[_Sentence]], far: list | None = None) -> list[tuple[int, int, float]]:
    """Pairs of sentences of different sources that read alike, each sentence in its best pair only, with their
    score: from CUTOFF they read almost alike; from LOOSE_CUTOFF only a name flanked alike is compared. Pairs that
    share rare words but read less alike still are added to `far`, where only a clause told alike is compared."""
    sentences = [group[0] for group in groups]
    words = [{t.lower() for t, _, _ in s.tokens if len(t) > 3} for s in sentences]
    frequency = Counter(w for bag in words for w in bag)
    rare_limit = max(3, len({s.doc.source.label for s in sentences}))
    postings: dict[str, list[int]] = defaultdict(list)
    for i, bag in enumerate(words):
        for w in bag:
            if frequency[w] <= rare_limit:
                postings[w].append(i)
    # the looser block of sentences that read differently (see _clause_names): words twice as common count
    looser: dict[str, list[int]] = defaultdict(list)
    for i, bag in enumerate(words):
        for w in bag:
            if frequency[w] <= 2 * rare_limit:
                looser[w].append(i)
    best: dict[int, tuple[float, int]] = {}
    for i, bag in enumerate(words):
        shared = Counter(j for w in bag for j in postings.get(w, ()) if j > i)
        if far is not None:
            wide = Counter(j for w in bag for j in looser.get(w, ()) if j > i)
            shared.update({j: 0 for j, count in wide.items() if count >= MIN_SHARED_RARE + 1})
        for j, count in sorted(shared.items()):  # in index order: ties go the same way on every run
            if {s.doc.source.label for s in groups[i]} == {s.doc.source.label for s in groups[j]}:
                continue
            proposed = count >= MIN_SHARED_RARE   # else only the looser block proposed it: never aligned
            if not proposed and (far is None or wide[j] < MIN_SHARED_RARE + 1):
                continue
            score = fuzz.ratio(sentences[i].masked, sentences[j].masked)
            if score < LOOSE_CUTOFF:
                if far is not None:
                    far.append((i, j))          # read differently: only a clause told alike is compared
            elif proposed:
                for a, b in ((i, j), (j, i)):
                    if score > best.get(a, (0.0, -1))[0]:
                        best[a] = (score, b)
    return sorted({(min(i, j), max(i, j), score) for i, (score, j) in best.items() if best.get(j, (0, -1))[1] == i})


def _titled(*words: str) -> bool:
    """"Mr Biden" / "President Biden": one person, titled two ways."""
    return any(w.lower().rstrip(".") in TITLES for w in words)


def _differences(a: _Sentence, b: _Sentence) -> list[tuple[tuple[str, int, int], tuple[str, int, int]]]:
    """Word put for word: a direction for another, or a capitalised name for another."""
    left = [t.lower() for t, _, _ in a.tokens]
    right = [t.lower() for t, _, _ in b.tokens]
    in_left, in_right = set(left), set(right)
    found = []
    for op, i1, i2, j1, j2 in difflib.SequenceMatcher(a=left, b=right, autojunk=False).get_opcodes():
        if op != "replace" or i2 - i1 != j2 - j1 or i2 - i1 > 3:
            continue
        for x, y in zip(a.tokens[i1:i2], b.tokens[j1:j2]):
            wx, wy = x[0], y[0]
            if "#" in (wx, wy) or wx.lower() == wy.lower() or wx.lower() in in_right or wy.lower() in in_left:
                continue        # (each word also in the other sentence: a list told in another order)
            direction = wx.lower() in DIRECTIONS and wy.lower() in DIRECTIONS \
                and wx.lower().replace("-", "") != wy.lower().replace("-", "")     # "north-west" / "northwest"
            names = (wx[0].isupper() and wy[0].isupper() and x[1] > a.start and y[1] > b.start
                     and not spelt_alike(wx, wy)        # a spelling of one name is the Names sheet's matter
                     and not _titled(wx, wy) and not short_for(wx, wy))
            if direction or names:
                found.append((x, y))
    return found


def _flanked_names(a: _Sentence, b: _Sentence) -> list[tuple[tuple[str, int, int], tuple[str, int, int]]]:
    """In sentences that read only loosely alike, a name put for another where the two words before it and the
    word after it are the same in both ("was at a conference on Oahu when" / "attending a conference on Kauai
    when"): the place in the sentence says it is the same role."""
    return [(x, y) for x, y, (before, after), theirs in _swapped_words(a, b, 2, 1)
            if (before, after) == theirs and "#" not in before + [x[0].lower()] + after and _another_name(x[0], y[0])]


def _swapped_words(a: _Sentence, b: _Sentence, before: int, after: int):
    """Each word of one sentence put for one word of the other, with the `before` words before it and the `after`
    words after it in each (lower case): (word of a, word of b, a's flanks, b's flanks)."""
    left = [t.lower() for t, _, _ in a.tokens]
    right = [t.lower() for t, _, _ in b.tokens]
    for op, i1, i2, j1, j2 in difflib.SequenceMatcher(a=left, b=right, autojunk=False).get_opcodes():
        if op == "replace" and i2 - i1 == 1 and j2 - j1 == 1 and i1 >= before and j1 >= before:
            yield (a.tokens[i1], b.tokens[j1], (left[i1 - before:i1], left[i2:i2 + after]),
                   (right[j1 - before:j1], right[j2:j2 + after]))


def _another_name(x: str, y: str) -> bool:
    """Whether a word put for another in a place told alike names another thing: both names (no calendar words),
    not one name spelt, titled or shortened two ways, nor two that share a part ("Bengaluru-Howrah" /
    "Yeshwantpur-Howrah": one train, named two ways)."""
    if set(x.lower().split("-")) & set(y.lower().split("-")) or _titled(x, y) or short_for(x, y):
        return False
    return all(w[0].isupper() and w.lower() not in COMMON and not CALENDAR_WORD.fullmatch(w) for w in (x, y)) \
        and not spelt_alike(x, y)


def _figure_differences(a: _Sentence, b: _Sentence) -> list[tuple[tuple[str, int, int], tuple[str, int, int]]]:
    """Masked figures in the same place of two aligned sentences that cannot both be right: same kind and unit,
    intervals apart."""
    found = []
    for x, y in masked_places(a, b):
        qx, qy = a.doc.quantity_at(x[1]), b.doc.quantity_at(y[1])
        if _apart(qx, qy) and not (_told_in(b, qx) and _told_in(a, qy)):   # (a list told in another order)
            found.append((x, y))
    return found


def _told_in(sentence: _Sentence, q) -> bool:
    """Whether the sentence gives the figure q somewhere among its masked figures."""
    return any(o is not None and (o.low, o.high, o.unit) == (q.low, q.high, q.unit)
               for o in (sentence.doc.quantity_at(t[1]) for t in sentence.tokens if t[0] == "#"))


def _apart(qx, qy) -> bool:
    return qx is not None and qy is not None and qx.kind in OPEN_KINDS and (qx.kind, qx.unit) == (qy.kind, qy.unit) \
        and (qx.low > qy.high or qy.low > qx.high)


def _copies_apart(group: list[_Sentence]) -> list[tuple[int, list]]:
    """For sentences that read the same once their figures are masked ("came second with 6,984,520 votes" /
    "... 6,948,520 votes"): each masked place where two sources' figures cannot both be right, with every copy's
    quantity there."""
    if len({s.doc.source.label for s in group}) < 2:
        return []
    found = []
    for k in range(len(group[0].masks)):
        at = [(s, q) for s in group if (q := s.doc.quantity_at(s.masks[k])) is not None]
        # one reading per distinct figure (a thousand copies hold a few), with the sources giving it
        readings: dict[tuple, tuple] = {}
        for s, q in at:
            readings.setdefault((q.low, q.high, q.kind, q.unit), (q, set()))[1].add(s.doc.source.label)
        values = list(readings.values())
        if any(_apart(qx, qy) and sx | sy != sx & sy for n, (qx, sx) in enumerate(values) for qy, sy in values[n + 1:]):
            found.append((k, at))
    return found


def _every_copy(group: list[_Sentence], first: _Sentence, token: tuple[str, int, int]) -> list:
    """The word in each source whose sentence reads as `first` does: same place in the same tokens."""
    at = [t[1:] for t in first.tokens].index(token[1:])
    return [(s, s.tokens[at]) for s in group]


def aligned_claims(docs: dict[str, Document], event: str,
                   taken: list[Mention] = ()) -> tuple[list[Mention], list[Rule]]:
    """Mentions and rules of the differences found in aligned sentences; figure pairs one claim of `taken`
    already holds are left to it."""
    groups = _sentences(docs)
    mentions, rules, seen = [], [], set()
    claims_at: dict[tuple[str, int], set[str]] = defaultdict(set)
    for m in taken:
        claims_at[(m.source, m.start)].add((m.claim, m.event))
    for group in groups:
        for _, copies in _copies_apart(group):
            held = [claims_at[(s.doc.source.label, q.start)] for s, q in copies]
            if set.intersection(*held):
                continue                                 # a claim holds them all already
            claim = f"aligned:{len(rules) + 1}"
            rules.append(made_rule(claim, "count", "aligned sentences: " + " / ".join(
                dict.fromkeys(q.text for _, q in copies)), "aligned"))
            mentions.extend(_figure_mention(s.doc, q, claim, event) for s, q in copies)
        for copies in copies_moments(group):
            if set.intersection(*[claims_at[(s.doc.source.label, d.start)] for s, d, _ in copies]):
                continue
            claim = f"aligned:{len(rules) + 1}"
            rules.append(made_rule(claim, "entity", "aligned sentences: " + " / ".join(
                dict.fromkeys(d.text for _, d, _ in copies)), "aligned"))
            mentions.extend(_moment_mention(s.doc, d, value, claim, event) for s, d, value in copies)
    far: list = []
    for i, j, score in _pairs(groups, far):
        a, b = groups[i][0], groups[j][0]
        if score < CUTOFF:
            _add_differences(_flanked_names(a, b), groups[i], groups[j], a, b, event, mentions, rules, seen)
            continue
        for x, y in _figure_differences(a, b):
            if claims_at[(a.doc.source.label, x[1])] & claims_at[(b.doc.source.label, y[1])] or (x[1], y[1]) in seen:
                continue
            seen.add((x[1], y[1]))
            claim = f"aligned:{len(rules) + 1}"
            written = (a.doc.quantity_at(x[1]).text, b.doc.quantity_at(y[1]).text)
            rules.append(made_rule(claim, "count", "aligned sentences: {} / {}".format(*written), "aligned"))
            for sentence, (_, start, _) in _every_copy(groups[i], a, x) + _every_copy(groups[j], b, y):
                mentions.append(_figure_mention(sentence.doc, sentence.doc.quantity_at(start), claim, event))
        for dx, dy, values in moment_differences(a, b):
            if claims_at[(a.doc.source.label, dx.start)] & claims_at[(b.doc.source.label, dy.start)] \
                    or (dx.start, dy.start) in seen:
                continue
            seen.add((dx.start, dy.start))
            claim = f"aligned:{len(rules) + 1}"
            rules.append(made_rule(claim, "entity", f"aligned sentences: {dx.text} / {dy.text}", "aligned"))
            mentions += [_moment_mention(a.doc, dx, values[0], claim, event),
                         _moment_mention(b.doc, dy, values[1], claim, event)]
        _add_differences(_differences(a, b), groups[i], groups[j], a, b, event, mentions, rules, seen)
    for i, j in far:
        a, b = groups[i][0], groups[j][0]
        _add_differences(_clause_names(a, b), groups[i], groups[j], a, b, event, mentions, rules, seen)
    return mentions, rules


def _clause_names(a: _Sentence, b: _Sentence) -> list[tuple[tuple[str, int, int], tuple[str, int, int]]]:
    """In sentences that share rare words but read differently, a name put for another inside one clause told
    alike: the three words before it and the two after it the same ("which sailed from Auckland on Monday night" /
    "which sailed from Lyttelton on Monday night")."""
    found = []
    for x, y, (before, after), (theirs_before, theirs_after) in _swapped_words(a, b, 3, 2):
        flanks = before + after
        if flanks == theirs_before + theirs_after and len(flanks) == 5 and flanks.count("#") <= 1 \
                and any(len(w) > 3 and w not in COMMON for w in flanks) and _another_name(x[0], y[0]):
            found.append((x, y))
    return found


def _add_differences(found: list, group_a: list, group_b: list, a: _Sentence, b: _Sentence, event: str,
                     mentions: list, rules: list, seen: set) -> None:
    """A claim of its own for each word put for another, with the word in every copy of both sentences."""
    for x, y in found:
        key = tuple(sorted((x[0].lower(), y[0].lower())))
        if key in seen:
            continue                                     # one difference, however many pairs show it
        seen.add(key)
        claim = f"aligned:{len(rules) + 1}"
        rules.append(made_rule(claim, "entity", f"aligned sentences: {x[0]} / {y[0]}", "aligned"))
        for sentence, (word, start, end) in _every_copy(group_a, a, x) + _every_copy(group_b, b, y):
            doc = sentence.doc
            mentions.append(Mention(
                source=doc.source.label, path=doc.source.path, role=doc.source.role, claim=claim, kind="entity",
                text=word, start=start, end=end, low=None, high=None, value=word,
                why=f"{word}: where the other source's sentence, worded like this one, has another word",
                sentence=doc.text[sentence.start:sentence.end], sentence_index=doc.index.at(start).index,
                event=event, event_how="aligned sentences of the story"))


def _figure_mention(doc: Document, q, claim: str, event: str) -> Mention:
    sentence = doc.index.at(q.start)
    return Mention(source=doc.source.label, path=doc.source.path, role=doc.source.role, claim=claim, kind="count",
                   text=q.text, start=q.start, end=q.end, low=q.low, high=q.high, low_inclusive=q.low_inclusive,
                   high_inclusive=q.high_inclusive, stated=q.stated, unit=q.unit,
                   value=f"{q.stated:,.0f}" if float(q.stated).is_integer() else f"{q.stated:,.4g}",
                   qualifier=q.qualifier, why=f"{q.why}: where the other source's nearly identical sentence has "
                   "another figure", sentence=sentence.text, sentence_index=sentence.index, event=event,
                   event_how="aligned sentences of the story")


def _moment_mention(doc: Document, d, value: str, claim: str, event: str) -> Mention:
    """A day's or a time's mention, compared by `value` (see aligned_moments)."""
    sentence = doc.index.at(d.start)
    return Mention(source=doc.source.label, path=doc.source.path, role=doc.source.role, claim=claim, kind="entity",
                   text=d.text, start=d.start, end=d.end, low=None, high=None, value=value,
                   why=f"{d.text} ({value}): where the other source's nearly identical sentence has another moment",
                   sentence=sentence.text, sentence_index=sentence.index, event=event,
                   event_how="aligned sentences of the story")
