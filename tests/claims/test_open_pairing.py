"""Figures no rule names, paired across sources by what the words around them say (our own sentences)."""
import pytest

import checker

# (source a, source b, the figure in a, the figure in b): one claim between them
PAIRED = [
    ("The chipmaker said on Monday it will acquire rival Norlith Systems for $12.4 billion in cash, its largest "
     "deal ever.",
     "The chipmaker has agreed to buy Norlith Systems for $14bn, the biggest purchase in its history.",
     "$12.4 billion", "$14bn"),
    ("Norlith shares rose 20% on the news.", "Shares in Norlith jumped 21 per cent.", "20%", "21 per cent"),
    ("The founder owns 2.8 million shares of the company, according to filings.",
     "The founder holds about 3.9 million shares in the company.", "2.8 million", "about 3.9 million"),

    # who reports a figure is not whose figure it is
    ("Varga stands to collect around $375 million from selling his shares in the company.",
     "He stands to collect about $390 million, the Daily Courier reported.",
     "around $375 million", "about $390 million"),
]

# figures that must not share a claim
APART = [
    # a name after the figure belongs to the next clause's figure
    ("Ana Ruiz polled 6,984,520 votes, while Tomas Berg came third.", "Tomas Berg won 6,101,533 votes.",
     "6,984,520", "6,101,533"),
    # ", and" starts the next figure's clause: the 5% is Kessler's and Norvane's, not Ubisoft's
    ("Kessler and Norvane rose around 5 percent, and Ubisoft surged on the news.",
     "Ubisoft shares rose 9% on the news.", "around 5 percent", "9%"),
]


def _claims(tmp_path, a, b):
    (tmp_path / "a.txt").write_text("Date: 2024-03-02\n\n" + a + "\n", encoding="utf-8")
    (tmp_path / "b.txt").write_text("Date: 2024-03-02\n\n" + b + "\n", encoding="utf-8")
    mentions = checker.check(tmp_path).mentions
    return {(row.source, row.text): row.claim for row in mentions.itertuples()}


@pytest.mark.parametrize("a, b, in_a, in_b", PAIRED)
def test_figures_worded_apart_are_one_claim(tmp_path, a, b, in_a, in_b):
    claims = _claims(tmp_path, a, b)
    assert ("a", in_a) in claims and claims[("a", in_a)] == claims.get(("b", in_b))


@pytest.mark.parametrize("a, b, in_a, in_b", APART)
def test_other_facts_are_not_one_claim(tmp_path, a, b, in_a, in_b):
    claims = _claims(tmp_path, a, b)
    assert claims.get(("a", in_a)) is None or claims.get(("a", in_a)) != claims.get(("b", in_b))
