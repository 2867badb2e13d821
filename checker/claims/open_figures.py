"""Per text: the figures, days and years no rule took, each with the words around it.

This is the part of open claims (see open_claims.py) that needs one text only, so it is done
where the text is read, in a worker process when the story has many texts; the pairing across
texts is done after, in open_claims.py.
"""
from __future__ import annotations

import bisect
import math
from collections import Counter
from dataclasses import dataclass

import regex

from checker.claims.context_words import (CLOCK_MARK, figure_bounds, figure_context, name_stem,
                                          names_among, others_after_names, stem)
from checker.claims.counted_nouns import COMPOUND, COMPOUND_HEAD, LASTED_BEFORE, SPAN_OF, counted_before, counted_once
from checker.claims.conversions import converted_money, split_conversion
from checker.claims.document import Document, Mention
from checker.claims.facets import MEASURED_FROM, OF_THEM
from checker.claims.parties import TOKEN_UNITS
from checker.claims.kinds.count import in_a_breakdown, in_written_unit
from checker.claims.person_ages import owner_at
from checker.claims.ranks import ranked_noun
from checker.reading import Quantity, attribution_of, counts_people, one_spelling, superseded
from checker.reading.names import fold

OPEN_KINDS = ("count", "money", "percent", "measure", "duration", "fraction", "age", "ordinal")
MIN_SHARED = 2             # words two mentions must share, at least


def word_weights(items: list[OpenItem]) -> dict[str, float]:
    """Rare words weigh more; a word in every figure's context still counts a little (the story's headline fact
    is told in the story's commonest words)."""
    frequency = Counter(w for item in items for w in item.words)
    total = len(items) + 1
    return {w: 1.0 + math.log(total / n) for w, n in frequency.items()}


def similarity(a: frozenset[str], b: frozenset[str], weight: dict[str, float], least: int = MIN_SHARED) -> float:
    shared = a & b
    if len(shared) < least:
        return 0.0
    mass = math.fsum(weight[w] for w in shared)  # fsum: the same total whatever order a set gives
    # (a precise time's minute counts where both tell it: "11:40 a.m." is not the less like "11:33" for it)
    smaller = min(math.fsum(weight[w] for w in a if w in shared or w[0] != CLOCK_MARK),
                  math.fsum(weight[w] for w in b if w in shared or w[0] != CLOCK_MARK))
    return mass / smaller if smaller > 0 else 0.0


@dataclass
class OpenItem:
    """A figure (day, time) no rule took, with what the words around it say."""
    mention: Mention
    words: frozenset[str]
    dimension: str
    names: frozenset[str] = frozenset()      # capitalised words near the figure: whose figure it is
    conversion: "OpenItem | None" = None     # "(190 m)" after "625 feet": compared as its measure is paired
    counted: str = ""                        # "journalist" in "six journalists", when the text counts them once
    day: int | None = None                   # a time of day's day (ordinal), told in its sentence ("on Friday")
    owner: str = ""                          # the place a distance is told of ("Voronezh, 500 km south of Moscow"),
    #                                          the end of a journey a time is told of ("departure", "end"), the
    #                                          person an age is written against (AGE_OF + "steenkamp")
    named_apart: frozenset[str] = frozenset()  # an age with no owner: the names its sentence gives away from it,
    #                                            none of whom it is the age of ("The 28-year-old, who shot Ms X")
    named_right: frozenset[str] = frozenset()  # ... and the name right after it ("his 100-year-old mother, Margaret")
    boxed: bool = False                      # a fact box's row ("Time until crew was reached: approximately 41
    #                                          hours"): its label words few, each the fact's own


def resolve_names(doc: Document, items: list[OpenItem]) -> None:
    """Replace each item's capitalised words by the stems of those that are names in its text."""
    names = names_among(doc.text, {w for item in items for w in item.names})
    for item in items:
        # who said it is not whose figure it is: "397 workers, Prime Minister Phumtham said" and "about 320
        # workers, according to the National Institute of Emergency Medicine" are one count
        speaker = set(attribution_of(item.mention.sentence).split())
        item.names = frozenset(name_stem(w) for w in item.names if w in names and w not in speaker)


def _overlaps(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    """Whether [start, end) overlaps one of the sorted, short spans (a rule's figures): the neighbours suffice."""
    at = bisect.bisect_left(spans, (start, start))
    return any(s < end and start < e for s, e in spans[max(0, at - 2):at + 2])


def _dimension(quantity: Quantity, text: str = "", lo: int = 0) -> str:
    """What the figure measures; figures of different dimensions are never one claim."""
    if quantity.kind == "age" and quantity.qualifier == "range":
        return AGE_SPAN
    if quantity.kind == "ordinal":
        return f"ordinal:{ranked_noun(text, quantity.end)}"
    unit = quantity.unit
    if unit is None and quantity.kind == "count" and text:
        unit = counted_before(text, lo, quantity.start)
    elif quantity.kind == "count" and unit:
        unit = one_spelling(unit)                   # "13-storey" counts what "12-story" does
    return f"{quantity.kind}:{unit or '-'}"


AGE_SPAN = "age span"          # a group's youngest and oldest ("aged 26 to 74"): two facts, compared as written      # a group's size: its noun alone says what the figure is


def _kind(quantity: Quantity) -> str:
    """How the comparer compares the figure: a group's ages ("men aged 26 to 74") are its youngest and its oldest,
    two facts a source states exactly, not a figure somewhere between; so "aged 27 to 74" is another span."""
    if quantity.kind == "age":
        return "entity" if _dimension(quantity) == AGE_SPAN else "age"
    return "count"


def _value(quantity: Quantity) -> str:
    if _dimension(quantity) == AGE_SPAN:
        return f"{quantity.low:g} to {quantity.high:g}"
    if quantity.qualifier == "vague":
        return " ".join(quantity.text.lower().split())
    value = f"{quantity.stated:,.0f}" if float(quantity.stated).is_integer() else f"{quantity.stated:,.4g}"
    # "six nautical miles" is not the same figure as "6 kilometers": the unit it was written in goes with it
    return in_written_unit(value, quantity)


_COUNTED_SO_FAR = regex.compile(r"\s+of\s+(?:the\s+)?(?:ballots|votes|precincts|(?:polling\s+)?(?:stations|tables|places|"
                             r"centres|centers|booths)|returns|districts)\s+"
                             r"(?:(?:had\s+been|have\s+been|were|was)\s+)?(?:counted|tallied|processed|reporting|in)\b",
                             regex.IGNORECASE)
_OWNER_BEFORE = regex.compile(r"(?P<place>\p{Lu}[\p{L}'’-]+(?:[\s-]\p{Lu}[\p{L}'’-]+){0,2}),\s+(?:\p{Ll}+\s+){0,2}\Z")


OF_THEM_REACH = 300     # characters back to the figure "of them" takes its people from


def _of_people(doc: Document, figures: list, k: int) -> bool:
    """Whether a bare figure counts some of a group of people: "of whom" always does; "of them" does where the
    figure before it counts people ("About 2,000 residents were forced out ... 1,200 of them were allowed back")."""
    found = OF_THEM.match(doc.text, figures[k].end)
    if found is None:
        return False
    if found.group("who").lower() == "whom":
        return True
    before = figures[k - 1] if k else None
    return before is not None and before.unit == "people" and figures[k].start - before.end <= OF_THEM_REACH


_OF_THE = regex.compile(r"\s+of\s+(?:(?:the|these|those|all)\s+)?")
PART_OF = " (part of)"


def _whole_after(text: str, figures: list, k: int):
    """The figure a bare count is a part of, right after it ("Eleven of the 13 people"), else None."""
    q = figures[k]
    if q.kind != "count" or q.unit is not None or k + 1 == len(figures):
        return None
    whole = figures[k + 1]
    return whole if whole.kind == "count" and _OF_THE.fullmatch(text, q.end, whole.start) else None


# "about 35 miles east of downtown": the direction a distance is told in, a word of its own (DIRECTION_MARK + "east")
DIRECTION_MARK = "^"
# ("... southwest of central Kobe": the place named is a word too, DIRECTION_MARK + "southwest>kobe")
_DIRECTION_AFTER = regex.compile(r"\s*(?:\([^()\n]{0,30}\)\s*)?(?P<dir>(?:north|south)(?:-?(?:east|west))?|east|west)"
                                 r"\s+of\b(?:\s+(?:the\s+)?(?:(?:central|downtown)\s+)?"
                                 r"(?P<place>(?-i:\p{Lu})[\p{L}-]+))?", regex.IGNORECASE)
PLACE_MARK = ">"
# "about 50 km (30 miles) from the Afghan border": the border a distance is told from, a word as the above (not
# any place: "Lahaina, 25 miles from Kahului Airport" / "Kahului Airport, 56km from Lahaina" is one distance)
_FROM_PLACE = regex.compile(r"\s*(?:\([^()\n]{0,30}\)\s*)?(?:away\s+)?from\s+(?:the\s+)?"
                            r"(?P<place>(?-i:\p{Lu})[\p{L}-]+\s+(?:border|frontier))\b", regex.IGNORECASE)


# "Number of terrorists involved: 30": a fact box's label, whose noun is what its figure counts
_LABEL_BEFORE = regex.compile(r"(?<![^\n])(?P<label>[^:\n]{3,60}):[ \t]*\Z")
_LABEL_WORD = regex.compile(r"\p{L}[\p{L}-]+")


def _label_of_people(doc: Document, q) -> bool:
    label = _LABEL_BEFORE.search(doc.text, max(0, q.start - 64), q.start)
    return label is not None and any(counts_people(w) for w in _LABEL_WORD.findall(label.group("label")))


def open_figures(doc: Document, taken: list[Mention]) -> list[OpenItem]:
    """Every figure of a countable kind in the text that none of its rule mentions (`taken`) holds."""
    claimed = sorted((m.start, m.end) for m in taken)
    claimed_exact = set(claimed)
    figures = doc.quantities
    found = []
    for k, q in enumerate(figures):
        if q.kind not in OPEN_KINDS or (q.start, q.end) in claimed_exact or _overlaps(claimed, q.start, q.end):
            continue
        if q.kind == "ordinal" and not ranked_noun(doc.text, q.end) or converted_money(doc.text, figures, k):
            continue
        sentence = doc.index.at(q.start)
        if sentence is None or sentence.is_heading:
            continue
        whole = _whole_after(doc.text, figures, k)
        # a part is told in its whole's words ("Eleven of the 13 people shot were Black")
        told = (whole, k + 1) if whole is not None else (q, k)
        words, names = figure_context(doc, told[0], *figure_bounds(doc, figures, told[1], sentence))
        if q.unit in TOKEN_UNITS:
            words |= {q.unit.lower()}                  # "15,298 ETH": the token says what is counted, as a noun does
        if len(words) < MIN_SHARED and not (COMPOUND.search(q.text) and COMPOUND_HEAD.match(doc.text, q.end)) \
                and not (q.kind == "duration" and (LASTED_BEFORE.search(doc.text, max(0, q.start - 40), q.start)
                                                   or SPAN_OF.match(doc.text, q.end, q.end + 40))):
            continue                                   # ("a 14-week trial and seven days", "The hearing lasted 25
            #                                            minutes", "eight days of deliberations": the trial, the
            #                                            hearing, the deliberations say enough)
        measure, conversion = split_conversion(doc.text, q)
        made = [OpenItem(Mention(source=doc.source.label, path=doc.source.path, role=doc.source.role, claim="",
                                 kind=_kind(part), text=part.text, start=part.start,
                                 end=part.end, low=part.low, high=part.high, low_inclusive=part.low_inclusive,
                                 high_inclusive=part.high_inclusive, stated=part.stated, unit=part.unit,
                                 value=_value(part), qualifier=part.qualifier, why=part.why,
                                 sentence=sentence.text, sentence_index=sentence.index,
                                 superseded=superseded(doc.text, part.start, part.end, sentence.start)),
                         words, prefix + _dimension(part, doc.text, sentence.start), names)
                for part, prefix in ((measure, ""), (conversion, "converted ")) if part is not None]
        made[0].conversion = made[1] if len(made) > 1 else None
        if whole is not None:                          # "Eleven of the 13 people shot": a part, told apart from all
            made[0].dimension = _dimension(whole, doc.text, sentence.start) + PART_OF
        elif others_after_names(doc.text, sentence.start, figures, k) or q.kind == "count" and in_a_breakdown(doc, q):
            # ("Crew: 9 (3 flight crew, 6 cabin crew)": each in the brackets a part of the total before them)
            made[0].dimension += PART_OF               # "Lee Joon, his son and two other executives": not all four
        elif made[0].dimension == "count:-" and (_of_people(doc, figures, k) or _label_of_people(doc, q)):
            made[0].dimension = "count:people"         # "1,200 of them were allowed back", of the evacuees
        if q.kind == "percent" and _COUNTED_SO_FAR.match(doc.text, q.end):
            made[0].dimension = "percent:counted so far"   # "with 99.3% of ballots counted": progress, not a result
        direction = _DIRECTION_AFTER.match(doc.text, q.end) if q.unit == "km" else None
        told_from = _FROM_PLACE.match(doc.text, q.end) if q.unit == "km" and direction is None else None
        if direction is not None:
            way = DIRECTION_MARK + direction.group("dir").lower().replace("-", "")
            place = {way + PLACE_MARK + fold(direction.group("place"))} if direction.group("place") else set()
            for item in made:
                item.words = item.words | {way} | place
        elif told_from is not None:
            for item in made:
                item.words = item.words | {DIRECTION_MARK + "from" + PLACE_MARK + fold(told_from.group("place"))}
        if q.unit in ("km", "m") and MEASURED_FROM.match(doc.text, q.end):
            # "Voronezh, about 500 km south of Moscow": the distance is Voronezh's, whoever else is named near
            owner = _OWNER_BEFORE.search(doc.text, max(sentence.start, q.start - 30), q.start)
            for item in made:
                item.owner = fold(owner.group("place")) if owner else ""   # (Villers-Cotterêts, -Cotterets)
        made[0].boxed = _LABEL_BEFORE.search(doc.text, max(sentence.start, q.start - 64), q.start) is not None
        if q.kind == "age":
            _age_owner(doc, sentence, made[0])
        found.append(made[0])
    resolve_names(doc, found)
    counted_once(doc.text, found)
    return found


AGE_OF = "age of "
CAPITALISED = regex.compile(r"\p{Lu}[\p{L}'’-]*")
# a name after an age and a few lower-case words is its owner's ("the 27-year-old Pistorius", "the 76-year-old
# former leader Hasina", "his 100-year-old mother, Margaret"); past a comma right after the age it is anyone's
# ("The 28-year-old, who shot Ms Steenkamp")
_NAMED_RIGHT_AFTER = regex.compile(r"(?:(?:[ \t\u00a0]+\p{Ll}[\p{Ll}-]*){1,3},?)?[ \t\u00a0]+\p{Lu}[\p{L}'’-]*"
                                   r"(?:[ \t\u00a0]+\p{Lu}[\p{L}'’-]*)*")


def _age_owner(doc: Document, sentence, item: OpenItem) -> None:
    """Whose age it is, where a name stands beside it; else which names its sentence gives away from it."""
    m = item.mention
    owner = owner_at(doc.text, m.start, m.end)
    if owner:
        item.owner = AGE_OF + " ".join(stem(w) for w in owner)
        return
    right_after = _NAMED_RIGHT_AFTER.match(doc.text, m.end, sentence.end)
    apart = doc.text[sentence.start:m.start] + " " + doc.text[right_after.end() if right_after else m.end:sentence.end]
    item.named_apart = frozenset(name_stem(w) for w in CAPITALISED.findall(apart))
    item.named_right = frozenset(name_stem(w) for w in CAPITALISED.findall(right_after.group())) if right_after \
        else frozenset()


_DEADLINE_BEFORE = regex.compile(r"\b(?:until|till|by|no\s+later\s+than)\s+(?:the\s+end\s+of\s+)?\Z",
                                 regex.IGNORECASE)


_SPAN_OPENS = regex.compile(r"\b(?i:from|between)\s+(?:the\s+)?\Z")
# what stands between the two ends: "through", "to", "and", a dash, and a time of the later day ("and 3 p.m.")
_SPAN_JOINS = regex.compile(r"\s*(?i:through|thru|to|until|till|and|[-–—])\s+(?:[^\s,;]+\s+){0,2}?")


def span_bounds(text: str, dates: list) -> set[int]:
    """The starts of the days that bound a span ("from Friday through Monday", "between June 25 and 3 p.m. June 28")."""
    bounds = set()
    for a, b in zip(dates, dates[1:]):
        if _SPAN_OPENS.search(text, max(0, a.start - 16), a.start) and _SPAN_JOINS.fullmatch(text, a.end, b.start):
            bounds.update((a.start, b.start))
    return bounds


def open_dates(doc: Document, taken: list[Mention]) -> list[OpenItem]:
    """Every day, year or decade in the text no rule mention holds ("the deadline of June 30", "built in the
    1970s"), with the words around it."""
    claimed = {(m.start, m.end) for m in taken}
    found = []
    bounds = span_bounds(doc.text, doc.dates)
    for d in doc.dates:
        if d.start in bounds:
            continue        # "233 deaths from Friday through Monday": the days a count covers, not one it happened
        span = None if d.low is None else "day" if d.low == d.high else \
            "year" if d.precision in ("year", "decade") else None
        # a draft's deadline ("under federal control until Feb. 28") is set against the sources' deadlines, which
        # no date rule takes ("until" opens no event), though a date rule took the draft's
        deadline = doc.source.role == "draft" and _DEADLINE_BEFORE.search(doc.text, max(0, d.start - 20), d.start)
        if span is None or (d.start, d.end) in claimed and not deadline:
            continue
        sentence = doc.index.at(d.start)
        if sentence is None or sentence.is_heading:
            continue
        words, names = figure_context(doc, d, sentence.start, sentence.end)
        if len(words) < MIN_SHARED:
            continue
        mention = Mention(source=doc.source.label, path=doc.source.path, role=doc.source.role, claim="",
                          kind="date", text=d.text, start=d.start, end=d.end, low=float(d.low.toordinal()),
                          high=float(d.high.toordinal()), unit="date", value=d.low.isoformat(),
                          qualifier=d.precision, why=d.why, sentence=sentence.text, sentence_index=sentence.index,
                          extra={"weekday_mismatch": d.weekday_mismatch} if d.weekday_mismatch else {})
        found.append(OpenItem(mention, words, f"date:{span}", names))
    resolve_names(doc, found)
    return found


def rule_items(doc: Document, mentions: list[Mention]) -> list[OpenItem]:
    """A rule's figures in one text with the words around them, read as open figures are, to tell its sub-facts
    apart."""
    figures = doc.quantities
    starts = doc.quantity_starts
    items = []
    for m in mentions:
        k = bisect.bisect_left(starts, m.start)
        sentence = doc.index.at(m.start)
        if k >= len(figures) or figures[k].start != m.start or sentence is None:
            continue
        words, names = figure_context(doc, figures[k], *figure_bounds(doc, figures, k, sentence))
        items.append(OpenItem(m, words, f"{m.kind}:{m.unit or '-'}", names))
    resolve_names(doc, items)
    return items
