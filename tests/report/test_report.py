"""The workbook: what an editor sees, and source text that never becomes a formula."""
import pandas as pd
import pytest
from openpyxl import load_workbook

from checker.errors import InputError
from checker.pipeline import Result
from checker.report.cells import clean
from checker.report.workbook import write_report


def tiny_result(text: str) -> Result:
    mentions = pd.DataFrame([{
        "source": "a", "path": "a.txt", "claim": "deaths", "kind": "count", "text": text, "start": 0, "end": 3,
        "low": 3.0, "high": 3.0, "low_inclusive": True, "high_inclusive": True, "stated": 3.0, "unit": "people",
        "value": "3", "qualifier": None, "why": "plain", "sentence": text, "sentence_index": 0, "event": "e",
        "event_how": "", "score": None, "note": "", "role": "source", "attribution": "", "as_of": ""}])
    findings = pd.DataFrame([{"finding_id": "deaths|e", "claim": "deaths", "label": "Death toll", "event": "e",
                              "event_label": "e", "status": "single", "values": {"a": text}, "disagree": [],
                              "note": "", "sources": 1}])
    sources = pd.DataFrame({"display": ["a"], "role": ["source"], "outlet": [""], "headline": [""],
                            "published": [""], "path": ["a.txt"], "deaths|e": [text]},
                           index=pd.Index(["a"], name="source"))
    return Result(mentions, sources, findings)


@pytest.mark.parametrize("text", ["=HYPERLINK(\"http://x\")", "+1+2", "-3", "@SUM(A1)", "=1+1"])
def test_source_text_is_never_a_formula(tmp_path, text):
    out = write_report(tiny_result(text), tmp_path / "r.xlsx").path
    sheet = load_workbook(out)["Summary"]
    cell = sheet.cell(row=2, column=4)
    assert cell.value == text
    assert cell.data_type == "s"
    evidence = load_workbook(out)["Evidence"]
    assert all(c.data_type != "f" for row in evidence.iter_rows() for c in row)


def test_characters_a_workbook_cannot_hold_are_dropped():
    assert clean("a\x00b\x07c\x1fd") == "abcd"


def test_output_folder_that_does_not_exist_is_an_input_error(tmp_path):
    with pytest.raises(InputError, match="does not exist"):
        write_report(tiny_result("3"), tmp_path / "no" / "r.xlsx")


def test_failed_write_leaves_nothing_half_written(tmp_path, monkeypatch):
    target = tmp_path / "r.xlsx"
    write_report(tiny_result("3"), target)
    before = target.read_bytes()

    def broken_save(sheets, filename, author, properties=None):
        open(filename, "wb").write(b"half")
        raise OSError(28, "No space left on device")

    monkeypatch.setattr("checker.report.workbook.render", broken_save)
    with pytest.raises(InputError, match="No space left"):
        write_report(tiny_result("3"), target)
    assert target.read_bytes() == before
    assert [p.name for p in tmp_path.iterdir() if ".checker-" in p.name] == []


def test_a_workbook_a_person_saved_is_kept_as_a_backup(tmp_path):
    target = tmp_path / "r.xlsx"
    write_report(tiny_result("3"), target)
    edited = load_workbook(target)
    edited["Summary"]["Z1"] = "my own column"
    edited.properties.lastModifiedBy = "Jane Editor"
    edited.save(target)
    first = target.read_bytes()
    written = write_report(tiny_result("4"), target)
    assert written.backup is not None
    backups = sorted(tmp_path.glob("r.*.bak.xlsx"))
    assert len(backups) == 1
    assert backups[0].read_bytes() == first
    assert load_workbook(target)["Summary"].cell(row=2, column=4).value == "4"


def test_a_file_that_is_not_a_workbook_is_never_overwritten(tmp_path):
    target = tmp_path / "notes.xlsx"
    target.write_bytes(b"the editor's own notes")
    with pytest.raises(InputError, match="not a workbook the checker can read"):
        write_report(tiny_result("3"), target)
    assert target.read_bytes() == b"the editor's own notes"


def test_rerunning_over_an_untouched_report_leaves_no_backup_clutter(tmp_path):
    target = tmp_path / "r.xlsx"
    write_report(tiny_result("3"), target)
    assert write_report(tiny_result("4"), target).backup is None
    assert sorted(p.name for p in tmp_path.iterdir()) == ["r.xlsx"]
