"""A building's height in storeys is told once by each outlet, in its own spelling and its own word for the building
("12-story condominium building", "13-storey block"): one fact (our sentences)."""
import pytest

import checker


@pytest.mark.parametrize("a, b, status", [
    ("A wing of the 12-story beachfront condominium came down before dawn on Thursday, killing four people.",
     "Part of the 13-storey block collapsed as residents slept, officials said.", "conflict"),
    ("A wing of the 12-story beachfront condominium came down before dawn on Thursday, killing four people.",
     "Part of the 12-storey block collapsed as residents slept, officials said.", "agree"),
    ("Fire tore through the nine-storey garment factory on the edge of the capital overnight.",
     "The blaze broke out in a seven-story factory building late on Saturday.", "conflict"),
])
def test_storeys_of_one_building_are_one_fact(tmp_path, a, b, status):
    assert _statuses(tmp_path, a, b) == {status}


def test_groups_of_other_things_stay_apart(tmp_path):
    # a crew's size and a panel's are two facts, though each is a compound count told once
    assert _statuses(tmp_path, "The three-member crew ditched the helicopter off the coast on Monday.",
                     "A five-member panel will review the ditching, the ministry said.") == set()


def _statuses(folder, a: str, b: str) -> set[str]:
    (folder / "a.txt").write_text(f"Date: 2023-08-09\n\n{a}\n", encoding="utf-8")
    (folder / "b.txt").write_text(f"Date: 2023-08-09\n\n{b}\n", encoding="utf-8")
    found = checker.check(folder).findings
    return set(found.loc[found["claim"].str.startswith("auto:"), "status"])
