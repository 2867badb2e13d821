"""Where it happened, source against source: one thing placed in two places.

"Obama scrapped a campaign event in Fort Myers, Florida" in one source, "Obama abandoned a campaign event in Fort
Lauderdale, Florida" in another; "the two engineers were detained in São Paulo" / "The two engineers were detained
in Belo Horizonte". Each place a source sentence puts a thing in (draft_where.places_in) is looked for in the other
sources' sentences as the draft's places are (draft_placed.placed_at: the same word placing it and words of
substance around it). Precision first: where any other source puts the thing where this one does, or names this
one's place beside it, nothing is shown, and a pair of places is shown once.
"""
from __future__ import annotations

import pandas as pd
import regex
from rapidfuzz import fuzz

from checker.claims import BROAD
from checker.compare.draft_placed import PLACE_PARTICLES, placed_at
from checker.compare.draft_where import places_in
from checker.compare.findings import FINDING_COLUMNS
from checker.compare.name_findings import told_two_ways
from checker.compare.sentence_index import sentence_index, substance_words
from checker.reading import split_sentences
from checker.reading.names import CALENDAR, COMMON, TITLES, fold

_POSSESSIVE = regex.compile(r"['’]s\b")
_CAPITALISED = regex.compile(r"(?<![\p{L}'’])\p{Lu}[\p{L}'’-]+")

PLACE_CLAIM = "placed"
SHARED_WORDS = 3        # words of substance the two sentences share, the places aside, to tell one thing
# a byline, a credit, a caption or a dateline ("WASHINGTON (April 12, 2025) -") places its writer or its picture,
# not the story's acts
_CREDIT_LINE = regex.compile(r"\s*(?:\(?(?:By|Reporting|Additional\s+reporting|Writing|Editing)\b"
                             r"|\[?(?i:photo|caption)\b|\p{Lu}{3,}[\p{Lu}\s,.]*\()")
# "from Texas to New Jersey": a stretch, not a place; "at a Los Angeles hotel": a place told as a kind of thing
_STRETCH_AFTER = regex.compile(r"[ \t]+to[ \t]+(?:the[ \t]+)?\p{Lu}")
_ARTICLE_BEFORE = regex.compile(r"\b(?:a|an|the)[ \t]+\Z", regex.IGNORECASE)
_NOUN_AFTER = regex.compile(r"[ \t]+(?!(?:on|in|at|of|to|and|or|for|with|from|by|as|where|which|who|when|after|before|"
                            r"since|until|during|near|into|is|was|were|are|has|had)\b)\p{Ll}")
# a building or a site, which a town holds: "died at Houston Methodist Hospital" / "died in Houston" may both hold
_SITES = frozenset("""hotel hospital house court courthouse airport center centre stadium church cathedral palace
    university school station hall arena mall office headquarters base camp prison jail square park bridge port
    harbour harbor pier terminal building tower club clinic""".split())
_KINDS = frozenset("state province region district county city town village prefecture municipality".split())
SPELT_ALIKE = 85        # rapidfuzz ratio from which two places' names are one name spelt two ways
_SHORT = {"mt": "mount", "ft": "fort", "st": "saint", "pt": "port"}


def _words(place: str) -> set[str]:
    return set(fold(place).split())


def _one_place(a: str, b: str) -> bool:
    """"Rakhine State" and "Myanmar's Rakhine", "Mt Lyford" and "Mount Lyford": one place, when the words of one,
    cut to five letters and without their kind of place, are among the other's."""
    x, y = ({_SHORT.get(w, w)[:5] for w in _words(_POSSESSIVE.sub("", p)) if w not in _KINDS} for p in (a, b))
    if not x or not y or x <= y or y <= x:
        return True
    # a country or a state holds its towns ("from Canada" / "from Toronto"); a name spelt two ways ("Plaça de
    # Catalunya" / "Plaza de Cataluña") is the spellings check's
    plain = [" ".join(w for w in _words(p) if w not in PLACE_PARTICLES) for p in (a, b)]
    return _broad(a) or _broad(b) or fuzz.ratio(*plain) >= SPELT_ALIKE


# a country's adjective, by its first letters and a length near its name's: "German" custody is in Germany, as
# "Canadian" is of Canada ("Georgetown" is no Georgia)
_BROAD_STEMS = {name[:5]: len(name) for name in BROAD if " " not in name and len(name) >= 5}
ADJECTIVE_REACH = 2     # letters an adjective's length may differ from its country's name by


def _broad(place: str) -> bool:
    name = fold(place)
    stem = _BROAD_STEMS.get(name[:5])
    return name in BROAD or stem is not None and abs(stem - len(name)) <= ADJECTIVE_REACH


def _placed_plainly(sentence: str, start: int, end: int) -> bool:
    """Whether the place at sentence[start:end] is one place told as such: not a list ("Delhi and Bengaluru"), a
    stretch ("from Texas to New Jersey"), a base ("Tokyo-based") or a kind of thing ("at a Los Angeles hotel")."""
    place = sentence[start:end]
    return not (" and " in place or place.endswith("-based") or _STRETCH_AFTER.match(sentence, end)
                or (_ARTICLE_BEFORE.search(sentence, max(0, start - 5), start) and _NOUN_AFTER.match(sentence, end)))


def _a_site(place: str) -> bool:
    return fold(place).split()[-1] in _SITES


def _names(sentence: str, place: str) -> set[str]:
    """The capitalised words of a sentence but its place's and the ordinary ones ("The", "Monday"): whom or what it
    tells of."""
    own = _words(place)
    return {w for w in (fold(_POSSESSIVE.sub("", m.group())) for m in _CAPITALISED.finditer(sentence)
                        if m.start() > len(sentence) - len(sentence.lstrip(' "“‘\'')))    # not its first word
            if w not in own and w not in COMMON and w not in CALENDAR and w not in TITLES}


def place_findings(event: str, texts: dict[str, str], paths: dict[str, str],
                   mention_columns: list[str]) -> tuple[pd.DataFrame, pd.DataFrame]:
    """(findings, mentions) for each thing two sources place in two places."""
    spans = {label: split_sentences(text) for label, text in texts.items()}
    index, sentences = sentence_index([(label, texts[label], spans[label]) for label in texts])
    starts = [s.start for label in texts for s in spans[label] if not s.is_heading]   # as sentence_index lists them
    at = {}                                             # (source, sentence text) -> where the sentence starts
    for n, (label, text) in enumerate(sentences):
        at.setdefault((label, text), starts[n])
    findings, mentions, seen = [], [], set()
    for n, (label, text) in enumerate(sentences):
        places = places_in(text)
        if len(places) != 1 or _CREDIT_LINE.match(text):
            continue                        # two places in one sentence: which of them the act's is not told
        place, a, b = places[0]
        found = placed_at(text, place, index, sentences, skip=label)
        if found is None:
            continue
        other, their_text, theirs, their_at = found
        key = tuple(sorted((fold(place), fold(theirs))))
        if key in seen or len(places_in(their_text)) != 1 or _one_place(place, theirs) \
                or not _placed_plainly(text, a, b) \
                or not _placed_plainly(their_text, their_at, their_at + len(theirs)) \
                or _a_site(place) != _a_site(theirs) \
                or len(substance_words(text, _words(place)) & substance_words(their_text, _words(theirs))) \
                < SHARED_WORDS or not _names(text, place) & _names(their_text, theirs):
            continue                        # two sentences of one thing share a word of substance and a name
        seen.add(key)
        claim = f"{PLACE_CLAIM}:{len(findings) + 1}"
        told = {label: (place, starts[n] + a, starts[n] + b, text),
                other: (theirs, at[(other, their_text)] + their_at,
                        at[(other, their_text)] + their_at + len(theirs), their_text)}
        finding, rows = told_two_ways(claim, f"Where: {place} / {theirs}",
                                      f"one thing placed in two places: {place} / {theirs}", told, event, paths,
                                      mention_columns, "{value}: where the source puts it")
        findings.append(finding)
        mentions += rows
    return pd.DataFrame(findings, columns=FINDING_COLUMNS), pd.DataFrame(mentions, columns=mention_columns)
