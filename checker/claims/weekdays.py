"""Days written with their weekday ("on Friday, Oct. 25"), checked against the calendar.

A source that puts the wrong weekday beside a date is wrong whatever the others say, and no cue word need
stand near it ("They were arrested on Friday, Oct. 25", a Saturday). Where any source does that, every
source's weekday-and-date for that day, and each bare weekday read as that day in a sentence telling what the
wrong one's tells, becomes one claim, so the editor sees who has the day right.
"""
from __future__ import annotations

from collections import defaultdict
from datetime import date

from checker.claims.document import Document, Mention
from checker.claims.events import WEEKDAY, words_of
from checker.claims.rules import Rule, made_rule

WEEKDAY_CLAIM = "weekday:"      # + the ISO day
BARE_SHARED = 2         # words of substance a bare weekday's sentence shares with a wrong weekday's
TELLING_WORDS = 4       # ... which tells an act in this many words of substance or more


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
    wrong: set[date] = set()
    for doc in docs.values():
        if doc.source.role == "draft":       # the draft's weekdays are checked with its other dates
            continue
        for reading in doc.dates:
            if reading.low is None or reading.low != reading.high:
                continue
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
                    wrong.add(reading.low)
    mentions, rules = [], []
    for day in sorted(wrong):
        label = f"Weekday of {day.day} {day:%B %Y} (a {day:%A})"
        rules.append(made_rule(WEEKDAY_CLAIM + day.isoformat(), "date", label, "calendar",
                               description="a weekday written beside a date, checked against the calendar"))
        # a bare weekday joins where its sentence tells what a wrong one's does: a story's Sunday holds many acts
        # (a wrong weekday in a dateline or a fact box tells no act: every bare one joins it)
        told = [words_of(m.sentence) for m, _ in by_day[day] if m.extra.get("weekday_mismatch")]
        every = any(len(words) < TELLING_WORDS for words in told)
        mentions.extend(m for m, bare in by_day[day] if not bare or every
                        or any(len(words_of(m.sentence) & words) >= BARE_SHARED for words in told))
    return mentions, rules
