"""A person the draft gives another office or rank than every source that titles them gives (our sentences)."""
import pytest

SOURCES = {
    "wire": "Date: 2024-05-04\n\nFire crews sent by Istanbul Governor Erol Cakir fought the blaze through the night. "
            "The ferry's assistant captain, Richard Smith, was at the controls. Finance Minister Ana Ruiz said the "
            "damage would run into billions. Ellen Engleman, vice chairwoman of the safety board, declined to "
            "comment.\n",
    "paper": "Date: 2024-05-04\n\nIstanbul Governor Erol Cakir visited the refinery on Tuesday. Assistant Captain "
             "Richard Smith had worked on the ferries for 15 years.\n",
}


@pytest.mark.parametrize("draft, phrase, says", [
    # another post no one holds two of
    ("Istanbul Mayor Erol Cakir sent fire crews to the refinery.", "Istanbul Mayor", "Istanbul Governor"),
    # the office without the rank the sources give it
    ("At the controls was the ferry's captain, Richard Smith.", "captain", "assistant captain"),
    # a rank the sources give after the name, shown as they write it
    ("Chairwoman Ellen Engleman declined to comment.", "Chairwoman", "Ellen Engleman, vice chairwoman"),
    # another portfolio
    ("Defence Minister Ana Ruiz said the damage would run into billions.", "Defence Minister", "Finance Minister"),
])
def test_a_title_no_source_gives_the_person_is_contradicted(draft_frame, draft, phrase, says):
    rows = draft_frame(SOURCES, draft)
    titles = rows[rows["claim"] == "title"]
    assert list(titles["verdict"]) == ["contradicted"]
    row = titles.iloc[0]
    assert row["draft"] == phrase and says in row["sources_say"]
    assert row["end"] - row["start"] == len(phrase) and phrase in row["sentence"]


@pytest.mark.parametrize("draft", [
    # the title the sources give, however written
    "Istanbul Governor Erol Cakir sent fire crews to the refinery.",
    "Assistant Captain Richard Smith was at the controls.",
    # a person no source titles, or whom the sources title alike with another given name: no verdict on the title
    "Istanbul Mayor Kadir Topbas welcomed the crews.",
    "Istanbul Mayor Ahmet Cakir welcomed the crews.",
])
def test_a_title_the_sources_give_or_do_not_tell_is_not_contradicted(draft_frame, draft):
    rows = draft_frame(SOURCES, draft)
    assert "contradicted" not in set(rows.loc[rows["claim"] == "title", "verdict"])
