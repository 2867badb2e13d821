"""Whose rupees: "Rs" and "rupees" are written alike in India, Pakistan, Sri Lanka and Nepal; the country the text
names nearest before the figure (or first after it) says which. "₹" and a written code stay as written."""
from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import replace

_PLACES = {
    "PKR": r"pakistan|pakistani|lahore|karachi|islamabad|rawalpindi|peshawar|quetta|faisalabad|multan",
    "LKR": r"sri\s+lanka|sri\s+lankan|colombo|kandy|jaffna|galle",
    "NPR": r"nepal|nepali|nepalese|kathmandu|pokhara|lalitpur",
    "INR": r"india|indian|delhi|mumbai|kolkata|chennai|bengaluru|bangalore|hyderabad",
}
_PLACE = re.compile("|".join(rf"\b(?P<{code}>{words})\b" for code, words in _PLACES.items()), re.I)
_WRITTEN_RUPEES = re.compile(r"(?<![a-z])rs\.?\s?(?=[0-9])|\brupees?\b", re.I)


def whose_rupees(text: str, found: list) -> None:
    """Reads "Rs"/"rupees" figures, taken for Indian by default, as the currency of the country the text names
    nearest before them, or else first after them, so that one text's rupees are read alike throughout."""
    places = None
    for i, q in enumerate(found):
        if q.kind != "money" or q.unit != "INR" or not _WRITTEN_RUPEES.search(q.text):
            continue
        if places is None:                              # (only texts with rupees are searched for places)
            places = [(m.start(), m.lastgroup) for m in _PLACE.finditer(text)]
        at = bisect_left(places, (q.start, ""))
        code = places[at - 1][1] if at else places[0][1] if places else None
        if code is not None and code != "INR":
            found[i] = replace(q, unit=code, why=q.why.replace("INR", code))
