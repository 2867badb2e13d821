"""A weekday written beside a date is checked against the calendar, whatever words stand near it."""
import datetime

import pytest

import checker

WRONG = "They were arrested on Friday, Oct. 25, one of them at the airport, police said."     # 25 Oct 2025: a Saturday
RIGHT = "Police arrested two men on Saturday 25 October 2025, one of them at the airport."
ALSO_RIGHT = "The two suspects were detained on Saturday, October 25, prosecutors said."


def _check(tmp_path, texts):
    for name, text in texts.items():
        (tmp_path / f"{name}.txt").write_text(f"Date: 2025-11-01\n\n{text}\n", encoding="utf-8")
    result = checker.check(tmp_path)
    assert result.problems == []
    return result.findings[result.findings["claim"] == "weekday:2025-10-25"]


@pytest.mark.parametrize("texts, disagree", [
    ({"wire": WRONG, "paper": RIGHT}, ["wire"]),
    ({"wire": WRONG, "paper": RIGHT, "agency": ALSO_RIGHT}, ["wire"]),
    ({"wire": WRONG}, ["wire"]),                    # the calendar is the other side
    # a bare weekday read as that day names the right one beside the source that writes another
    ({"wire": WRONG, "paper": "Police arrested the two men at the airport last Saturday."}, ["wire"]),
])
def test_a_wrong_weekday_beside_a_date_is_a_conflict(tmp_path, texts, disagree):
    rows = _check(tmp_path, texts)
    assert len(rows) == 1
    row = rows.iloc[0]
    assert row["status"] == "conflict"
    assert row["disagree"] == disagree
    assert "was a Saturday" in row["note"]
    assert row["label"] == "Weekday of 25 October 2025 (a Saturday)"
    assert sorted(row["values"]) == sorted(texts)


def test_a_bare_weekday_of_another_act_that_day_stays_out_of_the_row(tmp_path):
    # the paper's Saturday tells the arrests; its other Saturday, a match, is another act of that day
    paper = ("Police arrested the two men at the airport last Saturday. The city's football club lost its match "
             "at home last Saturday.")
    result = checker.check(_written(tmp_path, {"wire": WRONG, "paper": paper}))
    mentions = result.mentions[result.mentions["claim"] == "weekday:2025-10-25"]
    assert sorted(mentions["sentence"].str[:20]) == ["Police arrested the ", "They were arrested o"]


def test_a_wrong_weekday_in_a_line_telling_no_act_keeps_every_bare_one(tmp_path):
    result = checker.check(_written(tmp_path, {"wire": "Friday, Oct. 25, 2025", "paper": "The city's football club "
                                               "lost its match at home last Saturday."}))
    mentions = result.mentions[result.mentions["claim"] == "weekday:2025-10-25"]
    assert sorted(mentions["source"]) == ["paper", "wire"]


def test_the_act_told_on_the_day_the_wrong_weekday_names_joins_the_row(tmp_path):
    # "Friday, Oct. 25" (a Saturday): the wire may have the day of the month wrong; the paper tells the arrests on
    # Friday, Oct. 24, and the row shows both; its match on Friday, another act, stays out
    paper = ("Police arrested the two men at the airport on Friday, Oct. 24. The city's football club lost its "
             "match at home on Friday, Oct. 24.")
    result = checker.check(_written(tmp_path, {"wire": WRONG, "paper": paper}))
    mentions = result.mentions[result.mentions["claim"] == "weekday:2025-10-25"]
    assert sorted(zip(mentions["source"], mentions["value"], mentions["sentence"].str[:16])) == [
        ("paper", "2025-10-24", "Police arrested "), ("wire", "2025-10-25", "They were arrest")]
    finding = result.findings[result.findings["claim"] == "weekday:2025-10-25"].iloc[0]
    assert finding["status"] == "conflict" and sorted(finding["values"]) == ["paper", "wire"]


def _written(folder, texts):
    for name, text in texts.items():
        (folder / f"{name}.txt").write_text(f"Date: 2025-11-01\n\n{text}\n", encoding="utf-8")
    return folder


def test_a_wrong_weekdays_evidence_is_the_weekday_not_the_date_beside_it(tmp_path):
    _check(tmp_path, {"wire": WRONG, "paper": RIGHT})
    result = checker.check(tmp_path)
    mentions = result.mentions[result.mentions["claim"] == "weekday:2025-10-25"].set_index("source")
    assert WRONG[mentions.loc["wire", "start"] - len("Date: 2025-11-01\n\n"):][:6] == "Friday"
    assert mentions.loc["wire", "end"] - mentions.loc["wire", "start"] == len("Friday")


def test_right_weekdays_make_no_row(tmp_path):
    assert _check(tmp_path, {"paper": RIGHT, "agency": ALSO_RIGHT}).empty


@pytest.mark.parametrize("text, dateline", [
    ("UVALDE, Texas, May 25 (Reuters) - A gunman killed 21 people at a school on Tuesday.", True),
    ("NEW YORK, May 25 (AP) — A gunman killed 21 people at a school on Tuesday.", True),
    ("On Tuesday, May 24 - a school day - a gunman killed 21 people.", False),
])
def test_a_wire_datelines_day_is_when_the_story_was_filed_not_an_event(text, dateline):
    from checker.claims.kinds.date import in_dateline
    day = text.index("May")
    assert in_dateline(text, day, day + 6) is dateline


def test_a_dateline_day_is_compared_with_no_event_day(tmp_path):
    (tmp_path / "wire.txt").write_text("UVALDE, Texas, May 25 (Reuters) - A gunman killed 21 people at an elementary "
                                       "school on Tuesday, officials said.\n", encoding="utf-8")
    (tmp_path / "paper.txt").write_text("Date: 2022-05-25\n\nA gunman killed 21 people at an elementary school on "
                                        "May 24, officials said.\n", encoding="utf-8")
    mentions = checker.check(tmp_path).mentions
    assert "May 25" not in set(mentions.loc[mentions["kind"] == "date", "text"])


@pytest.mark.parametrize("second, meets_thursday", [
    # the day investigators spoke is the day of the crash or a day after it
    ("Federal investigators said Friday they were still searching the river after the crash that killed six.", True),
    ("The agency told reporters on Friday that the crash had killed six people.", True),
    ("The helicopter crashed on Friday, killing six people.", False),
])
def test_the_day_a_source_spoke_is_the_event_day_or_after_it(tmp_path, second, meets_thursday):
    (tmp_path / "b.txt").write_text(f"Date: 2025-04-12\n\n{second}\n", encoding="utf-8")
    mentions = checker.check(tmp_path).mentions
    friday = mentions[(mentions["claim"] == "event_date") & (mentions["text"] == "Friday")].iloc[0]
    thursday = datetime.date(2025, 4, 10).toordinal()
    assert friday["value"] == "2025-04-11"
    assert (friday["low"] <= thursday <= friday["high"]) == meets_thursday
