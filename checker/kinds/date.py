"""Reader for rules of kind `date`: when something happened, as a range of days."""
from __future__ import annotations

from ..document import Document, Mention
from ..rules import Rule
from ._near import CueFinder, mention

PRECISION_RANK = {"decade": 0, "year": 1, "season": 2, "month": 3, "relative": 3, "weekday": 4, "day": 4}


def read(rule: Rule, doc: Document) -> list[Mention]:
    cues = CueFinder(rule, doc)
    if not cues:
        return []
    wanted = PRECISION_RANK[rule.spec.min_precision]
    found = []
    for reading in doc.dates:
        if PRECISION_RANK.get(reading.precision, 0) < wanted:
            continue
        sentence = doc.index.at(reading.start)
        if sentence is None or sentence.is_heading:
            continue
        distance = cues.near(sentence, reading.start, reading.end)
        if distance is None:
            continue
        resolved = reading.low is not None and reading.high is not None
        if resolved:
            value = reading.low.isoformat() if reading.low == reading.high else \
                f"{reading.low.isoformat()}/{reading.high.isoformat()}"
        else:
            value = ""  # unresolved: shown in the evidence, not compared
        found.append(mention(rule, doc, sentence, reading.start, reading.end,
                             low=float(reading.low.toordinal()) if resolved else None,
                             high=float(reading.high.toordinal()) if resolved else None,
                             unit="date", value=value, qualifier=reading.precision, why=reading.why,
                             distance=distance,
                             extra={"weekday_mismatch": reading.weekday_mismatch} if reading.weekday_mismatch else {}))
    return found
