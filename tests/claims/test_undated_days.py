"""An undated source is read as of the story's date, unless every day it is sure of lies well before that date:
then it was written near those days, and a bare weekday of it is no day of the story's week (our own sentences)."""
import datetime as dt

import pytest

from checker.claims.document import read_document
from checker.sources.load import Source

STORY_DATE = dt.date(1995, 12, 8)       # a Friday


@pytest.mark.parametrize("text, day", [
    # a day of its own time, told with its weekday and no year, is in February: "on Thursday" is no day of
    # December's week
    ("Police arrested the trader on Thursday. He had fled Singapore on Thursday, Feb. 23.", None),
    # a day with its year may be any time's: the story's date stands
    ("Police arrested the trader on Thursday. He had fled Singapore on Feb. 23, 1995.", dt.date(1995, 12, 7)),
    # a day of its own time near the story's date: the weekday is the story week's
    ("Police arrested the trader on Thursday. He was charged on Friday, Dec. 1.", dt.date(1995, 12, 7)),
    # no sure day at all: the story's date stands
    ("Police arrested the trader on Thursday.", dt.date(1995, 12, 7)),
])
def test_a_bare_weekday_of_an_undated_source_is_read_near_its_own_days(text, day):
    doc = read_document(Source("wire", "wire.txt", text), STORY_DATE)
    thursday = next(d for d in doc.dates if d.text == "Thursday")
    assert thursday.low == day


def test_a_dated_source_and_a_draft_read_their_weekdays_against_their_own_date():
    text = "Police arrested the trader on Thursday. He had fled Singapore on Thursday, Feb. 23."
    doc = read_document(Source("wire", "wire.txt", text, published=dt.date(1995, 3, 3)), STORY_DATE)
    assert next(d for d in doc.dates if d.text == "Thursday").low == dt.date(1995, 3, 2)
    draft = read_document(Source("draft", "draft.txt", text, role="draft"), STORY_DATE)
    assert next(d for d in draft.dates if d.text == "Thursday").low == dt.date(1995, 12, 7)
