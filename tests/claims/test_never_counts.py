"""Numbers that are not counts never become a count claim: years, dates, ages, ranks, numbers in names."""
import pytest

import checker

NOT_COUNTS = [
    ("The 2020 war killed 6,500 people, officials said.", "2020"),
    ("In 1994, 30,000 people were killed in the first war.", "1994"),
    ("John Smith, 45, was among 12 people killed on May 3.", "45"),
    ("A 45-year-old man was among 12 people killed.", "45"),
    ("The victim, aged 72, was one of 12 people killed.", "72"),
    ("Nine men aged between 22 and 40 were arrested; 12 people were killed.", "40"),
    ("The 12 people killed ranged in age from 14 to 49.", "14"),
    ("Twelve people were killed; their ages ranged from 14 to 49.", "14"),
    ("The youngest of the 12 people killed was a boy aged under 5.", "5"),
    ("At the age of 12 she survived a crash in which 30 people were killed.", "12"),
    ("It was the 3rd attack this year; 12 people were killed.", "3rd"),
    ("The Boeing 737 crashed, killing 12 people.", "737"),
    ("Flight 370 vanished with 239 people on board; 12 people were killed in the search.", "370"),
    ("Covid-19 killed 12 people in the ward.", "19"),
    ("The 101st Airborne lost 12 soldiers killed in action.", "101st"),
    ("On 31 October, 12 people were killed.", "31"),
    ("Twelve people were killed; one of the victims was a child.", "one"),
    ("Twelve people were killed; the two were brothers, police said.", "two"),
    ("Twelve people were killed. Two of them were children.", "Two"),
    ("The deaths occurred between 1 and 2 a.m. near the river; 30 people were killed.", "1"),
]


@pytest.mark.parametrize("sentence, number", NOT_COUNTS, ids=[n for _, n in NOT_COUNTS])
def test_number_is_not_a_count_claim(tmp_path, sentence, number):
    (tmp_path / "a.txt").write_text(sentence + "\n", encoding="utf-8")
    (tmp_path / "b.txt").write_text(sentence + "\n", encoding="utf-8")
    mentions = checker.check(tmp_path).mentions
    # an age may be compared as an age, a time of day as minutes, never as a count
    counts = mentions[(mentions["kind"] == "count") & ~mentions["unit"].fillna("").str.startswith("minutes")]
    assert not any(number in str(text).split() or str(text) == number for text in counts["text"]), \
        counts[["claim", "text"]]
    assert len(counts) > 0, "the real count in the sentence is still read"


@pytest.mark.parametrize("sentence, claims", [
    ("Seventeen were killed and two were injured when the bus overturned.", {"Seventeen": "deaths", "two": "injured"}),
    ("Three remain missing after the landslide.", {"Three": "missing"}),
    ("Five have been arrested in connection with the attack.", {"Five": "arrested"}),
])
def test_a_number_word_as_the_subject_of_a_passive_is_a_count(tmp_path, sentence, claims):
    (tmp_path / "a.txt").write_text(sentence + "\n", encoding="utf-8")
    mentions = checker.check(tmp_path).mentions
    assert dict(zip(mentions["text"], mentions["claim"])) == claims
