"""A name in the draft that no source writes, in a sentence retelling one of theirs (our sentences)."""
import pytest

SOURCES = {
    "wire": "Date: 2024-05-04\n\nThe rail ministry has recommended that the case be handed over to the Federal Crime "
            "Bureau for further investigation, officials said on Sunday.\n\nThe recorder data was released on "
            "Wednesday by the country's transport ministry, which oversees the airports.\n\nThe judge said he "
            "would recommend a low-security prison close to the man's family.\n",
    "paper": "Date: 2024-05-04\n\nInvestigators said the stolen money had been moved through several exchanges "
             "before it could be traced. Shares of the lender fell 12% to HK$4.10 before trading was halted.\n\n"
             "German Foreign Minister Anna Berg called for sanctions against the men behind the theft, and the "
             "USA said it would help trace the money. The Federal Aviation Administration said it would review the "
             "rules.\n\nAt the Civil Medical College, students described a loud bang during the lunch hour and a "
             "dining hall filling with smoke.\n\nIn Marseille, the prefecture counted 30,000 marchers while the unions claimed 245,000.\n"
             "\nThe National Institute of Building Standards and Technology, a federal agency, has opened an "
             "investigation that is expected to take more than a year.\n\nWarner Bros cancelled the film's Paris "
             "premiere as ticket prices went up.\n\nThe governor, who had been skiing in the French Alps, flew "
            "home to lead the rescue talks. Dutch and Swiss divers joined the search on Monday.\n",
}


@pytest.mark.parametrize("draft, name, verdict, instead", [
    # another body where the source has its own, written as a name
    ("The rail ministry has recommended that the case be handed over to the National Security Agency, "
     "officials said.", "National Security Agency", "contradicted", "Federal Crime Bureau"),
    # another body where the source names one in lower case
    ("The recorder data was released on Wednesday by the Civil Aviation Board, which oversees the airports.",
     "Civil Aviation Board", "contradicted", "country's transport ministry"),
    # a place the draft adds where the source says nothing: no source backs it, none contradicts it
    ("The judge said he would recommend a low-security prison close to the man's family in Marlowe County.",
     "Marlowe County", "unsupported", ""),
    # a sentence too short for four words in common, held to the source's by its figure (and its last word, a
    # full stop after it)
    ("In Lyon, the unions claimed 245,000 marchers.", "Lyon", "contradicted", "Marseille"),
    # a body where the retold sentence names its own one body elsewhere in it, first
    ("A federal investigation is being led by the Civil Safety Board and is expected to take more than a year.",
     "Civil Safety Board", "contradicted", "National Institute of Building Standards and Technology"),
    # a body whose initials are an everyday word the sources write ("went up"), in a sentence retelling theirs
    # with a possessive ("the film's")
    ("The studio Universal Pictures, which released the film, cancelled its Paris premiere.", "Universal Pictures",
     "contradicted", "Warner Bros"),
    # a place added to a retold sentence, the punctuation around its words aside ("ate." / "hour and")
    ("At the Civil Medical College near the Vatva market, students described a loud bang during the lunch hour.",
     "Vatva", "unsupported", ""),
])
def test_a_name_no_source_writes_in_a_retold_sentence(draft_frame, draft, name, verdict, instead):
    rows = draft_frame(SOURCES, draft)
    rows = rows[rows["draft"] == name]
    assert rows["verdict"].tolist() == [verdict]
    assert rows["safe_wording"].tolist() == [instead]
    assert (instead or "no source names") in rows["sources_say"].iloc[0]


@pytest.mark.parametrize("draft", [
    # the sources write the body, in another sentence: not this check's
    "The rail ministry said the Federal Crime Bureau would take over the case.",
    # a currency, not a name
    "Shares of the lender fell 12% to HK$4.10 before trading was halted.",
    # a country the sources write as its adjective, or by its initials
    "Germany's foreign minister called for sanctions against the men behind the theft.",
    "The United States said it would help trace the stolen money.",
    # a country the sources write only as an adjective spelt otherwise ("French", "Dutch", "Swiss")
    "The governor, who had been skiing in France, flew home to lead the rescue talks.",
    "Divers from the Netherlands and Switzerland joined the search on Monday.",
    # a compound whose name part the sources write, its other part a word ("German" / "German-backed")
    "German-backed investigators said the stolen money had been moved through several exchanges.",
    # a body the sources name in full, by its initials
    "The FAA said it would review the rules.",
    # a name in a sentence retelling none of theirs
    "Analysts at Brightwater Capital expect the line to reopen within a month.",
])
def test_no_row_where_the_sources_write_the_name_or_nothing_is_retold(draft_frame, draft):
    rows = draft_frame(SOURCES, draft)
    assert not rows["sources_say"].astype(str).str.startswith("no source names").any()
    assert "contradicted" not in set(rows["verdict"])


def test_a_retelling_with_something_in_the_names_place_outweighs_a_closer_one_without(draft_frame):
    sources = {"wire": "Date: 2024-05-04\n\nThe recorder data was released on Wednesday by officials, who oversee the "
                       "airports.\n",
               "paper": "Date: 2024-05-04\n\nThe recorder data was released by the country's transport ministry.\n"}
    rows = draft_frame(sources, "The recorder data was released on Wednesday by the Civil Aviation Board, which "
                                "oversees the airports.")
    named = rows[rows["draft"] == "Civil Aviation Board"]
    assert named["verdict"].tolist() == ["contradicted"]
    assert named["safe_wording"].tolist() == ["country's transport ministry"]
    assert named["contradicted_by"].tolist() == [["paper"]]


SIBLINGS = {
    "wire": "Date: 2024-05-04\n\nThe chief executive appeared before the Senate Finance Committee in May and "
            "apologised to customers.\n\nThe airline's jet was built in Toulouse and serviced by Harlow Aero "
            "Services last year.\n",
    "paper": "Date: 2024-05-04\n\nKazakhstan's Transport Ministry said the wreckage would be examined in Astana. "
             "Officials in San Francisco declined to comment.\n\nWe continue to work with our partners from "
             "Lancashire Police and Counter Terrorism Policing North West.\n\nThe review was led by the law firm "
             "Harcourt Lane, whose report ran to 87 pages.\n",
}


@pytest.mark.parametrize("draft, name, instead", [
    # one word of a source's name swapped for one no source writes, the sentences worded apart
    ("Testifying in the spring, he told the Senate Judiciary Committee that he alone had decided to pay.",
     "Senate Judiciary Committee", "Senate Finance Committee"),
    ("Kazakhstan's Interior Ministry is leading the investigation, the Baku government said.",
     "Kazakhstan's Interior Ministry", "Kazakhstan's Transport Ministry"),
    ("The company's staff at its San Jose headquarters were told to work from home.", "San Jose", "San Francisco"),
    # a body paired with one the sources pair with another ("X and Y" / "X and Z"), the sentences worded apart
    ("The force said it was working on the case with Lancashire Police and the National Crime Agency.",
     "National Crime Agency", "Counter Terrorism Policing North West"),
    # a body after a kind the sources write one name after ("the law firm X"), the sentences worded apart
    ("Its findings, presented in Copenhagen, came from the law firm Marsh Quayle.", "Marsh Quayle", "Harcourt Lane"),
])
def test_a_name_one_unwritten_word_away_from_a_sources_name_is_contradicted(draft_frame, draft, name, instead):
    rows = draft_frame(SIBLINGS, draft)
    rows = rows[rows["draft"] == name]
    assert rows["verdict"].tolist() == ["contradicted"]
    assert rows["safe_wording"].tolist() == [instead]
    assert f"no source names {name}" in rows["sources_say"].iloc[0]


@pytest.mark.parametrize("draft", [
    # two words no source writes: another body altogether, not a slip in one of theirs
    "Regulators at the House Oversight Panel have asked for the documents.",
    # every word written by a source: a misspelling or an order of words is for the names check
    "The Finance Committee of the Senate heard him in May.",
])
def test_no_sibling_row_for_a_name_two_words_away_or_written_in_full(draft_frame, draft):
    rows = draft_frame(SIBLINGS, draft)
    assert not rows["sources_say"].astype(str).str.contains("no source names").any()


def test_a_given_name_shared_with_a_sources_person_is_no_sibling(draft_frame):
    """Two people may share a given name: "Victor Kowalczyk" is not the sources' "Victor Escalon" misnamed."""
    rows = draft_frame({"wire": "Date: 2024-05-04\n\nRegional director Victor Escalon said the gunman walked in.\n"},
                       "Victor Kowalczyk, a neighbour, watched the smoke.")
    assert not rows["sources_say"].astype(str).str.contains("no source names").any()


APART = {
    "wire": "Date: 2024-05-04\n\nThe recorder data was released on Wednesday by the country's transport ministry, "
            "which oversees the airports.\n\nThe New York Fed said on Monday it had lent the bank $2 billion.\n",
    "paper": "Date: 2024-05-04\n\nNational carriers resumed flights. Police said an agency worker was hurt. The "
             "Federal Reserve said the bank of last resort in New York would lend.\n",
}


@pytest.mark.parametrize("draft, name, verdict", [
    # every word written by the sources, never together, another body in its place in the retold sentence
    ("The recorder data was released on Wednesday by the National Police Agency, which oversees the airports.",
     "National Police Agency", "contradicted"),
    # ... and where the body in its place shares a word of it, a name the sources write otherwise: no row
    ("The Federal Reserve Bank of New York said on Monday it had lent the bank $2 billion.",
     "Federal Reserve Bank of New York", None),
])
def test_a_name_whose_words_the_sources_write_only_apart(draft_frame, draft, name, verdict):
    rows = draft_frame(APART, draft)
    rows = rows[rows["draft"] == name]
    if verdict:
        assert rows["verdict"].tolist() == [verdict]
    else:
        assert "contradicted" not in rows[rows["claim"] == "place or name"]["verdict"].tolist()


@pytest.mark.parametrize("draft, name, instead", [
    # a place no source names, after the verb and preposition the sources follow with one other place
    ("Kessler was arrested in Bermuda the following month and flown home.", "Bermuda", "Bahamas"),
    ("The suspect was later deported to Romania, police said.", "Romania", "Bulgaria"),
    # a body, the day between the verb and "by"; theirs named with the words saying what it is
    ("The recording, released on Wednesday by the National Police Agency, backs the pilots.",
     "National Police Agency", "Japan's transport ministry"),
])
def test_a_place_after_the_verb_the_sources_follow_with_another(draft_frame, draft, name, instead):
    sources = {"wire": "Date: 2024-05-04\n\nHe was arrested in the Bahamas, where the firm was based, and flown to "
                       "New York.\n\nThe man had been deported to Bulgaria in 2019.\n\nA transcript released on "
                       "Wednesday by Japan's transport ministry shows the jet was cleared to land.\n",
               "paper": "Date: 2024-05-04\n\nThe trial opened in Manhattan.\n"}
    rows = draft_frame(sources, draft)
    rows = rows[rows["draft"] == name]
    assert rows["verdict"].tolist() == ["contradicted"]         # one row, whichever check gives it
    assert rows["safe_wording"].iloc[0].startswith(instead)


def test_no_row_where_the_sources_follow_the_verb_with_several_places(draft_frame):
    sources = {"wire": "Date: 2024-05-04\n\nOne man was arrested in Lyon and another was arrested in Marseille.\n"}
    rows = draft_frame(sources, "A third man was arrested in Toulouse on Friday.")
    assert "contradicted" not in rows.loc[rows["draft"] == "Toulouse", "verdict"].tolist()



KINDS = {"wire": "Date: 2022-05-16\n\nThree people were hospitalized at Erie County Medical Center with injuries that "
                 "were not life-threatening.\n\nThe suspect was arraigned in Buffalo City Court on Saturday night.\n",
         "paper": "Date: 2022-05-16\n\nThe mayor visited survivors on Sunday. Sisters of Charity Hospital and Mercy "
                  "Hospital said they had treated no one.\n"}


@pytest.mark.parametrize("draft, name, instead", [
    # the one medical center the sources name, in a sentence worded unlike any of theirs
    ("The wounded were taken to Buffalo General Medical Center.", "Buffalo General Medical Center",
     "Erie County Medical Center"),
    ("He was arraigned before Erie County Court.", "Erie County Court", "Buffalo City Court"),
])
def test_a_name_of_the_kind_the_sources_name_one_of(draft_frame, draft, name, instead):
    rows = draft_frame(KINDS, draft)
    rows = rows[rows["draft"] == name]
    assert rows["verdict"].tolist() == ["contradicted"]
    assert rows["safe_wording"].tolist() == [instead]


@pytest.mark.parametrize("draft, name", [
    # the sources name two hospitals: the draft's third may be one more
    ("One woman was treated at Kenmore General Hospital.", "Kenmore General Hospital"),
    # a word of substance shared with the sources' one court: the same court, named longer
    ("He appeared in Buffalo City Court Part 2 on Saturday.", "Buffalo City Court Part"),
])
def test_no_row_where_the_kind_has_several_or_the_same_name(draft_frame, draft, name):
    rows = draft_frame(KINDS, draft)
    assert "contradicted" not in rows.loc[rows["draft"].str.contains(name.split()[0]), "verdict"].tolist()


def test_a_day_before_a_name_is_no_part_of_it():
    from checker.compare.draft_unknown_names import unknown_name_rows
    from checker.compare.sentence_index import sentence_index
    from checker.reading.text import split_sentences
    text = ("Date: 2015-09-25\n\nOn Tuesday the group admitted that around 11 million vehicles worldwide were "
            "affected and announced a provision of 6.5 billion euros.\n\nVolkswagen shares fell on Wednesday.\n")
    sources = [("wire", text, split_sentences(text))]
    draft = ("On Tuesday Volkswagen admitted that some 11 million vehicles worldwide were affected, and set aside "
             "6.5 billion euros.")
    rows = unknown_name_rows(draft, sources, *sentence_index(sources), {}, [])
    assert [r["draft"] for r in rows if "Tuesday" in r["draft"]] == []


TOLD = {
    "wire": "Date: 2011-07-23\n\nThe suspect's lawyer, Geir Lippestadt, told Norway's TV2 that his client had "
            "confessed. Separately, the prime minister told NRK he would visit the survivors.\n",
    "paper": "Date: 2011-07-23\n\nHis defence lawyer Geir Lippestad told TV2 news that the actions were necessary.\n",
}


@pytest.mark.parametrize("draft, verdict", [
    # the outlet a person told, where the sources say the same person told another, is contradicted
    ("The lawyer, Geir Lippestad, told NRK that his client had confessed.", "contradicted"),
    ("The prime minister told NRK he would visit the survivors.", None),     # no person named: nothing to set
])
def test_the_outlet_a_person_told_is_the_one_the_sources_say_they_told(draft_frame, draft, verdict):
    rows = draft_frame(TOLD, draft)
    rows = rows[(rows["draft"] == "NRK") & rows["verdict"].eq("contradicted")]
    assert rows["verdict"].tolist() == ([] if verdict is None else [verdict])
    assert verdict is None or "TV2" in rows["sources_say"].iloc[0]
