"""Figures as written: digit strings, number words, scale and unit words, the
vague-word table and the rounding-step rule.

Everything here is pure and cheap. Scanning running text for quantities, and
deciding what a figure means in its sentence, lives in figures.py (the patterns)
and reader.py (the decisions).
"""

from __future__ import annotations

import math
import re
from decimal import Decimal, InvalidOperation
from pathlib import Path

import yaml

VAGUE_PATH = Path(__file__).resolve().parents[2] / "data" / "vague.yaml"


def rounding_step(value: float) -> float:
    """Place value of the last non-zero digit of the figure.

    6,500 -> 100; 286 -> 1; 300 -> 100; 1,200,000 -> 100,000; 0.25 -> 0.01.
    This is the one place the rule lives: a figure written as "6,500" was
    rounded to the hundred, so the writer vouches for it only to within 100.
    Zero, NaN and infinities get a step of 1 so callers never divide by zero.
    """
    try:
        magnitude = abs(float(value))
    except (TypeError, ValueError, OverflowError):
        return 1.0
    if magnitude == 0 or not math.isfinite(magnitude):
        return 1.0
    if magnitude < 1e15 and magnitude == int(magnitude):   # whole numbers, most figures: no Decimal needed
        whole, step = int(magnitude), 1
        while whole % 10 == 0:
            whole, step = whole // 10, step * 10
        return float(step)
    # repr() is the shortest string that round-trips, so 2300000.0 -> "2300000.0",
    # never 2299999.9999; Decimal.normalize() strips the trailing zeros into the exponent.
    exponent = Decimal(repr(magnitude)).normalize().as_tuple().exponent
    return float(Decimal(1).scaleb(exponent))


# A single unit named by a word ("a year", "one month", "a decade-long war", "a fortnight" = two weeks)
# has no digits to round: its step is half the unit, the next wording a writer would have reached for
# ("a year and a half", "six months"). So "almost a year" is [½, 1) year (contains 330 days), "more than
# a month" (1, 1½] months, "about a decade" ¾ to 1¼ decades. Unqualified, such a duration keeps the
# plain-duration rule (a unit coarser than a day: give or take half a unit; a day or finer: exact).
SINGLE_UNIT_STEP = 0.5


# --- the vague-word table ----------------------------------------------------

def _load_table(path: Path = VAGUE_PATH) -> dict:
    with open(path, encoding="utf-8") as fh:
        return yaml.safe_load(fh) or {}


def _norm_phrase(phrase: str) -> str:
    """Lower case, single spaces: the form table keys are looked up in."""
    return " ".join(phrase.lower().split())


_TABLE = _load_table()
VAGUE_COUNTS: dict[str, dict] = {_norm_phrase(k): v for k, v in (_TABLE.get("counts") or {}).items()}
VAGUE_DURATIONS: dict[str, dict] = {_norm_phrase(k): v for k, v in (_TABLE.get("durations") or {}).items()}
# "nearly" and "about": how far they reach from the figure, as a share of it
WIDTHS: dict[str, float] = {"nearly": 0.1, "about": 0.1, **{k: float(v) for k, v in (_TABLE.get("widths") or {}).items()}}

# phrase -> canonical qualifier, for prefix ("more than") and suffix ("or more") qualifiers
QUALIFIER_PHRASES: dict[str, str] = {
    _norm_phrase(p): canon for canon, phrases in (_TABLE.get("qualifiers") or {}).items() for p in phrases}
SUFFIX_QUALIFIERS: dict[str, str] = {
    _norm_phrase(p): canon for canon, phrases in (_TABLE.get("suffix_qualifiers") or {}).items()
    for p in phrases}


_LETTERS = re.compile(r"[^\W\d_]+")
PERCENT_AFTER = re.compile(r"\s?(?:%|per\s?cent\b|percent\b)", re.I)     # the words that make a figure a share
_LAST_ASKED: tuple = (None, -1, "")


def word_before(text: str, start: int) -> str:
    """The word that ends right before `start`, lower-cased, past the spaces and the marks . , : - that may stand
    between it and a figure ("Oct. 31", "Age: 34", "magnitude-5.9"); "" when no letter ends there.

    Every figure is tested against several patterns that end in a word right before it ("aged ", "October ",
    "more than "); looking that word up in a set first spares searching each pattern across its window, and
    rules nothing out that the pattern would have found."""
    global _LAST_ASKED
    asked = _LAST_ASKED                                 # (one tuple, read once: safe across threads)
    if asked[1] == start and asked[0] is text:
        return asked[2]                                 # the steps of one figure ask about the same word
    tail = text[max(0, start - 40):start].rstrip().rstrip(".,:-").rstrip()
    letters = _LETTERS.match(tail[::-1])
    word = letters.group()[::-1].lower() if letters else ""
    _LAST_ASKED = (text, start, word)
    return word


def trie_pattern(words) -> str:
    """An alternation of literal words as a prefix tree ("t(?:en|h(?:ird|ousand)|wo)"): Python's re tries a flat
    alternation word by word at every position, a tree one letter at a time, several times faster."""
    root: dict = {}
    for word in set(words):
        node = root
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}

    def emit(node: dict) -> str:
        branches = [(r"\s+" if char == " " else re.escape(char)) + emit(node[char])
                    for char in sorted(k for k in node if k)]
        if not branches:
            return ""
        group = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        if "" in node:
            return "(?:" + "|".join(branches) + ")?" if len(branches) > 1 or len(branches[0]) > 1 else group + "?"
        return group

    return emit(root)


def phrase_pattern(phrases) -> str:
    """Alternation matching any of the phrases, the longest where several fit, any run of spaces between
    words; built as a prefix tree for speed."""
    return trie_pattern(" ".join(p.split()) for p in phrases)


def vague_interval(word: str, scale_word: str | None = None) -> tuple[float, float, float] | None:
    """(low, high, step) for a vague word, optionally followed by a scale word.

    "tens" -> (10, 99, 10); "tens" + "thousands" -> the table's own entry;
    "several" + "hundred" -> several times a hundred, stretched to 999.
    """
    key = re.sub(r"^an\b", "a", _norm_phrase(word))     # "an handful" is not English, but harmless
    if scale_word:
        scale_key = scale_word.lower().rstrip("s")
        own = VAGUE_COUNTS.get(f"{key} of {scale_key}s")
        if own is not None:
            return float(own["low"]), float(own["high"]), float(own.get("step") or rounding_step(own["low"]))
        base = VAGUE_COUNTS.get(key)
        scale = 12 if scale_key == "dozen" else WORD_SCALES.get(scale_key)
        if base is None or scale is None:
            return None
        low, high = base["low"] * scale, (base["high"] + 1) * scale - 1
        return float(low), float(high), float(scale)
    entry = VAGUE_COUNTS.get(key)
    if entry is None:
        return None
    return float(entry["low"]), float(entry["high"]), float(entry.get("step") or rounding_step(entry["low"]))


# --- number words --------------------------------------------------------------

SMALL_WORDS = {w: i for i, w in enumerate(
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
    "fifteen sixteen seventeen eighteen nineteen".split())}
SMALL_WORDS.update({"nought": 0, "naught": 0, "nil": 0})
TENS_WORDS = {w: 10 * (i + 2) for i, w in enumerate(
    "twenty thirty forty fifty sixty seventy eighty ninety".split())}
WORD_SCALES = {"hundred": 100, "thousand": 1_000, "million": 1_000_000,
               "billion": 1_000_000_000, "trillion": 1_000_000_000_000, "quadrillion": 10 ** 15,
               "quintillion": 10 ** 18, "sextillion": 10 ** 21, "lakh": 100_000, "lac": 100_000,
               "crore": 10_000_000, "arab": 10 ** 9, "kharab": 10 ** 11}
NUMBER_WORD_LIST = [*SMALL_WORDS, *TENS_WORDS, *WORD_SCALES, *(w + "s" for w in WORD_SCALES), "dozens", "dozen",
                    "point"]
FRACTION_DENOMINATORS = {"half": 2, "halve": 2, "halves": 2, "third": 3, "quarter": 4, "fourth": 4, "fifth": 5,
                         "sixth": 6,
                         "twentieth": 20, "hundredth": 100,
                         "seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12}
ORDINAL_VALUES = {w: i + 1 for i, w in enumerate(
    "first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth thirteenth fourteenth "
    "fifteenth sixteenth seventeenth eighteenth nineteenth".split())}
ORDINAL_VALUES.update({w: 10 * (i + 2) for i, w in enumerate(
    "twentieth thirtieth fortieth fiftieth sixtieth seventieth eightieth ninetieth".split())})
ORDINAL_VALUES.update({"hundredth": 100, "thousandth": 1_000, "millionth": 1_000_000})
ORDINAL_WORDS = sorted(ORDINAL_VALUES, key=len, reverse=True)

# Abbreviated and spelled scale words written after digits: "2.5bn", "1.2 million", "10k".
SCALE_SUFFIXES = {"lakh crore": 1e12, "lakh crores": 1e12, "thousand": 1e3, "thousands": 1e3, "k": 1e3, "hundred": 1e2, "dozen": 12, "dozens": 12,
                  "lakh": 1e5, "lakhs": 1e5, "crore": 1e7, "crores": 1e7, "cr": 1e7,
                  "million": 1e6, "millions": 1e6, "mn": 1e6, "mln": 1e6, "m": 1e6, "mil": 1e6,
                  "billion": 1e9, "billions": 1e9, "bn": 1e9, "bln": 1e9, "b": 1e9,
                  "trillion": 1e12, "trillions": 1e12, "tn": 1e12, "trn": 1e12,
                  "quadrillion": 1e15, "quintillion": 1e18, "sextillion": 1e21, "lac": 1e5, "lacs": 1e5,
                  "arab": 1e9, "kharab": 1e11,
                  "hundred thousand": 1e5, "hundred million": 1e8, "hundred billion": 1e11,
                  "thousand million": 1e9}       # the old British billion

VULGAR_FRACTIONS = {"½": "0.5", "⅓": "0.3333", "⅔": "0.6667", "¼": "0.25", "¾": "0.75", "⅕": "0.2", "⅖": "0.4",
                    "⅗": "0.6", "⅘": "0.8", "⅙": "0.1667", "⅚": "0.8333", "⅛": "0.125", "⅜": "0.375", "⅝": "0.625",
                    "⅞": "0.875"}


_SEPARATORS = str.maketrans("", "", ",\u00a0\u202f\u2009 ")


def parse_digits(digits: str) -> Decimal | int | None:
    """"6,500" -> 6500; "6\u202f500" -> 6500; "2.5" -> 2.5. Separators were checked by the regex."""
    if "/" in digits:                                    # "3 1/2", "6-1/2"
        whole, share = digits.replace("-", " ").split()
        numerator, denominator = share.split("/")
        return Decimal(whole) + Decimal(numerator) / Decimal(denominator)
    if digits.count(".") >= 2:                          # "1.234.567": dots between thousands
        digits = digits.replace(".", "")
    elif "," in digits[-3:]:
        digits = digits.replace(",", ".")               # "1,5 million": the regex let a decimal comma through
    cleaned = digits.translate(_SEPARATORS)
    if len(cleaned) < 16 and cleaned.isascii() and cleaned.isdigit():
        return int(cleaned)                              # most figures: no Decimal needed
    if cleaned and cleaned[-1] in VULGAR_FRACTIONS:     # "1½", "¾"
        return Decimal(cleaned[:-1] or 0) + Decimal(VULGAR_FRACTIONS[cleaned[-1]])
    try:
        return Decimal(cleaned)
    except InvalidOperation:
        return None


# --- units -------------------------------------------------------------------------

CURRENCY_SYMBOLS = {"$": "USD", "us$": "USD", "u.s.$": "USD", "a$": "AUD", "au$": "AUD", "c$": "CAD",
                    "ca$": "CAD", "nz$": "NZD", "hk$": "HKD", "s$": "SGD", "r$": "BRL", "€": "EUR",
                    "£": "GBP", "¥": "JPY", "₹": "INR", "rs": "INR", "rs.": "INR", "nrs": "NPR", "₽": "RUB",
                    "₺": "TRY", "₴": "UAH", "₩": "KRW", "₪": "ILS",
                    "tk": "BDT", "tk.": "BDT", "rm": "MYR", "rp": "IDR", "gh¢": "GHS", "bz$": "BZD", "ksh": "KES", "sh": "KES",
                    "dh": "AED", "dhs": "AED", "r": "ZAR", "₦": "NGN", "₱": "PHP", "rmb": "CNY"}
# A measure is compared in one unit per dimension: lengths in km (miles) or m (feet, cm),
# masses in tonnes, temperatures in Celsius. unit -> (unit compared, factor, offset[, factor of the upper end]):
# a gallon is a US one (3.785 litres) or an imperial one (4.546), and a British source rarely says which.
CONVERSIONS = {"miles": ("km", 1.609344, 0.0), "nmi": ("km", 1.852, 0.0), "ft": ("m", 0.3048, 0.0),
               "yd": ("m", 0.9144, 0.0),
               "in": ("m", 0.0254, 0.0), "cm": ("m", 0.01, 0.0), "mm": ("m", 0.001, 0.0),
               "kg": ("t", 0.001, 0.0), "g": ("t", 1e-6, 0.0), "lb": ("t", 0.00045359237, 0.0),
               "st": ("t", 0.00635029318, 0.0),
               "sq mi": ("km2", 2.589988110336, 0.0), "mph": ("km/h", 1.609344, 0.0),
               "gal": ("l", 3.785411784, 0.0, 4.54609), "acres": ("ha", 0.40468564224, 0.0),
               "°F": ("celsius", 5 / 9, -32 * 5 / 9)}

CURRENCY_WORDS = {"dollar": "USD", "euro": "EUR", "pound": "GBP", "pounds sterling": "GBP",
                  "sterling": "GBP", "yen": "JPY", "yuan": "CNY", "renminbi": "CNY", "rupee": "INR",
                  "rouble": "RUB", "ruble": "RUB", "hryvnia": "UAH", "hryvnias": "UAH", "lira": "TRY",
                  "shekel": "ILS", "franc": "CHF", "dram": "AMD", "manat": "AZN", "rand": "ZAR",
                  "peso": "MXN", "reais": "BRL", "real": "BRL", "riyal": "SAR", "rial": "IRR", "dirham": "AED",
                  "naira": "NGN", "zloty": "PLN", "zlotys": "PLN", "zł": "PLN", "kroner": "NOK", "kronor": "SEK",
                  "krona": "SEK", "krone": "DKK", "won": "KRW", "cedi": "GHS", "cedis": "GHS", "shilling": "KES", "rupiah": "IDR", "ringgit": "MYR", "baht": "THB", "dong": "VND", "taka": "BDT",
                  "forint": "HUF", "tenge": "KZT", "lari": "GEL", "kyat": "MMK", "afghani": "AFN", "birr": "ETB",
                  "kwacha": "ZMW", "quetzal": "GTQ", "bolivar": "VES",
                  "leu": "RON", "lei": "RON", "lev": "BGN", "leva": "BGN", "kuna": "HRK", "koruna": "CZK",
                  "korun": "CZK", "koruny": "CZK", "lek": "ALL", "denar": "MKD", "som": "KGS", "metical": "MZN", "meticais": "MZN",
                  "kwanza": "AOA", "riel": "KHR", "kip": "LAK", "lempira": "HNL", "boliviano": "BOB",
                  "guarani": "PYG", "leone": "SLE", "pula": "BWP", "dalasi": "GMD",     # (figures._CURRENCY_WORDS too)
                  # several countries' dinars: a dinar is compared with dinars, whosever they are
                  "dinar": "DINAR",
                  "bitcoin": "BTC", "ether": "ETH", "tether": "USDT"}
# Adjectives that move "dollars" to another currency.
DOLLAR_COUNTRIES = {"us": "USD", "u.s.": "USD", "american": "USD", "australian": "AUD", "canadian": "CAD",
                    "hong kong": "HKD", "new zealand": "NZD", "singapore": "SGD", "taiwan": "TWD"}
COUNTRY_CURRENCIES = {**{(country, "dollar"): code for country, code in DOLLAR_COUNTRIES.items()},
                      ("egyptian", "pound"): "EGP", ("swiss", "franc"): "CHF", ("sri lankan", "rupee"): "LKR",
                      ("pakistani", "rupee"): "PKR", ("nepalese", "rupee"): "NPR", ("indian", "rupee"): "INR",
                      ("danish", "krone"): "DKK", ("norwegian", "krone"): "NOK", ("swedish", "krona"): "SEK",
                      ("saudi", "riyal"): "SAR", ("moldovan", "leu"): "MDL", ("moldovan", "lei"): "MDL", ("qatari", "riyal"): "QAR", ("iranian", "rial"): "IRR",
                      ("omani", "rial"): "OMR", ("yemeni", "rial"): "YER", ("emirati", "dirham"): "AED",
                      ("uae", "dirham"): "AED", ("moroccan", "dirham"): "MAD", ("mexican", "peso"): "MXN",
                      ("philippine", "peso"): "PHP", ("chilean", "peso"): "CLP", ("colombian", "peso"): "COP",
                      ("argentine", "peso"): "ARS", ("argentinian", "peso"): "ARS", ("cuban", "peso"): "CUP",
                      ("brazilian", "real"): "BRL", ("japanese", "yen"): "JPY", ("chinese", "yuan"): "CNY",
                      ("south african", "rand"): "ZAR", ("nigerian", "naira"): "NGN", ("kenyan", "shilling"): "KES",
                      ("ugandan", "shilling"): "UGX", ("tanzanian", "shilling"): "TZS", ("somali", "shilling"): "SOS",
                      ("turkish", "lira"): "TRY", ("lebanese", "pound"): "LBP", ("syrian", "pound"): "SYP",
                      ("sudanese", "pound"): "SDG", ("russian", "rouble"): "RUB", ("russian", "ruble"): "RUB",
                      ("ukrainian", "hryvnia"): "UAH", ("israeli", "shekel"): "ILS", ("indonesian", "rupiah"): "IDR",
                      ("malaysian", "ringgit"): "MYR", ("thai", "baht"): "THB", ("vietnamese", "dong"): "VND",
                      ("south korean", "won"): "KRW", ("north korean", "won"): "KPW", ("bangladeshi", "taka"): "BDT",
                      ("ethiopian", "birr"): "ETB", ("hungarian", "forint"): "HUF", ("polish", "zloty"): "PLN",
                      ("ghanaian", "cedi"): "GHS", ("zambian", "kwacha"): "ZMW", ("malawian", "kwacha"): "MWK",
                      ("afghan", "afghani"): "AFN", ("kazakh", "tenge"): "KZT", ("georgian", "lari"): "GEL",
                      ("venezuelan", "bolivar"): "VES", ("jamaican", "dollar"): "JMD", ("fijian", "dollar"): "FJD",
                      ("namibian", "dollar"): "NAD", ("liberian", "dollar"): "LRD", ("zimbabwean", "dollar"): "ZWL"}
# Countries whose dinars are written so: a dinar is compared with dinars, whosever they are (CURRENCY_WORDS)
DINAR_COUNTRIES = ("tunisian", "iraqi", "kuwaiti", "jordanian", "bahraini", "libyan", "algerian", "serbian")
# Every adjective that may stand between a figure and its currency word, longest first ("South African" before
# "South")
CURRENCY_COUNTRIES = sorted({country for country, _ in COUNTRY_CURRENCIES} | set(DINAR_COUNTRIES),
                            key=lambda c: (-len(c), c))

DURATION_DAYS = {"second": 1 / 86400, "minute": 1 / 1440, "hour": 1 / 24, "day": 1.0, "week": 7.0,
                 "fortnight": 14.0, "month": 365.25 / 12, "year": 365.25, "decade": 3652.5, "century": 36525.0}
DURATION_ALIASES = {"min": "minute", "mins": "minute", "hr": "hour", "hrs": "hour", "yr": "year",
                    "yrs": "year", "centuries": "century"}

MEASURE_UNITS = {
    "km": "km", "kms": "km", "kilometre": "km", "kilometres": "km", "kilometer": "km", "kilometers": "km",
    "mile": "miles", "miles": "miles", "metre": "m", "metres": "m", "meter": "m", "meters": "m",
    "cm": "cm", "centimetres": "cm", "centimeters": "cm", "mm": "mm", "millimetres": "mm", "millimeters": "mm",
    "feet": "ft", "foot": "ft", "ft": "ft", "inch": "in", "inches": "in", "yard": "yd", "yards": "yd",
    "kg": "kg", "kilogram": "kg", "kilograms": "kg", "kilos": "kg", "grams": "g", "gram": "g", "stone": "st",
    "tonne": "t", "tonnes": "t", "ton": "t", "tons": "t", "metric ton": "t", "metric tons": "t",
    "metric tonne": "t", "metric tonnes": "t", "lb": "lb", "lbs": "lb",
    "litre": "l", "litres": "l", "liter": "l", "liters": "l", "gallon": "gal", "gallons": "gal",
    "barrels per day": "barrels per day", "barrels a day": "barrels per day", "bpd": "barrels per day",
    "hectare": "ha", "hectares": "ha", "ha": "ha", "acre": "acres", "acres": "acres",
    "square kilometres": "km2", "square kilometers": "km2", "sq km": "km2", "km2": "km2", "km²": "km2",
    "square miles": "sq mi", "sq mi": "sq mi", "mph": "mph", "km/h": "km/h", "kph": "km/h", "kmph": "km/h", "knots": "knots",
    "miles per hour": "mph", "miles an hour": "mph", "kilometres per hour": "km/h", "kilometers per hour": "km/h",
    "kilometres an hour": "km/h", "kilometers an hour": "km/h", "km per hour": "km/h", "km an hour": "km/h",
    "degrees celsius": "celsius", "degrees fahrenheit": "°F", "celsius": "celsius", "fahrenheit": "°F", "degrees": "degrees", "°c": "celsius", "°f": "°F",
    "c": "celsius", "f": "°F", "magnitude": "magnitude", "richter": "magnitude", "nautical miles": "nmi", "mw": "MW", "gw": "GW", "kw": "kW", "kwh": "kWh", "mwh": "MWh", "gwh": "GWh",
    "twh": "TWh", "megawatts": "MW", "gigawatts": "GW", "kilowatts": "kW",
}

# Nouns that denote persons: all counted in the one unit "people".
PERSON_NOUNS = frozenset("""
people persons person peoples civilians civilian soldiers soldier troops servicemen servicemembers
servicewomen infantrymen infantryman peacekeepers peacekeeper children child kids babies infants minors
teenagers adults women woman men man girls boys migrants migrant refugees refugee asylum-seekers dead
lives bodies corpses workers worker employees staff staffers protesters protestors demonstrators
residents inhabitants passengers crew crewmembers patients victims casualties fatalities deaths injuries injured
arrests detentions
wounded survivors hostages prisoners detainees inmates captives pows fighters militants rebels insurgents
combatants guerrillas jihadists gunmen officers police policemen policewomen personnel troopers marines guardsmen
sailors airmen pilots journalists reporters doctors nurses medics paramedics students pupils teachers
voters citizens nationals settlers villagers tourists visitors pilgrims fans spectators attendees
delegates participants members volunteers recruits conscripts reservists mercenaries contractors
diplomats officials lawmakers legislators senators deputies ministers supporters individuals souls
faithful worshippers athletes players runners competitors candidates farmers miners fishermen
firefighters rescuers evacuees displaced homeless unemployed missing killed body victim casualty fatality
refugee hostage prisoner detainee protester demonstrator resident passenger patient survivor fighter
militant rebel officer policeman journalist reporter doctor nurse student teacher voter citizen
worker employee member volunteer official individual guests suspects missionaries mechanics occupants
hikers climbers skiers traders crew-members crewmembers seafarers fishermen trekkers campers bathers swimmers
casualties families-members relatives mourners shoppers commuters drivers motorists cyclists pedestrians
""".split())

# Capitalised plurals that name a people ("286 Armenians", "12 Azerbaijanis").
DEMONYMS_IRREGULAR = frozenset(
    "britons chinese japanese vietnamese swiss french dutch poles turks kurds jews arabs serbs croats "
    "czechs danes finns swedes thais uzbeks kazakhs tajiks afghans filipinos argentines scots welsh irish "
    "israelis spaniards portuguese lebanese sudanese nepalese burmese taiwanese senegalese congolese maltese "
    "bhutanese greeks slovaks slovenes".split())      # (those ending in -ans or -is are found by their ending)

# Words that end a search for the counted noun: function words and common verbs.
STOPWORDS = frozenset("""
the a an and or but nor of in on at to for from by with as into onto over under about around across
towards toward along behind beyond inside outside near via amid amidst upon within without throughout despite
against among between during since until after before than then that this these those there here
were was are is be been being am have has had having will would could should shall may might can
must do does did who whom whose which what when where while why how it its their his her they he
she we i you him them us our your my me not no yet already all both each other such so too also
still only just even ever again more most less least many much some any own said says say told tell
remains remain seems appears shows means includes comes goes makes takes gets got according per
apiece ago later earlier away back out up down off per cent percent others another
""".split())

# Plural-looking nouns that follow years far more often than counts ("the 2020 elections").
EVENT_NOUNS = frozenset("elections polls games olympics protests riots talks floods midterms "
                        "hostilities clashes events accords negotiations".split())


def same_dimension(unit: str, other: str) -> bool:
    """Whether a bracketed unit measures what the figure's unit does (km and miles, °C and °F)."""
    def base(u: str) -> str:
        key = MEASURE_UNITS.get(" ".join(u.lower().replace("°", "° ").split()).replace("° ", "°"),
                                {"mi": "miles", "t": "t", "pounds": "lb", "m": "m"}.get(u.lower(), u.lower()))
        return CONVERSIONS.get(key, (key,))[0]
    return base(unit) == base(other)


# The units a measure or a duration is read in: a figure in one is never a count of things ("80km" / "80 cars")
MEASURE_UNIT_NAMES = frozenset(MEASURE_UNITS.values()) | {"days"}
