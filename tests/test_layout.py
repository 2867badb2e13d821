"""The package's shape: stages in folders, imports running one way, no circles.

Read from the source with ast, so a bad import fails here even when nothing runs it.
The stages, lowest first: a module may import from its own stage or a lower one.
"""
from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "checker"

# Lowest first. Top-level modules sit where they are used: errors and yamlfile under everything,
# the pipeline above compare (it runs the stages), the report above the pipeline (it takes its Result),
# a batch above the report (it writes a workbook per story).
RANKS = {"errors": 0, "yamlfile": 1, "reading": 2, "sources": 3, "claims": 4, "compare": 5, "pipeline": 6,
         "report": 7, "batch": 8, "cli": 9, "__init__": 9}
STAGES = ("sources", "reading", "claims", "compare", "report", "batch")
MAX_LOOSE_MODULES = 6
MAX_MODULE_LINES = 400
MAX_READER_FUNCTION_LINES = 80


def module_name(path: Path) -> str:
    parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def is_package(module: str) -> bool:
    return (PACKAGE.parent / module.replace(".", "/")).is_dir()


def area(module: str) -> str:
    """The stage folder or top-level module a module belongs to: checker.claims.kinds.count -> claims."""
    parts = module.split(".")
    return parts[1] if len(parts) > 1 else "__init__"


def imports(path: Path, module: str) -> list[tuple[int, str, list[str]]]:
    """Every import in the file of `module` (also inside functions): (line, absolute module, names)."""
    package = module if path.name == "__init__.py" else module.rsplit(".", 1)[0]
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")[: len(package.split(".")) - node.level + 1]
                target = ".".join(base + ([node.module] if node.module else []))
            else:
                target = node.module or ""
            found.append((node.lineno, target, [a.name for a in node.names]))
        elif isinstance(node, ast.Import):
            found.extend((node.lineno, a.name, []) for a in node.names)
    return [(line, target, names) for line, target, names in found if target.split(".")[0] == "checker"]


def public_names(package: str) -> set[str]:
    init = PACKAGE.parent / package.replace(".", "/") / "__init__.py"
    for node in ast.parse(init.read_text(encoding="utf-8")).body:
        if isinstance(node, ast.Assign) and any(getattr(t, "id", None) == "__all__" for t in node.targets):
            return set(ast.literal_eval(node.value))
    return set()


def edges(path: Path, module: str) -> set[str]:
    """The modules a module needs loaded: `from pkg import submodule` points at the submodule."""
    out = set()
    for _, target, names in imports(path, module):
        subs = [f"{target}.{n}" for n in names if is_package(target) and (
            (PACKAGE.parent / f"{target}.{n}".replace(".", "/")).with_suffix(".py").exists()
            or is_package(f"{target}.{n}"))]
        out.update(subs or [target])
    return out


MODULES = {module_name(p): p for p in sorted(PACKAGE.rglob("*.py"))}


def import_problems(modules: dict[str, Path]) -> list[str]:
    problems = []
    for module, path in modules.items():
        mine = area(module)
        for line, target, names in imports(path, module):
            theirs = area(target)
            where = f"{path.relative_to(PACKAGE.parent) if path.is_relative_to(PACKAGE) else module}:{line}"
            if RANKS[theirs] > RANKS[mine]:
                problems.append(f"{where}: {mine} imports {target}, a stage above its own")
            elif theirs != mine and theirs in STAGES:
                if not is_package(target):
                    problems.append(f"{where}: import from the package {'.'.join(target.split('.')[:2])}, "
                                    f"not its private module {target}")
                elif set(names) - public_names(target):
                    problems.append(f"{where}: {sorted(set(names) - public_names(target))} not in "
                                    f"{target}.__all__")
    return problems


def cycles(modules: dict[str, Path]) -> list[list[str]]:
    graph = {m: {t for t in edges(p, m) if t in modules and t != m} for m, p in modules.items()}
    found, state = [], {}

    def visit(node: str, trail: list[str]) -> None:
        state[node] = "open"
        for nxt in sorted(graph[node]):
            if state.get(nxt) == "open":
                found.append(trail[trail.index(nxt):] + [nxt])
            elif nxt not in state:
                visit(nxt, trail + [nxt])
        state[node] = "done"

    for m in sorted(graph):
        if m not in state:
            visit(m, [m])
    return found


def test_imports_run_down_the_stages_and_across_only_through_public_names():
    assert import_problems(MODULES) == []


def test_no_modules_import_each_other_in_a_circle():
    assert cycles(MODULES) == []


def test_the_check_catches_an_import_that_runs_back_up(tmp_path):
    # A reader that imported the report would be a stage reaching up: the check must say so.
    bad = PACKAGE / "reading" / "text.py"
    source = bad.read_text(encoding="utf-8") + "\nfrom checker.report import write_report\n"
    copy = tmp_path / "text.py"
    copy.write_text(source, encoding="utf-8")
    problems = import_problems({**MODULES, "checker.reading.text": copy})
    assert any("reading imports checker.report, a stage above its own" in p for p in problems), problems


def test_the_folder_shows_the_stages():
    loose = sorted(p.name for p in PACKAGE.glob("*.py"))
    assert len(loose) <= MAX_LOOSE_MODULES, loose
    assert all((PACKAGE / stage / "__init__.py").exists() for stage in STAGES)


@pytest.mark.parametrize("path", sorted(PACKAGE.rglob("*.py")), ids=lambda p: str(p.relative_to(PACKAGE)))
def test_modules_stay_short(path):
    assert len(path.read_text(encoding="utf-8").splitlines()) <= MAX_MODULE_LINES


def test_reader_functions_stay_short():
    long = []
    for path in (PACKAGE / "reading").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
                length = node.end_lineno - node.lineno + 1
                if length > MAX_READER_FUNCTION_LINES:
                    long.append(f"{path.relative_to(PACKAGE)}:{node.lineno} {node.name} ({length} lines)")
    assert long == []
