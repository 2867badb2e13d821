"""Ranges ("10-15", "between 200 and 300", "two to three hundred", "above 300 and below 700") and
ordinals ("35th", "forty-first"): what a figure becomes when another figure or a rank word follows it."""
from __future__ import annotations

import math
import re

from checker.reading.quantities import context as ctx, figures as fig, lexicon as lex
from checker.reading.quantities.intervals import Quantity, fmt as _fmt, interval, make as _make, qualifier_before
from checker.reading.quantities.state import FigureReading


_NOT_COUNTS = {"ordinal": "an ordinal (rank {v})", "age": "an age ({v})", "year": "a year ({v})",
               "score": "one side of a score or vote ({v})"}


_THOUSANDS = re.compile(r"[0-9],[0-9]{3}")
# a year after "to", nothing counted after it: "grew steadily from 2015 to 2020 before"
_YEAR_AFTER = re.compile(r"(?:1[89]|20)[0-9]{2}(?![0-9]|[,.][0-9]|\s+[a-z]+s\b)")


def labelled(text: str, start: int, end: int, value: float, kind: str) -> Quantity:
    """A number that is a rank, an age or a year: read as itself, never a count."""
    return _make(text, start, end, value, value, True, True, value, None, None, None, kind, 1.0,
                 f"{text[start:end]}: {_NOT_COUNTS[kind].format(v=_fmt(value))}, never a count")


def age_in_years(text: str, start: int, end: int, value: float, days: float, unit: str) -> Quantity:
    """"two-week-old", "14-day-old", "18-month-old": an age told in a smaller unit, compared in years, so that two
    weeks and 14 days agree and 18 months and two years do not."""
    years = value * days / lex.DURATION_DAYS["year"]
    return _make(text, start, end, years, years, True, True, value, None, None, None, "age", 1.0,
                 f"{text[start:end]}: an age of {_fmt(value)} {unit}, never a count", unit)


def score_sides(text: str, x: fig.Figure, y: fig.Figure) -> tuple[Quantity, Quantity]:
    """"beat City 3-1": each side's number, neither a count."""
    return labelled(text, x.start, x.end, x.value, "score"), labelled(text, y.start, y.end, y.value, "score")


def ordinal(text: str, start: int, end: int, value: float) -> tuple[Quantity, int]:
    """An ordinal ("35th", "forty-first", "third"): a rank, never a count."""
    return labelled(text, start, end, value, "ordinal"), end


# "the world No 24", "a No. 1 hit": a rank; not "the Fukushima No. 2 plant", "Reactor No. 3", a name's number
_RANK_BEFORE = re.compile(r"\b(?:[Tt]he|[Aa]|world|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts|new|former)[ \t\u00a0]+"
                          r"(?:No\.?|no\.)[ \t\u00a0]?\Z")


def ordinal_after(text: str, x: fig.Figure) -> tuple[Quantity, int] | None:
    """"35th", "21st"; "forty-first", "one hundred and first": the figure read so far is a rank."""
    if not x.words:
        if not x.currency and x.value == int(x.value) and _RANK_BEFORE.search(text, max(0, x.start - 16), x.start) \
                and not ctx.ORDINAL_SUFFIX.match(text, x.end):
            return ordinal(text, x.start, x.end, x.value)            # "the world No 24", "No. 1 seed": a rank
        if x.currency or x.value != int(x.value) or not ctx.ORDINAL_SUFFIX.match(text, x.end):
            return None
        return ordinal(text, x.start, ctx.ORDINAL_SUFFIX.match(text, x.end).end(), x.value)
    om = ctx.ORDINAL_AFTER.match(text, x.end)
    if om is None:
        return None
    unit = lex.ORDINAL_VALUES[om.group("ord").lower()]
    value = x.value * unit if unit >= 100 else x.value + unit
    return ordinal(text, x.start, om.end(), value)




# a match's result told just before two numbers, the lower first: "lost 0-3", "were beaten 2-4 by City"
_RESULT_BEFORE = re.compile(r"\b(?:lost|lose|loses|losing|beaten|defeated|drew|draw|trailed|trailing)\s+"
                            r"(?:[\w'’]+\s+){0,2}\Z", re.IGNORECASE)
# ... and ending its clause or followed by where, against whom: not "lost 10-20 jobs"
_RESULT_AFTER = re.compile(r"\s*(?:[,.;:)]|\Z|\s(?:at|to|by|in|against|on|with|after|away)\b)", re.IGNORECASE)


def read_range(text: str, r: FigureReading) -> int | None:
    """A range: "10-15", "two to three hundred", "between 200 and 300", "from 150 to 4,000", "$3-4 billion",
    "above 300 and below 700". Sets r.y when there is one."""
    x, lo = r.x, r.lo
    sm = ctx.RANGE_SEP.match(text, x.end)
    near = max(lo, x.start - ctx.WORD_BEFORE_REACH)   # the word right before: no need to scan the whole window
    before = lex.word_before(text, x.start)
    between = ctx.BETWEEN_BEFORE.search(text, near, x.start) if before == "between" else None
    from_m = ctx.FROM_BEFORE.search(text, near, x.start) if before == "from" else None
    inner = None
    if not sm and (between or from_m):                  # "from 2,000 people to 3,500": the noun told once, inside
        nm = fig.NOUN_AFTER.match(text, x.end)
        inner = fig.counted_noun(nm, allow_of=False, plural=True, first_only=True) if nm else (None, None, False)
        sm = ctx.RANGE_SEP.match(text, nm.end("w1")) if inner[0] else None
        if not sm or sm.group("sep").strip().lower() not in ("to", "and"):
            return None
    if not sm:
        return None
    sep = sm.group("sep").strip().lower()
    if sep == "to" and text[x.start:x.start + 1] == "+" and text[sm.end():sm.end() + 1] not in "+-\u2212":
        return None                                     # "moved +0.8 to 102.4": a change, then a level
    if sep == "to" and _change_then_level_after_verb(text, x, sm, before):
        return None                                     # "fell by 850,000 to 1.41 billion": two figures
    if from_m and ctx.CHANGE_BEFORE.search(text, max(0, x.start - 60), x.start) \
            and not (x.year_like and _YEAR_AFTER.match(text, sm.end())):     # "grew from 2015 to 2020": years
        _change_scale(text, x, sm)
        return None                                     # "rose from 120 to 264": a change, two figures
    tight_dash = sm.group("sep") in ("-", "\u2013")
    upper = ctx.UPPER_BOUND.match(text, sm.end()) if sep == "and" and r.qualifier in ("more than", "at least") \
        else None
    wanted = (sep == "and" and (between or upper)) or sep == "or" or sep in ("to", "-", "\u2013")
    ym = fig.SECOND_FIGURE.match(text, upper.end() if upper else sm.end()) if wanted else None
    y = fig.figure_from(ym) if ym else None
    if y is not None and x.year_like and tight_dash and not y.words and y.scale == 1 and y.value == int(y.value) \
            and x.value % 100 < y.value < 100:
        y.value = y.base = x.value - x.value % 100 + y.value   # "1939-45", "2012-13": a span of years
        y.year_like = True
    if y is not None and x.year_like and sep == "to" and _THOUSANDS.search(text, y.start, y.end):
        return None                                     # "the total since 2019 to 8,615": a year, then a count
    if y is not None and y.pending_m and x.currency and x.scale in (1.0, 1e6):
        y.rescale(1e6)                                  # "€10m-15m", "$3-5m": millions, as the first is money
        y.pending_m, y.end = False, ym.end()
    elif y is not None and y.pending_m and (x.pending_m or tight_dash and x.scale == 1 and not x.currency):
        y.pending_m, y.end = False, ym.end()            # "3m-4m tonnes", "1.2m to 1.5m", "1.5-2m": the "m" is
        r.both_m = True                                 # read once, after the second, for both (metres_or_millions)
    unit = (sm.group("munit") or "").strip()
    if unit and y is not None and not r.both_m \
            and not re.match(r"\s?" + re.escape(unit) + r"(?![A-Za-z/])", text[y.end:y.end + 8]):
        return None                                     # "10 km and 20 people": no range
    if y is not None and sm.group("pct") and (y.currency or not lex.PERCENT_AFTER.match(text, y.end)):
        return None                                     # "climbed 7% to £4,300", "fell 1.3% to 38,904": a share,
                                                        # then a level
    if y is None or (y.words != x.words and tight_dash or y.pending_m
                     or (not y.words and ctx.NOT_A_FIGURE_AFTER.match(text, y.end))):
        return None
    if y.scale != 1 and x.scale == 1 and abs(x.value) < abs(y.base):
        x.rescale(y.scale)                              # "between 5 and 10 million"
    _join_ends(x, y, sep)
    plain_pair = tight_dash and not x.words and not x.year_like and not x.currency and x.scale == y.scale == 1 \
        and x.value == int(x.value) and y.value == int(y.value)
    if x.value >= y.value:
        if plain_pair:
            r.score = y                                 # "3-1", "27-24": a score, two numbers, neither a count
        return y.end if tight_dash and not x.words else None   # (or "2012-13": a season)
    if plain_pair and _RESULT_BEFORE.search(text, max(0, x.start - 24), x.start) \
            and _RESULT_AFTER.match(text, y.end):
        r.score = y                                     # "Chelsea lost 0-3": the losing side's score first
        return y.end
    if upper:                                           # "above 300 and below 700": ends as the words say
        r.low_open = r.qualifier == "more than"
        r.high_open = lex.QUALIFIER_PHRASES.get(lex._norm_phrase(upper.group("bound"))) == "fewer than"
        r.range_word = "between"
    else:
        r.q_start = (between or from_m).start() if (between or from_m) else x.start
        r.range_word = "between" if between else "range"
    r.y, r.qualifier = y, None
    if inner:
        r.noun, r.unit, r.person = inner
    return None


def _join_ends(x: fig.Figure, y: fig.Figure, sep: str) -> None:
    """A range's ends in one scale and currency ("between 5 and 10 million", "$3-4"), the lower first ("-15 to -18C"
    tells the colder end last)."""
    _share_scale(x, y)
    x.currency = x.currency or y.currency
    if 0 > x.value > y.value and sep == "to":
        x.value, y.value, x.base, y.base = y.value, x.value, y.base, x.base


def _change_then_level_after_verb(text: str, x: fig.Figure, sm, before: str) -> bool:
    """"fell by 850,000 to 1.41 billion", "Shares rose 2.35 to 118.40": a change told after its verb, then a level."""
    return _change_then_level(text, x, sm) and (
        before == "by" and bool(ctx.CHANGE_BY_BEFORE.search(text, max(0, x.start - 60), x.start))
        or not x.words and bool(ctx.CHANGE_RIGHT_BEFORE.search(text, max(0, x.start - 16), x.start)))


def _change_then_level(text: str, x: fig.Figure, sm) -> bool:
    """"fell by 850,000 to 1.41 billion": the second figure is a level far above the change ("rose by 10 to 15
    per cent" is a range of changes)."""
    ym = fig.SECOND_FIGURE.match(text, sm.end())
    y = fig.figure_from(ym) if ym else None
    return y is not None and abs(y.value) >= 10 * abs(x.value)


def _change_scale(text: str, x: fig.Figure, sm) -> None:
    """"grew from 1.2 to 1.5 million", "fell from 1.5 to 1.2 million": the first figure of a change is in the
    second's scale when it has none of its own and is of the second's size."""
    ym = fig.SECOND_FIGURE.match(text, sm.end())
    y = fig.figure_from(ym) if ym else None
    if y is not None and y.scale != 1 and x.scale == 1 and abs(y.base) / 10 < abs(x.value) < abs(y.base) * 10:
        x.rescale(y.scale)


def _share_scale(x: fig.Figure, y: fig.Figure) -> None:
    """"two to three hundred": the first figure takes the second's scale (200 to 300, not 2 to 300); so with
    "two to three dozen".
    """
    if x.words and y.words and y.step == 12 and 0 < x.value * 12 < y.value:
        x.value, x.step = x.value * 12, 12.0             # "two to three dozen": 24 to 36
        return
    if not (x.words and y.words and 0 < x.value < y.value and x.value == int(x.value) and y.value >= 100):
        return
    for power in range(int(math.log10(y.value)), 0, -1):   # "fifty to sixty thousand": 50,000 to 60,000
        scale = 10 ** power
        lead = y.value / scale
        if lead == int(lead) and x.value < lead < 10 * x.value:
            x.value, x.step = x.value * scale, float(scale)
            return


# "between 25 and 40", "between the ages of 5 and 11"
_BETWEEN_BEFORE = re.compile(r"\bbetween\s+(?:the\s+ages\s+of\s+)?\Z", re.IGNORECASE)
_RANGE_OPENS_BEFORE = re.compile(r"\b(?:between|from)\s+(?:the\s+ages\s+of\s+)?\Z", re.IGNORECASE)
# (the reader's window stops at the figure before: the list is looked for further back)
_AGE_LIST_BEFORE = re.compile(r"\baged\s+[0-9]{1,3}(?:\s*,\s*[0-9]{1,3})*(?:\s*,\s*|,?\s+(?:and|or)\s+)\Z",
                              re.IGNORECASE)
_AGE_LIST_REACH = 40
# "He was 88.", "she is 34,": a person's age where a bare number ends what is said of them
# ("Interpol said Delavar was 30.": a name told of after a saying verb, as "he" is)
_PERSON_WAS_BEFORE = re.compile(r"(?:\b[Hh]e|\b[Ss]he|\b(?:said|says|added|that)\s+[A-Z][a-z]+)\s+"
                                r"(?:was|is|turned|turns|would\s+have\s+been)\s+\Z")
_CLAUSE_ENDS = re.compile(r"\s*(?:[.,;)]|\Z)")
# "Kumar was 36.": a sentence opened by a word the text has written as a surname ("First Officer Akhilesh Kumar")
_OPENING_WORD_WAS = re.compile(r"(?:^|[.!?][\"”’]?\s+)(?P<name>[A-Z][a-z]{2,})\s+(?:was|is)\s+\Z")
# "Ms Patel, who turned 41 this week", "Putin turned 70 on Friday": a person's age; not "turned 5 million over"
_TURNED_BEFORE = re.compile(r"(?:\b(?:who|he|she|I)|(?-i:\b[A-Z][a-z]+)|\bthe\s+[a-z]+)\s+"
                            r"(?:(?:has|had|just|recently)\s+)*"
                            r"(?:turned|turns|will\s+turn|would\s+have\s+turned)\s+\Z", re.I)
_WHEN_AFTER = re.compile(r"\s*(?:[.,;:)!?]|\Z)|\s+(?:this|last|next|on|in|earlier|today|yesterday|tomorrow|and|but)\b")
OLDEST = 125
# "aged 30 and 12 others": the second figure counts people, not an age
_COUNTED_AFTER = re.compile(r"\s+(?:others?|more|people|men|women|children|[a-z]+(?<!\bwa)(?<!\bha)(?<!\bi)s)\b")


# "patients aged >65", "aged >=18 years": an age bounded by a sign, as a study's methods write it
_AGED_SIGN_BEFORE = re.compile(r"\baged\s*(?P<sign>>=|<=|\u2265|\u2264|>|<)\s*\Z", re.I)
_SIGN_BOUNDS = {">": "more than", ">=": "at least", "\u2265": "at least", "<": "fewer than", "<=": "at most",
                "\u2264": "at most"}
_SIGN_NEAR = re.compile("[<>\u2265\u2264]")
_YEARS_AFTER = re.compile(r"\s+years?\b(?:\s+old\b)?", re.I)


def _age_bounded_by_sign(text: str, x: fig.Figure, lo: int) -> tuple[Quantity, int] | None:
    signed = _AGED_SIGN_BEFORE.search(text, max(lo, x.start - 12), x.start)
    if signed is None:
        return None
    bound = _SIGN_BOUNDS[signed.group("sign")]
    years = _YEARS_AFTER.match(text, x.end)
    end = years.end() if years else x.end
    low, high, li, hi = interval(bound, x.value, 1.0)
    start = signed.start("sign")
    return _make(text, start, end, low, high, li, hi, x.value, None, None, bound, "age", 1.0,
                 f"{text[start:end]}: an age, {bound} {_fmt(x.value)}, never a count"), end


# "At 15, he left school": a sentence opening on an age, a person its subject
_AT_AGE_BEFORE = re.compile(r"(?:^|[.!?][\"”’']?[ \t]+|\n)At[ \t]+\Z")
# ("At 58, Rahman is the oldest": a name, then its verb)
_PERSON_SUBJECT_AFTER = re.compile(r",[ \t]+(?:he|she|they|I|we|his|her"
                                   r"|the[ \t]+(?:boy|girl|teenager|singer|player)"
                                   r"|[A-Z][a-z]+(?:[ \t]+[A-Z][a-z]+)?[ \t]+(?:is|was|has|had|became|remains))\b")


def age_after_label(text: str, x: fig.Figure, lo: int) -> tuple[Quantity | None, int] | None:
    """"aged 45": an age, never a count; "ages 18 to 25" a span of ages; "aged >65" an age bounded by a sign."""
    if _SIGN_NEAR.search(text, max(0, x.start - 3), x.start):
        signed = _age_bounded_by_sign(text, x, lo)
        if signed is not None:
            return signed
    if lex.word_before(text, x.start) not in ctx.AGE_LAST_WORDS \
            or not ctx.AGE_BEFORE.search(text, max(lo, x.start - ctx.WORD_BEFORE_REACH), x.start):
        # (every figure passes here: a plain substring test before each pattern keeps it cheap)
        reach = max(0, x.start - _AGE_LIST_REACH)
        if "aged" in text[reach:x.start] and _AGE_LIST_BEFORE.search(text, reach, x.start) \
                and not _COUNTED_AFTER.match(text, x.end):
            return labelled(text, x.start, x.end, x.value, "age"), x.end   # "aged 45, 52, 67 and 75": each an age
        if x.value < OLDEST and _life_age(text, x, lo):
            return labelled(text, x.start, x.end, x.value, "age"), x.end       # "He was 88.", "died at 87"
        if x.value < OLDEST and "turn" in text[max(lo, x.start - 30):x.start] and _WHEN_AFTER.match(text, x.end) \
                and _TURNED_BEFORE.search(text, max(lo, x.start - 40), x.start):
            return labelled(text, x.start, x.end, x.value, "age"), x.end       # "The mayor turned 70 on Sunday"
        if 2 <= x.value < OLDEST and _AT_AGE_BEFORE.search(text, max(0, x.start - 6), x.start) \
                and _PERSON_SUBJECT_AFTER.match(text, x.end):
            return labelled(text, x.start, x.end, x.value, "age"), x.end       # "At 15, he left school"
        return None
    bounded = bounded_by_suffix(text, x)
    if bounded is not None:
        return bounded
    sm = ctx.RANGE_SEP.match(text, x.end)
    if sm and sm.group("sep").strip().lower() in ("and", "or") and not _BETWEEN_BEFORE.search(text, lo, x.start):
        return labelled(text, x.start, x.end, x.value, "age"), x.end     # "a couple aged 73 and 71": two ages
    ym = fig.SECOND_FIGURE.match(text, sm.end()) if sm else None
    y = fig.figure_from(ym) if ym else None
    if y is not None and x.value < y.value:
        opens = _RANGE_OPENS_BEFORE.search(text, max(lo, x.start - 24), x.start)
        start = opens.start() if opens else x.start     # "aged between 25 and 40", "from 19 to 84": the phrase is whole
        return _make(text, start, ym.end(), x.value, y.value, True, True, x.value, None, None, "range", "age", 1.0,
                     f"{text[start:ym.end()]}: ages {_fmt(x.value)} to {_fmt(y.value)}, never a count"), ym.end()
    if ym:
        return None, ym.end()
    qualifier, q_start = qualifier_before(text, lo, x.start)
    if qualifier is not None:             # "aged nearly 60": an age a little under 60; "aged under 18", "aged over 65"
        low, high, li, hi = interval(qualifier, x.value, 1.0)
        return _make(text, q_start, x.end, low, high, li, hi, x.value, None, None, qualifier, "age", 1.0,
                     f"{text[q_start:x.end]}: an age from {_fmt(low)} to {_fmt(high)}, never a count"), x.end
    return labelled(text, x.start, x.end, x.value, "age"), x.end


# "She was 67 when she retired", "The pilot was 52 at the time": the age then
_AGE_THEN_AFTER = re.compile(r"\s*(?:[.,;)]|\Z)|\s+(?:when|at\s+the\s+time)\b")
_PERSON_NOUN_WAS_BEFORE = re.compile(r"\b(?:the|a|his|her|their)\s+(?P<noun>[a-z]+)\s+(?:was|is)\s+\Z", re.I)
# "died at 87", "retired at 65 after", "left school at 16 to work": a life's turn, and the age it came at
_LIFE_TURN_AT_BEFORE = re.compile(r"\b(?:died|dies|retired|retires|retiring|married|marries|wed|emigrated|left\s+school"
                                  r"|left\s+home|dropped\s+out|(?:joined|joining)\s+the\s+[a-z]+)\s+at\s+\Z", re.I)
_LIFE_TURN_AFTER = re.compile(r"\s*(?:[.,;)]|\Z)|\s+(?:after|in|when|and|to|following)\b")


def _life_age(text: str, x: fig.Figure, lo: int) -> bool:
    """Whether a bare figure is a person's age by the words of a life around it: "He was 88.", "She was 67 when
    she retired", "The pilot was 52 at the time", "died at 87"."""
    reach = max(lo, x.start - 40)
    if _AGE_THEN_AFTER.match(text, x.end):
        if _PERSON_WAS_BEFORE.search(text, reach, x.start) or _surname_was(text, reach, x.start):
            return True
        person = _PERSON_NOUN_WAS_BEFORE.search(text, reach, x.start)
        if person is not None and fig.is_person_noun(person.group("noun").lower()):
            return True
    return x.value >= 2 and _LIFE_TURN_AFTER.match(text, x.end) is not None \
        and _LIFE_TURN_AT_BEFORE.search(text, reach, x.start) is not None


def _surname_was(text: str, lo: int, start: int) -> bool:
    """Whether the sentence before `start` opens with a surname and "was" ("Kumar was 36."): a word the text has
    written right after a given name earlier, so a person's; "Turnout was 36." is no one's age."""
    opening = _OPENING_WORD_WAS.search(text, lo, start)
    if opening is None:
        return False
    named = re.compile(rf"\b[A-Z][a-z]+\s+{opening.group('name')}\b")
    return named.search(text, 0, opening.start("name")) is not None


def bounded_by_suffix(text: str, x: fig.Figure) -> tuple[Quantity, int] | None:
    """"aged 65 and over", "18 or older": an age with its bound after it."""
    bound, end = ctx.suffix_qualifier(text, x.end)
    if bound not in ("at least", "at most") or not text[x.end:x.end + 1].isspace():    # words, not "65+"
        return None
    low, high, li, hi = interval(bound, x.value, 1.0)
    return _make(text, x.start, end, low, high, li, hi, x.value, None, None, bound, "age", 1.0,
                 f"{text[x.start:end]}: an age, {bound} {_fmt(x.value)}, never a count"), end
