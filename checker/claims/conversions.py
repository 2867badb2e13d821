"""A measure written twice, in both systems: "625 feet (190 m)", "2,170 acres (878 hectares)".

The reader reads such a phrase as one measure, by its first figure. The bracket is a fact of
its own all the same: an outlet that converts wrongly ("625 feet (about 300 metres)") says
something the others do not, while agreeing with them on the figure it converts. So the open
claims compare the first figure with the other outlets' figures, and the bracket with their
brackets.
"""
from __future__ import annotations

import dataclasses

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
