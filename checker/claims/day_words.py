"""What each day in a text is of: the words around it, in its sentence and in its own clause.

"Jurors began deliberating on Wednesday": the day is the deliberations' because of the words beside it. Days in
two texts told in like words are one day told alike, or told wrong (see told_days.py, and the draft's check in
checker.compare.draft_days).
"""
from __future__ import annotations

import bisect
from typing import NamedTuple

import regex

from checker.claims.context_words import clause_around, figure_context, stem
from checker.claims.document import Document
from checker.reading import is_saying_day, tells_speech

# "four days after Saturday's vote": the words before such a turn are another event's (the result's, here)
_TURN_BEFORE = regex.compile(r"\b(?:after|before|since|until|following|ahead\s+of)\s+(?:the\s+)?$", regex.IGNORECASE)
_TURN_AFTER = regex.compile(r"\b(?:after|before|since|until|following|ahead\s+of)\b", regex.IGNORECASE)
# "on Tuesday 22 February (23:51 GMT on Monday)": the day on London's clock, beside the day where it happened
_GMT_DAY = regex.compile(r"\b(?:GMT|UTC)\s*(?:on\s+)?$")


# "PHILADELPHIA, May 13 (Reuters) -": the day the source was filed, not a day of the story it tells
_DATELINE_BEFORE = regex.compile(r"[A-Z][A-Z.'’-]+(?:[ /]+[A-Z][A-Z.'’-]*)*,\s*"             # the city, in capitals
                                  r"(?:[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)*,\s*){0,2}")      # its state, its country
_DATELINE_AFTER = regex.compile(r",?\s*(?:\d{4}\s*)?(?:\([^()\n]{1,40}\)\s*)?[-–—]")


def _dateline_day(text: str, d) -> bool:
    """Whether the day d opens its line after a dateline's place and is followed by the wire's dash."""
    line = text.rfind("\n", 0, d.start) + 1
    return _DATELINE_BEFORE.fullmatch(text, line, d.start) is not None \
        and _DATELINE_AFTER.match(text, d.end) is not None


def _gmt_day_beside_local(doc: Document, days: list, k: int, sentence) -> bool:
    """Whether days[k] is told on the GMT clock in a sentence that tells another day too (the local one); a
    sentence whose only day is a GMT one ("Shortly before 18:00 GMT on Monday, jurors ...") keeps it."""
    def gmt(d) -> bool:
        return _GMT_DAY.search(doc.text, max(sentence.start, d.start - 12), d.start) is not None
    return gmt(days[k]) and any(sentence.start <= d.start < sentence.end and not gmt(d)
                                for d in days[max(0, k - 3):k + 4] if d is not days[k])


# "on Sunday and again on Monday": the later day is told in the earlier one's words ("and on Thursday asked" is not)
_AGAIN = regex.compile(r"\s*,?\s*(?:and|then|or)\s+(?:again|also)\s+(?:on\s+)?")
_JOIN = regex.compile(r"\s(?:and|but|then)\s")
# "schools were closed Thursday and Friday": two days of one act, neither alone its day
_LISTED = regex.compile(r"\s*(?:,|and|or)\s*(?:(?:and|or)\s+)?(?:on\s+)?")
_OPENING = regex.compile(r"\s*(?:(?:[Oo]n|[Bb]y|[Ll]ate|[Ee]arly)\s+)?")
DAY_WINDOW = 14       # words either side of a day that say what it is of: a day's event is told in more words
#                       than a figure's counted thing ("underwent a second procedure, lasting two hours, to remove")


class DayWords(NamedTuple):
    reading: object          # the DateReading
    words: frozenset         # the words of substance around it, in its sentence
    counts: frozenset        # the counts beside it
    clause: frozenset        # the words of its own clause
    said: bool = False       # the day a source spoke ("officials said Friday"), not a day a thing happened
    speech: bool = False     # its clause tells of someone speaking ("the Red Crescent said on Sunday", "told RTL")
    ages: frozenset = frozenset()   # the ages beside it ("who turned 70 on Friday")
    lead: float | None = None       # the first count after it in its words ("said Wednesday that 1,062 ...")
    named: frozenset = frozenset()  # the clause's words written with a capital (stemmed): a name's, often who spoke
    bound: str = ""          # the word making it one end of a span ("through Nov. 5", "from 30 October"), if any


def days_with_words(doc: Document) -> list[DayWords]:
    """Each single day of the text outside headings, with the words that say what it is of; read once per text
    (the sources' days are paired among themselves and again with the draft's)."""
    if doc.day_words is None:
        doc.day_words = _read_days(doc)
    return doc.day_words


def periods_with_words(doc: Document) -> list[DayWords]:
    """Each month, season or year of the text ("in November 2021", "since 2005"), as days_with_words has its days:
    the draft's background dates are checked against the sources' told alike."""
    if doc.period_words is None:
        doc.period_words = _read_days(doc, periods=True)
    return doc.period_words


MAX_PERIOD_DAYS = 366     # a year at most: a decade says too little to check


def _is_period(d) -> bool:
    """A month, season or year the reader placed, not a decade nor a span it could not bound."""
    return d.low is not None and d.high is not None and d.low < d.high \
        and (d.high - d.low).days <= MAX_PERIOD_DAYS and d.precision in ("month", "season", "year")


def _with_parts(words):
    """The words with the parts of each hyphenated one ("militant-held": held), so that "over militant-held territory"
    tells what "over territory held by rebels" does."""
    parts = {p for w in words if "-" in w for p in w.split("-") if len(p) >= PART_LETTERS}
    return (words | parts) if parts else words


PART_LETTERS = 4


def _listed(text: str, days: list, k: int) -> bool:
    """Whether days[k] stands in a list with the day before or after it ("Thursday and Friday"); "on Sunday and
    again on Monday" tells each day of the same thing, and "from June 14 to Thursday" a span from a day."""
    def joined(a, b) -> bool:
        return a.low != b.low and _LISTED.fullmatch(text, a.end, b.start) is not None \
            and _AGAIN.fullmatch(text, a.end, b.start) is None
    return (k > 0 and joined(days[k - 1], days[k])) or (k + 1 < len(days) and joined(days[k], days[k + 1]))


_BOUND = regex.compile(r"\b(through|until|till|from|since|by|to)\s+(?:(?:on|the)\s+)?\Z", regex.IGNORECASE)


def _bound(text: str, start: int) -> str:
    bound = _BOUND.search(text, max(0, start - 16), start)
    return bound.group(1).lower() if bound else ""


def _read_days(doc: Document, periods: bool = False) -> list[DayWords]:
    days = [d for d in doc.dates if d.low is not None and (d.low == d.high or periods and _is_period(d))]
    found = []
    lefts: dict[int, int] = {}
    for k, d in enumerate(days):
        if periods and d.low == d.high:
            continue                  # a day bounds a period's words; it is days_with_words's
        sentence = doc.index.at(d.start)
        if sentence is None or sentence.is_heading or _gmt_day_beside_local(doc, days, k, sentence) \
                or _dateline_day(doc.text, d) or not periods and _listed(doc.text, days, k):
            continue
        left = max(sentence.start, days[k - 1].end) if k else sentence.start
        if k and k - 1 in lefts and lefts[k - 1] >= sentence.start and _AGAIN.fullmatch(doc.text, days[k - 1].end,
                                                                                         d.start):
            left = lefts[k - 1]       # "broke the record on Sunday and again on Monday": Monday's words are Sunday's
        lefts[k] = left
        right = min(sentence.end, days[k + 1].start) if k + 1 < len(days) else sentence.end
        if _TURN_BEFORE.search(doc.text, left, d.start) is not None:
            left = d.start
        turn = _TURN_AFTER.search(doc.text, d.end, right)
        if turn is not None:              # "a second day on Wednesday after the biggest protests": the protests' day
            right = turn.start()
        if right < sentence.end:
            joined = _JOIN.search(doc.text, d.end, right)
            if joined is not None:        # "cut the internet on July 18 and imposed a curfew on July 19": the
                right = joined.start()    # words after "and" are the next day's
        words, _ = figure_context(doc, d, left, max(right, d.end), DAY_WINDOW)
        # the day's own clause ("..., who began deliberating on Tuesday, sent a note"): what the day is of first
        own = clause_around(doc.text, d.start, d.end, left, max(right, d.end))
        clause, capitals = figure_context(doc, d, *own)
        if not clause and own[1] < right and _OPENING.fullmatch(doc.text, sentence.start, d.start):
            # "On Tuesday, a Canadian aircraft detected noises": a day opening its sentence, set apart by a comma,
            # is the next clause's
            clause, capitals = figure_context(doc, d, d.start,
                                              clause_around(doc.text, own[1] + 1, own[1] + 1, left, right)[1])
        words, clause = _with_parts(words), _with_parts(clause)
        at = bisect.bisect_left(doc.quantity_starts, left)
        near = doc.quantities[at:bisect.bisect_left(doc.quantity_starts, right)]
        counts = frozenset(q.stated for q in near if q.kind == "count" and q.qualifier != "vague")  # not "hundreds"
        lead = next((q.stated for q in near if q.start >= d.end and q.kind == "count" and q.qualifier != "vague"),
                    None)
        found.append(DayWords(d, words, counts, clause, is_saying_day(doc.text, d.start, sentence.start),
                              tells_speech(doc.text, *own), frozenset(q.stated for q in near if q.kind == "age"), lead,
                              frozenset(stem(c) for c in capitals), _bound(doc.text, d.start)))
    return found
