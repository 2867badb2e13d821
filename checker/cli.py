"""The command line: a thin layer over checker.check() and the report."""
from __future__ import annotations

import json
import sys
from enum import Enum
from pathlib import Path
from typing import List, Optional

import typer

from checker.errors import InputError

PROJECT = Path(__file__).resolve().parent.parent
app = typer.Typer(add_completion=False, no_args_is_help=False,
                  help="Show, claim by claim, where the sources of one news story disagree.")
STATE = {"debug": False}


class FailOn(str, Enum):
    contradicted = "contradicted"
    conflict = "conflict"
    variance = "variance"
    never = "never"


FAILING = {"contradicted": {"contradicted"}, "conflict": {"conflict", "contradicted"},
           "variance": {"conflict", "variance", "contradicted", "disputed"}, "never": set()}


def _default_sources() -> Path:
    here = Path("seeds")
    return here if here.is_dir() else PROJECT / "seeds"


def _default_out(sources: list[Path]) -> Path:
    reports = Path("reports") if Path("reports").is_dir() or Path("seeds").is_dir() else PROJECT / "reports"
    reports.mkdir(exist_ok=True)  # our own output folder; a user's --out folder is never created
    first = sources[0].resolve() if str(sources[0]) != "-" else Path("stdin")
    name = first.name if first.is_dir() else first.stem
    return reports / f"{name or 'report'}.xlsx"


def _fail(error: InputError) -> None:
    if STATE["debug"]:
        raise error
    typer.echo(f"error: {error}", err=True)
    raise typer.Exit(2)


def _short(text: str, width: int = 110) -> str:
    return text if len(text) <= width else text[: width - 3] + "..."


def _print_summary(result) -> None:
    if result.draft is not None and not result.draft.empty:
        typer.echo("Draft:")
        for d in result.draft.itertuples():
            against = f"  contradicted by {', '.join(d.contradicted_by)}" if d.contradicted_by else ""
            safe = f"  safe: {d.safe_wording}" if d.verdict in ("contradicted", "disputed") and d.safe_wording else ""
            typer.echo(_short(f"  {d.verdict:<13} {d.claim:<17} {str(d.event)[:14]:<14} {d.draft}{against}{safe}",
                              160))
        typer.echo("")
    if result.flags is not None:
        for flag in result.flags.itertuples():
            typer.echo(_short(f"{flag.flag:<9} source {flag.source}: {flag.reason}"))
    if result.names is not None and not result.names.empty:
        spelt = result.names.loc[result.names["status"] != "agree", "suggestion"].unique()
        if len(spelt):
            typer.echo(_short(f"names spelt more than one way (sheet Names): {', '.join(spelt)}"))
    if result.quotes is not None and not result.quotes.empty:
        worded = result.quotes.loc[result.quotes["status"] != "agree", "group"].nunique()
        if worded:
            typer.echo(f"quotes worded differently across sources (sheet Quotes): {worded}")
    if result.findings.empty:
        typer.echo("No claims found in these sources.")
        return
    typer.echo(f"{'status':<14} {'claim':<22} {'event':<14} values")
    for f in result.findings.itertuples():
        values = " · ".join(f"{s}: {v}" for s, v in f.values.items())
        # a claim no rule names reads better by its label ("auto: coach derailed") than by its id
        name = f.label if f.claim.startswith(("auto:", "aligned:")) else f.claim
        typer.echo(_short(f"{f.status:<14} {name[:22]:<22} {str(f.event)[:14]:<14} {values}"))


@app.callback(invoke_without_command=True)
def main_callback(ctx: typer.Context,
                  debug: bool = typer.Option(False, "--debug", help="Show tracebacks for errors.")) -> None:
    """Run with no command to check the sample story in seeds/ and write reports/seeds.xlsx."""
    STATE["debug"] = debug
    if ctx.invoked_subcommand is None:
        check(sources=None, rules=None, out=None, draft=None, fail_on=FailOn.never, json_out=None, max_source_mb=32.0)


def _tell_problem(problem) -> None:
    """A source that could not be read is "not checked"; a check that failed on the sources is a warning."""
    typer.echo(f"{'not checked' if problem.path else 'warning'}: {problem}", err=True)


@app.command()
def check(sources: Optional[List[Path]] = typer.Argument(None, help="Source files or folders, or - for standard input (default: seeds/)."),
          rules: Optional[List[Path]] = typer.Option(None, "--rules", "-r", help="Rule file or folder; repeatable (default: the stock rules)."),
          out: Optional[Path] = typer.Option(None, "--out", "-o", help="Workbook to write (default: reports/<folder>.xlsx). Reviewer notes in an existing one are carried over."),
          draft: Optional[Path] = typer.Option(None, "--draft", "-d", help="The desk's draft: every claim in it gets a verdict against the sources."),
          fail_on: FailOn = typer.Option(FailOn.never, "--fail-on", help="Exit 1 when a finding of this status (or worse) is found."),
          json_out: Optional[str] = typer.Option(None, "--json", help="Also write findings and mentions as JSON to FILE, or - for standard output."),
          max_source_mb: float = typer.Option(32.0, "--max-source-mb", min=0.001, help="Text checked per source, in MB; a longer one is checked up to it, with a note in 'Not checked'.")) -> None:
    """Check the sources of one story and write the workbook."""
    from checker.pipeline import check as run_check
    from checker.report import write_report

    sources = list(sources or [_default_sources()])
    say = (lambda text: typer.echo(text, err=True)) if json_out == "-" else typer.echo
    try:
        with _progress() as advance:
            result = run_check(sources, rules=rules or None, draft=draft, progress=advance,
                               on_problem=_tell_problem,
                               limits=_limits(max_source_mb))
        written = write_report(result, out or _default_out(sources))
    except InputError as error:
        _fail(error)
        return
    if json_out:
        _write_json(result, json_out)
    say(f"Report: {written.path}")
    if written.backup:
        say(f"Earlier report kept as {written.backup}; {written.carried} reviewer notes carried over.")
    for note in written.lost:
        say(f"reviewer note kept in sheet 'Earlier notes' (its finding is gone): [{note.sheet}] {note.where}: "
            f"{note.status} {note.note}".rstrip())
    if json_out != "-":
        _print_summary(result)
    found = set(result.findings["status"]) if not result.findings.empty else set()
    if result.draft is not None:
        found |= set(result.draft["verdict"])
    if found & FAILING[fail_on.value]:
        raise typer.Exit(1)


@app.command()
def batch(root: Path = typer.Argument(..., help="A folder holding one folder per story."),
          out: Path = typer.Option(..., "--out", "-o", help="Folder for <story>.xlsx and index.xlsx (must exist)."),
          rules: Optional[List[Path]] = typer.Option(None, "--rules", "-r", help="Rule file or folder; repeatable (default: the stock rules)."),
          scheduler: Optional[str] = typer.Option(None, "--scheduler", help="A Dask scheduler's address (tcp://HOST:PORT): the stories run on its cluster."),
          json_out: Optional[str] = typer.Option(None, "--json", help="Also write the index as JSON to FILE, or - for standard output.")) -> None:
    """Check many stories: a workbook per story and an index; unchanged stories are not redone."""
    from checker.batch import outcomes_json, run_batch

    try:
        with _progress("Checking stories") as advance:
            outcomes = run_batch(root, out, rules=rules or None, scheduler=scheduler, progress=advance)
    except InputError as error:
        _fail(error)
        return
    say = (lambda text: typer.echo(text, err=True)) if json_out == "-" else typer.echo
    if json_out == "-":
        sys.stdout.write(outcomes_json(outcomes) + "\n")
    elif json_out:
        try:
            Path(json_out).write_text(outcomes_json(outcomes), encoding="utf-8")
        except OSError as exc:
            _fail(InputError(f"cannot write the JSON ({exc.strerror})", json_out))
    counts = {status: sum(o.status == status for o in outcomes) for status in ("checked", "unchanged", "failed")}
    say(f"Index: {Path(out) / 'index.xlsx'}  ({len(outcomes)} stories: {counts['checked']} checked, "
        f"{counts['unchanged']} unchanged, {counts['failed']} failed)")
    for o in outcomes:
        if o.status == "failed":
            say(_short(f"failed  {o.story}: {o.reason}"))


def _limits(max_source_mb: float):
    from checker.sources import Limits

    return Limits(source_mb=max_source_mb, html_mb=max(max_source_mb, Limits().html_mb))


class _progress:
    """A progress bar when a person watches a terminal; silent otherwise."""

    def __init__(self, label: str = "Reading sources"):
        self.label = label

    def __enter__(self):
        self.bar = None
        if sys.stderr.isatty():
            from rich.progress import Progress

            self.bar = Progress(transient=True)
            self.bar.start()
            self.task = None
        return self.advance

    def advance(self, done: int, total: int) -> None:
        if self.bar is None:
            return
        if self.task is None:
            self.task = self.bar.add_task(self.label, total=total)
        self.bar.update(self.task, completed=done)

    def __exit__(self, *exc) -> None:
        if self.bar is not None:
            self.bar.stop()


def _write_json(result, target: str) -> None:
    payload = {
        "findings": json.loads(result.findings.to_json(orient="records")),
        "draft": json.loads(result.draft.to_json(orient="records")) if result.draft is not None else None,
        "flags": json.loads(result.flags.to_json(orient="records")) if result.flags is not None else [],
        "mentions": json.loads(result.mentions.to_json(orient="records")),
    }
    text = json.dumps(payload, ensure_ascii=False, indent=2)
    if target == "-":
        sys.stdout.write(text + "\n")
    else:
        try:
            Path(target).write_text(text, encoding="utf-8")
        except OSError as exc:
            _fail(InputError(f"cannot write the JSON ({exc.strerror})", target))


@app.command("rules")
def list_rules(paths: Optional[List[Path]] = typer.Argument(None, help="Rule files or folders (default: the stock rules).")) -> None:
    """List the claim types loaded and validate the rule files."""
    from checker.claims import load_rules

    try:
        loaded = load_rules(list(paths) if paths else None)
    except InputError as error:
        _fail(error)
        return
    typer.echo(f"{'claim':<18} {'kind':<9} {'examples':>8}  label")
    for rule in loaded:
        typer.echo(f"{rule.id:<18} {rule.kind:<9} {len(rule.spec.examples):>8}  {rule.label}  ({Path(rule.path).name}:{rule.line})")
    typer.echo(f"{len(loaded)} claim types, all valid.")


@app.command()
def explain(text: str = typer.Argument(..., help="A sentence to read."),
            as_json: bool = typer.Option(False, "--json", help="Print the readings as a JSON list.")) -> None:
    """Print every quantity read in TEXT with its interval and why.

    Qualifiers are read as a careful editor would: "nearly 2,000" is 1,800 up to (not including) 2,000 and "about 500" is 450 to 550, a tenth of the figure (the `widths` in checker/data/vague.yaml), though set against another source's figure an "about" is as precise as its last written digit ("about 3,300" is 3,250 up to 3,400, so it conflicts with "roughly 3,600"); "more than 6,500" is above 6,500 and at most one rounding step more (6,600), since a writer who rounds to the hundred vouches for no more.
    """  # noqa: E501
    import dataclasses

    from checker.reading import read_quantities

    readings = read_quantities(text)
    if as_json:
        typer.echo(json.dumps([{**dataclasses.asdict(q), "can_count": q.can_count} for q in readings],
                              ensure_ascii=False, indent=2))
        return
    if not readings:
        typer.echo("No quantity read.")
    for q in readings:
        low = "(" if not q.low_inclusive else "["
        high = ")" if not q.high_inclusive else "]"
        unit = f" {q.unit}" if q.unit else ""
        typer.echo(f"“{q.text}” [{q.start}:{q.end}] -> {low}{q.low:g}, {q.high:g}{high}{unit}  ({q.kind}; {q.why})")


def main() -> None:
    app()


if __name__ == "__main__":
    main()
