"""Times of day in news text: "5:15 p.m. local time (0915 GMT)", "about 19:00 (13:30 GMT)", "from 1800 GMT".

Each reading is the span of minutes (0 to 1439) the wording allows: "7:04 p.m." is 19:04,
"about 7 p.m." 18:45 to 19:15, and so is "7 p.m." (an hour told without its minutes may be the
minute rounded), "shortly after 4 a.m." 4:00 to 4:30. A time given with
its zone, or with the same moment in GMT beside it, also knows its minutes in UTC, so
"5:15 p.m. local time (UTC+8)" and "0915 GMT" are one instant. A time alone in local time
keeps its local minutes; the comparer converts it when the story tells the offset.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, replace
from pathlib import Path

import yaml

from checker.reading.place_clocks import dateline_clock, place_offset

_ZONE_TABLE = yaml.safe_load((Path(__file__).resolve().parents[1] / "data" / "time_zones.yaml")
                             .read_text(encoding="utf-8"))
_PLACE_ZONES: dict[str, str] = _ZONE_TABLE["places"]
_FIXED_ZONES: dict[str, int] = _ZONE_TABLE["fixed"]
_DATELINE_ZONES: dict[str, str] = {**_ZONE_TABLE["places"], **_ZONE_TABLE["datelines"]}

_AMPM = r"(?P<ampm>[ap]\.?\s?m\b\.?)"
_PLACE_CLOCK = "|".join(r"\s+".join(map(re.escape, p.split())) for p in sorted(_PLACE_ZONES, key=len, reverse=True))
_ZONE = (r"(?P<zone>(?:Eastern|Central|Mountain|Pacific)\s+(?:Daylight|Standard)(?:\s+Saving)?\s+Time"
         r"|British\s+Summer\s+Time|Greenwich\s+Mean\s+Time|Central\s+European(?:\s+Summer)?\s+Time"
         r"|Coordinated\s+Universal\s+Time|GMT|UTC|Z\b|local\s+time|local|ET|EDT|EST|CT|CDT|CST|MT|MDT|MST|PT|PDT|PST"
         rf"|BST|CET|CEST|IST|WAT|EAT|(?-i:{'|'.join(z.upper() for z in _FIXED_ZONES)})"
         rf"|(?:{_PLACE_CLOCK})\s+(?:standard\s+)?time|"
         r"Pacific(?:\s+Time)?|Eastern(?:\s+Time)?|Central(?:\s+Time)?|Mountain(?:\s+Time)?)\b")
_OFFSET = r"(?:\(?\s*(?:UTC|GMT)\s?(?P<sign>[+\-\u2212])\s?(?P<oh>\d{1,2})(?::?(?P<om>\d{2}))?\s*\)?)"
_PART_OF_DAY_AFTER = (r"[ \t]+(?:on[ \t]+)?(?:that|this|the|in[ \t]+the|[A-Z][a-z]+day)[ \t]+(?:[A-Z][a-z]+day[ \t]+)?"
                      r"(?P<part>morning|afternoon|evening|night)\b")
_CLOCK = (rf"(?:(?P<h1>\d{{1,2}})[:.](?P<m1>[0-5]\d)\s?{_AMPM}"
          rf"|(?P<h2>\d{{1,2}})\s?(?P<ampm2>[ap]\.?\s?m\b\.?)"
          rf"|(?P<h3>[01]?\d|2[0-3]):(?P<m3>[0-5]\d)(?![\d:])"
          rf"|(?P<hm4>[01]\d|2[0-3])(?P<m4>[0-5]\d)(?=\s*(?:GMT|UTC|hours|hrs|IST|local))"
          rf"|(?m:^)(?P<h5>[01]?\d|2[0-3])[.:](?P<m5>[0-5]\d)(?=[ \t]*[-\u2013\u2014][ \t])"   # a live blog's "12.30 - "
          rf"|(?P<h6>[01]?\d|2[0-3])h(?P<m6>[0-5]\d)(?![\w])"     # French style: "21h20", "0h20"
          # a 24-hour clock with a dot, told as one by its word: "at 18.00 hrs", "09.15 GMT"
          rf"|(?P<h7>[01]?\d|2[0-3])\.(?P<m7>[0-5]\d)(?=\s*(?:GMT|UTC|hrs|IST)\b)"
          # a 12-hour clock with a dot, told as one by the part of the day after it: "at about 7.30 that Wednesday
          # evening", "8.15 on Monday morning" (a bare "7.30" may be any figure)
          rf"|(?P<h8>1[0-2]|0?[1-9])\.(?P<m8>[0-5]\d)(?={_PART_OF_DAY_AFTER})"
          rf"|(?P<named>noon|midday|midnight))")
_QUALIFIER = r"(?:(?P<q>about|around|approximately|roughly|shortly\s+after|shortly\s+before|just\s+after|just\s+before|soon\s+after|before|after)\s+)?"
TIME = re.compile(
    rf"(?<![\w:.]){_QUALIFIER}{_CLOCK}(?:\s*(?:hours|hrs)\b)?(?:\s*{_ZONE})?(?:\s*{_OFFSET})?"
    rf"(?:\s*[(\[]\s*(?P<other>[^()\[\]]{{3,30}})[)\]])?", re.IGNORECASE)
# Where a time can stand: a cheap scan first, so the full pattern runs only there (a few places per text).
_CANDIDATE = re.compile(r"[0-9](?:[:.h][0-5][0-9]|\s?[ap]\.?\s?m\b|[0-9]{3}\s*(?:GMT|UTC|hours|hrs|IST|local))"
                        r"|\b(?:noon|midday|midnight)\b", re.IGNORECASE)
_QUALIFIER_BEFORE = re.compile(rf"{_QUALIFIER}\Z", re.IGNORECASE)
_NAMED = {"noon": 720, "midday": 720, "midnight": 0}
# Zones with one offset. "ET", "PT" and their names shift with daylight saving, which the text does not
# say, so a time in them keeps no UTC minutes and is compared only with times in the same zone.
_ZONE_OFFSETS = {"gmt": 0, "utc": 0, "z": 0, "bst": 60, "cet": 60, "cest": 120, "edt": -240, "est": -300,
                 "cdt": -300, "cst": -360, "mdt": -360, "mst": -420, "pdt": -420, "pst": -480, "ist": 330, "wat": 60,
                 "eat": 180}
# a zone written out in full is its abbreviation ("eastern daylight time" is EDT)
_ZONE_NAMES = {"eastern daylight time": "edt", "eastern standard time": "est", "central daylight time": "cdt",
               "central standard time": "cst", "mountain daylight time": "mdt", "mountain standard time": "mst",
               "pacific daylight time": "pdt", "pacific standard time": "pst", "british summer time": "bst",
               "greenwich mean time": "gmt", "central european time": "cet", "central european summer time": "cest",
               "coordinated universal time": "utc"}
# ... but they shift together: 8 a.m. Pacific is 11 a.m. Eastern, summer or winter. Minutes to add to read a time
# in one of them as US Eastern time.
US_ZONES_TO_EASTERN = {"et": 0, "eastern": 0, "eastern time": 0, "ct": 60, "central": 60, "central time": 60,
                       "mt": 120, "mountain": 120, "mountain time": 120, "pt": 180, "pacific": 180,
                       "pacific time": 180}
_SPREAD = {"about": (15, 15), "around": (15, 15), "approximately": (15, 15), "roughly": (15, 15),
           "shortly after": (0, 30), "just after": (0, 15), "soon after": (0, 30), "after": (0, 60),
           "shortly before": (30, 0), "just before": (15, 0), "before": (60, 0)}

# the furthest a qualifier reaches from a time, by the roundest step its minutes fall on: on the hour or half
# hour as far as the qualifier goes (a quarter hour for "about"), on a quarter ten minutes, on five minutes five,
# a time told to the minute three
_ROUND_REACH = {30: 30, 15: 10, 5: 5, 1: 3}
_ROUNDED_TIME_REACH = 2     # minutes a plain time on a round five minutes reaches ("2:50 p.m." for 2:49)
_HOUR_ONLY_REACH = 15       # ... and an hour told without its minutes ("11 a.m." for 10:46), as "about" reaches


@dataclass(frozen=True)
class TimeReading:
    text: str
    start: int
    end: int
    minutes: int             # the time as written, in its own zone
    low: int                 # the span the wording allows, in minutes of the day, in that zone
    high: int
    utc: int | None          # the same moment in UTC, when a zone or a GMT time beside it says so
    zone: str                # "GMT", "local time", "ET", or "" when none is written
    qualifier: str | None
    beside_utc: int | None = None   # the UTC minutes of the conversion written beside it: "1:30 a.m. (0530 GMT)"
    conversion: bool = False        # this is such a conversion, read on its own: "(0530 GMT)"
    no_moment: bool = False         # when the story itself was updated ("updated at 16:40"), or a daily hour ("at
    #                                 10am and 4pm daily"): no moment of the event


def _clock(m: re.Match) -> int | None:
    g = m.groupdict()
    if g["named"]:
        return _NAMED[g["named"].lower()]
    if g["hm4"]:
        return int(g["hm4"]) * 60 + int(g["m4"])
    if g["h3"] or g["h5"] or g["h6"] or g["h7"]:
        return int(g["h3"] or g["h5"] or g["h6"] or g["h7"]) * 60 + int(g["m3"] or g["m5"] or g["m6"] or g["m7"])
    if g["h8"]:
        hour, later = int(g["h8"]) % 12, g["part"].lower() in ("afternoon", "evening") \
            or g["part"].lower() == "night" and int(g["h8"]) >= 6
        return (hour + (12 if later else 0)) * 60 + int(g["m8"])
    hour = int(g["h1"] or g["h2"])
    minute = int(g["m1"] or 0)
    ampm = (g["ampm"] or g["ampm2"] or "").lower()
    if not 1 <= hour <= 12 or minute > 59:
        return None
    hour = hour % 12 + (12 if ampm.startswith("p") else 0)
    return hour * 60 + minute


# Abbreviations two countries' clocks share: "8:50am PST" in copy from Pakistan is Pakistan Standard Time
_SHARED_ABBREVIATIONS = {"pst": (re.compile(r"\bPakistan"), 300)}


def _offset(m: re.Match, zone: str, day: dt.date | None, local: dict[str, int] | None = None) -> int | None:
    if m.group("oh"):
        sign = -1 if m.group("sign") in "-\u2212" else 1
        return sign * (int(m.group("oh")) * 60 + int(m.group("om") or 0))
    key = " ".join(zone.lower().split())
    key = _ZONE_NAMES.get(key.replace(" saving", ""), key)
    if local and key in local:
        return local[key]
    if key in _ZONE_OFFSETS or key in _FIXED_ZONES:
        return _ZONE_OFFSETS.get(key, _FIXED_ZONES.get(key))
    place = key.removesuffix(" time").removesuffix(" standard")
    return place_offset(_PLACE_ZONES[place], day) if place in _PLACE_ZONES else None


# "AUSTIN, Texas, Feb 17 (Reuters) -", "HOUSTON (AP) —": the places a dateline names, before the date or the agency
_DATELINE = re.compile(r"^[ \t]*(?P<places>[A-Z][A-Za-z.'’ -]{1,40}(?:,[ \t]*[A-Z][A-Za-z.'’ -]{1,40}){0,2})"
                       r"(?:,[ \t]*(?:[A-Z][a-z]{2,8}\.?[ \t]+\d{1,2}|\d{1,2}[ \t]+[A-Z][a-z]{2,8})\b|[ \t]*\()",
                       re.MULTILINE)
DATELINE_REACH = 600     # characters from the top of a text where its dateline stands


def dateline_offset(text: str, day: dt.date | None) -> int | None:
    """Minutes east of UTC of the clock where the text's dateline puts it ("AUSTIN, Texas": US Central time), or
    None when the dateline names no place whose clock is known (see place_clocks)."""
    # a headline may look like a dateline: the first that names a known place is the dateline
    for m in _DATELINE.finditer(text, 0, DATELINE_REACH):
        offset = dateline_clock(m.group("places").split(","), _DATELINE_ZONES, day)
        if offset is not None:
            return offset
    return None


# the half of the day a clock without "a.m." or "p.m." is told in, named after it
_AT_BEFORE = re.compile(r"\b(?:at|by|until|till|from)[ \t]+\Z", re.IGNORECASE)
_LATER_IN_THE_DAY_AFTER = re.compile(r"[ \t]+(?:(?:on[ \t]+)?(?:that|this|the|in[ \t]+the|[A-Z][a-z]+day)[ \t]+)"
                                     r"(?:afternoon|evening)\b")


# "This story was updated at 16:40": when the story stood, not a moment of the event ("a blog post published at
# 1300 GMT" may be the event)
_STORY_CLOCK_BEFORE = re.compile(r"\bupdated(?:\s+at)?\s+\Z", re.IGNORECASE)


# "at 10am and 4pm daily", "every day at 6 p.m.": an hour things happen at, every day
_EVERY = r"(?:daily|nightly|every|each)\s+(?:day|morning|afternoon|evening|night|hour)s?"
_SCHEDULE_AFTER = re.compile(r"(?:\s*(?:,|and|or|to|-|\u2013)\s*[0-9:.]+\s*(?:[ap]\.?m\.?)?)*\s*,?\s+"
                             rf"(?:daily|nightly|{_EVERY})\b", re.IGNORECASE)
_SCHEDULE_BEFORE = re.compile(rf"\b(?:daily|nightly|{_EVERY})\s+(?:at|from|until|till)\s+\Z", re.IGNORECASE)


# "Rome, Tuesday 14 April 2009, 18:00" on a line of its own: when a release or a story was issued
_STAMP_BEFORE = re.compile(r"\b(?:1[89]|20)\d\d,?[ \t]+(?:at[ \t]+)?\Z")
_LINE_ENDS_AFTER = re.compile(r"[ \t]*(?:\(?[A-Z]{2,5}\)?|local[ \t]+time)?[ \t]*(?:\n|\Z)")


def _no_moment(text: str, start: int, end: int) -> bool:
    """Whether the time at `start` is when the story itself was updated or issued, or an hour of every day."""
    return _STORY_CLOCK_BEFORE.search(text, max(0, start - 16), start) is not None \
        or _STAMP_BEFORE.search(text, max(0, start - 12), start) is not None \
        and _LINE_ENDS_AFTER.match(text, end) is not None \
        or _SCHEDULE_BEFORE.search(text, max(0, start - 32), start) is not None \
        or _SCHEDULE_AFTER.match(text, end, end + 60) is not None


def read_times(text: str, day: dt.date | None = None) -> list[TimeReading]:
    """Every time of day in `text`, sorted by start, a place's clock ("Kyiv time") read as it stood on `day`. A
    time in another zone in brackets after a time ("1:30 a.m. (0530 GMT)") is read on its own, as a conversion: a
    wrong conversion is a fact of its own, and the time before it keeps the moment it gives as `beside_utc`."""
    if not isinstance(text, str) or not text:
        return []
    readings = []
    local = {key: offset for key, (country, offset) in _SHARED_ABBREVIATIONS.items() if country.search(text)}
    for m in _matches(text):
        minutes = _clock(m)
        if minutes is None:
            continue
        if m.group("h8") and not m.group("q") and not _AT_BEFORE.search(text, max(0, m.start() - 8), m.start()):
            continue                                    # "shares rose 2.50 this morning": a figure
        if m.group("h3") and 60 <= minutes < 720 and _LATER_IN_THE_DAY_AFTER.match(text, m.end()):
            minutes += 720                              # "around 4:40 that afternoon": 16:40
        zone = m.group("zone") or ""
        offset = _offset(m, zone, day, local)
        utc = (minutes - offset) % 1440 if offset is not None else None
        end = m.end()
        other, conversion = m.group("other"), None
        if other:
            inner = TIME.search(other)
            inner_minutes = _clock(inner) if inner else None
            inner_zone = (inner.group("zone") or "") if inner else ""
            inner_offset = _offset(inner, inner_zone, day, local) if inner else None
            if inner_minutes is not None and inner_offset is not None:
                conversion = _reading(text, inner, m.start("other"), inner_minutes,
                                      (inner_minutes - inner_offset) % 1440, inner_zone, None, True)
            end = m.start("other") - 1                     # "(Reuters)": not part of the time
            while end > m.start() and text[end - 1] in " \t":
                end -= 1
        reading = _reading(text, m, 0, minutes, utc, zone, conversion.utc if conversion else None, False, end)
        if _no_moment(text, reading.start, reading.end):
            reading = replace(reading, no_moment=True)
        readings.append(reading)
        if conversion is not None and conversion.qualifier is None and reading.qualifier is not None:
            # "about 1:30 a.m. (0530 GMT)": the conversion is as approximate as the time it converts
            conversion = replace(conversion, low=conversion.minutes - (reading.minutes - reading.low),
                                 high=conversion.minutes + (reading.high - reading.minutes))
        if conversion is not None:
            readings.append(conversion)
    readings += _hours_of_the_day(text, readings)
    return _range_starts(text, _late_conversions(text, sorted(readings, key=lambda r: r.start)))


_HOUR_WORDS = {w: n for n, w in enumerate("one two three four five six seven eight nine ten eleven twelve".split(), 1)}
# "just after 3 o'clock in the afternoon", "10 o'clock that morning", "shortly after nine in the morning": an hour
# told in words, which says its half of the day only by the part of the day after it (a bare "3 o'clock" may be
# either, and is left)
_HOUR_OF_THE_DAY = re.compile(
    rf"(?<![\w:.,]){_QUALIFIER}(?P<h>1[0-2]|0?[1-9]|{'|'.join(_HOUR_WORDS)})(?![\w:.])"
    r"(?:\s+o['’]clock\s+(?:on\s+)?(?:that|this|the|in\s+the|[A-Z][a-z]+day)\s+(?:[A-Z][a-z]+day\s+)?"
    r"|\s+in\s+the\s+)(?P<part>morning|afternoon|evening|night)\b(?!\s+(?:shift|session|edition)s?\b)",
    re.IGNORECASE)
_HOUR_CANDIDATE = re.compile(r"o['’]clock\b|\bin\s+the\s+(?:morning|afternoon|evening)\b", re.IGNORECASE)
_HOUR_REACH = 40        # characters before the candidate where the hour and its qualifier stand, and after it the part
#                         of the day


def _hours_of_the_day(text: str, readings: list[TimeReading]) -> list[TimeReading]:
    """The hours told in words the clock pattern did not read, each looked for only around its cheap candidate."""
    found, taken = [], [(r.start, r.end) for r in readings]
    for c in _HOUR_CANDIDATE.finditer(text):
        m = next((m for m in _HOUR_OF_THE_DAY.finditer(text, max(0, c.start() - _HOUR_REACH), c.end() + _HOUR_REACH)
                  if m.start() <= c.start() < m.end()), None)
        if m is None or any(a < m.end() and m.start() < b for a, b in taken):
            continue
        hour = int(m.group("h")) if m.group("h").isdigit() else _HOUR_WORDS[m.group("h").lower()]
        part = m.group("part").lower()
        minutes = (hour % 12 + (12 if part in ("afternoon", "evening") or part == "night" and hour >= 6 else 0)) * 60
        qualifier = " ".join(m.group("q").lower().split()) if m.group("q") else None
        before, after = _SPREAD[qualifier] if qualifier else (_HOUR_ONLY_REACH, _HOUR_ONLY_REACH)
        start = m.start() if qualifier else m.start("h")
        found.append(TimeReading(text[start:m.end()], start, m.end(), minutes, minutes - before, minutes + after,
                                 None, "", qualifier))
        taken.append((m.start(), m.end()))
    return found


# "between 1 and 2 a.m.", "from 9 to 11 p.m.": the first hour takes the second's half of the day and zone
_RANGE_START = re.compile(r"\b(?:between|from)\s+(?P<h>\d{1,2})(?::(?P<m>[0-5]\d))?\s*(?:and|to|-|\u2013)\s*\Z",
                          re.IGNORECASE)


def _range_starts(text: str, readings: list[TimeReading]) -> list[TimeReading]:
    out = []
    for r in readings:
        found = None if r.conversion or r.qualifier else _RANGE_START.search(text, max(0, r.start - 24), r.start)
        if found is not None and not (out and out[-1].end > found.start("h")) and int(found.group("h")) <= 12:
            minutes = int(found.group("h")) % 12 * 60 + int(found.group("m") or 0) + (720 if r.minutes >= 720 else 0)
            if minutes > r.minutes:
                minutes -= 720                          # "from 11 to 1 p.m.": 11 in the morning
            minutes %= 1440
            utc = (minutes - (r.minutes - r.utc)) % 1440 if r.utc is not None else None
            out.append(TimeReading(text[found.start("h"):found.end("m") if found.group("m") else found.end("h")],
                                   found.start("h"), found.end("m") if found.group("m") else found.end("h"),
                                   minutes, minutes, minutes, utc, r.zone, None))
        out.append(r)
    return out


# (a day of the month may stand between: "22:00 local time on 20 April (04:00 GMT on 21 April)")
_BETWEEN = re.compile(r"(?:[^\d()\[\].;]|(?<![\d:.])\d{1,2}(?![\d:.]))*[(\[]\s*(?:about\s+|around\s+)?\Z",
                      re.IGNORECASE)
_BETWEEN_REACH = 34      # characters: a few words, the bracket and a qualifier


def _late_conversions(text: str, readings: list[TimeReading]) -> list[TimeReading]:
    """"6:37 a.m. on Tuesday (1737 GMT)": a bracketed time in a known zone a few words after a time is that time's
    conversion, as it would be right beside it."""
    out = list(readings)
    for k in range(1, len(out)):
        before, after = out[k - 1], out[k]
        if after.utc is None or after.conversion or before.beside_utc is not None or before.conversion \
                or not after.zone or after.zone.lower() in ("local", "local time") \
                or after.start - before.end > _BETWEEN_REACH or not _BETWEEN.match(text, before.end, after.start):
            continue
        out[k - 1] = replace(before, beside_utc=after.utc)
        out[k] = replace(after, conversion=True)
    return out


def _reading(text: str, m: re.Match, base: int, minutes: int, utc: int | None, zone: str, beside: int | None,
             conversion: bool, end: int | None = None) -> TimeReading:
    """The reading of one TIME match, found at `base` in `text` (a bracket's inside is matched on its own)."""
    qualifier = " ".join(m.group("q").lower().split()) if m.group("q") else None
    before, after = _SPREAD.get(qualifier or "", (0, 0))
    # "about 5:57 p.m." is told to the minute: it reaches a few minutes, not the quarter hour "about 6 p.m." does
    reach = _ROUND_REACH[next(step for step in sorted(_ROUND_REACH, reverse=True) if minutes % step == 0)]
    before, after = min(before, reach), min(after, reach)
    if qualifier is None and minutes % 5 == 0 and not m.group("named"):
        # "2:50 p.m." beside "2:49 p.m.": a time on a round five minutes may be the exact minute rounded
        before = after = _HOUR_ONLY_REACH if m.group("h2") else _ROUNDED_TIME_REACH
    start = base + (m.start() if qualifier else m.start("named") if m.group("named") else _first_digit(m))
    end = base + m.end() if end is None else end
    return TimeReading(text[start:end], start, end, minutes, minutes - before, minutes + after, utc,
                       " ".join(zone.split()), qualifier, beside, conversion)


def _matches(text: str):
    """TIME matches, tried only where a candidate stands (the qualifier before it looked for in a short window)."""
    pos = 0
    for c in _CANDIDATE.finditer(text):
        if c.start() < pos:
            continue
        digits = c.start()
        while digits > 0 and digits > c.start() - 2 and text[digits - 1].isdigit():
            digits -= 1
        before = _QUALIFIER_BEFORE.search(text, max(0, digits - 20), digits)
        m = TIME.match(text, before.start() if before and before.group("q") else digits)
        if m is None and before and before.group("q"):
            m = TIME.match(text, digits)
        if m is not None:
            pos = m.end()
            yield m


def _first_digit(m: re.Match) -> int:
    for name in ("h1", "h2", "h3", "hm4"):
        if m.group(name):
            return m.start(name)
    return m.start()
