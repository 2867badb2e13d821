"""Currencies named by their words after the figure, and a vote's tally in words (our own sentences)."""
import pytest

from checker import read_quantities


@pytest.mark.parametrize("sentence, readings", [
    ("Parliament approved spending of 18.2 billion dinars for the year.",
     [("18.2 billion dinars", "money", 18.2e9, "DINAR")]),
    ("A night in the guesthouse costs 9,000 forints, or 40 lari across the border.",
     [("9,000 forints", "money", 9000, "HUF"), ("40 lari", "money", 40, "GEL")]),
    ("The fine was 2 million kyats, or 950 dollars.",
     [("2 million kyats", "money", 2e6, "MMK"), ("950 dollars", "money", 950, "USD")]),
    ("He had sent home 120,000 Tunisian dinars that spring.", [("120,000 Tunisian dinars", "money", 120000, "DINAR")]),
    # eastern Europe's currencies, plurals irregular
    ("Families will get 6,000 lei a month, or 10,000 Moldovan lei across the Prut.",
     [("6,000 lei", "money", 6000, "RON"), ("10,000 Moldovan lei", "money", 10000, "MDL")]),
    ("The fine was 3 million leva, the bail 2,000 kuna.",
     [("3 million leva", "money", 3e6, "BGN"), ("2,000 kuna", "money", 2000, "HRK")]),
    ("A ticket costs 500 koruna in Prague and 1,000 som in Bishkek.",
     [("500 koruna", "money", 500, "CZK"), ("1,000 som", "money", 1000, "KGS")]),
    # a vote's tally: two counts, not a range nor two bare numbers
    ("The planning committee voted six to three to reject the tower.",
     [("six", "count", 6, None), ("three", "count", 3, None)]),
    ("After a long night the vote was eleven to nine in favour.",
     [("eleven", "count", 11, None), ("nine", "count", 9, None)]),
    ("A vote of seven to two sent the bill back.", [("seven", "count", 7, None), ("two", "count", 2, None)]),
    # ... after the thing voted on, a word that labels in other places ("Bill 52")
    ("The assembly passed the amendment 61 to 39 after midnight.",
     [("61", "count", 61, None), ("39", "count", 39, None)]),
    ("The House passed the bill 218 to 214 late on Friday.",
     [("218", "count", 218, None), ("214", "count", 214, None)]),
    # no tally: a bare number word stays a number
    ("Seven voted for it on the night.", [("Seven", "number", 7, None)]),
])
def test_currency_words_and_tallies(sentence, readings):
    assert [(q.text, q.kind, q.low, q.unit) for q in read_quantities(sentence)] == readings
