"""Times of day no rule took, as open items: minutes, in UTC where a zone or the story's other times tell the
offset, so "0915 GMT" meets "5:15 p.m. local time (UTC+8)"; each with the words of its own clause and the day
its sentence tells it on."""
from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import replace

import regex

from checker.claims.context_words import CLAUSE_TURN_BEFORE, CLOCK_MARK, STOP_WORDS, figure_context, stem
from checker.claims.document import Document, Mention
from checker.claims.open_figures import MIN_SHARED, OpenItem, resolve_names
from checker.reading import US_ZONES_TO_EASTERN, dateline_offset, superseded

_AS_OF_BEFORE = regex.compile(r"\b(?:by|as\s+of|as\s+at)\s+(?:about\s+|around\s+)?\Z", regex.IGNORECASE)
# "at 12:33 p.m. (1033 GMT), or 11:33 a.m. in Portugal": the moment before it on another place's clock
_OTHER_CLOCK_BEFORE = regex.compile(r"(?:,\s*|\s+)or\s+(?:at\s+)?\Z")
_CLAUSE_WORD = regex.compile(r"\p{L}{3,}")
_TURN = regex.compile(r"\b(?:after|before|since|until|following)\b", regex.IGNORECASE)
# Which end of a journey a time is told of: a take-off and a crash minutes later, both "from Kathmandu", are two
# moments; times told of the same end, or of neither, pair on their words
_DEPARTED = regex.compile(r"\b(?:t(?:ook|aken|akes|aking)\s+off|depart(?:ed|s|ing|ure)|set\s+(?:off|sail)|"
                          r"lifted\s+off|pushed\s+back)\b|\bleft\s+(?:the\s+)?(?=\p{Lu})")
_ENDED = regex.compile(r"\b(?:land(?:ed|ing|s)|touched\s+down|arriv(?:ed|al|ing)|crash(?:ed|es)|went\s+down|"
                       r"came\s+down|sank|capsized|collided|exploded|disappeared|lost\s+(?:contact|radar))\b",
                       regex.IGNORECASE)


# "Time: 05:28 local time (01:58 GMT)": a fact box's time, under the heading that says what the box is of
_BOX_TIME_LABEL = regex.compile(r"[ \t]*(?:(?:local[ \t]+)?time|time[ \t]+of[ \t]+\p{L}+)[ \t]*:[ \t]*",
                                regex.IGNORECASE)
BOX_LINES = 8           # lines a fact box's heading may stand above its time


def _box_heading_words(text: str, start: int) -> set[str]:
    """The words of substance of the fact box heading above a time given under a "Time:" label; none otherwise."""
    line_start = text.rfind("\n", 0, start) + 1
    if not _BOX_TIME_LABEL.fullmatch(text, line_start, start):
        return set()
    end = line_start - 1
    for _ in range(BOX_LINES):
        if end <= 0:
            break
        begin = text.rfind("\n", 0, end) + 1
        line = text[begin:end]
        if not line.strip():
            break                   # the box ends at a blank line
        if ":" not in line:         # the heading: no label of its own
            return {w for w in map(stem, _CLAUSE_WORD.findall(line)) if w not in STOP_WORDS}
        end = begin - 1
    return set()


def on_local_clock(zone: str) -> bool:
    """Whether a time is told on the story's own clock: "07:15 local time" and a bare "6:15 a.m." alike."""
    return zone.lower() in ("", "local", "local time")


def open_times(docs: dict[str, Document]) -> list[OpenItem]:
    """Every time of day, as minutes: in UTC where the source or the story's other times tell the offset."""
    # the local clock's offset, where the story happens: told by bare times with their GMT beside them and by the
    # datelines ("AUSTIN, Texas", "HOUSTON (AP)"), a vote each, so that one outlet's wrong conversion ("20:00 local
    # time (23:00 GMT)") is outvoted by two datelines in New York; the zones times are written in ("9:30 a.m. EDT",
    # "06:07 Moscow time") tell it only where neither does, or settle a tie: a moment may be given on another
    # place's clock ("a moment of silence at 11 a.m. EST" in a story from Arizona). Offsets are kept modulo a day.
    converted = Counter((t.minutes - t.beside_utc) % 1440 for doc in docs.values() for t in doc.times
                        if t.beside_utc is not None and on_local_clock(t.zone))
    zoned = [((t.minutes - t.utc) % 1440, t.zone.lower().endswith(" time")) for doc in docs.values()
             for t in doc.times if t.utc is not None and t.zone.upper() not in ("GMT", "UTC", "Z", "")]
    in_any_zone = Counter(offset for offset, _ in zoned)
    # a place's clock ("Kyiv time") may be another place's than the story's: it settles ties, never alone
    by_abbreviation = Counter(offset for offset, a_place in zoned if not a_place)
    days = Counter(doc.source.published for doc in docs.values() if doc.source.published)
    story_day = days.most_common(1)[0][0] if days else None
    placed = converted + Counter(o % 1440 for doc in docs.values()
                                 for o in [dateline_offset(doc.text, doc.source.published or story_day)] if o is not None)
    votes = placed or by_abbreviation
    local_offset = max(votes, key=lambda k: (votes[k], by_abbreviation[k], in_any_zone[k])) if votes else None
    found = []
    for doc in docs.values():
        if not doc.times:
            continue
        mine = []
        beside_utc = {t.start: t.beside_utc for t in doc.times}
        days = [(d.start, d.low.toordinal()) for d in doc.dates if d.low is not None and d.low == d.high]
        day = doc.source.published or story_day
        for k, t in enumerate(doc.times):
            sentence = doc.index.at(t.start)
            if sentence is None or sentence.is_heading:
                continue
            utc = t.utc
            if utc is None and local_offset is not None and on_local_clock(t.zone):
                utc = (t.minutes - local_offset) % 1440    # the story's other times give the local offset
            shift = (utc - t.minutes) if utc is not None else 0
            zone = " ".join(t.zone.lower().split())
            eastern = utc is None and zone in US_ZONES_TO_EASTERN
            if _AS_OF_BEFORE.search(doc.text, max(sentence.start, t.start - 12), t.start) \
                    or t.no_moment:
                continue                                    # "1,045 quakes by 8 a.m.": when a count stood, not a moment
            if mine and mine[-1].mention.sentence_index == sentence.index \
                    and _OTHER_CLOCK_BEFORE.search(doc.text, max(sentence.start, t.start - 8), t.start):
                continue
            # "half an hour after the museum opened its doors at 9 a.m.": the words of its own clause; "just
            # after 02:00" is the time's own qualifier
            left = sentence.start
            for turn in _TURN.finditer(doc.text, sentence.start, t.start):
                if len([w for w in _CLAUSE_WORD.findall(doc.text, turn.end(), t.start)
                        if w.lower() not in ("local", "time", "gmt", "utc")]) >= 3:
                    left = turn.end()
            words, names = figure_context(doc, t, left, _right_bound(doc, k, sentence.end))
            words = words | _box_heading_words(doc.text, t.start)   # "Time: 05:28" under "THE BAM EARTHQUAKE ..."
            if t.conversion and mine and mine[-1].mention.sentence_index == sentence.index:
                words = words | mine[-1].words      # "at 6:27 p.m. (1827 GMT), they said.": its time's words
            if len(words) < MIN_SHARED:
                continue
            if utc is None and t.beside_utc is not None:
                utc = t.beside_utc                          # no story offset: the conversion beside it says
                shift = (utc - t.minutes)
            if t.minutes % 15:
                # "22:08" in one outlet and "10:08 p.m." in another: a minute off the quarter hours, told alike,
                # is one moment, whatever words tell it ("opened fire", "received the first reports of gunfire");
                # so is "7:08 p.m." where the others say "7:08 a.m.", the commonest slip of a clock
                words = words | {f"{CLOCK_MARK}{(t.minutes + shift) % 720}"}
            unit = "minutes UTC" if utc is not None else "minutes local" if on_local_clock(t.zone) \
                else f"minutes {t.zone}"
            if eastern and utc is None:                     # "8 a.m. Pacific time" beside "9 a.m. ET"
                shift, unit = US_ZONES_TO_EASTERN[zone], "minutes US Eastern time"
                if day is not None:                         # the day says which of EDT and EST it is
                    shift = (t.minutes + shift + _eastern_to_utc(day)) % 1440 - t.minutes
                    unit, eastern = "minutes UTC", False
            # "about 22:30" and "around 23:00" reach no further than 22:45 each: the half hour between them is
            # what the sources tell apart, so a loose time's ends are not its own
            loose = t.qualifier in _LOOSE
            mention = Mention(source=doc.source.label, path=doc.source.path, role=doc.source.role, claim="",
                              kind="count", text=t.text, start=t.start, end=t.end, low=float(t.low + shift),
                              high=float(t.high + shift), stated=float(t.minutes), unit=unit, value=_clock_value(t.minutes, shift),
                              qualifier=t.qualifier, low_inclusive=not loose, high_inclusive=not loose,
                              why=f"{t.text}: {_clock(t.low + shift)} to {_clock(t.high + shift)}"
                              f" {'UTC' if utc is not None else 'US Eastern time' if eastern else t.zone or 'local time'}",
                              sentence=sentence.text, sentence_index=sentence.index,
                              superseded=superseded(doc.text, t.start, t.end, sentence.start))
            # a conversion ("(0530 GMT)") meets the other outlets' conversions: a wrong one stands out. It pairs
            # by its own words, and where they pair it with none, as its local time is paired (see open_claims)
            item = OpenItem(mention, words, f"time:{'converted ' if t.conversion else ''}{unit}", names,
                            day=_day_told(days, t.start, sentence),
                            owner=_span_end(doc, k) or _journey_end(
                                doc.text, max(left, doc.times[k - 1].end if k else 0),
                                _right_bound(doc, k, sentence.end), t.start))
            main = mine[-1] if mine else None
            if t.conversion and main is not None and main.conversion is None and main.mention.end <= t.start \
                    and beside_utc.get(main.mention.start) in (t.minutes, t.utc):
                main.conversion = item
            mine.append(item)
        resolve_names(doc, mine)
        found.extend(mine)
    return found


_LOOSE = frozenset({"about", "around", "approximately", "roughly"})
# ("between 1 and 2 a.m." is one moment told loosely, not a span's two ends)
_SPAN_FROM = regex.compile(r"\bfrom\s+\Z", regex.IGNORECASE)
_SPAN_TO = regex.compile(r"\s*(?:to|until|till|-|–)\s*", regex.IGNORECASE)
SPAN_GAP = 12       # characters between the two times of a span ("6.30pm to 6.30am")


def _span_end(doc: Document, k: int) -> str:
    """"from" or "to" for a time opening or closing a span ("a curfew from 6.30pm to 6.30am"): the two ends are two
    facts, however alike the words around them; "" otherwise."""
    t, text = doc.times[k], doc.text
    after = doc.times[k + 1] if k + 1 < len(doc.times) else None
    before = doc.times[k - 1] if k else None
    if after is not None and after.start - t.end <= SPAN_GAP and _SPAN_TO.fullmatch(text, t.end, after.start) \
            and _SPAN_FROM.search(text, max(0, t.start - 10), t.start):
        return "span from"
    if before is not None and t.start - before.end <= SPAN_GAP and _SPAN_TO.fullmatch(text, before.end, t.start) \
            and _SPAN_FROM.search(text, max(0, before.start - 10), before.start):
        return "span to"
    return ""


def _journey_end(text: str, start: int, end: int, at: int) -> str:
    """"departure" or "end": the end of a journey told by the verb of the time's words nearest before the time (at
    `at`), or else after it; "" when none tells (see `OpenItem.owner`). "left Kathmandu at 10:32 ... and was a minute
    from landing" is a departure."""
    # the verb before the time first: "left Cascavel at 11:46 and came down"
    verbs = [(m.end() > at, abs(m.start() - at), phase)
             for pattern, phase in ((_DEPARTED, "departure"), (_ENDED, "end"))
             for m in pattern.finditer(text, start, end)]
    return min(verbs)[2] if verbs else ""


def _right_bound(doc: Document, k: int, end: int) -> int:
    """Where the words of the k-th time of day stop: at the next moment its sentence tells ("took off at 4:27 p.m.
    and touched down at 5:47 p.m.": the landing is the second time's), before the clause turn leading to it; its
    own conversion beside it ("5:47 p.m. (0847 GMT)") is no next moment."""
    later = (t for t in doc.times[k + 1:] if not t.conversion)
    following = next(later, None)
    if following is None or following.start >= end:
        return end
    turns = list(CLAUSE_TURN_BEFORE.finditer(doc.text, doc.times[k].end, following.start))
    return turns[-1].start() if turns else following.start


def _day_told(days: list[tuple[int, int]], at: int, sentence) -> int | None:
    """The day (ordinal) told nearest a time of day in its sentence ("at 7 p.m. on Friday"), if any."""
    near = [(abs(start - at), day) for start, day in days if sentence.start <= start < sentence.end]
    return min(near)[1] if near else None


def _eastern_to_utc(day: dt.date) -> int:
    """Minutes to add to US Eastern time for UTC on that day: EDT from the second Sunday of March to the first
    Sunday of November (the rule since 2007), EST otherwise."""
    march = dt.date(day.year, 3, 8)
    november = dt.date(day.year, 11, 1)
    start = march + dt.timedelta(days=(6 - march.weekday()) % 7)
    end = november + dt.timedelta(days=(6 - november.weekday()) % 7)
    return 240 if start <= day < end else 300


def _clock_value(minutes: int, shift: int) -> str:
    """A time as compared: "9.30 pm" and "2130 hrs" are one time, "21:30 (16:00 UTC)" where the zone is known."""
    return _clock(minutes) + (f" ({_clock(minutes + shift)} UTC)" if shift else "")


def _clock(minutes: int) -> str:
    return f"{minutes % 1440 // 60:02d}:{minutes % 60:02d}"


def one_moment(a: Mention, b: Mention) -> bool:
    """Whether two times in UTC can be one moment: their spans meet, on a clock that wraps at midnight."""
    if a.unit != "minutes UTC" or b.unit != "minutes UTC":
        return True
    apart = abs((a.low + a.high) / 2 - (b.low + b.high) / 2) % 1440
    return min(apart, 1440 - apart) <= (a.high - a.low) / 2 + (b.high - b.low) / 2


_IN_UTC = regex.compile(r"\b(?:GMT|UTC)\b|\d{4}\s?Z\b")   # "1210 GMT", "0630Z": a time stated in UTC


def told_in_utc(group: list[OpenItem], conversions: list[OpenItem]) -> list[OpenItem]:
    """Copies of the times of `group` that other sources state in GMT or UTC themselves, to meet the group's
    conversions: "15:10 local time (13:10 GMT)" against "about 1210 GMT" in another outlet is a wrong conversion
    even where no other outlet converts that moment."""
    if not conversions or not group[0].dimension.startswith("time"):
        return []
    converting = {c.mention.source for c in conversions}
    return [replace(g, mention=replace(g.mention)) for g in group
            if g.conversion is None and g.mention.source not in converting and _IN_UTC.search(g.mention.text)]


def on_one_clock(mentions: list[Mention]) -> None:
    """Times of day of one moment placed on one day's clock: "just before 8 a.m." (23:45 to 00:00 UTC) meets
    "7:58 a.m." (23:58 UTC) only when both sit on the same side of midnight."""
    middle = (mentions[0].low + mentions[0].high) / 2
    for m in mentions[1:]:
        turn = round((middle - (m.low + m.high) / 2) / 1440) * 1440
        m.low, m.high = m.low + turn, m.high + turn
