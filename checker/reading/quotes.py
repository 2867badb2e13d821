"""Quoted passages in one text, and who said each.

  find      quoted passages (straight, curly and guillemet marks; single quotes only
            outside double ones, apostrophes never), with the wire convention of a
            quote running on into a paragraph that opens with a quote mark again
  speaker   who said each (checker.reading.quote_speakers)

Grouping the quotes of many sources is checker.compare.quotes.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol
from functools import cached_property

import regex

from checker.reading.quote_speakers import Speakers, attribution, speaker_follows
from checker.reading.spoken import spoken_words
from checker.reading.text import SentenceIndex, split_sentences

MIN_STATEMENT_WORDS = 5  # "normalization", "civilian EU mission": scare quotes, not statements

# --- finding quotes ---------------------------------------------------------------------------------------------

_MARKS = regex.compile(r"[\"“”«»„‘’']|\n[ \t]*\n\s*")
_DOUBLE_OPEN, _DOUBLE_CLOSE = "“«„", "”»"
_SINGLE_OPEN, _SINGLE_CLOSE = "‘'", "’'"
_WORD = regex.compile(r"[\p{L}\p{N}]+(?:['’][\p{L}]+)*")

_PARAGRAPH_BREAK = regex.compile(r"\n[ \t]*\n\s*")


@dataclass(frozen=True)
class Quote:
    source: str
    path: str
    text: str            # inside the marks; the parts of a quote running over paragraphs joined by a space
    start: int           # offsets of the quoted text in the source
    end: int
    speaker: str | None  # a surname ("Putin"), or as written when no name is found ("the Kremlin chief")
    speaker_how: str
    sentence: str
    closed: bool = True  # False: no closing mark; the quote was ended at the paragraph end
    speaker_at: tuple[int, int] | None = None   # where the speaker's name stands, when named beside the quote

    @cached_property
    def words(self) -> list[str]:
        return [w for w, _, _ in spoken_words(self.text)]

    @property
    def is_statement(self) -> bool:
        return len(self.words) >= MIN_STATEMENT_WORDS


@dataclass
class _Span:
    start: int
    end: int
    parts: list[tuple[int, int]]
    closed: bool


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _is_letter(char: str) -> bool:
    return bool(char) and char.isalnum()


def _quote_spans(text: str, sentences: SentenceIndex) -> list[_Span]:
    """Quoted passages of one text: a single pass over the quote marks and paragraph breaks."""
    spans: list[_Span] = []
    double_open: int | None = None  # offset just inside the opening mark
    single_open: int | None = None
    parts: list[tuple[int, int]] = []
    reopen_at = -1                   # the mark that continues a quote in the next paragraph

    def finish(end: int, closed: bool) -> None:
        nonlocal double_open, parts
        parts.append(_trim(text, double_open, end))
        parts = [p for p in parts if p[0] < p[1]]
        if parts:
            spans.append(_Span(parts[0][0], parts[-1][1], parts, closed))
        double_open, parts = None, []

    for match in _MARKS.finditer(text):
        mark, at = match.group(), match.start()
        before, after = text[at - 1:at] if at else "", text[match.end():match.end() + 1]
        if mark[0] == "\n":  # a paragraph break
            single_open = None  # a lone single mark was an apostrophe after all
            if double_open is not None:
                if after and after in _DOUBLE_OPEN + '"':
                    parts.append(_trim(text, double_open, at))  # wire convention: the quote runs on
                    reopen_at, double_open = match.end(), None
                else:
                    finish(at, closed=False)
            continue
        if at == reopen_at:
            double_open = at + 1
            continue
        if reopen_at >= 0 and double_open is None and parts:
            # the paragraph that "re-opened" did not; keep what was quoted before it
            spans.append(_Span(parts[0][0], parts[-1][1], parts, False))
            parts = []
        reopen_at = -1
        if mark in _DOUBLE_OPEN or (mark == '"' and double_open is None):
            if double_open is not None:
                if not _is_letter(after) and after not in "\"'‘":
                    finish(at, closed=True)  # an opening mark used to close ("today. “")
                    continue
                finish(at, closed=False)
            single_open = None
            double_open = match.end()
        elif mark in _DOUBLE_CLOSE or mark == '"':
            if double_open is not None:
                finish(at, closed=True)
            else:
                _orphan_close(text, at, sentences, spans)
        elif double_open is None:  # single marks count only outside double quotes (nested quotes are inside)
            if _is_letter(before) and _is_letter(after):
                continue  # an apostrophe: Russia's, don't
            if single_open is not None and mark in _SINGLE_CLOSE and not _is_letter(after):
                start, end = _trim(text, single_open, at)
                if start < end:
                    spans.append(_Span(start, end, [(start, end)], True))
                single_open = None
            elif single_open is None and mark in _SINGLE_OPEN + "’" and not _is_letter(before) and _is_letter(after):
                single_open = match.end()
    if double_open is not None:
        finish(len(text), closed=False)
    elif parts:
        spans.append(_Span(parts[0][0], parts[-1][1], parts, False))
    return spans


def _orphan_close(text: str, at: int, sentences: SentenceIndex, spans: list[_Span]) -> None:
    """A closing mark nothing opened: when a speaker follows, the quote began at its sentence start."""
    if not speaker_follows(text, at + 1):
        return
    sentence = sentences.at(at - 1)
    if sentence is None or (spans and spans[-1].end > sentence.start):
        return
    start, end = _trim(text, sentence.start, at)
    if end - start > 3:
        spans.append(_Span(start, end, [(start, end)], False))


# --- speakers ---------------------------------------------------------------------------------------------------

class LabelledText(Protocol):
    """A text with the label and path its quotes are filed under (a source, or anything shaped like one)."""
    text: str
    label: str
    path: str


def find_quotes(source: LabelledText) -> list[Quote]:
    """Every quoted passage of one text, with its speaker when one can be found."""
    text = source.text
    sentences = split_sentences(text)
    index = SentenceIndex(sentences)
    spans = _quote_spans(text, index)
    speakers = Speakers(text, index, spans)
    quotes: list[Quote] = []
    previous: tuple[int, str | None, str] | None = None
    for span in spans:
        first, last = index.at(span.start), index.at(max(span.start, span.end - 1))
        speaker, how, speaker_at = attribution(text, span, speakers, first, previous)
        sentence_text = text[first.start:max(first.end, last.end if last else first.end)] if first else ""
        quoted = " ".join(text[a:b] for a, b in span.parts)
        quotes.append(Quote(source.label, source.path, quoted, span.start, span.end, speaker, how, sentence_text,
                            span.closed, speaker_at))
        if first is not None:
            previous = (first.paragraph, speaker, how)
    return quotes
