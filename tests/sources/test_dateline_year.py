"""A wire's dateline without a year is dated in the year of the story's other sources."""
import datetime as dt

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
