"""Vague amounts: "dozens", "hundreds of", "several thousand", read through the vague-word table
(checker/data/vague.yaml), with the money, percent, duration or noun that follows."""
from __future__ import annotations

import re

from checker.reading.quantities import figures as fig, lexicon as lex
from checker.reading.quantities.durations import duration_unit as _duration_unit, plural_unit as _plural_unit
from checker.reading.quantities.intervals import Quantity, fmt as _fmt, make as _make

_I = re.IGNORECASE


# "Scores killed in village attack", "scores were wounded": the vague word is what the clause tells of
_TOLD_OF_PEOPLE = re.compile(r"\s+(?:were|are|have|had|died|killed|dead|injured|wounded|hurt|feared|missing|arrested)\b",
                             _I)


# ... where it opens its clause ("test scores were high" is no count)
_CLAUSE_OPENS = re.compile(r"(?:\A|[.!?;:,\n\"\u201c(]|\b(?:and|but|while|as|with|said|says|that))\s*\Z", _I)


def read_vague(text: str, m: re.Match) -> tuple[Quantity | None, int]:
    scale = m.group("vscale")
    word_end = m.start("vscale") if scale else m.end("vague")
    word = re.sub(r"\s+of\s*$", "", text[m.start("vague"):word_end].strip(), flags=_I)
    read = lex.vague_interval(word, scale)
    if read is None:
        return None, m.end()
    low, high, step = read
    end = m.end("vague")
    unit_m = fig.UNIT_AFTER.match(text, end)
    if unit_m and unit_m.group("dur") and unit_m.group("dsep") != "-":
        singular, days = _duration_unit(unit_m.group("dur"))
        q_end = unit_m.end()
        return _make(text, m.start(), q_end, low * days, high * days, True, True, low, "days", None, "vague",
                     "duration", step * days, f"{text[m.start():q_end]}: vague, read as {_fmt(low)} to "
                     f"{_fmt(high)} {_plural_unit(singular)} (vague.yaml)", _plural_unit(singular)), q_end
    if unit_m and unit_m.group("curword"):
        code = lex.CURRENCY_WORDS.get(unit_m.group("curword").lower().rstrip("s"), "USD")
        q_end = unit_m.end()
        return _make(text, m.start(), q_end, low, high, True, True, low, code, None, "vague", "money", step,
                     f"{text[m.start():q_end]}: vague, read as {_fmt(low)} to {_fmt(high)} (vague.yaml)"), q_end
    if unit_m and (unit_m.group("mword") or unit_m.group("pct")):
        unit = "%" if unit_m.group("pct") else lex.MEASURE_UNITS.get(
            re.sub(r"\s+", " ", unit_m.group("mword").lower()), unit_m.group("mword").lower())
        q_end = unit_m.end()
        return _make(text, m.start(), q_end, low, high, True, True, low, unit, None, "vague",
                     "percent" if unit == "%" else "measure", step,
                     f"{text[m.start():q_end]}: vague, read as {_fmt(low)} to {_fmt(high)} (vague.yaml)"), q_end
    noun, unit, _ = fig.counted_noun(fig.NOUN_AFTER.match(text, end), allow_of=True)
    told = _TOLD_OF_PEOPLE.match(text, end)
    bare_ok = lex._norm_phrase(word) in ("dozens", "hundreds", "thousands", "millions", "billions") \
        or told and lex._norm_phrase(word) == "scores" and _CLAUSE_OPENS.search(text, max(0, m.start() - 8), m.start())
    if noun is None and not scale and not bare_ok:
        return None, m.end()            # "a couple who", "several were": not read without a noun
    if lex._norm_phrase(word) in ("tens", "scores", "lakhs", "crores") and not scale \
            and not re.match(r"\s+of\b", text[end:], _I) and not told:
        return None, m.end()            # "test scores", "the tens": need "of", or a verb told of people
    return _make(text, m.start(), end, low, high, True, True, low, unit, noun, "vague", "count", step,
                 f"{text[m.start():end]}: vague, read as {_fmt(low)} to {_fmt(high)} (vague.yaml)"), end
