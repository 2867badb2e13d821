"""Days no rule takes, read as open dates (our sentences)."""
import datetime as dt

import pytest

from checker.claims.open_figures import span_bounds
from checker.reading.dates import read_dates


@pytest.mark.parametrize("text, bounds", [
    ("The service reported 233 deaths from Friday through Monday afternoon.", ["Friday", "Monday"]),
    ("It received 486 reports between Friday and 3 p.m. Wednesday.", ["Friday", "Wednesday"]),
    ("The fair ran from June 25 to June 28 in the park.", ["June 25", "June 28"]),
    # two days of two events
    ("The river rose on Friday and the bridge closed on Monday.", []),
    ("From Friday, the bridge is closed; on Monday it reopens.", []),
])
def test_the_days_bounding_a_span(text, bounds):
    dates = read_dates(text, dt.date(2024, 5, 4))
    assert sorted(d.text for d in dates if d.start in span_bounds(text, dates)) == sorted(bounds)


def test_the_days_a_count_covers_are_not_the_day_it_was_told(draft_frame):
    sources = {"wire": "Date: 2024-05-01\n\nThe coroners service said on Tuesday that at least 233 deaths were "
                       "reported from Friday through Monday afternoon in the province.\n",
               "paper": "Date: 2024-05-01\n\nThe coroners service reported on Tuesday at least 233 sudden deaths "
                        "in the province, compared with about 130 in a typical four-day period.\n"}
    rows = draft_frame(sources, "A day earlier, the coroners service had reported at least 233 deaths in the "
                                "province from Friday through Monday afternoon.")
    assert not rows.empty
    assert (rows["verdict"] != "contradicted").all(), rows[["draft", "verdict", "sources_say"]].to_string()
