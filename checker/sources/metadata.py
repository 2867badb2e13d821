"""What each source is: label, outlet, headline and publication date.

In order of trust: the editor's `sources.yaml` beside the files, front matter at
the top of a file, what the file says of itself (HTML metadata, a "By AFP"
byline, a "Date:" line, an "Original url" line), and last the file name.
"""
from __future__ import annotations

import datetime as dt
import re
from pathlib import Path
from urllib.parse import urlparse

import yaml
from pydantic import BaseModel, ConfigDict

from checker.errors import InputError
from checker.yamlfile import read_yaml, validate

SOURCES_FILE = "sources.yaml"
_FRONT_MATTER = re.compile(r"\A---[ \t]*\n(.*?\n)---[ \t]*\n", re.DOTALL)
_BYLINE = re.compile(r"^\s*(?:By|From)\s+\[?([A-Z][\w&.'’ -]{1,40}?)\]?(?:\(.*?\))?\s*(?:[|,;–—-].*)?$", re.MULTILINE)
_URL_LINE = re.compile(r"(?:Original url|Source|URL|Link)\s*:\s*\n?\s*<?(https?://[^\s>]+)", re.IGNORECASE)
_HEAD_LINES = 12


class SourceInfo(BaseModel):
    model_config = ConfigDict(extra="forbid")
    label: str | None = None
    outlet: str | None = None
    headline: str | None = None
    date: dt.date | None = None
    role: str | None = None  # "draft" marks the desk's own draft


def split_front_matter(text: str, path) -> tuple[dict, str]:
    match = _FRONT_MATTER.match(text)
    if not match:
        return {}, text
    try:
        data = yaml.safe_load(match.group(1)) or {}
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        raise InputError(f"the front matter is not valid YAML: {getattr(exc, 'problem', exc)}", path,
                         mark.line + 2 if mark else 1) from None
    if not isinstance(data, dict):
        return {}, text
    return {k: v for k, v in data.items() if k in SourceInfo.model_fields}, text[match.end():]


def load_sources_file(folder: Path) -> dict[str, SourceInfo]:
    """The editor's table of sources, by file name; absent file, empty table."""
    path = folder / SOURCES_FILE
    if not path.exists():
        return {}
    data, root = read_yaml(path, "sources file")
    data = data or {}
    if not isinstance(data, dict):
        raise InputError("write one entry per file name: `000.txt: {outlet: AFP, date: 2022-10-31}`", path, 1)
    table = {}
    for name, entry in data.items():
        if "/" in str(name) or "\\" in str(name) or str(name) in (".", ".."):
            # an entry describes a file of this folder: it never reaches another one
            key = next((k for k, _ in root.value if k.value == name), None) if root is not None else None
            raise InputError(f"{name}: write the name of a file in this folder, not a path", path,
                             key.start_mark.line + 1 if key is not None else None)

        def explain(error: dict, name=name) -> str:
            field = ".".join(str(p) for p in error["loc"])
            message = error["msg"] if error["type"] != "extra_forbidden" else \
                f"unknown key; allowed keys: {', '.join(SourceInfo.model_fields)}"
            return f"{name}: {field}: {message}"

        table[str(name)] = validate(SourceInfo, entry or {}, root, path, explain, prefix=(name,))
    return table


def outlet_from_url(url: str) -> str | None:
    host = urlparse(url).netloc.lower()
    return host.removeprefix("www.") or None


_LABEL_LINE = re.compile(r"^\s*[\w ]{2,20}:\s|^\s*(?:By|From)\s|^[\W\d]*$|^\s*\w+ \d{1,2}, \d{4}\s*$")


def _could_be_headline(line: str) -> bool:
    """Not blank, not "Date: ...", not a byline, not a date on its own."""
    return bool(line.strip()) and not _LABEL_LINE.match(line)


def detect(text: str, meta: dict) -> dict:
    """Outlet, headline and URL as the text itself gives them."""
    found = dict(meta)
    head = text.lstrip()[:2000]
    if "outlet" not in found:
        byline = _BYLINE.search("\n".join(head.splitlines()[:_HEAD_LINES]))
        if byline:
            found["outlet"] = byline.group(1).strip()
    url = _URL_LINE.search(text)
    if url and "url" not in found:
        found["url"] = url.group(1)
    if "outlet" not in found and found.get("url"):
        found["outlet"] = outlet_from_url(found["url"])
    if "headline" not in found:
        headline = found.get("title") or next((line for line in head.splitlines() if _could_be_headline(line)), "")
        found["headline"] = re.sub(r"^[#*\s]+|[*\s]+$", "", headline)[:200]
    return found


def display_name(label: str, outlet: str | None, published: dt.date | None) -> str:
    """What a column header says: '001 · AFP, 31 Oct 2022'."""
    details = ", ".join(x for x in (outlet, published.strftime("%-d %b %Y") if published else None) if x)
    return f"{label} · {details}" if details else label
