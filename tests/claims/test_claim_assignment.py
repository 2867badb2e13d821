"""Which claim a figure belongs to, decided by the words around it (tests/claims/claim_sentences.yaml).

The table was written by a helper who had not read the checker: 216 wire-style sentences, 394
figures. `python benchmarks/claim_assignment.py` prints every miss.
"""
import pytest
import yaml

from checker.claims import Story, load_rules, read_mentions
from checker.sources import Source

from claim_assignment import TABLE, base, score

RIGHT_SHARE = 0.9


def test_most_figures_are_read_for_their_claim():
    right, total, wrong = score()
    assert right / total >= RIGHT_SHARE, "\n".join(wrong)


ON_BOARD = [(case["sentence"], f["phrase"]) for case in yaml.safe_load(TABLE.read_text(encoding="utf-8"))
            for f in case["figures"] if f["claim"] == "on_board"]
OWN = [
    ("A bus carrying 52 passengers and crew plunged into a ravine near the border.", "52"),
    ("The boat was carrying 61 people when it capsized; 45 were rescued.", "61"),
    ("There were 132 people aboard the plane, and rescuers have found 40 survivors.", "132"),
    ("The ferry had 300 passengers on board; 12 are missing.", "300"),
]


@pytest.mark.parametrize("sentence, phrase", ON_BOARD + OWN)
def test_people_on_board_are_never_missing_or_rescued(sentence, phrase):
    source = Source("s", "s.txt", sentence + "\n", None, "source", {})
    mentions, _ = read_mentions([source], load_rules(None), Story())
    at = sentence.index(phrase)
    read = {base(m.claim) for m in mentions if m.start < at + len(phrase) and at < m.end}
    assert not read & {"missing", "rescued"}, read


# "the <toll> of ... has risen to N": the subject's cue decides, however far back, whatever cues stand between
SUBJECT_DECIDES = [
    ("The death toll from the shelling of a bus depot crowded with families trying to flee the fighting has risen "
     "to 31, officials said.", "31", "deaths"),
    ("The number of people injured when the grandstand at the county fair collapsed during a concert on Saturday "
     "rose to 64.", "64", "injured"),
    ("Officials said the number of people still missing after the mudslide buried homes in the valley had "
     "climbed to 18.", "18", "missing"),
]


@pytest.mark.parametrize("sentence, phrase, claim", SUBJECT_DECIDES)
def test_the_subject_of_a_rising_count_decides_its_claim(sentence, phrase, claim):
    source = Source("s", "s.txt", sentence + "\n", None, "source", {})
    mentions, _ = read_mentions([source], load_rules(None), Story())
    at = sentence.index(phrase)
    assert {base(m.claim) for m in mentions if m.start < at + len(phrase) and at < m.end} == {claim}


# A clause with a subject of its own between a cue and a figure ("killed as he shielded ... two daughters") keeps
# the cue from the figure: the figure is what that clause's verb acts on.
OWN_SUBJECT = [
    ("A former fire chief was killed as he shielded his wife and two daughters from the gunfire.", "two", set()),
    ("Two police officers died while they escorted 40 prisoners to the courthouse.", "40", set()),
    ("Two police officers died while they escorted 40 prisoners to the courthouse.", "Two", {"deaths"}),
    ("The gunman killed three people before he was shot by a sniper.", "three", {"deaths"}),
    # "two others": the word between a number word and its verb does not make it a pronoun
    ("One spectator was killed and two others were critically injured when the gunman fired.", "two others",
     {"injured"}),
    ("Three more died in hospital overnight, the ministry said.", "Three", {"deaths"}),
]


@pytest.mark.parametrize("sentence, phrase, claims", OWN_SUBJECT)
def test_a_clause_with_its_own_subject_keeps_a_cue_from_a_figure(sentence, phrase, claims):
    source = Source("s", "s.txt", sentence + "\n", None, "source", {})
    mentions, _ = read_mentions([source], load_rules(None), Story())
    at = sentence.index(phrase)
    assert {base(m.claim) for m in mentions if m.start < at + len(phrase) and at < m.end} & {
        "deaths", "injured", "missing", "rescued", "on_board", "arrested"} == claims


@pytest.mark.parametrize("figure, claim", [
    # a fact box's next line tells another fact under its own label, though no stop ends the line before it
    ("approximately 130 kilometres", None),
    ("about 545 metres", "depth"),
])
def test_a_cue_on_a_fact_boxs_next_line_is_not_the_figures(mention_at, figure, claim):
    box = ("INCIDENT SUMMARY\n\nDate: Sunday, 20 December 1987\nTime: approximately 22:30H (local time)\n"
           "Location: Tablas Strait, off Dumali Point, Oriental Mindoro, approximately 130 kilometres south of Manila\n"
           "Depth of water at site: about 545 metres\n")
    try:
        mention, _ = mention_at(box, figure, lambda m: m.kind != "date")
    except AssertionError:
        mention = None                  # no rule takes the figure
    assert (mention.claim if mention else None) == claim
