"""A figure given as part of a total ("killed 50 people, including five children") is never compared with the
total; parts of one noun are compared with each other (our sentences)."""
import pytest

import checker

WHOLE = "A missile struck the railway station in the city on Friday, killing 50 people."


@pytest.mark.parametrize("part_wording, deaths", [
    ("killing 50 people, including five children", "agree"),
    ("killing 50 people, among them five children", "agree"),
    ("killing 52 people, including five children", "conflict"),
])
def test_a_part_is_not_the_total(tmp_path, part_wording, deaths):
    texts = {"wire": WHOLE, "paper": f"A missile struck the railway station in the city on Friday, {part_wording}."}
    for name, text in texts.items():
        (tmp_path / f"{name}.txt").write_text(f"Date: 2022-04-09\n\n{text}\n", encoding="utf-8")
    findings = checker.check(tmp_path).findings
    toll = findings[findings["claim"] == "deaths"]
    assert list(toll["status"]) == [deaths]
    assert "five" not in toll["values"].iloc[0].get("paper", "")
    assert findings[findings["claim"] == "deaths:children"]["values"].iloc[0] == {"paper": "five"}
