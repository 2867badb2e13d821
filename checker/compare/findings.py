"""Stage 4: decide for each claim about each event whether the sources agree.

  conflict  the sources cannot all be right: their intervals have no point in common
  parties differ  two parties give the figure (police and organisers): each party's figures are compared
            among themselves, and this row shows the gap between the parties
  variance  they can all be right, but the figures as stated differ (286 / nearly 300)
  agree     the same figure, qualifiers aside (2,000 / about 2,000), or the same entity
  single    only one source states it
  unplaced  no event could be found for these mentions, so they are not compared
"""
from __future__ import annotations

import numpy as np
import pandas as pd

from checker.claims import NO_EVENT, PARTY_MARK, Rule, Story
from checker.claims import WEEKDAY_CLAIM
from checker.compare.intervals import common_point, source_intervals
from checker.compare.wording import parties_wording, safe_wording
from checker.reading import one_spelling

STATUS_ORDER = ["conflict", "parties differ", "variance", "agree", "single", "unplaced"]
SOURCE_INFO_COLUMNS = ["display", "role", "outlet", "headline", "published", "path"]
FINDING_COLUMNS = ["finding_id", "claim", "label", "event", "event_label", "status", "values", "disagree", "note",
                   "sources", "safe_wording"]


def _best_supported(sources: np.ndarray, low: np.ndarray, high: np.ndarray) -> set[str]:
    """Sources covering the value the most sources share (a sweep over interval ends)."""
    points = np.concatenate([low, high])
    sorted_low, sorted_high = np.sort(low), np.sort(high)
    coverage = np.searchsorted(sorted_low, points, side="right") - np.searchsorted(sorted_high, points, side="left")
    if coverage.max() * 2 <= len(sources):
        return set()  # no value is shared by a majority: every source is in dispute
    best = points[int(np.argmax(coverage))]
    return set(sources[(low <= best) & (best <= high)])


def judge(rows: pd.DataFrame, kind: str, tolerance: float) -> tuple[str, list[str], str]:
    """Status, the sources that disagree with the majority, and a note."""
    sources = list(dict.fromkeys(rows["source"]))
    if len(sources) == 1:
        return "single", [], ""
    if rows["value"].nunique() == 1:
        return "agree", [], ""
    by_value = rows.groupby("value", sort=False)["source"].agg(set)
    majority = by_value.loc[by_value.map(len).idxmax()]
    dissent = [s for s in sources if s not in majority]
    if kind == "entity":
        return "conflict", dissent, ""
    units = {one_spelling(u.lower()) for u in rows["unit"].dropna()}     # "storeys" and "stories" are one unit
    if len(units) > 1:
        return "variance", dissent, f"stated in different units: {', '.join(sorted(units))}"
    names, low, high, inconsistent = source_intervals(rows, tolerance)
    if inconsistent:  # a vague word beside a figure ("millions of transactions", "two transactions") is no clash
        precise = rows[rows["qualifier"].ne("vague")]
        inconsistent = source_intervals(precise, tolerance)[3] if len(precise) else []
    note = f"{', '.join(inconsistent)} gives figures that cannot all be right" if inconsistent else ""
    mixed = _mixed(rows, inconsistent)
    if mixed:
        note = f"{', '.join(mixed)} gives {MIXED_FIGURES} figures or more that cannot all be right: they may count " \
               "different things; the span of each source's figures is compared"
    if common_point(low, high) and (not inconsistent or mixed):
        return "variance", dissent, note
    # Figures that cannot all be true make a conflict, even when one source gives them all (a toll that
    # changed over time is still two figures for one fact; the note says in what order).
    supported = _best_supported(names, low, high)
    return "conflict", [s for s in sources if s not in supported], note


# A source giving this many different figures for one claim is telling several facts the claim could not keep
# apart (the toll, the toll at the airport, last year's toll): its own figures are no clash
MIXED_FIGURES = 3


def _mixed(rows: pd.DataFrame, inconsistent: list[str]) -> list[str]:
    if not inconsistent:
        return []
    precise = rows[rows["qualifier"].ne("vague") & rows["source"].isin(inconsistent)]
    counts = precise.groupby("source")["value"].nunique()
    return list(counts.index[counts >= MIXED_FIGURES])


def _weekday_clash(rows: pd.DataFrame, status: str, dissent: list[str], note: str,
                   calendar: bool = False) -> tuple[str, list[str], str]:
    """The same day, but a source names another weekday for it ("Monday, August 8", a Tuesday), while others do
    not: the sources cannot all be right about the day. For a weekday claim (`calendar`), the calendar is the
    other side, so one source with the wrong weekday is enough."""
    clash = rows["note"].fillna("").str.contains("weekday_mismatch")
    if not clash.any() or (clash.all() and not calendar):
        return status, dissent, note
    wrong = list(dict.fromkeys(rows.loc[clash, "source"]))
    said = "; ".join(f"{s}: {n.split(': ', 1)[-1]}" for s, n in zip(rows.loc[clash, "source"], rows.loc[clash, "note"]))
    return "conflict", wrong, "; ".join(x for x in (note, f"weekday and date disagree ({said})") if x)


def _as_written(kind: str, text: str, value, superseded: str) -> str:
    """The wording as the source has it; for names and dates, what it was read as."""
    if kind in ("entity", "date") and value and value != text:
        return f"{text} ({value})"
    if superseded:
        return f"{text} (earlier)"
    return text


def row_wording(row) -> str:
    """_as_written for one row of the mentions frame (from itertuples)."""
    return _as_written(row.kind, row.text, row.value, getattr(row, "superseded", ""))


def context_note(rows: pd.DataFrame, published: dict) -> str:
    """Why figures may differ without anyone being wrong: other authorities, other days."""
    notes = []
    cited = {}
    for r in rows.itertuples():
        if r.attribution:
            cited.setdefault(r.attribution, []).append(r.source)
    if len(cited) > 1:
        notes.append("sources cite different authorities: " +
                     "; ".join(f"{who} ({', '.join(dict.fromkeys(s))})" for who, s in cited.items()))
    timeline = in_time_order(rows, published)
    if timeline:
        notes.append(timeline)
    return "; ".join(notes)


def in_time_order(rows: pd.DataFrame, published: dict) -> str:
    """"120 on 3 May (a), 264 on 4 May (b): the count rose" when sources of different days give different figures."""
    dated = sorted((published[r.source], r.low, r.text, r.source) for r in rows.itertuples() if published.get(r.source))
    if len({d for d, *_ in dated}) < 2 or len({low for _, low, _, _ in dated}) < 2:
        return ""
    steps, seen = [], set()
    # sources of other years (a retrospective) are told with their years: "26 Jul" alone reads as before "20 Aug"
    when = "%-d %b %Y" if len({d.year for d, *_ in dated}) > 1 else "%-d %b"
    for day, low, text, source in dated:
        if (day, text) not in seen:
            seen.add((day, text))
            steps.append(f"{text} on {day.strftime(when)} ({source})")
    first, last = dated[0][1], dated[-1][1]
    trend = "rose" if last > first else "fell" if last < first else "changed"
    people = "unit" not in rows or set(rows["unit"].dropna()) <= {"people"}
    return f"in time order: {', '.join(steps)}: the {'count' if people else 'figure'} {trend}"


def findings_frame(mentions: pd.DataFrame, rules: list[Rule], story: Story, source_order: list[str],
                   published: dict | None = None) -> pd.DataFrame:
    rule_of = {r.id: r for r in rules}
    event_label = {e.id: e.label for e in story.events}
    rows = []
    resolved = mentions[mentions["kind"].eq("entity") | mentions["low"].notna()]
    # Worked out once for the whole frame, not once per claim: a story has hundreds of claims.
    superseded = resolved["superseded"].tolist() if "superseded" in resolved else [""] * len(resolved)
    written = list(map(_as_written, resolved["kind"].tolist(), resolved["text"].tolist(), resolved["value"].tolist(),
                       superseded))
    source_of = resolved["source"].to_numpy()
    is_draft = resolved["role"].eq("draft").to_numpy()
    is_current = resolved["superseded"].eq("").to_numpy() if "superseded" in resolved else np.ones(len(resolved), bool)
    for (claim, event), at in resolved.groupby(["claim", "event"], sort=False).indices.items():
        # The draft is judged against the sources (checker.compare.draft), never one of them;
        # its wording is still shown in its own column.
        sources_at = at[~is_draft[at]]
        if not len(sources_at):
            continue
        current = sources_at[is_current[sources_at]]
        # figures a source calls earlier are shown, not judged
        group = resolved.iloc[current if len(current) else sources_at]
        rule = rule_of[claim]
        if event == NO_EVENT:
            status, dissent, note = "unplaced", [], "no event found near these mentions; not compared"
        else:
            status, dissent, note = judge(group, rule.kind, rule.spec.tolerance)
            if claim.startswith(WEEKDAY_CLAIM):
                status, dissent, note = _weekday_clash(group, status, dissent, note, calendar=True)
            elif rule.kind == "date" and status in ("agree", "variance"):
                status, dissent, note = _weekday_clash(group, status, dissent, note)
            # (a time of day does not rise or fall from one day's report to the next: it is told right or wrong)
            if status in ("variance", "conflict") and rule.kind == "count" \
                    and not group["unit"].astype(str).str.startswith("minutes").any():
                note = "; ".join(n for n in (note, context_note(group, published or {})) if n)
        wordings: dict[str, list[str]] = {}
        for i in at:
            wordings.setdefault(source_of[i], []).append(written[i])
        values = {source: " / ".join(dict.fromkeys(wordings[source])) for source in source_order if source in wordings}
        rows.append({
            "finding_id": f"{claim}|{event}", "claim": claim, "label": rule.label, "event": event,
            "event_label": event_label.get(event, event), "status": status, "values": values,
            "disagree": dissent, "note": note, "sources": group["source"].nunique(),
            "safe_wording": safe_wording(group, status, rule.kind, rule.spec.tolerance, published or {}),
        })
    rows.extend(_parties_rows(rows, event_label))
    findings = pd.DataFrame(rows, columns=FINDING_COLUMNS)
    if findings.empty:
        return findings
    rule_rank = {r.id: i for i, r in enumerate(rules)}
    findings["_s"] = findings["status"].map(STATUS_ORDER.index)
    findings["_r"] = findings["claim"].map(rule_rank)
    return findings.sort_values(["_s", "_r", "event"]).drop(columns=["_s", "_r"]).reset_index(drop=True)


def _parties_rows(rows: list[dict], event_label: dict) -> list[dict]:
    """One `parties differ` row for each claim whose figures come from several parties: the gap between them."""
    by_base: dict[tuple[str, str], list[dict]] = {}
    for row in rows:
        base, mark, party = row["claim"].partition(PARTY_MARK)
        if mark:
            by_base.setdefault((base, row["event"]), []).append({**row, "party": party})
    out = []
    for (base, event), parts in by_base.items():
        if len(parts) < 2:
            continue
        values: dict[str, str] = {}
        for part in parts:
            for source, wording in part["values"].items():
                values[source] = " / ".join(filter(None, (values.get(source), f"{wording} ({part['party']})")))
        summary = "; ".join(f"{p['party']} say {' / '.join(dict.fromkeys(p['values'].values()))}" for p in parts)
        out.append({"finding_id": f"{base}{PARTY_MARK}parties|{event}", "claim": f"{base}{PARTY_MARK}parties",
                    "label": parts[0]["label"].rsplit(", by ", 1)[0], "event": event,
                    "event_label": event_label.get(event, event), "status": "parties differ", "values": values,
                    "disagree": [], "note": summary, "sources": len(values), "safe_wording": parties_wording(parts)})
    return out


def sources_frame(mentions: pd.DataFrame, findings: pd.DataFrame, sources) -> pd.DataFrame:
    """One row per source, one column per claim key: the value as that source states it."""
    frame = pd.DataFrame({"display": [s.display for s in sources],
                          "role": [s.role for s in sources],
                          "outlet": [s.meta.get("outlet", "") for s in sources],
                          "headline": [s.meta.get("headline", "") for s in sources],
                          "published": [s.published.isoformat() if s.published else "" for s in sources],
                          "path": [s.path for s in sources]},
                         index=pd.Index([s.label for s in sources], name="source"))
    for finding in findings.itertuples():
        frame[finding.finding_id] = [finding.values.get(s.label, "") for s in sources]
    return frame
