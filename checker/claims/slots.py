"""Slots: the same words around a name in several sources, with another name in them.

"India's Aircraft Accident Investigation Bureau is leading the investigation" and "The Directorate
General of Civil Aviation, which is leading the investigation"; "bound for London Gatwick" and "bound
for London's Heathrow Airport". The words beside the name (its slot: "is leading the", "bound for")
say what the name is in the story: who investigates, where the flight was going; and the year after
"founded in", "built in" says when the story's firm or bridge began. Where sources fill
one slot with names that are not one name, that is a finding (`who:<slot>`), whatever rule did or
did not see it; where they fill it alike, the sources agree.

Precision first: a slot counts only when it is made of words that say what a name is to the story
(led, organised, owned, bound for ...; never "according to" or "said on"), when each source that
has it has it once, and when two sources or more have it. Names are compared by their words:
"London's Heathrow Airport" and "Heathrow" are one.
"""
from __future__ import annotations

from collections import defaultdict

import regex

from checker.claims.document import Document, Mention
from checker.claims.regions import BROAD, CITY_COUNTRIES, REGION_SIDE, region_of, town_regions
from checker.claims.rules import Rule, made_rule
from checker.reading.names import TITLES, fold, spelt_alike

# A name: capitalised words, with "of", "de", "'s" inside ("Directorate General of Civil Aviation").
# ("St. Mary's Hospital": an abbreviation's full stop inside it)
_NAME = regex.compile(r"\p{Lu}[\p{L}\-]+(?:(?<=\b(?:St|Mt|Ft))\.)?(?:(?:'s|’s)?(?:\s+(?:of|de|du|la|for|and)\s+|\s+)"
                      r"\p{Lu}[\p{L}\-]*(?:(?<=\b(?:St|Mt|Ft))\.)?)*(?:'s|’s)?")
_RELATIVE = regex.compile(r"\s*(?:\([^()]{1,12}\)\s*)?(?:,\s*(?:which|who)\s+)?")
# the three words after a name ("is leading the"), the two before it that lead to it ("bound for", "organised by")
_AFTER = regex.compile(r"[\p{Ll}][\p{Ll}'’\-]*(?:\s+[\p{Ll}][\p{Ll}'’\-]*){2}")
_BEFORE = regex.compile(r"(?<![\p{L}])(?P<words>[\p{Ll}]+\s+(?:for|to|by|in|near|off|from))\s+(?:the\s+)?\Z")
_AFTER_MUST = frozenset("""leading led conducting investigating investigate organised organized organising organizing
    called manages managed operates operated owns owned built claimed blamed""".split())
_AFTER_FIRST = frozenset("is was has had have are were".split()) | _AFTER_MUST
# "bound for", "organised by", "taken to": the words before a name that say what it is to the story
_BEFORE_FIRST = frozenset("""bound headed heading destined organised organized led owned operated built run managed
    claimed investigated commanded chartered flown taken transferred moved deported extradited rushed airlifted
    evacuated diverted installed offered rescued paid fined sanctioned funded designed prosecuted
    brokered mediated seized arrested
    capsized sank crashed exploded landed caught aground""".split())     # "capsized near", "ran aground off"
# words for one slot: "rushed to", "airlifted to" a hospital is where the person was "taken to"
_ONE_SLOT = {"rushed": "taken", "airlifted": "taken"}
# "born in Brilon": where a person was born ("based in", "arrested in" are told of many in one story: noise)
_IN_FIRST = frozenset({"born", "lived"})
# "Cauchi, originally from Toowoomba": where a person comes from ("came from" is told of rain and of officials)
_FROM_FIRST = frozenset({"originally", "hails", "hailing"})
_TRIGGER = regex.compile(r"\b(?:" + "|".join(sorted(_AFTER_MUST | _BEFORE_FIRST | _IN_FIRST | _FROM_FIRST)) + r")\b")
_FORMER_NAME = regex.compile(r"\b(?:formerly|former|previously|once|n[ée]e)[ \t]+(?:the[ \t]+)?\Z")
_NOT_NAMES = regex.compile(r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April"
                           r"|May|June|July|August|September|October|November|December)\b")


# words that do not tell one name from another: "Grace Ocean Pte Ltd" is "Grace Ocean Private Limited"
_NOT_NAME_WORDS = frozenset("""the of de du la for and ltd limited pte private inc incorporated corp corporation llc
    plc co company group sa ag gmbh nv bv international airport station hospital port harbour harbor university
    square street bridge""".split())        # company suffixes, and the kind of place a name is of


_LETTERS = regex.compile(r"\p{L}+")
_POSSESSIVE = regex.compile(r"['’]s\b")


def _fold(name: str) -> set[str]:
    """The name's words, each cut to five letters: "Ukraine" and "Ukrainian", "Russia" and "Russians" meet."""
    words = _LETTERS.findall(fold(_POSSESSIVE.sub("", name)))      # "TÜV SÜD" is "TUV SUD"
    return {w[:5] for w in words if w not in _NOT_NAME_WORDS}


def _same(a: str, b: str) -> bool:
    """One name when the words of one are among the other's ("Heathrow", "London's Heathrow Airport"), or when
    both are one word spelt alike."""
    x, y = _fold(a), _fold(b)
    if not x or not y:
        return True
    return x <= y or y <= x or (len(x) == len(y) == 1 and spelt_alike(a, b)) or _initials_of(a, b) \
        or _initials_of(b, a) or _one_person(a, b)


_NOT_GIVEN = TITLES | {"then", "former", "late"}


def _one_person(a: str, b: str) -> bool:
    """"President Corazon Aquino" / "Then-President Cory Aquino": past the titles, one surname and given names of
    one initial (a short form of the name: Cory, Bill's "W." is not asked for)."""
    x, y = ([w for w in _LETTERS.findall(fold(n)) if w not in _NOT_GIVEN] for n in (a, b))
    return len(x) == len(y) == 2 and x[1] == y[1] and x[0][0] == y[0][0]


def _initials_of(short: str, long: str) -> bool:
    """"EY" of "Ernst & Young", "TEPCO" of "Tokyo Electric Power Co": the short name the first letters of the long."""
    letters = "".join(w[0] for w in _LETTERS.findall(long) if w[0].isupper()).lower()
    short = short.replace(".", "").strip()
    return " " not in short and short.isupper() and len(short) >= 2 and letters.startswith(short.lower())


def filled_slots(doc: Document) -> dict[tuple[str, str], tuple[int, int]]:
    """Each slot this source fills once: (side, words) -> where its name stands."""
    seen: dict[tuple[str, str], list[tuple[int, int]]] = defaultdict(list)
    text = doc.text
    # the cheap pass first: only sentences holding a slot's word are scanned for names
    at = (doc.index.at(m.start()) for m in _TRIGGER.finditer(text))
    for sentence in sorted({s.index: s for s in at if s is not None and not s.is_heading}.values(),
                           key=lambda s: s.index):
        for m in _NAME.finditer(text, sentence.start, sentence.end):
            if m.start() == sentence.start and " " not in m.group():
                continue                                   # a sentence's first word: capitalised anyway
            gap = _RELATIVE.match(text, m.end(), sentence.end)
            after = _AFTER.match(text, gap.end(), sentence.end)
            if after and _FORMER_NAME.search(text, max(sentence.start, m.start() - 20), m.start()):
                after = None        # "Harbour Lines, formerly Nordsjo, which has been owned": the name it had
            if after:
                words = after.group().split()
                if words[0] in _AFTER_FIRST and any(w in _AFTER_MUST for w in words):
                    seen[("after", " ".join(words))].append(m.span())
            before = _BEFORE.search(text, max(sentence.start, m.start() - 40), m.start())
            first, _, then = before.group("words").partition(" ") if before else ("", "", "")
            wanted = {"in": _IN_FIRST, "from": _FROM_FIRST}.get(then.strip(), _BEFORE_FIRST)
            if before and first in wanted \
                    and not _NOT_NAMES.match(m.group()):
                seen[("before", f"{_ONE_SLOT.get(first, first)} {then.strip()}")].append(m.span())
    for key, span in _role_slots(doc):
        seen[key].append(span)
    for m in _FOUNDED_IN.finditer(text):        # "founded in 2018", "was built in 1887": the year of a founding
        sentence = doc.index.at(m.start())
        if sentence is not None and not sentence.is_heading:
            seen[(YEAR_SIDE, m.group("verb").lower() + " in")].append(m.span("year"))
    return {key: spans[0] for key, spans in seen.items() if len(spans) == 1} | town_regions(doc)


YEAR_SIDE = "year"
_FOUNDED_IN = regex.compile(r"\b(?P<verb>founded|established|built|opened|launched|incorporated)[ \t]+in[ \t]+"
                            r"(?P<year>1[5-9]\d\d|20\d\d)\b", regex.IGNORECASE)


ROLE_SIDE = "role"
# The body that stands in a role to the story's firm or plant: "its auditor, EY", "the company's auditor EY", "the
# plant's operator, Tokyo Electric Power", "plant operator Tepco"; and the same role told by its verb, "Tohoku
# Electric Power Co, which operates the plant". Each role is one slot: a draft's "its auditor KPMG" meets the
# sources' EY.
_ROLES = {"auditor": "audits", "operator": "operates", "insurer": "insures", "owner": "owns",
          "manufacturer": "manufactures", "builder": "built"}
_ROLE_BEFORE = regex.compile(r"\b(?:(?:its|their|the)[ \t]+)?(?:(?:\p{Ll}+|\p{Lu}\p{L}+)['’]s[ \t]+|\p{Ll}+[ \t]+)?"
                             rf"(?P<role>{'|'.join(_ROLES)}),?[ \t]+(?P<name>{_NAME.pattern}"
                             r"(?:[ \t]+&[ \t]+\p{Lu}[\p{L}\-]*)*)")
_ROLE_VERB = regex.compile(rf"(?<![\p{{L}}\p{{N}}'’.-])(?P<name>{_NAME.pattern}),[ \t]+(?:which|that)[ \t]+(?:also[ \t]+)?"
                           rf"(?P<verb>{'|'.join(_ROLES.values())})[ \t]+the\b")
_ROLE_OF_VERB = {verb: role for role, verb in _ROLES.items()}
_ROLE_ANCHOR = regex.compile(rf"\b(?:{'|'.join(_ROLES)}|{'|'.join(_ROLES.values())})\b")
_ROLE_REACH = 80        # characters either side of a role's word where its pattern may match


def _role_slots(doc: Document) -> list[tuple[tuple[str, str], tuple[int, int]]]:
    """((ROLE_SIDE, role), where its body's name stands) for each role the text fills; each pattern is tried only
    around a role's word (the cheap scan runs over the whole text)."""
    found, seen = [], set()
    for anchor in _ROLE_ANCHOR.finditer(doc.text):
        lo, hi = max(0, anchor.start() - _ROLE_REACH), min(len(doc.text), anchor.end() + _ROLE_REACH)
        for pattern in (_ROLE_BEFORE, _ROLE_VERB):
            for m in pattern.finditer(doc.text, lo, hi):
                sentence = doc.index.at(m.start("name"))
                if m.span() in seen or sentence is None or sentence.is_heading or _NOT_NAMES.match(m.group("name")):
                    continue
                seen.add(m.span())
                role = m.groupdict().get("role") or _ROLE_OF_VERB[m.group("verb")]
                name = regex.sub(r"['’]s\Z", "", m.group("name"))   # "Taiwan's Evergreen Marine" keeps its "'s"
                found.append(((ROLE_SIDE, role), (m.start("name"), m.start("name") + len(name))))
    return found


_CAPITALISED = regex.compile(r"(?<![\p{L}'’])\p{Lu}[\p{L}\-]+")
SUBJECT_REACH = 40      # characters before a "led by" where the thing led is named
# slots that tell of a thing among several in a story (each party is led by someone, each firm owned); a trip's
# "bound for" is the story's one vessel's, however each source names it
# (and what befell a thing named before: "the Seohae ferry capsized off Buan" is another ship's than the Sewol's)
_OF_A_SUBJECT = frozenset("""led owned operated run managed commanded organised organized built capsized sank crashed
    exploded landed caught aground""".split()) | _IN_FIRST | _FROM_FIRST
_FOUNDINGS = frozenset("founded established built opened launched incorporated".split())


def _other_subjects(where: list[tuple[Document, tuple[int, int]]]) -> bool:
    """Whether two sources fill a slot such as "led by" for things named apart ("Reform UK, led by Nigel Farage" /
    "the Liberal Democrats, led by Ed Davey"): two slots that only look alike."""
    named = []
    for doc, (start, _) in where:
        sentence = doc.index.at(start)
        lo = max(sentence.start if sentence is not None else 0, start - SUBJECT_REACH)
        first = doc.text[sentence.start:start].split()[:1] if sentence is not None else []
        # cut to five letters: "The Green Party" and "The Greens" are one party
        words = {w.lower()[:5] for w in _CAPITALISED.findall(doc.text, lo, start)} - {w.lower()[:5] for w in first}
        if words:
            named.append(words)
    return any(not a & b for i, a in enumerate(named) for b in named[i + 1:])


_BROAD = BROAD - CITY_COUNTRIES


def slot_claims(docs: dict[str, Document], event: str) -> tuple[list[Mention], list[Rule]]:
    """Mentions and rules of the slots two sources or more fill, each name a mention."""
    filled: dict[tuple[str, str], list[tuple[Document, tuple[int, int]]]] = defaultdict(list)
    for doc in docs.values():
        for key, span in (doc.slots if doc.slots is not None else filled_slots(doc)).items():
            filled[key].append((doc, span))
    mentions, rules = [], []
    for (side, words), where in sorted(filled.items()):
        if len(where) < 2 or side in ("before", YEAR_SIDE) and words.split()[0] in _OF_A_SUBJECT | _FOUNDINGS \
                and _other_subjects(where):
            continue
        if side == "before" and any(fold(doc.text[slice(*span)]) not in _BROAD for doc, span in where):
            # "lived in Italy" beside "lived in Pavia": a country or state holds the town, it is no other place
            where = [(doc, span) for doc, span in where if fold(doc.text[slice(*span)]) not in _BROAD]
            if len(where) < 2:
                continue
        region, year = side == REGION_SIDE, side == YEAR_SIDE
        claim = f"{'where' if region else 'when' if year else 'who'}:{words.replace(' ', '_')}"
        town = region and region_of(where[0][0].text[slice(*where[0][1])]).rpartition(",")[0]
        rules.append(made_rule(claim, "entity", f"where is {town}" if region else f"the year '{words}'" if year
                               else f"who or where: '{words}'" if side == "before" else f"who '{words}'", "slot"))
        values: list[str] = []
        for doc, (start, end) in where:
            written = doc.text[start:end]
            named = region_of(written) if region else written      # "Madison, Ill." is "Madison, Illinois"
            value = named if year else next((v for v in values if _same(v, named)), named)
            if value == named:
                values.append(named)
            sentence = doc.index.at(start)
            mentions.append(Mention(
                source=doc.source.label, path=doc.source.path, role=doc.source.role, claim=claim, kind="entity",
                text=written, start=start, end=end, low=None, high=None, value=value,
                why=f"{written}: the region the source places {town} in" if region else
                f"{written}: the year after '{words}'" if year else
                f"{written}: the name {'before' if side == 'after' else 'after'} '{words}'",
                sentence=sentence.text, sentence_index=sentence.index, event=event,
                event_how="the same words around a name in several sources"))
    return mentions, rules
