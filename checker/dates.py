"""Dates and temporal anchors in news text, resolved against the article's own date.

``read_dates`` scans the text once with a single compiled alternation (most
specific forms first), checks each hit's context (is "May" a month or a verb?
is "2000" a year or a head count?) and turns it into a closed range of days
``[low, high]``: the first and the last day the phrase can mean.

Conventions (news copy is mostly past tense):
* a bare weekday, "in September" or "in the spring" is the most recent one on or
  before the reference date; "last" looks strictly back; "next"/"coming" forward;
* a day and month without a year ("Nov. 26") is the latest one on or before the
  reference date, unless the next one is closer and at most 92 days ahead;
* all-numeric dates such as 05/06/2022 are month-first unless the first number is
  over 12, or the same text shows a day-first style (13/06/2022, "29 November 2021");
* early/mid/late split a span into overlapping thirds; for years: Jan-Apr,
  Apr-Sep, Sep-Dec; for months: days 1-11, 11-21, 21-end;
* seasons are northern-hemisphere month ranges; "winter 2020" can mean
  Dec 2019-Feb 2020 or Dec 2020-Feb 2021, so both are covered;
* "'90s" is 1990s; "'00s" and "'10s" are 2000s and 2010s; "the 1900s" is the century.

`relative` is True for every phrase whose meaning depends on the reference date
(weekdays, "last month", "Nov. 26", "in September"); without a reference such a
phrase is still returned, with low/high None. `precision` names the unit of the
phrase ("weekday" only when unresolved); "season" covers seasons and early/mid/late
parts of a year; "relative" is for spans that are no calendar unit (last week,
earlier this year, the past month, a week ago).
"""
import calendar
import datetime
import re
from dataclasses import dataclass
from typing import NamedTuple

__all__ = ["DateReading", "read_dates", "find_publication_date"]

date = datetime.date
_ONE_DAY = datetime.timedelta(days=1)


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


# --- vocabulary --------------------------------------------------------------
_MONTHS = {name.lower(): i for i, name in enumerate(calendar.month_name) if name}
_MONTH_ABBR = {"jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8,
               "sep": 9, "sept": 9, "oct": 10, "nov": 11, "dec": 12}
_WEEKDAYS = {name.lower(): i for i, name in enumerate(calendar.day_name)}
_WEEKDAY_ABBR = {"mon": 0, "tue": 1, "tues": 1, "wed": 2, "thu": 3, "thur": 3,
                 "thurs": 3, "fri": 4, "sat": 5, "sun": 6}
_SEASON_START = {"spring": 3, "summer": 6, "fall": 9, "autumn": 9, "winter": 12}
_COUNT_WORDS = {"a": (1, 1), "an": (1, 1), "one": (1, 1), "two": (2, 2), "three": (3, 3),
                "four": (4, 4), "five": (5, 5), "six": (6, 6), "seven": (7, 7),
                "eight": (8, 8), "nine": (9, 9), "ten": (10, 10), "eleven": (11, 11),
                "twelve": (12, 12), "a few": (2, 4), "a couple of": (2, 2), "several": (3, 7)}

# Words that make a bare month name a date ("in May"); "Theresa May" has none.
_MONTH_CUES = frozenset("in on since until till by from to through throughout during "
                        "before after of between around".split())
# Month names that are also common given names or words: they need a cue or a day/year.
_NEEDS_CUE = frozenset({"may", "april", "june", "august"})
_YEAR_CUES = frozenset("in since until till by during before after from through".split())
_SEASON_CUES = frozenset("in during by until till since over through throughout into".split())
_NAMED_DAYS = frozenset("black good bloody super ash easter palm cyber holy maundy shrove "
                        "giving blue".split())
# Words before a number that make it a label or an amount, not a year.
_LABEL_WORDS = frozenset("resolution resolutions no nos number flight article section chapter "
                         "route highway road page pages pp room model code paragraph clause "
                         "protocol decree bus train platform gate exit channel sector block "
                         "building plot unit item lot box suite apartment usd eur rs rub".split())


def _cased(words) -> str:
    """Title Case and UPPER CASE forms, longest first; names are capitalised in English,
    so the verbs "march", "may" and the noun "august" never match."""
    forms = []
    for word in sorted(words, key=len, reverse=True):
        forms += [word.title(), word.upper()]
    return "(?:" + "|".join(forms) + ")"


_TOKENS = {
    # Only abbreviations take a period: "in August." must not swallow the full stop.
    "MONTH": f"(?:{_cased(_MONTHS)}(?![A-Za-z])|{_cased(_MONTH_ABBR)}(?![A-Za-z])\\.?)",
    "WDFULL": _cased(_WEEKDAYS) + r"(?![A-Za-z])",
    "WDANY": f"(?:{_cased(_WEEKDAYS)}(?![A-Za-z])|{_cased(_WEEKDAY_ABBR)}(?![A-Za-z])\\.?)",
    "DAY": r"(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?(?!\w|[:.]\d)",
    "YEAR": r"(?:1\d{3}|20\d\d|2100)(?!\d)",
    "SP": r"\s{1,4}",  # bounded: no long backtracking over runs of blanks
    "PART": r"(?i:early|mid|late|(?:the\s{1,4})?(?:start|beginning|middle|end)\s{1,4}of)",
    "TOWARD": r"(?i:this\s{1,4}coming|this\s{1,4}past|last|this|next|coming|past)",
    "POSS": r"(?P<poss>['’]s)?(?!\w)",
}

# One alternative per form; order matters because the first alternative that matches
# at a position wins (full dates before months, months before bare years).
_KIND_PATTERNS = [
    # URLs are consumed and dropped so that /2022/10/31/ paths are not read as claims.
    ("url", r"(?:https?://|www\.)[^\s<>\"'()\[\]]+"),
    ("iso", r"(?<![\w./-])(?P<y>§YEAR§)[-/](?P<m>1[0-2]|0?[1-9])[-/](?P<d>3[01]|[12]\d|0?[1-9])"
            r"(?!\d|[-/.:]\d)"),
    ("numeric", r"(?<![\w./:-])(?P<a>\d{1,2})(?P<s1>[/.-])(?P<b>\d{1,2})(?P<s2>[/.-])"
                r"(?P<y>\d{4}|\d\d)(?!\d|[A-Za-z]|[-/.:]\d)"),
    ("mdy", r"(?<!\w)(?:(?P<wd>§WDANY§),?§SP§)?(?P<m>§MONTH§)\s{0,4}(?P<d>§DAY§)"
            r"(?:\s{0,2}[-–]\s{0,2}(?P<d2>§DAY§))?(?:,?§SP§(?P<y>§YEAR§))?"),
    ("dmy", r"(?<![\w.,/-])(?:(?P<wd>§WDANY§),?§SP§(?:(?i:the)§SP§)?)?(?P<d>§DAY§)"
            r"(?:\s{0,2}[-–]\s{0,2}(?P<d2>§DAY§))?§SP§(?:(?i:of)§SP§)?(?P<m>§MONTH§)"
            r"(?:,?§SP§(?P<y>§YEAR§))?"),
    ("month_year", r"(?<!\w)(?:(?P<mod>§PART§)[\s-]{1,4})?(?P<m>§MONTH§),?§SP§(?:(?i:of)§SP§)?"
                   r"(?:(?P<y>§YEAR§)|(?P<rel>(?i:last|this|next))§SP§(?i:year)§POSS§)"),
    ("month", r"(?<!\w)(?:(?P<mod>§TOWARD§|§PART§)[\s-]{1,4})?(?P<m>§MONTH§)§POSS§"),
    ("weekday", r"(?<!\w)(?:(?P<mod>§TOWARD§)§SP§)?(?P<wd>§WDFULL§)§POSS§"),
    ("today", r"(?<!\w)(?P<word>(?i:yesterday|today|tonight|tomorrow))§POSS§"),
    ("ago", r"(?<!\w)(?P<n>\d{1,2}|(?i:a\s{1,4}few|a\s{1,4}couple\s{1,4}of|several|an?|one|two|"
            r"three|four|five|six|seven|eight|nine|ten|eleven|twelve))§SP§"
            r"(?P<unit>(?i:day|week|month|year))(?i:s)?§SP§(?i:ago)(?!\w)"),
    ("relunit", r"(?<!\w)(?P<mod>(?i:(?:early|mid|late)[\s-]{1,4}(?:last|this|next)|"
                r"(?:earlier|later)§SP§this|(?:the§SP§)?(?:start|beginning|middle|end)§SP§of§SP§"
                r"(?:the|this|last|next)|the§SP§past|the§SP§coming|this§SP§past|last|this|next|"
                r"past|coming|the))§SP§(?P<unit>(?i:weekend|week|month|year))§POSS§"),
    ("decade", r"(?<![\w'’])(?:(?P<mod>§PART§)[\s-]{1,4})?(?:(?i:the)§SP§)?"
               r"(?:(?P<mod2>(?i:early|mid|late))[\s-]{1,4})?"
               r"(?:(?P<dec>1\d\d0|20\d0)|['’](?P<yy>\d0))['’]?s(?!\w)"),
    ("year_range", r"(?<![\w.,$€£¥#/:-])(?P<y1>§YEAR§)\s{0,2}[-–—/]\s{0,2}(?P<y2>\d{4}|\d\d)"
                   r"(?!\w|[.,]\d|%)"),
    ("season", r"(?<!\w)(?:(?i:the)§SP§)?(?:(?P<mod>§TOWARD§|(?i:early|mid|late))[\s-]{1,4})?"
               r"(?P<season>(?i:spring|summer|fall|autumn|winter))"
               r"(?:§SP§(?:(?i:of)§SP§)?(?P<y>§YEAR§)(?:\s{0,2}[-–/]\s{0,2}(?P<y2>\d{4}|\d\d)(?!\d))?)?"
               r"§POSS§"),
    ("year", r"(?<![\w.,$€£¥#/:])(?<!\d[-–])(?:(?P<mod>§PART§)[\s-]{1,4})?(?P<y>§YEAR§)"
             r"(?P<poss>['’]s)?(?!\w|[.,]\d|%)"),
]


def _expand(pattern: str) -> str:
    for name, token in _TOKENS.items():
        pattern = pattern.replace(f"§{name}§", token)
    return pattern


_KIND_RES = {kind: re.compile(_expand(p)) for kind, p in _KIND_PATTERNS}
# The master pattern keeps only the kind as a group; each hit is re-matched at its start
# with the kind's own pattern to read the fields (same pattern, so the same match).
_GROUP_NAME = re.compile(r"\(\?P<\w+>")
# Every form starts at the start of a word (or at the apostrophe of '90s): the leading
# assertions let the scan skip the inside of words and blanks cheaply.
_MASTER = re.compile("(?<!\\w)(?=[\\w'’])(?:" + "|".join(
    f"(?P<{kind}>" + _GROUP_NAME.sub("(?:", _expand(p)) + ")" for kind, p in _KIND_PATTERNS) + ")")

_PREV_WORD = re.compile(r"([A-Za-z]+)([^A-Za-z0-9]*)\Z")
_QUANTITY_BEFORE = re.compile(
    r"(?i:\b(?:(?:more|less|fewer)\s{1,3}than|about|around|nearly|almost|roughly|approximately|"
    r"at\s{1,3}least|up\s{1,3}to|as\s{1,3}many\s{1,3}as|total\s{1,3}of|estimated))\s{1,3}\Z")
_COUNTED_AFTER = re.compile(
    r"(?:\s{1,3}|\s{0,2}[-–]\s{0,2})(?i:people|persons|residents|civilians|soldiers|troops|"
    r"fighters|militants|peacekeepers|personnel|police(?:men)?|officers|servicemen|men|women|"
    r"children|students|workers|employees|staff|jobs|members|voters|votes|ballots|seats|"
    r"delegates|refugees|migrants|prisoners|detainees|hostages|victims|casualties|deaths|dead|"
    r"killed|injured|wounded|cases|patients|doses|beds|homes|houses|households|families|"
    r"buildings|villages|vehicles|tanks|cars|trucks|aircraft|planes|jets|drones|missiles|"
    r"rockets|shells|rounds|weapons|guns|units|tons|tonnes|barrels|litres|liters|gallons|"
    r"kilometres|kilometers|km|miles|metres|meters|feet|ft|acres|hectares|square|sq|kg|"
    r"kilograms|pounds|lbs|dollars|euros|rubles|roubles|yuan|rupees|percent|per\s{1,3}cent|"
    r"points|words|pages|copies|protesters|demonstrators|participants|passengers|tourists|"
    r"visitors|users|customers|companies|firms|schools|hospitals|gmt|utc|hours|hrs|minutes|"
    r"days|weeks|months|years|local\s{1,3}time|strong|more|others|"
    r"of\s{1,3}(?:the|them|whom|which|these|those|its|their))\b")
_SEASON_NOUN_AFTER = re.compile(r"\s{1,3}(?:of|in|from|to|at|on|by)\b")
_NEWSPAPER_AFTER = re.compile(r"\s{1,3}(?:Times|Telegraph|Express|Mirror|Herald|Mail|Post|"
                              r"Tribune|Independent|Star|Sport|School|Night\s{1,3}Football)\b")
_YEAR_PARTS = {"early": (1, 4), "mid": (4, 9), "late": (9, 12)}
_PART_WORDS = {"early": "early", "start": "early", "beginning": "early", "mid": "mid",
               "middle": "mid", "late": "late", "end": "late"}
_WORD_RE = re.compile(r"[a-z]+")


class _Ctx(NamedTuple):
    text: str
    ref: datetime.date | None
    day_first: bool  # style for ambiguous all-numeric dates


# --- small helpers -------------------------------------------------------------
def _month_number(name: str) -> int:
    key = name.lower().rstrip(".")
    return _MONTHS.get(key) or _MONTH_ABBR[key]


def _weekday_number(name: str) -> int:
    key = name.lower().rstrip(".")
    return _WEEKDAYS[key] if key in _WEEKDAYS else _WEEKDAY_ABBR[key]


def _month_end(y: int, m: int) -> date:
    return date(y, m, calendar.monthrange(y, m)[1])


def _shift_month(y: int, m: int, k: int) -> tuple[int, int]:
    i = y * 12 + m - 1 + k
    return i // 12, i % 12 + 1


def _fmt(d: date) -> str:
    return f"{d.day} {calendar.month_abbr[d.month]} {d.year}"


def _describe(low: date, high: date) -> str:
    """Shortest honest wording of a day range: "31 Oct 2022", "Sep 2022", "2021"."""
    if low == high:
        return _fmt(low)
    if low.day == 1 and high == _month_end(high.year, high.month):
        if (low.year, low.month) == (high.year, high.month):
            return f"{calendar.month_abbr[low.month]} {low.year}"
        if low.month == 1 and high.month == 12:
            return str(low.year) if low.year == high.year else f"{low.year}-{high.year}"
        return (f"{calendar.month_abbr[low.month]} {low.year} to "
                f"{calendar.month_abbr[high.month]} {high.year}")
    return f"{_fmt(low)} to {_fmt(high)}"


def _norm(s: str | None) -> str:
    return " ".join(_WORD_RE.findall(s.lower())) if s else ""


def _part_of(mod: str) -> str | None:
    """'the end of' -> 'late'; 'mid' -> 'mid'; 'last' -> None."""
    for word in mod.split():
        if word in _PART_WORDS:
            return _PART_WORDS[word]
    return None


def _narrow(low: date, high: date, part: str | None) -> tuple[date, date]:
    """Overlapping thirds of a day range (month, week, season)."""
    if part is None:
        return low, high
    span = (high - low).days
    a, b = {"early": (0, 1), "mid": (1, 2), "late": (2, 3)}[part]
    return (low + datetime.timedelta(days=round(span * a / 3)),
            low + datetime.timedelta(days=round(span * b / 3)))


def _year_span(y: int, part: str | None) -> tuple[date, date]:
    first, last = _YEAR_PARTS.get(part, (1, 12))
    return date(y, first, 1), _month_end(y, last)


def _prev_word(text: str, start: int) -> tuple[str, str]:
    """The word before `start` and the characters between it and `start`."""
    m = _PREV_WORD.search(text, max(0, start - 30), start)
    return (m.group(1), m.group(2)) if m else ("", "")


def _cued(text: str, start: int, cues: frozenset) -> bool:
    word, gap = _prev_word(text, start)
    return gap.isspace() and word.lower() in cues


def _after_proper_noun(text: str, start: int, cues: frozenset) -> bool:
    """'Black September', 'Arab Spring', 'Theresa May': a capitalised non-cue word
    right before the phrase makes it part of a name."""
    word, gap = _prev_word(text, start)
    return gap.isspace() and word[:1].isupper() and word.lower() not in cues


def _year_for_day(ref: date, month: int, day: int) -> int | None:
    """Year of a day-month written without one: the latest on or before the reference
    (news is mostly past tense), unless the next one is closer and within 92 days
    ("elections on Nov. 8" in an article of 31 Oct)."""
    past = future = None
    for y in (ref.year - 1, ref.year, ref.year + 1):
        try:
            cand = date(y, month, day)
        except ValueError:  # 29 Feb outside leap years
            continue
        if cand <= ref:
            past = cand
        elif future is None:
            future = cand
    if future and (future - ref).days <= 92 and (past is None or future - ref < ref - past):
        return future.year
    return past.year if past else None


def _direction(mod: str) -> str:
    """Collapse modifiers to: back (strictly before), forward, this, or latest (on or before)."""
    words = set(mod.split())
    if words & {"last", "past"}:
        return "back"
    if words & {"next", "coming"}:
        return "forward"
    return "this" if "this" in words else "latest"


def _reading(ctx, start, end, low, high, precision, relative, why, mismatch=None):
    return DateReading(ctx.text[start:end], start, end, low, high, precision, relative, why,
                       mismatch)


def _unresolved(ctx, m, precision):
    return _reading(ctx, m.start(), m.end(), None, None, precision, True,
                    f"{m.group()!r} needs a reference date")


# --- handlers: one per kind; each returns a reading or None (not a date) -----------
def _h_iso(ctx, m):
    day = date(int(m["y"]), int(m["m"]), int(m["d"]))
    return _reading(ctx, m.start(), m.end(), day, day, "day", False, _fmt(day))


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
    return _reading(ctx, m.start(), m.end(), day, day, "day", False, f"{_fmt(day)} ({how})")


def _h_day_month(ctx, m):
    """mdy and dmy: 'Monday, Oct. 31, 2022', '30-31 October', 'Nov. 26'."""
    month = _month_number(m["m"])
    d1 = int(m["d"].rstrip("stndrh"))
    d2 = int(m["d2"].rstrip("stndrh")) if m["d2"] else None
    if d2 is not None and d2 <= d1:
        return None
    if m["y"]:
        y, relative, note = int(m["y"]), False, ""
    elif ctx.ref is not None:
        y, relative = _year_for_day(ctx.ref, month, d1), True
        if y is None:
            return None
        note = f" (year from reference {_fmt(ctx.ref)})"
    else:
        date(2000, month, d1)  # raises (reading dropped) for 30 Feb and the like
        return _unresolved(ctx, m, "day")
    low = date(y, month, d1)
    high = date(y, month, d2) if d2 else low
    mismatch = None
    if m["wd"] and d2 is None and low.weekday() != _weekday_number(m["wd"]):
        stated = m.group() + (f" ({y})" if not m["y"] else "")
        mismatch = f"{stated} was a {calendar.day_name[low.weekday()]}"
    return _reading(ctx, m.start(), m.end(), low, high, "day", relative,
                    _describe(low, high) + note, mismatch)


def _h_month_year(ctx, m):
    month = _month_number(m["m"])
    part = _part_of(_norm(m["mod"]))
    if m["y"]:
        y, relative = int(m["y"]), False
    elif ctx.ref is None:
        return _unresolved(ctx, m, "month")
    else:
        y, relative = ctx.ref.year + {"last": -1, "this": 0, "next": 1}[m["rel"].lower()], True
    low, high = _narrow(date(y, month, 1), _month_end(y, month), part)
    return _reading(ctx, m.start(), m.end(), low, high, "month", relative, _describe(low, high))


def _h_month(ctx, m):
    """A month without a day or year: 'in September', 'last September', 'mid-October'."""
    month, key = _month_number(m["m"]), m["m"].lower().rstrip(".")
    mod = _norm(m["mod"])
    if not mod:
        if key in _NEEDS_CUE or key in _MONTH_ABBR:  # "Russia may", "Jan Novak"
            if not _cued(ctx.text, m.start(), _MONTH_CUES):
                return None
        elif _after_proper_noun(ctx.text, m.start(), _MONTH_CUES):
            return None
    if ctx.ref is None:
        return _unresolved(ctx, m, "month")
    ry, rm = ctx.ref.year, ctx.ref.month
    direction = _direction(mod)
    if direction == "back":
        y, how = (ry if month < rm else ry - 1), "before"
    elif direction == "forward":
        y, how = (ry if month > rm else ry + 1), "after"
    elif direction == "this":
        y, how = ry, "in the year of"
    else:
        y, how = (ry if month <= rm else ry - 1), "on or before"
    low, high = _narrow(date(y, month, 1), _month_end(y, month), _part_of(mod))
    why = (f"{_describe(low, high)}: {calendar.month_name[month]} {how} "
           f"{calendar.month_abbr[rm]} {ry}")
    return _reading(ctx, m.start(), m.end(), low, high, "month", True, why)


def _h_weekday(ctx, m):
    mod = _norm(m["mod"])
    word, gap = _prev_word(ctx.text, m.start())
    if not mod and gap.isspace() and word[:1].isupper() and word.lower() in _NAMED_DAYS:
        return None  # Black Friday, Bloody Sunday, Super Tuesday
    if _NEWSPAPER_AFTER.match(ctx.text, m.end()):
        return None  # Sunday Times
    if ctx.ref is None:
        return _unresolved(ctx, m, "weekday")
    wd, r = _weekday_number(m["wd"]), ctx.ref.weekday()
    direction = _direction(mod)
    if direction == "back":
        delta, how = -((r - wd - 1) % 7 + 1), "before"
    elif direction == "forward":
        delta, how = (wd - r - 1) % 7 + 1, "after"
    else:  # news convention: past tense, so the latest such day, the reference day included
        delta, how = -((r - wd) % 7), "on or before"
    day = ctx.ref + datetime.timedelta(days=delta)
    return _reading(ctx, m.start(), m.end(), day, day, "day", True,
                    f"{calendar.day_name[wd]} {how} {_fmt(ctx.ref)}")


def _h_today(ctx, m):
    word = m["word"]
    if word == "Today" and _after_proper_noun(ctx.text, m.start(), _MONTH_CUES):
        return None  # USA Today, Russia Today
    if ctx.ref is None:
        return _unresolved(ctx, m, "day")
    offset = {"yesterday": -1, "tomorrow": 1}.get(word.lower(), 0)
    day = ctx.ref + datetime.timedelta(days=offset)
    return _reading(ctx, m.start(), m.end(), day, day, "day", True,
                    f"{_fmt(day)}: {word.lower()} as of {_fmt(ctx.ref)}")


def _ago_span(ref: date, unit: str, n: int) -> tuple[date, date]:
    if unit == "day":
        day = ref - datetime.timedelta(days=n)
        return day, day
    if unit == "week":  # give or take three days
        mid = ref - datetime.timedelta(days=7 * n)
        return mid - datetime.timedelta(days=3), mid + datetime.timedelta(days=3)
    if unit == "month":
        y, mo = _shift_month(ref.year, ref.month, -n)
        return date(y, mo, 1), _month_end(y, mo)
    return date(ref.year - n, 1, 1), date(ref.year - n, 12, 31)


def _h_ago(ctx, m):
    n = _norm(m["n"]) or m["n"]
    few, many = (int(n), int(n)) if n.isdigit() else _COUNT_WORDS[n]
    unit = m["unit"].lower()
    exact = {"day": "day", "week": "relative", "month": "month", "year": "year"}[unit]
    precision = exact if few == many else "relative"
    if ctx.ref is None:
        return _unresolved(ctx, m, precision)
    low, high = _ago_span(ctx.ref, unit, many)[0], _ago_span(ctx.ref, unit, few)[1]
    return _reading(ctx, m.start(), m.end(), low, high, precision, True,
                    f"{_describe(low, high)}: {m.group().lower()} from {_fmt(ctx.ref)}")


def _unit_span(ref: date, unit: str, step: int) -> tuple[date, date]:
    """This (step 0), last (-1) or next (+1) calendar week/weekend/month/year."""
    if unit == "week":
        monday = ref - datetime.timedelta(days=ref.weekday() - 7 * step)
        return monday, monday + datetime.timedelta(days=6)
    if unit == "weekend":  # weekends are talked about in the past tense too
        if step > 0:
            saturday = ref + datetime.timedelta(days=(5 - ref.weekday() - 1) % 7 + 1)
        else:
            saturday = ref - datetime.timedelta(days=(ref.weekday() - 5) % 7)
            if step < 0 and ref.weekday() >= 5:
                saturday -= datetime.timedelta(days=7)
        return saturday, saturday + _ONE_DAY
    if unit == "month":
        y, mo = _shift_month(ref.year, ref.month, step)
        return date(y, mo, 1), _month_end(y, mo)
    return date(ref.year + step, 1, 1), date(ref.year + step, 12, 31)


def _h_relunit(ctx, m):
    """last week, this month, next year, earlier this year, late last year, the weekend."""
    mod, unit = _norm(m["mod"]), m["unit"].lower()
    if mod == "the" and unit != "weekend":
        return None  # "the year", "the week": not anchored
    part = _part_of(mod)
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
        step = {"back": -1, "forward": 1}.get(_direction(mod), 0)
        low, high = _unit_span(ref, unit, step)
        if "earlier" in words:
            high = ref
        elif "later" in words:
            low = ref
        elif part and unit == "year":
            low, high = _year_span(low.year, part)
        else:
            low, high = _narrow(low, high, part)
    return _reading(ctx, m.start(), m.end(), low, high, precision, True,
                    f"{_describe(low, high)}: {m.group().lower()} as of {_fmt(ref)}")


def _h_decade(ctx, m):
    if m["dec"]:
        first = int(m["dec"])
    else:  # '90s -> 1990s; '00s and '10s -> this century
        yy = int(m["yy"])
        first = 2000 + yy if yy <= 10 else 1900 + yy
    length = 100 if first % 100 == 0 and first < 2000 else 10  # "the 1800s" is a century
    part = _part_of(_norm(m["mod"] or m["mod2"]))
    a, b = {None: (0, 10), "early": (0, 3), "mid": (3, 7), "late": (7, 10)}[part]
    y_low, y_high = first + length * a // 10, min(first + length * b // 10, first + length - 1)
    low, high = date(y_low, 1, 1), date(y_high, 12, 31)
    kind = "century" if length == 100 else "decade"
    return _reading(ctx, m.start(), m.end(), low, high, "decade", False,
                    f"{_describe(low, high)} ({kind})")


def _bare_year(ctx, start, end, y, mod=""):
    """'2020' in 'the 2020 war', 'early 2021'; not '2000 people' or 'Resolution 2020'."""
    if not mod:
        if not 1800 <= y <= 2100:
            return None
        if _QUANTITY_BEFORE.search(ctx.text, max(0, start - 30), start):
            return None
        word, gap = _prev_word(ctx.text, start)
        if word.lower() in _LABEL_WORDS and gap.strip(" .#") == "":
            return None
        # "in 2020 killed 6,500": a temporal preposition outweighs the noun after it.
        if word.lower() not in _YEAR_CUES and _COUNTED_AFTER.match(ctx.text, end):
            return None
    part = _part_of(mod)
    low, high = _year_span(y, part)
    return _reading(ctx, start, end, low, high, "season" if part else "year", False,
                    _describe(low, high))


def _h_year(ctx, m):
    return _bare_year(ctx, m.start(), m.end(), int(m["y"]), _norm(m["mod"]))


def _two_digit_year(first: int, text: str) -> int:
    if len(text) == 4:
        return int(text)
    y = first // 100 * 100 + int(text)
    return y + 100 if y <= first else y  # 1999-00 -> 2000


def _h_year_range(ctx, m):
    y1, y2 = int(m["y1"]), _two_digit_year(int(m["y1"]), m["y2"])
    if not 1800 <= y1 < y2 <= min(y1 + 100, 2100):
        if len(m["y2"]) == 4:
            return None  # "2000-3000": a number range
        return _bare_year(ctx, m.start("y1"), m.end("y1"), y1)  # "2022-10": keep the year
    low, high = date(y1, 1, 1), date(y2, 12, 31)
    return _reading(ctx, m.start(), m.end(), low, high, "year", False, _describe(low, high))


def _season_span(season: str, start_year: int) -> tuple[date, date]:
    first = _SEASON_START[season]
    ey, em = _shift_month(start_year, first, 2)
    return date(start_year, first, 1), _month_end(ey, em)


def _h_season(ctx, m):
    season, mod = m["season"].lower(), _norm(m["mod"])
    direction = _direction(mod) if mod else "latest"
    part = _part_of(mod)
    bad = (season[0] != m["season"][0]  # "Arab Spring", "Prague Spring"
           and _after_proper_noun(ctx.text, m.start(), _SEASON_CUES | {"the"}))
    if m["y"]:
        if bad:
            return _bare_year(ctx, m.start("y"), m.end("y"), int(m["y"]))
        y1 = int(m["y"])
        if m["y2"]:
            y2 = _two_digit_year(y1, m["y2"])
            if not y1 < y2 <= y1 + 1:
                return None
            spans = [(_season_span(season, y1)[0], _season_span(season, y2)[1])]
            if season == "winter":
                spans = [_season_span(season, y1)]
        elif season == "winter":  # Dec y-1..Feb y or Dec y..Feb y+1
            spans = [_season_span(season, y1 - 1), _season_span(season, y1)]
        else:
            spans = [_season_span(season, y1)]
        spans = [_narrow(lo, hi, part) for lo, hi in spans]
        low, high = spans[0][0], spans[-1][1]
        return _reading(ctx, m.start(), m.end(), low, high, "season", False,
                        f"{_describe(low, high)} ({season})")
    # No year: "in the spring", "this fall", "last summer"; needs a cue, and not "the fall of".
    if bad or _SEASON_NOUN_AFTER.match(ctx.text, m.end()):
        return None
    if not m["mod"] and not _cued(ctx.text, m.start(), _SEASON_CUES):
        return None
    if ctx.ref is None:
        return _unresolved(ctx, m, "season")
    ref = ctx.ref
    spans = [_season_span(season, y) for y in range(ref.year - 2, ref.year + 2)]
    if direction == "back":
        low, high = [s for s in spans if s[1] < ref][-1]
    elif direction == "forward":
        low, high = [s for s in spans if s[0] > ref][0]
    elif direction == "this":
        around = [s for s in spans if s[0] <= ref <= s[1]]
        low, high = around[0] if around else _season_span(season, ref.year)
    else:
        low, high = [s for s in spans if s[0] <= ref][-1]
    low, high = _narrow(low, high, part)
    return _reading(ctx, m.start(), m.end(), low, high, "season", True,
                    f"{_describe(low, high)}: {m.group().lower()} as of {_fmt(ref)}")


_HANDLERS = {"iso": _h_iso, "numeric": _h_numeric, "mdy": _h_day_month, "dmy": _h_day_month,
             "month_year": _h_month_year, "month": _h_month, "weekday": _h_weekday,
             "today": _h_today, "ago": _h_ago, "relunit": _h_relunit, "decade": _h_decade,
             "year_range": _h_year_range, "season": _h_season, "year": _h_year}


def _day_first_style(hits) -> bool:
    """Numeric dates with a number over 12 settle the style; else written dates vote
    ("29 November 2021" is day-first); a tie means month-first."""
    votes = {"numeric_df": 0, "numeric_mf": 0, "dmy": 0, "mdy": 0}
    for kind, m in hits:
        if kind == "numeric":
            a, b = int(m["a"]), int(m["b"])
            if a > 12 >= b:
                votes["numeric_df"] += 1
            elif b > 12 >= a:
                votes["numeric_mf"] += 1
        elif kind in ("dmy", "mdy"):
            votes[kind] += 1
    if votes["numeric_df"] != votes["numeric_mf"]:
        return votes["numeric_df"] > votes["numeric_mf"]
    return votes["dmy"] > votes["mdy"]


def read_dates(text: str, reference: datetime.date | None = None) -> list[DateReading]:
    """Every date or temporal phrase in `text`, sorted by start and non-overlapping.

    Phrases that need a reference date (weekdays, "last month", "Nov. 26") have
    low/high None when `reference` is None. Never raises on str input."""
    if not isinstance(text, str) or not text:
        return []
    if isinstance(reference, datetime.datetime):
        reference = reference.date()
    elif not isinstance(reference, datetime.date):
        reference = None
    hits = []
    for hit in _MASTER.finditer(text):
        kind = hit.lastgroup
        if kind == "url":
            continue
        m = _KIND_RES[kind].match(text, hit.start())
        if m is not None and m.end() == hit.end():
            hits.append((kind, m))
    ctx = _Ctx(text, reference, _day_first_style(hits))
    readings = []
    for kind, m in hits:
        try:
            reading = _HANDLERS[kind](ctx, m)
        except (ValueError, OverflowError, KeyError, IndexError):
            reading = None  # impossible calendar dates (31 Feb) or out-of-range years
        if reading is not None:
            readings.append(reading)
    return readings


def find_publication_date(text: str) -> datetime.date | None:
    """The article's own date from its head or metadata; see checker.pubdate."""
    from checker.pubdate import find_publication_date as find  # pubdate builds on read_dates
    return find(text)
