"""Which way from where: a draft's compass direction and the place it is told from, against the sources' (our own
sentences)."""
import pytest

from checker.compare.draft_directions import draft_direction_rows
from checker.reading.text import split_sentences

SOURCES = {
    "wire": "The epicentre of the magnitude 6.1 quake was 40 kilometres northwest of Halden city, the survey said. "
            "Brova lies some 250 kilometres east of Marsk, the second-largest city.",
    "paper": "In Tovik, a village about 40 km south of Marrakech, houses collapsed. The quake was felt in Halden.",
}


def _rows(draft: str):
    sources = [(label, text, split_sentences(text)) for label, text in SOURCES.items()]
    return draft_direction_rows(draft, sources, {}, [])


@pytest.mark.parametrize("draft, phrase, theirs", [
    # another direction from the same place, in a sentence telling the same thing
    ("The epicentre of the quake was 40 kilometres north-east of Halden city, the survey said.", "north-east",
     "northwest"),
    # the same direction from another place
    ("Brova lies about 250 kilometres east of Tolva and was scarred by years of conflict.", "Tolva", "Marsk"),
])
def test_a_direction_or_place_the_sources_give_otherwise_is_contradicted(draft, phrase, theirs):
    rows = _rows(draft)
    assert [(r["draft"], r["verdict"], r["safe_wording"]) for r in rows] == [(phrase, "contradicted", theirs)]
    assert draft[rows[0]["start"]:rows[0]["end"]] == phrase


@pytest.mark.parametrize("draft", [
    # as the sources give it
    "The epicentre of the quake was 40 kilometres northwest of Halden city, the survey said.",
    # one place spelt two ways is one place
    "In Tovik, a village about 40 km south of Marrakesh, houses collapsed.",
    # a sentence telling something else from the same place
    "Aid convoys left from a depot north of Halden city on Sunday.",
])
def test_a_direction_as_the_sources_give_it_or_of_another_fact_is_not_contradicted(draft):
    assert _rows(draft) == []
