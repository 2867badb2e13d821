"""Stage 5: the workbook an editor opens. Knows the Result's frames, nothing of extraction.

Text from sources is data: it is always written as a string cell (never a
formula, whatever it starts with) and characters a workbook cannot hold are
dropped. The file is written beside its target and renamed into place, so a
failed run never leaves half a workbook.
"""
from __future__ import annotations

import datetime as dt
import math
import os
import shutil
import tempfile
from pathlib import Path

from openpyxl import Workbook
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
from openpyxl.comments import Comment
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from .compare import SOURCE_INFO_COLUMNS
from .errors import InputError
from .pipeline import Result

FILLS = {
    "conflict": PatternFill("solid", fgColor="FFC7CE"),
    "variance": PatternFill("solid", fgColor="FFEB9C"),
    "agree": PatternFill("solid", fgColor="C6EFCE"),
}
HEADER_FONT = Font(bold=True)
HEADER_FILL = PatternFill("solid", fgColor="DDE3EA")
MAX_WIDTH = {"sentence": 100, "default": 45}
FORMULA_START = ("=", "+", "-", "@")


def clean(value):
    """A value safe for a cell: illegal characters dropped, NaN as empty."""
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return None
    if isinstance(value, (list, tuple, set)):
        value = ", ".join(map(str, value))
    if isinstance(value, str):
        value = ILLEGAL_CHARACTERS_RE.sub("", value)
        return value[:32000]  # a cell holds at most 32,767 characters
    return value


def put(sheet: Worksheet, row: int, column: int, value):
    cell = sheet.cell(row=row, column=column)
    value = clean(value)
    cell.value = value
    if isinstance(value, str):
        # Never a formula, whatever the source text starts with.
        cell.data_type = "s"
    return cell


def _table(sheet: Worksheet, header: list[str], rows: list[list], widths: dict[str, int] | None = None) -> None:
    for col, name in enumerate(header, 1):
        cell = put(sheet, 1, col, name)
        cell.font, cell.fill = HEADER_FONT, HEADER_FILL
    for r, values in enumerate(rows, 2):
        for c, value in enumerate(values, 1):
            put(sheet, r, c, value)
    sheet.freeze_panes = "A2"
    # Printed (or exported to PDF) one page wide, landscape: how desks read it on paper.
    sheet.page_setup.orientation = "landscape"
    sheet.sheet_properties.pageSetUpPr.fitToPage = True
    sheet.page_setup.fitToWidth, sheet.page_setup.fitToHeight = 1, 0
    if rows:
        sheet.auto_filter.ref = f"A1:{get_column_letter(len(header))}{len(rows) + 1}"
    for col, name in enumerate(header, 1):
        longest = max([len(str(name))] + [len(str(clean(row[col - 1]) or "")) for row in rows[:500]])
        cap = (widths or {}).get(name, MAX_WIDTH["default"])
        sheet.column_dimensions[get_column_letter(col)].width = min(max(10, longest + 2), cap)


def _paint_status(sheet: Worksheet, row: int, column: int, status: str) -> None:
    fill = FILLS.get(status)
    if fill:
        sheet.cell(row=row, column=column).fill = fill


def summary_sheet(sheet: Worksheet, result: Result) -> None:
    labels = list(result.sources.index)
    header = ["claim", "event", "status", *result.sources["display"], "disagree", "about", "note"]
    rows = []
    for f in result.findings.itertuples():
        rows.append([f.claim, f.event, f.status, *[f.values.get(label, "") for label in labels], f.disagree,
                     f"{f.label}: {f.event_label}", f.note])
    _table(sheet, header, rows)
    for r, f in enumerate(result.findings.itertuples(), 2):
        _paint_status(sheet, r, 3, f.status)
        for c, label in enumerate(labels, 4):
            if f.status in ("conflict", "variance") and label in f.disagree:
                _paint_status(sheet, r, c, f.status)


def sources_sheet(sheet: Worksheet, result: Result) -> None:
    frame = result.sources
    info = [c for c in SOURCE_INFO_COLUMNS if c != "display"]
    keys = [c for c in frame.columns if c not in SOURCE_INFO_COLUMNS]
    status = dict(zip(result.findings["finding_id"], result.findings["status"]))
    header = ["source", *info, *keys]
    rows = [[label, *[row[c] for c in info], *[row[k] for k in keys]] for label, row in frame.iterrows()]
    _table(sheet, header, rows, widths={k: 30 for k in keys})
    evidence = result.mentions.groupby(["source", "claim", "event"])["sentence"].agg(lambda s: "\n\n".join(dict.fromkeys(s)))
    for r, (label, row) in enumerate(frame.iterrows(), 2):
        for c, key in enumerate(keys, 2 + len(info)):
            if not row[key]:
                continue
            _paint_status(sheet, r, c, status.get(key, ""))
            claim, event = key.split("|", 1)
            sentence = evidence.get((label, claim, event))
            if sentence:
                comment = Comment(clean(sentence)[:2000], "checker")
                comment.width, comment.height = 400, 160
                sheet.cell(row=r, column=c).comment = comment


EVIDENCE_COLUMNS = ["source", "claim", "event", "status", "text", "value", "interval", "low", "high", "qualifier", "unit",
                    "why", "event_how", "note", "sentence", "path", "start", "end"]


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
    mentions = result.mentions
    rows = []
    for m in mentions.itertuples():
        row = []
        for name in EVIDENCE_COLUMNS:
            if name == "status":
                value = status.get(f"{m.claim}|{m.event}", "unresolved")
            elif name == "interval":
                value = interval_text(m)
            else:
                value = getattr(m, name)
            if name in ("low", "high") and m.kind == "date" and value == value and value is not None:
                value = dt.date.fromordinal(int(value)).isoformat()
            row.append(value)
        rows.append(row)
    _table(sheet, EVIDENCE_COLUMNS, rows, widths={"sentence": MAX_WIDTH["sentence"], "why": 60})
    wrap = Alignment(wrap_text=True, vertical="top")
    sentence_col = EVIDENCE_COLUMNS.index("sentence") + 1
    status_col = EVIDENCE_COLUMNS.index("status") + 1
    for r, row in enumerate(rows, 2):
        sheet.cell(row=r, column=sentence_col).alignment = wrap
        _paint_status(sheet, r, status_col, row[status_col - 1])


def problems_sheet(sheet: Worksheet, result: Result) -> None:
    _table(sheet, ["file", "problem"], [[p.path, p.message] for p in result.problems])


def build_workbook(result: Result) -> Workbook:
    workbook = Workbook()
    summary_sheet(workbook.active, result)
    workbook.active.title = "Summary"
    sources_sheet(workbook.create_sheet("Sources"), result)
    evidence_sheet(workbook.create_sheet("Evidence"), result)
    if result.problems:
        problems_sheet(workbook.create_sheet("Unreadable"), result)
    return workbook


def backup_of(path: Path) -> Path:
    """Keep the previous workbook (and any notes an editor typed in it) beside the new one."""
    stamp = dt.datetime.fromtimestamp(path.stat().st_mtime).strftime("%Y%m%d-%H%M%S")
    backup = path.with_name(f"{path.stem}.{stamp}.bak{path.suffix}")
    counter = 1
    while backup.exists():
        counter += 1
        backup = path.with_name(f"{path.stem}.{stamp}-{counter}.bak{path.suffix}")
    shutil.copy2(path, backup)
    return backup


def write_report(result: Result, out: Path) -> Path:
    """Write the workbook atomically: a temporary file beside `out`, then a rename."""
    out = Path(out)
    if out.suffix.lower() != ".xlsx":
        raise InputError("the report must be an .xlsx file; give --out a name ending in .xlsx", out)
    if not out.parent.is_dir():
        raise InputError(f"the folder {out.parent} does not exist; create it or choose another --out", out)
    workbook = build_workbook(result)
    try:
        handle, temporary = tempfile.mkstemp(prefix=".checker-", suffix=".xlsx", dir=out.parent)
        os.close(handle)
    except OSError as exc:
        raise InputError(f"cannot write in {out.parent} ({exc.strerror}); choose another --out", out) from None
    try:
        workbook.save(temporary)
        if out.exists():
            backup_of(out)
        os.replace(temporary, out)
    except OSError as exc:
        raise InputError(f"cannot write the report ({exc.strerror}); is it open in another program?", out) from None
    finally:
        if os.path.exists(temporary):
            os.unlink(temporary)
    return out
