"""The clock a dateline's place keeps: "DERNA, Libya (AP)" is on Libya's, "PARKLAND, Fla." on US Eastern time.

The zone table (data/time_zones.yaml) names the places news copy tells time by and the states, provinces and
countries a dateline adds after its town; the IANA tables that ship with tzdata name the rest: every zone's city
("America/Puerto_Rico", "Europe/Paris") and every country, where all its zones keep one clock on the day.
"""
from __future__ import annotations

import datetime as dt
from collections import defaultdict
from functools import lru_cache
from importlib import resources
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError


def _tab_rows(name: str) -> list[list[str]]:
    try:
        text = (resources.files("tzdata.zoneinfo") / name).read_text(encoding="utf-8")
    except (ModuleNotFoundError, FileNotFoundError, OSError):
        return []           # no tzdata package: the zone table's own places still tell
    return [line.split("\t") for line in text.splitlines() if line and not line.startswith("#")]


@lru_cache(maxsize=1)
def iana_places() -> tuple[dict[str, tuple[str, str]], dict[str, tuple[str, tuple[str, ...]]]]:
    """Zones by city ("puerto rico": ("PR", "America/Puerto_Rico")) and by country ("libya": ("LY",
    ("Africa/Tripoli",))), each with its country's code."""
    zones_of = defaultdict(list)
    cities: dict[str, tuple[str, str]] = {}
    for row in _tab_rows("zone.tab"):
        if len(row) < 3:
            continue
        zones_of[row[0]].append(row[2])
        cities.setdefault(row[2].rsplit("/", 1)[-1].replace("_", " ").lower(), (row[0], row[2]))
    countries: dict[str, tuple[str, tuple[str, ...]]] = {}
    for row in _tab_rows("iso3166.tab"):
        if len(row) >= 2 and row[0] in zones_of:
            # "Myanmar (Burma)", "Bosnia & Herzegovina": the name as copy writes it; "Korea (South)" is the zone
            # table's, where copy puts the words the other way round
            name = row[1].split(" (")[0].replace("&", "and").lower()
            countries[name] = ("", ()) if name in countries else (row[0], tuple(zones_of[row[0]]))
    return cities, {name: entry for name, entry in countries.items() if entry[0]}


def dateline_clock(places: list[str], named: dict[str, str], day: dt.date | None) -> int | None:
    """Minutes east of UTC of the clock the first place of a dateline ("SAN JUAN", "Puerto Rico") keeps on `day`
    that a table names, or None. A city known only by its IANA zone must be the dateline's last place or lie in the
    country named after it: "San Juan" is a zone in Argentina, "SAN JUAN, Puerto Rico" is not there. A country
    whose zones keep different clocks that day names none."""
    cities, countries = iana_places()
    keys = [" ".join(place.lower().split()) for place in places]
    for k, key in enumerate(keys):
        if key in named:
            return place_offset(named[key], day)
        after = keys[k + 1] if k + 1 < len(keys) else None
        if key in cities and (after is None or countries.get(after, ("",))[0] == cities[key][0]):
            return place_offset(cities[key][1], day)
        offsets = {place_offset(zone, day) for zone in countries.get(key, ("", ()))[1]}
        if len(offsets) == 1:
            return offsets.pop()
    return None


@lru_cache(maxsize=1024)
def place_offset(zone: str, day: dt.date | None) -> int | None:
    """Minutes east of UTC of a place's clock on a day (noon, local); with no day, only a clock that keeps one
    offset all year has one."""
    try:
        tz = ZoneInfo(zone)
    except (ZoneInfoNotFoundError, ValueError):
        return None
    if day is not None:
        return _noon_offset(tz, day)
    winter, summer = _noon_offset(tz, dt.date(2024, 1, 15)), _noon_offset(tz, dt.date(2024, 7, 15))
    return winter if winter == summer else None


def _noon_offset(tz: ZoneInfo, day: dt.date) -> int:
    return int(dt.datetime(day.year, day.month, day.day, 12, tzinfo=tz).utcoffset().total_seconds() // 60)
