"""Paragraphs and sentences with their character offsets.

Offsets are kept from the moment a text is read so that every mention can point
back at its source, sentence and span without searching for it again.
"""
from __future__ import annotations

import bisect
from functools import lru_cache
from dataclasses import dataclass

import regex

# A sentence ends at . ! ? (optionally followed by closing quotes/brackets) before
# white space and an upper-case letter, digit or opening quote. Abbreviations that
# end with a dot ("U.S.", "Oct.", "Mr.") must not end a sentence.
_SENTENCE_END = regex.compile(r"""[.!?]+["'\u201d\u2019)\]]*(?=\s+["'\u201c\u2018(\[]?[\p{Lu}\d])""")
_ABBREVIATIONS = frozenset(
    """mr mrs ms dr prof gen col lt sgt capt cmdr adm gov sen rep rev st jr sr mt ft
    jan feb mar apr jun jul aug sep sept oct nov dec no vs etc inc ltd co corp
    u.s u.k u.n e.u u.s.a d.c a.m p.m mm u approx est dept fig""".split()
)
_PARAGRAPH_BREAK = regex.compile(r"\n[ \t]*\n\s*")
_HEADING = regex.compile(r"^\s*(#{1,6}\s|\*\*.*\*\*\s*$)")
# "Updated on March 12, 2023 at 9:31 PM EDT", "PUBLISHED: March 12 ... | UPDATED: ...", "Posted 9:47 PM EDT",
# "Press Release No. 2 — Issued 19 July 2019, 10:00 JST": a line
# that says when the page was written, whose times and dates are the page's, not the story's
_STAMP_LINE = regex.compile(
    r"(?im)^[ \t]*(?:[^\n\u2014\u2013|]{1,40}[\u2014\u2013|][ \t]*)?(?:(?:last|first)\s+)?"
    r"(?:updated|published|posted|modified|issued|released)(?:\s+on)?[ \t]*:?[ \t]*"
    r"(?=\d|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun)\p{L}*\.?[ \t,]+\d)"
    r"[^\n]{0,120}$")


# "- Deaths: 158" / "  - Korean nationals: 132": each item of a list is a sentence of its own
_LIST_ITEM = regex.compile(r"(?m)^[ \t]*(?:[-*\u2022\u2013]|\d{1,2}[.)])[ \t]+(?=\S)")


@dataclass(frozen=True, slots=True)
class Sentence:
    index: int        # position in the source, from 0
    paragraph: int    # index of the paragraph it belongs to
    start: int
    end: int
    text: str
    is_heading: bool  # a short line without final punctuation: a title or section head


# "touched down at 5:57 p.m. Seconds after landing": a clock time ends its sentence unless what follows still
# tells the time ("p.m. Eastern", "a.m. Monday", "p.m. GMT", "a.m. Jan. 5")
_CLOCK_ENDS_SENTENCE = regex.compile(
    r"\b[ap]\.m\.\s+(?!(?:Eastern|Central|Mountain|Pacific|Atlantic|Local|Greenwich|Moscow|Beijing|Tokyo)\b|"
    r"(?:\p{Lu}\p{Ll}+\s+){1,2}(?:[Ss]tandard\s+)?[Tt]ime\b|"                  # "a.m. Kyiv time", "p.m. New York time"
    r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\b|"
    r"\p{Lu}{2,5}\b)\p{Lu}\p{Ll}")


def _ends_with_abbreviation(text: str, dot: int) -> bool:
    word_start = dot
    while word_start > 0 and not text[word_start - 1].isspace():
        word_start -= 1
    word = text[word_start:dot].lower().lstrip("(\"'\u201c")
    # "U. S." written with a space: a lone capital letter before the dot
    return word in _ABBREVIATIONS or (len(word) == 1 and word.isalpha())


def is_list_item(text: str) -> bool:
    return _LIST_ITEM.match(text) is not None


def _looks_like_heading(text: str) -> bool:
    stripped = text.strip()
    if _HEADING.match(stripped):
        return True
    if _LIST_ITEM.match(stripped) and any(c.isdigit() for c in stripped[2:]):
        return False                        # "- Injured: 196": a fact of a list, not a title
    return len(stripped) < 90 and "\n" not in stripped and stripped[-1:] not in ".!?\"'\u201d:,;" and len(stripped.split()) <= 14


@lru_cache(maxsize=4096)
def split_sentences(text: str) -> tuple[Sentence, ...]:
    """Split a whole text into sentences, never across a paragraph break.

    Cached: the extractor, the name finder and the quote finder all need the
    sentences of the same texts, and each text is split once."""
    return tuple(_split_all(text))


def _split_all(text: str) -> list[Sentence]:
    sentences: list[Sentence] = []
    paragraph_start = 0
    paragraph_index = 0
    breaks = [(m.start(), m.end()) for m in _PARAGRAPH_BREAK.finditer(text)] + [(len(text), len(text))]
    for break_start, break_end in breaks:
        _split_paragraph(text, paragraph_start, break_start, paragraph_index, sentences)
        paragraph_index += 1
        paragraph_start = break_end
    return sentences


def _split_paragraph(text: str, start: int, end: int, paragraph: int, out: list[Sentence]) -> None:
    """The paragraph's sentences; a time stamp line inside it ("Updated 8:12 PM EDT, May 30, 2024") is a
    sentence of its own, marked as a heading: when the page changed is not a fact of the story."""
    for stamp in _STAMP_LINE.finditer(text, start, end):
        _split_prose(text, start, stamp.start(), paragraph, out)
        _add(text, stamp.start(), stamp.end(), paragraph, out, heading=True)
        start = stamp.end()
    _split_prose(text, start, end, paragraph, out)


# "Deaths: 33 (female 20, male 12)" / "Injured: 36": a block of two or more "Label: value" lines (a release's
# fact sheet), dashed or not, is one fact a line, and the prose after it is not the last item's; one wrapped line
# with a colon stays prose
_LABEL_LINE = r"[ \t]*(?:[-*\u2022\u2013][ \t]+)?\p{Lu}[^\n:\"\u201c]{0,120}:[ \t]+[^\n\"\u201c]{1,80}"
_LABEL_BLOCK = regex.compile(rf"(?m)^{_LABEL_LINE}(?:\n{_LABEL_LINE})+$")
_LINE = regex.compile(r"[^\n]+")


def _split_prose(text: str, start: int, end: int, paragraph: int, out: list[Sentence]) -> None:
    for block in _LABEL_BLOCK.finditer(text, start, end):
        _split_items(text, start, block.start(), paragraph, out)
        for line in _LINE.finditer(text, block.start(), block.end()):
            # a fact, however short (a dashed item keeps the items' own test, _looks_like_heading)
            _add(text, line.start(), line.end(), paragraph, out, heading=None if is_list_item(line.group()) else False)
        start = block.end()
    _split_items(text, start, end, paragraph, out)


def _split_items(text: str, start: int, end: int, paragraph: int, out: list[Sentence]) -> None:
    for item in _LIST_ITEM.finditer(text, start + 1, end):
        if text[item.start() - 1] == "\n":
            _split_lines(text, start, item.start(), paragraph, out)
            start = item.start()
    _split_lines(text, start, end, paragraph, out)


def _split_lines(text: str, start: int, end: int, paragraph: int, out: list[Sentence]) -> None:
    chunk = text[start:end]
    # A paragraph of one short unpunctuated line is a heading; lines inside a
    # paragraph stay together (wire copy wraps lines).
    cursor = 0
    for match in _SENTENCE_END.finditer(chunk):
        last_dot = match.start() + len(match.group().rstrip("\"'\u201d\u2019)]")) - 1
        if chunk[last_dot] == "." and _ends_with_abbreviation(chunk, last_dot) \
                and not _CLOCK_ENDS_SENTENCE.match(chunk, last_dot - 3):
            continue
        _add(text, start + cursor, start + match.end(), paragraph, out)
        cursor = match.end()
    _add(text, start + cursor, end, paragraph, out)


def _add(text: str, start: int, end: int, paragraph: int, out: list[Sentence], heading: bool | None = None) -> None:
    """Add one sentence; `heading` None leaves it to the sentence's look."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if start >= end:
        return
    body = text[start:end]
    heading = _looks_like_heading(body) if heading is None else heading
    out.append(Sentence(len(out), paragraph, start, end, body, heading))


class SentenceIndex:
    """Finds the sentence holding a character offset in O(log n)."""

    def __init__(self, sentences: list[Sentence]):
        self.sentences = sentences
        self._starts = [s.start for s in sentences]

    def at(self, offset: int) -> Sentence | None:
        i = bisect.bisect_right(self._starts, offset) - 1
        if i < 0:
            return None
        sentence = self.sentences[i]
        return sentence if offset < sentence.end else None
