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
    # its headquarters told in a clause after its name
    ({"wire": "Northern Rock, which has its headquarters in Sunderland, ran short of funds.",
      "paper": "Northern Rock, headquartered in Gosforth, went to the central bank."}, {"based:northern_rock": "conflict"}),
    # a town and its state before the kind of thing, AP style or with "-based"
    ({"wire": "The Boulder, Colorado, company was valued at $4 billion.",
      "paper": "The Denver, Colorado-based company was valued at $4 billion."}, {"based:company": "conflict"}),
    ({"wire": "The Boulder, Colorado, company was valued at $4 billion.",
      "paper": "The Boulder-based company was valued at $4 billion."}, {"based:company": "agree"}),
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


def _located(findings):
    rows = findings[findings["claim"].str.startswith("in:")]
    return {row.claim: (row.status, row.values) for row in rows.itertuples()}


@pytest.mark.parametrize("texts, expected", [
    # a named facility in two towns
    ({"wire": "Evacuees slept at the War Memorial Gymnasium in Wailuku on Thursday.",
      "paper": "About 300 people stayed at the War Memorial Gymnasium in Kahului."},
     {"in:war_memorial_gymnasium": ("conflict", {"wire": "Wailuku", "paper": "Kahului"})}),
    ({"wire": "The verdict was read at the High Court in Pretoria on Friday.",
      "paper": "Judge Masipa read the verdict at the High Court in Johannesburg."},
     {"in:high_court": ("conflict", {"wire": "Pretoria", "paper": "Johannesburg"})}),
    # the same town, or a town and the country or state that holds it: no claim of a conflict
    ({"wire": "He was operated on at the F. D. Roosevelt University Hospital in Banska Bystrica. The surgery took "
              "five hours.",
      "paper": "He is at the F. D. Roosevelt University Hospital in Banska Bystrica, the nearest trauma centre."},
     {"in:f_d_roosevelt_university_hospital": ("agree", {"wire": "Banska Bystrica", "paper": "Banska Bystrica"})}),
    ({"wire": "Evacuees slept at the War Memorial Gymnasium in Wailuku.",
      "paper": "Others went to the War Memorial Gymnasium in Wailuku, officials said."},
     {"in:war_memorial_gymnasium": ("agree", {"wire": "Wailuku", "paper": "Wailuku"})}),
    ({"wire": "He was treated at the Saiful Anwar General Hospital in Malang.",
      "paper": "He was treated at the Saiful Anwar General Hospital in Indonesia."}, {}),
    # one city's two names
    ({"wire": "Pilgrims prayed at the Grand Mosque in Mecca.", "paper": "Pilgrims prayed at the Grand Mosque in "
                                                                        "Makkah."},
     {"in:grand_mosque": ("agree", {"wire": "Mecca (Makkah)", "paper": "Makkah"})}),
    # an unnamed facility ("a hospital in", "the civil hospital in") may be any: no claim
    ({"wire": "Ten were taken to a hospital in Wailuku.", "paper": "Ten were taken to a hospital in Kahului."}, {}),
    ({"wire": "Ten were taken to the civil hospital in Wailuku.", "paper": "Ten were taken to the civil hospital "
                                                                            "in Kahului."}, {}),
])
def test_where_a_named_facility_is(checked, texts, expected):
    assert _located(checked(texts, "2023-08-10").findings) == expected


@pytest.mark.parametrize("texts, expected", [
    # one town, two provinces
    ({"wire": "The worst hit was Posoltega, a farming town in Chinandega province, where a slope gave way.",
      "paper": "Rescuers reached the town of Posoltega in Leon province on Monday."},
     {"in:posoltegas_province": ("conflict", {"wire": "Chinandega", "paper": "Leon"})}),
    ({"wire": "Shelling hit Kostiantynivka, in the Donetsk region, overnight.",
      "paper": "Kostiantynivka, in the Kharkiv region, was shelled overnight."},
     {"in:kostiantynivkas_region": ("conflict", {"wire": "Donetsk", "paper": "Kharkiv"})}),
    # told alike, in two forms
    ({"wire": "The worst hit was Posoltega, a farming town in Chinandega province.",
      "paper": "Posoltega, in the province of Chinandega, lost most of its people."},
     {"in:posoltegas_province": ("agree", {"wire": "Chinandega", "paper": "Chinandega"})}),
    # a district inside a state is no other place: the kinds differ, no claim
    ({"wire": "The train derailed near Bahanaga in Balasore district on Friday.",
      "paper": "The train derailed near Bahanaga in Odisha state on Friday."}, {}),
])
def test_where_a_town_is(checked, texts, expected):
    assert _located(checked(texts, "1998-11-02").findings) == expected
