"""A bug in one comparing check costs its own rows, never the run: the report still comes out, with a problem that
names the check (our own sentences; the bug is simulated)."""
import pytest

import checker
import checker.pipeline as pipeline

SOURCES = {"a": "Date: 2024-05-04\n\nMarta Quiroga, head of the Andean Red Cross, said 12 people were killed.\n",
           "b": "Date: 2024-05-04\n\nMarta Quiroga, director of the National Emergency Office, said 14 people were "
                "killed.\n"}
DRAFT = "Date: 2024-05-04\n\nMarta Quiroga of the Harbour Trust said 12 people were killed in Dunmore.\n"


def _broken(*args, **kwargs):
    raise ValueError("simulated bug")


@pytest.mark.parametrize("check, what", [
    ("affiliation_findings", "whom people are with"),
    ("agent_findings", "who did what"),
    ("draft_affiliation_rows", "whom the draft's people are with"),
    ("draft_where_rows", "where the draft puts things"),
    ("draft_quote_rows", "the draft's quotations"),
    ("draft_figure_rows", "the draft's figures no claim took"),
    ("draft_day_rows", "the draft's days"),
])
def test_a_failing_check_is_reported_and_the_rest_is_checked(tmp_path, monkeypatch, check, what):
    for name, text in SOURCES.items():
        (tmp_path / f"{name}.txt").write_text(text, encoding="utf-8")
    draft = tmp_path.parent / f"{tmp_path.name}_draft.txt"
    draft.write_text(DRAFT, encoding="utf-8")
    monkeypatch.setattr(pipeline, check, _broken)
    result = checker.check(tmp_path, draft=draft)
    assert [str(p) for p in result.problems] == [
        f"the checker failed on {what} (ValueError: simulated bug); the other checks ran; please report these sources"]
    # the figures are still compared, and the draft still has its verdicts
    assert result.status_of("deaths", "main") == "conflict"
    assert result.draft is not None and not result.draft.empty


def test_the_terminal_warns_of_a_failing_check_and_the_workbook_is_written(tmp_path, monkeypatch):
    from typer.testing import CliRunner

    from checker.cli import app
    for name, text in SOURCES.items():
        (tmp_path / f"{name}.txt").write_text(text, encoding="utf-8")
    monkeypatch.setattr(pipeline, "agent_findings", _broken)
    out = tmp_path.parent / f"{tmp_path.name}.xlsx"
    result = CliRunner().invoke(app, ["check", str(tmp_path), "--out", str(out)])
    assert result.exit_code == 0 and out.exists()
    assert "warning: the checker failed on who did what (ValueError: simulated bug)" in result.output
