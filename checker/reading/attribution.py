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


# A figure the source itself gives as an earlier one: "an earlier toll of 210", "revised down from 130",
# "up from 22", "had initially said 238", "rose from 120 to 264" (the first figure).
_EARLIER_BEFORE = re.compile(
    r"(?:\b(?:earlier(?!\s+(?:this|last|that|in)\b)|previous(?:ly)?|initial(?:ly)?|original(?:ly)?|preliminary|"
    r"prior)\b"
    r"(?:\s+[\w'’,-]+){0,6}?|\b(?:up|down|revised(?:\s+(?:up|down)(?:wards?)?)?|raised|lowered|rose|risen|climbed|"
    r"increased|jumped|grew|fell|dropped|declined|from)\s+from)\s+(?:the\s+)?(?:[\w$€£¥₹.,-]+\s+)?\Z", re.IGNORECASE)
_CHANGE_FROM = re.compile(r"\b(?:rose|risen|rising|climbed|increased|jumped|grew|surged|soared|fell|fallen|dropped|"
                          r"declined|revised|raised|lowered|cut|upped|went)\b(?:\s+[\w'’-]+){0,4}?\s+from\s+\Z",
                          re.IGNORECASE)
_EARLIER_AFTER = re.compile(r"\A[\w\s,]{0,30}?\b(?:earlier|previously|initially|at\s+first)\b", re.IGNORECASE)
_LATER_CUE = re.compile(r"\b(?:later|now|since|then|subsequently|since\s+then)\b", re.IGNORECASE)


def superseded(text: str, start: int, end: int, sentence_start: int = 0) -> str:
    """Why the figure at text[start:end] is one the source itself gives as earlier, or ""."""
    lo = max(sentence_start, start - 80)
    before = text[lo:start]
    changed = _CHANGE_FROM.search(before)
    if changed:
        return "the source gives it as the figure before a change"
    earlier = _EARLIER_BEFORE.search(before)
    if earlier and not _LATER_CUE.search(before[earlier.start():]):
        return f"the source calls it earlier (“{' '.join(earlier.group().split())}”)"
    after = _EARLIER_AFTER.search(text, end, min(len(text), end + 40))
    if after and "," not in text[end:after.start()]:
        return "the source calls it earlier"
    return ""
