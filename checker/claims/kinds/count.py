"""Reader for rules of kind `count`: a figure near a cue word, in an allowed unit.

"more than 6,500 troops ... claimed the lives of" is a count of people near the
cue "lives"; the unit check keeps "44 days" and "2 attacks" out of a death toll.
"""
from __future__ import annotations

import bisect

import regex

from checker.claims.document import Document, Mention
from checker.reading import Quantity
from checker.claims.rules import Rule
from checker.claims.kinds._near import CueFinder, mention


def unit_allowed(rule: Rule, quantity: Quantity) -> bool:
    units = rule.spec.units
    if not units:
        return True
    for unit in units:
        # "about two-thirds were women" is a share of the dead, never a number of them
        if unit == "none" and quantity.unit is None and quantity.kind != "fraction" \
                and not ("people" in units and quantity.step < 1 and quantity.stated % 1):
            return True                 # (a count of people is whole: "the largest measuring 6.2" counts no one)
        if unit in (quantity.unit, quantity.kind):
            return True
    return False


def format_figure(value: float) -> str:
    return f"{value:,.0f}" if float(value).is_integer() else f"{value:,.2f}".rstrip("0").rstrip(".")


def figure_value(quantity: Quantity) -> str:
    """What "the same figure" means: "tens of thousands" is never the same figure as 20,000, nor "six nautical
    miles" the same as "6 kilometers" (the figure as written, in the unit it was written in)."""
    if quantity.qualifier == "vague":
        return " ".join(quantity.text.lower().split())
    return in_written_unit(format_figure(quantity.stated), quantity)


def in_written_unit(value: str, quantity: Quantity) -> str:
    """A figure's value with the unit it was written in, where that is not the unit it is compared in ("6 nmi")."""
    stated_unit = getattr(quantity, "stated_unit", None)
    return f"{value} {stated_unit}" if stated_unit and stated_unit != quantity.unit else value


def from_quantity(rule: Rule, doc: Document, quantity: Quantity, distance: int) -> Mention:
    sentence = doc.index.at(quantity.start)
    return mention(rule, doc, sentence, quantity.start, quantity.end,
                   low=quantity.low, high=quantity.high, low_inclusive=quantity.low_inclusive,
                   high_inclusive=quantity.high_inclusive, stated=quantity.stated, unit=quantity.unit,
                   value=figure_value(quantity), qualifier=quantity.qualifier, why=quantity.why,
                   distance=distance)


def _owned_by_another(doc: Document, quantity: Quantity):
    """For a figure with a noun of its own ("three patients"): whether a cue is another figure's, standing
    inside it or right after it ("five deaths, ... and three patients were receiving treatment": the deaths
    are five)."""
    starts = doc.quantity_starts

    def owned(cue_start: int, cue_end: int) -> bool:
        if quantity.start <= cue_start < quantity.end + 1 or cue_end <= quantity.start and \
                not doc.text[cue_end:quantity.start].strip():
            return False                                    # the cue is this figure's own
        at = bisect.bisect_right(starts, cue_start) - 1
        if at < 0:
            return False
        other = doc.quantities[at]
        return other.start != quantity.start and (other.start <= cue_start < other.end
                                                  or not doc.text[other.end:cue_start].strip())
    return owned


# "241 of the 242 people on board had died": the words after "of the" tell the whole the figure is part of,
# up to the verb that tells what the part did
_PARTITIVE = regex.compile(r"\s+of\s+(?:the|those|them)\b(?:(?!\s+(?:had|has|have|were|was|are|is|survived|died|"
                           r"remain|remained|will|would)\b)\s+[^\s.;]+){0,6}", regex.IGNORECASE)


_WHOLE_FIGURE_AT = regex.compile(r"\s+of\s+(?:the|those|them)\s+(?:[\w'-]+\s+)?", regex.IGNORECASE)


def _partitive(doc: Document, quantity: Quantity):
    """For a figure that is part of a whole with a figure of its own ("one of the 242 people on board survived"):
    a cue inside the whole's words is the whole's, not the part's ("73 of the injured" keeps its cue)."""
    whole = _PARTITIVE.match(doc.text, quantity.end)
    if whole is None:
        return None
    lead = _WHOLE_FIGURE_AT.match(doc.text, whole.start())
    at = bisect.bisect_left(doc.quantity_starts, whole.start())
    if lead is None or at >= len(doc.quantities) or doc.quantities[at].start > lead.end():
        return None                                          # the whole has no figure of its own right after "of the"
    return lambda cue_start, cue_end: whole.start() <= cue_start < whole.end()


# "Five of the six crew were killed": the six is the whole the five are part of, and the words after its noun
# phrase tell what the part did
# ("40 of the village's 300 residents died", "40 of Onna's 300 residents": the whole's owner between)
_OF_THE_BETWEEN = regex.compile(r"\s+of\s+(?:(?:the|its|their|all)\s+(?:[\w-]+['’]s\s+)?"
                                r"|(?-i:\p{Lu})[\w-]*['’]s\s+)", regex.IGNORECASE)
_WHOLE_PHRASE = regex.compile(r"(?:\s+(?!(?:were|was|are|is|had|have|has|died|survived|remain\w*|escaped|"
                              r"who|that|which)\b)[\w'’-]+){0,5}", regex.IGNORECASE)


def _whole_of_a_part(doc: Document, quantity: Quantity):
    """For the whole of "five of the six crew": a cue is its own only inside its noun phrase ("the 379 people on
    board"); a cue before the part or after the phrase is the part's."""
    at = bisect.bisect_left(doc.quantity_starts, quantity.start) - 1
    if at < 0 or not _OF_THE_BETWEEN.fullmatch(doc.text, doc.quantities[at].end, quantity.start):
        return None
    phrase_end = _WHOLE_PHRASE.match(doc.text, quantity.end).end()
    return lambda cue_start, cue_end: not quantity.end <= cue_start < phrase_end


# "the death toll could rise to 10,000", "is expected to exceed 300": a projection, not a figure anyone counted;
# a target is none either
_PROJECTED_BEFORE = regex.compile(
    r"\b(?:could|may|might|would|will|(?:is|are|was|were)\s+(?:expected|likely|feared|set)\s+to|expected\s+to"
    r"|likely\s+to|feared\s+to)\s+(?:\w+\s+)?(?:rise|reach|climb|top|exceed|surpass|hit|increase|go\s+up|grow"
    r"|soar|jump|double|pass|approach|be\s+as\s+high\s+as|be)\s+(?:(?:to|above|over|beyond|past)\s+)?\Z"
    # "he wants the population reduced to about 10,000", "plans to cut staff to 5,000": a target
    r"|\b(?:wants?|wanted|plans?|planned|aims?|aimed|hopes?|hoped|intends?|intended)\s+(?:to\s+)?(?:[\w'’]+\s+){0,3}?"
    r"(?:reduced|cut|brought\s+down|lowered|raised|increased|capped|limited|reduce|cut|lower|raise|increase|cap|limit)"
    r"\s+to\s+\Z",
    regex.IGNORECASE)
PROJECTION_REACH = 50


def projected(text: str, start: int) -> bool:
    """Whether the figure at `start` is a projection ("could rise to 10,000"), not a count made. (A guess told
    after the figure, "up to 20,000 people could have been killed", stays a toll: outlets report such estimates
    as the toll, and the comparer reads "up to" as an interval.)"""
    return bool(_PROJECTED_BEFORE.search(text, max(0, start - PROJECTION_REACH), start))


# "the roughly 165 that would normally occur", "compared with about 130 over a typical four-day period": the count
# a toll is measured against, not the toll
_BASELINE_AFTER = regex.compile(
    r"[^.,;:!?()]{0,40}?\b(?:(?:would|should|will)\s+(?:normally|typically|usually|ordinarily)\b|normally\s+(?:be\s+)?"
    r"expected\b|in\s+an?\s+(?:typical|normal|average|ordinary)\b|over\s+an?\s+(?:typical|normal|average)\b)",
    regex.IGNORECASE)
_BASELINE_BEFORE = regex.compile(
    r"\b(?:would|should)\s+(?:(?:normally|typically|usually|ordinarily)\s+)?(?:see|record|expect|have)\s+"
    r"(?:(?:about|around|some|roughly|approximately|only|just)\s+)?\Z", regex.IGNORECASE)
BASELINE_REACH = 40


def baseline(text: str, quantity: Quantity) -> bool:
    """Whether the count is what would normally be ("about 165 deaths would normally be expected"), not one made."""
    return bool(_BASELINE_AFTER.match(text, quantity.end, quantity.end + 80)
                or _BASELINE_BEFORE.search(text, max(0, quantity.start - BASELINE_REACH), quantity.start))


# "33 people (female 20, male 12)": the words between a figure and the bracket that opens its breakdown
_BEFORE_BRACKET = regex.compile(r"(?:\s+[\p{L}'’-]+){0,2}\s*\(", regex.IGNORECASE)
BRACKET_REACH = 80


def in_a_breakdown(doc: Document, quantity: Quantity) -> bool:
    """Whether a count stands in the brackets that follow another count, as a part of it ("killed 33 people
    (female 20, male 12)"): the part is a figure of its own, never the total's value."""
    opened = doc.text.rfind("(", max(0, quantity.start - BRACKET_REACH), quantity.start)
    if opened < 0 or ")" in doc.text[opened:quantity.start]:
        return False
    at = bisect.bisect_left(doc.quantity_starts, opened) - 1
    if at < 0:
        return False
    whole = doc.quantities[at]
    return whole.kind == "count" and whole.end <= opened \
        and _BEFORE_BRACKET.fullmatch(doc.text, whole.end, opened + 1) is not None


# "Of the 400 people in the alley, 156 were killed": the figure opening the sentence is the group the count after
# it is told of, never that count (its own words, up to the comma, may make it one: people on board)
OPENING_GROUP = regex.compile(r"[\s\"'“‘(]*of\s+(?:the|those|all(?:\s+the)?)\s+\Z", regex.IGNORECASE)


def opens_a_group(doc: Document, quantity: Quantity, sentence) -> bool:
    """Whether the figure is the group a sentence opens with ("Of the 16 Russian citizens on board, ...")."""
    return OPENING_GROUP.fullmatch(doc.text, sentence.start, quantity.start) is not None


def _group_opening(doc: Document, quantity: Quantity, sentence):
    """For the group a sentence opens with: a cue is its own only before the comma that closes its phrase ("Of
    the 67 people on board, 38 were killed": "killed" is the 38's)."""
    if not opens_a_group(doc, quantity, sentence):
        return None
    comma = doc.text.find(",", quantity.end, sentence.end)
    phrase_end = comma if comma >= 0 else sentence.end
    return lambda cue_start, cue_end: cue_start >= phrase_end


# "at a depth of 30 metres, approximately 400 metres to the north-west": a cue the measure right after it completes
# (counts share a cue: "carrying 367 passengers and 12 crew")
_CUE_TO_FIGURE = regex.compile(r"[ \t]+(?:(?:of|was|is|at|reached|stood\s+at)[ \t]+)?")


def _or_leads_to_another(doc: Document, quantity: Quantity, owned):
    """`owned`, widened to a cue that leads straight to another measure before this one: that measure's."""
    starts = doc.quantity_starts

    def leads(cue_start: int, cue_end: int) -> bool:
        if owned is not None and owned(cue_start, cue_end):
            return True
        at = bisect.bisect_left(starts, cue_end)
        return cue_end <= quantity.start and at < len(starts) and starts[at] < quantity.start \
            and doc.quantities[at].kind == "measure" and _CUE_TO_FIGURE.fullmatch(doc.text, cue_end, starts[at])
    return leads


def read(rule: Rule, doc: Document,
         kinds: tuple[str, ...] = ("count", "money", "percent", "fraction", "measure")) -> list[Mention]:
    cues = CueFinder(rule, doc)
    if not cues:  # the cheap prefilter: no cue word anywhere in this text
        return []
    found = []
    most = rule.spec.most
    for quantity in doc.quantities:
        if quantity.kind not in kinds or not unit_allowed(rule, quantity) or most is not None and quantity.low > most:
            continue                    # "127 trapped after a magnitude 7.2 earthquake": no magnitude is 127
        if rule.counts_pattern is not None and quantity.noun and not rule.counts_pattern.fullmatch(quantity.noun):
            continue                    # "a team of 15 investigators had been sent": what it counts is no troops
        sentence = doc.index.at(quantity.start)
        if sentence is None or sentence.is_heading:
            continue
        if quantity.kind == "count" and projected(doc.text, quantity.start):
            continue                    # a toll foreseen (a sum foreseen, "losses could reach €2 billion", is the
            #                             estimate the sources give)
        if quantity.kind == "count" and (in_a_breakdown(doc, quantity) or baseline(doc.text, quantity)):
            continue
        owned = _group_opening(doc, quantity, sentence) or _whole_of_a_part(doc, quantity) \
            or (_owned_by_another(doc, quantity) if quantity.noun else _partitive(doc, quantity))
        if quantity.kind == "measure":
            owned = _or_leads_to_another(doc, quantity, owned)
        distance = cues.near(sentence, quantity.start, quantity.end, owned)
        if distance is not None:
            found.append(from_quantity(rule, doc, quantity, distance))
    return found
