"""Stories nobody configured (no story.yaml): a quake and a protest written as wire copy.

They guard the general reading, not the sample story: tolls that grew, crowds
given in words and figures, rescues, magnitudes, arrests.
"""
from pathlib import Path

import pytest

import checker

STORIES = Path(__file__).parent / "stories"

EXPECTED = [
    ("quake", "deaths", "conflict", {"afp": "Nearly 2,100", "ap": "2,445", "reuters": "more than 2,000"}),
    ("quake", "injured", "conflict", None),
    ("quake", "rescued", "variance", {"ap": "150", "reuters": "more than 100"}),
    ("quake", "missing", "variance", {"afp": "Hundreds", "reuters": "About 500"}),
    ("quake", "magnitude", "agree", None),
    ("protest", "crowd_size", "conflict", {"a": "Tens of thousands / more than 50,000", "b": "Some 20,000"}),
    ("protest", "arrested", "conflict", {"a": "20", "b": "63"}),
    ("protest", "injured", "conflict", {"a": "six", "b": "7"}),
]


@pytest.fixture(scope="module")
def results():
    return {name: checker.check(STORIES / name) for name in ("quake", "protest")}


@pytest.mark.parametrize("story, claim, status, values", EXPECTED, ids=[f"{s}-{c}" for s, c, *_ in EXPECTED])
def test_unconfigured_story(results, story, claim, status, values):
    findings = results[story].findings
    rows = findings[findings["claim"] == claim]
    assert len(rows) == 1, findings[["claim", "event", "status"]]
    assert rows.iloc[0]["status"] == status
    if values is not None:
        assert rows.iloc[0]["values"] == values


def test_aftershocks_are_not_a_toll(results):
    deaths = results["quake"].mentions.query("claim == 'deaths'")
    assert "several" not in set(deaths["text"])


@pytest.mark.parametrize("folder", [STORIES / "eval_election", STORIES / "eval_court", STORIES.parent.parent / "seeds"])
def test_every_check_runs_on_real_copy(folder):
    # a failing check is reported and the others run on: on plain news copy none may fail
    problems = checker.check(folder).problems
    assert not [str(p) for p in problems if "the checker failed on" in str(p)]
