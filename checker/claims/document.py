"""What one source looks like once read: its sentences, quantities and dates.

Each text is scanned once by each reader; every later stage works from these
offsets and never searches the text again.
"""
from __future__ import annotations

import bisect
import dataclasses
import datetime as dt
from collections import Counter
from dataclasses import dataclass, field
from functools import cached_property

from checker.reading import (DateReading, read_dates, Quantity, read_quantities, read_times, Sentence,
                             SentenceIndex, split_sentences)
from checker.sources import Source, find_publication_date


@dataclass
class Document:
    source: Source
    reference: dt.date | None          # the date relative phrases resolve against
    sentences: tuple[Sentence, ...]
    index: SentenceIndex
    quantities: list[Quantity]
    dates: list[DateReading]
    cues: dict | None = None
    times: list = field(default_factory=list)  # times of day (TimeReading), read once
    names: frozenset | None = None  # words the text writes as names, found on first use
    name_scan: object = None        # the name finder's scan of the text (NameScan), made with the rest
    quotes: list | None = None      # the text's quotations (Quote), found with the rest
    # made with the rest where the text is read, for the stages that compare texts (open claims, slots)
    open_figures: list | None = None  # figures no rule took, with their words (OpenItem)
    open_dates: list | None = None    # days and years no rule took (OpenItem)
    slots: dict | None = None         # the slots the text fills once ("bound for", "owned by"): where each name stands
    day_words: list | None = None     # each day with the words saying what it is of (DayWords), found on first use
    period_words: list | None = None  # each month, season or year so (DayWords), for the draft's check
    tallies: list | None = None       # the votes for and against of each tally (OpenItem), found on first use

    @property
    def text(self) -> str:
        return self.source.text

    @cached_property
    def quantity_starts(self) -> list[int]:
        """Where each quantity starts, for bisection (quantities are sorted by start)."""
        return [q.start for q in self.quantities]

    @cached_property
    def _date_starts(self) -> list[int]:
        return [d.start for d in self.dates]

    @cached_property
    def _time_starts(self) -> list[int]:
        return [t.start for t in self.times]

    def quantity_at(self, start: int):
        """The quantity read from `start`, if one is."""
        return _starting_at(self.quantities, self.quantity_starts, start)

    def date_at(self, start: int):
        """The date read from `start`, if one is."""
        return _starting_at(self.dates, self._date_starts, start)

    def time_at(self, start: int):
        """The time of day read from `start`, if one is."""
        return _starting_at(self.times, self._time_starts, start)


def _starting_at(readings: list, starts: list[int], start: int):
    k = bisect.bisect_left(starts, start)
    return readings[k] if k < len(readings) and starts[k] == start else None


def story_date(sources: list[Source], configured: dt.date | None = None) -> dt.date | None:
    """The date most sources were published on: a stand-in for sources that carry none. Where no day is
    shared, the latest day of the year most sources share (a retrospective written years on does not move the
    wires of the week into its year)."""
    if configured:
        return configured
    dates = Counter(s.published for s in sources if s.published)
    years = Counter(d.year for d in dates.elements())
    return max(dates, key=lambda d: (dates[d], years[d.year], d)) if dates else None


def read_document(source: Source, story_date: dt.date | None = None) -> Document:
    text = source.text
    sentences = split_sentences(text)
    own = source.published or (_dateline_in_story_year(text, story_date) if story_date else None)
    reference = own or story_date
    dates = read_dates(text, reference)
    if own is None and reference is not None:
        # An undated source (a draft, a page saved without its date) is read as of the story's date, the day
        # most sources were published: "March 28" takes the story's year, "on Monday" the Monday before it.
        dates = [dataclasses.replace(d, why=f"{d.why} (read as of the story's date, {reference.isoformat()}: the "
                                             "source has no date of its own)")
                 if d.relative and d.precision in ("day", "weekday", "relative") else d for d in dates]
        dates = dates if source.role == "draft" else _unanchored(dates, reference)
    # A figure inside a date ("Oct. 31, 2022") or a time ("12.30 - " opening a live blog's entry) is never a quantity.
    times = read_times(text, reference)
    spans = sorted([(d.start, d.end) for d in dates] + [(t.start, t.end) for t in times])
    quantities = [q for q in read_quantities(text) if not _inside_any(q.start, q.end, spans)]
    return Document(source, reference, sentences, SentenceIndex(sentences), quantities, dates, times=times)


ESTRANGED_DAYS = 30    # an undated source whose last sure day is this long before the story's date is older


def _unanchored(dates: list, reference: dt.date) -> list:
    """An undated source that writes days as days of its own time, with their weekday and no year ("fled on
    Thursday, Feb. 23"), all a month or more before the story's date, was written near those days, not on the
    story's: its "on Thursday" or "last week" is no day of the story's week, and is left unresolved ("arrested
    Nick Leeson on Thursday", an AP piece of March among sources of December). (A day with its year may be any
    time's: "convicted on Thursday of the June 7, 2021, murders".)"""
    sure = [d.high for d in dates if d.precision == "day" and d.high is not None and d.relative and d.weekday
            and not d.weekday_mismatch]
    if not sure or reference - max(sure) < dt.timedelta(days=ESTRANGED_DAYS):
        return dates
    return [dataclasses.replace(d, low=None, high=None, why=f"{d.text}: the source has no date of its own and tells "
                                                            f"days well before the story's, so no day is certain")
            if d.relative and not any(c.isdigit() for c in d.text) else d for d in dates]


def _dateline_in_story_year(text: str, story_date: dt.date) -> dt.date | None:
    """The source's own day from a dateline with no year ("AHMEDABAD, June 12 (Reuters) -"), in the story's year
    (the year before, when that would put it after the story)."""
    day = find_publication_date(text, story_date.year)
    if day is not None and day > story_date + dt.timedelta(days=31):
        try:
            day = day.replace(year=day.year - 1)
        except ValueError:
            return None
    return day


def _inside_any(start: int, end: int, spans: list[tuple[int, int]]) -> bool:
    """Whether [start, end) lies inside one of the sorted, non-nested spans: its neighbour by start decides."""
    at = bisect.bisect_right(spans, (start, float("inf"))) - 1
    return at >= 0 and spans[at][0] <= start and end <= spans[at][1]


@dataclass
class Mention:
    """One claim as one source states it, with where it stands in the text."""

    source: str
    path: str
    claim: str
    kind: str
    text: str
    start: int
    end: int
    low: float | None
    high: float | None
    low_inclusive: bool = True
    high_inclusive: bool = True
    stated: float | None = None
    unit: str | None = None
    value: str = ""           # what the comparison uses: canonical entity, ISO date, figure
    qualifier: str | None = None
    why: str = ""
    sentence: str = ""
    sentence_index: int = -1
    event: str = ""
    event_how: str = ""
    score: float | None = None  # entity match score (100 = alias table)
    distance: int = 0           # words between figure and cue: decides between rules
    role: str = "source"        # "draft" for the desk's own draft
    attribution: str = ""       # who the figure comes from ("the health ministry")
    as_of: str = ""             # when it was true ("as of Tuesday")
    superseded: str = ""        # why the source itself gives this figure as an earlier one, if it does
    party: str = ""             # whose figure it is ("authorities", "organisers", "who"): compared within a party
    extra: dict = field(default_factory=dict)
