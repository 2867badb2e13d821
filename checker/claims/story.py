"""The story's own configuration: the events it is about (`story.yaml`).

Mentions of one claim type about different events are never compared. An
editor may name the events with cue phrases; without a story file, events are
inferred from the temporal anchors around each mention (see events.py).
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ConfigDict, Field

from checker.errors import InputError
from checker.claims.rules import phrase_pattern
from checker.yamlfile import read_yaml, validate

STORY_FILE = "story.yaml"


class EventSpec(BaseModel):
    model_config = ConfigDict(extra="forbid")
    id: str = Field(pattern=r"^[A-Za-z0-9_][A-Za-z0-9_.-]*$")
    label: str = ""
    cues: list[str] = Field(min_length=1)


class StorySpec(BaseModel):
    model_config = ConfigDict(extra="forbid")
    title: str = ""
    date: dt.date | None = None  # the story's date, for sources that carry none
    events: list[EventSpec] = []


@dataclass(frozen=True)
class Event:
    id: str
    label: str
    pattern: Any = field(repr=False)


@dataclass(frozen=True)
class Story:
    title: str = ""
    date: dt.date | None = None
    events: tuple[Event, ...] = ()
    path: str | None = None


def _explain(error: dict) -> str:
    where = ".".join(str(p) for p in error["loc"])
    if error["type"] == "extra_forbidden":
        allowed = EventSpec.model_fields if len(error["loc"]) > 1 else StorySpec.model_fields
        return f"{where}: unknown key; allowed keys: {', '.join(allowed)}"
    return f"{where}: {error['msg'].removeprefix('Value error, ')}"


def load_story(path: Path | None) -> Story:
    """Read a story.yaml; an absent file is an unconfigured story, not an error."""
    if path is None or not Path(path).exists():
        return Story()
    path = Path(path)
    data, root = read_yaml(path, "story file")
    data = data or {}
    if not isinstance(data, dict):
        raise InputError("a story file must be a mapping with 'events:'", path, 1)
    spec = validate(StorySpec, data, root, path, _explain)
    ids = [e.id for e in spec.events]
    duplicates = sorted({i for i in ids if ids.count(i) > 1})
    if duplicates:
        raise InputError(f"event id '{duplicates[0]}' is used twice; give each event its own id", path)
    events = tuple(Event(e.id, e.label or e.id, phrase_pattern(e.cues)) for e in spec.events)
    return Story(spec.title, spec.date, events, str(path))
