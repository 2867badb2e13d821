"""How far apart two open facts' figures are: near enough to need few words in common, too far to be one fact,
a time of day told on another day. A node is any open fact with a dimension, words, a size, a day and members."""
from __future__ import annotations

from checker.claims.context_words import CLOCK_MARK
from checker.claims.figure_slips import digit_slip, digit_twin

NEAR_RATIO = 1.3
TWICE = 2.0                # figures of one thing counted once in each text, within this of each other, are one
FAR_RATIO = 3.0            # figures further apart than this are two facts, however alike their words
YEARS_APART = 3            # two sources' years further apart than this are two events (a draft's is set against them)
TIME_NEAR = 180            # minutes: times of day this close are told of one moment more often than of two
TIME_FAR = 120             # ... and further apart than this, of two (a time zone off is an hour or two)


def told_on_other_days(a, b) -> bool:
    """Whether two times of day are told on two different days: most often two moments ("viewing ends at 7 p.m.
    on Friday", "placed in the coffin at 20:00 on Monday"), so they pair only on the words of one fact. A day
    apart is as often one moment told wrong, or on two clocks ("11:10 p.m. Thursday", "0310 GMT Friday")."""
    # weekdays, not days: "would run out Thursday", read as of Tuesday, is easily a week off
    if a.day is None or b.day is None or a.day % 7 == b.day % 7:
        return False
    if with_draft(a, b):
        return False              # a draft's time is set against the sources' even where its day is wrong too
    return (a.day - b.day) % 7 not in (1, 6)


def with_draft(a, b) -> bool:
    """Whether the draft tells either of two facts: its figure is set against the sources' more loosely."""
    return any(m.mention.role == "draft" for m in a.members + b.members)


def figures_near(a, b) -> bool:
    """Whether two facts give figures of a size ("$68.7 billion" and "$75bn" to buy one company): the words
    around them then need agree less, since two facts sharing names, words and size are rarely two facts."""
    if a.dimension.startswith("date"):
        return False                     # a day number has no size to be near in
    if a.dimension.startswith("time"):
        gap = abs(a.size - b.size) % 1440
        return min(gap, 1440 - gap) <= TIME_NEAR
    x, y = abs(a.size), abs(b.size)
    return figures_within(a, b, NEAR_RATIO) or min(x, y) > 0 and digit_twin(x, y)


def figures_within(a, b, ratio: float) -> bool:
    """Whether two facts' figures are within `ratio` of each other."""
    return sizes_within(abs(a.size), abs(b.size), ratio)


def sizes_within(x: float, y: float, ratio: float) -> bool:
    return min(x, y) > 0 and max(x, y) <= ratio * min(x, y)


def figures_far(a, b) -> bool:
    """Whether two figures are too far apart to be one fact told two ways ("some 4,000 people" at a station, "some
    150,000" in its town; a $130,000 payment and its $420,000 reimbursement): sources rarely disagree by more than
    FAR_RATIO, or TIME_FAR minutes for a time of day. Dates have no such size."""
    if a.dimension.startswith("time"):
        # two sources' times of day hours apart are two moments (the march set off, the march ended) far more often
        # than one told wrong; a draft's is set against the sources' however far off it is
        gap = abs(a.size - b.size) % 1440
        return not with_draft(a, b) and min(gap, 1440 - gap) > TIME_FAR \
            and not same_clock(a, b)                                       # "7:08 a.m." / "7:08 p.m."
    if a.dimension.startswith("date"):     # a day number has no size; years YEARS_APART apart are two events
        return a.dimension == "date:year" and abs(a.size - b.size) > YEARS_APART * 366 and not with_draft(a, b)
    x, y = abs(a.size), abs(b.size)
    return min(x, y) > 0 and max(x, y) > FAR_RATIO * min(x, y) and not digit_slip(x, y)


def same_clock(a, b) -> bool:
    """Whether two times of day tell one minute off the quarter hours, or twelve hours apart (see open_times)."""
    return any(w.startswith(CLOCK_MARK) for w in a.words & b.words)
