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


def _annotated(target):
    """A workbook written by the checker, with a reviewer's note typed into it and saved."""
    write_report(tiny_result("3"), target)
    book = load_workbook(target)
    summary = book["Summary"]
    header = [c.value for c in summary[1]]
    summary.cell(row=2, column=header.index("reviewer note") + 1, value="called the ministry")
    book.properties.lastModifiedBy = "Desk editor"
    book.save(target)
    return target.read_bytes()


class Killed(BaseException):
    """What a run killed mid-write looks like to the code after it: nothing more happens."""


def _kill_after(real):
    def then_die(*args, **kwargs):
        real(*args, **kwargs)
        raise Killed()
    return then_die


def _kill_before(*args, **kwargs):
    raise Killed()


def _moments():
    import os

    import xlsxwriter

    import checker.report.workbook as workbook
    return {
        "while reading the notes": (workbook, "read_annotations", "before"),
        "while building the sheets": (workbook, "build_workbook", "before"),
        "half-way through writing": (xlsxwriter.Workbook, "close", "before"),
        "with the new file written": (workbook, "render", "after"),
        "with the backup made": (workbook, "backup_of", "after"),
        "just before the rename": (os, "replace", "before"),
    }


@pytest.mark.parametrize("moment", list(_moments()))
def test_a_note_survives_a_run_killed_at_any_moment(tmp_path, monkeypatch, moment):
    target = tmp_path / "r.xlsx"
    before = _annotated(target)
    owner, name, when = _moments()[moment]
    monkeypatch.setattr(owner, name, _kill_after(getattr(owner, name)) if when == "after" else _kill_before)
    with pytest.raises(Killed):
        write_report(tiny_result("4"), target)
    monkeypatch.undo()
    assert target.read_bytes() == before                 # the editor's file, whole
    notes = [row for row in load_workbook(target)["Summary"].iter_rows(values_only=True)
             if "called the ministry" in row]
    assert len(notes) == 1
    # and the next run carries the note over
    write_report(tiny_result("4"), target)
    assert any("called the ministry" in row for row in load_workbook(target)["Summary"].iter_rows(values_only=True))


def test_an_out_that_is_a_folder_is_an_input_error_and_nothing_is_lost(tmp_path):
    folder = tmp_path / "r.xlsx"
    folder.mkdir()
    (folder / "keep.txt").write_text("mine", encoding="utf-8")
    with pytest.raises(InputError):
        write_report(tiny_result("3"), folder)
    assert (folder / "keep.txt").read_text(encoding="utf-8") == "mine"
