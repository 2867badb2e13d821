"""A sheet as data, and the one function that writes sheets into a workbook file.

The sheets module says what each sheet holds (a table, which cells are painted by status,
which carry the evidence as a comment, which column is a drop-down); `render` writes them
with XlsxWriter, row by row, which is several times faster than building openpyxl cells
(openpyxl still reads reviewer notes back). Text from sources is data: it is always written
as a string cell, never a formula, a link or a number, and characters a workbook cannot
hold are dropped.
"""
from __future__ import annotations

import datetime as dt
import math
import numbers
import re
from dataclasses import dataclass, field
from pathlib import Path

import xlsxwriter

FILLS = {
    "conflict": "#FFC7CE", "contradicted": "#FFC7CE", "variance": "#FFEB9C", "parties differ": "#E4DFEC",
    "disputed": "#FFEB9C", "agree": "#C6EFCE", "supported": "#C6EFCE", "stale": "#FCD5B4", "off-event": "#FCD5B4",
    "date check": "#FCD5B4",
}
HEADER_FILL = "#DDE3EA"
DEFAULT_MAX_WIDTH = 45
CELL_LIMIT = 32000  # a cell holds at most 32,767 characters
# Characters XML 1.0 cannot carry (what openpyxl calls ILLEGAL_CHARACTERS_RE)
_ILLEGAL = re.compile(r"[\000-\010]|[\013-\014]|[\016-\037]")


def clean(value):
    """A value safe for a cell: illegal characters dropped, NaN as empty, lists joined."""
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return None
    if isinstance(value, (list, tuple, set)):
        value = ", ".join(map(str, value))
    if isinstance(value, str):
        return _ILLEGAL.sub("", value)[:CELL_LIMIT]
    return value


@dataclass
class Sheet:
    """One sheet: a table with a header row, and what is painted, wrapped, commented or offered."""
    title: str
    header: list[str]
    rows: list[list]
    widths: dict[str, int] = field(default_factory=dict)      # widest a column may grow, by header
    fills: dict[tuple[int, int], str] = field(default_factory=dict)  # (row, column) of `rows`, 0-based: status
    wrap: set[int] = field(default_factory=set)               # columns whose text wraps
    comments: dict[tuple[int, int], str] = field(default_factory=dict)
    hidden: set[int] = field(default_factory=set)             # columns an editor need not see
    choices: tuple[int, list[str]] | None = None              # a column an editor fills from a list
    links: dict[tuple[int, int], str] = field(default_factory=dict)  # cells that open another workbook

    def paint(self, row: int, column: int, status: str) -> None:
        if status in FILLS:
            self.fills[(row, column)] = status


class _Formats:
    """One format object per look, as XlsxWriter wants."""

    def __init__(self, book: xlsxwriter.Workbook):
        self.book = book
        self.made: dict[tuple, object] = {}

    def get(self, status: str | None = None, wrap: bool = False, date: bool = False):
        key = (status, wrap, date)
        if key not in self.made:
            spec = {}
            if status:
                spec.update(pattern=1, bg_color=FILLS[status])
            if wrap:
                spec.update(text_wrap=True, valign="top")
            if date:
                spec.update(num_format="yyyy-mm-dd")
            self.made[key] = self.book.add_format(spec) if spec else None
        return self.made[key]


def _write(worksheet, formats: _Formats, r: int, c: int, value, status: str | None, wrap: bool) -> None:
    value = clean(value)
    if isinstance(value, str) and value:
        worksheet.write_string(r, c, value, formats.get(status, wrap))
    elif isinstance(value, bool):
        worksheet.write_boolean(r, c, value, formats.get(status, wrap))
    elif isinstance(value, numbers.Real) and math.isfinite(float(value)):
        worksheet.write_number(r, c, float(value), formats.get(status, wrap))
    elif isinstance(value, (dt.date, dt.datetime)):
        worksheet.write_datetime(r, c, value, formats.get(status, wrap, date=True))
    elif value is not None and value != "":
        worksheet.write_string(r, c, str(value), formats.get(status, wrap))
    elif status:
        worksheet.write_blank(r, c, None, formats.get(status, wrap))


def _width(sheet: Sheet, column: int) -> float:
    name = sheet.header[column]
    longest = max([len(str(name))] + [len(str(clean(row[column]) or "")) for row in sheet.rows[:500]])
    return min(max(10, longest + 2), sheet.widths.get(name, DEFAULT_MAX_WIDTH))


def render(sheets: list[Sheet], path: Path, author: str, properties: dict[str, str] | None = None) -> None:
    """Write the sheets, in order, into a new workbook at `path`, with the document properties given."""
    book = xlsxwriter.Workbook(str(path), {"strings_to_formulas": False, "strings_to_urls": False,
                                           "strings_to_numbers": False, "constant_memory": False})
    book.set_properties({"author": author})
    for name, value in (properties or {}).items():
        book.set_custom_property(name, clean(str(value))[:250] or "-")
    formats = _Formats(book)
    header_format = book.add_format({"bold": True, "pattern": 1, "bg_color": HEADER_FILL})
    for sheet in sheets:
        worksheet = book.add_worksheet(sheet.title)
        for c, name in enumerate(sheet.header):
            worksheet.write_string(0, c, clean(name), header_format)
        for r, row in enumerate(sheet.rows, 1):
            for c, value in enumerate(row):
                _write(worksheet, formats, r, c, value, sheet.fills.get((r - 1, c)), c in sheet.wrap)
        for (r, c), target in sheet.links.items():
            # a file name the checker chose itself, relative to the index: never text from a source
            worksheet.write_url(r + 1, c, "external:" + target, string=clean(sheet.rows[r][c]) or target)
        for (r, c), text in sheet.comments.items():
            worksheet.write_comment(r + 1, c, clean(text)[:2000], {"author": "checker", "width": 400, "height": 160})
        for c in range(len(sheet.header)):
            worksheet.set_column(c, c, _width(sheet, c), None, {"hidden": True} if c in sheet.hidden else {})
        worksheet.freeze_panes(1, 0)
        if sheet.rows:
            worksheet.autofilter(0, 0, len(sheet.rows), len(sheet.header) - 1)
        if sheet.choices:
            column, choices = sheet.choices
            # room for rows the editor adds; free text is refused with a message
            worksheet.data_validation(1, column, max(len(sheet.rows), 1) + 200, column, {
                "validate": "list", "source": choices, "ignore_blank": True, "error_title": "Reviewer status",
                "error_message": f"Choose one of: {', '.join(choices)}"})
        # Printed (or exported to PDF) one page wide, landscape: how desks read it on paper.
        worksheet.set_landscape()
        worksheet.fit_to_pages(1, 0)
    book.close()
