"""The year a thing was made, told two ways (our own sentences): each source a file of its own."""
import pytest

CASES = [
    # one refinery, built in one year by one source and opened in another by a second
    ({"a": "The refinery, built in 1961, burned for days.", "b": "The Tarsa refinery was commissioned in 1961.",
      "c": "The refinery, opened in 1963, is the country's largest."},
     "made:refinery", {"a": "1961", "b": "1961", "c": "1963"}),
    # a firm is one thing however a source calls it, and may be founded actively or passively
    ({"a": "Ray Holt founded the company in 1968.", "b": "The business was established in 1968 in Perth.",
      "c": "Holt, who set up the business in 1971, was named in the report."},
     "made:company", {"a": "1968", "b": "1968", "c": "1971"}),
    ({"a": "The rail concerned was installed in 1995.", "b": "Investigators said the rail, laid in 1997, had cracked."},
     "made:rail", {"a": "1995", "b": "1997"}),
    # told alike: nothing to show
    ({"a": "The bridge, built in 1967, collapsed.", "b": "The bridge was built in 1967 by a state firm."}, None, None),
    # one source giving a thing two years tells of two (built, then rebuilt): no claim
    ({"a": "The stadium, built in 1930, was rebuilt. The new stadium was opened in 2004.",
      "b": "The stadium, built in 1930, holds 40,000."}, None, None),
    # a pronoun is no thing
    ({"a": "It was built in 1961 by the state.", "b": "It was built in 1963 by the state."}, None, None),
]


@pytest.mark.parametrize("texts, claim, years", CASES)
def test_the_year_a_thing_was_made_told_two_ways_is_a_conflict(checked, sole_conflict, texts, claim, years):
    mentions = sole_conflict(checked(texts, "2001-01-28"), "made:", claim)
    if mentions is not None:
        assert dict(zip(mentions["source"], mentions["value"])) == years


def test_the_drafts_year_not_the_sources_is_contradicted(draft_frame):
    sources = {"a": "Date: 2001-01-28\n\nThe refinery, built in 1961, burned.\n",
               "b": "Date: 2001-01-28\n\nThe refinery was built in 1961.\n"}
    rows = draft_frame(sources, "The refinery, built in 1963, burned for days.")
    rows = rows[rows["claim"] == "made:refinery"]
    assert list(rows["verdict"]) == ["contradicted"] and "1961" in rows["sources_say"].iloc[0]
