"""A day in the draft that no claim takes is checked against the day sources give in words like the draft's
(our sentences; the sources and the draft are dated Saturday 4 May 2024)."""
import datetime as dt

import pytest

from checker.claims.document import read_document
from checker.compare.draft_days import draft_day_rows
from checker.sources.load import Source

SOURCES = {
    "wire": "Date: 2024-05-04\n\nThe prime minister, who had called the attack shameful, made a surprise visit to the "
            "capital on Friday and promised armoured vehicles.\n\nThe electoral commission declared the result on "
            "Wednesday at the national collation centre in the capital.\n",
    "paper": "Date: 2024-05-04\n\nThe foreign minister was in the capital on Thursday for talks on grain exports.\n\n"
             "A health ministry official told reporters on Thursday that the count of bodies registered at the "
             "central mortuary was the basis of the toll.\n",
}


@pytest.mark.parametrize("draft, day, verdict, by", [
    # a date claim ('attack') matched the draft's Thursday with the paper's, another event's: the retold words decide
    ("The prime minister called the attack shameful and made a surprise visit to the capital on Thursday, "
     "promising armoured vehicles.", "Thursday", "contradicted", ["wire"]),
    ("The prime minister called the attack shameful and made a surprise visit to the capital on Friday, "
     "promising armoured vehicles.", "Friday", "supported", ["wire"]),
    ("The prime minister made a surprise visit to the capital on 3 May and promised armoured vehicles.",
     "3 May", "supported", ["wire"]),
])
def test_a_day_told_alike_is_judged_by_the_sources_day(draft_frame, draft, day, verdict, by):
    rows = draft_frame(SOURCES, draft)
    mine = rows[rows["draft"].str.startswith(day)]
    assert list(mine["verdict"]) == [verdict]
    assert (mine["supported_by"] if verdict == "supported" else mine["contradicted_by"]).iloc[0] == by


def test_a_hyphenated_word_tells_what_its_parts_do(tmp_path):
    # "over militant-held territory" is "over territory held by rebels": the day's clause holds "held" too
    from checker.claims import days_with_words
    from checker.sources import load_sources
    (tmp_path / "wire.txt").write_text("Date: 2024-05-04\n\nA cargo jet was shot down over militant-held territory "
                                       "on Thursday.\n", encoding="utf-8")
    wire, = (read_document(s, None) for s in load_sources([tmp_path / "wire.txt"]))
    day, = days_with_words(wire)
    assert {"held", "militant", "territory"} <= set(day.clause) and "held" in day.words


@pytest.mark.parametrize("draft", [
    # the words before "after" are the result's, the day is the vote's
    "The commission read out the result at the national collation centre in the capital four days after "
    "Saturday's vote.",
    # a figure's standing on a day holds after the day a source told it
    "The count of bodies registered at the central mortuary stood at 45 on Saturday.",
    "As of Saturday, the count of bodies registered at the central mortuary was 45.",
    # words like no source's
    "Farmers blocked the ring road on Tuesday with tractors.",
])
def test_no_row_for_a_day_told_of_something_else(draft_frame, draft):
    rows = draft_frame(SOURCES, draft)
    assert rows.empty or rows[rows["event"] == "told alike"].empty


@pytest.mark.parametrize("draft, verdicts", [
    # another update of the figure, with its own day: not the source's statement told with another day
    ("The death toll from the flooding in the valley rose to 212 on Thursday, the interior ministry said.", []),
    ("The death toll from the flooding in the valley rose to 240 on Thursday, the interior ministry said.",
     ["contradicted"]),
])
def test_a_day_beside_another_figure_is_another_update(tmp_path, draft, verdicts):
    from checker.claims.document import read_document
    from checker.compare.draft_days import draft_day_rows
    from checker.sources import load_sources
    (tmp_path / "paper.txt").write_text("Date: 2024-05-04\n\nThe death toll from the flooding in the valley rose to "
                                        "240 on Friday, the interior ministry said.\n", encoding="utf-8")
    (tmp_path / "draft.txt").write_text(f"Date: 2024-05-04\n\n{draft}\n", encoding="utf-8")
    paper, mine = (read_document(s, None) for s in load_sources([tmp_path / "paper.txt", tmp_path / "draft.txt"]))
    assert [r["verdict"] for r in draft_day_rows(mine, {"paper": paper}, [], {})] == verdicts


@pytest.mark.parametrize("draft, verdicts", [
    # "on Thursday and again on Friday": the source tells the draft's Friday in the words of its Thursday
    ("The river had already risen above the flood mark at the old bridge on Friday, at 6.1 metres.", []),
    ("The river first rose above the flood mark at the old bridge on Wednesday.", ["contradicted"]),
])
def test_a_day_told_again_is_told_in_the_words_of_the_day_before(tmp_path, draft, verdicts):
    from checker.sources import load_sources
    (tmp_path / "paper.txt").write_text("Date: 2024-05-04\n\nThe river rose above the flood mark at the old bridge "
                                        "on Thursday and again on Friday, when it reached 6.1 metres.\n",
                                        encoding="utf-8")
    (tmp_path / "draft.txt").write_text(f"Date: 2024-05-04\n\n{draft}\n", encoding="utf-8")
    paper, mine = (read_document(s, None) for s in load_sources([tmp_path / "paper.txt", tmp_path / "draft.txt"]))
    assert [r["verdict"] for r in draft_day_rows(mine, {"paper": paper}, [], {})] == verdicts


def test_a_day_of_the_sentences_other_clause_is_another_events(tmp_path):
    # the sources' Friday is the collapse's, told in the words of the sentence but not of the visit's clause
    from checker.sources import load_sources
    (tmp_path / "wire.txt").write_text("Date: 2024-05-04\n\nPresident Ana Ruiz toured the town of Delmar on Saturday, "
                                       "where a quarry wall collapsed on Friday and buried two houses.\n",
                                       encoding="utf-8")
    (tmp_path / "paper.txt").write_text("Date: 2024-05-04\n\nIn Delmar, a quarry wall collapsed on Friday and buried "
                                        "two houses near the river.\n", encoding="utf-8")
    (tmp_path / "draft.txt").write_text("Date: 2024-05-04\n\nPresident Ana Ruiz visited the town of Delmar on Friday, "
                                        "where a quarry wall collapsed and buried two houses.\n", encoding="utf-8")
    wire, paper, mine = (read_document(s, None) for s in load_sources(
        [tmp_path / "wire.txt", tmp_path / "paper.txt", tmp_path / "draft.txt"]))
    rows = draft_day_rows(mine, {"wire": wire, "paper": paper}, [], {})
    assert [(r["draft"], r["verdict"], r["contradicted_by"]) for r in rows] == [("Friday", "contradicted", ["wire"])]


JURY = {"wire": "Date: 2024-05-04\n\nClosing arguments ran late on Tuesday, and jurors began deliberating on "
                "Wednesday.\n",
        "paper": "Date: 2024-05-04\n\nJury deliberations began on Wednesday, May 1.\n",
        "radio": "Date: 2024-05-04\n\nThe seven men and five women of the jury reached a verdict on Thursday.\n"}


@pytest.mark.parametrize("sources, verdict", [
    # the day's own clause is told alike by two sources: it outweighs a sentence sharing more words elsewhere
    (JURY, "contradicted"),
    # one source only, with two words of a clause alike: too little
    ({"paper": JURY["paper"], "radio": JURY["radio"]}, None),
])
def test_the_days_own_clause_decides_what_it_is_of(draft_frame, sources, verdict):
    rows = draft_frame(sources, "The jury of seven men and five women, who began deliberating on Tuesday, sent a "
                                "note to the judge.")
    mine = rows[(rows["event"] == "told alike") & rows["draft"].str.startswith("Tuesday")] if not rows.empty else rows
    assert list(mine["verdict"]) == ([verdict] if verdict else [])


def test_a_bare_weekday_in_a_draft_written_a_week_later_is_still_the_sources_day(tmp_path):
    from checker.claims.document import read_document
    from checker.compare.draft_days import draft_day_rows
    from checker.sources import load_sources
    (tmp_path / "paper.txt").write_text(
        "Date: 2022-11-01\n\nCommissioner Yoon Hee-geun apologised at a press conference on Tuesday.\n", encoding="utf-8")
    (tmp_path / "draft.txt").write_text(
        "Date: 2022-11-10\n\nCommissioner Yoon Hee-keun apologised on Wednesday, promising an inquiry.\n",
        encoding="utf-8")
    paper, mine = (read_document(s, None) for s in load_sources([tmp_path / "paper.txt", tmp_path / "draft.txt"]))
    assert [(r["draft"], r["verdict"]) for r in draft_day_rows(mine, {"paper": paper}, [], {})] == \
        [("Wednesday", "contradicted")]


def test_a_draft_weekday_where_no_source_gives_a_day_gets_a_row_and_no_crash(draft_frame):
    rows = draft_frame({"wire": "Date: 2024-05-04\n\nPower was cut to 500,000 homes in the state.\n"},
                       "The storm hit the port on Friday, and power was cut to 500,000 homes.")
    assert not rows.empty and "Friday" not in set(rows.loc[rows["verdict"] == "contradicted", "draft"])


PERIODS = {
    "wire": "Date: 2024-05-04\n\nThe exchange was founded in March 2012 by two former bank engineers in a rented "
            "office above a bakery.\n\nThe regulator first fined the exchange on May 14, 2019 for weak money "
            "laundering checks.\n",
    "paper": "Date: 2024-05-04\n\nThe exchange grew quickly and was valued at $2 billion by the end of that decade.\n",
}


@pytest.mark.parametrize("draft, period, verdict", [
    # a month told alike: the same month backs it, another month of its size contradicts it
    ("The exchange was founded in March 2012 by two former bank engineers.", "March 2012", "supported"),
    ("The exchange was founded in March 2013 by two former bank engineers.", "March 2013", "contradicted"),
    # a year holding the source's day backs it
    ("The regulator first fined the exchange in 2019 for weak money laundering checks.", "2019", "supported"),
])
def test_a_month_or_year_told_alike_is_judged_by_the_sources(draft_frame, draft, period, verdict):
    rows = draft_frame(PERIODS, draft)
    mine = rows[rows["draft"].eq(period) & rows["event"].eq("told alike")]
    assert list(mine["verdict"]) == [verdict]
    assert (mine["supported_by"] if verdict == "supported" else mine["contradicted_by"]).iloc[0] == ["wire"]


@pytest.mark.parametrize("draft, verdicts", [
    # the very month written so, in a sentence sharing two words of substance: backed, though two words are too
    # few to call another month wrong
    ("The company, founded in March 2012, is now one of the largest in Asia.", ["supported"]),
    ("The company, founded in March 2013, is now one of the largest in Asia.", []),
])
def test_a_period_written_as_a_sources_is_backed_on_fewer_words(draft_frame, draft, verdicts):
    sources = {"wire": "Date: 2024-05-04\n\nThe company, founded in March 2012, runs two data centres.\n"}
    rows = draft_frame(sources, draft)
    assert list(rows.loc[rows["claim"].eq("date") & rows["event"].eq("told alike"), "verdict"]) == verdicts


@pytest.mark.parametrize("draft", [
    # a day outside the year says nothing of it: it may be another fine
    "The regulator first fined the exchange in 2017 for weak money laundering checks.",
    # a year as of the draft's own date
    "The regulator first fined the exchange last year for weak money laundering checks.",
])
def test_no_row_for_a_period_the_sources_do_not_speak_to(draft_frame, draft):
    rows = draft_frame(PERIODS, draft)
    assert rows.empty or rows[rows["claim"].eq("date") & rows["event"].eq("told alike")].empty


@pytest.mark.parametrize("draft, verdicts", [
    # a day two weeks off, told in the same clause words and more: the day written wrong, not another event
    ("The bill will wait until the parliament's summer session opens on May 16, after the holiday.",
     ["contradicted"]),
    # two weeks off with fewer words alike: another event's day, left alone
    ("Parliament opens on May 16.", []),
])
def test_a_day_told_closely_is_judged_further_off(draft, verdicts):
    day = dt.date(2024, 5, 4)
    source = read_document(Source("paper", "paper.txt", "He froze the bill until the parliament's summer session "
                                                        "opens on May 30, to give dialogue a chance.", day))
    mine = read_document(Source("draft", "draft.txt", draft, day, role="draft"))
    rows = draft_day_rows(mine, {"paper": source}, [], {})
    assert [r["verdict"] for r in rows] == verdicts


def test_a_source_day_the_draft_sentence_gives_too_is_its_other_day(draft_frame):
    # a source telling the recovery on Wednesday says nothing of the draft's Monday fall, told in its sentence too
    sources = {"wire": "Date: 2024-05-04\n\nKessel's preference shares closed 5.2 percent higher at 111.50 euros on "
                       "Wednesday, recovering only a fraction of the losses of the previous two sessions. The stock "
                       "fell 18.6 percent on Monday and a further 19.8 percent on Tuesday.\n"}
    rows = draft_frame(sources, "Kessel's preference shares fell 18.6 percent on Monday and 19.8 percent on Tuesday, "
                                "erasing 25 billion euros of market value, before recovering part of the loss on "
                                "Wednesday.")
    assert "contradicted" not in set(rows[rows["event"] == "told alike"]["verdict"])



def test_a_day_told_by_the_gmt_clock_is_not_the_local_day(tmp_path):
    # "23:51 GMT on Monday" is the day in London; the quake struck on Tuesday where it struck
    import checker
    (tmp_path / "wire.txt").write_text("Date: 2011-02-23\n\nThe magnitude 6.3 tremor hit at 12:51 local time on Tuesday "
                                       "22 February (23:51 GMT on Monday), as the city centre was busy with lunchtime "
                                       "crowds.\n", encoding="utf-8")
    draft = tmp_path / "draft.md"
    draft.write_text("Date: 2011-02-23\n\nThe magnitude 6.3 quake struck at 12:51pm local time (22:51 GMT on Monday) "
                     "on Tuesday 22 February, when the city centre was crowded with lunchtime workers.\n",
                     encoding="utf-8")
    rows = checker.check(tmp_path / "wire.txt", draft=draft).draft
    told = rows[rows["event"] == "told alike"]
    assert "contradicted" not in set(told["verdict"])


def test_a_sentences_only_day_on_the_gmt_clock_still_tells_the_day(draft_frame):
    sources = {"wire": "Date: 2024-05-04\n\nShortly before 18:00 GMT on Thursday, jurors told the judge that they "
                       "could not agree on three counts.\n",
               "paper": "Date: 2024-05-04\n\nThe verdicts were read in court on Friday.\n"}
    rows = draft_frame(sources, "Just before 10 a.m. on Thursday the jurors told the judge that they could not agree "
                                "on three counts.")
    assert list(rows.loc[rows["draft"].str.startswith("Thursday"), "verdict"]) == ["supported"]



@pytest.mark.parametrize("dateline, kept", [
    ("PHILADELPHIA, May 1 (Reuters) -", False), ("LONDON, May 1 -", False), ("CAIRO, Egypt, May 1 —", False),
    # a day opening a sentence is the story's
    ("On May 1 -", True)])
def test_a_datelines_day_is_the_filing_day_not_a_day_the_story_tells(tmp_path, dateline, kept):
    from checker.claims import days_with_words
    from checker.sources import load_sources
    (tmp_path / "wire.txt").write_text(f"Date: 2024-05-01\n\n{dateline} The passenger train that derailed in the city "
                                       "on Tuesday night was travelling at twice the speed limit.\n", encoding="utf-8")
    doc = read_document(load_sources([tmp_path / "wire.txt"])[0], None)
    assert [d.reading.text for d in days_with_words(doc)] == (["May 1", "Tuesday"] if kept else ["Tuesday"])


@pytest.mark.parametrize("weekday, verdict", [("Sunday", "contradicted"), ("Saturday", "supported")])
def test_an_undated_drafts_wrong_weekday_in_the_week_before_is_the_events_day_told_wrong(tmp_path, weekday,
                                                                                        verdict):
    # the draft has no date: its "Sunday" is read as the Sunday before the story's Saturday, six days off
    import checker
    for name, opening in (("wire", "A truck bomb exploded early on Saturday on the Kerch bridge, officials said. "
                                   "Traffic was halted."),
                          ("paper", "A bomb exploded on the bridge on Saturday, the governor said.")):
        (tmp_path / f"{name}.txt").write_text(f"Date: 2022-10-08\n\n{opening}\n", encoding="utf-8")
    draft = tmp_path.parent / f"{tmp_path.name}-draft.txt"
    draft.write_text(f"The explosion on {weekday} killed three people, Russian investigators said.\n", encoding="utf-8")
    rows = checker.check(tmp_path, draft=draft).draft
    assert list(rows.loc[rows["draft"].str.startswith(weekday), "verdict"]) == [verdict]



# 7 May 2024 was a Tuesday and 3 May a Friday: each `local` gives a weekday its date disagrees with
VERSAILLES = {
    "wire": "Date: 2024-05-04\n\nThe president will address both houses of parliament at Versailles on Monday.\n",
    "paper": "Date: 2024-05-04\n\nThe president will address both houses of parliament at Versailles on Monday, "
             "May 6.\n",
    "local": "Date: 2024-05-04\n\nThe president will address both houses of parliament at Versailles on Monday "
             "7 May.\n",
}
STRUCK = {
    "wire": "Date: 2024-05-04\n\nThe gunman struck on Friday evening near the market.\n",
    "paper": "Date: 2024-05-04\n\nThe gunman struck near the market on Friday, May 3.\n",
    "local": "Date: 2024-05-04\n\nThe gunman struck near the market on Thursday 3 May.\n",
}


@pytest.mark.parametrize("sources, draft, day, verdict, by", [
    # the local paper's "7 May" is the draft's Tuesday, but its "Monday" is every other source's day
    (VERSAILLES, "The president will address both houses of parliament at Versailles on Tuesday.", "Tuesday",
     "contradicted", ["paper", "wire"]),
    # its "3 May" is the draft's Friday, its "Thursday" not: it neither backs nor gainsays the draft
    (STRUCK, "The gunman struck near the market on Friday evening.", "Friday", "supported", ["paper", "wire"]),
])
def test_a_source_whose_weekday_and_date_disagree_speaks_to_neither(draft_frame, sources, draft, day, verdict, by):
    rows = draft_frame(sources, draft)
    mine = rows[rows["draft"].str.startswith(day)]
    assert list(mine["verdict"]) == [verdict]
    assert sorted(mine["supported_by" if verdict == "supported" else "contradicted_by"].iloc[0]) == by
