"""Days written with their weekday ("on Friday, Oct. 25"), checked against the calendar.

A source that puts the wrong weekday beside a date is wrong whatever the others say, and no cue word need
stand near it ("They were arrested on Friday, Oct. 25", a Saturday). Where any source does that, every
source's weekday-and-date for that day, and each bare weekday read as that day in a sentence telling what the
wrong one's tells, becomes one claim, so the editor sees who has the day right.
"""
from __future__ import annotations

from collections import defaultdict
from dataclasses import replace
from datetime import date, timedelta

from checker.claims.document import Document, Mention
from checker.claims.events import WEEKDAY, words_of
from checker.claims.rules import Rule, made_rule

WEEKDAY_CLAIM = "weekday:"      # + the ISO day
BARE_SHARED = 2         # words of substance a bare weekday's sentence shares with a wrong weekday's
TELLING_WORDS = 4       # ... which tells an act in this many words of substance or more
NAMED_SHARED = 3        # ... that a sentence on the day the wrong weekday names shares with it, to tell its act


def _mention(doc: Document, reading, event: str) -> Mention | None:
    sentence = doc.index.at(reading.start)
    if sentence is None:
        return None
    day = reading.low
    # the span is the weekday's own word: it is what is checked, and the date beside it may be right
    word = WEEKDAY.search(reading.text)
    start, end = (reading.start + word.start(), reading.start + word.end()) if word else (reading.start, reading.end)
    return Mention(source=doc.source.label, path=doc.source.path, role=doc.source.role,
                   claim=WEEKDAY_CLAIM + day.isoformat(), kind="date", text=doc.text[start:end], start=start,
                   end=end, low=float(day.toordinal()), high=float(day.toordinal()), unit="date",
                   value=day.isoformat(), qualifier="day", why=reading.why, sentence=sentence.text,
                   sentence_index=sentence.index, event=event,
                   event_how="a weekday written with its date is checked against the calendar",
                   extra={"weekday_mismatch": reading.weekday_mismatch} if reading.weekday_mismatch else {})


def weekday_claims(docs: dict[str, Document], event: str) -> tuple[list[Mention], list[Rule]]:
    """For each day some source gives the wrong weekday, every source's weekday-and-date for it, in `event`."""
    by_day: dict[date, list[Mention]] = defaultdict(list)
    any_on: dict[date, list] = defaultdict(list)         # every single day told, by the day: (document, reading)
    wrong: dict[date, set[date]] = defaultdict(set)     # the day written -> the days its weekday names near it
    for doc in docs.values():
        if doc.source.role == "draft":       # the draft's weekdays are checked with its other dates
            continue
        for reading in doc.dates:
            if reading.low is None or reading.low != reading.high:
                continue
            any_on[reading.low].append((doc, reading))
            # a bare weekday ("on Friday") read as that day names its weekday too: the right one, beside the
            # source that writes another
            bare = reading.weekday is None and not any(c.isdigit() for c in reading.text) \
                and WEEKDAY.search(reading.text)
            if reading.weekday is None and not bare:
                continue
            mention = _mention(doc, reading, event)
            if mention is not None:
                by_day[reading.low].append((mention, bool(bare)))
                if reading.weekday_mismatch:
                    wrong[reading.low].add(_nearest(reading.low, reading.weekday))
    mentions, rules = [], []
    for day in sorted(wrong):
        label = f"Weekday of {day.day} {day:%B %Y} (a {day:%A})"
        rules.append(made_rule(WEEKDAY_CLAIM + day.isoformat(), "date", label, "calendar",
                               description="a weekday written beside a date, checked against the calendar"))
        told = [words_of(m.sentence) for m, _ in by_day[day] if m.extra.get("weekday_mismatch")]

        def telling(mention: Mention, least: int = BARE_SHARED) -> bool:
            # (a line of a fact box tells its act in a few words: all but one of them will do)
            return any(len(words_of(mention.sentence) & words) >= max(BARE_SHARED, min(least, len(words) - 1))
                       for words in told)
        # the day the wrong weekday names, where another source tells the same act on it ("On Sunday 8 April,
        # some 20,000 people gathered" / "gathered on Sunday, April 9"): the day of the month may be what is wrong,
        # unless another source tells the act on the day written
        wrong_sources = {m.source for m, _ in by_day[day] if m.extra.get("weekday_mismatch")}
        dated = any(m.source not in wrong_sources and telling(m, NAMED_SHARED) for m, _ in by_day[day])
        named = [] if dated else [
            replace(m, claim=WEEKDAY_CLAIM + day.isoformat()) for other in wrong[day] - {day}
            for doc, reading in any_on[other] for m in [_mention(doc, reading, event)]
            if m is not None and telling(m, NAMED_SHARED)]
        # a bare weekday joins where its sentence tells what a wrong one's does: a story's Sunday holds many acts
        # (a wrong weekday in a dateline or a fact box tells no act: every bare one joins it, unless the act is
        # found told on the day its weekday names)
        every = not named and any(len(words) < TELLING_WORDS for words in told)
        mentions.extend(m for m, bare in by_day[day] if not bare or every or telling(m))
        mentions.extend(named)
    return mentions, rules


def _nearest(day: date, weekday: str | None) -> date:
    """The day nearest `day` that falls on the weekday written beside it ("Sunday 8 April" 2017: the 9th)."""
    wanted = next((i for i, name in enumerate(_WEEKDAYS) if weekday and weekday.lower().startswith(name)), None)
    if wanted is None:
        return day
    ahead = (wanted - day.weekday()) % 7
    return day + timedelta(days=ahead if ahead <= 3 else ahead - 7)


_WEEKDAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
