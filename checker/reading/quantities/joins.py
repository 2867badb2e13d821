"""Numbers told in parts, read as one: "2 hours 40 minutes", "Thirty-two million, four hundred thousand"; or told
twice: "Twenty (20) persons"."""
from __future__ import annotations

import dataclasses
import re

from checker.reading.quantities.durations import duration_unit
from checker.reading.quantities.intervals import Quantity


_JOINED = re.compile(r"\s+(?:and\s+)?")
_JOINED_COMPOUND = re.compile(r"\s*,?\s*(?:and\s+)?")       # "a 2-hour, 15-minute flight"


def _folded(found: list[Quantity], join) -> list[Quantity]:
    """The readings, each joined to the one before it where `join(before, reading)` gives the two as one."""
    out: list[Quantity] = []
    for q in found:
        joined = join(out[-1], q) if out and out[-1].end <= q.start else None
        if joined is None:
            out.append(q)
        else:
            out[-1] = joined
    return out


def joined_durations(text: str, found: list[Quantity]) -> list[Quantity]:
    """A span told in two units, the larger first ("2 hours 40 minutes", "two years and three months", "a 2-hour,
    15-minute flight"), read as one span: the larger part is exact, the smaller one rounded as written."""
    def join(first: Quantity, q: Quantity) -> Quantity | None:
        if not (first.kind == q.kind == "duration" and first.qualifier is None and q.qualifier is None
                and first.stated_unit and q.stated_unit
                and (_JOINED_COMPOUND if "-" in first.text else _JOINED).fullmatch(text, first.end, q.start)):
            return None
        big, small = duration_unit(first.stated_unit)[1], duration_unit(q.stated_unit)[1]
        if small >= big or q.high >= big:
            return None
        base = first.stated * big
        return dataclasses.replace(
            first, text=text[first.start:q.end], end=q.end, low=base + q.low, high=base + q.high,
            low_inclusive=q.low_inclusive, high_inclusive=q.high_inclusive,
            stated=first.stated + q.stated * small / big, step=q.step,
            why=f"{text[first.start:q.end]}: one span, in two units")
    return _folded(found, join)


_SCALE_END = re.compile(r"(?:\b|(?<=\d))(?P<scale>thousand|million|billion|trillion)\Z", re.IGNORECASE)
_SCALE_VALUES = {"thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12}
_WORDS_GLUE = re.compile(r",\s*")          # "Twelve thousand, four hundred and eight"
_DIGITS_GLUE = re.compile(r"[ \t]+")       # "2 trillion 400 billion won"


def joined_scales(text: str, found: list[Quantity]) -> list[Quantity]:
    """A number told in parts, the larger scale first ("Thirty-two million, four hundred thousand ballots",
    "2 trillion 400 billion won"), read as one number: the parts add up, and the last part says what is counted."""
    def join(first: Quantity, q: Quantity) -> Quantity | None:
        scale = _SCALE_END.search(first.text)
        if scale is None or not (first.kind == "count" and first.qualifier is None and q.qualifier is None
                                 and q.kind in ("count", "money") and first.low == first.high
                                 and q.high < _SCALE_VALUES[scale.group("scale").lower()]
                                 and first.text[:1].isdigit() == q.text[:1].isdigit()
                                 and (_DIGITS_GLUE if first.text[:1].isdigit() else _WORDS_GLUE)
                                 .fullmatch(text, first.end, q.start)):
            return None
        return dataclasses.replace(q, text=text[first.start:q.end], start=first.start, low=first.low + q.low,
                                   high=first.high + q.high, stated=first.stated + q.stated,
                                   why=f"{text[first.start:q.end]}: one number, told in parts")
    return _folded(found, join)


_BETWEEN_BEFORE = re.compile(r"\b(?:[Bb]etween)\s+\Z")
_FROM_BEFORE = re.compile(r"\b(?:from|rose|fell|risen|fallen|up|down|increased|decreased|dropped|climbed|cut|raised)"
                          r"\s+\Z", re.IGNORECASE)
_AND = re.compile(r"\s+and\s+")
_TO = re.compile(r"\s+to\s+")
def joined_ranges(text: str, found: list[Quantity]) -> list[Quantity]:
    """Two measures of one unit told as the ends of a range, each read on its own: "Lows of minus 5C to minus 8C",
    "between 5 km and 8 km". Not "rose from 2C to 5C": a change, whose two ends are two figures."""
    def join(first: Quantity, q: Quantity) -> Quantity | None:
        if not first.kind == q.kind == "measure" or first.unit != q.unit \
                or first.qualifier is not None or q.qualifier is not None:
            return None
        between = _BETWEEN_BEFORE.search(text, max(0, first.start - 10), first.start)
        if not (between and _AND.fullmatch(text, first.end, q.start) or _TO.fullmatch(text, first.end, q.start)
                and not _FROM_BEFORE.search(text, max(0, first.start - 12), first.start)):
            return None
        start, low, high = between.start() if between else first.start, min(first.low, q.low), max(first.high, q.high)
        written = text[start:q.end]
        return dataclasses.replace(q, text=written, start=start, low=low, high=high, low_inclusive=True,
                                   high_inclusive=True, stated=first.stated,
                                   qualifier="between" if between else "range",
                                   why=f"{written}: a range, {low:g} to {high:g}")
    return _folded(found, join)


_RESTATED = re.compile(r"[ \t]*\(([0-9][0-9,]*)\)")


def restated_in_digits(text: str, end: int, value: float) -> int:
    """Where a spelled number ending at `end` ends once its restatement in digits is taken in ("Twenty (20)", as
    police and legal releases write it): one figure, the noun after the brackets its own."""
    restated = _RESTATED.match(text, end)
    return restated.end() if restated and float(restated.group(1).replace(",", "")) == value else end
