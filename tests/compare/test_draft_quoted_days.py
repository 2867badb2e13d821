"""The draft's "today" inside a quotation is the speaker's day: it is not set against the sources' days."""
import checker

QUOTE = ("“Today we are able to breathe again,” the victim's brother told reporters at a downtown hotel after the "
         "jury returned its verdict in the trial.")


def _day_verdicts(tmp_path, draft_text):
    (tmp_path / "wire.txt").write_text(f"Date: 2021-04-20\n\n{QUOTE}\n", encoding="utf-8")
    (tmp_path / "paper.txt").write_text(f"Date: 2021-04-21\n\n{QUOTE}\n", encoding="utf-8")
    draft = tmp_path / "draft.txt"
    draft.write_text(f"Date: 2021-04-22\n\n{draft_text}\n", encoding="utf-8")
    result = checker.check(tmp_path, draft=draft)
    rows = result.draft
    return list(rows.loc[rows["draft"].str.lower().str.startswith("today"), "verdict"])


def test_a_quoted_today_in_the_draft_is_not_contradicted(tmp_path):
    assert "contradicted" not in _day_verdicts(tmp_path, QUOTE)


def test_the_drafts_own_today_is_still_checked(tmp_path):
    own = ("The victim's brother told reporters at a downtown hotel today that the family could breathe again after "
           "the jury returned its verdict in the trial.")
    (tmp_path / "w.txt").write_text("Date: 2021-04-20\n\nThe victim's brother told reporters at a downtown hotel on "
                                    "Tuesday that the family could breathe again after the jury returned its verdict "
                                    "in the trial.\n", encoding="utf-8")
    assert _day_verdicts(tmp_path, own) != []
