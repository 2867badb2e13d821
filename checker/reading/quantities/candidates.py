"""Where a figure can start in a text: the cheap scan the reader runs before its full patterns (figures.MASTER),
so that each stretch of text is looked at once, in C, and the full patterns are tried only where a figure may be."""
from __future__ import annotations

import re

from checker.reading.quantities.lexicon import NUMBER_WORD_LIST, ORDINAL_WORDS, trie_pattern

# Where MASTER can start, read on the lower-cased text with one space put in front. Two flat patterns, each
# opening on a character class, so that re skips in C to the next place it could fire instead of trying the
# pattern at every character: DIGIT_CANDIDATE on a digit, symbol or sign, WORD_CANDIDATE on the character
# before a number word (the class stands where a look-behind for "no letter before" would otherwise be).
_DURATION_UNITS = ("hour", "day", "week", "month", "year", "decade", "century")
_CURRENCY_CODES = [
    "usd", "eur", "gbp", "jpy", "cny", "chf", "inr", "rub", "aud", "cad", "azn", "uah", "ils", "hkd", "sgd", "nzd",
    "brl", "pkr", "bdt", "npr", "lkr", "kes", "zar", "ngn", "sek", "nok", "dkk", "pln", "egp", "sar", "aed", "qar",
    "kwd", "myr", "idr", "thb", "php", "mxn", "ars", "krw", "twd", "ghs", "tzs", "ugx", "etb", "mad"]
_CANDIDATE_WORDS = trie_pattern([
    "https", "http", "www", "minus", "negative", "plus", "ksh", "rmb", "tk", "rs", "nrs", *_CURRENCY_CODES, "rm",
    "rp", "gh", "dh", "dhs", "half", "several", "tens", "dozens", "scores", "hundreds", "thousands", "millions",
    "billions", "lakhs", "crores", "hours", "days", "weeks", "months", "years", "decades", "centuries",
    *(unit + "-long" for unit in _DURATION_UNITS), *(unit + "long" for unit in _DURATION_UNITS),
    *NUMBER_WORD_LIST, *ORDINAL_WORDS])
_AFTER_ARTICLE = trie_pattern(
    "dozen hundred thousand million billion trillion quadrillion quintillion lakh crore twentieth hundredth few "
    "couple handful fortnight full whole entire score gross baker half third quarter fourth fifth sixth seventh "
    "eighth ninth tenth minute hour day week month year decade century".split())
_SYMBOLS = "0-9$€£¥₹₽₺₴₩₪₦₱½⅓⅔¼¾⅕⅖⅗⅘⅙⅚⅛⅜⅝⅞"
DIGIT_CANDIDATE = re.compile(
    rf"[{_SYMBOLS}+(\-\u2212.](?:(?<=[{_SYMBOLS}])|(?<=[+(\-\u2212.])(?=\.?[0-9])"
    rf"|(?<=[-\u2212+])(?=[$€£¥₹₦][0-9]))")
# (a digit may follow a candidate word: a currency code stands against its figure in "CHF3bn")
WORD_CANDIDATE = re.compile(
    rf"[^a-z0-9_](?:(?:{_CANDIDATE_WORDS})(?![a-z_])|(?:r|ksh|sh|rmb)(?=\s?[0-9])"
    rf"|(?:us|u\.s\.|au|a|ca|c|nz|hk|s|r|bz)\$|an?\s+(?:{_AFTER_ARTICLE})\b)")

ASCII_LOWER = {c: c + 32 for c in range(65, 91)}


class CandidateScan:
    """Where the next figure can start in one text. Each pattern's next hit is kept until the reader moves past
    it, so each stretch of text is scanned once by each."""
    __slots__ = ("lowered", "size", "digit_at", "word_at")

    def __init__(self, text: str):
        lowered = text.lower()
        if len(lowered) != len(text):                   # a few letters ("İ") grow when lowered
            lowered = text.translate(ASCII_LOWER)
        self.lowered = " " + lowered                    # index i here is index i - 1 of text
        self.size, self.digit_at, self.word_at = len(text), -1, -1

    def next(self, pos: int) -> tuple[int, bool]:
        """The first candidate at or after pos (size when none), and whether it is a word."""
        if self.digit_at < pos:
            c = DIGIT_CANDIDATE.search(self.lowered, pos + 1)
            self.digit_at = c.start() - 1 if c else self.size
        if self.word_at < pos:
            c = WORD_CANDIDATE.search(self.lowered, pos)
            self.word_at = c.start() if c else self.size
        return (self.word_at, True) if self.word_at < self.digit_at else (self.digit_at, False)
