"""One person tied to two bodies by two sources (our own sentences): each source a file of its own."""
import pytest

import checker

RED_CROSS = "Marta Quiroga, head of the Andean Red Cross, said teams were still trying to reach the villages."

CASES = [
    # one person, two bodies: the sources cannot both be right
    (RED_CROSS, "Marta Quiroga, director of the National Emergency Office, said crews were still trying to reach "
                "the villages.", {"a": "Andean Red Cross", "b": "National Emergency Office"}),
    ("Harbor Transit Police officer Ned Corrigan, 33, was wounded.",
     "Ned Corrigan, 33, an officer of the Eastvale County Sheriff's Office, was wounded.",
     {"a": "Harbor Transit Police", "b": "Eastvale County Sheriff's Office"}),
    # one body, named by its initials or in another form of its words
    ("ICG chief executive Ben Hatfield blamed a miscommunication.",
     "Ben Hatfield, chief operating officer of International Coal Group Inc, said the air was bad.", None),
    ("ARC head Marta Quiroga said teams were still trying to reach the villages.", RED_CROSS, None),
    ("Marta Quiroga, of the municipal emergency office, said the road was shut.",
     "Marta Quiroga, of the Municipality Emergency Office, said the road was shut.", None),
    # a sentence naming the other body beside the person: both may be right
    (RED_CROSS, "Marta Quiroga, director of the National Emergency Office and a board member of the Andean Red "
                "Cross, said so.", None),
    # a home town, a body in lower case, a part of a body: not set against a name
    ("Ned Corrigan, 33, of Roseville, was wounded.", "Ned Corrigan, 33, of Sacramento, was wounded.", None),
    ("Marta Quiroga, one of the firm's managing directors, said so.",
     "Marta Quiroga, of Alvar & Marsh Asia, said so.", None),
    ("Ned Corrigan, the Metro Police's head of counterterrorism, said so.",
     "Ned Corrigan, Head of Specialist Operations, said so.", None),
    # "Capital Management, arrives at Manhattan federal court": no person
    ("Photo: Bo Hwan, founder of Ardent Capital Management, arrives at Manhattan federal court.",
     "Bo Hwan, founder of Ardent Capital Management, was charged.", None),
]


@pytest.mark.parametrize("a, b, values", CASES)
def test_one_person_tied_to_two_bodies(tmp_path, a, b, values):
    (tmp_path / "a.txt").write_text("Date: 2024-07-23\n\n" + a + "\n", encoding="utf-8")
    (tmp_path / "b.txt").write_text("Date: 2024-07-23\n\n" + b + "\n", encoding="utf-8")
    result = checker.check(tmp_path)
    ties = result.findings[result.findings["claim"].str.startswith("affiliation:")]
    if values is None:
        assert ties.empty, ties.to_dict("records")
        return
    assert len(ties) == 1 and ties.iloc[0]["status"] == "conflict"
    assert ties.iloc[0]["values"] == values
    assert ties.iloc[0]["label"].startswith("With: ")
    rows = result.mentions[result.mentions["claim"] == ties.iloc[0]["claim"]]
    for row in rows.itertuples():
        assert (tmp_path / f"{row.source}.txt").read_text(encoding="utf-8")[row.start:row.end] == values[row.source]
