"""Where the draft puts a thing the sources place elsewhere (our sentences)."""
import pytest

from checker.claims.places import affiliation_pairs, facility_pairs, place_pairs


def _verdicts(rows, claim: str) -> list[tuple[str, str, str]]:
    """(draft words, verdict, safe wording) of the draft rows of one claim, as the editor reads them."""
    rows = rows[rows["claim"] == claim]
    return [(r.draft, r.verdict, r.safe_wording) for r in rows.itertuples()]


@pytest.mark.parametrize("text, pairs", [
    ("The attack was claimed by Lisbon-based Northwind Labs on Friday.", [("Northwind Labs", "Lisbon")]),
    ("Northwind Labs, the Porto-based developer, said it would repay users.",
     [("Northwind Labs", "Porto"), ("#developer", "Porto")]),
    ("Northwind Labs, which is based in Porto, said it would repay users.", [("Northwind Labs", "Porto")]),
    ("The shells hit Dobropillia, in the Donetsk region, before dawn.", [("Dobropillia", "Donetsk")]),
    ("The jet fell near Grabovo, in the rebel-held Donetsk region, on Thursday.", [("Grabovo", "Donetsk")]),
    ("The union struck the plant in Fairfax, Kansas, at midnight.", [("Fairfax", "Kansas")]),
    # "a village in the province of X", "a village in Y's X province": the region, past a kind of place
    ("Three died in Orvella, a village in the province of Brisa, on Monday.", [("Orvella", "Brisa")]),
    ("Three died in Orvella, a village in Norland's Brisa province, on Monday.", [("Orvella", "Brisa")]),
    ("Orvella, a small hill town in the Brisa region, lost power.", [("Orvella", "Brisa")]),
    # the region's kind capitalised as part of its name: "Kramatorsk, Donetsk Oblast"
    ("The missile hit Orvella, Brisa Oblast, on Friday.", [("Orvella", "Brisa")]),
    ("He spoke in Kyiv. Orvella, Brisa Oblast, was hit on Friday.", [("Orvella", "Brisa")]),   # a sentence ends
    ("Ruiz paid $9 a share for Austin, Texas-based Quill.", [("Quill", "Austin, Texas"), ("Austin", "Texas")]),
    ("In Paris, Macron said nothing.", []),          # a comma after a place is not a state
    # a thing told by its kind: both words kept, as which is the noun is not known
    ("Hackers drained the Dubai-based exchange on Friday.", [("#exchange", "Dubai")]),
    ("The Dubai-based exchange took the blow.", [("#exchange took", "Dubai")]),
    ("Dubai-headquartered Corvex paused withdrawals.", [("Corvex", "Dubai")]),
    ("A Dubai-based trader who lost money spoke.", [("#trader", "Dubai")]),
])
def test_place_pairs(text, pairs):
    assert [(thing, place) for thing, place, _, _ in place_pairs(text)] == pairs


SOURCES = {"wire": "Date: 2024-05-04\n\nNorthwind Labs, the Porto-based developer of the game, disclosed the breach "
                   "on Monday.\n\nWorkers walked out at the plant in Fairfax, Missouri, at midnight.\n\nThree members of one "
                   "family died in Orvella, a village in Norland's Brisa province.\n"}


@pytest.mark.parametrize("draft, verdicts", [
    ("Lisbon-based Northwind Labs disclosed the breach on Monday.", [("Lisbon", "contradicted", "Porto")]),
    ("Porto-based Northwind Labs disclosed the breach on Monday.", [("Porto", "supported", "Porto")]),
    ("Workers walked out at the plant in Fairfax, Kansas, at midnight.", [("Kansas", "contradicted", "Missouri")]),
    ("In Orvella, a village in the province of Tolda, a family of three died.", [("Tolda", "contradicted", "Brisa")]),
    ("In Orvella, a village in the province of Brisa, a family of three died.", [("Brisa", "supported", "Brisa")]),
    ("Lisbon-based Quill disclosed a breach too.", []),          # a thing no source places
    # told by its kind, as a source tells it
    ("The Lisbon-based developer of the game disclosed the breach.", [("Lisbon", "contradicted", "Porto")]),
    ("The Porto-based developer of the game disclosed the breach.", [("Porto", "supported", "Porto")]),
])
def test_a_thing_the_draft_places_elsewhere_is_contradicted(draft_frame, draft, verdicts):
    rows = draft_frame(SOURCES, draft)
    assert _verdicts(rows, "place") == verdicts


REGION = {"wire": "Date: 2024-05-04\n\nThe storm hit the port of Calvera on the coast of Riona state, the governor of "
                  "Riona state said.\n",
          "paper": "Date: 2024-05-04\n\nPower was cut to 500,000 homes in Riona state.\n"}


def test_a_place_inside_the_country_a_source_names_there_is_no_other_place(draft_frame):
    sources = {"wire": "Date: 2013-01-29\n\nThe death toll from a nightclub fire in southern Brazil rose to at least "
                       "234 after three more victims died.\n",
               "paper": "Date: 2013-01-29\n\nThe governor of Rio Grande do Sul state, a Brazilian farm state, promised "
                        "an inquiry.\n"}
    draft = ("The death toll from the fire in the southern Brazilian state of Rio Grande do Sul rose to at least 234 "
             "after three more victims died.")
    rows = draft_frame(sources, draft)
    assert "contradicted" not in rows["verdict"].tolist()


@pytest.mark.parametrize("draft, verdicts", [
    # a state no source names at all, where the one state they name is another
    ("The storm hit the port of Calvera in Tessa state on Friday.", [("Tessa", "contradicted", "Riona")]),
    ("The storm hit the port of Calvera in Riona state on Friday.", []),
    # the draft's region is named by a source, if not as the port's: nothing to say
    ("The storm hit the port of Calvera in Tessa state.", []),
])
def test_a_region_no_source_names_where_they_name_one_other(draft_frame, draft, verdicts):
    sources = dict(REGION)
    if draft.endswith("state.") and "Tessa" in draft:
        sources["radio"] = "Date: 2024-05-04\n\nRain also fell in Tessa state.\n"
    rows = draft_frame(sources, draft)
    assert _verdicts(rows, "place") == verdicts


@pytest.mark.parametrize("draft, verdicts", [
    # a neighbourhood no source names, where the one they name is another (spelt the other side's way)
    ("The wreck site lies in the Fishtown neighborhood, near rows of houses.",
     [("Fishtown", "contradicted", "Port Richmond")]),
    ("The wreck site lies in the Port Richmond neighborhood, near rows of houses.", []),
])
def test_a_neighbourhood_no_source_names_where_they_name_one_other(draft_frame, draft, verdicts):
    sources = {"wire": "Date: 2024-05-04\n\nThe site, in the Port Richmond neighbourhood, lies about 4 miles from "
                       "downtown.\n",
               "paper": "Date: 2024-05-04\n\nAll seven cars came off the tracks in a working-class area.\n"}
    rows = draft_frame(sources, draft)
    assert _verdicts(rows, "place") == verdicts


def test_a_kind_the_sources_place_in_two_places_gets_no_verdict(draft_frame):
    sources = {"wire": "Date: 2024-05-04\n\nThe London-based firm Elliptic traced the funds.\n",
               "paper": "Date: 2024-05-04\n\nA Dubai-based firm offered a bounty.\n"}
    rows = draft_frame(sources, "A Singapore-based firm traced the funds.")
    assert rows[rows["claim"] == "place"].empty


@pytest.mark.parametrize("draft, verdicts", [
    # "the ... firm": one of theirs, put where no source places anything
    ("The Singapore-based firm traced the funds.", [("Singapore", "contradicted")]),
    ("The London-based firm traced the funds.", [("London", "supported")]),
    ("The Dubai-based firm traced the funds.", [("Dubai", "supported")]),
])
def test_the_kind_placed_where_no_source_places_anything_is_contradicted(draft_frame, draft, verdicts):
    sources = {"wire": "Date: 2024-05-04\n\nThe London-based firm Elliptic traced the funds.\n",
               "paper": "Date: 2024-05-04\n\nA Dubai-based firm offered a bounty.\n"}
    rows = draft_frame(sources, draft)
    assert [(r.draft, r.verdict) for r in rows[rows["claim"] == "place"].itertuples()] == verdicts


@pytest.mark.parametrize("text, pairs", [
    ("“It is bad,” Harlow Securities analyst Mina Roth wrote in a note.", [("Mina Roth", "Harlow Securities")]),
    ("Tomas Lind, a storm researcher at Nordvik University, said the winds doubled.",
     [("Tomas Lind", "Nordvik University")]),
    ("University of Eastbay researcher Tomas Lind said so.", [("Tomas Lind", "University of Eastbay")]),
    ("Analysts expect the shares to recover.", []),
    # investigators and spokespeople speak for a body as analysts do
    ("Safety Board investigator Dana Ruiz said the brakes had failed.", [("Dana Ruiz", "Safety Board")]),
    ("Dana Ruiz, a spokeswoman for the Coast Guard, said the search went on.", [("Dana Ruiz", "Coast Guard")]),
    # a body's role with a possessive, before or after the person
    ("The Navy's director of salvage, Paul Hankins, said five pieces were found.", [("Paul Hankins", "Navy")]),
    ("Paul Hankins, the Coast Guard's director of salvage operations, said so.", [("Paul Hankins", "Coast Guard")]),
    # an office held for a body, capitalised or not, before or after the person
    ("Northshire Police Chief Constable Ian Dale said the arena was safe.", [("Ian Dale", "Northshire Police")]),
    ("Former Quillbank chief Ruth Amos, 62, takes over.", [("Ruth Amos", "Quillbank")]),
    ("Ian Dale, then chief constable of Northshire Police, spoke.", [("Ian Dale", "Northshire Police")]),
    ("Ruth Amos, Quillbank's chief executive, quit.", [("Ruth Amos", "Quillbank")]),
    ("U.S. Navy chief Mark Hale said so.", [("Mark Hale", "U.S. Navy")]),
    # a sentence's full stop ends the body; an office alone, or a political one, names no body
    ("The jet went to Lion Air in May. Lion Air Chief Executive Ed Sirait spoke.", [("Ed Sirait", "Lion Air")]),
    ("The Chief Executive Ruth Amos said so.", []),
    ("Prime Minister Ruth Amos said so.", []),
    # the head of an association, after the person or in lower case before; "President" before a name is a country's
    ("Jane Needham SC, president of the NSW Bar Association, said so.", [("Jane Needham SC", "NSW Bar Association")]),
    ("NSW Bar Association president Jane Needham said so.", [("Jane Needham", "NSW Bar Association")]),
    ("French President Ruth Amos said so.", []),
    # a body in lower case, up to the word saying what kind of body it is
    ("Yusuf Latif, a spokesman for the national search and rescue agency, said so.",
     [("Yusuf Latif", "national search and rescue agency")]),
])
def test_affiliation_pairs(text, pairs):
    assert [(person, org) for person, org, _, _ in affiliation_pairs(text)] == pairs


EXPERTS = {"wire": "Date: 2024-05-04\n\n“The damage is lasting,” Harlow Securities analyst Mina Roth wrote. "
                   "Safety Board investigator Dana Ruiz said the brakes had failed.\n",
           "paper": "Date: 2024-05-04\n\nTomas Lind, a storm researcher at Nordvik University, said the winds "
                    "doubled. The Navy's director of salvage, Paul Hankins, said five pieces were found. Northshire Police "
                    "chief constable Ian Dale said the arena was safe.\n",
           "radio": "Date: 2024-05-04\n\nAda Quill, president of the Northshire Bar Association, spoke.\n"}


@pytest.mark.parametrize("draft, verdicts", [
    # the person the sources quote, given another employer
    ("Greyfield analyst Mina Roth said the damage was lasting.", [("Greyfield", "contradicted", "Harlow Securities")]),
    ("Harlow Securities analyst Mina Roth said the damage was lasting.",
     [("Harlow Securities", "supported", "Harlow Securities")]),
    ("University of Eastbay researcher Tomas Lind said the winds doubled.",
     [("University of Eastbay", "contradicted", "Nordvik University")]),
    # a person no source gives an employer: nothing to check
    ("Greyfield analyst Ola Berg said the damage was lasting.", []),
    ("Transport Agency investigator Dana Ruiz said the brakes had failed.",
     [("Transport Agency", "contradicted", "Safety Board")]),
    ("Paul Hankins, the Coast Guard's director of salvage operations, said five pieces were found.",
     [("Coast Guard", "contradicted", "Navy")]),
    ("Eastport Police Chief Constable Ian Dale said the arena was safe.",
     [("Eastport Police", "contradicted", "Northshire Police")]),
    ("Ian Dale, chief constable of Northshire Police, said the arena was safe.",
     [("Northshire Police", "supported", "Northshire Police")]),

    # two bodies sharing a place's word are two bodies; the letters after a name leave the person one
    ("Ada Quill QC, president of the Law Society of Northshire, said the rules were fair.",
     [("Law Society of Northshire", "contradicted", "Northshire Bar Association")]),
    ("Ada Quill QC, president of the Northshire Bar Association, said the rules were fair.",
     [("Northshire Bar Association", "supported", "Northshire Bar Association")]),
])
def test_an_organisation_the_draft_gives_a_person_is_checked(draft_frame, draft, verdicts):
    rows = draft_frame(EXPERTS, draft)
    assert _verdicts(rows, "organisation") == verdicts


@pytest.mark.parametrize("text, pairs", [
    ("The injured were taken to the district hospital in Kestrel on Monday.", [("district hospital", "Kestrel")]),
    ("Relatives waited outside Saint Anne General Hospital in Dorval.", [("Saint Anne General Hospital", "Dorval")]),
    ("Pupils had left the Ferrante Alvise school in Norcia an hour earlier.", [("Ferrante Alvise school", "Norcia")]),
    ("Drones hit an oil depot in Belgorod overnight.", [("oil depot", "Belgorod")]),
    # a facility told only by its kind, or by a word any would have, says which one it is no more than "a hospital"
    ("The injured were taken to a hospital in Kestrel.", []),
    ("The injured were taken to the local hospital in Kestrel.", []),
    ("He was treated at the hospital in Kestrel.", []),
])
def test_facility_pairs(text, pairs):
    assert [(thing, place) for thing, place, _, _ in facility_pairs(text)] == pairs


@pytest.mark.parametrize("text, pairs", [
    # a sentence that opens with its town holds the named facility it names
    ("In Chico, dozens of families camped in a Walmart parking lot.", [("Walmart parking lot", "Chico")]),
    ("Power returned. In Chico, families camped at Bidwell Park Stadium for a week.",
     [("Bidwell Park Stadium", "Chico")]),
    # ... unless the facility is given a town of its own, or only its kind says which
    ("In Chico, families camped at the Walmart parking lot in Oroville.", [("Walmart parking lot", "Oroville")]),
    ("In Chico, families camped in a parking lot.", []),
    # a town in the middle of a sentence opens nothing
    ("Families in Chico camped in a Walmart parking lot.", []),
])
def test_facility_pairs_with_the_town_a_sentence_opens_with(text, pairs):
    assert [(thing, place) for thing, place, _, _ in facility_pairs(text, openings=True)] == pairs


FACILITIES = {"wire": "Date: 2024-05-04\n\nForty of the injured were taken to the district hospital in Kestrel, "
                      "officials said.\n\nThe roof of the Ferrante Alvise school in Norcia had been rebuilt in 2012.\n\n"
                      "In Kestrel, evacuees camped in a Walmart parking lot.\n",
              "paper": "Date: 2024-05-04\n\nPower was cut in Marlow and in Kestrel overnight.\n"}


@pytest.mark.parametrize("draft, verdicts", [
    # a known place, but not the one the sources put the facility in
    ("The injured were taken to the district hospital in Marlow.", [("Marlow", "contradicted", "Kestrel")]),
    ("The injured were taken to the district hospital in Kestrel.", [("Kestrel", "supported", "Kestrel")]),
    ("The Ferrante Alvise school in Marlow had been rebuilt in 2012.", [("Marlow", "contradicted", "Norcia")]),
    ("A clinic in Marlow took the rest.", []),                 # a facility no source places
    # the sources' town told by the sentence's opening
    ("Evacuees camped in a Walmart parking lot in Marlow.", [("Marlow", "contradicted", "Kestrel")]),
])
def test_a_facility_the_draft_places_elsewhere_is_contradicted(draft_frame, draft, verdicts):
    rows = draft_frame(FACILITIES, draft)
    assert _verdicts(rows, "place") == verdicts


@pytest.mark.parametrize("draft, verdicts", [
    # a body of another kind than the one a source gives in lower case
    ("Yusuf Latif, a spokesman for the national police, said the coast was clear.",
     [("national police", "contradicted", "national search and rescue agency")]),
    # the same body named shorter, and the same kind worded otherwise: not told apart
    ("Yusuf Latif, a spokesman for the national rescue agency, said the coast was clear.",
     [("national rescue agency", "supported", "national rescue agency")]),
    ("Yusuf Latif, a spokesman for the disaster mitigation agency, said the coast was clear.", []),
])
def test_a_body_in_lower_case_is_set_against_bodies_of_another_kind(draft_frame, draft, verdicts):
    sources = {"wire": "Date: 2024-05-04\n\nYusuf Latif, a spokesman for the national search and rescue agency, "
                       "said the coast was clear.\n",
               "paper": "Date: 2024-05-04\n\nBNPB spokesman Yusuf Latif said the coast was clear.\n"}
    rows = draft_frame(sources, draft)
    assert _verdicts(rows, "organisation") == verdicts
