"""Which event each mention is about, so that tolls of different wars are never compared.

With a story file, a mention takes the event whose cue phrase stands nearest to
it: in its own sentence first (crossing a comma or dash costs more than
distance), else in the two sentences before it. Without one, the nearest
temporal anchor (a year, a month, "last month" against the article's date)
names the event. A mention nothing anchors joins its claim's only event, if the
other sources place that claim in exactly one.
"""
from __future__ import annotations

import bisect
from collections import Counter, defaultdict

import regex

from checker.claims.document import Document, Mention
from checker.claims.story import Story
from checker.sources import YEAR_GUESSED

CLAUSE_COST = 100  # characters a clause boundary is worth when weighing distance
LOOK_BACK = 2      # sentences before the mention's own that may anchor it
_CLAUSE_MARK = regex.compile(r"[,;:()\u2014\u2013]|\s-\s")
NO_EVENT = "unplaced"
MAIN_EVENT = "main"  # a claim no source anchors anywhere: the story's own event


def _distance(text: str, a: tuple[int, int], b: tuple[int, int]) -> int:
    if a[0] < b[1] and b[0] < a[1]:
        return 0
    left, right = (a[1], b[0]) if a[1] <= b[0] else (b[1], a[0])
    return (right - left) + CLAUSE_COST * len(_CLAUSE_MARK.findall(text, left, right))


class Anchors:
    """Every event cue (or temporal anchor) of one document, sorted by position."""

    def __init__(self, spans: list[tuple[int, int, str, str]]):
        self.spans = sorted(spans)
        self.starts = [s[0] for s in self.spans]

    def within(self, start: int, end: int) -> list[tuple[int, int, str, str]]:
        return self.spans[bisect.bisect_left(self.starts, start):bisect.bisect_left(self.starts, end)]


def story_anchors(doc: Document, story: Story) -> Anchors:
    spans = []
    for event in story.events:
        for match in event.pattern.finditer(doc.text):
            spans.append((match.start(), match.end(), event.id, f"cue “{match.group()}”"))
    return Anchors(spans)


# "since 1960, when ...", "since the 2014 sinking of the Sewol ferry, which killed 304"
# "since the 1998 al-Qaida bombing of the U.S. Embassy in Nairobi, which killed 213": a name's words may hold dots
# "... in March 2018, killing five": a participle tells the toll of the event compared with, as "which killed" does
_WHEN_AFTER = regex.compile(r"(?:\s+[\w.'’-]+){0,9}?\s*,?\s*(?:when|in\s+which|which|that|killing|leaving)\b",
                            regex.IGNORECASE)
AFTER_ONLY = "after: "
CLAUSE_ONLY = "clause: "  # an anchor that places only what follows it in its own clause
COMPARED = " (the event the story is compared with)"
UNDATED = " (read in the year of the story's sources: this source is not dated)"
_REFERENCE_POINT = regex.compile(r"(?:since|until|before|than)\s+(?:the\s+|an?\s+)?$", regex.IGNORECASE)
_NAMED_REFERENCE = regex.compile(r"(?:since|until|before|than)\s+(?:the|an?)\s+$", regex.IGNORECASE)
# "the largest attack since the full-scale invasion began in February 2022", "since records began in 1880": the
# date of what a "since" compares with, told in its own clause
_SINCE_CLAUSE = regex.compile(r"\bsince\s+[^,.;:()\d]{0,60}?\s(?:in|on)\s+(?:the\s+)?$", regex.IGNORECASE)
# "eight months after gunmen killed 130 people in Paris": what the clause tells is an event months or years
# before this one, whose year the text does not give (days after, or weeks, are as often this event's own aftermath)
_ELAPSED_AFTER = regex.compile(r"\b(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|"
                               r"\d{1,2})\s+(?:months?|years?|decades?)\s+(?:after|since)\s", regex.IGNORECASE)
EARLIER_EVENT = "earlier"
# "The attack recalled July's rampage in Nice, in which 86 people were killed", "a year to the day after bombers
# killed 32": another event the story likens this one to; what the sentence goes on to tell is that event's (not
# "the CNE recalled that its first bulletin gave ...": a recollection told, of this event)
_LIKENED_TO = regex.compile(
    r"\b(?:recall(?:ed|s|ing)(?!\s+(?:that|how|what|when|being|seeing|hearing)\b)|resembl(?:ed|es|ing)"
    r"|(?:bore|bears|bearing|with|had|has)\s+(?:(?:striking|strong|eerie|clear)\s+)?similarit(?:y|ies)\s+(?:to|with)"
    r"|reminiscent\s+of|a\s+year\s+to\s+the\s+day\s+(?:after|since))\s", regex.IGNORECASE)


def temporal_anchors(doc: Document) -> Anchors:
    spans = [(m.start(), m.end(), EARLIER_EVENT, f"{CLAUSE_ONLY}“{m.group().strip()}”")
             for m in _ELAPSED_AFTER.finditer(doc.text)]
    spans += [(m.start(), m.end(), EARLIER_EVENT, f"{AFTER_ONLY}“{m.group().strip()}”")
              for m in _LIKENED_TO.finditer(doc.text)]
    # a source with no date of its own reads "Wednesday" in the year its story's sources mostly are: a guess,
    # marked, that settle_events takes back where the sources were written years apart
    undated = doc.source is not None and (doc.source.published is None or YEAR_GUESSED in doc.source.meta)
    for reading in doc.dates:
        guessed = UNDATED if undated and reading.relative else ""
        event = period_of(reading.low, reading.high)
        # "the worst loss since the 2020 war": a point of comparison, not when it happened; but what follows
        # "since 1960, when ..." is about 1960, so such an anchor places only the figures after it
        if _REFERENCE_POINT.search(doc.text, max(0, reading.start - 12), reading.start) \
                or _SINCE_CLAUSE.search(doc.text, max(0, reading.start - 80), reading.start):
            if event and _WHEN_AFTER.match(doc.text, reading.end):
                spans.append((reading.start, reading.end, event, f"{AFTER_ONLY}anchor “{reading.text}”"))
            elif event and _NAMED_REFERENCE.search(doc.text, max(0, reading.start - 12), reading.start):
                # "since a 2001 fire in Tokyo killed 44 people": what the clause goes on to tell is 2001's (but
                # "the strongest quake since 1998 killed 2,012" tells this quake's toll)
                spans.append((reading.start, reading.end, event, f"{CLAUSE_ONLY}anchor “{reading.text}”"))
            continue
        if event:
            spans.append((reading.start, reading.end, event, f"anchor “{reading.text}”{guessed}"))
    return Anchors(spans)


def period_of(low, high) -> str | None:
    """An event id from a date range: the year, or the decade for a wider span."""
    if low is None or high is None:
        return None
    if low.year == high.year:
        return str(low.year)
    if low.year // 10 == high.year // 10:
        return f"{low.year // 10 * 10}s"
    return None


_OWN_CONVERSION = regex.compile(r"[ \t]*[(\[][ \t]*(?:about[ \t]+|around[ \t]+|some[ \t]+)?")


def _anothers(doc: Document, span: tuple[int, int], anchor: tuple) -> bool:
    """Whether a year after a figure, in a later clause, dates another figure standing between them ("slumped to
    112 seats, well below their previous low of 156 in 1906": 1906 is the 156's)."""
    if anchor[0] < span[1] or not _CLAUSE_MARK.search(doc.text, span[1], anchor[0]):
        return False
    at = bisect.bisect_left(doc.quantity_starts, span[1])
    # "more than $380,000 (£270,000) by Thursday": the figure's own conversion in brackets is no other figure
    while at < len(doc.quantity_starts) and _OWN_CONVERSION.fullmatch(doc.text, span[1], doc.quantity_starts[at]):
        at += 1
    return at < len(doc.quantity_starts) and doc.quantity_starts[at] < anchor[0] \
        and doc.quantities[at].kind not in ("year", "ordinal")


def _same_clause_after(text: str, anchor: tuple, start: int) -> bool:
    return anchor[1] <= start and not _CLAUSE_MARK.search(text, anchor[1], start)


def _place(mention: Mention, doc: Document, anchors: Anchors) -> tuple[str, str] | None:
    sentence = doc.sentences[mention.sentence_index]
    span = (mention.start, mention.end)
    own = [a for a in anchors.within(sentence.start, sentence.end)
           if not (a[3].startswith(AFTER_ONLY) and a[0] > mention.start) and not _anothers(doc, span, a)
           and not (a[3].startswith(CLAUSE_ONLY) and not _same_clause_after(doc.text, a, mention.start))]
    likened = [a for a in own if a[2] == EARLIER_EVENT and a[3].startswith(AFTER_ONLY)]
    if likened:
        own = likened[-1:]          # "recalled July's rampage in Nice, in which 86 died": July is the rampage's too
    if own:
        best = min(own, key=lambda a: _distance(doc.text, span, (a[0], a[1])))
        if best[3].startswith((AFTER_ONLY, CLAUSE_ONLY)):
            how = best[3].removeprefix(AFTER_ONLY).removeprefix(CLAUSE_ONLY)
            return best[2], f"{how} in the same sentence{COMPARED}"
        return best[2], f"{best[3]} in the same sentence"
    for back in range(1, LOOK_BACK + 1):
        index = sentence.index - back
        if index < 0 or doc.sentences[index].is_heading:
            break
        before = [a for a in anchors.within(doc.sentences[index].start, doc.sentences[index].end)
                  if not a[3].startswith((AFTER_ONLY, CLAUSE_ONLY))]
        if before:
            last = before[-1]  # the cue nearest to the mention is the last one
            return last[2], f"{last[3]} in the sentence before"
    return None


def place_in_text(mentions: list[Mention], doc: Document, story: Story) -> None:
    """Set `event` and `event_how` on each mention of one text, in place, by what the text itself says
    (done where the text is read; `settle_events` then looks across texts)."""
    anchors = story_anchors(doc, story) if story.events else temporal_anchors(doc)
    for mention in mentions:
        if mention.kind == "date" and not story.events:
            # Without named events a date can only be grouped with the same date:
            # two dates in one year may well be two different events.
            placed = (mention.value, "its own date") if mention.value else None
        else:
            placed = _place(mention, doc, anchors)
        mention.event, mention.event_how = placed or (NO_EVENT, "")


def settle_events(mentions: list[Mention], story: Story, docs: dict[str, Document] | None = None) -> None:
    """The story-wide part of placing mentions, once each text's are placed: years into their decades, and
    unplaced mentions into the story's one or main event."""
    _merge_years_into_decades(mentions)
    year = None if story.events else story_year(mentions, docs or {})
    for m in mentions if year else ():
        if UNDATED in m.event_how:
            m.event, m.event_how = NO_EVENT, ""     # a year guessed for a weekday of a piece of unknown date
    _join_only_event(mentions, year)
    if not story.events:
        _join_main_event(mentions, year)
        _join_near_days(mentions)


def story_year(mentions: list[Mention], docs: dict[str, Document]) -> str | None:
    """The year most sources name, where two or more do and they were written in different years: the year of the
    story's event. Sources written years apart (the night, the inquiry, the anniversary) each name it, and each its
    own year less often; what they do not place in time is about it ("Twenty-three people died"), as what one of
    them places in it is."""
    published = {doc.source.published.year for doc in docs.values() if doc.source and doc.source.published}
    if len(published) < 2:
        return None             # one year's reports: what is placed most is the story's (main_event)
    named: Counter = Counter()
    for doc in docs.values():
        # years written out: a weekday or "June 2" is read in the year the source is dated, or the story's
        # sources mostly are when it is not dated
        if doc.source is None or doc.source.role != "draft":
            named.update({year for year in (period_of(d.low, d.high) for d in doc.dates if not d.relative)
                          if year and year.isdigit()})
    placed = Counter(m.event for m in mentions if m.kind != "date" and not m.event_how.endswith(COMPARED)
                     and UNDATED not in m.event_how)
    year = max(named, key=lambda y: (named[y], placed[y], y), default=None)
    return year if year and named[year] >= 2 else None


DAYS_OFF = 1      # a day this close to the one most sources give a claim, in a sentence worded like theirs,
SHARED_WORDS = 3  # (this many words of substance shared) is that day told wrong, not another event
SHARED_WRITTEN = 2  # ... or this many, where both days are written out with their year ("on 12 May 2000")
_YEAR = regex.compile(r"\b(?:1[89]|20)\d\d\b")
_SUBSTANCE = regex.compile(r"[\p{L}][\p{L}'’-]{3,}")


def words_of(sentence: str) -> set[str]:
    """The words of substance of a sentence, cut to six letters, calendar words and the commonest left out."""
    return {w.lower()[:6] for w in _SUBSTANCE.findall(sentence)} - _CALENDAR_WORDS


WEEKDAY = regex.compile(r"\b(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b", regex.IGNORECASE)
_CALENDAR_WORDS = {w[:6] for w in """monday tuesday wednesday thursday friday saturday sunday january february march
    april june july august september october november december said says that this with from have been were which
    their after early late morning afternoon evening night""".split()}


def _join_near_days(mentions: list[Mention]) -> None:
    """Without a story file a date is its own event, since two days may be two events. But where two sources or
    more give one day for a claim, a source that gives the day before or after in a sentence worded like theirs
    ("the boat capsized in the early hours of Thursday" where they say it capsized on Wednesday) tells the same
    event: it is compared with them, so the clash is a finding."""
    days: dict[str, list[Mention]] = defaultdict(list)
    for m in mentions:
        if m.kind == "date" and m.role != "draft" and m.low is not None and m.low == m.high and m.event == m.value:
            days[m.claim].append(m)
    for claim, group in days.items():
        sources_of: dict[str, set[str]] = defaultdict(set)
        for m in group:
            sources_of[m.value].add(m.source)
        modal = max(sources_of, key=lambda v: (len(sources_of[v]), v))
        if len(sources_of) < 2 or len(sources_of[modal]) < 2:
            continue
        at_modal = [m for m in group if m.value == modal]
        modal_day = at_modal[0].low
        modal_words = [words_of(other.sentence) for other in at_modal]
        for m in group:
            if m.value == modal or abs(m.low - modal_day) > DAYS_OFF or m.source in sources_of[modal]:
                continue
            words = words_of(m.sentence)
            if not any(len(words & theirs) >= (SHARED_WRITTEN if _YEAR.search(m.text) and _YEAR.search(o.text)
                                                else SHARED_WORDS) for o, theirs in zip(at_modal, modal_words)):
                continue
            m.event_how = f"{m.event_how}; the day next to {modal}, the day most sources give this claim, in a " \
                          "sentence worded like theirs: the same event"
            # a weekday off by one is compared with the sources' weekdays, apart from their dates, which agree
            weekdays = [o for o in at_modal if WEEKDAY.search(o.text)]
            m.event = f"{modal} (weekday)" if weekdays and WEEKDAY.search(m.text) else modal
            for other in weekdays if m.event != modal else ():
                other.event = m.event


def _merge_years_into_decades(mentions: list[Mention]) -> None:
    """Inferred '1991' and '1990s' for one claim are one event: the decade."""
    decades = defaultdict(set)
    for m in mentions:
        if m.event.endswith("s") and m.event[:-1].isdigit():
            decades[m.claim].add(m.event)
    for m in mentions:
        if m.event.isdigit() and f"{m.event[:3]}0s" in decades[m.claim]:
            m.event_how += f"; {m.event} falls in the {m.event[:3]}0s"
            m.event = f"{m.event[:3]}0s"


def main_event(mentions: list[Mention]) -> str:
    """The event most figures are placed in: what the folder's story is about."""
    placed = Counter(m.event for m in mentions if m.kind != "date" and m.event not in (NO_EVENT, "")
                     and not m.event_how.endswith(COMPARED))
    return placed.most_common(1)[0][0] if placed else MAIN_EVENT


def _join_main_event(mentions: list[Mention], year: str | None = None) -> None:
    """A folder is one story: a figure nothing anchors is about the story's own event."""
    main = year or main_event(mentions)
    for m in mentions:
        if m.event == NO_EVENT and m.kind != "date":
            m.event, m.event_how = main, "no anchor near it; the story's main event (most figures are placed there)"


def _join_only_event(mentions: list[Mention], year: str | None = None) -> None:
    events_of = defaultdict(set)
    for m in mentions:
        if m.event != NO_EVENT and not m.event_how.endswith(COMPARED):
            events_of[m.claim].add(m.event)
    # Events other claims are placed in; dates are left out (without a story file
    # a date is its own event).
    story_events = {m.event for m in mentions if m.event != NO_EVENT and m.kind != "date"
                    and not m.event_how.endswith(COMPARED)}
    for m in mentions:
        if m.event != NO_EVENT or (m.kind == "date" and m.low is not None):
            continue
        if not events_of[m.claim] and len(story_events) == 1:
            (m.event,) = story_events
            m.event_how = "no anchor near it; the one event this story's other claims are placed in"
        elif not events_of[m.claim]:
            m.event, m.event_how = year or MAIN_EVENT, \
                "no source places this claim in time; taken as the story's own event"
        elif len(events_of[m.claim]) == 1 and m.kind != "date":
            (only,) = events_of[m.claim]
            m.event = only
            m.event_how = "no anchor near it; the only event other sources give this claim"
