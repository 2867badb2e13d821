"""What a wording vouches for: the Quantity record and the qualifier rules.

A figure plus the qualifier written before it ("more than", "nearly", ...)
becomes an interval around the figure, one rounding step wide (the step rule,
and the half-unit step of "a year" / "one month", live in lexicon.py).
Shared by reader.py (the scanner), durations.py, shares.py and vague.py.
"""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass
from functools import lru_cache

from checker.reading.quantities import lexicon as lex

__all__ = ["Quantity", "as_dict", "interval", "why", "fmt", "make", "qualifier_before", "PREFIX_WINDOW"]


@dataclass(frozen=True, slots=True)
class Quantity:
    text: str                 # the phrase as written, qualifier included: "more than 6,500"
    start: int                # text == source[start:end]
    end: int
    low: float
    high: float
    low_inclusive: bool
    high_inclusive: bool
    stated: float             # the figure as written (durations: in stated_unit; ranges: the lower figure)
    unit: str | None          # "people", "days", "USD", "%", a plural noun, or None
    noun: str | None          # the counted noun as written
    qualifier: str | None     # "more than", "at least", "nearly", "about", "up to", "fewer than",
                              # "at most", "between", "range", "vague", or None
    kind: str                 # "count" | "duration" | "money" | "percent" | "fraction" | "measure"
                              # | "ordinal" | "number" (a bare word such as "one", "two": never a count) | "score" ("3-1")
    step: float               # rounding step, in the scale of low/high
    why: str                  # one short sentence for the editor
    stated_unit: str | None = None   # the unit as written when another is compared: "weeks", "miles", "kg"

    @property
    def can_count(self) -> bool:
        """Whether the reading may be a count of something: ranks, ages, years and bare words never are."""
        return self.kind == "count"


def as_dict(q: Quantity) -> dict:
    return {**asdict(q), "can_count": q.can_count}


def make(text, start, end, low, high, li, hi, stated, unit, noun, qualifier, kind, step, why_text,
         stated_unit=None) -> Quantity:
    return Quantity(text[start:end], start, end, float(low), float(high), li, hi, float(stated), unit, noun,
                    qualifier, kind, float(step), why_text, stated_unit)


# --- the qualifier before a figure ---------------------------------------------------------

PREFIX_WINDOW = 48          # characters looked at to the left of a figure
_QUALIFIER_BEFORE = re.compile(
    r"(?<![\w\-])(?P<q>" + lex.phrase_pattern(lex.QUALIFIER_PHRASES) + r")(?:\s+|(?<=[<>=≤≥])\s*)\Z",
    re.IGNORECASE)
# The qualifier regex is tried at every position of its window: keep it as short as the longest phrase.
_QUALIFIER_WINDOW = max(len(p) for p in lex.QUALIFIER_PHRASES) + 8


# Most figures have no qualifier: the word right before one, looked up in a set, rules the long pattern out cheaply
_QUALIFIER_LAST_WORDS = frozenset(lex.word_before(p, len(p)) for p in lex.QUALIFIER_PHRASES)


_GO_UP_BEFORE = re.compile(r"\b(?:go|goes|went|gone|going)\s+up\Z", re.IGNORECASE)
# "as long as a month", "as far as 200 km": a bound on a length; "as long as 10 people remain" is a condition
_OF_A_SIZE = frozenset({"as long as", "as far as", "as large as", "as deep as"})
_UNIT_WORDS = frozenset(lex.DURATION_DAYS) | frozenset(w + "s" for w in lex.DURATION_DAYS) \
    | frozenset(lex.DURATION_ALIASES) | frozenset(w for unit in lex.MEASURE_UNITS for w in unit.split())
_WORD = re.compile(r"[a-z]+")
_UNIT_LOOKAHEAD = 32        # characters after the figure's start in which its unit stands


def qualifier_before(text: str, lo: int, start: int) -> tuple[str | None, int]:
    """(canonical qualifier, where it starts) for the words right before text[start:], or (None, start)."""
    window = max(lo, start - _QUALIFIER_WINDOW)
    last = lex.word_before(text, start)
    if last and last not in _QUALIFIER_LAST_WORDS:      # ("" when a symbol ends there: "<", ">=")
        return None, start
    qm = _QUALIFIER_BEFORE.search(text, window, start)
    if qm is None or (last == "to" and _GO_UP_BEFORE.search(text, max(0, qm.start() - 8), qm.start() + 2)):
        return None, start                              # "the fare goes up to 2.85": a new level, not a bound
    phrase = lex._norm_phrase(qm.group("q"))
    if phrase in _OF_A_SIZE and not _UNIT_WORDS & set(_WORD.findall(text[start:start + _UNIT_LOOKAHEAD].lower())):
        return None, start
    return lex.QUALIFIER_PHRASES[phrase], qm.start()


# --- intervals ---------------------------------------------------------------------

def interval(qualifier: str | None, n: float, step: float, whole_unit: bool = True) -> tuple[float, float, bool, bool]:
    """The interval a qualifier allows around the stated figure n, given its rounding step. "nearly" and "about"
    reach a tenth of n, and at least a whole unit where one is the least step (`whole_unit`: "nearly 5" people is 4
    to 5); a measure, a duration, a share or a sum has none ("nearly 2 km" is 1.8 km and more, not 1 km)."""
    if qualifier in ("nearly", "about") and not whole_unit:
        step = min(step, 0.1 * abs(n))
    if qualifier == "more than":
        return n, n + step, False, True
    if qualifier == "at least":
        return n, n + step, True, True
    if qualifier == "nearly":
        w = max(lex.WIDTHS["nearly"] * abs(n), min(step, 1.0))
        return n - w, n, True, False
    if qualifier == "about":
        w = max(lex.WIDTHS["about"] * abs(n), min(step, 1.0) / 2)
        return n - w, n + w, True, True
    if qualifier in ("up to", "at most"):
        return n - step, n, True, True
    if qualifier == "fewer than":
        return n - step, n, True, False
    return n, n, True, True


@lru_cache(maxsize=4096)  # a text repeats its figures; the why of each reading formats them
def fmt(v: float) -> str:
    if v == int(v) and abs(v) < 1e15:
        return f"{int(v):,}"
    if 1e3 <= abs(v) < 1e15:        # "11,582.4", as an editor reads it, never "1.158e+04"
        return f"{v:,.1f}"
    return f"{v:,.4g}"


_WHY = {
    "more than": "{t}: above {n}, bounded by the rounding step {s}",
    "at least": "{t}: {n} or more, bounded by the rounding step {s}",
    "nearly": "{t}: below {n} and at least {lo} ('nearly' reaches a tenth below: vague.yaml, widths)",
    "about": "{t}: {n} give or take {w} ('about' reaches a tenth either side: vague.yaml, widths)",
    "up to": "{t}: at most {n}, down to one rounding step ({s})",
    "at most": "{t}: at most {n}, down to one rounding step ({s})",
    "fewer than": "{t}: below {n}, down to one rounding step ({s})",
}


def why(text: str, qualifier: str | None, n: float, step: float, low: float, high: float) -> str:
    if qualifier is None:                   # most figures: nothing to format but the phrase
        return f"{text}: the figure as written"
    return _WHY[qualifier].format(t=text, n=fmt(n), s=fmt(step), w=fmt((high - low) / 2), lo=fmt(low))
