"""Sources to read with care: stale ones, and ones that report another event.

A source published long before the others, or dating the story's event
differently from most sources (an earlier summit, last year's storm), is
flagged once so its figures are not taken for fresh ones. Its mentions stay.
A weekday that contradicts its date ("Monday, Oct. 30, 2022") is flagged too.
"""
from __future__ import annotations

import datetime as dt

import pandas as pd

from checker.claims import WEEKDAY_CLAIM

STALE_AFTER_DAYS = 30
FLAG_COLUMNS = ["source", "flag", "reason"]


def _day(value: dt.date) -> str:
    return value.strftime("%-d %b %Y")


def source_flags(sources, findings: pd.DataFrame, mentions: pd.DataFrame, reference: dt.date | None,
                 documents: dict | None = None) -> pd.DataFrame:
    reasons: dict[str, list[str]] = {}
    flags: dict[str, str] = {}
    for source in sources:
        if source.role == "draft" or source.published is None or reference is None:
            continue
        gap = (reference - source.published).days
        if abs(gap) > STALE_AFTER_DAYS:
            when = "before" if gap > 0 else "after"
            reasons.setdefault(source.label, []).append(
                f"published {_day(source.published)}, {abs(gap)} days {when} most sources ({_day(reference)})")
            flags[source.label] = "stale"
    dated = findings[(findings["status"] == "conflict") & findings["finding_id"].str.startswith(tuple(
        f"{c}|" for c in mentions.loc[mentions["kind"] == "date", "claim"].unique()))] if not findings.empty else findings
    for finding in dated.itertuples():
        if finding.claim.startswith(WEEKDAY_CLAIM):     # a wrong weekday is flagged below, not as another event
            continue
        disagree = set(finding.disagree)
        # each other reading once: a thousand sources giving one date say it once
        others = "; ".join(dict.fromkeys(v for s, v in finding.values.items() if s not in disagree))
        for label in finding.disagree:
            said = finding.values.get(label, "")
            reasons.setdefault(label, []).append(f"dates {finding.event} as {said} where most sources say {others}")
            flags[label] = "off-event"
    for label, document in (documents or {}).items():
        # "Monday, Oct. 30, 2022" when Oct. 30 was a Sunday: one of the two is wrong
        for reading in document.dates:
            if reading.weekday_mismatch:
                reasons.setdefault(label, []).append(f"weekday and date disagree: {reading.weekday_mismatch}")
                flags.setdefault(label, "date check")
    rows = [{"source": label, "flag": flags[label], "reason": "; ".join(text)} for label, text in reasons.items()]
    return pd.DataFrame(rows, columns=FLAG_COLUMNS)
