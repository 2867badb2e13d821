"""Stage 1, sources: the files of one story loaded as texts with their metadata (outlet, date, role)."""
from checker.sources.limits import Limits
from checker.sources.load import YEAR_GUESSED, Source, label_for, load_sources, read_text
from checker.sources.pubdate import find_publication_date

__all__ = ["Limits", "Source", "YEAR_GUESSED", "find_publication_date", "label_for", "load_sources", "read_text"]
