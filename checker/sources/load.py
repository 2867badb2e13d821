"""Stage 1: load the sources of a story, each read once into text.

A source that cannot be read is reported with its reason and the others are
still checked; only when no source at all can be read is the run stopped.
"""
from __future__ import annotations

from collections import Counter

import datetime as dt
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path

from checker.errors import InputError
from checker.sources.formats import extract
from checker.sources.limits import DEFAULT, Limits
from checker.sources.metadata import SOURCES_FILE, SourceInfo, detect, display_name, load_sources_file, split_front_matter
from checker.sources.pubdate import find_publication_date

# Files that sit beside sources but are configuration or output, not articles.
NOT_SOURCES = {"story.yaml", SOURCES_FILE, "names.yaml"}
_HASHED_NAME = re.compile(r"^(\d+)_[0-9a-f]{8,}$")
STDIN = "-"


@dataclass
class Source:
    label: str
    path: str
    text: str
    published: dt.date | None = None
    role: str = "source"  # or "draft"
    meta: dict = field(default_factory=dict)  # outlet, headline, url, display
    notes: list = field(default_factory=list)  # where and why the text was cut (InputErrors), if it was

    @property
    def display(self) -> str:
        return self.meta.get("display") or self.label


def label_for(path: Path) -> str:
    """A short label an editor can read: '000' for '000_53002844b99ed517.txt'."""
    stem = path.stem
    hashed = _HASHED_NAME.match(stem)
    return hashed.group(1) if hashed else stem


def read_text(path: Path) -> str:
    """The text of one file of any readable kind."""
    return _read(path).text


def _read(path: Path, limits: Limits = DEFAULT):
    if str(path) == STDIN:
        return extract(sys.stdin.buffer.read(), "<stdin>", ".txt", limits)
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise InputError(f"cannot read the file ({exc.strerror})", path) from None
    return extract(raw, path, limits=limits)


def source_files(paths: list[Path]) -> list[Path]:
    files: list[Path] = []
    for path in paths:
        path = Path(path)
        if str(path) == STDIN:
            files.append(path)
        elif path.is_dir():
            files.extend(child for child in sorted(path.iterdir()) if _is_article(child))
        elif path.is_file():
            files.append(path)
        else:
            raise InputError("no such file or folder; check the path", path)
    return files


# Endings that are never articles: our own output and configuration. Any other
# file in a folder is tried, so an unknown kind is reported, not silently skipped.
_NOT_ARTICLES = {".yaml", ".yml", ".xlsx", ".json", ".csv", ".py", ".bak", ".xls", ".ods", ".zip"}


def _is_article(path: Path) -> bool:
    return path.is_file() and not path.name.startswith((".", "~$")) and path.name not in NOT_SOURCES \
        and path.suffix.lower() not in _NOT_ARTICLES


def load_source(path: Path, info: SourceInfo | None = None, role: str = "source", limits: Limits = DEFAULT) -> Source:
    extracted = _read(path, limits)

    front, text = split_front_matter(extracted.text, path)
    chosen = {**{k: v for k, v in front.items() if v}, **(info.model_dump(exclude_none=True) if info else {})}
    meta = detect(text, {**extracted.meta, **{k: v for k, v in chosen.items() if k != "date"}})
    published = _as_date(chosen.get("date")) or find_publication_date(text) or _as_date(extracted.meta.get("date"))
    label = str(chosen.get("label") or label_for(path if str(path) != STDIN else Path("stdin")))
    meta["display"] = display_name(label, meta.get("outlet"), published)
    return Source(label, str(path), text, published, str(chosen.get("role") or role), meta, extracted.notes)


def _as_date(value) -> dt.date | None:
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str):
        try:
            return dt.date.fromisoformat(value[:10])
        except ValueError:
            return None
    return None


def load_sources(paths: list[Path], on_problem=None, draft: Path | None = None, limits: Limits = DEFAULT) -> list[Source]:
    """Read every source; `on_problem(InputError)` hears about each unreadable one, and each one cut short."""
    files = source_files(paths)
    if draft is not None:
        draft = Path(draft)
        files = [f for f in files if str(draft) == STDIN or f.resolve() != draft.resolve()] + [draft]
    tables: dict[Path, dict[str, SourceInfo]] = {}
    sources: list[Source] = []
    problems: list[InputError] = []
    for path in files:
        folder = path.parent
        if _links_out(path, paths):
            problem = InputError("a link to a file outside the story's folder; not read (copy the file in instead)",
                                 path)
            problems.append(problem)
            if on_problem:
                on_problem(problem)
            continue
        if folder not in tables:
            tables[folder] = load_sources_file(folder) if str(path) != STDIN else {}
        role = "draft" if draft is not None and path == draft else "source"
        try:
            sources.append(load_source(path, tables[folder].get(path.name), role, limits))
        except InputError as problem:
            if role == "draft":
                raise  # without its draft, a draft check means nothing
            problems.append(problem)
            if on_problem:
                on_problem(problem)
            continue
        for note in sources[-1].notes:                 # checked, but only in part: said where and why
            problems.append(note)
            if on_problem:
                on_problem(note)
    sources = _drop_copies_of_draft(sources, problems, on_problem)
    if not [s for s in sources if s.role != "draft"]:
        where = paths[0] if len(paths) == 1 else ", ".join(map(str, paths))
        reasons = "; ".join(str(p) for p in problems) or "no files"
        raise InputError(f"no readable source to check ({reasons}); add .txt files to the folder", where)
    _make_labels_unique(sources)
    _date_datelines_in_story_year(sources)
    return sources


YEAR_GUESSED = "year guessed"     # a source's meta key: its date's year is the story's, its dateline gave none


def _date_datelines_in_story_year(sources: list[Source]) -> None:
    """A wire's dateline gives no year ("NEW YORK, March 28 (Reuters) -"): it is the year the story's other
    sources were published in, so the source has a date to be ordered by (which report is the latest)."""
    years = Counter(s.published.year for s in sources if s.published is not None)
    if not years:
        return
    story_year = years.most_common(1)[0][0]
    for source in sources:
        if source.published is None:
            source.published = find_publication_date(source.text, story_year)
            if source.published is not None and len(years) > 1:
                source.meta[YEAR_GUESSED] = "yes"    # sources of several years: the dateline's may be another


def _links_out(path: Path, asked: list[Path]) -> bool:
    """A symbolic link found in a story folder that leads out of it (the editor named the folder, not the
    target). A file the editor named on the command line is read wherever it is."""
    if str(path) == STDIN or not path.is_symlink() or any(Path(a) == path for a in asked):
        return False
    folder = path.parent.resolve()
    return not path.resolve().is_relative_to(folder)


def _fingerprint(text: str) -> str:
    return " ".join(text.split()).casefold()


def _drop_copies_of_draft(sources: list[Source], problems: list, on_problem) -> list[Source]:
    """A draft cannot corroborate itself: a source with the draft's very text is set aside."""
    drafts = {_fingerprint(s.text) for s in sources if s.role == "draft"}
    kept = []
    for source in sources:
        if source.role != "draft" and _fingerprint(source.text) in drafts:
            notice = InputError("the same text as the draft; checked as the draft, not as a source", source.path)
            problems.append(notice)
            if on_problem:
                on_problem(notice)
            continue
        kept.append(source)
    return kept


def _make_labels_unique(sources: list[Source]) -> None:
    seen: dict[str, int] = {}
    for source in sources:
        count = seen.get(source.label, 0)
        seen[source.label] = count + 1
        if count:
            source.label = f"{source.label} ({count + 1})"
            source.meta["display"] = source.label
