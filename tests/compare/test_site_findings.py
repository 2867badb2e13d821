"""The one jail, prison, stadium or church a story names, named two ways (our own sentences)."""
import pytest

HELD = "The two brothers were taken to Marlow Road jail after their arrest on Friday."
HELD_AGAIN = "Police said the brothers remain in Marlow Road Central Jail pending a bail hearing."

CASES = [
    # one jail, named two ways: the sources cannot both be right
    ({"wire": HELD, "paper": HELD_AGAIN, "local": "The brothers are being held in Kestrel Hill jail, officials said."},
     "site:jail", {"Marlow Road jail", "Marlow Road Central Jail", "Kestrel Hill jail"}),
    ({"wire": "Daniel Ortiz was freed from Greystone Prison on compassionate grounds.",
      "paper": "Ortiz was driven from Harwick prison to the airport on Thursday."},
     "site:prison", {"Greystone Prison", "Harwick prison"}),
    ({"wire": "Families gathered at the Tolland Baptist Church near the mine entrance.",
      "paper": "Relatives waited for news in the Tolland Methodist Church all night."},
     "site:church", {"Tolland Baptist Church", "Tolland Methodist Church"}),
    # one name, written longer or shorter: agreed
    ({"wire": HELD, "paper": HELD_AGAIN}, None, None),
    # a source naming two jails tells of two: nothing to compare
    ({"wire": HELD, "paper": "One brother went to Marlow Road jail, the other to Kestrel Hill jail."}, None, None),
    # the other name written anywhere in the source: two sites, each told of
    ({"wire": "Daniel Ortiz was freed from Greystone Prison on compassionate grounds.",
      "paper": "Ortiz was driven from Harwick prison to the airport. He had spent a year in Greystone before."},
     None, None),
    # one of a town's, not a named one; a heading in capitals
    ({"wire": "Daniel Ortiz was freed from Greystone Prison on Thursday.",
      "paper": "Ortiz spent a decade in a Harwick prison before his release."}, None, None),
    ({"wire": "Daniel Ortiz was freed from Greystone Prison on Thursday.", "paper": "FREED FROM HARWICK PRISON"},
     None, None),
    # one name spelt two ways is the spellings check's
    ({"wire": "The quake damaged the Tinmal Mosque in the High Atlas.",
      "paper": "The Tinmel Mosque, a 12th-century landmark, was badly damaged."}, None, None),
    # the one accountancy firm a collapse is handed to, its kind written before its name
    ({"wire": "The court appointed special managers from accountancy firm Hallam Rowe.",
      "paper": "Special managers from the accountancy firm Dunmore were brought in by the court."},
     "site:accountancy firm", {"Hallam Rowe", "Dunmore"}),
    # ... where an auditor is another kind: a firm's auditor is not the administrators' firm
    ({"wire": "The court appointed special managers from accountancy firm Hallam Rowe.",
      "paper": "The company's auditor Dunmore signed off the accounts in March."}, None, None),
    # hospitals are no kind: the injured are spread over several
    ({"wire": "The injured were taken to Lister Hospital in Stevenage.",
      "paper": "Casualties were treated at the Queen Elizabeth II Hospital."}, None, None),
]


@pytest.mark.parametrize("texts, claim, names", CASES)
def test_the_one_site_of_its_kind_named_two_ways_is_a_conflict(checked, sole_conflict, texts, claim, names):
    mentions = sole_conflict(checked(texts, "2009-01-12"), "site:", claim)
    if mentions is not None:
        assert set(mentions["text"]) == names and mentions["sentence"].str.len().gt(0).all()
