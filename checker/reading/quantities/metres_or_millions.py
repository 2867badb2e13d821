"""The letter "m" after a figure: millions ("$5 m", "5m people", "2.4m tonnes") or metres ("a 100m wall",
"a depth of 1,200 m"); a height in feet and inches ("5ft 10in"); and a temperature below zero ("five degrees below
zero")."""
from __future__ import annotations

import re

from checker.reading.quantities import figures as fig
from checker.reading.quantities.state import FigureReading

# "1,200 m", "−430 m": a spaced "m" after a figure with no currency is metres, unless a noun follows ("5 m people")
# (after a currency, millions: "$5 m deal")
_SPACED_M = re.compile(r"[ \u00a0]m(?=[\s.,;:)!?]|\Z)")
# "-430 m relative to sea level", "200 m above the valley": words of place after a spaced "m" say metres
_MEASURE_AFTER = re.compile(r"\s+(?:relative\s+to|above|below|deep|high|long|tall|wide|away|underground)\b", re.I)
_INCHES_AFTER = re.compile(r"[ \t\u00a0]?([0-9]|1[01])(?:[ \t\u00a0]?(?:in|ins|inches)\b|[\"\u2033\u201d])")
_OUNCES_AFTER = re.compile(r"[ \t\u00a0]?([0-9]|1[0-5])[ \t\u00a0]?(?:oz|ounces?)\b")


# "the 2.5m-strong union", "a 1.4m-member union", "its 3m-subscriber base": millions of people (a "100m-high
# tower" is metres)
_STRONG_AFTER = re.compile(r"-(?:strong|members?|person|people|users?|subscribers?|customers?|voters?|residents?"
                           r"|passengers?|viewers?|readers?|households?|jobs?)\b", re.I)
# what a sentence counts in millions before a bare "m" figure: "Population: 2.1m", "subscribers rose to 1.25m"
_COUNTED_BEFORE = re.compile(
    r"\b(?:population|populations|membership)\b(?::|\s+(?:of|was|is|stood\s+at|reached|rose\s+to|fell\s+to))?\s*\Z"
    # "put the crowd at 1.2m"
    r"|\b(?:crowd|turnout|attendance|audience)\s+(?:at|of|was|is|(?:was\s+)?estimated\s+at)\s*\Z"
    r"|\b(?:subscribers|users|members|customers|viewers|voters|residents|visitors|passengers|households|followers"
    r"|readers|listeners|downloads|copies|jobs)\s+(?:rose|grew|fell|dropped|climbed|jumped|reached|totalled"
    r"|totaled|topped|numbered|stood)(?:\s+(?:to|at|by))?\s*\Z", re.I)
# an earlier figure of the sentence read in millions by the noun after it: "4.6m members, up from 3.9m"
_MILLIONS_BEFORE = re.compile(r"[0-9]m[ \t\u00a0]+(?!metres|meters)[a-z]+s\b")
_SENTENCE_START = re.compile(r"[.!?]\s|\n")
_REACH = 160


def _millions_without_noun(text: str, start: int, end: int) -> tuple[str | None, str | None] | None:
    """(noun, unit) when a figure's "m", with no noun after it, means millions all the same; None for metres.
    A figure beside one read in millions counts what that one counts."""
    if _STRONG_AFTER.match(text, end):
        return None, None
    before = text[max(0, start - _REACH):start]
    cut = None
    for cut in _SENTENCE_START.finditer(before):
        pass
    if cut is not None:
        before = before[cut.end():]
    if _COUNTED_BEFORE.search(before):
        return None, None
    earlier = _MILLIONS_BEFORE.search(before)
    if earlier is None:
        return None
    noun, unit, _ = fig.counted_noun(fig.NOUN_AFTER.match(before, earlier.start() + 2), allow_of=False)
    return None if noun is None else (noun, unit)


def resolve_m(text: str, m: re.Match, r: FigureReading, unit_m: re.Match | None) -> re.Match | None:
    """Reads an "m" after the figure into r: millions or metres. Returns the unit word still to be read."""
    x = r.x
    if x.pending_m or r.both_m:                         # ("1.5-2m": one "m", after the second, for both)
        after = r.y.end if r.both_m else m.end()        # "3m-4m tonnes": what follows the second says
        money = fig.money_after(text, after)
        noun, unit, _ = fig.counted_noun(fig.NOUN_AFTER.match(text, after), allow_of=False)
        millions = None if money is not None or noun is not None else _millions_without_noun(text, x.start, after)
        if money is not None or noun is not None:       # "100m Swiss francs", "5m people": millions
            unit_m = money or fig.UNIT_AFTER.match(text, after)   # "2.4m tonnes": a measure in millions
            if unit_m is None or unit_m.group("of"):
                r.noun, r.unit, unit_m = noun, unit, None
        elif millions is not None:                      # "the 2.5m-strong union", "a population of 4.2m"
            r.noun, r.unit, unit_m = millions[0], millions[1], None
        else:
            r.kind, r.unit, r.end, unit_m = "measure", "m", after, None   # "a 100m wall": metres
        if money is not None or noun is not None or millions is not None:
            x.rescale(1e6)
            if r.both_m:
                r.y.rescale(1e6)
            x.end, r.end = m.end() if x.pending_m else x.end, after
    spaced = _SPACED_M.match(text, r.end) if x.scale == 1 and not x.pending_m else None
    if spaced and x.currency and r.y is None:
        x.rescale(1e6)                                  # "$5 m": millions of the currency
        x.end = r.end = spaced.end()
    elif spaced and unit_m is None and not x.currency:
        if _MEASURE_AFTER.match(text, spaced.end()) or \
                fig.counted_noun(fig.NOUN_AFTER.match(text, spaced.end()), allow_of=False)[0] is None:
            r.kind, r.unit, r.end = "measure", "m", spaced.end()   # "a depth of 1,200 m": metres
        else:
            x.rescale(1e6)                              # "5 m people": millions of what it counts
            x.end = r.end = spaced.end()
            unit_m = fig.UNIT_AFTER.match(text, r.end)
    return unit_m


def feet_and_inches(text: str, r: FigureReading) -> None:
    """"5ft 10in": the inches join the feet, one height; "8lb 4oz": the ounces join the pounds, one weight."""
    x = r.x
    if r.kind == "measure" and r.unit in ("ft", "lb") and r.y is None:
        part, parts = (_INCHES_AFTER, 12) if r.unit == "ft" else (_OUNCES_AFTER, 16)
        smaller = part.match(text, r.end)
        if smaller:
            x.value, x.step, r.end = x.value + float(smaller.group(1)) / parts, 1 / parts, smaller.end()


_BELOW_ZERO = re.compile(r"\s+below\s+zero\b", re.I)


def below_zero(text: str, r: FigureReading) -> None:
    """"five degrees below zero", "12C below zero": a temperature under zero, the figure negated. (Bare "degrees" keep
    no scale: "minus 2 degrees" in Dallas is Fahrenheit, in Yakutsk Celsius, and the text may not say which.)"""
    if r.kind == "measure" and r.unit in ("degrees", "celsius", "°F") and r.x.value > 0:
        below = _BELOW_ZERO.match(text, r.end)
        if below:
            r.end = below.end()
            r.x.value, r.x.base = -r.x.value, -r.x.base
