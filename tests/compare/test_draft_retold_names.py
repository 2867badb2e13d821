"""Capitalised words the name scan does not take alone, in a draft sentence retelling a source's (our sentences)."""
import pytest

SOURCES = {
    "wire": "Date: 2024-05-04\n\nThe Treasury Department added a wallet address linked to the theft to its "
            "sanctions list on Thursday.\n\nThe judge said the hearing would move to San Francisco next month.\n",
    "paper": "Date: 2024-05-04\n\nInvestigators said the stolen funds were moved through several mixing services "
             "before they could be traced.\n",
}


@pytest.mark.parametrize("draft, verdicts", [
    # one word of an organisation's name put for another
    ("The Justice Department added a wallet address linked to the theft to its sanctions list on Thursday.",
     [("Justice Department", "Treasury")]),
    # a place of two words for another
    ("The judge said the hearing would move to Los Angeles next month.", [("Los Angeles", "San Francisco")]),
    # as the sources tell it: no row
    ("The Treasury Department added a wallet address linked to the theft to its sanctions list on Thursday.", []),
    # a name the sources never set against anything: no row
    ("Analysts at Chainwatch said the stolen funds were hard to trace.", []),
])
def test_a_name_put_for_the_sources_in_a_retold_sentence_is_contradicted(draft_frame, draft, verdicts):
    frame = draft_frame(SOURCES, draft)
    rows = frame[frame["claim"] == "place or name"]
    assert [(r.draft, r.safe_wording) for r in rows.itertuples()] == verdicts
    assert set(rows["verdict"]) <= {"contradicted"}


# The draft retells a source sentence loosely, with a name no source writes where the source has another (our
# sentences, shaped like wire copy): the sentence retold best is worded too far apart for the checks above.
OWNED = {"wire": "Date: 2024-06-12\n\nHarbour Lines has been owned since 2019 by Norway's Fjordline Holdings, which "
                 "bought the former state ferry company Nordsjo during the country's debt crisis.\n",
         "paper": "Date: 2024-06-12\n\nThe ferries are run by Harbour Lines, the former Nordsjo, which was bought by "
                  "Norway's private Fjordline Holdings in 2019 as part of a sell-off.\n"}
WAVE = {"wire": "Date: 2024-06-12\n\nA wave of about 40cm reached Tarawa at 09:20 local time, but the alert was "
                "later lifted.\n",
        "paper": "Date: 2024-06-12\n\nNo damage was reported outside Fiji. A wave of 40 cm (1 foot) reached Tarawa, "
                 "the westernmost atoll, at 9:24 a.m.\n"}


ARREST = {"wire": "Date: 2024-06-12\n\nPolice arrested Marek Duda at his Kingsbridge home on April 27, 2022, when he "
                  "was 58.\n",
          "paper": "Date: 2024-06-12\n\nSince the first hours, 238 people have been rescued alive from the rubble: 215 "
                   "by the National Fire Corps and 23 by mountain rescue teams.\n"}
MARCH = {"wire": "Date: 2024-05-04\n\nThe march set off from Place de la Bastille at 2 p.m. and headed for the "
                 "Opera, where it ended peacefully.\n",
         "paper": "Date: 2024-05-04\n\nMayor Alejandro Hernandez Fuentes said the march had ended peacefully "
                  "near the river.\n"}


FACULTY = {"wire": "Date: 2025-03-15\n\nStudents from the Faculty of Dramatic Arts urged people to leave the square "
                   "and then called an early end to the rally.\n",
           "paper": "Date: 2025-03-15\n\nOne law student said she had walked for three days to reach the capital.\n"}
HOSTEL = {"wire": "Date: 2025-06-12\n\nAt the Civil Medical College, students described a loud bang during the lunch "
                  "hour and a dining hall filling with smoke.\n\nThe plane came down shortly after take-off, "
                  "crashing into a hostel for doctors at Civil Medical College in the Ranipur area.\n"}


CONCESSION = {"wire": "Date: 2023-11-20\n\nMarta Vidal, 51, conceded defeat shortly after 8 p.m., before any official "
                      "results were out, addressing supporters at her campaign headquarters in the Lisbon district "
                      "of Alvalade.\n",
              "paper": "Date: 2023-11-20\n\nTurnout was the lowest since 1995, the commission said. Porto voted "
                       "for the winner.\n"}


BOARD = {"wire": "Date: 2015-09-25\n\nThe appointment came after a seven-hour meeting of the supervisory board "
                 "at the group's headquarters in Wolfsburg.\n",
         "paper": "Date: 2015-09-25\n\nThe supervisory board on Friday appointed Ben Hale, until now chairman of Kessel "
                  "AG in Stuttgart, as chief executive.\n"}


VISIT = {"wire": "Date: 2023-01-09\n\nRibeiro, who was in Viana in São Miguel province inspecting flood damage when the "
                 "palace was stormed, has placed the capital's security forces under federal control until the "
                 "end of January.\n",
         "paper": "Date: 2023-01-09\n\nFlooding in the north of Portugal has displaced 4,000 people.\n"}


@pytest.mark.parametrize("sources, draft, verdicts", [
    # the sentences are worded apart, but the words before the place are the source's: another place
    (CONCESSION, "Speaking to supporters at her party's headquarters in Sintra, the 51-year-old admitted the result "
                 "had gone against her.", [("Sintra", "Lisbon")]),
    # a place the sources name elsewhere, put where they put another
    (CONCESSION, "Speaking to supporters at her party's headquarters in Porto, the 51-year-old admitted the result "
                 "had gone against her.", [("Porto", "Lisbon")]),
    (CONCESSION, "Speaking to supporters at her party's headquarters in Lisbon, the 51-year-old admitted the result "
                 "had gone against her.", []),
    # one word before the place the source's, and words after it too, one spelt without its accent: where she was
    # when it happened
    (VISIT, "President Ana Duarte Ribeiro was in Braga, in Sao Miguel province, visiting areas hit by flooding when the "
            "palace was stormed.", [("Braga", "Viana")]),
    (VISIT, "President Ana Duarte Ribeiro was in Viana, in Sao Miguel province, visiting areas hit by flooding when the "
            "palace was stormed.", []),
    # a place in the country the source names: the words around it are not the source's
    (VISIT, "Flooding in Portugal has displaced thousands of people this week.", []),
    # a place a source names in a sentence sharing the draft's words, but as another name's ("Porsche AG in
    # Stuttgart"): it does not say the draft's thing happened there
    (BOARD, "Hale was appointed after a seven-hour meeting of the supervisory board in Stuttgart.",
     [("Stuttgart", "Wolfsburg")]),
    (BOARD, "Hale was appointed after a seven-hour meeting of the supervisory board in Wolfsburg.", []),
    # the place ending the sentence, its full stop not part of it
    (CONCESSION, "She conceded before supporters at her party's headquarters in Sintra.", [("Sintra", "Lisbon")]),
    # the last part of a name put for the source's, its first words the same
    (MARCH, "The march set off from Place de la Nation at 2 p.m. and headed for the Opera.", [("Nation", "Bastille")]),
    # ... and the row holds the whole name
    (MARCH, "Mayor Alejandro Fernandez Fuentes said the march had ended peacefully near the river.",
     [("Alejandro Fernandez Fuentes", "Hernandez")]),
    (MARCH, "The march set off from Place de la Bastille at 2 p.m. and headed for the Opera.", []),
    # "law" the sources write only in lower case ("law student"): as a name, only the draft has it
    (FACULTY, "Students from the Faculty of Law urged people to leave the square and then called an early end to the "
              "rally.", [("Law", "Dramatic Arts")]),
    (FACULTY, "Students from the Faculty of Dramatic Arts urged people to leave the square and then called an early "
              "end.", []),
    # the sentence retold best has no name there; another source sentence has one, flanked by the same words
    (HOSTEL, "The jet struck a hostel and dining hall of Civil Medical College in the Vatva area, where students were "
             "eating lunch.", [("Vatva", "Ranipur")]),
    (HOSTEL, "The jet struck a hostel and dining hall of Civil Medical College in the Ranipur area, where students "
             "were eating lunch.", []),
    # flanked by other words: nothing says it is the same place
    (HOSTEL, "The jet struck a hostel and dining hall of Civil Medical College, near the Vatva market, as students "
             "ate.", []),
    # the owner put after "by", where the source's sentence has its owner after "by", in another order
    (OWNED, "The crossing is run by Harbour Lines, formerly Nordsjo, which has been owned by Baltic Ferries since "
            "2019.", [("Baltic Ferries", "Norway's Fjordline Holdings")]),
    (OWNED, "The crossing is run by Harbour Lines, which has been owned by Fjordline Holdings since 2019.", []),
    # a place after a possessive: the word before it ("reached") is the source's; the sentence the draft's joins
    # it to ("No damage was reported outside Fiji") names nothing else
    (WAVE, "A wave of about 40 cm reached Kiribati's Abaiang atoll, but the warnings were later lifted and no damage "
           "was reported outside Fiji.", [("Abaiang", "Tarawa")]),
    (WAVE, "A wave of about 40 cm reached Tarawa, but the warnings were later lifted and no damage was reported "
           "outside Fiji.", []),
    # the source's name a word away from where the draft puts its own ("his Kingsbridge home" / "his home in Ashford")
    (ARREST, "Police arrested Marek Duda at his home in Ashford on April 27, 2022.", [("Ashford", "Kingsbridge")]),
    # the draft's name ending its sentence, the full stop no part of it
    (ARREST, "Rescue teams have pulled 238 people alive from the rubble, 215 of them by the Carabinieri.",
     [("Carabinieri", "National Fire Corps")]),
])
def test_a_name_retold_with_another_in_its_place_is_contradicted(draft_frame, sources, draft, verdicts):
    rows = draft_frame(sources, draft)
    # (a name no source writes may also be `unsupported`: test_draft_unknown_names has those)
    rows = rows[(rows["claim"] == "place or name") & (rows["verdict"] == "contradicted")]
    assert [(r.draft, r.safe_wording) for r in rows.itertuples()] == verdicts


def test_one_error_is_one_row(draft_frame):
    # the aligned sentences, the spelling check and the retold-name check all see "Fernandez": one row says it
    rows = draft_frame(MARCH, "Mayor Alejandro Fernandez Fuentes said the march had ended peacefully near the river.")
    wrong = rows[rows["verdict"] == "contradicted"]
    assert list(wrong["draft"]) == ["Alejandro Fernandez Fuentes"]




ORDER = {"wire": "Date: 2024-06-12\n\nIn an order filed later on Friday, the state regulator said depositors had tried "
                 "to take out $42 billion on Thursday alone, leaving the bank short of cash.\n",
         "paper": "Date: 2024-06-12\n\nThe regulator closed the bank and named the deposit insurer as receiver.\n"}
MINISTER = {"wire": "Date: 2024-06-12\n\nTransport Minister Kenji Sato, who released the recordings, said the government "
                    "would cooperate fully with the inquiry and take steps to prevent a repeat.\n",
            "paper": "Date: 2024-06-12\n\nTransport Minister Kenjiro Sato told reporters the captain had escaped.\n\n"
                     "Kenjiro Sato said on Wednesday the ministry would publish the transcript.\n"}


@pytest.mark.parametrize("sources, draft", [
    # the retold sentence has a day where the draft has a name: no name stands for a day
    (ORDER, "In an order signed by Commissioner Jane Holloway, the state regulator said depositors had tried to take "
            "out $42 billion on Thursday alone."),
    # a name the sources also write, spelt otherwise in the sentence retold: the names check weighs the spellings
    (MINISTER, "Transport Minister Kenjiro Sato said the government would cooperate fully with the inquiry and work "
               "to prevent a recurrence."),
    # a month written short ("Jan. 14") stands where the draft names a person: no name stands for a day
    ({"wire": "Date: 2012-01-20\n\nHe was arrested on Jan. 14 and is being investigated for multiple manslaughter, "
              "causing a shipwreck and abandoning his ship.\n"},
     "Ricci, who was arrested along with first officer Carlo Amato, is being investigated for multiple "
     "manslaughter, causing a shipwreck and abandoning his ship."),
    # one country named two ways (same_names.yaml)
    ({"wire": "Date: 2024-06-12\n\nAbout 5,000 people in the UK worked for the bank, most of them at its European "
              "headquarters in east London.\n"},
     "About 5,000 people in Britain worked for the bank, most of them at its European headquarters in east London."),
    ({"wire": "Date: 2024-06-12\n\nAbout 5,000 people in the UK worked for the bank, most of them at its European "
              "headquarters in east London.\n\nBritain's regulator said nothing.\n"},
     "About 5,000 people in Britain worked for the bank, most of them at its European headquarters in east London."),
])
def test_no_name_is_set_against_a_day_or_against_its_own_spelling(draft_frame, sources, draft):
    frame = draft_frame(sources, draft)
    named = frame[frame["claim"] == "place or name"]
    # a commissioner no source names is at most unsupported: the day in its place contradicts nothing
    assert set(named["verdict"]) <= {"unsupported"}


def test_a_clause_the_draft_adds_after_and_is_no_retelling_of_the_sources_next_words(draft_frame):
    # the source goes on "a formal step that lets Washington ..."; the draft goes on with a clause of its own,
    # whose agency and director the sources name elsewhere
    sources = {"wire": "Date: 2005-08-31\n\nThe homeland security secretary declared an incident of national "
                       "significance, a formal step that lets Washington take a larger role in the response.\n\n"
                       "FEMA Director Michael Brown told reporters the agency was ready.\n"}
    frame = draft_frame(sources, "The homeland security secretary declared an incident of national significance, and "
                                 "FEMA Director Michael Brown warned evacuees not to return.")
    assert frame[frame["verdict"] == "contradicted"].empty


def test_a_former_name_in_apposition_is_not_the_subject_of_what_follows(draft_frame):
    # "Harbour Lines, formerly Nordsjo, which has been owned ...": what has been owned is Harbour Lines, as the
    # sources say; the draft is right and nothing in it is contradicted
    frame = draft_frame(OWNED, "The crossing is run by Harbour Lines, formerly Nordsjo, which has been owned by "
                               "Fjordline Holdings since 2019.")
    assert frame[frame["verdict"] == "contradicted"].empty


def test_a_title_worded_otherwise_is_no_other_name(draft_frame):
    # "Defence Cabinet Secretary Aden Duale" / "Defence Minister Aden Duale": one man, his title worded two ways
    sources = {"wire": "Date: 2024-06-26\n\nDefence Minister Aden Duale announced that the military had been deployed "
                       "to support the police.\n"}
    rows = draft_frame(sources, "Defence Cabinet Secretary Aden Duale announced that the military had been deployed "
                                "to support the police.")
    assert "contradicted" not in set(rows["verdict"])


GOVERNOR = {
    "wire": "Date: 2024-05-04\n\nEspirito Santo Governor Fernando Pimentel has called the collapse the worst "
            "environmental disaster in the history of the state.\n",
    "paper": "Date: 2024-05-04\n\nGovernor Pimentel called the dam collapse the worst environmental disaster in the "
             "history of Minas Gerais.\n",
}


def test_a_name_one_source_writes_in_like_words_is_not_contradicted_by_anothers(draft_frame):
    draft = ("Minas Gerais Governor Fernando Pimentel has described the collapse as the worst environmental disaster "
             "in the state's history.")
    # the wire alone puts another state where the draft has Minas Gerais
    rows = draft_frame({"wire": GOVERNOR["wire"]}, draft)
    assert "contradicted" in set(rows["verdict"])
    # the paper writes the draft's state in words like the draft's: the sources differ, the draft sides with one
    rows = draft_frame(GOVERNOR, draft)      # (the wire's file is still there)
    assert "contradicted" not in set(rows["verdict"]), rows.to_dict("records")


@pytest.mark.parametrize("draft, verdict, backers", [
    # two sources write the country by its adjective, one another country: the sources differ, the draft sides
    # with two of them
    ("The governor had cut short a skiing holiday in France to lead the rescue talks.", "disputed",
     ["paper", "daily"]),
    # no source writes the draft's country in any form: the one source telling it says otherwise
    ("The governor had cut short a skiing holiday in Austria to lead the rescue talks.", "contradicted", []),
])
def test_a_name_other_sources_write_by_another_of_its_names_is_disputed(draft_frame, draft, verdict, backers):
    sources = {"wire": "Date: 2024-05-04\n\nThe governor had flown home from a skiing holiday in Switzerland to "
                       "lead the rescue talks.\n",
               "paper": "Date: 2024-05-04\n\nThe governor, who had been skiing in the French Alps, flew home to "
                        "lead rescue talks.\n",
               "daily": "Date: 2024-05-04\n\nThe governor cut short a holiday at a French ski resort.\n"}
    every = draft_frame(sources, draft)
    rows = every[every["claim"].isin(["place or name", "place"])]
    assert rows["verdict"].tolist() == [verdict]
    # no other row (an aligned sentence's) calls it contradicted where the sources differ
    assert set(every["verdict"]) - {"supported", "unsupported"} == {verdict}
    assert sorted(rows["supported_by"].iloc[0]) == sorted(backers)
    assert rows["contradicted_by"].iloc[0] == ["wire"]
