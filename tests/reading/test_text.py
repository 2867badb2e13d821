"""Sentences keep their offsets; abbreviations do not end them."""
import datetime as dt
import pytest

from checker.reading.text import SentenceIndex, split_sentences


@pytest.mark.parametrize("text, expected", [
    ("The U.S. brokered it. Russia did not.", ["The U.S. brokered it.", "Russia did not."]),
    ("They met on Oct. 3 in Geneva. Talks went on.", ["They met on Oct. 3 in Geneva.", "Talks went on."]),
    ("Mr. Putin spoke. He left.", ["Mr. Putin spoke.", "He left."]),
    ('"It was useful," he said. "Very."', ['"It was useful," he said.', '"Very."']),
    ("A U. S. delegation came. It left.", ["A U. S. delegation came.", "It left."]),
    ("Heading\n\nBody text here.", ["Heading", "Body text here."]),
    ("Casualties:\n- Deaths: 158\n  - Korean nationals: 132\n- Injured: 196 in total.",
     ["Casualties:", "- Deaths: 158", "- Korean nationals: 132", "- Injured: 196 in total."]),
    ("Wire copy wraps\nlines - as here - and stays one sentence.", ["Wire copy wraps\nlines - as here - and stays one sentence."]),
    # a block of "Label: value" lines, each a fact of its own, unmarked by dashes
    ("Persons in the building at the time (per the police): 74\nDeaths: 33 (female 20, male 12)\nInjured: 36",
     ["Persons in the building at the time (per the police): 74", "Deaths: 33 (female 20, male 12)", "Injured: 36"]),
    ("Injured: 36\n  - Serious: 10\n  - Minor: 20\nThe injured were taken to hospitals in the city.",
     ["Injured: 36", "- Serious: 10", "- Minor: 20", "The injured were taken to hospitals in the city."]),
    ("Date of occurrence: Thursday, 18 July 2019\nFirst call received: 10:35",
     ["Date of occurrence: Thursday, 18 July 2019", "First call received: 10:35"]),
    # one wrapped line that happens to hold a colon is still prose
    ("The minister told reporters: the toll\nrose to 33 overnight.", ["The minister told reporters: the toll\nrose to 33 overnight."]),
    ('He said: "We are\nheartbroken." Police came.', ['He said: "We are\nheartbroken."', "Police came."]),
])
def test_split_sentences(text, expected):
    sentences = split_sentences(text)
    assert [s.text for s in sentences] == expected
    for s in sentences:
        assert text[s.start:s.end] == s.text


def test_paragraphs_are_numbered_and_headings_marked():
    text = "Russian peacekeepers\n\nThe 2020 agreement saw Russia deploy 2,000 troops. They stayed."
    sentences = split_sentences(text)
    assert [s.paragraph for s in sentences] == [0, 1, 1]
    assert [s.is_heading for s in sentences] == [True, False, False]


def test_sentence_index_finds_the_sentence_at_an_offset():
    text = "One here. Two there."
    index = SentenceIndex(split_sentences(text))
    assert index.at(text.index("Two")).text == "Two there."
    assert index.at(text.index("here")).text == "One here."


@pytest.mark.parametrize("text, stamp", [
    ("By Jane Roe\nUpdated on March 12, 2023 at 9:31 PM EDT\nRegulators closed the bank on Friday.",
     "Updated on March 12, 2023 at 9:31 PM EDT"),
    ("Staff writer\nPUBLISHED: March 12, 2023 at 4:40 p.m. | UPDATED: March 13, 2023 at 5:15 a.m.\nThe bank failed.",
     "PUBLISHED: March 12, 2023 at 4:40 p.m. | UPDATED: March 13, 2023 at 5:15 a.m."),
    ("AP\nUpdated 8:12 PM EDT, May 30, 2024\nThe jury returned its verdict after two days.",
     "Updated 8:12 PM EDT, May 30, 2024"),
    ("By Ana Diaz\nLast updated: Tue 7 Jan 2025 11.20 GMT\nFires spread overnight.",
     "Last updated: Tue 7 Jan 2025 11.20 GMT"),
    ("FIRE DEPARTMENT\nPress Release No. 2 \u2014 Issued 19 July 2019, 10:00 JST\nThe fire started on Thursday.",
     "Press Release No. 2 \u2014 Issued 19 July 2019, 10:00 JST"),
    ("CITY POLICE\nReleased: 14 February 2018, 9:30 p.m.\nA gunman opened fire at 2:19 p.m.",
     "Released: 14 February 2018, 9:30 p.m."),
])
def test_a_time_stamp_line_is_a_heading_of_its_own(text, stamp):
    """When the page was written is not a fact of the story: its line is a heading, the story's sentence is not."""
    sentences = split_sentences(text)
    assert [s.text for s in sentences if s.is_heading and s.text == stamp] == [stamp]
    assert not sentences[-1].is_heading


@pytest.mark.parametrize("text", [
    "Updated figures show that 40 people died in the flood on Sunday.",
    "Posted to the border last week, 300 troops will stay until May.",
])
def test_prose_opening_with_a_stamp_word_stays_prose(text):
    assert [s.is_heading for s in split_sentences(text)] == [False]


def test_a_list_item_with_a_figure_is_a_fact_not_a_heading():
    items = split_sentences("Outline:\n- Magnitude: 7.6\n- Nature: crowd crush")
    assert [(s.text, s.is_heading) for s in items[1:]] == [("- Magnitude: 7.6", False), ("- Nature: crowd crush", True)]


def test_each_line_of_a_fact_sheet_is_a_fact_not_a_heading():
    lines = split_sentences("RESULTS\n\nTotal Valid Votes: 24,025,940\nTotal Votes Cast: 24,965,218")
    assert [(s.text, s.is_heading) for s in lines] == [
        ("RESULTS", True), ("Total Valid Votes: 24,025,940", False), ("Total Votes Cast: 24,965,218", False)]


@pytest.mark.parametrize("text, times", [
    ("The deaths occurred between 1 and 2 a.m. near the river.", [("1", 60), ("2 a.m.", 120)]),
    ("Polls were open from 9 to 11 p.m. on Friday.", [("9", 1260), ("11 p.m.", 1380)]),
    ("The office was open from 11 to 1 p.m.", [("11", 660), ("1 p.m.", 780)]),
    ("Between 5 and 10 people died at 3 p.m.", [("3 p.m.", 900)]),
])
def test_the_first_hour_of_a_range_takes_the_seconds_half_of_the_day(text, times):
    from checker.reading import read_times
    assert [(t.text, t.minutes) for t in read_times(text)] == times


@pytest.mark.parametrize("text, times", [
    # a clock with no "a.m." or "p.m." told in the afternoon or evening by the words after it
    ("The engineer did not reach the pylon until about 3:25 that afternoon.", [("about 3:25", 925)]),
    ("Crews were called at 8:10 on Friday evening.", [("8:10", 1210)]),
    ("The ferry sailed at 6:45 that morning.", [("6:45", 405)]),
])
def test_the_half_of_the_day_named_after_a_clock(text, times):
    from checker.reading import read_times
    assert [(t.text, t.minutes) for t in read_times(text)] == times


@pytest.mark.parametrize("text, times", [
    # an hour told with "o'clock" or in words, its half of the day told by the part of the day after it
    ("The temperature peaked just after 3 o'clock in the afternoon.", [("just after 3 o'clock in the afternoon", 900)]),
    ("Shortly after 10 o'clock that morning, the slope gave way.", [("Shortly after 10 o'clock that morning", 600)]),
    ("The train stopped at about nine in the morning.", [("about nine in the morning", 540)]),
    ("Guests arrived at eight o'clock on Friday evening.", [("eight o'clock on Friday evening", 1200)]),
    # a bare "o'clock" may be either half of the day; a shift is no hour
    ("At 3 o'clock the bell rang.", []),
    ("Three in the morning shift were hurt.", []),
])
def test_an_hour_told_in_words_and_its_part_of_the_day(text, times):
    from checker.reading import read_times
    from checker.claims.document import read_document
    from checker.sources.load import Source
    assert [(t.text, t.minutes) for t in read_times(text)] == times
    quantities = read_document(Source(label="wire", path="wire.txt", text=text)).quantities
    assert not any(t.start <= q.start < t.end for t in read_times(text) for q in quantities)


@pytest.mark.parametrize("text, utc", [
    # "PST" is Pakistan Standard Time in copy about Pakistan, Pacific time elsewhere
    ("The tremor struck northern Pakistan at 8:50am PST while families slept.", 230),
    ("The tremor struck northern California at 8:50am PST while families slept.", 1010),
])
def test_a_zone_abbreviation_two_countries_share(text, utc):
    from checker.reading import read_times
    assert [t.utc for t in read_times(text)] == [utc]


@pytest.mark.parametrize("text, utc", [
    # a zone written out in full keeps its offset, as its abbreviation does
    ("The ferry hit the pier at about 3:20 p.m. eastern daylight time on Wednesday.", 1160),
    ("The ferry hit the pier at 3:20 p.m. Eastern Standard Time on Wednesday.", 1220),
    ("Polls closed at 8 p.m. Pacific Daylight Time.", 180),
    ("The bank's statement came at 7.30am British Summer Time.", 390),
    ("The launch was set for 14:00 Greenwich Mean Time.", 840),
    ("Trading halted at 10:15 Central European Summer Time.", 495),
])
def test_a_zone_written_out_in_full(text, utc):
    from checker.reading import read_times
    assert [t.utc for t in read_times(text)] == [utc]


@pytest.mark.parametrize("text, times", [
    # French and continental copy writes the hour with an "h"
    ("The first explosion was heard at 21h20 near Gate D.", [("21h20", 1280)]),
    ("Police launched the assault at 0h20 on Saturday.", [("0h20", 20)]),
    ("The A4 road was closed for a 24h period.", []),
])
def test_a_time_written_with_an_h_is_a_time(text, times):
    from checker.reading import read_times
    assert [(t.text, t.minutes) for t in read_times(text)] == times


@pytest.mark.parametrize("text, times", [
    # a 24-hour clock with a dot, as Indian official copy writes it, told as a time by "hrs" or a zone
    ("The outflow reached 29,000 cusecs at 18.00 hrs on 1 December.", [("18.00 hrs", 1080)]),
    ("The bulletin of 05.30 IST placed the storm off the coast.", [("05.30 IST", 330)]),
    ("Trains ran 2.30 hours late.", []),
    ("Rates rose to 18.00 percent.", []),
])
def test_a_time_written_with_a_dot_and_its_word_is_a_time(text, times):
    from checker.reading import read_times
    assert [(t.text, t.minutes) for t in read_times(text)] == times


@pytest.mark.parametrize("text, times", [
    # a live blog's entries open with their time, and a dash
    ("LIVE: the verdict\n\n09.30 - The hearing opens.\n14.05 – The judge reads out 51 sentences.",
     [("09.30", 570), ("14.05", 845)]),
    # a decimal in a sentence, a range with a dash, is no time
    ("The index rose 12.30 - a record. Rates of 4.50 - 5.25 apply.", []),
    # a 12-hour clock with a dot, told as a time by the part of the day after it
    ("The fire began at about 7.30 that Wednesday evening.", [("about 7.30", 1170)]),
    ("The first train left at 6.15 on Monday morning.", [("6.15", 375)]),
    ("The last call came by 11.40 that night.", [("11.40", 1420)]),
    ("Shares rose 2.50 this morning.", []),
    ("The train left at 6.15.", []),
])
def test_a_time_told_by_its_place_or_its_part_of_the_day_is_a_time_and_no_figure(text, times):
    from checker.reading import read_times
    from checker.claims.document import read_document
    from checker.sources.load import Source
    assert [(t.text, t.minutes) for t in read_times(text)] == times
    quantities = read_document(Source(label="blog", path="blog.txt", text=text)).quantities
    assert not {t for t, _ in times} & {q.text for q in quantities}


@pytest.mark.parametrize("text, low, high", [
    ("The plane touched down at about 6 p.m.", "17:45", "18:15"),       # a round hour: a quarter hour either way
    ("The plane touched down at about 5:57 p.m.", "17:54", "18:00"),    # told to the minute: a few minutes
    ("The plane touched down at about 5:45 p.m.", "17:35", "17:55"),
    ("The plane touched down shortly before 6 p.m.", "17:30", "18:00"),
    # a plain time on a round five minutes may be the minute rounded; one told to the odd minute is that minute
    ("The plane touched down at 2:50 p.m.", "14:48", "14:52"),
    ("The plane touched down at 2:49 p.m.", "14:49", "14:49"),
    # an hour told without its minutes may be the minute rounded to the hour, as "about" reaches
    ("The plane touched down at 11 a.m.", "10:45", "11:15"),
    ("The plane touched down at 11:00 a.m.", "10:58", "11:02"),
])
def test_a_qualified_time_reaches_as_far_as_its_roundness_allows(text, low, high):
    from checker.reading import read_times
    (time,) = read_times(text)
    assert (f"{time.low // 60:02d}:{time.low % 60:02d}", f"{time.high // 60:02d}:{time.high % 60:02d}") == (low, high)


@pytest.mark.parametrize("text, sentences", [
    ("It touched down at about 5:57 p.m. Seconds after landing it struck the plane.", 2),
    ("The fire started at 2 a.m. Firefighters arrived soon after.", 2),
    # what follows still tells the time
    ("The vote ended at 6 p.m. Eastern time on Friday.", 1),
    ("It happened at 2 a.m. Monday, police said.", 1),
    ("At 9 a.m. GMT the market opened.", 1),
    ("The blast came at 6 a.m. Kyiv time on Saturday.", 1),
    ("Polls close at 8 p.m. New York time tonight.", 1),
])
def test_a_clock_time_ends_its_sentence_unless_the_time_goes_on(text, sentences):
    assert len(split_sentences(text)) == sentences


@pytest.mark.parametrize("text, day, utc", [
    # a place's clock, read as it stood on the story's day: Kyiv kept summer time until 30 October 2022
    ("The blast came shortly after 6 a.m. Kyiv time.", dt.date(2022, 10, 8), "03:00"),
    ("The blast came shortly after 6 a.m. Kyiv time.", dt.date(2022, 12, 8), "04:00"),
    ("The blast came at 06:07 Moscow time.", dt.date(2022, 10, 8), "03:07"),
    ("The quake struck at 9:26 p.m. Japan Standard Time.", None, "12:26"),   # one offset all year: no day needed
    ("Rescuers arrived at 10:30 JST.", None, "01:30"),
    ("The vote closed at 8 p.m. New York time.", dt.date(2024, 11, 5), "01:00"),
    ("The vote closed at 8 p.m. New York time.", None, None),                 # summer or winter: the day decides
    ("A cat sat there at 7:00 cat time.", None, None),                        # an abbreviation is written in capitals
])
def test_a_time_on_a_named_clock_knows_its_utc(text, day, utc):
    from checker.reading import read_times
    (time,) = read_times(text, day)
    assert (None if time.utc is None else f"{time.utc // 60:02d}:{time.utc % 60:02d}") == utc
