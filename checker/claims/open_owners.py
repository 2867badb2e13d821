"""Whose figure an open figure is: two owners' figures (two places' distances, two people's ages) are two facts,
however alike the words around them (see open_claims)."""
from __future__ import annotations

from checker.claims.open_figures import AGE_OF


def other_owners(a: str, b: str) -> bool:
    """Whether two figures are told of two owners: two places, two ends of a journey, two people ("his son
    Suleman, 19" and "Suleman Dawood, 19" are one; "Louis Marsh" and "Margaret Marsh" two)."""
    if not a or not b or a == b:
        return False
    if a.startswith(AGE_OF) and b.startswith(AGE_OF):
        x, y = a[len(AGE_OF):].split(), b[len(AGE_OF):].split()
        if len(x) >= 2 and len(y) >= 2 and x[-1] == y[-1] and x[0] not in y and y[0] not in x \
                and not (x[0].startswith(y[0]) or y[0].startswith(x[0])):
            return True                     # "Louis Marsh" and his mother "Margaret Marsh": two people
        return not set(x) & set(y)
    return True


def anothers_age(owned, other) -> bool:
    """"Reeva Steenkamp (29)" and "The 28-year-old, who shot Ms Steenkamp": an age written against one person and
    an age whose sentence names that person away from it are two people's ages."""
    if not owned.owner.startswith(AGE_OF) or other.owner:
        return False
    words = owned.owner[len(AGE_OF):].split()
    return any(any(w in item.named_apart for w in words) and not any(w in item.named_right for w in words)
               for item in other.members)
