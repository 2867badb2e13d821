"""Scoring for tests/reading/number_forms.yaml: every way English writes a number.

The table was written by a helper who had not read the reader (see its header). A case
lists the readings its sentence must give; a reading is right when some quantity read
from the sentence has that phrase as its text (or that phrase and the unit or noun the
reader keeps in its span: "two days" for "two", "1,500-strong" for "1,500") and the
interval, kind and unit asked for.
A reading marked `count: false` (a year, a date, an age, a number inside a name) is
right when no quantity covering it is read as a count: whether it is read at all, as
something else, is up to the reader.

Used by tests/reading/test_number_forms.py and benchmarks/number_forms.py.
"""
from __future__ import annotations

import math
from pathlib import Path

import yaml

TABLE = Path(__file__).with_name("number_forms.yaml")
SPACES = str.maketrans({"\u00a0": " ", "\u202f": " ", "\u2009": " "})
NOT_COUNTS = {"year", "date", "time", "age", "name_part", "ordinal", "number"}


def load(table: Path | None = None) -> dict[str, list[dict]]:
    return yaml.safe_load((table or TABLE).read_text(encoding="utf-8"))


def _same_text(a: str, b: str) -> bool:
    return a.translate(SPACES).strip().lower() == b.translate(SPACES).strip().lower()


def _with_unit(text: str, phrase: str) -> bool:
    """The phrase followed, in the reading's span, by the word it counts or measures ("two days")."""
    text, phrase = text.translate(SPACES).lower(), phrase.translate(SPACES).strip().lower()
    return text.startswith(phrase) and text[len(phrase):len(phrase) + 1] in (" ", "-") and \
        " " not in text[len(phrase) + 1:].strip()


def _unit(unit) -> str:
    """'%' and 'percent' name one unit; 'day' and 'days' too."""
    text = str(unit or "").lower()
    return "percent" if text == "%" else text[:-1] if text in _DAYS_IN else text


# a duration is read in days; the tables write it in the unit stated ("eighteen months": 18, unit month)
_DAYS_IN = {"hours": 1 / 24, "days": 1.0, "weeks": 7.0, "months": 30.4375, "years": 365.25, "decades": 3652.5}


def _days_per(q, unit) -> float | None:
    """Days in the table's unit, when the reader read a duration in days and the table gives a time unit."""
    per = _DAYS_IN.get(f"{str(unit or '').lower().rstrip('s')}s")
    return per if q.kind == "duration" and q.unit == "days" else None


def _in_unit(q, bound: str, unit) -> float:
    per = _days_per(q, unit)
    return getattr(q, bound) / per if per else getattr(q, bound)


def _stated_in(q, unit) -> float | None:
    """A duration's figure as written ("a decade": 1 decade), in the table's unit (10 years)."""
    per = _days_per(q, unit)
    written = _DAYS_IN.get(f"{str(getattr(q, 'stated_unit', '') or '').lower().rstrip('s')}s")
    return q.stated * written / per if per and written else None


def _close(got: float, want: float, form: str) -> bool:
    if form == "nearly":
        tolerance = 0.02 * abs(want) + 1e-9
    elif form in ("fractions", "measures"):
        tolerance = 0.01 * abs(want) + 1e-6
    else:
        tolerance = 1e-6 * max(1.0, abs(want))
    decimals = len(repr(want).partition(".")[2])
    if decimals >= 3:                   # "two-thirds" written 0.6667: the table's own rounding
        tolerance = max(tolerance, 0.5 * 10 ** -decimals)
    return math.isfinite(got) and abs(got - want) <= tolerance


def reading_problem(form: str, sentence: str, expected: dict, quantities: list) -> str | None:
    """None when the expected reading is among `quantities`, else what went wrong."""
    phrase = expected["phrase"]
    if expected.get("count") is False and expected.get("low") is None and expected.get("high") is None:
        at = sentence.find(phrase)
        for q in quantities:
            if q.start < at + len(phrase) and at < q.end and q.kind == "count":
                return f"{phrase!r} read as a count ({q.text!r})"
        return None
    matches = [q for q in quantities if _same_text(q.text, phrase)]
    unit_in_span = not matches
    matches = matches or [q for q in quantities if _with_unit(q.text, phrase)]
    if not matches:
        return f"{phrase!r} not read (read: {[q.text for q in quantities]})"
    problems = []
    for q in matches:
        wrong = []
        # a duration or measure the reader turned into its own unit ("1.5 hours" as 0.0625 days) is
        # compared by the figure as written
        # (a one-sided bound too: "equal to or more than 20 years" is at least 20 as written)
        point = expected.get("low") == expected.get("high") or None in (expected.get("low"), expected.get("high"))
        as_written = unit_in_span and getattr(q, "stated_unit", None) and point
        # "six months" is six months as written, though the reader gives it the half-month either side
        stated = point and _stated_in(q, expected.get("unit"))
        for bound in ("low", "high"):
            want = expected.get(bound)
            got = q.stated if as_written else stated if stated else _in_unit(q, bound, expected.get("unit"))
            if want is not None and not _close(got, float(want), form):
                wrong.append(f"{bound} {got:g} not {want:g}")
            inclusive = expected.get(f"{bound}_inclusive")
            if want is not None and inclusive is not None and getattr(q, f"{bound}_inclusive") != inclusive:
                wrong.append(f"{bound}_inclusive {getattr(q, f'{bound}_inclusive')}")
        if expected.get("kind") and q.kind != expected["kind"]:
            wrong.append(f"kind {q.kind} not {expected['kind']}")
        if expected.get("unit") and _unit(q.unit) != _unit(expected["unit"]) and not _days_per(q, expected["unit"]):
            wrong.append(f"unit {q.unit} not {expected['unit']}")
        if expected.get("count") is not None and (q.kind == "count") != expected["count"] \
                and expected.get("kind") in NOT_COUNTS:
            wrong.append(f"count {q.kind == 'count'}")
        if not wrong:
            return None
        problems.append(", ".join(wrong))
    return f"{phrase!r}: " + "; ".join(problems)


def case_problems(form: str, case: dict, read) -> list[str]:
    quantities = read(case["sentence"])
    return [p for r in case["readings"] if (p := reading_problem(form, case["sentence"], r, quantities))]


def score(read, table: Path | None = None) -> dict[str, tuple[int, int, list[str]]]:
    """form -> (cases right, cases, what went wrong in each case that is not)."""
    out = {}
    for form, cases in load(table).items():
        failures = []
        for case in cases:
            problems = case_problems(form, case, read)
            if problems:
                failures.append(f"{case['sentence']}\n      " + "\n      ".join(problems))
        out[form] = (len(cases) - len(failures), len(cases), failures)
    return out
