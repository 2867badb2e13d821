"""Where the sources say a thing is based: "the Bengaluru-based exchange" in one, "the Mumbai-based exchange" and
"Mumbai-headquartered WazirX" in others.

A thing told by its name ("Mumbai-based WazirX", "WazirX, which is based in Mumbai") is one claim `based:<name>`
across the sources that place it; a thing told by its kind ("the Bengaluru-based exchange") is one with the other
sources' things of that kind. Only the story's own thing is meant by a kind, so only a definite one counts ("the",
"its"): "a Dubai-based firm" may be any firm. A source placing one thing in two places (two exchanges) makes no
claim of it. A named facility placed in a town ("the War Memorial Gymnasium in Wailuku") is a claim `in:<name>`
the same way. The draft's places are checked apart (compare/draft_places).
"""
from __future__ import annotations

from collections import Counter, defaultdict

import regex

from checker.claims.document import Document, Mention
from checker.claims.places import (BUSINESS_KINDS, DEFINITE_BEFORE, FACILITY_WORD, KIND_MARK, based_after,
                                   facility_pairs, place_pairs, region_pairs, same_place)
from checker.claims.regions import BROAD
from checker.claims.rules import Rule, made_rule
from checker.claims.union_find import UnionFind
from checker.reading.names import fold

BASED_CLAIM = "based:"
LOCATED_CLAIM = "in:"
_FACILITY_WORD = regex.compile(FACILITY_WORD, regex.IGNORECASE)
_FIRM_AFTER_COMMA = regex.compile(rf",[ \t]+{BUSINESS_KINDS}\b")     # "Menlo Park, California, company"
_BASED_BEFORE = regex.compile(r"\b(?:based|headquartered)[ \t]+in[ \t]+\Z"
                              r"|\bits[ \t]+(?:headquarters|head[ \t]+office|base)[ \t]+(?:in|at)[ \t]+\Z")
_POSSESSIVE = regex.compile(r"['’]s\b")
_SUFFIX = regex.compile(r"(?:,?[ \t]+(?:Inc|Ltd|Corp|Co|LLC|Plc|PLC|plc|SA|AG|GmbH|NV|Pte|Group)\.?)+\Z")
_NOT_KIND_WORDS = frozenset("said says told took held has had have was were is are will would".split())


def _same(a: str, b: str) -> bool:
    """One place, "Tokyo's Chuo" within "Tokyo" too."""
    return same_place(_POSSESSIVE.sub("", a), _POSSESSIVE.sub("", b))



def _bases(doc: Document) -> list[tuple[str, str, int, int]]:
    """The (thing, place, start, end) pairs of the text that say where a thing is based."""
    text, found = doc.text, []
    if "based" not in text and "headquarter" not in text and "head office" not in text \
            and not _FIRM_AFTER_COMMA.search(text):
        return found                            # the cheap check first: most texts place nothing
    pairs = place_pairs(text)
    named_places = {(start, end) for thing, _, start, end in pairs if not thing.startswith(KIND_MARK)}
    for thing, place, start, end in pairs:
        if not (based_after(text, end) or _BASED_BEFORE.search(text, max(0, start - 32), start)):
            continue                            # "Wentzville, Missouri": a town's region, claimed elsewhere
        if thing.startswith(KIND_MARK):
            if (start, end) in named_places or not DEFINITE_BEFORE.search(text, max(0, start - 8), start):
                continue                        # its name says which ("... firm Elliptic"); "a Dubai-based firm"
            words = [w for w in thing[1:].split() if w not in _NOT_KIND_WORDS and len(w) >= 3]
            if not words:
                continue
            thing = KIND_MARK + " ".join(words)
        else:
            thing = _SUFFIX.sub("", thing)   # "Ginco Inc." is "Ginco"
        found.append((thing, place, start, end))
    return found


def _keys(things: list[str]) -> dict[str, int]:
    """One key per thing: a name folded; kinds that share a word ("#cryptocurrency exchange", "#exchange") one."""
    groups = UnionFind(len(things))
    first_of: dict[str, int] = {}
    for i, thing in enumerate(things):
        words = [KIND_MARK + w for w in thing[1:].split()] if thing.startswith(KIND_MARK) else [fold(thing)]
        for word in words:
            groups.union(i, first_of.setdefault(word, i))
    return {thing: groups.find(i) for i, thing in enumerate(things)}


def based_claims(docs: dict[str, Document], event: str) -> tuple[list[Mention], list[Rule]]:
    """A claim for each thing two sources or more say where it is based, each place a mention."""
    told = [(doc, *pair) for doc in docs.values() if doc.source.role != "draft" for pair in _bases(doc)]
    return _place_claims(told, event, BASED_CLAIM, "is based")


def _located(doc: Document) -> list[tuple[str, str, int, int]]:
    """The (facility, place, start, end) pairs of the text that name a facility and its town ("the War Memorial
    Gymnasium in Wailuku"); a facility told by a plain word ("the civil hospital in") may be any."""
    if not _FACILITY_WORD.search(doc.text):
        return []                               # the cheap check first
    return [(thing, place, start, end) for thing, place, start, end in facility_pairs(doc.text)
            if all(w[:1].isupper() for w in thing.split())]


def located_claims(docs: dict[str, Document], event: str) -> tuple[list[Mention], list[Rule]]:
    """A claim for each named facility two sources or more place in a town, each place a mention."""
    told = [(doc, *pair) for doc in docs.values() if doc.source.role != "draft" for pair in _located(doc)]
    return _place_claims(told, event, LOCATED_CLAIM, "is")


def region_claims(docs: dict[str, Document], event: str) -> tuple[list[Mention], list[Rule]]:
    """A claim for each town two sources or more place in a region of one kind ("Posoltega, a farming town in
    Chinandega province" / "the town of Posoltega in Leon province"), each region a mention."""
    told = [(doc, *pair) for doc in docs.values() if doc.source.role != "draft" for pair in region_pairs(doc.text)]
    return _place_claims(told, event, LOCATED_CLAIM, "is")


def _place_claims(told: list[tuple[Document, str, str, int, int]], event: str, prefix: str,
                  verb: str) -> tuple[list[Mention], list[Rule]]:
    """The claims of (document, thing, place, start, end) items: one per thing two sources or more place, unless a
    source places it in two places; a country or state beside a town is no other place."""
    key_of = _keys(sorted({thing for _, thing, _, _, _ in told}))
    by_key: dict[int, list] = defaultdict(list)
    for item in told:
        by_key[key_of[item[1]]].append(item)
    mentions, rules = [], []
    for items in by_key.values():
        if any(fold(item[2]) not in BROAD for item in items):
            items = [item for item in items if fold(item[2]) not in BROAD]   # "Tokyo-based" beside "Japan-based"
        places: dict[str, list[str]] = defaultdict(list)
        for doc, _, place, _, _ in items:
            if not any(_same(place, p) for p in places[doc.source.label]):
                places[doc.source.label].append(place)
        if len(places) < 2 or any(len(p) > 1 for p in places.values()):
            continue                            # one source, or two things of one kind in a source
        thing = min((t for _, t, _, _, _ in items), key=lambda t: (t.startswith(KIND_MARK), len(t)))
        if thing.startswith(KIND_MARK):         # the word the kinds share: "exchange", not "exchange lost"
            words = Counter(w for _, t, _, _, _ in items for w in set(t[1:].split()))
            thing = KIND_MARK + min(words, key=lambda w: (-words[w], w))
        shown = thing.removeprefix(KIND_MARK)
        claim = prefix + fold(shown).replace(" ", "_")
        label = f"where the {shown} {verb}" if thing.startswith(KIND_MARK) else f"where {shown} {verb}"
        rules.append(made_rule(claim, "entity", label, "auto", description=f"where a thing {verb}"))
        values: list[str] = []
        for doc, _, place, start, end in items:
            value = next((v for v in values if _same(v, place)), place)
            if value == place:
                values.append(place)
            sentence = doc.index.at(start)
            if sentence is None:
                continue
            mentions.append(Mention(source=doc.source.label, path=doc.source.path, role=doc.source.role, claim=claim,
                                    kind="entity", text=place, start=start, end=end, low=None, high=None, value=value,
                                    why=f"{place}: where the source says the {shown} {verb}", sentence=sentence.text,
                                    sentence_index=sentence.index, event=event, event_how="the story's own event"))
    return mentions, rules
