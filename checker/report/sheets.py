"""The sheets of the workbook, each built from the Result's frames alone."""
from __future__ import annotations

import datetime as dt

from openpyxl.comments import Comment
from openpyxl.styles import Alignment
from openpyxl.worksheet.worksheet import Worksheet

from checker.report.cells import clean, drop_down, paint, put, table
from checker.compare import SOURCE_INFO_COLUMNS
from checker.pipeline import Result
from checker.report.review import ID_COLUMN, REVIEW_COLUMNS, REVIEW_STATUSES

WRAP = Alignment(wrap_text=True, vertical="top")


def _review_columns(sheet: Worksheet, header: list[str], ids: list[str], notes: dict, sheet_name: str) -> None:
    """Fill the reviewer columns from earlier annotations and offer the status list."""
    from openpyxl.utils import get_column_letter

    # The id only matches notes across runs; the editor need not see it.
    sheet.column_dimensions[get_column_letter(header.index(ID_COLUMN) + 1)].hidden = True
    status_col = header.index(REVIEW_COLUMNS[0]) + 1
    for r, finding_id in enumerate(ids, 2):
        note = notes.get((sheet_name, finding_id))
        if note:
            put(sheet, r, status_col, note.status)
            put(sheet, r, status_col + 1, note.note)
    drop_down(sheet, status_col, len(ids) + 1, REVIEW_STATUSES)


def summary_sheet(sheet: Worksheet, result: Result, notes: dict, groups: list[dict]) -> None:
    labels = list(result.sources.index)
    header = ["claim", "event", "status", *result.sources["display"], "disagree", "about", "note",
              *REVIEW_COLUMNS, ID_COLUMN]
    rows = []
    for flag in result.flags.itertuples() if result.flags is not None else []:
        # A stale or off-event source is flagged once, above the findings.
        rows.append(["source check", flag.source, flag.flag,
                     *[flag.reason if label == flag.source else "" for label in labels], [flag.source],
                     "Read this source's figures with care", "", "", "", f"source|{flag.source}"])
    for f in result.findings.itertuples():
        rows.append([f.claim, f.event, f.status, *[f.values.get(label, "") for label in labels], f.disagree,
                     f"{f.label}: {f.event_label}", f.note, "", "", f.finding_id])
    # Names spelt two ways and quotes worded differently, so nothing needs hunting for.
    for group in groups:
        rows.append([group["claim"], group["event"], group["status"], *[group["values"].get(l, "") for l in labels],
                     group["disagree"], group["about"], "", "", "", group["id"]])
    table(sheet, header, rows, widths={h: 38 for h in result.sources["display"]})
    for r, row in enumerate(rows, 2):
        status, disagree = row[2], row[3 + len(labels)] or []
        paint(sheet, r, 3, status)
        for c, label in enumerate(labels, 4):
            if status != "agree" and label in disagree:
                paint(sheet, r, c, status)
    _review_columns(sheet, header, [row[-1] for row in rows], notes, "Summary")


def draft_sheet(sheet: Worksheet, result: Result, notes: dict) -> None:
    display = dict(zip(result.sources.index, result.sources["display"]))
    header = ["claim", "event", "draft says", "verdict", "contradicted by", "supported by", "sources say", "sentence",
              *REVIEW_COLUMNS, ID_COLUMN]
    frame = result.draft
    rows = [[d.claim, d.event, d.draft, d.verdict, [display.get(s, s) for s in d.contradicted_by],
             [display.get(s, s) for s in d.supported_by], d.sources_say, d.sentence, "", "", d.finding_id]
            for d in frame.itertuples()]
    table(sheet, header, rows, widths={"sentence": 60, "sources say": 60, "supported by": 30, "contradicted by": 30})
    for r, d in enumerate(frame.itertuples(), 2):
        paint(sheet, r, 4, d.verdict)
    _review_columns(sheet, header, list(frame["finding_id"]), notes, "Draft")


def sources_sheet(sheet: Worksheet, result: Result) -> None:
    frame = result.sources
    info = [c for c in SOURCE_INFO_COLUMNS if c != "display"]
    keys = [c for c in frame.columns if c not in SOURCE_INFO_COLUMNS]
    status = dict(zip(result.findings["finding_id"], result.findings["status"]))
    header = ["source", *info, *keys]
    rows = [[label, *[row[c] for c in info], *[row[k] for k in keys]] for label, row in frame.iterrows()]
    table(sheet, header, rows, widths={k: 30 for k in keys})
    evidence = result.mentions.groupby(["source", "claim", "event"])["sentence"].agg(
        lambda s: "\n\n".join(dict.fromkeys(s)))
    for r, (label, row) in enumerate(frame.iterrows(), 2):
        for c, key in enumerate(keys, 2 + len(info)):
            if not row[key]:
                continue
            paint(sheet, r, c, status.get(key, ""))
            claim, event = key.split("|", 1)
            sentence = evidence.get((label, claim, event))
            if sentence:
                comment = Comment(clean(sentence)[:2000], "checker")
                comment.width, comment.height = 400, 160
                sheet.cell(row=r, column=c).comment = comment


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


def evidence_sheet(sheet: Worksheet, result: Result) -> None:
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
    table(sheet, EVIDENCE_COLUMNS, rows, widths={"sentence": 100, "why": 60})
    sentence_col = EVIDENCE_COLUMNS.index("sentence") + 1
    status_col = EVIDENCE_COLUMNS.index("status") + 1
    for r, row in enumerate(rows, 2):
        sheet.cell(row=r, column=sentence_col).alignment = WRAP
        paint(sheet, r, status_col, row[status_col - 1])


def problems_sheet(sheet: Worksheet, result: Result) -> None:
    table(sheet, ["file", "problem"], [[p.path, p.message] for p in result.problems])


def lost_notes_sheet(sheet: Worksheet, lost: list) -> None:
    table(sheet, ["sheet", "finding", "was", *REVIEW_COLUMNS],
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


def names_sheet(sheet: Worksheet, result: Result) -> None:
    header = ["group", "suggestion", "status", "variants (source ×count)", "mixed within", "house style"]
    rows = []
    for group, of_group in result.names.groupby("group", sort=False):
        variants = []
        for variant, of_variant in of_group.groupby("variant", sort=False):
            variants.append(f"{variant}: " + ", ".join(f"{r.source} ×{r.count}" for r in of_variant.itertuples()))
        mixed = list(dict.fromkeys(of_group.loc[of_group["mixed"], "source"]))
        rows.append([group, of_group["suggestion"].iloc[0], of_group["status"].iloc[0], "; ".join(variants), mixed,
                     "yes" if of_group["house_style"].any() else ""])
    table(sheet, header, rows, widths={"variants (source ×count)": 90})
    for r, row in enumerate(rows, 2):
        paint(sheet, r, 3, row[2])


def quotes_sheet(sheet: Worksheet, result: Result) -> None:
    labels = list(result.sources.index)
    header = ["speaker", "status", *result.sources["display"], "difference", "group"]
    rows = []
    for group, of_group in result.quotes.groupby("group", sort=False):
        wordings = {source: "\n\n".join(f"“{t}”" for t in dict.fromkeys(of_source["text"]))
                    for source, of_source in of_group.groupby("source", sort=False)}
        differences = "; ".join(d for d in dict.fromkeys(of_group["difference"]) if d)
        rows.append([of_group["speaker"].iloc[0], of_group["status"].iloc[0],
                     *[wordings.get(label, "") for label in labels], differences, group])
    table(sheet, header, rows, widths={h: 50 for h in result.sources["display"]})
    for r, row in enumerate(rows, 2):
        paint(sheet, r, 2, row[1])
        for c in range(3, 3 + len(labels)):
            sheet.cell(row=r, column=c).alignment = WRAP
