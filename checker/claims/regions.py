"""Towns placed in a region: "Madison, Illinois" in one source, "Madison, Indiana" in another.

A town's name is often shared by towns in other states, so copy places it with the region after a
comma; a source that puts the story's town in the wrong one has the wrong place, however alike the
rest. Each source's towns with their regions become slot claims (`where:<town>`, see slots.py),
the region written out in full ("Ill." is Illinois) so that house abbreviations agree.
"""
from __future__ import annotations

from pathlib import Path

import regex
import yaml

from checker.claims.document import Document
from checker.reading.names import COUNTRIES, fold

REGIONS_PATH = Path(__file__).resolve().parents[1] / "data" / "regions.yaml"


def _load(path: Path = REGIONS_PATH) -> dict[str, str]:
    """Each way of writing a region (full name, abbreviation) to its full name."""
    with open(path, encoding="utf-8") as fh:
        table = yaml.safe_load(fh) or {}
    return {written: str(region) for region, short in table.items() for written in [str(region), *(short or [])]}


_FULL = _load()
REGIONS = frozenset(_FULL.values())          # the regions' full names
# a country or a state: it holds the towns the other sources name, no other place (countries.yaml, read once by
# the name reader)
BROAD = COUNTRIES | frozenset(fold(r) for r in REGIONS)
# countries their capital is named for: where a ship is bound or a family lives, "Singapore" is a city as Colombo is
CITY_COUNTRIES = frozenset({"singapore", "monaco", "luxembourg", "kuwait", "djibouti", "panama", "guatemala",
                            "san marino", "vatican", "vatican city", "hong kong", "macau", "macao"})
_REGION = "|".join(regex.escape(w) for w in sorted(_FULL, key=len, reverse=True))
# the town: up to three capitalised words before the comma; the region: one of the table's, not a longer name
# ("Georgia Tech", "New York Times")
_TOWN_IN_REGION = regex.compile(rf"(?<![\p{{L}}'’.-])(?P<town>\p{{Lu}}[\p{{Ll}}'’.-]+(?:\s\p{{Lu}}[\p{{Ll}}'’.-]+){{0,2}}),"
                                rf"\s(?P<region>{_REGION})(?![\p{{L}}'’-]|\s\p{{Lu}}|\.\p{{L}})")
_NOT_TOWN_WORDS = frozenset("the in at from on to near of and for by outside inside via".split())
REGION_SIDE = "region"


def region_of(written: str) -> str:
    """'Madison, Ill.' -> 'Madison, Illinois'."""
    town, _, region = written.rpartition(", ")
    return f"{town}, {_FULL.get(region, region)}"


def town_regions(doc: Document) -> dict[tuple[str, str], tuple[int, int]]:
    """(REGION_SIDE, town) -> where this source first places the town in a region; a town placed in two
    regions by one source is two towns, and left out."""
    placed: dict[str, tuple[tuple[int, int], set[str]]] = {}
    for m in _TOWN_IN_REGION.finditer(doc.text):
        words = m.group("town").split()
        while words and words[0].lower() in _NOT_TOWN_WORDS:
            words.pop(0)
        if not words:
            continue
        start = m.end("town") - len(" ".join(words))
        town = " ".join(words).lower()
        span, regions = placed.setdefault(town, ((start, m.end()), set()))
        regions.add(_FULL[m.group("region")])
    return {(REGION_SIDE, town): span for town, (span, regions) in placed.items() if len(regions) == 1}
