"""A step that fails on one text costs only its own part of the report: the other rules' claims in that text,
and the other texts, are still checked, and the failure is reported with the file."""
import pytest

import checker
from checker.claims import extract
from checker.claims.kinds import READERS

TEXT = "Date: 2024-05-04\n\nThe ferry sank on Friday, killing 12 people, and 30 were injured, officials said.\n"


@pytest.fixture
def story(tmp_path):
    for name in ("wire", "paper"):
        (tmp_path / f"{name}.txt").write_text(TEXT, encoding="utf-8")
    return tmp_path


def _broken(*args):
    raise ValueError("a reader bug")


def test_a_rule_reader_that_fails_costs_only_its_rules(story, monkeypatch):
    monkeypatch.setitem(READERS, "date", _broken)
    problems = []
    result = checker.check(story, on_problem=problems.append, workers=1)
    assert {"deaths", "injured"} <= set(result.mentions["claim"])           # the count rules still read
    assert "event_date" not in set(result.mentions["claim"])
    assert problems and all(p.path.endswith(("wire.txt", "paper.txt")) for p in problems)
    assert "the checker failed on the rule 'event_date' in this text (ValueError: a reader bug)" in str(problems[0])


def test_a_failing_quotation_reader_costs_only_the_quotations(story, monkeypatch):
    monkeypatch.setattr(extract, "find_quotes", _broken)
    problems = []
    result = checker.check(story, on_problem=problems.append, workers=1)
    assert result.status_of("deaths", result.findings.set_index("claim").loc["deaths", "event"]) == "agree"
    assert len(problems) == 2 and "the quotations" in problems[0].message
