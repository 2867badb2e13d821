"""Durations: "six weeks", "44-day", "about a decade", "almost a year", "decade-long".

Every duration is read in the unit it is stated in, then turned into days
(unit "days"; the stated figure and unit are kept in stated / stated_unit):

* a plain duration in a unit coarser than a day is the figure give or take
  half a unit ("two decades" = 1.5 to 2.5 decades); in days or finer it is
  exact ("44 days", "48 hours");
* a qualified one follows the qualifier rules of intervals.py in the
  stated unit, with the rounding step of the figure; a single unit written as
  a word ("a year", "one month", "year-long") has the half-unit step
  numbers.SINGLE_UNIT_STEP;
* "<units>-long" ("decades-long") is vague, read from vague.yaml; the singular
  "decade-long" / "yearlong" is one unit, like "a decade".

"a month" without a qualifier is read only where a duration is plainly meant
("for a year", "lasted a month", "spent a decade", "report within a week"): "a month after the
clashes", "a year ago", "once a week" and "$5 a day" are not duration claims.
"""

from __future__ import annotations

import dataclasses
import re

from checker.reading.quantities import figures as fig, lexicon as lex
from checker.reading.quantities.intervals import PREFIX_WINDOW, Quantity, fmt, interval, make, qualifier_before, why

_I = re.IGNORECASE

# Words after which "a year", "one month" name a stretch of time.
_DURATION_CONTEXT_BEFORE = re.compile(
    r"\b(?:for|last|lasts|lasted|lasting|spent|spend|spends|spending|took|take|takes|taking|by|over|under|within"
    r"|sentenced\s+to)\s+\Z", _I)
_CONTEXT_WINDOW = 24
_AND_A_HALF = re.compile(r"\s+and\s+a\s+half\b", _I)


def duration_unit(word: str) -> tuple[str, float]:
    """"weeks" -> ("week", 7.0)."""
    lower = word.lower()
    lower = lex.DURATION_ALIASES.get(lower, lower)
    singular = lower[:-1] if lower.endswith("s") and lower[:-1] in lex.DURATION_DAYS else lower
    return singular, lex.DURATION_DAYS[singular]


def plural_unit(singular: str) -> str:
    return "centuries" if singular == "century" else singular + "s"


def _singular(plural: str) -> str:
    return "century" if plural == "centuries" else plural[:-1]


def in_duration_context(text: str, lo: int, start: int) -> bool:
    """"for a year", "lasted one month": the words before name a stretch of time."""
    return _DURATION_CONTEXT_BEFORE.search(text, max(lo, start - _CONTEXT_WINDOW), start) is not None


_PLURAL_THING = re.compile(r"[ \t]+[a-z]{2,}s\b(?<!\bago)")
LEAST_THINGS = 100          # "two day trips" may be two days' trips; "12,000 day passes" are passes


def things_of_a_unit(text: str, end: int, unit_word: str, n: float) -> bool:
    """Whether a figure and a unit in the singular count the things named after them: "12,000 day passes"."""
    return n >= LEAST_THINGS and not unit_word.lower().endswith("s") and _PLURAL_THING.match(text, end) is not None


def _drop_across(text: str, qualifier: str | None, q_start: int, start: int) -> tuple[str | None, int]:
    """"over two days", "under a year": across a stretch, not more or less than it."""
    if qualifier is not None and text[q_start:start].strip().lower() in ("over", "under"):
        return None, start
    return qualifier, q_start


def duration(text, start, end, x, y, qualifier, range_word, days, stated_unit, phrase_text) -> Quantity:
    """Durations are read in the stated unit, then turned into days."""
    n = x.value
    if stated_unit == "fortnights":                     # a fortnight is two weeks
        n, days, stated_unit = n * 2, 7.0, "weeks"
    if y is not None:
        low, high, li, hi, step = n, y.value, True, True, min(x.step, y.step)
        why_text = f"{phrase_text}: from {fmt(n)} to {fmt(y.value)} {stated_unit}"
        qualifier = range_word
    elif qualifier is None and days > 1:
        # half-open: 13 years never meets 14; one unit is read to a quarter of it, not a half ("a month" is no
        # "two weeks", "a year" no "six months")
        half = 0.25 if n == 1 else 0.5
        low, high, li, hi, step = n - half, n + half, True, False, 1.0
        unit = _singular(stated_unit)
        why_text = f"{phrase_text}: {fmt(n)} {unit if n == 1 else stated_unit}, rounded to the nearest {unit}"
    else:
        step = x.step if qualifier is not None else (1.0 if n == int(n) else x.step)
        # "nearly a week" is six days and more, "almost two hours" 108 minutes
        low, high, li, hi = interval(qualifier, n, step, whole_unit=False)
        why_text = why(phrase_text, qualifier, n, step, low, high) + f" ({stated_unit})"
    return make(text, start, end, low * days, high * days, li, hi, n, "days", None, qualifier, "duration",
                step * days, why_text, stated_unit)


def read_long(text: str, m: re.Match, floor: int) -> Quantity | None:
    """"decades-long" (vague, from vague.yaml); "decade-long", "yearlong" (one unit)."""
    word = m.group("vlong")
    unit_word = word[:-4].rstrip("-").lower()
    entry = lex.VAGUE_DURATIONS.get(unit_word)
    if entry is not None:
        _, days = duration_unit(unit_word)
        low, high = float(entry["low"]), float(entry["high"])
        return make(text, m.start(), m.end(), low * days, high * days, True, True, low, "days", None, "vague",
                    "duration", days, f"{word}: vague, read as {fmt(low)} to {fmt(high)} {unit_word} "
                    f"(vague.yaml)", unit_word)
    if unit_word not in lex.DURATION_DAYS:
        return None
    return _single_unit(text, m.start(), m.end(), unit_word, 1.0, floor)


def read_single(text: str, m: re.Match, floor: int) -> Quantity | None:
    """"a decade", "about a decade", "almost a year", "more than a month", "for a year and a half"."""
    end, n = m.end(), 1.0
    half = _AND_A_HALF.match(text, end)
    if half:
        end, n = half.end(), 1.5
    # "a day of national mourning", "a week of protests": the stretch the noun after it lasted; "a day and a half"
    # is a stretch wherever it stands ("fell in a day and a half earlier this week")
    stretch = half is not None or _OF_A_THING.match(text, end) is not None
    q = _single_unit(text, m.start(), end, m.group("adur").split()[-1], n, floor, need_context=not stretch)
    if q is not None and q.qualifier is None and m.group("whole"):
        # "a full week", "a whole year": the unit entire, not one rounded to it
        middle = (q.low + q.high) / 2
        q = dataclasses.replace(q, low=middle, high=middle, high_inclusive=True,
                                why=f"{q.text}: {fmt(n)} {q.stated_unit}, the whole of it")
    return q


_OF_A_THING = re.compile(r"\s+of\s+(?!the\b|this\b|that\b|its\b|his\b|her\b|their\b)(?:national\s+)?[a-z]{4,}")


def _single_unit(text, start, end, unit_word, n, floor, need_context=False) -> Quantity | None:
    lo = max(floor, start - PREFIX_WINDOW)
    qualifier, q_start = _drop_across(text, *qualifier_before(text, lo, start), start)
    if need_context and qualifier is None and not in_duration_context(text, lo, start):
        return None                                     # "a month after", "a year ago", "once a week"
    singular, days = duration_unit(unit_word)
    x = fig.Figure(start, end, n, lex.SINGLE_UNIT_STEP, words=True)
    return duration(text, q_start, end, x, None, qualifier, None, days, plural_unit(singular),
                    text[q_start:end])
