"""Source text is untrusted: odd text never crashes the run, and a reader's failure costs one source only."""
import random

import pytest

import checker
from checker.sources import read_text

ODD_TEXTS = [
    "",
    "\x00\x01\x02",
    "=cmd|' /C calc'!A0 killed 12 people",
    "“" * 5000,
    "more than " * 2000 + "6,500 dead",
    "1," * 5000 + " people were killed",
    "Killed killed killed 12 12 12 dead dead.\n\n" * 300,
    "A" * 100_000,
    "\u202e\u200b\ufeff 12 people were killed \U0001f600 in 2020.",
    "On Monday, Oct. 30, 2022 the quake killed 1.2 million people and injured -5 others at 3 p.m.",
]


@pytest.mark.parametrize("text", ODD_TEXTS, ids=range(len(ODD_TEXTS)))
def test_odd_text_never_crashes_the_run(tmp_path, text):
    (tmp_path / "odd.txt").write_text(text + "\nThe blast killed 12 people.\n", encoding="utf-8")
    (tmp_path / "plain.txt").write_text("The blast killed 12 people.\n", encoding="utf-8")
    result = checker.check(tmp_path)
    for m in result.mentions.itertuples():
        # offsets are into the text as read: decoded, invisible characters and bidi controls taken out
        source_text = read_text(tmp_path / f"{m.source}.txt")
        assert source_text[m.start:m.end] == m.text


def test_random_text_never_crashes_the_run(tmp_path):
    rng = random.Random(2022)
    alphabet = "abcdefghij KLMNOP 0123456789 ,.;:-–—“”\"'()\n%$€£ killed dead troops brokered ceasefire Monday 2020 "
    for i in range(20):
        words = "".join(rng.choice(alphabet) for _ in range(2000))
        (tmp_path / f"r{i}.txt").write_text(words, encoding="utf-8")
    result = checker.check(tmp_path)
    assert set(result.findings["status"]) <= {"conflict", "variance", "agree", "single", "unplaced"}


@pytest.mark.parametrize("workers", [1, 2])
def test_a_reader_failing_on_one_text_costs_that_source_only(tmp_path, monkeypatch, workers):
    (tmp_path / "a.txt").write_text("The blast killed 12 people.\n", encoding="utf-8")
    (tmp_path / "b.txt").write_text("Poison: the blast killed 15 people.\n", encoding="utf-8")
    (tmp_path / "c.txt").write_text("The blast killed 12 people, police said.\n", encoding="utf-8")
    import checker.claims.document as document

    real = document.read_quantities

    def flaky(text):
        if text.startswith("Poison"):
            raise ValueError("boom")
        return real(text)

    monkeypatch.setattr(document, "read_quantities", flaky)
    result = checker.check(tmp_path, workers=workers)
    assert result.status_of("deaths", "main") == "agree"
    assert [p.path.endswith("b.txt") for p in result.problems] == [True]
    assert "failed on this text (ValueError: boom)" in result.problems[0].message


@pytest.mark.parametrize("written", ["6,5\u200b00", "６，５００", "٦٥٠٠", "6,\u200e500", "6\u00ad,500"])
def test_a_figure_split_by_invisible_characters_or_written_in_other_digits_reads_as_6500(tmp_path, written):
    (tmp_path / "odd.txt").write_text(f"The war killed {written} soldiers.\n", encoding="utf-8")
    (tmp_path / "plain.txt").write_text("The war killed 6,500 soldiers.\n", encoding="utf-8")
    result = checker.check(tmp_path)
    deaths = result.mentions[result.mentions["claim"] == "deaths"]
    assert sorted(deaths["low"]) == [6500.0, 6500.0]
    assert result.status_of("deaths", "main") == "agree"
