"""A person's rank told two ways (our own sentences): each source a file of its own."""
import pytest

import checker

# (source a, source b, the title finding's values or None where there must be none)
CASES = [
    ("The seizure sends a message, said FBI Deputy Director Paul Marsh on Monday.",
     "The seizure sends a message, said FBI Director Paul Marsh.",
     {"a": "Deputy Director", "b": "Director"}),
    ("Acting Senior Superintendent Baron Lam told reporters the staff member was fooled.",
     "Chief Superintendent Baron Lam said the staff member had been fooled.",
     {"a": "Acting Senior Superintendent", "b": "Chief Superintendent"}),
    ("The mayor sent acting Labor Secretary Julie Moss to Detroit.",
     "The mayor sent Labor Secretary Julie Moss to Detroit.",
     {"a": "acting Labor Secretary", "b": "Labor Secretary"}),
    # a school's head and its deputy
    ("Parents praised principal Ruth Okafor, who locked the doors.",
     "Parents praised vice principal Ruth Okafor, who locked the doors.", {"a": "principal", "b": "vice principal"}),
    # a grade left out is no other office
    ("He is sending senior adviser Gene Farrow to Detroit.", "He is sending White House adviser Gene Farrow to Detroit.",
     None),
    # "Army chief General X": the army's chief, who is a general
    ("Army chief General Waker Rahman spoke on television.", "Chief of Army Staff General Waker Rahman spoke.", None),
    # a chief of one service is not the chief of another; the town's name is no service
    ("Most victims were found near the door, Millbrook Police Chief Dana Roth said.",
     "Most victims were found near the door, Millbrook Fire Chief Dana Roth said.",
     {"a": "Millbrook Police Chief", "b": "Millbrook Fire Chief"}),
    ("Most victims were found near the door, Millbrook Fire Chief Dana Roth said.",
     "Most victims were found near the door, Fire Chief Dana Roth said.", None),
    # a police rank abbreviated, against another rank of the same service
    ("Police Supt. Chris Wilken said the gates were forced.", "Police Captain Chris Wilken said the gates were forced.",
     {"a": "Police Supt.", "b": "Police Captain"}),
    ("Det. Supt. Ann Reid led the inquiry.", "Detective Superintendent Ann Reid led the inquiry.", None),
    # one portfolio in two words of one root
    ("Emergencies Minister Sergei Shoigu flew to the dam.", "Emergency Situations Minister Sergei Shoigu flew in.", None),
    # a secretary's portfolio and a minister's: two posts of one cabinet, one of them told wrong
    ("Business Secretary Alan Pryce said the firm would be wound up.",
     "Cabinet Office Minister Alan Pryce said the firm would be wound up.",
     {"a": "Business Secretary", "b": "Cabinet Office Minister"}),
    # one portfolio, named a secretary's in one source and a minister's in the other
    ("Health Secretary Jane Brook said the wards were full.", "Health Minister Jane Brook said the wards were full.",
     None),
    # two offices of one man
    ("Defence Minister Robert Kalan said the attack was political.",
     "Deputy Prime Minister Robert Kalan said the attack was political.", None),
    # one surname given two ranks in one source: two people, perhaps
    ("Deputy Director Ann Kell and Director Tom Kell both resigned.", "Director Ann Kell resigned on Monday.", None),
    # a company's chair is not its chief executive or its president
    ("Orbis chairman Tomas Wren said the deal met strict criteria.",
     "Orbis Chief Executive Tomas Wren said the deal met strict criteria.",
     {"a": "chairman", "b": "Orbis Chief Executive"}),
    ("Kanto Power chairman Ken Mori apologised on Sunday.", "Kanto Power President Ken Mori apologised on Sunday.",
     {"a": "chairman", "b": "Kanto Power President"}),
    # a chief executive is the company's president too, and a founder may be either
    ("Flights across Asia. Transport Minister Hisham Kamal said the search went on.",
     "Acting Transport Minister Hisham Kamal said the search went on.",
     {"a": "Transport Minister", "b": "Acting Transport Minister"}),
    ("Orbis President Tomas Wren spoke.", "Orbis CEO Tomas Wren spoke.", None),
    # a deputy of one office holds no other: the company's deputy chief executive is not its chairman; its
    # chairman may stand in as acting chief executive
    ("Orbis chairman Tomas Wren flew in.", "The company's deputy chief executive, Tomas Wren, flew in.",
     {"a": "chairman", "b": "deputy chief executive"}),
    ("Orbis chairman Tomas Wren flew in.", "The company's acting chief executive, Tomas Wren, flew in.", None),
    # the office's place between the office and the name; a minister's "of" names the portfolio
    ("Ardent Mayor Sefa Kaya said the tent camp would stay open.",
     "Speaking at the camp, the governor of Velta province, Sefa Kaya, said tents were short.",
     {"a": "Ardent Mayor", "b": "governor"}),
    ("Mining Minister Laurence Gold wiped away tears.", "The Minister of Mining, Laurence Gold, said: \"We promised.\"",
     None),
    # a name given by its initials; a district's collector is a post, as a mayor is
    ("Commissioner P.C. Pandey said the curfew would hold.", "Deputy Commissioner P.C. Pandey said the curfew would "
     "hold.", {"a": "Commissioner", "b": "Deputy Commissioner"}),
    ("Mayor R.K. Nair opened the relief camp.", "District Collector R.K. Nair opened the relief camp.",
     {"a": "Mayor", "b": "District Collector"}),
    # told after the name, with a body in capitals or "the airline's" before the office
    ("Jesse Moore, NASA's associate administrator for space flight, spoke.",
     "Jesse Moore, the acting NASA administrator, spoke.",
     {"a": "associate administrator", "b": "acting NASA administrator"}),
    ("Carl Dunn, the airline's deputy chief executive, visited the site.",
     "Carl Dunn, the airline's chief executive, visited the site.",
     {"a": "deputy chief executive", "b": "chief executive"}),
    ("The fund's chief executive Tomas Wren spoke.", "The fund's former executive Tomas Wren spoke.", None),
    ("Orbis founder Tomas Wren spoke.", "Orbis chairman Tomas Wren spoke.", None),
    # one office word, another portfolio: another office
    ("Finance Minister Arjun Mehra said the trade status was withdrawn.",
     "Defence Minister Arjun Mehra said the trade status was withdrawn.",
     {"a": "Finance Minister", "b": "Defence Minister"}),
    ("The crash was avoidable, Transportation Secretary Sean Dorsey told CNN.",
     "The crash was avoidable, U.S. Defence Secretary Sean Dorsey told CNN.",
     {"a": "Transportation Secretary", "b": "Defence Secretary"}),
    # ... but a portfolio named two ways, or a country before it, is one office
    ("Home Minister Lata Rao visited the site.", "Interior Minister Lata Rao visited the site.", None),
    ("Transport Secretary Sean Dorsey spoke.", "U.S. Transportation Secretary Sean Dorsey spoke.", None),
    # ... and two men of one surname are two people; a given name shortened is one man's
    ("Finance Minister Arjun Mehra spoke.", "Defence Minister Ravi Mehra spoke.", None),
    ("Finance Minister Robert Mehra spoke.", "Defence Minister Rob Mehra spoke.",
     {"a": "Finance Minister", "b": "Defence Minister"}),
    # a company's chief technology officer is not its chief executive, told after the title or before it
    ("Kestrel's chief technology officer, Dana Kurtz, apologised on Friday.",
     "Kestrel Chief Executive Dana Kurtz apologised on Friday.",
     {"a": "chief technology officer", "b": "Kestrel Chief Executive"}),
    # two offices held together: no other office
    ("Kestrel's chairman and CEO, Pier Luigi Fosco, said the captain erred.",
     "Its chief executive, Pierluigi Fosco, said the captain erred.", None),
    # a county's judge is not a town's mayor
    ("Kerr County Judge Rob Kelly defended the response.", "Kerrville Mayor Rob Kelly defended the response.",
     {"a": "Kerr County Judge", "b": "Kerrville Mayor"}),
    # a given name spelt with and without its accent is one man's
    ("Defence Minister François-Philippe Marchand spoke in Ottawa.",
     "Foreign Affairs Minister Francois-Philippe Marchand spoke in Ottawa.",
     {"a": "Defence Minister", "b": "Foreign Affairs Minister"}),
    # a state's attorney general is not a federal prosecutor; police ranks are one officer's each
    ("Pennsylvania's attorney general, Scott Brandt, said charges would follow.",
     "U.S. Attorney Scott Brandt said charges would follow.", {"a": "attorney general", "b": "Attorney"}),
    ("Assistant Chief Constable Dean Hollis led the inquiry.",
     "Deputy Assistant Commissioner Dean Hollis led the inquiry.",
     {"a": "Assistant Chief Constable", "b": "Deputy Assistant Commissioner"}),
    # a county's judge is not its sheriff
    ("McLennan County Judge Scott Fenton said Friday the blast levelled homes.",
     "McLennan County Sheriff Scott Fenton said Friday the blast levelled homes.",
     {"a": "McLennan County Judge", "b": "McLennan County Sheriff"}),
    # an officer holds one military rank, however abbreviated
    ("Colonel Brian Laird, commander of the fighter wing, told evacuees to stay away.",
     "Brig. Gen. Brian Laird, the base commander, told evacuees to stay away.",
     {"a": "Colonel", "b": "Brig. Gen."}),
    ("Col. Brian Laird told evacuees to stay away.", "Colonel Brian Laird told evacuees to stay away.", None),
    # a major is no captain ("Major" an office only capitalised before a name: not "a major donor")
    ("The pilots, Lt. Col. Dino Ferraro and Major Paolo Conti, were killed.", "Capt. Paolo Conti, 29, was killed.",
     {"a": "Major", "b": "Capt."}),
    ("Maj. Paolo Conti, 29, was killed.", "Major Paolo Conti, 29, was killed.", None),
    ("A major donor, Paolo Conti, paid.", "Capt. Paolo Conti, 29, was killed.", None),
    # a title told after the name is compared where it gives the same office another rank
    ("Its chairman, Ellen Engleman, declined to comment on the crash.",
     "Ellen Engleman, vice chairwoman of the safety board, declined to comment.",
     {"a": "chairman", "b": "vice chairwoman"}),
    ("Chairman Ellen Engleman declined to comment.", "Ellen Engleman, chairwoman of the safety board, declined.", None),
    # ... though not by its grade: a division's chief executive is one of the firm's senior executives
    ("Luis Moreno, chief executive of its rail business, was among the dead.",
     "Luis Moreno, a senior executive at the firm, was among the dead.", None),
    # a name written with its umlaut and without it is one person's
    ("Deputy Mayor Jürgen Müller opened the hearing.", "Mayor Juergen Mueller opened the hearing.",
     {"a": "Deputy Mayor", "b": "Mayor"}),
    # a rank joined to its office by a hyphen is that rank
    ("Major-General Alan Stretton flew in on Boxing Day.", "Lieutenant-General Alan Stretton flew in on Boxing Day.",
     {"a": "Major-General", "b": "Lieutenant-General"}),
    ("Maj. Gen. Alan Stretton flew in on Boxing Day.", "Major-General Alan Stretton flew in on Boxing Day.", None),
    ("Vice-President Ana Ruiz spoke.", "President Ana Ruiz spoke.", {"a": "Vice-President", "b": "President"}),
    ("Lt. Col. Brian Laird told evacuees to stay away.", "Col. Brian Laird told evacuees to stay away.",
     {"a": "Lt. Col.", "b": "Col."}),
    # a first given name left out is still one man's
    ("Interior Minister Mohamed Najem Gharsa said the gunman acted alone.",
     "Tunisia's Defence Minister Najem Gharsa said the gunman acted alone.",
     {"a": "Interior Minister", "b": "Defence Minister"}),
    # one office of two services: a police spokesman is no fire brigade's, a chief constable no chief fire officer
    ("The bridge fell onto the rear carriages, police spokesman Dieter Lang said on Thursday.",
     "The bridge fell onto the rear carriages, fire brigade spokesman Dieter Lang said on Thursday.",
     {"a": "police spokesman", "b": "fire brigade spokesman"}),
    ("Police spokesman Dieter Lang said the bridge fell onto the rear carriages.",
     "Fire brigade spokesman Dieter Lang said the bridge fell onto the rear carriages.",
     {"a": "Police spokesman", "b": "Fire brigade spokesman"}),
    ("The inquiry into the blaze will be led by Avon's Chief Constable, Colin Marsh, the minister said.",
     "The inquiry into the blaze will be led by Avon's chief fire officer, Colin Marsh, the minister said.",
     {"a": "Chief Constable", "b": "chief fire officer"}),
    # ... told after the name too
    ("Dieter Lang, a police spokesman, said the bridge fell onto the rear carriages.",
     "Fire brigade spokesman Dieter Lang said the bridge fell onto the rear carriages.",
     {"a": "police spokesman", "b": "Fire brigade spokesman"}),
    # one service, or none named: no other office
    ("Dieter Lang, a police spokesman, said the bridge fell.", "Police press officer Dieter Lang said the bridge fell.",
     None),
    ("Dieter Lang, a police spokesman, said the bridge fell.", "Spokesman Dieter Lang said the bridge fell.", None),
    # a post told after a name is often a second one: only its service is compared
    ("The result was announced by Jenny Walsh, chair of the Electoral Commission, at the town hall.",
     "The result was declared by chief counting officer Jenny Walsh at the town hall.", None),
    # an organisation's offices apart: its president is not its general secretary, a flight director no manager
    ("UEFA president Jacques Gerard told a news conference the final would go ahead.",
     "UEFA general secretary Jacques Gerard told reporters the final would go ahead.",
     {"a": "president", "b": "secretary"}),
    ("Flight director Ron Dettmer told reporters the craft was lost.",
     "Shuttle Program Manager Ron Dettmer said the craft was lost.",
     {"a": "director", "b": "Shuttle Program Manager"}),
    # an aircraft's commander is its captain
    ("The jet was flown by its commander, Paul Phelps, a Briton.", "British captain Paul Phelps, 47, flew the jet.",
     None),
    # a secretary general is one office however the title is set, and a general secretary the same
    ("Its secretary general, Abbas Gulleh, said the toll would rise.",
     "Red Cross Secretary General Abbas Gulleh said the toll would rise.", None),
    ("UEFA general secretary Jacques Gerard told reporters.", "UEFA Secretary General Jacques Gerard told reporters.",
     None),
    # a company's managing director is its head; a director may sit on the board its chief executive runs
    ("Managing Director Elena Ruiz said the bank was sound.", "Chief Executive Elena Ruiz said the bank was sound.",
     None),
    ("Company director Elena Ruiz said the bank was sound.", "Chief Executive Elena Ruiz said the bank was sound.",
     None),
    # a post told after the name is compared: a province's governor is not a town's mayor
    ("Mohammad Ali Karimi, the governor of Kerman province, said thousands had died.",
     "Mohammad Ali Karimi, the mayor of Bam, said thousands had died.", {"a": "governor", "b": "mayor"}),
    # an engineer's deputy is no chief engineer
    ("The court jailed deputy chief engineer Anatol Dyakov for ten years.",
     "The court jailed chief engineer Anatol Dyakov for ten years.",
     {"a": "deputy chief engineer", "b": "chief engineer"}),
    ("Structural engineer Jack Gilmore signed the drawings.", "Engineer Jack Gilmore signed the drawings.", None),
    # one side of a trial is not the other, nor its judge
    ("Prosecutor Muhammad Shafi Abdulla told the judge the fine was fair.",
     "His lead defence lawyer Muhammad Shafi Abdulla told the court the fine was unpayable.",
     {"a": "Prosecutor", "b": "lead defence lawyer"}),
    ("Defense attorney Lena Marsh asked for bail.", "Judge Lena Marsh refused bail.",
     {"a": "Defense attorney", "b": "Judge"}),
    ("Defence lawyer Lena Marsh asked for bail.", "Lawyer Lena Marsh asked for bail on Monday.", None),
    # ... nor does a prosecution lead a public prosecutions office other than as its director
    ("Director of Public Prosecutions Max Hale said the case would go ahead.",
     "Prosecutor Max Hale said the case would go ahead.", None),
    # a district attorney is no city attorney
    ("District Attorney Gil Garza said the case was strong.", "Pasadena City Attorney Gil Garza said it was strong.",
     {"a": "District Attorney", "b": "Pasadena City Attorney"}),
    # a company's technical director does not run it
    ("Technical Director Manfred Moll said the train had stopped.",
     "Chief Executive Manfred Moll said the train had stopped.", {"a": "Technical Director", "b": "Chief Executive"}),
    # a portfolio told after the name, behind a country's possessive, is the person's post
    ("Michael Forsyth, Britain's home secretary, flew back from London.",
     "The Scottish Secretary, Michael Forsyth, told MPs of the gun laws.",
     {"a": "home secretary", "b": "The Scottish Secretary"}),
    ("Tom Reyes, the foreign minister, said talks would go on.", "Finance Minister Tom Reyes said talks would go on.",
     {"a": "foreign minister", "b": "Finance Minister"}),
    ("Tom Reyes, the foreign minister, said talks would go on.", "Foreign Minister Tom Reyes said talks would go on.",
     None),
    # "under" before a capitalised office is no rank ("the city rebuilt under Mayor X")
    ("Kobe Mayor Kazu Sato said the city would rebuild.", "The city was rebuilt under Mayor Kazu Sato.", None),
    # a junior minister is a deputy one; a portfolio in lower case is read with its office
    ("Junior interior minister Laurent Vidal said the gunman was known.",
     "Laurent Vidal, a deputy interior minister, said the gunman was known.", None),
    ("Junior interior minister Laurent Vidal said the gunman was known.",
     "Laurent Vidal, the justice minister, said the gunman was known.",
     {"a": "Junior interior minister", "b": "justice minister"}),
    # a name with a title after it is the person's only where the comma follows the full name
    ("The crowd cheered Anna Weber, the mayor, and the firefighters.",
     "Fire Chief Anna Weber thanked the crowd.", None),
]


def _findings(tmp_path, a: str, b: str, claim: str):
    """The findings of a claim kind ("title:") when source a and source b tell a person apart."""
    (tmp_path / "a.txt").write_text("Date: 2024-05-02\n\n" + a + "\n", encoding="utf-8")
    (tmp_path / "b.txt").write_text("Date: 2024-05-02\n\n" + b + "\n", encoding="utf-8")
    findings = checker.check(tmp_path).findings
    return findings[findings["claim"].str.startswith(claim)]


@pytest.mark.parametrize("a, b, values", CASES)
def test_a_rank_told_two_ways(tmp_path, a, b, values):
    titles = _findings(tmp_path, a, b, "title:")
    if values is None:
        assert titles.empty, titles.to_dict("records")
    else:
        assert len(titles) == 1 and titles.iloc[0]["status"] == "conflict"
        assert titles.iloc[0]["values"] == values


@pytest.mark.parametrize("a, b, values", [
    # one sheriff, two first names, in sentences worded apart
    ("Marlow County Sheriff Dean Pruitt, who grew up in the valley, told a briefing that 40 homes had burned.",
     "Residents were ordered out at dawn. Marlow County Sheriff Dale Pruitt said on Friday the town was lost.",
     {"a": "Dean", "b": "Dale"}),
    # ... and one organisation's director
    ("Plant director Viktor Brukhanov was jailed for ten years.",
     "The plant's director, Vladimir Brukhanov, was jailed for ten years.", {"a": "Viktor", "b": "Vladimir"}),
    # a short form or a nickname is the same name
    ("Mayor Robert Ellory thanked the crews.", "Mayor Bob Ellory thanked the fire crews on Sunday.", None),
    # two spokesmen may share a surname
    ("Police spokesman Ian Clarke said the road was shut.", "Fire service spokesman Neil Clarke said crews stayed.",
     None),
])
def test_one_post_holder_given_two_first_names(tmp_path, a, b, values):
    given = _findings(tmp_path, a, b, "given name:")
    if values is None:
        assert given.empty, given.to_dict("records")
    else:
        assert len(given) == 1 and given.iloc[0]["status"] == "conflict" and given.iloc[0]["values"] == values
