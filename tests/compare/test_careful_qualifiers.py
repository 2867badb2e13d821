"""'nearly' and 'about' reach a tenth from the figure: close enough to agree, never a whole rounding step."""
import pytest

import checker

CASES = [
    ("Nearly 2,000 people were killed in the floods.", "The floods killed 1,100 people.", "conflict"),
    ("Nearly 300 people were killed in the clashes.", "The clashes killed 286 people.", "variance"),
    ("About 500 people were killed in the fire.", "The fire killed 560 people.", "conflict"),
    ("About 500 people were killed in the fire.", "The fire killed 540 people.", "variance"),
]


@pytest.mark.parametrize("first, second, status", CASES)
def test_deaths_status(tmp_path, first, second, status):
    (tmp_path / "a.txt").write_text(first + "\n", encoding="utf-8")
    (tmp_path / "b.txt").write_text(second + "\n", encoding="utf-8")
    findings = checker.check(tmp_path).findings
    assert findings.loc[findings["claim"] == "deaths", "status"].tolist() == [status]
