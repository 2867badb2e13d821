"""What one source may cost: its size once unpacked, its nesting, its pages, its length, its time.

Editors check files from strangers. A 1.5 MB Word file can unpack to 1.5 GB; a saved page can
nest ten thousand tags; a PDF can have ten thousand pages; a transcript can run to hundreds
of megabytes. Each limit has a default a newsroom never meets by accident, and can be set.
A source over a limit is checked up to it with a note in `Not checked` saying where and
why it was cut, or, where no part can be read safely (a Word file that unpacks too far),
skipped with the reason. It is never silently dropped.
"""
from __future__ import annotations

import re
import zipfile
from dataclasses import dataclass

from checker.errors import InputError

MB = 1_000_000


@dataclass(frozen=True)
class Limits:
    source_mb: float = 32.0          # text checked per source; the rest is cut with a note (--max-source-mb)
    unpacked_mb: float = 64.0        # a Word file's parts, unpacked: more is a zip bomb or not an article
    html_mb: float = 32.0            # a web page as saved
    html_depth: int = 2000           # tags open at once
    pdf_pages: int = 1000
    pdf_seconds: float = 120.0       # reading a PDF's pages
    source_seconds: float = 300.0    # reading one text's figures, dates, names and claims


DEFAULT = Limits()


def check_zip(raw_file, path, limits: Limits) -> None:
    """Refuse a Word file whose parts unpack past the limit, by their declared sizes and by their actual ones
    (a zip can lie about sizes): each part is inflated in small blocks and counted, never held whole."""
    cap = limits.unpacked_mb * MB
    try:
        with zipfile.ZipFile(raw_file) as archive:
            entries = archive.infolist()
            declared = sum(e.file_size for e in entries)
            if declared > cap:
                raise _too_big(path, declared, limits)
            total = 0
            for entry in entries:
                with archive.open(entry) as part:
                    while block := part.read(1 << 20):
                        total += len(block)
                        if total > cap:
                            raise _too_big(path, total, limits, actual=True)
    except zipfile.BadZipFile:
        raise InputError("not a readable Word (.docx) file; open it in Word and save it again", path) from None


def _too_big(path, size: int, limits: Limits, actual: bool = False) -> InputError:
    how = "unpacks to more than" if actual else "says it unpacks to"
    return InputError(f"skipped: this Word file {how} {size / MB:,.0f} MB (the limit is {limits.unpacked_mb:g} MB "
                      "unpacked); a zip bomb, or not an article: save its text as .txt to check it", path)


_TAG = re.compile(rb"<(/?)([A-Za-z][\w:-]*)[^<>]*?(/?)>")
_VOID = {b"area", b"base", b"br", b"col", b"embed", b"hr", b"img", b"input", b"link", b"meta", b"param", b"source",
         b"track", b"wbr"}


def check_html(raw: bytes, path, limits: Limits) -> None:
    """Refuse a page too large or nested too deep to parse safely (counted on the bytes, before any parser)."""
    if len(raw) > limits.html_mb * MB:
        raise InputError(f"skipped: a web page of {len(raw) / MB:,.0f} MB (the limit is {limits.html_mb:g} MB); "
                         "save the article's text as .txt, or raise --max-source-mb", path)
    depth = deepest = 0
    for match in _TAG.finditer(raw):
        closing, name, self_closing = match.groups()
        if name.lower() in _VOID or self_closing:
            continue
        depth = max(0, depth - 1) if closing else depth + 1
        deepest = max(deepest, depth)
        if deepest > limits.html_depth:
            raise InputError(f"skipped: this web page nests more than {limits.html_depth} tags deep; save the "
                             "article's text as .txt", path)


def cut_text(text: str, path, limits: Limits) -> tuple[str, InputError | None]:
    """The text up to the limit, cut at a paragraph break where there is one, and the note saying so."""
    cap = int(limits.source_mb * MB)
    if len(text) <= cap:
        return text, None
    at = text.rfind("\n\n", cap // 2, cap)
    at = at if at > 0 else cap
    line = text.count("\n", 0, at) + 1
    note = InputError(f"checked only up to line {line} ({at / MB:,.1f} of {len(text) / MB:,.1f} MB of text; "
                      f"the limit is {limits.source_mb:g} MB, --max-source-mb): the rest is not checked", path)
    return text[:at], note
