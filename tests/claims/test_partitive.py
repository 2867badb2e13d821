"""A part of a group told with a number word ("Two of them, ...") is a count, and reading it never fails."""
import pytest

import checker


@pytest.mark.parametrize("sentence", [
    "Four men took part, police said. Two of them, wearing yellow vests, climbed to a balcony and broke into the "
    "gallery. Inside, they smashed three display cases.",
    "Four men took part. Two of them, wearing yellow vests, were arrested on Sunday.",
    "Four men took part. Two of them were arrested on Sunday.",
    "Four men took part and police arrested two of them.",
])
def test_a_part_of_a_group_is_read_and_the_source_is_not_lost(tmp_path, sentence):
    for name in ("wire", "paper"):
        (tmp_path / f"{name}.txt").write_text(f"Date: 2025-10-26\n\n{sentence}\n", encoding="utf-8")
    result = checker.check(tmp_path)
    assert result.problems == []
    figures = result.mentions[result.mentions["text"].str.lower().str.contains("two")]
    assert sorted(figures["source"].unique()) == ["paper", "wire"]


def test_a_toll_risen_to_in_a_reported_clause_is_the_toll_not_the_injured():
    from checker.claims.document import read_document
    from checker.claims.extract import _settle_contests
    from checker.claims.kinds import READERS
    from checker.claims.rules import load_rules
    from checker.sources.load import Source
    rules = load_rules()
    doc = read_document(Source("wire", "wire.txt", "The disaster headquarters said on Monday, Nov. 14, that the death "
                               "toll had risen to 158 after a woman died, and that 196 people had been injured.", None))
    read = {m.text: m.claim for m in _settle_contests([m for r in rules for m in READERS[r.kind](r, doc)])}
    assert read["158"] == "deaths" and read["196"] == "injured"


@pytest.mark.parametrize("sentence, whole, claim", [
    # the six are the crew, the five of them the dead
    ("Five of the six crew of the coast guard plane were killed.", "six", None),
    ("The airliner hit the coast guard plane, killing five of the six crew on board.", "six", "on_board"),
    # words inside the whole's own noun phrase are its own
    ("Five of the 379 people on board were injured.", "379", "on_board"),
    # the whole's owner between: the 300 are the residents, the 40 of them the dead
    ("In Marren, 40 of the village's 300 residents died.", "300", None),
    ("In Marren, 40 of Marren's 300 residents died.", "300", None),
])
def test_the_whole_of_a_part_takes_no_claim_from_what_the_part_did(tmp_path, sentence, whole, claim):
    (tmp_path / "wire.txt").write_text(f"Date: 2024-01-03\n\n{sentence}\n", encoding="utf-8")
    mentions = checker.check(tmp_path).mentions
    claims = set(mentions[mentions["text"] == whole]["claim"])
    assert not any(c.startswith(("deaths", "injured")) for c in claims)
    if claim:
        assert claim in claims


@pytest.mark.parametrize("wire, paper", [
    ("Eleven of the 13 people shot were Black, officials said.", "Officials said 10 of the 13 people shot were Black."),
    ("Three of the 40 passengers were still in hospital.", "Five of the 40 passengers were still in hospital."),
])
def test_a_part_no_rule_names_is_compared_with_parts_and_kept_from_its_whole(checked, wire, paper):
    result = checked({"wire": wire, "paper": paper})
    mentions = result.mentions.set_index(["source", "text"])["claim"]
    parts = {mentions[("wire", wire.split()[0])], mentions[("paper", paper.split(" of the ")[0].split()[-1])]}
    wholes = set(result.mentions[result.mentions["text"].isin(["13", "40"])]["claim"])
    assert len(parts) == 1 and not parts & wholes                 # the parts one claim, the wholes another
    findings = result.findings.set_index("claim")["status"]
    assert findings[parts.pop()] == "conflict"
