"""Stage 5: the workbook an editor opens."""
from checker.report.cells import Sheet, render
from checker.report.review import WRITER
from checker.report.workbook import write_report

__all__ = ["Sheet", "WRITER", "render", "write_report"]
