"""The office or rank the draft gives a person, against the ones the sources give them: "Istanbul Mayor Erol Cakir"
where every source that titles him writes "Istanbul Governor Erol Cakir"; "the ferry's captain, Richard Smith" where
they write "assistant captain". Only people the sources title, one title to a source: a person no source titles is
no one the sources speak for, and one they title two ways is their own finding (title_findings)."""
from __future__ import annotations

from checker.compare.draft_text import row
from checker.compare.name_findings import sentence_around
from checker.compare.title_findings import titles_differ, titles_of


def draft_title_rows(draft_text: str, sources: list[tuple[str, str]], display: dict[str, str]) -> list[dict]:
    """A `contradicted` row for each title the draft gives a person that differs from the title every source
    titling that person gives; nothing where a source gives the draft's title or no source titles them."""
    theirs: dict[str, dict[str, object]] = {}
    for label, text in sources:
        for surname, told in titles_of(text).items():
            theirs.setdefault(surname, {})[label] = told
    rows, texts = [], dict(sources)
    for surname, mine in titles_of(draft_text).items():
        told = theirs.get(surname)
        if not told or not all(titles_differ(mine, t) for t in told.values()):
            continue
        says = "; ".join(f"{display.get(label, label)}: {_told(texts[label], t)}" for label, t in told.items())
        first = next(iter(told.values()))
        rows.append(row("title", surname, draft_text[mine.start:mine.end], "contradicted", [], list(told), says,
                        sentence_around(draft_text, mine.start, mine.end), mine.start, mine.end, first.title))
    return rows


def _told(text: str, told) -> str:
    """The title with the name, whichever comes first ("Istanbul Governor Erol Cakir", "Ellen Engleman, vice
    chairwoman")."""
    return text[min(told.start, told.name_start):max(told.end, told.name_end)]
