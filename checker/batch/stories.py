"""The stories of a batch, and what their results depend on.

A story is a folder under ROOT holding its sources (and its own story.yaml, sources.yaml
and names.yaml). Its content hash covers every file in it, the rule files in use and the
checker's version: a re-run redoes a story only when the hash stored in its workbook differs.
"""
from __future__ import annotations

import hashlib
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path

from openpyxl import load_workbook

HASH_PROPERTY = "checker content hash"
SUMMARY_PROPERTIES = ("checker sources", "checker conflicts", "checker variances", "checker first conflict")


def find_stories(root: Path) -> list[Path]:
    """The story folders: each folder directly under ROOT, in name order (hidden ones left out)."""
    return sorted(p for p in root.iterdir() if p.is_dir() and not p.name.startswith("."))


def _checker_version() -> str:
    try:
        return version("checker")
    except PackageNotFoundError:
        return "unknown"


def rules_digest(rule_paths: list[Path]) -> str:
    digest = hashlib.sha256(_checker_version().encode())
    for path in sorted(p for folder in rule_paths for p in ([folder] if folder.is_file() else folder.rglob("*.y*ml"))):
        digest.update(path.name.encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()


def content_hash(story: Path, rules: str) -> str:
    """Every file of the story, by path and bytes, with the rules' digest."""
    digest = hashlib.sha256(rules.encode())
    for path in sorted(p for p in story.rglob("*") if p.is_file() and not p.name.startswith(".")):
        digest.update(str(path.relative_to(story)).encode() + b"\0")
        with open(path, "rb") as fh:
            for block in iter(lambda: fh.read(1 << 20), b""):
                digest.update(block)
    return digest.hexdigest()


def stored_properties(workbook: Path) -> dict[str, str]:
    """The checker's properties in a workbook it wrote earlier ({} when there is none or it cannot be read)."""
    if not workbook.exists():
        return {}
    try:
        book = load_workbook(workbook, read_only=True)
        try:
            return {p.name: str(p.value) for p in book.custom_doc_props.props}
        finally:
            book.close()
    except Exception:  # a file the checker cannot read is simply redone (write_report keeps it safe)
        return {}
