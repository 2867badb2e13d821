"""Slots: the same words around a name in several sources (our own sentences)."""
import pytest

import checker

# (sources, the slot's claim, its status); every source is a file of its own
CASES = [
    # where a thing befell the story's subject: "capsized near", "ran aground off"
    ({"a": "Last Thursday, three boats carrying Rohingya capsized near St. Martin's Island, police said.",
      "b": "On Thursday, two boats packed with Rohingyas capsized near Shah Porir Dwip in Teknaf."},
     "who:capsized_near", "conflict"),
    # the hospital a person was taken to, however fast ("rushed to", "airlifted to"), an abbreviated "St." in its name
    ({"a": "The driver was rushed to St. Luke's Hospital in Harlow, police said.",
      "b": "The driver was taken to Princess Alexandra Hospital with head injuries."},
     "who:taken_to", "conflict"),
    ({"a": "The driver was airlifted to St. Luke's Hospital in Harlow, police said.",
      "b": "The driver was taken to St. Luke's in Harlow with head injuries."},
     "who:taken_to", "agree"),
    # where the story's person lived
    ({"a": "Mateen, 29, was a security guard. He lived in Fort Pierce, about 125 miles from Orlando.",
      "b": "Mateen, 29, was born in New York. He lived in Port St Lucie with his wife and son."},
     "who:lived_in", "conflict"),
    ({"a": "The Marine Accident Bureau is leading the investigation into the sinking, officials said.",
      "b": "The Hellenic Coast Guard, which is leading the investigation, declined to comment on the cause."},
     "who:is_leading_the", "conflict"),
    ({"a": "The Airbus A320 was bound for Lisbon when the crew declared an emergency over the bay.",
      "b": "The jet, bound for Porto, turned back twenty minutes after take-off."},
     "who:bound_for", "conflict"),
    # one name written two ways: the words of one are among the other's, company suffixes aside
    ({"a": "The freighter, which was bound for Colombo, lost power minutes after leaving the harbour.",
      "b": "The ship was bound for Colombo in Sri Lanka and carried 4,700 containers."},
     "who:bound_for", "agree"),
    # a place's kind ("International Airport") and its city ("Sao Paulo's") aside
    ({"a": "The plane, which was bound for Guarulhos International Airport, crashed at 1:22 p.m.",
      "b": "The turboprop was bound for Sao Paulo's Guarulhos when it lost altitude."},
     "who:bound_for", "agree"),
    ({"a": "The vessel is owned by Grace Ocean Pte Ltd and was chartered for the voyage.",
      "b": "The vessel is owned by Grace Ocean Private Limited, a Singapore company."},
     "who:owned_by", "agree"),
    ({"a": "The march was organised by the Confederation of Labour and drew workers from every region.",
      "b": "The march, organised by the Federation of Teachers, ended peacefully."},
     "who:organised_by", "conflict"),
    # who did what the story tells of: installed, offered, rescued by
    ({"a": "The cladding panels were installed by Harlow Facades, working for the main contractor.",
      "b": "The panels, installed by Orsay Exteriors in 2016, had a plastic core."},
     "who:installed_by", "conflict"),
    ({"a": "Fourteen people were rescued by the Coast Guard after jumping into the sea.",
      "b": "The survivors, rescued by the Coast Guard, were taken to the harbour."},
     "who:rescued_by", "agree"),
    # the body in a role to the story's firm or plant, told by the role or by its verb; a name and its initials
    ({"a": "The firm said its auditor, Ernst & Young, could not confirm that the cash existed.",
      "b": "Hours later the company's auditor EY refused to sign off the accounts."},
     "who:auditor", "agree"),
    ({"a": "The plant's operator, Kessel Electric Power, said water levels had fallen.",
      "b": "Norland Electric Power, which operates the plant, said the reactor was intact."},
     "who:operator", "conflict"),
    # a country or state holds the town another source names: no other place; two towns still differ
    ({"a": "The family lived in Pavia, about 35 kilometres south of Milan.",
      "b": "The Biran family, who lived in Italy, lost five members in the crash.",
      "c": "The family lived in Pavia, where the father was a medical student."},
     "who:lived_in", "agree"),
    ({"a": "The family lived in Pavia, about 35 kilometres south of Milan.",
      "b": "The Biran family, who lived in Italy, lost five members in the crash.",
      "c": "The family lived in Varese, where the father was a medical student."},
     "who:lived_in", "conflict"),
    # a country named for its city is that city ("bound for Singapore" is a port)
    ({"a": "The ship was bound for Colombo with 4,700 containers.", "b": "The vessel was bound for Singapore."},
     "who:bound_for", "conflict"),
    # where a person was born
    ({"a": "Merz, who was born in Brilon in 1955, trained as a lawyer.",
      "b": "The conservative leader, born in Arnsberg, has never held a ministerial post."},
     "who:born_in", "conflict"),
    # where a person comes from; two people from two towns are no conflict
    ({"a": "Police say Cauchi, who was originally from Townsville, had moved to Sydney a month earlier.",
      "b": "Cauchi, originally from Toowoomba, had moved to Sydney in March."},
     "who:originally_from", "conflict"),
    ({"a": "Police say Cauchi, who was originally from Townsville, had moved to Sydney a month earlier.",
      "b": "Ms Good, originally from Toowoomba, was a mother of a newborn."},
     "who:originally_from", None),
    # the year a thing was founded, built or opened
    ({"a": "Founded in 2018, the exchange now serves 60 million users.",
      "b": "The exchange, founded in 2019, moved its headquarters to Dubai."}, "when:founded_in", "conflict"),
    ({"a": "The bridge was built in 1879 under colonial rule.",
      "b": "The 230m bridge, built in 1879, reopened in October."}, "when:built_in", "agree"),
    # a town placed in two regions; an abbreviation and the region's name are one region
    ({"a": "The train was hauling freight from Madison, Illinois, to Conway, Pennsylvania, when it derailed.",
      "b": "The train, pulling 150 wagons from Madison, Ind., to Conway, Pa., came off the rails."},
     "where:madison", "conflict"),
    ({"a": "The train was hauling freight from Madison, Illinois, to Conway, Pennsylvania, when it derailed.",
      "b": "The train, pulling 150 wagons from Madison, Ind., to Conway, Pa., came off the rails."},
     "where:conway", "agree"),
    ({"a": "In East Harlow, Ohio, residents were told to leave.", "b": "Residents of East Harlow, Ohio were evacuated."},
     "where:east_harlow", "agree"),
    # one person by her title and a short form of her given name; two people of one surname are two
    ({"a": "President Corazon Aquino called the sinking a national tragedy.",
      "b": "Then-President Cory Aquino called the sinking a tragedy."}, "who:called_the_sinking", "agree"),
    ({"a": "President Corazon Aquino called the sinking a national tragedy.",
      "b": "Senator Benigno Aquino called the sinking a tragedy."}, "who:called_the_sinking", "conflict"),
    # two things led, each by its own leader: no slot of one thing ("Reform UK" / "Liberal Democrats")
    ({"a": "The right-wing Reform UK, led by Nigel Farage, won five seats.",
      "b": "The centrist Liberal Democrats, led by Ed Davey, won 71 seats."}, "who:led_by", None),
    ({"a": "The Green Party, led by Carla Denyer, won four seats.",
      "b": "The Greens, led by Adrian Ramsay, took four seats."}, "who:led_by", "conflict"),
]


@pytest.mark.parametrize("sources, claim, status", CASES)
def test_a_slot_filled_by_the_sources(tmp_path, sources, claim, status):
    for name, text in sources.items():
        (tmp_path / f"{name}.txt").write_text("Date: 2024-05-02\n\n" + text + "\n", encoding="utf-8")
    findings = checker.check(tmp_path).findings
    assert dict(zip(findings["claim"], findings["status"])).get(claim) == status


def test_words_every_outlet_uses_of_many_names_are_no_slot(tmp_path):
    """'according to' and a slot a source fills twice say nothing of what a name is in the story."""
    (tmp_path / "a.txt").write_text("The toll rose to 40, according to Reuters. The ship was bound for Lisbon, "
                                    "and a second ship was bound for Porto.\n", encoding="utf-8")
    (tmp_path / "b.txt").write_text("The toll rose to 40, according to the Red Cross. The ship was bound for Vigo.\n",
                                    encoding="utf-8")
    claims = set(checker.check(tmp_path).findings["claim"])
    assert not {c for c in claims if c.startswith("who:")}


# what befell a thing, told of another thing: "the Seohae ferry" is not the Sewol
OTHER_SUBJECTS = [
    {"a": "The deadliest disaster since the Seohae ferry capsized off Buan in 1993, killing 292.",
     "b": "The passenger ship Sewol, which capsized off Jindo on 16 April, carried 476 people."},
]


@pytest.mark.parametrize("sources", OTHER_SUBJECTS)
def test_a_slot_told_of_two_things_named_apart_is_no_claim(tmp_path, sources):
    for name, text in sources.items():
        (tmp_path / f"{name}.txt").write_text(f"Date: 2014-04-20\n\n{text}\n", encoding="utf-8")
    claims = set(checker.check(tmp_path).findings["claim"])
    assert not any(c.startswith("who:") for c in claims)
