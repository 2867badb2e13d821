"""A figure no rule took and no open figure paired with joins the rule's claim it tells (our own sentences)."""
import pytest

import checker

# (source a, source b, the figure a rule reads in a, b's figure in words no rule's cues hold, the rule's claim)
JOINED = [
    ("About 200 police officers were deployed around the courthouse on Thursday.",
     "Some 250 police officers and gendarmes were on duty around the courthouse on Thursday, the prefecture said.",
     "About 200", "Some 250", "troops"),
    ("At least 17 people were rescued from the water off the harbour wall on Tuesday.",
     "Boats picked up 14 people from the water off the harbour wall on Tuesday.", "At least 17", "14", "rescued"),
    ("More than 1,300 people had been evacuated from the flooded towns on the left bank by Wednesday.",
     "Some 1,600 people had been taken out of the flooded towns on the left bank by Wednesday, Saldo said.",
     "More than 1,300", "Some 1,600", "displaced"),
    ("The fire killed 12 people at the care home in the north of the city.",
     "Twelve residents of the care home in the north of the city lost their lives, and 14 others were hurt.",
     "12", "Twelve", "deaths"),
    # a claim a facet split, joined by a figure that names the facet
    ("All 259 passengers and crew were killed, along with 11 people on the ground. Of the dead, 189 were Americans, "
     "including students returning from study abroad.",
     "The victims came from 21 countries. They included 190 Americans and 43 Britons, among them 35 students "
     "heading home for Christmas.", "189", "190", "deaths:american"),
]

# (a, b, b's figure, the rule's claim it must not join)
APART = [
    # another party's figure: Lyon's arrests are not Paris's
    ("Police said 80 people were arrested in Paris after the clashes near the stadium on Saturday.",
     "In Lyon, officers held 95 people after the clashes near the stadium on Saturday night.", "95", "arrested"),
    # the source states the rescued already: its other figure is another fact
    ("At least 17 people were rescued from the water off the harbour wall on Tuesday.",
     "Coastguards said 15 people were rescued. Boats picked up 14 people from the water off the harbour wall on "
     "Tuesday.", "14", "rescued"),
    # a figure far from the claim's is another fact, however alike the words
    ("At least 17 people were rescued from the water off the harbour wall on Tuesday.",
     "Boats picked up 40 people from the water off the harbour wall on Tuesday.", "40", "rescued"),
    # a figure that does not name the facet a claim was split by
    ("All 259 passengers and crew were killed, along with 11 people on the ground. Of the dead, 189 were Americans, "
     "including students returning from study abroad.",
     "The victims came from 21 countries. They included 190 students heading home for Christmas.", "190",
     "deaths:american"),
]


def _claims(tmp_path, a, b):
    for name, text in (("a", a), ("b", b)):
        (tmp_path / f"{name}.txt").write_text("Date: 2024-03-02\n\n" + text + "\n", encoding="utf-8")
    mentions = checker.check(tmp_path).mentions
    return {(row.source, row.text, row.claim) for row in mentions.itertuples()}


@pytest.mark.parametrize("a, b, in_a, in_b, claim", JOINED)
def test_a_leftover_figure_joins_the_rules_claim_it_tells(tmp_path, a, b, in_a, in_b, claim):
    claims = _claims(tmp_path, a, b)
    assert ("a", in_a, claim) in claims and ("b", in_b, claim) in claims


@pytest.mark.parametrize("a, b, in_b, claim", APART)
def test_a_leftover_of_another_fact_stays_out(tmp_path, a, b, in_b, claim):
    assert ("b", in_b, claim) not in _claims(tmp_path, a, b)
