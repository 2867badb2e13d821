"""Turning each kind of file a desk has into plain text, with what it says of itself.

Plain text and Markdown are decoded (the charset detected, not assumed); web
pages are reduced to the article itself by trafilatura (no menus, no
comments); Word files are read with python-docx and PDFs with pypdf.
"""
from __future__ import annotations

import io
import re
from dataclasses import dataclass, field
from pathlib import Path

from charset_normalizer import from_bytes

from checker.errors import InputError
from checker.sources.limits import DEFAULT, Limits, check_html, check_zip, cut_text

_SNIFF_BYTES = 8192
# Short texts tie between many code pages; newsroom files come from Windows or
# the web, not from old Mac or DOS machines, so Windows-1252 wins such a tie.
_NEWSROOM_CODEPAGES = ("cp125", "iso8859", "latin", "koi8", "big5", "gb", "shift_jis", "euc", "utf")
TEXT_SUFFIXES = {".txt", ".text", ".md", ".markdown", ""}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}


@dataclass
class Extracted:
    text: str
    meta: dict = field(default_factory=dict)  # title, date, outlet, url where the file says them
    notes: list = field(default_factory=list)  # InputErrors saying where and why the text was cut


def decode(raw: bytes, path: Path | str) -> str:
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
        try:
            return raw.decode("cp1252")
        except UnicodeDecodeError:
            pass
    return str(best)


def _plain(raw: bytes, path, limits: Limits) -> Extracted:
    return Extracted(decode(raw, path))


def _html(raw: bytes, path, limits: Limits) -> Extracted:
    check_html(raw, path, limits)
    import trafilatura

    page = decode(raw, path)
    text = trafilatura.extract(page, include_comments=False, include_tables=False, favor_recall=True)
    if not text:
        raise InputError("no article text found in this web page; save the article's text as .txt", path)
    from htmldate import find_date

    meta = {}
    found = trafilatura.extract_metadata(page)
    if found is not None:
        meta = {k: v for k, v in (("title", found.title), ("outlet", found.sitename),
                                  ("author", found.author), ("url", found.url)) if v}
    # Only a date the page's markup states; a guess from the text could invent one.
    stated = find_date(page, extensive_search=False, original_date=True)
    if stated:
        meta["date"] = stated
    if meta.get("title") and not text.lstrip().startswith(meta["title"]):
        text = f"{meta['title']}\n\n{text}"  # the headline belongs to the article
    return Extracted(text, meta)


def _docx(raw: bytes, path, limits: Limits) -> Extracted:
    check_zip(io.BytesIO(raw), path, limits)       # before python-docx inflates anything
    import docx

    try:
        document = docx.Document(io.BytesIO(raw))
    except Exception:  # python-docx raises several types for a damaged file
        raise InputError("not a readable Word (.docx) file; open it in Word and save it again", path) from None
    paragraphs = [p.text for p in document.paragraphs if p.text.strip()]
    props = document.core_properties
    meta = {k: v for k, v in (("title", props.title), ("author", props.author)) if v}
    return Extracted("\n\n".join(paragraphs), meta)


def _pdf(raw: bytes, path, limits: Limits) -> Extracted:
    import time

    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    notes, pages = [], []
    started = time.monotonic()
    try:
        reader = PdfReader(io.BytesIO(raw))
        count = len(reader.pages)
        for number, page in enumerate(reader.pages, 1):
            if number > limits.pdf_pages or time.monotonic() - started > limits.pdf_seconds:
                why = (f"more than {limits.pdf_pages} pages" if number > limits.pdf_pages
                       else f"more than {limits.pdf_seconds:g} s to read")
                notes.append(InputError(f"checked only pages 1 to {number - 1} of {count} ({why}): the rest is "
                                        "not checked", path))
                break
            pages.append(page.extract_text() or "")
    except (PdfReadError, ValueError, KeyError, OSError, RecursionError):
        raise InputError("not a readable PDF; export it again or save its text as .txt", path) from None
    text = "\n\n".join(p.strip() for p in pages if p.strip())
    if not text:
        raise InputError("this PDF holds no text (a scan?); run it through OCR or paste its text into a .txt", path)
    title = (reader.metadata or {}).get("/Title") if reader.metadata else None
    return Extracted(text, {"title": str(title)} if title else {}, notes)


READERS = {".docx": _docx, ".pdf": _pdf, **{s: _html for s in HTML_SUFFIXES}, **{s: _plain for s in TEXT_SUFFIXES}}


# Characters that change nothing a reader sees but split a figure ("6,5\u200b00"): zero-width ones and
# bidi controls go; digits of other scripts ("６，５００", "٦٥٠٠") become ASCII digits. Done once, as the
# text is read, so that every offset after refers to the text the readers saw.
_INVISIBLE = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff\u00ad\u200e\u200f\u202a\u202b\u202c\u202d"
                                   "\u202e\u2066\u2067\u2068\u2069"))
_DIGITS = {**{0xFF10 + i: str(i) for i in range(10)}, **{0x0660 + i: str(i) for i in range(10)},
           **{0x06F0 + i: str(i) for i in range(10)}, 0xFF0C: ",", 0xFF0E: ".", 0x066B: ".", 0x066C: ","}
_NORMAL = {**_INVISIBLE, **_DIGITS}
# str.translate walks every character in Python-level lookups; most texts hold none of these, and one C-level
# search says so
_ANY_TO_NORMALISE = re.compile("[" + "".join(re.escape(chr(c)) for c in _NORMAL) + "]")


def normalise(text: str) -> str:
    return text.translate(_NORMAL) if _ANY_TO_NORMALISE.search(text) else text


def extract(raw: bytes, path: Path | str, suffix: str | None = None, limits: Limits = DEFAULT) -> Extracted:
    suffix = (suffix if suffix is not None else Path(path).suffix).lower()
    reader = READERS.get(suffix)
    if reader is None:
        # An unknown ending: read it as text if it is text, else say what we read.
        reader = _plain
    extracted = reader(raw, path, limits)
    text = normalise(extracted.text.replace("\r\n", "\n").replace("\r", "\n"))
    if not text.strip():
        raise InputError("the file is empty", path)
    extracted.text, note = cut_text(text, path, limits)
    if note:
        extracted.notes.append(note)
    return extracted
