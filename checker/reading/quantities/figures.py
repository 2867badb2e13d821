"""Figures in running text: the patterns that find a figure, its unit and its counted noun.

The words and tables they are built from live in lexicon.py; what a figure means in
its sentence is decided in reader.py.
"""
from __future__ import annotations

import math
import re

from checker.reading.quantities.words import parse_number_words
from checker.reading.quantities.lexicon import (CURRENCY_COUNTRIES, CURRENCY_SYMBOLS, DEMONYMS_IRREGULAR,
                                                NUMBER_WORD_LIST, ORDINAL_WORDS, PERSON_NOUNS, SCALE_SUFFIXES,
                                                STOPWORDS, parse_digits, phrase_pattern, rounding_step, word_before)

# --- figures ---------------------------------------------------------

_I = re.IGNORECASE
_WORD_ATOM = phrase_pattern(NUMBER_WORD_LIST)
_FRACTION_PART = (r"(?:\s+|-)and(?:\s+|-)(?:an?|one|two|three|four|five|six|seven|eight|nine)(?:\s+|-)"
                  r"(?:halves|half|thirds?|quarters?|fifths?|sixths?|sevenths?|eighths?|ninths?|tenths?)\b")
NUMBER_WORDS = (rf"(?:half(?:\s+|-)an?(?:\s+|-)|half[\s-](?=dozen\b)|an?\s+half[\s-]|an?\s+)?(?:{_WORD_ATOM})\b"
                rf"(?:{_FRACTION_PART}|(?:\s+and\s+|\s+|-)(?:{_WORD_ATOM})\b){{0,15}}")
# "6,500" | "6 500" with a no-break/thin space | "6500" | "2.5". "1,2" is not a number: the comma
# form needs exactly three digits after each comma.
# "2.5E+6", "-15e-1": scientific notation on plain digits; ".5": a decimal with no leading zero.
# "3 1/2", the wires' "6-1/2": a mixed number, tried first so that its whole part is not read alone.
# "12,34,567": South Asian grouping (lakhs and crores), tried before the three-digit form.
_DOTTED_THOUSANDS = r"[0-9]{1,3}(?:\.[0-9]{3}){2,}(?![0-9.])"   # "1.234.567"
DIGITS = (rf"{_DOTTED_THOUSANDS}|" r"[0-9]{1,3}[ \u00a0-][1-9]/(?:1[0-6]|[2-9])(?![0-9/])|[0-9]{0,6}[ \u00a0]?[½⅓⅔¼¾⅕⅖⅗⅘⅙⅚⅛⅜⅝⅞]|[0-9]{1,2}(?:,[0-9]{2})+,[0-9]{3}(?![0-9]|,[0-9])(?:\.[0-9]+)?"
          r"|[0-9]{1,3}(?:,[0-9]{3})+(?![0-9])(?:\.[0-9]+)?"
          # "€1,5 million": a decimal comma, before a scale only ("1,5" alone is no figure we can read)
          r"|[0-9]{1,3},[0-9]{1,2}(?=\s?(?:millions?|billions?|trillions?|mln|bln|mn|bn|m|md|mrd)\b)"
          r"|[0-9]{1,3}(?:[\u00a0\u202f\u2009 ][0-9]{3})+(?![0-9])|[0-9]+(?:\.[0-9]+)?(?:[eE][+-]?[0-9]{1,3}(?!\w)(?!\.[0-9]))?"
          r"|\.[0-9]+(?!\w)(?!\.[0-9])")
SCALE = (r"(?:(?:\s*|-(?=[a-z]{4}))(?P<scale>lakh\s+crores?|thousand\s+million(?!s)"
         r"|thousands?|millions?|billions?|trillions?|quadrillion|quintillion|sextillion|lakhs?|lacs?|crores?"
         r"|(?-i:kharab|arab)"
         r"|hundred(?:\s+(?:thousand|million|billion)(?!s))?|dozens?|bn|mn|mln|bln|tn|trn|mil|cr)\b|(?P<tight>[mkb])\b|\s(?P<spacedk>k)\b)"
         # "3 crore 40 lakh", "5 thousand 2 hundred": a smaller scale after a larger one adds up
         r"(?:(?<=[a-z])\s+(?P<more>[0-9]{1,3})\s+(?P<morescale>hundred|thousand|lakhs?)\b)?")
CURRENCY = (r"(?:(?:US|U\.S\.|AU|A|CA|C|NZ|HK|S|R|BZ)?\$|[€£¥₹₽₺₴₩₪₦₱]|GH¢"
            r"|(?-i:R|KSh|Sh|RMB|RM|Rp|Dhs?)(?=\s?[0-9])"
            r"|(?-i:USD|EUR|GBP|JPY|CNY|CHF|INR|RUB|AUD|CAD|AZN|UAH|ILS|HKD|SGD|NZD|BRL|PKR|BDT|NPR|LKR|KES|ZAR|NGN"
            r"|SEK|NOK|DKK|PLN|EGP|SAR|AED|QAR|KWD|MYR|IDR|THB|PHP|MXN|ARS|KRW|TWD|GHS|TZS|UGX|ETB|MAD"
            r"|Tk|KSh|NRs)|Rs\.?)\s?")
PHONE = (r"\+[0-9][0-9 ().\-]{6,}[0-9]|\(?[0-9]{3}\)?[ .\-][0-9]{3}[.\-][0-9]{4}(?![0-9])"
         r"|0[0-9]{2,4}[ \u00a0][0-9]{3,4}[ \u00a0][0-9]{3,4}(?![0-9])"
         r"|0[0-9]{3}(?:[ \u00a0][0-9]{2}){3}(?![0-9])"       # "0800 40 40 90"
         # "555-0143": a local number; no range of figures ends in a leading zero, and 555 is the prefix US
         # numbers given out in print use
         r"|(?<![0-9\-])(?:[0-9]{3}-0|555-[0-9])[0-9]{3}(?![0-9\-])")
_NOT_BEFORE_DIGITS = r"(?<![\w.,:/#@&$\-])"

_JUNK = (rf"(?P<junk>https?://\S+|www\.\S+|(?<![0-9])(?:[0-9]{{4}}-[0-9]{{2}}-[0-9]{{2}}|(?!{_DOTTED_THOUSANDS})[0-9]+(?:[:/.][0-9]+){{2,}}"
         rf"|[0-9]{{1,2}}:[0-9]{{2}}(?![0-9]))|{PHONE})")
_DIGIT_FORMS = [
    rf"{_NOT_BEFORE_DIGITS}(?P<dfrac>[1-9]/(?:10|[1-9]))(?![0-9/])",
    # "-$2.1bn": a sign before the currency (not the hyphen of "$5-$10")
    rf"(?:\b(?P<signd>minus|negative|plus)\s+|(?<![\w$\-+])(?P<negcur>[-\u2212+])(?=[$€£¥₹₦])|{_NOT_BEFORE_DIGITS}"
    rf"|(?<=magnitude-)|(?<=\bpre-)|(?<=\bpost-)|(?<=\bmid-))(?P<cur>{CURRENCY})?"
    # "4 and a half years", "3 and a half million": the half is the figure's, not a fraction of its own
    rf"(?P<neg>[-\u2212+](?=\.?[0-9]))?(?P<num>{DIGITS})(?P<half>[ \t]+and[ \t]+a[ \t]+half\b(?!-))?(?:{SCALE})?",
]
_WORD_FORMS = [
    r"\b(?P<vlong>(?:hours?|days?|weeks?|months?|years?|decades?|century|centuries)-?long)\b",
    r"\b(?P<frac>(?:(?:an?|one|two|three|four|five|six|seven|eight|nine)[\s-]"
    r"(?:half|third|quarter|fourth|fifth|sixth|seventh|eighth|ninth|tenth|twentieth|hundredth)s?|half)(?=\s+of\b)"
    r"|(?:two|three|four|five|six|seven|eight|nine|ten|eleven)\s?[-\u2010\u2011\u2013]?\s?"
    r"(?:thirds|quarters|fourths|fifths|sixths|sevenths|eighths|ninths|tenths|elevenths|twelfths)\b(?![\s-]+and\b)"
    # "one ninth the size", "a half": a share even without "of" ("a third straight week" is a rank)
    r"|one[\s-](?:half|third|quarter|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|twentieth"
    r"|hundredth)\b"
    r"(?![\s-]+and\b)"
    # "a quarter", "a third." where nothing follows: a share ("cut by a third"), not a rank
    r"|an?\s+(?:third|quarter|fourth|fifth|sixth|seventh|eighth|ninth|tenth)\b(?=\s*(?:$|[.,;:!?)\]]))"
    # "fell by a quarter in May", "a quarter full", "half as much", "at half capacity", "a quarter is suspended" (no
    # rank is a quarter; "a third was found" may be a third body): a share, whatever follows
    r"|(?:(?<=\bby\s)|(?<=\bup\s)|(?<=\bdown\s))an?\s+(?:third|quarter|fourth|fifth|sixth|seventh|eighth|ninth|tenth)\b"
    r"|an?\s+(?:third|quarter|fourth|fifth|sixth|seventh|eighth|ninth|tenth)\b(?=\s+(?:full|empty)\b)"
    r"|an?\s+quarter\b(?=\s+(?:is|are|was|were|has|have|had|will|would)\b)"
    r"|(?<![\w-])half\b(?=\s+(?:as|full|empty|capacity|strength|speed|power|price)\b)"
    r"|(?<![\w-])half\b(?=\s*(?:$|[.,;:!?)\]]))"
    # "half the cost", "half its staff": a share of what follows
    r"|(?<![\w-])half\b(?=\s+(?:the|its|their|his|her|our|this|that|these|those|all)\b)"
    # "half a metre", "half an hour": half of one unit
    r"|(?<![\w-])half\b(?=\s+an?\s+(?:metre|meter|kilometre|kilometer|mile|foot|inch|yard|litre|liter|kilo|kilogram"
    r"|tonne|ton|pound|ounce|gallon|acre|hectare|second|minute|hour|day|week|month|year|decade|century)\b)"
    # "a half-hour documentary", "a quarter-hour delay": a share of the unit joined to it
    r"|an?\s+(?:half|quarter)(?=[-\u2010\u2011 ](?:second|minute|hour|day|week|month|year|decade|century|mile)\b)"
    r"|an?\s+half\b(?![-\u2010\u2011]|\s+(?:an?|dozen|the|of)\b)"
    # "less than half", "about half the city": a qualifier says the bare "half" is a share
    r"|(?:(?<=than\s)|(?<=nearly\s)|(?<=almost\s)|(?<=about\s)|(?<=around\s)|(?<=roughly\s)|(?<=some\s)"
    r"|(?<=by\s))half\b"
    r"(?![-\u2010\u2011]|\s+(?:an?|dozen)\b))",
    r"\b(?P<vague>(?:an?\s+(?:handful|couple|few|score|gross|baker['\u2019]s\s+dozen)|several|tens|dozens|scores|hundreds|thousands|millions"
    r"|billions|lakhs|crores)\b(?:(?:\s+of)?\s+(?P<vscale>dozens?|hundreds?|thousands?|millions?|billions?)\b)?)",
    r"\b(?P<fortnight>an?\s+fortnight)\b",
    r"\b(?P<adur>an?\s+(?:(?P<whole>full|whole|entire)\s+)?(?:minute|hour|day|week|month|year|decade|century))\b"
    r"(?![\-\u2010\u2011]|['\u2019]s\b)",
    rf"\b(?:(?P<signw>minus|negative)\s+)?(?P<words>{NUMBER_WORDS})",
    r"\b(?P<ordw>" + "|".join(ORDINAL_WORDS) + r")\b",
]
# Every written form, in the order tried at one place. A candidate that starts with a digit, a sign or a
# currency symbol can only be junk or a digit form: DIGIT_MASTER tries just those, the same way, faster.
MASTER = re.compile("|".join([_JUNK, *_WORD_FORMS, *_DIGIT_FORMS]), _I)
DIGIT_MASTER = re.compile("|".join([_JUNK, *_DIGIT_FORMS]), _I)

# The second figure of a range, read at a fixed position.
# ("between -1% and +3%": a sign of its own; not after a dash, which is the separator)
# ("minus 5 to minus 8C": the second end signed in words too)
SECOND_FIGURE = re.compile(rf"(?P<cur>{CURRENCY})?(?:(?:(?<![-\u2013\u2212+])(?P<neg>[-\u2212+](?=\.?[0-9]))"
                           rf"|\b(?P<signd>minus|negative)\s+(?=[0-9]))?(?P<num>{DIGITS})(?:{SCALE})?"
                           rf"|\b(?:(?P<signw>minus|negative)\s+)?(?P<words>{NUMBER_WORDS}))", _I)


class Figure:
    """A figure as read from digits or words, before its context is looked at."""
    __slots__ = ("start", "end", "value", "base", "step", "currency", "words", "scale", "pending_m",
                 "year_like")

    def __init__(self, start, end, value, step, currency=None, words=False, scale=1.0, base=None):
        self.start, self.end, self.value, self.step = start, end, value, step
        self.currency, self.words, self.scale = currency, words, scale
        self.base = value if base is None else base
        self.pending_m = False          # "100m": a hundred million, or a hundred metres?
        self.year_like = False

    def rescale(self, scale: float) -> None:
        self.scale = scale
        self.value = float(self.base) * scale
        self.step = rounding_step(self.value)


def _currency_code(symbol: str | None) -> str | None:
    if not symbol:
        return None
    key = symbol.strip().lower()
    return CURRENCY_SYMBOLS.get(key) or key.upper()


# the words a bare "dozen" follows as a number, as "a" does ("a dozen")
_DOZEN_AFTER = frozenset("the first last next past final some another those these initial latest".split())


def figure_from(m: re.Match) -> Figure | None:
    """Read the figure a MASTER or _SECOND_FIGURE match holds (None when it is not one)."""
    groups = m.groupdict()
    currency = _currency_code(groups.get("cur"))
    if groups.get("words") is not None:
        parsed = parse_number_words(groups["words"])
        if parsed is None and groups["words"][:5].lower() == "dozen" \
                and word_before(m.string, m.start()) in _DOZEN_AFTER:
            parsed = 12.0, 5, 12.0                      # "the first dozen patients", "the past dozen years"
        if parsed is None:
            return None
        value, used, step = parsed
        if groups.get("signw"):
            value = -value                              # "minus five", "negative two hundred and six"
        return Figure(m.start(), m.start("words") + used, value, step or rounding_step(value),
                       currency, words=True)
    raw = groups["num"]
    if len(raw) > 1 and raw[0] == "0" and raw[1] != ".":
        return None                                     # "007", "0143": codes and phone fragments
    base = parse_digits(raw)
    if base is None:
        return None
    base = float(base)
    if not math.isfinite(base):
        return None                                     # 400 digits in a row: not a figure
    if (groups.get("signd") or "plus") != "plus" or (groups.get("negcur") or "+") != "+" \
            or (groups.get("neg") or "+") in "-\u2212":
        base = -base
    half = groups.get("half") is not None and base == int(base)
    if half:
        base += math.copysign(0.5, base)
    fig = Figure(m.start(), m.end(), base, 0.5 if half else rounding_step(base), currency)
    scale_word = (groups.get("scale") or groups.get("tight") or groups.get("spacedk") or "").lower()
    if scale_word == "b" and not currency:
        return None                                     # "3b": a code, not three billion
    if scale_word == "m" and not currency:
        fig.pending_m, fig.end = True, m.end("half" if half else "num")   # decided once the noun is known
    elif scale_word:
        fig.rescale(SCALE_SUFFIXES[" ".join(scale_word.split())])
        more = SCALE_SUFFIXES.get((groups.get("morescale") or "").lower(), 0)
        if groups.get("more") and more < SCALE_SUFFIXES[" ".join(scale_word.split())]:
            fig.value += int(groups["more"]) * more
            fig.step = more
        elif groups.get("more"):
            fig.end = m.start("more")
    fig.year_like = (not scale_word and not currency and raw.isdigit() and len(raw) == 4
                     and 1800 <= int(raw) <= 2100)
    return fig


# --- units and counted nouns after a figure ------------------------------------------------

_CURRENCY_WORDS = ("dollars?|euros?|pounds\\s+sterling|pounds?|sterling|yen|yuan|renminbi|rupees?|roubles?"
                   "|rubles?|hryvnias?|lira|shekels?|francs?|drams?|manats?|rand|pesos?|reais|riyals?|dirhams?|nairas?"
                   "|rupiah|ringgit|baht|dong|taka|zlotys?|zł|kroner|kronor|krona|krone|shillings?|rials?"
                   "|dinars?|forints?|tenge|lari|kyats?|afghanis?|birr|kwacha|quetzals?|bolivars?"
                   "|lei|leu|leva|levs?|kunas?|korun[ay]?|leks?|denars?|som|meticais|metical|kwanzas?|riels?"
                   "|lempiras?|bolivianos?|guaranis?|leones?|pula|dalasis?"
                   r"|cedis?|(?<=illion\s)won"
                   "|bitcoins?|ether|tethers?")
_MEASURE_ABBR = "km/h|km2|km²|kms|kmph|km|kph|mph|kg|cm|mm|ft|lbs|lb|bpd|kwh|mwh|gwh|twh|mw|gw|kw|ha"
# (speeds first: "150 miles per hour" is no "150 miles")
_MEASURE_WORDS = (r"(?:kilomet(?:re|er)s|km|miles)\s+(?:per|an)\s+hour"
                  r"|square\s+kilomet(?:re|er)s|square\s+miles|sq\s+km|sq\s+mi|kilomet(?:re|er)s?|nautical\s+miles|miles?"
                  r"|met(?:re|er)s?|centimet(?:re|er)s|millimet(?:re|er)s|feet|foot|yards?|inch(?:es)?|kilograms?"
                  r"|kilos|grams?|metric\s+(?:tonnes?|tons?)|tonnes?|tons?|lit(?:re|er)s?|gallons?|barrels\s+(?:per|a)\s+day|hectares?"
                  r"|acres?|knots|degrees\s+(?:celsius|fahrenheit)|degrees|celsius|fahrenheit"
                  r"|megawatts|gigawatts|kilowatts"
                  # "weighed 16 stone": a weight, not "three stone walls"
                  r"|stone(?![ \t]+(?!(?:and|in|of|by|at|when|after|before|to|from|last|this|[0-9])\b)[a-z])")
_COUNTRIES = "|".join(re.escape(c).replace(r"\ ", r"\s+") for c in CURRENCY_COUNTRIES)
UNIT_AFTER = re.compile(
    r"(?P<of>\s+of)?(?:"
    r"(?P<pct>\s?%|\s*per\s?cent\b|\s*percent\b|\s+pct\b|(?<=[0-9])pc\b|\s+(?P<pp>percentage\s+points?)\b)"
    rf"|\s+(?:(?P<country>{_COUNTRIES})\s+)?(?P<curword>{_CURRENCY_WORDS})\b"
    r"|\s+(?P<subunit>cents|pence)\b|(?P<penny>(?-i:p))\b"
    r"|\s?(?P<cursym>[€£¥₹$])(?![0-9])"
    r"|\s?(?P<code>(?-i:USD|EUR|GBP|JPY|CNY|CHF|INR|RUB|AUD|CAD|AZN|AMD|UAH|ILS|NGN|KES|ZAR|BRL|MXN|SAR|AED|KRW|TRY"
    r"|HKD|SGD|NZD|SEK|NOK|DKK|PLN|BTC|ETH|USDC|USDT|stETH|wstETH|cbETH|mETH|WBTC|wBTC|BNB|SOL|XRP|DAI))\b"
    r"|(?P<dsep>\s+|-)(?P<dur>seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?|fortnights?|months?"
    r"|years?|yrs?|decades?|century|centuries)\b"
    rf"|(?:\s?|-)(?P<mabbr>{_MEASURE_ABBR})\b|(?<=[0-9])(?P<inch>(?-i:in))\b"
    r"|\s?(?P<deg>°\s?(?-i:[CF])?)|(?P<temp>[ \t]?(?-i:[CF]))\b(?![-'’])"
    rf"|(?:\s+|-)(?P<mword>{_MEASURE_WORDS})\b"
    r"|(?:\s+|-)(?:on\s+the\s+)?(?P<magnitude>magnitude|richter)\b(?:\s+scale\b)?"
    # "a 6.0 earthquake": a figure with a decimal before a quake is its magnitude (not "the 2011 earthquake")
    r"|(?<=[0-9]\.[0-9])(?<!magnitude[ -][0-9]\.[0-9])"
    r"(?P<quake>(?=[ \t]+(?:earthquake|quake|tremor|temblor|aftershock)s?\b))"
    r"|-(?P<hnoun>[a-z]+)\b)", re.IGNORECASE)


def money_after(text: str, at: int) -> re.Match | None:
    """A currency word or code right after `at` ("m Swiss francs", "m USD"), else None."""
    unit = UNIT_AFTER.match(text, at)
    return unit if unit is not None and not unit.group("of") and (unit.group("curword") or unit.group("code")) else None


_WORD = r"[^\W\d_][\w'\u2019\-]*"
NOUN_AFTER = re.compile(rf"(?P<of>[ \t\u00a0]+of)?[ \t\u00a0]{{1,3}}(?P<w1>(?:[A-Z]\.){{2,}}|{_WORD})"
                        rf"(?:[ \t\u00a0]{{1,3}}(?P<w2>{_WORD}))?(?:[ \t\u00a0]{{1,3}}(?P<w3>{_WORD}))?")


def looks_plural(lower: str) -> bool:
    """Whether a lower-case word reads as a plural: "dogs", not "glass", "census" or "analysis"."""
    return len(lower) > 2 and lower.endswith("s") and not lower.endswith(("ss", "us", "is", "'s", "\u2019s"))


def pluralize(lower: str) -> str:
    irregular = {"man": "men", "woman": "women", "child": "children", "person": "people", "foot": "feet"}
    if lower in irregular:
        return irregular[lower]
    if lower.endswith("y") and lower[-2:-1] not in ("a", "e", "i", "o", "u"):
        return lower[:-1] + "ies"
    if lower.endswith(("s", "x", "z", "ch", "sh")):
        return lower + "es"
    return lower + "s"


# Plurals that name people by what they do ("hikers", "tourists", "occupants", "evacuees", "guardians").
_PERSON_ENDINGS = ("ers", "ists", "ants", "ees", "ians", "ors", "eurs")
_NOT_PEOPLE = frozenset("""numbers others members centers centres meters metres liters litres waters papers layers
    powers towers letters orders borders matters quarters headquarters offers reports sectors factors motors
    monitors reactors doors floors colors colours rumors rumours errors mirrors plants restaurants documents
    instruments governments departments apartments settlements agreements statements payments comments elements
    segments tournaments parliaments fragments shipments investments moments events comments containers tankers
    trailers computers scooters helicopters boosters transformers chambers lockers chargers printers markers
    shelters tractors generators vectors indicators detectors radiators elevators escalators processors compressors
    ventilators reservoirs variants implants pollutants fertilizers fertilisers stickers freighters bombers
    destroyers launchers interceptors carriers tenders cylinders burners filters sensors actuators semiconductors
    conductors rivers waters craters boulders barriers clusters chapters characters disasters theaters theatres
    corners winters summers counters registers folders cruisers trawlers steamers blisters cancers tumors tumours
    fevers ulcers answers covers flowers showers degrees committees guarantees corridors""".split())


def counts_people(word: str) -> bool:
    """Whether a noun counts persons ("gunmen", "terrorists", "evacuees")."""
    lower = word.lower()
    return lower in PERSON_NOUNS or person_like(lower)


def person_like(lower: str) -> bool:
    """Whether a plural noun reads as people by its ending ("terrorists", "militants")."""
    return lower.endswith(_PERSON_ENDINGS) and lower not in _NOT_PEOPLE and len(lower) > 5


# (and kin: "her husband, 84,")
_ONE_PERSON = frozenset({"accused", "victim", "suspect", "deceased", "gunman", "survivor", "husband", "wife", "son",
                         "daughter", "father", "mother", "brother", "sister", "grandfather", "grandmother", "widow",
                         "widower", "partner", "fiance", "fiancee", "girlfriend", "boyfriend", "uncle", "aunt",
                         "nephew", "niece", "cousin", "grandson", "granddaughter"})


def is_person_noun(lower: str) -> bool:
    """Whether a singular noun names a person: "senator", "accused", "woman"."""
    plural = pluralize(lower)
    return lower in _ONE_PERSON or plural in PERSON_NOUNS or person_like(plural)


def _is_demonym(word: str) -> bool:
    lower = word.lower()
    return word[:1].isupper() and (lower.endswith(("ans", "is")) or lower in DEMONYMS_IRREGULAR)


_MORE_OF_THEM = frozenset({"other", "more", "further", "additional"})


def counted_noun(m: re.Match | None, allow_of: bool, plural: bool = False,
                 first_only: bool = False) -> tuple[str | None, str | None, bool]:
    """(noun as written, canonical unit, is a person noun) from up to three words after a figure.

    Up to two adjectives may stand before the noun ("2,000 Russian peacekeepers"); a function
    word or verb ends the search ("286 were killed" has no noun). With `plural` (the figure is more
    than one), a plain lower-case word right after it is taken for the noun when no known one is found.
    With `first_only` (a year-like figure: "the 2020 war killed"), only the word right after it counts.
    """
    if m is None or (m.group("of") and not allow_of):
        return None, None, False
    words = [w for w in (m.group("w1"), m.group("w2"), m.group("w3")) if w][:1 if first_only else 3]
    # The first noun after the figure is what it counts: "several aftershocks killed"
    # counts aftershocks, though "killed" alone would count people ("10,000 killed").
    for k, w in enumerate(words):
        lower = w.lower().rstrip("'\u2019")
        if k == 0 and lower in _MORE_OF_THEM and len(words) > 1:
            continue                                     # "eight other children", "two more people"
        if w[0].isupper() and k + 1 < len(words) and words[k + 1].islower() \
                and (looks_plural(words[k + 1]) or words[k + 1] in PERSON_NOUNS):
            continue                                     # "3,400 U.S. flights", "8.5 million Windows devices"
        if lower in STOPWORDS:
            break
        if plural and lower + "s" in PERSON_NOUNS and k + 1 < len(words) and words[k + 1].lower() not in STOPWORDS \
                and looks_plural(words[k + 1].lower()):
            return words[k + 1], words[k + 1].lower(), False   # "two passenger trains": trains, not passengers
        if lower in PERSON_NOUNS or _is_demonym(w) or person_like(lower):
            return w, "people", True
        if not plural and k == 0 and (pluralize(lower) in PERSON_NOUNS or person_like(pluralize(lower))):
            return w, "people", True                     # "one candidate", "a single worker"
        if looks_plural(lower):
            return w, lower, False
    if plural and words and _plain_noun(words[0]):
        return words[0], None, False                     # "Six kibbutzim", "seventeen sadhus": what, not whom
    return None, None, False


# Verbs that can follow a bare figure ("the two met") without the -ed a regular past tense would show.
_IRREGULAR_VERBS = frozenset("""met went came left fled fought took made ran won lost held told sat stood saw got gave
    spoke wrote sent spent kept began struck rose fell drove flew grew knew led paid put read said set shot slept stole
    swam threw took understood woke wore hid hit bore brought bought caught chose dug drew ate fed felt found forgot
    froze hung heard laid lay meant rode rang sang sank sought sold shook shut sold stuck swore taught thought tore
    become remain remained""".split())


def _plain_noun(word: str) -> bool:
    lower = word.lower()
    return (word[:1].islower() and lower not in STOPWORDS and lower not in _IRREGULAR_VERBS and len(lower) > 2
            and not lower.endswith(("ed", "ing", "ly")) and "-" not in lower and lower not in NUMBER_WORD_LIST
            and lower not in ORDINAL_WORDS)
