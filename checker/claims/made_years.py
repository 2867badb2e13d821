"""The year a thing was made, told two ways: "The refinery, built in 1961" / "The refinery, opened in 1963";
"founded the company in 1968" / "set up the business in 1971".

No rule reads a founding, and a year alone is no figure any claim compares. Here a year after a verb of making
(built, opened, founded, established, set up, installed, laid...) is the year of the noun the verb is said of,
before it ("The rail concerned was installed in 1995") or after it ("founded the company in 1968"); a firm is one
thing however it is called (company, business, firm). Each noun two sources give a year for is one claim
`made:<noun>`. Precision first: a source giving one noun two years tells of two things (a plant built in one year
and extended in another), and names, pronouns and function words are no noun.
"""
from __future__ import annotations

from collections import defaultdict

import regex

from checker.claims.document import Document, Mention
from checker.claims.rules import Rule, made_rule
from checker.reading.names import COMMON

MADE_CLAIM = "made:"
_VERB = r"(?:built|opened|founded|established|set[ \t]+up|commissioned|installed|laid|constructed|inaugurated)"
_YEAR = r"(?P<year>1[6-9]\d\d|20\d\d)\b"
# "The refinery, built in 1961", "the rail concerned was installed in 1995": read back from the verb, which a plain
# scan finds fast
_MADE_IN = regex.compile(rf"\b{_VERB}[ \t]+in[ \t]+{_YEAR}")
_NOUN_BEFORE = regex.compile(r"(?<![\p{L}'’-])(?P<noun>\p{Ll}[\p{Ll}-]+)(?:[ \t]+(?:itself|concerned))?"
                             r"(?:,[ \t]*|[ \t]+(?:was|were|had[ \t]+been|has[ \t]+been)[ \t]+)"
                             r"(?:(?:first|originally|only)[ \t]+)?\Z")
LOOK_BACK = 60
# "founded the company in 1968", "set up the business in 1971"
_ACTIVE = regex.compile(rf"\b{_VERB}[ \t]+(?:the|its|his|her|their)[ \t]+(?P<noun>\p{{Ll}}[\p{{Ll}}-]+)"
                        rf"[ \t]+in[ \t]+{_YEAR}")
# one firm, however a source calls it
_FIRM = frozenset("company business firm group insurer bank airline".split())


def _key(noun: str) -> str | None:
    noun = noun.lower()
    if noun in COMMON or len(noun) < 3:
        return None
    return "company" if noun in _FIRM else noun


def made_year_claims(docs: dict[str, Document], event: str) -> tuple[list[Mention], list[Rule]]:
    """A claim for each noun two sources give two years of making for, each source one year, or the draft another
    year than the one the sources give."""
    found: dict[str, dict[str, list[Mention]]] = defaultdict(lambda: defaultdict(list))
    for label, doc in docs.items():
        told = [(m.start(), m.group("noun"), m) for m in _ACTIVE.finditer(doc.text)]
        for m in _MADE_IN.finditer(doc.text):
            before = _NOUN_BEFORE.search(doc.text, max(0, m.start() - LOOK_BACK), m.start())
            if before:
                told.append((before.start(), before.group("noun"), m))
        for start, noun, m in told:
            key = _key(noun)
            sentence = doc.index.at(m.start("year"))
            if key is None or sentence is None or sentence.is_heading:
                continue
            text = doc.text[start:m.end()]
            found[key][label].append(Mention(
                source=label, path=doc.source.path, role=doc.source.role, claim=MADE_CLAIM + key, kind="entity",
                low=None, high=None, text=text, start=start, end=m.end(), value=m.group("year"),
                why=f"{text}: the year the {key} was made", sentence=sentence.text,
                sentence_index=sentence.index, event=event, event_how="the story's own event"))
    mentions, rules = [], []
    for key, by_source in sorted(found.items()):
        years = {label: {m.value for m in made} for label, made in by_source.items()}
        theirs = {label: y for label, y in years.items() if docs[label].source.role != "draft"}
        drafted = set().union(*(y for label, y in years.items() if label not in theirs))
        told = set().union(*theirs.values()) if theirs else set()
        if any(len(y) > 1 for y in years.values()) or not (
                len(theirs) >= 2 and len(told) >= 2 or len(told) == 1 and drafted and drafted != told):
            continue        # told alike, by one source or of two things; but a draft's year not the sources' one
            # ("built in 1961" where they agree on 1963) makes a claim
        rules.append(made_rule(MADE_CLAIM + key, "entity", f"Year the {key} was made", "auto",
                               description="the year a thing was built, opened or founded"))
        mentions += [m for made in by_source.values() for m in made]
    return mentions, rules
