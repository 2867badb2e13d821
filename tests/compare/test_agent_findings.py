"""One act credited to two bodies by two sources (our own sentences): each source a file of its own."""
import pytest

import checker

FAA = "The Federal Aviation Administration opened an investigation into the airline's cancellations on Tuesday."

CASES = [
    # one act, two bodies: the sources cannot both be right
    (FAA, "The Department of Transportation opened an investigation into the airline's cancellations on Tuesday.",
     {"a": "Federal Aviation Administration", "b": "Department of Transportation"}),
    ("The Coast Guard rescued 14 people from the water off Lahaina harbor.",
     "Fourteen people were rescued from the water off Lahaina harbor by the Hawaii National Guard.",
     {"a": "Coast Guard", "b": "Hawaii National Guard"}),
    # two bodies of one place
    ("The Public Utility Commission of Texas late on Monday ordered wholesale power prices raised to the cap.",
     "The Railroad Commission of Texas late on Monday ordered wholesale power prices raised to the cap.",
     {"a": "Public Utility Commission of Texas", "b": "Railroad Commission of Texas"}),
    # one act told in two verbs
    ("Coast Guard crews rescued three people from the water near the Fort Myers pier on Thursday.",
     "Border Patrol agents pulled three people from the water near the Fort Myers pier on Thursday.",
     {"a": "Coast Guard crews", "b": "Border Patrol agents"}),
    # a body named by what it is, before its name or for it
    ("The federal environment agency Ibama has fined the mining company 250 million reais over the dam collapse.",
     "The state environment department has fined the mining company 250 million reais over the dam collapse.",
     {"a": "federal environment agency Ibama", "b": "state environment department"}),
    # one body named two ways
    (FAA, "The FAA opened an investigation into the airline's cancellations on Tuesday.", None),
    # a sentence naming the other body: both may have acted
    (FAA, "The Department of Transportation opened an investigation into the airline's cancellations on Tuesday, "
          "as did the Federal Aviation Administration.", None),
    # another act: too few words in common
    (FAA, "The Department of Transportation opened a hotline for stranded passengers.", None),
    # no body told from another ("the Company")
    ("The Company advised shareholders to accept the offer on Friday.",
     "Morgan Stanley & Co advised shareholders to accept the offer on Friday.", None),
]


@pytest.mark.parametrize("a, b, values", CASES)
def test_one_act_credited_to_two_bodies(tmp_path, a, b, values):
    (tmp_path / "a.txt").write_text("Date: 2024-07-23\n\n" + a + "\n", encoding="utf-8")
    (tmp_path / "b.txt").write_text("Date: 2024-07-23\n\n" + b + "\n", encoding="utf-8")
    result = checker.check(tmp_path)
    agents = result.findings[result.findings["claim"].str.startswith("agent:")]
    if values is None:
        assert agents.empty, agents.to_dict("records")
        return
    assert len(agents) == 1 and agents.iloc[0]["status"] == "conflict"
    assert agents.iloc[0]["values"] == values
    # each body is a mention with its offsets, as any claim's value is
    rows = result.mentions[result.mentions["claim"] == agents.iloc[0]["claim"]]
    texts = {"a": a, "b": b}
    for row in rows.itertuples():
        assert (tmp_path / f"{row.source}.txt").read_text(encoding="utf-8")[row.start:row.end] == values[row.source]
        assert row.sentence in texts[row.source]
