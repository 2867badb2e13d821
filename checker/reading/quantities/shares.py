"""Shares: fractions ("two-thirds", "a quarter of"), digit fractions ("3/4") and ratios ("one in five")."""
from __future__ import annotations

import dataclasses
import re

from checker.reading.quantities import context as ctx, figures as fig, lexicon as lex
from checker.reading.quantities.intervals import (PREFIX_WINDOW as _PREFIX_WINDOW, Quantity, interval as _interval,
                                                  make as _make, qualifier_before as _qualifier_before, why as _why)

_I = re.IGNORECASE


_UNIT_WORDS = (r"(?:metre|meter|kilometre|kilometer|mile|foot|inch|yard|litre|liter|kilo|kilogram|tonne|ton|pound|"
               r"ounce|gallon|acre|hectare|second|minute|hour|day|week|month|year|decade|century)")
# "half a metre", "three quarters of a mile", "a quarter of a century"
_OF_A_UNIT = re.compile(rf"\s+(?:of\s+)?an?\s+(?P<unit>{_UNIT_WORDS})\b", _I)
_UNIT_JOINED = re.compile(rf"[-\u2010\u2011 ](?P<unit>{_UNIT_WORDS})\b", _I)     # "a half-hour", "a half mile"
_IN_YEARS = {"decade": 10, "century": 100}      # "a quarter of a century" is 25 years, not 0.25 centuries


def _fraction_of_unit(text: str, start: int, share: float, unit: re.Match, read_quantities) -> Quantity | None:
    """The fraction of one unit, read as the reader reads "0.5 metre" (`read_quantities`, passed in by the reader,
    which imports this module) and given the phrase's own span."""
    word = unit.group("unit").lower()
    years = _IN_YEARS.get(word)
    _, q_start = _qualifier_before(text, max(0, start - _PREFIX_WINDOW), start)     # "about half a mile"
    written = text[q_start:start] + (f"{share * years:g} years" if years else f"{share:.4g} {word}")
    read = read_quantities(written)
    if len(read) != 1 or read[0].kind not in ("measure", "duration") or read[0].end != len(written):
        return None
    phrase = text[q_start:unit.end()]
    return dataclasses.replace(read[0], start=q_start, end=unit.end(), text=phrase,
                               why=read[0].why.replace(written, f"{phrase} ({written})", 1))


_OF_A_SCALE = re.compile(r"\s+of\s+an?\s+(?P<scale>hundred|thousand|million|billion|trillion|lakh|crore)\b", _I)


def _share_of_scale(text: str, start: int, share: float, scale: re.Match, floor: int) -> Quantity:
    value = share * lex.WORD_SCALES[scale.group("scale").lower()]
    qualifier, q_start = _qualifier_before(text, max(floor, start - _PREFIX_WINDOW), start)
    step = lex.rounding_step(value)
    low, high, li, hi = _interval(qualifier, value, step)
    after = fig.NOUN_AFTER.match(text, scale.end())
    noun, unit, person = fig.counted_noun(after, allow_of=True, plural=True)
    currency = lex.CURRENCY_WORDS.get((noun or "").lower().rstrip("s"))
    end = scale.end() if currency is None else after.end("w1")
    kind, unit = ("money", currency) if currency else ("count", "people" if person else unit)
    phrase = text[q_start:end]
    return _make(text, q_start, end, low, high, li, hi, value, unit, None if currency else noun, qualifier, kind, step, f"{phrase}: {value:,.0f}" if qualifier is None
                 else _why(phrase, qualifier, value, step, low, high))


_FRACTION_NUMERATORS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
                        "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11}


def read_ratio(text: str, start: int, end: int, value: float, floor: int, noun_from: int,
               allow_of: bool) -> Quantity:
    """A share of a whole, kind "fraction" whichever way it is written (two-thirds, 3/4, one in five): "one in
    five" and "a fifth" are one share. Never a count."""
    lo = max(floor, start - _PREFIX_WINDOW)
    qualifier, q_start = _qualifier_before(text, lo, start)
    step = value / 10                   # fractions have no digits to round: one tenth of the value
    low, high, li, hi = _interval(qualifier, value, step)
    noun, _, _ = fig.counted_noun(fig.NOUN_AFTER.match(text, noun_from), allow_of=allow_of)
    phrase = text[q_start:end]
    return _make(text, q_start, end, low, high, li, hi, value, None, noun, qualifier, "fraction", step,
                 f"{phrase}: a share of {value:.4g}" if qualifier is None
                 else _why(phrase, qualifier, value, step, low, high))


def read_fraction(text: str, m: re.Match, floor: int, read_quantities) -> tuple[Quantity | None, int]:
    """"two-thirds", "a quarter of", "three - quarters". Mixed numbers ("one and a half") are number words.
    `read_quantities` reads "half a metre" as it reads "0.5 metre"."""
    tokens = re.findall(r"[a-z]+", m.group("frac").lower())
    if tokens == ["half"]:
        if ctx.HALF_ORDINAL_BEFORE.search(text, max(0, m.start() - 20), m.start()):
            return None, m.end()        # "the first half of 2022"
        numerator, denominator = 1, 2
    else:
        numerator = _FRACTION_NUMERATORS[tokens[0]]
        denominator = lex.FRACTION_DENOMINATORS[tokens[-1].rstrip("s")]
    scale = _OF_A_SCALE.match(text, m.end())
    if scale is not None:               # "a quarter of a million trees": 250,000, a count
        q = _share_of_scale(text, m.start(), numerator / denominator, scale, floor)
        return q, q.end
    unit = _OF_A_UNIT.match(text, m.end()) or _UNIT_JOINED.match(text, m.end())
    if unit is not None:                # "half a metre", "a quarter of a century": a measure or a duration
        return _fraction_of_unit(text, m.start(), numerator / denominator, unit, read_quantities), unit.end()
    return read_ratio(text, m.start(), m.end(), numerator / denominator, floor, m.end(), True), m.end()


def ratio_after(text: str, x: fig.Figure, floor: int) -> tuple[Quantity, int] | None:
    """A ratio: "one in five", "1 in 4", "two out of three"."""
    if x.currency or x.value != int(x.value) or not 1 <= x.value <= 10:
        return None
    rm = ctx.RATIO_SEP.match(text, x.end)
    ym = fig.SECOND_FIGURE.match(text, rm.end()) if rm else None
    d = fig.figure_from(ym) if ym else None
    if d is None or d.currency or not x.value < d.value <= 1e6 or d.year_like or d.pending_m \
            or ctx.NOT_A_FIGURE_AFTER.match(text, d.end):
        return None
    um = fig.UNIT_AFTER.match(text, d.end)
    if um is None or um.group("hnoun") or um.group("of"):
        return read_ratio(text, x.start, d.end, x.value / d.value, floor, d.end, False), d.end
    return None
