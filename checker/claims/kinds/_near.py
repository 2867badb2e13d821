"""Finding the cue nearest a reading inside its sentence, in words."""
from __future__ import annotations

import bisect

import regex

from checker.claims.document import Document, Mention
from checker.claims.rules import Rule
from checker.reading import Sentence

_WORD = regex.compile(r"[\w'’.-]+")
# Crossing into another clause makes a cue belong less to the figure: "Of the 61 on board, 45 were rescued".
_CLAUSE_MARK = regex.compile(r"[,;:()]|\s[-\u2013\u2014]\s|\b(?:and|but|while|whereas|although)\b")
CLAUSE_COST = 3
# "was killed as he shielded his wife and two daughters": a clause with a subject of its own stands between a cue
# and a figure, and the figure is what that clause's verb acts on, not what the cue counts
_OWN_SUBJECT = regex.compile(r"\b(?:as|while|when|whilst|because|after|before|until)\s+(?:he|she|they|we|I)\b",
                             regex.IGNORECASE)
# "The death toll from a strike on a station crowded with people trying to flee has risen to 52": the figure is
# what the clause's subject counts, however far back it stands and whatever cues stand between.
_RISEN_TO = regex.compile(r"(?:\b(?:risen|rose|climbed|increased|jumped|grown|grew|soared|surged|stands?|stood|is|was"
                          r"|now|reached|hit|passed|topped)\s+(?:to\s+|at\s+)?|\bto\s+)$", regex.IGNORECASE)
_TOLL_SUBJECT = regex.compile(r"\b(?:toll|number|tally|count|total)\b", regex.IGNORECASE)
# "officials said on Monday, Nov. 14, that the death toll had risen to 158": the subject's clause starts after these
_CLAUSE_START = regex.compile(r"\b(?:that|said|says|say)\b|[,;:]", regex.IGNORECASE)
# "... 130 kilometres south of Manila\nDepth of water at site: about 545 metres": a fact box's next line, under a
# label of its own, tells another fact, though no stop closes the line before it
_BOX_LABEL = regex.compile(r"[ \t]*\p{Lu}[^\n:]{0,40}:[ \t]")


def _another_box_line(text: str, a: int, b: int) -> bool:
    """Whether a line under a label of its own starts between offsets a and b."""
    at = text.find("\n", a, b)
    return at >= 0 and _BOX_LABEL.match(text, at + 1) is not None


def cue_spans(pattern, text: str) -> list[tuple[int, int]]:
    """Where the rule's cues stand; not inside a body's name ("the Financial Services Compensation Scheme")."""
    if pattern is None:
        return []
    return [m.span() for m in pattern.finditer(text)
            if not (text[m.start()].isupper() and _BODY_AFTER.match(text, m.end()))]


# the word that ends a body's name, after a capitalised cue ("Compensation Scheme", "Settlement Fund")
_BODY_AFTER = regex.compile(r"[ \t]+(?:Scheme|Fund|Commission|Authority|Board|Agency|Office|Service|Tribunal|Court|"
                            r"Trust|Council|Committee|Bureau|Institute|Centre|Center|Department|Ministry|Programme|"
                            r"Program|Act)\b")


def words_between(text: str, a: int, b: int) -> int:
    if b <= a:
        return 0
    return len(_WORD.findall(text, a, b))


def clauses_between(text: str, a: int, b: int) -> int:
    return len(_CLAUSE_MARK.findall(text, a, b)) if b > a else 0


def nearest_cue(spans: list[tuple[int, int]], starts: list[int], text: str, sentence: Sentence,
                start: int, end: int, window: int, only_before: bool = False) -> tuple[int, tuple[int, int]] | None:
    """The cue in `sentence` closest (in words) to [start, end), if within `window` words; with `only_before`,
    none after the phrase."""
    lo = bisect.bisect_left(starts, sentence.start)
    hi = bisect.bisect_left(starts, sentence.end)
    best = None
    for cue_start, cue_end in spans[lo:hi]:
        if cue_end > sentence.end or (only_before and cue_start >= end):
            continue
        if cue_start < end and cue_end > start:
            gap, cost = 0, 0  # the cue is part of the phrase itself ("286 dead", "300 lives")
        elif _OWN_SUBJECT.search(text, min(cue_end, end), max(cue_start, start)) \
                or _another_box_line(text, min(cue_end, end), max(cue_start, start)):
            continue
        elif cue_end <= start:
            gap = words_between(text, cue_end, start)
            cost = gap + CLAUSE_COST * clauses_between(text, cue_end, start) + 1  # a cue after wins a tie
        else:
            gap = words_between(text, end, cue_start)
            cost = gap + CLAUSE_COST * clauses_between(text, end, cue_start)
        if gap <= window and (best is None or cost < best[0]):
            best = (cost, (cue_start, cue_end))
    return best


class CueFinder:
    """Cue and exclusion spans of one rule in one document, found in one scan each."""

    def __init__(self, rule: Rule, doc: Document):
        self.text = doc.text
        if doc.cues is not None:  # found for every rule in one scan (checker.claims.cues)
            hits = doc.cues.get(rule.id, {"cue": [], "exclude": []})
            self.cues, self.excludes = hits["cue"], hits["exclude"]
        else:
            self.cues = cue_spans(rule.cue_pattern, doc.text)
            self.excludes = cue_spans(rule.exclude_pattern, doc.text)
        self.cue_starts = [s for s, _ in self.cues]
        self.exclude_starts = [s for s, _ in self.excludes]
        self.window = rule.spec.window

    def __bool__(self) -> bool:
        return bool(self.cues)

    def near(self, sentence: Sentence, start: int, end: int, owned=None, only_before: bool = False) -> int | None:
        """Words to the nearest cue, or None when no cue is near or an exclusion word is, or when `owned(cue)`
        says the cue belongs to another figure. With `only_before`, cues after the phrase do not count."""
        found = nearest_cue(self.cues, self.cue_starts, self.text, sentence, start, end, self.window, only_before)
        if found is None or found[0] > 0:
            subject = self._subject_cue(sentence, start)
            if subject is not None:
                found = subject
        if found is None or (owned is not None and owned(*found[1])):
            return None
        if self.excludes and nearest_cue(self.excludes, self.exclude_starts, self.text, sentence, start, end,
                                         self.window) is not None:
            return None
        return found[0]


    def _subject_cue(self, sentence: Sentence, start: int) -> tuple[int, tuple[int, int]] | None:
        """Where the figure completes "the <count> of ... has risen to", the first cue of the subject, scored by how
        near the sentence's start it stands; None when the sentence is not so built."""
        verb = _RISEN_TO.search(self.text, max(sentence.start, start - 24), start)
        if verb is None:
            return None
        toll = _TOLL_SUBJECT.search(self.text, sentence.start, verb.start())
        if toll is None:
            return None
        lo = bisect.bisect_left(self.cue_starts, max(sentence.start, toll.start() - 40))
        for cue_start, cue_end in self.cues[lo:]:
            if cue_start >= verb.start():
                return None
            clause = sentence.start
            for mark in _CLAUSE_START.finditer(self.text, sentence.start, toll.start()):
                clause = mark.end()
            return words_between(self.text, clause, cue_start), (cue_start, cue_end)
        return None


def mention(rule: Rule, doc: Document, sentence: Sentence, start: int, end: int, **fields) -> Mention:
    return Mention(source=doc.source.label, path=doc.source.path, role=doc.source.role, claim=rule.id, kind=rule.kind,
                   text=doc.text[start:end], start=start, end=end, sentence=sentence.text,
                   sentence_index=sentence.index, **fields)
