"""Find an article's own publication date from its head and metadata lines.

Only the head (first 15 non-blank lines within 1500 characters) is read, plus
metadata URLs anywhere in the text; dates deep in the body are about past events
and are never used. Signals, most trusted first:

  0  "Date: ...", "Published: ...", "Posted on ...", "FOR IMMEDIATE RELEASE: ..."
  1  a line that is only a date (with perhaps a time and time zone), or a wire slug ("AP-NY-03-13-96 1842EST")
  2  a byline-like short line with a date ("By AFP | Oct. 31, 2022")
  3  a metadata URL with a /2022/10/31/ path (standalone line, or "url:"/"source:" label)
  4  a dateline "MOSCOW, Oct 31 (Reuters) -" (year from the text's URL or copyright line)
  5  a photo caption near the top ("... Sochi, Russia, Oct. 31, 2022. (EPA ...)")
  6  "Updated: ..." (an update is later than publication, so it comes last)
Ties go to the earliest line.
"""
import datetime
import re

from checker.reading import DateReading, read_dates

_HEAD_CHARS = 1500
_HEAD_LINES = 15

_MARKUP = re.compile(r"^[\s*#>_]+|[\s*_]+$")
_LABEL = re.compile(
    r"(?i:(?P<label>date(?:line)?|first\s{1,3}published|published|publication\s{1,3}date|posted|"
    r"for\s{1,3}immediate\s{1,3}release|release(?:\s{1,3}date)?|released|issued|"
    r"last\s{1,3}updated|updated|last\s{1,3}modified|modified))\b(?:\s{1,3}(?i:on|at))?"
    r"\s{0,3}[:\-–—|]?\s{0,3}")
_NOISE = re.compile(
    r"(?i:(?<![a-z0-9])t?\d{1,2}[:.]\d{2}(?::\d{2}(?:\.\d{1,6})?)?z?\s{0,2}(?:[ap]\.?m\b\.?)?|\b(?:gmt|utc|[ecmp][sd]t|bst|cest|"
    r"cet|msk|et|pt|at|on|hrs|hours)\b|[+-]\d{1,2}(?::?\d{2})?\b|\b\d{4}\s{0,2}(?:gmt|utc)\b|"
    r"\b(?:last\s{1,3})?updated(?:\s{1,3}(?:\d{1,2}|an?)\s{1,3}(?:minutes?|hours?|mins?)\s{1,3}ago)?\b)|"
    r"\b[A-Z]{2,4}T\b")   # any zone's letters: NZDT, HKT, AEST
_WORDISH = re.compile(r"[A-Za-z0-9]")
_DATELINE = re.compile(
    r"(?:[A-Z][\w.'’-]{0,30}(?:\s[A-Z][\w.'’-]{0,30}){0,3})"
    # "COX'S BAZAR / DHAKA, 5 September 2017": a release issued from two places
    r"(?:\s{0,2}/\s{0,2}[A-Z][\w.'’-]{0,30}(?:\s[A-Z][\w.'’-]{0,30}){0,3}){0,2}"
    r"(?:,\s{1,3}[A-Z][\w.'’-]{0,30}(?:\s[A-Z][\w.'’-]{0,30}){0,2}){0,2},\s{1,3}")
# after the date: "(Reuters) -", " /CNW Telbec/ -", "--", or the agency's name ending the line
_DATELINE_TAIL = re.compile(r"\s{0,3}(?:\([^()\n]{1,40}\)\s{0,3}|/[^/\n]{1,60}/\s{0,3})?[-–—:]|"
                            r"\s{0,3}\([^()\n]{1,40}\)\s*$")
# "AUCKLAND, New Zealand--(BUSINESS WIRE)--March 3, 2019--": a news wire's name between the place and the date
_WIRE_NAME = re.compile(r"\s{0,3}--\s{0,3}\([^()\n]{2,40}\)\s{0,3}--\s{0,3}")
_CAPTION = re.compile(
    r"(?i:\bphoto\b|\bpictured\b|getty|\bepa\b|reuters/|\(l-r\)|\(r-l\)|\bfile\s{1,3}image|"
    r"shutterstock)")
_URL = re.compile(r"(?:https?://|www\.)[^\s<>\"'()\[\]]+")
_URL_DAY = re.compile(
    r"/((?:19|20)\d\d)(?:[/-](0?[1-9]|1[0-2])[/-]|(0[1-9]|1[0-2]))(0?[1-9]|[12]\d|3[01])(?=[/_.-]|$)")
_URL_MONTH = re.compile(r"/((?:19|20)\d\d)/(?:0?[1-9]|1[0-2])/")
_URL_LABEL = re.compile(r"(?i:(?:original\s{1,3})?(?:url|link|source|canonical|permalink)\s{0,3}:?)")
_URL_WRAP = "<>()[] \t*_"
# Same as (?i:©|\(c\)|copyright)...: written to begin with a character set so that `re`
# skips through the whole text at C speed instead of trying a match at every position.
_COPYRIGHT = re.compile(r"[©(Cc](?:(?<=©)|(?<=\()[Cc]\)|(?<=[Cc])(?i:opyright))\s{0,3}((?:19|20)\d\d)\b")
_DIGIT = re.compile(r"\d")
# "AP-NY-03-13-96 1842EST": an archived wire story's slug, the desk, the day it moved (month-day-year) and the time
_WIRE_SLUG = re.compile(r"[A-Z]{2,4}-[A-Z]{2,4}-(?P<month>\d\d)-(?P<day>\d\d)-(?P<year>\d\d)\s{1,3}\d{4}\s?[A-Z]{2,4}")


def _explicit_day(reading: DateReading) -> datetime.date | None:
    """A single calendar day written with its year (not resolved from a reference)."""
    if reading.precision == "day" and not reading.relative and reading.low == reading.high:
        return reading.low
    return None


_DASH_BEFORE = re.compile(r"\s[–—]\s*\Z")   # a masthead's name, a dash, then its day to the line's end


def _only_noise(text: str) -> bool:
    """Nothing but times, time zones and separators."""
    return not _WORDISH.search(_NOISE.sub(" ", text))


def _wire_slug(line: str) -> datetime.date | None:
    slug = _WIRE_SLUG.fullmatch(line.strip())
    if slug is None:
        return None
    year = int(slug["year"])
    try:
        return datetime.date(year + (1900 if year >= 50 else 2000), int(slug["month"]), int(slug["day"]))
    except ValueError:
        return None


def _first_day(line: str) -> tuple[DateReading, datetime.date] | None:
    if not _DIGIT.search(line):
        return None  # a day written with its year has digits; spare the reader
    latest = datetime.date.today().year + 1
    for reading in read_dates(line):
        day = _explicit_day(reading)
        # "Date: 2082/05/25 B.S. (Wednesday, 10 September 2025)": a year to come is another calendar's (Nepal's
        # Bikram Sambat), and no page is dated in it
        if day is not None and day.year <= latest:
            return reading, day
    return None


_PLACE_WORDS = re.compile(r"(?:[A-Z][\w.'’-]*|\d{1,4}|of|de|la|and|the|local\s{1,3}time|release|statement|"
                          r"(?i:for\s{1,3}immediate\s{1,3}release))"
                          r"(?:[\s,;:|()–—-]+|$)")
_BRACKETED = re.compile(r"\([^()\n]{1,60}\)")                # "(English edition)", "(AP)": said of the paper
# "Press Release No. 2 — Issued 19 July 2019": a label after a dash, the release's number before it
_LABEL_AFTER_DASH = re.compile(r"\s[—–|]\s{0,3}(?=(?i:issued|released|published|posted|updated)\b)")
_SET_APART_BEFORE = re.compile(r"^\s*$|[,;:|()–—-]\s*$")     # nothing before the date, or a separator right before it
_SET_APART_AFTER = re.compile(r"\s*$|\s*[,;:|()–—-]")        # nothing after it, or a separator right after it


def _place_and_date(line: str, reading: DateReading) -> bool:
    """A date line that names its place and perhaps its time ("3 March 2019, Rotorua (last updated 09:40 GMT)",
    "TAUPŌ, Waikato Region – Sunday 3 March 2019"): the date set apart by a comma or dash, the rest capitalised
    place words; not a headline that holds a date ("Why the storm of 3 March 2019 still haunts")."""
    before, after = line[:reading.start], line[reading.end:]
    if len(line) > 120 or not _SET_APART_BEFORE.search(before) or not _SET_APART_AFTER.match(after):
        return False
    rest = _NOISE.sub(" ", _BRACKETED.sub(" ", before + ", " + after)).strip(" ,;:|()–—-")
    words = rest.split()
    return 0 < len(words) <= 8 and _PLACE_WORDS.sub("", rest).strip() == ""


def _head_lines(text: str) -> list[str]:
    lines = []
    for raw in text[:_HEAD_CHARS].splitlines():
        line = _MARKUP.sub("", raw)
        if line:
            lines.append(line)
            if len(lines) == _HEAD_LINES:
                break
    return lines


def _url_candidates(text: str):
    """(date, year-only hint) from metadata URLs anywhere in the text."""
    found, hint = None, None
    for m in _URL.finditer(text):
        line_start = text.rfind("\n", 0, m.start()) + 1
        line_end = text.find("\n", m.end())
        before = text[line_start:m.start()].strip(_URL_WRAP)
        after = text[m.end():len(text) if line_end < 0 else line_end].strip(_URL_WRAP)
        if after or (before and not _URL_LABEL.fullmatch(before)):
            continue  # a link inside prose may point at an older story
        url = m.group().rstrip(".,;")
        day = _URL_DAY.search(url)
        if day and found is None:
            y, mo, d = day.group(1), day.group(2) or day.group(3), day.group(4)
            try:
                found = datetime.date(int(y), int(mo), int(d))
            except ValueError:
                pass
        month = _URL_MONTH.search(url)
        if month and hint is None:
            hint = int(month.group(1))
    return found, hint


# "LONDON (AP) - Thursday, Oct. 7, 1999 - Forensic teams ...": the agency first, then the day with its year
_AGENCY_FIRST = re.compile(r"[A-Z][\w.'’-]{0,30}(?:\s[A-Z][\w.'’-]{0,30}){0,3}"
                           r"(?:,\s{1,3}[A-Z][\w.'’-]{0,30}(?:\s[A-Z][\w.'’-]{0,30}){0,2}){0,2}"
                           r"\s{0,3}\([^()\n]{1,40}\)\s{0,3}[-–—_]{1,2}\s{0,3}")
_DAY_ENDS = re.compile(r"\s{0,3}[-–—_]")


def _agency_first(line: str) -> datetime.date | None:
    prefix = _AGENCY_FIRST.match(line)
    readings = read_dates(line[prefix.end():]) if prefix else []
    if not readings or readings[0].start != 0 or readings[0].precision != "day" or readings[0].low is None \
            or not _DAY_ENDS.match(line, prefix.end() + readings[0].end):
        return None
    return _explicit_day(readings[0])


def _dateline(line: str, year_hint: int | None) -> datetime.date | None:
    line = _WIRE_NAME.sub(", ", line, count=1)
    prefix = _DATELINE.match(line)
    if not prefix:
        return _agency_first(line)
    rest = line[prefix.end():]
    readings = read_dates(rest)
    if not readings or readings[0].start != 0 or readings[0].precision != "day":
        return None
    if not _DATELINE_TAIL.match(rest, readings[0].end) and (rest[readings[0].end:].strip(" ,.")
                                                             or readings[0].low is None):
        return None                     # "Paris, 29 October 2025" alone on its line is a dateline too
    if readings[0].low is not None:
        return _explicit_day(readings[0])
    if year_hint is None:
        return None  # "Oct 31" with no year anywhere trustworthy: do not guess
    # Resolve the day-month against any reference, then move it into the hinted year.
    resolved = read_dates(rest[:readings[0].end], datetime.date(year_hint, 12, 31))
    try:
        return resolved[0].low.replace(year=year_hint)
    except (IndexError, AttributeError, ValueError):  # 29 Feb in a common year
        return None


def find_publication_date(text: str, story_year: int | None = None) -> datetime.date | None:
    """The publication date stated in the article's head or metadata, else None. `story_year`: the year the
    story's other sources were published in, for a dateline that gives none ("AHMEDABAD, June 12 (Reuters) -")."""
    if not isinstance(text, str) or not text:
        return None
    url_day, year_hint = _url_candidates(text)
    year_hint = year_hint or story_year
    if year_hint is None:
        copyright_year = _COPYRIGHT.search(text)
        year_hint = int(copyright_year.group(1)) if copyright_year else None
    best: tuple[int, datetime.date] | None = (3, url_day) if url_day else None

    def offer(rank: int, day: datetime.date | None) -> None:
        nonlocal best
        if day is not None and (best is None or rank < best[0]):
            best = (rank, day)

    for line in _head_lines(text):
        # A later line can only win with a better rank: skip signals that cannot.
        if best is not None and best[0] == 0:
            break
        dash = _LABEL_AFTER_DASH.search(line)
        label = _LABEL.match(line) or (_LABEL.match(line, dash.end()) if dash else None)
        if label and label.start() and not _first_day(line[label.end():]):
            label = None                      # "Saturday 17 June 2017, 19:05 | Updated 21:30": the day is before
        if label:
            rest = line[label.end():]
            found = _first_day(rest)
            if found and _only_noise(rest[:found[0].start]):  # not "Published reports said..."
                updated = re.search("(?i:updated|modified)", label["label"])
                offer(6 if updated else 0, found[1])
            continue
        offer(1, _wire_slug(line))
        found = _first_day(line) if best is None or best[0] > 1 else None
        if found:
            reading, day = found
            if _only_noise(line[:reading.start] + " " + line[reading.end:]):
                offer(1, day)
            elif len(line) <= 120 and (line.lower().startswith("by ") or
                                       any(sep in line for sep in "|•·")):
                offer(2, day)
            elif _place_and_date(line, reading) or len(line) <= 120 and _DASH_BEFORE.search(line, 0, reading.start) \
                    and _only_noise(line[reading.end:]):
                offer(2, day)           # ("Le Dauphiné Libéré, Haute-Savoie edition – Saturday 27 March 1999")
            elif _CAPTION.search(line):
                offer(5, day)
        if best is None or best[0] > 4:
            offer(4, _dateline(line, year_hint))
    return best[1] if best else None
