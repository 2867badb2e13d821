"""Every stock rule's examples give the reading they promise (as semgrep keeps examples beside rules).

An editor who adds a rule adds its examples; this test runs them all.
"""
import datetime as dt

import pytest

from checker.claims.document import read_document
from checker.claims.extract import _settle_contests
from checker.claims.kinds import READERS
from checker.claims.rules import load_rules
from checker.sources.load import Source

RULES = load_rules()
CASES = [(rule, example) for rule in RULES for example in rule.spec.examples]


@pytest.mark.parametrize("rule, example", CASES, ids=[f"{r.id}-{i}" for i, (r, _) in enumerate(CASES)])
def test_rule_example(rule, example):
    published = dt.date.fromisoformat(example.date) if example.date else None
    doc = read_document(Source("example", "example.txt", example.text, published))
    # Read with every rule, as a real run does, so that a figure another rule
    # takes more nearly (a toll vs. the troops it counts) is not this rule's.
    everything = [m for r in RULES for m in READERS[r.kind](r, doc)]
    mine = [m for m in _settle_contests(everything) if m.claim == rule.id]
    if example.reads is None:
        assert mine == [], f"{rule.id} should read nothing in {example.text!r}, read {[m.text for m in mine]}"
        return
    assert [m.text for m in mine] == [example.reads]
    reading = mine[0]
    if example.value is not None:
        expected = example.value if isinstance(example.value, str) else f"{example.value:g}"
        assert reading.value == expected
    if example.low is not None:
        assert reading.low == pytest.approx(example.low)
    if example.high is not None:
        assert reading.high == pytest.approx(example.high)
