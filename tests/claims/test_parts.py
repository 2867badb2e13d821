"""A figure given as part of a total ("killed 50 people, including five children") is never compared with the
total; parts of one noun are compared with each other (our sentences)."""
import pytest

import checker

WHOLE = "A missile struck the railway station in the city on Friday, killing 50 people."


@pytest.mark.parametrize("part_wording, deaths", [
    ("killing 50 people, including five children", "agree"),
    ("killing 50 people, among them five children", "agree"),
    ("killing 52 people, including five children", "conflict"),
])
def test_a_part_is_not_the_total(tmp_path, part_wording, deaths):
    texts = {"wire": WHOLE, "paper": f"A missile struck the railway station in the city on Friday, {part_wording}."}
    for name, text in texts.items():
        (tmp_path / f"{name}.txt").write_text(f"Date: 2022-04-09\n\n{text}\n", encoding="utf-8")
    findings = checker.check(tmp_path).findings
    toll = findings[findings["claim"] == "deaths"]
    assert list(toll["status"]) == [deaths]
    assert "five" not in toll["values"].iloc[0].get("paper", "")
    assert findings[findings["claim"] == "deaths:children"]["values"].iloc[0] == {"paper": "five"}


def _claims_of(tmp_path, texts: dict[str, str]):
    for name, text in texts.items():
        (tmp_path / f"{name}.txt").write_text(f"Date: 2022-11-01\n\n{text}\n", encoding="utf-8")
    return checker.check(tmp_path)


@pytest.mark.parametrize("part_sentence, part_claim", [
    ("Of the dead, 97 were women.", "deaths:woman"),
    ("Of those killed, 97 were women and 54 were men.", "deaths:woman"),
    ("Of the deceased, 10 persons were certified dead at the scene.", "deaths:person"),
    ("Among the dead were 26 foreign nationals.", "deaths:foreign"),
    # the whole named after the part, with what the part is after the verb
    ("More than 130 of the dead were pupils.", "deaths:pupil"),
    ("At least 40 of those killed were police officers.", "deaths:police"),
    ("The remains of 24 of the 26 foreign victims have been sent home.", "deaths:share_of_26"),
    # some of a group the sentence does not count
    ("Divers brought up 12 of the dead from the wreck on Monday.", "deaths:some_of_dead"),
    # what was added to the toll is no toll
    ("On Monday nine further bodies were retrieved from the rubble.", "deaths:added_in_paper"),
    ("Rescuers said a further 12 people were killed on Monday.", "deaths:added_in_paper"),
    # a group smaller than the toll, opening the sentence: what follows counts some of its members
    ("Of the 16 Polish citizens in the alley, nine survived and seven died.", "deaths:polish"),
    ("Of the 40 students on the trip, 12 were killed.", "deaths:student"),
])
def test_a_part_told_by_the_words_before_it_is_not_the_toll(tmp_path, part_sentence, part_claim):
    result = _claims_of(tmp_path, {
        "wire": "The crush in the alley killed 156 people, officials said.",
        "paper": f"The crush in the alley killed 156 people, officials said. {part_sentence}"})
    toll = result.findings[result.findings["claim"] == "deaths"]
    assert list(toll["status"]) == ["agree"]
    assert part_claim in set(result.mentions["claim"])


def test_a_group_as_large_as_the_toll_opening_the_sentence_is_the_whole(tmp_path):
    result = _claims_of(tmp_path, {
        "wire": "The crush in the alley killed 156 people, officials said.",
        "paper": "Of the 400 people in the alley, 156 were killed, officials said."})
    toll = result.findings[result.findings["claim"] == "deaths"]
    assert list(toll["status"]) == ["agree"] and toll["values"].iloc[0]["paper"] == "156"


def test_a_share_is_never_a_toll(tmp_path):
    result = _claims_of(tmp_path, {
        "wire": "The crush killed 156 people.",
        "paper": "The crush killed 156 people. Most of the dead were in their 20s, and about two-thirds were women."})
    assert list(result.mentions[result.mentions["claim"] == "deaths"]["text"]) == ["156", "156"]


def test_a_breakdown_is_split_by_the_nouns_its_figures_count(tmp_path):
    result = _claims_of(tmp_path, {
        "release": "On board were 171 passengers, two pilots and four flight attendants.",
        "wire": "The jet landed back at the airport at 5:26 p.m. with 174 passengers and six crew on board."})
    on_board = result.findings[result.findings["claim"].str.startswith("on_board")]
    assert dict(zip(on_board["claim"], on_board["status"]))["on_board:passeng"] == "conflict"
    assert "on_board" not in set(on_board["claim"])      # no count of everyone on board told four ways


def test_a_fact_list_figure_joins_the_part_its_label_names(tmp_path):
    result = _claims_of(tmp_path, {
        "wire": "The plane was carrying 167 passengers and nine crew members.",
        "other": "There were 168 passengers and nine crew on board.",
        "release": "Flight facts:\n\n- Passengers on board: 167\n- Total on board: 176\n"})
    passengers = result.findings[result.findings["claim"] == "on_board:passeng"]["values"].iloc[0]
    assert passengers == {"wire": "167", "other": "168", "release": "167"}


@pytest.mark.parametrize("paper, toll", [
    # a figure far below the toll, counting its own noun, is a part or another incident's: not the toll
    ("The quake killed 92 people, officials said. Five coast guard crew were killed when their plane crashed.",
     {"wire": "92", "paper": "92"}),
    # a toll far below the others counting the same people is still the toll, and a conflict
    ("The quake killed 12 people, officials said.", {"wire": "92", "paper": "12"}),
    # "claiming 18 lives" counts the dead as "people" does: the toll
    ("A suicide bomber blew himself up at the church, claiming 18 lives.", {"wire": "92", "paper": "18"}),
])
def test_a_figure_far_below_the_toll_with_a_noun_of_its_own_is_a_part(tmp_path, paper, toll):
    result = _claims_of(tmp_path, {
        "wire": "The quake killed 92 people, officials said on Friday.",
        "third": "The death toll from the quake rose to 92, officials said.",
        "paper": paper})
    deaths = result.findings[result.findings["claim"] == "deaths"].iloc[0]
    assert {s: v for s, v in deaths["values"].items() if s != "third"} == toll


def test_confirmed_dead_is_the_toll_unless_another_figure_is_suspected(tmp_path):
    result = _claims_of(tmp_path, {
        "wire": "The crash killed 179 people, officials said.",
        "paper": "At least 176 people were confirmed dead after the crash."})
    deaths = result.findings[result.findings["claim"] == "deaths"]
    assert deaths["values"].iloc[0] == {"wire": "179", "paper": "At least 176"}
    assert deaths["status"].iloc[0] == "conflict"


def test_parts_of_one_noun_are_one_claim_however_they_were_found(tmp_path):
    # the release's adults are paired on their words with the wire's; the paper's are split by their noun
    result = _claims_of(tmp_path, {
        "wire": "Police said 19 children and two adults were killed in the attack on the school.",
        "release": "The shooting, in which 19 children and two adults were killed, was the worst in a decade.",
        "paper": "The gunman opened fire in a classroom, killing 18 children and three adults, a senator said."})
    adults = result.findings[result.findings["claim"].str.contains("adult")]
    assert list(adults["claim"]) == ["deaths:adult"] and adults["status"].iloc[0] == "conflict"
    assert adults["values"].iloc[0] == {"wire": "two", "release": "two", "paper": "three"}


@pytest.mark.parametrize("part_wording", [
    "killing 33 people (female 20, male 12, undetermined 1)",
    "killing 33 people (20 women and 12 men)",
    "killing 33 (20 of them women)",
])
def test_a_breakdown_in_brackets_after_the_toll_is_not_the_toll(checked, part_wording):
    findings = checked({"wire": "The fire at the studio on Thursday killed 33 people, police said.",
                        "paper": f"Police said the fire at the studio on Thursday was arson, {part_wording}."},
                       "2019-07-19").findings
    toll = findings[findings["claim"] == "deaths"]
    assert list(toll["status"]) == ["agree"]
    assert toll["values"].iloc[0] == {"wire": "33", "paper": "33"}


def test_a_line_ending_in_a_figure_is_no_share_of_the_next_paragraphs_figure(tmp_path):
    result = _claims_of(tmp_path, {
        "release": "Deaths: 17\n- Deceased at hospital: 2\nInjured and transported to hospitals: 15\n\n"
                   "Of the 17 deceased, 14 were students.",
        "wire": "The shooting killed 17 people and wounded 15 others."})
    injured = result.findings[result.findings["claim"] == "injured"]
    assert list(injured["status"]) == ["agree"]
    assert injured["values"].iloc[0] == {"release": "15", "wire": "15"}


@pytest.mark.parametrize("breakdown", [
    "Twelve of the victims were killed inside the building, two just outside it and one on a nearby street, "
    "while two people died at hospitals.",
    "Twelve died inside the school building and two outside it, while three people died later in hospital.",
])
def test_a_smaller_figure_in_a_breakdown_sentence_is_a_part_not_the_toll(tmp_path, breakdown):
    result = _claims_of(tmp_path, {
        "wire": "The shooting at the school killed 17 people, the sheriff said.",
        "paper": f"The shooting at the school killed 17 people, the sheriff said. {breakdown}",
        "third": "The sheriff said 17 people were killed in the shooting at the school."})
    toll = result.findings[result.findings["claim"] == "deaths"]
    assert list(toll["status"]) == ["agree"]
    assert set(toll["values"].iloc[0].values()) == {"17"}


def test_a_part_told_by_the_words_after_it_is_not_the_toll(tmp_path):
    # not far below the toll either: only "were among the dead" says it is a part
    result = _claims_of(tmp_path, {
        "wire": "The floods have killed 937 people since June, the disaster agency said.",
        "paper": "The floods have killed 937 people since June. According to the agency, 334 children were among "
                 "the dead."})
    toll = result.findings[result.findings["claim"] == "deaths"]
    assert list(toll["status"]) == ["agree"]
    assert "deaths:children" in set(result.mentions["claim"])


def test_local_tolls_far_below_a_sources_own_toll_are_parts_compared_with_their_like(tmp_path):
    # each source gives the storm's toll and, apart from it, the dead of one town or county: those are parts,
    # compared with the other sources' figures for that place, and the toll agrees
    result = _claims_of(tmp_path, {
        "wire": "The storm has killed at least 18 people in four states. In Gadsden County, the sheriff confirmed "
                "four storm-related deaths.",
        "other": "The death toll from the storm reached at least 18 people. The sheriff in Gadsden County reported "
                 "four storm-related deaths in his area.",
        "paper": "The storm killed at least 18 people across the South. The mayor of Mexico Beach said three "
                 "residents were confirmed dead in the town.",
        "third": "The mayor of Mexico Beach said two residents were confirmed dead in the town."})
    toll = result.findings[result.findings["claim"] == "deaths"]
    assert list(toll["status"]) == ["agree"]
    assert set(toll["values"].iloc[0]) == {"wire", "other", "paper"}
    parts = result.findings[result.findings["claim"].str.startswith("deaths:")]
    assert sorted(map(sorted, parts["values"].map(lambda v: v.items()))) == [
        [("other", "four"), ("wire", "four")], [("paper", "three"), ("third", "two")]]
    assert sorted(parts["status"]) == ["agree", "conflict"]


def test_one_places_dead_well_below_the_toll_its_source_gives_are_a_part(tmp_path):
    # two sources give the toll and, apart from it, the dead of one building (not three times fewer): a part,
    # compared with the others' figures for that building, and the toll agrees
    result = _claims_of(tmp_path, {
        "wire": "A gunman shot dead 35 people at the historic site. About 20 people died in the cafe.",
        "other": "In all, 35 people were killed by the gunman. Twenty people died inside the cafe itself.",
        "paper": "The gunman killed 35 people on Sunday afternoon."})
    toll = result.findings[result.findings["claim"] == "deaths"]
    assert list(toll["status"]) == ["agree"]
    assert set(toll["values"].iloc[0]) == {"wire", "other", "paper"}
    parts = result.findings[result.findings["claim"].str.startswith("deaths:")]
    assert [sorted(v) for v in parts["values"]] == [["other", "wire"]]


@pytest.mark.parametrize("listed, conflicts", [
    # the named people and "two other" executives make four: "two" is the rest of the list, not all of them
    ("The chairman, Park Dong-soo, his deputy, Choi Min-ho, and two other executives were detained by police on Tuesday.", 0),
    # counted wrong all the same where the list names no one
    ("Police detained three executives of the shipping firm on Tuesday.", 1),
])
def test_the_rest_of_a_named_list_is_no_total(tmp_path, listed, conflicts):
    texts = {"wire": "Police detained four executives of the shipping firm, including its chairman, on Tuesday.",
             "paper": listed}
    for name, text in texts.items():
        (tmp_path / f"{name}.txt").write_text(f"{text}\n", encoding="utf-8")
    findings = checker.check(tmp_path).findings
    assert (findings["status"] == "conflict").sum() == conflicts


@pytest.mark.parametrize("wire, conflicts", [
    # a fact box's total, broken down in brackets: the parts are no other count of the whole
    ("The airline said 100 passengers were on the charter flight, along with nine crew members.", 0),
    # ... but each part set against the same part, told so by another
    ("Passengers: 100 on the charter flight\nCrew: 9 (4 flight crew, 5 cabin crew)", 2),
])
def test_the_parts_in_brackets_after_a_total_are_no_total(tmp_path, wire, conflicts):
    texts = {"wire": wire,
             "release": "Flight: AF4590 (charter)\nPassengers: 100\nCrew: 9 (3 flight crew, 6 cabin crew)"}
    for name, text in texts.items():
        (tmp_path / f"{name}.txt").write_text(f"Date: 2000-07-25\n\n{text}\n", encoding="utf-8")
    findings = checker.check(tmp_path).findings
    assert (findings["status"] == "conflict").sum() == conflicts, findings.to_dict("records")


@pytest.mark.parametrize("crew", [
    "It had a crew of 15 on board.",
    "There were 15 crewmen on board.",
    "Fifteen crew members were also on board.",
])
def test_a_crew_is_a_part_of_those_on_board_however_it_is_worded(tmp_path, crew):
    result = _claims_of(tmp_path, {
        "wire": "The ferry was carrying about 1,500 passengers when it struck the pier.",
        "paper": f"The ferry had some 1,500 passengers aboard when it hit the pier. {crew}",
        "release": "An estimated 1,500 passengers and 15 crewmembers were aboard the vessel."})
    findings = result.findings
    on_board = findings[findings["claim"] == "on_board"]
    assert list(on_board["status"]) == ["agree"]
    crews = findings[findings["claim"].str.startswith("on_board:crew")]
    assert list(crews["status"]) == ["agree"]
    assert set(crews["values"].iloc[0]) == {"paper", "release"}
