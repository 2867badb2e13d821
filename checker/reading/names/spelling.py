"""When two written names are one name: folding, transliteration skeletons, fuzzy scores."""
from __future__ import annotations

from rapidfuzz.distance import Levenshtein

import os
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import regex
import yaml
from rapidfuzz import fuzz


# --- folding and the transliteration skeleton ------------------------------------------------------------------

# Letters NFKD leaves alone but transliteration drops (Turkish dotless i, Polish l, Nordic o).
_EXTRA_FOLDS = str.maketrans({"ı": "i", "ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "đ": "d", "Đ": "D", "ð": "d", "Ð": "D",
                              "þ": "th", "Þ": "Th", "ß": "ss",
                              "æ": "ae", "Æ": "AE", "œ": "oe", "Œ": "OE", "’": "'", "ʼ": "'",
                              # the Hawaiian ʻokina, the Arabic ʿayn and hamza: marks English spellings drop
                              "ʻ": "'", "ʽ": "'", "ʾ": "'", "ʿ": "'"})
_NOT_NAME_CHARS = regex.compile(r"[^\p{L}\p{N}\s-]")


@lru_cache(maxsize=1 << 18)  # a story repeats its words: fold each spelling once
def fold(name: str) -> str:
    """Lower case without diacritics or dots: 'Erdoğan' -> 'erdogan', 'U.S.' -> 'us'."""
    text = unicodedata.normalize("NFKD", name.translate(_EXTRA_FOLDS))
    text = "".join(c for c in text if not unicodedata.combining(c))
    return " ".join(_NOT_NAME_CHARS.sub("", text).lower().split())


def _spellings_of_letters() -> dict[str, str]:
    """Each ASCII letter's class of the Latin letters that fold to it ("o": "[oòóôõöōŏő...]")."""
    letters: dict[str, set[str]] = {}
    for code in range(0xC0, 0x250):
        ch = chr(code)
        base = fold(ch)
        if len(base) == 1 and base.isascii() and base.isalpha():
            letters.setdefault(base, {base}).update({ch, ch.lower()})
    return {base: "[" + "".join(sorted(chars)) + "]" for base, chars in letters.items()}


_LETTER_SPELLINGS = _spellings_of_letters()


def folding_pattern(word: str) -> str:
    """A regular expression matching the folded `word` however the text spells its letters ("garzon" matches
    "Garzón"); case is the caller's flag to set."""
    return "".join(_LETTER_SPELLINGS.get(c, regex.escape(c)) for c in word)


def _countries() -> frozenset[str]:
    names = yaml.safe_load(COUNTRIES_PATH.read_text(encoding="utf-8")) or []
    return frozenset(fold(n) for n in names)


def _nicknames(table: dict) -> frozenset[tuple[str, str]]:
    pairs = {(fold(full), fold(short)) for full, shorts in table.items() for short in shorts}
    return frozenset(pairs | {(b, a) for a, b in pairs})


def _full_names(table: dict) -> dict[str, str]:
    full_of: dict[str, str] = {}
    for full, shorts in sorted(table.items()):      # (a short form of two names: the first, on every run)
        for short in shorts:
            full_of.setdefault(fold(short), fold(full))
    return full_of


NICKNAMES_PATH = Path(__file__).resolve().parents[2] / "data" / "nicknames.yaml"
_NICKNAME_TABLE = yaml.safe_load(NICKNAMES_PATH.read_text(encoding="utf-8")) or {}
_NICKNAMES = _nicknames(_NICKNAME_TABLE)
_FULL_NAMES = _full_names(_NICKNAME_TABLE)
COUNTRIES_PATH = Path(__file__).resolve().parents[2] / "data" / "countries.yaml"
COUNTRIES = _countries()


def full_given_name(name: str) -> str:
    """The given name a nickname stands for, folded ("Mike": "michael"); the name itself, folded, otherwise."""
    folded = fold(name)
    return _FULL_NAMES.get(folded, folded)


def nickname_of(a: str, b: str) -> bool:
    """Whether one given name is the other's short form by nicknames.yaml ("Bob" / "Robert", "Josh" / "Joshua"),
    not merely a name cut short, which is as often another name misspelt ("Joan" / "Joanne")."""
    return (fold(a), fold(b)) in _NICKNAMES


def short_for(a: str, b: str) -> bool:
    """Whether one given name is the other's short form: cut short ("Rich" / "Richard", "Chris" / "Christopher"),
    contracted ("Mohd" / "Mohamad", "Md" / "Muhammad", "Wm" / "William") or a nickname of nicknames.yaml ("Bob" /
    "Robert")."""
    x, y = fold(a), fold(b)
    short, long = sorted((x, y), key=len)
    return len(short) >= 3 and long.startswith(short) or (x, y) in _NICKNAMES or _contracted(short, long)


_VOWEL_LETTERS = frozenset("aeiouy")


def _contracted(short: str, long: str) -> bool:
    """A contraction keeps the first and last letters and some between, in order, and ends in two consonants
    ("mohd", "md"): "ros" / "rios" (a letter dropped) and "bain" / "benjamin" are no contractions."""
    if not (2 <= len(short) <= 4 and len(long) >= len(short) + 2 and short[0] == long[0] and short[-1] == long[-1]
            and short[-1] not in _VOWEL_LETTERS and short[-2] not in _VOWEL_LETTERS):
        return False
    letters = iter(long)
    return all(c in letters for c in short)


def _compact(folded: str) -> str:
    return folded.replace(" ", "").replace("-", "")


# --- the house style: its lookup (the file itself is read by checker.compare.house_style) --------------------

@dataclass(frozen=True)
class HouseStyle:
    """The editor's list: each variant (and each preferred spelling), folded by style_key -> the preferred spelling."""

    preferred: dict[str, str] = field(default_factory=dict)
    path: str | None = None

    def lookup(self, name: str) -> str | None:
        return self.preferred.get(style_key(name))


def style_key(name: str) -> str:
    """The house style matches without case, accents, spaces or hyphens: al-Qaeda = Al Qaeda."""
    return _compact(fold(name))


_DOUBLED = regex.compile(r"(\p{L})\1")


def spelling_key(word: str) -> str:
    """One key for a word's British and American spellings ("councillor" / "councilor", "centre" / "center",
    "organise" / "organize", "labour" / "labor"), folded."""
    return _DOUBLED.sub(r"\1", fold(word)).replace("our", "or").replace("ise", "ize").replace("tre", "ter")


# Spellings one source language writes for one sound of another, mapped to one letter.
# Order matters: "tch" before "ch", "kh" before the lone h.
_SKELETON_STEPS = [(regex.compile(p), r) for p, r in [
    (r"tch", "ch"), (r"sch", "sh"), (r"ck", "k"), (r"ph", "f"), (r"q", "k"), (r"x", "ks"), (r"w", "v"),
    (r"ff$", "v"),                      # Romanoff / Romanov
    (r"c(?=[eiy])", "s"), (r"c(?!h)", "k"),
    (r"kh", "h"), (r"gh", "g"), (r"dh", "d"), (r"th", "t"),
    (r"^g", "k"),                       # Gaddafi / Kaddafi / Qaddafi
    (r"ou", "u"), (r"oo", "u"), (r"[jy]", "i"),
    (r"(.)\1+", r"\1"),                 # Assad / Asad, Zelenskyy / Zelensky
]]
_VOWELS = regex.compile(r"[aeiou]")


def skeleton(name: str) -> str:
    """A spelling with transliteration choices normalised: Pashinian, Pashinyan -> 'pashinian'."""
    text = _compact(fold(name)).replace("'", "")
    for pattern, replacement in _SKELETON_STEPS:
        text = pattern.sub(replacement, text)
    return text


def consonants(skel: str) -> str:
    """First letter (any vowel as 'a': Osama / Usama) and the consonants: vowels are where spellings differ most."""
    if not skel:
        return ""
    head = "a" if skel[0] in "aeiou" else skel[0]
    return head + _VOWELS.sub("", skel[1:])  # not collapsed again: Pashinian (pshnn) is not Pashayan (pshn)


# Endings that make another word from a name: a demonym (Armenian, Azerbaijani, Chinese),
# a country (Nigeria), a plural (Armenians), a feminine surname (Aliyeva, Ivanova, Zelenska), or an English word's
# own ending (Coordination / Coordinator: two words, not one name spelt two ways).
_DERIVED_ENDINGS = frozenset("s es n ns an ans ian ians i is ese ish a ia ova eva ina ska aya ion ions or ors".split())
# First words that make another place: South Sudan is not Sudan.
QUALIFIERS = frozenset("""north south east west northern southern eastern western central upper lower new
    great greater little old equatorial""".split())

# Tuned on tests/test_names.py::NAME_PAIRS: vowel-only differences are transliteration when the names are not
# too short (Mohammed / Muhammad scores 71, Gaza / Giza and Paris / Peres must stay apart); other differences
# only when nearly the whole name agrees at the same length (Pashinyan / Pachinian 89, Austria / Australia 88
# with two letters more stays apart).
MIN_FUZZY_LENGTH = 5
VOWEL_ONLY_SCORE = 70
CLOSE_SCORE = 85
CLOSE_MIN_LENGTH = 7
LONG_NAME = 10
MIN_SWAPPED_LENGTH = 6      # "Sygnia" / "Syngia"; in five letters a swap makes other words ("Santa" / "Satna")
# Blocking: pairs scoring below this on skeletons are never looked at closely.
CANDIDATE_SCORE = 60


def _derived(short: str, long: str) -> bool:
    """True when `long` is `short` plus a word-forming ending (Russia -> Russian), or both are one stem with two
    such endings (Americas / American, Nigerians / Nigerian)."""
    if len(short) > len(long):
        short, long = long, short
    for stem in {short, short.rstrip("aeiouy")}:
        if len(stem) >= 3 and long.startswith(stem) and long[len(stem):] in _DERIVED_ENDINGS:
            return True
    shared = len(os.path.commonprefix([short, long]))
    return any(short[k:] in _DERIVED_ENDINGS and long[k:] in _DERIVED_ENDINGS
               for k in range(max(3, shared - 1), shared + 1))


def _not_the_country(a: str, b: str) -> bool:
    """A country's name is well known: a name spelt otherwise at both ends is someone's or something else's
    ("Kermani" / Germany, "Filipinos" / Philippines), though "Irak" and "Katar" are the country's; two countries'
    names are two names."""
    if a in COUNTRIES and b in COUNTRIES:
        return a != b                   # Iceland / Ireland: two countries
    return (a in COUNTRIES) != (b in COUNTRIES) and a[:1] != b[:1] and a[-2:] != b[-2:]


def _lone_j(a: str, b: str) -> bool:
    """Whether `a` writes a "j" where `b` has neither "j" nor "y" (Beijing / Boeing; not Netanjahu / Netanyahu)."""
    return "j" in a and "j" not in b and "y" not in b


def _qualified_apart(a: str, b: str) -> bool:
    """South Sudan / Sudan, North Korea / South Korea: the qualifier words differ."""
    return {w for w in a.split() if w in QUALIFIERS} != {w for w in b.split() if w in QUALIFIERS}


def letters_swapped(name_a: str, name_b: str) -> bool:
    """Whether one name is the other with two neighbouring letters swapped ("Sygnia" / "Syngia"), the first letter
    kept: a typo, never a transliteration. Not "-re" / "-er" (Centre / Center), a spelling convention."""
    a, b = _compact(fold(name_a)), _compact(fold(name_b))
    if len(a) != len(b) or len(a) < MIN_SWAPPED_LENGTH or a[:1] != b[:1] or {a[-2:], b[-2:]} == {"re", "er"}:
        return False
    apart = [i for i, (x, y) in enumerate(zip(a, b)) if x != y]
    return len(apart) == 2 and apart[1] == apart[0] + 1 and a[apart[0]] == b[apart[1]] and a[apart[1]] == b[apart[0]]


def same_name(a: str, b: str, style: HouseStyle | None = None) -> bool:
    """Whether two written names are spellings of one name (the decision the pair table tests)."""
    fa, fb = fold(a), fold(b)
    if style is not None:
        pa, pb = style.lookup(a), style.lookup(b)
        if pa and pb:
            return pa == pb  # the editor's list decides, both ways
    if _compact(fa) == _compact(fb):
        return True
    if _qualified_apart(fa, fb) or _not_the_country(fa, fb):
        return False
    sa, sb = skeleton(a), skeleton(b)
    if sa == sb:
        return True
    if _derived(_compact(fa), _compact(fb)) or _derived(sa, sb):
        return False
    if min(len(sa), len(sb)) < MIN_FUZZY_LENGTH or consonants(sa)[:1] != consonants(sb)[:1]:
        return False
    if letters_swapped(a, b):
        return True                 # "Sygnia" / "Syngia": two letters swapped, the commonest typo
    score = fuzz.ratio(sa, sb)
    # Vowels may differ, but not at the very end, where endings make other words (Turkey / Türkiye is an alias
    # for the house style to declare, not a spelling).
    # (a "j" the other spelling has no "j" or "y" for is a consonant of its own: Beijing is not Boeing)
    if consonants(sa) == consonants(sb) and sa[-1] == sb[-1] and score >= VOWEL_ONLY_SCORE \
            and not _lone_j(fa, fb) and not _lone_j(fb, fa):
        return True
    # a long name may be two letters longer ("Punchirimattom" / "Punjirimattom"); a shorter one only one
    # ("Environment" / "Environmental" is another word: one begins the other)
    longer_by = 2 if min(len(sa), len(sb)) >= LONG_NAME and not (sa.startswith(sb) or sb.startswith(sa)) else 1
    return score >= CLOSE_SCORE and min(len(sa), len(sb)) >= CLOSE_MIN_LENGTH and abs(len(sa) - len(sb)) <= longer_by



def spelt_alike(x: str, y: str) -> bool:
    """One name spelt two ways: a transliteration (same_name), or the same first letter and at most two letters
    apart in a name of four or more (Nicolas / Nicholas, Sean / Shawn). Heydar and Ilham stay apart."""
    x, y = fold(x), fold(y)
    if not x or not y:
        return False
    return same_name(x, y) or (x[0] == y[0] and min(len(x), len(y)) >= 4 and Levenshtein.distance(x, y) <= 2)
