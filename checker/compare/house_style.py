"""The house style for spellings (rules/names.yaml): the preferred form and its variants."""
from __future__ import annotations

from pathlib import Path

from pydantic import BaseModel, ConfigDict, field_validator

from checker.errors import InputError
from checker.yamlfile import line_of, read_yaml, validate
from checker.reading.names import HouseStyle, fold, style_key

STOCK_HOUSE_STYLE = Path(__file__).resolve().parents[2] / "rules" / "names.yaml"


class _NameEntry(BaseModel):
    model_config = ConfigDict(extra="forbid")
    preferred: str
    variants: list[str] = []  # a preferred spelling alone keeps a look-alike name apart

    @field_validator("preferred")
    @classmethod
    def _not_blank(cls, value: str) -> str:
        if not fold(value):
            raise ValueError("an empty name; write the preferred spelling")
        return value.strip()

    @field_validator("variants")
    @classmethod
    def _no_blank_variant(cls, values: list[str]) -> list[str]:
        for value in values:
            if not fold(str(value)):
                raise ValueError("an empty variant; remove it or write the spelling")
        return [str(v).strip() for v in values]


class _HouseStyleFile(BaseModel):
    model_config = ConfigDict(extra="forbid")
    names: list[_NameEntry] = []

    @field_validator("names", mode="before")
    @classmethod
    def _none_is_empty(cls, value):
        return [] if value is None else value  # "names:" with nothing under it yet


def _explain(error: dict) -> str:
    loc, kind = error["loc"], error["type"]
    if kind == "extra_forbidden":
        allowed = "names" if len(loc) == 1 else "preferred, variants"
        return f"unknown key '{loc[-1]}'; allowed keys: {allowed}"
    if kind == "missing":
        return f"missing '{loc[-1]}'; each entry needs 'preferred:' (and usually 'variants:')"
    if kind in ("model_type", "dict_type") and len(loc) == 2:
        return "an empty entry; write 'preferred:' and 'variants:' under the dash"
    return f"{'.'.join(map(str, loc))}: {error['msg'].removeprefix('Value error, ')}"


def load_house_style(path: Path | None) -> HouseStyle:
    """The house-style list; None or a missing file gives an empty style."""
    if path is None or not Path(path).exists():
        return HouseStyle()
    path = Path(path)
    data, root = read_yaml(path, "names file")
    if data is None:
        return HouseStyle(path=str(path))
    if not isinstance(data, dict):
        raise InputError("a names file must be a mapping with a 'names:' list", path, 1)
    parsed = validate(_HouseStyleFile, data, root, path, _explain)
    preferred: dict[str, str] = {}
    owner: dict[str, int] = {}
    for index, entry in enumerate(parsed.names):
        spellings = [("preferred", None, entry.preferred)] + [("variants", j, v) for j, v in enumerate(entry.variants)]
        for key, position, spelling in spellings:
            folded = style_key(spelling)
            if owner.get(folded, index) != index:
                loc = ("names", index, key) + ((position,) if position is not None else ())
                raise InputError(f"'{spelling}' is listed twice (also under '{parsed.names[owner[folded]].preferred}');"
                                 " keep it in one entry", path, line_of(root, loc))
            owner[folded] = index
            preferred[folded] = entry.preferred
    return HouseStyle(preferred, str(path))

