"""A name in the draft that no source writes at all, in a sentence that retells one of theirs.

"an inquiry by the National Investigation Agency" where the source sentence it retells recommends "a Central Bureau
of Investigation probe"; "released by the Civil Aviation Board" where it has "the country's transport ministry". The
checks in draft_text.py need the sources' sentence to hold another capitalised name in the draft's place; here the
draft's name is one none of the sources writes, in any sentence, and a source sentence tells the same thing (worded
like the draft's, the name set aside):

  contradicted  that sentence has a name, or words naming a kind of body or place, where the draft has its name
  unsupported   it tells the thing without naming anything there ("close to his family" / "... in Palo Alto")

A name the sources write in other words ("the New York Fed" for "the Federal Reserve Bank of New York", "USA" for
"United States", "German" for "Germany's") is not this check's: a name is absent only when a word of substance in
it is.
"""
from __future__ import annotations

import difflib

import regex
from rapidfuzz import fuzz
from rapidfuzz.utils import default_process

from checker.claims import CALENDAR_WORD, other_names
from checker.compare.draft_retold import ORGANISATION_WORDS, PLACE_KIND_WORDS
from checker.compare.sentence_index import ANY_WORD, figure_keys, sentences_sharing
from checker.compare.draft_text import row
from checker.compare.name_findings import sentence_around
from checker.reading.names import COMMON, fold, spelling_key

# a run of capitalised words with the small words names hold ("Bank of England", "Place de la Nation"); not "and
# the", which joins two ("Lancashire Police and the National Crime Agency")
_CAP_WORD = r"(?:(?:St|Mt|Ft|Jr|Dr|Gen|Col|Lt|Sgt|Gov|Sen|Rep)\.|\p{Lu}(?:[\p{L}\p{N}'’&-]|\.(?=\S))*)"
_NAME_RUN = regex.compile(rf"(?<![\p{{L}}\p{{N}}'’.-]){_CAP_WORD}(?:[ \t]+(?:(?:of|for|the|and(?![ \t]+the\b)"
                          rf"|de|du|des|la|le|di|da|do)[ \t]+)*{_CAP_WORD})*")
NAME_PATTERN = _NAME_RUN.pattern      # a name as a run of capitalised words, for the patterns of other checks
_SENTENCE_START = regex.compile(r"(?:^|[.!?:;\"“”(\n]|\s[-–—])\s*\Z")
_POSSESSIVE = regex.compile(r"['’]s?\Z")
_WORD = regex.compile(r"[\p{L}\p{N}][\p{L}\p{N}'’.&-]*(?<![.'’-])")
_NOT_A_NAME_AFTER = regex.compile(r"[$€£¥\p{N}]")     # "HK$200 million", "A$5m", "F-16": a currency or model
_HEADING_WORDS = frozenset({"the", "a", "an", "in", "on", "at", "by", "for", "from", "with", "and", "but", "as"})
RETELLING_SCORE = 70    # rapidfuzz token_set_ratio of the draft's sentence (its name set aside) and the source's
RETELLING_SHARED = 4    # words of substance the two share


def _words(text: str) -> list[str]:
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


def source_words(sources: list[tuple[str, str, list]], names: "SourceNames") -> frozenset[str]:
    """Every word any source writes, folded, possessive set aside ("Japan's" is "japan"), the beginnings of each
    from STEM_LETTERS letters on, so that "Germany" is written where a source writes "German", and the initials of
    their names (`names`), so that "FAA" is written where they write "Federal Aviation Administration"."""
    words = {w for _, text, _ in sources for w in _words(text)}
    return frozenset(words | names.initials | {w[:k] for w in words for k in range(STEM_LETTERS, len(w))}
                     | {_spelling(w) for w in words})


def _spelling(word: str) -> str:
    """A word's key for its British and American spellings, kept apart from the words themselves."""
    return "~" + spelling_key(word)


def absent_words(name: str, written: frozenset[str]) -> list[str]:
    """The words of substance of `name` that no source writes: "Anac" -> ["anac"]; "Armenian-backed" where they
    write "Armenian" -> []; "Federal Reserve Bank of New
    York", where the sources write "Federal Reserve" and "New York", -> []; "United States" where they write
    "USA" -> []; "Germany's" where they write "German" -> []."""
    words = [w for w in _words(name) if w not in COMMON and len(w) > 1 and not w.isdigit()]
    initials = "".join(w[0] for w in words)
    if len(words) > 1 and (initials in written or initials + "a" in written):
        return []
    # "Armenian-backed", "Kremlin-linked": the part in lower case is a word, not a name's; the compound is
    # written where its capitalised parts are
    lower = {fold(part) for part in regex.findall(r"(?<=-)\p{Ll}[\p{L}'’]*", name)}
    absent = [w for w in words if w not in lower and w not in written
              and w[:max(STEM_LETTERS, len(w) - 1)] not in written and _spelling(w) not in written]
    return [w for w in absent if "-" not in w or any(part in absent for part in w.split("-"))]


def unknown_name_rows(draft_text: str, sources: list[tuple[str, str, list]], index, sentences,
                      display: dict[str, str], taken: list[tuple[int, int]],
                      contested: list[tuple[int, int]] = ()) -> list[dict]:
    """`contradicted` or `unsupported` rows for the names of the draft no source writes, each in a sentence
    retelling a source's, or one word away from a name of theirs;
    `index` and `sentences` are draft_retold.sentence_index's, `taken` the spans other rows already judge,
    `contested` those they call contradicted."""
    names = SourceNames(sources)
    written = source_words(sources, names)
    rows = []
    for m in _NAME_RUN.finditer(draft_text):
        name, start = m.group(), m.start()
        if _SENTENCE_START.search(draft_text, max(0, start - 4), start):
            first, _, rest = name.partition(" ")
            if first.lower() in _HEADING_WORDS or first.lower() in COMMON or not rest:
                if not rest:
                    continue            # a sentence's first word: capitalised anyway
                name, start = rest, start + len(first) + 1
        name = name.rstrip(".")
        # "On Tuesday Volkswagen admitted": a day or month beside a name is no part of it
        first, _, rest = name.partition(" ")
        if rest and CALENDAR_WORD.fullmatch(first):
            name, start = rest, start + len(first) + 1
        name = regex.sub(rf"[ \t]+(?:{CALENDAR_WORD.pattern})\Z", "", name)
        end = start + len(name)
        if _NOT_A_NAME_AFTER.match(draft_text, end):
            continue
        if any(a < end and start < b for a, b in contested) or CALENDAR_WORD.fullmatch(name):
            continue
        missing = absent_words(name, written)
        if missing and any(not absent_words(other, written) for other in other_names(name)):
            continue                    # "Britain" where the sources write "the UK": one country
        unwritten = not missing and names.never_together(name)
        if not missing and not unwritten:
            continue
        sentence = sentence_around(draft_text, start, end)
        sibling = names.one_word_from(name, missing)
        if sibling is None and missing:
            sibling = names.after_the_same_verb(draft_text, start, name) or names.partner_of(draft_text, start, name)
        if sibling is None:
            sibling = names.sole_of_its_kind(name)
        if sibling is not None:         # outweighs a row on a part of it ("Committee", spelt as the sources do)
            label, theirs = sibling
            rows.append(row("place or name", name, name, "contradicted", [], [label],
                            f"no source names {name}; {display.get(label, label)} names {theirs}", sentence,
                            start, end, theirs))
            continue
        if any(a < end and start < b for a, b in taken):
            continue
        found = _retold(sentence, name, index, sentences)
        if found is None:
            continue
        label, theirs, instead = found
        if unwritten and (not instead or set(_words(instead)) & set(_words(name)) - COMMON):
            continue        # its words are the sources', apart: only another body in its place says it is wrong
        who = display.get(label, label)
        if instead:
            rows.append(row("place or name", name, name, "contradicted", [], [label],
                            f"no source names {name}; {who} has “{instead}” there: “{theirs[:200]}”", sentence,
                            start, end, instead))
        else:                   # the source tells it without naming anything there: the draft adds a name
            rows.append(row("place or name", name, name, "unsupported", [], [],
                            f"no source names {name}; {who} tells it without: “{theirs[:200]}”", sentence, start,
                            end, ""))
    return rows


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
        for label, text, _ in sources:
            for m in _PAIRED.finditer(text):
                first, second = m.group("first"), m.group("second")
                self.partners.setdefault(fold(first), {}).setdefault(fold(second), (label, second))
                self.partners.setdefault(fold(second), {}).setdefault(fold(first), (label, first))
            for m in _VERB_PLACE.finditer(text):
                if not CALENDAR_WORD.fullmatch(m.group("name")):
                    self.after_verb.setdefault((m.group("verb").lower(), m.group("prep").lower()), {}) \
                        .setdefault(fold(m.group("name")), (label, _with_kind(text, m.group("name"), m.end())))
            for m in _NAME_RUN.finditer(text):
                if " " in m.group():
                    self.initials.add("".join(w[0] for w in fold(m.group()).split() if w not in _SMALL_WORDS))
                words = tuple(_words(m.group()))
                for gap in range(len(words)) if len(words) >= 2 else ():
                    self.by_gap.setdefault((gap, words[:gap] + words[gap + 1:]), (label, m.group()))
                for one in _AND.split(m.group()):      # "Sisters Hospital and Mercy Hospital": two
                    kind = _kind_of(one)
                    if kind is not None:
                        self.by_kind.setdefault(kind[0], {}).setdefault(kind[1], (label, one))
                keys = tuple(map(_spelling, words))         # "State Councilor" is "State Councillor" written
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
        words = tuple(_words(name))
        # words apart, not a compound's parts ("Armenian-backed" is one word)
        if len([w for w in name.split() if fold(w) not in COMMON]) < 2 or len(words) > MAX_RUN:
            return False
        return tuple(map(_spelling, words)) not in self.runs

    def one_word_from(self, name: str, missing: list[str]) -> tuple[str, str] | None:
        """(source, its name) when `name` is a source's name but for its one word no source writes."""
        words = tuple(_words(name))
        if len(missing) != 1 or len(words) < 2 or missing[0] not in words:
            return None
        gap = words.index(missing[0])
        if len(words) == 2 and gap == 1 and words[0] not in PLACE_PREFIXES:
            return None     # "Victor Kowalczyk" and "Victor Escalon": two people may share a given name
        return self.by_gap.get((gap, words[:gap] + words[gap + 1:]))


MAX_RUN = 8            # words of a name looked up as written together

# the kinds of place a story's people are taken to, tried at or flown from, which a story names one of ("Erie County
# Medical Center"); a word too wide alone ("center") is a kind with the word before it ("medical center")
_KINDS = frozenset("hospital infirmary clinic court courthouse airport stadium arena prison jail".split())
_WIDE_KINDS = frozenset("center centre".split())
_AND = regex.compile(r"[ \t]+and[ \t]+")


def _kind_of(name: str) -> tuple[tuple[str, ...], frozenset[str]] | None:
    """(the kind a name ends in, the words of substance before it): "Erie County Medical Center" -> (("medical",
    "center"), {"erie", "county"}); None for a name that does not say its kind, or says nothing more."""
    words = _words(name)
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


# what a name stands for, written in lower case ("Japan's transport ministry", "the regulator")
NAMED_KIND_WORDS = ORGANISATION_WORDS | PLACE_KIND_WORDS | {"regulator", "operator", "watchdog", "prosecutors",
                                                           "insurers", "investigators", "coroner"}
MAX_PLACE_WORDS = 8     # words a lower-case body may take in the source ("the country's transport ministry")


def in_its_place(sentence: str, name: str, theirs: str) -> str:
    """What the source sentence has where the draft's sentence has `name`: the name it writes there ("Central
    Bureau of Investigation" for "National Investigation Agency"), else a few words saying what kind of thing
    ("Japan's transport ministry"); "" where it has nothing there ("The judge said" / "Judge Lewis Kaplan said")."""
    mine, words = ANY_WORD.findall(sentence), ANY_WORD.findall(theirs)
    parts = set(name.split())
    matcher = difflib.SequenceMatcher(a=[w.lower() for w in mine], b=[w.lower() for w in words], autojunk=False)
    own = {fold(w) for w in mine}
    ops = matcher.get_opcodes()
    for at, (op, i1, i2, j1, j2) in enumerate(ops):
        if op not in ("replace", "delete") or not parts & {w.rstrip(".,;:") for w in mine[i1:i2]}:
            continue
        if op == "replace":
            named = _name_in(words, j1, j2, own)
            if named:
                return named
            there = words[j1:j2]
            kinds = [k for k, w in enumerate(there) if fold(w) in NAMED_KIND_WORDS and fold(w) not in own]
            if kinds and kinds[-1] < MAX_PLACE_WORDS:
                return " ".join(there[:kinds[-1] + 1]).rstrip(".")     # up to the word saying what it is
        # the source's name a word or two away ("at his Tenafly home" / "at his home in Englewood")
        for near, b1, b2 in [(o, b1, b2) for o, _, _, b1, b2 in ops[max(0, at - NEAR_OPS):at + NEAR_OPS + 1]]:
            named = _name_in(words, b1, b2, own) if near in ("insert", "replace") and b1 != j1 else ""
            if named:
                return named
    return ""


NEAR_OPS = 2     # edits either side of the draft's name where the source's name may stand instead


def _name_in(words: list[str], j1: int, j2: int, own: set[str]) -> str:
    """A name of the source beginning in words[j1:j2], read on past the block ("Central Bureau" + "of
    Investigation", the draft's own "Investigation" having matched), that is not the draft's own words."""
    rest, inside = " ".join(words[j1:]), len(" ".join(words[j1:j2]))
    named = _NAME_RUN.search(rest, 0, inside)
    while named is not None and (all(fold(w) in own or fold(w) in COMMON for w in named.group().split())
                                 or CALENDAR_WORD.fullmatch(named.group())
                                 or CALENDAR_WORD.fullmatch(rest[named.start():named.end() + 1])):   # "Jan."
        named = _NAME_RUN.search(rest, named.end(), inside)
    return _NAME_RUN.match(rest, named.start()).group() if named is not None else ""


_CLAUSE_END = regex.compile(r"[,;:]\s+|\s+[-–—]\s+|\s+(?:and|but|while|alongside|after|before|as)\s+")


def _retold(sentence: str, name: str, index, sentences) -> tuple[str, str, str] | None:
    """(source, its sentence, its words in the name's place) for a source sentence the draft's tells again in like
    words, its name aside: the clause holding the name first, for a draft sentence often joins two of theirs. Of
    the sentences that retell it, one with something in the name's place says more than one without."""
    at = sentence.find(name)
    cuts = [0] + [m.end() for m in _CLAUSE_END.finditer(sentence)] + [len(sentence)]
    lo = max(c for c in cuts if c <= max(at, 0))
    hi = min(c for c in cuts if c >= at + len(name))
    clause = sentence[lo:hi]
    for part in ([clause] if clause != sentence and len(ANY_WORD.findall(clause)) >= RETELLING_SHARED + 2 else []) \
            + [sentence]:
        found = _retellings(part, name, index, sentences)
        for label, theirs in found:
            instead = in_its_place(part, name, theirs)
            if instead:
                return label, theirs, instead
        if found:
            return *found[0], ""
    return None


MAX_RETELLINGS = 5     # the closest retellings looked at for a name in the draft's name's place


def _retellings(sentence: str, name: str, index, sentences) -> list[tuple[str, str]]:
    """The source sentences (source, text) that retell the draft's in like words, its name aside, closest first."""
    own = set(fold(name).split())
    rest = " ".join(w for w in ANY_WORD.findall(sentence) if fold(w) not in own)
    # a figure of theirs counts as a word: "In Lyon, the CGT claimed 245,000 marchers" retells "... the CGT claimed
    # 245,000" in a sentence too short for four words in common
    words = {w.lower().rstrip(".") for w in ANY_WORD.findall(rest) if len(w) > 3} | figure_keys(sentence)
    shared = sentences_sharing(words, index)
    need = max(3, min(RETELLING_SHARED, len(words) - 1))
    scored = [(fuzz.token_set_ratio(rest, sentences[n][1], processor=default_process), n)
              for n, k in shared.items() if k >= need]
    close = sorted(((-score, n) for score, n in scored if score >= RETELLING_SCORE))[:MAX_RETELLINGS]
    return [sentences[n] for _, n in close]
