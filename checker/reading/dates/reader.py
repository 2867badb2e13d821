"""Dates and temporal anchors in news text, resolved against the article's own date.

``read_dates`` finds the written forms of dates in one left-to-right pass (the most
specific form first at each place; see patterns.py), checks each hit's
context (is "May" a month or a verb? is "2000" a year or a head count?) and turns it
into a closed range of days ``[low, high]``: the first and the last day the phrase
can mean.

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
import dataclasses
import datetime
import re

from checker.reading.dates.patterns import find_phrases
from checker.reading.dates.lexicon import NEXT_DAYS_AHEAD, PLAN_CUE, WEEKDAYS
from checker.reading.dates.resolve import FROM_REFERENCE, Context, DateReading, resolve, weekday_number

__all__ = ["DateReading", "read_dates"]

# Where each part lives beside this module: lexicon (words), patterns (written forms
# and the scan), calendar (spans of days), resolve (context checks and resolution
# against the reference). The article's own date is checker.sources.pubdate.


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
    hits = find_phrases(text)
    ctx = Context(text, reference, _day_first_style(hits))
    readings = []
    for kind, m in hits:
        reading = resolve(ctx, kind, m)
        if reading is not None:
            readings.append(reading)
    if reference is None:
        return readings
    return _that_weekday(_weekdays_year(_in_the_story_told(readings, text, reference)), text)


_THAT_BEFORE = re.compile(r"\b(?:that|the)[ \t]+\Z", re.IGNORECASE)     # "that Monday", "on the Tuesday"
THAT_REACH = 3      # days either side of the day told before it in which "that Monday" falls


def _that_weekday(readings: list[DateReading], text: str) -> list[DateReading]:
    """"... on 5 October 1999. The driver ran a red light that Monday morning": "that" points back to the story's
    day, so the weekday is the one nearest the day told in full before it, not the reference's week; so does "the"
    ("visited the scene on the Tuesday")."""
    out, told = [], None
    for r in readings:
        key = r.text.lower().rstrip(".")
        if told is not None and r.relative and key in WEEKDAYS and r.low is not None \
                and _THAT_BEFORE.search(text, max(0, r.start - 8), r.start):
            shift = (WEEKDAYS[key] - told.low.weekday()) % 7
            shift = shift - 7 if shift > THAT_REACH else shift
            day = told.low + datetime.timedelta(days=shift)
            r = dataclasses.replace(r, low=day, high=day, relative=False,
                                    why=f"{day:%d %b %Y} (that {day:%A}: the one nearest the day told before it, "
                                        f"{told.text})")
        if not r.relative and r.precision == "day" and r.low is not None:
            told = r
        out.append(r)
    return out


STORY_DAYS = 60     # days from a day told in full within which a day with its weekday is of the same story
STORY_REACH = 600   # characters after a day told with its year within which it sets the year of the days after
STORY_TOLD = "the year of the story told"


def _read_back(day: datetime.date, reference: datetime.date) -> bool:
    """Whether a day-month was read into the year before, the same day of the next year being one a sentence told
    in another tense would have read ahead (calendar.days_ahead)."""
    try:
        return 0 < (day.replace(year=day.year + 1) - reference).days <= NEXT_DAYS_AHEAD
    except ValueError:                  # 29 February
        return False


def _in_the_story_told(readings: list[DateReading], text: str, reference: datetime.date) -> list[DateReading]:
    """A retrospective tells its story's days after one with a year ("sank on 12 August 2000 ... On 20 August,
    divers opened the hatch", written in July 2002): a day-month the reference would put ahead of it, not told as
    planned, is in the year of the story told, on or after the day told with it."""
    # the last day told, and the last told with its year written (set with the first: a day's year is told by one
    # written before it)
    told, written, out = None, None, []
    for r in readings:
        # (a day the past tense of its sentence read into the year before the reference, not ahead of it: the
        # story's year, if told)
        ahead, before = r.low > reference and told is not None and told.low.year < reference.year, \
            told is not None and told.low.year != r.low.year and _read_back(r.low, reference)
        if told is not None and FROM_REFERENCE in r.why and (ahead or before) and r.weekday is None \
                and r.start - told.end <= STORY_REACH and not PLAN_CUE.search(text, max(0, r.start - 40), r.start):
            try:
                low, high = r.low.replace(year=told.low.year), r.high.replace(year=told.low.year)
            except ValueError:          # 29 February
                low = high = None
            # (on or after the day told with its year: "On 31 March 2003 ... until 9 April. The next evening, on
            # 1 April")
            if low is not None and written.low <= low:
                r = dataclasses.replace(r, low=low, high=high, relative=False,
                                        why=f"{low:%d %b %Y} ({STORY_TOLD} before it: {written.text})")
        if not r.relative and r.precision in ("day", "month") and r.low is not None:
            told = r
            written = r if STORY_TOLD not in r.why else written
        out.append(r)
    return out


def _weekdays_year(readings: list[DateReading]) -> list[DateReading]:
    """A day written with its weekday and no year ("until Monday 28 April", in a piece of 2016 about 1986) is in the
    year of the day written in full last before it, when that year's calendar has the weekday on that day, the
    reference's year does not, and the two days are within STORY_DAYS: a retrospective tells its story's days.
    (Only then: a wrong weekday that some other year of the text happens to fit stays wrong.)"""
    told = [r for r in readings if not r.relative and r.precision == "day" and r.low is not None]
    out = []
    for r in readings:
        last = [t for t in told if t.end <= r.start][-1:]
        if r.weekday_mismatch and FROM_REFERENCE in r.why and r.low == r.high and last:
            weekday = weekday_number(r.weekday)
            try:
                day = datetime.date(last[0].low.year, r.low.month, r.low.day)
            except ValueError:          # 29 February
                day = None
            if day is not None and day.weekday() == weekday and abs((day - last[0].low).days) <= STORY_DAYS:
                r = dataclasses.replace(r, low=day, high=day, relative=False, weekday_mismatch=None,
                                        why=f"{day:%d %b %Y} (the year of the day told before it, {last[0].text}, "
                                            f"whose {day:%d %B} is a {day:%A})")
            elif day is not None and last[0].low <= day <= last[0].high:
                # ("the night of 27-28 September 1994 ... In the early hours of Tuesday, 28 September": that night,
                # its weekday wrong there too)
                r = dataclasses.replace(r, low=day, high=day, relative=False,
                                        weekday_mismatch=f"{r.weekday_mismatch.split(' (')[0]} ({day.year}) was a "
                                                         f"{day:%A}",
                                        why=f"{day:%d %b %Y} (the day told before it, {last[0].text})")
        out.append(r)
    return out
