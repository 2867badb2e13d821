"""Quantities in news text: each figure with the interval its wording allows.

"more than 6,500" and "more than 6700" look close, but a writer who rounds to
the hundred vouches only for (6500, 6600] and (6700, 6800]: they disagree.
read_quantities() finds every figure (digits, number words, vague words,
money, percentages, ratios, durations), reads the qualifier before it and the
counted noun after it, and turns the wording into that interval. The Quantity
record and the qualifier rules live in checker.quantity_rules, durations in
checker.quantity_durations.

How it scans: one compiled regex (MASTER) finds the next candidate figure;
small anchored regexes then look a few characters to its left (qualifier,
month, label such as "Article") and right (range, unit, noun). No Python loop
runs per character, and no pattern nests unbounded quantifiers, so any input
is read in time linear in its length.
"""

from __future__ import annotations

import re

from checker.reading.quantities import lexicon as lex
from checker.reading.quantities.lexicon import rounding_step
from checker.reading.quantities.durations import duration as _duration, duration_unit as _duration_unit
from checker.reading.quantities.durations import in_duration_context, plural_unit as _plural_unit, read_long, read_single
from checker.reading.quantities.intervals import PREFIX_WINDOW as _PREFIX_WINDOW, Quantity, as_dict, fmt as _fmt
from checker.reading.quantities.intervals import interval as _interval, make as _make, qualifier_before as _qualifier_before
from checker.reading.quantities.intervals import why as _why

_I = re.IGNORECASE

__all__ = ["Quantity", "read_quantities", "rounding_step", "as_dict"]

# Tests set this to True so that a bug raises instead of silently dropping one figure.
STRICT = False


# --- patterns --------------------------------------------------------------------

_RANGE_SEP = re.compile(r"(?P<pct>\s?%)?(?P<sep>\s*[-\u2013\u2014]\s*|\s+to\s+|\s+and\s+|\s+or\s+)", _I)
_RATIO_SEP = re.compile(r"\s+(?:in|out\s+of)\s+", _I)

# Right after the digits: what makes them not a figure at all.
_NOT_A_FIGURE_AFTER = re.compile(
    r"[,.:/][0-9]|(?:st|nd|rd|th)\b|['\u2019]?s\b|\s?(?:[ap]\.m\.|[ap]m\b|o['\u2019]clock)"
    r"|\s?(?-i:GMT|UTC|BST|CET|EST|EDT|PST|hrs\b|h\b)", _I)
_LETTER = re.compile(r"[^\W\d_]")

_SUFFIX_AFTER = re.compile(
    r"\s+(?P<phrase>" + lex.phrase_pattern(p for p in lex.SUFFIX_QUALIFIERS if " " in p) + r")\b"
    r"|(?P<plus>-plus\b|\+(?![0-9]))|[-\s](?P<odd>odd)\b", _I)

_BETWEEN_BEFORE = re.compile(r"\bbetween\s+\Z", _I)
_FROM_BEFORE = re.compile(r"\bfrom\s+\Z", _I)
_MONTHS = ("January|February|March|April|May|June|July|August|September|October|November|December"
           "|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec")
_MONTH_BEFORE = re.compile(rf"\b(?:{_MONTHS})\.?,?\s+\Z")
_MONTH_AFTER = re.compile(rf"(?:st|nd|rd|th)?\s+(?:of\s+)?(?:{_MONTHS})\b")
_LABEL_BEFORE = re.compile(
    r"(?:\b(?:resolutions?|articles?|sections?|clauses?|chapters?|route|highway|interstate|flights?|pages?"
    r"|episodes?|seasons?|volume|vol|number|room|gate|terminal|platform|unit|ward|level|category|phase"
    r"|stage|round|game|act|amendment|proposition|prop|bill|decree|law|paragraph|para|item|rule|channel"
    r"|reactor|block|pier|bus|bay|lot|apollo|boeing|airbus|windows|iphone|vision|agenda|formula|figure"
    r"|fig|table|exhibit|annex|protocol|version|model|type|class|grade|seat|row|lane|runway|step|part"
    r"|title|verse|psalm|hall|sector|zone|camp|district|precinct|brigade|battalion|regiment|division"
    r"|corps|squadron|line|no|nos|pp?|art|sec|ch|sub|rev|tier|week|day|match|gen|generation)\.?|#)\s*\Z", _I)
_AGE_BEFORE = re.compile(r"\b(?:aged|age|ages)\s+\Z", _I)
_OLD_AFTER = re.compile(r"(?:\s+|-)old\b", _I)
_ADDRESS_AFTER = re.compile(r"(?:\s+[A-Z][a-z]+){1,3}\s+(?:Street|St\.?|Avenue|Ave\.?|Road|Rd\.?|Boulevard"
                            r"|Blvd\.?|Lane|Drive|Place|Square|Terrace|Court|Crescent)\b")
_NAME_BEFORE = re.compile(r"\b(?P<name>[A-Z][A-Za-z]*)[ \t\u00a0]+\Z")
_NAME_COMMA_BEFORE = re.compile(r"\b[A-Z][a-z]+,\s+\Z")
_YEAR_DETERMINER_BEFORE = re.compile(
    r"\b(?:the|in|since|of|by|from|until|till|before|after|during|its|their|his|her|our|this|that|late"
    r"|early|mid|'s|\u2019s)[\s\-]+\Z", _I)
_HALF_ORDINAL_BEFORE = re.compile(r"\b(?:first|second|latter|former|the|other|bottom|top|back|front|last"
                                  r"|next|better|worse)\s+\Z", _I)
# "eight of the 10": the determiner is required ("four of five voters" is a share, read as nothing)
_PART_OF = re.compile(r"[ \t\u00a0]+of[ \t\u00a0]+(?:the|those|these|its|their|his|her|our)[ \t\u00a0]+", _I)
_ORDINAL_AFTER = re.compile(r"-?(?:" + "|".join(lex.ORDINAL_WORDS) + r")\b", _I)

# Capitalised words that may stand before a figure without making it part of a name.
_PLAIN_CAPITALS = frozenset(
    "The A An And But Or Of In On At By With For From To Only Just Another All Some About Over Nearly "
    "Almost Around Those These Its Their His Her Our Your My Roughly Up Than When While Since After Before "
    "Until Last Next First Approximately Least Most Total Additional Further Still Killing Leaving "
    "Including Fewer Less More Estimated Under Every Each Both If As So Yet Then There Here It We They He "
    "She I You Where Why How What Which Who That This Also Even Now Today Another Exactly Precisely "
    "Barely Nearly Perhaps Maybe Possibly Reportedly Officially Another Additionally".split())

_ASCII_LOWER = {c: c + 32 for c in range(65, 91)}


# --- readers -----------------------------------------------------------------------

def _read_vague(text: str, m: re.Match) -> tuple[Quantity | None, int]:
    scale = m.group("vscale")
    word_end = m.start("vscale") if scale else m.end("vague")
    word = re.sub(r"\s+of\s*$", "", text[m.start("vague"):word_end].strip(), flags=_I)
    read = lex.vague_interval(word, scale)
    if read is None:
        return None, m.end()
    low, high, step = read
    end = m.end("vague")
    unit_m = lex.UNIT_AFTER.match(text, end)
    if unit_m and unit_m.group("dur") and unit_m.group("dsep") != "-":
        singular, days = _duration_unit(unit_m.group("dur"))
        q_end = unit_m.end()
        return _make(text, m.start(), q_end, low * days, high * days, True, True, low, "days", None, "vague",
                     "duration", step * days, f"{text[m.start():q_end]}: vague, read as {_fmt(low)} to "
                     f"{_fmt(high)} {_plural_unit(singular)} (vague.yaml)", _plural_unit(singular)), q_end
    if unit_m and unit_m.group("curword"):
        code = lex.CURRENCY_WORDS.get(unit_m.group("curword").lower().rstrip("s"), "USD")
        q_end = unit_m.end()
        return _make(text, m.start(), q_end, low, high, True, True, low, code, None, "vague", "money", step,
                     f"{text[m.start():q_end]}: vague, read as {_fmt(low)} to {_fmt(high)} (vague.yaml)"), q_end
    if unit_m and (unit_m.group("mword") or unit_m.group("pct")):
        unit = "%" if unit_m.group("pct") else lex.MEASURE_UNITS.get(
            re.sub(r"\s+", " ", unit_m.group("mword").lower()), unit_m.group("mword").lower())
        q_end = unit_m.end()
        return _make(text, m.start(), q_end, low, high, True, True, low, unit, None, "vague",
                     "percent" if unit == "%" else "measure", step,
                     f"{text[m.start():q_end]}: vague, read as {_fmt(low)} to {_fmt(high)} (vague.yaml)"), q_end
    noun, unit, _ = lex.counted_noun(lex.NOUN_AFTER.match(text, end), allow_of=True)
    bare_ok = lex._norm_phrase(word) in ("dozens", "hundreds", "thousands", "millions", "billions")
    if noun is None and not scale and not bare_ok:
        return None, m.end()            # "a couple who", "several were": not read without a noun
    if lex._norm_phrase(word) in ("tens", "scores") and not scale and not re.match(r"\s+of\b", text[end:], _I):
        return None, m.end()            # "test scores", "the tens": need "of"
    return _make(text, m.start(), end, low, high, True, True, low, unit, noun, "vague", "count", step,
                 f"{text[m.start():end]}: vague, read as {_fmt(low)} to {_fmt(high)} (vague.yaml)"), end


_FRACTION_NUMERATORS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
                        "seven": 7, "eight": 8, "nine": 9}


def _read_ratio(text: str, start: int, end: int, value: float, floor: int, noun_from: int,
                allow_of: bool) -> Quantity:
    lo = max(floor, start - _PREFIX_WINDOW)
    qualifier, q_start = _qualifier_before(text, lo, start)
    step = value / 10                   # fractions have no digits to round: one tenth of the value
    low, high, li, hi = _interval(qualifier, value, step)
    noun, _, _ = lex.counted_noun(lex.NOUN_AFTER.match(text, noun_from), allow_of=allow_of)
    phrase = text[q_start:end]
    return _make(text, q_start, end, low, high, li, hi, value, None, noun, qualifier, "ratio", step,
                 f"{phrase}: a ratio of {value:.4g}" if qualifier is None
                 else _why(phrase, qualifier, value, step, low, high))


def _read_fraction(text: str, m: re.Match, floor: int) -> tuple[Quantity | None, int]:
    tokens = re.findall(r"[a-z]+", m.group("frac").lower())
    if tokens == ["half"]:
        if _HALF_ORDINAL_BEFORE.search(text, max(0, m.start() - 20), m.start()):
            return None, m.end()        # "the first half of 2022"
        numerator, denominator = 1, 2
    else:
        numerator = _FRACTION_NUMERATORS[tokens[0]]
        denominator = lex.FRACTION_DENOMINATORS[tokens[1].rstrip("s")]
    if re.match(r"\s+of\s+an?\s+(?:century|hour|mile|day|year|month|decade|second)\b", text[m.end():], _I):
        return None, m.end()            # "a quarter of a century": a duration, not a share
    return _read_ratio(text, m.start(), m.end(), numerator / denominator, floor, m.end(), True), m.end()


def _skip_as_name(text: str, lo: int, start: int) -> bool:
    """"Boeing 737", "Apollo 11": a capitalised word right before a bare figure makes it a name."""
    nm = _NAME_BEFORE.search(text, lo, start)
    return nm is not None and nm.group("name") not in _PLAIN_CAPITALS and not _MONTH_BEFORE.search(text, lo, start)


def _part_of_more(text: str, x: lex.Figure) -> bool:
    """"eight of the 10 defendants": a number word counted out of a larger figure is a count."""
    pm = _PART_OF.match(text, x.end)
    ym = lex.SECOND_FIGURE.match(text, pm.end()) if pm else None
    y = lex.figure_from(ym) if ym else None
    return (y is not None and x.value < y.value and not (y.currency or y.year_like or y.pending_m)
            and not (not y.words and _NOT_A_FIGURE_AFTER.match(text, y.end)))


def _read_figure(text: str, m: re.Match, floor: int) -> tuple[Quantity | None, int]:
    x = lex.figure_from(m)
    if x is None:
        return None, (m.start() + 1 if m.group("words") is not None else m.end())
    if x.words:
        om = _ORDINAL_AFTER.match(text, x.end)
        if om:
            return None, om.end()                       # "twenty-first", "one hundredth"
    elif _NOT_A_FIGURE_AFTER.match(text, x.end):
        return None, m.end()                            # "1,2", "2nd", "1990s", "3 p.m."
    lo = max(floor, x.start - _PREFIX_WINDOW)
    if not x.words and not x.currency:
        if _LABEL_BEFORE.search(text, max(lo, x.start - 16), x.start):
            return None, m.end()                        # "Article 5", "Resolution 2334", "page 12"
        if _MONTH_BEFORE.search(text, lo, x.start) and (x.value <= 31 or x.year_like):
            return None, m.end()                        # "Oct. 31", "November 26"
        if _MONTH_AFTER.match(text, x.end) and x.value <= 31:
            return None, m.end()                        # "31 October"
    if _AGE_BEFORE.search(text, lo, x.start):
        sm = _RANGE_SEP.match(text, x.end)              # "aged 45"; "ages 18 to 25" as a whole
        ym = lex.SECOND_FIGURE.match(text, sm.end()) if sm else None
        return None, (ym.end() if ym else m.end())
    qualifier, q_start = _qualifier_before(text, lo, x.start)

    # a range: "10-15", "two to three", "between 200 and 300", "$3-4 billion"
    y, range_word = None, None
    sm = _RANGE_SEP.match(text, x.end)
    if sm:
        sep = sm.group("sep").strip().lower()
        between = bool(_BETWEEN_BEFORE.search(text, lo, x.start))
        tight_dash = sm.group("sep") in ("-", "\u2013")
        wanted = ((sep == "and" and between) or sep == "or"
                  or (sep in ("to", "-", "\u2013") and not _FROM_BEFORE.search(text, lo, x.start)))
        ym = lex.SECOND_FIGURE.match(text, sm.end()) if wanted else None
        y = lex.figure_from(ym) if ym else None
        if y is not None and (y.words != x.words and tight_dash or y.pending_m
                              or (not y.words and _NOT_A_FIGURE_AFTER.match(text, y.end))):
            y = None
        if y is not None:
            if y.scale != 1 and x.scale == 1 and abs(x.value) < abs(y.base):
                x.rescale(y.scale)                      # "between 5 and 10 million"
            x.currency = x.currency or y.currency
            if x.value >= y.value:
                if tight_dash and not x.words:
                    return None, y.end                  # "3-1" (a score), "2012-13" (a season)
                y = None
            else:
                range_word = "between" if between else "range"
                q_start = sm.start() if False else (_BETWEEN_BEFORE.search(text, lo, x.start).start()
                                                    if between else x.start)
                qualifier = None

    # a ratio: "one in five", "1 in 4", "two out of three"
    if y is None and not x.currency and x.value == int(x.value) and 1 <= x.value <= 10:
        rm = _RATIO_SEP.match(text, x.end)
        ym = lex.SECOND_FIGURE.match(text, rm.end()) if rm else None
        d = lex.figure_from(ym) if ym else None
        if d is not None and not d.currency and x.value < d.value <= 1e6 and not d.year_like \
                and not d.pending_m and not _NOT_A_FIGURE_AFTER.match(text, d.end):
            um = lex.UNIT_AFTER.match(text, d.end)
            if um is None or um.group("hnoun") or um.group("of"):
                return _read_ratio(text, x.start, d.end, x.value / d.value, floor, d.end, False), d.end

    last = y or x
    end = last.end
    unit_m = lex.UNIT_AFTER.match(text, end)
    if unit_m is not None and unit_m.group("of"):
        unit_m = None
    kind, unit, noun, stated_unit, days = "count", None, None, None, None
    hyphen_duration = False
    if x.pending_m:
        noun, unit, person = lex.counted_noun(lex.NOUN_AFTER.match(text, m.end()), allow_of=False)
        if noun is not None:
            x.rescale(1e6)                              # "5m people": five million
            x.end = end = m.end()
        else:
            kind, unit, end, unit_m = "measure", "m", m.end(), None   # "a 100m wall": metres
    if unit_m is not None:
        g = unit_m.groupdict()
        if g["pct"]:
            kind, unit = "percent", ("percentage points" if g["pp"] else "%")
        elif g["curword"]:
            country = (g["country"] or "").lower().replace("  ", " ")
            word = g["curword"].lower()
            code = lex.CURRENCY_WORDS.get(word) or lex.CURRENCY_WORDS.get(word.rstrip("s"))
            if word.startswith("dollar") and country:
                code = lex.DOLLAR_COUNTRIES.get(re.sub(r"\s+", " ", country), "USD")
            kind, unit = "money", code or "USD"
        elif g["code"]:
            kind, unit = "money", g["code"].upper()
        elif g["dur"]:
            singular, days = _duration_unit(g["dur"])
            kind, unit, stated_unit = "duration", "days", _plural_unit(singular)
            hyphen_duration = g["dsep"] == "-"
            if _OLD_AFTER.match(text, unit_m.end()):
                return None, unit_m.end()               # "45-year-old", "45 years old": an age
        elif g["mabbr"] or g["mword"] or g["deg"] or g["temp"]:
            key = (g["mabbr"] or g["mword"] or g["deg"] or g["temp"]).lower()
            key = re.sub(r"\s+", " ", key.replace("°", "°").replace("° ", "°"))
            kind, unit = "measure", lex.MEASURE_UNITS.get(key, key)
        elif g["hnoun"]:
            hn = g["hnoun"].lower()
            if hn in ("plus", "odd"):
                unit_m = None                           # suffix qualifiers, read below
            elif hn == "strong":
                unit, noun = "people", None             # "a 2,000-strong force"
            elif hn in lex.STOPWORDS or hn.endswith(("ed", "ing", "ly")):
                unit_m = None
            else:
                noun = g["hnoun"]
                unit = "people" if hn in lex.PERSON_NOUNS else lex.pluralize(hn)
        if unit_m is not None:
            end = unit_m.end()
    if x.currency and kind in ("count", "measure"):
        kind, unit = "money", x.currency
    elif not x.words and _LETTER.match(text, x.end) and unit_m is None and kind == "count":
        return None, m.end()                            # "5G", "3D", "737MAX": codes

    # suffix qualifiers: "5,000 or more", "30-odd", "300+", "a dozen or so"
    if y is None:
        sfx = _SUFFIX_AFTER.match(text, end)
        if sfx:
            if qualifier is None:
                phrase = sfx.group("phrase") or sfx.group("odd") or ("plus" if "plus" in sfx.group() else "+")
                qualifier = lex.SUFFIX_QUALIFIERS.get(lex._norm_phrase(phrase))
            end = sfx.end()

    person = False
    if kind == "count" and noun is None and unit is None:
        noun, unit, person = lex.counted_noun(lex.NOUN_AFTER.match(text, end), allow_of=False)
    person = person or unit == "people"

    # figures that are not quantities after all
    written = text[x.start:x.end].lower()
    if x.words and written in ("one", "a") and not (
            person or kind in ("money", "percent", "measure")
            or (kind == "duration" and (hyphen_duration or qualifier is not None
                                        or in_duration_context(text, lo, x.start)))
            or (kind == "count" and noun is None and unit is None and _part_of_more(text, x))):
        return None, x.end                              # "one of the", "one day", "one thing"
    if x.words and x.value < 20 and x.step != 12 and qualifier is None and y is None and kind == "count" \
            and noun is None and unit is None and not _part_of_more(text, x):
        return None, x.end                              # a bare "two": a pronoun more often than a count
    if kind == "duration" and x.words and x.value == 1 and y is None:
        x.step = lex.SINGLE_UNIT_STEP                   # "nearly one year": see numbers.SINGLE_UNIT_STEP
    if x.year_like and qualifier is None and (y is None or y.year_like or y.value < 100):
        plural_ok = unit is not None and noun is not None and unit not in lex.EVENT_NOUNS \
            and not _YEAR_DETERMINER_BEFORE.search(text, max(lo, x.start - 12), x.start)
        if not (person or plural_ok or kind in ("measure", "percent", "money")
                or (kind == "duration" and not _YEAR_DETERMINER_BEFORE.search(text, max(lo, x.start - 12), x.start))):
            return None, (y.end if y else m.end())      # "in 1994", "the 2020 war", "2012-2013"
    if kind == "count" and not x.words and not x.currency and qualifier is None and y is None and not person:
        if _skip_as_name(text, lo, x.start):
            return None, m.end()                        # "Boeing 737", "Apollo 11"
        if _ADDRESS_AFTER.match(text, x.end):
            return None, m.end()                        # "10 Downing Street"
        if noun is None and _NAME_COMMA_BEFORE.search(text, lo, x.start) and x.value < 120 \
                and re.match(r"\s*[,)]", text[x.end:x.end + 2]):
            return None, m.end()                        # "John Smith, 45, said": an age
        # look back a few characters only: an unbounded rfind would make long lines quadratic
        before = text[max(0, x.start - 8):x.start]
        line_prefix = before[before.rfind("\n") + 1:] if ("\n" in before or x.start <= 8) else None
        if line_prefix is not None and line_prefix.strip(" \t*#-") == "" \
                and re.match(r"[.)](?:\s|$)", text[x.end:x.end + 2]):
            return None, m.end()                        # "1. Introduction": a list marker

    start = q_start if (qualifier is not None or range_word) else x.start
    if kind == "duration" and qualifier is not None and text[q_start:x.start].strip().lower() in ("over", "under"):
        qualifier, start = None, x.start                # "over two days": across, not more than
    phrase_text = text[start:end]
    if kind == "duration":
        return _duration(text, start, end, x, y, qualifier, range_word, days, stated_unit, phrase_text), end
    if y is not None:
        step = min(x.step, y.step)
        return _make(text, start, end, x.value, y.value, True, True, x.value, unit, noun, range_word, kind,
                     step, f"{phrase_text}: from {_fmt(x.value)} to {_fmt(y.value)}, both included"), end
    low, high, li, hi = _interval(qualifier, x.value, x.step)
    return _make(text, start, end, low, high, li, hi, x.value, unit, noun, qualifier, kind, x.step,
                 _why(phrase_text, qualifier, x.value, x.step, low, high)), end


def _read_match(text: str, m: re.Match, floor: int) -> tuple[Quantity | None, int]:
    if m.group("junk") is not None:
        return None, m.end()
    if m.group("vlong") is not None:
        return read_long(text, m, floor), m.end()
    if m.group("frac") is not None:
        return _read_fraction(text, m, floor)
    if m.group("vague") is not None:
        return _read_vague(text, m)
    if m.group("adur") is not None:
        return read_single(text, m, floor), m.end()
    if m.group("fortnight") is not None:
        qualifier, q_start = _qualifier_before(text, max(floor, m.start() - _PREFIX_WINDOW), m.start())
        x = lex.Figure(m.start(), m.end(), 1.0, 1.0)
        return _duration(text, q_start, m.end(), x, None, qualifier, None, 14.0, "fortnights",
                         text[q_start:m.end()]), m.end()
    if m.group("dfrac") is not None:
        numerator, denominator = (int(p) for p in m.group("dfrac").split("/"))
        if numerator >= denominator:
            return None, m.end()
        return _read_ratio(text, m.start(), m.end(), numerator / denominator, floor, m.end(), True), m.end()
    return _read_figure(text, m, floor)


def read_quantities(text: str) -> list[Quantity]:
    """Every quantity in text, sorted by start. Never raises; linear in the length of text."""
    if not isinstance(text, str) or not text:
        return []
    found: list[Quantity] = []
    lowered = text.lower()
    if len(lowered) != len(text):                       # a few letters ("İ") grow when lowered
        lowered = text.translate(_ASCII_LOWER)
    pos, floor, size = 0, 0, len(text)
    while pos < size:
        c = lex.CANDIDATE.search(lowered, pos)
        if c is None:
            break
        m = lex.MASTER.match(text, c.start())
        if m is None:
            pos = c.start() + 1
            continue
        try:
            q, resume = _read_match(text, m, floor)
        except Exception:                               # one odd figure must not cost the whole text
            if STRICT:
                raise
            q, resume = None, m.end()
        if q is not None:
            found.append(q)
            floor = q.end
        pos = max(resume, m.start() + 1, floor)
    found.sort(key=lambda q: q.start)
    return found
