"""A name the draft puts after the words a source puts another name after (our sentences)."""
import pytest

from checker.compare.draft_led_names import _names_after

SOURCES = {
    "wire": "Date: 2024-05-04\n\nThe two men were members of a six-person crew employed by Harlow Paving that was "
            "patching the deck when the ship struck a pier at about 1:30 a.m.\n\nThe Port Authority of Kestrel said "
            "about 20,000 vehicles a day crossed the span.\n\nFlight 88 pushed back from Dorran at 5 p.m. and was "
            "on its final approach to Kestrel International Airport when it hit a crane.\n\nMonitors from the "
            "Kestrel Monitoring Mission reached the crash site on Friday but were allowed to stay for only about 75 "
            "minutes by gunmen, a spokesman said. The "
            "United Nations Security Council called for an inquiry. The harbour master testified before the Senate Finance "
            "Committee. Reports published on Saturday by the Kestrel Times and the Dorran Post named the crew.\n\n"
            "Colleagues buried Anton Gunawan, 21, an air traffic controller with Kestrel Navigation's Dorran branch, "
            "on Monday.\n\nA boat carrying four volunteers capsized in the Lanta canal in Marrow district on "
            "Wednesday.\n",
    "paper": "Date: 2024-05-04\n\nThe crew were patching potholes on the bridge. Officials of the Port Authority of "
             "Kestrel met the families on Friday.\n",
}


@pytest.mark.parametrize("draft, name, verdict, instead", [
    # a body the sources name elsewhere, put where a source has another after the same words
    ("The victims belonged to a six-member crew employed by the Port Authority of Kestrel.",
     "Port Authority of Kestrel", "contradicted", "Harlow Paving"),
    # a name the sources write elsewhere, after two words and the same telling ("reached", "site", "Friday")
    ("Monitors from the United Nations reached the site on Friday, but armed men allowed them to stay only about "
     "45 minutes before they turned back.",
     "United Nations", "contradicted", "Kestrel Monitoring Mission"),
    # the source's name after "the"
    ("The harbour master testified before the Senate Judiciary Committee on Monday.",
     "Senate Judiciary Committee", "contradicted", "Senate Finance Committee"),
    # who employs a person, however the link is worded: "employed by" / "with"
    ("Anton Gunawan, an air traffic controller employed by Dorran Airports, stayed in the tower.",
     "Dorran Airports", "contradicted", "Kestrel Navigation"),
    ("Anton Gunawan, an air traffic controller with Kestrel Navigation, stayed in the tower.",
     "Kestrel Navigation", None, None),
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


def test_the_name_after_the_words_is_read_past_an_article():
    lead = ["testi", "befor"]
    assert _names_after("He testified before the Senate Finance Committee.", lead) == ["Senate Finance Committee"]
    assert _names_after("He testified before Congress.", lead) == ["Congress"]


@pytest.mark.parametrize("draft", [
    # a name a quotation opens with is the speaker's word, not the draft's placing
    'The mayor said "Harlow is the only firm I trust" on Friday, employed by the Port Authority of Kestrel.',
    # two names listed the other way round: the draft names the source's as well
    "The story broke in reports published on Saturday by the Dorran Post and the Kestrel Times.",
    # the source's sentence names the draft's place as well, beside the one after the same words
    "A volunteer drowned when a boat carrying four volunteers capsized in Marrow district on Wednesday.",
    # a short lead with too little else in common with the source's sentence
    "Monitors from the United Nations will return next year.",
    # a name of another kind after the same words: a runway is no airport
    "Controllers had cleared the jet for its final approach to Runway 4 minutes before the collision.",
])
def test_no_name_put_in_another_place(draft_frame, draft):
    rows = draft_frame(SOURCES, draft)
    assert rows[(rows["verdict"] == "contradicted") & rows["claim"].eq("place or name")].empty
