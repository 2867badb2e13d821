"""Figures that belong to a name: a place's population, a company's staff. Mandalay's population is not
Myanmar's, so each named owner's figures are compared only with the same owner's."""
import pytest

import checker

from checker.claims.owners import owner_of

OWNER_CASES = [
    ("Derna, a city of about 90,000 people, bore the brunt of the flood.", "about 90,000", "derna"),
    ("The water swept through the port of Derna, home to some 125,000 inhabitants.", "some 125,000", "derna"),
    ("Mandalay has a population of more than 1.7 million, the census says.", "more than 1.7 million", "mandalay"),
    ("The population of Porto Alegre is about 1.3 million.", "about 1.3 million", "porto alegre"),
    ("Some 1.4 million people live in Porto Alegre, the state capital.", "Some 1.4 million", "porto alegre"),
    ("Mandalay, Myanmar's former royal capital, is home to about 1.5 million people.", "about 1.5 million",
     "mandalay"),
    ("In Mandalay, a city of more than 1.7 million people, three mosques collapsed.", "more than 1.7 million",
     "mandalay"),
    ("Mandalay's population of 1.5 million has slept outdoors.", "1.5 million", "mandalay"),
    ("The building, one of the longest on the embankment, was home to nearly 1,700 people.", "nearly 1,700",
     "the building"),
    ("The city's 90,000 inhabitants were told to leave.", "90,000", ""),
    # a place the city lies to the west of is where it is, not whose people they are
    ("The army blew up a dam in Luoyang, a city of 7 million to the west of Zhengzhou.", "7 million",
     "luoyang"),
    # a month or a day before the figure says when, not whose
    ("In April a census put its population at 1.2 million.", "1.2 million", ""),
    ("On Tuesday the town, home to 40,000 people, was cut off.", "40,000", ""),
]


@pytest.mark.parametrize("sentence, figure, owner", OWNER_CASES)
def test_owner_of_a_figure(mention_at, sentence, figure, owner):
    mention, doc = mention_at(sentence, figure, lambda m: m.claim == "population")
    assert owner_of(doc, mention) == owner


def _findings(tmp_path, texts):
    for i, text in enumerate(texts):
        (tmp_path / f"s{i}.txt").write_text("Date: 2023-09-14\n\n" + text + "\n", encoding="utf-8")
    return checker.check(tmp_path)


def test_two_places_populations_are_never_compared(tmp_path):
    result = _findings(tmp_path, [
        "Derna, a city of about 90,000 people, was hit hardest. Libya has a population of about 7 million.",
        "The flood swept through Derna, home to about 125,000 inhabitants.",
        "Libya, a country of some 6.8 million people, declared three days of mourning.",
    ])
    rows = result.findings.set_index("claim")
    assert rows.loc["population:derna", "status"] == "conflict"
    assert rows.loc["population:libya", "status"] != "conflict"
    derna = result.mentions[result.mentions.claim == "population:derna"]
    assert sorted(derna.text) == ["about 125,000", "about 90,000"]


def test_one_named_place_keeps_every_figure_in_one_claim(tmp_path):
    result = _findings(tmp_path, [
        "Derna, a city of about 90,000 people, was hit hardest.",
        "The flood swept through the city's 125,000 inhabitants.",
    ])
    population = result.mentions[result.mentions.claim.str.startswith("population")]
    assert set(population.claim) == {"population"}
    assert result.findings.set_index("claim").loc["population", "status"] == "conflict"


# each owner's figure of a rule split by name: (texts, the rule, the owner the sources disagree on, the one they
# agree on)
OWNED_SUMS = [
    (["Japan pledged $10 million in emergency aid to the flood victims. Australia pledged $2 million in aid.",
      "Japan pledged $12 million in emergency aid for the survivors of the floods.",
      "Australia pledged $2 million in humanitarian aid on Thursday."], "aid_pledged", "japan", "australia"),
    (["Nomura said it faced losses of about $2 billion. Credit Suisse reported losses of $4.7 billion.",
      "Nomura put its losses at $2.9 billion after the fund collapsed.",
      "Credit Suisse reported losses of $4.7 billion from the collapse."], "damage_cost", "nomura", "credit suisse"),
]


@pytest.mark.parametrize("texts, rule, apart, alike", OWNED_SUMS, ids=[c[1] for c in OWNED_SUMS])
def test_two_owners_sums_are_never_compared(tmp_path, texts, rule, apart, alike):
    result = _findings(tmp_path, texts)
    rows = result.findings.set_index("claim")
    assert rows.loc[f"{rule}:{apart}", "status"] == "conflict"
    assert rows.loc[f"{rule}:{alike}", "status"] == "agree"
    assert not result.findings["claim"].eq(rule).any()


def test_one_country_named_two_ways_is_one_owner(tmp_path):
    # "Britain" and "The UK": one donor, whose two figures are compared; Japan's pledge stays apart
    result = _findings(tmp_path, [
        "Britain has pledged £12m in aid. Japan pledged $1 million in aid.",
        "The UK government has pledged £22m in aid to the flood victims.",
    ])
    rows = result.findings.set_index("claim")
    assert rows.loc["aid_pledged:britain", "status"] == "conflict"
    assert sorted(result.mentions[result.mentions.claim == "aid_pledged:britain"].text) == ["£12m", "£22m"]
    assert "aid_pledged:uk" not in rows.index


@pytest.mark.parametrize("sentence, figure, owner", [
    # the possessive's noun is the figure's own ("the UK's total contribution to £15m")
    ("Japan announced $2m more in aid, taking the UK's total contribution to £15m.", "£15m", "britain"),
    # ... not when the noun is another thing the figure is told of
    ("Norway's former prime minister pledged $3m in aid.", "$3m", ""),
])
def test_owner_of_a_pledge(mention_at, sentence, figure, owner):
    mention, doc = mention_at(sentence, figure, lambda m: m.claim == "aid_pledged")
    assert owner_of(doc, mention) == owner
