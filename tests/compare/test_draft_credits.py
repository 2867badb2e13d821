"""Who the draft credits with a fact, against the sources that tell it (our sentences)."""
import pytest

from checker.compare.draft_credits import credits_in, same_credit

SOURCES = {
    "wire": "Date: 2024-05-04\n\nThe Dockers Union said officers were called to the port after thousands of "
            "workers streamed toward the gates.\n\nThe dockers' union, which called the stoppage, said 42,000 workers had walked out "
            "across the country.\n\nThe Port Authority said 18 ships were waiting to unload off the coast.\n\n"
            "A week of closures could cost exporters more than $900 million, according to an estimate by "
            "Harbour Analytics Group, a consultancy in Rotterdam.\n\nAlso on Tuesday, the Port Authority said it had "
            "closed the criminal case against the dockers, because those involved had \"stopped actions directly "
            "aimed at a stoppage\" on Monday.\n\nThe Quay Trust said the old north quay was completed in 1994.\n",
    "paper": "Date: 2024-05-04\n\nThe Seafarers Federation, one of three unions behind the strike, said 42,000 "
             "workers had stopped work nationwide.\n\nThe U.S. Geological Survey said the tremor that shook the "
             "harbour on Friday had a magnitude of 4.1.\n\nIts epicentre was 12 km off the harbour, according to "
             "the U.S. Geological Survey.\n\nOf the dead, 45 were in Harbour County, according to the county coroner.\n\nThe FBI said late on Wednesday that a criminal gang was "
             "responsible for the cyber attack on the port, which it said had cost shippers and the port authority "
             "several million dollars in lost trade over the week, and named the group behind it as Tidewater.\n",
}


@pytest.mark.parametrize("draft, verdicts", [
    # the figure right, its source another body
    ("Some 42,000 workers stopped work nationwide, according to the Dockworkers Alliance.",
     [("Dockworkers Alliance", "contradicted", "Seafarers Federation")]),
    ("The Coastal Trade Institute has estimated that a week of closures could cost exporters more than "
     "$900 million.", [("Coastal Trade Institute", "contradicted", "Harbour Analytics Group")]),
    # the same body: supported
    ("The Seafarers Federation said 42,000 workers had walked out across the country.",
     [("Seafarers Federation", "supported", "Seafarers Federation")]),
    # initials for the full name
    ("The USGS said the tremor that shook the harbour on Friday had a magnitude of 4.1.",
     [("USGS", "supported", "USGS")]),
    # the draft's body named in a sentence telling the fact, though not as its source: no contradiction
    ("Harbour Analytics Group, a Rotterdam consultancy, put the cost to exporters at more than $900 million.",
     [("Harbour Analytics Group", "supported", "Harbour Analytics Group")]),
    # the source's credit is in the draft's sentence too, in another role
    ("Port Authority figures show 18 ships waiting to unload off the coast, the Harbour Board said.", []),
    # the source's sentence tells the fact in its first piece, then goes on
    ("In a statement on Friday, the Treasury Department said a criminal gang was responsible for the cyber attack, "
     "naming the group as Tidewater.", [("Treasury Department", "contradicted", "FBI")]),
    # who did it, told of another body
    ("The Port Authority ordered that 18 ships wait to unload off the coast.",
     [("Port Authority", "supported", "Port Authority")]),
    # a figure no source tells in like words: nothing to set the credit against
    ("The Dockworkers Alliance said 75 cranes stood idle.", []),
    # few words alike, but the claim ties them: the same magnitude, credited to another body
    ("The European-Mediterranean Seismological Centre put its magnitude at 4.1.",
     [("European-Mediterranean Seismological Centre", "contradicted", "U.S. Geological Survey")]),
    ("The US Geological Survey put its magnitude at 4.1.",
     [("US Geological Survey", "supported", "US Geological Survey")]),
    # retold in other words: most of the draft clause's words of substance are in the source sentence
    ("But on Tuesday the Coastal Safety Board said it had closed the case, because the participants had stopped "
     "their actions on Monday.", [("Coastal Safety Board", "contradicted", "Port Authority")]),
    # another figure: which body said what is not the question there
    ("The European-Mediterranean Seismological Centre put its magnitude at 4.3.", []),
    # two credits joined by "and": each has its own clause, the second no credit of the first's fact
    ("The Harbour Board said 18 ships were waiting to unload off the coast, and Capt. Lena Hart said the "
     "cranes would stay idle.", [("Harbour Board", "contradicted", "Port Authority")]),
    # the fact told with a year only, its credit another body's; the draft's body is credited with something else
    # by a source, which is no retelling of this fact
    ("The quay was completed in 1994, according to the U.S. Geological Survey, and the firm that built it has "
     "since closed.", [("U.S. Geological Survey", "contradicted", "Quay Trust")]),
    # an office the source names by its role, in lower case
    ("Of those, 45 were in Harbour County, according to the Norland Health Authority.",
     [("Norland Health Authority", "contradicted", "county coroner")]),
    ("Of those, 45 were in Harbour County, according to the Harbour County Coroner.",
     [("Harbour County Coroner", "supported", "Harbour County Coroner")]),
    # who runs a thing the clause tells of is not whose figure it gives
    ("Some 18 ships, operated by Nordline Shipping, were waiting to unload off the coast.", []),
    # "thousands of workers" is no figure a source states: the dockers' count is not what the mayor told them
    ("Thousands of workers gathered for a vigil in the square, where Mayor Ana Pires told the crowd the port "
     "would reopen.", []),
])
def test_a_fact_credited_to_another_body_is_contradicted(draft_frame, draft, verdicts):
    rows = draft_frame(SOURCES, draft)
    rows = rows[rows["claim"] == "attribution"]
    assert [(r.draft, r.verdict, r.safe_wording) for r in rows.itertuples()] == verdicts


def test_the_contradicted_row_quotes_the_source_sentence(draft_frame):
    rows = draft_frame(SOURCES, "Some 42,000 workers stopped work nationwide, according to the Dockworkers Alliance.")
    row = rows[rows["claim"] == "attribution"].iloc[0]
    assert row["contradicted_by"] == ["paper"]
    assert "credited to Seafarers Federation" in row["sources_say"] and "42,000" in row["sources_say"]


@pytest.mark.parametrize("sentence, names", [
    ("The CGT union, one of the eight unions leading the protests, said 3.5 million had marched.", ["CGT"]),
    ("A strike could cost $5 billion, according to an estimate by Anderson Economic Group.",
     ["Anderson Economic Group"]),
    ("The loss was estimated by the Louvre's insurers.", ["Louvre"]),
    ("The figure was confirmed by the Railways on Saturday.", ["Railways"]),
    ("Rebuilding was estimated at $5.5 billion by the Pacific Disaster Center.", ["Pacific Disaster Center"]),
    ("The International Organization for Migration warned that 10,000 people were missing.",
     ["International Organization for Migration"]),
    ("The Lakeside Rescue civil defence group said 790 people had died.", ["Lakeside Rescue"]),
    ("The harbour regulator Portwatch ordered that 16 ships be held.", ["Portwatch"]),   # who did it
    ("The terminal was shut by the Coastal Safety Board on Monday.", ["Coastal Safety Board"]),
    ("A transcript released on Wednesday by the Coastal Safety Board supports the pilots.", ["Coastal Safety Board"]),
    ("A transcript released Wednesday by the Coastal Safety Board supports the pilots.", ["Coastal Safety Board"]),
    ("The US Geological Survey said the quake had a magnitude of 6.8.", ["US Geological Survey"]),
    # who named or identified someone is credited as who said it
    ("Harbour City Police identified the two men wounded as Sam Dutton and Ray Ellis.", ["Harbour City Police"]),
    ("On Sunday, the Mercer County coroner's office named the dead man as Sam Dutton.", ["Mercer County"]),
    # an acronym in brackets between the body and its verb
    ("On Tuesday, Norland's Grid Security Centre (GSC) said there had been no intrusion.",
     ["Norland's Grid Security Centre"]),
    # who prosecutes or investigates is credited as who did it
    ("The case was prosecuted by the Harbour County Attorney's Office, with two special prosecutors.",
     ["Harbour County Attorney's Office"]),
    ("The crash is being investigated by the Coastal Safety Board.", ["Coastal Safety Board"]),
    # a body's committee, told by its kind after the name
    ("On Tuesday the Norland FA disciplinary committee imposed a ban and fined the club.", ["Norland FA"]),
    # an adverb between the body and its verb
    ("Initial reports said 13 were missing; the Ministry of Transport later said eight were.", ["Ministry of Transport"]),
    # a body of bodies: which of its agencies, told after it
    ("The UN refugee agency said initial reports suggested 400 were aboard.", ["UN refugee agency"]),
    ("The U.N. migration agency said initial reports suggested 400 were aboard.", ["U.N. migration agency"]),
    # an office named by its role, in lower case
    ("Of those, 45 died in Harbour County, according to the county medical examiner.", ["county medical examiner"]),
    ("The county coroner said 12 had died.", ["county coroner"]),
    # "as per", as Indian English credits a bulletin
    ("As per the NWA bulletin of 05:30 hrs, the storm lay 270 km north of the port.", ["NWA"]),
    ("As per Harbour Analytics Group, exporters lost $900 million.", ["Harbour Analytics Group"]),
    ("Officials said 12 people died.", []),           # no name: nothing to compare
    ("Rescuers said 12 people died.", []),            # a capital of the sentence, not a name
])
def test_credits_in(sentence, names):
    assert [name for name, _, _ in credits_in(sentence)] == names


@pytest.mark.parametrize("a, b, same", [
    ("USGS", "U.S. Geological Survey", True),
    ("the Labour Party", "Labour", True),
    ("CFDT union", "CGT union", False),
    ("Economic Policy Institute", "Anderson Economic Group", False),
    ("Justice Department", "Treasury Department", False),
    ("Kenya Medical Association", "Kenya National Commission", False),   # a country word is no name of its own
    ("Red Cross", "Kenya Red Cross", True),
    ("UK Labour", "Labour", True),
    ("National Meteorological Center", "National Meteorological Centre", True),
    ("Swiss National Bank", "Swiss", False),          # a country word with kind-of-body words is no name of its own
    # one person, titled or named two ways
    ("Lt. Gov. Todd Lamb", "Oklahoma's Lieutenant Governor Todd Lamb", True),
    ("Sheriff Gregory Ahern", "Alameda County Sheriff Greg Ahern", True),
    ("Lt. Gov. Todd Lamb", "Governor Mary Fallin", False),
])
def test_same_credit(a, b, same):
    assert same_credit(a, b) is same


@pytest.mark.parametrize("credit, verdict", [
    ("Morocco's Ministry of Health", "contradicted"),
    ("The Interior Ministry", "supported"),
])
def test_a_body_a_source_writes_in_lower_case_is_a_credit(tmp_path, credit, verdict):
    import checker
    (tmp_path / "wire.txt").write_text("Date: 2023-09-14\n\nThe interior ministry said on Wednesday evening that "
                                       "2,946 people had died and 5,674 had been injured.\n", encoding="utf-8")
    (tmp_path / "paper.txt").write_text("Date: 2023-09-14\n\nRescuers dug through rubble in the mountain villages "
                                        "on Wednesday.\n", encoding="utf-8")
    draft = tmp_path / "draft.txt"
    draft.write_text(f"Date: 2023-09-14\n\n{credit} said on Wednesday evening that 5,674 people had been "
                     "injured.\n", encoding="utf-8")
    rows = checker.check(tmp_path, draft=draft).draft
    credited = rows[rows["claim"].eq("attribution")]
    assert list(credited["verdict"]) == [verdict]


def test_a_reward_offered_by_another_body_is_contradicted_and_a_figure_opening_a_sentence_is_no_name(tmp_path):
    import checker
    (tmp_path / "wire.txt").write_text(
        "Date: 2021-01-08\n\nThe FBI is offering a reward of $50,000 for information about pipe bombs found outside "
        "the party headquarters on Wednesday.\n", encoding="utf-8")
    draft = tmp_path.parent / "draft.txt"
    draft.write_text("Date: 2021-01-08\n\nTwo pipe bombs were found outside the party headquarters, and a reward of "
                     "up to $50,000 for information about them has been offered by the Capitol Police.\n",
                     encoding="utf-8")
    rows = checker.check(tmp_path, draft=draft).draft
    wrong = rows[rows["verdict"] == "contradicted"]
    assert list(wrong["draft"]) == ["Capitol Police"]
    assert "credited to FBI" in wrong["sources_say"].iloc[0]


BY_KIND = {
    "wire": "Date: 2016-04-17\n\nThe Japan Meteorological Agency warned residents to stay away from damaged "
            "buildings.\n\nThe agency said 478 tremors strong enough to be felt had been recorded since Thursday "
            "night.\n\nLater on Sunday the agency said it had lifted the tsunami advisory for the southern coast.\n",
    "paper": "Date: 2016-04-17\n\nThe U.S. Geological Survey put the main quake at magnitude 7.0.\n",
}


@pytest.mark.parametrize("draft, verdicts", [
    # "the agency" of the source is the one it named before: the draft credits another
    ("Some 478 tremors had been recorded since Thursday night, the U.S. Geological Survey said.",
     [("U.S. Geological Survey", "contradicted", "Japan Meteorological Agency")]),
    ("Some 478 tremors had been recorded since Thursday night, the Japan Meteorological Agency said.",
     [("Japan Meteorological Agency", "supported", "Japan Meteorological Agency")]),
    # no figure: the clause retold in like words
    ("On Sunday the U.S. Geological Survey said it had lifted the tsunami advisory for the southern coast.",
     [("U.S. Geological Survey", "contradicted", "Japan Meteorological Agency")]),
])
def test_a_body_a_source_credits_by_its_kind_is_the_one_it_named_before(draft_frame, draft, verdicts):
    rows = draft_frame(BY_KIND, draft)
    rows = rows[rows["claim"] == "attribution"]
    assert [(r.draft, r.verdict, r.safe_wording) for r in rows.itertuples()] == verdicts


@pytest.mark.parametrize("text, names", [
    ("The Japan Meteorological Agency issued a warning. The agency said 478 tremors were felt.",
     ["Japan Meteorological Agency"]),
    ("Officials at the Ministry of Health met on Monday. Later the ministry said 12 had died.", ["Ministry of Health"]),
    # the last body of that kind named before it
    ("The Fire Agency and the Japan Meteorological Agency both spoke. The agency said 478 tremors were felt.",
     ["Japan Meteorological Agency"]),
    # none of that kind named before: no credit
    ("The Red Cross sent teams. The agency said 478 tremors were felt.", []),
])
def test_antecedent_credits(text, names):
    from checker.compare.draft_credits import antecedent_credits
    assert [name for name, _, _ in antecedent_credits(text, text.index("The agency") if "The agency" in text
                                                      else text.index("the ministry"), len(text))] == names
