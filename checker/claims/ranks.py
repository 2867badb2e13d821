"""What an ordinal ranks, where a source can get the rank wrong."""
from __future__ import annotations

import regex

# What an ordinal ranks, when it is a fact a source can get wrong: a rank ("the world's third-largest steelmaker",
# "the second-biggest theft"), a floor, a century; not one of a series of events ("the second quake", "the first
# round", "a seventh day of action", "a second time"), which says which one is meant, and which a source may well
# tell of another one of the series
_RANKED = regex.compile(r"(?:-|\s+)(?:(?P<rank>largest|biggest|deadliest|worst|highest|lowest|busiest|richest|"
                        r"longest|tallest|oldest|most\b)|(?P<noun>floor|stor(?:e)?y|century|"
                        r"arrondissement|anniversary)\b)", regex.IGNORECASE)


def ranked_noun(text: str, end: int) -> str:
    """"rank", the noun an ordinal ranks ("floor", "century"), or "" when it ranks no such thing."""
    found = _RANKED.match(text, end) if text else None
    if found is None:
        return ""
    if found.group("rank"):
        return "rank"
    noun = found.group("noun").lower()
    return "floor" if noun.startswith("stor") else noun
