"""Reader for rules of kind `duration`: how long something lasted, in days."""
from __future__ import annotations

from checker.claims.document import Document, Mention
from checker.claims.rules import Rule
from checker.claims.kinds import count


def read(rule: Rule, doc: Document) -> list[Mention]:
    # A duration is a quantity whose unit is time; the cue rules are the same as a count's.
    return count.read(rule, doc, kinds=("duration",))
