"""The part of a claim a figure is about, from the words right beside it."""
import pytest

from checker.claims import Story, load_rules, read_mentions
from checker.claims.facets import facet_of
from checker.sources import Source

CASES = [
    ("He said 205 bodies had now been identified, leaving 83 still to be identified.", "205", "identified"),
    ("He said 205 bodies had now been identified, leaving 83 still to be identified.", "83", "unidentified"),
    ("Of the injured, 1,404 are in a serious condition, officials said.", "1,404", "critically injured"),
    ("Some 2,421 people were injured, 1,404 of them critically injured.", "Some 2,421", ""),
    ("The quake killed 1,293 in Al Haouz and 452 in Taroudant, the ministry said.", "452", "taroudant"),
    ("The floods killed 12 people and 40 others are missing.", "40", "others"),
    ("The crowd was slightly larger than before, with 300 people injured.", "300", ""),
    # a place that opens the sentence: a clause place, split off when few of the claim's figures name it
    ("In Lyon, 55,000 demonstrators marched from the station, the union said.", "55,000", "clause place: lyon"),
]


@pytest.mark.parametrize("sentence, figure, facet", CASES)
def test_facet(sentence, figure, facet):
    source = Source("s", "s.txt", sentence + "\n", None, "source", {})
    mentions, docs = read_mentions([source], load_rules(None), Story())
    at = sentence.index(figure)
    picked = [m for m in mentions if m.start == at and m.kind == "count"]
    assert picked, [(m.claim, m.text) for m in mentions]
    assert facet_of(docs["s"], picked[0]) == facet
