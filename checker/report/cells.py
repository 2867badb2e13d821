"""Writing cells safely and laying out a sheet as a table an editor can filter.

Text from sources is data: it is always written as a string cell (never a
formula, whatever it starts with) and characters a workbook cannot hold are dropped.
"""
from __future__ import annotations

import math

from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
from openpyxl.styles import Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.worksheet.worksheet import Worksheet

FILLS = {
    "conflict": PatternFill("solid", fgColor="FFC7CE"),
    "contradicted": PatternFill("solid", fgColor="FFC7CE"),
    "variance": PatternFill("solid", fgColor="FFEB9C"),
    "parties differ": PatternFill("solid", fgColor="E4DFEC"),
    "disputed": PatternFill("solid", fgColor="FFEB9C"),
    "agree": PatternFill("solid", fgColor="C6EFCE"),
    "supported": PatternFill("solid", fgColor="C6EFCE"),
    "stale": PatternFill("solid", fgColor="FCD5B4"),
    "off-event": PatternFill("solid", fgColor="FCD5B4"),
    "date check": PatternFill("solid", fgColor="FCD5B4"),
}
HEADER_FONT = Font(bold=True)
HEADER_FILL = PatternFill("solid", fgColor="DDE3EA")
DEFAULT_MAX_WIDTH = 45
CELL_LIMIT = 32000  # a cell holds at most 32,767 characters


def clean(value):
    """A value safe for a cell: illegal characters dropped, NaN as empty, lists joined."""
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return None
    if isinstance(value, (list, tuple, set)):
        value = ", ".join(map(str, value))
    if isinstance(value, str):
        return ILLEGAL_CHARACTERS_RE.sub("", value)[:CELL_LIMIT]
    return value


def put(sheet: Worksheet, row: int, column: int, value):
    cell = sheet.cell(row=row, column=column)
    value = clean(value)
    cell.value = value
    if isinstance(value, str):
        cell.data_type = "s"  # never a formula, whatever the text starts with
    return cell


def table(sheet: Worksheet, header: list[str], rows: list[list], widths: dict[str, int] | None = None) -> None:
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
        cap = (widths or {}).get(name, DEFAULT_MAX_WIDTH)
        sheet.column_dimensions[get_column_letter(col)].width = min(max(10, longest + 2), cap)


def paint(sheet: Worksheet, row: int, column: int, status: str) -> None:
    fill = FILLS.get(status)
    if fill:
        sheet.cell(row=row, column=column).fill = fill


def drop_down(sheet: Worksheet, column: int, last_row: int, choices: list[str]) -> None:
    """A list an editor picks from; free text is refused with a message."""
    validation = DataValidation(type="list", formula1='"' + ",".join(choices) + '"', allow_blank=True,
                                showErrorMessage=True, errorTitle="Reviewer status",
                                error=f"Choose one of: {', '.join(choices)}")
    sheet.add_data_validation(validation)
    letter = get_column_letter(column)
    validation.add(f"{letter}2:{letter}{max(last_row, 2) + 200}")  # room for rows the editor adds
