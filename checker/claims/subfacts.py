"""Sub-facts: a rule's claim that holds a breakdown, told apart by the words around each figure.

A loss rule sees "losses of $10 billion", "customers lost $8 billion" and "investors lost $1.7 billion";
a death-toll rule sees the toll and the toll when the outbreak was announced. They are different facts,
and comparing them makes false alarms. A claim is split where a source itself gives it two different
figures in one sentence (a breakdown, not a disagreement, nor a toll that rose): its figures are then
paired across sources the way open claims are (the same words around them), and each group of two
sources or more that holds a figure of the breakdown becomes a claim of its own
(`damage_cost:customer_lost`). So are figures far below the toll in a source that gives the toll too (one
county's dead), paired with their like elsewhere. The rest stay in the claim: a toll worded two ways is
still one toll.
"""
from __future__ import annotations

import bisect
import re
from collections import defaultdict

from checker.claims.counted_nouns import group_before
from checker.claims.document import Document, Mention
from checker.claims.kinds.count import figure_value, opens_a_group
from checker.claims.open_claims import label_of, pair_open, word_weights
from checker.claims.parties import as_token
from checker.claims.open_figures import rule_items
from checker.claims.rules import Rule
from checker.claims.toll_parts import FAR_BELOW, headline_of, local_parts
from checker.reading import Quantity

# "109 people were wounded, among them 16 children": the figure before such words is the whole, and stays the claim's
_PART_MARK = re.compile(r"\b(?:including|includ(?:es|ed)|among\s+(?:them|whom)|of\s+(?:them|whom|which))\b", re.I)


_NOUN_AFTER = re.compile(r"\s+(?:of\s+them\s+)?(?:(?:were|was|are|is)\s+)?([a-z]{3,})", re.I)

# "Of the dead, 97 were women", "Among those killed were 26 foreigners": the figure is a part of a whole the
# sentence names but need not count, so it is never the whole's figure
_PART_LEAD = re.compile(r"\bof\s+(?:these|them|whom)\s*,?\s+$"
                        r"|\b(?:of|among)\s+(?:the|those)\s+(?:[a-z]+\s+){0,2}?(?:dead|deceased|killed|victims|injured|wounded|"
                        r"hurt|fatalities|deaths|casualties|missing|arrested|detained|rescued|evacuated|passengers)"
                        r",?\s+(?:(?:were|was|are|is)\s+)?$", re.I)
# "the remains of 24 of the 26 foreign victims": the first figure is a part of the second
# "24 of the 26": a lower-case "of" in the same paragraph ("...: 15" then "Of the 17 deceased" starts another)
_OF_FIGURE = re.compile(r"(?=\s)[ \t]*\n?[ \t]*of\s+(?i:the|those|them|all)\s+")
_GROUP_WORD = re.compile(r"([a-z]{3,})\b(?!\s+of\b)", re.I)     # "of the survivors", not "of the town of Onna"
# "334 children were among the dead": the figure is a part, told by the words after it
_AMONG_AFTER = re.compile(r"\s+[a-z]+\s+(?:were|was|are|is)\s+(?:also\s+)?among\s+(?:the|those)\s+(?:[a-z]+\s+){0,2}?"
                          r"(?:dead|killed|victims|injured|wounded|hurt|deaths|casualties|fatalities|missing|arrested|"
                          r"detained|rescued|evacuated)\b", re.I)
# "More than 130 of the dead were pupils": a part of a whole named after it, told by what it is after the verb
_OF_WHOLE_AFTER = re.compile(r"\s+of\s+(?:the|those)\s+(?:[a-z]+\s+){0,2}?(?:dead|deceased|killed|victims|injured|"
                             r"wounded|hurt|fatalities|casualties|missing|arrested|detained|rescued|evacuated|"
                             r"passengers)\s+(?:were|was|are|is)(?=\s+(?:also\s+)?[a-z])", re.I)
# "97 were women and 54 were men": the figure after a part, told the same way, is a part too
_NEXT_PART = re.compile(r"\s+(?:(?:were|was|are|is)\s+)?[a-z]+\s*,?\s*(?:and\s+)?$", re.I)


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
        doc = docs[source]
        for whole, part in zip(mine, mine[1:]):
            # "68 passengers, including 15 foreigners, and four crew": the mark is the 15's, not the four's
            between = doc.quantities[bisect.bisect_left(doc.quantity_starts, whole.end):
                                     bisect.bisect_left(doc.quantity_starts, part.start)]
            if _PART_MARK.search(text, max([whole.end] + [q.end for q in between]), part.start):
                wholes.add(id(whole))
                parts.append((part, _noun_after(text, part.end)))
    return wholes, parts


# nouns (as _noun_after keys them) that say no more than the claim itself: no part
_PLAIN_NOUNS = frozenset({"people", "person", "individual", "victim", "dead", "other", "killed", "death", "bodie",
                          "those", "more", "part", "injured", "wounded", "hurt", "missing", "arrested", "detained",
                          "rescued", "evacuated", "displaced", "casualtie", "fatalitie", "resident", "live", "life",
                          "total"})
# "1,404 were in a critical condition": no noun says what the part is
_NOT_NOUNS = frozenset("were was are is in at on of the a an still being been have has had and or with from for "
                       "who which that".split())


# "nine further bodies were retrieved", "a further 12 were found": what was added to a count, never the count
# ("12 killed and 50 more injured" or "another 30 injured" count others, not a step)
_INCREMENT_AFTER = re.compile(r"\s+further\b", re.I)
_INCREMENT_BEFORE = re.compile(r"\ba\s+further\s+$", re.I)


def _noun_after(text: str, end: int) -> str:
    """The noun that says what a part counts, one key for "foreigners" and "foreign nationals", "women" and
    "woman"; "part" when none follows."""
    noun = _NOUN_AFTER.match(text, end)
    word = noun.group(1).lower() if noun else ""
    if not word or word in _NOT_NOUNS:
        return "part"
    bare = _MEMBERS.sub("", word)
    word = bare if len(bare) >= 4 else word
    word = word.removesuffix("s")
    return word[:-2] if word.endswith("er") and len(word) > 6 else word.replace("women", "woman")


# "crewmembers", "crewmen" and "crew members" are the crew
_MEMBERS = re.compile(r"(?:member|man|men|woman|women)s?\Z")


def _led_parts(group: list[Mention], docs: dict[str, Document]) -> list[tuple[Mention, str]]:
    """Parts told by the words before them, with the noun after each (women, foreign); a part of another figure
    of the claim ("24 of the 26") is named after that figure, so it is compared with nothing but its like."""
    parts: list[tuple[Mention, str]] = []
    starts = {(m.source, m.start): m for m in group}
    for m in sorted(group, key=lambda m: (m.source, m.start)):
        doc = docs[m.source]
        sentence = doc.index.at(m.start)
        if sentence is None:
            continue
        before = doc.text[max(sentence.start, m.start - 80):m.start]
        after_part = parts and parts[-1][0].source == m.source and parts[-1][0].sentence_index == m.sentence_index \
            and _NEXT_PART.fullmatch(doc.text, parts[-1][0].end, m.start)
        if _PART_LEAD.search(before) or after_part or _AMONG_AFTER.match(doc.text, m.end):
            parts.append((m, _noun_after(doc.text, m.end)))
            continue
        of_whole = _OF_WHOLE_AFTER.match(doc.text, m.end)
        if of_whole is not None:
            parts.append((m, _noun_after(doc.text, of_whole.end())))
            continue
        group_size = _opening_group(doc, sentence, m)
        if group_size is not None and any(o.source == m.source and o.low > group_size.high for o in group):
            # "Of the 16 Russian citizens on board, nine survived and seven died", the toll 38: some of the dead
            parts.append((m, _noun_after(doc.text, group_size.end)))
            continue
        if _INCREMENT_AFTER.match(doc.text, m.end) or _INCREMENT_BEFORE.search(before):
            parts.append((m, f"added_in_{m.source}"))      # one source's step, compared with no other's
            continue
        of = _OF_FIGURE.match(doc.text, m.end)
        if of is not None and (m.source, of.end()) in starts:
            whole = starts[(m.source, of.end())]
            parts.append((m, "share_of_" + whole.value.replace(",", "")))
            noun = _noun_after(doc.text, whole.end)
            if noun not in _PLAIN_NOUNS:            # "of the 26 foreign victims": a part too
                parts.append((whole, noun))
        elif of is not None:
            # the whole no rule took ("the remains of 24 of the 26 foreign victims have been sent home")
            at = bisect.bisect_left(doc.quantity_starts, of.end())
            if at < len(doc.quantities) and doc.quantities[at].start == of.end():
                parts.append((m, "share_of_" + figure_value(doc.quantities[at]).replace(",", "")))
            elif (named := _GROUP_WORD.match(doc.text, of.end())) is not None:
                parts.append((m, "some_of_" + named.group(1).lower()))   # "more than 100 of the survivors"
    return parts


def _opening_group(doc: Document, sentence, m: Mention):
    """The figure of the group a sentence opens with ("Of the 16 Russian citizens on board, ..."), where `m` comes
    after it in that sentence; None otherwise."""
    at = bisect.bisect_left(doc.quantity_starts, sentence.start)
    if at >= len(doc.quantities) or not sentence.start <= doc.quantities[at].start < m.start:
        return None
    first = doc.quantities[at]
    return first if opens_a_group(doc, first, sentence) else None


def _part(made: dict[str, Rule], rule: Rule, noun: str) -> Rule:
    """The claim of the rule's part that counts `noun` (`deaths:woman`), made once; a token's part is its
    currency's ("$181,000 in the USDT stablecoin" is `amount_recovered:USDT`, as "181,000 USDT" is)."""
    noun = as_token(noun)
    claim = f"{rule.id}:{noun}"
    return made.setdefault(claim, rule.part(claim, f"{rule.label} ({noun.replace('_', ' ')})"))


def split_subfacts(mentions: list[Mention], docs: dict[str, Document], rules: list[Rule]) -> list[Rule]:
    rule_of = {r.id: r for r in rules}
    by_claim: dict[tuple[str, str], list[Mention]] = defaultdict(list)
    for m in mentions:
        rule = rule_of.get(m.claim)
        if rule is not None and rule.kind == "count" and m.role != "draft" and not m.superseded:
            by_claim[(m.claim, m.event)].append(m)          # the 1960 toll and this year's are not a breakdown
    made: dict[str, Rule] = {}
    worded: set[str] = set()            # parts named by the words their figures were paired on
    for (claim, _), group in by_claim.items():
        values: dict[tuple[str, int], set[str]] = defaultdict(set)
        parties: dict[tuple[str, int], set[str]] = defaultdict(set)
        for m in group:
            values[(m.source, m.sentence_index)].add(m.value)
            parties[(m.source, m.sentence_index)].add(m.party)
        # police's 80,000 and the organisers' half a million in one sentence are parties, not a breakdown
        breakdowns = {key for key, v in values.items() if len(v) >= 2 and len(parties[key]) == 1}
        rule = rule_of[claim]
        for mention, noun in (_led_parts(group, docs) if ":" not in claim else ()):   # a facet is a part already
            mention.claim = _part(made, rule, noun).id
        for mention, noun in _far_below(group, docs):
            if mention.claim == claim:
                mention.claim = _part(made, rule, noun).id
        if breakdowns:                      # else no sentence gives two figures: one fact, however worded
            worded |= _split_breakdowns(group, docs, breakdowns, made, rule)
        for pair, label in local_parts([m for m in group if m.claim == claim], docs):
            for item in pair:
                item.mention.claim = _part(made, rule, label).id
    _by_counted_noun(mentions, docs, made, worded, rule_of)
    _draft_parts(mentions, docs, by_claim, made, rule_of)
    return [rule for rule in made.values() if rule.id in {m.claim for m in mentions}]


def _split_breakdowns(group: list[Mention], docs: dict[str, Document], breakdowns: set, made: dict[str, Rule],
                      rule: Rule) -> set[str]:
    """The figures of the sentences that give the claim two figures, paired across sources by their words into
    parts; the parts' claims named by those words."""
    claim, worded = rule.id, set()
    in_source: dict[str, list[Mention]] = defaultdict(list)
    for m in group:
        in_source[m.source].append(m)
    items = [item for label, mine in in_source.items() for item in rule_items(docs[label], mine)]
    wholes, parts = _wholes_and_parts(group, docs)
    pairs = [p for p in pair_open(items)
             if any((i.mention.source, i.mention.sentence_index) in breakdowns for i in p)
             and not any(id(i.mention) in wholes for i in p)]
    weight = word_weights(items)
    for pair in pairs:
        part = _part(made, rule, "_".join(label_of(pair, weight).split()))
        worded.add(part.id)
        for item in pair:
            item.mention.claim = part.id
    # a part left in the claim ("including five children") is never the whole: it is compared with the parts
    # other sources give of the same noun
    for mention, noun in parts + _own_nouns(group, docs, breakdowns, wholes, claim, {id(p) for p, _ in parts}) \
            + _below_own_headline(group, docs, breakdowns):
        if mention.claim == claim:
            mention.claim = _part(made, rule, noun).id
    _join_named_parts(group, docs, made, claim)
    return worded


def _draft_parts(mentions: list[Mention], docs: dict[str, Document], by_claim: dict, made: dict[str, Rule],
                 rule_of: dict[str, Rule]) -> None:
    """A draft figure far below the sources' headline figure of its claim, counting a noun of its own ("All six
    Kazakhs were killed" in a story of 38 dead), is that noun's part, as a source's would be: set against the
    sources' figures of that part, or against none, never against the toll."""
    for m in mentions:
        if m.role != "draft" or (m.claim, m.event) not in by_claim or m.low != m.low:
            continue
        theirs = [x for x in by_claim[(m.claim, m.event)] if x.claim == m.claim and x.qualifier != "vague"]
        headline = headline_of(theirs)
        if headline is None or not m.low or m.low * FAR_BELOW >= headline:
            continue
        # the noun the claim's own figures count ("nine seats" in a tally of seats) makes no part
        usual = {_counted_noun(x, docs[x.source]) for x in theirs if x.low * FAR_BELOW >= headline}
        noun = _counted_noun(m, docs[m.source])
        if noun not in _PLAIN_NOUNS and noun not in usual:
            m.claim = _part(made, rule_of[m.claim], noun).id


def _by_counted_noun(mentions: list[Mention], docs: dict[str, Document], made: dict[str, Rule], worded: set[str],
                     rule_of: dict[str, Rule]) -> None:
    """A part paired on its words whose figures all count one noun is that noun's part: "19 children and two
    adults were killed" paired by its words and "18 children and three adults" split by its noun are one part."""
    in_part: dict[str, list[Mention]] = defaultdict(list)
    for m in mentions:
        if m.claim in worded and m.role != "draft":
            in_part[m.claim].append(m)
    for claim, mine in in_part.items():
        nouns = {_counted_noun(m, docs[m.source]) for m in mine}
        noun = nouns.pop() if len(nouns) == 1 else ""
        rule = rule_of.get(claim.split(":")[0])
        if noun and noun not in _PLAIN_NOUNS and rule is not None and claim != f"{rule.id}:{noun}":
            for m in mine:
                m.claim = _part(made, rule, noun).id


def _counted_noun(m: Mention, doc: Document) -> str:
    """The noun the figure's reading counts, keyed as _noun_after keys it; "part" when it counts none."""
    q = _quantity_at(m, doc)
    if q is not None and q.noun:
        return _noun_after(" " + q.noun, 0)
    sentence = doc.index.at(m.start)
    label = sentence and _LIST_LABEL.fullmatch(doc.text, sentence.start, m.start)
    if label:
        return _noun_after(" " + label.group(1), 0)
    group = sentence and group_before(doc.text, sentence.start, m.start)     # "a crew of 15"
    return _noun_after(" " + group, 0) if group else "part"


def _quantity_at(m: Mention, doc: Document) -> Quantity | None:
    at = bisect.bisect_left(doc.quantity_starts, m.start)
    return doc.quantities[at] if at < len(doc.quantities) and doc.quantities[at].start == m.start else None


# "- Passengers on board: 167": a fact list's figure counts what its label names first
_LIST_LABEL = re.compile(r"\s*[-•*]\s*([A-Za-z]{3,})[^:\n]{0,40}:\s*")


def _far_below(group: list[Mention], docs: dict[str, Document]) -> list[tuple[Mention, str]]:
    """Figures far below the figure most sources give, each counting a noun the claim's other figures do not
    ("Five coast guard personnel were killed" in a story of 92 dead): a part of the toll, or another incident's,
    never the toll. Each party's figures are measured against that party's (organisers' 3.5 million and the
    police's one million are parties, not a part)."""
    out = []
    usable = [m for m in group if m.low is not None and m.qualifier != "vague"]
    for party in {m.party for m in usable}:
        # a figure no party is credited with is measured against all, a party's against its own and those
        measured = [m for m in usable if m.party in (party, "")] if party else usable
        headline = headline_of(measured)
        if headline is None:
            continue
        nouns = [(m, _counted_noun(m, docs[m.source])) for m in measured if m.party == party]
        usual = {noun for m, noun in nouns if m.low * FAR_BELOW >= headline}
        out += [(m, noun) for m, noun in nouns
                if m.low and m.low * FAR_BELOW < headline and noun not in _PLAIN_NOUNS and noun not in usual]
    return out


def _below_own_headline(group: list[Mention], docs: dict[str, Document],
                        breakdowns: set) -> list[tuple[Mention, str]]:
    """A breakdown sentence's figures, each below the figure its source gives the claim elsewhere, are parts of
    that figure: "killed 17 people" then "Twelve died inside the building and two outside it, while three died in
    hospital" tells where the 17 died, not three more tolls."""
    out = []
    for source, sentence in breakdowns:
        mine = [m for m in group if m.source == source and m.low == m.low and m.low is not None]
        inside = [m for m in mine if m.sentence_index == sentence]
        elsewhere = [m.low for m in mine if m.sentence_index != sentence and not m.superseded]
        # parts add up to no more than their whole: "12 ... and three" of 17, not "12 ... and 9"
        if inside and elsewhere and sum({m.start: m.low for m in inside}.values()) <= max(elsewhere):
            nouns = [(m, _counted_noun(m, docs[source])) for m in inside]
            # a part no noun names is this source's own: another's unnamed part may count other people
            out += [(m, f"part_in_{source}" if noun in _PLAIN_NOUNS else noun) for m, noun in nouns]
    return out


def _join_named_parts(group: list[Mention], docs: dict[str, Document], made: dict[str, Rule], claim: str) -> None:
    """A figure left in the claim that counts the noun of one of its parts joins that part, where a fact list's
    label names the noun or its sentence split: "- Passengers on board: 167" is the passengers other sources
    split from "167 passengers and nine crew"."""
    split = {(m.source, m.sentence_index) for m in group if m.claim != claim}
    for m in group:
        if m.claim != claim or claim.startswith(noun := _counted_noun(m, docs[m.source])):
            continue                    # "192 seats" in a count of seats is the count, not a part of it
        part = made.get(f"{claim}:{as_token(noun)}")
        quantity = _quantity_at(m, docs[m.source])
        listed = quantity is None or not quantity.noun          # the noun is its fact list's label's
        if noun not in _PLAIN_NOUNS and part is not None and (listed or (m.source, m.sentence_index) in split):
            m.claim = part.id


def _own_nouns(group: list[Mention], docs: dict[str, Document], breakdowns: set, wholes: set,
               claim: str, parts: set[int]) -> list[tuple[Mention, str]]:
    """A breakdown's figures no pairing split, each by the noun it counts: "171 passengers, two flight crew
    members" / "174 passengers and six crew" are passengers and crew, not one count told four ways; so are "68
    passengers, including 15 foreigners, and four crew", though the passengers are the foreigners' whole."""
    nouns = [(m, _counted_noun(m, docs[m.source])) for m in group if (m.source, m.sentence_index) in breakdowns]
    out = []
    for m, noun in nouns:
        if m.claim != claim or noun in _PLAIN_NOUNS:
            continue
        if id(m) in wholes and not any(other is not m and id(other) not in parts and other.source == m.source
                                       and other.sentence_index == m.sentence_index and theirs != noun
                                       and theirs not in _PLAIN_NOUNS for other, theirs in nouns):
            continue
        out.append((m, noun))
    return out
