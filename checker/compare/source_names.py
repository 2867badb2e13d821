"""The sources' names, read once for the draft's checks: as runs of capitalised words, by their words, their
initials, the names written beside them and after a participle ("arrested in the Bahamas"), and by kind ("medical
center"). The draft's name checks (draft_unknown_names.py, draft_text.py) look a draft's name up here."""
from __future__ import annotations

import regex

from checker.claims import CALENDAR_WORD
from checker.compare.draft_retold import ORGANISATION_WORDS, PLACE_KIND_WORDS
from checker.reading.names import COMMON, fold, spelling_key

# a run of capitalised words with the small words names hold ("Bank of England", "Place de la Nation"); not "and
# the", which joins two ("Lancashire Police and the National Crime Agency")
# (initials with their last dot open a name: "U.S. National Transportation Safety Board")
_CAP_WORD = (r"(?:(?:St|Mt|Ft|Jr|Dr|Gen|Col|Lt|Sgt|Gov|Sen|Rep)\.|(?:\p{Lu}\.){2,}(?=[ \t]+\p{Lu})"
             r"|\p{Lu}(?:[\p{L}\p{N}'’&-]|\.(?=\S))*)")
CAPITALISED_RUN = regex.compile(rf"(?<![\p{{L}}\p{{N}}'’.-]){_CAP_WORD}(?:[ \t]+(?:(?:of|for|the|and(?![ \t]+the\b)"
                          rf"|de|du|des|la|le|di|da|do)[ \t]+)*{_CAP_WORD})*")
NAME_PATTERN = CAPITALISED_RUN.pattern      # a name as a run of capitalised words, for the patterns of other checks

# what a name stands for, written in lower case ("Japan's transport ministry", "the regulator")
NAMED_KIND_WORDS = ORGANISATION_WORDS | PLACE_KIND_WORDS | {"regulator", "operator", "watchdog", "prosecutors",
                                                           "insurers", "investigators", "coroner"}
_POSSESSIVE = regex.compile(r"['’]s?\Z")
_WORD = regex.compile(r"[\p{L}\p{N}][\p{L}\p{N}'’.&-]*(?<![.'’-])")


def name_words(text: str) -> list[str]:
    """Words folded, possessive set aside, a hyphenated word also in its parts ("al-Sediq": "alsediq", "sediq")."""
    out = []
    for w in _WORD.findall(text):
        w = _POSSESSIVE.sub("", w)
        out.append(fold(w))
        if "-" in w:
            out.extend(fold(part) for part in w.split("-"))
    return out


_SMALL_WORDS = frozenset({"of", "for", "the", "and", "de", "du", "des", "la", "le", "di", "da", "do"})
STEM_LETTERS = 4     # a word counts as written when a source writes a word it begins ("German" / "Germany")


def spelling_of(word: str) -> str:
    """A word's key for its British and American spellings, kept apart from the words themselves."""
    return "~" + spelling_key(word)


class SourceNames:
    """The sources' names, read once, four ways: their initials ("FAA"); each name of two words or more found
    again by any one word left out ("Senate Judiciary Committee" in a draft whose sources write "Senate Finance
    Committee", and never "Judiciary", is their committee with one word changed, as "North Jeolla" is their "South
    Jeolla", wherever the draft tells it); every run of words they write together in a name; and the names they
    write after a participle and preposition ("arrested in the Bahamas")."""

    def __init__(self, sources: list[tuple[str, str, list]]):
        self.by_gap: dict[tuple[int, tuple[str, ...]], tuple[str, str]] = {}
        self.runs: set[tuple[str, ...]] = set()
        self.initials: set[str] = set()        # "faa" of "Federal Aviation Administration"
        # (verb, preposition) -> the names the sources write after them, folded -> (source, name)
        self.after_verb: dict[tuple[str, str], dict[str, tuple[str, str]]] = {}
        self.partners: dict[str, dict[str, tuple[str, str]]] = {}     # folded name -> names written beside it
        self.by_kind: dict[tuple[str, ...], dict[frozenset, tuple[str, str]]] = {}   # "medical center" -> names
        self.after_kind: dict[str, dict[str, tuple[str, str]]] = {}  # "law firm" -> the names written after it
        for label, text, _ in sources:
            for m in _KIND_THEN_NAME.finditer(text):
                self.after_kind.setdefault(" ".join(m.group("kind").lower().split()), {}) \
                    .setdefault(fold(m.group("name")), (label, m.group("name")))
            for m in _PAIRED.finditer(text):
                first, second = m.group("first"), m.group("second")
                self.partners.setdefault(fold(first), {}).setdefault(fold(second), (label, second))
                self.partners.setdefault(fold(second), {}).setdefault(fold(first), (label, first))
            for m in _VERB_PLACE.finditer(text):
                if not CALENDAR_WORD.fullmatch(m.group("name")):
                    self.after_verb.setdefault((m.group("verb").lower(), m.group("prep").lower()), {}) \
                        .setdefault(fold(m.group("name")), (label, _with_kind(text, m.group("name"), m.end())))
            for m in CAPITALISED_RUN.finditer(text):
                if " " in m.group():
                    self.initials.add("".join(w[0] for w in fold(m.group()).split() if w not in _SMALL_WORDS))
                words = tuple(name_words(m.group()))
                for gap in range(len(words)) if len(words) >= 2 else ():
                    self.by_gap.setdefault((gap, words[:gap] + words[gap + 1:]), (label, m.group()))
                for one in _AND.split(m.group()):      # "Sisters Hospital and Mercy Hospital": two
                    kind = _kind_of(one)
                    if kind is not None:
                        self.by_kind.setdefault(kind[0], {}).setdefault(kind[1], (label, one))
                keys = tuple(map(spelling_of, words))         # "State Councilor" is "State Councillor" written
                self.runs.update(keys[i:j] for i in range(len(keys))
                                 for j in range(i + 2, min(len(keys), i + MAX_RUN) + 1))

    def after_the_same_verb(self, text: str, start: int, name: str) -> tuple[str, str] | None:
        """(source, its name) when the draft's name follows a verb and preposition ("arrested in Bermuda") after
        which the sources write one name only, another ("arrested in the Bahamas")."""
        verb = _VERB_BEFORE.search(text, max(0, start - 40), start)
        if verb is None:
            return None
        theirs = self.after_verb.get((verb.group("verb").lower(), verb.group("prep").lower()), {})
        if len(theirs) != 1 or fold(name) in theirs:
            return None
        return next(iter(theirs.values()))

    def partner_of(self, text: str, start: int, name: str) -> tuple[str, str] | None:
        """(source, its name) when the draft's name follows "X and (the)", where the sources pair X with one name
        only, another ("Lancashire Police and the National Crime Agency" / "Lancashire Police and Counter Terrorism
        Policing North West")."""
        before = _PAIRED_BEFORE.search(text, max(0, start - 80), start)
        if before is None:
            return None
        theirs = self.partners.get(fold(before.group("first")), {})
        if len(theirs) != 1 or fold(name) in theirs:
            return None
        return next(iter(theirs.values()))

    def after_the_same_kind(self, text: str, start: int, name: str) -> tuple[str, str] | None:
        """(source, its name) when the draft's name follows a kind written in lower case ("the law firm Kromann
        Reumert") after which the sources write one name only, another ("the law firm Bruun & Hjejle")."""
        kind = _KIND_BEFORE.search(text, max(0, start - 40), start)
        if kind is None:
            return None
        theirs = self.after_kind.get(" ".join(kind.group("kind").lower().split()), {})
        if len(theirs) != 1 or fold(name) in theirs:
            return None
        return next(iter(theirs.values()))

    def sole_of_its_kind(self, name: str) -> tuple[str, str] | None:
        """(source, its name) when the sources name one thing only of the draft's name's kind, and it is another:
        "taken to Buffalo General Medical Center" where the one medical center they name is "Erie County Medical
        Center"; none where they name two hospitals, or one sharing a word of substance with the draft's."""
        kind = _kind_of(name)
        if kind is None:
            return None
        theirs = self.by_kind.get(kind[0], {})
        if len(theirs) != 1 or any(kind[1] & words for words in theirs):
            return None
        return next(iter(theirs.values()))

    def never_together(self, name: str) -> bool:
        """Whether a name of two words of substance or more is written as it stands in no source's name ("National
        Police Agency" where they write "police" and "agency" apart, and never the name)."""
        words = tuple(name_words(name))
        # words apart, not a compound's parts ("Armenian-backed" is one word)
        if len([w for w in name.split() if fold(w) not in COMMON]) < 2 or len(words) > MAX_RUN:
            return False
        return tuple(map(spelling_of, words)) not in self.runs

    def one_word_from(self, name: str, missing: list[str]) -> tuple[str, str] | None:
        """(source, its name) when `name` is a source's name but for its one word no source writes."""
        words = tuple(name_words(name))
        if len(missing) != 1 or len(words) < 2 or missing[0] not in words:
            return None
        gap = words.index(missing[0])
        if len(words) == 2 and gap == 1 and words[0] not in PLACE_PREFIXES:
            return None     # "Victor Kowalczyk" and "Victor Escalon": two people may share a given name
        return self.by_gap.get((gap, words[:gap] + words[gap + 1:]))


MAX_RUN = 8            # words of a name looked up as written together

# a kind of body written in lower case just before its name ("the law firm Bruun & Hjejle", "auditor Deloitte"): a
# story names one of each, mostly
_KIND = (r"(?P<kind>(?:(?:law|accountancy|accounting|audit|consulting|engineering|construction|security|"
         r"investment|shipping|insurance|rating|ratings|public\s+relations)\s+)?"
         r"(?:firm|company|auditors?|accountants|contractor|operator|insurer|lender|airline|carrier|consultancy|"
         r"broadcaster|newspaper|manufacturer|carmaker|builder|developer|charity|agency|shipyard))")
_KIND_THEN_NAME = regex.compile(rf"(?<![\p{{L}}-]){_KIND}[ \t]+(?P<name>{CAPITALISED_RUN.pattern})")
_KIND_BEFORE = regex.compile(rf"(?<![\p{{L}}-]){_KIND}[ \t]+\Z")

# the kinds of place a story's people are taken to, tried at or flown from, which a story names one of ("Erie County
# Medical Center"); a word too wide alone ("center") is a kind with the word before it ("medical center")
_KINDS = frozenset("hospital infirmary clinic court courthouse airport stadium arena prison jail".split())
_WIDE_KINDS = frozenset("center centre".split())
_AND = regex.compile(r"[ \t]+and[ \t]+")


def _kind_of(name: str) -> tuple[tuple[str, ...], frozenset[str]] | None:
    """(the kind a name ends in, the words of substance before it): "Erie County Medical Center" -> (("medical",
    "center"), {"erie", "county"}); None for a name that does not say its kind, or says nothing more."""
    words = name_words(name)
    if len(words) < 2:
        return None
    if words[-1] in _KINDS:
        kind = (words[-1],)
    elif words[-1] in _WIDE_KINDS and len(words) >= 3 and words[-2] not in _SMALL_WORDS:
        kind = (words[-2], words[-1])
    else:
        return None
    rest = frozenset(w for w in words[:-len(kind)] if w not in COMMON and w not in _SMALL_WORDS)
    return (kind, rest) if rest else None
_LOWER_WORDS = regex.compile(r"(?:[ \t]+\p{Ll}+){1,3}")


def _with_kind(text: str, name: str, end: int) -> str:
    """A possessive name with the words after it that say what it names ("Japan's transport ministry")."""
    if not _POSSESSIVE.search(name):
        return name
    after = _LOWER_WORDS.match(text, end)
    words = after.group().split() if after else []
    kinds = [k for k, w in enumerate(words) if w in NAMED_KIND_WORDS]
    return " ".join([name, *words[:kinds[-1] + 1]]) if kinds else name

# two names joined by "and" ("Lancashire Police and Counter Terrorism Policing North West"), each a run of
# capitalised words with the small words a name holds, "and" aside
_ONE_NAME = rf"{_CAP_WORD}(?:[ \t]+(?:(?:of|for|the|de|du|des|la|le|di|da|do)[ \t]+)*{_CAP_WORD})*"
_PAIRED = regex.compile(rf"(?<![\p{{L}}\p{{N}}'’.-])(?P<first>{_ONE_NAME})[ \t]+and[ \t]+(?:the[ \t]+)?"
                        rf"(?P<second>{_ONE_NAME})")
_PAIRED_BEFORE = regex.compile(rf"(?<![\p{{L}}\p{{N}}'’.-])(?P<first>{_ONE_NAME})[ \t]+and[ \t]+(?:the[ \t]+)?\Z")

# "arrested in the Bahamas", "deported to Bulgaria", "airlifted to SickKids": where a past participle puts someone
_PARTICIPLE = r"(?P<verb>\p{Ll}{3,}ed|held|born|built|based|shot|struck|found|taken|flown|sent|brought|caught)"
# (the day it was done may stand between: "released on Wednesday by the transport ministry")
_VERB_PREP = rf"\b{_PARTICIPLE}(?:[ \t]+(?:on|late|early)(?:[ \t]+on)?[ \t]+\p{{Lu}}\p{{Ll}}+day)?[ \t]+" \
             rf"(?P<prep>in|at|near|to|from|by)[ \t]+(?:the[ \t]+)?"
_VERB_BEFORE = regex.compile(_VERB_PREP + r"\Z")
_VERB_PLACE = regex.compile(_VERB_PREP + rf"(?P<name>{_CAP_WORD}(?:[ \t]+{_CAP_WORD})*)")

# the first word of two-word place names, whose second word alone tells them apart ("San Jose", "San Francisco")
PLACE_PREFIXES = frozenset("san santa santo sao saint st fort ft mount mt lake port porto cape new el la le los las"
                           .split())
