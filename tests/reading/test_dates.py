"""Table-driven tests for checker.reading.dates (read_dates) and checker.sources.pubdate (find_publication_date).

The reference date for relative phrases is 31 Oct 2022, a Monday.
"""
import datetime
import glob
import os

import pytest

from checker.reading.dates.reader import DateReading, read_dates
from checker.sources.pubdate import find_publication_date

D = datetime.date
REF = D(2022, 10, 31)  # a Monday


def reading_of(sentence: str, phrase: str, ref=REF) -> DateReading:
    readings = read_dates(sentence, ref)
    found = [r for r in readings if r.text == phrase]
    assert found, f"{phrase!r} not read in {sentence!r}; got {[r.text for r in readings]}"
    reading = found[0]
    assert reading.start == sentence.index(phrase)
    assert sentence[reading.start:reading.end] == phrase
    return reading


# --- full dates --------------------------------------------------------------
FULL_DATES = [
    ("Leaders met in Sochi on Oct. 31, 2022, the Kremlin said.", "Oct. 31, 2022", D(2022, 10, 31)),
    ("The summit took place on October 31, 2022.", "October 31, 2022", D(2022, 10, 31)),
    ("Talks were held on 31 October 2022 at the resort.", "31 October 2022", D(2022, 10, 31)),
    ("Date: 29 November 2021", "29 November 2021", D(2021, 11, 29)),
    ("The filing, dated 2022-10-31, was made public.", "2022-10-31", D(2022, 10, 31)),
    ("A decree signed 31/10/2022 took effect.", "31/10/2022", D(2022, 10, 31)),
    ("A decree signed 10/31/2022 took effect.", "10/31/2022", D(2022, 10, 31)),
    ("A decree signed 10/31/22 took effect.", "10/31/22", D(2022, 10, 31)),
    ("On Monday, Oct. 31, 2022, Putin hosted both leaders.", "Monday, Oct. 31, 2022", D(2022, 10, 31)),
    ("The truce took effect on Nov. 10, 2020, after six weeks.", "Nov. 10, 2020", D(2020, 11, 10)),
    ("Sept. 27, 2020 marked the start of the war.", "Sept. 27, 2020", D(2020, 9, 27)),
    ("Under the Nov 9th 2020 agreement, troops withdrew.", "Nov 9th 2020", D(2020, 11, 9)),
    ("Since the 24th of February 2022 invasion, trade fell.", "24th of February 2022", D(2022, 2, 24)),
    ("MOSCOW, OCT 31 2022 - officials said.", "OCT 31 2022", D(2022, 10, 31)),
    ("The Wednesday 2 November 2022 meeting was cancelled.", "Wednesday 2 November 2022", D(2022, 11, 2)),
    ("The archive lists 2022/10/31 as the release date.", "2022/10/31", D(2022, 10, 31)),
    ("Ministers signed on 31.10.2022 in Geneva.", "31.10.2022", D(2022, 10, 31)),
    ("The ceasefire of 10 Nov. 2020 still holds.", "10 Nov. 2020", D(2020, 11, 10)),
    # in brackets the date did not open
    ("Date: 2082/05/25 B.S. (Wednesday, 10 September 2025)", "Wednesday, 10 September 2025", D(2025, 9, 10)),
    ("The curfew was lifted (10 September 2025) at noon.", "10 September 2025", D(2025, 9, 10)),
]


@pytest.mark.parametrize("sentence, phrase, day", FULL_DATES)
def test_full_dates(sentence, phrase, day):
    r = reading_of(sentence, phrase)
    assert (r.low, r.high, r.precision, r.relative) == (day, day, "day", False)
    assert r.weekday_mismatch is None


# Day and month without a year: the year comes from the reference date (latest on or
# before it, unless the next one is closer and within three months).
NO_YEAR_DATES = [
    ("On November 26, Putin brought the leaders together.", "November 26", D(2021, 11, 29), D(2021, 11, 26)),
    ("The ministers met on Oct. 3 in Geneva.", "Oct. 3", REF, D(2022, 10, 3)),
    ("Russia invaded on Feb. 24, officials recalled.", "Feb. 24", REF, D(2022, 2, 24)),
    ("The vote is set for Jan. 15, the commission said.", "Jan. 15", REF, D(2023, 1, 15)),
    ("Talks resume on Nov. 8 in Brussels.", "Nov. 8", REF, D(2022, 11, 8)),
    ("Shelling resumed on Dec. 28.", "Dec. 28", D(2023, 1, 3), D(2022, 12, 28)),
    ("He left on 3 March for Baku.", "3 March", REF, D(2022, 3, 3)),
    # a day told as planned looks up to half a year ahead; a past one stays behind
    ("His sentencing was scheduled for Feb. 23.", "Feb. 23", D(2023, 11, 21), D(2024, 2, 23)),
    ("He is due to be sentenced on 24 February.", "24 February", D(2023, 11, 21), D(2024, 2, 24)),
    ("He was arrested before Feb. 23.", "Feb. 23", D(2023, 11, 21), D(2023, 2, 23)),
    # a sentence told in the past, with nothing of the present or to come in it: a day weeks ahead is last year's
    ("The Kobe earthquake of 17 January sent the Nikkei down.", "17 January", D(1995, 12, 2), D(1995, 1, 17)),
    ("The quake struck on Jan. 17 and deepened the bank's losses.", "Jan. 17", D(1995, 12, 2), D(1995, 1, 17)),
    # ... but not one a present verb or a plan takes ahead, nor one a day or two off (a slip, or another clock)
    ("The trial opens on 17 January.", "17 January", D(1995, 12, 2), D(1996, 1, 17)),
    ("Elections were called for Jan. 17.", "Jan. 17", D(1995, 12, 2), D(1996, 1, 17)),
    ("The storm hit on Dec. 4.", "Dec. 4", D(1995, 12, 2), D(1995, 12, 4)),
    ("The sentencing was set down for 13 October.", "13 October", D(2014, 9, 12), D(2014, 10, 13)),
    ("Supporters have refused to accept the Oct. 30 runoff, which Lula won.", "Oct. 30", D(2022, 10, 20),
     D(2022, 10, 30)),
    # "last year" after a day-month says which year outright; without it, a day weeks ahead is the coming one
    ("He has been held since his arrest on 16 September last year.", "16 September", D(2025, 7, 2),
     D(2024, 9, 16)),
    ("The council meets on 16 September.", "16 September", D(2025, 7, 2), D(2025, 9, 16)),
    ("The hearing will resume on June 30.", "June 30", D(2023, 11, 21), D(2023, 6, 30)),
]


@pytest.mark.parametrize("sentence, phrase, ref, day", NO_YEAR_DATES)
def test_day_month_takes_year_from_reference(sentence, phrase, ref, day):
    r = reading_of(sentence, phrase, ref)
    assert (r.low, r.high, r.precision, r.relative) == (day, day, "day", True)


DAY_RANGES = [
    ("The COP27 summit runs Nov. 6-18 in Egypt.", "Nov. 6-18", D(2022, 11, 6), D(2022, 11, 18)),
    ("A meeting on 30-31 October 2022 ended early.", "30-31 October 2022", D(2022, 10, 30), D(2022, 10, 31)),
    ("Talks on Oct. 30-31, 2022 yielded a statement.", "Oct. 30-31, 2022", D(2022, 10, 30), D(2022, 10, 31)),
    # a night told by the days it joins
    ("On the night of 1 to 2 July 2002 two planes collided.", "1 to 2 July 2002", D(2002, 7, 1), D(2002, 7, 2)),
    ("The fair ran from 3 until 5 May 2021 in the park.", "3 until 5 May 2021", D(2021, 5, 3), D(2021, 5, 5)),
]


@pytest.mark.parametrize("sentence, phrase, low, high", DAY_RANGES)
def test_day_ranges(sentence, phrase, low, high):
    r = reading_of(sentence, phrase)
    assert (r.low, r.high, r.precision) == (low, high, "day")


NUMERIC_STYLE = [
    # no evidence: ambiguous dates read month-first
    ("The order of 05/06/2022 was revoked.", "05/06/2022", D(2022, 5, 6)),
    # another numeric date with a first number over 12 shows a day-first text
    ("Orders of 05/06/2022 and 25/06/2022 were revoked.", "05/06/2022", D(2022, 6, 5)),
    # written day-month dates show the style too
    ("On 3 March 2022 a ban began; the order of 05/06/2022 lifted it.", "05/06/2022", D(2022, 6, 5)),
    ("On March 3, 2022 a ban began; the order of 05/06/2022 lifted it.", "05/06/2022", D(2022, 5, 6)),
]


@pytest.mark.parametrize("sentence, phrase, day", NUMERIC_STYLE)
def test_ambiguous_numeric_dates_follow_document_style(sentence, phrase, day):
    r = reading_of(sentence, phrase)
    assert r.low == r.high == day
    assert "ambiguous" in r.why


def test_day_month_without_reference_is_unresolved():
    r = reading_of("The ministers met on Oct. 3 in Geneva.", "Oct. 3", None)
    assert (r.low, r.high, r.precision, r.relative) == (None, None, "day", True)


# --- months --------------------------------------------------------------------
MONTHS = [
    ("Deadly clashes erupted in September.", "September", D(2022, 9, 1), D(2022, 9, 30)),
    ("This September, clashes claimed nearly 300 lives.", "This September", D(2022, 9, 1), D(2022, 9, 30)),
    ("Fighting flared last September.", "last September", D(2022, 9, 1), D(2022, 9, 30)),
    ("Talks resume next September.", "next September", D(2023, 9, 1), D(2023, 9, 30)),
    # news convention: a bare month is the latest one on or before the reference month
    ("The deal was struck in November.", "November", D(2021, 11, 1), D(2021, 11, 30)),
    ("The accord was signed in September 2022.", "September 2022", D(2022, 9, 1), D(2022, 9, 30)),
    ("In mid-October, Putin pleaded for calm.", "mid-October", D(2022, 10, 11), D(2022, 10, 21)),
    ("Troops pulled back in late September.", "late September", D(2022, 9, 20), D(2022, 9, 30)),
    ("By the end of September, talks had stalled.", "the end of September", D(2022, 9, 20), D(2022, 9, 30)),
    ("September's clashes killed 286 people.", "September's", D(2022, 9, 1), D(2022, 9, 30)),
    ("The pact lapsed in Oct. and was renewed.", "Oct.", D(2022, 10, 1), D(2022, 10, 31)),
    ("They met in October last year.", "October last year", D(2021, 10, 1), D(2021, 10, 31)),
    ("The ceasefire has held since May.", "May", D(2022, 5, 1), D(2022, 5, 31)),
    ("Leaders met in Brussels in August.", "August", D(2022, 8, 1), D(2022, 8, 31)),
    ("TALKS COLLAPSED IN MAY", "MAY", D(2022, 5, 1), D(2022, 5, 31)),
    ("Peace talks stalled in early September 2022.", "early September 2022", D(2022, 9, 1), D(2022, 9, 11)),
    # a deadline or a plan looks ahead: in an article of 31 Oct, this coming month, not last year's
    ("The bridge is expected to reopen by the end of December.", "the end of December", D(2022, 12, 21),
     D(2022, 12, 31)),
    ("Ministers will vote in January, the spokesman said.", "January", D(2023, 1, 1), D(2023, 1, 31)),
    ("Ministers met in December, the spokesman said.", "December", D(2021, 12, 1), D(2021, 12, 31)),
]


@pytest.mark.parametrize("sentence, phrase, low, high", MONTHS)
def test_months(sentence, phrase, low, high):
    r = reading_of(sentence, phrase)
    assert (r.low, r.high, r.precision) == (low, high, "month")


def test_month_without_reference_is_unresolved_but_kept():
    r = reading_of("Deadly clashes erupted in September.", "September", None)
    assert (r.low, r.high, r.precision, r.relative) == (None, None, "month", True)


def test_explicit_month_year_is_not_relative():
    r = reading_of("The accord was signed in September 2022.", "September 2022")
    assert r.relative is False


# --- relative phrases (reference Monday 31 Oct 2022) -----------------------------
RELATIVE = [
    ("Putin said Monday he hopes for normalization.", "Monday", D(2022, 10, 31), D(2022, 10, 31)),
    ("The Kremlin said on Friday that talks would go ahead.", "Friday", D(2022, 10, 28), D(2022, 10, 28)),
    ("Pashinyan said on Saturday he was ready.", "Saturday", D(2022, 10, 29), D(2022, 10, 29)),
    ("Sunday's vote drew few voters.", "Sunday's", D(2022, 10, 30), D(2022, 10, 30)),
    ("Talks are planned for next Monday.", "next Monday", D(2022, 11, 7), D(2022, 11, 7)),
    ("The envoy arrives this coming Friday.", "this coming Friday", D(2022, 11, 4), D(2022, 11, 4)),
    ("Shelling was reported last Monday.", "last Monday", D(2022, 10, 24), D(2022, 10, 24)),
    ("Border guards clashed last week.", "last week", D(2022, 10, 24), D(2022, 10, 30)),
    ("A decision is expected this week.", "this week", D(2022, 10, 31), D(2022, 11, 6)),
    ("Clashes erupted last month.", "last month", D(2022, 9, 1), D(2022, 9, 30)),
    ("Paris and Moscow traded jabs this month.", "this month", D(2022, 10, 1), D(2022, 10, 31)),
    ("Monitors deploy next month.", "next month", D(2022, 11, 1), D(2022, 11, 30)),
    ("The problem it provoked last year remains.", "last year", D(2021, 1, 1), D(2021, 12, 31)),
    ("Disputes left over from last year's war persist.", "last year's", D(2021, 1, 1), D(2021, 12, 31)),
    ("Elections are due next year.", "next year", D(2023, 1, 1), D(2023, 12, 31)),
    ("The ministry said yesterday the border was calm.", "yesterday", D(2022, 10, 30), D(2022, 10, 30)),
    ("Leaders meet today in Sochi.", "today", D(2022, 10, 31), D(2022, 10, 31)),
    ("Results are due tomorrow.", "tomorrow", D(2022, 11, 1), D(2022, 11, 1)),
    ("The drone was downed two days ago.", "two days ago", D(2022, 10, 29), D(2022, 10, 29)),
    ("The envoy resigned a month ago.", "a month ago", D(2022, 9, 1), D(2022, 9, 30)),
    ("This issue was resolved two years ago.", "two years ago", D(2020, 1, 1), D(2020, 12, 31)),
    ("Earlier this year, talks collapsed.", "Earlier this year", D(2022, 1, 1), D(2022, 10, 31)),
    ("Prices rose earlier this month.", "earlier this month", D(2022, 10, 1), D(2022, 10, 31)),
    ("A treaty may be signed later this year.", "later this year", D(2022, 10, 31), D(2022, 12, 31)),
    ("Fighting intensified over the past week.", "the past week", D(2022, 10, 24), D(2022, 10, 31)),
    ("Protesters gathered last weekend.", "last weekend", D(2022, 10, 29), D(2022, 10, 30)),
    ("Aliyev spoke over the weekend.", "the weekend", D(2022, 10, 29), D(2022, 10, 30)),
    ("A border deal is expected early next year.", "early next year", D(2023, 1, 1), D(2023, 4, 30)),
    ("The clashes began late last year.", "late last year", D(2021, 9, 1), D(2021, 12, 31)),
    ("Troops must withdraw by the end of the year.", "the end of the year", D(2022, 9, 1), D(2022, 12, 31)),
    # a present or future verb and "until/through": the coming day; a past one: the latest
    ("A week of national mourning runs through Saturday.", "Saturday", D(2022, 11, 5), D(2022, 11, 5)),
    ("Talks will continue until Friday.", "Friday", D(2022, 11, 4), D(2022, 11, 4)),
    ("The storm lasted until Saturday.", "Saturday", D(2022, 10, 29), D(2022, 10, 29)),
    ("Flights were grounded until Sunday.", "Sunday", D(2022, 10, 30), D(2022, 10, 30)),
    # a future verb earlier in the clause: the coming day; a saying day after it is the past one
    ("EU leaders will meet in Brussels on Thursday for a two-day summit.", "Thursday", D(2022, 11, 3),
     D(2022, 11, 3)),
    ("Leaders will discuss it at a summit opening Thursday.", "Thursday", D(2022, 11, 3), D(2022, 11, 3)),
    ("The vote is due to be held on Saturday.", "Saturday", D(2022, 11, 5), D(2022, 11, 5)),
    ("He said the airport would remain closed on Thursday.", "Thursday", D(2022, 11, 3), D(2022, 11, 3)),
    ("He is due in Washington on Thursday for the summit.", "Thursday", D(2022, 11, 3), D(2022, 11, 3)),
    # ... told in the past: a day still to come when written ("was to visit"), not "was to blame"
    ("The president was to visit the flooded coast on Thursday.", "Thursday", D(2022, 11, 3), D(2022, 11, 3)),
    ("Police said a faulty signal was to blame on Thursday.", "Thursday", D(2022, 10, 27), D(2022, 10, 27)),
    ("He will appear in court, police said on Thursday.", "Thursday", D(2022, 10, 27), D(2022, 10, 27)),
    # a day declared one of mourning or a holiday is the day to come; "declared Thursday a state of emergency" is
    # the day it was declared
    ("The Kremlin said Putin had declared Thursday a national day of mourning.", "Thursday", D(2022, 11, 3),
     D(2022, 11, 3)),
    ("The governor declared Thursday a state of emergency.", "Thursday", D(2022, 10, 27), D(2022, 10, 27)),
    ("Leaders met in Brussels on Thursday.", "Thursday", D(2022, 10, 27), D(2022, 10, 27)),
    ("Jurors, whose names will be kept secret, began deliberating on Thursday.", "Thursday", D(2022, 10, 27),
     D(2022, 10, 27)),
    # a phrase set off by commas between the future verb and its day does not end the clause
    ("The president is expected to address both houses of parliament, sitting together at Versailles, on Thursday.",
     "Thursday", D(2022, 11, 3), D(2022, 11, 3)),
    ("The minister will visit the town, accompanied by the mayor, on Thursday.", "Thursday", D(2022, 11, 3),
     D(2022, 11, 3)),
    ("Officials, who will report later, said on Thursday the dam held.", "Thursday", D(2022, 10, 27),
     D(2022, 10, 27)),
]


@pytest.mark.parametrize("sentence, phrase, low, high", RELATIVE)
def test_relative_phrases(sentence, phrase, low, high):
    r = reading_of(sentence, phrase)
    assert (r.low, r.high) == (low, high)
    assert r.relative is True


RELATIVE_PRECISION = [
    ("Putin said Monday he hopes for normalization.", "Monday", "day"),
    ("Clashes erupted last month.", "last month", "month"),
    ("The problem it provoked last year remains.", "last year", "year"),
    ("Border guards clashed last week.", "last week", "relative"),
    ("The clashes began late last year.", "late last year", "season"),
    ("Earlier this year, talks collapsed.", "Earlier this year", "relative"),
]


@pytest.mark.parametrize("sentence, phrase, precision", RELATIVE_PRECISION)
def test_relative_precision(sentence, phrase, precision):
    assert reading_of(sentence, phrase).precision == precision


UNRESOLVED = [
    ("Putin said Monday he hopes for normalization.", "Monday", "weekday"),
    ("Clashes erupted last month.", "last month", "month"),
    ("The ministry said yesterday the border was calm.", "yesterday", "day"),
    ("This issue was resolved two years ago.", "two years ago", "year"),
    ("In the spring, talks resumed.", "the spring", "season"),
]


@pytest.mark.parametrize("sentence, phrase, precision", UNRESOLVED)
def test_relative_without_reference_is_unresolved(sentence, phrase, precision):
    r = reading_of(sentence, phrase, None)
    assert (r.low, r.high, r.precision, r.relative) == (None, None, precision, True)


def test_reference_as_datetime_is_accepted():
    r = reading_of("Talks were held on Friday.", "Friday", datetime.datetime(2022, 10, 31, 15, 30))
    assert r.low == D(2022, 10, 28) and type(r.low) is datetime.date


def test_weekday_why_names_the_reference():
    assert reading_of("Talks were held on Friday.", "Friday").why == "Friday on or before 31 Oct 2022"


# --- years, decades, ranges and seasons ----------------------------------------------
YEARS_AND_SPANS = [
    ("It was the worst loss since the 2020 war.", "2020", D(2020, 1, 1), D(2020, 12, 31), "year"),
    ("Azerbaijan recaptured land during a six-week war in 2020.", "2020", D(2020, 1, 1), D(2020, 12, 31), "year"),
    ("The war in 2020 killed 6,500 soldiers.", "2020", D(2020, 1, 1), D(2020, 12, 31), "year"),
    ("Relations have been tense since 1991, when war broke out.", "1991", D(1991, 1, 1), D(1991, 12, 31), "year"),
    ("The region has been disputed since the 1990s.", "the 1990s", D(1990, 1, 1), D(1999, 12, 31), "decade"),
    ("The first war ended in the early 1990s.", "the early 1990s", D(1990, 1, 1), D(1993, 12, 31), "decade"),
    ("Oil output peaked in the late 1980s.", "the late 1980s", D(1987, 1, 1), D(1989, 12, 31), "decade"),
    ("Refugees fled in the '90s.", "the '90s", D(1990, 1, 1), D(1999, 12, 31), "decade"),
    ("Borders were drawn in the 1800s.", "the 1800s", D(1800, 1, 1), D(1899, 12, 31), "decade"),
    ("Trade boomed in the 2000s.", "the 2000s", D(2000, 1, 1), D(2009, 12, 31), "decade"),
    ("Output fell in the 2012-13 season.", "2012-13", D(2012, 1, 1), D(2013, 12, 31), "year"),
    ("The war of 1991–1994 left 30,000 dead.", "1991–1994", D(1991, 1, 1), D(1994, 12, 31), "year"),
    ("The fall 2020 war ended in defeat.", "The fall 2020", D(2020, 9, 1), D(2020, 11, 30), "season"),
    ("Baku launched an offensive in autumn 2020.", "autumn 2020", D(2020, 9, 1), D(2020, 11, 30), "season"),
    ("In the fall of 2020, Baku took several cities.", "the fall of 2020", D(2020, 9, 1), D(2020, 11, 30), "season"),
    ("Talks stalled in summer 2019.", "summer 2019", D(2019, 6, 1), D(2019, 8, 31), "season"),
    ("Talks resumed in the spring of 2021.", "the spring of 2021", D(2021, 3, 1), D(2021, 5, 31), "season"),
    ("Gas ran short in the winter of 2020-21.", "the winter of 2020-21", D(2020, 12, 1), D(2021, 2, 28), "season"),
    # "winter 2020" may be Dec 2019-Feb 2020 or Dec 2020-Feb 2021: both are covered
    ("Gas ran short in winter 2020.", "winter 2020", D(2019, 12, 1), D(2021, 2, 28), "season"),
    ("Talks resumed in spring, diplomats said.", "spring", D(2022, 3, 1), D(2022, 5, 31), "season"),
    ("Talks resumed in the summer, diplomats said.", "the summer", D(2022, 6, 1), D(2022, 8, 31), "season"),
    ("Fighting flared last summer.", "last summer", D(2022, 6, 1), D(2022, 8, 31), "season"),
    ("Gas may run short this winter.", "this winter", D(2022, 12, 1), D(2023, 2, 28), "season"),
    ("The economy recovered in mid-2021.", "mid-2021", D(2021, 4, 1), D(2021, 9, 30), "season"),
    ("Sanctions were eased in early 2021.", "early 2021", D(2021, 1, 1), D(2021, 4, 30), "season"),
    ("The pipeline opens at the end of 2023.", "the end of 2023", D(2023, 9, 1), D(2023, 12, 31), "season"),
    ("The 2022-10 report was published.", "2022", D(2022, 1, 1), D(2022, 12, 31), "year"),
]


@pytest.mark.parametrize("sentence, phrase, low, high, precision", YEARS_AND_SPANS)
def test_years_decades_ranges_seasons(sentence, phrase, low, high, precision):
    r = reading_of(sentence, phrase)
    assert (r.low, r.high, r.precision) == (low, high, precision)


def test_explicit_year_is_not_relative_but_bare_season_is():
    assert reading_of("Baku launched an offensive in autumn 2020.", "autumn 2020").relative is False
    assert reading_of("Fighting flared last summer.", "last summer").relative is True


# --- things that are not dates ---------------------------------------------------------
NOT_DATES = [
    ("Leaders will meet at the G20 summit in Bali.", "G20"),
    ("COVID-19 restrictions were lifted.", "COVID-19"),
    ("A Boeing 737 carried the delegation.", "737"),
    ("UN Security Council Resolution 2334 was cited.", "2334"),
    ("Resolution 2020 was adopted unanimously.", "2020"),
    ("Russia has deployed nearly 2,000 peacekeepers.", "2,000"),
    ("More than 6700 people were killed in the fighting.", "6700"),
    ("2000 people died in the clashes.", "2000"),
    ("Officials said about 2000 remain in shelters.", "2000"),
    ("A 2000-strong force was sent.", "2000"),
    ("Tickets cost $2020 per person.", "2020"),
    ("The talks began at 10:30 a.m. local time.", "10:30"),
    ("The curfew starts at 1800 GMT.", "1800"),
    ("Russia may deploy more troops to the region.", "may"),
    ("Prime Minister Theresa May said talks would continue.", "May"),
    ("The Mayor of Sochi welcomed the guests.", "May"),
    ("Jan Novak, a spokesman, declined to comment.", "Jan"),
    ("Parliament met in April and Ms April Ryan attended.", "April Ryan"),
    ("Protesters march on the parliament.", "march"),
    ("Black September militants were blamed.", "September"),
    ("Shoppers crowded stores on Black Friday.", "Friday"),
    ("Marchers marked Bloody Sunday.", "Sunday"),
    ("The Sunday Times reported the deal.", "Sunday"),
    ("The Arab Spring uprisings toppled rulers.", "Spring"),
    ("After the fall of Kabul, refugees fled.", "fall"),
    ("Prices fall sharply when talks fail.", "fall"),
    ("The spring water supply was cut.", "spring"),
    ("USA Today reported the talks.", "Today"),
    ("Version 1.2.24 of the app was released.", "1.2.24"),
    ("The story is at https://www.site.com/2022/10/31/story today.", "2022/10/31"),
    ("He won by 30,000 votes.", "30,000"),
    ("Flight 1990 landed in Baku.", "1990"),
    ("The impossible 31/02/2022 date was a typo.", "31/02/2022"),
    ("Nobody met on Feb. 30, 2022.", "Feb. 30, 2022"),
]


@pytest.mark.parametrize("sentence, phrase", NOT_DATES)
def test_not_dates(sentence, phrase):
    start = sentence.index(phrase)
    end = start + len(phrase)
    clashing = [r.text for r in read_dates(sentence, REF) if r.start < end and start < r.end]
    assert clashing == []


# --- weekday stated with a date -----------------------------------------------------------
WEEKDAY_CHECKS = [
    ("The summit opened on Monday, Oct. 30, 2022.", "Monday, Oct. 30, 2022", "Monday, Oct. 30, 2022 was a Sunday"),
    ("Talks ended Thursday, Nov. 2, 2022.", "Thursday, Nov. 2, 2022", "Thursday, Nov. 2, 2022 was a Wednesday"),
    ("Sat. 31 Oct 2022 was chosen.", "Sat. 31 Oct 2022", "Sat. 31 Oct 2022 was a Monday"),
    # the part of the day between the weekday and its date
    ("On Saturday evening, 8 January 1989, the jet took off.", "Saturday evening, 8 January 1989",
     "Saturday evening, 8 January 1989 was a Sunday"),
    ("The vote on Monday, Oct. 30 was delayed.", "Monday, Oct. 30", "Monday, Oct. 30 (2022) was a Sunday"),
    ("They met on Tuesday, 1 November 2022.", "Tuesday, 1 November 2022", None),
    ("They met on Friday, Nov. 4, 2022.", "Friday, Nov. 4, 2022", None),
    ("They met on Sun., Oct. 30, 2022.", "Sun., Oct. 30, 2022", None),
    ("They met on Monday, Oct. 31.", "Monday, Oct. 31", None),
    # a modifier before the weekday goes with it, and the date still says which day it is
    ("The wallet was drained last Sunday, Oct. 30.", "last Sunday, Oct. 30", None),
    ("The wallet was drained last Monday, Oct. 30.", "last Monday, Oct. 30",
     "last Monday, Oct. 30 (2022) was a Sunday"),
    # the date in brackets after its weekday is one date, the way a comma joins them
    ("It struck at 7:58 a.m. on Tuesday (Nov. 1), officials said.", "Tuesday (Nov. 1)", None),
    ("It struck at 7:58 a.m. on Monday (Nov. 1), officials said.", "Monday (Nov. 1)", "Monday (Nov. 1) (2022) was a Tuesday"),
    ("It struck on Wednesday (2 November), officials said.", "Wednesday (2 November)", None),
    ("It struck on Thursday (2 November 2022).", "Thursday (2 November 2022)", "Thursday (2 November 2022) was a Wednesday"),
]


@pytest.mark.parametrize("sentence, phrase, mismatch", WEEKDAY_CHECKS)
def test_weekday_mismatch(sentence, phrase, mismatch):
    assert reading_of(sentence, phrase).weekday_mismatch == mismatch


@pytest.mark.parametrize("ref, sentence, day, mismatch", [
    # written in November 2023, Friday, Feb. 23 is the coming one (2024), not the past Thursday
    (D(2023, 11, 22), "Sentencing was set for Friday, Feb. 23.", D(2024, 2, 23), None),
    (D(2023, 11, 22), "Sentencing was set for Thursday, Feb. 23.", D(2023, 2, 23), None),
    # in December the coming February is nearer, but the past one is the Sunday written: news tells what was
    (D(1995, 12, 8), "The bank failed on Sunday 26 February.", D(1995, 2, 26), None),
    # a day told in the past tense is no day to come, whatever year its weekday would fit: the weekday is wrong
    (D(2022, 11, 19), "The jury convicted Ms Kowalis on two counts, returning its verdict on Tuesday 3 January.",
     D(2022, 1, 3),
     "Tuesday 3 January (2022) was a Monday"),
    # a year away is too far to be the day meant: the weekday is wrong
    (D(2025, 11, 1), "They were arrested on Friday, Oct. 25.", D(2025, 10, 25),
     "Friday, Oct. 25 (2025) was a Saturday"),
])
def test_a_weekday_without_a_year_picks_the_nearby_year_it_falls_in(ref, sentence, day, mismatch):
    phrase = sentence.split(" on ")[-1].split(" for ")[-1].rstrip(".")
    reading = reading_of(sentence, phrase, ref)
    assert (reading.low, reading.weekday_mismatch) == (day, mismatch)


@pytest.mark.parametrize("told, day, mismatch", [
    # a retrospective tells the night of the event by the year it wrote with that month before, and checks the
    # weekday against that year
    ("In the early hours of Tuesday, 28 September, the ferry sank.", D(1994, 9, 28),
     "Tuesday, 28 September (1994) was a Wednesday"),
    ("In the early hours of Wednesday, 28 September, the ferry sank.", D(1994, 9, 28), None),
])
def test_a_weekday_and_day_unlike_the_pieces_year_take_the_year_written_with_its_month(told, day, mismatch):
    text = f"Islanders mark thirty years since the night of 27-28 September 1994, when the ferry went down.\n\n{told}"
    reading = next(r for r in read_dates(text, D(2024, 9, 27)) if r.text.endswith("28 September"))
    assert (reading.low, reading.weekday_mismatch) == (day, mismatch)


# --- publication dates from article heads -------------------------------------------------
FILLER = "Officials said the talks had been useful and would continue in the coming weeks.\n\n"

PUBLICATION_DATES = [
    # a masthead line: the paper's name, a dash, its day to the line's end
    ("Valley counts its dead\n\nThe Alpine Courier, valley edition (translated) – Saturday 27 March 1999\n\n"
     "The fire began on Wednesday.", D(1999, 3, 27)),
    # a dash in a sentence of the head before a day is no masthead
    ("Storm hits the coast\n\nThe storm – which struck on 3 May 2021 – flattened the pier.", None),
    ("Date: 29 November 2021\n\nPutin Receives Armenian And Azeri Leaders\n\nOn November 26, Putin...",
     D(2021, 11, 29)),
    ("\n\n# Putin Says Normalization Is in Everyone's Interest\n\nBy [AFP](#)\n\nOctober 31, 2022\n\n"
     "**Kremlin.ru**\n\nRussian President Vladimir Putin said Monday...", D(2022, 10, 31)),
    ("Armenia, Azerbaijan agree not to use force\nPublished: 31 Oct 2022 14:05 GMT\n\nLeaders met.",
     D(2022, 10, 31)),
    ("Headline\nUpdated Nov. 1, 2022 9:00 a.m. ET\nPublished Oct. 31, 2022\n\nBody.", D(2022, 10, 31)),
    ("Headline\nUpdated: 1 November 2022\n\nBody text follows.", D(2022, 11, 1)),
    ("Headline\nPosted on Monday, 31 October 2022\n\nBody.", D(2022, 10, 31)),
    ("Headline\nOct. 31, 2022 | 10:45 AM EDT\n\nBody.", D(2022, 10, 31)),
    ("Headline\n2022-10-31T08:15:00Z\n\nBody.", D(2022, 10, 31)),
    ("Headline\nBy Jane Doe | October 31, 2022\n\nBody.", D(2022, 10, 31)),
    ("MOSCOW, Oct. 31, 2022 (AP) — Russia hosted talks on Monday.", D(2022, 10, 31)),
    # a release issued from two places
    ("Agency Appeals for Funds\n\nPRESS RELEASE\n\nCox's Bazar / Dhaka, 5 September 2017\n\nThe agency today "
     "launched an appeal.", D(2017, 9, 5)),
    ("MOSCOW, Oct 31 (Reuters) - Russia hosted talks on Monday.\n\n"
     "https://www.reuters.com/world/europe/2022/10/russia-hosts-talks\n", D(2022, 10, 31)),
    ("SOCHI, Russia, Oct 31 (Reuters) - Talks began.\n\n© 2022 Reuters", D(2022, 10, 31)),
    ("SOCHI, Russia, Oct 31 (Reuters)\n\nTalks began.\n\n© 2022 Reuters", D(2022, 10, 31)),
    ("Azerbaijan, Armenia, Russia ink document\n(L-R) Aliyev, Putin and Pashinian attend talks in Sochi, "
     "Russia, Oct. 31, 2022. (EPA via Sputnik/Kremlin Pool Photo)\n\n\nLeaders met on Monday.",
     D(2022, 10, 31)),
    ("Putin says normalization in everyone's interest\n\n" + FILLER * 30 + "Original url:\n\n"
     "<https://www.themoscowtimes.com/2022/10/31/putin-says-normalization-a79252>", D(2022, 10, 31)),
    ("Headline\n\n" + FILLER * 3 + "Source: https://example.com/news/20221031/story.html\n", D(2022, 10, 31)),
    # nothing trustworthy: no guessing
    ("SOCHI, Russia, Oct 31 (Reuters) - Talks began on Monday.", None),
    ("Putin to host leaders\n\nPutin will host the leaders, the Kremlin said on Friday. "
     "Fighting ended in 1994 and resumed in 2020.", None),
    ("Headline\n\nOn Feb. 24, 2022, Russia invaded Ukraine, the minister recalled.", None),
    ("Headline\n\n" + FILLER * 25 + "The war began on Sept. 27, 2020.\n", None),
    ("Headline\n\nRead the background at https://site.com/2019/05/01/old-story for more.", None),
    ("Leave a Reply\n\nYour email address will not be published.", None),
    ("Headline\nPublished reports say the war began on Feb. 24, 2022.\n\nBody.", None),
    ("Headline\nDated documents from Oct. 3, 2022 were leaked.\n\nBody.", None),
    ("Headline\n\nThe image, taken on Oct. 2, 2022, shows the border.", None),
    ("", None),
    # a press release's own line, and a wire's date line with its relative update stamp
    ("AGENCY NAME\n\nNEWS RELEASE\nFOR IMMEDIATE RELEASE: Feb. 6, 2024\n\nBody.", D(2024, 2, 6)),
    ("Headline\n\nBy A. Writer\n\nJanuary 6, 2024 4:18 PM PST  Updated 2 hours ago\n\nBody.", D(2024, 1, 6)),
    ("Headline\nReleased reports say the war began on Feb. 24, 2022.\n\nBody.", None),
    ("MINISTRY\nPRESS RELEASE\nRelease: Monday 30 December 2024, 11:00 (KST)\n\nBody.", D(2024, 12, 30)),
    ("Headline\n\nOctober 30, 2022 1:52 PM GMT+9  Updated an hour ago\n\nBody.", D(2022, 10, 30)),
    # a place and a full date alone on their line: a press release's dateline
    ("OFFICE OF THE PROSECUTOR\nPRESS RELEASE\nLyon, 29 October 2025\n\nBody.", D(2025, 10, 29)),
    # a date line that also names the place, the time or the last update, in any order
    ("Floods: the clean-up begins\n3 March 2019, Rotorua, New Zealand (last updated 09:40 GMT)\n\nBody.",
     D(2019, 3, 3)),
    ("Valley towns count the cost\nTAUPŌ, Waikato Region – Sunday 3 March 2019\n\nBody.", D(2019, 3, 3)),
    ("Civil Defence – situation report\nRotorua, Bay of Plenty, Sunday 3 March 2019, 14:00 hrs\n\nBody.",
     D(2019, 3, 3)),
    ("Storm damage: insurers brace\n3 March 2019 Last updated at 09:40 GMT\n\nBody.", D(2019, 3, 3)),
    ("Valley towns count the cost\nROTORUA, New Zealand (AP) Sunday, March 3, 2019\n\nBody.", D(2019, 3, 3)),
    # the agency first, then the day with its year, then the story on the same line
    ("Trains collide\n\nLONDON (AP) - Thursday, Oct. 7, 1999 - Forensic teams began searching.", D(1999, 10, 7)),
    ("Jet lost\n\nCORK, Ireland (AP) _ An Air India jet broke up on Sunday, June 23, 1985.", None),
    ("Insurer names new chief\nAUCKLAND, New Zealand--(BUSINESS WIRE)--March 3, 2019--Kiwi Mutual today named "
     "a new chief executive.\n\nBody.", D(2019, 3, 3)),
    ("Road reopens\nHAMILTON, NZ, March 3, 2019 /Waikato Council/ - 4:30 p.m. NZDT\n\nBody.", D(2019, 3, 3)),
    ("Flood update\nROTORUA, Sunday 3 March 2019, 15:30 NZDT - Media release No. 4\n\nBody.", D(2019, 3, 3)),
    ("Storm hits the north\nBy A. Writer\nMarch 3, 2019 7:12 PM NZDT (0612 GMT) Updated\n\nBody.", D(2019, 3, 3)),
    # a masthead with its edition in brackets, and a release's number before the day it was issued
    ("Studio fire kills 33\nTHE KYOTO CHRONICLE (English edition) \u2014 Saturday, July 20, 2019\n\nBody.",
     D(2019, 7, 20)),
    ("Situation report on the fire\nFIRE DEPARTMENT\nPress Release No. 2 \u2014 Issued 19 July 2019, 10:00 JST\n\n"
     "Body.", D(2019, 7, 19)),
    ("Tower fire\nBy Chronicle reporters\nSaturday 17 June 2017, 19:05 | Updated 21:30\n\nBody.", D(2017, 6, 17)),
    # a masthead with a longer note in brackets; a release's number and the hour it was issued, in hours
    ("Jets collide\nEL DIA - Santa Cruz de Tenerife, Tuesday 29 March 1977 (English translation of the front-page "
     "report)\n\nBody.", D(1977, 3, 29)),
    ("Collision at Los Rodeos\nPress release No. 2 - Monday, 28 March 1977 - 14.00 hours\n\nBody.", D(1977, 3, 28)),
    # a release's day with what it is for after a dash
    ("ARMED FORCES\nPRESS RELEASE No. 14/2000\nMonday 21 August 2000 - for immediate release\n\nBody.",
     D(2000, 8, 21)),
    ("Agency\n\n12 March 2021 -- For Immediate Release\n\nBody.", D(2021, 3, 12)),
    # a headline that holds a date is no date line
    ("Why the storm of 3 March 2019 still haunts the valley\n\nBody.", None),
    ("Residents recall 3 March 2019, the night the river rose\n\nBody.", None),
    # an archived wire story's slug: desk, month-day-year, the time it moved
    ("AP-NY-03-13-96 1842EST\nURGENT\n\nGunman kills 16 in school gym\n\nBody on Wednesday.", D(1996, 3, 13)),
    ("AP-WA-11-02-04 0915EDT\n\nVoters line up\n\nBody.", D(2004, 11, 2)),
    ("Flight AP-NY-03-13-96 1842EST was delayed, the airline said.\n\nBody.", None),
]


@pytest.mark.parametrize("text, expected", PUBLICATION_DATES)
def test_find_publication_date(text, expected):
    assert find_publication_date(text) == expected


# --- robustness --------------------------------------------------------------------------------
ODD_INPUTS = [
    "", " ", "\x00\x01", "\n\n\n", "🙂 Oct. 31, 2022 🙂", "Oct.", "May", "31/", "2022-", "'90s",
    "Oct 32, 2022", "Feb. 29, 2023", "Feb. 29", "0/0/0000", "99/99/9999", "1000-01-01", "the 0s",
    "Monday, " * 50, "in the early", "last", "ago ago", "2100-2199", "winter of 2020-99",
]


@pytest.mark.parametrize("text", ODD_INPUTS)
@pytest.mark.parametrize("ref", [None, REF, D(1, 1, 1), D(9999, 12, 31), D(2024, 2, 29)])
def test_never_raises_and_offsets_are_exact(text, ref):
    readings = read_dates(text, ref)
    end = 0
    for r in readings:
        assert text[r.start:r.end] == r.text and r.start >= end
        assert r.low is None or r.low <= r.high
        end = r.end
    find_publication_date(text)


def test_offsets_exact_after_astral_characters():
    text = "🙂🙂 On Oct. 31, 2022 leaders met."
    (r,) = read_dates(text)
    assert (r.start, r.end, r.text) == (6, 19, "Oct. 31, 2022")


def test_feb_29_without_year_uses_a_leap_year():
    r = reading_of("A storm hit on Feb. 29.", "Feb. 29", D(2024, 10, 31))
    assert r.low == D(2024, 2, 29)


@pytest.mark.parametrize("text", [
    "Oct" + " " * 50_000, "the " * 20_000, "May " * 20_000, "1/" * 30_000, "Monday, " * 5_000,
    "http://" + "a/" * 50_000, "9" * 100_000, "2022-" * 20_000, "MOSCOW, " * 10_000,
])
def test_pathological_inputs_are_read_without_error(text):
    # (their speed is benchmarks/bench_dates.py's to measure: tests do not time)
    assert all(text[r.start:r.end] == r.text for r in read_dates(text, REF))
    assert find_publication_date(text) is None or isinstance(find_publication_date(text), datetime.date)


SEEDS = sorted(glob.glob(os.path.join(os.path.dirname(__file__), "..", "..", "seeds", "*.txt")))


@pytest.mark.skipif(not SEEDS, reason="no sample texts")
@pytest.mark.parametrize("path", SEEDS)
def test_sample_texts_give_sorted_exact_readings(path):
    with open(path, encoding="utf-8") as fh:
        text = fh.read()
    readings = read_dates(text, REF)
    assert readings, "every sample story mentions some date"
    for before, after in zip(readings, readings[1:]):
        assert before.end <= after.start
    assert all(text[r.start:r.end] == r.text for r in readings)


@pytest.mark.parametrize("sentence, low", [
    # as of 31 Oct 2022: a season told of what is to come is the next one, else the latest begun
    ("Nobody yet knows where the students will study in the spring.", D(2023, 3, 1)),
    ("The plant closed in the spring.", D(2022, 3, 1)),
])
def test_a_season_told_of_what_is_to_come_is_the_next(sentence, low):
    assert reading_of(sentence, "the spring").low == low


@pytest.mark.parametrize("sentence, phrase, day", [
    # a day with no year, running to a day with one: that year, whatever the reference (31 Oct 2022)
    ("Date: Night of Sunday 2 December to Monday 3 December 1984", "Sunday 2 December", D(1984, 12, 2)),
    ("The leak ran from Sunday, Dec. 2, to Monday, Dec. 3, 1984.", "Sunday, Dec. 2", D(1984, 12, 2)),
    ("The strike lasted from 30 December to 2 January 1985.", "30 December", D(1984, 12, 30)),
])
def test_a_day_takes_the_year_of_the_day_it_runs_to(sentence, phrase, day):
    r = reading_of(sentence, phrase)
    assert (r.low, r.weekday_mismatch) == (day, None)


@pytest.mark.parametrize("text, phrase, day", [
    # a retrospective (26 July 2002) tells its story's days after one with a year: a day the reference would put
    # weeks ahead is that story's, the year told before it
    ("The submarine sank on 12 August 2000. Rescue bids failed. On 20 August, divers opened the hatch.",
     "20 August", D(2000, 8, 20)),
    # a day told as planned is the coming one, whatever was told before it
    ("The law was passed on 12 March 2019. The hearing is scheduled for 20 August.", "20 August", D(2002, 8, 20)),
    # a day in the reference's own year, told before: the reference's year as before
    ("The bid failed on 12 July 2002. On 20 August, divers opened the hatch.", "20 August", D(2002, 8, 20)),
    # a day the reference puts in the past is left there
    ("The submarine sank on 12 August 2000. On 20 July, divers returned.", "20 July", D(2002, 7, 20)),
    # ... and so is one a past-tense sentence tells months back, though the story told before is of another year
    ("The riot echoed the storming of 6 January 2001. Supporters refused to accept the 30 April runoff, which the "
     "president won.", "30 April", D(2002, 4, 30)),
    # on or after the day told with its year, though before a day the story's year was given to
    ("The submarine sank on 12 August 2000. Divers worked until 21 August. The next evening, on 14 August, the "
     "navy gave up.", "14 August", D(2000, 8, 14)),
    # a past-tense sentence's day weeks ahead of the reference is the story's, as any day ahead is
    ("The submarine sank on 12 August 2000. Divers returned on 20 October, and the hull was raised.", "20 October",
     D(2000, 10, 20)),
])
def test_a_day_ahead_of_the_reference_takes_the_year_of_the_story_told(text, phrase, day):
    assert reading_of(text, phrase, D(2002, 7, 26)).low == day


@pytest.mark.parametrize("text, phrase, day, mismatch", [
    # a retrospective (26 July 2002) tells a day with its weekday and no year: the year of the date told before it,
    # whose calendar has that weekday there (28 April 2002 was a Sunday, 1986's a Monday)
    ("The reactor blew up on 26 April 1986. Moscow said nothing until Monday 28 April.", "Monday 28 April",
     D(1986, 4, 28), None),
    # a weekday the year told before does not fit either stays wrong, in the reference's year
    ("The reactor blew up on 26 April 1986. Moscow said nothing until Tuesday 28 April.", "Tuesday 28 April",
     D(2002, 4, 28), "Tuesday 28 April (2002) was a Sunday"),
    # ... and only that year is tried: another the text writes (in 1997 28 April was a Monday) is no story's day
    ("The plant closed in 1997. Talks began on 3 May 2001. The report came on Monday 28 April.", "Monday 28 April",
     D(2002, 4, 28), "Monday 28 April (2002) was a Sunday"),
])
def test_a_day_with_its_weekday_takes_the_year_told_before_it_whose_calendar_fits(text, phrase, day, mismatch):
    r = reading_of(text, phrase, D(2002, 7, 26))
    assert (r.low, r.weekday_mismatch) == (day, mismatch)


def test_a_day_with_its_weekday_far_from_the_day_told_before_it_stays_in_the_references_year():
    # 21 February 2019 was a Thursday, but a day ten months before the one told is another story's
    r = reading_of("The last breach was on 2 May 2019. It was detected on Thursday 21 February.",
                   "Thursday 21 February", D(2024, 3, 1))
    assert (r.low, r.weekday_mismatch) == (D(2024, 2, 21), "Thursday 21 February (2024) was a Wednesday")


@pytest.mark.parametrize("text, phrase, day", [
    # "that Monday" points back to the story's day: the Monday nearest the day told in full before it
    ("The trains collided on 5 October 1999. The driver passed a red light that Monday morning.", "Monday",
     D(1999, 10, 4)),
    ("The trains collided on 5 October 1999. That Tuesday, crowds gathered.", "Tuesday", D(1999, 10, 5)),
    # ... as does "the Tuesday" of a story told later ("who visited the scene on the Tuesday")
    ("The jet crashed on 8 January 1989. The prime minister visited the scene on the Tuesday.", "Tuesday",
     D(1989, 1, 10)),
    # a weekday without "that" is read against the piece's own date
    ("The trains collided on 5 October 1999. On Monday the families met the minister.", "Monday",
     D(2002, 7, 22)),
])
def test_that_weekday_is_the_one_of_the_day_told_before_it(text, phrase, day):
    assert reading_of(text, phrase, D(2002, 7, 26)).low == day
