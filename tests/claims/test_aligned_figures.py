"""A figure put for another in the same place of two nearly identical sentences is a finding, and a draft figure
so retold is contradicted (our sentences)."""
import pytest

import checker

RESULT = ("The governor won 8,794,726 votes. Former minister Ada Obi of the Peoples Party came second with {obi} "
          "votes, while Musa Bello of the Labour Party was third with 6,101,533.")
OTHER = "The commission declared the governor the winner early on Wednesday, after four days of counting."


def _write(folder, texts):
    for name, text in texts.items():
        (folder / f"{name}.txt").write_text(f"Date: 2024-05-04\n\n{text}\n", encoding="utf-8")


@pytest.mark.parametrize("draft_figure, verdict", [
    ("6,948,520", "contradicted"),      # two digits swapped
    ("6,984,520", "supported"),
])
def test_a_draft_figure_in_a_retold_sentence_is_judged_by_the_figure_in_its_place(tmp_path, draft_figure, verdict):
    _write(tmp_path, {"wire": RESULT.format(obi="6,984,520"), "paper": OTHER})
    draft = tmp_path.parent / "draft.txt"
    draft.write_text(f"Date: 2024-05-04\n\nTurnout was the lowest in years. {RESULT.format(obi=draft_figure)}\n",
                     encoding="utf-8")
    rows = checker.check(tmp_path, draft=draft).draft
    mine = rows[rows["draft"] == draft_figure]
    assert list(mine["verdict"]) == [verdict]
    if verdict == "contradicted":
        assert mine["contradicted_by"].iloc[0] == ["wire"] and "6,984,520" in mine["sources_say"].iloc[0]


def _aligned_row(folder, texts: dict[str, str], status: str | None):
    """The story's one aligned-sentences finding, of this status; None (and no such finding) when status is."""
    _write(folder, texts)
    findings = checker.check(folder).findings
    aligned = findings[findings["claim"].str.startswith("aligned:")]
    if status is None:
        assert aligned.empty
        return None
    assert aligned.iloc[0]["status"] == status
    return aligned.iloc[0]


@pytest.mark.parametrize("figures, status", [
    (("6,984,520", "6,948,520", "6,984,520"), "conflict"),
    (("about 7 million", "6,984,520", "6,984,520"), None),    # compatible: no claim of this kind
])
def test_sources_whose_sentences_differ_only_in_a_figure(tmp_path, figures, status):
    row = _aligned_row(tmp_path, {name: RESULT.format(obi=figure)
                                  for name, figure in zip(("wire", "paper", "agency"), figures)}, status)
    if row is not None:
        assert row["disagree"] == ["paper"]
        assert row["label"] == "aligned sentences: 6,984,520 / 6,948,520"


VISIT = ("The prime minister made an unannounced visit to the port city on {day}, meeting rescue crews and "
         "families of the missing sailors.")


@pytest.mark.parametrize("days, status, values", [
    (("Saturday", "Sunday"), "conflict", {"wire": "Saturday", "paper": "Sunday"}),
    (("Saturday, May 4", "Friday, May 3"), "conflict", {"wire": "2024-05-04", "paper": "2024-05-03"}),
    (("Saturday", "Saturday"), None, None),
])
def test_aligned_sentences_giving_two_days(tmp_path, days, status, values):
    row = _aligned_row(tmp_path, {name: VISIT.format(day=day) for name, day in zip(("wire", "paper"), days)}, status)
    if row is not None:
        assert set(row["label"].removeprefix("aligned sentences: ").split(" / ")) == set(days)
        assert {s: v.split(" (")[-1].rstrip(")") for s, v in row["values"].items()} == values


LANDED = "The first rescue helicopter landed at the stadium at {time}, the regional governor told reporters."


@pytest.mark.parametrize("times, conflict", [
    (("4:10 p.m.", "5:10 p.m."), True),
    (("16:10 GMT", "17:10 GMT"), True),
    (("about 4 p.m.", "4:10 p.m."), False),           # one moment, told loosely
    (("4:10 p.m.", "4:10 p.m."), False),
])
def test_aligned_sentences_giving_two_times(tmp_path, times, conflict):
    # whichever finds it (the open times or the aligned sentences), one conflict holds both times
    _write(tmp_path, {name: LANDED.format(time=time) for name, time in zip(("wire", "paper"), times)})
    findings = checker.check(tmp_path).findings
    both = findings[(findings["status"] == "conflict")
                    & findings["values"].map(lambda v: {"wire", "paper"} <= set(v))]
    assert len(both) == int(conflict)
