"""What stands around a figure: the anchored patterns that look a few characters to its left and right and
decide whether it is a figure, a date, a label, an age or a name.

Each pattern is matched at a known offset (``match``) or searched in a short window that ends at the figure
(``search(text, lo, start)`` with a ``\\Z`` anchor), never over the whole text, so reading stays linear.
"""
from __future__ import annotations

import re
from dataclasses import replace

from checker.reading.quantities import figures as fig, lexicon as lex

_I = re.IGNORECASE

# --- patterns --------------------------------------------------------------------

# (a unit may be written on both ends: "between 38C and 42C", "10 km to 20 km"; the second must be the same)
RANGE_SEP = re.compile(r"(?P<pct>\s?%)?(?P<munit>\s?(?:km/h|km|kph|mph|kg|cm|mm|ft|m|(?-i:°?[CF])|°)(?![A-Za-z/]))?"
                       r"(?P<sep>\s*[-\u2013\u2014]\s*|\s+to\s+|\s+and\s+|\s+or\s+)", _I)
RATIO_SEP = re.compile(r"\s+(?:in|out\s+of)\s+(?:every\s+)?", _I)

# Right after the digits: what makes them not a figure at all.
NOT_A_FIGURE_AFTER = re.compile(
    r"[,.:/][0-9]|(?:st|nd|rd|th)\b|['\u2019]?s\b|\s?(?:[ap]\.m\.|[ap]m\b|o['\u2019]clock)"
    r"|\s?(?-i:GMT|UTC|BST|CET|EST|EDT|PST|hrs\b|h\b)"
    r"|(?<![0-9]{3})\s*(?:and|to|[-\u2013])\s*\d{1,2}(?::[0-5]\d)?\s?(?:[ap]\.m\.|[ap]m\b)", _I)   # "between 1 and 2 a.m."
# "a six-figure sum", "double-digit growth": how many digits a figure has, a size, not a count
_DIGITS_OF_A_SIZE = re.compile(r"[-\u2010\u2011](?:figure|digit)\b", _I)


def size_in_digits(text: str, end: int) -> bool:
    """"a six-figure sum", "double-digit growth": a figure's size in digits (a hyphen tested first: every figure
    passes here)."""
    return text[end:end + 1] in "-\u2010\u2011" and _DIGITS_OF_A_SIZE.match(text, end) is not None
LETTER = re.compile(r"[^\W\d_]")

SUFFIX_AFTER = re.compile(
    r"\s+(?P<phrase>" + lex.phrase_pattern(p for p in lex.SUFFIX_QUALIFIERS if " " in p) + r")\b(?!\s+than\b)"
    r"|(?P<plus>-plus\b|\+(?![0-9]))|[-\s](?P<odd>odd)\b", _I)


def suffix_qualifier(text: str, end: int) -> tuple[str | None, int]:
    """(the canonical qualifier a suffix right after `end` says, where the suffix ends): "or more" is "at least",
    "30-odd" "about"; (None, end) when there is none."""
    sfx = SUFFIX_AFTER.match(text, end)
    if not sfx:
        return None, end
    phrase = sfx.group("phrase") or sfx.group("odd") or ("plus" if "plus" in sfx.group() else "+")
    return lex.SUFFIX_QUALIFIERS.get(lex._norm_phrase(phrase)), sfx.end()


# The patterns ending in \Z right before a figure ("between ", "aged at least ") are searched for in this many
# characters before it, not the whole prefix window: a search tries every position it is given
WORD_BEFORE_REACH = 24
BETWEEN_BEFORE = re.compile(r"\bbetween\s+\Z", _I)
FROM_BEFORE = re.compile(r"\bfrom\s+\Z", _I)
# "rose from 120 to 264" is a change, two figures; "ranged from 150 to 4,000" is a range
_CHANGE_VERB = (
    r"\b(?:rose|risen|rising|rises|climbed|climbing|increased|increasing|jumped|grew|grown|growing|fell|fallen"
    r"|falling|dropped|declined|declining|went|raised|lowered|cut|revised|up|down|upgraded|downgraded|soared"
    r"|surged|plunged|slumped|doubled|tripled|swelled|shrank|widened|narrowed|changed|moved|increase|rise"
    r"|fall|drop|jump)\b(?:[ \t\u00a0]+[\w'\u2019-]+){0,4}?[ \t\u00a0]+")
CHANGE_BEFORE = re.compile(_CHANGE_VERB + r"from\s+\Z", _I)
# "fell by 850,000 to 1.41 billion": how much it changed, then what it came to; no range
CHANGE_BY_BEFORE = re.compile(_CHANGE_VERB + r"by\s+\Z", _I)
# "Shares rose 2.35 to 118.40": the verb right before the change, then the level it came to
CHANGE_RIGHT_BEFORE = re.compile(r"\b(?:rose|fell|gained|lost|climbed|dropped|added|shed|slipped|jumped|eased|edged"
                                 r"|advanced|declined|slid|sank|dipped|firmed)\s+(?:up\s+|down\s+)?\Z", _I)
# "magnitude 6.4", "a magnitude-5.9 quake": the scale named before the figure
MAGNITUDE_BEFORE = re.compile(r"\bmagnitude(?:[ \t\u00a0-]+|:[ \t\u00a0]*)\Z", _I)   # ("Magnitude: 7.8", a fact box)
def label_start(text: str, lo: int, x: fig.Figure) -> int:
    """Where the figure's phrase starts for its qualifier: before "magnitude" in "above magnitude 7"."""
    if lex.word_before(text, x.start) == "magnitude":
        label = MAGNITUDE_BEFORE.search(text, max(lo, x.start - WORD_BEFORE_REACH), x.start)
        if label is not None:
            return label.start()
    return x.start


# "80 km (50 miles)", "a 3-km (2-mile) route": the same measure in the other system, in brackets right after
OTHER_SYSTEM = re.compile(r"\s*\(\s*(?:about\s+|around\s+|some\s+|nearly\s+|roughly\s+)?(?P<num>[0-9][0-9,]*(?:\.[0-9]+)?)"
                          r"\s*-?\s*(?P<unit>nautical\s+miles?|miles?|mph|kph|kmph|km/h|mi|km|kilomet(?:re|er)s?"
                          r"|feet|foot|ft|m|met(?:re|er)s?|°?\s?[CF]|degrees?\s+(?:celsius|fahrenheit)|kg|lbs?"
                          r"|pounds?|tonnes?|tons?|t|acres?|hectares?|ha|yards?|yd)\s*\)", _I)
# "above 300 and below 700": the upper bound of a range opened by a lower one
UPPER_BOUND = re.compile(r"(?P<bound>below|under|less\s+than|fewer\s+than|lower\s+than|at\s+most|up\s+to"
                         r"|no\s+more\s+than)\s+", _I)
MONTHS = ("January|February|March|April|May|June|July|August|September|October|November|December"
           "|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec")
MONTH_BEFORE = re.compile(rf"\b(?:{MONTHS})\.?,?\s+\Z")
MONTH_BEFORE_DAY = re.compile(rf"\b(?:{MONTHS})\.?\s+\Z")  # "October 12", not "31 October, 12 people"
MONTH_WORDS = frozenset(MONTHS.lower().split("|"))


def month_before(text: str, lo: int, start: int, pattern: re.Pattern = MONTH_BEFORE) -> bool:
    """Whether a month name ends right before start ("November 2022", "Oct. 31"), none before lo."""
    return lex.word_before(text, start) in MONTH_WORDS and pattern.search(text, lo, start) is not None


MONTH_AFTER = re.compile(rf"(?:st|nd|rd|th)?\s+(?:of\s+)?(?:{MONTHS})\b")
# "aged 45", "aged between 22 and 40", "aged over 65", "the age of 12", "ranged in age from 14", "a man of about 30":
# ages, whatever qualifies them; not "the retirement age from 62 to 64", a change
AGE_LAST_WORDS = frozenset("aged age ages of between from under over about around roughly nearly almost least to as at"
                           .split())
AGE_BEFORE = re.compile(r"\b(?:aged\s+(?:(?:between|from|under|over|about|around|roughly|nearly|almost|at\s+least"
                        r"|up\s+to)\s+)?"
                        r"|(?:age|ages)(?:\s*:\s*|\s+(?:of\s+)?)"       # "Age: 34", as a fact sheet lists it
                        r"|\b(?:a|an)\s+(?:man|woman|boy|girl)\s+of\s+(?:(?:about|around|nearly|almost)\s+)?"
                        # "gave Officer Sicknick's age as 40", "put his age at 34", "her age was given as 52"
                        r"|\bage\s+(?:(?:was|is)\s+)?(?:(?:given|put|listed|reported)\s+)?(?:as|at)\s+"
                        # "the dead ranged in age from 14 to 49", "their ages ranged from 14 to 49"
                        r"|\bin\s+age\s+(?:from|between)\s+|\bages\s+rang(?:e|ed|ing)\s+(?:from|between)\s+)\Z", _I)
OLD_AFTER = re.compile(r"(?:\s+|-)olds?\b", _I)
ADDRESS_AFTER = re.compile(r"(?:\s+[A-Z][a-z]+){1,3}\s+(?:Street|St\.?|Avenue|Ave\.?|Road|Rd\.?|Boulevard"
                            r"|Blvd\.?|Lane|Drive|Place|Square|Terrace|Court|Crescent)\b")
# "Ulrich Körner, 59,", "DeWine, 76,", "O'Brien, 34,", "Kawaʻakoa, 35,": a capitalised word (capitals, apostrophes
# and the ʻokina inside, Latin letters beyond ASCII too) ending in a small letter, then a comma
# "John Smith, 45,", "King Mohammed VI, 60,": a name, then an age (a regnal number may end the name)
_NAME_WORD = r"\b[A-ZÀ-ÖØ-ÞĀ-Ž](?:[A-Za-zß-öø-ÿĀ-ž'’\u02bb\u02bc-]*[a-zß-öø-ÿĀ-ž])?"   # ("Yoo Ji-hwan, 19,")
# ("Jean Cabut, known as "Cabu", 77,": the name the person goes by, in quotation marks)
# ("Yoo Ji-hwan, also 19,", "Smith, now 45,": the age told again, or as it is now)
NAME_COMMA_BEFORE = re.compile(rf"{_NAME_WORD}(?:\s+(?:[IVX]{{1,5}}|[JS]r\.?))?[\"”’]?,\s+"
                               r"(?:(?:also|now|then)\s+)?\Z")
# "SUNG KOOK (BILL) HWANG, 57, of Tenafly": a name in capitals, as a charging document writes it, with where the
# person lives after the age
_CAPS_NAME_COMMA_BEFORE = re.compile(r"\b[A-Z]{2,}(?:[-'’][A-Z]+)?,\s+\Z")
# ... or what the person was, as a list of the dead gives it ("- Bernard MARIS, 68, economist")
_OF_RESIDENCE_AFTER = re.compile(r",\s+(?:of\s+[A-Z]|[a-z]{4,}\s*(?:$|\n))", re.MULTILINE)
# "Oscar Pistorius (27)": a full name with the age in brackets, as court and police statements write it
_FULL_NAME_BRACKET_BEFORE = re.compile(r"\b[A-ZÀ-ÖØ-ÞĀ-Ž][a-zß-öø-ÿĀ-ž'’-]+(?:\s+[A-ZÀ-ÖØ-ÞĀ-Ž][a-zß-öø-ÿĀ-ž'’-]+)+"
                                       r"\s+\(\Z")


# "Hartfield, who was 34, had ...": a name, then "who was" and the age set off by a comma
_NAME_WHO_WAS_BEFORE = re.compile(rf"{_NAME_WORD},\s+who\s+(?:is|was)\s+(?:aged\s+)?\Z")


# "children under 12", "residents over 80": people bounded by age, when no noun follows the figure
_PEOPLE_BOUNDED_BEFORE = re.compile(
    r"\b(?:children|kids|people|adults|those|anyone|everyone|voters|pupils|students|patients|drivers|women|men|girls"
    r"|boys|residents|players|youngsters|teenagers|teens|applicants|workers|passengers|citizens|users|pensioners"
    r"|workforce|population|doctors|gps|nurses|teachers|staff|electorate)"     # "a third of the workforce is over 50"
    r"\s+(?:(?:is|are|was|were)\s+)?(?:aged\s+)?\Z", _I)
_AGE_BOUNDS = frozenset(["under", "over", "above", "below", "older than", "younger than"])
# "Candidates must be at least 35": the least age of whoever must be it
_MUST_BE_BEFORE = re.compile(
    r"\b(?:voters|candidates|applicants|drivers|buyers|players|children|people|users|members|you|they|he|she)"
    r"\s+(?:must|should|will\s+have\s+to|has\s+to|have\s+to|needs?\s+to)\s+be\s+\Z", _I)
# "The former coach, nearly 70, was", "Estrosi, almost 60, said": a noun or a name, then a bounded figure set off by
# commas with nothing it counts: an aside on a person's age
_ASIDE_COMMA_BEFORE = re.compile(rf"(?:{_NAME_WORD}|\b[a-z]{{3,}}),\s+\Z")


def bounded_age(text: str, lo: int, q_start: int, x) -> bool:
    """Whether a figure with a qualifier before it ("under 12", "at least 35", "nearly 70") bounds a person's age."""
    if x.value != int(x.value) or not 0 < x.value < 125 or x.currency:
        return False
    bound = " ".join(text[q_start:x.start].split()).lower()
    if bound in _AGE_BOUNDS and _PEOPLE_BOUNDED_BEFORE.search(text, max(lo, q_start - 30), q_start):
        return True
    if _MUST_BE_BEFORE.search(text, max(lo, q_start - 40), q_start):
        return True
    return text[x.end:x.end + 1] == "," and bool(_ASIDE_COMMA_BEFORE.search(text, max(lo, q_start - 40), q_start))


def named_before(text: str, lo: int, x) -> bool:
    """Whether a bare figure follows a name and a comma ("John Smith, 45"), a full name in brackets ("John Smith
    (45)"), or a name in capitals with the person's home after it ("HWANG, 57, of Tenafly")."""
    if text[x.end:x.end + 1] == ")" and _FULL_NAME_BRACKET_BEFORE.search(text, max(lo, x.start - 60), x.start):
        return True
    if _NAME_WHO_WAS_BEFORE.search(text, max(lo, x.start - 60), x.start) and _AGE_ENDS.match(text, x.end):
        return True                                # ("Marites Dizon, who was 32 at the time")
    return bool(NAME_COMMA_BEFORE.search(text, lo, x.start)) or bool(
        _CAPS_NAME_COMMA_BEFORE.search(text, max(lo, x.start - 30), x.start) and _OF_RESIDENCE_AFTER.match(text, x.end))


# "The accused, 29, had", "the senator, who is seventy-four,": a person named by what they are, then the age
_PERSON_COMMA_BEFORE = re.compile(r"\b(?:the|a|an|another|our|his|her|their|its)\s+(?:[A-Za-z-]+\s+){0,2}"
                                  r"(?P<noun>[a-z]+),"
                                  r"\s+(?:who\s+(?:is|was)\s+(?:aged\s+)?)?\Z", _I)
# "Joe Hazelwood, 42 at the time,", "who was 32 when the volcano erupted"
_AGE_ENDS = re.compile(r"\s*[,);]|\.(?:\s|$)|\s+(?:at\s+the\s+time|when|years?\s+old)\b")


def age_beside_person(text: str, lo: int, x) -> bool:
    """Whether a bare figure between commas is the age of the person named just before it."""
    if not (0 < x.value < 120 and x.value == int(x.value)) or not _AGE_ENDS.match(text, x.end):
        return False
    if named_before(text, lo, x):
        return True
    person = _PERSON_COMMA_BEFORE.search(text, max(lo, x.start - 60), x.start)
    return person is not None and fig.is_person_noun(person.group("noun"))


YEAR_DETERMINER_BEFORE = re.compile(
    r"\b(?:the|in|since|of|by|from|until|till|before|after|during|its|their|his|her|our|this|that|late"
    r"|early|mid|pre|post|'s|\u2019s)[\s\-]+\Z", _I)
# "the 2020 candidates", "its 2019 graduates": a year before people, where a count of them would be written
# "2,020" (the determiners that make "the 2,020 candidates" too are left out: "of", "by", "from")
YEAR_OF_PEOPLE_BEFORE = re.compile(r"\b(?:the|its|their|his|her|our|this|that|these|those|'s|\u2019s)\s+\Z", _I)
HALF_ORDINAL_BEFORE = re.compile(r"\b(?:first|second|latter|former|the|other|bottom|top|back|front|last"
                                  r"|next|better|worse)\s+\Z", _I)
# "eight of the 10": the determiner is required ("four of five voters" is a share, read as nothing)
PART_OF = re.compile(r"[ \t\u00a0]+of[ \t\u00a0]+(?:the|those|these|its|their|his|her|our)[ \t\u00a0]+", _I)
ORDINAL_AFTER = re.compile(r"(?:-|\s+and\s+|\s+(?=(?:hundredth|thousandth|millionth)\b))?(?P<ord>"
                           + "|".join(lex.ORDINAL_WORDS) + r")\b", _I)
# "nine of the council's members", "two of them": a count of some of a group
PARTITIVE_AFTER = re.compile(r"\s+of\s+(?:the|its|their|his|her|our|my|your|those|these|them|us)\b", _I)
_FIGURE_EARLIER = re.compile(r"[0-9][^.!?\n]*\Z")


# "Three of my grandchildren", "two of the victims": the group a part is counted out of
_PARTITIVE_NOUN = re.compile(r"\s+of\s+(?:the|its|their|his|her|our|my|your|those|these)\s+(?:[a-z]+\s+)?"
                             r"(?P<noun>[a-z]{3,}(?<!s)s|children|grandchildren|people|men|women)\b")


def partitive_noun(text: str, r) -> None:
    """Sets the noun of a count told as a part of a group ("Three of my grandchildren") to the group's noun."""
    found = _PARTITIVE_NOUN.match(text, r.x.end)
    if found:
        noun = found.group("noun")
        r.noun, r.unit = noun, "people" if noun in lex.PERSON_NOUNS else noun


def part_of_a_group(text: str, x) -> bool:
    """"Two of them, wearing vests, climbed": a count. Not after a figure in its sentence ("66 were taken to
    hospital, six of them in intensive care"): there it tells a part of that figure, not a count of its own."""
    return bool(PARTITIVE_AFTER.match(text, x.end)) and not _FIGURE_EARLIER.search(text, max(0, x.start - 200),
                                                                                    x.start)
# "16 people were hurt, seven of them children": the part is a count of the people the noun after names
_OF_THEM_PERSON = re.compile(r"\s+of\s+(?:them|whom)\s+(?:(?:were|was)\s+)?(?P<noun>[a-z]+)\b")


def person_of_them(text: str, end: int) -> str | None:
    """The person noun after "of them" right after a figure ("seven of them children"), if there is one; "people"
    where the part is told of people otherwise ("three of whom died", "two of them fatally")."""
    found = _OF_THEM_PERSON.match(text, end)
    if found and found.group("noun") in lex.PERSON_NOUNS:
        return found.group("noun")
    return "people" if _OF_WHOM.match(text, end) else None


# "three of whom died": "whom" is said of people alone; "of them" is, where what follows befalls people
_OF_WHOM = re.compile(r"\s+of\s+(?:whom\b|them\s+(?:fatally|died|dead|were\s+killed)\b)", _I)


# "... and seven charged", "and four wounded in the blast": the participle, its auxiliary left out
_PARTICIPLE_AFTER = re.compile(r"[ \t\u00a0]+\w{3,}(?:ed|en)\b(?=[ \t\u00a0]*(?:[.,;:]|$|(?:with|in|on|for|over|"
                               r"after|by|at)\b))", _I)
_AND_BEFORE = re.compile(r"\sand[ \t\u00a0]+\Z", _I)
# "30 died, four from Karnataka", "17 in the capital and two in Itahari": a part of a toll, by where they were
_FROM_A_PLACE = re.compile(r"\s+(?:from|in)\s+(?:the\s+)?[A-Z][a-z]+\b(?![ \t]+[0-9])")


# "one was killed and four others injured", "including nine from the ruling party": a number word counting more of
# what the sentence counts, or a part of what it counted
_OTHERS_AFTER = re.compile(r"[ \t\u00a0]+others\b", _I)
_INCLUDING_BEFORE = re.compile(r"\bincluding[ \t\u00a0]+\Z", _I)


def counts_more(text: str, x, lo: int) -> bool:
    """Whether a bare number word counts "others", or a part of what the sentence counted ("including nine")."""
    return bool(_OTHERS_AFTER.match(text, x.end) or _INCLUDING_BEFORE.search(text, max(lo, x.start - 12), x.start))


def from_a_place(text: str, x) -> bool:
    """Whether a bare number word is followed by "from" or "in" and a place's name, after a figure of its
    sentence, in digits or words ("seven people in Haiti and two in Cuba"): the people of the figure before
    from or in that place; or by a participle whose verb it shares with that figure ("thirty-one people had been
    arrested and seven charged")."""
    if not (_FROM_A_PLACE.match(text, x.end)
            or _PARTICIPLE_AFTER.match(text, x.end) and _AND_BEFORE.search(text, max(0, x.start - 6), x.start)):
        return False
    reach = max(0, x.start - 200)
    return bool(_FIGURE_EARLIER.search(text, reach, x.start) or _WORD_FIGURE_EARLIER.search(text, reach, x.start))


_WORD_FIGURE_EARLIER = re.compile(rf"\b(?:{'|'.join(sorted(lex.NUMBER_WORD_LIST, key=len, reverse=True))})\b"
                                  r"[^.!?\n]*\s(?:and|while|with)\s+\Z", _I)
# "The stampede killed seven.": a number word a toll's verb takes, ending its clause, counts people
_TOLL_VERB_BEFORE = re.compile(r"\b(?:killed|killing|injured|injuring|wounded|wounding|hurt|arrested|rescued|"
                               r"evacuated|detained|drowned)\s+\Z", _I)
_CLAUSE_END = re.compile(r"\s*(?:[.;!?]|,\s+(?:and\s+)?(?:police|officials|authorities|the|a|an|it|he|she|they)\b|$)"
                         # "arrested two in connection with the burglary", "detained three on suspicion of ..."
                         r"|\s+(?:in\s+connection\s+with|on\s+suspicion\s+of|at\s+the\s+scene)\b")


def object_of_toll_verb(text: str, x) -> bool:
    """Whether a bare number word is what "killed", "injured", "arrested" took, alone in its clause."""
    return bool(_CLAUSE_END.match(text, x.end)) and bool(_TOLL_VERB_BEFORE.search(text, max(0, x.start - 14),
                                                                                   x.start))


BARE_SCALE_AND_BEFORE = re.compile(r"\b(hundred|thousand)\s+and\s+\Z", _I)
ORDINAL_SUFFIX = re.compile(r"(?:st|nd|rd|th)\b", _I)

# --- predicates ---------------------------------------------------------------------

# "Seventeen were killed", "two remain missing": a number word as the subject of a passive or of "remain" counts
# people ("two others were critically injured", "three more died" too); "the two were friends" and "both are" do not
SUBJECT_OF_PASSIVE = re.compile(r"(?:[ \t\u00a0]+(?:others|more))?(?:[ \t\u00a0]+(?:(?:were|was|are|is|have|had|has)"
                                r"(?:[ \t\u00a0]+been)?|remain|remained|remains|died|drowned)[ \t\u00a0]+"
                                r"(?:\w+[ \t\u00a0]+)?\w+(?:ed|en|ing|missing|dead|alive|hospitali[sz]ed|unaccounted)\b"
                                r"|[ \t\u00a0]+(?:died|drowned)\b"
                                # "eight remain in custody", "three are still in hospital", "two were in critical
                                # condition"
                                r"|[ \t\u00a0]+(?:remain|remained|remains|are|were)[ \t\u00a0]+(?:still[ \t\u00a0]+)?"
                                r"(?:in[ \t\u00a0]+(?:custody|hospital|intensive[ \t\u00a0]+care"
                                r"|(?:a[ \t\u00a0]+)?(?:critical|serious|stable|grave)[ \t\u00a0]+condition)"
                                r"|at[ \t\u00a0]+large)\b"
                                # "Forty-one voted in favour, six against and two abstained": a vote's tally
                                r"|[ \t\u00a0]+(?:abstained|against(?=[ \t\u00a0]*(?:[,.;]|and\b)))"
                                r")", _I)
# ("the three were charged": people counted before; "the other nine are still missing" are counted here)
SUBJECT_DETERMINER_BEFORE = re.compile(r"\b(?:the|these|those|all|both|its|their|his|her|our)[ \t\u00a0]+\Z", _I)


def subject_of_passive(text: str, x: fig.Figure, lo: int) -> bool:
    """"Seventeen were killed": the number word is what the sentence counts."""
    return bool(SUBJECT_OF_PASSIVE.match(text, x.end)) and \
        not SUBJECT_DETERMINER_BEFORE.search(text, max(lo, x.start - 12), x.start)


# "taking Austria's toll to three", "the death toll of five", "the tally now stands at four", "bringing the number of
# people who died in the violence to five": what the word counts is the tally before it
_TALLY_BEFORE = re.compile(r"\b(?:toll|tally|total|count)\b(?:\s+[\w'’-]+){0,3}?\s+(?:to|at|of)\s+\Z"
                           r"|\bnumber\s+of\b(?:\s+[\w'’-]+){0,7}?\s+(?:to|at)\s+\Z"
                           # "The death toll from Friday's attack at the Christmas market rose to five"
                           r"|\b(?:toll|tally)\b(?:\s+[\w'’-]+){0,10}?\s+(?:rose|risen|climbed|increased|jumped|"
                           r"reached|stood|stands)\s+(?:to\s+|at\s+)?\Z"
                           # "Councillors voted seven to four", "a vote of seven to four", "by nine votes to four"
                           r"|\b(?:voted|vote\s+of|votes?\s+(?:was|were))\s+(?:[\w'’-]+\s+to\s+)?\Z"
                           r"|\bvotes\s+to\s+\Z", _I)


def tallied(text: str, x: fig.Figure, lo: int) -> bool:
    """"raising the country's toll to five": the number word is a count, a toll's."""
    # (a wider reach than the prefix window `lo`: the toll may be named ten words back; its words hold no full stop)
    return bool(_TALLY_BEFORE.search(text, max(0, min(lo, x.start - 120)), x.start))


def part_of_more(text: str, x: fig.Figure) -> bool:
    """"eight of the 10 defendants": a number word counted out of a larger figure is a count."""
    pm = PART_OF.match(text, x.end)
    ym = fig.SECOND_FIGURE.match(text, pm.end()) if pm else None
    y = fig.figure_from(ym) if ym else None
    return (y is not None and x.value < y.value and not (y.currency or y.year_like or y.pending_m)
            and not (not y.words and NOT_A_FIGURE_AFTER.match(text, y.end)))


_MORE_AFTER = re.compile(r"\s+(?:more|others|other)\b", re.I)
_SENTENCE_BREAK = re.compile(r"[.!?;]\s|\n")


def carry_nouns(text: str, found: list) -> None:
    """"63 bodies had been recovered, while three more were spotted": a count with no noun of its own, followed by
    "more" or "others", counts what the figure before it in the sentence counts."""
    for i in range(1, len(found)):
        before, q = found[i - 1], found[i]
        if q.kind == "count" and q.noun is None and before.kind == "count" and before.noun is not None \
                and _MORE_AFTER.match(text, q.end) and not _SENTENCE_BREAK.search(text, before.end, q.start):
            found[i] = replace(q, noun=before.noun, unit=before.unit)


def counted_as_before(text: str, start: int, end: int) -> bool:
    """"the conservatives will have 208 seats and the AfD 162 seats": a figure after a name counts the noun an
    earlier figure of the sentence counted, as a list of tallies does; a model's number does not ("Boeing 737")."""
    after = _WORD_AFTER.match(text, end)
    if after is None or not after.group(1).endswith("s"):
        return False
    earlier = text[max(0, start - _TALLY_REACH):start]      # (not from the reader's `lo`: the figure before ends it)
    earlier = earlier[max(earlier.rfind(". "), earlier.rfind("\n")) + 1:]
    return re.search(rf"[0-9]\s+{re.escape(after.group(1))}\b", earlier) is not None


_TALLY_REACH = 160      # characters back a list of tallies is looked for in
_WORD_AFTER = re.compile(r"[ \t\u00a0]+([a-z]{3,})\b")
