"""The command line: help everywhere, exit codes, and one clear message for bad input."""
import shutil

import pytest
from typer.testing import CliRunner

from checker.cli import app

runner = CliRunner()


@pytest.mark.parametrize("command", [[], ["check"], ["rules"], ["explain"]])
def test_every_command_has_help(command):
    result = runner.invoke(app, [*command, "--help"])
    assert result.exit_code == 0
    assert "Usage" in result.output
    assert len(result.output.strip().splitlines()) > 3


def test_rules_lists_claim_types():
    result = runner.invoke(app, ["rules"])
    assert result.exit_code == 0
    assert "deaths" in result.output and "ceasefire_broker" in result.output
    assert "all valid" in result.output


def test_bad_rule_exits_2_with_file_and_line(tmp_path):
    bad = tmp_path / "bad.yaml"
    bad.write_text("rules:\n  - id: x\n    kind: tally\n", encoding="utf-8")
    result = runner.invoke(app, ["rules", str(bad)])
    assert result.exit_code == 2
    assert f"error: {bad}:3: unknown kind 'tally'; allowed kinds: count, entity, date, duration" in result.output
    assert "Traceback" not in result.output


def test_check_with_bad_rule_exits_2(tmp_path, seeds):
    bad = tmp_path / "bad.yaml"
    bad.write_text("rules: [\n", encoding="utf-8")
    result = runner.invoke(app, ["check", str(seeds), "--rules", str(bad), "--out", str(tmp_path / "r.xlsx")])
    assert result.exit_code == 2
    assert str(bad) in result.output and "not valid YAML" in result.output
    assert not (tmp_path / "r.xlsx").exists()


def test_no_readable_source_exits_2(tmp_path):
    folder = tmp_path / "story"
    folder.mkdir()
    (folder / "blob.txt").write_bytes(b"\x00\x01\x02binary")
    result = runner.invoke(app, ["check", str(folder), "--out", str(tmp_path / "r.xlsx")])
    assert result.exit_code == 2
    assert "no readable source" in result.output and "binary file" in result.output


def test_output_in_missing_folder_exits_2(tmp_path, seeds):
    result = runner.invoke(app, ["check", str(seeds), "--out", str(tmp_path / "missing" / "r.xlsx")])
    assert result.exit_code == 2
    assert "does not exist" in result.output


def test_debug_shows_the_traceback(tmp_path, seeds):
    result = runner.invoke(app, ["--debug", "check", str(seeds), "--out", str(tmp_path / "missing" / "r.xlsx")])
    assert result.exit_code != 0 and result.exit_code != 2
    assert result.exception is not None


@pytest.mark.parametrize("fail_on, code", [("never", 0), ("conflict", 1), ("variance", 1)])
def test_fail_on(tmp_path, seeds, fail_on, code):
    result = runner.invoke(app, ["check", str(seeds), "--out", str(tmp_path / "r.xlsx"), "--fail-on", fail_on])
    assert result.exit_code == code, result.output


def test_fail_on_conflict_passes_when_sources_agree(tmp_path):
    for name in ("a", "b"):
        (tmp_path / f"{name}.txt").write_text("The blast killed 12 people on Monday.\n", encoding="utf-8")
    result = runner.invoke(app, ["check", str(tmp_path), "--out", str(tmp_path / "r.xlsx"), "--fail-on", "conflict"])
    assert result.exit_code == 0, result.output
    assert "agree" in result.output


def test_a_bad_source_is_reported_and_the_others_checked(tmp_path, seeds):
    folder = tmp_path / "story"
    shutil.copytree(seeds, folder)
    (folder / "scan.txt").write_bytes(b"%PDF\x00\x00binary")
    result = runner.invoke(app, ["check", str(folder), "--out", str(tmp_path / "r.xlsx")])
    assert result.exit_code == 0
    assert "scan.txt" in result.output and "binary file" in result.output
    assert "conflict" in result.output


def test_no_arguments_checks_the_sample_story(tmp_path, seeds, monkeypatch):
    # Run from a copy of the project layout so the real reports/ is not touched.
    shutil.copytree(seeds, tmp_path / "seeds")
    monkeypatch.chdir(tmp_path)
    result = runner.invoke(app, [])
    assert result.exit_code == 0, result.output
    assert "reports/seeds.xlsx" in result.output
    assert (tmp_path / "reports" / "seeds.xlsx").exists()
    assert "deaths" in result.output


def test_explain_prints_interval_and_reason():
    result = runner.invoke(app, ["explain", "More than 6,500 people were killed."])
    assert result.exit_code == 0
    assert "more than" in result.output.lower() and "6500" in result.output.replace(",", "")
