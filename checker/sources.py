"""Stage 1: load the sources of a story, each read once into text.

A source that cannot be read is reported with its reason and the others are
still checked; only when no source at all can be read is the run stopped.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from pathlib import Path

from charset_normalizer import from_bytes

from .errors import InputError

TEXT_SUFFIXES = {".txt", ".text", ".md", ".markdown", ""}
# Files that sit beside sources but are configuration or output, not articles.
NOT_SOURCES = {"story.yaml", "sources.yaml", "names.yaml"}
SKIPPED_SUFFIXES = {".yaml", ".yml", ".xlsx", ".json", ".csv", ".py", ".bak"}
_HASHED_NAME = re.compile(r"^(\d+)_[0-9a-f]{8,}$")
_SNIFF_BYTES = 8192
_NEWSROOM_CODEPAGES = ("cp125", "iso8859", "latin", "koi8", "big5", "gb", "shift_jis", "euc", "utf")


@dataclass
class Source:
    label: str
    path: str
    text: str
    published: dt.date | None = None
    role: str = "source"  # or "draft"
    meta: dict = field(default_factory=dict)


def label_for(path: Path) -> str:
    """A short label an editor can read: '000' for '000_53002844b99ed517.txt'."""
    stem = path.stem
    hashed = _HASHED_NAME.match(stem)
    return hashed.group(1) if hashed else stem


def decode(raw: bytes, path: Path) -> str:
    """Bytes to text: UTF-8 when it is, otherwise the detected charset."""
    if b"\x00" in raw[:_SNIFF_BYTES] and not raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise InputError("a binary file, not text; remove it from the folder or export it as text", path)
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    best = from_bytes(raw).best()
    if best is None:
        raise InputError("cannot tell which character encoding this file uses; save it as UTF-8", path)
    if not best.encoding.startswith(_NEWSROOM_CODEPAGES):
        # Short texts tie between many code pages; newsroom files come from
        # Windows, not from old Mac or DOS machines, so Windows-1252 wins a tie.
        try:
            return raw.decode("cp1252")
        except UnicodeDecodeError:
            pass
    return str(best)


def read_text(path: Path) -> str:
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise InputError(f"cannot read the file ({exc.strerror})", path) from None
    text = decode(raw, path)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if not text.strip():
        raise InputError("the file is empty", path)
    return text


def source_files(paths: list[Path]) -> list[Path]:
    files: list[Path] = []
    for path in paths:
        path = Path(path)
        if path.is_dir():
            for child in sorted(path.iterdir()):
                if child.is_file() and not child.name.startswith(".") and child.name not in NOT_SOURCES \
                        and child.suffix.lower() not in SKIPPED_SUFFIXES:
                    files.append(child)
        elif path.is_file():
            files.append(path)
        else:
            raise InputError("no such file or folder; check the path", path)
    return files


def load_sources(paths: list[Path], on_problem=None) -> list[Source]:
    """Read every source; `on_problem(InputError)` hears about each unreadable one."""
    from .dates import find_publication_date  # the date reader is the one place dates are read

    files = source_files(paths)
    sources: list[Source] = []
    problems: list[InputError] = []
    for path in files:
        try:
            text = read_text(path)
        except InputError as problem:
            problems.append(problem)
            if on_problem:
                on_problem(problem)
            continue
        sources.append(Source(label_for(path), str(path), text, find_publication_date(text)))
    if not sources:
        where = paths[0] if len(paths) == 1 else ", ".join(map(str, paths))
        reasons = "; ".join(str(p) for p in problems) or "no files"
        raise InputError(f"no readable source to check ({reasons}); add .txt files to the folder", where)
    _make_labels_unique(sources)
    return sources


def _make_labels_unique(sources: list[Source]) -> None:
    seen: dict[str, int] = {}
    for source in sources:
        count = seen.get(source.label, 0)
        seen[source.label] = count + 1
        if count:
            source.label = f"{source.label} ({count + 1})"
