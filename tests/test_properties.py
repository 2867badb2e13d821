"""Property-based tests: whatever the text, the readers never raise, keep their offsets true and their
intervals ordered, and give the same reading twice."""
import datetime as dt
from types import SimpleNamespace

from hypothesis import given, settings
from hypothesis import strategies as st

from checker.reading import find_quotes, read_dates, read_quantities, read_times, split_sentences
from checker.reading.names import find_names
from checker.sources.formats import extract, normalise

# News words and figures, and the characters that break naive readers: controls, bidi marks, zero-width
# characters, full-width and Arabic-Indic digits, unbalanced quotes and brackets.
PIECES = st.sampled_from([
    " ", "\n", "\n\n", ",", ".", "-", "–", "(", ")", "[", "“", "”", "\"", "'", "’", "%", "$", "€", "£",
    "killed", "dead", "injured", "more than", "nearly", "about", "at least", "between", "and", "to", "or more",
    "people", "troops", "million", "billion", "thousand", "hundred", "dozens", "half", "two-thirds", "per cent",
    "Monday", "Oct.", "October", "2020", "2022", "1960", "3 p.m.", "0915 GMT", "14:30", "local time",
    "6,500", "6500", "1.2", "0", "-5", "12", "300", "1e6", "½", "6,5\u200b00", "６，５００", "٦٥٠٠",
    "\u202e", "\u200b", "\ufeff", "\u200f", "\x00", "\x07", "\t", "Pashinyan", "Putin", "said", "told",
    "Mr", "President", "the", "of", "in", "Sochi", "USGS", "km", "miles", "°C", "years", "days", "aged",
])
NEWSY = st.lists(PIECES, max_size=60).map("".join)
ANY = st.text(max_size=300)
TEXTS = st.one_of(NEWSY, ANY, st.tuples(NEWSY, ANY).map("".join))
SETTINGS = settings(max_examples=150, deadline=None, derandomize=True)


def spans_hold(text, readings):
    for r in readings:
        assert 0 <= r.start <= r.end <= len(text)
        assert text[r.start:r.end] == r.text


def readings_hold(read, text):
    """Every reading's span gives its text, its interval is not upside down, and a second read gives the same."""
    readings = read(text)
    spans_hold(text, readings)
    for r in readings:
        assert r.low is None or r.high is None or r.low <= r.high
    assert read(text) == readings


@SETTINGS
@given(TEXTS)
def test_quantities(text):
    readings_hold(read_quantities, text)


@SETTINGS
@given(TEXTS)
def test_dates_and_times(text):
    readings_hold(lambda t: read_dates(t, dt.date(2022, 10, 31)), text)
    readings_hold(read_times, text)


@SETTINGS
@given(TEXTS)
def test_sentences_quotes_and_names(text):
    sentences = split_sentences(text)
    for s in sentences:
        assert 0 <= s.start <= s.end <= len(text) and text[s.start:s.end] == s.text
    source = SimpleNamespace(text=text, label="a", path="a.txt")
    quotes = find_quotes(source)
    spans_hold(text, quotes)
    assert find_quotes(source) == quotes
    mentions, _ = find_names([source])
    for mention in mentions:
        for token in mention.tokens:
            assert 0 <= token.start < token.end <= len(text)
            assert text[token.start:token.end] == token.text


@SETTINGS
@given(st.binary(max_size=400), st.sampled_from([".txt", ".md", ".html", ".docx", ".pdf", ""]))
def test_format_readers_take_any_bytes(raw, suffix):
    from checker.errors import InputError

    try:
        extracted = extract(raw, "x" + suffix)
    except InputError as error:
        assert str(error)                       # said why, never crashed
        return
    assert extracted.text.strip() and normalise(extracted.text) == extracted.text
