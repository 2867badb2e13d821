"""The part of a claim a figure is about, from the words right beside it."""
import pytest

import checker

from checker.claims.facets import facet_of

CASES = [
    ("He said 205 bodies had now been identified, leaving 83 still to be identified.", "205", "identified"),
    # the people of one nation: a part of the count
    ("The airline said 72 Germans had been aboard the plane.", "72", "german"),
    ("Relatives of the 153 Chinese nationals on board gathered in Beijing.", "153", "chinese"),
    ("The airline said 189 Dutch were on board the jet.", "189", "dutch"),
    ("The airline said 150 people were on board the jet.", "150", ""),
    ("Five of the dead were Israeli citizens, the prefect said.", "Five", "israeli"),
    ("Five of the dead were found near the pylon.", "Five", ""),
    # a part of the people counted just before it, "of whom": compared only with parts of as many
    ("He shot four people in the parking lot, three of whom died.", "three", "of 4"),
    ("The WHO was notified of nine confirmed cases, seven of whom died.", "seven", "of 9"),
    ("He said 205 bodies had now been identified, leaving 83 still to be identified.", "83", "unidentified"),
    ("Of the injured, 1,404 are in a serious condition, officials said.", "1,404", "critically injured"),
    ("Some 2,421 people were injured, 1,404 of them critically injured.", "Some 2,421", ""),
    ("The ministry said 2,241 people had been injured, 1,404 of them critically.", "1,404", "critically injured"),
    ("The ministry said 2,241 people had been injured, 1,404 of them critically.", "2,241", ""),
    ("Some 300 people were hurt, 250 of them slightly.", "250", "lightly injured"),
    ("Fifty-seven people were still hospitalized, six of them in intensive care.", "six", "critically injured"),
    ("The quake killed 1,293 in Al Haouz and 452 in Taroudant, the ministry said.", "452", "taroudant"),
    ("The floods killed 12 people and 40 others are missing.", "40", "others"),
    ("A magnitude 5.3 aftershock shook the region on Saturday.", "magnitude 5.3", "aftershock"),
    ("Strong aftershocks continued through the day, including a magnitude 6.2 tremor at 13:30.", "magnitude 6.2",
     "aftershock"),
    ("More than 800 aftershocks followed, the strongest of them a magnitude 6.2.", "magnitude 6.2", "aftershock"),
    # a part named by who they are or by what became of them
    ("At least 74 people, 12 of them children, died in the fire.", "12", "children"),
    ("Ten bodies were burnt beyond recognition, the official said.", "Ten", "unidentified"),
    # the bodies found are not all the dead
    ("Only 94 bodies were ever recovered; most of the victims remain inside the hull.", "94", "bodies"),
    ("By noon the remains of 38 victims had been recovered from the fields.", "38", "bodies"),
    ("Divers pulled 12 more bodies from the wreck on Sunday.", "12", "others"),
    ("Of the dead, 134 have been identified.", "134", "identified"),
    # the group a part is counted out of says nothing of what befell the part: the words after it do
    ("By Friday evening, 75 of the dead had been identified, a court spokeswoman said.", "75", "identified"),
    ("Officials said 40 of the dead have now been formally identified.", "40", "identified"),
    # those still in hospital are a part of the injured, not all of them
    ("About 70 people are still in hospital, 22 of them in a critical condition.", "About 70", "still in hospital"),
    ("Seventy people remain in hospital, a health spokeswoman said.", "Seventy", "still in hospital"),
    ("Nineteen of the injured remained in the hospital on Sunday.", "Nineteen", "still in hospital"),
    ("More than 140 people were injured in the derailment.", "More than 140", ""),
    # ... as a fact box's line says of its figure
    ("The hospital gave figures on Monday.\n\nPatients received: 44\nPatients remaining in hospital: 27, including 6 "
     "in critical condition\n\nThe names were posted.", "27", "still in hospital"),
    ("The brigade gave figures.\n\nPersons injured: 100 taken to hospital\nSeriously injured: 19 (burns)\n",
     "19", "critically injured"),
    ("More than 140 people were hurt and taken to hospitals across the region.", "More than 140", ""),
    # the dead of one cause are a part of the toll; "died of their injuries" is how the whole toll died
    ("Twenty-eight firefighters died of acute radiation sickness within weeks.", "Twenty-eight", "of one cause"),
    ("FACT BOX\nDeaths: 31\nDeaths from acute radiation syndrome: 28\n", "28", "of one cause"),
    # a fact box's line for one nation's dead, or for the bodies found
    ("KEY FACTS\nPersons killed: 329\nBritish citizens killed: 27\n", "27", "british"),
    ("KEY FACTS\nPersons killed: 329\nBodies recovered from the sea: 132\n", "132", "bodies"),
    ("KEY FACTS\nPersons killed: 329\nPassengers killed: 307\n", "307", ""),
    ("KEY FACTS\nPersons killed: 112\nBodies recovered from second floor: 59\n", "59", ""),
    ("Three more people died of their injuries in hospital.", "Three", "others"),
    ("The agency recorded 147 aftershocks up to 1700 hours, the largest of magnitude 6.2.", "magnitude 6.2",
     "aftershock"),
    # the shocks named in the sentence before: "The strongest, ..."
    ("Dozens of aftershocks rattled the region. The strongest, of magnitude 6.2, struck hours later.",
     "magnitude 6.2", "aftershock"),
    ("Dozens of aftershocks rattled the region. A magnitude 7.6 quake had struck at dawn.", "magnitude 7.6", ""),
    ("Aftershocks rattled the coast a day after the magnitude 7.8 quake struck.", "magnitude 7.8", ""),
    ("The crowd was slightly larger than before, with 300 people injured.", "300", ""),
    # a place that opens the sentence: a clause place, split off when few of the claim's figures name it
    ("In Lyon, 55,000 demonstrators marched from the station, the union said.", "55,000", "clause place: lyon"),
    # ... past an aside and a speaker
    ("In Orma County, home to Delft, Sheriff Ann Vale said 57 people had died.", "57",
     "clause place: orma county"),
    # a place says more than "confirmed", which is a part only beside suspected figures
    ("There have been 10 confirmed deaths in Orma County, the sheriff said.", "10", "clause place: orma county"),
    # a place as the subject, a relative clause between it and its verb
    ("Orma County, which includes the city of Delft, has reported 57 deaths.", "57", "clause place: orma county"),
    # a place ends with its line: a headline's byline below it is no part of its name
    ("Quake kills more than 100 in Turkey\nBy SUZAN FRASER and ZEYNEP BILGINSOY", "more than 100", "turkey"),
    # places listed are the whole, not a part: "in Turkey, Syria", "in Turkey and Syria"
    ("The quake killed over 2,300 in Turkey, Syria; buildings collapsed.", "over 2,300", ""),
    ("The quake killed more than 2,300 in Turkey and Syria on Monday.", "more than 2,300", ""),
    ("Russian strikes killed 5 in Lviv, Ukraine's interior ministry said.", "5", "lviv"),
    # a place opening the sentence with no comma before the figure
    ("In Syria at least 810 people were killed, according to rescue workers.", "at least 810",
     "clause place: syria"),
    # the second quake's magnitude is its own, as an aftershock's is
    ("A second quake of magnitude 7.5 struck about nine hours later.", "magnitude 7.5", "second"),
    ("Hours later, a second 7.5 magnitude quake struck in the afternoon.", "7.5 magnitude", "second"),
    ("Hours later, a magnitude 7.5 earthquake struck some 100 kilometers away.", "magnitude 7.5", "second"),
    ("The 7.8 magnitude quake, later put at 7.7, struck at dawn.", "7.8 magnitude", ""),
    # "in the country", "in his state": the place the sentence names as the speaker's
    ("Turkey's Vice President Fuat Oktay said 1,541 people had died in the country.", "1,541",
     "clause place: turkey"),
    ("South Carolina's governor, Henry McMaster, said on Monday that 29 people had died in his state.", "29",
     "clause place: south carolina"),
    # a part of the toll named by what it was from, or by the named fire that killed them
    ("Sheriff Robert Luna said five of the deaths were linked to the Eaton Fire.", "five", "clause place: eaton"),
    ("Officials said the Eaton fire in Altadena had killed at least five.", "at least five", "clause place: eaton"),
    # a clause told of a place named before it, after "where"
    ("The president flew on to Harbour City, about 700 miles away, where a gunman killed 22 people at a mall.", "22",
     "clause place: harbour city"),
    ("The president flew on to the city, where a gunman had killed 22 people at a mall.", "22", ""),
    # things a figure counts, then what befell them: a part of a count of those things
    ("At least 12 people were hurt and around 30 vehicles damaged in the blast, officials said.", "around 30",
     "damaged"),
    ("The bus was one of 78 vehicles in a convoy heading north to the valley.", "78", ""),
    # the place whose toll it is, named before it
    ("Across the border, Belgium's death toll rose to 20 on Friday.", "20", "clause place: belgium"),
    # a place "alone": a part said outright, after the figure or opening the sentence
    ("Officials said 64 people had died in the Marren district alone.", "64", "marren"),
    ("In Ostvale alone, at least 31 people were killed and 80 were hurt.", "at least 31", "ostvale"),
    # foreigners however named; the injured still treated however told
    ("Officials said seven foreign nationals were among the dead.", "seven", "foreign"),
    ("Officials said six foreigners were among the dead.", "six", "foreign"),
    ("Of the 1,100 injured, fewer than 200 are still undergoing treatment.", "fewer than 200", "still in hospital"),
    # a place named by its kind first, opening the sentence
    ("In the village of Marren, about 40 of its roughly 300 residents were killed.", "about 40",
     "clause place: marren"),
]


@pytest.mark.parametrize("sentence, figure, facet", CASES)
def test_facet(mention_at, sentence, figure, facet):
    mention, doc = mention_at(sentence, figure, lambda m: m.kind == "count")
    assert facet_of(doc, mention) == facet


@pytest.mark.parametrize("text, figure, claim", [
    # "another" after the dead: the injured as a whole
    ("The quake killed 202 people, officials said. Another 565 people were injured.", "565", "injured"),
    # "another" after a toll of its own claim: a part added to it
    ("The floods killed 12 people in the capital. Another 40 people were killed in the north.", "40",
     "deaths:others"),
    # "others" with no figure before it: the others than a person named, a part of the toll
    ("Christa McAuliffe, a teacher from Concord, was on board.\n\nSix others died with her, among them the "
     "commander.", "Six", "deaths:others"),
    # ... however far back that figure of another claim stands
    ("Gunmen killed 12 people at the weekly's offices.\n\nThey fled by car.\n\nPolice sealed the street.\n\n"
     "A manhunt began.\n\nEleven others were wounded.", "Eleven", "injured"),
    # "others" after a figure of another claim: the others than those, not a part of its own claim's figure
    ("Four people were missing at dawn. Rescuers said 29 people had been rescued. Thirty-two others were missing.",
     "Thirty-two", "missing"),
])
def test_another_is_a_part_only_after_a_figure_of_its_own_claim(tmp_path, text, figure, claim):
    (tmp_path / "a.txt").write_text(text + "\n", encoding="utf-8")
    result = checker.check(tmp_path)
    mentions = result.mentions[result.mentions["text"] == figure]
    assert list(mentions["claim"]) == [claim]


def test_an_amount_named_after_a_token_is_the_part_its_currency_names(tmp_path):
    # "$181,000 in the USDT stablecoin" and "181,000 USDT": one part of the recovered money, not two
    texts = {"wire": "So far about $43 million has been frozen, including $181,000 in the USDT stablecoin that was "
                     "frozen by Tether.",
             "release": "About $43 million of the stolen funds has been frozen. Tether has separately frozen 181,000 "
                        "USDT linked to the attacker's addresses."}
    for name, text in texts.items():
        (tmp_path / f"{name}.txt").write_text("Date: 2025-02-25\n\n" + text + "\n", encoding="utf-8")
    mentions = checker.check(tmp_path).mentions
    claims = set(mentions.loc[mentions["text"].isin(["$181,000", "181,000 USDT"]), "claim"])
    assert len(claims) == 1 and next(iter(claims)).endswith(":USDT")


def test_a_place_one_source_breaks_a_claim_down_by_is_a_part_wherever_it_is_named(tmp_path):
    # "including 22 in Paris" makes Paris a part of the arrests: another outlet's "detained in Paris" is that part,
    # not the national count
    texts = {"wire": "Police arrested 32 people nationwide, including 22 in Paris, the ministry said.",
             "paper": "Twenty-two people were detained in Paris, police said."}
    for name, text in texts.items():
        (tmp_path / f"{name}.txt").write_text("Date: 2023-03-07\n\n" + text + "\n", encoding="utf-8")
    mentions = checker.check(tmp_path).mentions
    claims = dict(zip(mentions["text"], mentions["claim"]))
    assert claims["Twenty-two"] == claims["22"] == "arrested:paris" and claims["32"] == "arrested"


def test_a_place_one_source_names_with_every_figure_of_a_claim_is_its_whole(tmp_path):
    # AP's "in northern India", twice, is where the whole toll was, not a part of it: 116 is set against 121
    texts = {"ap": "Stampede at religious event in India kills 116\nNEW DELHI (AP) — A stampede at a gathering in "
                   "northern India killed at least 116 people, officials said Wednesday.",
             "wire": "At least 121 people were killed in a stampede at a religious gathering, officials said.",
             "paper": "The death toll in the stampede rose to 121 on Wednesday, officials said. Of the dead, 112 "
                      "were women and seven were children."}
    for name, text in texts.items():
        (tmp_path / f"{name}.txt").write_text("Date: 2024-07-03\n\n" + text + "\n", encoding="utf-8")
    result = checker.check(tmp_path)
    toll = result.mentions[result.mentions["text"].isin(["at least 116", "At least 121", "121"])]
    assert set(toll["claim"]) == {"deaths"}
    assert result.findings.set_index("claim").loc["deaths", "status"] == "conflict"


def test_the_dead_of_a_part_conflict_apart_from_the_toll(checked):
    result = checked({
        "wire": "A gunman who shot 13 people at a supermarket, killing 10, had planned the attack. He shot four "
                "people in the parking lot, three of whom died.",
        "paper": "The gunman killed 10 people. He shot four people in the car park, two of whom died."})
    status = result.findings.set_index("claim")["status"]
    assert status["deaths"] == "agree"                 # 13 is the shot, not the dead
    assert status["deaths:of 4"] == "conflict"
    # the four shot in the car park, far below the 13 shot, are a part both sources count alike
    shot = result.mentions[result.mentions["claim"].str.startswith("shot")].set_index("text")["claim"]
    assert shot["13"] == "shot"
    assert shot["four"].nunique() == 1 and shot["four"].iloc[0].startswith("shot:")
    assert status[shot["four"].iloc[0]] == "agree"


@pytest.mark.parametrize("texts, parts", [
    # "in the US" and "in the United States" name one place: one part of the toll, set side by side
    ({"ap": "Ivan killed 70 people in the Caribbean. At least 20 people were killed in the United States.",
      "bbc": "Ivan killed 70 people in the Caribbean. It has killed at least 33 people in the US, officials said.",
      "wire": "Ivan has killed 70 people. There were at least 39 deaths in the United States.",
      "paper": "The storm killed 70 people, officials said.", "radio": "Hurricane Ivan killed 70 people."},
     {"At least 20": "deaths:united states", "at least 33": "deaths:united states",
      "at least 39": "deaths:united states"}),
    # a people's name is not its country's: six Kazakhs are not the dead in Kazakhstan
    ({"ap": "Thirty-eight people were killed in the crash in Kazakhstan, and 29 survived.",
      "paper": "The crash killed 38 people. All six Kazakhs were killed."},
     {"six": "deaths:kazakh"}),
])
def test_a_place_named_several_ways_is_one_part(checked, texts, parts):
    claims = checked(texts).mentions.set_index("text")["claim"]
    assert {text: claims[text] for text in parts} == parts
