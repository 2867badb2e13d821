"""A name the sources write, put by the draft where a source sentence has another (our sentences)."""
import pytest

from checker.compare.name_findings import sentence_around

SOURCES = {
    "paper": "Date: 2024-01-14\n\nThe earthquake, of magnitude 7.0, struck at 16:53 with its epicentre near Lenfort, "
             "some 15 kilometres south-west of the capital, at a depth of about 10 kilometres.\n\nRescuers reached "
             "Carvel, a coastal town west of the capital, on Thursday.\n",
    "wire": "Date: 2024-01-14\n\nThe 7.0-magnitude quake struck at 16:53 local time (21:53 GMT) on 12 January.\n\n"
            "It was felt 95 km (60 miles) away, the U.S. Geological Survey said.\n",
}


@pytest.mark.parametrize("draft, verdicts", [
    # "near the coastal town of Carvel": the place word is "near", past the kind of place
    ("The 7.0-magnitude quake struck at 4:53 p.m. local time on 12 January, with its epicentre near the coastal "
     "town of Carvel, about 15km (10 miles) west-south-west of the capital, at a depth of 10km.",
     [("Carvel", "contradicted", "Lenfort")]),
    ("The quake struck with its epicentre near the town of Lenfort, south-west of the capital.", []),
    # a clock's zone is no name, and "a.m. local time" no end of a sentence
    ("It struck at 11:53 a.m. local time (21:53 GMT), and was felt 95 km (60 miles) away.", []),
])
def test_a_known_name_put_in_anothers_place(draft_frame, draft, verdicts):
    rows = draft_frame(SOURCES, draft)
    rows = rows[rows["claim"].isin(["place or name", "name"]) & (rows["verdict"] == "contradicted")]
    assert [(r.draft, r.verdict, r.safe_wording) for r in rows.itertuples()] == verdicts


COUNCIL = {
    "wire": "Date: 2024-01-14\n\nA team from the Cabinet led by State Councilor Lin Bo arrived in Norton on Monday.\n",
    "paper": "Date: 2024-01-14\n\nThe State Council, the country's cabinet, has sent a working group headed by State "
             "Councillor Lin Bo.\n",
}


def test_a_name_is_judged_where_it_stands_and_spelt_british_or_american_alike(draft_frame):
    # "State" of "the State Council" is not the "State" of "State Councillor Lin Bo", which the wire writes
    # "State Councilor Lin Bo"
    rows = draft_frame(COUNCIL, "A team from the State Council led by State Councillor Lin Bo arrived in the city "
                                "on Monday.")
    lin_bo = rows[rows["draft"].str.contains("Lin Bo")]
    assert not lin_bo.empty and (lin_bo["verdict"] == "supported").all(), lin_bo[["draft", "verdict"]].to_string()


@pytest.mark.parametrize("text, word, sentence", [
    ("It rained. It struck at 9:50 a.m. local time (0350 GMT), near X. Then it stopped.", "GMT",
     "It struck at 9:50 a.m. local time (0350 GMT), near X."),
    ("U.S. officials said so on Jan. 5 in Paris. Next.", "Paris", "U.S. officials said so on Jan. 5 in Paris."),
    ("One.\nTwo words here", "words", "Two words here"),
    # a full stop inside a closing quote ends the sentence too
    ('She said: "It is truly devastating." Her minister, Ron Vale, warned of more.', "Vale",
     "Her minister, Ron Vale, warned of more."),
    ('Ron Vale warned: "Prepare for the worst." Then he left.', "Vale", 'Ron Vale warned: "Prepare for the worst."'),
])
def test_sentence_around(text, word, sentence):
    at = text.find(word)
    assert sentence_around(text, at, at + len(word)) == sentence
