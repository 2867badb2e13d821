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
    r"registration|tail|docket|exhibit|helpline|hotline)\s+(?:number|no\.?)(?:\s+(?:was|is|of))?)\s+\Z", re.IGNORECASE)

# the words such a phrase ends in: a set lookup spares most figures the search
_LAST_WORDS = frozenset({"on", "at", "number", "no", "was", "is", "of"})


def dialled_or_label(text: str, x) -> bool:
    """"call police on 101", "her bib number was 1138": a whole number of three digits or more to dial, or one a
    label names, with no counted noun after it."""
    return x.value >= 100 and x.value == int(x.value) and word_before(text, x.start) in _LAST_WORDS \
        and _LABEL_NUMBER_BEFORE.search(text, max(0, x.start - 40), x.start) is not None
