"""Reader for rules of kind `count`: a figure near a cue word, in an allowed unit.

"more than 6,500 troops ... claimed the lives of" is a count of people near the
cue "lives"; the unit check keeps "44 days" and "2 attacks" out of a death toll.
"""
from __future__ import annotations

from checker.claims.document import Document, Mention
from checker.reading import Quantity
from checker.claims.rules import Rule
from checker.claims.kinds._near import CueFinder, mention


def unit_allowed(rule: Rule, quantity: Quantity) -> bool:
    units = rule.spec.units
    if not units:
        return True
    for unit in units:
        if unit == "none" and quantity.unit is None:
            return True
        if unit in (quantity.unit, quantity.kind):
            return True
    return False


def format_figure(value: float) -> str:
    return f"{value:,.0f}" if float(value).is_integer() else f"{value:,.2f}".rstrip("0").rstrip(".")


def _value(quantity: Quantity) -> str:
    """What "the same figure" means: "tens of thousands" is never the same figure as 20,000."""
    if quantity.qualifier == "vague":
        return " ".join(quantity.text.lower().split())
    return format_figure(quantity.stated)


def from_quantity(rule: Rule, doc: Document, quantity: Quantity, distance: int) -> Mention:
    sentence = doc.index.at(quantity.start)
    return mention(rule, doc, sentence, quantity.start, quantity.end,
                   low=quantity.low, high=quantity.high, low_inclusive=quantity.low_inclusive,
                   high_inclusive=quantity.high_inclusive, stated=quantity.stated, unit=quantity.unit,
                   value=_value(quantity), qualifier=quantity.qualifier, why=quantity.why,
                   distance=distance)


def read(rule: Rule, doc: Document, kinds: tuple[str, ...] = ("count", "money", "percent", "ratio", "fraction", "measure")) -> list[Mention]:
    cues = CueFinder(rule, doc)
    if not cues:  # the cheap prefilter: no cue word anywhere in this text
        return []
    found = []
    for quantity in doc.quantities:
        if quantity.kind not in kinds or not unit_allowed(rule, quantity):
            continue
        sentence = doc.index.at(quantity.start)
        if sentence is None or sentence.is_heading:
            continue
        distance = cues.near(sentence, quantity.start, quantity.end)
        if distance is not None:
            found.append(from_quantity(rule, doc, quantity, distance))
    return found
