"""Who holds an office a text names without a name beside it: "the 72-year-old Premier" is the "Prime Minister
Ranil Wickremesinghe" of the text's first paragraphs."""
from __future__ import annotations

from functools import lru_cache

import regex

from checker.reading.names import COMMON, fold

NAME_WORD = r"\p{Lu}[\p{L}\p{M}'’-]+"
# the small words inside a name: "Darcy Dias da Cunha", "Ursula von der Leyen"
NAME_GAP = (r"[ \t\u00a0]+(?:(?:da|de|do|dos|das|di|du|del|della|van|von|der|den|ter|bin|ibn|al|el|la|le)"
            r"[ \t\u00a0]+){0,2}")

# "the 72-year-old Premier", "the 77-year-old president": an office, held by the person the text names with it
_OFFICE_AFTER = regex.compile(r"[ \t\u00a0]+(?P<office>(?i:prime[ \t]+minister|premier|president|governor|mayor|"
                              r"chancellor|king|queen|pope))\b(?![ \t\u00a0]+\p{Lu})")
_SAME_OFFICE = {"premier": "prime minister"}
_HOLDER_AFTER = rf"[ \t\u00a0]+(?P<name>{NAME_WORD}(?:{NAME_GAP}{NAME_WORD}){{1,3}})"


@lru_cache(maxsize=16)
def _holder_pattern(office: str) -> regex.Pattern:
    names = sorted({office} | {w for w, same in _SAME_OFFICE.items() if same == office})
    alternatives = "|".join(w.replace(" ", r"[ \t]+") for w in names)
    return regex.compile(rf"\b(?i:{alternatives}){_HOLDER_AFTER}")


def office_holder(text: str, end: int) -> list[str]:
    """The name the text gives the holder of the office right after an age ("the 72-year-old Premier": the "Prime
    Minister Ranil Wickremesinghe" of its first paragraphs); [] when none or two are named with it."""
    office = _OFFICE_AFTER.match(text, end)
    if office is None:
        return []
    key = " ".join(office.group("office").lower().split())
    key = _SAME_OFFICE.get(key, key)
    holders = {tuple(fold(m.group("name")).split()) for m in _holder_pattern(key).finditer(text)}
    holders = {h for h in holders if h and h[-1] not in COMMON}
    surnames = {h[-1] for h in holders}
    return list(max(holders, key=len)) if len(surnames) == 1 else []
