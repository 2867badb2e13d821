"""'nearly' and 'about' reach a tenth from the figure: close enough to agree, never a whole rounding step; set
against another figure, an 'about' is as precise as its last written digit, a 'nearly' as close."""
import pytest

import checker

CASES = [
    ("Nearly 2,000 people were killed in the floods.", "The floods killed 1,100 people.", "conflict"),
    ("Nearly 300 people were killed in the clashes.", "The clashes killed 286 people.", "variance"),
    ("About 500 people were killed in the fire.", "The fire killed 560 people.", "conflict"),
    ("About 500 people were killed in the fire.", "The fire killed 540 people.", "variance"),
    # two estimates written to the hundred, three hundred apart: two counts, not one rounded two ways
    ("About 3,300 people were killed in the floods.", "Roughly 3,600 people were killed in the floods.", "conflict"),
    ("Some 25 million people were killed in the war.", "The war killed 22.5 million people.", "conflict"),
    ("Around 1.1 million people were killed in the war.", "The war killed 1.25 million people.", "conflict"),
    # a figure cut down to its written digits ("about 370,000" for 377,000), or rounded to them, is one count
    ("About 370,000 people were killed in the war.", "The war killed 377,000 people.", "variance"),
    ("About 3,300 people were killed in the floods.", "The floods killed 3,262 people.", "variance"),
    # a figure in words is as loose as its word: "two dozen" may be 26
    ("About two dozen people were killed in the fire.", "The fire killed 26 people.", "variance"),
    # a figure in words with its scale word is written to the scale, as in figures
    ("Five million people were killed in the war.", "The war killed 4.9 million people.", "variance"),
    ("Two million people were killed in the war.", "The war killed 2.6 million people.", "conflict"),
    # limits set against limits: the limits themselves are compared
    ("Up to two people were killed in the fire.", "Up to one person was killed in the fire.", "conflict"),
    ("Up to 20 people were killed in the fire.", "As many as 20 people were killed in the fire.", "agree"),
    ("Up to 20 people were killed in the fire.", "The fire killed 12 people.", "variance"),
    # set against another figure, a "nearly" is as close as its last written digit, or a twentieth
    ("Nearly 45 people were killed in the fire.", "The fire killed 41 people.", "conflict"),
    ("Nearly 45 people were killed in the fire.", "The fire killed 43 people.", "variance"),
    ("Nearly 12,500 people were killed in the war.", "The war killed 11,400 people.", "conflict"),
    # a bare plural of a scale is any number of them ("millions of users" were 50 million), never fewer than two
    ("Millions of people were killed in the war.", "The war killed 50 million people.", "variance"),
    ("Thousands of people were killed in the war.", "The war killed 40,000 people.", "variance"),
    ("Thousands of people were killed in the war.", "The war killed 900 people.", "conflict"),
    ("Tens of thousands of people were killed in the war.", "The war killed 400,000 people.", "conflict"),
]


@pytest.mark.parametrize("first, second, status", CASES)
def test_deaths_status(tmp_path, first, second, status):
    (tmp_path / "a.txt").write_text(first + "\n", encoding="utf-8")
    (tmp_path / "b.txt").write_text(second + "\n", encoding="utf-8")
    findings = checker.check(tmp_path).findings
    assert findings.loc[findings["claim"] == "deaths", "status"].tolist() == [status]


@pytest.mark.parametrize("missing", [None, float("nan")])
def test_a_rounded_figure_is_read_by_its_rounding_however_the_frame_marks_no_qualifier(missing):
    """A frame built from several parts marks a missing qualifier NaN rather than None; "13 percent"
    still vouches for 12.5 to 13.5, so it fits "12.8 per cent"."""
    import pandas as pd
    from checker.compare.findings import judge
    rows = pd.DataFrame({"source": ["a", "b"], "text": ["13 percent", "12.8 per cent"], "value": ["13", "12.8"],
                         "low": [13.0, 12.8], "high": [13.0, 12.8], "low_inclusive": [True, True],
                         "high_inclusive": [True, True], "qualifier": [missing, missing], "unit": ["%", "%"]})
    assert judge(rows, "count", 0.0)[0] == "variance"


@pytest.mark.parametrize("first, second, status", [
    ("124 hours", "five days", "variance"),     # five whole days and four hours
    ("72 hours", "3 days", "variance"),
    ("five days", "six days", "conflict"),
    ("124 hours", "four days", "conflict"),
])
def test_a_duration_in_whole_days_counts_up_to_the_next_day(first, second, status):
    import pandas as pd
    from checker.compare.findings import judge
    from checker.reading import read_quantities
    (a,), (b,) = read_quantities(first), read_quantities(second)
    rows = pd.DataFrame({"source": ["a", "b"], "text": [a.text, b.text], "value": [a.text, b.text],
                         "low": [a.low, b.low], "high": [a.high, b.high], "low_inclusive": [True, True],
                         "high_inclusive": [True, True], "qualifier": [a.qualifier, b.qualifier],
                         "unit": [a.unit, b.unit]})
    assert judge(rows, "duration", 0.0)[0] == status


@pytest.mark.parametrize("first, second, status", [
    # in a unit compared in another (feet in metres, hours in days), an "about" is as precise as its written digits
    ("The jet was climbing through about 16,000 feet when the door plug blew out.",
     "The jet was climbing through about 14,830 feet when the door plug blew out.", "conflict"),
    ("The jet was climbing through about 16,000 feet when the door plug blew out.",
     "The jet was climbing through 16,300 feet when the door plug blew out.", "variance"),
    ("The jury deliberated for about 45 hours before the verdict.",
     "The jury deliberated for 48 hours before the verdict.", "conflict"),
    # a conversion in brackets was rounded from its figure, not to its own last digit
    ("The town lies about 200 kilometers (125 miles) north of the capital, officials said.",
     "The town lies some 120 miles (190km) north of the capital, officials said.", "variance"),
    # one figure written in two units is two lengths: six nautical miles are some 11 km, not 6
    ("The ship ran aground about six nautical miles from the canal's southern entrance, the operator said.",
     "The ship ran aground some 6 kilometers from the canal's southern entrance, the operator said.", "conflict"),
])
def test_an_about_in_another_unit_is_as_precise_as_written(tmp_path, first, second, status):
    assert _statuses(tmp_path, first, second) == [status]


def _statuses(folder, first: str, second: str) -> list[str]:
    """The findings' statuses for two one-sentence sources, both dated 4 May 2024."""
    for name, text in (("a", first), ("b", second)):
        (folder / f"{name}.txt").write_text("Date: 2024-05-04\n\n" + text + "\n", encoding="utf-8")
    return sorted(set(checker.check(folder).findings["status"]))


@pytest.mark.parametrize("second, status", [
    # one unit is read to a quarter of it: "a month" is not "two weeks", nor "a year" six months
    ("The agency promised a continental response plan within two weeks, its director said.", "conflict"),
    ("The agency promised a continental response plan within 30 days, its director said.", "variance"),
])
def test_a_single_unit_of_time_is_no_stretch_half_as_long(tmp_path, second, status):
    first = "The agency promised a continental response plan within a month, its director said."
    assert _statuses(tmp_path, first, second) == [status]
