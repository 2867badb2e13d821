"""Stage 5, report: the Excel workbook, with reviewers' notes carried across re-runs."""
from checker.report.workbook import write_report

__all__ = ["write_report"]
