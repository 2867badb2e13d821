"""A day two sources tell in like words, one of them another day (our sentences; all dated Saturday 30 March 2024)."""
import pytest

import checker

DIVERS = "Date: 2024-03-30\n\nDivers on Wednesday pulled two bodies from a red pickup truck in the river.\n"


def _days(tmp_path, other: str):
    (tmp_path / "wire.txt").write_text(DIVERS, encoding="utf-8")
    (tmp_path / "paper.txt").write_text(f"Date: 2024-03-30\n\n{other}\n", encoding="utf-8")
    result = checker.check(tmp_path)
    return result.findings[result.findings["claim"].str.startswith("day:")]


@pytest.mark.parametrize("other, status", [
    # the same recovery, a day off: the sources cannot both be right
    ("Divers pulled two bodies on Thursday from a red pickup truck near the bridge.", "conflict"),
    # told as the wire tells it: nothing to show
    ("Divers pulled two bodies on Wednesday from a red pickup truck near the bridge.", None),
    # three days off: another day's event, however alike the words
    ("Divers pulled two bodies on Saturday from a red pickup truck near the bridge.", None),
    # a day said as "today": when the page was written as much as when it happened
    ("Divers pulled two bodies today from a red pickup truck near the bridge.", None),
    # the words that say what the day is of come late in a long clause
    ("On Thursday divers pulled two men in a slow operation from a red pickup truck.", "conflict"),
    # another count first, the wire's own told as the earlier one: an update on its own day
    ("Divers on Thursday pulled five bodies, up from two, from a red pickup truck in the river.", None),
    # the day police spoke of the bodies divers pulled, not the day they pulled them
    ("Police said Thursday that divers pulled two bodies from a red pickup truck in the river.", None),
    # the day's own clause is of something else
    ("The river was closed to ships on Thursday; divers pulled two bodies from a red pickup truck.", None),
    # the clause shares only its verb, the sentence the rest: the same recovery
    ("Two bodies, found by divers in a red pickup truck in the river, were pulled out on Thursday.", "conflict"),
    # ... but a day's news is the news's day, not the day of what it tells
    ("Police, reacting to Thursday's report by divers, said two bodies were in a red pickup truck.", None),
    # two days of one act: the wire's day is one of them, and neither alone is the act's
    ("Divers pulled two bodies on Wednesday and Thursday from a red pickup truck in the river.", None),
    ("Divers pulled two bodies on Tuesday, Wednesday or Thursday from a red pickup truck in the river.", None),
])
def test_a_day_told_alike_and_given_otherwise_is_a_conflict(tmp_path, other, status):
    days = _days(tmp_path, other)
    assert list(days["status"]) == ([status] if status else [])
    if status:
        values = days.iloc[0]["values"]
        assert values["wire"].startswith("Wednesday") and values["paper"].startswith("Thursday")


def test_a_short_clause_told_word_for_word_needs_no_more_words_alike(tmp_path):
    """'in a televised address on Saturday' / 'In a televised address on Sunday': the day's whole clause is
    the same, which says more than the rest of two sentences that go on about other things."""
    (tmp_path / "wire.txt").write_text("Date: 2024-03-25\n\nThe president, in a televised address on Saturday, "
                                       "called the massacre a barbaric act.\n", encoding="utf-8")
    (tmp_path / "paper.txt").write_text("Date: 2024-03-25\n\nIn a televised address on Sunday, he said the gunmen "
                                        "had been trying to flee.\n", encoding="utf-8")
    days = checker.check(tmp_path).findings
    days = days[days["claim"].str.startswith("day:")]
    assert list(days["status"]) == ["conflict"]


def test_a_day_opening_its_sentence_is_the_next_clauses(tmp_path):
    """'On Tuesday, a Canadian aircraft detected underwater noises': the day set apart by a comma is told of the
    clause after it, and pairs with 'noises, first detected by a Canadian aircraft on Monday'."""
    (tmp_path / "wire.txt").write_text("Date: 2023-06-23\n\nOn Tuesday, a Canadian aircraft detected underwater "
                                       "noises in the search area.\n", encoding="utf-8")
    (tmp_path / "paper.txt").write_text("Date: 2023-06-23\n\nRescuers were buoyed by underwater noises, first "
                                        "detected by a Canadian aircraft on Monday and heard again later.\n",
                                        encoding="utf-8")
    days = checker.check(tmp_path).findings
    days = days[days["claim"].str.startswith("day:")]
    assert list(days["status"]) == ["conflict"]


def test_a_day_to_come_is_not_the_day_before_told_wrong(checked):
    findings = checked({"wire": "The airport stayed closed to passenger flights on Friday, its chief executive said.",
                        "paper": "The airport will stay closed to passenger flights on Saturday, its chief executive "
                                 "said."}, "2024-03-30").findings
    assert findings[findings["claim"].str.startswith("day:")].empty


@pytest.mark.parametrize("paper, status", [
    # the figure both clauses tell is a word of substance they share: one birthday, told on two days
    ("Putin, who turned 70 on Thursday, ordered a government commission to deal with the emergency.", "conflict"),
    ("Putin, who turned 70 on Friday, ordered a government commission to deal with the emergency.", None),
    # a vague word is no figure to share
    ("Hundreds of people gathered on Thursday as Putin ordered a government commission.", None),
])
def test_a_figure_both_clauses_tell_pairs_two_days(tmp_path, paper, status):
    days = _day_findings(tmp_path, ("2022-10-08", "The blast came a day after Putin turned 70 on Friday, and hundreds "
                                                  "of people gathered on Friday."), ("2022-10-08", paper))
    assert list(days["status"]) == ([status] if status else [])


def _day_findings(tmp_path, wire: tuple[str, str], paper: tuple[str, str]):
    """The day findings of checking a wire and a paper, each (date, text)."""
    for name, (date, text) in (("wire", wire), ("paper", paper)):
        (tmp_path / f"{name}.txt").write_text(f"Date: {date}\n\n{text}\n", encoding="utf-8")
    days = checker.check(tmp_path).findings
    return days[days["claim"].str.startswith("day:")]


def test_a_day_whose_first_count_differs_is_another_update(tmp_path):
    """'said on Tuesday that 749 people had been detained' / 'said on Wednesday that 1,062 people had been
    detained ..., up from 749': the second source tells both counts, each on its day; no day told wrong."""
    (tmp_path / "wire.txt").write_text("Date: 2024-08-01\n\nThe attorney general said on Tuesday that 749 people had "
                                       "been detained over the protests and could face terrorism charges.\n",
                                       encoding="utf-8")
    (tmp_path / "paper.txt").write_text("Date: 2024-08-01\n\nThe attorney general said on Wednesday that 1,062 people "
                                        "had been detained over the protests, up from 749, and could face terrorism "
                                        "charges.\n", encoding="utf-8")
    days = checker.check(tmp_path).findings
    assert days[days["claim"].str.startswith("day:")].empty


@pytest.mark.parametrize("paper, status", [
    # one visit, worded as each outlet words it ("toured the site" / "visited the scene"), a day off
    ("Prime Minister Margaret Thatcher, who visited the scene on Friday, praised the villagers.", "conflict"),
    ("Prime Minister Margaret Thatcher, who visited the scene on Thursday, praised the villagers.", None),
])
def test_one_visit_told_in_other_words_on_another_day_is_a_conflict(checked, paper, status):
    findings = checked({"wire": "Health Secretary Kenneth Clarke toured the site on Thursday with Prime Minister "
                                "Margaret Thatcher.", "paper": paper}, "2024-03-30").findings
    days = findings[findings["claim"].str.startswith("day:")]
    assert list(days["status"]) == ([status] if status else [])


@pytest.mark.parametrize("wire, paper, status", [
    # one speaker, or one office, speaking on two days: two statements, whatever each said
    ("Alameda County Sheriff Greg Ahern said late Friday that he did not expect huge numbers of dead.",
     "The Alameda County Sheriff's Office said on Thursday that a third of the building had been searched.", None),
    # one thing said, told on two days: the words of substance they share are not the speaker's name
    ("Prime Minister Theresa May announced on Friday a fund of 5 million pounds for survivors.",
     "The fund of 5 million pounds for survivors, announced on Thursday, will pay for food.", "conflict"),
])
def test_days_two_speakers_spoke_pair_on_what_was_said_not_who_said_it(checked, wire, paper, status):
    findings = checked({"wire": wire, "paper": paper}, "2024-03-30").findings
    days = findings[findings["claim"].str.startswith("day:")]
    assert list(days["status"]) == ([status] if status else [])


@pytest.mark.parametrize("wire, paper, status", [
    # a date written out, copied wrong by two days: the same arrest
    ("Anderson was arrested on Dec. 7, 1984, after flying into Bhopal.",
     "Anderson was arrested on Dec. 9, 1984, after flying into Bhopal.", "conflict"),
    # a weekday three days off is another day's event, however alike the words
    ("Anderson was arrested on Tuesday after flying into Bhopal.",
     "Anderson was arrested on Friday after flying into Bhopal.", None),
    # one end of a span against the other end: no date told two ways
    ("A period of national mourning was declared through Nov. 5 for the crush victims.",
     "A period of national mourning was declared from Oct. 30 for the crush victims.", None),
])
def test_a_date_written_out_and_copied_wrong_may_be_days_off(checked, wire, paper, status):
    days = checked({"wire": wire, "paper": paper}, "2024-12-20").findings
    days = days[days["claim"].str.startswith("day:")]
    assert list(days["status"]) == ([status] if status else [])


def test_the_main_events_date_written_out_a_day_off_in_few_like_words_is_a_conflict(checked):
    result = checked({
        "wire": "A fireworks depot exploded in Enschede on 13 May 2000, flattening the Roombeek district.",
        "agency": "Twenty-three people died when the fireworks depot in Enschede exploded on 13 May 2000.",
        "paper": "A court overturned the conviction over the fireworks explosion in Enschede on 12 May 2000."},
        "2003-06-20")
    rows = result.findings[result.findings["claim"] == "event_date"]
    assert list(rows["status"]) == ["conflict"]
    assert set(rows.iloc[0]["values"]) == {"wire", "agency", "paper"}


@pytest.mark.parametrize("paper, status", [
    # a day declared one of mourning is one day, told before it comes or after it passed
    ("The country observed a national day of mourning on Monday for the victims of the siege.", "conflict"),
    ("The country observed a national day of mourning on Tuesday for the victims of the siege.", None),
])
def test_a_declared_day_is_one_day_told_before_or_after(tmp_path, paper, status):
    days = _day_findings(tmp_path, ("2002-10-27", "The Kremlin said Putin had declared Tuesday a national day of "
                                                  "mourning for the victims of the siege."), ("2002-10-30", paper))
    assert list(days["status"]) == ([status] if status else [])


@pytest.mark.parametrize("paper, status", [
    # the same sentence of the same court, a month off: one of the sources has the month wrong
    ("The builder was first jailed by the court in Almelo in September 2002.", "conflict"),
    ("The builder was first jailed by the court in Almelo in August 2002.", None),
    # half a year off: another month's event, however alike the words
    ("The builder was first jailed by the court in Almelo in February 2003.", None),
])
def test_a_month_told_alike_and_given_otherwise_is_a_conflict(checked, paper, status):
    result = checked({"wire": "The builder was first jailed by the district court in Almelo in August 2002.",
                      "paper": paper}, "2024-03-30")
    months = result.findings[result.findings["claim"].str.startswith("day:")]
    assert list(months["status"]) == ([status] if status else [])
    if status:
        assert months.iloc[0]["label"].startswith("Month: ")
