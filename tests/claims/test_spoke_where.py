"""Where a person spoke, told by two sources in their own sentence shapes, is one claim."""
from pathlib import Path

import pytest

import checker


def _spoke(folder: Path, a: str, b: str) -> dict[str, str]:
    for name, text in (("a", a), ("b", b)):
        (folder / f"{name}.txt").write_text(f"Date: 2024-03-02\n\n{text}\n", encoding="utf-8")
    findings = checker.check(folder).findings
    rows = findings[findings["claim"].str.startswith("spoke_in:")]
    return dict(zip(rows["claim"], rows["status"]))


@pytest.mark.parametrize("a, b, expected", [
    # one briefing, two cities
    ("Airline chief Maria Lindqvist told reporters in Malmo that the cause was unclear.",
     "At a news conference in Lund on Tuesday, Lindqvist said the cause was unclear.",
     {"spoke_in:lindqvist": "conflict"}),
    ("Speaking in Oslo, Maria Lindqvist said the cause was unclear.",
     "Lindqvist told a news conference in Oslo the cause was unclear.", {"spoke_in:lindqvist": "agree"}),
    # a district of the city, told with the city after it
    ("Lindqvist apologised at a press briefing in Gangnam District, southern Seoul, on Sunday.",
     "Lindqvist told reporters in Seoul she was sorry.", {"spoke_in:lindqvist": "agree"}),
    # the country holds the city: no other place
    ("Lindqvist told reporters in Norway she was sorry.", "Lindqvist told reporters in Oslo she was sorry.", {}),
    # a part of a city ("Paris' 20th arrondissement") is not a place to set against another
    ("Lindqvist addressed supporters in Paris' 20th arrondissement.", "Lindqvist addressed supporters in Lyon.", {}),
    # a source that puts her in two places makes no claim of her
    ("Lindqvist told reporters in Malmo on Monday. On Tuesday Lindqvist told reporters in Lund she would stay.",
     "Lindqvist told reporters in Oslo she was sorry.", {}),
    # an ordinary word the story writes in lower case names no speaker: two railway officials, two places
    ("Railway officials told reporters in Delhi that the line had reopened; the railway said so.",
     "A Railway spokesman told a news conference in Balasore that the line had reopened.", {}),
    # a name in what was said is no speaker's: the governor and the mayor both speak of Buffalo
    ('Governor Lena Ortiz, speaking at Bethel Church, said: "Buffalo will heal."',
     'Mayor Tom Brandt said at a briefing at the Avenue firehouse: "Buffalo is strong."', {}),
])
def test_where_a_person_spoke(tmp_path, a, b, expected):
    assert _spoke(tmp_path, a, b) == expected


@pytest.mark.parametrize("draft, verdict", [
    ("Lindqvist told reporters in Lund the cause was unclear.", "contradicted"),
    ("Speaking in Malmo, Lindqvist said the cause was unclear.", "supported"),
])
def test_the_drafts_place_of_a_statement_is_checked_against_one_source(draft_frame, draft, verdict):
    rows = draft_frame({"wire": "Date: 2024-05-04\n\nAirline chief Maria Lindqvist told reporters in Malmo that the "
                                "cause was unclear.\n"}, draft)
    rows = rows[rows["claim"] == "spoke_in:lindqvist"]
    assert list(rows["verdict"]) == [verdict]
