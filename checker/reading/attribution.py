"""Who a figure comes from and when it was true, as the sentence says.

"286 people were killed, according to the health ministry" -> "the health ministry";
"the toll stood at 45 as of Tuesday" -> "as of Tuesday". Kept with each mention
and shown in the Evidence sheet, so a variance between sources that cite
different authorities or different days can be read as such.
"""
from __future__ import annotations

import re
from functools import lru_cache

# A word is taken whole (possessive ++): a word split at every letter would make a long token backtrack
# for minutes (found by the fuzz run: "according to" then ten long words).
_ACCORDING = re.compile(r"\baccording\s+to\s+((?:[^\s,.;:()]++\s*){1,8}?)(?=[,.;:()]|\s+(?:which|that|who|and|on|in|as)\b|$)",
                        re.IGNORECASE)
_SAID = re.compile(
    r"\b((?:the\s+)?(?:[\w'’-]+\s+){0,3}?(?:ministry|officials?|authorities|police|military|army|government|"
    r"rescuers|rescue\s+services|spokes(?:man|woman|person)|medics|doctors|hospital|UN|WHO|Red\s+Cross|"
    # a name's letters may be Latin letters beyond ASCII ("Körner said", "Doğan said"); explicit ranges, which
    # the engine scans for as fast as [A-Z]
    r"AFP|Reuters|AP|[A-ZÀ-ÖØ-ÞĀ-Ž][a-zß-öø-ÿĀ-ž]+(?:\s+[A-ZÀ-ÖØ-ÞĀ-Ž][a-zß-öø-ÿĀ-ž]+){0,2}))\s+"
    r"(?:said|says|reported|told|announced|confirmed|estimated)\b")
_TALLY = re.compile(r"\b((?:an?\s+)?(?:AFP|Reuters|AP|UN|official|government|hospital)\s+(?:tally|count|toll|figures?|estimate))\b",
                    re.IGNORECASE)
_AS_OF = re.compile(r"\b((?i:as\s+of|as\s+at|by|on|until)\s+(?:late\s+|early\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|"
                    r"Saturday|Sunday|yesterday|today|tonight|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2})"
                    r"(?:\s+(?:morning|afternoon|evening|night))?)\b")
# Words that end a name-like speaker without being a source ("Putin said" is a
# speaker, "Last month said" is not).
_NOT_SOURCES = {"it", "he", "she", "they", "this", "that", "which", "who", "an", "a", "the"}  # ("An estimated 1,600")


@lru_cache(maxsize=4096)  # every figure of a sentence asks the same
def attribution_of(sentence: str) -> str:
    for pattern in (_ACCORDING, _TALLY, _SAID):
        match = pattern.search(sentence)
        if match and match.group(1).strip().lower() not in _NOT_SOURCES:
            return " ".join(match.group(1).split())
    return ""


@lru_cache(maxsize=4096)
def as_of(sentence: str) -> str:
    match = _AS_OF.search(sentence)
    return " ".join(match.group(1).split()) if match else ""


# A figure the source itself gives as an earlier one: "an earlier toll of 210", "revised down from 130",
# "up from 22", "had initially said 238", "rose from 120 to 264" (the first figure).
_EARLIER_BEFORE = re.compile(
    r"(?:\b(?:earlier(?!\s+(?:this|last|that|in)\b)|previous(?:ly)?|initial(?:ly)?|original(?:ly)?|preliminary|"
    r"prior|at\s+first(?!\s+(?:light|sight|glance|hand)\b))\b"
    r"(?P<gap>(?:\s+[\w'’,-]+){0,6}?)|\b(?:up|down|revised(?:\s+(?:up|down)(?:wards?)?)?|raised|lowered|rose|risen|climbed|"
    r"increased|jumped|grew|fell|dropped|declined|from)\s+from)\s+(?:the\s+)?(?:[\w$€£¥₹.,-]+\s+)?\Z", re.IGNORECASE)
_CHANGE_FROM = re.compile(r"\b(?:rose|risen|rising|climbed|increased|jumped|grew|surged|soared|fell|fallen|dropped|"
                          r"declined|revised|raised|lowered|cut|upped|went)\b(?:\s+[\w'’-]+){0,4}?\s+from\s+\Z",
                          re.IGNORECASE)
# "the toll had stood at six on Wednesday": a figure the sentence sets in the past of its past
_HAD_STOOD = re.compile(r"\bhad\s+(?:stood|been|remained)\s+at\s+(?:the\s+)?\Z", re.IGNORECASE)
# "confirmed 36 deaths on Thursday, before raising the figure again": the source goes on to a later figure
_CHANGED_AFTER = re.compile(r"\A(?:[^.;]|\.(?!\s+(?-i:[A-Z]))){0,60}?\bbefore\s+"
                            r"(?:(?:raising|revising|lowering|increasing|updating|changing)\b"
                            r"|(?:it|the\s+(?:figure|toll|count|number))\s+(?:was\s+)?"
                            r"(?:raised|revised|lowered|increased|updated|changed|rose|climbed|fell)\b)", re.IGNORECASE)
# "the toll stood at nine, and it climbed through the evening", "... but the figure later rose to 19": the source
# goes on to say its figure rose
_ROSE_AFTER = re.compile(r"\A[^.;]{0,40}?,?\s+(?:and|but)\s+(?:it|the\s+(?:figure|toll|count|number|tally))\s+"
                         r"(?:(?:later|then|since|soon|quickly|steadily)\s+)?(?:has\s+|had\s+)?"
                         r"(?:rose|risen|climbed|grew|grown|increased|jumped|was\s+(?:raised|revised|increased))\b",
                         re.IGNORECASE)
# "first estimated the magnitude at 6.8 and revised it to 7.1": the first figure of a reading the source revised
# (not "first reported at 6:18 p.m.": when a fire was first reported is no reading)
_FIRST_READING = re.compile(r"\b(?:first|initially)\s+(?:estimated|put|measured|gave|assessed|calculated)\b"
                            r"(?:\s+[\w'’-]+){0,3}?\s+(?:at|as)\s+(?:magnitude\s+)?\Z", re.IGNORECASE)
_REVISED_AFTER = re.compile(r"\s*(?:,\s*)?(?:and|but|before)\s+(?:later\s+|then\s+|quickly\s+)?"
                            r"(?:revised|raised|lowered|upgraded|downgraded|updated|corrected)\s+(?:it|that|this)\b",
                            re.IGNORECASE)
# "First reports on Tuesday spoke of five dead", "Early copies of Wednesday's paper reported that 12 had
# survived": what was said before the source knew better
_EARLY_REPORTS = re.compile(r"\b(?:first|early|initial)\s+(?:(?:news|media|press)\s+)?(?:reports?|accounts?|copies|"
                            r"editions|estimates?|figures?|counts?)\b(?:\s+[\w'’,-]+){0,5}?\s+(?:spoke\s+of|said|"
                            r"put|gave|reported|suggested|mentioned|listed|counted|indicated|claimed|had)"
                            r"(?:\s+(?:that|at|of|as))?\s+\Z", re.IGNORECASE)
_EARLIER_AFTER = re.compile(r"\A[\w\s,]{0,30}?\b(?:earlier|previously|initially|at\s+first)\b", re.IGNORECASE)
# "slightly larger than the 1.27 million counted in January": a figure of reference, not one claimed now
# "slightly above the 1.27 million it counted on Jan. 31", "compared with the 2.8 million of January" too
_COMPARED_WITH = re.compile(r"\b(?:(?:more|less|fewer|greater|higher|lower|larger|smaller|bigger|above|below)\s+than|"
                            r"above|below|exceeding|surpassing|compared\s+(?:with|to)|against)\s+"
                            r"(?:the|its|their|our)\s+(?:[\w-]+\s+)?\Z", re.IGNORECASE)
# "a week earlier, the ministry had counted 480,000": the figure of an earlier day of the story, told beside
# today's ("last month, 286 were killed" is when an event happened, and is left to the events)
_EARLIER_TIME = re.compile(r"\b(?:(?:a|one|two|three|four|five|six|several|a\s+few)\s+(?:days?|weeks?|months?)"
                           r"\s+earlier|the\s+(?:previous|prior)\s+(?:day|week)"
                           # "Key had at that stage put the toll at 65": the figure as it stood then
                           r"|at\s+that\s+(?:stage|point|time))\b", re.IGNORECASE)
_LATER_CUE = re.compile(r"\b(?:later|now|since|then|subsequently|eventually|finally|ultimately|instead)\b",
                        re.IGNORECASE)

# "The interior minister later raised the death toll to 80": the figure a source changed its own earlier one to
_CHANGED_TO = re.compile(r"\b(?:later|since|subsequently|then|now)\s+(?:(?:has|have|had)\s+)?(?:raised|revised|lowered|"
                         r"updated|increased|upped|corrected|put)\s+(?:the|its|their|this|that)\s+(?:[\w-]+\s+){0,2}?"
                         r"(?:toll|figure|number|count|estimate|tally)\s+(?:(?:up|down)(?:wards?)?\s+)?(?:to|at)\s+\Z",
                         re.IGNORECASE)
# "bringing the number of fatalities to 11", "taking the death toll to 80": the figure the source's own toll became
# (not "bringing the overall death toll to 14": a sum of the figures before it, which stand)
_BROUGHT_TO = re.compile(r"\b(?:bringing|taking|pushing|raising|lifting)\s+(?:the|its|their)\s+"
                         r"(?:(?!(?:overall|total|combined|cumulative)\b)[\w-]+\s+){0,2}?"
                         r"(?:toll|figure|number|count|tally)(?:\s+of\s+[\w-]+){0,2}\s+to\s+\Z", re.IGNORECASE)


def changed_to(text: str, start: int, sentence_start: int = 0) -> str:
    """The words by which the source gives the figure at text[start:] as the one it changed its own earlier
    figure to ("later raised the death toll to"), or ""."""
    lo = max(sentence_start, start - 80)
    found = _CHANGED_TO.search(text, lo, start) or _BROUGHT_TO.search(text, lo, start)
    return " ".join(found.group().split()) if found else ""


_DIGIT = re.compile(r"\d")
# "Correction: An earlier version of this article said the tower had 23 storeys": the figure the source retracts
_RETRACTED = re.compile(r"\b(?:earlier|previous|original)\s+version\s+of\s+this\s+(?:article|story|report|item|post)\b"
                        r"[^.!?\n]*\Z", re.IGNORECASE)


def superseded(text: str, start: int, end: int, sentence_start: int = 0) -> str:
    """Why the figure at text[start:end] is one the source itself gives as earlier, or ""."""
    lo = max(sentence_start, start - 80)
    before = text[lo:start]
    if _RETRACTED.search(text, max(sentence_start, start - 200), start):
        return "the source retracts it (“an earlier version of this article …”)"
    changed = _CHANGE_FROM.search(before)
    if changed:
        return "the source gives it as the figure before a change"
    if _COMPARED_WITH.search(before):
        return "the source compares with it (“above the …”), it does not claim it"
    earlier = _EARLIER_BEFORE.search(before)
    # "initially fixed for 3pm, ... at 4pm": a figure between the cue and this one is the one the cue calls earlier
    if earlier and not _LATER_CUE.search(before[earlier.start():]) and not _DIGIT.search(earlier.group("gap") or ""):
        return f"the source calls it earlier (“{' '.join(earlier.group().split())}”)"
    shifted = _EARLIER_TIME.search(before)
    if shifted and not _LATER_CUE.search(before[shifted.end():]):
        return f"the source gives it for an earlier time (“{' '.join(shifted.group().split())}”)"
    if _HAD_STOOD.search(before):
        return "the source gives it as the figure it had stood at"
    if _FIRST_READING.search(before) or _REVISED_AFTER.match(text, end, min(len(text), end + 60)) \
            or _EARLY_REPORTS.search(before):
        return "the source gives it as a first reading it revised"
    following = text[end:min(len(text), end + 120)]
    if _CHANGED_AFTER.match(following) or _ROSE_AFTER.match(following):
        return "the source goes on to change it (“before raising …”)"
    after = _EARLIER_AFTER.search(text, end, min(len(text), end + 40))
    if after and "," not in text[end:after.start()]:
        return "the source calls it earlier"
    return ""


# --- whose figure: the party a count comes from ---------------------------------------------------------------
# Parties that count the same thing differently (police and organisers, a ministry and an aid agency). A cue's
# party is its class where one is known, else the cue itself ("the WHO", "USGS").
PARTY_CLASSES = {
    "police": "authorities", "interior ministry": "authorities", "prefecture": "authorities",
    "authorities": "authorities", "government": "authorities", "officials": "authorities", "ministry": "authorities",
    "the state": "authorities", "city hall": "authorities",
    "organisers": "organisers", "organizers": "organisers", "unions": "organisers", "union": "organisers",
    "our organisations": "organisers", "inter-union": "organisers", "protesters": "organisers",
    "opposition": "opposition", "rebels": "rebels", "military": "military", "army": "military",
    "junta": "military",
}
_PARTY_CUE = re.compile(
    r"\b(?:according\s+to\s+)?(?:the\s+)?(?P<party>interior\s+ministry|health\s+ministry|defen[cs]e\s+ministry|"
    r"ministry|prefecture|police|authorities|government|officials|organi[sz]ers|inter-union|unions?|"
    r"our\s+organisations|opposition|rebels|military|junta|army|city\s+hall|"
    r"(?-i:(?:[A-Z][\w-]+\s+){0,3}(?:Institute|Agency|Survey|Centre|Center|Observatory))|"
    r"(?-i:[A-Z]{2,6}|WHO|Africa\s+CDC|USGS|EMSC|UNICEF|UNHCR|OCHA))\b", re.IGNORECASE)
_ACCORDING_AFTER = re.compile(r"[^.;]{0,60}?\baccording\s+to\s+(?:the\s+)?", re.IGNORECASE)
_SAID_AFTER = re.compile(r"[^.;]{0,80}?,\s+(?:the\s+)?(?P<who>(?:[\w-]+\s+){0,2}?[\w-]+)\s+(?:said|says|reported|counted|"
                         r"estimated|announced|told)\b", re.IGNORECASE)
_NOT_PARTIES = frozenset({"gmt", "utc", "usd", "eur", "gbp", "ap", "afp", "bbc", "cnn", "ft", "tv", "us", "uk", "eu",
                          "un"})


def _party(cue: str, text: str = "") -> str:
    key = " ".join(cue.lower().split())
    if key in ("usgs", "us geological survey", "u.s. geological survey", "geological survey"):
        return "usgs"
    if cue.isupper() and re.search(rf"\b{re.escape(cue)}\s+unions?\b", text):
        return "organisers"                      # "the CGT 245,000", where the story calls the CGT a union
    if key.endswith(" ministry") and key not in PARTY_CLASSES:
        key = "ministry"
    return PARTY_CLASSES.get(key, key)


# An acronym is a party only as the one who reports ("the CGT put the turnout at", "USGS said"), never as a
# company or a place in capitals ("FTX", "NEW YORK").
_REPORTS = re.compile(r"(?:\s+union)?\s+(?:said|says|put|puts|estimated|estimates|counted|counts|reported|reports|"
                      r"recorded|gave|measured|claimed|announced)\b", re.IGNORECASE)


# "Four police officers and two congregants were wounded": a party word after a figure is what it counts
# (not a year: "28 September 2018 at 18.02 WITA. The National Disaster Management Agency" is a party)
_COUNTED_BEFORE = re.compile(r"(?:\b(?!1[89]\d\d\b|20\d\d\b)\d[\d,]*|\b(?:one|two|three|four|five|six|seven|eight|nine|"
                             r"ten|eleven|twelve|dozens?|hundreds?|thousands?|several|many))[ -]+(?-i:[a-z]+ )?\Z",
                             re.IGNORECASE)


def _counted(text: str, match: re.Match) -> bool:
    return _COUNTED_BEFORE.search(text, max(0, match.start() - 30), match.start()) is not None


def _dateline(text: str, match: re.Match) -> bool:
    """"PARIS, March 7 (Reuters) -": a place in capitals opening a line is a dateline, not a party."""
    return match.group("party").isupper() and match.start("party") == match.start() \
        and (match.start() == 0 or text[match.start() - 1] == "\n")


def party_of(text: str, start: int, end: int, sentence_start: int, sentence_end: int) -> str:
    """The party the figure at text[start:end] is given by, from the nearest party named beside it:
    "according to X" after it first, else the last party named before it in its sentence, else ""."""
    after = _ACCORDING_AFTER.match(text, end, sentence_end)
    if after:
        cue = _PARTY_CUE.match(text, after.end(), sentence_end)
        if cue and cue.group("party").lower() not in _NOT_PARTIES:
            return _party(cue.group("party"), text)
    before = [m for m in _PARTY_CUE.finditer(text, max(sentence_start, start - 120), start)
              if m.group("party").lower() not in _NOT_PARTIES and not _dateline(text, m) and not _counted(text, m)
              and (not m.group("party").isupper() or _REPORTS.match(text, m.end())
                   or m.group().lower().startswith("according")     # "According to the CGT, 3.5 million ..."
                   or not text[m.end():start].strip())]   # "the prefecture counted 32,000 and the CGT 245,000"
    if before:
        return _party(before[-1].group("party"), text)
    said = _SAID_AFTER.match(text, end, sentence_end)
    if said:
        cue = _PARTY_CUE.search(said.group("who"))
        if cue and cue.group("party").lower() not in _NOT_PARTIES:
            return _party(cue.group("party"), text)
    return ""


# "investigators said Friday they were still searching", "told reporters on Friday that": the day a source spoke
_SAYING_DAY = re.compile(r"\b(?:said|says|told\s+\w+|announced|reported|confirmed|added)\s+(?:on\s+)?\Z",
                         re.IGNORECASE)
_SPEECH = re.compile(r"\b(?:said|says|told|announced|reported|confirmed|added|stated)\b", re.IGNORECASE)


def is_saying_day(text: str, start: int, sentence_start: int) -> bool:
    """Whether the day at `start` says when a source spoke rather than when a thing happened."""
    return _SAYING_DAY.search(text[max(sentence_start, start - 20):start]) is not None


def tells_speech(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] tells of someone speaking ("the Red Crescent's spokesman said 500 had died")."""
    return _SPEECH.search(text, start, end) is not None
