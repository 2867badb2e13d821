"""Days and times of day in the same place of two aligned sentences (see aligned.py): the same moment, or not.

Days compare as dates when both write the day of the month, else as weekdays, since a bare "Saturday" is resolved
against its own source's date, which may be another week's; a day told without its year ("May 11") on the other's
day and month is that day, its year being its source's own, which an anniversary piece's is not. Times compare in
UTC when every one says its offset, else as written when all are in one zone, else not at all; they differ only
where their spans cannot meet ("about 4 p.m." meets "4:10 p.m.").
"""
from __future__ import annotations

import difflib

from checker.claims.document import Document
from checker.claims.events import WEEKDAY


def weekday_only(day) -> bool:
    """"Saturday", "last Saturday", "Saturday's": a weekday and no day of the month."""
    return not any(c.isdigit() for c in day.text) and WEEKDAY.search(day.text) is not None


def moment_at(doc: Document, start: int):
    """The single day or the time of day read at `start`, if one is."""
    day = doc.date_at(start)
    if day is not None and day.low is not None and day.low == day.high:
        return day
    time = doc.time_at(start)
    return None if time is None or time.no_moment else time


def _is_day(reading) -> bool:
    return hasattr(reading, "precision")


def _span(t, utc: bool) -> tuple[int, int]:
    shift = (t.utc - t.minutes) if utc else 0
    return t.low + shift, t.high + shift


def _clock(minutes: int) -> str:
    return f"{minutes % 1440 // 60:02d}:{minutes % 60:02d}"


def moment_values(readings: list) -> list[str] | None:
    """What each reading of one place is compared as, or None when they cannot be compared (a day and a time,
    times in unknown zones) or all tell one moment."""
    if all(_is_day(r) for r in readings):
        weekdays = any(weekday_only(r) for r in readings)
        if any(r.relative for r in readings) and len({(r.low.month, r.low.day) for r in readings}) == 1:
            return None                         # "May 11" in a piece of 2015, "11 May 1985": one day
        values = [f"{r.low:%A}" if weekdays else r.low.isoformat() for r in readings]
        return values if len(set(values)) > 1 else None
    if any(_is_day(r) for r in readings):
        return None
    utc = all(t.utc is not None for t in readings)
    if not utc and len({t.zone.lower() for t in readings}) > 1:
        return None
    spans = [_span(t, utc) for t in readings]
    if all(lo <= min(h for _, h in spans) and max(lo2 for lo2, _ in spans) <= hi for lo, hi in spans):
        return None                                   # every span meets every other: one moment told loosely
    zone = "UTC" if utc else (readings[0].zone or "local time")
    return [f"{_clock(t.minutes + (t.utc - t.minutes if utc else 0))} {zone}" for t in readings]


def masked_places(a, b) -> list[tuple[tuple[str, int, int], tuple[str, int, int]]]:
    """The masked tokens ("#": a figure, a day, a time) that stand in the same place of two aligned sentences
    (aligned._Sentence), word for word around them."""
    left = [t.lower() for t, _, _ in a.tokens]
    right = [t.lower() for t, _, _ in b.tokens]
    return [(x, y) for op, i1, i2, j1, j2 in difflib.SequenceMatcher(a=left, b=right, autojunk=False).get_opcodes()
            if op == "equal" for x, y in zip(a.tokens[i1:i2], b.tokens[j1:j2]) if x[0] == "#"]


def moment_differences(a, b) -> list[tuple]:
    """(reading in a, reading in b, their values) for each masked place of two aligned sentences where they tell
    two moments."""
    found = []
    for x, y in masked_places(a, b):
        rx, ry = moment_at(a.doc, x[1]), moment_at(b.doc, y[1])
        values = moment_values([rx, ry]) if rx is not None and ry is not None else None
        if values is not None:
            found.append((rx, ry, values))
    return found


def copies_moments(group: list) -> list[list[tuple]]:
    """For sentences that read the same once masked: each place where sources tell different moments, with every
    copy's (sentence, reading, value compared)."""
    if len({s.doc.source.label for s in group}) < 2:
        return []
    found = []
    for k in range(len(group[0].masks)):
        at = [(s, r) for s in group if (r := moment_at(s.doc, s.masks[k])) is not None]
        values = moment_values([r for _, r in at]) if len(at) > 1 else None
        if values is not None and len({s.doc.source.label for s, _ in at}) > 1:
            found.append([(s, r, v) for (s, r), v in zip(at, values)])
    return found
