"""Reviewer columns that survive re-runs.

An editor marks findings in `Summary` and `Draft` (reviewer status, reviewer
note). When the checker writes over that workbook, it reads those columns
first and carries each annotation to the finding with the same id in the new
workbook; an annotation whose finding has gone is listed, never dropped.
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from openpyxl import load_workbook

from checker.errors import InputError

REVIEW_STATUSES = ["open", "confirmed", "fixed in draft", "ignore"]
REVIEW_COLUMNS = ["reviewer status", "reviewer note"]
ID_COLUMN = "id"
REVIEWED_SHEETS = ("Summary", "Draft")
WRITER = "fact-checker"  # the workbook's last-modified-by when the checker saved it last


@dataclass(frozen=True)
class Annotation:
    sheet: str
    finding_id: str
    status: str
    note: str
    where: str  # what the row said, for an editor looking for a lost note


def read_annotations(path: Path) -> tuple[list[Annotation], bool]:
    """Every non-empty reviewer cell of an earlier workbook, keyed by finding id,
    and whether a person saved the workbook since the checker wrote it."""
    try:
        workbook = load_workbook(path, read_only=True, data_only=True)
    except Exception:  # openpyxl raises many types for a file that is not a workbook
        raise InputError("this file exists but is not a workbook the checker can read; "
                         "move it away or choose another --out", path) from None
    edited = workbook.properties.lastModifiedBy != WRITER
    found: list[Annotation] = []
    try:
        for name in REVIEWED_SHEETS:
            if name not in workbook.sheetnames:
                continue
            rows = workbook[name].iter_rows(values_only=True)
            header = [str(h) if h is not None else "" for h in next(rows, ())]
            if ID_COLUMN not in header or REVIEW_COLUMNS[0] not in header:
                continue
            at = {column: header.index(column) for column in (ID_COLUMN, *REVIEW_COLUMNS)}
            for row in rows:
                status = row[at[REVIEW_COLUMNS[0]]] if len(row) > at[REVIEW_COLUMNS[0]] else None
                note = row[at[REVIEW_COLUMNS[1]]] if len(row) > at[REVIEW_COLUMNS[1]] else None
                finding_id = row[at[ID_COLUMN]] if len(row) > at[ID_COLUMN] else None
                if finding_id and (status or note):
                    where = " · ".join(str(v) for v in row[:3] if v)
                    found.append(Annotation(name, str(finding_id), str(status or ""), str(note or ""), where))
    finally:
        workbook.close()
    return found, edited


def carry_over(annotations: list[Annotation], present: dict[str, set[str]]) -> tuple[dict, list[Annotation]]:
    """({(sheet, id): annotation} to write again, [annotations whose finding is gone])."""
    kept, lost = {}, []
    for note in annotations:
        if note.finding_id in present.get(note.sheet, set()):
            kept[(note.sheet, note.finding_id)] = note
        else:
            lost.append(note)
    return kept, lost
