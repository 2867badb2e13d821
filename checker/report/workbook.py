"""Stage 5: the workbook an editor opens. Knows the Result's frames, nothing of extraction.

The file is written beside its target and renamed into place, so a failed run
never leaves half a workbook. A workbook already there is kept as a dated
backup, and the reviewer notes typed into it are carried into the new one.
"""
from __future__ import annotations

import datetime as dt
import os
import shutil
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

from checker.errors import InputError
from checker.pipeline import Result
from checker.report.cells import Sheet, render
from checker.report.review import WRITER, Annotation, carry_over, read_annotations
from checker.report.sheets import (draft_sheet, evidence_sheet, lost_notes_sheet, name_summaries, names_sheet, problems_sheet,
                     quote_summaries, quotes_sheet, sources_sheet, summary_sheet)


@dataclass
class Written:
    path: Path
    backup: Path | None = None
    carried: int = 0
    lost: list[Annotation] = field(default_factory=list)  # notes whose finding is gone: listed, never dropped


def _present_ids(result: Result, groups: list[dict]) -> dict[str, set[str]]:
    summary = set(result.findings["finding_id"]) | {g["id"] for g in groups}
    if result.flags is not None:
        summary |= {f"source|{s}" for s in result.flags["source"]}
    draft = set(result.draft["finding_id"]) if result.draft is not None else set()
    return {"Summary": summary, "Draft": draft}


def build_workbook(result: Result, earlier: list[Annotation] | None = None) -> tuple[list[Sheet], dict, list]:
    """The workbook's sheets in order, the notes carried to them, and the notes whose finding is gone."""
    groups = name_summaries(result) + quote_summaries(result)  # names and quotes that differ, for Summary
    kept, lost = carry_over(earlier or [], _present_ids(result, groups))
    sheets = [summary_sheet(result, kept, groups)]
    if result.draft is not None:
        sheets.insert(0, draft_sheet(result, kept))  # the draft's contradicted claims are what the editor needs first
    sheets.append(sources_sheet(result))
    if result.names is not None:
        sheets.append(names_sheet(result))
    if result.quotes is not None:
        sheets.append(quotes_sheet(result))
    sheets.append(evidence_sheet(result))
    if result.problems:
        sheets.append(problems_sheet(result))
    if lost:
        sheets.append(lost_notes_sheet(lost))
    return sheets, kept, lost


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


def write_report(result: Result, out: Path, properties: dict[str, str] | None = None) -> Written:
    """Write the workbook atomically: a temporary file beside `out`, then a rename. `properties` are kept in
    the file's document properties (a batch stores what the workbook was made from)."""
    out = Path(out)
    if out.suffix.lower() != ".xlsx":
        raise InputError("the report must be an .xlsx file; give --out a name ending in .xlsx", out)
    if not out.parent.is_dir():
        raise InputError(f"the folder {out.parent} does not exist; create it or choose another --out", out)
    earlier, edited = read_annotations(out) if out.exists() else ([], False)
    sheets, kept, lost = build_workbook(result, earlier)
    try:
        handle, temporary = tempfile.mkstemp(prefix=".checker-", suffix=".xlsx", dir=out.parent)
        os.close(handle)
    except OSError as exc:
        raise InputError(f"cannot write in {out.parent} ({exc.strerror}); choose another --out", out) from None
    backup = None
    try:
        render(sheets, Path(temporary), WRITER, properties)
        if out.exists() and (edited or earlier):
            backup = backup_of(out)  # a person worked in it: keep their version whole
        os.replace(temporary, out)
    except OSError as exc:
        raise InputError(f"cannot write the report ({exc.strerror}); is it open in another program?", out) from None
    finally:
        if os.path.exists(temporary):
            os.unlink(temporary)
    return Written(out, backup, len(kept), lost)

