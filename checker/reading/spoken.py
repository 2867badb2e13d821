"""The words of a quotation as two quotations are compared: folded, with one spelling of each word."""
from __future__ import annotations

from functools import lru_cache

import regex

from checker.reading.names.spelling import fold

_WORD = regex.compile(r"[\p{L}\p{N}]+(?:['’][\p{L}]+)*")

# One word written two ways is one word in a quotation: "Nov." / "November", "favour" / "favor", "organise" /
# "organize", "centre" / "center", "travelled" / "traveled": a house style, not a misquote
_MONTHS = {"jan": "january", "feb": "february", "mar": "march", "apr": "april", "jun": "june", "jul": "july",
           "aug": "august", "sep": "september", "sept": "september", "oct": "october", "nov": "november",
           "dec": "december"}
_SPELLINGS = [(regex.compile(pattern), american) for pattern, american in (
    (r"(?<=\p{L}{3})our(s|ed|ing|ite|ites|able|ably)?$", r"or\1"),
    # not the words spelt "-ise" everywhere ("televised", "advised", "promised", "surprised", "exercise")
    (r"^(?!.*(?:adv|rev|telev|superv|surpr|comprom|exerc|prom|prem|pra|dev|improv|otherw|franch|enterpr|desp|"
     r"disgu|expert|merchand|chast|dem|prec|conc|inc|exc|compr|appr)is)(\p{L}{3,})is(e|es|ed|ing|ation|ations)$",
     r"\1iz\2"),
    (r"(?<=\p{L}{3})ys(e|es|ed|ing)$", r"yz\1"),
    (r"(?<=\p{L}{3})tre(s)?$", r"ter\1"),
    (r"(?<=\p{L}{3}[aeiou])ll(ed|ing|er|ers)$", r"l\1"),
    (r"(?<=\p{L}{3})ogue(s)?$", r"og\1"),
    (r"^(def|lic|off|pret)ence(s)?$", r"\1ense\2"))]


# British words no ending rule spells the American way
_WORDS = {"cheque": "check", "cheques": "checks", "grey": "gray", "programme": "program", "programmes": "programs",
          "tyre": "tire", "tyres": "tires", "storey": "story", "storeys": "stories", "jewellery": "jewelry",
          "aluminium": "aluminum", "mould": "mold", "plough": "plow", "manoeuvre": "maneuver",
          "manoeuvres": "maneuvers", "kerb": "curb", "sceptical": "skeptical", "judgement": "judgment",
          "ageing": "aging", "enrol": "enroll", "fulfil": "fulfill", "practise": "practice", "practised": "practiced"}


def one_spelling(word: str) -> str:
    """The word (folded, lower-case) in one spelling: "organise" -> "organize", "centre" -> "center", "Nov" ->
    "november", "cheque" -> "check"."""
    if word in _WORDS:
        return _WORDS[word]
    if len(word) < 5:
        return _MONTHS.get(word, word)
    for pattern, american in _SPELLINGS:
        word, changed = pattern.subn(american, word, count=1)
        if changed:
            break
    return word


@lru_cache(maxsize=1 << 16)   # a story's quotations repeat their words
def _compared(word: str) -> str:
    return one_spelling(fold(word))


def spoken_words(text: str) -> list[tuple[str, int, int]]:
    """The words of a quotation as they are compared (folded, one spelling of each), with their offsets in it."""
    return [(_compared(m.group()), m.start(), m.end()) for m in _WORD.finditer(text)]
