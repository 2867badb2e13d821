"""Who a figure comes from and when it was true, as the sentence says.

"286 people were killed, according to the health ministry" -> "the health ministry";
"the toll stood at 45 as of Tuesday" -> "as of Tuesday". Kept with each mention
and shown in the Evidence sheet, so a variance between sources that cite
different authorities or different days can be read as such.
"""
from __future__ import annotations

import re

_ACCORDING = re.compile(r"\baccording\s+to\s+((?:[^\s,.;:()]+\s*){1,8}?)(?=[,.;:()]|\s+(?:which|that|who|and|on|in|as)\b|$)",
                        re.IGNORECASE)
_SAID = re.compile(
    r"\b((?:the\s+)?(?:[\w'’-]+\s+){0,3}?(?:ministry|officials?|authorities|police|military|army|government|"
    r"rescuers|rescue\s+services|spokes(?:man|woman|person)|medics|doctors|hospital|UN|WHO|Red\s+Cross|"
    r"AFP|Reuters|AP|[A-Z][a-z]+(?:\s+[A-Z][a-z]+){0,2}))\s+(?:said|says|reported|told|announced|confirmed|estimated)\b")
_TALLY = re.compile(r"\b((?:an?\s+)?(?:AFP|Reuters|AP|UN|official|government|hospital)\s+(?:tally|count|toll|figures?|estimate))\b",
                    re.IGNORECASE)
_AS_OF = re.compile(r"\b((?i:as\s+of|as\s+at|by|on|until)\s+(?:late\s+|early\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|"
                    r"Saturday|Sunday|yesterday|today|tonight|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2})"
                    r"(?:\s+(?:morning|afternoon|evening|night))?)\b")
# Words that end a name-like speaker without being a source ("Putin said" is a
# speaker, "Last month said" is not).
_NOT_SOURCES = {"it", "he", "she", "they", "this", "that", "which", "who"}


def attribution_of(sentence: str) -> str:
    for pattern in (_ACCORDING, _TALLY, _SAID):
        match = pattern.search(sentence)
        if match and match.group(1).strip().lower() not in _NOT_SOURCES:
            return " ".join(match.group(1).split())
    return ""


def as_of(sentence: str) -> str:
    match = _AS_OF.search(sentence)
    return " ".join(match.group(1).split()) if match else ""
