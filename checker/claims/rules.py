"""Claim rules: plain YAML an editor reads and writes, validated with one clear error.

A rule file holds `rules:`, a list of claim types. Each claim type names one
`kind` from a small closed set; the reader for that kind lives in
`checker/kinds/<kind>.py`. Cue phrases are plain words (a trailing `*` matches
any ending), never raw regular expressions, so no rule can make the run hang.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from checker.errors import InputError
from checker.yamlfile import line_of, read_yaml, validate

KINDS = ("count", "entity", "date", "duration")
STOCK_RULES = Path(__file__).resolve().parents[2] / "rules"


class Example(BaseModel):
    """A sentence and the reading the rule must give on it (run by the tests)."""

    model_config = ConfigDict(extra="forbid")
    text: str = Field(min_length=1)
    reads: str | None = Field(description="the phrase as written that the rule must pick up; null: nothing")
    value: str | float | None = None  # canonical entity, ISO date, or figure
    low: float | None = None
    high: float | None = None
    date: str | None = None  # the article's date, for relative dates in the example


class RuleSpec(BaseModel):
    model_config = ConfigDict(extra="forbid")
    id: str = Field(pattern=r"^[a-z][a-z0-9_]*$")
    kind: Literal["count", "entity", "date", "duration"]
    label: str = Field(min_length=1)
    description: str = ""
    cues: list[str] = Field(min_length=1, max_length=2000)   # a cue list that long is a word list, not a rule
    units: list[str] = []
    exclude: list[str] = Field(default=[], max_length=2000)
    window: int = Field(default=10, ge=1, le=60)
    tolerance: float = Field(default=0.0, ge=0.0, le=1.0)
    most: float | None = Field(default=None, description="the largest figure the claim can be (a magnitude: 10)")
    counts: list[str] = Field(default=[], max_length=2000,
                              description="what a figure may count when it names it: troops, not '15 investigators'")
    verbs: list[str] = Field(default=[], max_length=2000)
    entities: dict[str, list[str]] = {}
    min_precision: Literal["day", "month", "season", "year"] = "month"
    split_by: Literal["name"] | None = Field(default=None, description="name: each place's or company's figure is "
                                             "a claim of its own (Mandalay's population is not Myanmar's)")
    examples: list[Example] = Field(min_length=1)

    @field_validator("cues", "units", "exclude", "verbs", "counts")
    @classmethod
    def _no_blank_phrases(cls, phrases: list[str]) -> list[str]:
        for phrase in phrases:
            if not str(phrase).strip():
                raise ValueError("an empty phrase; remove it or write the word")
        return [str(p).strip() for p in phrases]

    @model_validator(mode="after")
    def _kind_needs(self) -> "RuleSpec":
        if self.kind == "entity" and not self.entities:
            raise ValueError("a rule of kind 'entity' needs 'entities': a table of names and their aliases")
        if self.kind == "entity" and not self.verbs:
            raise ValueError("a rule of kind 'entity' needs 'verbs' (e.g. brokered, mediated)")
        if self.kind != "entity" and self.entities:
            raise ValueError(f"'entities' belongs to rules of kind 'entity', not '{self.kind}'")
        return self


class RuleFile(BaseModel):
    model_config = ConfigDict(extra="forbid")
    rules: list[RuleSpec] = Field(min_length=1)


def phrase_alternation(phrases: list[str]) -> str:
    """Plain phrases as one regular-expression alternation, longest first
    ("death toll" before "death"); a trailing `*` matches any ending."""
    parts = []
    for phrase in sorted(set(phrases), key=len, reverse=True):
        wildcard = phrase.endswith("*")
        body = re.escape(phrase.rstrip("*")).replace(r"\ ", r"\s+").replace(" ", r"\s+")
        parts.append(body + (r"[\w-]*" if wildcard else ""))
    return "(?:" + "|".join(parts) + ")"


def phrase_pattern(phrases: list[str]) -> "re.Pattern[str] | None":
    """One compiled, case-insensitive pattern for a list of plain phrases.

    The phrases are escaped literals joined by `|`: nothing an editor writes can
    make it backtrack, so the faster standard `re` engine is safe here. A cue may
    end a compound ("6.3-magnitude", "Moscow-brokered"), never start inside a word."""
    if not phrases:
        return None
    return re.compile(r"(?<!\w)" + phrase_alternation(phrases) + r"(?!\w)", re.IGNORECASE)


@dataclass(frozen=True, eq=False)  # hashed by identity: compiled patterns are cached per rule
class Rule:
    """A validated claim type with its patterns compiled once."""

    spec: RuleSpec
    path: str
    line: int
    cue_pattern: Any = field(repr=False)
    exclude_pattern: Any = field(repr=False)
    verb_pattern: Any = field(repr=False)
    counts_pattern: Any = field(default=None, repr=False)

    @property
    def id(self) -> str:
        return self.spec.id

    @property
    def kind(self) -> str:
        return self.spec.kind

    @property
    def label(self) -> str:
        return self.spec.label

    def part(self, claim: str, label: str) -> "Rule":
        """The same rule under another claim id and label: a facet or a party of its claim."""
        spec = RuleSpec.model_construct(**{**self.spec.__dict__, "id": claim, "label": label})
        return Rule(spec, self.path, self.line, self.cue_pattern, self.exclude_pattern, self.verb_pattern,
                    self.counts_pattern)


def made_rule(claim: str, kind: str, label: str, path: str, **fields) -> Rule:
    """A rule-shaped record for a claim the checker found itself (open claims, aligned sentences), so that the
    comparer and the report treat it as any other; it has no cues to read with and no examples."""
    spec = RuleSpec.model_construct(**{"description": "", "cues": [], "units": [], "exclude": [], "window": 0,
                                       "tolerance": 0.0, "most": None, "counts": [], "verbs": [], "entities": {}, "min_precision": "month", "split_by": None,
                                       "examples": [], **fields, "id": claim, "kind": kind, "label": label})
    return Rule(spec, path, 0, None, None, None)


def _explain(error: dict, model_fields: dict[str, Any]) -> str:
    loc = ".".join(str(p) for p in error["loc"])
    kind = error["type"]
    if kind == "extra_forbidden":
        allowed = ", ".join(model_fields)
        return f"unknown key '{error['loc'][-1]}'; allowed keys: {allowed}"
    if kind == "literal_error" and error["loc"][-1] == "kind":
        return f"unknown kind {error['input']!r}; allowed kinds: {', '.join(KINDS)}"
    if kind == "missing":
        return f"missing '{error['loc'][-1]}' (in {loc})" if len(error["loc"]) > 1 else f"missing '{loc}'"
    message = error["msg"].removeprefix("Value error, ")
    return f"{loc}: {message}"


def _fields_for(loc: tuple) -> dict[str, Any]:
    if len(loc) >= 4 and loc[2] == "examples":
        return Example.model_fields
    if len(loc) >= 2 and loc[0] == "rules":
        return RuleSpec.model_fields
    return RuleFile.model_fields


def load_rule_file(path: Path) -> list[Rule]:
    data, root = read_yaml(path, "rule file")
    if not isinstance(data, dict):
        raise InputError("a rule file must be a mapping with a 'rules:' list", path, 1)
    parsed = validate(RuleFile, data, root, path, lambda error: _explain(error, _fields_for(error["loc"])))
    rules = []
    for index, spec in enumerate(parsed.rules):
        line = line_of(root, ("rules", index)) or 1
        rules.append(Rule(spec, str(path), line, phrase_pattern(spec.cues), phrase_pattern(spec.exclude),
                          phrase_pattern(spec.verbs), phrase_pattern(spec.counts)))
    return rules


def rule_files(paths: list[Path] | None) -> list[Path]:
    found: list[Path] = []
    for path in paths or [STOCK_RULES]:
        path = Path(path)
        if path.is_dir():
            found.extend(sorted(p for p in path.iterdir() if p.suffix in (".yaml", ".yml") and p.name != "names.yaml"))
        elif path.exists():
            found.append(path)
        else:
            raise InputError("no such rule file or folder; check the path given to --rules", path)
    if not found:
        raise InputError("no rule files (*.yaml) found here", paths[0] if paths else STOCK_RULES)
    return found


def load_rules(paths: list[Path] | None = None) -> list[Rule]:
    """Load and validate every rule file; stock rules when no path is given."""
    rules: list[Rule] = []
    seen: dict[str, Rule] = {}
    for path in rule_files(paths):
        for rule in load_rule_file(path):
            if rule.id in seen:
                first = seen[rule.id]
                raise InputError(f"claim type '{rule.id}' is defined twice (first in {first.path}:{first.line}); "
                                 "rename one of them", rule.path, rule.line)
            seen[rule.id] = rule
            rules.append(rule)
    return rules
