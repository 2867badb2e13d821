"""What a figure counts: the plural noun after it ("six journalists"), the group it sizes ("a three-member crew",
"a team of 12 divers"), or the thing whose length it is ("the salute lasted 26 minutes"). A thing counted once
in each of two texts is most likely one fact told two ways."""
from __future__ import annotations

from collections import Counter

import regex

from checker.claims.context_words import STOP_WORDS, compound_head, stem
from checker.claims.parties import TOKEN_UNITS
from checker.reading import PERSON_NOUNS, one_spelling

# "put the number of people in Itaewon that Saturday at some 130,000", "a crew of 22": the counted noun stands
# before the bare figure
_COUNTED_BEFORE = regex.compile(r"\b(?:(?:number|total|count|tally|population)\s+of\s+(?P<noun>[\p{Ll}-]+)\b[^.;:]{0,60}?"
                                r"\b(?:at|to|was|is|stood|reached|of)|(?P<group>crew|population)\s+of)\s+"
                                r"(?:(?:about|around|some|roughly|nearly|almost|more\s+than|at\s+least)\s+)?\Z")


def counted_before(text: str, lo: int, start: int) -> str | None:
    found = _COUNTED_BEFORE.search(text, max(lo, start - 120), start)
    if found is None:
        return None
    return "people" if found.group("group") or found.group("noun") in PERSON_NOUNS else None


# "six journalists", "four shuttle buses": the plural noun in the two words after the figure ("hazardous" is no
# plural, nor "crisis" or "census")
_ANYONE = frozenset("man woman person people resident individual citizen national local".split())
_ROLE_AFTER = regex.compile(r"\s+(?P<noun>\p{Ll}{3,})\b")
_ROLE_BEFORE = regex.compile(r"\b(?P<noun>\p{Ll}{3,}),?\s+(?:aged\s+)?\Z")
# "the salute took 26 minutes", "The salute lasted 16 minutes": the thing a span is the length of
# ... "the fire burned for two days", "the blaze raged on for four", "talks that lasted three months"
LASTED_BEFORE = regex.compile(r"\b(?P<noun>\p{Ll}{4,})\s+(?:(?:that|which)\s+)?(?:(?:lasted|lasting|took|ran|went\s+on|"
                              r"continued)\s+(?:for\s+)?|\p{Ll}{3,}ed\s+(?:on\s+)?for\s+)\Z")
# "after four days of deliberation", "three days of mourning": the thing a span is the length of, named after it
SPAN_OF = regex.compile(r"\s+of\s+(?:(?:the|its|their)\s+)?(?P<noun>\p{Ll}{4,})\b")
# (plurals without an "s" too: "250 schoolchildren", "three gunmen", "two policewomen")
_PLURAL = (r"\s+(?P<noun>\p{Ll}{2,}(?<![sui]s|ous)s|\p{Ll}*children"
           r"|\p{Ll}*men(?<!specimen|regimen|abdomen|amen|stamen|(?<!w)omen|acumen|semen|hymen))\b")
_COUNTED_AFTER = regex.compile(r"(?:\s+[\p{L}-]+){0,1}?" + _PLURAL)
# "a team of 12 saturation divers", "a team of seven Norwegian deep-sea divers", "a crew of 22": a group sized
# by the figure, whose members (a noun up to two words on) say which group it is
_GROUP_BEFORE = regex.compile(r"\b(?P<noun>team|crew|squad|delegation|contingent|unit)\s+of\s+"
                              r"(?:(?:about|around|some|nearly|almost|more\s+than|at\s+least|up\s+to)\s+)?\Z")


# a body's workforce: "employs 35,000 people", "has 36,000 employees" (not "companies with at least 1,000
# employees", a threshold): one thing counted, whatever noun each source counts it by
_EMPLOYS_BEFORE = regex.compile(r"\b(?:employs|employed|employing|employ|(?:workforce|payroll)\s+of)\s+\Z")
_HAS_BEFORE = regex.compile(r"\b(?:has|had|have|having)\s+\Z")
_STAFF_AFTER = regex.compile(r"\s+(?:full-time\s+)?(?:workers|employees|staff|staffers)\b")
WORKFORCE = "workforce"


def _workforce(text: str, start: int, end: int) -> bool:
    return bool(_EMPLOYS_BEFORE.search(text, max(0, start - 30), start)
                or _HAS_BEFORE.search(text, max(0, start - 12), start) and _STAFF_AFTER.match(text, end))


def group_before(text: str, lo: int, start: int) -> str | None:
    """The group a figure sizes, named before it ("a crew of 15": crew), or None."""
    found = _GROUP_BEFORE.search(text, max(lo, start - 40), start)
    return found.group("noun") if found else None


_MEMBERS_AFTER = regex.compile(r"(?:\s+[\p{L}-]+){0,2}?" + _PLURAL)
# "a three-member crew", "the 10-storey Uranus building", "a 45m-long (150ft) alley": the thing the compound
# measures, named after it (a conversion in brackets between): the word after, or the class noun after a name
COMPOUND = regex.compile(r"-\p{L}+\Z")
_DIMENSION_AFTER = regex.compile(r"-(?:long|wide|high|tall|deep)\b")
COMPOUND_HEAD = regex.compile(r"(?:\s*\([^()\n]{1,30}\))?\s+(?P<first>\p{L}{3,})(?:\s+(?P<second>\p{L}{3,}))?\b")
GROUP_MARK = "group of "
STOREYS = frozenset({"stories", "floors"})     # a building's height, whatever the building is called


def counted_once(text: str, items: list) -> None:
    """Mark each figure with the plural noun it counts ("six journalists"), or the thing a compound measures
    ("three-member crew"), when no other figure of its text counts that: a thing counted once in each of two
    sources is most likely one fact ("six journalists" beaten, "seven journalists" assaulted)."""
    nouns = {}
    for item in items:
        m = item.mention
        after = _DIMENSION_AFTER.match(text, m.end)
        group = m.kind != "age" and (after or COMPOUND.search(m.text))
        if group and m.unit and one_spelling(m.unit) in STOREYS:    # "12-story condominium", "13-storey block"
            noun, group = "story", False
            item.words |= {noun}
        elif group:
            found = COMPOUND_HEAD.match(text, after.end() if after else m.end, m.end + 60)
            noun = stem(compound_head(found.group("first"), found.group("second"))) if found else ""
            if len(noun) >= 4 and noun not in STOP_WORDS:
                item.words |= {noun}          # past a conversion in brackets, beyond the words of its own
        elif m.unit in TOKEN_UNITS:
            nouns[id(item)] = m.unit.lower()
            continue
        elif m.kind == "count" and _workforce(text, m.start, m.end):
            noun = WORKFORCE
            item.words |= {noun}
        elif m.kind == "count" and (team := _GROUP_BEFORE.search(text, max(0, m.start - 40), m.start)):
            members = _MEMBERS_AFTER.match(text, m.end, m.end + 50)
            noun, group = stem(members.group("noun") if members else team.group("noun")), True
            item.words |= {noun}
        elif m.kind == "age":
            # whose age: "their 59-year-old son", "and their son, aged 56" (one son in each text: one fact); not
            # "a 30-year-old man", one of any number
            # ("A British girl aged six was among them": the noun before, where the word after is no noun of its)
            found = next((f for f in (_ROLE_AFTER.match(text, m.end),
                                      _ROLE_BEFORE.search(text, max(0, m.start - 40), m.start))
                          if f and stem(f.group("noun")) in item.words), None)
            noun = stem(found.group("noun")) if found and found.group("noun") not in _ANYONE else ""
        elif item.dimension.startswith("duration") and \
                (lasted := LASTED_BEFORE.search(text, max(0, m.start - 40), m.start)
                 or SPAN_OF.match(text, m.end, m.end + 40)) is not None:
            noun, group = stem(lasted.group("noun")), True      # the length of one thing, as a group's size is
        else:
            found = _COUNTED_AFTER.match(text, m.end, m.end + 40)
            noun = stem(found.group("noun")) if found else ""
        shortest = 3 if m.kind == "age" else 4         # a son, a boy
        nouns[id(item)] = (GROUP_MARK if group else "") + noun if len(noun) >= shortest and noun in item.words else ""
    # "thousands of addresses" does not count them: "51 Ethereum addresses" is still the one count of addresses
    seen = Counter(noun for item in items if item.mention.qualifier != "vague" for noun in [nouns[id(item)]])
    for item in items:
        noun = nouns[id(item)]
        item.counted = noun if noun and seen[noun] == 1 and item.mention.qualifier != "vague" else ""


def other_groups(a, b) -> bool:
    """Whether two counts size two groups of other members (a team of divers, a team of engineers); not two
    measures, where the compound's noun is the thing measured ("the 21-foot craft", "the 22-foot Titan")."""
    return a.dimension.startswith("count") and a.counted.startswith(GROUP_MARK) \
        and b.counted.startswith(GROUP_MARK) and a.counted != b.counted
