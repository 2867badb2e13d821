"""The wording every source supports, for the Summary's and the Draft's `safe wording` column.

Where the sources' figures share a value, the safe statement is the narrowest one they all fit:
"286", "more than 6,500", "between 1,100 and 1,900". Where they cannot all be right, it says
so and gives the latest figure with its source and date. Where parties differ, each party's
figure is attributed ("500,000, organisers say; police say 90,000").
"""
from __future__ import annotations

import datetime as dt
import math

import pandas as pd

from checker.compare.intervals import fmt_figure


def _latest(group: pd.DataFrame, published: dict) -> str:
    dated = [(published.get(r.source) or dt.date.min, r.start, r.text, r.source) for r in group.itertuples()]
    day, _, text, source = max(dated, key=lambda d: (d[0], -d[1]))
    when = f", {day.strftime('%-d %b %Y')}" if day != dt.date.min else ""
    return f"the sources cannot all be right; the latest: {text} ({source}{when})"


def _figure_in(value: float, group: pd.DataFrame, with_unit: bool = True) -> str:
    """A figure as the sources give it: durations in years, months or weeks; times of day on the clock."""
    units = group["unit"].dropna()
    unit = str(units.iloc[0]) if len(units) else ""
    if unit.startswith("minutes"):
        minutes = int(round(value)) % 1440
        return f"{minutes // 60:02d}:{minutes % 60:02d}" + (unit[len("minutes"):] if with_unit else "")
    if unit == "days":
        smallest = float(group["low"].astype(float).min())
        name, days = next(((n, d) for n, d in (("years", 365.25), ("months", 365.25 / 12), ("weeks", 7.0))
                           if smallest >= 2 * d), ("days", 1.0))
        return fmt_figure(round(value / days, 1)) + (f" {name}" if with_unit else "")
    return fmt_figure(value) + (f" {unit}" if with_unit and unit not in ("", "people", "none") else "")


def safe_wording(group: pd.DataFrame, status: str, kind: str, tolerance: float, published: dict) -> str:
    """The statement every source in `group` (one claim, one event) fits, or why there is none: the span of
    their figures, in the words of a source whose figure spans them all where there is one ("nearly 300"
    covers "286")."""
    if status == "unplaced" or not len(group):
        return ""
    if status == "single":
        return f"{group['text'].iloc[0]} (one source only)"
    if kind in ("entity", "date"):
        return group["value"].iloc[0] if status == "agree" else _latest(group, published)
    if status == "conflict":
        return _latest(group, published)
    low, high = group["low"].astype(float), group["high"].astype(float)
    span_low, span_high = float(low.min()), float(high.max())
    covering = group[(low <= span_low) & (high >= span_high)]
    if len(covering):
        return covering["text"].iloc[0]
    if math.isclose(span_low, span_high, rel_tol=1e-9):
        return _figure_in(span_low, group)
    lowest = group[low <= span_low]
    if lowest["qualifier"].isin(["more than", "at least"]).any():
        word = "more than" if lowest["qualifier"].eq("more than").all() else "at least"
        return f"{word} {_figure_in(span_low, group)}"
    return f"between {_figure_in(span_low, group, with_unit=False)} and {_figure_in(span_high, group)}"


def parties_wording(parts: list[dict]) -> str:
    """Each party's safe wording, attributed: "about 500,000, organisers say; police say 90,000"."""
    said = [(p["party"], p.get("safe_wording") or " / ".join(dict.fromkeys(p["values"].values()))) for p in parts]
    first, rest = said[0], said[1:]
    return "; ".join([f"{first[1]}, {first[0]} say"] + [f"{party} say {words}" for party, words in rest])
