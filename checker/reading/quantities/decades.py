"""Ages told by decade: "a man in his 60s", "a woman in her early forties", "in their mid-20s".

An editor reads "in his 60s" as 60 to 69, "early" as the first few years of it, "mid" the middle, "late" the
last few: an age, never a count, compared with another source's age as the interval it is."""
from __future__ import annotations

import re

from checker.reading.quantities.intervals import Quantity, make

_TENS = {"twenties": 20, "thirties": 30, "forties": 40, "fifties": 50, "sixties": 60, "seventies": 70,
         "eighties": 80, "nineties": 90}
_PART = {None: (0, 9), "early": (0, 3), "mid": (4, 6), "late": (7, 9)}
DECADE_AGE = re.compile(r"in\s+(?:his|her|their)\s+(?:(?P<part>early|mid|late)[\s-]*)?"
                        r"(?P<decade>[1-9]0s|" + "|".join(_TENS) + r")\b", re.IGNORECASE)
# where DECADE_AGE can start, found with str.find: far faster over a long text than any pattern's scan
_LEADS = ("n his ", "n her ", "n their ")


def decade_ages(text: str, read: list[Quantity] = ()) -> list[Quantity]:
    """Every age given by its decade in text, with its interval, where no reading of `read` stands."""
    found: list[Quantity] = []
    if "n his " not in text and "n her " not in text and "n their " not in text:
        return found
    for start in sorted(at - 1 for lead in _LEADS for at in _all(text, lead) if at > 0):
        m = DECADE_AGE.match(text, start)
        if m is None or (start and text[start - 1].isalnum()) or any(q.start < m.end() and m.start() < q.end
                                                                     for q in read):
            continue
        decade = m.group("decade").lower()
        tens = int(decade[0]) * 10 if decade[0].isdigit() else _TENS[decade]
        part = m.group("part").lower() if m.group("part") else None
        first, last = _PART[part]
        why = f"{m.group()}: an age from {tens + first} to {tens + last}, never a count"
        start = m.start("part") if part else m.start("decade")
        found.append(make(text, start, m.end(), tens + first, tens + last, True, True, tens + first, None, None,
                          "range", "age", 1.0, why))
    return found


def _all(text: str, word: str):
    at = text.find(word)
    while at >= 0:
        yield at
        at = text.find(word, at + 1)
