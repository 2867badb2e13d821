"""What an editor needs from real multi-outlet coverage, each on a small story of our own sentences."""
from pathlib import Path

import pytest

import checker


def story(folder: Path, **texts: str) -> checker.Result:
    for name, text in texts.items():
        (folder / f"{name}.txt").write_text(text, encoding="utf-8")
    return checker.check(folder)


def status_of_one_claim(result, picked) -> str:
    """The status of the one claim that holds the `picked` mentions, two sources' worth."""
    assert picked["source"].nunique() == 2 and picked["claim"].nunique() == 1
    return result.findings.set_index("claim").loc[picked["claim"].iloc[0], "status"]


def rows(result, status=None, claim_part=""):
    f = result.findings
    picked = f[f["claim"].str.contains(claim_part, regex=False)]
    return picked if status is None else picked[picked["status"] == status]


def test_police_and_organisers_are_compared_apart_with_one_parties_row(tmp_path):
    result = story(
        tmp_path,
        wire="Date: 2023-03-07\n\nPolice said 80,000 people marched through the capital, while organisers put "
             "the crowd at half a million.\n",
        paper="Date: 2023-03-07\n\nOrganisers said 500,000 protesters took to the streets. Police counted "
              "80,000 demonstrators.\n",
        radio="Date: 2023-03-07\n\nAbout 80,000 people marched, according to police. The organisers said "
              "500,000 took part.\n")
    crowd = rows(result, claim_part="crowd_size")
    assert set(crowd["claim"]) >= {"crowd_size@authorities", "crowd_size@organisers", "crowd_size@parties"}
    assert crowd.loc[crowd["claim"] == "crowd_size@authorities", "status"].item() in ("agree", "variance")
    assert crowd.loc[crowd["claim"] == "crowd_size@organisers", "status"].item() in ("agree", "variance")
    assert (crowd["status"] == "parties differ").sum() == 1
    assert "conflict" not in set(crowd["status"])


@pytest.mark.parametrize("texts, claim_part, note", [
    ({"early": "Date: 2023-05-03\n\nThe floods have killed 120 people, officials said.\n",
      "late": "Date: 2023-05-04\n\nThe death toll from the floods has risen to 264, officials said.\n"},
     "deaths", "in time order: 120 on 3 May (early), 264 on 4 May (late): the count rose"),
    # a retrospective two years on: the day alone would put its 26 July before the wire's 20 August
    ({"wire": "Date: 2000-08-20\n\nThe divers found the submarine lying 115 metres below the surface of the sea.\n",
      "retro": "Date: 2002-07-26\n\nThe submarine had been lying 108 metres below the surface of the sea.\n"},
     "depth", "in time order: 115 metres on 20 Aug 2000 (wire), 108 metres on 26 Jul 2002 (retro): the figure fell"),
])
def test_a_figure_that_changed_is_a_conflict_told_in_time_order(tmp_path, texts, claim_part, note):
    changed = rows(story(tmp_path, **texts), claim_part=claim_part).iloc[0]
    assert changed["status"] == "conflict"
    assert note in changed["note"]


def test_a_time_of_day_told_two_ways_on_two_days_is_no_count_that_rose(tmp_path):
    # a moment is told right or wrong, whatever day the report is from
    result = story(
        tmp_path,
        early="Date: 2023-03-01\n\nThe two trains collided head-on near Tempi at 11:21 p.m., officials said.\n",
        late="Date: 2023-03-03\n\nThe two trains collided head-on near Tempi at 11:51 p.m., the fire service said.\n")
    times = result.findings[result.findings["values"].astype(str).str.contains("11:21")]
    assert len(times) == 1 and times.iloc[0]["status"] == "conflict"
    assert "the count" not in times.iloc[0]["note"]


def test_a_story_with_no_year_compares_all_its_mentions(tmp_path):
    result = story(
        tmp_path,
        a="The ferry sank on Sunday. At least 40 people were killed.\n",
        b="Rescuers said 52 people died when the ferry sank.\n")
    deaths = rows(result, claim_part="deaths")
    assert len(deaths) == 1 and deaths.iloc[0]["status"] == "conflict"
    assert "unplaced" not in set(result.mentions["event"])


@pytest.mark.parametrize("a, compared", [
    ("The strongest quake since 1998 killed 2,012 people on Friday.", "1998"),
    ("The quake, which killed 2,012 people, was the worst disaster since a 1960 tsunami.", "1960"),
    # the date of what a "since" compares with, in its own clause, dates nothing after it either
    ("It was the largest quake since records began in 1960. It killed 2,012 people.", "1960"),
])
def test_a_year_of_comparison_opens_no_event(tmp_path, a, compared):
    result = story(
        tmp_path,
        a=f"Date: 2023-09-10\n\n{a}\n",
        b="Date: 2023-09-10\n\nThe quake killed 2,122 people, the worst toll in 14 years.\n")
    deaths = rows(result, claim_part="deaths")
    assert len(deaths) == 1 and deaths.iloc[0]["status"] == "conflict"
    assert compared not in set(result.mentions["event"])


@pytest.mark.parametrize("compared", [
    "2014 sinking of the Sewol ferry, which killed 304 people.",
    "2014 al-Qaida bombing of the U.S. Embassy in the capital, which killed 304 people.",
    "ferry Sewol went down off Jindo in April 2014, killing 304 people.",
])
def test_a_figure_of_the_event_compared_with_is_that_events(tmp_path, compared):
    result = story(
        tmp_path,
        a="Date: 2022-10-30\n\nThe crush killed 156 people. It is the deadliest disaster in the country since the "
          f"{compared}\n",
        b="Date: 2022-10-30\n\nThe crush killed 156 people, officials said.\n")
    deaths = rows(result, claim_part="deaths")
    assert sorted(deaths["status"]) == ["agree", "single"]
    assert result.mentions.loc[result.mentions["text"] == "304", "event"].item() == "2014"


@pytest.mark.parametrize("earlier, own", [
    ("The attack came eight months after gunmen killed 130 people in Paris.", True),
    ("It happened two years after a fire at another factory killed 112 workers.", True),
    # another attack the story compares this one with: what the sentence goes on to tell is that attack's
    ("The attack recalled July's rampage on the seafront in Nice, France, in which 86 people were killed.", True),
    ("It bore striking similarities to the lorry attack in Nice, when more than 80 people died.", True),
    ("The attack came a year to the day after bombers killed 32 people in Brussels.", True),
    ("The prefect recalled that 84 people were killed on the seafront that night.", False),
    # a figure past the clause is this event's again: "a week after the collapse, 110 dead"
    ("Six months after the quake, 84 people are known to have died.", False),
])
def test_a_figure_told_months_after_another_event_is_that_events(tmp_path, earlier, own):
    result = story(
        tmp_path,
        a=f"Date: 2016-07-15\n\nThe truck attack killed 84 people. {earlier}\n",
        b="Date: 2016-07-15\n\nThe truck attack killed 84 people, officials said.\n")
    deaths = rows(result, claim_part="deaths")
    assert "conflict" not in set(deaths["status"])
    figure = next(q for q in ("130", "112", "86", "more than 80", "32", "84") if q in earlier)
    events = set(result.mentions.loc[result.mentions["text"] == figure, "event"])
    assert (events == set(result.mentions.loc[result.mentions["source"] == "b", "event"])) == (not own)


@pytest.mark.parametrize("changed", [
    "The interior minister later raised the death toll to 80.",
    "Officials have since raised the toll to 80.",
    "More of the injured died in hospital, bringing the number of fatalities to 80.",
    "More victims died overnight, taking the death toll to 80.",
])
def test_a_figure_the_source_later_changes_is_superseded(tmp_path, changed):
    result = story(
        tmp_path,
        a=f"Date: 2016-07-15\n\nThe president said 77 people had been killed in the attack. {changed}\n",
        b="Date: 2016-07-15\n\nThe attack killed 84 people, officials said.\n")
    deaths = rows(result, claim_part="deaths")
    assert list(deaths["status"]) == ["conflict"]
    earlier = result.mentions[result.mentions["text"] == "77"]
    assert earlier["superseded"].item().startswith("the source later changes it")
    assert result.mentions.loc[result.mentions["text"] == "80", "superseded"].item() == ""


def test_a_sum_brought_to_a_new_total_leaves_its_parts_standing(tmp_path):
    result = story(
        tmp_path,
        a="Date: 2017-08-18\n\nThe van killed 13 people in Barcelona. One woman died in Cambrils, bringing the overall "
          "death toll to 14.\n",
        b="Date: 2017-08-18\n\nThe van attack in Barcelona killed 13 people, police said.\n")
    assert set(result.mentions.loc[result.mentions["text"] == "13", "superseded"]) == {""}


def test_a_list_keeps_the_source_its_heading_names(tmp_path):
    result = story(
        tmp_path,
        prefecture="Date: 2024-01-10\n\n1. Outline of the earthquake (source: Japan Meteorological Agency)\n\n"
                   "- Magnitude: 7.6\n- Depth: 16 km\n",
        broadcaster="Date: 2024-01-10\n\nThe Japan Meteorological Agency says the quake struck at 4:10 p.m. It had a "
                    "magnitude of 7.6 and its focus was 16 kilometers deep.\n",
        wire="Date: 2024-01-10\n\nThe quake struck at a depth of 10 km, according to the US Geological Survey.\n",
        paper="Date: 2024-01-10\n\nThe US Geological Survey said the quake was 10km deep.\n")
    depth = rows(result, claim_part="depth")
    assert "conflict" not in set(depth["status"])
    assert (depth["status"] == "parties differ").sum() == 1


def test_sunday_is_the_sunday_before_the_sources_own_date(tmp_path):
    result = story(
        tmp_path,
        a="Date: 2023-05-04\n\nThe ferry sank on Sunday, killing 12 people.\n",
        b="Date: 2023-05-03\n\nThe ferry sank on April 30, killing 12 people.\n")
    dates = result.mentions[result.mentions["kind"] == "date"]
    assert set(dates["value"]) == {"2023-04-30"}


def test_a_time_in_gmt_and_the_same_time_in_local_time_agree(tmp_path):
    result = story(
        tmp_path,
        a="The quake struck at 0915 GMT near the coast, the geological survey said.\n",
        b="The quake struck at 5:15 p.m. local time (UTC+8) near the coast, officials said.\n")
    times = result.mentions[result.mentions["unit"] == "minutes UTC"]
    assert len(times) == 2
    finding = result.findings[result.findings["claim"] == times["claim"].iloc[0]].iloc[0]
    assert finding["status"] in ("agree", "variance")


@pytest.mark.parametrize("b, status", [
    # 7:58 a.m. local is 23:58 UTC: "just before 8 a.m." reaches midnight from the other side of it
    ("The earthquake struck off Hualien just before 8 a.m., the weather agency said.", "variance"),
    ("The earthquake struck off Hualien at about 8:30 a.m., the weather agency said.", "conflict"),
])
def test_times_either_side_of_midnight_utc_are_compared_on_one_clock(tmp_path, b, status):
    result = story(tmp_path, a="The earthquake struck off Hualien at 7:58 a.m. (2358 GMT), the weather agency said.\n",
                   b=f"{b}\n")
    assert status_of_one_claim(result, result.mentions[result.mentions["unit"] == "minutes UTC"]) == status


@pytest.mark.parametrize("b, status", [
    ("The ground shook violently for about 40 seconds, witnesses said.", "conflict"),
    ("The ground shook violently for about 20 seconds, witnesses said.", "agree"),
    # more than FAR_RATIO apart, still the one span each outlet times
    ("The ground shook violently for about two minutes, witnesses said.", "conflict"),
])
def test_the_one_brief_span_each_outlet_times_is_one_fact_on_one_word(tmp_path, b, status):
    # "shaking" and "shook" are the words they share; a story rarely times two things in seconds
    result = story(tmp_path, a="Date: 1995-01-18\n\nThe violent shaking lasted about 20 seconds, long enough to bring "
                               "down whole streets of wooden houses.\n", b=f"Date: 1995-01-18\n\n{b}\n")
    assert status_of_one_claim(result, result.mentions[result.mentions["text"].str.contains("seconds|minutes")]) \
        == status


@pytest.mark.parametrize("gmt, status", [
    # 8:45 p.m. EDT is 0045 GMT: a conversion no other outlet gives is set among the moment's other tellings
    ("0145 GMT", "conflict"),
    ("0045 GMT", "no conflict"),
])
def test_a_wrong_conversion_no_other_outlet_gives_stands_out_among_the_moments_tellings(tmp_path, gmt, status):
    result = story(tmp_path,
                   a=f"Date: 2013-04-20\n\nThe suspect was taken into custody at about 8:45 p.m. EDT on Friday ({gmt} on "
                     "Saturday) after a standoff in Watertown.\n",
                   b="Date: 2013-04-20\n\nThe suspect was taken into custody at about 8:45 p.m. Friday after a standoff "
                     "with police in Watertown.\n",
                   c="Date: 2013-04-20\n\nFollowing a standoff in Watertown, the suspect was taken into custody at "
                     "approximately 8:42 p.m.\n")
    times = result.mentions[result.mentions["unit"] == "minutes UTC"]
    statuses = set(result.findings.loc[result.findings["claim"].isin(times["claim"]), "status"])
    assert ("conflict" in statuses) == (status == "conflict")
    if status == "conflict":
        claim = times.loc[times["text"] == gmt, "claim"].item()
        assert times.loc[times["claim"] == claim, "source"].nunique() == 3


@pytest.mark.parametrize("b, status", [
    # "about 22:30" reaches 22:45 and "around 2100 GMT" (23:00 local) 22:45 from the other side: a half hour apart,
    # which is what an editor checks
    ("The lorry turned on to the promenade at around 2100 GMT, after the fireworks display.", "conflict"),
    ("The lorry turned on to the promenade at about 2040 GMT, after the fireworks display.", "variance"),
])
def test_two_loose_times_that_only_touch_are_a_conflict(tmp_path, b, status):
    result = story(tmp_path, a="The lorry turned on to the promenade at about 22:30 local time (20:30 GMT), after the "
                               "fireworks display.\n", b=f"{b}\n")
    times = result.mentions[result.mentions["unit"] == "minutes UTC"]
    both = [claim for claim, group in times.groupby("claim") if group["source"].nunique() == 2]
    assert both and {result.findings.set_index("claim").loc[claim, "status"] for claim in both} == {status}


@pytest.mark.parametrize("a, b, status", [
    # US zones shift together with daylight saving: 6 a.m. Pacific is 9 a.m. Eastern whatever the season (both
    # can be right, written apart: variance)
    ("Executives will discuss the deal with investors on a call at 6:00 a.m. Pacific Time.",
     "Executives discussed the deal with investors on a call at 9 a.m. ET.", "variance"),
    ("Executives discussed the deal with investors on a call at 8 a.m. Pacific time.",
     "Executives discussed the deal with investors on a call at 9 a.m. ET.", "conflict"),
    ("The contract expires at 10:59 p.m. Central time on Thursday, the union said.",
     "The contract expires at 11:59 p.m. ET on Thursday, the union said.", "variance"),
])
def test_times_in_us_zones_are_compared_in_eastern_time(tmp_path, a, b, status):
    result = story(tmp_path, a=f"{a}\n", b=f"{b}\n")
    times = result.mentions[result.mentions["unit"] == "minutes US Eastern time"]
    assert len(times) == 2 and times["claim"].nunique() == 1
    assert result.findings.set_index("claim").loc[times["claim"].iloc[0], "status"] == status


EXECUTIVES = "Executives discussed the deal with investors on a call at {}."
BLAST = "The blast on the bridge came at {} on Saturday."


@pytest.mark.parametrize("said, zoned, day, gmt, status", [
    # a US zone on a known day: summer 9 a.m. EDT is 13:00 UTC, winter 9 a.m. EST is 14:00 UTC
    (EXECUTIVES, "9 a.m. ET", "2023-09-14", "1300 GMT", "variance"),
    (EXECUTIVES, "9 a.m. ET", "2023-01-18", "1400 GMT", "variance"),
    (EXECUTIVES, "9 a.m. ET", "2023-01-18", "1300 GMT", "conflict"),
    # a named place's clock: Kyiv keeps summer time until the last Sunday of October, so 6:07 a.m. there is
    # 03:07 UTC in early October
    (BLAST, "6:07 a.m. Kyiv time", "2022-10-08", "0307 GMT", "variance"),
    (BLAST, "6:07 a.m. Kyiv time", "2022-10-08", "0407 GMT", "conflict"),
    (BLAST, "6:07 a.m. Kyiv time", "2022-12-08", "0407 GMT", "variance"),
])
def test_a_time_on_a_zones_clock_is_compared_with_gmt_on_the_storys_day(tmp_path, said, zoned, day, gmt, status):
    result = story(tmp_path, a=f"Date: {day}\n\n{said.format(zoned)}\n", b=f"Date: {day}\n\n{said.format(gmt)}\n")
    times = result.mentions[result.mentions["unit"] == "minutes UTC"]
    assert len(times) == 2 and times["claim"].nunique() == 1
    assert result.findings.set_index("claim").loc[times["claim"].iloc[0], "status"] == status


def test_a_place_clock_settles_which_of_two_conversions_gives_the_local_offset(tmp_path):
    """One source converts 06:07 to 04:07 GMT, wrongly, and 20:00 to 17:00 GMT, rightly: the times the story
    gives on Moscow's clock say which offset is the local one."""
    result = story(
        tmp_path,
        a="Date: 2022-10-08\n\nThe lorry bomb went off at 06:07 local time (04:07 GMT) on Saturday. "
          "Rail traffic will resume at 20:00 (17:00 GMT), the ministry said.\n",
        b="Date: 2022-10-08\n\nThe lorry bomb went off at 06:07 Moscow time on Saturday, investigators said.\n",
        c="Date: 2022-10-08\n\nThe lorry bomb went off at 0307 GMT on Saturday, investigators said.\n")
    moment = result.mentions[~result.mentions["claim"].str.endswith("_converted")]
    times = moment[moment["text"].isin(["06:07 local time", "06:07 Moscow time", "0307 GMT"])]
    assert set(times["low"]) == {187.0} and times["claim"].nunique() == 1
    # the wrong conversion meets the time another source states in GMT, and conflicts with it
    assert texts_behind_the_one_conflict(result) == {"04:07 GMT", "0307 GMT"}


def texts_behind_the_one_conflict(result) -> set[str]:
    conflicts = result.findings[result.findings["status"] == "conflict"]
    assert len(conflicts) == 1, conflicts
    return set(result.mentions.loc[result.mentions["claim"] == conflicts.iloc[0]["claim"], "text"])


# A conversion written beside a figure ("(0640 GMT)", "(190m)") is compared with the other outlets' conversions:
# (sources, the texts behind the one conflict, texts that are one claim and do not conflict)
CONVERSIONS = [
    # a date between the time and its conversion, and inside the bracket
    ({"a": "The rig exploded at about 10 p.m. CDT on April 20 (0300 GMT on April 21) as its crew finished a well.",
      "b": "Eleven workers died when the drilling rig exploded at about 22:00 local time on 20 April (04:00 GMT on "
           "21 April) while its crew was finishing a well.",
      "c": "Date: 2010-04-21\n\nHOUSTON (AP) — The Coast Guard said the leased rig exploded at 10 p.m. on "
           "April 20."},
     {"0300 GMT", "04:00 GMT"}, {"about 10 p.m. CDT", "about 22:00 local time", "10 p.m."}),
    # a conversion into a zone other than GMT ("(17:27 BST)"), and one with few words of its own after it
    ({"a": "OSLO, July 23 (Reuters) - Police said the gunman gave himself up. He was arrested at 6:27 p.m. (1827 "
           "GMT), they said.",
      "b": "Police say the gunman gave himself up, and that he was detained at 18:27 local time (17:27 BST).",
      "c": "OSLO (AP) - The suspect was arrested on the island at 6.27pm Friday, police said."},
     {"1827 GMT", "17:27 BST"}, {"6:27 p.m.", "18:27 local time", "6.27pm"}),
    ({"a": "The tanker struck the pier at about 2:40 a.m. (0640 GMT) on Tuesday, the port authority said.",
      "b": "The vessel hit the pier at 02:40 local time (06:40 GMT) on Tuesday, minutes after leaving port.",
      "c": "The ship struck a pier of the port early on Tuesday, at around 2.40 am local time (around 1 pm IST)."},
     {"0640 GMT", "06:40 GMT", "around 1 pm IST"}, {"about 2:40 a.m.", "02:40 local time", "around 2.40 am local time"}),
    # a few words between the time and its conversion
    ({"a": "The blaze was first reported at 6:37 a.m. on Tuesday (1737 GMT), the county said.",
      "b": "The blaze was first reported at 06:37 local time (16:37 GMT) on Tuesday, the county said."},
     {"1737 GMT", "16:37 GMT"}, {"6:37 a.m.", "06:37 local time"}),
    # both give 625 feet; one converts it to about 300 metres (it is 190)
    ({"a": "Tracking data show the jet climbed to about 625 feet (about 300 metres) before it began to descend.",
      "b": "Tracking data suggest the jet reached about 625ft (190m) before it began to lose height."},
     {"about 300 metres", "190m"}, {"about 625 feet", "about 625ft"}),
    # a depth the stock rules read: 10 km in all three, one converts it to 16 miles (it is 6)
    ({"a": "The quake struck at a depth of 10 km (6 miles), the US Geological Survey said.",
      "b": "The USGS said the quake was centred at a depth of 10 kilometers (16 miles).",
      "c": "It struck at a depth of 10km (6 miles), according to the USGS."},
     {"6 miles", "16 miles"}, {"10 km", "10 kilometers", "10km"}),
]


@pytest.mark.parametrize("sources, conflicting, agreeing", CONVERSIONS)
def test_a_wrong_conversion_is_a_conflict_of_its_own(tmp_path, sources, conflicting, agreeing):
    result = story(tmp_path, **{k: v + "\n" for k, v in sources.items()})
    assert texts_behind_the_one_conflict(result) == conflicting
    same = result.mentions[result.mentions["text"].isin(agreeing)]
    assert len(same) == len(agreeing) and same["claim"].nunique() == 1
    assert result.findings.set_index("claim").loc[same["claim"].iloc[0], "status"] in ("agree", "variance")


def test_a_weekday_that_is_not_the_dates_is_a_conflict_with_the_sources_that_name_the_right_one(tmp_path):
    result = story(
        tmp_path,
        a="The fire that destroyed the town broke out on Tuesday 8 August 2023, officials said.\n",
        b="The fire that destroyed the town broke out on Monday, August 8, 2023, officials said.\n")
    dates = result.findings[result.findings["claim"] == "event_date"]
    assert list(dates["status"]) == ["conflict"]
    assert dates.iloc[0]["disagree"] == ["b"] and "was a Tuesday" in dates.iloc[0]["note"]


def test_two_aligned_sentences_differing_in_a_tonnage_are_a_finding_with_both_sentences(tmp_path):
    result = story(
        tmp_path,
        a="The 4,200-tonne freighter Aurora ran aground off the island of Sark on Tuesday night.\n",
        b="The 4,700-tonne freighter Aurora ran aground off the island of Sark late on Tuesday.\n")
    conflicts = result.findings[result.findings["status"] == "conflict"]
    assert len(conflicts) == 1
    claim = conflicts.iloc[0]["claim"]
    behind = result.mentions[result.mentions["claim"] == claim]
    assert set(behind["text"]) == {"4,200-tonne", "4,700-tonne"}
    assert all("freighter Aurora ran aground" in s for s in behind["sentence"])


def test_aligned_sentences_that_differ_in_a_place_or_a_direction_are_findings(tmp_path):
    result = story(
        tmp_path,
        a="The court in Abuja ruled on Monday that the electoral commission had acted within its powers.\n"
          "The freighter ran aground north of the harbour entrance after its engine failed in heavy seas.\n",
        b="The court in Kano ruled on Monday that the electoral commission had acted within its powers.\n"
          "The freighter ran aground south of the harbour entrance after its engine failed in heavy seas.\n")
    aligned = result.findings[result.findings["claim"].str.startswith("aligned:")]
    assert sorted(tuple(sorted(v.values())) for v in aligned["values"]) == [("Abuja", "Kano"), ("north", "south")]
    assert set(aligned["status"]) == {"conflict"}


@pytest.mark.parametrize("a, b", [
    ("The fires forced Mr Biden to cancel a trip to Italy planned for later in the week.",
     "The fires forced President Biden to cancel a trip to Italy planned for later in the week."),
    # a first name cut short is the same person's
    ("Lawyer Rich Goldberg said the family would sue the club over the missing fence.",
     "Lawyer Richard Goldberg said the family would sue the club over the missing fence."),
    # ... or its nickname (nicknames.yaml)
    ("Lawyer Bob Goldberg said the family would sue the club over the missing fence.",
     "Lawyer Robert Goldberg said the family would sue the club over the missing fence."),
    # ... or its contraction ("Mohd" for "Mohamad", "Md" for "Muhammad")
    ("High Court judge Mohd Nazrin Mohd Salleh delivered the verdict just after noon on Tuesday.",
     "High Court judge Mohamad Nazrin Mohamad Salleh delivered the verdict just after noon on Tuesday."),
    # one list of names told in another order
    ("Among the dead were three generations of one family: Adrian Evans, 49, his father Patrick Evans, 78, and "
     "his nephew Joel Richards, 19.",
     "Among the dead were three generations of one family: Patrick Evans, 78, his son Adrian Evans, 49, and his "
     "grandson Joel Richards, 19."),
    # one direction with and without its hyphen
    ("The dam lies about 30 miles northwest of the town of Oroville, in the foothills of the Sierra.",
     "The dam lies about 30 miles north-west of the town of Oroville, in the foothills of the Sierra."),
])
def test_aligned_sentences_that_name_one_person_two_ways_are_no_finding(tmp_path, a, b):
    result = story(tmp_path, a=f"Date: 2025-01-10\n\n{a}\n", b=f"Date: 2025-01-10\n\n{b}\n")
    assert result.findings[result.findings["claim"].str.startswith("aligned:")].empty


RESOLUTE = ("The coastguard cutter Resolute and the salvage tug Maris, which sailed from Brest on Sunday night, "
            "were due to reach the stricken freighter on Tuesday carrying pumps, booms and 40 tonnes of absorbent.")


@pytest.mark.parametrize("a, b, found", [
    # worded loosely alike, the place flanked by the same words: "… kilometres northeast of X, the …"
    ("The survey said the quake was centred 10 km underground and about 42 km northeast of Wajima on the Noto "
     "peninsula.",
     "The survey said the quake struck at a depth of 10 km with its epicentre 42 km northeast of Anamizu on the "
     "peninsula.", ("Anamizu", "Wajima")),
    ("Mayor Ana Ruiz was at a conference in Lisbon when the fires broke out, according to county officials.",
     "Ruiz was attending a conference in Porto when the fires broke out, county officials later confirmed.",
     ("Lisbon", "Porto")),
    # sentences that read differently, one clause told alike but for the name: "which sailed from X on # night"
    (RESOLUTE, "The navy's cutter Resolute, which sailed from Lorient on Sunday night, is due off the reef on "
     "Tuesday and will use its launch to ferry divers who will inspect the damaged hull below the waterline.",
     ("Brest", "Lorient")),
    (RESOLUTE, "The navy's cutter Resolute, which then left Lorient on Sunday night, is due off the reef on "
     "Tuesday and will use its launch to ferry divers who will inspect the damaged hull below the waterline.", None),
    # one name written two ways, a part shared: no finding
    ("The Bengaluru-Howrah Express then ran into the wreckage, derailing two of its rear coaches.",
     "Minutes later the Yeshwantpur-Howrah Express ran into the wreckage, and two rear coaches came off.", None),
    # the names' neighbours differ: nothing says they are in the same role
    ("Mayor Ana Ruiz was at a conference in Lisbon when the fires broke out, according to county officials.",
     "Ruiz was attending a conference, not in Porto, when the fires broke out, county officials later confirmed.",
     None),
])
def test_a_name_flanked_alike_in_loosely_aligned_sentences_is_a_finding(tmp_path, a, b, found):
    result = story(tmp_path, a=f"{a}\n", b=f"{b}\n")
    aligned = result.findings[result.findings["claim"].str.startswith("aligned:")
                              & result.findings["label"].str.contains("/")]
    names = [tuple(sorted(v.values())) for v in aligned["values"] if not any(c.isdigit() for c in "".join(v.values()))]
    assert names == ([found] if found else [])


def test_a_spelling_in_aligned_sentences_is_left_to_the_names(tmp_path):
    result = story(
        tmp_path,
        a="Armenian Prime Minister Nikol Pashinyan met the Azerbaijani president in Sochi on Monday evening.\n",
        b="Armenian Prime Minister Nikol Pashinian met the Azerbaijani president in Sochi on Monday evening.\n")
    assert not result.findings["claim"].str.startswith("aligned:").any()


def test_a_distance_in_two_units_agrees_with_itself_and_a_depth_in_km_conflicts(tmp_path):
    result = story(
        tmp_path,
        a="The epicentre was 80 km (50 miles) south of the city, at a depth of 10 km, the survey said.\n",
        b="The epicentre was about 49 miles south of the city, at a depth of 35 km, the institute said.\n")
    mentions = result.mentions
    distance = mentions[mentions["text"].isin(["80 km", "about 49 miles"])]   # "(50 miles)" is its conversion
    depth = mentions[mentions["text"].isin(["10 km", "35 km"])]
    assert len(distance) == 2 and distance["claim"].nunique() == 1
    assert len(depth) == 2 and depth["claim"].nunique() == 1
    status = dict(zip(result.findings["claim"], result.findings["status"]))
    assert status[distance["claim"].iloc[0]] in ("agree", "variance")
    assert status[depth["claim"].iloc[0]] == "conflict"


@pytest.mark.parametrize("a, b, status", [
    ("11,600 metres", "38,000 feet", "variance"),     # 38,000 feet is 11,582 m: the metres were rounded from it
    ("10,600 metres", "38,000 feet", "conflict"),
])
def test_a_height_in_metres_is_compared_with_one_in_feet_by_its_rounding(tmp_path, a, b, status):
    result = story(tmp_path, a=f"The Airbus reached its cruising altitude of {a} shortly before it began to descend.\n",
                   b=f"The Airbus reached its cruising altitude of {b} shortly before it began to descend.\n")
    heights = result.mentions[result.mentions["text"].isin([a, b])]
    assert heights["claim"].nunique() == 1
    finding = result.findings[result.findings["claim"] == heights["claim"].iloc[0]]
    assert finding["status"].tolist() == [status]
    assert "(in m: 11,582.4 to 11,582.4)" in heights.loc[heights["text"] == b, "why"].iloc[0]


def test_a_toll_in_a_place_few_figures_name_is_a_claim_of_its_own(tmp_path):
    result = story(
        tmp_path,
        a="The outbreak has killed 11 people in the country, the ministry said. Tanzania has recorded five deaths "
          "in the Kagera region.\n",
        b="The virus has killed 11 people so far, officials said. Neighbouring Tanzania reported five deaths in its "
          "northwestern Kagera region.\n",
        c="The disease has killed 11 people, the health ministry said.\n")
    deaths = result.findings[result.findings["claim"].str.startswith("deaths")]
    assert set(deaths["claim"]) == {"deaths", "deaths:kagera"}
    assert set(deaths["status"]) == {"agree"}


def test_a_given_name_spelt_with_other_letters_is_a_finding_and_an_initial_is_not(tmp_path):
    result = story(
        tmp_path,
        a="Chief operating officer Aleksander Larsen said the bridge would reopen. Judge Lewis A. Kaplan "
          "set the date.\n",
        b="Chief operating officer Alexander Larsen said the bridge would reopen. Judge Lewis Kaplan set the "
          "date.\n")
    names = _name_findings(result)
    assert [sorted(v.values()) for v in names["values"]] == [["Aleksander Larsen", "Alexander Larsen"]]
    assert set(names["status"]) == {"conflict"}


def test_a_misspelt_name_shows_each_place_a_source_writes_it(tmp_path):
    a = ("[Photo: The 12th-century Tinmel mosque, damaged.]\n\nAmong the sites hit was the Tinmel mosque, built in "
         "the 12th century.\n")
    result = story(tmp_path, a=a, b="The historic Tinmal Mosque partly collapsed, officials said.\n")
    names = _name_findings(result)
    assert list(names["claim"]) == ["name:tinmel"]
    used = result.mentions[result.mentions["claim"] == "name:tinmel"]
    assert sorted(zip(used["source"], used["start"])) == [("a", a.index("Tinmel")), ("a", a.rindex("Tinmel")),
                                                          ("b", 13)]


def test_a_year_that_dates_another_figure_in_a_later_clause_does_not_place_this_one(tmp_path):
    result = story(
        tmp_path,
        a="Date: 2024-07-05\n\nThe Conservatives slumped to 112 seats, their worst result in history and well below "
          "their previous low of 156 in 1906.\n",
        b="Date: 2024-07-05\n\nThe Conservatives won 121 seats in the July 2024 election, their worst result ever.\n")
    seats = result.findings[result.findings["claim"].eq("seats")]
    assert list(seats["status"]) == ["conflict"] and list(seats["values"]) == [{"a": "112", "b": "121"}]


def test_what_follows_since_1960_when_is_about_1960_and_opens_nothing_before_it(tmp_path):
    result = story(
        tmp_path,
        a="Date: 2023-09-10\n\nThe quake killed 2,012 people, the deadliest since 1960, when an earthquake in Agadir "
          "killed at least 12,000 people.\n",
        b="Date: 2023-09-10\n\nThe quake killed 2,122 people. It was the deadliest since 1960, when about 12,000 "
          "people died in Agadir.\n")
    deaths = result.findings[result.findings["claim"] == "deaths"].set_index("event")
    assert deaths.loc["1960", "status"] == "agree"
    assert set(deaths.drop(index="1960")["status"]) == {"conflict"}


def test_a_figures_own_conversion_in_brackets_does_not_take_its_day(tmp_path):
    """"more than $380,000 (£270,000) by Thursday evening": Thursday dates the $380,000, as it would without the
    conversion, not the autumn of the sentence before."""
    result = story(
        tmp_path,
        a="Date: 2018-02-15\n\nOne victim was due to start university in the autumn. An online appeal had raised "
          "more than $380,000 (£270,000) by Thursday evening.\n",
        b="Date: 2018-02-15\n\nThe online appeal had raised more than $380,000 by Thursday evening.\n")
    raised = result.mentions[result.mentions["text"] == "more than $380,000"]
    assert len(raised) == 2 and raised["event"].nunique() == 1 and raised["claim"].nunique() == 1


@pytest.mark.parametrize("comparison", [
    "It was the worst mass killing in Japan since a 2001 fire in Tokyo's Kabukicho district killed 44 people.",
    "It was the deadliest attack since the 2001 fire in Kabukicho that killed 44 people.",
])
def test_a_figure_in_the_clause_of_what_since_compares_with_is_that_events(tmp_path, comparison):
    result = story(
        tmp_path,
        a=f"Date: 2019-07-18\n\nThe arson attack on the studio killed 33 people, police said. {comparison}\n",
        b="Date: 2019-07-18\n\nThe arson attack on the studio killed 33 people on Thursday.\n")
    deaths = result.findings[result.findings["claim"] == "deaths"].set_index("event")
    assert deaths.loc["2001", "values"] == {"a": "44"}
    assert deaths.drop(index="2001")["status"].tolist() == ["agree"]


def test_a_rounded_percentage_is_compared_by_its_rounding_whatever_finds_it(tmp_path):
    result = story(
        tmp_path,
        a="Shares in the carmaker dropped by 13 percent in Tokyo overnight as the stock market reacted to the recall.\n",
        b="The carmaker's shares fell 12.8 per cent in Tokyo on Wednesday, the stock market's reaction to the recall.\n",
        c="Shares in the carmaker fell 11 percent in Tokyo as the stock market reacted to the recall.\n")
    mentions = result.mentions
    fall = mentions[mentions["text"].isin(["13 percent", "12.8 per cent", "11 percent"])]
    assert len(fall) == 3 and fall["claim"].nunique() == 1
    finding = result.findings.set_index("claim").loc[fall["claim"].iloc[0]]
    assert finding["status"] == "conflict"
    assert finding["disagree"] == ["c"]          # 13 percent covers 12.8 per cent; 11 percent fits neither


def test_money_in_two_currencies_is_compared_within_each(tmp_path):
    result = story(
        tmp_path,
        a="Date: 2022-03-30\n\nHackers stole $625 million from the exchange, including 173,600 ETH.\n",
        b="Date: 2022-03-30\n\nHackers stole about $615 million from the exchange.\n",
        c="Date: 2022-03-30\n\nThe hackers stole 173,600 ether and the exchange said $620 million was taken.\n")
    mentions = result.mentions
    status = dict(zip(result.findings["claim"], result.findings["status"]))
    dollars = mentions[mentions["unit"] == "USD"]["claim"].unique()
    ether = mentions[mentions["unit"] == "ETH"]["claim"].unique()
    assert len(dollars) == 1 and len(ether) == 1 and dollars[0] != ether[0]
    assert status[dollars[0]] == "conflict"      # $625 million and $620 million, as written, cannot both be right
    assert status[ether[0]] == "agree"


@pytest.mark.parametrize("a, b, status", [
    # a bare "$" in copy about New Zealand dollars is that dollar, and kroner a story's Danish crowns
    ("In July the company was fined NZ$760,000 by the court.", "The court fined the company $860,000.", "conflict"),
    ("In July the company was fined NZ$760,000 by the court.", "The court fined the company $760,000.", "agree"),
    ("The bank has pledged DKK 1.5 billion to a foundation.", "The bank has pledged 1.5 billion kroner to a "
                                                               "foundation.", "agree"),
    # ... but a dollar told as American is no other dollar
    ("In July the company was fined NZ$760,000 by the court.", "The court fined the company US$500,000.", None),
    # ... nor an international wire's dollar
    ("In July the company was fined NZ$760,000 by the court.", "WELLINGTON, New Zealand (AP) - The court fined the "
                                                               "company $500,000.", None),
])
def test_a_currency_written_loosely_is_the_one_the_story_names(tmp_path, a, b, status):
    result = story(tmp_path, a=f"Date: 2013-07-05\n\n{a}\n", b=f"Date: 2013-07-05\n\n{b}\n")
    money = result.findings[result.findings["sources"] == 2]
    assert list(money["status"]) == ([status] if status else [])


def test_a_breakdown_in_one_sentence_is_compared_part_by_part(tmp_path):
    result = story(
        tmp_path,
        a="Date: 2024-03-28\n\nThe judge found customers lost $8 billion, investors $1.7 billion and lenders $1.3 billion.\n",
        b="Date: 2024-03-28\n\nHe caused losses of approximately $8 billion to customers and approximately $1.7 billion "
          "to investors.\n",
        c="Date: 2024-03-28\n\nCustomers lost about $8 billion in the collapse, the judge found.\n")
    mentions = result.mentions
    customers = mentions[mentions["text"].str.contains("8 billion")]
    assert len(customers) == 3 and customers["claim"].nunique() == 1
    assert not mentions[mentions["claim"] == customers["claim"].iloc[0]]["text"].str.contains("1.7").any()
    status = dict(zip(result.findings["claim"], result.findings["status"]))
    assert status[customers["claim"].iloc[0]] == "agree"


@pytest.mark.parametrize("a, b, spelt", [
    ("Nicolas Roos", "Nicholas Roos", True),
    ("Shawn Fain", "Sean Fain", True),
    ("Heydar Aliyev", "Ilham Aliyev", False),      # father and son: two people, each spelt one way
])
def test_one_persons_given_name_spelt_two_ways_is_a_finding(tmp_path, a, b, spelt):
    result = story(
        tmp_path,
        a=f"Prosecutor {a} told the court the losses were large. {a} asked for a long sentence.\n",
        b=f"Prosecutor {b} told the court the losses were large. {b} asked for a long sentence.\n")
    names = _name_findings(result)
    assert (len(names) == 1) is spelt
    if spelt:
        assert {s for v in names["values"].iloc[0].values() for s in (a, b) if s in v} == {a, b}
        assert not result.findings["claim"].str.startswith("aligned:").any()   # the Names finding says it once


@pytest.mark.parametrize("a, b, finding", [
    # a longer given name spelt two ways, its first four letters alike: one person misspelt
    ("UNHCR spokeswoman Vivian Tan said boats were missing.", "UNHCR spokeswoman Vivienne Tan said boats were "
                                                                "missing.", True),
    # a given name that is also a month's, before the surname
    ("County Manager Avril Pinder said 57 people had died.", "County Manager April Pinder said 57 people had died.",
     True),
    # two given names apart: two people of one family
    ("Heydar Aliyev founded the party.", "Ilham Aliyev leads the party.", False),
])
def test_a_given_name_spelt_two_ways_before_one_surname_is_a_finding(tmp_path, a, b, finding):
    result = story(tmp_path, a=f"Date: 2017-09-05\n\n{a}\n", b=f"Date: 2017-09-05\n\n{b}\n")
    assert list(_name_findings(result)["status"]) == (["conflict"] if finding else [])


def test_a_surnames_ending_changed_after_one_given_name_is_one_persons_name(tmp_path):
    """"Judge Manfred Seiss" / "Judge Manfred Seitz": the Names sheet shows them as one name spelt two ways."""
    result = story(tmp_path, a="Date: 2004-02-19\n\nJudge Manfred Seiss acquitted all 16 accused.\n",
                   b="Date: 2004-02-19\n\nJudge Manfred Seitz ruled there was too little evidence.\n")
    names = result.names
    groups = names.loc[names["variant"].isin(["Seiss", "Seitz"]), "group"]
    assert len(groups) == 2 and groups.nunique() == 1


@pytest.mark.parametrize("a, b, transliterated", [
    ("the old city of Marrakech", "the old city of Marrakesh", True),           # a place, two transliterations
    ("spokesman Mustapha Baitas", "spokesman Mustapha Baytas", False),          # a person has one spelling
    ("the New Nigeria Peoples Party", "the New Nigerian Peoples Party", False),  # letters beyond a transliteration
])
def test_a_name_spelt_with_other_letters_is_a_conflict_a_place_transliterated_so_noted(tmp_path, a, b,
                                                                                      transliterated):
    # the story must spell a place one way: editors settle it (rules/names.yaml), and until then it is a finding
    result = story(
        tmp_path,
        a=f"Rescuers reached {a} on Saturday. Officials in {a.split()[-1]} said the roads were open.\n",
        b=f"Rescuers reached {b} on Saturday. Officials in {b.split()[-1]} said the roads were open.\n")
    names = _name_findings(result)
    assert names["status"].tolist() == ["conflict"]
    assert ("two transliterations" in names.iloc[0]["note"]) == transliterated


@pytest.mark.parametrize("variants, apart", [
    (["Mustapha Baitas", "Mustapha Baytas"], True),
    (["Sheriff Quentin Miller", "Quinten Miller"], True),         # a title one source writes is no word of the name
    (["Game Pass", "PC Game Pass", "Xbox Game Pass"], False),     # two products that share words
    (["Game Pass", "Xbox Game Pass"], False),                     # a longer name
    (["Kansai Electric Power", "Hokuriku Electric Power"], False),
    (["Kaido", "Kyodo"], False),                                  # a road and a news agency, not one name
])
def test_names_are_spelt_apart_only_where_the_words_that_differ_are_alike(variants, apart):
    from checker.compare.name_findings import _spelt_apart
    assert _spelt_apart(variants) == apart


@pytest.mark.parametrize("a, b, transliterated", [
    ("Army chief General Waker-Uz-Zaman spoke on television.", "Army chief Gen. Waqar-uz-Zaman spoke on television.",
     False),                                           # a title: a person, with one spelling
    ("The businessman and his son Suleman, 19, were aboard.", "The businessman and his son Suleiman were aboard.",
     False),                                           # kin and an age: a person
    ("The convoy reached Waker-Uz-Zaman on Saturday.", "The convoy reached Waqar-uz-Zaman on Saturday.",
     True),                                            # nothing says it is a person: two transliterations
])
def test_one_word_names_spelt_two_ways_are_a_conflict_a_persons_never_a_transliteration(tmp_path, a, b,
                                                                                        transliterated):
    result = story(tmp_path, a=a + "\n", b=b + "\n")
    names = _name_findings(result)
    assert names["status"].tolist() == ["conflict"]
    assert ("two transliterations" in names.iloc[0]["note"]) == transliterated


@pytest.mark.parametrize("a, b, spaced", [
    ("Maria Dacosta Ferreira", "Maria da Costa Ferreira", True),   # a person's name broken in other places
    ("Hari Prasad Koirala", "Hariprasad Koirala", True),
    ("Maria da Costa Ferreira", "Maria Da Costa Ferreira", False),  # case alone is the house style's
])
def test_a_persons_name_spaced_two_ways_is_a_finding_case_alone_is_not(tmp_path, a, b, spaced):
    result = story(
        tmp_path,
        a=f"The victim, {a}, was nine. Her mother spoke to reporters.\n",
        b=f"The victim, {b}, was nine. Her mother spoke to reporters.\n")
    names = _name_findings(result)
    assert (len(names) == 1) is spaced
    if spaced:
        assert names["status"].tolist() == ["conflict"] and names.iloc[0]["note"].startswith("spaced two ways")


def test_a_word_after_a_datelines_dash_is_no_name_where_the_story_writes_it_in_lower_case(tmp_path):
    # "(AP) — Rioters hurled bricks" beside "(Reuters)": a sentence's first word, not a spelling of Reuters
    result = story(
        tmp_path,
        a="HALDEN, England (AP) — Rioters hurled bricks at a mosque. Police arrested the rioters later.\n",
        b="HALDEN, England, July 30 (Reuters) - Police said 39 officers were hurt, Reuters reported.\n")
    assert not result.findings["claim"].str.startswith("name:").any()


def test_page_furniture_is_no_name_spelt_two_ways(tmp_path):
    result = story(
        tmp_path,
        a="THE HARBOUR GAZETTE — English Edition\nPorto Alegre, Rio Grande do Sul\n\nDate: Monday, 9 January 2023\n\n"
          "The ferry docked at noon on Saturday, officials said.\n",
        b="PORTO, Jan 9 (Reuters) - The ferry docked at noon on Saturday, officials said.\n\n"
          "(Reporting by the Porto bureau; Writing by the Latin America desk; Editing by the World desk)\n")
    assert not result.findings["claim"].str.startswith("name:").any()


def test_a_bare_time_is_read_in_the_zone_the_storys_times_are_given_in(tmp_path):
    result = story(
        tmp_path,
        a="The hearing in federal court began at 10:30 a.m., the court said.\n",
        b="The hearing in federal court began at 9:30 a.m. EDT, the court said.\n",
        c="The hearing in federal court began at 9:30 a.m. ET (1330 GMT), the court said.\n")
    times = result.mentions[result.mentions["text"].str.contains("a.m.")]
    assert set(times["unit"]) == {"minutes UTC"} and times["claim"].nunique() == 1
    finding = result.findings.set_index("claim").loc[times["claim"].iloc[0]]
    assert finding["status"] == "conflict" and finding["disagree"] == ["a"]


@pytest.mark.parametrize("sentence, figure, claim", [
    # a cue that stands with another figure is that figure's
    ("The ministry recorded eight cases, including five deaths, and said three patients were receiving treatment.",
     "three", None),
    # a cue after a coordination still reaches both figures
    ("A mass shooting at a school left 19 children and two teachers dead.", "19", "deaths"),
])
def test_a_cue_another_figure_holds_is_not_this_ones(tmp_path, sentence, figure, claim):
    result = story(tmp_path, a=sentence + "\n", b="Officials gave no other figures.\n")
    rows = result.mentions[(result.mentions["source"] == "a") & (result.mentions["text"] == figure)]
    assert (rows["claim"].str.startswith("deaths").any() if claim else not rows["claim"].str.startswith("deaths").any())


def test_a_dateline_without_a_year_takes_the_storys_year(tmp_path):
    """'June 12 (Reuters)': the source's own day, so its 'on Thursday' is that Thursday, not the one before the
    date the other sources were published on."""
    result = story(
        tmp_path,
        a="Date: 2025-07-12\n\nThe investigators published their report a month after the jet crashed.\n",
        b="AHMEDABAD, India, June 12 (Reuters) - The jet crashed on Thursday afternoon, killing 241 people.\n")
    dates = result.mentions[(result.mentions["kind"] == "date") & (result.mentions["source"] == "b")]
    assert set(dates["value"]) == {"2025-06-12"}


QUOTED = "“We will not withdraw this law because of violence in the streets of our cities,” the minister said."


@pytest.mark.parametrize("other, finding", [
    # a word put for another
    ("“We will not repeal this law because of violence in the streets of our cities,” the minister said.", True),
    # a trim
    ("“We will not withdraw this law because of violence in the streets,” the minister said on the radio.", False),
    # it also quotes it as the others do
    (f"{QUOTED} Later he added: “We will not repeal this law because of violence in the streets of our cities.”",
     False),
])
def test_a_quotation_worded_otherwise_is_a_conflict(tmp_path, other, finding):
    result = story(tmp_path, a=f"Date: 2024-03-02\n\nInterior Minister Paul Henri said: {QUOTED}\n",
                   b=f"Date: 2024-03-02\n\nInterior Minister Paul Henri spoke. {other}\n",
                   c=f"Date: 2024-03-02\n\nPaul Henri, the interior minister, said: {QUOTED}\n")
    quotes = result.findings[result.findings["claim"].str.startswith("quote:")]
    assert (list(quotes["status"]) == ["conflict"] and list(quotes["disagree"]) == [["b"]]) if finding \
        else quotes.empty


@pytest.mark.parametrize("b, disagree", [
    # one sentence of the statement quoted alike, another with a word more
    ("Mr Zhao wrote: “It was not easy to let go.” He added: “I made mistakes and I must take full responsibility "
     "for what happened.”", [["b"]]),
    # its first words quoted alike in a headline, the statement misquoted further on
    ("Zhao: “Today I stepped down. It was not easy to let go”\n\nIn a post, Zhao wrote: “Today I stepped down. It was not easy to let go. I "
     "made errors, and I must take responsibility for what happened.”", [["b"]]),
    # a short phrase sharing a few words with the statement is a phrase of its own, not a misquote
    ("Mr Zhao wrote: “It was not easy to let go.” Critics said he had tried to “take responsibility for "
     "nothing”.", []),
])
def test_a_source_backed_on_one_sentence_can_misquote_another(tmp_path, b, disagree):
    result = story(tmp_path, a="Date: 2023-11-21\n\nIn a post, Zhao wrote: “Today I stepped down. It was not easy to "
                               "let go. I made mistakes, and I must take responsibility for what happened.”\n",
                   b=f"Date: 2023-11-21\n\n{b}\n")
    quotes = result.findings[result.findings["claim"].str.startswith("quote:")]
    assert list(quotes["disagree"]) == disagree


def test_sources_that_share_a_misquote_are_still_the_ones_misquoting(tmp_path):
    repeal = QUOTED.replace("withdraw", "repeal")
    texts = {name: f"Date: 2024-03-02\n\nInterior Minister Paul Henri spoke. {quote}\n"
             for name, quote in (("a", QUOTED), ("b", repeal), ("c", QUOTED), ("d", QUOTED), ("e", repeal))}
    result = story(tmp_path, **texts)
    quotes = result.findings[result.findings["claim"].str.startswith("quote:")]
    assert list(quotes["disagree"]) == [["b", "e"]]
    assert "b: -withdraw +repeal" in quotes.iloc[0]["note"]


@pytest.mark.parametrize("a, b, finding", [
    # one short sentence of one speaker, one word put for another
    ("“The harbour is devastated,” Mayor Ana Ortiz said.", "“The harbour is destroyed,” said Mayor Ana Ortiz.", True),
    # one statement retold in other words: both cannot be her words, the editor sees it (a translation, maybe)
    ("“We got the message, we need to change,” Ortiz said.",
     "“We have received the message, we will have to change,” Ortiz said.", True),
    # her two statements on one subject are no misquote
    ("“We got the message, we need to change,” Ortiz said.",
     "“The message of the voters is that nothing can stay as it was,” Ortiz said.", False),
    # two speakers
    ("“The harbour is devastated,” Mayor Ana Ortiz said.", "“The harbour is destroyed,” Governor Luis Vega said.", False),
    # one speaker whose name one outlet misspells
    ("“The last thing we need you to do is panic,” Greg Becker said.",
     "“The last thing we want you to do is panic,” Greg Beker said.", True),
    # a contraction written out in one of them: the words left are "really" and "very"
    ("“It's bad. It's really bad,” Tom Serema said.", "“It is bad. It is very bad,” Tom Serema said.", True),
    # one statement whose opening one outlet leaves out, told on otherwise
    ("“At this point, Hollis residents and evacuated personnel should remain at their safe location,” Col. Brian "
     "Laird, the base commander, said.",
     "In a message to families, Col. Brian Laird said that “Hollis residents and evacuated personnel can now "
     "return to their homes.”", True),
    # one speaker's two statements sharing a few common words are no misquote
    ("“We will rebuild this base, and we will do it fast,” Col. Brian Laird said.",
     "“Our people will get the help they need,” Col. Brian Laird said.", False),
    # one statement ending otherwise, its speaker named after "said the" and a title
    ("“Our town will never be the same, but we will persevere,” the Rev. Ed Karas said.",
     "“Our town will never be the same, and it may never recover,” said the Rev. Ed Karas, the parish priest.", True),
])
def test_a_short_quote_of_one_speaker_worded_otherwise_is_a_conflict(tmp_path, a, b, finding):
    result = story(tmp_path, a=f"{a}\n", b=f"{b}\n")
    quotes = result.findings[result.findings["claim"].str.startswith("quote:")]
    assert list(quotes["status"]) == (["conflict"] if finding else [])


@pytest.mark.parametrize("a, b, status", [
    # a contraction written out, "that" or "and" more or less: worded otherwise, no word of substance changed
    ("“We believe this to be a man who has come here to kill people,” Commissioner Ed Davis said.",
     "“We believe this to be a man who's come here to kill people,” Commissioner Ed Davis said.", "variance"),
    ("“I very much hope that our donors will be generous,” Valerie Amos said.",
     "“I very much hope our donors will be generous,” Valerie Amos said.", "variance"),
    ("“They need food, they need water, they need shelter,” Valerie Amos said.",
     "“They need food, they need water and they need shelter,” Valerie Amos said.", "variance"),
    ("“We do not think the wall will hold for long,” Mayor Ana Ortiz said.",
     "“We don't think the wall will hold for long,” Mayor Ana Ortiz said.", "variance"),
    ("“It's been a long night for all of us,” Mayor Ana Ortiz said.",
     "“It has been a long night for all of us,” Mayor Ana Ortiz said.", "variance"),
    # an article or a verb put for another is a misquote still
    ("“The decision to pay a ransom was mine,” Andrew Witty said.",
     "“The decision to pay the ransom was mine,” Andrew Witty said.", "conflict"),
    ("“The building is literally pancaked,” Mayor Charles Burkett said.",
     "“The building has literally pancaked,” Mayor Charles Burkett said.", "conflict"),
    ("“We do not think the wall will hold for long,” Mayor Ana Ortiz said.",
     "“We don't believe the wall will hold for long,” Mayor Ana Ortiz said.", "conflict"),
])
def test_a_quote_worded_otherwise_in_glue_words_alone_is_a_variance(tmp_path, a, b, status):
    result = story(tmp_path, a=f"{a}\n", b=f"{b}\n")
    quotes = result.findings[result.findings["claim"].str.startswith("quote:")]
    assert list(quotes["status"]) == [status]
    assert quotes.iloc[0]["note"].startswith("worded slightly otherwise" if status == "variance"
                                             else "quoted with other words")


@pytest.mark.parametrize("spellings, status", [
    # a town each spelling of which two outlets write: two spellings in use
    (("Marrakech", "Marrakech", "Marrakesh", "Marrakesh"), "variance"),
    # one outlet alone spells it otherwise: that outlet is the one to check
    (("Marrakech", "Marrakech", "Marrakech", "Marrakesh"), "conflict"),
])
def test_a_place_spelt_two_ways_by_several_sources_each_is_a_variance(tmp_path, spellings, status):
    texts = {f"s{k}": f"Date: 2023-09-10\n\nRescue teams reached villages south of {town} on Sunday.\n"
             for k, town in enumerate(spellings)}
    names = story(tmp_path, **texts).findings
    names = names[names["claim"].str.startswith("name:")]
    assert list(names["status"]) == [status]
    assert ("each written by several sources" in names.iloc[0]["note"]) is (status == "variance")


@pytest.mark.parametrize("spellings", [("Clive Kunder", "Clive Kunder", "Clive Kundar", "Clive Kundar")])
def test_a_person_spelt_two_ways_by_several_sources_each_is_a_conflict(tmp_path, spellings):
    texts = {f"s{k}": f"Date: 2025-06-13\n\nFirst Officer {name} was at the controls of the jet on Thursday.\n"
             for k, name in enumerate(spellings)}
    names = story(tmp_path, **texts).findings
    assert list(names[names["claim"].str.startswith("name:")]["status"]) == ["conflict"]


@pytest.mark.parametrize("a, b, finding", [
    # one full given name before two spellings of one surname: one person, misspelt
    ("Chief executive George Kurtz apologised on Friday.", "Chief executive George Kurz apologised on Friday.", True),
    ("Forces loyal to Khalifa Haftar control the east.", "Forces loyal to Khalifa Hifter control the east.", True),
    # a romanised given name with a hyphen is part of the name, not a compound ("Paris-based")
    ("Acting President Choi Sang-mok declared mourning.", "Acting President Choi Sang-mook declared mourning.", True),
    ("The Paris-based group Alpha Partners said so.", "The Lyon-based group Alpha Partners said so.", False),
    # ... one ending in "-ing" too ("Shun-ching", "Tse-ming"), where "Map-making" is a compound
    ("Superintendent Baron Chan Shun-ching briefed reporters.", "Superintendent Baron Chan Shun-cheng briefed "
                                                               "reporters.", True),
    ("The Map-making firm Alpha Partners said so.", "The Map-mapping firm Alpha Partners said so.", False),
    # a letter added at the end that makes no ending, a title kept with the given name by the scan
    ("Federal Returning Officer Marta Brand said turnout was high.", "The returning officer, Marta Brandt, gave the "
                                                                     "results.", True),
    # ... or an "s" added to a surname after one given name
    ("Labour MPs Margaret Hodge and Ann Coffey tabled the motion.", "Labour MPs Margaret Hodges and Ann Coffey "
                                                                    "tabled the motion.", True),
    ("The mayor, Klaus Mohrs, welcomed the plan.", "Wolfsburg mayor Klaus Mohr welcomed the plan.", True),
    # ... or another letter, to a surname of five letters or more
    ("“The needs are huge,” said Ramanathan Balakrishnan, the UN's acting coordinator.",
     "“The needs are huge,” said Ramanathan Balakrishna, the UN's acting coordinator.", True),
    # ... but not after a word the story writes in lower case, nor a title
    ("Federal Returning Officer Marta Brand said turnout was high.", "Federal Returning Officers said turnout was "
                                                                     "high, returning the count.", False),
    # ... or a letter left out, after the given name and its short form
    ("The ferry's captain, Michael Gansas, shouted at the pilot.", "The captain, Mike Ganas, saw the boat veer.", True),
    # ... or a longer ending, to a surname of five letters or more
    ("Senior district judge Richard Magnus passed sentence.", "Senior district judge Richard Magnuson passed "
                                                              "sentence.", True),
    # ... a country and its people's adjective are two words
    ("Prince Faisal of Saudi Arabia arrived.", "The Saudi Arabian delegation arrived.", False),
    ("Aid reached Sierra Leone on Monday.", "Sierra Leoneans queued for aid on Monday.", False),
    # ... or two letters apart, after the given name with a letter doubled or not
    ("Police said the gunman abducted a man, Glen Pearce, at the store.",
     "Her partner, Glenn Pears, was forced into the boot of a car.", True),
    # ... a short surname too, a person's (not a code: "ET" / "ETH")
    ("Navy paramedic Roberto Ríos went down first.", "A navy paramedic, Roberto Ros, went down first.", True),
    # two people who share a given name
    ("Chief executive George Kurtz apologised on Friday.", "Analyst George Kelly said shares fell.", False),
    ("Minister Lee Jae-myung spoke first.", "Fire chief Lee Jung-hyun spoke first.", False),
])
def test_a_surname_misspelt_after_one_given_name_is_a_finding(tmp_path, a, b, finding):
    result = story(tmp_path, a=f"Date: 2024-07-19\n\n{a}\n", b=f"Date: 2024-07-19\n\n{b}\n")
    names = _name_findings(result)
    assert list(names["status"]) == (["conflict"] if finding else [])


@pytest.mark.parametrize("a, b, transliterated", [
    # a firm's name with two letters swapped is a typo, never a transliteration
    ("Investigators from the firm Halcyra found the flaw.", "Investigators from the firm Halycra found the flaw.",
     False),
    # a place in two accepted transliterations
    ("The quake struck near Marrakech on Friday.", "The quake struck near Marrakesh on Friday.", True),
])
def test_letters_swapped_in_a_name_are_a_typo(tmp_path, a, b, transliterated):
    result = story(tmp_path, a=f"Date: 2024-07-19\n\n{a}\n", b=f"Date: 2024-07-19\n\n{b}\n")
    names = _name_findings(result)
    assert list(names["status"]) == ["conflict"]
    assert ("two transliterations" in names.iloc[0]["note"]) == transliterated


LONG = ("“Their deliberations led them to a unanimous verdict. I did my job. Our job is to follow the facts and the "
        "law without fear or favor. There are many voices out there, but the only voice that matters is the jury's,” "
        "District Attorney Alvin Bragg said.")


@pytest.mark.parametrize("other, differing", [
    # another stretch of the longer statement, quoted as it stands
    ("“There are many voices out there, but the only voice that matters is the jury's,” Bragg said.", None),
    # a word written two ways: a house style
    ("“I did my job. Our job is to follow the facts and the law without fear or favour,” Bragg said.", None),
    # one stretch quoted with a word put for another: the finding points at that stretch, not the whole statement
    ("“I did my job. My job is to follow the facts and the law without fear or favour,” Bragg said.",
     "I did my job. My job is to follow the facts and the law without fear or favour"),
    # a word more, where no "..." marks a cut
    ("“I did my job. Our job is to follow the facts and the law without any fear or favor,” Bragg said.",
     "I did my job. Our job is to follow the facts and the law without any fear or favor"),
    # the same cut marked as one
    ("“I did my job. Our job is to follow the facts and the law ... or favor,” Bragg said.", None),
])
def test_quotations_are_compared_where_they_overlap(tmp_path, other, differing):
    result = story(tmp_path, a=f"Date: 2024-05-30\n\n{LONG}\n", b=f"Date: 2024-05-30\n\nBragg spoke on Thursday. {other}\n")
    quotes = result.findings[result.findings["claim"].str.startswith("quote:")]
    if differing is None:
        assert quotes.empty
        return
    assert list(quotes["status"]) == ["conflict"]
    mentions = result.mentions[result.mentions["claim"] == quotes.iloc[0]["claim"]]
    told = dict(zip(mentions["source"], mentions["text"]))
    assert told["b"] == differing
    assert told["a"].startswith("I did my job.") and "many voices" not in told["a"]
    text = (tmp_path / "a.txt").read_text(encoding="utf-8")
    start, end = mentions[mentions["source"] == "a"][["start", "end"]].iloc[0]
    assert text[start:end] == told["a"]


def test_a_time_conversion_whose_words_pair_with_nothing_follows_its_local_time(tmp_path):
    # the local times pair (near each other, one shared word); the brackets share no word, so they are compared as
    # their local times are paired: 2300 GMT and 00:00 GMT cannot both convert one 2 a.m.
    result = story(tmp_path, a="The ferry went down at around 2 a.m. (2300 GMT on Tuesday), the coast guard said.\n",
                   b="The boat sank just after 02:00 local time (00:00 GMT), officials said.\n")
    assert texts_behind_the_one_conflict(result) == {"2300 GMT", "00:00 GMT"}
    local = result.mentions[result.mentions["text"].isin(["around 2 a.m.", "just after 02:00 local time"])]
    assert len(local) == 2 and local["claim"].nunique() == 1
    assert result.findings.set_index("claim").loc[local["claim"].iloc[0], "status"] in ("agree", "variance")


@pytest.mark.parametrize("c, conflict", [
    # the day after, told in a sentence worded like the others': the same sinking, a weekday wrong
    ("Date: 2023-06-16\n\nThe fishing boat capsized and sank off Pylos in the early hours of Thursday, the coast "
     "guard said.", True),
    # the day after in a sentence about something else: another event
    ("Date: 2023-06-16\n\nFuneral prayers were held in Kalamata on Thursday for the victims.", False),
])
def test_a_weekday_a_day_off_in_a_sentence_worded_alike_is_a_conflict(tmp_path, c, conflict):
    result = story(tmp_path,
                   a="Date: 2023-06-14\n\nThe fishing boat capsized and sank off Pylos early on Wednesday, the coast "
                     "guard said.\n",
                   b="Date: 2023-06-15\n\nThe fishing boat capsized and sank off Pylos on Wednesday, June 14, the "
                     "coast guard said.\n",
                   c=c + "\n")
    dates = result.findings[result.findings["claim"] == "event_date"]
    assert ("conflict" in set(dates["status"])) == conflict
    if conflict:
        row = dates[dates["status"] == "conflict"].iloc[0]
        assert row["disagree"] == ["c"]


def test_the_day_of_a_crash_named_by_its_noun_is_the_events_day(tmp_path):
    """"Wednesday's crash at Lisbon airport" tells the day of the crash as "crashed on Wednesday" does: a source
    saying it crashed at Lisbon's airport "last Tuesday" gives it the wrong day."""
    result = story(tmp_path,
                   a="Date: 2009-03-13\n\nThe toll from Wednesday's crash at Lisbon airport rose to 41 on Friday.\n",
                   b="Date: 2009-03-12\n\nThe cargo jet crashed at Lisbon airport on Wednesday, March 11.\n",
                   c="Date: 2009-03-16\n\nFour crew from the town died when the cargo jet crashed at Lisbon's airport "
                     "last Tuesday.\n")
    dates = result.findings[result.findings["claim"] == "event_date"]
    assert list(dates.loc[dates["status"] == "conflict", "disagree"]) == [["c"]]


def test_two_names_every_source_writes_are_not_one_name_spelt_two_ways(tmp_path):
    """'Mayor Trent Conaway' and 'Conway, Pennsylvania' in every source: two names, not a typo."""
    text = ("Mayor Trent Conaway told residents to stay away. The train was bound for Conway, Pennsylvania. "
            "Conaway said the village was safe.\n")
    result = story(tmp_path, a=text, b=text.replace("stay away", "keep away"))
    assert not result.findings["claim"].str.startswith("name:").any()


@pytest.mark.parametrize("a, b", [
    ("the National Weather Centre", "the National Weather Center"),
    ("the World Health Organisation", "the World Health Organization"),
])
def test_british_and_american_spellings_of_a_name_are_house_style(tmp_path, a, b):
    result = story(tmp_path, a=f"Forecasters at {a} warned of floods on Monday.\n",
                   b=f"Forecasters at {b} warned of floods on Monday.\n")
    assert not result.findings["claim"].str.startswith("name:").any()


@pytest.mark.parametrize("a, b, finding", [
    # one source writes a word and another form of it: no name spelt two ways
    ("The Argentina squad and the Argentine coach arrived on Monday.", "The Argentina squad arrived on Monday.",
     False),
    ("The UN Humanitarian Coordinator spoke for the Office for the Coordination of Humanitarian Affairs.",
     "The Office for the Coordination of Humanitarian Affairs said aid was on its way.", False),
    # each source one spelling of one man: a finding
    ("Government spokesman Mustapha Baitas spoke on Monday.", "Government spokesman Mustapha Baytas spoke on Monday.",
     True),
])
def test_a_word_and_another_form_of_it_in_one_source_are_no_name_spelt_two_ways(tmp_path, a, b, finding):
    result = story(tmp_path, a=f"{a}\n", b=f"{b}\n")
    names = _name_findings(result)
    assert (len(names) > 0) == finding


@pytest.mark.parametrize("a, b, note, status", [
    # letters that differ, one of them the house style's: a finding that says what the desk prints; a person has
    # one spelling, so the other is wrong
    ("President Volodymyr Zelenskiy spoke on Monday.", "President Volodymyr Zelenskyy spoke on Monday.",
     "the house style prints Zelenskyy", "conflict"),
    # the house style joins names no spelling rule would: "Kiev" and "Kyiv" are one city's two names, each source
    # right, the house's choice to make
    ("Drones struck Kiev overnight, officials said.", "Drones struck Kyiv overnight, officials said.",
     "the house style prints Kyiv", "variance"),
    # accents only: house style, no finding
    ("President Recep Tayyip Erdogan spoke on Monday.", "President Recep Tayyip Erdoğan spoke on Monday.", None, None),
])
def test_spellings_the_house_style_names_are_findings_that_say_its_choice(tmp_path, a, b, note, status):
    result = story(tmp_path, a=f"{a}\n", b=f"{b}\n")
    names = _name_findings(result)
    assert list(names["status"]) == ([] if note is None else [status])
    assert note is None or note in names["note"].iloc[0]


def _name_findings(result):
    """The findings of names spelt two ways."""
    return result.findings[result.findings["claim"].str.startswith("name:")]


@pytest.mark.parametrize("a, b, status", [
    ("Health Minister Viktor Lyashko", "Health Minister Viktor Liashko", "variance"),   # Cyrillic romanised two ways
    ("Mayor Vitali Klitschko", "Mayor Vitalii Klitschko", "variance"),
    ("co-pilot Yevgenia Shishkova", "co-pilot Evgenia Shishkova", "variance"),
    ("explorer Paul-Henri Nargeolet", "explorer Paul-Henry Nargeolet", "conflict"),      # a letter, not a romanisation
    ("spokesman Mustapha Baitas", "spokesman Mustapha Baytas", "conflict"),
    # a doubled "l" is a word's British spelling ("travelling"), in a name a letter more
    ("police chief Detlef von Schmeling", "police chief Detlef von Schmelling", "conflict"),
    ("council leader Anna Miller", "council leader Anna Miler", "conflict"),
    # a middle name left out, a title before the name: one person still, misspelt by one
    ("Rabbi Gavriel Noach Holtzberg", "Rabbi Gavriel Holzberg", "conflict"),
    ("Group Chief Executive Officer Ahmad Jauhari Yahya", "chief executive Ahmad Juahari Yahya", "conflict"),
])
def test_a_person_romanised_two_ways_varies_a_letter_changed_conflicts(tmp_path, a, b, status):
    result = story(tmp_path, a=f"On Monday {a} visited the site.\n", b=f"On Monday {b} visited the site.\n")
    names = _name_findings(result)
    assert names["status"].tolist() == [status]
    assert ("romanised two ways" in names.iloc[0]["note"]) == (status == "variance")


@pytest.mark.parametrize("a, b, alike", [
    ("Yevgenia Shishkova", "Evgenia Shishkova", True),
    ("Zelenskyy", "Zelenskiy", True),
    ("Yarosh", "Arosh", False),          # an initial Y before a vowel other than e is a letter
    ("Henri", "Henry", False),
    ("Mansour al-Turki", "Mansur al-Turki", True),
    ("Sumeet Sabharwal", "Sumit Sabharwal", False),
    ("Soerjanto Tjahjono", "Surjanto Tjahjono", True),
    ("Mucaad Ibrahim", "Mucad Ibrahim", True),
    ("Rosanne Boyland", "Roseanne Boyland", False),   # a letter more is a misspelling
    ("Martin Hett", "Martyn Hett", False),
    ("Jaime Guttenberg", "Jamie Guttenberg", False),
])
def test_romanised_alike_reads_only_where_romanisations_differ(a, b, alike):
    from checker.compare.name_findings import _romanised_alike
    assert _romanised_alike([a, b]) == alike


@pytest.mark.parametrize("a, b, spelt", [
    ("Düsseldorf", "Duesseldorf", False),       # German writes ü as ue where it has no umlaut: one spelling
    ("Joseph-König-Gymnasium", "Joseph-Koenig-Gymnasium", False),
    ("Düsseldorf", "Dusseldorf", False),        # the accent dropped, as the house style folds it
    ("Duesseldorf", "Dusseldorf", False),       # both forms of one umlaut
    ("Düsseldorf", "Diisseldorf", True),        # a letter that is no form of the umlaut
    ("Utøya", "Utoeya", False),                 # Nordic ø written out, as English wires do
    ("Utøya", "Utoya", False),
    ("Ålesund", "Aalesund", False),
    ("Utøya", "Utaya", True),
])
def test_an_umlaut_written_as_its_e_form_is_the_house_styles_not_a_finding(tmp_path, a, b, spelt):
    result = story(
        tmp_path,
        a=f"The plane was flying from Barcelona to {a} on Tuesday. Families gathered in {a} that night.\n",
        b=f"The plane was flying from Barcelona to {b} on Tuesday. Families gathered in {b} that night.\n",
        c="The plane was flying from Barcelona to Düsseldorf on Tuesday. Families waited at the airport.\n")
    assert (len(_name_findings(result)) == 1) is spelt


@pytest.mark.parametrize("a, b, variants", [
    ("The Home Depot on Range Line Road was flattened. Range Line Road was closed.",
     "Along Rangeline Road, the Home Depot was flattened.", {"Range Line Road", "Rangeline Road"}),
    # words the story writes in lower case too, joined or not, beside a person's name: still the house style's,
    # not that name broken in the wrong place
    ("A police task force, named Task Force Phoenix, will be led by Commander Dana Moloney.",
     "The unit, dubbed Taskforce Phoenix, will be led by Commander Dana Moloney.", set()),
])
def test_a_name_spaced_two_ways_is_the_house_styles_not_a_finding(tmp_path, a, b, variants):
    result = story(tmp_path, a=a + "\n", b=b + "\n")
    assert _name_findings(result).empty
    assert variants <= set(result.names["variant"])


@pytest.mark.parametrize("b, status", [
    ("Mash, a channel with ties to the security services, reported that the truck had dropped off traffic cameras "
     "for around eight hours overnight before it drove onto the bridge.", "conflict"),
    ("Mash, a channel with ties to the security services, reported that the truck had dropped off traffic cameras "
     "for about six hours overnight before it drove onto the bridge.", "agree"),
])
def test_a_span_of_time_told_with_other_verbs_is_one_span(tmp_path, b, status):
    # three words of substance in common ("traffic cameras", "overnight", "bridge"), hours told with other verbs
    result = story(tmp_path, a="Date: 2022-10-09\n\nAccording to a Telegram channel, the lorry disappeared from "
                               "traffic cameras for about six hours overnight before reaching the bridge.\n",
                   b=f"Date: 2022-10-09\n\n{b}\n")
    assert status_of_one_claim(result, result.mentions[result.mentions["text"].str.contains("hours")]) == status


@pytest.mark.parametrize("note, a, b", [
    ("Editor's note: This story was updated at {t} with the latest figures from the fire service.", "16:40", "18:05"),
    ("Further updates will be published on the fire service website at 10am and {t} daily.", "4pm", "6pm"),
    ("The fire service will brief reporters every day at {t} until the depot is cleared.", "9 a.m.", "11 a.m."),
    # when a release was issued, on a line of its own
    ("PRESS RELEASE\nDelft, Friday 10 January 2025, {t}\nThe fire service thanks the public.", "18:00", "19:30"),
])
def test_the_time_a_story_was_updated_or_an_hour_of_every_day_is_not_a_moment_of_the_event(tmp_path, note, a, b):
    result = story(tmp_path, a="Date: 2025-01-10\n\nA fire destroyed the depot.\n\n" + note.format(t=a) + "\n",
                   b="Date: 2025-01-10\n\nA fire destroyed the depot.\n\n" + note.format(t=b) + "\n")
    assert not result.mentions["text"].isin([a, b]).any()
    assert not (result.findings["status"] == "conflict").any()
