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
    """'%' and 'percent' name one unit."""
    text = str(unit or "").lower()
    return "percent" if text == "%" else text


def _close(got: float, want: float, form: str) -> bool:
    if form == "nearly":
        tolerance = 0.02 * abs(want) + 1e-9
    elif form in ("fractions", "measures"):
        tolerance = 0.01 * abs(want) + 1e-6
    else:
        tolerance = 1e-6 * max(1.0, abs(want))
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
        as_written = unit_in_span and getattr(q, "stated_unit", None) and (
            expected.get("low") == expected.get("high") or None in (expected.get("low"), expected.get("high")))
        for bound in ("low", "high"):
            want = expected.get(bound)
            got = q.stated if as_written else getattr(q, bound)
            if want is not None and not _close(got, float(want), form):
                wrong.append(f"{bound} {got:g} not {want:g}")
            inclusive = expected.get(f"{bound}_inclusive")
            if want is not None and inclusive is not None and getattr(q, f"{bound}_inclusive") != inclusive:
                wrong.append(f"{bound}_inclusive {getattr(q, f'{bound}_inclusive')}")
        if expected.get("kind") and q.kind != expected["kind"]:
            wrong.append(f"kind {q.kind} not {expected['kind']}")
        if expected.get("unit") and _unit(q.unit) != _unit(expected["unit"]):
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
