"""Numbers written in words: "three thousand five hundred", "a dozen and a half", "two and a half million",
"three point five million", "forty thousands", "two thousand millions", "hundred twelve".

Each word either continues the number read so far or ends it; the reader of running
text (figures.py) calls parse_number_words on the run of number words it found.
"""
from __future__ import annotations

import math
import re

from checker.reading.quantities.lexicon import FRACTION_DENOMINATORS, SMALL_WORDS, TENS_WORDS, WORD_SCALES

_WORD_TOKEN = re.compile(r"[a-z]+", re.I)


def parse_number_words(phrase: str) -> tuple[float, int, float | None] | None:
    """Read a run of number words: (value, characters used, step override).

    "three thousand five hundred" -> 3500; "a dozen" -> 12 with step 12;
    "half a million" -> 500000. Stops at the first word that cannot continue
    the number ("two and three" reads "two", 3 characters), so the caller can
    read the rest again. None when not even the first word makes a number
    ("a" before anything but a scale word or dozen).
    """
    tokens = [(t.group().lower(), t.end()) for t in _WORD_TOKEN.finditer(phrase)]
    number = _WordNumber()
    start = 0
    if len(tokens) > 1 and tokens[0][0] == "half" and tokens[1][0] == "dozen":
        number.multiplier, start, number.lead_article = 0.5, 1, True   # "the half-dozen survivors"
    elif tokens and tokens[0][0] == "half":
        number.multiplier, start, number.lead_article = 0.5, 2, True   # "half a(n) ..."
    elif len(tokens) > 1 and tokens[0][0] in ("a", "an") and tokens[1][0] == "half":
        number.multiplier, start, number.lead_article = 0.5, 2, True   # "a half-dozen"
    elif tokens and tokens[0][0] in ("a", "an"):
        start, number.lead_article = 1, True
    words = tokens[start:]
    k = 0
    while k < len(words):
        word = words[k][0]
        if number.lead_article and number.prev is None and word not in WORD_SCALES and word != "dozen":
            return None                                  # "a one", "half a two": not numbers
        taken = number.take(word, words[k + 1:])
        if taken is None:
            break
        k += taken
        if number.prev != "and":
            number.used = words[k - 1][1]
    if number.used == 0:
        return None
    value = (number.total + number.current) * number.multiplier
    return float(value), number.used, (12.0 * number.multiplier if number.dozens else None)


class _WordNumber:
    """The number read so far: `prev` names the last kind of word, which decides what may follow."""

    def __init__(self) -> None:
        self.total, self.current, self.prev = 0.0, 0.0, None
        self.last_scale, self.used, self.dozens = math.inf, 0, False
        self.multiplier, self.lead_article = 1.0, False

    def take(self, word: str, after: list[tuple[str, int]]) -> int | None:
        """How many words this word (with those after it) continues the number by, or None to stop."""
        if word == "and":
            return self._and(after)
        if word in SMALL_WORDS or word in TENS_WORDS:
            return self._digit_word(word)
        if word == "point":                              # "three point five million"
            decimals = _decimal_words(after)
            if self.prev not in ("small", "tens") or decimals is None:
                return None
            self.current, self.prev = self.current + decimals[0], "fraction"
            return 1 + decimals[1]
        if self.prev is None and not self.lead_article and (word in WORD_SCALES or word == "hundred") \
                and not (after and (after[0][0] in SMALL_WORDS or after[0][0] in TENS_WORDS
                                    or after[0][0] in WORD_SCALES
                                    or (after[0][0] == "and" and len(after) > 1
                                        and (after[1][0] in SMALL_WORDS or after[1][0] in TENS_WORDS)))):
            return None                                  # "billion" or "Hundred" alone is no number
        if word == "hundred":
            return self._hundred()
        if word in ("dozen", "dozens"):
            return self._dozen()
        return self._scale(word)

    def _and(self, after: list[tuple[str, int]]) -> int | None:
        share = _fraction_after_and(after[:2]) if self.prev in ("small", "tens", "dozen", "scale") else None
        if share is not None and self.prev == "scale":  # "a million and a half"
            self.total, self.prev = self.total + share * self.last_scale, "fraction"
            return 3
        if share is not None:                            # "one and a half", "ten and two fifths"
            self.current += share * (12 if self.prev == "dozen" else 1)
            self.prev = "fraction"
            return 3
        if self.prev not in ("hundred", "scale"):
            return None
        self.prev = "and"
        return 1

    def _digit_word(self, word: str) -> int | None:
        if word in SMALL_WORDS:
            value = SMALL_WORDS[word]
            if not (self.prev == "tens" and 1 <= value <= 9) and self.prev not in (None, "hundred", "scale", "and"):
                return None                              # "twenty-five" continues; "five six" does not
            self.current, self.prev = self.current + value, "small"
            return 1
        if self.prev not in (None, "hundred", "scale", "and"):
            return None
        self.current, self.prev = self.current + TENS_WORDS[word], "tens"
        return 1

    def _hundred(self) -> int | None:
        if self.prev is None:
            self.current = 1                             # "a hundred", "hundred twelve"
        elif self.prev not in ("small", "tens") or self.current % 100 == 0:
            return None                                  # "nineteen hundred" ok; "five hundred hundred" not
        self.current, self.prev = self.current * 100, "hundred"
        return 1

    def _dozen(self) -> int | None:
        if self.prev is None and self.lead_article:
            self.current = 1
        elif self.prev not in ("small", "tens", "hundred", "fraction"):
            return None
        self.current, self.dozens, self.prev = self.current * 12, True, "dozen"
        return 1

    def _scale(self, word: str) -> int | None:
        """thousand, million, ... and their plurals after a number ("forty thousands")."""
        scale = WORD_SCALES.get(word) or WORD_SCALES.get(word[:-1])
        if scale is None or (word.endswith("s") and self.prev is None):
            return None                                  # "thousands" alone is vague, not a number
        if self.prev == "scale" and self.current == 0 and scale > self.last_scale:
            self.total, self.last_scale = self.total * scale, scale   # "two thousand millions"
            return 1
        if scale >= self.last_scale or (self.current == 0 and self.prev is not None) or self.prev == "dozen":
            return None
        self.total += (self.current or 1) * scale        # "a thousand", "thousand eight hundred twelve"
        self.current, self.last_scale, self.prev = 0, scale, "scale"
        return 1


def _decimal_words(words: list[tuple[str, int]]) -> tuple[float, int] | None:
    """After "point": "five" -> (0.5, 1), "two five" -> (0.25, 2)."""
    digits = []
    for word, _ in words:
        if word not in SMALL_WORDS or SMALL_WORDS[word] > 9:
            break
        digits.append(str(SMALL_WORDS[word]))
    return (float("0." + "".join(digits)), len(digits)) if digits else None


def _fraction_after_and(words: list[tuple[str, int]]) -> float | None:
    """After "and": "a half", "two fifths", "three quarters" -> the share."""
    if len(words) < 2:
        return None
    count, denominator = words[0][0], words[1][0]
    numerator = 1 if count in ("a", "an", "one") else SMALL_WORDS.get(count)
    bottom = FRACTION_DENOMINATORS.get(denominator) or FRACTION_DENOMINATORS.get(denominator.rstrip("s"))
    if not numerator or not bottom or numerator >= bottom:
        return None
    return numerator / bottom
