"""Figures no rule names, paired across sources by what the words around them say (our own sentences)."""
import pytest

import checker

# (source a, source b, the figure in a, the figure in b): one claim between them
PAIRED = [
    # one share written as a ratio in one source and as a fraction in the other
    ("One in five children in the county lives in poverty, the charity's report said.",
     "A quarter of children in the county live in poverty, the charity's report said.", "One in five", "A quarter"),
    # one country named by its adjective in one source, by its name in the other: no other party's figure
    ("The jet broke apart at 31,000 feet some 180 miles off the Irish coast after a bomb went off in its hold.",
     "The jet came down in the Atlantic some 120 miles off the coast of Ireland, near County Cork.",
     "some 180 miles", "some 120 miles"),
    # the other figure of the sentence is one it gives as earlier ("up from 14% a day earlier"): the figure it
    # claims is the match, and the two sources conflict
    ("Blockchain firm Larkin estimated on Friday that 18% of the stolen funds had been laundered, up from 14% a day "
     "earlier, as the hackers moved ether through a mixer.",
     "Tracing firm Larkin estimated that 14% of the stolen funds had already been laundered, mostly through "
     "decentralized exchanges.", "18%", "14%"),
    # the same digits a power of ten apart: a zero dropped, not two facts
    ("The county had rejected a river warning system with an estimated price tag of about $1 million.",
     "The county had rejected a river warning system at an estimated cost of $10 million, records show.",
     "about $1 million", "$10 million"),
    ("India imported goods worth $488.5 million from Pakistan in the last fiscal year.",
     "India imported about $48.8 million worth of goods from Pakistan last fiscal year.",
     "$488.5 million", "about $48.8 million"),
    # the time a change took, told by the change's words ("rose 26 feet in 45 minutes")
    ("The river at Hunt rose 26 feet (8 meters) in about two hours, the National Weather Service said.",
     "The Guadalupe at Hunt rose about 26 feet in 45 minutes, the weather service said.",
     "about two hours", "45 minutes"),
    # how long a thing lasted, whatever each source calls the thing
    ("The quake hit at 3:02 a.m. and lasted 45 seconds, long enough to topple minarets.",
     "The shaking lasted 37 seconds, a survivor said.", "45 seconds", "37 seconds"),
    # the length of a thing named after "of", whatever else each sentence says
    ("The jury convicted McVeigh on all 11 counts on June 2, after four days of deliberation.",
     "A jury in Denver found him guilty after just two days of deliberations.", "four days", "two days"),
    ("A jury in Anchorage originally awarded $5bn in 1994, after eight days of deliberations.",
     "The jury returned its verdict in 1994 after 13 days of deliberations.", "eight days", "13 days"),
    # an accident and a crash are one event's, so the moments told of each are one moment
    ("The accident happened on the coast road at 15:10, police said.",
     "The coach crashed at 3:35 p.m. in thick fog, witnesses said.", "15:10", "3:35 p.m."),
    # "to take off" and "on take-off": one take-off, whatever else each sentence tells of the flight
    ("The airliner, bound for Funchal, crashed on its second attempt to take off, at 3:10 p.m. on Friday.",
     "The accident occurred on take-off from runway 03 at Faro Airport at 15:32 on 1 March.", "3:10 p.m.", "15:32"),
    # large figures near each other, in sentences sharing a word of substance or two
    ("Twitter agreed to be bought by Elon Musk for $44 billion in cash on Monday, a deal that takes it private.",
     "Musk's $43 billion takeover, unanimously approved by the board, is expected to close later this year.",
     "$44 billion", "$43 billion"),
    # a thing each text counts once, in figures near each other: one fact, whoever each names beside it
    ("The quake flattened 13 villages in Zinda Jan district on Saturday.",
     "Across Herat province the quake razed 12 villages, officials in Kabul said.", "13", "12"),
    # a measure of a thing both name, however far apart the figures
    ("In Minami-Aso, the 200-metre Aso Ohashi bridge plunged into the gorge after the hillside gave way.",
     "A huge landslide destroyed the Aso Ohashi bridge, which was some 300m long, sending it into the river.",
     "200-metre", "some 300m"),
    # a measure told in four words of substance in common is one, however far apart the figures
    ("The wrecked trawler now lies on her port side on a sandbank some five miles off the coast, her starboard rail "
     "above water.",
     "The trawler is lying on her port side on a sandbank in shallow water, approximately 1 km from the shore, with "
     "her starboard side showing.", "some five miles", "approximately 1 km"),
    # the one figure of its kind in each text, counting one noun, further apart than near
    ("By Thursday, 58 lawsuits had been filed in state district court over the crush, court records showed.",
     "More than 100 lawsuits over the crush have now been filed in Harris County.", "58", "More than 100"),
    # the length of one thing, told once in each
    ("The guns boomed once every 10 seconds; the salute took 26 minutes.",
     "The salute lasted 16 minutes, with crowds standing in silence until the final round.",
     "26 minutes", "16 minutes"),
    ("The hearing lasted about 10 minutes, and he was then taken to the county jail.",
     "The hearing lasted about 25 minutes.", "about 10 minutes", "about 25 minutes"),
    # ... whatever verb tells it went on ("burned for", "blazed for"), or "that lasted"
    ("The warehouse blaze burned for about two days before crews put it out.",
     "The blaze blazed on for four days, sending smoke over the port.", "about two days", "four days"),
    ("Negotiators met in Geneva for talks that lasted less than three months.",
     "The talks lasted nearly five months, people close to them said.", "less than three months", "nearly five months"),
    # a distance told in one compass direction, the words around it otherwise its own
    ("The eye passed about 15 miles east of the city, close enough to shatter windows in the hotel.",
     "Its eye tracked about 35 miles east of downtown before it slammed into the coast.",
     "about 15 miles", "about 35 miles"),
    # ... from one named place: which distance it is, however far apart the figures
    ("The quake was centred about 40 miles southwest of Kobe, beneath the island, and 12 miles underground.",
     "It was centred at the tip of the island, about 20 km (12 miles) southwest of central Kobe.",
     "about 40 miles", "about 20 km"),
    ("Peshawar lies about 50 km (30 miles) from the Afghan border and has suffered repeated bombings.",
     "The city, about 130 miles from the Afghan border, has been bombed many times since 2001.",
     "about 50 km", "about 130 miles"),
    # ... of one place, however its name is accented
    ("The pair robbed a petrol station near Villers-Cotterêts, some 90 kilometres from Paris, on Thursday.",
     "The suspects were spotted at a gas station near Villers-Cotterets, about 50 miles from Paris, on Thursday.",
     "some 90 kilometres", "about 50 miles"),
    # a fact box's label names the people its figure counts, in the words of a concept ("terrorists" / "gunmen")
    ("The security chief told reporters that 32 gunmen had been involved in the raid, all of them killed.",
     "Update from the regional authorities.\n\nNumber of terrorists involved: 30\nStatus: ongoing",
     "32", "30"),
    # "of them", after a count of people: a count of some of those people
    ("About 2,000 residents were forced from their homes by the fire. Over the weekend 1,200 of them were allowed "
     "back to their homes.",
     "About 1,500 evacuees were allowed back over the weekend, officials said.", "1,200", "About 1,500"),
    # one son in each text: his age, however else the sentences are worded
    ("The couple, aged 81 and 77, and their 59-year-old son were discovered in their beds on Tuesday.",
     "The victims were a retired judge aged 81, his wife, aged 77, and their son, aged 56, who lived with them.",
     "59-year-old", "56"),
    # ... the noun before "aged" where a verb follows the age
    ("A Dutch boy aged nine was among those hurt in the blast.",
     "The injured included an eight-year-old boy on holiday with his parents.", "nine", "eight-year-old"),
    ("The chipmaker said on Monday it will acquire rival Norlith Systems for $12.4 billion in cash, its largest "
     "deal ever.",
     "The chipmaker has agreed to buy Norlith Systems for $14bn, the biggest purchase in its history.",
     "$12.4 billion", "$14bn"),
    ("Norlith shares rose 20% on the news.", "Shares in Norlith jumped 21 per cent.", "20%", "21 per cent"),
    ("The founder owns 2.8 million shares of the company, according to filings.",
     "The founder holds about 3.9 million shares in the company.", "2.8 million", "about 3.9 million"),

    # a figure said again in brackets in another currency: the words after the bracket are the figure's too
    ("The UN's $674m (£540m) humanitarian plan for Myanmar this year is only about 10% funded, he added.",
     "The world body's humanitarian plan for that country, worth $764 million, is only a tenth funded.",
     "$674m", "$764 million"),
    # who reports a figure is not whose figure it is
    ("Varga stands to collect around $375 million from selling his shares in the company.",
     "He stands to collect about $390 million, the Daily Courier reported.",
     "around $375 million", "about $390 million"),
    # ... nor is a minister or an institute the sentence quotes for it: each is a speaker, not a party
    ("The building was one of many projects in the city. Minister Anan Sukrit said 397 workers had been on the "
     "building site when the tower fell.",
     "The National Institute of Emergency Medicine said about 320 construction workers had been on the building "
     "site when the tower fell.", "397", "about 320"),
    # British and American spellings of the words around it are one wording
    ("Labour councillors authorised 340 new moorings in the harbour.",
     "Labor councilors authorized 360 new moorings in the harbor.", "340", "360"),
    # the counted noun before a bare figure ("the number of people ... at some 130,000") counts people too
    ("Officials estimated that about 100,000 people had flocked to Riverside on Saturday night for the parade.",
     "Police data put the number of people in Riverside that Saturday at some 130,000.",
     "about 100,000", "some 130,000"),
    # the thing counted, counted once in each source, with a name or word besides: one fact told in other words
    ("Members of the elite Rapid Response Unit beat six journalists from the private Kestrel TV channel outside.",
     "Shortly before the blaze, unit officers assaulted seven journalists from Kestrel and Orion TV.", "six", "seven"),
    ("About 50 staff of a hotel inside the park, who had been travelling to work in four shuttle buses, are missing.",
     "Still being located: 30 employees of the Silks Place hotel travelling in three buses.", "four", "three"),
    # ... or nothing but the thing counted, in figures near each other
    ("Jurors were shown 11 checks signed by Marsh and drawn on his personal account.",
     "The prosecution said the 12 checks disguised the repayment as legal fees.", "11", "12"),
    # ... a capitalised word between figure and noun ("51 Ethereum addresses"), and a vague "thousands of addresses"
    # beside it, which does not count them
    ("The FBI published 51 Solana addresses it said were held or used by the thieves, who had scattered funds "
     "across thousands of addresses.",
     "In its notice the bureau listed 50 Solana addresses linked to the group and warned exchanges.", "51", "50"),
    # names beside each figure differ, but each sentence names the other's: places on one route, not two parties
    ("Spare turbines were shipped from Rotterdam and Antwerp to Gdansk and hauled to the dam in 23 lorries.",
     "Parts reached Gdansk port from Rotterdam and Antwerp and went up the valley road in 26 lorries.", "23", "26"),
    # a crypto token counted once in each source, in a list of figures: the token says what is counted
    ("The thieves moved 3.1 million SOL tokens worth $410 million, 8,420 ETH valued at $29 million and other coins.",
     "The largest share was in Solana tokens, followed by 8,240 ETH and smaller sums in stablecoins.",
     "8,420 ETH", "8,240 ETH"),
    # a team sized as "a team of 12", in each source: its size, though the sentences tell other things of it
    ("A team of seven Norwegian deep-sea divers reached the wreck on Sunday and began trying to open the hatch.",
     "The work has been carried out by a team of 12 saturation divers, who have worked in shifts of three.",
     "seven", "12"),
    # a group sized in a compound ("three-member crew"), once in each source: its size, whatever else is said
    ("The three-member crew was not hurt, the railway said.",
     "The two-person crew uncoupled the locomotives and moved them away.", "three-member", "two-person"),
    # ... whatever places each sentence names beside it: the route, not two parties
    ("The jet crashed about 40 minutes into a two-hour flight from Merapi, the country's second city, to Dorset.",
     "It took off from Kalanga International Airport early on Sunday for what should have been a 90-minute flight "
     "to Dorset.", "two-hour", "90-minute"),
    # so is a thing measured in a compound, a conversion in brackets between
    ("Excavators worked around the 10-storey Solaris building, which is tilting over the road.",
     "Four buildings partly collapsed, including the nine-storey Solaris Building on Harbour Road.",
     "10-storey", "nine-storey"),
    # the second of a series, told as "and a second ... followed at": that one's time, not the first's
    ("Residents said the first tremor struck shortly after 3 a.m. and a second, stronger one followed at 4:40 a.m.",
     "The second and stronger tremor hit the valley at 4:50 a.m., flattening farm buildings.", "4:40 a.m.", "4:50 a.m."),
    ("The surge began in the sloping, 40-metre (130-foot) alley beside the hotel.",
     "- Happened on a narrow, sloping 45m-long (150ft) alley off the main road", "40-metre", "45m"),
    # a measure in a unit each text gives once (a storm's wind speed), told in each outlet's own words
    ("Cyclone Mira came ashore near Port Alva late on Tuesday, packing sustained winds of 185 kph, the national "
     "weather office said in its evening bulletin.",
     "By the time it crossed the coast, the cyclone was carrying maximum wind speeds of 200 km/h, forecasters "
     "reported.", "185 kph", "200 km/h"),
    # a compound with the thing it measures after it needs no other word beside it
    ("The jurors in this 11-week trial weighed a complex case, the prosecutor said.",
     "After a 12-week trial and four days of deliberations, the jury found him guilty.", "11-week", "12-week"),
    # a rank is a figure a source can get wrong ("third-largest" / "fourth-largest"), as is a floor
    ("Halvorsen Steel, the world's third-largest steelmaker, agreed to buy the mill on Monday.",
     "The deal makes Halvorsen Steel, already the world's fourth-largest steelmaker, bigger still.",
     "third", "fourth"),
    # "local time" and a bare time are one clock: the hour between them is what the sources tell apart
    ("Storm Edda made landfall at about 07:15 local time near the fishing town of Corvera on Wednesday.",
     "Edda blew ashore near Corvera at 6:15 a.m. on Wednesday as a Category 3 storm.",
     "about 07:15 local time", "6:15 a.m."),
    ("Neighbours said the blaze started in a kitchen on the fourth floor of the Orla tower.",
     "The blaze started in a third-floor kitchen of the Orla tower, the fire brigade said.", "fourth", "third"),
    # one year told of one event in many words alike: one fact, a year apart
    ("Crusius graduated from Plano Senior High School in 2016 and lived with his grandparents.",
     "Crusius graduated from Plano Senior High School in 2017, a lawmaker said.", "2016", "2017"),
    # a fact box's row, its label a few words of the fact's own: one word in common and figures near suffice
    ("FACT SHEET\nTime until crew was reached: approximately 41 hours\nDepth: 80 metres",
     "Rescuers reached them nearly 45 hours after the explosion.",
     "approximately 41 hours", "nearly 45 hours"),
    # one thing counted once in each text (a plural without an "s"), in figures within a factor of two
    ("In Anjar nearly 400 schoolchildren marching in the Republic Day parade were trapped under falling walls.",
     "The narrow lane where about 250 schoolchildren, marching with their flags, were trapped is now a shrine.",
     "nearly 400", "about 250"),
    # a company's workforce, told once in each text however the sentence goes on
    ("Founded by Tanzi in 1961, the company now has 36,000 employees across the world.",
     "Talberg employs 35,000 people in 30 countries, according to its annual report.", "36,000", "35,000"),
    ("The group has 36,000 workers in 30 countries and sales of 7.6 billion euros.",
     "The Group has 36,000 employees and operations in 30 countries.", "36,000", "36,000"),
]

# figures that must not share a claim
APART = [
    # two companies' workforces, each text telling both
    ("Korvel employs 12,000 people, and its rival Ostrand employs 11,500.",
     "Ostrand employs 11,000 people, against Korvel's 12,500 staff.", "12,000", "11,000"),
    # years far apart are two events, however alike their words
    ("The Mont Blanc tunnel opened to traffic in 1965 after six years of work.",
     "The Mont Blanc tunnel reopened to traffic in 2002 after three years of work.", "1965", "2002"),
    # a fall and a rise: two moves
    ("Harlow Steel's shares closed down 6.5% on Friday, when the takeover collapsed.",
     "On Monday its shares closed more than 8% higher as investors bet the Harlow Steel takeover would be revived.",
     "6.5%", "more than 8%"),
    # ... and where the two are told in the same words, each is a figure of its own, not a copy of the other's
    ("Under the minister's plan, the blade that may be carried in public would be cut to 6 centimetres (2.4 inches), "
     "from the 12 centimetres (4.7 inches) allowed now.",
     "She has proposed cutting the maximum length of knife blades that may be carried in public from 12 centimeters "
     "(4.7 inches).", "6 centimetres", "12 centimeters"),
    # a sentence telling two sums of one kind, the other of which states the same: the words cannot say which is meant
    ("The gang asked for a fee of $500 in bitcoin, doubling to $900 if it was not paid within four days.",
     "Unless the victim pays within four days, the fee doubles to $900, the note says.", "$500", "$900"),
    # a name after the figure belongs to the next clause's figure
    ("Ana Ruiz polled 6,984,520 votes, while Tomas Berg came third.", "Tomas Berg won 6,101,533 votes.",
     "6,984,520", "6,101,533"),
    # ", and" starts the next figure's clause: the 5% is Kessler's and Norvane's, not Ubisoft's
    ("Kessler and Norvane rose around 5 percent, and Ubisoft surged on the news.",
     "Ubisoft shares rose 9% on the news.", "around 5 percent", "9%"),
    # alike words, sizes forty times apart: the crowd at the station and the town's population
    ("About 4,000 people were at the station in Halden when the shells hit.",
     "The station in Halden, a town of some 150,000 people, was hit by shells.", "About 4,000", "some 150,000"),
    # alike words, sizes more than three times apart: the payment and the reimbursement of it
    ("Trump reimbursed Cohen $420,000 for the payment to Daniels, prosecutors said.",
     "Cohen paid Daniels $130,000 for her silence, prosecutors said.", "$420,000", "$130,000"),
    # times of day told alike, hours apart: two moments of the day, not one told wrong
    ("Protesters began gathering in the main square of Halden at 10 a.m. on Saturday.",
     "At 2 p.m. on Saturday, protesters filled the main square of Halden, chanting.", "10 a.m.", "2 p.m."),
    # a time that says when a count stood is no moment of the story
    ("The agency said 1,045 tremors had shaken the Noto region by 8 a.m. on Saturday.",
     "A strong tremor shook the Noto region at 5:26 a.m. on Saturday.", "8 a.m.", "5:26 a.m."),
    # the time of the clause after "after" is that clause's event: the doors opening, not the raid
    ("The raiders struck at 9:30 a.m., half an hour after the gallery opened its doors at 9 a.m.",
     "The raiders struck the gallery at about 9:35 a.m., witnesses said.", "9 a.m.", "about 9:35 a.m."),
    # the same thing counted, nothing else in common: two facts about journalists
    ("Police arrested six journalists in the capital on Monday.",
     "Seven journalists were hurt by rubber bullets in the port city.", "six", "Seven"),
    # ages in compounds are people's, and two people's ages are two facts
    ("A 30-year-old man was arrested near the station.", "Police said a 25-year-old man had been questioned.",
     "30-year-old", "25-year-old"),
    # times of day told on two different days are two moments, however alike their words
    ("Public viewing of the coffin will end at 7 p.m. on Friday, officials said.",
     "The body was placed in the coffin at 20:00 on Monday in the chapel.", "7 p.m.", "20:00"),
    # "14,475,600 votes and his rival Kovacs won ...": past "and", the words are the next figure's
    ("Varga had 14,475,600 votes and his rival Kovacs won 11,513,116.",
     "Kovacs received some 11.5 million votes in the run-off.", "14,475,600", "some 11.5 million"),
    # ", or 11:33 a.m. in Portugal": the same moment on another country's clock, not the story's time told wrong
    ("The power failed at 12:33 p.m. (1033 GMT) on Monday, or 11:33 a.m. in Portugal.",
     "The outage struck at 12:33 on Monday, the grid operator said.", "11:33 a.m.", "12:33"),
    # two places' distances from one city: the place each is told of, not the city both are measured from
    ("Fighters also took Voronezh, about 500 km (310 miles) south of Moscow.",
     "Fighters took Rostov-on-Don, about 1,000km (620 miles) south of Moscow.", "about 500 km", "about 1,000km"),
    ("The suspects were spotted at a petrol station near Villers-Cotterets, about 50 miles northeast of Paris.",
     "The suspect handed himself in to police in Charleville, about 150km (93 miles) north-east of Paris.",
     "about 50 miles", "about 150km"),
    # two teams, of other people
    ("A team of 12 divers reached the wreck of the ferry on Sunday, the coastguard said.",
     "The shipping firm sent a team of 15 engineers to the wreck of the ferry.", "12", "15"),
    # the same thing counted once in each, in figures far apart: two jewels' diamonds
    ("The thieves dropped a crown of Empress Adelheid set with 1,354 diamonds near the museum.",
     "The stolen diadem, which belonged to Empress Adelheid, holds nearly 2,000 diamonds, curators said.",
     "1,354", "nearly 2,000"),
    # an ordinal that says which one of a series is meant: another round, not the first told wrong
    ("Only 69 lawmakers were elected outright in the first round of the parliamentary election.",
     "Turnout in the second round of the parliamentary election was the highest since 1997.", "first", "second"),
]


def _check(tmp_path, **texts):
    """The check of a story whose sources are `texts` (label -> text), each dated 2 March 2024."""
    for name, text in texts.items():
        (tmp_path / f"{name}.txt").write_text("Date: 2024-03-02\n\n" + text + "\n", encoding="utf-8")
    return checker.check(tmp_path)


def _claims(tmp_path, a, b):
    mentions = _check(tmp_path, a=a, b=b).mentions
    return {(row.source, row.text): row.claim for row in mentions.itertuples()}


@pytest.mark.parametrize("a, b, in_a, in_b", PAIRED)
def test_figures_worded_apart_are_one_claim(tmp_path, a, b, in_a, in_b):
    claims = _claims(tmp_path, a, b)
    assert ("a", in_a) in claims and claims[("a", in_a)] == claims.get(("b", in_b))


@pytest.mark.parametrize("a, b, in_a, in_b", APART)
def test_other_facts_are_not_one_claim(tmp_path, a, b, in_a, in_b):
    claims = _claims(tmp_path, a, b)
    assert claims.get(("a", in_a)) is None or claims.get(("a", in_a)) != claims.get(("b", in_b))


def test_the_whole_of_a_breakdown_stays_the_claims(tmp_path):
    """'109 wounded, among them 16 children' breaks the count down; 109 is still compared with 87."""
    result = _check(tmp_path, a="Governor Ivan Belov said 109 people were wounded, among them 16 children.",
                    b="Ivan Belov said on Saturday that more than 100 people had been wounded.",
                    c="Police said at least 39 people were killed and 87 wounded in the attack.",
                    d="Belov said 16 children were among the wounded.")
    claims = {(row.source, row.text): row.claim for row in result.mentions.itertuples()}
    assert claims[("a", "109")] == claims[("b", "more than 100")] == claims[("c", "87")] != claims[("a", "16")]
    status = result.findings.set_index("claim")["status"]
    assert status[claims[("a", "109")]] == "conflict"


def test_the_first_of_a_series_and_the_second_are_two_facts(tmp_path):
    # "and a second ... followed at" starts the second one's clause; its time is never the first one's
    texts = {"a": "Police said the first mudslide hit the hamlet around 4 a.m. and a second, wider one followed at "
                  "4:40 a.m., burying the school.",
             "b": "Police said the first mudslide hit the hamlet shortly after 4 a.m. and a second around 5 a.m., "
                  "while families slept.",
             "c": "The second and wider mudslide hit around 4.40 am and swept the school and two shops downhill."}
    claims = {(row.source, row.text): row.claim for row in _check(tmp_path, **texts).mentions.itertuples()}
    first = {claims.get(("a", "around 4 a.m.")), claims.get(("b", "shortly after 4 a.m."))}
    second = {claims.get(("a", "4:40 a.m.")), claims.get(("b", "around 5 a.m.")), claims.get(("c", "around 4.40 am"))}
    assert len(second) == 1 and None not in second
    assert not first & second


@pytest.mark.parametrize("b_span, status", [("aged 19 to 63", "conflict"), ("aged between 18 and 63", "agree")])
def test_a_groups_ages_are_its_youngest_and_oldest_compared_as_written(tmp_path, b_span, status):
    # "aged 18 to 63" and "aged 19 to 63" overlap, but they say two different youngest defendants
    result = _check(tmp_path,
                    a="All 31 defendants, men aged 18 to 63, were convicted on Thursday by the regional court.",
                    b=f"The regional court convicted the 31 defendants, {b_span}, on Thursday.")
    spans = result.mentions[result.mentions["text"].str.contains(" to | and ")]
    assert spans["claim"].nunique() == 1 and set(spans["value"]) <= {"18 to 63", "19 to 63"}
    statuses = result.findings.set_index("claim")["status"]
    assert statuses[spans["claim"].iloc[0]] == status


def test_one_time_written_two_ways_agrees(tmp_path):
    result = _check(tmp_path,
                    a="Work on the footbridge across the river started at 9.30 pm on Wednesday under floodlights.",
                    b="Work on the footbridge commenced at 2130 hrs on Wednesday under floodlights, the army said.")
    times = result.mentions[result.mentions["text"].isin(["9.30 pm", "2130 hrs"])]
    assert times["claim"].nunique() == 1 and times["value"].nunique() == 1
    assert result.findings.set_index("claim")["status"][times["claim"].iloc[0]] == "agree"


def test_a_fact_boxs_time_is_the_moment_its_heading_names(tmp_path):
    result = _check(tmp_path,
                    a="The quake struck at 5:26 a.m. on Friday, when most people were asleep.",
                    b="THE BAM EARTHQUAKE AT A GLANCE\nDate: Friday\nTime: 05:28 local time (01:58 GMT)\n"
                      "Magnitude: 6.6\n\nRescuers worked through the night.")
    times = result.mentions[result.mentions["text"].isin(["5:26 a.m.", "05:28 local time"])]
    assert set(times["source"]) == {"a", "b"} and times["claim"].nunique() == 1
    assert result.findings.set_index("claim")["status"][times["claim"].iloc[0]] == "conflict"


def test_two_times_of_one_sentence_keep_their_own_words(tmp_path):
    """"took off at 4:27 p.m. and touched down at 5:47 p.m.": the landing's words are the second time's, so the
    first is never paired as the landing."""
    result = _check(tmp_path,
                    a="The jet took off at 4:27 p.m. and touched down at 5:47 p.m. (0847 GMT), according to a "
                      "tracking service.",
                    b="The airliner touched down on the runway at about 5:47 p.m. and burst into flames.",
                    c="The airliner touched down at 17:47 local time, the airline said.")
    claims = {(row.source, row.text): row.claim for row in result.mentions.itertuples()}
    landing = claims.get(("b", "about 5:47 p.m."))
    assert landing is not None and claims.get(("a", "5:47 p.m.")) == landing
    assert claims.get(("a", "4:27 p.m.")) != landing


def test_a_moment_credited_to_two_bodies_is_one_time_compared(tmp_path):
    """Two agencies' magnitudes are parties' estimates; the moment a quake struck is one time, whoever tells it."""
    result = _check(tmp_path,
                    a="The earthquake struck the coast at 0710 GMT on Monday, the Japan Meteorological Agency said.",
                    b="The earthquake struck the coast at 08:10 GMT on Monday, according to the US Geological Survey.")
    times = result.mentions[result.mentions["text"].isin(["0710 GMT", "08:10 GMT"])]
    assert len(times) == 2 and times["claim"].nunique() == 1
    assert result.findings.set_index("claim")["status"][times["claim"].iloc[0]] == "conflict"


def test_a_groups_age_span_given_once_in_each_source_is_one_fact(tmp_path):
    """A story rarely gives two groups' age spans: each source's one span is the same group's, in whatever words."""
    result = _check(tmp_path,
                    a="Nine Egyptian nationals, aged 20 to 40, were arrested on Thursday and charged with forming a "
                      "criminal organisation.",
                    b="On Thursday, police in Kalamata arrested nine Egyptian men, aged between 22 and 40, on "
                      "suspicion of people smuggling.")
    spans = result.mentions[result.mentions["value"].isin(["20 to 40", "22 to 40"])]
    assert len(spans) == 2 and spans["claim"].nunique() == 1
    assert result.findings.set_index("claim")["status"][spans["claim"].iloc[0]] == "conflict"


def test_a_take_off_and_a_crash_are_two_moments(tmp_path):
    """One place shared and minutes apart: "taken off from Kathmandu at 10:33 a.m." and "the flight from Kathmandu
    went down at about 10:50 a.m." tell two moments of one flight, not one moment told two ways."""
    result = _check(tmp_path,
                    a="The flight, which takes about 25 minutes, had taken off from Kathmandu at 10:33 a.m.",
                    b="The Yeti Airlines flight from Kathmandu to Pokhara went down at about 10:50 a.m. Nepal time.")
    times = result.mentions[result.mentions["text"].isin(["10:33 a.m.", "about 10:50 a.m."])]
    assert times["claim"].nunique() == len(times)


def test_a_persons_age_beside_a_figure_keeps_no_words_from_it(tmp_path):
    """"ordered Bankman-Fried, 32, to forfeit $11 billion": the age says who, and the judge's order is the sum's."""
    result = _check(tmp_path,
                    a="U.S. District Judge Lewis Kaplan also ordered Bankman-Fried, 32, to forfeit $11 billion.",
                    b="The judge also ordered the 32-year-old to forfeit more than $11 billion.")
    sums = result.mentions[result.mentions["text"].isin(["$11 billion", "more than $11 billion"])]
    assert len(sums) == 2 and sums["claim"].nunique() == 1


@pytest.mark.parametrize("counted", ["ballots", "polling tables", "polling stations"])
def test_the_share_of_ballots_counted_is_no_vote_share(tmp_path, counted):
    """"with 99.3% of ballots counted" says how far the count had got, not what anyone won: it never meets "Milei had
    55.7% to Massa's 44.3%", whatever words they share."""
    result = _check(tmp_path,
                    a=f"Milei took 55.7% of the vote against 44.3% for Massa, with 99.3% of {counted} counted.",
                    b="With more than 99% of the votes counted, Milei had 55.7% to Massa's 44.3%, official results "
                      "showed.")
    claims = {(row.source, row.text): row.claim for row in result.mentions.itertuples()}
    counted = claims.get(("a", "99.3%"))
    assert counted is None or counted not in {claims.get(("b", "55.7%")), claims.get(("b", "44.3%"))}


@pytest.mark.parametrize("x, y, slip", [
    (1e6, 10e6, True),            # "about $1 million" / "$10 million": a zero dropped
    (488.5e6, 48.8e6, True),      # "$488.5 million" / "$48.8 million": a point moved, a digit lost
    (5000, 50000, True),
    (2e6, 30e6, False),           # other digits: two figures
    (3, 5, False),
])
def test_the_same_digits_a_power_of_ten_apart_are_a_slip_not_far(x, y, slip):
    from checker.claims.figure_slips import digit_slip
    assert digit_slip(x, y) is slip


@pytest.mark.parametrize("x, y, twins", [
    (231, 131, True), (4200, 2400, True), (8500, 6500, True), (172000, 127000, True),
    (4210, 4012, False),      # digits swapped that are not neighbours
    (15, 25, False),          # too few digits to tell a slip from another figure
    (1200, 12000, False),     # a zero more is a power of ten (digit_slip), not a twin
    (231.5, 131.5, False),
])
def test_figures_a_typing_slip_apart(x, y, twins):
    from checker.claims.figure_slips import digit_twin
    assert digit_twin(x, y) is twins


@pytest.mark.parametrize("told", ["At approximately 22:08 hours, police received the first reports of gunfire.",
                                  # the commonest slip of a clock: the morning's minute told in the evening
                                  "Police received the first reports of gunfire at 10:08 a.m."])
def test_a_minute_off_the_quarter_hours_told_alike_is_one_moment_whatever_the_words(tmp_path, told):
    """"opened fire at 10:08 p.m." and "At approximately 22:08 hours, police received the first reports of gunfire"
    share no word, but a moment told to the minute, off the quarter hours, is rarely two moments."""
    result = _check(tmp_path,
                    a="The gunman opened fire at 10:08 p.m. Sunday from the 32nd floor of the hotel.",
                    b="The gunman opened fire at about 10:08 p.m. A SWAT team blew open the door at 11:20 p.m., 72 "
                      "minutes after the first reports.",
                    c=told)
    claims = {(row.source, row.text): row.claim for row in result.mentions.itertuples()}
    told_time = next(text for source, text in claims if source == "c")
    assert claims[("c", told_time)] == claims[("a", "10:08 p.m.")] == claims[("b", "about 10:08 p.m.")]
    assert claims.get(("b", "11:20 p.m.")) != claims[("c", told_time)]
