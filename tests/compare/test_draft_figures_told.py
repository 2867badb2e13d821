"""A draft figure a source states in a sentence worded like the draft's is supported by that source, whatever
claim either was read into; another figure, or the same figure said of something else, is not."""
import datetime as dt
from types import SimpleNamespace

import pytest

from checker.claims import mentions_frame
from checker.claims.document import Mention
from checker.claims.rules import made_rule
from checker.compare.draft import draft_verdicts
import checker
from checker import read_quantities
from checker.compare.draft_figures import _by_kind, _told_otherwise, told_alike

WIRE = "He found customers lost $8 billion, shareholders $1.5 billion and banks $1.1 billion."
DRAFT = "The judge rejected the argument, finding that customers lost $8 billion."
TOLD = {(8e9, "USD"): [("wire", WIRE)], (6101533.0, ""): [("wire", "Musa Bello finished third with 6,101,533.")]}


def _rows_over(rows, draft: str, phrase: str):
    """The draft rows over the phrase (the draft_frame fixture puts a date line before the draft)."""
    start = draft.index(phrase) + len("Date: 2024-05-04\n\n")
    return rows[(rows["start"] < start + len(phrase)) & (rows["end"] > start)]


@pytest.mark.parametrize("stated, unit, sentence, by", [
    (8e9, "USD", DRAFT, ["wire"]),
    (8e9, "EUR", DRAFT, []),                                                   # another currency
    (9e9, "USD", DRAFT.replace("$8", "$9"), []),                               # another figure
    (8e9, "USD", "Shares in the bank fell by $8 billion on Monday.", []),      # another fact
    (6101533.0, "votes", "Musa Bello of the NNPP finished third with 6,101,533.", ["wire"]),
    (float("nan"), None, DRAFT, []),
])
def test_told_alike(stated, unit, sentence, by):
    assert told_alike(TOLD, stated, unit, sentence) == by


def _mention(source, role, value, sentence):
    return Mention(source=source, path=f"{source}.txt", claim="damage_cost", kind="count", text=f"${value:g}",
                   start=0, end=5, low=value, high=value, stated=value, unit="USD", value=f"{value:,.0f}",
                   sentence=sentence, event="2022", role=role)


OTHER_FACT = "The fraud caused losses of at least $10 billion."
SAME_FACT = "The judge rejected the argument, finding that customers lost $9 billion."
AGAINST = "The judge rejected the argument, finding that customers lost $10 billion."


@pytest.mark.parametrize("told, paper, verdict, supported, contradicted", [
    ({}, OTHER_FACT, "contradicted", [], ["paper"]),
    # the claim's only source figure is another fact's
    (TOLD, OTHER_FACT, "supported", ["wire"], []),
    # ... but where it is told in words like the draft's too, the sources differ on the figure
    (TOLD, SAME_FACT, "disputed", ["wire"], ["paper"]),
])
def test_a_contradicted_figure_a_source_tells_alike_is_supported(told, paper, verdict, supported, contradicted):
    frame = mentions_frame([_mention("paper", "source", 10e9 if paper == OTHER_FACT else 9e9, paper),
                            _mention("draft", "draft", 8e9, DRAFT)])
    rule = made_rule("damage_cost", "count", "Damage or losses", "test")
    rows = draft_verdicts(frame, [rule], {}, None, told)
    assert list(rows["verdict"]) == [verdict]
    assert rows["supported_by"].iloc[0] == supported and rows["contradicted_by"].iloc[0] == contradicted


@pytest.mark.parametrize("against, verdict", [
    # the figure that does not fit is another fact's, told in other words: the draft's figure is supported
    (OTHER_FACT, "supported"),
    # ... but told in words like the draft's, the sources differ on it
    (AGAINST, "disputed"),
])
def test_a_disputed_figure_a_source_tells_alike_is_supported_unless_another_tells_it_otherwise(against, verdict):
    rows = _verdicts_against(against, TOLD)
    assert list(rows["verdict"]) == [verdict]


def _verdicts_against(against: str, told: dict):
    """The draft's $8 billion where one source states it, another states $10 billion in `against`."""
    frame = mentions_frame([_mention("paper", "source", 8e9, "Investors lost $8 billion in all, the filing says."),
                            _mention("tabloid", "source", 10e9, against),
                            _mention("draft", "draft", 8e9, DRAFT)])
    rule = made_rule("damage_cost", "count", "Damage or losses", "test")
    return draft_verdicts(frame, [rule], {}, None, told)


TOLD_TWICE = {(8e9, "USD"): [("wire", WIRE), ("daily", DRAFT)]}


@pytest.mark.parametrize("told, verdict", [
    # two sources tell the draft's figure in its words, one another figure: the draft has what they tell
    (TOLD_TWICE, "supported"),
    # one against one: the sources differ
    (TOLD, "disputed"),
])
def test_a_figure_most_sources_tell_in_the_drafts_words_is_supported(told, verdict):
    rows = _verdicts_against(AGAINST, told)
    assert list(rows["verdict"]) == [verdict]
    assert rows["contradicted_by"].iloc[0] == ["tabloid"] and "tabloid: " in rows["sources_say"].iloc[0]


@pytest.mark.parametrize("figures, verdict", [
    # "billions of dollars" fits $5.8 billion as it fits the $5.5 billion the same source states: no backing
    ([("paper", 5.5e9, None), ("paper", 5e9, "vague")], "contradicted"),
    # where no source states a figure, the vague one is all there is to set the draft's against
    ([("tabloid", 5e9, "vague")], "supported"),
])
def test_a_vague_figure_backs_the_drafts_only_where_no_source_states_one(figures, verdict):
    sources = []
    for source, value, qualifier in figures:
        m = _mention(source, "source", value, "The bank lost heavily on the fund's collapse.")
        m.qualifier, m.high = qualifier, (value * 10 if qualifier else value)
        sources.append(m)
    frame = mentions_frame(sources + [_mention("draft", "draft", 5.8e9, "The bank, which lost $5.8 billion, sued.")])
    rule = made_rule("damage_cost", "count", "Damage or losses", "test")
    rows = draft_verdicts(frame, [rule], {}, None, {})
    assert list(rows["verdict"]) == [verdict]


@pytest.mark.parametrize("other, verdict", [
    # the other source's only figure in the claim is far from the draft's: another fact's, not another telling
    (67e9, "supported"),
    (0.5e9, "supported"),
    # ... one of its size is another telling of the same fact: the sources differ on it
    (9e9, "disputed"),
])
def test_a_figure_far_from_the_drafts_does_not_dispute_it(other, verdict):
    frame = mentions_frame([_mention("paper", "source", 8e9, "Investors lost $8 billion in all, the filing says."),
                            _mention("tabloid", "source", other, "The fund is worth a great deal, its owners say."),
                            _mention("draft", "draft", 8e9, DRAFT)])
    rule = made_rule("damage_cost", "count", "Damage or losses", "test")
    rows = draft_verdicts(frame, [rule], {}, None, {})
    assert list(rows["verdict"]) == [verdict]


WIRE_STORY = ("Date: 2024-05-04\n\nThe governor won with 8,794,726 votes. Former minister Ada Obi came second with "
              "6,984,520 votes, and Musa Bello finished third with 6,101,533.\n")
PAPER_STORY = ("Date: 2024-05-04\n\nThe governor took 8,794,726 votes, the commission said. His nearest rival, Ada Obi, "
               "had 6,984,520.\n")


@pytest.mark.parametrize("draft, phrase, verdicts", [
    ("The governor won with 8,794,726 votes, ahead of Ada Obi with 6,984,520 votes, while Musa Bello finished "
     "third with 6,101,533.", "6,101,533", ["supported"]),
    ("The governor won with 8,794,726 votes, ahead of Ada Obi with 6,984,520 votes, while Musa Bello finished "
     "third with 6,110,533.", "6,110,533", ["contradicted"]),
    # vague: nothing precise to be wrong
    ("The governor won with 8,794,726 votes, ahead of Ada Obi with 6,984,520 votes, while Musa Bello finished "
     "third with thousands.", "thousands", []),
    # the sentence worded like the draft's counts something else
    ("The governor won with 8,794,726 votes, ahead of Ada Obi with 6,984,520 votes, while Musa Bello finished "
     "third with 42 districts.", "42 districts", []),
])
def test_a_draft_figure_no_claim_took_is_checked_against_the_sources(draft_frame, draft, phrase, verdicts):
    mine = _rows_over(draft_frame({"wire": WIRE_STORY, "paper": PAPER_STORY}, draft), draft, phrase)
    assert list(mine["verdict"]) == verdicts
    if verdicts == ["supported"]:
        assert mine["supported_by"].iloc[0] == ["wire"]
        assert "worded like the draft's" in mine["sources_say"].iloc[0]
    if verdicts == ["contradicted"]:
        # the sentence worded most like the draft's gives another figure, which the row shows
        assert mine["contradicted_by"].iloc[0] == ["wire"] and mine["safe_wording"].iloc[0] == "6,101,533"
        assert "Musa Bello finished third with 6,101,533" in mine["sources_say"].iloc[0]


def test_a_figure_no_claim_backs_is_contradicted_by_the_sentence_worded_like_it(draft_frame):
    # the draft's toll, worded as no rule reads a toll ("the figure for the dead"), is told by a source sentence in
    # like words that gives another figure
    sources = {"wire": "Date: 2024-05-04\n\nThe United Nations lowered its figure for the dead to 3,958 on "
                       "Sunday, citing the World Health Organization.\n",
               "paper": "Date: 2024-05-04\n\nRescue teams were still searching the port for survivors.\n"}
    draft = "The United Nations now puts the confirmed toll at 3,598, citing the World Health Organization."
    mine = _rows_over(draft_frame(sources, draft), draft, "3,598")
    assert list(mine["verdict"]) == ["contradicted"]
    assert mine["contradicted_by"].iloc[0] == ["wire"] and mine["safe_wording"].iloc[0].startswith("3,958")


def _told_otherwise_of(sentences: list[str], draft: str, kind: str) -> list[str]:
    """The figures of `kind` in a wire's `sentences` that say the draft sentence's figure of that kind is wrong."""
    by_kind = _by_kind({i: [("wire", text, SimpleNamespace(text=text, start=0), q) for q in read_quantities(text)
                            if q.kind == kind] for i, text in enumerate(sentences)})
    mine = next(q for q in read_quantities(draft) if q.kind == kind)
    return [theirs.text for _, _, theirs in _told_otherwise(by_kind, mine, draft, 0)]


LEAK_SENTENCES = [
    "The leak was found at noon, when 4,502 bitcoin worth about 48.2 billion yen left a wallet controlled by the "
    "exchange.",
    "A decade ago another bitcoin exchange collapsed after losing coins then worth roughly 48 billion yen.",
]


@pytest.mark.parametrize("draft, against", [
    # the sentence worded most like the draft's gives 48.2 billion ("about 48.2 billion" vouches for its last
    # digit); a loosely like sentence's "roughly 48 billion", of another theft, does not back it
    ("The bitcoin, worth 47.2 billion yen, left a wallet controlled by the exchange.", ["about 48.2 billion yen"]),
    ("The bitcoin, worth 48.2 billion yen, left a wallet controlled by the exchange.", []),
    # the draft's rounding of the sentence's figure
    ("The bitcoin, worth 48 billion yen, left a wallet controlled by the exchange.", []),
])
def test_a_figure_is_judged_by_the_sentences_worded_most_like_its_own(draft, against):
    assert _told_otherwise_of(LEAK_SENTENCES, draft, "money")[:1] == against


ARRESTS = ["Attorney General Tarek William Saab said Wednesday that 1,062 people had been arrested in the protests.",
           "Attorney General Tarek William Saab said on Thursday that more than 1,000 people had been arrested in the "
           "protests."]


@pytest.mark.parametrize("draft, against", [
    # an exact figure told as closely as a bound that fits the draft's: the bound does not outweigh it
    ("Attorney General Tarek William Saab said 1,026 people had been arrested in the protests.", ["1,062"]),
    ("Attorney General Tarek William Saab said 1,062 people had been arrested in the protests.", []),
    # a round figure of the draft's is no exact one: the bound that fits it backs it
    ("Attorney General Tarek William Saab said 1,100 people had been arrested in the protests.", []),
])
def test_an_exact_figure_told_closely_outweighs_a_bound_that_fits(draft, against):
    assert _told_otherwise_of(ARRESTS, draft, "count") == against


JURY = "The jury had spent more than 50 hours considering the case."


@pytest.mark.parametrize("draft, against", [
    # "more than 60" starts where "more than 50" (50 to 60) ends: the two cannot both be right
    ("The jurors spent more than 60 hours considering the case.", ["more than 50 hours"]),
    ("The jurors spent about 55 hours considering the case.", []),
    ("The jurors spent 60 hours considering the case.", []),
])
def test_figures_whose_intervals_only_touch_at_an_open_end_do_not_fit(draft, against):
    assert _told_otherwise_of([JURY], draft, "duration") == against


FLIGHTS = "The board said the helicopter had no flight recorders and was on its eighth flight of the day."


@pytest.mark.parametrize("draft, against", [
    # one noun ranked in both, in sentences sharing a word or two else: the draft's rank is the wrong one
    ("Records show the helicopter was on its ninth flight of the day.", ["eighth"]),
    ("Records show the helicopter was on its eighth flight of the day.", []),
    # another noun ranked
    ("Records show the helicopter was on its ninth day of flight.", []),
])
def test_a_rank_is_judged_against_the_same_nouns(draft, against):
    assert _told_otherwise_of([FLIGHTS], draft, "ordinal") == against


AGES = {"wire": "Date: 2024-05-04\n\nJudge Ana Ruiz ordered the 32-year-old to forfeit $40 million and serve three "
                "years of supervised release.\n\nThe sole survivor, Tomas Berg, 40, was sitting in seat 11A near an "
                "exit. His brother Erik Berg, 45, who was sitting in another row, is missing.\n"}


@pytest.mark.parametrize("draft, phrase, verdicts", [
    # an age no claim took, told otherwise in like words
    # (worded apart enough that the aligned sentences do not see it)
    ("After prison the 31-year-old faces three years of supervised release, and must forfeit $40 million, Ruiz "
     "ruled.", "31-year-old", ["contradicted"]),
    ("After prison the 32-year-old faces three years of supervised release, and must forfeit $40 million, Ruiz "
     "ruled.", "32-year-old", ["supported"]),
    # the age a source gives another person in like words supports nothing
    ("Tomas Berg, 45, the one survivor, had been sitting in seat 11A, close to an exit.", "45", ["contradicted"]),
])
def test_an_age_told_alike_is_the_same_persons(draft_frame, draft, phrase, verdicts):
    mine = _rows_over(draft_frame(AGES, draft), draft, phrase)
    assert sorted(set(mine["verdict"])) == verdicts


SURVIVORS = {"wire": "Date: 2024-05-04\n\nThe only survivors were two flight attendants, a 33-year-old man and a "
                     "25-year-old woman, who were pulled from the tail.\n"}


@pytest.mark.parametrize("draft, verdicts", [
    # the 25-year-old tells that the source sentence is the draft's retold: three shared words then suffice for
    # the 35, and the source's 25 is the woman's, not a figure against the man's
    ("The survivors, a 35-year-old man and a 25-year-old woman, are in hospital.",
     {"35-year-old": ("contradicted", "33-year-old"), "25-year-old": ("supported", "")}),
    # with no figure told alike beside it, three words are too few to call the 35 wrong
    ("The survivors, a 35-year-old man and his wife, are in hospital.", {}),
])
def test_a_figure_beside_one_told_alike_is_judged_by_that_sentence(draft_frame, draft, verdicts):
    rows = draft_frame(SURVIVORS, draft)
    ages = rows[rows["draft"].str.endswith("year-old")]
    assert {r.draft: (r.verdict, r.safe_wording if r.verdict == "contradicted" else "") for r in ages.itertuples()} \
        == verdicts


DAY_1, DAY_2, DAY_3 = (dt.date(2022, 10, 31), dt.date(2022, 11, 1), dt.date(2022, 11, 14))


@pytest.mark.parametrize("published, second, verdict", [
    # the draft gives the toll as the latest report has it: the earlier figures are the count rising
    ({"first": DAY_1, "second": DAY_2, "latest": DAY_3}, 156, "supported"),
    # ... or as the highest of the latest day's reports: the toll rose within the day
    ({"first": DAY_1, "second": DAY_3, "latest": DAY_3}, 156, "supported"),
    # not when a report as recent gives a higher one, or when the dates are not known
    ({"first": DAY_1, "second": DAY_3, "latest": DAY_3}, 161, "disputed"),
    ({}, 156, "disputed"),
])
def test_a_toll_as_the_latest_report_gives_it_is_supported(published, second, verdict):
    mentions = [_mention("first", "source", 97, "The crush killed 97 people."),
                _mention("second", "source", second, f"The crush killed {second} people."),
                _mention("latest", "source", 158, "The crush killed 158 people."),
                _mention("draft", "draft", 158, "The crush killed 158 people.")]
    for m in mentions:
        m.unit = "people"
    frame = mentions_frame(mentions)
    rule = made_rule("damage_cost", "count", "Damage or losses", "test")
    rows = draft_verdicts(frame, [rule], {}, None, None, published)
    assert list(rows["verdict"]) == [verdict]


@pytest.mark.parametrize("draft, verdict", [
    # the draft tells its toll as the one that rose to it, above every figure against it: the earlier counts
    ("The death toll has risen to 158, officials said.", "supported"),
    ("The death toll now stands at 158.", "supported"),
    # told plainly: the sources still differ
    ("The crush killed 158 people.", "disputed"),
])
def test_a_toll_the_draft_tells_as_risen_stands_over_lower_ones(draft, verdict):
    mentions = [_mention("first", "source", 97, "The crush killed 97 people."),
                _mention("latest", "source", 158, "The toll rose to 158."),
                _mention("draft", "draft", 158, draft)]
    for m in mentions:
        m.claim, m.unit, m.text = "deaths", None, "158" if m.role == "draft" else m.text   # a toll: no unit
    rows = draft_verdicts(mentions_frame(mentions), [made_rule("deaths", "count", "Death toll", "test")], {})
    assert list(rows["verdict"]) == [verdict]


def test_a_price_as_the_highest_of_the_days_figures_stays_disputed():
    """A price, a share or an age does not only rise: the higher of one day's two is no later one."""
    mentions = [_mention("first", "source", 51.2, "Shares closed at $51.20."),
                _mention("latest", "source", 51.7, "Shares closed at $51.70."),
                _mention("draft", "draft", 51.7, "Shares closed at $51.70.")]
    rows = draft_verdicts(mentions_frame(mentions), [made_rule("damage_cost", "count", "Damage or losses", "test")],
                          {}, None, None, {"first": DAY_3, "latest": DAY_3})
    assert list(rows["verdict"]) == ["disputed"]


def test_a_sum_of_money_worded_like_a_sources_is_contradicted_by_its_other_sum(draft_frame):
    # money in one currency is rare enough in a story that a sentence sharing three words says which sum is meant
    # (here an open claim pairs them too; in a story with many sums the told-alike check is what catches it)
    sources = {"wire": "Date: 2025-10-21\n\nThe museum's curator has put their value at 88 million euros, an estimate "
                       "prosecutors announced on Monday.\n",
               "paper": "Date: 2025-10-21\n\nVisitors queued outside the museum as it reopened.\n"}
    draft = "The loss has been put at €68 million, an estimate the prosecutors gave."
    mine = _rows_over(draft_frame(sources, draft), draft, "€68 million")
    assert list(mine["verdict"]) == ["contradicted"] and mine["contradicted_by"].iloc[0] == ["wire"]


def _moment(source, role, low, high):
    return Mention(source=source, path=f"{source}.txt", claim="auto:plane", kind="count", text="t", start=0, end=1,
                   low=low, high=high, stated=high, unit="minutes local", value=str(high), qualifier="about",
                   sentence="The plane touched down.", event="2022", role=role)


@pytest.mark.parametrize("description, verdict", [
    ("count:people", "supported"),         # a count as the latest report gives it: the earlier ones rose
    # a moment does not rise: the latest "shortly before 6 p.m." settles nothing
    ("time:minutes local", "disputed"),
])
def test_a_time_of_day_is_judged_by_the_sources_that_tell_it_not_by_the_latest(description, verdict):
    frame = mentions_frame([_moment("first", "source", 1067, 1067), _moment("second", "source", 1067, 1067),
                            _moment("latest", "source", 1072, 1082), _moment("draft", "draft", 1077, 1077)])
    rule = made_rule("auto:plane", "count", "auto: plane", "auto", description=description)
    rows = draft_verdicts(frame, [rule], {}, None, None, {"first": DAY_1, "second": DAY_1, "latest": DAY_3})
    assert list(rows["verdict"]) == [verdict]


def test_a_time_of_day_more_sources_tell_the_drafts_way_is_supported():
    frame = mentions_frame([_moment("first", "source", 327, 327), _moment("second", "source", 327, 327),
                            _moment("odd", "source", 386, 386), _moment("draft", "draft", 327, 327)])
    rule = made_rule("auto:plane", "count", "auto: plane", "auto", description="time:minutes UTC")
    rows = draft_verdicts(frame, [rule], {}, None, None, {"first": DAY_1, "second": DAY_1, "odd": DAY_3})
    assert list(rows["verdict"]) == ["supported"]


@pytest.mark.parametrize("draft, verdict", [
    # the draft credits nobody with the figure: the authorities' figure backs it
    ("At least 4,521 people were injured, according to the latest figures.", "supported"),
    # a figure no party gives
    ("At least 5,600 people were injured, according to the latest figures.", "contradicted"),
])
def test_a_figure_the_draft_credits_to_nobody_is_any_partys(draft_frame, draft, verdict):
    sources = {"wire": "Date: 2024-05-04\n\nThe authorities report 2,719 deaths, 4,521 injuries and 441 people "
                       "missing after the earthquake.\n",
               "paper": "Date: 2024-05-04\n\nThe earthquake killed 2,719 people, the military said.\n"}
    rows = draft_frame(sources, draft)
    injured = rows[rows["claim"].str.startswith("injured")]
    assert list(injured["verdict"]) == [verdict]


def test_a_source_that_also_states_the_drafts_figure_does_not_dispute_it(tmp_path):
    # the BBC says six died in this crash, and 67 in another one in words like the draft's: it backs the six;
    # a television report of seven dead, in words unlike the draft's, is another figure for another fact
    import checker
    texts = {
        "wire": "Six people were killed when a sightseeing helicopter crashed into the river on Thursday, police said.",
        "paper": "Six people were killed when the sightseeing helicopter plunged into the river on Thursday afternoon, "
                 "officials said.",
        "bbc": "The crash left six people dead. In January, 67 people were killed when a jet and an army helicopter "
               "collided over the same river.",
        "tv": "Local television reported seven dead.",
    }
    for name, text in texts.items():
        (tmp_path / f"{name}.txt").write_text(f"Date: 2025-04-11\n\n{text}\n", encoding="utf-8")
    draft = tmp_path.parent / "draft.txt"
    draft.write_text("Date: 2025-04-12\n\nSix people were killed when a sightseeing helicopter crashed into the river "
                     "on Thursday.\n", encoding="utf-8")
    deaths = checker.check(tmp_path, draft=draft).draft.query("claim == 'deaths'").iloc[0]
    assert deaths["verdict"] == "supported"
    assert set(deaths["supported_by"]) == {"wire", "paper", "bbc"}


def test_a_measure_in_a_sentence_worded_like_the_drafts_is_no_count_of_its_figure(draft_frame):
    # "about 80km" north-west of the city is no "nearly 80 cars": a figure told alike must be of the same unit
    sources = {"wire": "Date: 2023-02-07\n\nThe freight train, hauling 150 wagons from Dorran to Kestrel, came off "
                       "the rails late on Friday near Halden, about 80km north-west of Port Alva.\n",
               "paper": "Date: 2023-02-07\n\nThe train, hauling 150 cars from Dorran to Kestrel, derailed near "
                        "Halden late on Friday when 38 cars jumped the tracks.\n"}
    draft = "The train was hauling freight from Dorran to Kestrel when nearly 80 cars left the rails near Halden."
    mine = _rows_over(draft_frame(sources, draft), draft, "nearly 80")
    assert "supported" not in set(mine["verdict"])


@pytest.mark.parametrize("draft, verdict", [
    # one particular noun counted in each, figures near: two words in common say it is one count
    ("By then, 21 officers were gathered in the hallway.", "contradicted"),
    # another noun counted: no verdict from these sentences
    ("By then, 21 parents were gathered in the hallway.", None),
])
def test_a_count_of_the_same_noun_near_a_sources_is_contradicted_in_few_words(draft_frame, draft, verdict):
    sources = {"wire": "Date: 2022-05-27\n\nNineteen officers were in the hallway outside the classroom, but the "
                       "commander decided not to force the door, the state police chief said.\n",
               "paper": "Date: 2022-05-27\n\nThe gunman fired more than 100 rounds, officials said.\n"}
    mine = _rows_over(draft_frame(sources, draft), draft, "21")
    assert (verdict in set(mine["verdict"])) if verdict else "contradicted" not in set(mine["verdict"])


@pytest.mark.parametrize("sentence, alike", [
    # a short sentence shares all it has: its two words of substance
    ("Burn: 3 hours.", ["wire"]),
    # one word of substance is too little to say which figure it retells
    ("Expect 3 hours.", []),
    # a longer sentence still needs three in common
    ("The burn would take 3 hours.", []),
])
def test_a_short_sentence_is_told_alike_on_the_few_words_it_has(sentence, alike):
    from checker.compare.draft_figures import told_alike_in
    candidates = [("wire", "The railway said the controlled burn of the tank cars should last 3 hours.")]
    assert [label for label, _ in told_alike_in(candidates, sentence)] == alike


@pytest.mark.parametrize("stated, sentence, theirs, alike", [
    # a figure of three significant digits or more, stated as written in a sentence sharing one word of substance:
    # two facts of one story hardly ever share it
    (128, "It was travelling at 128 km/h.", "The express was diverted onto a loop, traveling at 128 kph.", True),
    (111900, "By Saturday morning the figure had risen to about 111,900 people.",
     "The White House said 6,800 were flown out overnight, bringing the total to about 111,900 people.", True),
    # a round figure is stated of many things: one word in common says nothing
    (120, "It was travelling at 120 km/h.", "The express was diverted onto a loop, traveling at 120 kph.", False),
    # and a distinct figure still needs a word in common
    (128, "It was travelling at 128 km/h.", "Officials counted 128 kph gusts on the coast.", False),
])
def test_a_distinct_figure_is_told_alike_on_one_word(stated, sentence, theirs, alike):
    from checker.compare.draft_figures import told_alike_in
    assert bool(told_alike_in([("wire", theirs)], sentence, "", stated)) == alike


@pytest.mark.parametrize("draft, contradicted", [
    # a part the draft counts by a noun of its own, far below the toll: never set against the toll
    ("All six Kazakhs were killed.", False),
    # the toll itself, told wrong
    ("The crash killed 31 people.", True),
])
def test_a_draft_figure_far_below_the_toll_with_a_noun_of_its_own_is_a_part(draft_frame, draft, contradicted):
    sources = {"wire": "Date: 2024-05-04\n\nThe crash killed 38 people, the ministry said.\n",
               "paper": "Date: 2024-05-04\n\nThirty-eight people were killed in the crash.\n",
               "third": "Date: 2024-05-04\n\nThe death toll from the crash stood at 38.\n"}
    rows = draft_frame(sources, draft)
    figure = "six" if "six" in draft else "31"
    verdicts = rows.loc[rows["draft"] == figure, "verdict"].tolist()
    assert ("contradicted" in verdicts) == contradicted


@pytest.mark.parametrize("draft, contradicted", [
    # the same noun, a tenfold gap: another thing counted ("units of blood" / "mobile health units")
    ("Some 500 units of blood were collected overnight as local people queued at hospitals in Balasore.", False),
    # near the source's figure, in words like its sentence: the figure told wrong
    ("Some 54 mobile health units were pressed into service as local people queued at hospitals in Balasore.", True),
])
def test_a_figure_tenfold_from_a_sentence_told_alike_is_another_count(draft_frame, draft, contradicted):
    sources = {"wire": "Date: 2024-05-04\n\nSome 200 ambulances and 45 mobile health units were pressed into service, "
                       "and local people queued at hospitals in Balasore to give blood.\n",
               "paper": "Date: 2024-05-04\n\nThe trains collided on Friday evening.\n"}
    rows = draft_frame(sources, draft)
    figure = "500" if "500" in draft else "54"
    verdicts = rows.loc[rows["draft"].str.contains(figure), "verdict"].tolist()
    assert ("contradicted" in verdicts) == contradicted


@pytest.mark.parametrize("draft, verdict", [
    # the organisers' figure, where the sources give only the police's: nothing of that party to set it against
    ("In Paris, police counted 81,000 demonstrators, while the CGT union claimed 700,000.", "unsupported"),
    # the police's figure told wrong: set against the police's
    ("In Paris, police counted 91,000 demonstrators, while the CGT union claimed 700,000.", "contradicted"),
])
def test_a_partys_figure_is_set_against_that_partys_only(draft_frame, draft, verdict):
    sources = {"wire": "Date: 2024-05-04\n\nIn Paris, police counted 81,000 demonstrators against the pension reform.\n",
               "paper": "Date: 2024-05-04\n\nNationwide, the interior ministry counted 1.28 million demonstrators.\n"}
    rows = draft_frame(sources, draft)
    figure = "700,000" if verdict == "unsupported" else "91,000"
    assert rows.loc[rows["draft"] == figure, "verdict"].tolist() == [verdict]


@pytest.mark.parametrize("draft, verdict", [
    # "a week" and "a month" are both written as one, in units apart: one is not the other told alike
    ("The prime minister ordered a committee to find out why the tower failed and report within a month.",
     "contradicted"),
    ("The prime minister ordered a committee to find out why the tower failed and report within a week.",
     "supported"),
])
def test_one_of_one_unit_is_not_one_of_another(draft_frame, draft, verdict):
    sources = {"wire": "Date: 2024-05-04\n\nThe prime minister has ordered a committee to find out why the tower "
                       "failed and report back within a week.\n"}
    mine = _rows_over(draft_frame(sources, draft), draft, "within a")
    assert verdict in set(mine["verdict"]) and ({"supported", "contradicted"} - {verdict}).isdisjoint(mine["verdict"])


@pytest.mark.parametrize("draft, verdict", [
    # a span has both its ends to get right
    ("AccuWeather estimated damage and economic losses at $135 billion to $160 billion.", "contradicted"),
    ("AccuWeather estimated damage and economic losses at $135 billion to $150 billion.", "supported"),
])
def test_a_span_in_the_draft_is_checked_at_both_ends(draft_frame, draft, verdict):
    sources = {"wire": "Date: 2025-01-09\n\nAccuWeather estimated damage and economic losses at $135 billion to "
                       "$150 billion.\n",
               "paper": "Date: 2025-01-09\n\nAccuWeather put the total damage and economic loss at $135 billion to "
                        "$150 billion.\n"}
    rows = _rows_over(draft_frame(sources, draft), draft, "$135 billion")
    assert rows["verdict"].tolist() == [verdict]



@pytest.mark.parametrize("minutes, by", [
    (1155, ["wire"]),           # 1915 GMT, as the wire writes it
    (1110, []),                 # 18:30 GMT: no source's time in like words (the paper's 18:30 BST is 17:30 GMT)
])
def test_a_time_of_day_is_told_in_utc(minutes, by):
    # the draft's time is set against the sources' times of day told in like words, each in UTC by its zone
    from checker.claims.document import read_document
    from checker.compare.draft_figures import TIME_UNIT, figures_told
    from checker.sources.load import Source
    texts = {"wire": "The verdict was read out at about 1915 GMT on Wednesday after nearly 11 hours of deliberations.",
             "paper": "The jury told the court at 13:30 local time (18:30 BST) on Wednesday that it had a verdict."}
    docs = {label: read_document(Source(label=label, path=f"{label}.txt", text=text), None)
            for label, text in texts.items()}
    told = figures_told(docs, list(docs))
    draft = "The verdict was read out at 1915 GMT after 11 hours of deliberations, the court said."
    assert told_alike(told, minutes, TIME_UNIT, draft, span=(minutes - 10, minutes + 10)) == by


@pytest.mark.parametrize("day, by", [
    (dt.date(2019, 3, 18), ["wire"]),     # the day a source writes with its date, in like words
    (dt.date(2019, 3, 19), []),           # the paper's bare "Tuesday" is any week's: no day told
])
def test_a_day_written_with_its_date_is_told(day, by):
    from checker.claims.document import read_document
    from checker.compare.draft_figures import DAY_UNIT, figures_told
    from checker.sources.load import Source
    texts = {"wire": (dt.date(2019, 3, 27), "On March 18, President Nyusi said after flying over the flooded region "
                                            "that the toll could be far higher."),
             "paper": (dt.date(2019, 3, 20), "On Tuesday, President Nyusi said after flying over the flooded region "
                                             "that the toll could be far higher.")}
    docs = {label: read_document(Source(label=label, path=f"{label}.txt", text=text, published=published))
            for label, (published, text) in texts.items()}
    told = figures_told(docs, list(docs))
    draft = "Speaking on Monday 18 March after flying over the flooded region, President Nyusi warned of more deaths."
    ordinal = day.toordinal()
    assert told_alike(told, ordinal, DAY_UNIT, draft, span=(ordinal, ordinal)) == by


@pytest.mark.parametrize("draft, source, fits", [
    # a measure a source gives in another unit was converted and rounded: "33,000ft" is about 10,000 metres
    ("cruising at 10,000 metres", "cruising at 33,000ft", True),
    ("cruising at 12,000 metres", "cruising at 33,000ft", False),
])
def test_a_converted_measure_fits_as_rounded(draft, source, fits):
    from checker.compare.draft_figures import _fits
    mine, = [q for q in read_quantities(draft) if q.kind == "measure"]
    theirs, = [q for q in read_quantities(source) if q.kind == "measure"]
    assert _fits(mine, theirs) is fits


@pytest.mark.parametrize("draft, verdicts", [
    # a span's two ends are two facts: the draft's start is the source's start, its end the source's end
    ("A curfew is in force inside the central city cordon from 6.30pm to 6.30am.", ["supported", "supported"]),
    ("A curfew is in force inside the central city cordon from 8.30pm to 6.30am.", ["contradicted", "supported"]),
])
def test_the_two_ends_of_a_span_of_time_are_each_set_against_their_own(draft_frame, draft, verdicts):
    sources = {"wire": "Date: 2024-05-04\n\nA curfew is in effect inside the cordon from 6.30pm to 6.30am, police "
                       "said.\n",
               "paper": "Date: 2024-05-04\n\nPolice said a curfew inside the city cordon would run from 6.30pm to "
                        "6.30am.\n"}
    rows = draft_frame(sources, draft)
    times = rows[rows["draft"].str.contains(r"\d\.30[ap]m", regex=True)].sort_values("start")
    assert list(times["verdict"]) == verdicts


@pytest.mark.parametrize("draft, backed", [
    # "nine" counts passengers there, and the sentence counts the crew apart: no telling of "nine crew members"
    ("The jet was carrying 149 passengers and nine crew members.", False),
    ("Among them were nine Ethiopian passengers, the airline said.", True),
])
def test_a_figure_of_another_noun_tells_no_count_of_the_drafts(draft_frame, draft, backed):
    sources = {"wire": "Date: 2024-05-04\n\nThe plane carried 149 passengers and eight crew members, the airline "
                       "said.\n",
               "paper": "Date: 2024-05-04\n\nAmong them were nine Ethiopian passengers, while all eight crew were "
                        "Ethiopian nationals, the airline said.\n"}
    rows = _rows_over(draft_frame(sources, draft), draft, "nine")
    assert ("supported" in set(rows["verdict"])) is backed


@pytest.mark.parametrize("draft, verdict", [
    # the source gives the draft's figure as another bank's loss, the draft's bank having its own
    ("UBS, which lost $911 million, was also among the banks hit by the fund's collapse.", "contradicted"),
    ("Morgan Stanley, which lost $911 million, was also among the banks hit by the fund's collapse.", "supported"),
])
def test_a_figure_the_source_gives_as_another_partys_does_not_support(draft_frame, draft, verdict):
    sources = {"wire": "Date: 2024-05-04\n\nMorgan Stanley lost $911m when the fund collapsed, and UBS lost $774m "
                       "in the first quarter, among the banks hit by the fund's collapse.\n",
               "paper": "Date: 2024-05-04\n\nNomura's losses from the fund's collapse reached about $2.85 billion.\n"}
    rows = _rows_over(draft_frame(sources, draft), draft, "$911 million")
    assert verdict in rows["verdict"].tolist(), rows[["draft", "verdict", "sources_say"]]
    assert ("contradicted" in rows["verdict"].tolist()) == (verdict == "contradicted")


@pytest.mark.parametrize("draft, verdict", [
    # one person's ordeal told in other words: the person named in both, and another duration
    ("In the port town, Maria Ortega, a 44-year-old nurse, spent 16 hours beneath the ruins of her "
     "home before neighbours pulled her out on Monday.", "contradicted"),
    ("In the port town, Maria Ortega, a 44-year-old nurse, spent 26 hours beneath the ruins of her "
     "home before neighbours pulled her out on Monday.", None),
])
def test_a_named_persons_duration_told_otherwise(draft_frame, draft, verdict):
    sources = {"wire": "Date: 2024-05-04\n\nOrtega held on for 26 hours beneath the concrete, rationing water "
                       "and calling out whenever she heard voices.\n"}
    phrase = "16 hours" if "16 hours" in draft else "26 hours"
    verdicts = _rows_over(draft_frame(sources, draft), draft, phrase)["verdict"].tolist()
    assert ("contradicted" in verdicts) == (verdict == "contradicted"), verdicts


def test_an_age_is_told_only_by_an_age(tmp_path):
    """'Spencer Lane, 14,' is not told by '14 members of the skating community', however alike the sentences."""
    folder = tmp_path / "story"
    folder.mkdir()
    (folder / "wire.txt").write_text("Date: 2025-01-31\n\nThe Skating Club of Boston lost two teenage skaters, Spencer "
                                     "Lane, 16, and Jinna Han, 13, and their mothers.\n", encoding="utf-8")
    (folder / "paper.txt").write_text("Date: 2025-01-31\n\nThe Skating Club of Boston lost skaters Spencer Lane, 16, "
                                      "and Jinna Han, 13.\n\nThe Skating Club of Boston said 14 members of the skating "
                                      "community were on board.\n", encoding="utf-8")
    draft = tmp_path / "draft.txt"
    draft.write_text("Date: 2025-01-31\n\nThe Skating Club of Boston lost young skaters Spencer Lane, 14, and Jinna "
                     "Han, 13.\n", encoding="utf-8")
    rows = checker.check(folder, draft=draft).draft
    assert list(rows.loc[rows["draft"] == "14", "verdict"]) == ["contradicted"]


def test_a_draft_sum_far_off_in_a_longer_sentence_meets_the_sources_sum(draft_frame):
    # 2 billion francs against 3 billion: not near, and the draft's sentence says much the sources' does not
    sources = {"wire": "Date: 2024-05-04\n\nHalden Bank agreed on Sunday to buy Norvik Credit for 3 billion Swiss "
                       "francs ($3.2 billion) in a rescue.\n",
               "paper": "Date: 2024-05-04\n\nThe Swiss franc held steady in Zurich trading on Monday.\n"}
    draft = ("The country's largest lender, Halden Bank, has agreed to buy its troubled rival Norvik Credit for 2 "
             "billion Swiss francs in an all-share deal the regulator pushed through to stop the panic spreading.")
    mine = _rows_over(draft_frame(sources, draft), draft, "2 billion Swiss francs")
    mine = mine[mine["draft"] == "2 billion Swiss francs"]
    assert list(mine["verdict"]) == ["contradicted"] and mine["contradicted_by"].iloc[0] == ["wire"]
