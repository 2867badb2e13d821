"""When two surnames after one given name are one person's, spelt two ways: the given name is the evidence that a
look-alike surname alone is not ("George Kurtz" / "George Kurz", "Glen Pearce" / "Glenn Pears")."""
from __future__ import annotations

import regex
from rapidfuzz.distance import Levenshtein

from checker.reading.names.spelling import COUNTRIES, fold, full_given_name

_DOUBLED = regex.compile(r"(\p{L})\1")


def one_given_name(name: str) -> str:
    """A given name keyed as one however written: its full form for a nickname ("Mike" as "michael"), a letter
    doubled or not ("Glenn" / "Glen")."""
    return _DOUBLED.sub(r"\1", full_given_name(name))


SHARED_START = 4       # letters two spellings of a surname begin with alike, to differ in two more ("Pears" / "Pearce")


def two_letters_on(a: str, b: str) -> bool:
    """A surname misspelt in its ending, two letters apart from the fourth on ("Pears" / "Pearce"): one of the
    spellings is wrong, where a ratio alone puts short names apart."""
    return a[:SHARED_START] == b[:SHARED_START] and Levenshtein.distance(a, b) <= 2


def ending_changed(a: str, b: str) -> bool:
    """A surname with its last letters changed, its first three kept ("Seiss" / "Seitz"): a misspelling where one
    given name stands before both."""
    return min(len(a), len(b)) >= SHARED_START and a[:3] == b[:3] and Levenshtein.distance(a, b) <= 2


def letter_added(given: tuple[str, ...], a: str, b: str) -> bool:
    """A person's surname with a letter more at its end: "Hodge" / "Hodges", "Balakrishna" / "Balakrishnan". An
    "s" from four letters, another letter from five, so long as the shorter is no country ("Saudi Arabia" /
    "Saudi Arabian", where the ending makes a word of it)."""
    short, long = sorted((a, b), key=len)
    if len(long) != len(short) + 1 or not long.startswith(short):
        return False
    if long[-1] == "s":
        return len(short) >= 4
    return len(short) >= 5 and short not in COUNTRIES and fold(" ".join(given + (short,))) not in COUNTRIES


def another_form(a: str, b: str) -> bool:
    """One word the other with an ending ("Officer" / "Officers", "Arabia" / "Arabian", "Israel" / "Israeli"); not
    one letter added that makes no ending ("Brand" / "Brandt": a surname misspelt)."""
    short, long = sorted((a, b), key=len)
    return long.startswith(short) and not (len(long) == len(short) + 1 and long[-1] not in "syni" and len(short) >= 4)
