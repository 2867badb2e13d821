"""A sum given in a second currency in brackets ("2.39 trillion yuan (US$333 billion)") is the outlet's conversion at
the day's rate, not a second fact: the figures compared are the ones the outlets converted (our sentences)."""
import pytest

import checker

LIABILITIES = [
    ("Harbin Steel had total debts of 41.2 billion yuan ($5.7 billion) and total assets of 38.6 billion yuan "
     "($5.3 billion) at the end of June, its interim report showed.",
     "According to its interim report, Harbin Steel had total debts of 41.2 billion yuan (US$5.8 billion) at the end "
     "of June, against total assets of {assets} billion yuan."),
    ("Relatives were promised 15 million rupiah (about $1,030) each, the ministry said on Friday.",
     "The ministry said relatives would each get {assets} million rupiah ($1,720) on Friday."),
]


@pytest.mark.parametrize("a, b", LIABILITIES)
def test_a_bracketed_conversion_is_not_compared_as_a_fact(tmp_path, a, b):
    wrong = "36.8" if "billion" in b else "25"
    right = "38.6" if "billion" in b else "15"
    assert _conflicts(tmp_path / "right", a, b.format(assets=right)) == []
    assert len(_conflicts(tmp_path / "wrong", a, b.format(assets=wrong))) == 1


def _conflicts(folder, a: str, b: str) -> list[dict]:
    folder.mkdir()
    (folder / "a.txt").write_text(f"Date: 2023-08-09\n\n{a}\n", encoding="utf-8")
    (folder / "b.txt").write_text(f"Date: 2023-08-09\n\n{b}\n", encoding="utf-8")
    result = checker.check(folder)
    found = result.findings[result.findings["status"] == "conflict"]
    return [dict(v) for v in found["values"]]
