"""A weekday written beside a date is checked against the calendar, whatever words stand near it."""
import pytest

import checker

WRONG = "They were arrested on Friday, Oct. 25, one of them at the airport, police said."     # 25 Oct 2025: a Saturday
RIGHT = "Police arrested two men on Saturday 25 October 2025, one of them at the airport."
ALSO_RIGHT = "The two suspects were detained on Saturday, October 25, prosecutors said."


def _check(tmp_path, texts):
    for name, text in texts.items():
        (tmp_path / f"{name}.txt").write_text(f"Date: 2025-11-01\n\n{text}\n", encoding="utf-8")
    result = checker.check(tmp_path)
    assert result.problems == []
    return result.findings[result.findings["claim"] == "weekday:2025-10-25"]


@pytest.mark.parametrize("texts, disagree", [
    ({"wire": WRONG, "paper": RIGHT}, ["wire"]),
    ({"wire": WRONG, "paper": RIGHT, "agency": ALSO_RIGHT}, ["wire"]),
    ({"wire": WRONG}, ["wire"]),                    # the calendar is the other side
])
def test_a_wrong_weekday_beside_a_date_is_a_conflict(tmp_path, texts, disagree):
    rows = _check(tmp_path, texts)
    assert len(rows) == 1
    row = rows.iloc[0]
    assert row["status"] == "conflict"
    assert row["disagree"] == disagree
    assert "was a Saturday" in row["note"]
    assert row["label"] == "Weekday of 25 October 2025 (a Saturday)"
    assert sorted(row["values"]) == sorted(texts)


def test_right_weekdays_make_no_row(tmp_path):
    assert _check(tmp_path, {"paper": RIGHT, "agency": ALSO_RIGHT}).empty
