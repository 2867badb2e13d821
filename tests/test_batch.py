"""`checker batch`: many stories, an index, re-runs that redo only what changed, and a Dask cluster."""
import json
import shutil
from pathlib import Path

import pytest
from openpyxl import load_workbook
from typer.testing import CliRunner

from checker.batch import run_batch
from checker.cli import app

STORIES = Path(__file__).resolve().parent / "stories"


@pytest.fixture
def root(tmp_path, seeds):
    root = tmp_path / "root"
    root.mkdir()
    sochi = root / "sochi"
    sochi.mkdir()
    for path in seeds.glob("*"):
        if path.is_file():
            shutil.copy(path, sochi / path.name)
    shutil.copytree(STORIES / "eval_transport", root / "train", ignore=shutil.ignore_patterns("truth.yaml"))
    broken = root / "broken"
    broken.mkdir()
    (broken / "story.yaml").write_text("events: [[[\n", encoding="utf-8")
    (broken / "a.txt").write_text("The blast killed 12 people.\n", encoding="utf-8")
    (tmp_path / "out").mkdir()
    return root


def index_rows(out: Path) -> dict[str, dict]:
    sheet = load_workbook(out / "index.xlsx")["Stories"]
    header = [c.value for c in sheet[1]]
    return {row[0]: dict(zip(header, row)) for row in sheet.iter_rows(min_row=2, values_only=True)}


def test_a_batch_writes_a_workbook_per_story_and_an_index_that_names_the_broken_one(root):
    out = root.parent / "out"
    outcomes = run_batch(root, out, workers=1)
    rows = index_rows(out)
    assert sorted(rows) == ["broken", "sochi", "train"]
    assert rows["broken"]["status"] == "failed" and "story.yaml:2" in rows["broken"]["reason"]
    assert rows["sochi"]["status"] == "checked" and rows["sochi"]["conflicts"] >= 1
    assert rows["train"]["sources"] == 5 and rows["train"]["first conflict"]
    assert (out / "sochi.xlsx").exists() and (out / "train.xlsx").exists() and not (out / "broken.xlsx").exists()
    link = load_workbook(out / "index.xlsx")["Stories"].cell(row=3, column=7)
    assert link.value == "sochi.xlsx" and link.hyperlink is not None and link.hyperlink.target == "sochi.xlsx"
    assert [o.story for o in outcomes] == ["broken", "sochi", "train"]


def test_a_rerun_redoes_only_the_story_that_changed_and_keeps_its_notes(root):
    out = root.parent / "out"
    run_batch(root, out, workers=1)
    book = load_workbook(out / "sochi.xlsx")
    summary = book["Summary"]
    header = [c.value for c in summary[1]]
    summary.cell(row=2, column=header.index("reviewer note") + 1, value="called the ministry")
    book.properties.lastModifiedBy = "Desk editor"
    book.save(out / "sochi.xlsx")
    (root / "sochi" / "000_extra.txt").write_text("Officials said 7,000 people were killed in the 2020 war.\n",
                                                  encoding="utf-8")
    again = {o.story: o.status for o in run_batch(root, out, workers=1)}
    assert again == {"broken": "failed", "sochi": "checked", "train": "unchanged"}
    notes = [row for row in load_workbook(out / "sochi.xlsx")["Summary"].iter_rows(values_only=True)
             if "called the ministry" in row]
    assert len(notes) == 1
    assert {o.story: o.status for o in run_batch(root, out, workers=1)}["sochi"] == "unchanged"


def test_stories_in_worker_processes_give_the_same_index(root, tmp_path):
    serial, parallel = tmp_path / "serial", tmp_path / "parallel"
    serial.mkdir(), parallel.mkdir()
    run_batch(root, serial, workers=1)
    run_batch(root, parallel, workers=2)
    assert index_rows(serial) == index_rows(parallel)


def test_a_local_dask_cluster_gives_the_same_statuses_as_the_local_run(root, tmp_path):
    distributed = pytest.importorskip("dask.distributed")
    local, clustered = tmp_path / "local", tmp_path / "clustered"
    local.mkdir(), clustered.mkdir()
    run_batch(root, local, workers=1)
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=False, dashboard_address=None) as cluster:
        run_batch(root, clustered, scheduler=cluster.scheduler_address)
    assert index_rows(local) == index_rows(clustered)
    for story in ("sochi", "train"):
        statuses = [load_workbook(folder / f"{story}.xlsx")["Summary"]["C"] for folder in (local, clustered)]
        assert [c.value for c in statuses[0]] == [c.value for c in statuses[1]]


def test_the_command_prints_the_index_as_json_and_exits_0(root):
    out = root.parent / "out"
    result = CliRunner().invoke(app, ["batch", str(root), "--out", str(out), "--json", "-"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert [d["story"] for d in data] == ["broken", "sochi", "train"]
    assert data[0]["status"] == "failed" and data[0]["reason"]


def test_an_output_folder_that_does_not_exist_is_an_input_error(root):
    result = CliRunner().invoke(app, ["batch", str(root), "--out", str(root.parent / "nowhere")])
    assert result.exit_code == 2
    assert "does not exist; create it or choose another --out" in result.output


def test_an_unreachable_scheduler_is_an_input_error(root, monkeypatch):
    pytest.importorskip("dask.distributed")
    monkeypatch.setattr("checker.batch.run.CONNECT_TIMEOUT", 2)
    result = CliRunner().invoke(app, ["batch", str(root), "--out", str(root.parent / "out"),
                                      "--scheduler", "tcp://127.0.0.1:9"])
    assert result.exit_code == 2
    assert "cannot reach the Dask scheduler" in result.output
