"""Days in the draft that no claim took, checked against the days the sources give in words like the draft's.

"Boris Johnson ... visited Kyiv on Sunday": no rule reads a visit, but a source says "On Saturday Boris Johnson
... made an unannounced visit to Kyiv". The words either side of each day (up to the next day in its sentence)
say what the day is of; the source days whose words share the most with the draft's, SHARED_WORDS at least, are
the same event's. When they all give one day, the draft's day is supported or contradicted by it. A bare weekday
is compared as a weekday, since each source's weekdays are resolved against its own date. A month, season or
year ("dissolved in September 2018") is set against the sources' days and periods told alike: a day within it or
the same period backs it, a period of its size that does not meet it tells it otherwise.
"""
from __future__ import annotations

from collections import defaultdict

import numpy as np
import pandas as pd
import regex

from checker.claims import SHARED_WORDS, days_with_words, periods_with_words, weekday_only
from checker.compare.draft_text import row
from checker.compare.name_findings import sentence_around

NEAR_DAYS = 7        # a day further from the sources' than this is another event, however alike the words
CLAUSE_WORDS = 2     # words of the day's own clause shared ("began deliberating on Tuesday" / "... Wednesday")
RARE = 2             # a word told beside this few of the sources' days says which day it is


def draft_day_rows(draft_doc, source_docs: dict, taken: list[tuple[int, int]], display: dict[str, str]) -> list[dict]:
    """A verdict row for each day of the draft outside `taken` spans that sources give in words like the draft's."""
    # a weekday the calendar contradicts ("Tuesday, March 1", a Wednesday) is the calendar check's
    mine = [day for day in days_with_words(draft_doc) + _periods(draft_doc) if not day.reading.weekday_mismatch
            and not any(s < day.reading.end and day.reading.start < e for s, e in taken)]
    if not mine:
        return []
    # a day's words are looked up among the sources' days, a month's or year's among their days and periods
    by_day: dict[str, list[tuple[str, object, frozenset, frozenset]]] = defaultdict(list)
    by_period: dict[str, list[tuple[str, object, frozenset, frozenset]]] = defaultdict(list)
    for label, doc in source_docs.items():
        for day in days_with_words(doc) + _periods(doc):
            for w in day.words:
                entry = (label, day.reading, day.counts, day.clause)
                by_period[w].append(entry)
                if day.reading.low == day.reading.high:
                    by_day[w].append(entry)
    rows = []
    for d, words, counts, clause, *_ in mine:
        # a bare weekday is resolved against the draft's date, which may be a week after the sources': only the
        # weekday is compared, so a source's day up to a week further off is still the same event's
        reach = NEAR_DAYS + (7 if weekday_only(d) else 0)
        period = d.low != d.high
        index = by_period if period else by_day
        shared: dict[int, int] = defaultdict(int)
        entries: dict[int, tuple] = {}
        for w in words:
            for entry in index.get(w, ()):
                shared[id(entry[1])] += 1
                entries[id(entry[1])] = entry
        # "rose to 2,122 on Sunday" / "rose to 2,497 on Monday": two updates of a figure, each with its day
        near = {k: (len(clause & entries[k][3]), n) for k, n in shared.items()
                if (n >= SHARED_WORDS or len(clause & entries[k][3]) >= CLAUSE_WORDS)
                and (_judged(entries[k][1], d) is not None if period else abs((entries[k][1].low - d.low).days)
                     <= (FAR_REACH if _told_closely(clause, entries[k][3], n) else reach))
                and not (counts and entries[k][2] and not counts & entries[k][2])}
        top = max(near.values(), default=None)  # the most words shared in the day's own clause, then its sentence
        if top is not None and top[1] < SHARED_WORDS and \
                len({entries[k][0] for k, n in near.items() if n == top}) < 2:
            # two words of a clause alike: one source telling so is too little, and the sentences decide, unless
            # one of the words is rare, a name told of this day alone ("Yoon ... apologised on Tuesday")
            near = {k: n for k, n in near.items() if n[1] >= SHARED_WORDS
                    or any(len(index[w]) <= RARE for w in clause & entries[k][3])}
            top = max(near.values(), default=None)
        if top is None:
            # fewer words in common back the very day, month or year written so ("The canal, which opened in 1869"),
            # though they are too few to say the draft's is wrong
            same = sorted(dict.fromkeys(entries[k][0] for k, n in shared.items() if n >= SAME_DAY_WORDS
                                        and (entries[k][1].low, entries[k][1].high) == (d.low, d.high)))
            if same:
                sentence = draft_doc.index.at(d.start)
                rows.append(row("date", "told alike", d.text, "supported", same, [],
                                "; ".join(f"{display.get(x, x)}: {d.text}" for x in same),
                                sentence.text if sentence else d.text, d.start, d.end))
            continue
        best = [entries[k] for k, n in near.items() if n == top]
        weekday = weekday_only(d)
        if not period:
            day_of = (lambda x: x.low.weekday()) if weekday else (lambda x: x.low)
            theirs = {day_of(e[1]) for e in best}
            if len(theirs) != 1:
                continue                    # the closest sources give two days: nothing to set the draft's against
            same = day_of(d) in theirs
            if not same and _STANDING.search(draft_doc.text, max(0, d.start - 50), d.start):
                continue                    # "the count stood at 297 on Wednesday": still so a day after it was told
            if not same and any(day_of(entries[k][1]) == day_of(d)
                                and (k in near and 2 * near[k][0] >= top[0] or n >= top[1])
                                for k, n in shared.items()):
                continue                    # another source tells it alike with the draft's day: sources differ
                #                             ("broke the record on Sunday and again on Monday": both days); a
                #                             day of the sentence's other clause ("visited Erftstadt on Saturday,
                #                             where a gravel pit collapsed on Friday") is another event's
            if not same and any(day_of(o.reading) in theirs for o in mine if o.reading is not d
                                and o.reading.low == o.reading.high and _one_sentence(draft_doc, o.reading, d)):
                continue                    # "fell 18.6% on Monday ... before recovering on Wednesday": the
                #                             source's Wednesday is the draft sentence's other day
            telling = [entries[k] for k in near if day_of(entries[k][1]) in theirs]  # every close source giving it
        else:
            # a month or year: backed by a day within it or the same period ("in November 2021" / "on November 12,
            # 2021"), told otherwise by a period of its size that does not meet it
            fits = {_judged(e[1], d) for e in best}
            if len(fits) != 1:
                continue                    # the closest sources tell it both ways
            same = fits == {True}
            if not same and any(_judged(entries[k][1], d) for k in near):
                continue
            telling = [entries[k] for k in near if _judged(entries[k][1], d) is same]
        labels = sorted(dict.fromkeys(e[0] for e in telling))
        says = "; ".join(dict.fromkeys(f"{display.get(e[0], e[0])}: {e[1].text} ({_shown(e[1])})"
                                       for e in sorted(telling, key=lambda e: e[0])))
        sentence = draft_doc.index.at(d.start)
        rows.append(row("date", "told alike", d.text, "supported" if same else "contradicted",
                        labels if same else [], [] if same else labels, says,
                        sentence.text if sentence else d.text, d.start, d.end))
    return rows


def _one_sentence(doc, a, b) -> bool:
    """Two days of one sentence, apart: not one date written twice ("on Thursday evening, June 2")."""
    sa, sb = doc.index.at(a.start), doc.index.at(b.start)
    return sa is not None and sa is sb and (a.start - b.end > APART or b.start - a.end > APART)


# a figure's standing on a day, not what was done that day: it holds on the days after the one a source told it
_STANDING = regex.compile(r"(?i)\b(?:(?:stood|stands|remained|remains|was\s+still|is\s+still)\s+at\s+[^\s,;]+"
                          r"(?:\s+[^\s,;]+)?\s+(?:on|by|as\s+of)|as\s+of|by\s+the\s+end\s+of)\s+\Z")


APART = 20           # characters between two days of a sentence that are two days, not one written twice


SAME_DAY_WORDS = 2    # words of substance in common that back a day, month or year written as the draft's


# a day told in the same clause words, and more, may be further off: the month written wrong ("opened on
# December 1" / "opened on Jan. 1"), a digit dropped ("elections for March 15" / "on March 5")
FAR_REACH = 62
CLOSE_CLAUSE = CLAUSE_WORDS + 1


def _told_closely(clause: frozenset, theirs: frozenset, shared: int) -> bool:
    return len(clause & theirs) >= CLOSE_CLAUSE and shared >= SHARED_WORDS + 1


PERIOD_REACH = 400    # a month or year told alike a year from the draft's is its year told wrong ("in 2018" / 2019)
# "last year", "this month": a month or year as of its text's date, which may not be the draft's
_SHIFTING = regex.compile(r"(?i)\b(?:last|this|next|past|coming|previous|current)\b")


def _periods(doc) -> list:
    """The text's months, seasons and years, but those told as of its own date ("last year")."""
    return [p for p in periods_with_words(doc) if not _SHIFTING.search(p.reading.text)]


def _judged(theirs, mine) -> bool | None:
    """What a source's day, month or year says of the draft's month or year: a day within it or the same month
    backs it (True); a month or year of the same size that does not meet it, a year or less away, is another
    (False); anything else says nothing of it (None): a day outside it may be another event's."""
    inside = mine.low <= theirs.low and theirs.high <= mine.high
    if theirs.low == theirs.high:
        return True if inside else None
    if theirs.precision != mine.precision:
        return None
    if inside or theirs.low <= mine.low and mine.high <= theirs.high:
        return True
    apart = max((theirs.low - mine.high).days, (mine.low - theirs.high).days)
    return False if 0 < apart <= PERIOD_REACH else None


def _shown(reading) -> str:
    if reading.low == reading.high:
        return f"{reading.low:%A %-d %B %Y}"
    return f"{reading.low:%B %Y}" if reading.precision == "month" else f"{reading.low:%-d %B %Y} to {reading.high:%-d %B %Y}"


def retold_days_win(verdicts: pd.DataFrame, days: list[dict], dated: np.ndarray) -> tuple[pd.DataFrame, list[dict]]:
    """A day sources tell in words like the draft's (a told-alike row, or an aligned sentence's) outweighs a date
    claim's match by the day alone (`dated`: which verdict rows are a date claim's). Where both judge the day
    alike, the claim's row stays, since it lists every source."""
    claimed = [(s, e, v) for d, s, e, v in zip(dated, verdicts["start"], verdicts["end"], verdicts["verdict"]) if d]
    days = [r for r in days if not any(s < r["end"] and r["start"] < e and v == r["verdict"] for s, e, v in claimed)]
    aligned = verdicts[verdicts["claim"].str.startswith("aligned:")] if len(verdicts) else verdicts
    evidence = [(r["start"], r["end"], r["verdict"]) for r in days] + list(
        zip(aligned["start"], aligned["end"], aligned["verdict"]))
    rows = list(zip(dated, verdicts["start"], verdicts["end"], verdicts["verdict"],
                    verdicts["claim"].str.startswith("aligned:") if len(verdicts) else []))
    retold = np.array([d and any(a < e and s < b and w != v for a, b, w in evidence) for d, s, e, v, _ in rows],
                      dtype=bool)
    # an aligned sentence's row that says what a date claim's row says is that row again
    again = np.array([al and any(s < b and a < e and w == v for a, b, w in claimed) for _, s, e, v, al in rows],
                     dtype=bool)
    return (verdicts.loc[~(retold | again)] if len(verdicts) else verdicts), days


_WEEKDAY = regex.compile(r"(?i)\b(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?\b\.?")


def draft_calendar_rows(dates: list, draft_text: str, taken: set[int]) -> list[dict]:
    """A date the draft gives with a weekday that is not its weekday ("Monday, January 18" in a year when
    January 18 was a Tuesday) is wrong whatever the sources say; `taken`: starts already given a verdict."""
    rows = []
    for d in dates:
        if not d.weekday_mismatch or d.start in taken:
            continue
        # the weekday is what is wrong: the row points at it, and leaves the date it names to the claims
        day = _WEEKDAY.search(draft_text, d.start, d.end)
        start, end = day.span() if day else (d.start, d.end)
        rows.append(row("date", "calendar", draft_text[start:end], "contradicted", [], [],
                        f"the calendar: {d.weekday_mismatch}", sentence_around(draft_text, d.start, d.end), start, end))
    return rows
