"""One country or body named several ways in news copy ("Britain", "the UK", "U.K."), from same_names.yaml: a
figure told of any of the names has one owner (owners.py), and a draft writing one where the sources write another
names no other place (compare/draft_retold.py, compare/draft_unknown_names.py)."""
from __future__ import annotations

from pathlib import Path

import regex
import yaml

SAME_NAMES_PATH = Path(__file__).resolve().parents[1] / "data" / "same_names.yaml"


def _same_names() -> dict[str, str]:
    """Each name of same_names.yaml (lower case) to the first of its group."""
    groups = yaml.safe_load(SAME_NAMES_PATH.read_text(encoding="utf-8")) or []
    return {name.lower(): group[0].lower() for group in groups for name in group}


SAME_NAMES = _same_names()


def canonical_name(name: str) -> str | None:
    """The first name of the group `name` is one of, lower case, dots or none ("U.S." and "US" -> "united states");
    None where none."""
    lower = name.lower()
    return SAME_NAMES.get(lower) or SAME_NAMES.get(lower.replace(".", ""))


def _canon(name: str) -> str | None:
    return canonical_name(regex.sub(r"^(?i:the)\s+", "", name.strip()))      # "the UK"


def with_other_names(words) -> set[str]:
    """The words, each with the other names same_names.yaml gives it ("dutch": "netherlands", "holland")."""
    return {x for w in words for x in (w, *other_names(w))}


def same_named(a: str, b: str) -> bool:
    """Whether two names are one country or body of same_names.yaml ("Britain" / "the UK")."""
    return _canon(a) is not None and _canon(a) == _canon(b)


def other_names(name: str) -> list[str]:
    """The other names of same_names.yaml for the country or body `name` is one of ("UK", "U.K.", ... for
    "Britain"), lower case."""
    canon = _canon(name)
    return [n for n, c in SAME_NAMES.items() if c == canon and n != name.lower()] if canon else []
