"""The wording every source supports, shown beside each finding and each draft claim."""
import pytest

import checker

CASES = [
    # (source a, source b, the safe wording, or the words it must hold)
    ("Date: 2022-10-31\n\nThe 2020 war killed more than 6,500 people.",
     "Date: 2022-10-30\n\nThe 2020 war killed more than 6700 people.",
     ["the sources cannot all be right", "more than 6,500", "31 Oct 2022"]),
    ("The clashes killed nearly 300 people.", "The clashes killed 286 people.", ["nearly 300"]),
    ("The fire killed 1,100 people.", "The fire killed 1,900 people, officials said, in a revised toll.", None),
    ("The storm killed more than 200 people.", "The storm killed more than 210 people.", ["more than 200"]),
]


@pytest.mark.parametrize("a, b, words", CASES)
def test_safe_wording(tmp_path, a, b, words):
    (tmp_path / "a.txt").write_text(a + "\n", encoding="utf-8")
    (tmp_path / "b.txt").write_text(b + "\n", encoding="utf-8")
    findings = checker.check(tmp_path).findings
    wording = findings.set_index("claim").loc["deaths", "safe_wording"]
    if words is None:
        assert wording.startswith("the sources cannot all be right")
    else:
        assert all(w in wording for w in words), wording


def test_parties_each_get_their_figure(tmp_path):
    (tmp_path / "a.txt").write_text("Police said 80,000 people marched, while organisers put the crowd at "
                                    "half a million.\n", encoding="utf-8")
    (tmp_path / "b.txt").write_text("Organisers said 500,000 protesters took part. Police counted 80,000.\n",
                                    encoding="utf-8")
    findings = checker.check(tmp_path).findings
    parties = findings[findings["status"] == "parties differ"]["safe_wording"].iloc[0]
    assert "authorities say" in parties and "organisers say" in parties and "80,000" in parties


def test_the_summary_and_the_draft_sheet_show_the_safe_wording(tmp_path, seeds):
    from openpyxl import load_workbook

    from checker.report import write_report

    draft = tmp_path / "draft.txt"
    draft.write_text("Date: 2022-10-31\n\nThe 2020 war killed more than 6,700 people.\n", encoding="utf-8")
    result = checker.check(seeds, draft=draft)
    book = load_workbook(write_report(result, tmp_path / "r.xlsx").path)
    for sheet in ("Summary", "Draft"):
        header = [c.value for c in book[sheet][1]]
        column = header.index("safe wording") + 1
        values = [book[sheet].cell(row=r, column=column).value for r in range(2, book[sheet].max_row + 1)]
        assert any(v and "cannot all be right" in v for v in values), sheet
