"""Sources written years apart (the night, the inquiry, the anniversary) tell one event: what they do not place in
time is about the year most of them name (our own sentences)."""
import checker


def _check(tmp_path, texts: dict[str, str]):
    for name, text in texts.items():
        (tmp_path / f"{name}.txt").write_text(text, encoding="utf-8")
    return checker.check(tmp_path)


# sentences that place nothing, so the figure after them is placed by no anchor
FILLER = "Survivors laid flowers at the site. The choir sang. The mayor spoke of the rebuilt streets.\n\n"


def test_a_figure_placed_in_the_event_year_meets_those_placed_nowhere(tmp_path):
    result = _check(tmp_path, {
        "inquiry": "Date: 2001-02-28\n\nThe inquiry said the blast of 13 May 2000 killed 22 people in the town.\n\n"
                   + FILLER + "In 1992, a cargo jet crash in the capital killed 43 people.\n",
        "trial": "Date: 2003-05-12\n\nA court cleared the man accused over the blast of 13 May 2000.\n\n" + FILLER
                 + "The disaster killed 23 people in the town.\n",
        "anniversary": "Date: 2005-05-10\n\nThe town remembered the depot blast of 13 May 2000.\n\n" + FILLER
                       + "The disaster killed 23 people in the town.\n\n" + FILLER
                       # the anniversary's own figures, placed in its year, outnumber those placed in the event's
                       + "On Tuesday, 300 people attended the service, 40 wreaths were laid and 12 bells rang.\n"})
    deaths = result.mentions[(result.mentions["claim"] == "deaths") & (result.mentions["event"] == "2000")]
    assert set(deaths["source"]) == {"inquiry", "trial", "anniversary"}
    assert result.status_of("deaths", "2000") == "conflict"


def test_an_undated_pieces_weekday_places_nothing_among_sources_of_other_years(tmp_path):
    # the undated wire's "Wednesday night" would be read in the year the sources mostly are, an anniversary's
    result = _check(tmp_path, {
        "wire": "Thirty-eight people were killed Wednesday night when fans stormed a terrace at the stadium.\n",
        "trial": "Date: 1989-04-29\n\nThe court heard how fans stormed a terrace on 29 May 1985.\n\n"
                 "In all 39 people were killed in the crush.\n",
        "anniversary": "Date: 2015-05-29\n\nThe city marked 30 years since the stadium disaster of 29 May 1985.\n\n"
                       "In all 39 people were killed in the crush.\n",
        "memorial": "Date: 2025-05-26\n\nA ceremony will mark the disaster of 29 May 1985.\n\n"
                    "In all 39 people were killed in the crush.\n"})
    deaths = result.mentions[result.mentions["claim"] == "deaths"]
    assert set(deaths["event"]) == {"1985"} and "wire" in set(deaths["source"])
    assert result.status_of("deaths", "1985") == "conflict"


def test_reports_of_one_year_keep_the_main_event(tmp_path):
    result = _check(tmp_path, {
        "a": "Date: 2024-05-04\n\nThe blast of 3 May 2024 killed 12 people.\n",
        "b": "Date: 2024-05-05\n\nThe disaster killed 14 people, police said on Sunday.\n"})
    assert result.status_of("deaths", "2024") == "conflict"


def test_a_dateline_without_a_year_places_nothing_among_sources_of_other_years(tmp_path):
    # "July 2 (Reuters)" is dated in the year most sources were, a guess: its "Monday" is no anniversary's Monday
    result = _check(tmp_path, {
        "wire": "BERLIN, July 2 (Reuters) - Two planes collided late on Monday, killing 70 people.\n",
        "report": "Date: 2004-05-19\n\nInvestigators looked again at the collision of 1 July 2002.\n\n" + FILLER
                  + "In all 71 people were killed in the collision.\n",
        "verdict": "Date: 2005-10-26\n\nA court ruled on the killing linked to the collision of 1 July 2002.\n\n"
                   + FILLER + "In all 71 people were killed in the collision.\n",
        "anniversary": "Date: 2012-07-01\n\nThe town remembered the collision of 1 July 2002.\n\n" + FILLER
                       + "In all 71 people were killed in the collision.\n"})
    deaths = result.mentions[result.mentions["claim"] == "deaths"]
    assert set(deaths["event"]) == {"2002"} and "wire" in set(deaths["source"])
    assert result.status_of("deaths", "2002") == "conflict"
