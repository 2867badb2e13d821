"""Calendar arithmetic for the date reader: spans of days for months, parts of years,
seasons, weeks and "ago" phrases, and the wording of a span in explanations.

Every span is a closed range of days (low, high)."""
import calendar
import datetime
import re

from checker.reading.dates.lexicon import (MONTH_ABBR, MONTH_ABBR_NAME, MONTHS, NEXT_DAYS_AHEAD, PART_WORDS,
                                          PAST_AHEAD_DAYS, PLAN_AHEAD_DAYS, PLAN_WORDS, SEASON_START, YEAR_PARTS)

date = datetime.date
ONE_DAY = datetime.timedelta(days=1)
_WORD_RE = re.compile(r"[a-z]+")


_MONTH_DAYS = (0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)


def month_end(y: int, m: int) -> date:
    # not calendar.monthrange: it also works out the weekday, a third of this cost
    return date(y, m, 29 if m == 2 and calendar.isleap(y) else _MONTH_DAYS[m])


def shift_month(y: int, m: int, k: int) -> tuple[int, int]:
    i = y * 12 + m - 1 + k
    return i // 12, i % 12 + 1


def fmt(d: date) -> str:
    return f"{d.day} {MONTH_ABBR_NAME[d.month]} {d.year}"


def describe(low: date, high: date) -> str:
    """Shortest honest wording of a day range: "31 Oct 2022", "Sep 2022", "2021"."""
    if low == high:
        return fmt(low)
    if low.day == 1 and high == month_end(high.year, high.month):
        if (low.year, low.month) == (high.year, high.month):
            return f"{MONTH_ABBR_NAME[low.month]} {low.year}"
        if low.month == 1 and high.month == 12:
            return str(low.year) if low.year == high.year else f"{low.year}-{high.year}"
        return (f"{MONTH_ABBR_NAME[low.month]} {low.year} to "
                f"{MONTH_ABBR_NAME[high.month]} {high.year}")
    return f"{fmt(low)} to {fmt(high)}"


def norm(s: str | None) -> str:
    """Lower-case words of a modifier, single-spaced: "The  End of" -> "the end of"."""
    return " ".join(_WORD_RE.findall(s.lower())) if s else ""


def part_of(mod: str) -> str | None:
    """'the end of' -> 'late'; 'mid' -> 'mid'; 'last' -> None."""
    for word in mod.split():
        if word in PART_WORDS:
            return PART_WORDS[word]
    return None


def direction_of(mod: str) -> str:
    """Collapse modifiers to: back (strictly before), forward, this, or latest (on or before)."""
    words = set(mod.split())
    if words & {"last", "past"}:
        return "back"
    if words & {"next", "coming"}:
        return "forward"
    return "this" if "this" in words else "latest"


# a present or future verb in the clause, then "until/through" right before the weekday
_UNTIL_AHEAD = re.compile(r"\b(?:will|runs?|lasts?|remains?|continues?|stays?|is|are|goes|go)\b[^.;,]*?"
                          r"\b(?:until|till|through|thru)\s+\Z", re.IGNORECASE)


# a future verb earlier in the clause, no "said" between it and the weekday: "EU leaders will meet in Brussels on
# Tuesday", "a summit opening Tuesday" after "will discuss"; not "he will appear in court, police said on Tuesday",
# nor "jurors, whose names will be kept secret, began deliberating on Friday"; "is due in Washington" and "was to
# visit" are days to come too ("was due to" is as often told after the day). A participle's phrase set off by
# commas stays in the clause: "will address parliament, sitting together at Versailles, on Monday"
_FUTURE_AHEAD = re.compile(r"\b(?:will|would|shall|(?:is|are)\s+(?:due|expected|set|scheduled)\s+to"
                           r"|(?:is|are)\s+due(?=\s+(?:in|at|back|before)\b)"
                           r"|(?:was|were)\s+to(?=\s+[a-z]+\b)(?!\s+blame\b))\s+"
                           r"(?:(?!said|says|told|announced|added)[^.,;!?\n]|,\s+[a-z]+(?:ing|ed)\b[^.,;!?\n]*,)*?"
                           r"(?:\bon\s+)?\Z", re.IGNORECASE)


# "declared Tuesday a national day of mourning", "named Friday a public holiday": the day so made is one to come
_DECLARED = re.compile(r"\b(?:declared|named|designated|proclaimed)\s+\Z", re.IGNORECASE)
_DECLARED_DAY = re.compile(r"[A-Za-z]+\s+(?:a|an|as)\s+(?:[a-z-]+\s+){0,3}(?:day|holiday)\b")


def looks_ahead(text: str, start: int) -> bool:
    """Whether the clause before a weekday at `start` tells of a day to come."""
    return bool(_UNTIL_AHEAD.search(text, max(0, start - 60), start)
                or _FUTURE_AHEAD.search(text, max(0, start - 120), start))


def declared_day(text: str, start: int) -> bool:
    """Whether the weekday at `start` is a day declared one of mourning or a holiday: one to come when declared,
    and one event whether a source tells it before the day or after ("observed a day of mourning on Tuesday")."""
    return bool(_DECLARED.search(text, max(0, start - 20), start) and _DECLARED_DAY.match(text, start))


def narrow(low: date, high: date, part: str | None) -> tuple[date, date]:
    """Overlapping thirds of a day range (month, week, season)."""
    if part is None:
        return low, high
    span = (high - low).days
    a, b = {"early": (0, 1), "mid": (1, 2), "late": (2, 3)}[part]
    return (low + datetime.timedelta(days=round(span * a / 3)),
            low + datetime.timedelta(days=round(span * b / 3)))


def year_span(y: int, part: str | None) -> tuple[date, date]:
    first, last = YEAR_PARTS.get(part, (1, 12))
    return date(y, first, 1), month_end(y, last)


# a sentence told in the past, with no word of the present or to come in it: "The Kobe earthquake of 17 January sent
# the Nikkei down", written in December, is last January's; "elections on Nov. 8", "Polls open on Nov. 8" are not
_PAST_VERB = re.compile(r"\b(?:was|were|had|did|\w{3,}ed|struck|sent|hit|fell|came|went|took|made|began|broke|left|"
                        r"rose|ran|shook|sank|lost|won|held|told|said|gave|got|saw|knew|fled|led|met|paid|put)\b",
                        re.IGNORECASE)
_NOT_PAST = re.compile(rf"\b(?:{PLAN_WORDS}|is|are|am|would|shall|can|may|must|planned|plans?|aims?|intends?|next|"
                       r"upcoming|coming|until|till|begins?|starts?|opens?|ends?|runs?|has|have|"
                       r"set\s+down\s+(?:to|for)|called\s+for|listed\s+for|postponed|delayed|adjourned|"
                       r"moved\s+to|rescheduled|deadline)\b"
                       r"|\b(?-i:[a-z])\w*s\s+(?:on|from|until)\b", re.IGNORECASE)   # ("meets on"; not "Holmes on")
_SENTENCE_EDGE = re.compile(r"[.!?](?=\s+[A-Z\"“‘'])|\n")      # (not "Oct. 30")


SENTENCE_REACH = 300      # characters either side of a day looked through for its sentence's ends


def told_as_past(text: str, start: int, end: int) -> bool:
    """Whether the sentence around [start, end) tells what happened, and nothing that is or will be."""
    lo, hi = max(0, start - SENTENCE_REACH), min(len(text), end + SENTENCE_REACH)
    before = [m.end() for m in _SENTENCE_EDGE.finditer(text, lo, start)]
    after = _SENTENCE_EDGE.search(text, end, hi)
    sentence = text[before[-1] if before else lo:after.start() if after else hi]
    return bool(_PAST_VERB.search(sentence)) and not _NOT_PAST.search(sentence)


def days_ahead(text: str, start: int, end: int, planned: bool) -> int:
    """How far ahead of the reference a day-month without a year may be the coming one: half a year for a plan, a
    fortnight in a sentence told in the past (a day or two is a slip), a quarter otherwise ("elections on
    Nov. 8")."""
    if planned:
        return PLAN_AHEAD_DAYS
    return PAST_AHEAD_DAYS if told_as_past(text, start, end) else NEXT_DAYS_AHEAD


def year_for_day(ref: date, month: int, day: int, ahead: int = 92) -> int | None:
    """Year of a day-month written without one: the latest on or before the reference
    (news is mostly past tense), unless the next one is closer and within `ahead` days
    ("elections on Nov. 8" in an article of 31 Oct; a day told as planned looks further ahead)."""
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
    if future and (future - ref).days <= ahead and (past is None or future - ref < ref - past):
        return future.year
    return past.year if past else None


def year_of_weekday(ref: datetime.date, year: int, month: int, day: int, weekday: int, past: bool = False) -> int:
    """The year of a day written with its weekday and no year: `year` (as year_for_day reads it) unless the day
    is not that weekday there and is in a year either side within half a year of the reference ("Sentencing
    was set for Friday, Feb. 23" in November 2023 is 2024's Feb. 23), or within the year before it (news tells what
    was: "failed on Sunday 26 February", in December, is the February past). A day told in the past tense is
    never a coming one ("returned its verdict on Tuesday 3 January", in November: the January past, the weekday
    wrong)."""
    try:        # a wrong weekday on a day within a month of the piece is a slip, not another year's day
        near = abs((datetime.date(year, month, day) - ref).days) <= 31
    except ValueError:
        near = False
    for y in (year, year - 1, year + 1):
        try:
            candidate = datetime.date(y, month, day)
        except ValueError:                      # 29 Feb outside leap years
            continue
        if past and candidate > ref + datetime.timedelta(days=PAST_AHEAD_DAYS):
            continue
        if candidate.weekday() == weekday and (y == year or abs((candidate - ref).days) <= 183
                                               or (0 <= (ref - candidate).days <= 366 and not near)):
            return y
    return year


def two_digit_year(first: int, text: str) -> int:
    """The second year of "1999-00" or "2012-13", after `first`."""
    if len(text) == 4:
        return int(text)
    y = first // 100 * 100 + int(text)
    return y + 100 if y <= first else y  # 1999-00 -> 2000


def ago_span(ref: date, unit: str, n: int) -> tuple[date, date]:
    if unit == "day":
        day = ref - datetime.timedelta(days=n)
        return day, day
    if unit == "week":  # give or take three days
        mid = ref - datetime.timedelta(days=7 * n)
        return mid - datetime.timedelta(days=3), mid + datetime.timedelta(days=3)
    if unit == "month":
        y, mo = shift_month(ref.year, ref.month, -n)
        return date(y, mo, 1), month_end(y, mo)
    return date(ref.year - n, 1, 1), date(ref.year - n, 12, 31)


def unit_span(ref: date, unit: str, step: int) -> tuple[date, date]:
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
        return saturday, saturday + ONE_DAY
    if unit == "month":
        y, mo = shift_month(ref.year, ref.month, step)
        return date(y, mo, 1), month_end(y, mo)
    return date(ref.year + step, 1, 1), date(ref.year + step, 12, 31)


def season_span(season: str, start_year: int) -> tuple[date, date]:
    first = SEASON_START[season]
    ey, em = shift_month(start_year, first, 2)
    return date(start_year, first, 1), month_end(ey, em)


# "2 December to Monday 3 December 1984", "Sunday, Dec. 2, to Monday, Dec. 3, 1984": a day, then the day with a
# year it runs to
_MONTH_WORD = r"[A-Z][a-z]{2,8}\.?"
_RUNS_TO_YEAR = re.compile(r"[ \t,]*(?:to|until|till|through|and|-|\u2013)[ \t]+(?:the[ \t]+)?(?:(?:night|morning|early"
                           r"[ \t]+hours)[ \t]+of[ \t]+)?(?:[A-Z][a-z]+day,?[ \t]+)?"
                           rf"(?:\d{{1,2}}(?:st|nd|rd|th)?[ \t]+(?P<m1>{_MONTH_WORD})"
                           rf"|(?P<m2>{_MONTH_WORD})[ \t]+\d{{1,2}}(?:st|nd|rd|th)?),?[ \t]+(?P<y>(?:1[6-9]|20)\d\d)\b")


def year_it_runs_to(text: str, end: int, month: int) -> int | None:
    """The year of a day with none written, from the day with a year it runs to ("Sunday 2 December to Monday 3
    December 1984"): that year, or the one before when the month comes later in the year than that day's."""
    to = _RUNS_TO_YEAR.match(text, end)
    if to is None:
        return None
    name = (to.group("m1") or to.group("m2")).lower().rstrip(".")
    to_month = MONTHS.get(name) or MONTH_ABBR.get(name)
    if to_month is None:
        return None
    return int(to.group("y")) - (1 if month > to_month else 0)
