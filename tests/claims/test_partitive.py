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
