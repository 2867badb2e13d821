"""Stage 4: decide for each claim about each event whether the sources agree.

  conflict  the sources cannot all be right: their intervals have no point in common
  variance  they can all be right, but the figures as stated differ (286 / nearly 300)
  agree     the same figure, qualifiers aside (2,000 / about 2,000), or the same entity
  single    only one source states it
  unplaced  no event could be found for these mentions, so they are not compared
"""
from __future__ import annotations

import math

import pandas as pd

from .events import NO_EVENT
from .rules import Rule
from .story import Story

STATUS_ORDER = ["conflict", "variance", "agree", "single", "unplaced"]
FINDING_COLUMNS = ["finding_id", "claim", "label", "event", "event_label", "status", "values", "disagree", "note",
                   "sources"]


def _widen(low: float, high: float, tolerance: float) -> tuple[float, float]:
    return low - abs(low) * tolerance, high + abs(high) * tolerance


def common_point(rows: pd.DataFrame, tolerance: float) -> bool:
    """True when one value lies inside every interval (bounds' inclusiveness respected)."""
    lows = [(*_widen(r.low, r.high, tolerance), r.low_inclusive or tolerance > 0, r.high_inclusive or tolerance > 0)
            for r in rows.itertuples()]
    top_low = max(lows, key=lambda x: (x[0], not x[2]))
    bottom_high = min(lows, key=lambda x: (x[1], x[3]))
    if top_low[0] < bottom_high[1]:
        return True
    return math.isclose(top_low[0], bottom_high[1]) and top_low[2] and bottom_high[3]


def _best_supported(rows: pd.DataFrame, tolerance: float) -> set[str]:
    """Sources covering the value most sources can share (a sweep over interval ends)."""
    best: set[str] = set()
    for candidate in rows.itertuples():
        for point in (candidate.low, candidate.high, (candidate.low + candidate.high) / 2):
            covering = set()
            for r in rows.itertuples():
                low, high = _widen(r.low, r.high, tolerance)
                inside_low = point > low or (math.isclose(point, low) and (r.low_inclusive or tolerance > 0))
                inside_high = point < high or (math.isclose(point, high) and (r.high_inclusive or tolerance > 0))
                if inside_low and inside_high:
                    covering.add(r.source)
            if len(covering) > len(best):
                best = covering
    return best


def judge(rows: pd.DataFrame, kind: str, tolerance: float) -> tuple[str, list[str], str]:
    """Status, the sources that disagree with the majority, and a note."""
    sources = list(dict.fromkeys(rows["source"]))
    if len(sources) == 1:
        return "single", [], ""
    by_value = rows.groupby("value", sort=False)["source"].agg(lambda s: set(s))
    majority = max(by_value.items(), key=lambda kv: len(kv[1]))[0]
    dissent = [s for s in sources if not set(rows.loc[rows["value"] == majority, "source"]) >= {s}]
    if rows["value"].nunique() == 1:
        return "agree", [], ""
    if kind == "entity":
        return "conflict", dissent, ""
    units = {u for u in rows["unit"].dropna()}
    if len(units) > 1:
        return "variance", dissent, f"stated in different units: {', '.join(sorted(units))}"
    if common_point(rows, tolerance):
        return "variance", dissent, ""
    supported = _best_supported(rows, tolerance)
    return "conflict", [s for s in sources if s not in supported], ""


def _as_written(mention) -> str:
    """The wording as the source has it; for names and dates, what it was read as."""
    if mention.kind in ("entity", "date") and mention.value and mention.value != mention.text:
        return f"{mention.text} ({mention.value})"
    return mention.text


def findings_frame(mentions: pd.DataFrame, rules: list[Rule], story: Story, source_order: list[str]) -> pd.DataFrame:
    rule_of = {r.id: r for r in rules}
    event_label = {e.id: e.label for e in story.events}
    rows = []
    resolved = mentions[mentions["kind"].eq("entity") | mentions["low"].notna()]
    for (claim, event), group in resolved.groupby(["claim", "event"], sort=False):
        rule = rule_of[claim]
        if event == NO_EVENT:
            status, dissent, note = "unplaced", [], "no event found near these mentions; not compared"
        else:
            status, dissent, note = judge(group, rule.kind, rule.spec.tolerance)
        values = {}
        for source in source_order:
            rows_of_source = group[group["source"] == source]
            texts = list(dict.fromkeys(_as_written(r) for r in rows_of_source.itertuples()))
            if texts:
                values[source] = " / ".join(texts)
        rows.append({
            "finding_id": f"{claim}|{event}", "claim": claim, "label": rule.label, "event": event,
            "event_label": event_label.get(event, event), "status": status, "values": values,
            "disagree": dissent, "note": note, "sources": len(values),
        })
    findings = pd.DataFrame(rows, columns=FINDING_COLUMNS)
    if findings.empty:
        return findings
    rule_rank = {r.id: i for i, r in enumerate(rules)}
    findings["_s"] = findings["status"].map(STATUS_ORDER.index)
    findings["_r"] = findings["claim"].map(rule_rank)
    return findings.sort_values(["_s", "_r", "event"]).drop(columns=["_s", "_r"]).reset_index(drop=True)


def sources_frame(mentions: pd.DataFrame, findings: pd.DataFrame, sources) -> pd.DataFrame:
    """One row per source, one column per claim key: the value as that source states it."""
    frame = pd.DataFrame({"path": [s.path for s in sources],
                          "published": [s.published.isoformat() if s.published else "" for s in sources]},
                         index=pd.Index([s.label for s in sources], name="source"))
    for finding in findings.itertuples():
        frame[finding.finding_id] = [finding.values.get(s.label, "") for s in sources]
    return frame
