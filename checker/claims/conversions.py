"""A measure written twice, in both systems: "625 feet (190 m)", "2,170 acres (878 hectares)".

The reader reads such a phrase as one measure, by its first figure. The bracket is a fact of
its own all the same: an outlet that converts wrongly ("625 feet (about 300 metres)") says
something the others do not, while agreeing with them on the figure it converts. So the open
claims compare the first figure with the other outlets' figures, and the bracket with their
brackets.
"""
from __future__ import annotations

import dataclasses

import regex

from checker.claims.document import Document, Mention
from checker.claims.kinds.count import figure_value
from checker.claims.rules import Rule
from checker.reading import Quantity, read_quantities


def split_conversion(text: str, quantity: Quantity) -> tuple[Quantity, Quantity | None]:
    """The measure without its bracket, and the bracket read as a measure of its own (None when there is none)."""
    if quantity.kind != "measure" or not quantity.text.endswith(")"):
        return quantity, None
    open_at = quantity.text.rfind("(")
    if open_at <= 0:
        return quantity, None
    inside = quantity.start + open_at + 1
    bracket = text[inside:quantity.end - 1]
    # "some 250 km (155 miles)": the conversion is as approximate as the figure it converts
    lead = f"{quantity.qualifier} " if quantity.qualifier and quantity.qualifier not in ("range", "between", "vague") \
        and bracket.lstrip()[:1].isdigit() else ""
    read = [q for q in read_quantities(lead + bracket) if q.kind == "measure"]
    if len(read) != 1 or read[0].unit != quantity.unit:
        return quantity, None
    inner = read[0]
    start = max(inner.start - len(lead), 0) + inside
    conversion = dataclasses.replace(inner, start=start, end=inner.end - len(lead) + inside,
                                     text=text[start:inner.end - len(lead) + inside])
    end = quantity.start + len(quantity.text[:open_at].rstrip())
    return dataclasses.replace(quantity, text=text[quantity.start:end], end=end), conversion


_INTO_BRACKET = regex.compile(r"\s*\(\s*(?:(?:about|around|roughly|some|approximately|nearly|almost|c\.|~)\s*)?",
                               regex.IGNORECASE)
_OUT_OF_BRACKET = regex.compile(r"\s*\)")


def converted_money(text: str, figures: list[Quantity], k: int) -> bool:
    """Whether the k-th figure is a sum in brackets converting the sum before it into another currency ("2.39
    trillion yuan (US$333 billion)"): each outlet converts at its own day's rate, so the bracket is no fact to set
    against another outlet's."""
    q, before = figures[k], figures[k - 1] if k else None
    return (before is not None and q.kind == before.kind == "money" and before.unit != q.unit
            and before.end <= q.start and _INTO_BRACKET.fullmatch(text, before.end, q.start) is not None
            and _OUT_OF_BRACKET.match(text, q.end) is not None)


def split_rule_conversions(mentions: list[Mention], docs: dict[str, Document],
                           rules: list[Rule]) -> tuple[list[Mention], list[Rule]]:
    """A rule's measure written twice ("a depth of 10 km (6 miles)") is compared by its first figure, and its
    bracket with the other outlets' brackets, as `<claim>:converted`: "10 kilometers (16 miles)" agrees on the depth
    and not on the conversion. The mention is cut to its first figure; the brackets are new mentions."""
    rule_of = {r.id: r for r in rules}
    made: dict[str, Rule] = {}
    brackets: list[Mention] = []
    for m in mentions:
        if m.kind != "count" or not m.unit or not m.text.endswith(")") or m.claim not in rule_of:
            continue
        doc = docs.get(m.source)
        quantity = doc.quantity_at(m.start) if doc is not None else None
        if quantity is None or quantity.end != m.end:
            continue
        measure, conversion = split_conversion(doc.text, quantity)
        if conversion is None:
            continue
        m.text, m.end = measure.text, measure.end
        rule = rule_of[m.claim]
        part = made.setdefault(m.claim, rule.part(f"{m.claim}:converted", f"{rule.label} (converted)"))
        brackets.append(dataclasses.replace(
            m, claim=part.id, text=conversion.text, start=conversion.start, end=conversion.end, low=conversion.low,
            high=conversion.high, low_inclusive=conversion.low_inclusive, high_inclusive=conversion.high_inclusive,
            stated=conversion.stated, unit=conversion.unit, value=figure_value(conversion),
            qualifier=conversion.qualifier, why=conversion.why))
    return brackets, list(made.values())
