"""Sentences keep their offsets; abbreviations do not end them."""
import pytest

from checker.reading.text import SentenceIndex, split_sentences


@pytest.mark.parametrize("text, expected", [
    ("The U.S. brokered it. Russia did not.", ["The U.S. brokered it.", "Russia did not."]),
    ("They met on Oct. 3 in Geneva. Talks went on.", ["They met on Oct. 3 in Geneva.", "Talks went on."]),
    ("Mr. Putin spoke. He left.", ["Mr. Putin spoke.", "He left."]),
    ('"It was useful," he said. "Very."', ['"It was useful," he said.', '"Very."']),
    ("A U. S. delegation came. It left.", ["A U. S. delegation came.", "It left."]),
    ("Heading\n\nBody text here.", ["Heading", "Body text here."]),
])
def test_split_sentences(text, expected):
    sentences = split_sentences(text)
    assert [s.text for s in sentences] == expected
    for s in sentences:
        assert text[s.start:s.end] == s.text


def test_paragraphs_are_numbered_and_headings_marked():
    text = "Russian peacekeepers\n\nThe 2020 agreement saw Russia deploy 2,000 troops. They stayed."
    sentences = split_sentences(text)
    assert [s.paragraph for s in sentences] == [0, 1, 1]
    assert [s.is_heading for s in sentences] == [True, False, False]


def test_sentence_index_finds_the_sentence_at_an_offset():
    text = "One here. Two there."
    index = SentenceIndex(split_sentences(text))
    assert index.at(text.index("Two")).text == "Two there."
    assert index.at(text.index("here")).text == "One here."
