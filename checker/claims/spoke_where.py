"""Where a person spoke: "Spohr told reporters in Cologne" in one source, "at a news conference in Frankfurt, ...
Carsten Spohr said" in another.

Outlets tell a statement's place in their own words and sentence shapes, so no aligned sentence holds both; what
they share is the cue (a news conference, reporters, a briefing, "speaking in") and the speaker's name. Each such
place is kept with the capitalised words of its sentence, and two sources' places of sentences sharing a name word
are one claim `spoke_in:<word>`, compared as an entity; the draft's place joins the claim of the speaker its sentence
names, even where one source alone tells it. A source that puts one speaker in two places (two days, two briefings)
makes no claim of him.
"""
from __future__ import annotations

from collections import Counter, defaultdict

import regex

from checker.claims.document import Document, Mention
from checker.claims.places import PLACE_NAME, same_place
from checker.claims.regions import BROAD
from checker.claims.rules import Rule, made_rule
from checker.claims.union_find import UnionFind
from checker.reading.names import CALENDAR, COMMON, TITLES, fold

SPOKE_CLAIM = "spoke_in:"
_AUDIENCE = (r"(?:reporters|journalists|the[ \t]+(?:media|press)"
             r"|(?:a|the)[ \t]+(?:news|press)[ \t]+(?:conference|briefing)"
             r"|(?:a|the)[ \t]+briefing|supporters|(?:a|the)[ \t]+crowd|(?:a|the)[ \t]+rally)")
_IN = r"[ \t]+(?:in|at)[ \t]+(?:the[ \t]+)?"
_FORMS = regex.compile(
    rf"\b(?:(?:told|telling|addressed|addressing|briefed|briefing)[ \t]+{_AUDIENCE}(?:[ \t]+\p{{Ll}}+){{0,2}}?"
    rf"|(?:news|press)[ \t]+conference|briefing|[Ss]peaking(?:[ \t]+to[ \t]+{_AUDIENCE})?){_IN}(?P<place>{PLACE_NAME}"
    rf"(?:,[ \t]+(?:north|south|east|west|central)(?:ern)?[ \t]+{PLACE_NAME})?)")   # "Gangseo District, western Seoul"
_ANCHOR = regex.compile(r"\b(?:told|telling|addressed|addressing|briefed|conference|briefing|[Ss]peaking)\b")
_CAPITALISED = regex.compile(r"\p{Lu}[\p{L}'’-]+")
_POSSESSIVE_END = regex.compile(r"['’]s?\Z")
_QUOTED = regex.compile(r"“[^”\n]*(?:”|\Z)|\"[^\"\n]*(?:\"|\Z)")
_LOWER_WORD = regex.compile(r"(?<![\p{L}'’-])\p{Ll}[\p{L}'’-]+")
_NOT_PERSON = COMMON | TITLES | CALENDAR | {"speaking", "asked", "addressing"}


def _spoken_places(doc: Document) -> list[tuple[str, frozenset[str], int, int]]:
    """(place, the sentence's name words, start, end of the place) for each place the text says someone spoke in."""
    text, found, lower = doc.text, [], None
    if not _ANCHOR.search(text):
        return found                           # the cheap check first
    for m in _FORMS.finditer(text):
        sentence = doc.index.at(m.start("place"))
        if sentence is None or sentence.is_heading:
            continue
        place, start = m.group("place"), m.start("place")
        place = regex.split(r"(?<=\p{Ll}{2})\.(?:[ \t]|\Z)", place)[0]   # a sentence's full stop, not an abbreviation's
        if _POSSESSIVE_END.search(place):
            continue                           # "in Paris' 20th arrondissement": a part of the place, not it
        end = start + len(place)
        if lower is None:
            lower = {w.casefold() for w in _LOWER_WORD.findall(text)}
        quoted = [q.span() for q in _QUOTED.finditer(text, sentence.start, sentence.end)]
        # "Railway", "Air": ordinary words, not a speaker's; "talk about Buffalo" in the quotation: what was said
        names = frozenset(fold(w.group()) for w in _CAPITALISED.finditer(text, sentence.start, sentence.end)
                          if fold(w.group()) not in _NOT_PERSON and fold(w.group()) not in fold(place).split()
                          and w.group().casefold() not in lower and not any(a <= w.start() < b for a, b in quoted))
        if names:
            found.append((place, names, start, end))
    return found


def spoke_claims(docs: dict[str, Document], event: str) -> tuple[list[Mention], list[Rule]]:
    """A claim for each speaker two sources or more say spoke in a place, each place a mention."""
    told = [(doc, *item) for doc in docs.values() for item in _spoken_places(doc)]
    groups = UnionFind(len(told))
    first_with: dict[str, int] = {}
    for i, (_, _, names, _, _) in enumerate(told):
        for word in names:
            groups.union(i, first_with.setdefault(word, i))
    by_group: dict[int, list[int]] = defaultdict(list)
    for i in range(len(told)):
        by_group[groups.find(i)].append(i)
    mentions, rules = [], []
    for members in by_group.values():
        if any(fold(told[i][1]) not in BROAD for i in members):
            members = [i for i in members if fold(told[i][1]) not in BROAD]  # "in Imabari" beside "in Japan"
        places: dict[str, list[str]] = defaultdict(list)
        for i in members:
            doc, place = told[i][0], told[i][1]
            if not any(same_place(place, p) for p in places[doc.source.label]):
                places[doc.source.label].append(place)
        sources = [label for label in places if docs[label].source.role != "draft"]
        # two sources, or one and the draft: the draft's place is checked against what the sources say
        if not sources or len(places) < 2 or any(len(p) > 1 for p in places.values()):
            continue
        # the name word every source's sentence holds: whose statement it is, by the word the texts use most
        # (the surname, not the given name)
        shared = Counter(w for i in members for w in told[i][2])
        used = Counter()
        for doc in {id(told[i][0]): told[i][0] for i in members}.values():
            used.update(w for w in map(fold, _CAPITALISED.findall(doc.text)) if w in shared)
        word = min(shared, key=lambda w: (-shared[w], -used[w], w))
        if shared[word] < len(places):
            continue
        claim = SPOKE_CLAIM + word
        rules.append(made_rule(claim, "entity", f"where {word.title()} spoke", "auto",
                               description="where a person spoke, as two sources tell it"))
        values: list[str] = []
        for i in members:
            doc, place, _, start, end = told[i]
            value = next((v for v in values if same_place(v, place)), place)
            if value == place:
                values.append(place)
            sentence = doc.index.at(start)
            mentions.append(Mention(source=doc.source.label, path=doc.source.path, role=doc.source.role, claim=claim,
                                    kind="entity", text=place, start=start, end=end, low=None, high=None, value=value,
                                    why=f"{place}: where the source says {word.title()} spoke",
                                    sentence=sentence.text, sentence_index=sentence.index, event=event,
                                    event_how="the story's own event"))
    return mentions, rules
