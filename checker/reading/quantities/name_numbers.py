"""A capitalised word right before a bare figure: a name's number ("Boeing 737", "Apollo 11"), or a word that
only stands there ("The 300", "Nearly 40"), or a party in a tally ("Labour 411, Conservatives 121")."""
from __future__ import annotations

import re

from checker.reading.quantities.context import month_before

NAME_BEFORE = re.compile(r"\b(?P<name>[A-Z][A-Za-z]*)[ \t\u00a0]+\Z")

# Capitalised words that may stand before a figure without making it part of a name.
PLAIN_CAPITALS = frozenset(
    "The A An And But Or Of In On At By With For From To Only Just Another All Some About Over Nearly "
    "Almost Around Those These Its Their His Her Our Your My Roughly Up Than When While Since After Before "
    "Until Last Next First Approximately Least Most Total Additional Further Still Killing Leaving "
    "Including Fewer Less More Estimated Under Every Each Both If As So Yet Then There Here It We They He "
    "She I You Where Why How What Which Who That This Also Even Now Today Another Exactly Precisely "
    "Barely Nearly Perhaps Maybe Possibly Reportedly Officially Another Additionally "
    # a fact box's labels: "Injured 48 | Dead 7"
    "Dead Deaths Killed Injured Wounded Hurt Missing Arrested Detained Evacuated Displaced Rescued Survivors "
    "Casualties Victims".split())


# "Seats won: Labour 411, Conservatives 121, Liberal Democrats 72": a tally, each name then its figure
_TALLY_NEXT = re.compile(r"[ \t]*,[ \t]+(?:and[ \t]+)?(?:[A-Z][a-z][\w'’-]*[ \t]+){1,3}[0-9]")
_TALLY_LAST = re.compile(r"[0-9][ \t]*,[ \t]+(?:and[ \t]+)?(?:[A-Z][a-z][\w'’-]*[ \t]+){0,2}\Z")


def skip_as_name(text: str, lo: int, start: int, end: int | None = None) -> bool:
    """"Boeing 737", "Apollo 11": a capitalised word right before a bare figure makes it a name (not in a tally:
    "Labour 411, Conservatives 121")."""
    nm = NAME_BEFORE.search(text, lo, start)
    if nm is None:
        return False
    if end is not None and not nm.group("name").isupper() and (
            _TALLY_NEXT.match(text, end) or _TALLY_LAST.search(text, max(0, nm.start() - 60), nm.start())):
        return False
    name = nm.group("name")
    plain = name in PLAIN_CAPITALS or (name.isupper() and name.title() in PLAIN_CAPITALS)   # "RISES TO 1,340"
    return not plain and not month_before(text, lo, start)
