"""Reader for rules of kind `date`: when something happened, as a range of days."""
from __future__ import annotations

import regex

from checker.claims.document import Document, Mention
from checker.claims.rules import Rule
from checker.claims.kinds._near import CueFinder, mention
from checker.reading import is_saying_day

# "its February offensive": a date right before a noun dates that noun. Only a
# cue noun makes it the claim's date; a word from this list does not start a noun.
_NEXT_WORD = regex.compile(r"\s+([a-z][a-z'’-]*)")
FUNCTION_WORDS = frozenset("""a an the this that these those he she it they we i you his her its their our
    in on at to of for from by with after before during since until as when while where which who that and or but
    into onto across near over under off along through around amid
    nor so yet if than then there here is are was were be been being has have had do does did will would shall
    should can could may might must not also again already still just only even ago
    morning afternoon evening night overnight dawn noon midnight""".split())   # "on Thursday afternoon": still the day

# "offered to resign on Wednesday after investigators said a derailment killed four": the day is the offer's, and
# what the clause after it tells happened on another day
_LATER_CLAUSE = regex.compile(r"[ \t]+(?:after|before|following|ahead of|until)\b", regex.IGNORECASE)

SAID_WITHIN_DAYS = 7     # "officials said Friday" the toll had risen: what they spoke of happened that week

PRECISION_RANK = {"decade": 0, "year": 1, "season": 2, "month": 3, "relative": 3, "weekday": 4, "day": 4}


def read(rule: Rule, doc: Document) -> list[Mention]:
    cues = CueFinder(rule, doc)
    if not cues:
        return []
    wanted = PRECISION_RANK[rule.spec.min_precision]
    found = []
    for reading in doc.dates:
        if PRECISION_RANK.get(reading.precision, 0) < wanted:
            continue
        sentence = doc.index.at(reading.start)
        if sentence is None or sentence.is_heading or in_dateline(doc.text, reading.start, reading.end):
            continue
        later = _LATER_CLAUSE.match(doc.text, reading.end) is not None
        distance = cues.near(sentence, reading.start, reading.end, only_before=later)
        if distance is None or _dates_another_noun(doc.text, reading.end, rule):
            continue
        resolved = reading.low is not None and reading.high is not None
        if resolved:
            value = reading.low.isoformat() if reading.low == reading.high else \
                f"{reading.low.isoformat()}/{reading.high.isoformat()}"
        else:
            value = ""  # unresolved: shown in the evidence, not compared
        # "investigators said Friday they were still searching": the day it was said, so the event was that day
        # or in the days before it
        said = resolved and is_saying_day(doc.text, reading.start, sentence.start)
        found.append(mention(rule, doc, sentence, reading.start, reading.end,
                             low=float(reading.low.toordinal() - (SAID_WITHIN_DAYS if said else 0))
                             if resolved else None,
                             high=float(reading.high.toordinal()) if resolved else None,
                             unit="date", value=value, qualifier=reading.precision, why=reading.why,
                             distance=distance,
                             extra={"weekday_mismatch": reading.weekday_mismatch} if reading.weekday_mismatch else {}))
    return found


# "UVALDE, Texas, May 25 (Reuters) -": the day the story was filed, not a day anything in it happened (the city
# in capitals, as wires write it: "On Tuesday, May 24 - the day" is no dateline)
_DATELINE_BEFORE = regex.compile(r"(?:^|\n)[ \t]*\p{Lu}[\p{Lu}\s/.'’-]{1,40}"
                                 r"(?:,[ \t]*\p{Lu}[\p{L}\s.'’-]{1,30})?,[ \t]*\Z")
_DATELINE_AFTER = regex.compile(r"[ \t]*(?:\([^()\n]{1,30}\))?[ \t]*[-–—]")


def in_dateline(text: str, start: int, end: int) -> bool:
    """Whether the date at text[start:end] is a wire dateline's."""
    line = text.rfind("\n", 0, start) + 1
    return bool(_DATELINE_BEFORE.search(text, max(0, line - 1), start)) and bool(_DATELINE_AFTER.match(text, end))


def _dates_another_noun(text: str, end: int, rule: Rule) -> bool:
    following = _NEXT_WORD.match(text, end)
    if following is None or following.group(1) in FUNCTION_WORDS:
        return False
    return rule.cue_pattern.match(text, following.start(1)) is None
