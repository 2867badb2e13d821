"""Words the date reader knows: calendar names, and the words around a phrase that
tell whether it is a date ("in May") or not ("Theresa May", "2000 people")."""
import calendar
import re

# Names as the calendar module gives them at import, like the tables below; the
# explanations ("why") use these instead of calendar.month_abbr[i], which calls
# strftime on every lookup and was a visible cost per reading.
MONTH_NAME = tuple(calendar.month_name)      # index 1..12
MONTH_ABBR_NAME = tuple(calendar.month_abbr)  # index 1..12
DAY_NAME = tuple(calendar.day_name)          # index 0 (Monday)..6

MONTHS = {name.lower(): i for i, name in enumerate(MONTH_NAME) if name}
MONTH_ABBR = {"jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8,
              "sep": 9, "sept": 9, "oct": 10, "nov": 11, "dec": 12}
WEEKDAYS = {name.lower(): i for i, name in enumerate(DAY_NAME)}
WEEKDAY_ABBR = {"mon": 0, "tue": 1, "tues": 1, "wed": 2, "thu": 3, "thur": 3,
                "thurs": 3, "fri": 4, "sat": 5, "sun": 6}
SEASON_START = {"spring": 3, "summer": 6, "fall": 9, "autumn": 9, "winter": 12}
COUNT_WORDS = {"a": (1, 1), "an": (1, 1), "one": (1, 1), "two": (2, 2), "three": (3, 3),
               "four": (4, 4), "five": (5, 5), "six": (6, 6), "seven": (7, 7),
               "eight": (8, 8), "nine": (9, 9), "ten": (10, 10), "eleven": (11, 11),
               "twelve": (12, 12), "a few": (2, 4), "a couple of": (2, 2), "several": (3, 7)}

# early/mid/late and their spelled-out forms ("the end of" is late).
PART_WORDS = {"early": "early", "start": "early", "beginning": "early", "mid": "mid",
              "middle": "mid", "late": "late", "end": "late"}
# Overlapping thirds of a year, in months: Jan-Apr, Apr-Sep, Sep-Dec.
YEAR_PARTS = {"early": (1, 4), "mid": (4, 9), "late": (9, 12)}

# Words that make a bare month name a date ("in May"); "Theresa May" has none.
MONTH_CUES = frozenset("in on since until till by from to through throughout during "
                       "before after of between around".split())
# Month names that are also common given names or words: they need a cue or a day/year.
NEEDS_CUE = frozenset({"may", "april", "june", "august"})
YEAR_CUES = frozenset("in since until till by during before after from through".split())
SEASON_CUES = frozenset("in during by until till since over through throughout into".split())
NAMED_DAYS = frozenset("black good bloody super ash easter palm cyber holy maundy shrove "
                       "giving blue".split())
# Words before a number that make it a label or an amount, not a year.
LABEL_WORDS = frozenset("resolution resolutions no nos number flight article section chapter "
                        "route highway road page pages pp room model code paragraph clause "
                        "protocol decree bus train platform gate exit channel sector block "
                        "building plot unit item lot box suite apartment usd eur rs rub".split())

# "about 2000", "more than 2020": an amount, not a year.
QUANTITY_BEFORE = re.compile(
    r"(?i:\b(?:(?:more|less|fewer)\s{1,3}than|about|around|nearly|almost|roughly|approximately|"
    r"at\s{1,3}least|up\s{1,3}to|as\s{1,3}many\s{1,3}as|total\s{1,3}of|estimated))\s{1,3}\Z")
# "2000 people", "1800 GMT": a count or a clock time, not a year.
COUNTED_AFTER = re.compile(
    r"(?:\s{1,3}|\s{0,2}[-–]\s{0,2})(?i:people|persons|residents|civilians|soldiers|troops|"
    r"fighters|militants|peacekeepers|personnel|police(?:men)?|officers|servicemen|men|women|"
    r"children|students|workers|employees|staff|jobs|members|voters|votes|ballots|seats|"
    r"delegates|refugees|migrants|prisoners|detainees|hostages|victims|casualties|deaths|dead|"
    r"killed|injured|wounded|cases|patients|doses|beds|homes|houses|households|families|"
    r"buildings|villages|vehicles|tanks|cars|trucks|aircraft|planes|jets|drones|missiles|"
    r"rockets|shells|rounds|weapons|guns|units|tons|tonnes|barrels|litres|liters|gallons|"
    r"kilometres|kilometers|km|miles|metres|meters|feet|ft|acres|hectares|square|sq|kg|"
    r"kilograms|pounds|lbs|dollars|euros|rubles|roubles|yuan|rupees|percent|per\s{1,3}cent|"
    r"points|words|pages|copies|protesters|demonstrators|participants|passengers|tourists|"
    r"visitors|users|customers|companies|firms|schools|hospitals|gmt|utc|hours|hrs|minutes|"
    r"days|weeks|months|years|local\s{1,3}time|strong|more|others|"
    r"of\s{1,3}(?:the|them|whom|which|these|those|its|their))\b")
# "the fall of Kabul", "the spring water": a noun, not a season.
SEASON_NOUN_AFTER = re.compile(r"\s{1,3}(?:of|in|from|to|at|on|by)\b")
# "The Sunday Times": a title, not a day.
NEWSPAPER_AFTER = re.compile(r"\s{1,3}(?:Times|Telegraph|Express|Mirror|Herald|Mail|Post|"
                             r"Tribune|Independent|Star|Sport|School|Night\s{1,3}Football)\b")


# Words that look ahead to a month: a deadline or a plan ("by the end of May", "expected in June")
FUTURE_CUE = re.compile(r"\b(?:by|until|till|before|due|will|expected|expects|scheduled|set\s+to|plans?\s+to|"
                        r"aims?\s+to|intends?\s+to)\b[^.;]*\Z", re.IGNORECASE)
# ... and words that tell a day as planned, whatever the tense around ("by" or "before" a day may be past)
PLAN_WORDS = r"due|will|expected|expects|scheduled|set\s+(?:to|for)|plans?\s+to|aims?\s+to|intends?\s+to"
PLAN_CUE = re.compile(rf"\b(?:{PLAN_WORDS})\b[^.;]*\Z", re.IGNORECASE)
WHICH_YEAR_AFTER = re.compile(r"\s+(last|this|next)\s+year\b", re.IGNORECASE)     # "16 September last year"
NEXT_DAYS_AHEAD = 92     # an unplanned day-month up to a quarter ahead is the coming one ("elections on Nov. 8")
PLAN_AHEAD_DAYS = 183    # a day told as planned, up to half a year
PAST_AHEAD_DAYS = 14     # a day in a sentence told in the past, a fortnight: further ahead, it is last year's
