"""The words of a quotation as two quotations are compared: folded, with one spelling of each word."""
from __future__ import annotations

from functools import lru_cache

import regex

from checker.reading.names.spelling import fold
from checker.reading.quantities.lexicon import NUMBER_WORD_LIST
from checker.reading.quantities.words import parse_number_words

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
    (r"(?<=\p{L}{3})ogue(s)?$", r"og\1"),
    (r"^(def|lic|off|pret)ence(s)?$", r"\1ense\2"))]
# "travelled" / "traveled", "modelling" / "modeling": a word's; in a name the letters are the name's own ("Miller" /
# "Miler", "Schmelling" / "Schmeling" are two spellings, one wrong)
_DOUBLE_L = (regex.compile(r"(?<=\p{L}{3}[aeiou])ll(ed|ing|er|ers)$"), r"l\1")


# British words no ending rule spells the American way
_WORDS = {"cheque": "check", "cheques": "checks", "grey": "gray", "programme": "program", "programmes": "programs",
          "tyre": "tire", "tyres": "tires", "storey": "story", "storeys": "stories", "jewellery": "jewelry",
          "aluminium": "aluminum", "mould": "mold", "plough": "plow", "manoeuvre": "maneuver",
          "manoeuvres": "maneuvers", "kerb": "curb", "sceptical": "skeptical", "judgement": "judgment",
          "ageing": "aging", "enrol": "enroll", "fulfil": "fulfill", "practise": "practice", "practised": "practiced"}


def one_spelling(word: str, in_name: bool = False) -> str:
    """The word (folded, lower-case) in one spelling: "organise" -> "organize", "centre" -> "center", "Nov" ->
    "november", "cheque" -> "check"; `in_name`: a word of a name, whose doubled "l" stays."""
    if word in _WORDS:
        return _WORDS[word]
    if len(word) < 5:
        return _MONTHS.get(word, word)
    for pattern, american in _SPELLINGS if in_name else (*_SPELLINGS, _DOUBLE_L):
        word, changed = pattern.subn(american, word, count=1)
        if changed:
            break
    return word


# A name's German or Nordic letter spelt out ("Utoeya" for Utøya, "Mueller" for Müller) folds as the letter does
_SPELT_OUT_VOWEL = regex.compile(r"(?<=[aou])e|(?<=a)a")
# "World War II" / "World War Two": a Roman numeral of two letters or more is a number (a lone "I" is a pronoun)
_ROMAN = {"II": "two", "III": "three", "IV": "four", "VI": "six", "VII": "seven", "VIII": "eight", "IX": "nine",
          "XI": "11", "XII": "12"}


@lru_cache(maxsize=1 << 16)   # a story's quotations repeat their words
def _compared(word: str) -> str:
    if word in _ROMAN:
        return _ROMAN[word]
    folded = fold(word)
    if word[:1].isupper():
        folded = _SPELT_OUT_VOWEL.sub("", folded)
    return one_spelling(folded)


# "10,000" / "ten thousand", "100%" / "100 per cent": one number, one percent, however written
_NUMBER = regex.compile(r"[0-9]{1,3}(?:,[0-9]{3})+(?![0-9])|[0-9]+(?:\.[0-9]+)?")
_NUMBER_WORD = regex.compile(rf"(?i:\b(?:{'|'.join(sorted(NUMBER_WORD_LIST, key=len, reverse=True))})\b)")
_NUMBER_WORDS = regex.compile(rf"{_NUMBER_WORD.pattern}(?:(?:[ \t-]+|[ \t]+and[ \t]+){_NUMBER_WORD.pattern})*")
_PERCENT = regex.compile(r"%|(?i:\bper[ \t]?cent\b)")


_VAGUE = regex.compile(r"(?i:s\b)")         # "dozens", "hundreds", "thousands": plural, so vague
_SMALL = "zero one two three four five six seven eight nine".split()


def _number(value: str) -> str:
    """A number as a quotation's word: under ten in words, as news style writes it ("one village"), else in figures."""
    return _SMALL[int(value)] if value.isdigit() and int(value) < 10 else value


def _spans(text: str) -> list[tuple[str, int, int]]:
    """Numbers (in figures or words) and percent signs as one token each, in the order of the text."""
    found = [(_number(m.group().replace(",", "")), m.start(), m.end()) for m in _NUMBER.finditer(text)]
    for m in _NUMBER_WORDS.finditer(text):
        if _VAGUE.search(m.group()):
            continue                              # "thousands of people" is no number to write in figures
        read = parse_number_words(m.group())
        if read is not None and read[1] == len(m.group()) and float(read[0]).is_integer():
            found.append((_number(str(int(read[0]))), m.start(), m.end()))
    found += [("percent", m.start(), m.end()) for m in _PERCENT.finditer(text)]
    return sorted(found, key=lambda t: t[1])


def spoken_words(text: str) -> list[tuple[str, int, int]]:
    """The words of a quotation as they are compared (folded, one spelling of each), with their offsets in it."""
    if not any(c.isdigit() or c == "%" for c in text) and not _NUMBER_WORD.search(text) and "cent" not in text:
        return [(_compared(m.group()), m.start(), m.end()) for m in _WORD.finditer(text)]
    spans, out, at = _spans(text), [], 0
    for token, start, end in spans:
        if start < at:
            continue                              # inside a token already taken
        out += [(_compared(m.group()), m.start(), m.end()) for m in _WORD.finditer(text, at, start)]
        out.append((token, start, end))
        at = end
    out += [(_compared(m.group()), m.start(), m.end()) for m in _WORD.finditer(text, at)]
    return out
