"""The letter "m" after a figure: millions ("$5 m", "5m people", "2.4m tonnes") or metres ("a 100m wall",
"a depth of 1,200 m"); and a height in feet and inches ("5ft 10in")."""
from __future__ import annotations

import re

from checker.reading.quantities import figures as fig
from checker.reading.quantities.state import FigureReading

# "1,200 m", "−430 m": a spaced "m" after a figure with no currency is metres, unless a noun follows ("5 m people")
# (after a currency, millions: "$5 m deal")
_SPACED_M = re.compile(r"[ \u00a0]m(?=[\s.,;:)!?]|\Z)")
_INCHES_AFTER = re.compile(r"[ \t\u00a0]?([0-9]|1[01])(?:[ \t\u00a0]?(?:in|ins|inches)\b|[\"\u2033\u201d])")


def resolve_m(text: str, m: re.Match, r: FigureReading, unit_m: re.Match | None) -> re.Match | None:
    """Reads an "m" after the figure into r: millions or metres. Returns the unit word still to be read."""
    x = r.x
    if x.pending_m:
        money = fig.money_after(text, m.end())
        noun, unit, _ = fig.counted_noun(fig.NOUN_AFTER.match(text, m.end()), allow_of=False)
        if money is not None or noun is not None:       # "100m Swiss francs", "5m people": millions
            x.rescale(1e6)
            x.end = r.end = m.end()
            unit_m = money or fig.UNIT_AFTER.match(text, m.end())   # "2.4m tonnes": a measure in millions
            if unit_m is None or unit_m.group("of"):
                r.noun, r.unit, unit_m = noun, unit, None
        else:
            r.kind, r.unit, r.end, unit_m = "measure", "m", m.end(), None   # "a 100m wall": metres
    spaced = _SPACED_M.match(text, r.end) if x.scale == 1 and not x.pending_m else None
    if spaced and x.currency and r.y is None:
        x.rescale(1e6)                                  # "$5 m": millions of the currency
        x.end = r.end = spaced.end()
    elif spaced and unit_m is None and not x.currency:
        if fig.counted_noun(fig.NOUN_AFTER.match(text, spaced.end()), allow_of=False)[0] is None:
            r.kind, r.unit, r.end = "measure", "m", spaced.end()   # "a depth of 1,200 m": metres
        else:
            x.rescale(1e6)                              # "5 m people": millions of what it counts
            x.end = r.end = spaced.end()
            unit_m = fig.UNIT_AFTER.match(text, r.end)
    return unit_m


def feet_and_inches(text: str, r: FigureReading) -> None:
    """"5ft 10in": the inches join the feet, one height."""
    x = r.x
    if r.kind == "measure" and r.unit == "ft" and r.y is None:
        inches = _INCHES_AFTER.match(text, r.end)
        if inches:                                      # "5ft 10in": one height in feet and inches
            x.value, x.step, r.end = x.value + float(inches.group(1)) / 12, 1 / 12, inches.end()
