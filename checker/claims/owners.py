"""Owners: the name a figure belongs to, for claims that hold one figure per place or company.

A population rule reads "Derna, a city of 90,000" and "Libya has a population of 7 million"; both are
populations, of two places, and comparing them is a false alarm. A rule with `split_by: name` gives each
figure the name it is told of, and each name's figures become a claim of their own (`population:derna`).
Where the story's figures name one owner or none, nothing is split: "the city's 125,000 inhabitants" is
then compared with "Derna, a city of 90,000". Where they name two or more, figures that name none stay in the
rule's own claim, compared among themselves.
"""
from __future__ import annotations

import bisect

import regex

from checker.claims.context_words import STOP_WORDS
from checker.claims.document import Document, Mention
from checker.claims.parties import as_token
from checker.claims.rules import Rule
from checker.claims.same_names import SAME_NAMES
from checker.reading.names import CALENDAR

_NAME = r"\p{Lu}[\p{L}'’-]+(?:[\s-]\p{Lu}[\p{L}'’-]+){0,2}"
_KIND_OF = r"(?:(?:city|town|village|port|country|state|province|region|district|capital|island|company|firm)\s+of\s+)?"
# "the population of Porto Alegre is", before the figure
_POPULATION_OF = regex.compile(rf"\bpopulation\s+of\s+(?:the\s+)?{_KIND_OF}(?P<name>{_NAME})")
# "1.4 million people live in Porto Alegre", "125,000 residents of Derna": the owner named after the figure
_AFTER = regex.compile(rf"(?:\s+[\p{{Ll}}-]+){{0,3}}?\s+(?:in|of)\s+(?:the\s+)?{_KIND_OF}(?P<name>{_NAME})")
_ANY_NAME = regex.compile(_NAME)
_BEARING = regex.compile(r"\b(?:(?:north|south)(?:-?(?:east|west))?|east|west)(?:ern)?\b", regex.IGNORECASE)
_REACH = 80          # characters before the figure where its owner may stand ("Derna, a port city of about")


def owner_of(doc: Document, mention: Mention) -> str:
    """The name (lower case) the figure is told of, or "" when its sentence names none near it."""
    sentence = doc.sentences[mention.sentence_index]
    left, right = sentence.start, sentence.end
    starts = doc.quantity_starts
    at = bisect.bisect_left(starts, mention.start)
    if at > 0:
        left = max(left, doc.quantities[at - 1].end)
    if at + 1 < len(starts):
        right = min(right, starts[at + 1])
    after = _AFTER.match(doc.text, mention.end, min(right, mention.end + 60))
    if after and _BEARING.search(after.group()):
        after = None            # "Luoyang, a city of 7 million to the west of Zhengzhou": where it is, not whose
    if after:
        return _owner(doc, after.group("name"))
    lo = max(left, mention.start - _REACH)
    named = _POPULATION_OF.search(doc.text, lo, mention.start)
    if named:
        return _owner(doc, named.group("name"))
    for found in reversed(list(_ANY_NAME.finditer(doc.text, lo, mention.start))):
        # "Myanmar's former royal capital": a possessive names what the noun after it belongs to, not the owner
        if _POSSESSIVE.search(found.group()) and not _POSSESSIVE_OWNS.match(doc.text, found.end()) \
                and not _POSSESSIVE_FIGURE.fullmatch(doc.text, found.end(), mention.start):
            continue
        owner = _owner(doc, found.group(), opens=found.start() == sentence.start)
        if owner:
            return owner
    # "The building, one of the longest on the embankment, was home to nearly 1,700 people": a thing the sentence
    # opens with owns the figure; "the city" is the story's place, named elsewhere
    thing = _THING_OPENS.match(doc.text, sentence.start, mention.start)
    if thing and not _HOME_TO.search(doc.text, thing.end(), mention.start):
        thing = None
    return "the " + thing.group("noun") if thing and thing.group("noun") not in _PLACE_NOUNS else ""


_THING_OPENS = regex.compile(r"\s*The\s+(?:[\p{Ll}-]+\s+)?(?P<noun>\p{Ll}{3,})\b(?!['’])")
_HOME_TO = regex.compile(r"\b(?:was|is|are|were)\s+home\s+to\s+(?:\p{Ll}+\s+){0,2}\Z|\bpopulation\s+of\s+\Z")
_PLACE_NOUNS = frozenset("city town village country nation region province state capital port area island district "
                         "community municipality county".split())


_POSSESSIVE = regex.compile(r"['’]s?\Z")
_POSSESSIVE_OWNS = regex.compile(r"\s+(?:\p{Ll}+\s+)?population\b")
# "taking the UK's total contribution to £15m": the possessive's noun is the figure's own
_POSSESSIVE_FIGURE = regex.compile(r"\s+(?:\p{Ll}[\p{Ll}-]*\s+){1,3}(?:to|of|at|is|was)\s+")


def _owner(doc: Document, name: str, opens: bool = False) -> str:
    """The name without a possessive or a leading common word ("In Mandalay"), or "" for a capitalised common
    word ("The", a sentence's "Residents")."""
    words = regex.sub(r"['’]s?\Z", "", name).split()
    while words and words[0].lower() in STOP_WORDS:
        words, opens = words[1:], False
    if not words or words[0].lower() in CALENDAR:
        return ""                   # "In April it estimated the cost at $1.6 billion": when, not whose
    name, first = " ".join(words), words[0]
    # a word opening the sentence is a name when the text never writes it in lower case ("Derna, a city of")
    if opens and " " not in name and regex.search(rf"(?<!\p{{L}}){regex.escape(first.lower())}(?!\p{{L}})", doc.text):
        return ""
    return SAME_NAMES.get(name.lower(), name.lower())


def split_owners(mentions: list[Mention], docs: dict[str, Document], rules: list[Rule]) -> list[Rule]:
    """Give each figure of a `split_by: name` rule its owner's claim, where the story names two owners or more."""
    split = {r.id: r for r in rules if getattr(r.spec, "split_by", None) == "name"}
    owners = {id(m): owner_of(docs[m.source], m) for m in mentions
              if m.claim in split and m.sentence_index >= 0 and m.source in docs}
    named: dict[str, set[str]] = {}
    for m in mentions:
        if owners.get(id(m)):
            named.setdefault(m.claim, set()).add(owners[id(m)])
    made: dict[str, Rule] = {}
    for m in mentions:
        owner = owners.get(id(m))
        if not owner or len(named[m.claim]) < 2:
            continue
        rule, claim = split[m.claim], f"{m.claim}:{as_token(owner)}"
        if claim not in made:
            made[claim] = rule.part(claim, f"{rule.label} ({as_token(owner).title()})")
        m.claim = claim
    return list(made.values())
