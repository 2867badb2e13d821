"""Whom a spelled number counts when no noun follows it: people told of just before or after it."""
from __future__ import annotations

import re

from checker.reading.quantities import context as ctx

# "a father of seven", "the mother-of-three": a parent's children, counted by the number after "of"
_PARENT_OF_BEFORE = re.compile(r"\b(?:father|mother|parent|dad|mum|mom|grandfather|grandmother|grandparent)"
                               r"(?:\s+|-)of(?:\s+|-)\Z", re.IGNORECASE)
_REACH = 24


def people_counted(text: str, start: int, end: int) -> tuple[str, str, bool] | None:
    """(noun, unit, whether they are the story's people) that a spelled number with no noun of its own counts:
    "seven of them children" (see context.person_of_them), "a father of seven" (a family's children, in a unit of
    their own: a toll or a crowd is never one); None when it counts no one it names."""
    if _PARENT_OF_BEFORE.search(text, max(0, start - _REACH), start):
        return "children", "children of a parent", False
    noun = ctx.person_of_them(text, end)
    return (noun, "people", True) if noun else None
