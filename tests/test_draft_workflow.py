"""Before publication: the desk's draft against its sources, formats, flags, and notes that survive re-runs."""
import shutil

import pytest
from openpyxl import load_workbook
from typer.testing import CliRunner

import checker
from checker.cli import app
from checker.report.workbook import write_report

runner = CliRunner()
DRAFT_SOURCE = "004_5f3eeb69434dde86.txt"


@pytest.fixture(scope="module")
def draft_result(seeds, tmp_path_factory):
    draft = tmp_path_factory.mktemp("desk") / "draft.txt"
    shutil.copy(seeds / DRAFT_SOURCE, draft)
    return checker.check(seeds, draft=draft)


def verdict_of(result, claim, text):
    rows = result.draft[(result.draft["claim"] == claim) & result.draft["draft"].str.startswith(text)]
    assert len(rows) == 1, result.draft[["claim", "draft"]]
    return rows.iloc[0]


@pytest.mark.parametrize("claim, text, verdict, against", [
    ("deaths", "More than 6700", "contradicted", ["000", "001"]),
    ("deaths", "more than two hundred", "supported", []),
    ("troops", "about 2,000", "supported", []),
])
def test_draft_verdicts(draft_result, claim, text, verdict, against):
    row = verdict_of(draft_result, claim, text)
    assert row["verdict"] == verdict
    assert row["contradicted_by"] == against


def test_a_source_with_the_drafts_own_text_is_not_counted(draft_result):
    assert "004" not in draft_result.sources.index
    assert any("same text as the draft" in p.message for p in draft_result.problems)


def test_draft_sheet_opens_first_with_contradicted_claims_on_top(draft_result, tmp_path):
    book = load_workbook(write_report(draft_result, tmp_path / "r.xlsx").path)
    assert book.sheetnames[0] == "Draft"
    sheet = book["Draft"]
    header = [c.value for c in sheet[1]]
    first = dict(zip(header, (c.value for c in sheet[2])))
    assert first["verdict"] == "contradicted" and first["draft says"] == "More than 6700"
    assert "000" in first["contradicted by"] and "001 · AFP, 31 Oct 2022" in first["contradicted by"]
    assert {"reviewer status", "reviewer note", "id"} <= set(header)


def test_cli_draft_leads_with_contradictions_and_fails_on_them(seeds, tmp_path):
    draft = tmp_path / "draft.txt"
    shutil.copy(seeds / DRAFT_SOURCE, draft)
    result = runner.invoke(app, ["check", str(seeds), "--draft", str(draft), "--out", str(tmp_path / "r.xlsx"),
                                 "--fail-on", "contradicted"])
    assert result.exit_code == 1
    lines = [line for line in result.output.splitlines() if line.strip()]
    assert lines[lines.index("Draft:") + 1].split()[:2] == ["contradicted", "deaths"]


def test_off_event_source_is_flagged_once_at_the_top(sample_result, tmp_path):
    flags = sample_result.flags
    assert list(flags["source"]) == ["002"]
    assert flags.iloc[0]["flag"] == "off-event"
    sheet = load_workbook(write_report(sample_result, tmp_path / "r.xlsx").path)["Summary"]
    assert sheet.cell(row=2, column=1).value == "source check" and sheet.cell(row=2, column=2).value == "002"
    assert [c.value for c in sheet["A"]].count("source check") == 1


def _as_html(text: str) -> str:
    import html

    paragraphs = "".join(f"<p>{html.escape(p)}</p>" for p in text.split("\n\n") if p.strip())
    return (f"<html><head><title>Story</title></head><body><nav><a href='/'>Home</a> | <a href='/world'>World</a></nav>"
            f"<article>{paragraphs}</article><footer>Comments (3) Subscribe now</footer></body></html>")


def _as_docx(text: str, path) -> None:
    import docx

    document = docx.Document()
    for paragraph in text.split("\n\n"):
        if paragraph.strip():
            document.add_paragraph(paragraph.strip())
    document.save(path)


@pytest.mark.parametrize("kind", ["html", "docx"])
def test_other_formats_give_the_same_findings(sample_result, seeds, tmp_path, kind):
    for path in seeds.glob("*.txt"):
        text = path.read_text(encoding="utf-8")
        if kind == "html":
            (tmp_path / f"{path.stem}.html").write_text(_as_html(text), encoding="utf-8")
        else:
            _as_docx(text, tmp_path / f"{path.stem}.docx")
    shutil.copy(seeds / "story.yaml", tmp_path / "story.yaml")
    result = checker.check(tmp_path)
    key = ["claim", "event", "status"]
    expected = sample_result.findings[key].sort_values(key).reset_index(drop=True)
    got = result.findings[key].sort_values(key).reset_index(drop=True)
    must = [("deaths", "war_2020"), ("deaths", "clashes_2022"), ("deaths", "war_1990s"), ("troops", "war_2020"),
            ("ceasefire_broker", "war_2020"), ("ceasefire_broker", "clashes_2022"), ("event_date", "summit_2022")]
    for claim, event in must:
        assert result.status_of(claim, event) == sample_result.status_of(claim, event), (claim, event)
    assert got.equals(expected)


def test_reviewer_notes_survive_a_rerun_with_one_source_changed(seeds, tmp_path):
    story = tmp_path / "story"
    shutil.copytree(seeds, story)
    out = tmp_path / "report.xlsx"
    write_report(checker.check(story), out)
    book = load_workbook(out)
    sheet = book["Summary"]
    header = [c.value for c in sheet[1]]
    status_col, note_col, id_col = (header.index(h) + 1 for h in ("reviewer status", "reviewer note", "id"))
    notes = {}
    for row in range(2, sheet.max_row + 1):
        finding = sheet.cell(row=row, column=id_col).value
        sheet.cell(row=row, column=status_col).value = "confirmed"
        sheet.cell(row=row, column=note_col).value = f"checked {finding}"
        notes[finding] = f"checked {finding}"
    book.properties.lastModifiedBy = "Desk editor"
    book.save(out)
    # One source is corrected: its 2020 toll changes, and the length of the 2022 fighting
    # (a finding only it gave) disappears.
    changed = story / "004_5f3eeb69434dde86.txt"
    text = changed.read_text(encoding="utf-8").replace("More than 6700 people", "More than 6,500 people")
    changed.write_text(text.replace(" in two days of heavy fighting", ""), encoding="utf-8")
    written = write_report(checker.check(story), out)
    after = load_workbook(out)
    carried = {}
    summary = after["Summary"]
    header = [c.value for c in summary[1]]
    for row in summary.iter_rows(min_row=2, values_only=True):
        record = dict(zip(header, row))
        if record["reviewer note"]:
            carried[record["id"]] = record["reviewer note"]
    listed = {n.finding_id: n.note for n in written.lost}
    assert set(carried) | set(listed) == set(notes)  # every note carried over or listed, none lost
    assert all(carried[k] == notes[k] for k in carried)
    assert "duration|clashes_2022" in listed
    assert carried["deaths|war_2020"] == notes["deaths|war_2020"]
    assert "Earlier notes" in after.sheetnames
    assert written.backup is not None and written.backup.exists()


def test_a_weekday_that_contradicts_its_date_is_flagged(tmp_path):
    (tmp_path / "a.txt").write_text("The blast on Monday, Oct. 30, 2022 killed 12 people.\n", encoding="utf-8")
    (tmp_path / "b.txt").write_text("The blast killed 12 people.\n", encoding="utf-8")
    flags = checker.check(tmp_path).flags
    assert list(flags["source"]) == ["a"] and flags.iloc[0]["flag"] == "date check"
    assert "Sunday" in flags.iloc[0]["reason"]


def test_no_progress_bar_when_not_on_a_terminal(seeds, tmp_path):
    result = runner.invoke(app, ["check", str(seeds), "--out", str(tmp_path / "r.xlsx")])
    assert result.exit_code == 0
    assert "Reading sources" not in result.output and "\x1b[" not in result.output


def test_summary_shows_the_drafts_wording_beside_the_sources(draft_result):
    toll = draft_result.findings.set_index("finding_id").loc["deaths|war_2020"]
    assert toll["values"]["draft"] == "More than 6700"
    assert toll["status"] == "agree"  # among the sources alone, 000 and 001 agree
    assert "draft" not in toll["disagree"]
