"""The command line: a thin layer over checker.check() and the report."""
from __future__ import annotations

import json
import sys
from enum import Enum
from pathlib import Path
from typing import List, Optional

import typer

from .errors import InputError

PROJECT = Path(__file__).resolve().parent.parent
app = typer.Typer(add_completion=False, no_args_is_help=False,
                  help="Show, claim by claim, where the sources of one news story disagree.")
STATE = {"debug": False}


class FailOn(str, Enum):
    conflict = "conflict"
    variance = "variance"
    never = "never"


def _default_sources() -> Path:
    here = Path("seeds")
    return here if here.is_dir() else PROJECT / "seeds"


def _default_out(sources: list[Path]) -> Path:
    reports = Path("reports") if Path("reports").is_dir() or Path("seeds").is_dir() else PROJECT / "reports"
    reports.mkdir(exist_ok=True)  # our own output folder; a user's --out folder is never created
    first = sources[0].resolve()
    name = first.name if first.is_dir() else first.stem
    return reports / f"{name or 'report'}.xlsx"


def _fail(error: InputError) -> None:
    if STATE["debug"]:
        raise error
    typer.echo(f"error: {error}", err=True)
    raise typer.Exit(2)


def _print_table(findings) -> None:
    if findings.empty:
        typer.echo("No claims found in these sources.")
        return
    width = {"status": 9, "claim": 18, "event": 22}
    typer.echo(f"{'status':<9} {'claim':<18} {'event':<22} values")
    for f in findings.itertuples():
        values = " · ".join(f"{s}: {v}" for s, v in f.values.items())
        if len(values) > 110:
            values = values[:107] + "..."
        typer.echo(f"{f.status:<{width['status']}} {f.claim[:18]:<18} {str(f.event)[:22]:<22} {values}")


@app.callback(invoke_without_command=True)
def main_callback(ctx: typer.Context,
                  debug: bool = typer.Option(False, "--debug", help="Show tracebacks for errors.")) -> None:
    """Run with no command to check the sample story in seeds/ and write reports/seeds.xlsx."""
    STATE["debug"] = debug
    if ctx.invoked_subcommand is None:
        check(sources=None, rules=None, out=None, fail_on=FailOn.never, json_out=None)


@app.command()
def check(sources: Optional[List[Path]] = typer.Argument(None, help="Source files or folders (default: seeds/)."),
          rules: Optional[List[Path]] = typer.Option(None, "--rules", "-r", help="Rule file or folder; repeatable (default: the stock rules)."),
          out: Optional[Path] = typer.Option(None, "--out", "-o", help="Workbook to write (default: reports/<folder>.xlsx)."),
          fail_on: FailOn = typer.Option(FailOn.never, "--fail-on", help="Exit 1 when a finding of this status (or worse) is found."),
          json_out: Optional[str] = typer.Option(None, "--json", help="Also write findings and mentions as JSON to FILE, or - for standard output.")) -> None:
    """Check the sources of one story and write the workbook."""
    from .pipeline import check as run_check
    from .report import write_report

    sources = list(sources or [_default_sources()])
    try:
        result = run_check(sources, rules=rules or None,
                           on_problem=lambda p: typer.echo(f"skipped {p}", err=True))
        target = out or _default_out(sources)
        written = write_report(result, target)
    except InputError as error:
        _fail(error)
        return
    if json_out:
        _write_json(result, json_out)
    typer.echo(f"Report: {written}")
    _print_table(result.findings)
    statuses = set(result.findings["status"]) if not result.findings.empty else set()
    if fail_on == FailOn.conflict and "conflict" in statuses or \
            fail_on == FailOn.variance and statuses & {"conflict", "variance"}:
        raise typer.Exit(1)


def _write_json(result, target: str) -> None:
    payload = {
        "findings": json.loads(result.findings.to_json(orient="records")),
        "mentions": json.loads(result.mentions.to_json(orient="records")),
    }
    text = json.dumps(payload, ensure_ascii=False, indent=2)
    if target == "-":
        sys.stdout.write(text + "\n")
    else:
        Path(target).write_text(text, encoding="utf-8")


@app.command("rules")
def list_rules(paths: Optional[List[Path]] = typer.Argument(None, help="Rule files or folders (default: the stock rules).")) -> None:
    """List the claim types loaded and validate the rule files."""
    from .rules import load_rules

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
    """Print every quantity read in TEXT with its interval and why."""
    import dataclasses

    from .quantities import read_quantities

    readings = read_quantities(text)
    if as_json:
        typer.echo(json.dumps([dataclasses.asdict(q) for q in readings], ensure_ascii=False, indent=2))
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
