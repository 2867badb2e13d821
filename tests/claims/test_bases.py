"""Where the sources say a thing is based, compared across them (our own sentences)."""
import pytest

import checker


def _based(tmp_path, texts):
    for name, text in texts.items():
        (tmp_path / f"{name}.txt").write_text(f"Date: 2024-07-20\n\n{text}\n", encoding="utf-8")
    findings = checker.check(tmp_path).findings
    rows = findings[findings["claim"].str.startswith("based:")]
    return {row.claim: row.status for row in rows.itertuples()}


@pytest.mark.parametrize("texts, expected", [
    # one company, two cities
    ({"wire": "Hackers drained Pune-based Korvex of $40 million on Friday.",
      "paper": "Korvex, the Chennai-based exchange, paused withdrawals."}, {"based:korvex": "conflict"}),
    # told alike, by name and with a company suffix
    ({"wire": "Hackers drained Pune-based Korvex Ltd of $40 million.", "paper": "Pune-headquartered Korvex paused."},
     {"based:korvex": "agree"}),
    # the story's thing told by its kind: "the ... exchange" in each
    ({"wire": "The Pune-based exchange lost $40 million.", "paper": "The Chennai-based exchange paused withdrawals."},
     {"based:exchange": "conflict"}),
    # "a ... firm" may be any firm: two firms, no claim
    ({"wire": "A Pune-based firm traced the funds.", "paper": "A Chennai-based firm offered a bounty."}, {}),
    # a country holds the town: not two places
    ({"wire": "Hackers drained Pune-based Korvex on Friday.", "paper": "India-based Korvex paused withdrawals."}, {}),
    # a town's region is claimed elsewhere, not here
    ({"wire": "Workers walked out in Fairfax, Missouri.", "paper": "Workers walked out in Fairfax, Kansas."}, {}),
    # one source placing two exchanges: two things of one kind, no claim of them
    ({"wire": "The Pune-based exchange lost money, and the Delhi-based exchange did not.",
      "paper": "The Chennai-based exchange paused withdrawals."}, {}),
])
def test_where_a_thing_is_based(tmp_path, texts, expected):
    assert _based(tmp_path, texts) == expected
