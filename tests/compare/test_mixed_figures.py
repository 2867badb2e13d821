"""A source that gives one claim three figures or more that cannot all be right is telling several facts the claim
could not keep apart: its own figures make no conflict; the sources' spans are still compared (our figures)."""
import pandas as pd
import pytest

from checker.compare.findings import judge


def _rows(figures: dict[str, list[float]]) -> pd.DataFrame:
    rows = [(source, value) for source, values in figures.items() for value in values]
    return pd.DataFrame({"source": [s for s, _ in rows], "text": [f"{v:g}" for _, v in rows],
                         "value": [f"{v:g}" for _, v in rows], "low": [v for _, v in rows],
                         "high": [v for _, v in rows], "low_inclusive": True, "high_inclusive": True,
                         "qualifier": None, "unit": None})


@pytest.mark.parametrize("figures, status, note", [
    # two figures in one source: a toll that changed, or a clash; still a conflict
    ({"wire": [120, 126], "paper": [126]}, "conflict", "wire gives figures that cannot all be right"),
    # three: a mix of facts (the toll, the airport's toll, an earlier quake's); the spans overlap
    ({"wire": [203, 5, 276], "paper": [203]}, "variance", "wire gives 3 figures or more"),
    # ... but spans that cannot meet are a conflict all the same
    ({"wire": [203, 5, 276], "paper": [410]}, "conflict", "wire gives 3 figures or more"),
])
def test_a_source_mixing_facts_makes_no_conflict_of_its_own(figures, status, note):
    got, _, why = judge(_rows(figures), "count", 0.0)
    assert got == status and note in why
