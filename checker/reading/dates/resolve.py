"""Turn each phrase the scan found into a DateReading: check its context (is "May" a
month or a name? is "2000" a year or a head count?) and resolve it against the
reference date into a closed range of days. One handler per kind; a handler returns
None when the phrase is not a date after all."""
import datetime
import re
from dataclasses import dataclass
from typing import NamedTuple

from checker.reading.dates.calendar import (ago_span, declared_day, describe, direction_of, fmt, looks_ahead,
                                            month_end, narrow, days_ahead, norm, part_of, season_span, told_as_past,
                                            two_digit_year, unit_span, year_for_day, year_it_runs_to, year_of_weekday,
                                            year_span)
from checker.reading.dates.lexicon import (COUNT_WORDS, COUNTED_AFTER, DAY_NAME, FUTURE_CUE, LABEL_WORDS, MONTH_ABBR,
                                           MONTH_ABBR_NAME, MONTH_CUES, MONTH_NAME, MONTHS, NAMED_DAYS, NEEDS_CUE,
                                           NEWSPAPER_AFTER, PLAN_CUE, QUANTITY_BEFORE, SEASON_CUES, SEASON_NOUN_AFTER,
                                           WEEKDAY_ABBR, WEEKDAYS, WHICH_YEAR_AFTER, YEAR_CUES)

date = datetime.date


@dataclass(frozen=True, slots=True)
class DateReading:
    text: str              # as written, text == s[start:end]
    start: int
    end: int
    low: datetime.date | None   # first day the phrase can mean; None when unresolved
    high: datetime.date | None  # last day it can mean
    precision: str         # day|month|season|year|decade|weekday|relative
    relative: bool         # meaning depends on the reference date (resolved against it if given)
    why: str
    weekday_mismatch: str | None = None
    weekday: str | None = None    # the weekday written with a day ("Friday, Oct. 25"), as written


FROM_REFERENCE = " (year from reference "   # how a day-month's year taken from the reference is told


class Context(NamedTuple):
    text: str
    ref: datetime.date | None
    day_first: bool  # style for ambiguous all-numeric dates


# Read backwards from the phrase over the last 30 characters: the gap, then the word.
# (Searching forwards for "word gap end-of-window" retried at every position.)
_PREV_WORD_REVERSED = re.compile(r"([^A-Za-z0-9]*)([A-Za-z]+)")


# --- small helpers -------------------------------------------------------------
def _month_number(name: str) -> int:
    key = name.lower().rstrip(".")
    return MONTHS.get(key) or MONTH_ABBR[key]


def weekday_number(name: str) -> int:
    key = name.lower().rstrip(".")
    return WEEKDAYS[key] if key in WEEKDAYS else WEEKDAY_ABBR[key]


def _prev_word(text: str, start: int) -> tuple[str, str]:
    """The word before `start` and the characters between it and `start`."""
    m = _PREV_WORD_REVERSED.match(text[max(0, start - 30):start][::-1])
    return (m.group(2)[::-1], m.group(1)[::-1]) if m else ("", "")


def _cued(text: str, start: int, cues: frozenset) -> bool:
    word, gap = _prev_word(text, start)
    return gap.isspace() and word.lower() in cues


def _after_proper_noun(text: str, start: int, cues: frozenset) -> bool:
    """'Black September', 'Arab Spring', 'Theresa May': a capitalised non-cue word
    right before the phrase makes it part of a name."""
    word, gap = _prev_word(text, start)
    return gap.isspace() and word[:1].isupper() and word.lower() not in cues


def _reading(ctx, start, end, low, high, precision, relative, why, mismatch=None, weekday=None):
    return DateReading(ctx.text[start:end], start, end, low, high, precision, relative, why,
                       mismatch, weekday)


def _unresolved(ctx, m, precision):
    return _reading(ctx, m.start(), m.end(), None, None, precision, True,
                    f"{m.group()!r} needs a reference date")


# --- handlers: one per kind; each returns a reading or None (not a date) -----------
def _h_iso(ctx, m):
    day = date(int(m["y"]), int(m["m"]), int(m["d"]))
    return _reading(ctx, m.start(), m.end(), day, day, "day", False, fmt(day))


def _h_numeric(ctx, m):
    if m["s1"] != m["s2"]:
        return None
    a, b, ys = int(m["a"]), int(m["b"]), m["y"]
    if len(ys) == 2:  # 10/31/22: only with slashes, dots and dashes are too often versions
        if m["s1"] != "/":
            return None
        y = 2000 + int(ys) if int(ys) < 70 else 1900 + int(ys)
    else:
        y = int(ys)
    if a > 12 >= b:
        d, mo, how = a, b, "day-first: first number over 12"
    elif b > 12 >= a:
        d, mo, how = b, a, "month-first: second number over 12"
    elif a <= 12 and b <= 12:
        d, mo = (a, b) if ctx.day_first else (b, a)
        how = "ambiguous, read " + ("day-first like the rest of the text" if ctx.day_first
                                    else "month-first")
    else:
        return None
    day = date(y, mo, d)
    return _reading(ctx, m.start(), m.end(), day, day, "day", False, f"{fmt(day)} ({how})")


def _h_day_month(ctx, m):
    """mdy and dmy: 'Monday, Oct. 31, 2022', '30-31 October', 'Nov. 26'."""
    month = _month_number(m["m"])
    d1 = int(m["d"].rstrip("stndrh"))
    d2 = int(m["d2"].rstrip("stndrh")) if m["d2"] else None
    if d2 is not None and d2 <= d1:
        return None
    carried = year_it_runs_to(ctx.text, m.end(), month) if not m["y"] else None
    if m["y"]:
        y, relative, note = int(m["y"]), False, ""
    elif carried is not None:       # "Sunday 2 December to Monday 3 December 1984"
        y, relative, note = carried, False, " (the year of the day it runs to)"
    elif ctx.ref is not None:
        # "sentencing was scheduled for Feb. 23", in November: a plan looks ahead half a year, a past-tense sentence
        # a fortnight (a slip of a day or two); a weekday written with the day settles the year itself, below, though
        # never as a coming year in a sentence told in the past
        planned = not m["wd"] and PLAN_CUE.search(ctx.text, max(0, m.start() - 40), m.start()) is not None
        y, relative = year_for_day(ctx.ref, month, d1, days_ahead(ctx.text, m.start(), m.end(), planned)), True
        if y is None:
            return None
        note = f"{FROM_REFERENCE}{fmt(ctx.ref)})"
        which = WHICH_YEAR_AFTER.match(ctx.text, m.end())
        if which and d2 is None:     # "on 16 September last year"
            y = ctx.ref.year + {"last": -1, "this": 0, "next": 1}[which.group(1).lower()]
            note = f" ({which.group(1).lower()} year, from reference {fmt(ctx.ref)})"
    else:
        date(2000, month, d1)  # raises (reading dropped) for 30 Feb and the like
        return _unresolved(ctx, m, "day")
    if not m["y"] and carried is None and ctx.ref is not None and m["wd"] and d2 is None:
        y = year_of_weekday(ctx.ref, y, month, d1, weekday_number(m["wd"]), told_as_past(ctx.text, *m.span()))
    low = date(y, month, d1)
    high = date(y, month, d2) if d2 else low
    mismatch = None
    if m["wd"] and d2 is None and low.weekday() != weekday_number(m["wd"]):
        stated = m.group() + (f" ({y})" if not m["y"] else "")
        mismatch = f"{stated} was a {DAY_NAME[low.weekday()]}"
    return _reading(ctx, m.start(), m.end(), low, high, "day", relative,
                    describe(low, high) + note, mismatch, m["wd"] if d2 is None else None)


def _h_month_year(ctx, m):
    month = _month_number(m["m"])
    part = part_of(norm(m["mod"]))
    if m["y"]:
        y, relative = int(m["y"]), False
    elif ctx.ref is None:
        return _unresolved(ctx, m, "month")
    else:
        y, relative = ctx.ref.year + {"last": -1, "this": 0, "next": 1}[m["rel"].lower()], True
    low, high = narrow(date(y, month, 1), month_end(y, month), part)
    return _reading(ctx, m.start(), m.end(), low, high, "month", relative, describe(low, high))


def _h_month(ctx, m):
    """A month without a day or year: 'in September', 'last September', 'mid-October'."""
    month, key = _month_number(m["m"]), m["m"].lower().rstrip(".")
    mod = norm(m["mod"])
    if not mod:
        if key in NEEDS_CUE or key in MONTH_ABBR:  # "Russia may", "Jan Novak"
            if not _cued(ctx.text, m.start(), MONTH_CUES):
                return None
        elif _after_proper_noun(ctx.text, m.start(), MONTH_CUES):
            return None
    if ctx.ref is None:
        return _unresolved(ctx, m, "month")
    ry, rm = ctx.ref.year, ctx.ref.month
    direction = direction_of(mod)
    if direction == "back":
        y, how = (ry if month < rm else ry - 1), "before"
    elif direction == "forward":
        y, how = (ry if month > rm else ry + 1), "after"
    elif direction == "this":
        y, how = ry, "in the year of"
    elif 1 <= (month - rm) % 12 <= 6 and FUTURE_CUE.search(ctx.text, max(0, m.start() - 40), m.start()):
        # "expects to reopen by the end of May", in April: this May; "will vote in January", in October: next
        y, how = (ry if month > rm else ry + 1), "ahead of"
    else:
        y, how = (ry if month <= rm else ry - 1), "on or before"
    low, high = narrow(date(y, month, 1), month_end(y, month), part_of(mod))
    why = (f"{describe(low, high)}: {MONTH_NAME[month]} {how} "
           f"{MONTH_ABBR_NAME[rm]} {ry}")
    return _reading(ctx, m.start(), m.end(), low, high, "month", True, why)


def _h_weekday(ctx, m):
    mod = norm(m["mod"])
    word, gap = _prev_word(ctx.text, m.start())
    if not mod and gap.isspace() and word[:1].isupper() and word.lower() in NAMED_DAYS:
        return None  # Black Friday, Bloody Sunday, Super Tuesday
    if NEWSPAPER_AFTER.match(ctx.text, m.end()):
        return None  # Sunday Times
    if ctx.ref is None:
        return _unresolved(ctx, m, "weekday")
    wd, r = weekday_number(m["wd"]), ctx.ref.weekday()
    direction = direction_of(mod)
    if direction == "back":
        delta, how = -((r - wd - 1) % 7 + 1), "before"
    elif direction == "forward":
        delta, how = (wd - r - 1) % 7 + 1, "after"
    elif looks_ahead(ctx.text, m.start()):
        # "mourning runs through Saturday", "talks will go on until Friday", "leaders will meet on Tuesday": the
        # coming one
        delta, how = (wd - r) % 7, "on or after"
    elif declared_day(ctx.text, m.start()):
        delta, how = (wd - r) % 7, "(a day declared) on or from"
    else:  # news convention: past tense, so the latest such day, the reference day included
        delta, how = -((r - wd) % 7), "on or before"
    day = ctx.ref + datetime.timedelta(days=delta)
    return _reading(ctx, m.start(), m.end(), day, day, "day", True,
                    f"{DAY_NAME[wd]} {how} {fmt(ctx.ref)}")


def _h_today(ctx, m):
    word = m["word"]
    if word == "Today" and _after_proper_noun(ctx.text, m.start(), MONTH_CUES):
        return None  # USA Today, Russia Today
    if ctx.ref is None:
        return _unresolved(ctx, m, "day")
    offset = {"yesterday": -1, "tomorrow": 1}.get(word.lower(), 0)
    day = ctx.ref + datetime.timedelta(days=offset)
    return _reading(ctx, m.start(), m.end(), day, day, "day", True,
                    f"{fmt(day)}: {word.lower()} as of {fmt(ctx.ref)}")


def _h_ago(ctx, m):
    n = norm(m["n"]) or m["n"]
    few, many = (int(n), int(n)) if n.isdigit() else COUNT_WORDS[n]
    unit = m["unit"].lower()
    exact = {"day": "day", "week": "relative", "month": "month", "year": "year"}[unit]
    precision = exact if few == many else "relative"
    if ctx.ref is None:
        return _unresolved(ctx, m, precision)
    low, high = ago_span(ctx.ref, unit, many)[0], ago_span(ctx.ref, unit, few)[1]
    return _reading(ctx, m.start(), m.end(), low, high, precision, True,
                    f"{describe(low, high)}: {m.group().lower()} from {fmt(ctx.ref)}")


def _h_relunit(ctx, m):
    """last week, this month, next year, earlier this year, late last year, the weekend."""
    mod, unit = norm(m["mod"]), m["unit"].lower()
    if mod == "the" and unit != "weekend":
        return None  # "the year", "the week": not anchored
    part = part_of(mod)
    words = set(mod.split())
    vague = bool(words & {"earlier", "later", "past", "coming"}) and unit != "weekend"
    if unit in ("week", "weekend") or vague:
        precision = "relative"
    else:
        precision = "season" if (part and unit == "year") else unit
    if ctx.ref is None:
        return _unresolved(ctx, m, precision)
    ref, days = ctx.ref, {"week": 7, "weekend": 7, "month": 31, "year": 366}[unit]
    if vague and words & {"past", "coming"}:  # "the past year": a rolling window
        span = datetime.timedelta(days=days)
        low, high = (ref - span, ref) if "past" in words else (ref, ref + span)
    else:
        step = {"back": -1, "forward": 1}.get(direction_of(mod), 0)
        low, high = unit_span(ref, unit, step)
        if "earlier" in words:
            high = ref
        elif "later" in words:
            low = ref
        elif part and unit == "year":
            low, high = year_span(low.year, part)
        else:
            low, high = narrow(low, high, part)
    return _reading(ctx, m.start(), m.end(), low, high, precision, True,
                    f"{describe(low, high)}: {m.group().lower()} as of {fmt(ref)}")


def _h_decade(ctx, m):
    if m["dec"]:
        first = int(m["dec"])
    else:  # '90s -> 1990s; '00s and '10s -> this century
        yy = int(m["yy"])
        first = 2000 + yy if yy <= 10 else 1900 + yy
    length = 100 if first % 100 == 0 and first < 2000 else 10  # "the 1800s" is a century
    part = part_of(norm(m["mod"] or m["mod2"]))
    a, b = {None: (0, 10), "early": (0, 3), "mid": (3, 7), "late": (7, 10)}[part]
    y_low, y_high = first + length * a // 10, min(first + length * b // 10, first + length - 1)
    low, high = date(y_low, 1, 1), date(y_high, 12, 31)
    kind = "century" if length == 100 else "decade"
    return _reading(ctx, m.start(), m.end(), low, high, "decade", False,
                    f"{describe(low, high)} ({kind})")


def _bare_year(ctx, start, end, y, mod=""):
    """'2020' in 'the 2020 war', 'early 2021'; not '2000 people' or 'Resolution 2020'."""
    if not mod:
        if not 1800 <= y <= 2100:
            return None
        if QUANTITY_BEFORE.search(ctx.text, max(0, start - 30), start):
            return None
        word, gap = _prev_word(ctx.text, start)
        if word.lower() in LABEL_WORDS and gap.strip(" .#") == "":
            return None
        # "in 2020 killed 6,500": a temporal preposition outweighs the noun after it.
        if word.lower() not in YEAR_CUES and COUNTED_AFTER.match(ctx.text, end):
            return None
    part = part_of(mod)
    low, high = year_span(y, part)
    return _reading(ctx, start, end, low, high, "season" if part else "year", False,
                    describe(low, high))


def _h_year(ctx, m):
    return _bare_year(ctx, m.start(), m.end(), int(m["y"]), norm(m["mod"]))


def _h_year_range(ctx, m):
    y1, y2 = int(m["y1"]), two_digit_year(int(m["y1"]), m["y2"])
    if not 1800 <= y1 < y2 <= min(y1 + 100, 2100):
        if len(m["y2"]) == 4:
            return None  # "2000-3000": a number range
        return _bare_year(ctx, m.start("y1"), m.end("y1"), y1)  # "2022-10": keep the year
    low, high = date(y1, 1, 1), date(y2, 12, 31)
    return _reading(ctx, m.start(), m.end(), low, high, "year", False, describe(low, high))


def _h_season(ctx, m):
    season, mod = m["season"].lower(), norm(m["mod"])
    direction = direction_of(mod) if mod else "latest"
    part = part_of(mod)
    bad = (season[0] != m["season"][0]  # "Arab Spring", "Prague Spring"
           and _after_proper_noun(ctx.text, m.start(), SEASON_CUES | {"the"}))
    if m["y"]:
        if bad:
            return _bare_year(ctx, m.start("y"), m.end("y"), int(m["y"]))
        y1 = int(m["y"])
        if m["y2"]:
            y2 = two_digit_year(y1, m["y2"])
            if not y1 < y2 <= y1 + 1:
                return None
            spans = [(season_span(season, y1)[0], season_span(season, y2)[1])]
            if season == "winter":
                spans = [season_span(season, y1)]
        elif season == "winter":  # Dec y-1..Feb y or Dec y..Feb y+1
            spans = [season_span(season, y1 - 1), season_span(season, y1)]
        else:
            spans = [season_span(season, y1)]
        spans = [narrow(lo, hi, part) for lo, hi in spans]
        low, high = spans[0][0], spans[-1][1]
        return _reading(ctx, m.start(), m.end(), low, high, "season", False,
                        f"{describe(low, high)} ({season})")
    # No year: "in the spring", "this fall", "last summer"; needs a cue, and not "the fall of".
    if bad or SEASON_NOUN_AFTER.match(ctx.text, m.end()):
        return None
    if not m["mod"] and not _cued(ctx.text, m.start(), SEASON_CUES):
        return None
    if ctx.ref is None:
        return _unresolved(ctx, m, "season")
    ref = ctx.ref
    if direction == "latest" and looks_ahead(ctx.text, m.start()):
        direction = "forward"           # "where they will study in the autumn": the next autumn
    spans = [season_span(season, y) for y in range(ref.year - 2, ref.year + 2)]
    if direction == "back":
        low, high = [s for s in spans if s[1] < ref][-1]
    elif direction == "forward":
        low, high = [s for s in spans if s[0] > ref][0]
    elif direction == "this":
        around = [s for s in spans if s[0] <= ref <= s[1]]
        low, high = around[0] if around else season_span(season, ref.year)
    else:
        low, high = [s for s in spans if s[0] <= ref][-1]
    low, high = narrow(low, high, part)
    return _reading(ctx, m.start(), m.end(), low, high, "season", True,
                    f"{describe(low, high)}: {m.group().lower()} as of {fmt(ref)}")


_HANDLERS = {"iso": _h_iso, "numeric": _h_numeric, "mdy": _h_day_month, "dmy": _h_day_month,
             "month_year": _h_month_year, "month": _h_month, "weekday": _h_weekday,
             "today": _h_today, "ago": _h_ago, "relunit": _h_relunit, "decade": _h_decade,
             "year_range": _h_year_range, "season": _h_season, "year": _h_year}


def resolve(ctx: Context, kind: str, m: re.Match) -> DateReading | None:
    """The reading of one phrase, or None when it is no date (context, or an impossible
    calendar date such as 31 Feb or a year out of range)."""
    try:
        return _HANDLERS[kind](ctx, m)
    except (ValueError, OverflowError, KeyError, IndexError):
        return None
