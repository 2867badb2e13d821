"""The sources' sentences indexed by their longer words and their figures: which of them a draft sentence may
retell is looked up here, never found by comparing all pairs of sentences."""
from __future__ import annotations

import regex

from checker.reading.names import fold

ANY_WORD = regex.compile(r"[\p{L}\p{N}][\p{L}\p{N}'’.-]*")
_POSSESSIVE = regex.compile(r"['’]s\Z")


def sentence_index(sources: list) -> tuple[dict[str, list[int]], list[tuple[str, str]]]:
    """Every source sentence, and the sentences each longer word appears in (candidates without all pairs)."""
    index: dict[str, list[int]] = {}
    sentences = []
    for label, text, spans in sources:
        for s in spans:
            if s.is_heading:
                continue
            n = len(sentences)
            sentences.append((label, text[s.start:s.end]))
            words = {w.lower() for w in ANY_WORD.findall(text, s.start, s.end) if len(w) > 3}
            # "marchers." ends a sentence: found as "marchers" too; and its figures, keyed apart from words
            # ("the film's premiere" is found by "film" too)
            for word in words | {_POSSESSIVE.sub("", w.rstrip(".")) for w in words} | figure_keys(text, s.start, s.end):
                index.setdefault(word, []).append(n)
    return index, sentences


_FIGURE = regex.compile(r"(?<![\p{L}\p{N}.,])\p{N}{1,3}(?:,\p{N}{3})+(?![\p{N}])"
                        r"|(?<![\p{L}\p{N}.,])\p{N}{3,}(?:\.\p{N}+)?(?![\p{L}\p{N}])")
FIGURE_MARK = "#"


def figure_keys(text: str, start: int = 0, end: int | None = None) -> set[str]:
    """A sentence's figures of three digits or more, keyed apart from words ("#245000" for "245,000"): two sentences
    giving one such figure tell one fact more surely than two sharing a longer word. Years say when, not what."""
    keys = set()
    for m in _FIGURE.finditer(text, start, len(text) if end is None else end):
        digits = m.group().replace(",", "")
        if not (len(digits) == 4 and digits[:2] in ("19", "20")):
            keys.add(FIGURE_MARK + digits)
    return keys


def substance_words(sentence: str, leave: set[str] = frozenset()) -> set[str]:
    """A sentence's words of substance (longer than three letters, lower case, not those folded in `leave`: the names
    the sentences are compared on) and its figures: what two sentences share when they tell one fact."""
    return {w.lower().rstrip(".") for w in ANY_WORD.findall(sentence) if len(w) > 3 and fold(w) not in leave} \
        | figure_keys(sentence)


COMMON_WORD_HITS = 200   # a word in this many source sentences proposes none of them


def sentences_sharing(words: set[str], index: dict[str, list[int]]) -> dict[int, int]:
    """For each source sentence of `index` (see sentence_index), how many of `words` it holds."""
    shared: dict[int, int] = {}
    for word in words:
        hits = index.get(word, ())
        if len(hits) <= COMMON_WORD_HITS:
            for n in hits:
                shared[n] = shared.get(n, 0) + 1
    return shared
