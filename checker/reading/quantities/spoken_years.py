"""Years written in words, as speech and some styles give them: "in nineteen eighty-four", "since two thousand
and twelve". Read as years only after a word that opens a time ("in", "since", "until"...): "two thousand and
twelve jobs" is a count."""
from __future__ import annotations

import re

from checker.reading.quantities.lexicon import SMALL_WORDS, TENS_WORDS

_TIME_OPENS_BEFORE = re.compile(r"\b(?:in|since|until|till|before|after|during|from|by|of)\s+\Z", re.IGNORECASE)
# "nineteen eighty-four", "twenty twenty-two", "nineteen oh five", "eighteen hundred": the century, then the rest
_CENTURY_WORDS = {w: v for w, v in SMALL_WORDS.items() if 11 <= v <= 19} | {"twenty": 20}
_REST = re.compile(r"[ \t-]+(?:(?P<tens>" + "|".join(TENS_WORDS) + r")(?:[ \t-](?P<unit>"
                   + "|".join(w for w, v in SMALL_WORDS.items() if 1 <= v <= 9) + r"))?"
                   r"|(?P<teen>" + "|".join(w for w, v in SMALL_WORDS.items() if 10 <= v <= 19) + r")"
                   r"|(?:oh|o)[ \t-](?P<oh>" + "|".join(w for w, v in SMALL_WORDS.items() if 1 <= v <= 9) + r")"
                   r"|(?P<hundred>hundred))\b", re.IGNORECASE)
FIRST_YEAR, LAST_YEAR = 1100, 2099
_OUR_CENTURIES = (18, 19, 20)
_AT_BEFORE = re.compile(r"\bat\s+\Z", re.IGNORECASE)


def spoken_year(text: str, x) -> None:
    """Mark figure `x` (read from words) a year where its words and the words before it make one; a century and
    its rest ("nineteen" + "eighty-four") become one figure."""
    century = _CENTURY_WORDS.get(text[x.start:x.end].lower())
    rest = _REST.match(text, x.end) if century is not None else None
    if not _TIME_OPENS_BEFORE.search(text, max(0, x.start - 8), x.start) and not (
            # "Nineteen eighty-four remains the driest year": the years of our centuries told whole are years
            # wherever they stand; "eighteen hundred" may count people, "twelve twenty" be a time
            rest is not None and century in _OUR_CENTURIES and not rest.group("hundred")
            and not _AT_BEFORE.search(text, max(0, x.start - 4), x.start)):
        return
    if rest is not None:
        if rest.group("hundred"):
            tail = 0
        elif rest.group("tens"):
            tail = TENS_WORDS[rest.group("tens").lower()] + SMALL_WORDS.get((rest.group("unit") or "").lower(), 0)
        else:
            tail = SMALL_WORDS[(rest.group("teen") or rest.group("oh")).lower()]
        x.value = x.base = float(century * 100 + tail)
        x.end, x.step = rest.end(), 1.0
    if x.value == int(x.value) and FIRST_YEAR <= x.value <= LAST_YEAR and (rest is not None or x.value >= 2000):
        x.year_like = True
