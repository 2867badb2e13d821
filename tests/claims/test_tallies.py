"""Votes told as a tally (our sentences): each source a file of its own, all dated Tuesday 2 April 2024."""
import pytest

import checker


def _findings(tmp_path, *texts):
    for i, text in enumerate(texts):
        (tmp_path / f"s{i}.txt").write_text("Date: 2024-04-02\n\n" + text + "\n", encoding="utf-8")
    return checker.check(tmp_path).findings


def test_a_tally_told_in_three_forms_gives_votes_for_and_against(tmp_path):
    findings = _findings(tmp_path, "Parliament overrode the veto by 84 votes to six on Tuesday.",
                         "Lawmakers voted 84-4 on Tuesday to override the president's veto.",
                         "Parliament overrode the veto 84-4 on Tuesday, the speaker said.")
    tallies = {tuple(sorted(v.values())): s for v, s in zip(findings["values"], findings["status"])}
    assert tallies[("84", "84", "84")] == "agree"
    assert tallies[("4", "4", "six")] == "conflict"


@pytest.mark.parametrize("a, b", [
    # a score is no tally: nothing about a vote in the sentence
    ("The home side won the match 3-1 on Tuesday.", "The home side won the match 2-1 on Tuesday."),
    # a range is no tally
    ("Lawmakers expect a vote in 3-5 weeks.", "Lawmakers expect a vote in 4-6 weeks."),
])
def test_scores_and_ranges_are_no_tallies(tmp_path, a, b):
    findings = _findings(tmp_path, a, b)
    assert not (findings["status"] == "conflict").any(), findings[["claim", "values"]].to_dict("records")


def test_in_favour_and_against(tmp_path):
    findings = _findings(tmp_path, "The bill passed with 195 votes in favour and 106 against on Tuesday.",
                         "MPs passed the bill by 195 votes to 116 on Tuesday.")
    tallies = {tuple(sorted(v.values())): s for v, s in zip(findings["values"], findings["status"])}
    assert tallies[("106", "116")] == "conflict"
    assert tallies[("195", "195")] == "agree"


def test_a_courts_ruling_is_a_tally_of_its_justices(tmp_path):
    findings = _findings(tmp_path, "In a ruling on Wednesday, the justices decided by five votes to three that the "
                                   "award was excessive.",
                         "The U.S. Supreme Court ruled 5-3 that the punitive award was excessive.",
                         "Then the U.S. Supreme Court, in a 5-4 ruling, cut the punitive award.")
    tallies = {tuple(sorted(v.values())): s for v, s in zip(findings["values"], findings["status"])}
    assert tallies[("3", "4", "three")] == "conflict"


def test_the_votes_against_of_two_paired_tallies_are_paired_too(tmp_path):
    # the sides' words are the sentence's, alike for both; 4 and 3 differ by too much of their size to pair alone
    findings = _findings(tmp_path, "Then, on June 25, 2008, the Supreme Court, in a 5-4 ruling, cut it again, to "
                                   "about $500 million.",
                         "On June 26, 2008, the Supreme Court ruled 5-3 that the punitive award could not exceed "
                         "compensatory damages, cutting it to $507.5 million.")
    tallies = {tuple(sorted(v.values())): s for v, s in zip(findings["values"], findings["status"])}
    assert tallies[("3", "4")] == "conflict"
