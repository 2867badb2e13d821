"""Shares: fractions ("two-thirds", "a quarter of"), digit fractions ("3/4") and ratios ("one in five")."""
from __future__ import annotations

import re

from checker.reading.quantities import context as ctx, figures as fig, lexicon as lex
from checker.reading.quantities.intervals import (PREFIX_WINDOW as _PREFIX_WINDOW, Quantity, interval as _interval,
                                                  make as _make, qualifier_before as _qualifier_before, why as _why)

_I = re.IGNORECASE


_FRACTION_NUMERATORS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
                        "seven": 7, "eight": 8, "nine": 9}


def read_ratio(text: str, start: int, end: int, value: float, floor: int, noun_from: int,
               allow_of: bool, kind: str = "ratio") -> Quantity:
    """A share of a whole: kind "fraction" (two-thirds, 3/4) or "ratio" (one in five), never a count."""
    lo = max(floor, start - _PREFIX_WINDOW)
    qualifier, q_start = _qualifier_before(text, lo, start)
    step = value / 10                   # fractions have no digits to round: one tenth of the value
    low, high, li, hi = _interval(qualifier, value, step)
    noun, _, _ = fig.counted_noun(fig.NOUN_AFTER.match(text, noun_from), allow_of=allow_of)
    phrase = text[q_start:end]
    return _make(text, q_start, end, low, high, li, hi, value, None, noun, qualifier, kind, step,
                 f"{phrase}: a {kind} of {value:.4g}" if qualifier is None
                 else _why(phrase, qualifier, value, step, low, high))


def read_fraction(text: str, m: re.Match, floor: int) -> tuple[Quantity | None, int]:
    """"two-thirds", "a quarter of", "three - quarters". Mixed numbers ("one and a half") are number words."""
    tokens = re.findall(r"[a-z]+", m.group("frac").lower())
    if tokens == ["half"]:
        if ctx.HALF_ORDINAL_BEFORE.search(text, max(0, m.start() - 20), m.start()):
            return None, m.end()        # "the first half of 2022"
        numerator, denominator = 1, 2
    else:
        numerator = _FRACTION_NUMERATORS[tokens[0]]
        denominator = lex.FRACTION_DENOMINATORS[tokens[-1].rstrip("s")]
    if re.match(r"\s+of\s+an?\s+(?:century|hour|mile|day|year|month|decade|second)\b", text[m.end():], _I):
        return None, m.end()            # "a quarter of a century": a duration, not a share
    return read_ratio(text, m.start(), m.end(), numerator / denominator, floor, m.end(), True, "fraction"), m.end()
