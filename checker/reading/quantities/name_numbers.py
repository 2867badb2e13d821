"""A capitalised word right before a bare figure: a name's number ("Boeing 737", "Apollo 11"), or a word that
only stands there ("The 300", "Nearly 40"), or a party in a tally ("Labour 411, Conservatives 121"); and the other
bare figures that are no counts (an address, a number to dial, a list marker)."""
from __future__ import annotations

import re

from checker.reading.quantities import context as ctx
from checker.reading.quantities.labels import dialled_or_label
from checker.reading.quantities.state import FigureReading

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
# "passed the Senate 52 to 48": a vote, the body then its tally; "Leeds 2 Burnley 0": a score line, each side's
# name then its goals
_VOTE_NEXT = re.compile(r"[ \t]+to[ \t]+[0-9]+\b(?![.,][0-9])")
_LINE_GOES_ON = r"[ \t]*(?:[,;.)]|$)"        # a score line's figure ends a clause
_SCORE_NEXT = re.compile(rf"[ \t]+(?:[A-Z][a-z][\w'’-]*[ \t]+){{1,2}}[0-9]{{1,2}}(?={_LINE_GOES_ON})")
_SCORE_LAST = re.compile(r"\b[0-9]{1,2}[ \t]+\Z")
_SCORE_END = re.compile(_LINE_GOES_ON)


def _in_a_tally(text: str, name_start: int, start: int, end: int) -> bool:
    """Whether the figure at text[start:end], after the name at name_start, is one side of a tally ("Labour 411,
    Conservatives 121"), a vote ("the Senate 52 to 48") or a score line ("Leeds 2 Burnley 0"); a score's goals
    have one or two digits ("Boeing 737 Max 8" is no score)."""
    if _TALLY_NEXT.match(text, end) or _TALLY_LAST.search(text, max(0, name_start - 60), name_start) \
            or _VOTE_NEXT.match(text, end):
        return True
    return end - start <= 2 and bool(_SCORE_NEXT.match(text, end) or _SCORE_LAST.search(
        text, max(0, name_start - 8), name_start) and _SCORE_END.match(text, end))


def skip_as_name(text: str, lo: int, start: int, end: int | None = None) -> bool:
    """"Boeing 737", "Apollo 11": a capitalised word right before a bare figure makes it a name (not in a tally:
    "Labour 411, Conservatives 121")."""
    nm = NAME_BEFORE.search(text, lo, start)
    if nm is None:
        return False
    if end is not None and not nm.group("name").isupper() and _in_a_tally(text, nm.start(), start, end):
        return False
    name = nm.group("name")
    plain = name in PLAIN_CAPITALS or (name.isupper() and name.title() in PLAIN_CAPITALS)   # "RISES TO 1,340"
    return not plain and not ctx.month_before(text, lo, start)


# "served with 45 Commando", "3 Para", "16 Air Assault Brigade": a military formation's number, part of its name
_FORMATION_AFTER = re.compile(r"[ \t]+(?:[A-Z][a-z]+[ \t]+){0,2}(?:Commando|Para|Squadron|Regiment|Brigade|Battalion"
                              r"|Division|Wing|Flotilla|Corps|Platoon)\b")
_SIGNS = frozenset("+-\u2212")                 # "Dow Jones +312.4": a signed figure is a change, not a model number
_GROUPED = re.compile(r"[0-9]{1,3}(?:,[0-9]{3})+")     # no model or name number is grouped in thousands


def bare_figure_not_a_count(text: str, m: re.Match, r: FigureReading) -> int | None:
    """A bare number with no noun may be part of a name, an address, an age or a list marker."""
    x, lo = r.x, r.lo
    if skip_as_name(text, lo, x.start, x.end) and not _GROUPED.fullmatch(text, x.start, x.end) \
            and text[x.start:x.start + 1] not in _SIGNS \
            and not ctx.counted_as_before(text, r.x.start, r.x.end):
        return m.end()                                  # "Boeing 737", "Apollo 11"; not "Maduro 6,408,844 votes"
    if ctx.ADDRESS_AFTER.match(text, x.end) or _FORMATION_AFTER.match(text, x.end):
        return m.end()                                  # "10 Downing Street", "45 Commando"
    if dialled_or_label(text, x):
        return m.end()                                  # "call police on 101", "her bib number was 1138"
    # look back a few characters only: an unbounded rfind would make long lines quadratic
    before = text[max(0, x.start - 8):x.start]
    line_prefix = before[before.rfind("\n") + 1:] if ("\n" in before or x.start <= 8) else None
    if line_prefix is not None and line_prefix.strip(" \t*#-") == "" \
            and re.match(r"[.)](?:\s|$)", text[x.end:x.end + 2]):
        return m.end()                                  # "1. Introduction": a list marker
    return None


# "Asked how many pumps had failed, the engineer said: "Seventeen."", "Seven. That was how many fire engines were
# sent": a number standing alone as the answer to "how many" counts what was asked about
_HOW_MANY = re.compile(r"\bhow\s+many\b", re.IGNORECASE)
_ALONE_AFTER = re.compile(r"[\"”’']?[ \t]*(?:[.,!?]|$)")
HOW_MANY_REACH = 120


def answers_how_many(text: str, x) -> bool:
    """Whether a bare number word stands alone (a sentence or a quotation of its own) beside a "how many"."""
    alone = _ALONE_AFTER.match(text[x.end:x.end + 3]) is not None
    return alone and _HOW_MANY.search(text, max(0, x.start - HOW_MANY_REACH), x.end + HOW_MANY_REACH) is not None


_NOT_BEFORE = re.compile(r"\bnot\s+(?:a\s+single\s+)?\Z", re.IGNORECASE)


def negated_one(text: str, q) -> bool:
    """"Not one of the 58 crew members has been found": none, no count of one."""
    return q.text.lower() in ("one", "1") and _NOT_BEFORE.search(text, max(0, q.start - 16), q.start) is not None
