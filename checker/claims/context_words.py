"""What a figure is about: the words around it, stemmed and read through concepts.yaml, and the
capitalised ones among them that are names (whose figure it is).

Open claims and aligned sentences pair figures by these words, so they are read once per figure,
within its sentence and not past the figures either side of it."""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import re

import regex
import yaml

from checker.claims.document import Document
from checker.claims.same_names import SAME_NAMES, canonical_name
from checker.reading import one_spelling
from checker.reading.names import CALENDAR, COUNTRIES, fold

WINDOW = 8                 # words either side of the figure that say what it is
_TOKEN = regex.compile(r"\p{L}[\p{L}'’-]*")
STOP_WORDS = frozenset("""a an the of in on at to for from by with and or but as is are was were be been being has have had
    it its this that these those there their they them he she his her him we our you your i me my not no than then
    also about over under after before since into onto out up down more most less least some any all each other such
    which who whom whose what when where while said says say told according official officials including include
    including per cent percent around nearly almost roughly approximately just only still yet already least at
    will would could should may might can must do does did so very much many one two three four five six seven
    eight nine ten hundred thousand million billion trillion people person new last first year years day days week
    weeks month months time times well""".split())


CONCEPTS_PATH = Path(__file__).resolve().parents[1] / "data" / "concepts.yaml"


def _load_concepts(path: Path = CONCEPTS_PATH) -> tuple[dict[str, str], dict[tuple[str, str], str]]:
    """Each word of concepts.yaml, as written and as stemmed, to its concept; and each two-word phrase ("took off")
    to its concept."""
    with open(path, encoding="utf-8") as fh:
        table = yaml.safe_load(fh) or {}
    concepts, phrases = {}, {}
    for concept, words in table.items():
        for word in [concept, *words]:
            word = str(word).lower()
            if " " in word:
                first, second = word.split(maxsplit=1)
                phrases[(first, second)] = str(concept)
                continue
            concepts[word] = str(concept)
            stemmed = _strip_suffix(word)
            if stemmed == word or stemmed not in STOP_WORDS:    # "lasted" is a concept's, "last" week no word
                concepts[stemmed] = str(concept)
    return concepts, phrases


def _strip_suffix(word: str) -> str:
    """A light stemmer: plurals, -ing, -ion, -ed and a final e go ("ordered"/"order", "raised"/"raise")."""
    # "-ee" is the one the verb acts on: "employees" / "employs", "detainees" / "detained"
    for suffix, keep in (("ies", "y"), ("ings", ""), ("ing", ""), ("ions", ""), ("ion", ""), ("ees", ""), ("ee", "")):
        if word.endswith(suffix) and len(word) - len(suffix) >= 4:
            return word[: len(word) - len(suffix)] + keep
    if word.endswith(("sses", "xes", "zes", "ches", "shes")) and len(word) >= 6:
        word = word[:-2]                               # taxes, crashes; but shares, homes keep their e
    elif word.endswith("s") and not word.endswith(("ss", "us", "is")) and len(word) >= 5:
        word = word[:-1]
    elif word.endswith("ed") and len(word) >= 6:
        word = word[:-2]
    if word.endswith("e") and len(word) >= 5:
        word = word[:-1]
    return word


@lru_cache(maxsize=1 << 16)  # a story repeats its words
def stem(word: str) -> str:
    """The word's stem, or its concept when concepts.yaml names one ("acquire" and "buy" are one)."""
    word = word.lower().strip("'’-").replace("’", "'")
    if not word.isascii():
        word = fold(word)                       # "Andrés" is "Andres", "Bréard" "Breard"
    if word.endswith("'s"):
        word = word[:-2]
    concept = _CONCEPTS.get(word)
    if concept:
        return concept
    stem = _strip_suffix(one_spelling(word))    # "apologised" and "apologized" are one word
    return _CONCEPTS.get(stem, stem)


_CONCEPTS, _PHRASES = _load_concepts()


def name_stem(word: str) -> str:
    """A name's stem, a country's other names as the country's ("Irish" as "Ireland", "UK" as "Britain"): the
    names beside two figures say whose they are, however each source writes the country."""
    lower = word.lower()
    return stem(SAME_NAMES.get(lower) or lower.endswith("s") and SAME_NAMES.get(lower[:-1]) or word)  # ("Americans")
_DATELINE = regex.compile(r"\s*\p{Lu}[\p{Lu}\s/.,'’-]{1,60}(?:,[^\n\-\u2013\u2014]{0,40}?)?(?:\([^()\n]{1,30}\))?\s*"
                          r"[-\u2013\u2014:]\s")
# ("All 100 passengers - most of them German": what some of the counted are is no word of the count's)
_CLAUSE_TURN = regex.compile(r"\n|;|,?\s+(?:while|whereas|but)\s|,\s+and\s"
                             r"|(?:,|\s[-\u2013\u2014]|\u2014)\s*(?:most|many|some|several|half|all|none|few)\s+of\s+"
                             r"(?:them|whom)\b")
CLAUSE_TURN_BEFORE = regex.compile(r"\n|;|\s(?:and|while|whereas|but)\s")
_CREDIT = regex.compile(r"(?i:according\s+to\s+(?:the\s+)?)(?:\p{Lu}[\p{L}.'’-]*\s*){1,5}"
                        r"|,\s*(?i:the\s+)?(?:\p{Lu}[\p{L}.'’-]*\s+){1,5}(?i:reported|said|says|reports|told|wrote)\b")


# the next of a series begins: "... and a second, larger one followed at 4:10 a.m.", "and another 300 injured"
_NEXT_ONE = regex.compile(r"\s(?:and|but|then|while|before|after)\s+(?:(?:a|an|the)\s+)?"
                          r"(?P<order>second|third|fourth|fifth|another|later|final)\b", regex.IGNORECASE)
ORDER_MARK = "#"
CLOCK_MARK = "%"           # a word for the minute a precise time of day tells (see open_times)
ORDERS = frozenset("first second third fourth fifth final".split())


_CLAUSE_END = regex.compile(r"[,;:()\u2014]|\s[-\u2013]\s")


def clause_around(text: str, start: int, end: int, lo: int, hi: int) -> tuple[int, int]:
    """The clause text[start:end] stands in, within [lo, hi): between the punctuation either side of it."""
    left = max((m.end() for m in _CLAUSE_END.finditer(text, lo, start)), default=lo)
    right = next((m.start() for m in _CLAUSE_END.finditer(text, end, hi)), hi)
    return left, right


_RATE_GAP = regex.compile(r"[ \t]+(?:in|within|over)[ \t]+(?:(?:just|only|about|around|some|roughly|less[ \t]+than"
                          r"|under)[ \t]+)?", regex.IGNORECASE)


def figure_bounds(doc: Document, figures: list, k: int, sentence) -> tuple[int, int]:
    """Where the words about figures[k] may lie: its sentence, not past the figures either side of it, and not
    before a clause turn that follows the figure before it ("$8 billion to customers and $1.7 billion to
    investors": "customers" is the $8 billion's)."""
    left, right = sentence.start, sentence.end
    # a person's age beside a name ("ordered Bankman-Fried, 32, to forfeit $11 billion") tells who, not what: no
    # bound to the words of the figures either side
    before, after = _neighbour(figures, k, -1), _neighbour(figures, k, 1)
    if after is not None and _restated_in_brackets(doc.text, figures[k], after):
        # "$674m (£540m) humanitarian plan": the bracket says the figure again, in another currency or unit; the
        # words after it are the figure's too
        j = k + 1
        while figures[j] is not after:              # (past the ages _neighbour stepped over)
            j += 1
        after = _neighbour(figures, j, 1)
    if before is not None and figures[k].kind == "duration" and before.kind != "duration" \
            and _RATE_GAP.fullmatch(doc.text, before.end, figures[k].start):
        # "rose 26 feet in 45 minutes": the time a change took is told by the change's words
        j = next(j for j in range(k - 1, -1, -1) if figures[j] is before)
        before = _neighbour(figures, j, -1)
    if before is not None and before.end > left:
        left = before.end
        turns = list(CLAUSE_TURN_BEFORE.finditer(doc.text, left, figures[k].start))
        if turns:
            left = turns[-1].end()
    if after is not None and after.start < right:
        right = after.start
        # "murder in three cases and of attempted murder in eight": past the turn, the words are the next one's
        turns = list(CLAUSE_TURN_BEFORE.finditer(doc.text, figures[k].end, right))
        if turns:
            right = turns[-1].start()
    return left, right


_BRACKET_OPENS = regex.compile(r"[ \t]*\([ \t]*(?:(?:about|around|some|roughly|approximately|approx\.|nearly|almost|"
                               r"c\.|~)[ \t]*)?\Z", regex.IGNORECASE)


def _restated_in_brackets(text: str, figure, other) -> bool:
    """Whether `other` is `figure` said again in brackets right after it: "$674m (£540m)", "$764 million (about
    Tk 8,250 crore)"."""
    return other.kind == figure.kind and other.start - figure.end <= 20 and text[other.end:other.end + 1] == ")" \
        and _BRACKET_OPENS.search(text, figure.end, other.start) is not None


def _neighbour(figures: list, k: int, step: int):
    """The figure next to figures[k] in the direction `step`, past ages unless figures[k] is one; None at the end.
    (Walked, not sliced: this runs for every figure of a text.)"""
    j = k + step
    if figures[k].kind != "age":
        while 0 <= j < len(figures) and figures[j].kind == "age":
            j += step
    return figures[j] if 0 <= j < len(figures) else None


def figure_context(doc: Document, quantity, left: int, right: int,
                   window: int = WINDOW) -> tuple[frozenset[str], frozenset[str]]:
    """Words near the figure between left and right (see `figure_bounds`; "93,469,008 registered voters, of
    whom 25,286,616 were accredited": each figure keeps its own), and the capitalised ones among them, as
    written (whether they are names is for `_names` to say)."""
    dateline = _DATELINE.match(doc.text, left, quantity.start)
    if dateline:
        left = dateline.end()                      # "NEW YORK, March 29 (Reuters) -" says where, not what
    turn = _CLAUSE_TURN.search(doc.text, quantity.end, right)
    if turn:
        right = turn.start()                       # "6,984,520 votes, while Peter Obi got ...": Obi's, not this
    # "the first landslide struck around 2 a.m. and a second followed at 4:10 a.m.": each time its own landslide
    left = max((m.start("order") for m in _NEXT_ONE.finditer(doc.text, left, quantity.start)), default=left)
    turn = _NEXT_ONE.search(doc.text, quantity.end, right)
    if turn:
        right = turn.start()
    before = list(_TOKEN.finditer(doc.text, left, quantity.start))[-window:]
    after = list(_TOKEN.finditer(doc.text, quantity.end, right))[:window]
    credited = [c.span() for c in _CREDIT.finditer(doc.text, quantity.end, right)]
    words, capitals = set(), set()
    # a phrase's words are one concept's ("took off" is the take-off another outlet names); never across the figure
    for tokens in (before, after):
        words.update(_PHRASES[pair] for pair in zip((t.group().lower() for t in tokens),
                                                   (t.group().lower() for t in tokens[1:])) if pair in _PHRASES)
        words |= same_name_words(doc.text, tokens)   # "in the US" and "in the United States": one place's figure
    for m in before + after:
        if any(a <= m.start() < b for a, b in credited):
            continue                               # "..., the New York Post reported": who says, not whose figure
        word = stem(m.group())
        if word in ORDERS:
            words.add(ORDER_MARK + word)           # the first quake and the second are two facts
        if len(word) <= 2 or word in STOP_WORDS:
            continue
        words.add(word)
        if m.group()[0].isupper() and word not in CALENDAR:
            capitals.add(m.group())
    return frozenset(words), frozenset(capitals)


SAME_NAME_MARK = "="        # a word for the country or body same_names.yaml names several ways
_LONGEST_SAME_NAME = max(len(n.split()) for n in SAME_NAMES)
# capitalised words that open a sentence before a name, not part of it: "The UK's regulator", "A US-led coalition"
_SENTENCE_OPENERS = frozenset("The A An In At On By For From With As After Before This That Its Their His Her Our"
                              .split())


def same_name_words(text: str, tokens: list) -> set[str]:
    """One word per country or body of same_names.yaml the tokens name, however written: "US", "U.S.", "United
    States", "Americans" all give "=united states". Capitalised, an abbreviation only in capitals ("US", not "us"),
    and only a name's own, not a longer name's ("Air France", "British Airways" are firms). Dictionary lookups on
    the few capitalised tokens: this runs for every figure."""
    found, i = set(), 0
    while i < len(tokens):
        if not tokens[i].group()[:1].isupper():
            i += 1
            continue
        run = _capitalised_run(text, tokens, i)
        dotted = "".join(t.group() for t in run) if all(len(t.group()) == 1 for t in run) else None
        canon = ""
        for size in range(min(len(run), _LONGEST_SAME_NAME), 0, -1) if dotted is None else (len(run),):
            canon = _canon_of(dotted or " ".join(t.group() for t in run[:size]))
            if canon:
                if size == len(run) and not _inside_a_name(text, tokens, i, i + size):
                    found.add(SAME_NAME_MARK + canon)
                break
        i += len(run) if canon else 1       # ("The UK's": the name starts after "The")
    return found


def _capitalised_run(text: str, tokens: list, i: int) -> list:
    """The capitalised tokens from i on, each one space (or, initials, one dot) after the last: "United States",
    "U.S" ("U", "S")."""
    run = [tokens[i]]
    while i + len(run) < len(tokens):
        nxt, last = tokens[i + len(run)], run[-1]
        gap = text[last.end():nxt.start()]
        if not nxt.group()[:1].isupper() or gap not in (" ", ".") or (gap == ".") != (len(last.group()) == 1) \
                or last.group().endswith(("'s", "’s")):     # "Kiev's Su-25": the name ends at its possessive
            break
        run.append(nxt)
    return run


def _canon_of(written: str) -> str:
    """The group's first name for a name as written ("UK's", "Americans", "US-led"); '' where none. A name of three
    letters or fewer counts only in capitals: "US", not "Us"."""
    bare = written.removesuffix("'s").removesuffix("’s").split("-")[0]      # "US-led", "UK-based"
    for name in (bare, bare[:-1] if bare.endswith("s") else ""):
        canon = canonical_name(name)
        if canon and (len(name) > 3 or name.isupper()):
            return canon
    return ""


def _inside_a_name(text: str, tokens: list, start: int, end: int) -> bool:
    """Whether a capitalised word stands right before the name (not a sentence's "The", "In") or right after it (not
    after a possessive: "Kiev's Su-25 jets", "Britain's Serious Fraud Office")."""
    before = tokens[start - 1] if start else None
    after = tokens[end] if end < len(tokens) and not tokens[end - 1].group().endswith(("'s", "’s")) else None
    return bool(before and text[before.end():tokens[start].start()] == " " and before.group()[:1].isupper()
                and before.group() not in _SENTENCE_OPENERS) \
        or bool(after and text[tokens[end - 1].end():after.start()] == " " and after.group()[:1].isupper())


LONGEST_NAME_WORD = 40


def names_among(text: str, capitals: set[str]) -> set[str]:
    """Which capitalised words are names: written capitalised inside a sentence somewhere in the text, and never
    in lower case ("Sony", "Taroudant"; not "Shares" opening a sentence, nor "President" beside "president").
    Two scans of the text for just these words, not a pass over every word."""
    # no name's word is this long; a run of letters that is ("A" * 100_000 in hostile text) would make the scan
    # below quadratic
    capitals = {w for w in capitals if len(w) <= LONGEST_NAME_WORD}
    if not capitals:
        return set()
    words = sorted(capitals, key=len, reverse=True)
    alternation = "|".join(re.escape(w) for w in words)
    inside = set(regex.findall(rf"(?<=[^\s.!?\"“]\s*)(?<![\p{{L}}'’-])(?:{alternation})(?![\p{{L}}'’-])", text))
    lower = set(regex.findall(rf"(?<![\p{{L}}'’-])(?:{'|'.join(re.escape(w.lower()) for w in words)})"
                              rf"(?![\p{{L}}'’-])", text))
    # a country is a name wherever it stands ("Italy's government declared five days of mourning")
    countries = {w for w in capitals if fold(_POSSESSIVE.sub("", w)) in COUNTRIES}
    return {w for w in inside | countries if w.lower() not in lower}


_POSSESSIVE = regex.compile(r"['’]s\Z")


def compound_head(first: str, second: str | None) -> str:
    """The noun a compound measures: the word after it, or the class noun after a name ("Uranus building")."""
    if second and first[0].isupper() and not second.endswith(("ed", "ing")) and stem(second) not in STOP_WORDS:
        return second
    return first


_OTHERS_AFTER = regex.compile(r"\s+others?\b")
_AND_BEFORE = regex.compile(r"\b(?:and|as\s+well\s+as|along\s+with)\s+\Z")
_NAMED_INSIDE = regex.compile(r"(?<=\S\s+)\p{Lu}\p{Ll}+")


def others_after_names(text: str, sentence_start: int, figures: list, k: int) -> bool:
    """Whether the k-th figure is the rest of a list of people named before it ("Lee Joon, his son Lee Han-sang and
    two other executives were arrested"): a part of the whole an outlet that counts them all gives ("four
    executives"); not "killing 12 people and 40 others", where a figure before it in the sentence is counted."""
    q = figures[k]
    if _OTHERS_AFTER.match(text, q.end) is None \
            or _AND_BEFORE.search(text, max(sentence_start, q.start - 16), q.start) is None \
            or _NAMED_INSIDE.search(text, sentence_start, q.start) is None:
        return False
    j = k - 1                                  # back through the sentence's figures only: no pass over the text
    while j >= 0 and figures[j].start >= sentence_start:
        if figures[j].kind == "count":
            return False
        j -= 1
    return True
