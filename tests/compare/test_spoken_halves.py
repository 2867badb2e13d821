"""A span told in halves is said, not measured: "a day and a half" is rounded to the half day, so it meets "nearly 36
hours", though not "two days" (our sentences)."""
import pytest

import checker


@pytest.mark.parametrize("a, b, status", [
    ("The tanker burned for a day and a half before it sank, the coastguard said.",
     "The tanker burned for nearly 36 hours before it sank, the coastguard said.", "variance"),
    ("The tanker burned for a day and a half before it sank, the coastguard said.",
     "The tanker burned for two days before it sank, the coastguard said.", "conflict"),
    ("Rescuers took two and a half hours to reach the trapped miners, the company said.",
     "Rescuers took 2 hours 40 minutes to reach the trapped miners, the company said.", "variance"),
    ("Rescuers took two and a half hours to reach the trapped miners, the company said.",
     "Rescuers took three hours to reach the trapped miners, the company said.", "conflict"),
])
def test_a_span_told_in_halves_is_rounded_to_the_half(tmp_path, a, b, status):
    (tmp_path / "a.txt").write_text(f"Date: 2023-08-09\n\n{a}\n", encoding="utf-8")
    (tmp_path / "b.txt").write_text(f"Date: 2023-08-09\n\n{b}\n", encoding="utf-8")
    found = checker.check(tmp_path).findings
    spans = found[found["claim"].str.startswith("auto:")]
    assert list(spans["status"]) == [status]
