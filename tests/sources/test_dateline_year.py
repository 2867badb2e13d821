"""A wire's dateline without a year is dated in the year of the story's other sources."""
import datetime as dt

from checker.claims.document import story_date
from checker.sources import load_sources


def test_a_dateline_without_a_year_takes_the_story_year(tmp_path):
    (tmp_path / "wire.txt").write_text("Headline\n\nLYON, March 28 (Wire) - The court sat on Thursday.\n",
                                       encoding="utf-8")
    (tmp_path / "paper.txt").write_text("Date: 2024-03-29\n\nThe court sat on Thursday.\n", encoding="utf-8")
    (tmp_path / "alone.txt").write_text("Headline\n\nThe court sat on Thursday.\n", encoding="utf-8")
    published = {s.label: s.published for s in load_sources([tmp_path])}
    assert published == {"alone": None, "paper": dt.date(2024, 3, 29), "wire": dt.date(2024, 3, 28)}


def test_a_date_in_another_calendar_years_ahead_of_ours_dates_no_page(tmp_path):
    """Nepal's Bikram Sambat runs 56 years ahead: "Date: 2082/05/25 B.S." is no publication date of ours."""
    (tmp_path / "army.txt").write_text("Press release\n\nDate: 2082/05/25 B.S.\n\nThe curfew is extended.\n",
                                       encoding="utf-8")
    (tmp_path / "paper.txt").write_text("Date: 2025-09-10\n\nThe curfew was extended.\n", encoding="utf-8")
    published = {s.label: s.published for s in load_sources([tmp_path])}
    assert published == {"army": None, "paper": dt.date(2025, 9, 10)}


def test_an_undated_source_is_read_in_the_year_most_sources_share(tmp_path):
    """Three sources each with its own day, two of them in 2000: an undated wire is read as of 2000 (the latest
    of that year's days), not as of the one retrospective written two years on."""
    texts = {"release": "Release\nMonday 21 August 2000 - for immediate release\n\nDivers opened the hatch.\n",
             "paper": "Date: 2000-10-27\n\nDivers returned to the wreck.\n",
             "retro": "Date: 2002-07-26\n\nThe case is closed.\n",
             "wire": "Headline\n\nDivers opened the hatch on Monday.\n"}
    for name, text in texts.items():
        (tmp_path / f"{name}.txt").write_text(text, encoding="utf-8")
    sources = load_sources([tmp_path])
    assert {s.label: s.published for s in sources}["release"] == dt.date(2000, 8, 21)
    assert story_date(sources) == dt.date(2000, 10, 27)
