"""Editors' YAML files that would cost unbounded time or memory get one clear error, exit code 2."""
import pytest
from typer.testing import CliRunner

from checker.cli import app

RULE = """rules:
  - id: deaths
    kind: count
    label: Death toll
    cues: [{cues}]
    examples:
      - text: "The blast killed 12 people."
        reads: "12"
"""


def alias_bomb() -> str:
    lines = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
    for i in range(1, 9):
        prev, name = chr(ord("a") + i - 1), chr(ord("a") + i)
        lines.append(f"{name}: &{name} [" + ",".join([f"*{prev}"] * 9) + "]")
    return "\n".join(lines) + "\nrules: *i\n"


CASES = [
    ("alias bomb", alias_bomb(), "aliases (*name); at most 50 are read: write the values out"),
    ("deep nesting", "rules: " + "[" * 50_000 + "]" * 50_000 + "\n", "nested too deep to read; flatten it"),
    ("huge file", "# padding\n" * 500_000 + RULE.format(cues="killed"), "MB; such files are at most 4 MB"),
    ("100,000 cues", RULE.format(cues=", ".join(f"cue{i}" for i in range(100_000))), "at most 2000 items"),
]


@pytest.mark.parametrize("content, message", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_a_hostile_rule_file_gets_one_error_and_exit_2(tmp_path, content, message):
    path = tmp_path / "bad.yaml"
    path.write_text(content, encoding="utf-8")
    result = CliRunner().invoke(app, ["rules", str(path)])
    assert result.exit_code == 2
    assert message in result.output
    assert result.output.count("error:") == 1 and str(path) in result.output
    assert "Traceback" not in result.output
