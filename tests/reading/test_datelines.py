"""Where a text's dateline puts its clock, for the local times it gives (our datelines)."""
import datetime

import pytest

import checker
from checker.reading import dateline_offset

WINTER = datetime.date(2021, 2, 17)


@pytest.mark.parametrize("text, offset", [
    ("Grid keeps millions in the dark\n\nAUSTIN, Texas, Feb 17 (Reuters) - Nearly 3 million homes", -360),
    ("Millions without power\n\nHOUSTON (AP) — Millions of Texans spent a third day", -360),
    ("Talks resume\n\nKYIV, Feb 17 (Reuters) - Talks resumed", 120),
    # a headline that looks like a dateline names no known place: the dateline below it is the one
    ("Grid operator (ERCOT) keeps millions in the dark\n\nAUSTIN, Texas, Feb 17 (Reuters) - Nearly 3 million", -360),
    # a country, a US state as AP abbreviates it, a territory: the clock the place keeps that day
    ("Dam bursts\n\nDERNA, Libya (AP) — Floodwaters swept through the city", 120),
    ("Shooting at school\n\nPARKLAND, Fla. (AP) — A former student opened fire", -300),
    ("Storm hits\n\nSAN JUAN, Puerto Rico (AP) — The storm tore roofs off", -240),
    ("Fire in the city\n\nSPOKANE, Wash. (AP) — Crews fought the blaze", -480),
    ("Market attack\n\nSTRASBOURG, France, Feb 17 (Reuters) - A gunman opened fire", 60),
    ("Floods\n\nPORTO ALEGRE, Brazil (AP) — Rivers rose again", -180),
    # Georgia the US state, unless the dateline's city is Georgia the country's
    ("Storm\n\nSAVANNAH, Georgia (AP) — The storm came ashore", -300),
    ("Protest\n\nTBILISI, Georgia (AP) — Thousands marched", 240),
    # a country whose zones keep different clocks says none
    ("Fire\n\nBROOME, Australia (AP) — The fire spread", None),
    # no dateline, or one naming no place the zone table knows: no clock
    ("Millions without power\n\nMillions of people in Texas have spent a fourth day", None),
    ("Talks resume\n\nSPRINGFIELD, Feb 17 (Reuters) - Talks resumed", None),
])
def test_the_clock_a_dateline_names(text, offset):
    assert dateline_offset(text, WINTER) == offset


def test_local_times_are_read_on_the_datelines_clock_over_one_zone_written(tmp_path):
    # Texas keeps Central time (UTC-6 in February): 5:37 a.m. there is 11:37 GMT; one source's "EST" is outvoted
    texts = {
        "wire": "AUSTIN, Texas, Feb 17 (Reuters) - Rolling blackouts began at 1:25 a.m. EST (0625 GMT) on Monday. One "
                "reactor at the nuclear plant shut automatically at 5:37 a.m. local time on Monday after a line froze.",
        "bbc": "One reactor at the nuclear plant shut down at 11:37 GMT on Monday after a line froze.",
        "ap": "HOUSTON (AP) — Millions of Texans were without power on Wednesday.",
    }
    for name, text in texts.items():
        (tmp_path / f"{name}.txt").write_text(f"Date: 2021-02-17\n\n{text}\n", encoding="utf-8")
    result = checker.check(tmp_path)
    shut = result.mentions[result.mentions["text"].isin(["5:37 a.m. local time", "11:37 GMT"])]
    assert len(shut) == 2 and shut["claim"].nunique() == 1
    assert result.findings.set_index("claim").loc[shut["claim"].iloc[0], "status"] != "conflict"


def test_one_wrong_conversion_does_not_set_the_clock_over_datelines_and_zones(tmp_path):
    # New York keeps EDT (UTC-4) in October. The BBC's "20:00 local time (23:00 GMT)" is a wrong conversion; two
    # datelines in New York and "8 p.m. EDT (0000 GMT)" outvote it, so 10:24 p.m. there is 02:24 GMT, not 01:24
    texts = {
        "reuters": "NEW YORK, Oct 30 (Reuters) - The storm came ashore at about 8 p.m. EDT (0000 GMT) on Monday.",
        "ap": "NEW YORK (AP) — The surge at the harbour gauge peaked at 10:24 p.m. on Monday, forecasters said.",
        "bbc": "The storm made landfall at around 20:00 local time (23:00 GMT). The surge at the harbour gauge "
               "peaked at 01:24 GMT on Tuesday, forecasters said.",
    }
    for name, text in texts.items():
        (tmp_path / f"{name}.txt").write_text(f"Date: 2012-10-30\n\n{text}\n", encoding="utf-8")
    result = checker.check(tmp_path)
    peak = result.mentions[result.mentions["text"].isin(["10:24 p.m.", "01:24 GMT"])]
    assert len(peak) == 2 and peak["claim"].nunique() == 1
    assert result.findings.set_index("claim").loc[peak["claim"].iloc[0], "status"] == "conflict"


def test_zones_a_moment_is_given_in_do_not_outvote_the_local_clock_a_conversion_tells(tmp_path):
    # Arizona keeps UTC-7: "10:10 a.m. local time (1710 GMT)" says so; three times of a national moment given in
    # Eastern time do not move the story's clock, so the town's 9 a.m. is that moment (16:00 GMT), no conflict
    texts = {
        "wire": "The gunman opened fire at 10:10 a.m. local time (1710 GMT) on Saturday outside the store.",
        "ap": "The nation observed a moment of silence at 11 a.m. EST on Monday, led by the president.",
        "bbc": "Americans observed a moment of silence at 11 a.m. EST (1600 GMT) on Monday, led by the president.",
        "paper": "Across town, residents paused on Monday at 9 a.m. for the national moment of silence.",
    }
    for name, text in texts.items():
        (tmp_path / f"{name}.txt").write_text(f"Date: 2011-01-10\n\n{text}\n", encoding="utf-8")
    result = checker.check(tmp_path)
    paused = result.mentions[result.mentions["text"] == "9 a.m."]
    assert {(low + high) / 2 for low, high in zip(paused["low"], paused["high"])} == {960.0}
    assert (result.findings.set_index("claim").loc[list(paused["claim"]), "status"] != "conflict").all()
