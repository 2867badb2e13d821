"""Draft figures a source states in a sentence worded like the draft's.

A claim groups figures by the words around them, and a draft sentence retold in other words can land in a claim
whose sources state other figures ("customers lost $8 billion" beside the sources' "$10 billion" of losses). When
a source states the draft's very figure in a sentence that shares words of substance with the draft's, that
source supports it, whatever claim each was read into. A draft figure no claim took is checked the same way.
"""
from __future__ import annotations

import math
import re
from collections import defaultdict
from typing import NamedTuple

import regex

from checker.claims import FAR_FACTOR, SHARED_WORDS, one_person, owner_at, words_of
from checker.compare.draft_text import row
from checker.compare.intervals import last_digit, rounding_half_width
from checker.reading import MEASURE_UNIT_NAMES, read_quantities

_DIGIT = re.compile(r"[0-9]")
TOLD_KINDS = ("count", "money", "percent", "measure", "duration", "ordinal", "age")


def _key(stated: float, unit: str | None) -> tuple[float, str]:
    return round(float(stated), 6), unit or ""


def compared_unit(unit: str | None) -> str | None:
    """The part of a unit two figures must share to be one figure: a currency code, a percent sign, a measure's
    unit ("80km" is no "nearly 80 cars"); counts of any noun share None."""
    return unit if isinstance(unit, str) and (unit == "%" or (len(unit) == 3 and unit.isupper())
                                              or unit in MEASURE_UNIT_NAMES or unit in (TIME_UNIT, DAY_UNIT)) else None


TIME_UNIT = "minutes UTC"     # a time of day's, as a claim holds it
DAY_UNIT = "date"             # a day's, as an ordinal


def with_its_date(day: str) -> bool:
    """Whether a day is written with its date ("Monday 18 March", "on March 18"), not as a bare weekday."""
    return _DIGIT.search(day) is not None


class _MomentTold(NamedTuple):
    """A source's time of day (in minutes of the day, UTC) or day (an ordinal) as told_as compares figures."""
    start: int
    end: int
    low: float
    high: float
    stated: float
    unit: str
    kind: str
    qualifier: str | None = None


def figures_told(documents: dict, labels: list[str]) -> dict[tuple[float, str], list[tuple]]:
    """Every source figure by its value as written and its currency or unit: (source, sentence text, sentence,
    the figure)."""
    told: dict[tuple[float, str], list[tuple[str, str]]] = defaultdict(list)
    for label in labels:
        doc = documents[label]
        for q in doc.quantities:
            if q.kind not in TOLD_KINDS:
                continue
            sentence = doc.index.at(q.start)
            if sentence is not None and not sentence.is_heading:
                told[_key(q.stated, compared_unit(q.unit))].append((label, sentence.text, sentence, q))
        # a time of day whose zone says when it was in UTC ("about 1915 GMT", "3:15 p.m. EDT"): a draft's time told
        # so in like words stands against another source's time of another moment
        for t in doc.times:
            sentence = doc.index.at(t.start)
            if t.utc is None or sentence is None or sentence.is_heading:
                continue
            shift = t.utc - t.minutes
            told[_key(t.utc, TIME_UNIT)].append((label, sentence.text, sentence, _MomentTold(
                t.start, t.end, t.low + shift, t.high + shift, t.utc, TIME_UNIT, "time")))
        # ... and so is a day written with its date ("on March 18", "Monday 18 March"; a bare "Monday" is any
        # week's, resolved against each text's own date)
        for d in doc.dates:
            sentence = doc.index.at(d.start)
            if d.low is None or d.low != d.high or not with_its_date(d.text) or sentence is None or sentence.is_heading:
                continue
            day = d.low.toordinal()
            told[_key(day, DAY_UNIT)].append((label, sentence.text, sentence,
                                              _MomentTold(d.start, d.end, day, day, day, DAY_UNIT, "day")))
    return told


def told_alike(told: dict, stated: float, unit: str | None, sentence: str, who: str = "",
               span: tuple[float, float] | None = None, noun: str | None = None, age: bool = False) -> list[str]:
    """The sources that state this figure in a sentence sharing SHARED_WORDS words of substance with `sentence`;
    an age, of the person the draft gives it to (`who`, see `owner`), where both name one, and by an age (not "14
    members" for "Spencer Lane, 14"); a count, of what the draft's counts (`noun`, see `_counts_another`)."""
    if stated != stated:                                 # NaN: no figure as written
        return []
    candidates = [e for e in told_as(told, stated, unit, span) if not age or len(e) < 4 or e[3].kind == "age"]
    if not candidates:
        return []
    return list(dict.fromkeys(label for label, _ in told_alike_in(candidates, sentence, who, stated, noun)))


def told_alike_in(candidates: list[tuple], sentence: str, who: str = "", stated: float = 0.0,
                  noun: str | None = None) -> list[tuple[str, str]]:
    """(source, sentence text) of the candidates (see `told_as`) told in words like `sentence`: SHARED_WORDS words of
    substance in common, or every word of a short sentence's, two at least ("The SPD will have 120." / "the AfD will
    have 152 seats, the SPD 120"); one for a figure of DISTINCT_DIGITS significant digits (`stated`), which two
    facts of one story hardly ever share ("about 111,900 people", "traveling at 128 kph")."""
    words = words_of(sentence)
    least = 1 if distinct(stated) else min(SHARED_WORDS, max(SHORT_WORDS, len(words)))
    return [(label, theirs) for label, theirs, *rest in candidates
            if len(words & words_of(theirs)) >= least and not _someone_else(who, rest)
            and not _counts_another(noun, rest)]


_ANYONE = frozenset({"people", "persons", "others"})


def _counts_another(noun: str | None, entry: list) -> bool:
    """Whether a source's figure counts another thing than the draft's, in a sentence that counts the draft's thing
    apart: "nine crew members" is not told by "nine Ethiopian passengers, while all eight crew were Ethiopian"."""
    if not noun or noun.lower() in _ANYONE or len(entry) < 2:
        return False
    sentence, q = entry
    theirs = getattr(q, "noun", None)
    if not theirs or theirs.lower() == noun.lower() or theirs.lower() in _ANYONE \
            or noun.lower() not in sentence.text.lower():
        return False
    return any(other.noun and other.noun.lower() == noun.lower() and other.stated != q.stated
               for other in read_quantities(sentence.text))


SHORT_WORDS = 2
DISTINCT_DIGITS = 3


def distinct(stated: float) -> bool:
    """Whether a figure as written has DISTINCT_DIGITS significant digits or more (128, 111,900, 4.76; not 120,
    2,000 or 1.5)."""
    digits = f"{abs(float(stated)):.6f}".replace(".", "").strip("0")
    return len(digits) >= DISTINCT_DIGITS


def owner(text: str, start: int, end: int | None = None) -> str:
    """The name an age at text[start:end] belongs to, as "Vishwash Kumar Ramesh, 45," writes it (folded); "" when
    none. `end` is given for ages only: "55-year-old CEO Greg Becker" names the one after it."""
    return " ".join(owner_at(text, start, end))


def _someone_else(who: str, entry: list) -> bool:
    """Whether a source's age (entry: its sentence and reading) is another person's than `who`'s: "His brother
    Ajay Kumar Ramesh, 45" is not Vishwash Kumar Ramesh's age."""
    if not who or len(entry) < 2 or entry[1].kind != "age":
        return False
    sentence, q = entry
    theirs = owner(sentence.text, q.start - sentence.start, q.end - sentence.start)
    return bool(theirs) and not one_person(tuple(who.split()), tuple(theirs.split()))   # "Ramesh" is "Vishwash Kumar Ramesh"


def told_as(told: dict, stated: float, unit: str | None, span: tuple[float, float] | None = None) -> list[tuple]:
    """The sources' figures written as this one: (source, sentence text, sentence, the figure); where the draft
    figure's interval (`span`) is given, those that meet it ("a week" is written 1 as "a month" is, in days apart)."""
    entries = told.get(_key(stated, compared_unit(unit)), [])
    if span is None:
        return entries
    low, high = span
    # a source's span ("$135 billion to $150 billion") is written as its first figure: both its ends must be the draft's
    return [e for e in entries if len(e) < 4 or (e[3].low <= high and low <= e[3].high and (
        e[3].qualifier not in ("range", "between") or math.isclose(e[3].low, low) and math.isclose(e[3].high, high)))]


def draft_figure_rows(draft_doc, told: dict, taken: list[tuple[int, int]], display: dict[str, str]) -> list[dict]:
    """A row for each draft figure no claim judged (`taken`: spans with a verdict other than `unsupported`):
    `supported` where a source states it in a sentence worded like the draft's; `contradicted` where the sources'
    sentences worded most like the draft's state another figure of the same kind, none of which it fits."""
    rows = []
    by_kind = None
    figures = [(q, draft_doc.index.at(q.start)) for q in draft_doc.quantities if q.kind in TOLD_KINDS]
    figures = [(q, sentence) for q, sentence in figures if sentence is not None and not sentence.is_heading]
    alike_of, retelling = [], defaultdict(set)
    for q, sentence in figures:     # a figure a claim judged tells which source sentences retell its sentence too
        told_so = told_alike_in(told_as(told, q.stated, q.unit, (q.low, q.high)), sentence.text,
                                owner(draft_doc.text, q.start, q.end if q.kind == "age" else None), q.stated,
                                q.noun if q.kind == "count" else None)
        alike_of.append(list(dict.fromkeys(label for label, _ in told_so)))
        retelling[sentence.index].update(text for _, text in told_so)
    for (q, sentence), alike in zip(figures, alike_of):
        if any(s < q.end and q.start < e for s, e in taken):
            continue
        if alike:
            says = "; ".join(f"{display.get(s, s)}: {q.text} (in a sentence worded like the draft's)" for s in alike)
            rows.append(row("figure", "told alike", q.text, "supported", alike, [], says, sentence.text, q.start,
                            q.end))
            continue
        by_kind = by_kind if by_kind is not None else _by_kind(told)
        beside = {x.stated for x, at in figures if at.index == sentence.index and x is not q}
        other = _told_otherwise(by_kind, q, sentence.text, sentence.start, retelling[sentence.index], beside)
        if other:
            says = "; ".join(f"{display.get(s, s)}: {theirs.text} (“{text[:200]}”)" for s, text, theirs in other)
            rows.append(row("figure", "told alike", q.text, "contradicted", [], list(dict.fromkeys(s for s, _, _ in other)),
                            says, sentence.text, q.start, q.end, other[0][2].text))
    return rows


# A sentence must share this many words of substance with the draft's to say its figure is wrong: more than it
# takes to back the draft's figure, for a wrong figure is the stronger verdict.
OTHERWISE_WORDS = SHARED_WORDS + 1


NOUN_WORDS = 2          # ... fewer where both count one noun (not people at large) in figures near each other
NOUN_NEAR = 1.5


def _one_noun_near(q, theirs) -> bool:
    """Whether two counts count the same particular noun ("officers", "cars"), in figures within NOUN_NEAR."""
    mine, other = (getattr(x, "noun", None) for x in (q, theirs))
    if q.kind != "count" or not mine or not other or mine.lower() != other.lower() or mine.lower() == "people":
        return False
    low, high = sorted((abs(q.stated), abs(theirs.stated)))
    return low > 0 and high <= NOUN_NEAR * low


def _one_order(q, sentence: str, sentence_start: int, theirs, their_sentence) -> bool:
    """Whether two ordinals rank the same noun ("its ninth flight of the day" / "its eighth flight of the day")."""
    if q.kind != "ordinal" or theirs.kind != "ordinal" or their_sentence is None:
        return False
    mine = _NOUN_AFTER.match(sentence, q.end - sentence_start)
    other = _NOUN_AFTER.match(their_sentence.text, theirs.end - their_sentence.start)
    return mine is not None and other is not None and mine.group(1).lower() == other.group(1).lower()


_NOUN_AFTER = re.compile(r"\s+([A-Za-z]{3,})")


def _apart(q, theirs) -> bool:
    """Whether two figures are too far apart to be one told wrong ("500 units of blood" / "45 mobile health
    units"): a tenfold gap, as far_figures.py sets such a figure apart from its claim."""
    low, high = sorted((abs(q.stated), abs(theirs.stated)))
    return low > 0 and high >= FAR_FACTOR * low


def _by_kind(told: dict) -> dict[tuple[str, str], list[tuple]]:
    out: dict[tuple[str, str], list[tuple]] = defaultdict(list)
    for entries in told.values():
        for entry in entries:
            q = entry[3]
            out[(q.kind, compared_unit(q.unit) or "")].append(entry)
    return out


def _told_otherwise(by_kind: dict, q, sentence: str, sentence_start: int, retelling: set[str] = frozenset(),
                    beside: set[float] = frozenset()) -> list[tuple[str, str, object]]:
    """(source, sentence, figure) for the source figures of q's kind, counting the same thing, in sentences worded
    like the draft's, when none of them fits q. A source sentence that tells another figure of the draft's sentence
    alike (`retelling`: "a 33-year-old man and a 25-year-old woman" beside the draft's "35-year-old man and a
    25-year-old woman") is that sentence retold, and needs share no more words than it takes to back a figure; its
    figures the draft gives beside q (`beside`: the 25) are those figures', not q's."""
    if q.qualifier == "vague":
        return []                                       # "several", "thousands": nothing precise to be wrong
    words = words_of(sentence)
    found = []
    who = owner(sentence, q.start - sentence_start, q.end - sentence_start if q.kind == "age" else None)
    for label, text, their_sentence, theirs in by_kind.get((q.kind, compared_unit(q.unit) or ""), ()):
        if q.kind == "count" and q.unit != theirs.unit:
            continue                                    # 40 children are not 400 people, nor 126 of something
        if _someone_else(who, [their_sentence, theirs]) or theirs.stated in beside or _apart(q, theirs):
            continue
        need = SHARED_WORDS if text in retelling or q.kind == "money" else OTHERWISE_WORDS
        if _one_noun_near(q, theirs) or _one_order(q, sentence, sentence_start, theirs, their_sentence):
            need = NOUN_WORDS       # "21 officers were gathered in the hallway" / "Nineteen officers were in the hallway"
        their_words = words_of(text)
        if q.kind == "duration" and words & their_words & _names_of(sentence) & _names_of(text, opening=True):
            need = min(need, SHARED_WORDS)   # one person's ordeal: "Cordova held on for 36 hours beneath the concrete"
        shared = len(words & their_words)
        if shared < need:
            continue
        fits = _fits(q, theirs)
        found.append((shared, fits, label, text, theirs))
    # a figure of theirs that fits the draft's backs it, unless the sentences retelling the draft's far more
    # closely all state another ("4,502.9 bitcoin worth 48.2 billion yen left a wallet" against "47.2 billion
    # yen"; the fit, Mt. Gox's "roughly 48 billion yen" a decade before, shares a word or two)
    exact = max((n for n, fits, *rest in found if fits and _exact(rest[-1])), default=None)
    # ... but a bound or a round figure that fits an exact one ("more than 1,000 people" for "1,026 people") backs it
    # less than an exact figure told as closely says otherwise ("1,062 people had been arrested")
    loose = max((n for n, fits, *rest in found if fits and not _exact(rest[-1])), default=None)

    def stands(shared: int, theirs) -> bool:
        if exact is not None and shared < exact + CLOSER_WORDS:
            return False
        return loose is None or shared >= loose + CLOSER_WORDS or _exact(q) and _exact(theirs) and shared >= loose

    found = [f for f in found if not f[1] and stands(f[0], f[-1])]
    return [(label, text, theirs) for _, _, label, text, theirs in sorted(found, key=lambda f: -f[0])]


_NAME_INSIDE = regex.compile(r"(?<=[\w,;)] )\p{Lu}\p{Ll}{2,}")
_CAPITALISED = regex.compile(r"\b\p{Lu}\p{Ll}{2,}")


def _names_of(sentence: str, opening: bool = False) -> set[str]:
    """The capitalised words inside a sentence (its first word too with `opening`, as a name the other sentence
    writes inside it may open this one), cut as words_of cuts them."""
    return {w.lower()[:6] for w in (_CAPITALISED if opening else _NAME_INSIDE).findall(sentence)}


def _exact(q) -> bool:
    """Whether a figure is stated exactly: no bound, no "about", no rounding ("1,062", not "more than 1,000")."""
    return q.low == q.high and q.qualifier in (None, "", "exact") and distinct(q.stated)


CLOSER_WORDS = 3     # words of substance more that a retelling shares than the fitting figure's sentence


def _fits(q, theirs) -> bool:
    """Whether two figures can be one: an "about" figure as precise as its last written digit, as the comparer
    reads it against another source's ("about 48.2 billion yen" is not 47.2 billion)."""
    (a, b), (c, d) = _as_written(q), _as_written(theirs)
    # ends that only touch meet where both are closed: "more than 60 hours" is not "more than 50" (50 to 60)
    return (a < d or a == d and q.low_inclusive and theirs.high_inclusive) \
        and (c < b or c == b and theirs.low_inclusive and q.high_inclusive)


def _as_written(q) -> tuple[float, float]:
    low, high = q.low, q.high
    if q.low == q.high and q.stated and getattr(q, "stated_unit", None):
        # a measure written in another unit ("33,000ft" read in metres) was converted by someone, and rounded: it
        # vouches for half its last rounded digit, as the comparer reads it
        half = last_digit(abs(q.stated)) / 2 * q.low / q.stated
        return low - abs(half), high + abs(half)
    if q.low == q.high and q.stated:        # "48 billion" vouches for 47.5 to 48.5 billion, as the comparer reads it
        half = rounding_half_width(q.text, q.qualifier, q.stated) * q.low / q.stated
        return low - half, high + half
    if q.qualifier != "about" or not _DIGIT.search(q.text) or not q.stated or q.kind not in TOLD_KINDS:
        return low, high
    factor, step = (low + high) / 2 / q.stated, last_digit(abs(q.stated))
    return max(low, (q.stated - step / 2) * factor), min(high, (q.stated + step) * factor)


def given_as_anothers(claim_row, sources, source: str) -> bool:
    """Whether the source gives the draft's figure as another party's, the rule's claim split by whose figure it is:
    "UBS, which lost $911 million" where the source's $911m is Morgan Stanley's loss (and UBS's is $774m)."""
    base, mark, mine = claim_row.claim.partition(":")
    if not mark or not _named_in(mine, claim_row.sentence):
        return False
    theirs = sources[sources["source"].eq(source) & sources["claim"].str.startswith(base + ":")
                     & sources["stated"].eq(claim_row.stated)]
    # (the draft's party named before the figure may own it: "AIR Worldwide estimated insured losses from Katrina at
    # $12.5 billion", split as Katrina's)
    return bool(len(theirs)) and not theirs["claim"].eq(claim_row.claim).any() \
        and all(_named_in(c.partition(":")[2], t) and not _named_in(mine, t[:max(0, t.find(x))])
                for c, t, x in zip(theirs["claim"], theirs["sentence"], theirs["text"]))


def _named_in(facet: str, sentence: str) -> bool:
    """Whether a claim's facet is a name its sentence writes ("morgan stanley": "Morgan Stanley"), a party's,
    not a word that splits a rule ("children", "confirmed")."""
    words = facet.replace("_", " ").split()
    if not words:
        return False
    found = re.findall(r"(?<!\w)" + r"\s+".join(map(re.escape, words)) + r"(?!\w)", sentence, re.IGNORECASE)
    return bool(found) and all(w[:1].isupper() for written in found for w in written.split())
