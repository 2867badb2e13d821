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
