"""The written forms of dates, and the scan that finds them in a text.

Each form ("kind") has one regular expression. At any position the first kind in
KIND_PATTERNS order that matches wins (full dates before months, months before bare
years), and the scan goes on after the phrase, like one big alternation would.

Running that big alternation at every word start was the reader's main cost, so the
scan first picks candidate word starts cheaply, and at each tries only the kinds that
can begin with that word: a digit, an apostrophe ('90s) or one of a few words ("the",
"last", a month or weekday name...). Each kind lists those starters beside its
pattern; a kind whose starters miss a way it can begin would silently lose phrases.
"""
import re
from itertools import accumulate
from operator import itemgetter

from checker.reading.dates.lexicon import MONTH_ABBR, MONTHS, WEEKDAY_ABBR, WEEKDAYS


def _cased(words) -> str:
    """Title Case and UPPER CASE forms, longest first; names are capitalised in English,
    so the verbs "march", "may" and the noun "august" never match."""
    forms = []
    for word in sorted(words, key=len, reverse=True):
        forms += [word.title(), word.upper()]
    return "(?:" + "|".join(forms) + ")"


_TOKENS = {
    # Only abbreviations take a period: "in August." must not swallow the full stop.
    "MONTH": f"(?:{_cased(MONTHS)}(?![A-Za-z])|{_cased(MONTH_ABBR)}(?![A-Za-z])\\.?)",
    "WDFULL": _cased(WEEKDAYS) + r"(?![A-Za-z])",
    "WDANY": f"(?:{_cased(WEEKDAYS)}(?![A-Za-z])|{_cased(WEEKDAY_ABBR)}(?![A-Za-z])\\.?)",
    "DAY": r"(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?(?!\w|[:.]\d)",
    "YEAR": r"(?:1\d{3}|20\d\d|2100)(?!\d)",
    # "Saturday evening, 8 January 1989": the part of the day between a weekday and its date
    "DAYPART": r"(?:\s{1,4}(?i:morning|afternoon|evening|night))?",
    "SP": r"\s{1,4}",  # bounded: no long backtracking over runs of blanks
    "PART": r"(?i:early|mid|late|(?:the\s{1,4})?(?:start|beginning|middle|end)\s{1,4}of)",
    "TOWARD": r"(?i:this\s{1,4}coming|this\s{1,4}past|last|this|next|coming|past)",
    "POSS": r"(?P<poss>['’]s)?(?!\w)",
    # between two days of one month: "1-2 July", "the night of 1 to 2 July" (not "May 3 to 5", which goes on
    # "p.m." or "percent" as often)
    "DAYS_TO": r"(?:\s{0,2}[-–]\s{0,2}|\s{1,4}(?:to|until|till)\s{1,4})",
}

# Starters: "0" is any digit, "'" an apostrophe, words are lower case.
_DIGIT, _APOSTROPHE = {"0"}, {"'"}
_MONTH_WORDS = set(MONTHS) | set(MONTH_ABBR)
_WEEKDAY_WORDS = set(WEEKDAYS)
_ANY_WEEKDAY_WORDS = set(WEEKDAYS) | set(WEEKDAY_ABBR)
_PART_STARTS = {"early", "mid", "late", "the", "start", "beginning", "middle", "end"}
_TOWARD_STARTS = {"this", "last", "next", "coming", "past"}
_COUNT_STARTS = set("a an one two three four five six seven eight nine ten eleven twelve "
                    "several".split())

# (kind, starters, pattern); order matters: see the module docstring.
KIND_PATTERNS = [
    # URLs are consumed and dropped so that /2022/10/31/ paths are not read as claims.
    ("url", {"http", "https", "www"}, r"(?:https?://|www\.)[^\s<>\"'()\[\]]+"),
    ("iso", _DIGIT,
     r"(?<![\w./-])(?P<y>§YEAR§)[-/](?P<m>1[0-2]|0?[1-9])[-/](?P<d>3[01]|[12]\d|0?[1-9])"
     r"(?!\d|[-/.:]\d)"),
    ("numeric", _DIGIT,
     r"(?<![\w./:-])(?P<a>\d{1,2})(?P<s1>[/.-])(?P<b>\d{1,2})(?P<s2>[/.-])"
     r"(?P<y>\d{4}|\d\d)(?!\d|[A-Za-z]|[-/.:]\d)"),
    # "last Thursday, Feb. 21": the modifier goes with the weekday, and the date says which day it is
    ("mdy", _ANY_WEEKDAY_WORDS | _MONTH_WORDS | {"last", "this", "past"},
     r"(?<!\w)(?:(?:(?i:last|this|past)§SP§)?(?P<wd>§WDANY§)§DAYPART§"
     r"(?:,?§SP§|§SP§(?P<par>\()))?(?P<m>§MONTH§)\s{0,4}(?P<d>§DAY§)"
     r"(?:\s{0,2}[-–]\s{0,2}(?P<d2>§DAY§))?(?:,?§SP§(?P<y>§YEAR§))?(?(par)\))"),
    ("dmy", _ANY_WEEKDAY_WORDS | _DIGIT | {"last", "this", "past"},
     r"(?<![\w.,/-])(?:(?:(?i:last|this|past)§SP§)?(?P<wd>§WDANY§)§DAYPART§"
     r"(?:,?§SP§|§SP§(?P<par>\())(?:(?i:the)§SP§)?)?(?P<d>§DAY§)"
     r"(?:§DAYS_TO§(?P<d2>§DAY§))?§SP§(?:(?i:of)§SP§)?(?P<m>§MONTH§)"
     r"(?:,?§SP§(?P<y>§YEAR§))?(?(par)\))"),
    ("month_year", _PART_STARTS | _MONTH_WORDS,
     r"(?<!\w)(?:(?P<mod>§PART§)[\s-]{1,4})?(?P<m>§MONTH§),?§SP§(?:(?i:of)§SP§)?"
     r"(?:(?P<y>§YEAR§)|(?P<rel>(?i:last|this|next))§SP§(?i:year)§POSS§)"),
    ("month", _TOWARD_STARTS | _PART_STARTS | _MONTH_WORDS,
     r"(?<!\w)(?:(?P<mod>§TOWARD§|§PART§)[\s-]{1,4})?(?P<m>§MONTH§)§POSS§"),
    ("weekday", _TOWARD_STARTS | _WEEKDAY_WORDS,
     r"(?<!\w)(?:(?P<mod>§TOWARD§)§SP§)?(?P<wd>§WDFULL§)§POSS§"),
    ("today", {"yesterday", "today", "tonight", "tomorrow"},
     r"(?<!\w)(?P<word>(?i:yesterday|today|tonight|tomorrow))§POSS§"),
    ("ago", _DIGIT | _COUNT_STARTS,
     r"(?<!\w)(?P<n>\d{1,2}|(?i:a\s{1,4}few|a\s{1,4}couple\s{1,4}of|several|an?|one|two|"
     r"three|four|five|six|seven|eight|nine|ten|eleven|twelve))§SP§"
     r"(?P<unit>(?i:day|week|month|year))(?i:s)?§SP§(?i:ago)(?!\w)"),
    ("relunit", {"early", "mid", "late", "earlier", "later", "the", "start", "beginning",
                 "middle", "end", "this", "last", "next", "past", "coming"},
     r"(?<!\w)(?P<mod>(?i:(?:early|mid|late)[\s-]{1,4}(?:last|this|next)|"
     r"(?:earlier|later)§SP§this|(?:the§SP§)?(?:start|beginning|middle|end)§SP§of§SP§"
     r"(?:the|this|last|next)|the§SP§past|the§SP§coming|this§SP§past|last|this|next|"
     r"past|coming|the))§SP§(?P<unit>(?i:weekend|week|month|year))§POSS§"),
    ("decade", _PART_STARTS | _DIGIT | _APOSTROPHE,
     r"(?<![\w'’])(?:(?P<mod>§PART§)[\s-]{1,4})?(?:(?i:the)§SP§)?"
     r"(?:(?P<mod2>(?i:early|mid|late))[\s-]{1,4})?"
     r"(?:(?P<dec>1\d\d0|20\d0)|['’](?P<yy>\d0))['’]?s(?!\w)"),
    ("year_range", _DIGIT,
     r"(?<![\w.,$€£¥#/:-])(?P<y1>§YEAR§)\s{0,2}[-–—/]\s{0,2}(?P<y2>\d{4}|\d\d)"
     r"(?!\w|[.,]\d|%)"),
    ("season", {"the", "early", "mid", "late", "spring", "summer", "fall", "autumn", "winter"}
     | _TOWARD_STARTS,
     r"(?<!\w)(?:(?i:the)§SP§)?(?:(?P<mod>§TOWARD§|(?i:early|mid|late))[\s-]{1,4})?"
     r"(?P<season>(?i:spring|summer|fall|autumn|winter))"
     r"(?:§SP§(?:(?i:of)§SP§)?(?P<y>§YEAR§)(?:\s{0,2}[-–/]\s{0,2}(?P<y2>\d{4}|\d\d)(?!\d))?)?"
     r"§POSS§"),
    ("year", _PART_STARTS | _DIGIT,
     r"(?<![\w.,$€£¥#/:])(?<!\d[-–])(?:(?P<mod>§PART§)[\s-]{1,4})?(?P<y>§YEAR§)"
     r"(?P<poss>['’]s)?(?!\w|[.,]\d|%)"),
]


def _expand(pattern: str) -> str:
    for name, token in _TOKENS.items():
        pattern = pattern.replace(f"§{name}§", token)
    return pattern


KIND_RES = {kind: re.compile(_expand(p)) for kind, _, p in KIND_PATTERNS}
_ORDER = [kind for kind, _, _ in KIND_PATTERNS]
_GROUP_NAME = re.compile(r"\(\?P<\w+>")
# "Tuesday (April 3)": the bracket closes only if the date opened one; without its group the alternation
# takes an optional bracket, and the kind's own pattern, matched again at the same start, says where it ends
_CLOSE_IF_OPENED = r"(?(par)\))"


# Six kinds may begin with "the", the commonest word in news copy; each goes on with
# one of these words (or a decade's digit or apostrophe), so that is checked first.
# A form added above with a new word after "the" must add the word here.
_AFTER_THE = (r"(?i:the\s{1,4}(?:[\d'’]|start|beginning|middle|end|past|coming|week|month|"
              r"year|early|mid|late|this|last|next|spring|summer|fall|autumn|winter))")
_GUARDS = {"the": _AFTER_THE}


def _alternation(kinds, guard: str = "") -> re.Pattern:
    """The kinds as one pattern whose only groups are the kind names, so that
    `lastgroup` says which matched; fields are read by re-matching the kind's own
    pattern at the same start (same pattern, so the same match). A guard is a
    look-ahead that every match must pass: a cheap early no."""
    alternatives = "|".join(f"(?P<{kind}>" + _GROUP_NAME.sub("(?:", KIND_RES[kind].pattern).replace(
                                _CLOSE_IF_OPENED, r"\)?") + ")" for kind in kinds)
    return re.compile(f"(?={guard})(?:{alternatives})" if guard else alternatives)


def _plans() -> dict[str, tuple[re.Pattern, tuple[str, ...]]]:
    """starter -> (pattern to try there, the kinds it holds in priority order)."""
    kinds_by_starter: dict[str, list[str]] = {}
    for kind, starters, _ in KIND_PATTERNS:
        for starter in starters:
            kinds_by_starter.setdefault(starter, []).append(kind)
    compiled: dict[tuple, re.Pattern] = {}
    plans = {}
    for starter, kinds in kinds_by_starter.items():
        guard = _GUARDS.get(starter, "")
        key = (tuple(kinds), guard)
        if key not in compiled:
            compiled[key] = (KIND_RES[kinds[0]] if len(kinds) == 1 and not guard
                             else _alternation(kinds, guard))
        plans[starter] = (compiled[key], key[0])
    return plans


_PLANS = _plans()
_DIGIT_PLAN, _APOSTROPHE_PLAN = _PLANS.pop("0"), _PLANS.pop("'")
_EVERY_KIND_PLAN = (_alternation(_ORDER), tuple(_ORDER))
_PLAN_BY_ASCII_WORD = {word.encode(): plan for word, plan in _PLANS.items()}
# Month and weekday names match only capitalised ("may" is a verb); other starters in
# any case.
_CAPITALISED_ONLY = _MONTH_WORDS | _ANY_WEEKDAY_WORDS
_CAPITALISED_ONLY_ASCII = {word.encode() for word in _CAPITALISED_ONLY}

# --- finding candidates ---------------------------------------------------------
# A candidate is a word start (no word character before it) where some kind may begin:
# a digit, an apostrophe, or an ASCII letter run that is a starter word in any case.
#
# Letter runs are found without a regular expression, which would cost a step per
# character: the text is encoded to ASCII (one byte per character, so offsets hold),
# letters are lower-cased and everything else blanked in one translate(), and
# split(b" ") cuts it into runs whose offsets follow from their lengths.
_DIGIT_OR_APOSTROPHE = re.compile(r"[\d'’](?<!\w.)")  # look-behind after: fast set scan
_RUNS_ONLY = bytes(c | 0x20 if chr(c).isascii() and chr(c).isalpha() else 0x20
                   for c in range(256))
# Letters that case-insensitive matching equates with ASCII ones ("laſt" is "last")
# would be blanked by the encoding: a text with one takes the slower careful scan.
_FOLDING_LETTERS = "\u0130\u0131\u017f\u212a"
_FOLDING = re.compile(f"[{_FOLDING_LETTERS}]")
_FIRST_LETTERS = "".join(sorted({word[0].upper() for word in _PLANS}
                                | {word[0] for word in _PLANS if word not in _CAPITALISED_ONLY}))
_CAREFUL_CANDIDATE = re.compile(
    rf"[\d'’{_FIRST_LETTERS}{_FOLDING_LETTERS}](?<!\w.)"
    rf"(?:(?<=[A-Za-z{_FOLDING_LETTERS}])[A-Za-z{_FOLDING_LETTERS}]+)?")


def _candidates(text: str) -> list[tuple[int, tuple]]:
    """(start, plan) for every candidate, by start."""
    runs = text.encode("ascii", "replace").translate(_RUNS_ONLY).split(b" ")
    ends = list(accumulate(map(len, runs)))  # run i starts at ends[i - 1] + i
    found = []
    for i in [i for i, run in enumerate(runs) if run in _PLAN_BY_ASCII_WORD]:
        start = ends[i - 1] + i if i else 0
        before = text[start - 1] if start else " "
        if before.isalnum() or before == "_":  # what \w means in a str pattern
            continue
        if runs[i] in _CAPITALISED_ONLY_ASCII and not text[start].isupper():
            continue
        found.append((start, _PLAN_BY_ASCII_WORD[runs[i]]))
    if _DIGIT_OR_APOSTROPHE.search(text):
        found += [(m.start(), _DIGIT_PLAN if m.group().isdecimal() else _APOSTROPHE_PLAN)
                  for m in _DIGIT_OR_APOSTROPHE.finditer(text)]
        found.sort(key=itemgetter(0))
    return found


def _careful_candidates(text: str) -> list[tuple[int, tuple]]:
    """Same as _candidates for texts with folding letters, a word at a time."""
    found = []
    for candidate in _CAREFUL_CANDIDATE.finditer(text):
        word = candidate.group()
        first = word[0]
        if first.isdecimal():  # \d in str patterns is exactly str.isdecimal
            plan = _DIGIT_PLAN
        elif first in "'’":
            plan = _APOSTROPHE_PLAN
        else:
            plan = _PLANS.get(word.lower())
            if plan is None and not word.isascii():
                plan = _EVERY_KIND_PLAN  # "laſt week", "Mayſ": every kind, always right
        if plan is not None:
            found.append((candidate.start(), plan))
    return found


def find_phrases(text: str) -> list[tuple[str, re.Match]]:
    """(kind, match) for every date-like phrase, by start, non-overlapping; URLs are
    skipped over and not returned."""
    found = []
    resume = 0  # end of the last phrase: nothing starting before it is read
    candidates = _careful_candidates(text) if _FOLDING.search(text) else _candidates(text)
    for start, (pattern, kinds) in candidates:
        if start < resume:
            continue
        m = pattern.match(text, start)
        if m is None:
            continue
        resume = m.end()
        if len(kinds) == 1:
            kind = kinds[0]
        else:
            kind = m.lastgroup
            m = KIND_RES[kind].match(text, start)
            if m is None or m.end() != resume and text[m.end():resume].strip() != ")":
                continue
            # "(10 September 2025)": the alternation took the bracket closing around the date, which the date
            # did not open
            resume = m.end()
        if kind != "url":
            found.append((kind, m))
    return found
