"""The one error type an editor sees.

Anything raised as `InputError` is the editor's to fix (a rule, a source, an
output path) and is printed as `path:line: message` with exit code 2. Every
other exception is a bug in the checker and keeps its traceback.
"""
from __future__ import annotations

from pathlib import Path


class InputError(Exception):
    """Bad input: names the file, the line where there is one, and what to do."""

    def __init__(self, message: str, path: str | Path | None = None, line: int | None = None):
        super().__init__(message)
        self.message = message
        self.path = str(path) if path is not None else None
        self.line = line

    def __str__(self) -> str:
        where = self.path or ""
        if where and self.line:
            where = f"{where}:{self.line}"
        return f"{where}: {self.message}" if where else self.message
