"""One reader per rule kind; the set of kinds is closed (see rules.KINDS)."""
from __future__ import annotations

from typing import Callable

from ..document import Document, Mention
from ..rules import Rule
from . import count, date, duration, entity

Reader = Callable[[Rule, Document], list[Mention]]

READERS: dict[str, Reader] = {
    "count": count.read,
    "entity": entity.read,
    "date": date.read,
    "duration": duration.read,
}
