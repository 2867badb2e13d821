"""Reading an editor's YAML file: safely, with every error naming the file and line.

Rules, the story's events, the sources table and the house style all come
through here, so a mistake in any of them reads the same way.
"""
from __future__ import annotations

from pathlib import Path
from typing import Any, Callable

import yaml
from pydantic import BaseModel, ValidationError

from checker.errors import InputError


MAX_YAML_BYTES = 4_000_000   # an editor's file is a few KB; a rule set of hundreds of rules stays far below
MAX_ALIASES = 50              # "*name" references: a handful is convenience, thousands are a "billion laughs"
# libyaml's safe loader reads the same YAML about ten times faster (the stock rules are read on every run);
# its error messages are worded differently, so a file that fails is read again by the Python one to explain why
_FAST_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def read_yaml(path: Path, what: str) -> tuple[Any, yaml.Node | None]:
    """The data and its composed node tree (for line numbers). `what` names the file in messages.

    Bounded: a file past MAX_YAML_BYTES, one with more than MAX_ALIASES aliases (each can multiply
    the document), or one nested past Python's recursion limit is refused with one message."""
    try:
        size = Path(path).stat().st_size
        if size > MAX_YAML_BYTES:
            raise InputError(f"the {what} is {size / 1e6:,.1f} MB; such files are at most "
                             f"{MAX_YAML_BYTES / 1e6:g} MB: split it into several files", path)
        text = Path(path).read_text(encoding="utf-8")
    except UnicodeDecodeError:
        raise InputError(f"the {what} is not UTF-8 text; save it as UTF-8", path) from None
    except OSError as exc:
        raise InputError(f"cannot read the {what} ({exc.strerror})", path) from None
    try:
        if text.count("*") > MAX_ALIASES:
            aliases = [t for t in yaml.scan(text, Loader=yaml.SafeLoader) if isinstance(t, yaml.AliasToken)]
            if len(aliases) > MAX_ALIASES:
                raise InputError(f"uses {len(aliases):,} aliases (*name); at most {MAX_ALIASES} are read: "
                                 "write the values out", path, aliases[MAX_ALIASES].start_mark.line + 1)
        # safe loaders only: tags such as !!python/object are refused, never run
        try:
            return yaml.load(text, Loader=_FAST_LOADER), yaml.compose(text, Loader=_FAST_LOADER)
        except yaml.YAMLError:
            return yaml.safe_load(text), yaml.compose(text, Loader=yaml.SafeLoader)
    except RecursionError:
        raise InputError(f"the {what} is nested too deep to read; flatten it", path) from None
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        problem = getattr(exc, "problem", None) or str(exc)
        raise InputError(f"not valid YAML: {problem}; check the indentation and quotes", path,
                         mark.line + 1 if mark else None) from None


def line_of(node: yaml.Node | None, loc: tuple) -> int | None:
    """Walk a composed YAML node along a pydantic error location to find its line."""
    line = node.start_mark.line + 1 if node is not None else None
    for key in loc:
        if isinstance(node, yaml.MappingNode):
            match = next((v for k, v in node.value if k.value == key), None)
            if match is None:
                # the key itself is the problem (unknown key): point at it
                key_node = next((k for k, _ in node.value if k.value == key), None)
                return key_node.start_mark.line + 1 if key_node is not None else line
            node = match
        elif isinstance(node, yaml.SequenceNode) and isinstance(key, int) and key < len(node.value):
            node = node.value[key]
        else:
            break
        line = node.start_mark.line + 1
    return line


def validate(model: type[BaseModel], data: Any, root: yaml.Node | None, path: Path,
             explain: Callable[[dict], str], prefix: tuple = ()):
    """`model` from `data`, or one InputError for the first problem, at its line."""
    try:
        return model.model_validate(data)
    except ValidationError as exc:
        first = exc.errors()[0]
        raise InputError(explain(first), path, line_of(root, (*prefix, *first["loc"]))) from None
