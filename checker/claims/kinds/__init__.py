"""One reader per rule kind; the set of kinds is closed (see rules.KINDS)."""
from __future__ import annotations

from typing import Callable

from checker.claims.document import Document, Mention
from checker.claims.kinds import count, date, duration, entity
from checker.claims.rules import Rule

Reader = Callable[[Rule, Document], list[Mention]]

READERS: dict[str, Reader] = {
    "count": count.read,
    "entity": entity.read,
    "date": date.read,
    "duration": duration.read,
}
