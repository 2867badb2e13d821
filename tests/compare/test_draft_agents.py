"""Who did it: the body the draft credits with an act, against the body the sources credit with it (our own
sentences)."""
import pytest

from checker.compare.draft_agents import agents_of, same_body

SOURCES = {
    "wire": "Date: 2024-05-04\n\nThe FBI is offering a reward of $50,000 for information about the pipe bombs found "
            "outside the party headquarters.\n\nOn Thursday the US Treasury added the wallet address that received "
            "the stolen coins to its sanctions list.\n\nThe panels were installed by Harlow Cladding Ltd, working "
            "for the main contractor.\n\nThe Capitol Police closed the streets around the building for hours. The "
            "Justice Department declined to comment. Orsay Facades Ltd made the panels in France.\n\nThe World Relief "
            "Programme last Friday declared the flood a Level 3 emergency, its highest.\n\nThe home ministry has set up a "
            "committee, headed by a senior civil servant, to find the cause of the fire.\n\nWreckage was spotted by "
            "Norwegian air force pilots about 400 km west of the islands on Tuesday. Army bomb-disposal experts "
            "defused a second device found near the market.\n\nUS competition regulators at the Federal Trade Commission "
            "unanimously cleared the cable merger in December 2000.\n",
}


CONTRADICTED = [
    # another body, in a sentence telling the same act: the draft's is wrong
    ("A reward of up to $50,000 for information about the pipe bombs has been offered by the Capitol Police.",
     "Capitol Police", "FBI"),
    ("The same day the Justice Department added the wallet address to its sanctions list.", "Justice Department",
     "US Treasury"),
    ("The panels were installed by Orsay Facades Ltd for the main contractor.", "Orsay Facades Ltd",
     "Harlow Cladding Ltd"),
    # an adverb may stand between a body and its verb
    ("After a long review the Justice Department cleared the cable merger in December 2000.", "Justice Department",
     "Federal Trade Commission"),
    # a body named in lower case by what it minds
    ("The labour ministry has set up a committee, headed by a senior civil servant, to find the cause of the fire.",
     "labour ministry", "home ministry"),
    # a relative clause tells its body's act; a day may stand between a body and its verb
    ("The Harbour Fund, which declared the flood a Level 3 emergency, is sending food.", "Harbour Fund",
     "World Relief Programme"),
    # a service named in lower case by its branch, with the people or craft it sent: the branch is the body
    ("The wreckage was spotted on Tuesday by Norwegian navy pilots about 400 km west of the islands.",
     "Norwegian navy pilots", "Norwegian air force pilots"),
    ("A second device found near the market was defused by police bomb-disposal experts.",
     "police bomb-disposal experts", "Army bomb-disposal experts"),
]


def _agent_rows(draft: str):
    from checker.compare.draft_agents import draft_agent_rows
    from checker.compare.sentence_index import sentence_index
    from checker.reading.text import split_sentences
    sources = [(label, text, split_sentences(text)) for label, text in SOURCES.items()]
    return draft_agent_rows(draft, split_sentences(draft), *sentence_index(sources), {}, [])


@pytest.mark.parametrize("draft, phrase, credited", CONTRADICTED)
def test_a_body_the_sources_do_not_credit_with_the_act_is_contradicted(draft, phrase, credited):
    rows = [r for r in _agent_rows(draft) if r["draft"] == phrase]
    assert [r["verdict"] for r in rows] == ["contradicted"]
    assert rows[0]["safe_wording"] == credited and rows[0]["contradicted_by"] == ["wire"]
    assert draft[rows[0]["start"]:rows[0]["end"]] == phrase


@pytest.mark.parametrize("draft, phrase, credited", CONTRADICTED)
def test_the_draft_sheet_calls_a_wrong_body_contradicted(draft_frame, draft, phrase, credited):
    rows = draft_frame(SOURCES, draft)
    start = draft.index(phrase) + len("Date: 2024-05-04\n\n")
    over = rows[(rows["start"] < start + len(phrase)) & (rows["end"] > start)]
    assert "contradicted" in set(over["verdict"])


@pytest.mark.parametrize("draft, phrase", [
    # the body the sources credit, by its initials or in other words
    ("A reward of $50,000 for information about the pipe bombs is being offered by the Federal Bureau of "
     + "Investigation.", "Federal Bureau"),
    ("The Treasury Department added the wallet address that received the stolen coins to its sanctions list.",
     "Treasury Department"),
    # another act than the sources tell (no source sentence with the verb tells it)
    ("The Capitol Police arrested two men near the party headquarters where the pipe bombs were found.",
     "Capitol Police"),
    # the branch the sources name, however else the draft words it
    ("The wreckage was spotted by air force planes about 400 km west of the islands.", "air force planes"),
    ("Army experts defused a second device found near the market.", "Army experts"),
    # the draft names the sources' body beside its own
    ("The army's Delta Engineer Group defused a second device found near the market.", "Delta Engineer Group"),
])
def test_the_sources_body_or_another_act_is_not_contradicted(draft, phrase):
    assert not [r for r in _agent_rows(draft) if phrase in r["draft"]]


@pytest.mark.parametrize("sentence, agents", [
    ("On Thursday the US Treasury added the address to its sanctions list.", [("US Treasury", "add")]),
    ("The reward is being offered by the Capitol Police.", [("Capitol Police", "offer")]),
    ("The FBI is offering a reward.", [("FBI", "offer")]),
    ("A committee was set up by the home ministry.", [("home ministry", "set up")]),
    # an adverb of manner between a body and its verb; a participle in its relative clause
    ("The FBI formally took over the case on Friday.", [("FBI", "take")]),
    ("The FBI, which has now taken over the investigation, is treating it as terrorism.", [("FBI", "take")]),
    ("The local police arrested two men.", [("local police", "arrest")]),
    ("Debris was spotted by Brazilian air force pilots.", [("Brazilian air force pilots", "spott")]),
    ("Navy divers recovered the recorders on Friday.", [("Navy divers", "recove")]),
    ("Late on Sunday the air force defused a pipe bomb.", [("air force", "defus")]),
    # a body's initials in brackets before its verb; "which is ...ing"; a name opening with initials ("U.S.")
    ("The Transportation Safety Board of Canada (TSB) is leading the investigation.",
     [("Transportation Safety Board of Canada", "lead")]),
    ("Investigators from the Civil Aviation Authority, which is leading the inquiry, arrived on Monday.",
     [("Civil Aviation Authority", "lead")]),
    ("The inquiry is being led by the U.S. National Transportation Safety Board.",
     [("U.S. National Transportation Safety Board", "lead")]),
    # the name before a passive is who it was done to; a possessive is no agent; people are not judged here;
    # verbs of saying are the quotations' to check
    ("The Capitol Police was criticised by senators.", []),
    ("Activision's shares jumped on the news.", []),
    ("President Joko Widodo ordered the league suspended.", []),
    ("The FBI said the bombs were viable.", []),
])
def test_agents_of_a_sentence(sentence, agents):
    assert [(a, stem) for a, stem, _, _ in agents_of(sentence)] == agents


@pytest.mark.parametrize("a, b, same", [
    ("FBI", "Federal Bureau of Investigation", True),
    ("US Treasury", "Treasury Department", True),
    ("WHO", "WHO", True),
    ("Capitol Police", "FBI", False),
])
def test_same_body(a, b, same):
    assert same_body(a, b) == same


SPLIT = {
    "wire": "Date: 2024-05-04\n\nShe said the fine was imposed by the federal environment agency, Ibama, for "
            "polluting the river.\n",
    "paper": "Date: 2024-05-04\n\nThe fine, imposed by the national mining regulator DNPM, was only a first penalty "
             "and further penalties could follow.\n",
}


def test_a_source_crediting_the_drafts_body_in_fewer_like_words_vouches_for_it(draft_frame):
    # the paper's sentence shares more words with the draft's, but the wire credits the draft's body with the act:
    # the sources differ among themselves, and the draft sides with one of them
    draft = "The fine was imposed by the federal environment agency Ibama, and further penalties could follow."
    # the paper's body alone contradicts the draft's
    rows = draft_frame({"paper": SPLIT["paper"]}, draft)
    assert "contradicted" in set(rows["verdict"])
    rows = draft_frame(SPLIT, draft)        # (the paper's file is still there)
    assert "contradicted" not in set(rows["verdict"]), rows.to_dict("records")


def test_a_body_described_before_a_comma_is_read():
    assert [(a, stem) for a, stem, _, _ in agents_of(SPLIT["wire"].split("\n\n")[1])] == \
        [("federal environment agency, Ibama", "fin")]
