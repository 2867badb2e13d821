"""Rule files: valid stock rules, and one clear error for each kind of mistake."""
from pathlib import Path
from textwrap import dedent

import pytest

from checker.errors import InputError
from checker.claims.rules import KINDS, load_rule_file, load_rules, phrase_pattern

GOOD_RULE = """\
rules:
  - id: deaths
    kind: count
    label: Death toll
    cues: [killed]
    units: [people]
    examples:
      - text: "Five people were killed."
        reads: "Five"
"""


def write(tmp_path: Path, text: str, name: str = "rule.yaml") -> Path:
    path = tmp_path / name
    path.write_text(dedent(text), encoding="utf-8")
    return path


def test_stock_rules_load_and_cover_the_required_claims():
    ids = {rule.id for rule in load_rules()}
    assert {"deaths", "injured", "troops", "ceasefire_broker", "event_date", "duration"} <= ids
    assert {"missing", "rescued", "arrested", "displaced", "homes_destroyed", "crowd_size", "damage_cost", "aid_pledged", "penalty",
            "magnitude"} <= ids


def test_every_stock_rule_carries_examples():
    for rule in load_rules():
        assert rule.spec.examples, rule.id


BAD_FILES = [
    ("not yaml", "rules:\n  - id: x\n    kind: [count\n", 4, "not valid YAML"),
    ("unknown kind", GOOD_RULE.replace("kind: count", "kind: tally"), 3,
     "unknown kind 'tally'; allowed kinds: count, entity, date, duration"),
    ("unknown key", GOOD_RULE.replace("    label: Death toll\n", "    label: Death toll\n    colour: red\n"), 5,
     "unknown key 'colour'; allowed keys: id, kind, label"),
    ("missing cues", GOOD_RULE.replace("    cues: [killed]\n", ""), 2, "missing 'cues'"),
    ("missing examples", GOOD_RULE.split("    examples:")[0], 2, "missing 'examples'"),
    ("empty cue", GOOD_RULE.replace("[killed]", "[killed, '']"), 5, "an empty phrase"),
    ("top level list", "- id: deaths\n", 1, "a rule file must be a mapping"),
    ("entity without table", GOOD_RULE.replace("kind: count", "kind: entity"), 2, "needs 'entities'"),
    ("bad tolerance", GOOD_RULE.replace("    units: [people]\n", "    units: [people]\n    tolerance: 3\n"), 7,
     "tolerance"),
]


@pytest.mark.parametrize("case, text, line, message", BAD_FILES, ids=[c[0] for c in BAD_FILES])
def test_bad_rule_file_names_file_line_and_problem(tmp_path, case, text, line, message):
    path = write(tmp_path, text)
    with pytest.raises(InputError) as caught:
        load_rule_file(path)
    error = caught.value
    assert error.path == str(path)
    assert error.line == line
    assert message in error.message
    assert str(error).startswith(f"{path}:{line}: ")


def test_unknown_kind_lists_every_allowed_kind(tmp_path):
    path = write(tmp_path, GOOD_RULE.replace("kind: count", "kind: tally"))
    with pytest.raises(InputError) as caught:
        load_rule_file(path)
    for kind in KINDS:
        assert kind in caught.value.message


def test_duplicate_claim_id_across_files(tmp_path):
    write(tmp_path, GOOD_RULE, "a.yaml")
    write(tmp_path, GOOD_RULE, "b.yaml")
    with pytest.raises(InputError, match="defined twice"):
        load_rules([tmp_path])


def test_yaml_is_loaded_safely(tmp_path):
    path = write(tmp_path, "rules: !!python/object/apply:os.system ['echo hacked']\n")
    with pytest.raises(InputError, match="not valid YAML"):
        load_rule_file(path)


@pytest.mark.parametrize("phrases, text, found", [
    (["killed"], "Ten were killed.", ["killed"]),
    (["death toll", "death"], "The death toll rose.", ["death toll"]),
    (["injur*"], "Many were injured and injuries mounted.", ["injured", "injuries"]),
    (["killed"], "The unkilled", []),
    (["a.b (c)"], "text a.b (c) more", ["a.b (c)"]),  # regex characters in a cue are literal
])
def test_cue_phrases_are_literal_words(phrases, text, found):
    assert [m.group() for m in phrase_pattern(phrases).finditer(text)] == found
