"""Where the draft puts an act, against where the sources telling the act put it (our own sentences)."""
import pytest

from checker.compare.draft_where import draft_where_rows, places_in
from checker.compare.sentence_index import sentence_index
from checker.reading.text import split_sentences

SOURCES = {
    "wire": "Date: 2024-05-04\n\nThe two surveyors who signed the stability report were detained in Porto Alegre on "
            "Tuesday.\n\nPolice carried out a dawn raid on a flat in Barking, east London, seizing phones and "
            "laptops.\n\nThe minister told supporters at the Rotunda Hall in north Paris that the vote was won.\n",
    "paper": "Date: 2024-05-04\n\nPolice carried out a dawn raid at a flat in Barking, seizing phones and laptops "
             "from two men.\n\nThe mayor thanked volunteers at the town hall in Dunmore on Monday evening.\n",
}

CONTRADICTED = [
    ("The two surveyors who signed the stability report were detained in Santa Maria on Tuesday.", "Santa Maria",
     "Porto Alegre"),
    ("Police carried out a dawn raid on a flat in Ilford, seizing phones and laptops.", "Ilford", "Barking"),
]

NO_ROW = [
    # the sources' place, or the draft's place told more closely within it
    "Police carried out a dawn raid on a flat in Barking, seizing phones and laptops.",
    "The minister told supporters at the Rotunda Hall in north Paris that the vote was won, and left.",
    # a place some source telling the act names; no source telling the act
    "The mayor thanked volunteers in Dunmore on Monday evening.",
    "The harbour master reopened the port at Kestrel Bay on Friday.",
]


def _rows(draft: str):
    sources = [(label, text, split_sentences(text)) for label, text in SOURCES.items()]
    return draft_where_rows(draft, split_sentences(draft), *sentence_index(sources), {}, [])


@pytest.mark.parametrize("draft, place, theirs", CONTRADICTED)
def test_a_place_the_sources_telling_the_act_do_not_give_is_contradicted(draft, place, theirs):
    rows = _rows(draft)
    assert [(r["verdict"], draft[r["start"]:r["end"]], r["safe_wording"]) for r in rows] == \
        [("contradicted", place, theirs)]


@pytest.mark.parametrize("draft", NO_ROW)
def test_no_row_where_the_sources_give_the_place_or_tell_no_act(draft):
    assert _rows(draft) == []


@pytest.mark.parametrize("sentence, places", [
    ("They were detained in São Paulo on Tuesday.", ["São Paulo"]),
    ("Two died in the eastern town of Damak, near Itahari.", ["Damak", "Itahari"]),
    # a month, a day, a possessive, initials: no place
    ("It reopened in January, they said at Monday's briefing at BNPB headquarters.", []),
])
def test_the_places_a_sentence_puts_things_in(sentence, places):
    assert [p for p, _, _ in places_in(sentence)] == places
