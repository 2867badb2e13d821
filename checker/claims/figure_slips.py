"""Slips a desk makes typing a figure: two figures this far apart are one fact told wrong, not two facts."""
from __future__ import annotations

import math


def digit_slip(x: float, y: float) -> bool:
    """Whether two figures are the same digits a power of ten apart ("$488.5 million" / "$48.8 million", "$5,000" /
    "$50,000"): a zero dropped or a point moved, the slip a desk makes most, not two facts."""
    ratio = math.log10(max(x, y) / min(x, y))
    return round(ratio) >= 1 and abs(ratio - round(ratio)) < 0.005


def digit_twin(x: float, y: float) -> bool:
    """Whether two whole figures of three digits or more are one digit apart or two neighbouring digits swapped
    ("231" / "131", "4,200" / "2,400"): the slip a desk makes typing a figure, however far apart the sizes."""
    if x != int(x) or y != int(y) or min(x, y) < 100:
        return False
    a, b = str(int(x)), str(int(y))
    if len(a) != len(b):
        return False
    apart = [k for k in range(len(a)) if a[k] != b[k]]
    return len(apart) == 1 or len(apart) == 2 and apart[1] == apart[0] + 1 and a[apart[0]] == b[apart[1]] \
        and a[apart[1]] == b[apart[0]]
