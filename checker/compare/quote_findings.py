"""Quotations worded differently are findings like any figure: "will not withdraw" in one source where the
others quote "don't think we should withdraw".

A quotation is the speaker's own words: two outlets that quote one statement with a word put for
another cannot both be quoting it. A trim (words left out, "...") is no difference; a word
replaced, by a source that never quotes the statement as the others do, is a `conflict`. (Who
said it stays the Quotes sheet's matter: one person is often named two ways.) Each wording is
a mention with its offsets, so the Summary, the Evidence sheet and `--json` show it.
"""
from __future__ import annotations

import pandas as pd

from checker.compare.findings import FINDING_COLUMNS

QUOTE_CLAIM = "quote"


def _misquoting(rows: pd.DataFrame) -> list[str]:
    """Sources that quote the statement only with a word put for another ("-should +will"): leaving words out
    or quoting a phrase of it elsewhere is no misquote, nor is a source that also quotes it as the others do."""
    substituted = rows["difference"].fillna("").str.contains(r"-.*\+|\+.*-", regex=True)
    exact = rows["difference"].fillna("").eq("")
    return sorted(s for s in rows.loc[substituted, "source"].unique() if not exact[rows["source"] == s].any())


def quote_findings(quotes: pd.DataFrame, event: str, source_order: list[str],
                   mention_columns: list[str]) -> tuple[pd.DataFrame, pd.DataFrame]:
    """(findings, mentions) for the quotation groups some source words otherwise than the others."""
    findings, mentions = [], []
    if quotes is None or quotes.empty:
        return pd.DataFrame(columns=FINDING_COLUMNS), pd.DataFrame(columns=mention_columns)
    for group, rows in quotes.groupby("group", sort=False):
        wrong = _misquoting(rows)
        if rows["source"].nunique() < 2 or not wrong:
            continue
        claim = f"{QUOTE_CLAIM}:{group}"
        for row in rows.itertuples():
            mentions.append({**{c: None for c in mention_columns}, "source": row.source, "path": row.path,
                             "claim": claim, "kind": "quote", "text": row.text, "start": row.start, "end": row.end,
                             "value": row.text, "event": event, "role": "source", "superseded": "",
                             "sentence": row.sentence, "why": f"quoted as “{row.text}”"})
        changed = rows[rows["source"].isin(wrong)]
        findings.append({
            "finding_id": f"{claim}|{event}", "claim": claim, "label": f"Quote: {group}", "event": event,
            "event_label": event, "status": "conflict",
            "values": {s: " / ".join(dict.fromkeys(rows.loc[rows["source"] == s, "text"])) for s in source_order
                       if s in set(rows["source"])},
            "disagree": wrong,
            "note": "quoted with other words: " + "; ".join(f"{r.source}: {r.difference}" for r in changed.itertuples()),
            "sources": rows["source"].nunique(), "safe_wording": ""})
    return pd.DataFrame(findings, columns=FINDING_COLUMNS), pd.DataFrame(mentions, columns=mention_columns)
