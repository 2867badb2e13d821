"""Draft figures a source states in a sentence worded like the draft's.

A claim groups figures by the words around them, and a draft sentence retold in other words can land in a claim
whose sources state other figures ("customers lost $8 billion" beside the sources' "$10 billion" of losses). When
a source states the draft's very figure in a sentence that shares words of substance with the draft's, that
source supports it, whatever claim each was read into. A draft figure no claim took is checked the same way.
"""
from __future__ import annotations

from collections import defaultdict

from checker.claims import SHARED_WORDS, words_of
from checker.compare.draft_text import row

TOLD_KINDS = ("count", "money", "percent", "measure", "duration", "ordinal")


def _key(stated: float, unit: str | None) -> tuple[float, str]:
    return round(float(stated), 6), unit or ""


def compared_unit(unit: str | None) -> str | None:
    """The part of a unit two figures must share to be one figure: a currency code or a percent sign."""
    return unit if isinstance(unit, str) and (unit == "%" or (len(unit) == 3 and unit.isupper())) else None


def figures_told(documents: dict, labels: list[str]) -> dict[tuple[float, str], list[tuple]]:
    """Every source figure by its value as written and its currency or unit: (source, sentence text, sentence,
    the figure)."""
    told: dict[tuple[float, str], list[tuple[str, str]]] = defaultdict(list)
    for label in labels:
        doc = documents[label]
        for q in doc.quantities:
            if q.kind not in TOLD_KINDS:
                continue
            sentence = doc.index.at(q.start)
            if sentence is not None and not sentence.is_heading:
                told[_key(q.stated, compared_unit(q.unit))].append((label, sentence.text, sentence, q))
    return told


def told_alike(told: dict, stated: float, unit: str | None, sentence: str) -> list[str]:
    """The sources that state this figure in a sentence sharing SHARED_WORDS words of substance with `sentence`."""
    if stated != stated:                                 # NaN: no figure as written
        return []
    candidates = told_as(told, stated, unit)
    if not candidates:
        return []
    words = words_of(sentence)
    return list(dict.fromkeys(s for s, theirs, *_ in candidates if len(words & words_of(theirs)) >= SHARED_WORDS))


def told_as(told: dict, stated: float, unit: str | None) -> list[tuple]:
    """The sources' figures written as this one: (source, sentence text, sentence, the figure)."""
    return told.get(_key(stated, compared_unit(unit)), [])


def draft_figure_rows(draft_doc, told: dict, taken: list[tuple[int, int]], display: dict[str, str]) -> list[dict]:
    """A `supported` row for each draft figure no claim took (`taken`: spans with a verdict) that a source states
    in a sentence worded like the draft's."""
    rows = []
    for q in draft_doc.quantities:
        sentence = draft_doc.index.at(q.start)
        if q.kind not in TOLD_KINDS or sentence is None or sentence.is_heading \
                or any(s < q.end and q.start < e for s, e in taken):
            continue
        alike = told_alike(told, q.stated, q.unit, sentence.text)
        if alike:
            says = "; ".join(f"{display.get(s, s)}: {q.text} (in a sentence worded like the draft's)" for s in alike)
            rows.append(row("figure", "told alike", q.text, "supported", alike, [], says, sentence.text, q.start,
                            q.end))
    return rows
