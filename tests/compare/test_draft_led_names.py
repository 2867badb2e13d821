"""A name the draft puts after the words a source puts another name after (our sentences)."""
import pytest

SOURCES = {
    "wire": "Date: 2024-05-04\n\nThe two men were members of a six-person crew employed by Harlow Paving that was "
            "patching the deck when the ship struck a pier at about 1:30 a.m.\n\nThe Port Authority of Kestrel said "
            "about 20,000 vehicles a day crossed the span.\n\nFlight 88 pushed back from Dorran at 5 p.m. and was "
            "on its final approach to Kestrel International Airport when it hit a crane.\n",
    "paper": "Date: 2024-05-04\n\nThe crew were patching potholes on the bridge. Officials of the Port Authority of "
             "Kestrel met the families on Friday.\n",
}


@pytest.mark.parametrize("draft, name, verdict, instead", [
    # a body the sources name elsewhere, put where a source has another after the same words
    ("The victims belonged to a six-member crew employed by the Port Authority of Kestrel.",
     "Port Authority of Kestrel", "contradicted", "Harlow Paving"),
    # the words the source has, the name it has after them: nothing to contradict
    ("The victims belonged to a six-member crew employed by Harlow Paving.", "Harlow Paving", None, None),
])
def test_a_name_after_words_a_source_puts_another_name_after(draft_frame, draft, name, verdict, instead):
    rows = draft_frame(SOURCES, draft)
    said = rows[(rows["draft"].fillna("").str.contains(name.split()[-1])) & (rows["verdict"] == "contradicted")]
    if verdict is None:
        assert said.empty
    else:
        assert said["safe_wording"].tolist() == [instead]


@pytest.mark.parametrize("draft", [
    # a name a quotation opens with is the speaker's word, not the draft's placing
    'The mayor said "Harlow is the only firm I trust" on Friday, employed by the Port Authority of Kestrel.',
    # a name of another kind after the same words: a runway is no airport
    "Controllers had cleared the jet for its final approach to Runway 4 minutes before the collision.",
])
def test_no_name_put_in_another_place(draft_frame, draft):
    rows = draft_frame(SOURCES, draft)
    assert rows[(rows["verdict"] == "contradicted") & rows["claim"].eq("place or name")].empty
