"""Numbers that only label or reach something: "call police on 101", "her bib number was 1138". The words before
them say so; they are never counts."""
from __future__ import annotations

import re

from checker.reading.quantities.lexicon import word_before

# a number to dial, or one that labels a thing: what stands before it says so
_LABEL_NUMBER_BEFORE = re.compile(
    r"\b(?:(?:call|calling|called|dial|dialling|dialing|ring|ringing|phone|phoning|text|texting)\b"
    r"[^.\n]{0,24}?\s(?:on|at)"
    r"|(?:bib|flight|case|phone|telephone|serial|badge|jersey|shirt|room|seat|route|platform|gate|account|reference|"
    r"registration|tail|docket|exhibit|helpline|hotline|log|crime|incident)\s+(?:number|no\.?)(?:\s+(?:was|is|of))?"
    r"|(?:call|dial|ring|phone)(?:ing|ed|led)?)\s+\Z", re.IGNORECASE)

# the words such a phrase ends in: a set lookup spares most figures the search
_LAST_WORDS = frozenset({"on", "at", "number", "no", "was", "is", "of", "call", "calling", "called", "dial",
                         "dialling", "dialing", "dialled", "dialed", "ring", "ringing", "phone", "phoning"})
# "01632 960418": the rest of a number whose dialling code (a leading nought) stands before it
_DIALLING_CODE_BEFORE = re.compile(r"(?<![0-9.,])\(?0[0-9]{2,5}\)?[ \t-]\Z")
# "the 911 call", "a 999 call": the number dialled, named by the one call it made
_ONE_CALL_AFTER = re.compile(r"[ \t]+call\b(?!s)", re.IGNORECASE)
_ONE_CALL_BEFORE = re.compile(r"\b(?:the|a|an|his|her|their)[ \t]+\Z", re.IGNORECASE)


def dialled_or_label(text: str, x) -> bool:
    """"call police on 101", "her bib number was 1138": a whole number of three digits or more to dial, or one a
    label names, with no counted noun after it."""
    if not (x.value >= 100 and x.value == int(x.value)):
        return False
    if _DIALLING_CODE_BEFORE.search(text, max(0, x.start - 9), x.start) \
            or _ONE_CALL_AFTER.match(text, x.end) and _ONE_CALL_BEFORE.search(text, max(0, x.start - 8), x.start):
        return True
    return word_before(text, x.start) in _LAST_WORDS \
        and _LABEL_NUMBER_BEFORE.search(text, max(0, x.start - 40), x.start) is not None
