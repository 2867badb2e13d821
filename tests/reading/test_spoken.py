"""A quotation's words as they are compared: one spelling of each word, never two words made one."""
import pytest

from checker.reading import spoken_words


@pytest.mark.parametrize("a, b", [
    ("on Nov. 5", "on November 5"),
    ("without fear or favour", "without fear or favor"),
    ("we organised the defence", "we organized the defense"),
    ("the centre travelled far", "the center traveled far"),
    ("they analysed the catalogue", "they analyzed the catalog"),
    ("Erdoğan's honoured guests", "Erdogan's honored guests"),
    ("12 cheques and a grey programme", "12 checks and a gray program"),
    ("a 10-storey tower, its tyres and jewellery", "a 10-story tower, its tires and jewelry"),
    # a number in figures or in words, a percentage with its sign or spelt out
    ("100% fit to fly", "100 percent fit to fly"),
    ("100 per cent fit to fly", "100 percent fit to fly"),
    ("10,000, I think, is too much", "Ten thousand, I think, is too much"),
    ("more than twenty-five people", "more than 25 people"),
    # a Roman numeral is its number; a name's ø or ü spelt out is the letter
    ("since World War II", "since World War Two"),
    ("Henry VIII and Louis XII", "Henry eight and Louis 12"),
    ("What happened at Utoeya", "What happened at Utøya"),
    ("What happened at Utoya", "What happened at Utøya"),
    ("Mr Mueller said", "Mr Müller said"),
])
def test_one_word_written_two_ways_is_one_word(a, b):
    assert [w for w, _, _ in spoken_words(a)] == [w for w, _, _ in spoken_words(b)]


@pytest.mark.parametrize("a, b", [
    ("four", "for"), ("our", "or"), ("killed", "kiled"), ("fell", "fel"), ("wise", "wize"), ("hour", "hor"),
    # words spelt "-ise" on both sides of the Atlantic keep it: "televised" stays a form of "television"
    ("televised", "televized"), ("advised", "advized"), ("surprise", "surprize"),
    # a vague plural is no number
    ("thousands", "2,000"), ("hundreds", "200"),
    # only a capitalised name spells a letter out; a pronoun "I" is no numeral
    ("does", "dos"), ("I", "one"), ("Mali", "Mail"),
])
def test_different_words_stay_apart(a, b):
    assert spoken_words(a)[0][0] != spoken_words(b)[0][0]


def test_each_word_keeps_its_offsets():
    text = "“We will, Nov. 5, win.”"
    assert [text[s:e] for _, s, e in spoken_words(text)] == ["We", "will", "Nov", "5", "win"]
