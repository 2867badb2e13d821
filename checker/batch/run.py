"""Running a batch: each story checked and written, unchanged stories skipped, an index of them all.

Stories are the unit of work. Locally they run in one process per core (a story of many
texts runs in this process instead, its texts read by the per-text workers), and each
worker writes its story's workbook. On a Dask cluster (`scheduler`), the workers check
and the results come back to this process, which writes the workbooks: the cluster's
machines need the project installed, not the output folder.
"""
from __future__ import annotations

import json
import multiprocessing
import os
from collections.abc import Callable, Iterator
from dataclasses import asdict, dataclass
from functools import lru_cache
from pathlib import Path

from checker.batch.stories import (HASH_PROPERTY, content_hash, find_stories, rules_digest,
                                   stored_properties)
from checker.claims import PARALLEL_FROM, STOCK_RULES, cores, load_rules, map_jobs
from checker.errors import InputError
from checker.pipeline import Result, check
from checker.report import write_report

CONNECT_TIMEOUT = 20      # seconds to reach a Dask scheduler before giving up


@dataclass
class StoryOutcome:
    story: str
    status: str           # checked | unchanged | failed
    sources: int = 0
    conflicts: int = 0
    variances: int = 0
    first_conflict: str = ""
    workbook: str = ""    # the workbook's file name in the output folder
    reason: str = ""      # why a story failed


@lru_cache(maxsize=8)     # once per worker process, not once per story
def _rules(paths: tuple[str, ...]):
    return load_rules([Path(p) for p in paths] if paths else None)


def _checked(folder: Path, rule_paths: tuple[str, ...], workers: int | None = 1) -> tuple[Result | None, str]:
    """(the story's result, "") or (None, why it failed)."""
    problems: list[InputError] = []
    try:
        result = check(folder, rules=_rules(rule_paths), on_problem=problems.append, workers=workers)
    except InputError as error:
        return None, str(error)
    except Exception as error:  # a checker bug costs one story, never the batch
        return None, f"the checker failed on this story ({type(error).__name__}: {error})"
    if result.sources.empty:
        why = "; ".join(str(p) for p in problems[:3]) or "no source files"
        return None, f"no source could be read: {why}"
    return result, ""


def _summary(story: str, result: Result) -> StoryOutcome:
    findings = result.findings
    conflicts = findings[findings["status"] == "conflict"] if not findings.empty else findings
    first = ""
    if len(conflicts):
        row = conflicts.iloc[0]
        values = "; ".join(f"{s}: {v}" for s, v in list(row["values"].items())[:4])
        first = f"{row['label']} ({row['event']}): {values}"
    variances = int((findings["status"] == "variance").sum()) if not findings.empty else 0
    return StoryOutcome(story, "checked", len(result.sources), len(conflicts), variances, first, f"{story}.xlsx")


def _properties(outcome: StoryOutcome, digest: str) -> dict[str, str]:
    return {HASH_PROPERTY: digest, "checker sources": str(outcome.sources),
            "checker conflicts": str(outcome.conflicts), "checker variances": str(outcome.variances),
            "checker first conflict": outcome.first_conflict}


def _write(folder: Path, result: Result | None, reason: str, out: Path, digest: str) -> StoryOutcome:
    if result is None:
        return StoryOutcome(folder.name, "failed", reason=reason)
    outcome = _summary(folder.name, result)
    try:
        write_report(result, out / outcome.workbook, _properties(outcome, digest))
    except InputError as error:
        return StoryOutcome(folder.name, "failed", reason=str(error))
    return outcome


def _check_and_write(job: tuple) -> StoryOutcome:
    folder, rule_paths, out, digest = job
    return _write(folder, *_checked(folder, rule_paths), out, digest)


def check_story(folder: str, rule_paths: tuple[str, ...]) -> tuple[Result | None, str]:
    """A story checked on a cluster worker: the result goes back to the client. A story of many texts reads
    them on the worker machine's cores, where the worker may start processes (a daemonic one may not)."""
    may_fork = not multiprocessing.current_process().daemon
    return _checked(Path(folder), rule_paths, workers=None if may_fork else 1)


def _unchanged(folder: Path, out: Path, digest: str) -> StoryOutcome | None:
    stored = stored_properties(out / f"{folder.name}.xlsx")
    if stored.get(HASH_PROPERTY) != digest:
        return None
    number = lambda key: int(stored.get(key, "0") or 0)  # noqa: E731
    return StoryOutcome(folder.name, "unchanged", number("checker sources"), number("checker conflicts"),
                        number("checker variances"), stored.get("checker first conflict", "").strip("-"),
                        f"{folder.name}.xlsx")


def run_batch(root: Path, out: Path, rules: list[Path] | None = None, scheduler: str | None = None,
              progress: Callable[[int, int], None] | None = None, workers: int | None = None) -> list[StoryOutcome]:
    """Check every story under ROOT into OUT/<story>.xlsx and write OUT/index.xlsx; the outcomes, in story order."""
    root, out = Path(root), Path(out)
    if not root.is_dir():
        raise InputError("the batch root is not a folder; give a folder holding one folder per story", root)
    if not out.is_dir():
        raise InputError(f"the folder {out} does not exist; create it or choose another --out", out)
    rule_paths = tuple(str(p) for p in rules) if rules else ()
    digest_of_rules = rules_digest([Path(p) for p in rule_paths] or [STOCK_RULES])
    stories = find_stories(root)
    outcomes: dict[str, StoryOutcome] = {}
    todo = []
    for folder in stories:
        digest = content_hash(folder, digest_of_rules)
        same = _unchanged(folder, out, digest)
        if same:
            outcomes[folder.name] = same
        else:
            todo.append((folder, rule_paths, out, digest))
    done = len(outcomes)
    runner = _on_cluster(todo, scheduler) if scheduler else _locally(todo, workers)
    for outcome in runner:
        outcomes[outcome.story] = outcome
        done += 1
        if progress:
            progress(done, len(stories))
    ordered = [outcomes[f.name] for f in stories]
    write_index(ordered, out)
    return ordered


def _locally(todo: list[tuple], workers: int | None) -> Iterator[StoryOutcome]:
    big = [job for job in todo if _text_count(job[0]) >= PARALLEL_FROM]
    small = [job for job in todo if job not in big]
    for folder, rule_paths, out, digest in big:
        yield _write(folder, *_checked(folder, rule_paths, workers=None), out, digest)
    yield from map_jobs(_check_and_write_at, (small,), len(small), cores() if workers is None else workers)


def _check_and_write_at(shared: tuple, index: int) -> StoryOutcome:
    return _check_and_write(shared[0][index])


def _on_cluster(todo: list[tuple], scheduler: str) -> Iterator[StoryOutcome]:
    try:
        from dask.distributed import Client, as_completed
    except ImportError:
        raise InputError("--scheduler needs Dask; install the extra: pip install -e '.[cluster]'", scheduler) from None
    try:
        client = Client(scheduler, timeout=CONNECT_TIMEOUT)
    except (OSError, TimeoutError) as error:
        raise InputError(f"cannot reach the Dask scheduler ({error}); is `dask scheduler` running there?",
                         scheduler) from None
    with client:
        jobs = {client.submit(check_story, str(job[0]), job[1], key=f"story-{i}-{job[0].name}"): job
                for i, job in enumerate(todo)}
        for future in as_completed(jobs):
            folder, _, out, digest = jobs[future]
            try:
                result, reason = future.result()
            except Exception as error:  # a worker lost or a task failed: this story only
                result, reason = None, f"the cluster failed on this story ({type(error).__name__}: {error})"
            yield _write(folder, result, reason, out, digest)


def _text_count(folder: Path) -> int:
    return sum(1 for p in folder.iterdir() if p.is_file() and not p.name.endswith((".yaml", ".yml")))


def write_index(outcomes: list[StoryOutcome], out: Path) -> None:
    from checker.report import WRITER, Sheet, render

    header = ["story", "status", "sources", "conflicts", "variances", "first conflict", "workbook", "reason"]
    rows = [[o.story, o.status, o.sources, o.conflicts, o.variances, o.first_conflict, o.workbook, o.reason]
            for o in outcomes]
    sheet = Sheet("Stories", header, rows, widths={"first conflict": 80, "reason": 80})
    for r, o in enumerate(outcomes):
        sheet.paint(r, 3, "conflict" if o.conflicts else "agree")
        if o.status == "failed":
            sheet.paint(r, 1, "conflict")
        if o.workbook:
            sheet.links[(r, 6)] = o.workbook
    temporary = out / ".index.tmp.xlsx"
    render([sheet], temporary, WRITER)
    os.replace(temporary, out / "index.xlsx")


def outcomes_json(outcomes: list[StoryOutcome]) -> str:
    return json.dumps([asdict(o) for o in outcomes], ensure_ascii=False, indent=2)
