"""Quantities in news text: each figure with the interval its wording allows.

"more than 6,500" and "more than 6700" look close, but a writer who rounds to
the hundred vouches only for (6500, 6600] and (6700, 6800]: they disagree.
read_quantities() finds every figure (digits, number words, vague words,
money, percentages, ratios, durations), reads the qualifier before it and the
counted noun after it, and turns the wording into that interval. The Quantity
record and the qualifier rules live in intervals.py, durations in durations.py,
the patterns around a figure in context.py.

How it scans: one compiled regex (MASTER) finds the next candidate figure;
small anchored regexes then look a few characters to its left (qualifier,
month, label such as "Article") and right (range, unit, noun). No Python loop
runs per character, and no pattern nests unbounded quantifiers, so any input
is read in time linear in its length.
"""

from __future__ import annotations

import re

from checker.reading.quantities import candidates, context as ctx, figures as fig, lexicon as lex
from checker.reading.quantities.decades import decade_ages
from checker.reading.quantities.durations import (duration as _duration, duration_unit as _duration_unit,
                                                  in_duration_context, plural_unit as _plural_unit, read_long,
                                                  read_single, things_of_a_unit)
from checker.reading.quantities.intervals import (PREFIX_WINDOW as _PREFIX_WINDOW, Quantity, as_dict, fmt as _fmt,
                                                  interval as _interval, make as _make,
                                                  qualifier_before as _qualifier_before, why as _why)
from checker.reading.quantities.lexicon import rounding_step
from checker.reading.quantities.joins import joined_durations, joined_ranges, joined_scales, restated_in_digits
from checker.reading.quantities.kin import people_counted
from checker.reading.quantities.labels import box_label_noun, label_before, magnitude_label, measured_after
from checker.reading.quantities.ranges import (age_after_label, age_in_years, labelled, ordinal, ordinal_after,
                                               read_range, score_sides)
from checker.reading.quantities.metres_or_millions import below_zero, feet_and_inches, resolve_m
from checker.reading.quantities.name_numbers import answers_how_many, bare_figure_not_a_count, negated_one
from checker.reading.quantities.rupees import whose_rupees
from checker.reading.quantities.shares import ratio_after, read_fraction, read_ratio
from checker.reading.quantities.state import FigureReading
from checker.reading.quantities.spoken_years import spoken_year
from checker.reading.quantities.vague import read_vague

__all__ = ["Quantity", "read_quantities", "rounding_step", "as_dict"]

# Tests set this to True so that a bug raises instead of silently dropping one figure.
STRICT = False

# --- readers -----------------------------------------------------------------------

def _read_figure(text: str, m: re.Match, floor: int) -> tuple[Quantity | tuple[Quantity, ...] | None, int]:
    """One figure: ruled out as a date, label or age; then its range, unit, suffix and noun; then ruled out
    as a pronoun, a year, a name or a list marker; else the quantity. Each step returns where to resume
    when it rules the figure out."""
    x = fig.figure_from(m)
    if x is None:
        return None, (m.start() + 1 if m.groupdict().get("words") is not None else m.end())
    if x.words:
        spoken_year(text, x)                            # "in nineteen eighty-four"
    ordinal = ordinal_after(text, x)
    if ordinal is not None:
        return ordinal
    if text[x.start:x.start + 1] in lex.VULGAR_FRACTIONS:   # "¾ of respondents": a share
        return read_ratio(text, x.start, x.end, x.value, floor, x.end, True), x.end
    lo = max(floor, x.start - _PREFIX_WINDOW)
    age = age_after_label(text, x, lo)
    if age is not None:
        return age
    if x.year_like and not x.words and not x.currency and ctx.month_before(text, lo, x.start):
        return labelled(text, x.start, x.end, x.value, "year"), x.end     # "in November 2022": a year
    resume = _not_a_figure(text, m, x, lo)
    if resume is not None:
        return None, resume
    r = FigureReading(x, lo, *_qualifier_before(text, lo, ctx.label_start(text, lo, x)))
    resume = read_range(text, r)
    if r.score is not None:
        return score_sides(text, x, r.score), resume
    if resume is not None:
        return None, resume
    if r.y is None:
        ratio = ratio_after(text, x, floor)
        if ratio is not None:
            return ratio
    resume = _read_unit(text, m, r)
    if resume is not None:
        return None, resume
    if r.y is None:
        _read_suffix(text, r)
    if r.kind == "count" and r.noun is None and r.unit is None:
        _read_noun(text, r)
    if r.kind == "count" and r.noun is None and r.unit is None and r.y is None and x.value >= 2:
        ctx.partitive_noun(text, r)                     # "Three of my grandchildren"; not "one of the suspects"
    if r.kind == "count" and r.noun is None and r.unit is None and r.qualifier is None:
        box_label_noun(text, r)                         # "Search and rescue dogs: 30"
    r.person = r.person or r.unit == "people"
    resume = _not_a_quantity(text, m, r)
    if resume is not None:
        return None, resume
    return _quantity(text, r), r.end


# a number word joined to a noun in -er naming a kind of thing ("two-wheelers", "a four-seater", "one-liners"),
# not a measure or a group's size ("two-liter", "three-member")
_KIND_OF_THING = re.compile(r"-(?:wheel|seat|point|lin|post|deck|foot|tim|hand|part|hitt|mast)ers?\b", re.I)


def _not_a_figure(text: str, m: re.Match, x: fig.Figure, lo: int) -> int | None:
    """Digits that are an ordinal, a date, a label or an age, whatever follows them."""
    if not x.words and ctx.NOT_A_FIGURE_AFTER.match(text, x.end) or ctx.size_in_digits(text, x.end):
        return m.end()                                  # "1,2", "2nd", "1990s", "3 p.m.", "a six-figure sum"
    if x.words and _KIND_OF_THING.match(text, x.end):
        return m.end()                                  # "two-wheelers", "a four-seater": a kind of thing
    if not x.words and not x.currency:
        if text[x.start - 1:x.start] == "[" and text[x.end:x.end + 1] == "]" and x.start >= 2 \
                and not text[x.start - 2].isspace():
            return m.end()                              # "brain scans[3]", "released on Friday.[2]": a footnote
        if label_before(text, lo, x.start) and "," not in text[x.start:x.end] \
                and x.scale == 1.0 and not lex.PERCENT_AFTER.match(text, x.end) and not measured_after(text, x.end):
            return m.end()                              # "Article 5", "page 12"; not "seat 90,000", "number 2 million",
            #                                             "ended the day +2.3%" ("Level -2" is a label)
        if x.value <= 31 and ctx.month_before(text, max(lo, x.start - 16), x.start, ctx.MONTH_BEFORE_DAY):
            return m.end()                              # "Oct. 31", "November 26"
        if ctx.MONTH_AFTER.match(text, x.end) and x.value <= 31:
            return m.end()                              # "31 October"
    return None


def _read_unit(text: str, m: re.Match, r: FigureReading) -> int | None:
    """What the figure measures, from the word after it: money, percent, a duration, a measure, a noun."""
    x = r.x
    # ("Twenty (20) persons": a spelled figure told again in digits)
    r.end = restated_in_digits(text, x.end, x.value * x.scale) if x.words and r.y is None else (r.y or x).end
    unit_m = fig.UNIT_AFTER.match(text, r.end)
    if unit_m is not None and unit_m.group("of") \
            and not (unit_m.group("curword") and (x.scale != 1 or x.words and x.value >= 100)):
        unit_m = None                                   # but "a lakh of rupees", "two crore of rupees": money
    unit_m = resolve_m(text, m, r, unit_m)
    kept = False
    label = magnitude_label(text, r.lo, x)
    if label is not None and not x.currency and unit_m is None:
        r.kind, r.unit, r.label_start = "measure", "magnitude", label        # "magnitude 6.4"
    if unit_m is not None:
        taken = _unit_from(text, unit_m, r)
        if taken == "age":
            r.kind, r.unit = "age", None                # "45-year-old", "45 years old": an age
            r.end = ctx.OLD_AFTER.match(text, unit_m.end()).end()
            return None
        kept = taken == "unit"
        if kept:
            r.end = unit_m.end()
    feet_and_inches(text, r)
    below_zero(text, r)
    if r.kind == "measure":
        other = ctx.OTHER_SYSTEM.match(text, r.end)
        if other and lex.same_dimension(r.unit, other.group("unit")):
            r.end = other.end()                         # "80 km (50 miles)": one measure, written twice
    if x.currency and r.kind in ("count", "measure"):
        r.kind, r.unit = "money", x.currency
    elif not x.words and ctx.LETTER.match(text, x.end) and not kept and r.kind == "count":
        return m.end()                                  # "5G", "3D", "737MAX": codes
    return None


def _unit_from(text: str, unit_m: re.Match, r: FigureReading) -> str:
    """Reads the unit word into r: "unit" when it is taken, "word" when it is only a word, "age" for an age."""
    g = unit_m.groupdict()
    if g["pct"]:
        r.kind, r.unit = "percent", ("percentage points" if g["pp"] else "%")
    elif g["curword"]:
        country = (g["country"] or "").lower().replace("  ", " ")
        word = g["curword"].lower()
        code = lex.CURRENCY_WORDS.get(word) or lex.CURRENCY_WORDS.get(word.rstrip("s"))
        if country:                                     # "Australian dollars", "Egyptian pounds"
            code = lex.COUNTRY_CURRENCIES.get((re.sub(r"\s+", " ", country), word.rstrip("s")), code)
        r.kind, r.unit = "money", code or "USD"
    elif g["code"]:
        r.kind, r.unit = "money", g["code"].upper()
    elif g["subunit"] or g["penny"]:              # "50 cents", "40 pence", "99p": a hundredth of the unit
        r.kind, r.unit = "money", "USD" if (g["subunit"] or "").lower() == "cents" else "GBP"
        r.x.rescale(0.01)
    elif g["cursym"]:
        r.kind, r.unit = "money", lex.CURRENCY_SYMBOLS[g["cursym"]]      # "5€"
    elif g["dur"]:
        if g["dsep"] != "-" and things_of_a_unit(text, unit_m.end(), g["dur"], r.x.value):
            return "word"                   # "12,000 day passes": passes counted, each for a day
        singular, r.days = _duration_unit(g["dur"])
        r.kind, r.unit, r.stated_unit = "duration", "days", _plural_unit(singular)
        r.hyphen_duration = g["dsep"] == "-"
        if ctx.OLD_AFTER.match(text, unit_m.end()):
            return "age"
    elif g["magnitude"] or g["quake"] is not None:
        r.kind, r.unit = "measure", "magnitude"         # "a 5.9-magnitude quake", "7.2 magnitude"
    elif g["mabbr"] or g["inch"] or g["mword"] or g["deg"] or g["temp"]:     # ("6.5in": inches, written on)
        key = (g["mabbr"] or g["inch"] or g["mword"] or g["deg"] or g["temp"]).lower().strip()
        key = re.sub(r"\s+", " ", key.replace("°", "°").replace("° ", "°"))
        r.kind, r.unit = "measure", lex.MEASURE_UNITS.get(key, key)
    elif g["hnoun"]:
        hn = g["hnoun"].lower()
        if hn in ("plus", "odd") or hn in lex.STOPWORDS or hn.endswith(("ed", "ing", "ly")):
            return "word"                               # suffix qualifiers (read next) or no noun at all
        if hn == "strong":
            r.unit, r.noun = "people", None             # "a 2,000-strong force"
        else:
            r.noun = g["hnoun"]
            r.unit = "people" if hn in lex.PERSON_NOUNS else fig.pluralize(hn)
    return "unit"


def _read_suffix(text: str, r: FigureReading) -> None:
    """Suffix qualifiers: "5,000 or more", "30-odd", "300+", "a dozen or so", "fewer than 90 or equal to"."""
    canonical, end = ctx.suffix_qualifier(text, r.end)
    if end == r.end:
        return
    if canonical == "or equal":
        closed = {"fewer than": "at most", "more than": "at least"}.get(r.qualifier)
        if closed is None:
            return                                      # "or equal to" after nothing strict: not ours
        r.qualifier = closed
    elif r.qualifier is None:
        r.qualifier = canonical
    r.end = end


def _read_noun(text: str, r: FigureReading) -> None:
    """The counted noun, and a suffix qualifier after it: "50 people or more"."""
    nm = fig.NOUN_AFTER.match(text, r.end)
    plural = (r.y or r.x).value > 1 and not r.x.year_like
    r.noun, r.unit, r.person = fig.counted_noun(nm, allow_of=False, plural=plural, first_only=r.x.year_like)
    if r.noun is None and r.x.words and (kin := people_counted(text, r.x.start, r.end)):   # "a father of seven"
        r.noun, r.unit, r.person = kin
    if r.noun is not None and r.qualifier is None and r.y is None and nm and nm.group("w1") == r.noun:
        sfx = ctx.SUFFIX_AFTER.match(text, nm.end("w1"))
        if sfx and sfx.group("phrase"):
            r.qualifier = lex.SUFFIX_QUALIFIERS.get(lex._norm_phrase(sfx.group("phrase")))
            r.end = sfx.end()


def _not_a_quantity(text: str, m: re.Match, r: FigureReading) -> int | None:
    """Figures that, with all read around them, are not quantities after all: pronouns, years, names."""
    x, y, lo, kind = r.x, r.y, r.lo, r.kind
    if kind == "age":
        return None                                     # already known not to be a count
    if kind == "count" and r.noun is None and r.unit is None and r.qualifier is None and y is None \
            and not x.currency and ctx.age_beside_person(text, lo, x):
        r.kind, r.end = "age", x.end                    # "John Smith, 45, said", "the senator, who is seventy-four,"
        return None
    written = text[x.start:x.end].lower()
    if x.words and written in ("one", "a") and not (
            r.person or kind in ("money", "percent", "measure")
            or (kind == "duration" and (r.hyphen_duration or r.qualifier is not None or y is not None
                                        or in_duration_context(text, lo, x.start)))
            or (kind == "count" and r.noun is None and r.unit is None and ctx.part_of_more(text, x))):
        return x.end if written == "a" else _just_a_number(r)    # "one of the", "one day", "one thing"
    if x.words and 0 <= x.value < 20 and x.step not in (6, 12) and r.qualifier is None and y is None and kind == "count" \
            and r.noun is None and r.unit is None and not ctx.part_of_more(text, x) \
            and not ctx.tallied(text, x, lo) \
            and not (x.value >= 2 and (ctx.subject_of_passive(text, x, lo) or ctx.part_of_a_group(text, x)
                                       or ctx.from_a_place(text, x)
                                       or ctx.object_of_toll_verb(text, x)
                                       or ctx.counts_more(text, x, lo))) \
            and not answers_how_many(text, x):
        return _just_a_number(r)                        # a bare "two": a pronoun more often than a count
    if x.year_like and r.qualifier is None and (y is None or y.year_like or y.value < 100):
        determiner = ctx.YEAR_DETERMINER_BEFORE.search(text, max(lo, x.start - 12), x.start)
        plural_ok = r.unit is not None and r.noun is not None and r.unit not in lex.EVENT_NOUNS and not determiner
        people = r.person and not (1900 <= x.value < 2100 and "," not in text[x.start:x.end]
                                   and ctx.YEAR_OF_PEOPLE_BEFORE.search(text, max(lo, x.start - 8), x.start))
        if not (people or plural_ok or kind in ("measure", "percent", "money")
                or (kind == "duration" and not determiner)):
            r.kind, r.unit, r.noun, r.end = "year", None, None, (y or x).end   # "in 1994", "the 2020 war"
            if y is not None and not y.year_like:
                r.y, r.end = None, x.end                # "2012-3": one year and another figure
            return None
    if kind == "count" and not x.words and not x.currency and r.qualifier is None and y is None and not r.person:
        return bare_figure_not_a_count(text, m, r)
    # (a word after it that is no plural counts nothing: "children under 12 travel free")
    if kind == "count" and r.qualifier is not None and y is None and r.unit is None \
            and not (r.noun and r.noun.endswith("s")) and ctx.bounded_age(text, lo, r.q_start, x):
        r.kind, r.noun, r.end = "age", None, x.end                                  # "children under 12", "the singer, almost 90,": an age
    return None


def _just_a_number(r: FigureReading) -> None:
    """Read the word as the number it names, of kind "number": never a count unless a noun says what it counts."""
    r.kind, r.unit, r.noun, r.end, r.y = "number", None, None, r.x.end, None
    return None


def _quantity(text: str, r: FigureReading) -> Quantity:
    """The reading of a figure that survived every step: its phrase, interval and why."""
    x, y, qualifier, end = r.x, r.y, r.qualifier, r.end
    if r.kind == "age" and r.days not in (None, lex.DURATION_DAYS["year"]) and qualifier is None and y is None:
        return age_in_years(text, x.start, end, x.value, r.days, r.stated_unit)    # "a two-week-old girl"
    if r.kind in ("age", "year") and qualifier is None and y is None:
        return labelled(text, x.start, end, x.value, r.kind)
    if r.kind == "duration" and x.words and x.value == 1 and y is None:
        x.step = lex.SINGLE_UNIT_STEP                   # "nearly one year": see lexicon.SINGLE_UNIT_STEP
    start = r.q_start if (qualifier is not None or r.range_word) else x.start
    start = min(start, r.label_start) if r.label_start is not None else start
    if r.kind == "duration" and qualifier is not None \
            and text[r.q_start:x.start].strip().lower() in ("over", "under"):
        qualifier, start = None, x.start                # "over two days": across, not more than
    phrase_text = text[start:end]
    if r.kind == "duration":
        return _duration(text, start, end, x, y, qualifier, r.range_word, r.days, r.stated_unit, phrase_text)
    if y is not None:
        step, qualifier = min(x.step, y.step), r.range_word
        low, high, li, hi = x.value, y.value, not r.low_open, not r.high_open
        ends = "both included" if li and hi else \
            f"{'above' if r.low_open else 'from'} {_fmt(x.value)}, {'below' if r.high_open else 'up to'} {_fmt(y.value)}"
        why_text = f"{phrase_text}: from {_fmt(x.value)} to {_fmt(y.value)}, {ends}"
    else:
        step = x.step
        low, high, li, hi = _interval(qualifier, x.value, x.step, whole_unit=r.kind == "count")
        why_text = _why(phrase_text, qualifier, x.value, x.step, low, high)
    if r.kind == "measure" and r.unit in lex.CONVERSIONS:
        return _converted(text, start, end, r, qualifier, (low, high, li, hi, step), why_text)
    return _make(text, start, end, low, high, li, hi, x.value, r.unit, r.noun, qualifier, r.kind, step, why_text)


def _converted(text: str, start: int, end: int, r: FigureReading, qualifier: str | None, bounds: tuple,
               why_text: str) -> Quantity:
    """A measure in the unit it is compared in: "150 miles" is read as 241.4 km, stated 150 miles; so with a range
    ("40-50mm" is 0.04 to 0.05 m), so that it meets the single figures of other sources in one unit."""
    unit, factor, offset, *upper = lex.CONVERSIONS[r.unit]
    low, high, li, hi, step = bounds
    low, high = low * factor + offset, high * (upper[0] if upper else factor) + offset
    return _make(text, start, end, low, high, li, hi, r.x.value, unit, r.noun, qualifier, r.kind, step * factor,
                 f"{why_text} (in {unit}: {_fmt(round(low, 4))} to {_fmt(round(high, 4))})", stated_unit=r.unit)


def _read_match(text: str, m: re.Match, floor: int) -> tuple[Quantity | tuple[Quantity, ...] | None, int]:
    if m.group("junk") is not None:
        return None, m.end()
    if m.re is fig.DIGIT_MASTER:
        return _read_digits(text, m, floor)
    if m.group("vlong") is not None:
        return read_long(text, m, floor), m.end()
    if m.group("frac") is not None:
        return read_fraction(text, m, floor, read_quantities)
    if m.group("ordw") is not None:
        value, start = lex.ORDINAL_VALUES[m.group("ordw").lower()], m.start()
        bare = ctx.BARE_SCALE_AND_BEFORE.search(text, max(floor, start - 16), start)
        if bare:                                        # "its hundred and first sitting"
            value, start = value + (100 if bare.group(1).lower() == "hundred" else 1000), bare.start()
        return ordinal(text, start, m.end(), value)
    if m.group("vague") is not None:
        return read_vague(text, m)
    if m.group("adur") is not None:
        return read_single(text, m, floor), m.end()
    if m.group("fortnight") is not None:
        qualifier, q_start = _qualifier_before(text, max(floor, m.start() - _PREFIX_WINDOW), m.start())
        x = fig.Figure(m.start(), m.end(), 1.0, 1.0)
        return _duration(text, q_start, m.end(), x, None, qualifier, None, 14.0, "fortnights",
                         text[q_start:m.end()]), m.end()
    return _read_digits(text, m, floor)


def _read_digits(text: str, m: re.Match, floor: int) -> tuple[Quantity | None, int]:
    if m.group("dfrac") is not None:
        numerator, denominator = (int(p) for p in m.group("dfrac").split("/"))
        if numerator >= denominator:
            return None, m.end()
        return read_ratio(text, m.start(), m.end(), numerator / denominator, floor, m.end(), True), m.end()
    return _read_figure(text, m, floor)


def read_quantities(text: str) -> list[Quantity]:
    """Every quantity in text, sorted by start. Never raises; linear in the length of text."""
    if not isinstance(text, str) or not text:
        return []
    found: list[Quantity] = []
    scan = candidates.CandidateScan(text)
    pos, floor, size = 0, 0, len(text)
    while pos < size:
        start, is_word = scan.next(pos)
        if start >= size:
            break
        m = (fig.MASTER if is_word else fig.DIGIT_MASTER).match(text, start)
        if m is None:
            pos = start + 1
            continue
        try:
            q, resume = _read_match(text, m, floor)
        except Exception:                               # one odd figure must not cost the whole text
            if STRICT:
                raise
            q, resume = None, m.end()
        if q is not None:
            found.extend(q if isinstance(q, tuple) else (q,))     # (a score: both sides)
            floor = found[-1].end
        pos = max(resume, m.start() + 1, floor)
    found = [q for q in found if not negated_one(text, q)]                           # ("not one of the crew")
    found.extend(decade_ages(text, found))                                              # ("in his 60s")
    found.sort(key=lambda q: q.start)
    found = joined_ranges(text, joined_scales(text, joined_durations(text, found)))   # ("2 hours 40 minutes")
    ctx.carry_nouns(text, found)
    whose_rupees(text, found)
    return found
