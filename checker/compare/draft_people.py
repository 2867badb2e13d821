"""A person the draft names with the sources' given name and another surname: "Mayor Trent Conway" where the
sources write "Trent Conaway", "Victor Escalona" for "Victor Escalon", "Evelyn Salazar" for "Evelyn Salgado".

The name groups compare spellings of one word; a surname that is also another name in the story ("Conway,
Pennsylvania"), a letter added at the end, or a surname swapped for a like one escape them. A full name is
firmer evidence: the sources give one person of that given name, with a surname like the draft's, and never
the draft's; the draft's row is `contradicted`. Names the sources also write, or given names they give to
several people, get no row.
"""
from __future__ import annotations

from collections import defaultdict

import regex
from rapidfuzz import fuzz

from checker.compare.draft_text import row
from checker.compare.name_findings import UMLAUT_AS_E, sentence_around
from checker.reading.names import CALENDAR, COMMON, TITLES, fold

_FULL_NAME = regex.compile(r"(?<![\p{L}'’.-])(?P<given>\p{Lu}\p{Ll}{2,})[ \t]+(?P<surname>\p{Lu}[\p{L}'’-]{2,}?)"
                           r"(?:['’]s)?(?![\p{L}'’-])")      # "Coast Guard's" is the Coast Guard
LIKE_SURNAME = 50          # rapidfuzz ratio of two surnames one of which the draft put for the other ("salazar" /
#                            "salgado" 57, "conway" / "conaway" 92); two people's are further apart ("smith" /
#                            "kerry" 0)
LIKE_PREFIX = 3            # ... or the letters they begin with alike


def _full_names(text: str) -> list[regex.Match]:
    return [m for m in _FULL_NAME.finditer(text, overlapped=True)
            if fold(m.group("given")) not in COMMON | TITLES | CALENDAR
            and fold(m.group("surname")) not in COMMON | CALENDAR
            and not (fold(m.group("surname")) in TITLES and _NAME_AFTER.match(text, m.end()))]


# "Georgia Gov. Nathan Deal", "Georgia Governor Nathan Deal": a place and a title before the name, no full name
_NAME_AFTER = regex.compile(r"\.?[ \t]+\p{Lu}")


def _alike(a: str, b: str) -> bool:
    return a[:LIKE_PREFIX] == b[:LIKE_PREFIX] or fuzz.ratio(a, b) >= LIKE_SURNAME


def draft_person_rows(draft_text: str, sources: list[tuple[str, str]], display: dict[str, str],
                      judged: list[tuple[int, int]]) -> list[dict]:
    """A `contradicted` row for each full name of the draft whose surname no source gives that given name, where
    the sources give it one surname like it. `sources`: (label, text); `judged`: spans other rows speak for."""
    surnames: dict[str, dict[str, tuple[str, set[str]]]] = defaultdict(dict)   # given -> surname -> (as written, sources)
    for label, text in sources:
        for m in _full_names(text):
            written, labels = surnames[fold(m.group("given"))].setdefault(fold(m.group("surname")),
                                                                          (m.group("surname"), set()))
            labels.add(label)
    rows, seen = [], set()
    for m in _full_names(draft_text):
        given, surname = fold(m.group("given")), fold(m.group("surname"))
        theirs = surnames.get(given, {})
        if surname in theirs or (given, surname) in seen or any(a < m.end() and m.start() < b for a, b in judged):
            continue
        like = [s for s in theirs if _alike(s, surname)]
        if len(like) != 1 or fold(theirs[like[0]][0].translate(UMLAUT_AS_E)) == surname:
            continue            # "Jaeger" is "Jäger" written without the letter: the house style's, not a misspelling
        seen.add((given, surname))
        written, labels = theirs[like[0]]
        right = f"{m.group('given')} {written}"
        says = f"{right}: " + ", ".join(display.get(s, s) for s in sorted(labels))
        rows.append(row("name", right, m.group(), "contradicted", [], sorted(labels), says,
                        sentence_around(draft_text, m.start(), m.end()), m.start(), m.end(), right))
    return rows
