"""The sheets of the workbook, each built from the Result's frames alone."""
from __future__ import annotations

import datetime as dt

from checker.compare import SOURCE_INFO_COLUMNS
from checker.pipeline import Result
from checker.report.cells import Sheet
from checker.report.review import ID_COLUMN, REVIEW_COLUMNS, REVIEW_STATUSES


def _review_columns(sheet: Sheet, notes: dict) -> None:
    """Fill the reviewer columns from earlier annotations and offer the status list."""
    at = sheet.header.index(ID_COLUMN)
    sheet.hidden.add(at)                     # the id only matches notes across runs; the editor need not see it
    status_col = sheet.header.index(REVIEW_COLUMNS[0])
    for row in sheet.rows:
        note = notes.get((sheet.title, row[at]))
        if note:
            row[status_col], row[status_col + 1] = note.status, note.note
    sheet.choices = (status_col, REVIEW_STATUSES)


def summary_sheet(result: Result, notes: dict, groups: list[dict]) -> Sheet:
    labels = list(result.sources.index)
    header = ["claim", "event", "status", *result.sources["display"], "disagree", "safe wording", "about", "note",
              *REVIEW_COLUMNS, ID_COLUMN]
    rows = []
    for flag in result.flags.itertuples() if result.flags is not None else []:
        # A stale or off-event source is flagged once, above the findings.
        rows.append(["source check", flag.source, flag.flag,
                     *[flag.reason if label == flag.source else "" for label in labels], [flag.source], "",
                     "Read this source's figures with care", "", "", "", f"source|{flag.source}"])
    for f in result.findings.itertuples():
        rows.append([f.claim, f.event, f.status, *[f.values.get(label, "") for label in labels], f.disagree,
                     getattr(f, "safe_wording", ""), f"{f.label}: {f.event_label}", f.note, "", "", f.finding_id])
    # Names spelt two ways and quotes worded differently, so nothing needs hunting for.
    for group in groups:
        rows.append([group["claim"], group["event"], group["status"], *[group["values"].get(l, "") for l in labels],
                     group["disagree"], group.get("safe", ""), group["about"], "", "", "", group["id"]])
    sheet = Sheet("Summary", header, rows, widths={**{h: 38 for h in result.sources["display"]}, "safe wording": 40})
    for r, row in enumerate(rows):
        status, disagree = row[2], row[3 + len(labels)] or []
        sheet.paint(r, 2, status)
        for c, label in enumerate(labels, 3):
            if status != "agree" and label in disagree:
                sheet.paint(r, c, status)
    _review_columns(sheet, notes)
    return sheet


def draft_sheet(result: Result, notes: dict) -> Sheet:
    display = dict(zip(result.sources.index, result.sources["display"]))
    header = ["claim", "event", "draft says", "verdict", "contradicted by", "supported by", "sources say",
              "safe wording", "sentence", *REVIEW_COLUMNS, ID_COLUMN]
    frame = result.draft
    rows = [[d.claim, d.event, d.draft, d.verdict, [display.get(s, s) for s in d.contradicted_by],
             [display.get(s, s) for s in d.supported_by], d.sources_say, getattr(d, "safe_wording", ""), d.sentence, "", "",
             d.finding_id]
            for d in frame.itertuples()]
    sheet = Sheet("Draft", header, rows,
                  widths={"sentence": 60, "sources say": 60, "safe wording": 40, "supported by": 30,
                          "contradicted by": 30})
    for r, row in enumerate(rows):
        sheet.paint(r, 3, row[3])
    _review_columns(sheet, notes)
    return sheet


def sources_sheet(result: Result) -> Sheet:
    frame = result.sources
    info = [c for c in SOURCE_INFO_COLUMNS if c != "display"]
    keys = [c for c in frame.columns if c not in SOURCE_INFO_COLUMNS]
    status = dict(zip(result.findings["finding_id"], result.findings["status"]))
    header = ["source", *info, *keys]
    rows = [[label, *[row[c] for c in info], *[row[k] for k in keys]] for label, row in frame.iterrows()]
    sheet = Sheet("Sources", header, rows, widths={k: 30 for k in keys})
    evidence = result.mentions.groupby(["source", "claim", "event"])["sentence"].agg(
        lambda s: "\n\n".join(dict.fromkeys(s)))
    for r, (label, row) in enumerate(frame.iterrows()):
        for c, key in enumerate(keys, 1 + len(info)):
            if not row[key]:
                continue
            sheet.paint(r, c, status.get(key, ""))
            claim, event = key.split("|", 1)
            sentence = evidence.get((label, claim, event))
            if sentence:
                sheet.comments[(r, c)] = sentence
    return sheet


EVIDENCE_COLUMNS = ["source", "claim", "event", "status", "text", "value", "interval", "low", "high", "qualifier",
                    "unit", "why", "score", "attribution", "as_of", "event_how", "note", "sentence", "path", "start", "end"]


def _figure(value: float) -> str:
    return f"{value:,.0f}" if float(value).is_integer() else f"{value:,.4g}"


def interval_text(m) -> str:
    """The reading as an editor reads an interval: "(6,500, 6,600]" is above 6,500, up to 6,600."""
    if m.low is None or m.low != m.low:
        return ""
    if m.kind == "date":
        low, high = dt.date.fromordinal(int(m.low)), dt.date.fromordinal(int(m.high))
        return low.isoformat() if low == high else f"{low.isoformat()} to {high.isoformat()}"
    opening = "[" if m.low_inclusive else "("
    closing = "]" if m.high_inclusive else ")"
    return f"{opening}{_figure(m.low)}, {_figure(m.high)}{closing}"


def evidence_sheet(result: Result) -> Sheet:
    status = dict(zip(result.findings["finding_id"], result.findings["status"]))
    rows = []
    for m in result.mentions.itertuples():
        row = []
        for name in EVIDENCE_COLUMNS:
            if name == "status":
                value = "draft" if m.role == "draft" else status.get(f"{m.claim}|{m.event}", "unresolved")
            elif name == "interval":
                value = interval_text(m)
            elif name in ("low", "high") and m.kind == "date":
                value = interval_text(m).split(" to ")[0 if name == "low" else -1]
            else:
                value = getattr(m, name)
            row.append(value)
        rows.append(row)
    sheet = Sheet("Evidence", EVIDENCE_COLUMNS, rows, widths={"sentence": 100, "why": 60},
                  wrap={EVIDENCE_COLUMNS.index("sentence")})
    status_col = EVIDENCE_COLUMNS.index("status")
    for r, row in enumerate(rows):
        sheet.paint(r, status_col, row[status_col])
    return sheet


def problems_sheet(result: Result) -> Sheet:
    return Sheet("Not checked", ["file", "problem"], [[p.path, p.message] for p in result.problems])


def lost_notes_sheet(lost: list) -> Sheet:
    return Sheet("Earlier notes", ["sheet", "finding", "was", *REVIEW_COLUMNS],
                 [[n.sheet, n.finding_id, n.where, n.status, n.note] for n in lost])


def name_summaries(result: Result) -> list[dict]:
    """One Summary row per name spelt more than one way."""
    if result.names is None or result.names.empty:
        return []
    groups: dict[str, list[dict]] = {}
    for record in result.names[result.names["status"] != "agree"].to_dict("records"):
        groups.setdefault(record["group"], []).append(record)
    out = []
    for group, records in groups.items():
        suggestion = records[0]["suggestion"]
        by_source: dict[str, list[dict]] = {}
        for record in records:
            by_source.setdefault(record["source"], []).append(record)
        values = {source: " / ".join(f"{r['variant']} ×{r['count']}" for r in rows) for source, rows in by_source.items()}
        disagree = [source for source, rows in by_source.items() if {r["variant"] for r in rows} != {suggestion}]
        variants = ", ".join(dict.fromkeys(r["variant"] for r in records))
        out.append({"claim": "name", "event": suggestion, "status": records[0]["status"], "values": values,
                    "disagree": disagree, "about": f"Spelling of {suggestion}: {variants}", "id": f"name|{group}"})
    return out


def quote_summaries(result: Result) -> list[dict]:
    """One Summary row per quote whose wording differs between sources."""
    if result.quotes is None or result.quotes.empty:
        return []
    out = []
    for group, rows in result.quotes.groupby("group", sort=False):
        status = rows["status"].iloc[0]
        if status == "agree":
            continue
        common = rows["text"].value_counts().index[0]
        values = {source: " / ".join(f"“{t}”" for t in dict.fromkeys(of_source["text"]))
                  for source, of_source in rows.groupby("source", sort=False)}
        disagree = list(dict.fromkeys(rows.loc[rows["text"] != common, "source"]))
        speaker = rows["speaker"].iloc[0] or "unnamed speaker"
        out.append({"claim": "quote", "event": speaker, "status": status, "values": values, "disagree": disagree,
                    "about": f"Quote: {group}", "id": f"quote|{group}"})
    return out


def names_sheet(result: Result) -> Sheet:
    header = ["group", "suggestion", "status", "variants (source ×count)", "mixed within", "house style"]
    rows = []
    for group, of_group in result.names.groupby("group", sort=False):
        variants = []
        for variant, of_variant in of_group.groupby("variant", sort=False):
            variants.append(f"{variant}: " + ", ".join(f"{r.source} ×{r.count}" for r in of_variant.itertuples()))
        mixed = list(dict.fromkeys(of_group.loc[of_group["mixed"], "source"]))
        rows.append([group, of_group["suggestion"].iloc[0], of_group["status"].iloc[0], "; ".join(variants), mixed,
                     "yes" if of_group["house_style"].any() else ""])
    sheet = Sheet("Names", header, rows, widths={"variants (source ×count)": 90})
    for r, row in enumerate(rows):
        sheet.paint(r, 2, row[2])
    return sheet


def quotes_sheet(result: Result) -> Sheet:
    labels = list(result.sources.index)
    header = ["speaker", "status", *result.sources["display"], "difference", "group"]
    rows = []
    for group, of_group in result.quotes.groupby("group", sort=False):
        wordings = {source: "\n\n".join(f"“{t}”" for t in dict.fromkeys(of_source["text"]))
                    for source, of_source in of_group.groupby("source", sort=False)}
        differences = "; ".join(d for d in dict.fromkeys(of_group["difference"]) if d)
        rows.append([of_group["speaker"].iloc[0], of_group["status"].iloc[0],
                     *[wordings.get(label, "") for label in labels], differences, group])
    sheet = Sheet("Quotes", header, rows, widths={h: 50 for h in result.sources["display"]},
                  wrap=set(range(2, 2 + len(labels))))
    for r, row in enumerate(rows):
        sheet.paint(r, 1, row[1])
    return sheet
