"""What two days or times in the same place of aligned sentences are compared as (our phrases)."""
import datetime

import pytest

from checker.claims.aligned_moments import moment_values
from checker.reading import read_dates, read_times

REFERENCE = datetime.date(2024, 5, 4)       # a Saturday


def _reading(phrase: str):
    days = [d for d in read_dates(phrase, REFERENCE) if d.low is not None and d.low == d.high]
    return days[0] if days else read_times(phrase)[0]


@pytest.mark.parametrize("phrases, values", [
    (("on Saturday", "on Sunday"), ["Saturday", "Sunday"]),
    (("on Saturday", "on May 4"), None),                              # the same weekday
    (("on Friday, May 3", "on Saturday, May 4"), ["2024-05-03", "2024-05-04"]),
    (("on May 11", "on 11 May 1985"), None),                         # the year is the source's own guess
    (("on May 3", "on 4 May 1985"), ["2024-05-03", "1985-05-04"]),
    (("at 4:10 p.m.", "at 5:10 p.m."), ["16:10 local time", "17:10 local time"]),
    (("at 16:10 GMT", "at 17:10 GMT"), ["16:10 UTC", "17:10 UTC"]),
    (("at about 4 p.m.", "at 4:10 p.m."), None),                     # one moment, told loosely
    (("at 4:10 p.m. EDT", "at 20:10 GMT"), None),                     # one moment in two zones
    (("at 4:10 p.m. EDT", "at 4:10 p.m."), None),                     # a zone and none: not comparable
    (("on Saturday", "at 4:10 p.m."), None),
])
def test_moment_values(phrases, values):
    assert moment_values([_reading(p) for p in phrases]) == values
