"""A person's age, told by two sources: "55-year-old CEO Greg Becker" / "Gregory Becker, 54".

Open claims pair a figure by the words around it, and two outlets rarely put an age in like words: one writes
it before the name with a title between, another after the name between commas. Here an age is owned by the
name it is written against, and two sources' ages of one person (one surname, give or take a typo, and given
names alike where both give one) are one claim `age:<surname>`, compared as any figure. Ages open claims paired
already (told in like words) are left to them; an age with no name beside it ("a 37-year-old man") stays an
open figure, unless it is "the 78-year-old former president", someone the story names (age_referents.py says who).
A draft's age of a role no one is named for ("The 52-year-old stationmaster") is set against the sources' ages of
that role ("the 59-year-old stationmaster"), a claim `age:<role>`.
"""
from __future__ import annotations

from collections import defaultdict

import regex
from rapidfuzz import fuzz

from checker.claims.age_referents import ROLE, THE_AGE, unnamed_ages
from checker.claims.document import Document, Mention
from checker.claims.office_holders import NAME_GAP, NAME_WORD, office_holder
from checker.claims.rules import Rule, made_rule
from checker.claims.union_find import UnionFind
from checker.reading import Quantity
from checker.reading.names import CALENDAR, COMMON, GENERATIONS, TITLES, fold

AGE_CLAIM = "age:"
SAME_SURNAME_RATIO = 80      # "Becker" / "Beker" one outlet's typo; "Becker" / "Baker" 67: two people
# "55-year-old CEO Greg Becker", "the 59-year-old prime minister Robert Fico": up to three words of title,
# then a name of two capitalised words or more; not a verb or a preposition on the way ("a 37-year-old man
# arrested at Charles de Gaulle")
_OWNER_AFTER = regex.compile(
    rf"[ \t\u00a0]+(?:(?!(?:at|in|on|of|by|from|to|with|and|or|who|was|is|has|had|told|said|says)\b)"
    rf"(?:\p{{Ll}}[\p{{Ll}}-]*(?<!ed)|\p{{Lu}}{{2,6}}),?[ \t\u00a0]+){{0,3}}"
    rf"(?P<name>{NAME_WORD}(?:[ \t\u00a0]+\p{{Lu}}\.)?(?:{NAME_GAP}{NAME_WORD}){{1,3}})")
# "Gregory Becker, 54,", "Trump, the 77-year-old nominee", "Mr Bolsonaro, aged 67", "Hartfield, who was 34,",
# "Yusubov, who they said was 27 years old": the name, a comma, the age
_OWNER_BEFORE = regex.compile(rf"(?P<name>{NAME_WORD}(?:{NAME_GAP}{NAME_WORD}){{0,3}})"
                              r"(?:[ \t\u00a0]+(?:[JS]r\.?|[IVX]{1,4}))?"    # "Randal McCloy Jr., 26"
                              r"(?:,[ \t\u00a0]+"
                              r"(?:(?:then|now)[ \t\u00a0]+)?"        # "Joseph Hazelwood, then 42,"
                              r"(?:(?:the|a|an|aged|who[ \t\u00a0]+(?:(?:they|police|officials|reports|media)"
                              r"[ \t\u00a0]+(?:said|say|says)[ \t\u00a0]+)?(?:is|was))[ \t\u00a0]+)?"
                              r"|[ \t\u00a0]+\("
                              # "Interpol said Delavar was 30"
                              r"|[ \t\u00a0]+(?:was|is)[ \t\u00a0]+"
                              # "gave Officer Sicknick's age as 40"
                              r"|['’]s[ \t\u00a0]+age[ \t\u00a0]+(?:(?:was|is)[ \t\u00a0]+)?"
                              r"(?:(?:given|put|listed|reported)[ \t\u00a0]+)?(?:as|at)[ \t\u00a0]+)\Z")
_LOOK_BACK = 80
_MORE_TITLES = frozenset("executive officer founder pilot co-founder head".split())


def owner_at(text: str, start: int, end: int | None = None) -> list[str]:
    """The folded words of the name a figure at text[start:end] is written against ("Gregory Becker, 54", and
    with `end`, "55-year-old CEO Greg Becker"): ["gregory", "becker"]; [] when no name stands beside it."""
    before = _OWNER_BEFORE.search(text, max(0, start - _LOOK_BACK), start)
    named = fold(before.group("name")).split() if before else []
    if named and (any(w in COMMON for w in named) or named[-1] in CALENDAR):
        before = None                             # "On Thursday, 55-year-old ...": a time, not a person
    # "in Conroe, 11-year-old Cristian Pavon": an age written as "-year-old" is said of the name after it, not of a
    # place before it; "Trump, the 77-year-old nominee" names no one after it
    after = _OWNER_AFTER.match(text, end) if end is not None else None
    if after is None and end is not None and before is None:
        held = office_holder(text, end)
        if held:
            return held
    found = after or before
    words = fold(found.group("name")).split() if found else []
    # "Chief Executive Officer Gregory Becker", "Lt-Capt Dmitry Kolesnikov": Gregory Becker, Dmitry Kolesnikov
    while len(words) > 1 and all(part in TITLES or part in _MORE_TITLES for part in words[0].split("-")):
        words = words[1:]
    while len(words) > 2 and words[-1].rstrip(".") in GENERATIONS:
        words = words[:-1]                        # "Thomas Whitby III": Thomas Whitby
    return words if words and len(words[-1]) > 1 else []


def age_owner(text: str, age: Quantity) -> list[str]:
    """The name an age is written against, either side of it; [] for an age range or no name."""
    if age.kind != "age" or age.low != age.high:
        return []
    return owner_at(text, age.start, age.end)


def one_person(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """"Greg Becker" / "Gregory Becker" / "Becker": one person; "Vishwash Kumar Ramesh" / "Ajay Kumar Ramesh": two."""
    if len(a) == 1 and a[0] in b[1:-1] or len(b) == 1 and b[0] in a[1:-1]:
        return True             # "Flores" is "Carlos Flores Facusse", told by the first of his two surnames
    if a[-1] != b[-1] and fuzz.ratio(a[-1], b[-1]) < SAME_SURNAME_RATIO:
        return False
    if len(a) < 2 or len(b) < 2:
        return True
    # "Dona Rosilene Virgílio" / "Rosilene Virgilio": a word of courtesy before the given name
    return a[0].startswith(b[0]) or b[0].startswith(a[0]) or fuzz.ratio(a[0], b[0]) >= SAME_SURNAME_RATIO \
        or a[0] in b[1:-1] or b[0] in a[1:-1]


def _mention(doc: Document, age: Quantity, claim: str, event: str) -> Mention | None:
    sentence = doc.index.at(age.start)
    if sentence is None or sentence.is_heading:
        return None
    return Mention(source=doc.source.label, path=doc.source.path, role=doc.source.role, claim=claim, kind="count",
                   text=age.text, start=age.start, end=age.end, low=age.low, high=age.high, stated=age.stated,
                   value=f"{age.stated:g}", qualifier=age.qualifier, why=age.why, sentence=sentence.text,
                   sentence_index=sentence.index, event=event, event_how="the age of a person the story names")


def age_claims(docs: dict[str, Document], event: str, taken: list[Mention]) -> tuple[list[Mention], list[Rule]]:
    """A claim for each person whose age two sources give, in `event`; ages another claim compares already
    (`taken`: open claims pair ages told in like words) are left to it."""
    held = {(m.source, m.start) for m in taken}
    owned: list[tuple[str, tuple[str, ...], Quantity]] = [
        (label, tuple(name), q) for label, doc in docs.items()
        for q in doc.quantities if q.kind == "age" and (label, q.start) not in held
        for name in [age_owner(doc.text, q)] if name]
    # people whose ages open claims hold still own an unnamed age beside their name ("the 84-year-old Yunus")
    ages_held = {(label, q.start): q for label, doc in docs.items() for q in doc.quantities
                 if q.kind == "age" and (label, q.start) in held}
    aged_elsewhere = {tuple(name) for (label, _), q in ages_held.items() for name in [age_owner(docs[label].text, q)]
                      if name}
    owned += unnamed_ages(docs, held | {(label, q.start) for label, _, q in owned},
                           {name for _, name, _ in owned} | aged_elsewhere)
    # the draft's ages are checked against the sources' people, and make no person of their own
    drafts = [item for item in owned if docs[item[0]].source.role == "draft"]
    owned = [item for item in owned if docs[item[0]].source.role != "draft"]
    # a source's age of a person whose age others tell in like words (an open claim holds those) joins that claim,
    # where the source gives none in it: "Its 40-year-old captain" beside "Its captain, Genki Miyamoto, a 39-year-old"
    joined_open = _to_open(owned, taken, docs, event, sources_too=True)
    done = {(m.source, m.start) for m in joined_open}
    owned = [item for item in owned if (item[0], item[2].start) not in done]
    names = sorted({name for _, name, _ in owned})
    joined = UnionFind(len(names))
    by_start: dict[str, list[int]] = defaultdict(list)
    for i, name in enumerate(names):
        # "Becker" and "Beker" start alike (a typo rarely hits the start); a first surname of two is one too
        for word in {name[-1][:2]} | {w[:2] for w in name[1:-1]}:
            by_start[word].append(i)
    for members in by_start.values():
        for x, i in enumerate(members):
            for j in members[x + 1:]:
                if one_person(names[i], names[j]):
                    joined.union(i, j)
    index = {name: i for i, name in enumerate(names)}
    groups: dict[int, list[tuple[str, tuple[str, ...], Quantity]]] = defaultdict(list)
    for item in owned:
        groups[joined.find(index[item[1]])].append(item)
    mentions, rules, used = list(joined_open), [], set()
    mentions += _to_open(drafts, taken, docs, event)
    role_mentions, role_rules = _role_ages(docs, event, held | {(label, q.start) for label, _, q in owned + drafts})
    mentions += role_mentions
    rules += role_rules
    for members in groups.values():
        if len({label for label, _, _ in members}) < 2:
            continue
        surnames = [name[-1] for _, name, _ in members]
        claim = AGE_CLAIM + max(surnames, key=surnames.count)
        while claim in used:
            claim += "+"                              # two people of one surname
        made = [m for label, _, q in members for m in [_mention(docs[label], q, claim, event)] if m]
        if len({m.source for m in made}) < 2:
            continue
        used.add(claim)
        theirs = [name for _, name, _ in members]
        made += [m for label, name, q in drafts if any(one_person(name, other) for other in theirs)
                 for m in [_mention(docs[label], q, claim, event)] if m]
        rules.append(made_rule(claim, "count", f"Age of {claim.removeprefix(AGE_CLAIM).rstrip('+').title()}", "auto",
                               description="a person's age as two sources give it"))
        mentions.extend(_as_of_year(made, docs))
    return mentions, rules


YEARS_APART = 300      # days: sources published this far apart tell a person's age in different years


def _as_of_year(made: list[Mention], docs: dict[str, Document]) -> list[Mention]:
    """A person's ages as sources published years apart give them ("Hwang, 57," when charged in 2022, "Hwang,
    60," at his sentencing in 2024) are compared within each year, for a person grows older between them."""
    # (an undated source is read as of the story's date, as its days are)
    published = {m.source: docs[m.source].source.published or docs[m.source].reference for m in made}
    days = sorted(d for d in published.values() if d)
    if not days or (days[-1] - days[0]).days < YEARS_APART or _cannot_be_one_life(made, published):
        return made
    for m in made:
        if published[m.source]:
            m.event = f"{m.event}, as of {published[m.source].year}" if m.event else f"as of {published[m.source].year}"
            m.event_how = "the age of a person the story names, as of the year its source was published"
    return made


def _cannot_be_one_life(made: list[Mention], published: dict) -> bool:
    """Whether two of the ages cannot both be right in their years: a later source gives a lower age ("38" in
    2004, "36" in 2005), or one older by more than the years between. Those are compared in one year, where they
    conflict; ages that fit (57 in 2022, 60 in 2024; 80 at her death in 2002 and in 2011) are not."""
    dated = sorted(((published[m.source], m) for m in made if published[m.source] and m.low is not None),
                   key=lambda pair: pair[0])
    for i, (day, earlier) in enumerate(dated):
        for later_day, later in dated[i + 1:]:
            years = later_day.year - day.year       # (one year's ages are compared with each other anyway)
            if years and (later.high < earlier.low or later.low > earlier.high + years + 1):
                return True
    return False


def _to_open(items: list, taken: list[Mention], docs: dict[str, Document], event: str,
             sources_too: bool = False) -> list[Mention]:
    """The ages (`items`: the draft's, or with `sources_too` the sources') of people whose age the sources tell in
    like words (an open claim holds those): "The 48-year-old co-pilot" set against the sources' "co-pilot Anju
    Khatiwada, 44". A source joins such a claim only where it gives no age in it already."""
    held: dict[tuple[str, ...], str] = {}
    for m in taken:
        if m.kind == "age" and m.claim and m.role != "draft" and m.source in docs:
            name = owner_at(docs[m.source].text, m.start, m.end)
            if name:
                held.setdefault(tuple(name), m.claim)
    claimed = {(m.source, m.start) for m in taken}
    in_claim = {(m.source, m.claim) for m in taken if m.claim}
    out = []
    for label, name, q in items:
        claims = list(dict.fromkeys(c for person, c in held.items() if one_person(name, person)))
        claim = claims[0] if claims else None
        if sources_too and (len(claims) > 1 or (label, claim) in in_claim):
            continue        # two people of the name hold ages (a family): which one a source means is not known
        if claim is not None and (label, q.start) not in claimed:
            m = _mention(docs[label], q, claim, event)
            if m is not None:
                out.append(m)
    return out


# roles too common to name one person ("a 30-year-old man" and "a 25-year-old man" are two men)
_PLAIN_ROLES = frozenset("man woman men women boy girl person people child baby son daughter mother father resident "
                         "local tourist victim passenger worker student friend relative neighbour neighbor".split())


def _role_ages(docs: dict[str, Document], event: str, seen: set) -> tuple[list[Mention], list[Rule]]:
    """The draft's age of a role no name owns ("The 52-year-old stationmaster on duty"), set against the sources'
    ages of that role ("the 59-year-old stationmaster"): a claim `age:<role>` where the draft gives one."""
    by_role: dict[str, list[tuple[str, Quantity]]] = defaultdict(list)
    for label, doc in docs.items():
        for q in doc.quantities:
            if q.kind != "age" or q.low != q.high or (label, q.start) in seen:
                continue
            role = ROLE.match(doc.text, q.end)
            word = role.group(1).lower() if role else ""
            if word and word.split()[-1] not in _PLAIN_ROLES:
                by_role[word].append((label, q))
    mentions, rules = [], []
    for word, ages in by_role.items():
        roles = {docs[label].source.role for label, _ in ages}
        if "draft" not in roles or len(roles) < 2:
            # sources alone: "the 158-year-old firm", "the 164-year-old firm", the one such thing each text tells
            ages = [(label, q) for label, q in ages if docs[label].source.role != "draft"
                    and THE_AGE.search(docs[label].text, max(0, q.start - 6), q.start)]
            told: dict[str, set[float]] = defaultdict(set)
            for label, q in ages:
                told[label].add(q.low)
            if len(told) < 2 or any(len(values) > 1 for values in told.values()):
                continue
        claim = AGE_CLAIM + word.replace(" ", "_")
        made = [m for label, q in ages for m in [_mention(docs[label], q, claim, event)] if m]
        if made:
            rules.append(made_rule(claim, "count", f"Age of the {word}", "auto",
                                   description="the age of a role the story names no one for"))
            mentions += made
    return mentions, rules
