"""Facets: the part of a claim a figure is about ("1,404 critically injured", "452 in Taroudant").

A death-toll rule sees every figure near "killed"; a story also breaks its toll down by province, counts the
critically injured apart from all the injured, and the bodies identified apart from the dead. A figure with such a
word right beside it is a claim of its own (`injured:critically`, `deaths:taroudant`), compared only with the same
facet elsewhere.

Whose figure it is (the police's crowd count or the organisers') and the money it is in split claims too: see
parties.py.
"""
from __future__ import annotations

import bisect
from collections import Counter, defaultdict

import regex

from checker.claims.context_words import clause_around
from checker.claims.document import Document, Mention
from checker.claims.parties import as_token
from checker.claims.rules import Rule
from checker.claims.same_names import canonical_name

# Words that make a figure a part of its claim, by the facet they name. Severity counts only beside an
# injury ("critically injured", "in a serious condition"), never as any adverb ("slightly larger").
FACET_WORDS = {
    "identified": "identified", "unidentified": "unidentified", "unclaimed": "unidentified",
    "confirmed": "confirmed", "laboratory-confirmed": "confirmed", "suspected": "suspected", "probable": "suspected",
    "discharged": "discharged", "hospitalised": "in hospital", "hospitalized": "in hospital",
    "foreigners": "foreign", "foreign": "foreign",      # one key with subfacts' ("foreign nationals" there too)
    "others": "others", "more": "others", "another": "others", "additional": "others",
    "aftershock": "aftershock", "aftershocks": "aftershock", "foreshock": "foreshock",
}
_UNIDENTIFIED = regex.compile(r"\b(?:(?:still|yet)\s+to\s+be\s+|not\s+(?:yet\s+)?(?:been\s+)?|un)identified\b"
                               r"|\bbeyond\s+recognition\b|\bunrecogni[sz]able\b|\bso\s+badly\s+(?:burnt|burned)\b",
                               regex.IGNORECASE)
# "At least 74 people, 12 of them children": a part of the count before it, named by who they are
_OF_THEM_WHO = regex.compile(r"\s+of\s+(?:them|whom)\s+(?:were\s+)?(?P<who>children|minors|women|men|girls|boys|"
                             r"babies|infants|teenagers|students|pupils|foreigners|tourists|soldiers|civilians|"
                             r"firefighters|police\s+officers|officers|journalists|migrants|refugees)\b",
                             regex.IGNORECASE)
_OF_THEM_SEVERITY = regex.compile(r"\s+of\s+(?:them|whom)\s+(?:(?P<light>lightly|slightly)|critically|seriously|"
                                   r"severely|badly|gravely|in\s+intensive\s+care)\b", regex.IGNORECASE)
_SEVERITY = regex.compile(
    r"\b(?:(?P<grave>critically|seriously|severely|badly|gravely)\s+(?:injured|wounded|hurt|ill|burned)"
    r"|in\s+(?:a\s+)?(?P<grave2>critical|serious|grave)\s+condition|in\s+intensive\s+care"
    r"|(?P<light>lightly|slightly)\s+(?:injured|wounded|hurt))\b", regex.IGNORECASE)
NEAR = 5   # words either side, within the clause
# "died of acute radiation sickness", "Deaths from cholera-like illness: 28": the dead of one cause, a part of the
# toll (not "died of their injuries", which is how the whole toll died)
_OF_A_CAUSE = regex.compile(r"\b(?:died|dying|deaths?)\s+(?:of|from)\s+(?:[\p{Ll}-]+\s+){0,2}"
                            r"(?:sickness|syndrome|disease|cancer|poisoning|infection|illness)\b", regex.IGNORECASE)
# "70 of the dead had been identified": the group a part is counted out of says nothing of what befell the part
_GROUP_AFTER = regex.compile(r"\s+of\s+(?:the|those|these)\s+[\p{L}-]+", regex.IGNORECASE)
# "70 people are still in hospital", "19 remained in the hospital": those not yet out, a part of all the injured
# ("382 are presently undergoing treatment", "fewer than 200 are still being treated")
_STILL_IN_HOSPITAL = regex.compile(r"\b(?:still|remain(?:s|ed|ing)?|presently|currently)\s+(?:in\s+(?:the\s+)?hospital"
                                   r"|hospitali[sz]ed|undergoing\s+treatment|being\s+treated|under\s+treatment)\b",
                                   regex.IGNORECASE)
# "30 vehicles damaged", "12 buses were destroyed": the things a figure counts, then what befell them (a claim of
# damage counts no other way)
_HARMED_AFTER = regex.compile(r"\s+[\p{L}-]+\s+(?:(?:were|was|have\s+been|had\s+been)\s+)?(?:badly\s+)?"
                              r"(?P<harm>damaged|destroyed|burned|burnt|torched|wrecked|gutted)\b", regex.IGNORECASE)
_HARM_CLAIM = regex.compile(r"damag|destroy|collaps|burn", regex.IGNORECASE)
_SHOCKS = ("aftershock", "foreshock")
_WORD = regex.compile(r"[\p{L}][\p{L}'’-]*")
# "1,293 in Al Haouz", "452 at Taroudant": a figure broken down by place
_PLACE_AFTER = regex.compile(r"\s+(?:of\s+them\s+)?(?:in|at)\s+(?:the\s+)?(?P<place>\p{Lu}[\p{L}'’-]+(?:[ \t-]\p{Lu}[\p{L}'’-]+){0,2}"
                          r"|(?<=the\s)capital\b)")

# "72 km southwest of Marrakesh", "12 km from Derna": the place a distance is measured from
MEASURED_FROM = regex.compile(
    r"(?:\s*\([^()\n]{0,30}\))?"              # ("about 150km (93 miles) north-east of Paris")
    r"\s+(?:(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)?\s+of|from|of|outside|away\s+from)\s+(?:the\s+)?"
    r"(?:(?:town|city|village|capital|port|province|region)\s+of\s+)?"
    r"(?P<place>\p{Lu}[\p{L}'’-]+(?:[ \t-]\p{Lu}[\p{L}'’-]+){0,2})")

# "Tanzania has reported five deaths": a place named in the figure's clause. It splits the claim only when it is
# not the place the story is about (the place most figures' clauses name), decided in split_facets.
CLAUSE_PLACE = "clause place: "
_PLACE_IN_CLAUSE = regex.compile(
    r"\b(?:in|at)\s+(?:(?:the|its|their)\s+)?(?:(?:north|south|east|west)[\p{Ll}-]*\s+)?"
    r"(?P<place>\p{Lu}[\p{L}'’-]+(?:[ \t-]\p{Lu}[\p{L}'’-]+){0,2})")
# "Tanzania has recorded five deaths": the place as the clause's subject, when no "in <place>" says more
_PLACE_AS_SUBJECT = regex.compile(r"\G\s*(?:\p{Lu}[\p{L}'’-]+\s+)?(?P<place>\p{Lu}[\p{L}'’-]+(?:[ \t-]\p{Lu}[\p{L}'’-]+){0,2})"
                                  r"\s+(?:has|have|had)\s+(?:reported|recorded|confirmed)")

# "In Paris, 800,000 demonstrators marched": a place that opens the sentence holds for the clause after it
# ("In Orma County, home to Delft, Sheriff Ann Vale said 57 ..."; not a month: "In March, 55,000 ...")
# ("In the village of Onna, ...": a place named by its kind first)
_KIND_OF = (r"(?:the[ \t]+(?:village|town|city|district|province|region|county|state|port|island|hamlet|commune"
            r"|municipality|suburb|neighbou?rhood|township|prefecture)[ \t]+of[ \t]+)?")
_LEAD = (r"\s*(?:In|At)[ \t]+" + _KIND_OF + r"(?:the[ \t]+)?(?!(?:January|February|March|April|May|June|July|August"
         r"|September|October|November|December)\b)(?P<place>\p{Lu}[\p{L}'’-]+(?:[ \t-]\p{Lu}[\p{L}'’-]+){0,2})")
_PLACE_LEADS = regex.compile(_LEAD + r",\s+[^.;:\n]{0,120}?\Z")
# "In Syria at least 810 people were killed": the place leads the figure itself, no comma between
_PLACE_LEADS_FIGURE = regex.compile(_LEAD + r"[ \t]+\Z")
# "Belgium's death toll rose to 20": the place whose toll it is
_PLACE_OWNS_TOLL = regex.compile(r"(?P<place>\p{Lu}[\p{L}-]+(?:[ \t]\p{Lu}[\p{L}-]+)?)['’]s[ \t]+"
                                  r"(?:death[ \t]+)?toll\b")
# "Orma County, which includes the city of Delft, has reported 57 deaths": the place as the sentence's subject
_PLACE_SUBJECT_LEADS = regex.compile(r"\s*(?P<place>\p{Lu}[\p{L}'’-]+(?:[ \t-]\p{Lu}[\p{L}'’-]+){0,2})"
                                     r"(?:,[^,;.]{1,80},)?\s+(?:has|have|had)\s+(?:now\s+)?"
                                     r"(?:reported|recorded|confirmed)\s+\Z")


# "in Turkey, Syria; ...", "in Turkey and Syria": a figure told of places listed is told of them all ("in Lviv,
# Ukraine's interior ministry said" lists nothing)
_LISTED = regex.compile(r"[ \t]+and[ \t]+\p{Lu}|,[ \t]*\p{Lu}[\p{L}-]*(?=[ \t]*(?:[,;.)]|$|and\b))", regex.MULTILINE)
# "A second quake of magnitude 7.5", "Hours later, a magnitude 7.5 earthquake": a later quake, told before its magnitude
_LATER_SHOCK = regex.compile(r"\b(?:(?P<order>second|third|fourth)|another|(?:hours|minutes)[ \t]+later)\b"
                             r"[^.;]{0,30}\Z", regex.IGNORECASE)
# "aftershocks continued, including a magnitude 6.2 tremor", "aftershocks, the strongest of them a 6.2": one of the
# shocks the sentence has named
_ONE_OF_THE_SHOCKS = regex.compile(
    r"\b(?P<shock>after|fore)shocks\b[^.;]{0,80}?\b(?:including|among\s+them|the\s+(?:strongest|largest|biggest|most"
    r"\s+powerful)(?:\s+of\s+(?:which|them|these|those))?|one\s+of\s+(?:which|them))[ \t,]+(?:(?:a|an|one|at|of)[ \t]+)?"
    r"(?:measuring[ \t]+)?\Z", regex.IGNORECASE)
# "Dozens of aftershocks followed. The strongest, measuring 6.2, struck ...": the shocks the sentence before named
_SHOCKS_NAMED = regex.compile(r"\b(?P<shock>after|fore)shocks\b", regex.IGNORECASE)
_THE_STRONGEST = regex.compile(r"[\s\"“]*The[ \t]+(?:strongest|largest|biggest|most[ \t]+powerful)\b")
# "29 people had died in his state", "in the country": the place the sentence names as its speaker's ("South
# Carolina's governor", "Turkey's Vice President")
_THEIR_PLACE = regex.compile(r"\b(?:in|across)[ \t]+(?:the|his|her|their|its)[ \t]+"
                             r"(?:country|state|province|region|county)\b")
_OWNER_PLACE = regex.compile(r"(?P<place>\p{Lu}[\p{L}-]+(?:[ \t]\p{Lu}[\p{L}-]+)?)['’]s[ \t]+"
                             r"(?:\p{Lu}[\p{L}-]*[ \t]+){0,2}"
                             r"(?:[Gg]overnor|[Pp]resident|[Vv]ice[ \t-][Pp]resident|[Pp]rime[ \t][Mm]inister|"
                             r"[Pp]remier|[Mm]inist(?:er|ry)|[Gg]overnment|[Ii]nterior|[Hh]ealth|[Dd]isaster|"
                             r"[Ee]mergency)")


# "five of the deaths were linked to the Eaton Fire", "Five of the deaths were from the Eaton Fire": a part of the
# toll, named by what it was from
_PART_FROM = regex.compile(r"\s+of\s+(?:the|those)\s+(?:dead|deaths|victims|fatalities|people\s+killed|killed|injured)"
                           r"\s+(?:were|was|are|is|had\s+been|have\s+been)\s+(?:\p{Ll}+\s+){0,2}?"
                           r"(?:in|from|at|to|by)\s+"
                           r"(?:the\s+)?(?P<place>\p{Lu}[\p{L}'’-]+(?:[ \t-]\p{Lu}[\p{L}'’-]+){0,2})")
_KIND_AFTER_NAME = regex.compile(r"\s+(?:fire|blaze|storm|flood|quake|earthquake)\Z")
# "90 people had died in the Ahrweiler district alone", "In Congo alone, 524 deaths": a part, said outright
_PLACE_ALONE = regex.compile(r"\b(?:[Ii]n|[Aa]t|[Aa]cross)\s+(?:the\s+)?"
                             r"(?P<place>\p{Lu}[\p{L}'’-]+(?:[ \t-]\p{Lu}[\p{L}'’-]+){0,2})"
                             r"(?:\s+(?:district|province|state|region|county|city|prefecture|town))?\s+alone\b")
# "the Eaton fire in Altadena had killed at least five": the named thing that killed them
# "flew on to El Paso, Texas, about 700 miles away, where 22 people had been killed": the figure of a clause told of
# a place named before it
_PLACE_WHERE_BEFORE = regex.compile(r"\b(?:to|in|at|from|near)[ \t]+"
                                    r"(?P<place>\p{Lu}[\p{L}'’-]+(?:[ \t-]\p{Lu}[\p{L}'’-]+){0,2})"
                                    r"(?:,[^;.\n]{0,50}?)?,[ \t]+where\b[^;.\n]{0,80}\Z")
_KILLER_BEFORE = regex.compile(r"(?P<place>\p{Lu}[\p{L}'’-]+(?:[ \t-]\p{Lu}[\p{L}'’-]+){0,2})\s+"
                               r"(?i:fire|blaze|storm|flood|quake|earthquake)\b[^.;,]{0,30}?"
                               r"\b(?:has|have|had)\s+(?:now\s+)?killed\s+\Z")


# "72 Germans had been aboard", "153 Chinese nationals on board": the people of one nation, a part of the count
_OF_A_NATION = regex.compile(r"[ \t]+(?P<nation>\p{Lu}\p{Ll}{2,})(?:s\b|(?=[ \t]+(?:nationals|citizens|passengers|"
                             r"tourists|victims|people|students|soldiers|troops|workers|were|had|aboard)\b))")
# a fact box's label naming a nation's people, or the bodies found
_BOXED_NATION = regex.compile(r"\s*(?P<nation>\p{Lu}\p{Ll}{2,})[ \t]+(?:nationals|citizens|passengers|tourists|"
                              r"victims|dead|fatalities)\b")
# (all the bodies found, not those of one floor: "Bodies recovered from second floor: 59" is a part of a part)
_BOXED_BODIES = regex.compile(r"\s*bodies(?:\s+(?:recovered|found|retrieved|pulled\s+out))?(?:\s+(?:from|in)\s+the"
                              r"\s+(?:sea|water|river|wreckage|rubble|debris|site))?\s*:\s*\Z", regex.IGNORECASE)
_NOT_NATIONS = frozenset("people police the and more other others".split())
# "Five of the dead were Israeli citizens", "two of the victims were Britons": the dead of one nation, a part
_OF_THE_DEAD_NATION = regex.compile(r"[ \t]+of[ \t]+the[ \t]+(?:dead|victims|deceased|killed|injured|wounded)[ \t]+"
                                    r"(?:were|was|are|included)(?:[ \t]+\p{Ll}+)?(?=[ \t]+\p{Lu})"
                                    + _OF_A_NATION.pattern)


# "1,200 of them", "three of whom": a part of the count before it
OF_THEM = regex.compile(r"\s+of\s+(?P<who>them|whom)\b", regex.IGNORECASE)
WHOLE_REACH = 120     # characters back to the figure "of whom" takes its people from


def _whole_before(doc: Document, mention: Mention, sentence_start: int):
    """The count of people just before "N of whom ..." in its sentence, that the figure is a part of; else None."""
    if OF_THEM.match(doc.text, mention.end) is None:
        return None
    at = bisect.bisect_left(doc.quantity_starts, mention.start)
    before = doc.quantities[at - 1] if at else None
    if before is None or before.start < sentence_start or mention.start - before.end > WHOLE_REACH \
            or before.kind != "count" or before.unit not in ("people", "cases") or before.stated is None:
        return None
    return before


def facet_of(doc: Document, mention: Mention) -> str:
    """The facet of a count mention, or "" when it is about its claim as a whole."""
    sentence = doc.sentences[mention.sentence_index]
    left, right = clause_around(doc.text, mention.start, mention.end, sentence.start, sentence.end)
    if mention.unit == "magnitude":
        later = _LATER_SHOCK.search(doc.text, sentence.start, mention.start)
        if later:                          # "a second quake of magnitude 7.5": a quake of its own, as an aftershock
            return (later.group("order") or "second").lower()
        shocks = _ONE_OF_THE_SHOCKS.search(doc.text, max(sentence.start, mention.start - 160), mention.start)
        if shocks:
            return f"{shocks.group('shock').lower()}shock"
        strongest = _THE_STRONGEST.match(doc.text, sentence.start, mention.start)
        if strongest and mention.sentence_index and mention.start - strongest.end() <= 20:
            before = doc.sentences[mention.sentence_index - 1]
            named = _SHOCKS_NAMED.search(doc.text, before.start, before.end)
            if named:
                return f"{named.group('shock').lower()}shock"
    # not past the figures either side: in "88 bodies identified and 78 handed over", 78 is not identified
    starts = doc.quantity_starts
    at = bisect.bisect_left(starts, mention.start)
    if at > 0:
        left = max(left, doc.quantities[at - 1].end)
    following = at + 1 if at < len(starts) and starts[at] == mention.start else at
    if following < len(starts):
        right = min(right, starts[following])
    before = [m.group().lower() for m in _WORD.finditer(doc.text, left, mention.start)][-NEAR:]
    group = _GROUP_AFTER.match(doc.text, mention.end, right)    # "75 of the dead had been identified"
    after = [m.group().lower() for m in _WORD.finditer(doc.text, mention.end, right)][:NEAR + (3 if group else 0)]
    label = doc.text[max(sentence.start, mention.start - 60):mention.start]
    boxed = label.rstrip().endswith(":")                 # "Seriously injured: 19", a fact box's label
    severity = _SEVERITY.search(doc.text, left, right) or boxed and _SEVERITY.search(label)
    if severity:
        return "lightly injured" if severity.group("light") else "critically injured"
    if _OF_A_CAUSE.search(doc.text, left, right) or boxed and _OF_A_CAUSE.search(label):
        return "of one cause"
    # ("Patients remaining in hospital: 27", a fact box's line, says it of its figure)
    if _STILL_IN_HOSPITAL.search(doc.text, left, right) or boxed and _STILL_IN_HOSPITAL.search(label):
        return "still in hospital"
    of_them = _OF_THEM_SEVERITY.match(doc.text, mention.end, right)
    if of_them:                            # "2,241 people were injured, 1,404 of them critically"
        return "lightly injured" if of_them.group("light") else "critically injured"
    who = _OF_THEM_WHO.match(doc.text, mention.end, right)
    if who:
        return who.group("who").lower()
    whole = _whole_before(doc, mention, sentence.start)
    if whole is not None:                  # "shot four people in the parking lot, three of whom died"
        return f"of {whole.stated:g}"
    if boxed:                              # "British citizens killed: 27", "Bodies recovered from the sea: 132"
        line = label.rsplit("\n", 1)[-1]
        nation = _BOXED_NATION.match(line)
        if nation and nation.group("nation").lower() not in _NOT_NATIONS:
            return nation.group("nation").lower().removesuffix("s")
        if _BOXED_BODIES.match(line):
            return "bodies"
    people = _OF_A_NATION.match(doc.text, mention.end) if mention.unit == "people" else None
    people = people or _OF_THE_DEAD_NATION.match(doc.text, mention.end)
    if people and people.group("nation").lower() not in _NOT_NATIONS:
        return people.group("nation").lower().removesuffix("s")   # "72 Germans", "153 Chinese nationals": a part
    if _UNIDENTIFIED.search(doc.text, left, right):
        return "unidentified"
    harmed = _HARMED_AFTER.match(doc.text, mention.end, right) if mention.unit not in (None, "people") else None
    if harmed and not _HARM_CLAIM.search(mention.claim):
        return harmed.group("harm").lower()     # "around 30 vehicles damaged" in a convoy of 78: a part
    confirmed = ""
    for word in after + before:
        if FACET_WORDS.get(word) == "confirmed":
            confirmed = "confirmed"        # a part only beside suspected figures (split_facets): a place says more
        elif word in FACET_WORDS and (FACET_WORDS[word] not in _SHOCKS or mention.unit == "magnitude"):
            return FACET_WORDS[word]       # an aftershock has a magnitude of its own; "and aftershocks killed" no toll
    if after[:1] == ["bodies"] or before[-2:] == ["remains", "of"] and after[:1] != ["of"]:
        return "bodies"                    # "Only 94 bodies were ever recovered": the bodies found, not all the dead
        #                                    (so are "the remains of 38 victims"; "of 24 of the 26" is a share)
    alone = _PLACE_ALONE.search(doc.text, left, right)
    leading = _PLACE_ALONE.match(doc.text, sentence.start)     # "In Sindh alone, ...": the whole sentence's
    if alone or leading:
        return (alone or leading).group("place").lower()
    part = _PART_FROM.match(doc.text, mention.end, sentence.end)
    if part is not None:                   # "the Eaton Fire" and "the Eaton fire" are one fire
        return CLAUSE_PLACE + _KIND_AFTER_NAME.sub("", part.group("place").lower())
    killer = _KILLER_BEFORE.search(doc.text, max(sentence.start, mention.start - 80), mention.start)
    if killer is not None:
        return CLAUSE_PLACE + killer.group("place").lower()
    where = _PLACE_WHERE_BEFORE.search(doc.text, max(sentence.start, mention.start - 200), mention.start)
    if where is not None:
        return CLAUSE_PLACE + where.group("place").lower()
    place = _PLACE_AFTER.match(doc.text, mention.end, right)
    if place is not None and _LISTED.match(doc.text, place.end()):
        return ""                          # "2,300 in Turkey and Syria": the whole, over the places listed
    if place is None and mention.unit in ("km", "m"):
        place = MEASURED_FROM.match(doc.text, mention.end, right)   # "72 km southwest of Marrakesh"
    if place is not None:
        return place.group("place").lower()
    if _THEIR_PLACE.search(doc.text, mention.end, right):
        owner = _OWNER_PLACE.search(doc.text, sentence.start, mention.start)
        if owner:
            return CLAUSE_PLACE + owner.group("place").lower()
    elsewhere = _PLACE_IN_CLAUSE.search(doc.text, left, right) or _PLACE_AS_SUBJECT.search(doc.text, left, right) \
        or _PLACE_LEADS.match(doc.text, sentence.start, mention.start) \
        or _PLACE_LEADS_FIGURE.match(doc.text, sentence.start, mention.start) \
        or _PLACE_SUBJECT_LEADS.match(doc.text, sentence.start, mention.start) \
        or _PLACE_OWNS_TOLL.search(doc.text, max(sentence.start, mention.start - 80), mention.start)
    return CLAUSE_PLACE + elsewhere.group("place").lower() if elsewhere else confirmed


def split_facets(mentions: list[Mention], docs: dict[str, Document], rules: list[Rule]) -> list[Rule]:
    """Give each faceted count mention its facet's claim; return the rules that name the new claims."""
    rule_of = {r.id: r for r in rules}
    facets = {id(m): _place_under_one_name(facet_of(docs[m.source], m)) for m in mentions
              if getattr(rule_of.get(m.claim), "kind", "") == "count" and m.sentence_index >= 0
              and not rule_of[m.claim].spec.split_by}      # owners split those (owners.py)
    # A place splits a claim when fewer than half of the claim's figures name it: "five deaths in Kagera" is a
    # part; "2,012 killed in Morocco", said of most tolls, is the whole.
    size = Counter(m.claim for m in mentions if id(m) in facets)
    # a place counts as named by each figure whose clause names it, or that it follows ("800,000 in Paris")
    places = Counter((m.claim, facets[id(m)] if facets[id(m)].startswith(CLAUSE_PLACE) else CLAUSE_PLACE + facets[id(m)])
                     for m in mentions if facets.get(id(m)))
    # "another 40 were killed in Kherson" adds to a toll the source has just given; "Another 565 people were
    # injured", after the dead, is the injured as a whole; "Thirty-two others were missing", after 29 rescued, are
    # the others than those
    figures_in: dict[str, list[tuple[int, str, int]]] = defaultdict(list)
    for m in mentions:
        if id(m) in facets:
            figures_in[m.source].append((m.start, m.claim, m.sentence_index))
    for figures in figures_in.values():
        figures.sort()
    direct = {(m.claim, facets[id(m)]) for m in mentions
              if facets.get(id(m)) and not facets[id(m)].startswith(CLAUSE_PLACE)}
    # a place one source names with every figure it gives the claim ("killed at least 116 people in northern India",
    # twice) is that source's whole, not a part, unless another source names it too
    told_of: dict[tuple[str, str], set[str]] = defaultdict(set)      # (claim, source) -> the places its figures name
    for m in mentions:
        if id(m) in facets:
            facet = facets[id(m)]
            told_of[(m.claim, m.source)].add(facet if facet.startswith(CLAUSE_PLACE) or not facet
                                             else CLAUSE_PLACE + facet)
    naming: dict[tuple[str, str], set[str]] = defaultdict(set)
    for (claim, source), places_told in told_of.items():
        for place in places_told:
            naming[(claim, place)].add(source)

    def part_of_more(claim: str, place: str) -> bool:
        return len(naming[(claim, place)]) >= 2 or any(len(told_of[(claim, s)]) >= 2 for s in naming[(claim, place)])

    # "176 people were confirmed dead" is the toll: confirmed is a part only where another figure is suspected
    suspected = {m.claim for m in mentions if facets.get(id(m)) == "suspected"}
    made: dict[str, Rule] = {}
    for mention in mentions:
        rule = rule_of.get(mention.claim)
        facet = facets.get(id(mention), "")
        if facet == "others" and not _others_told(docs[mention.source].text, mention, figures_in[mention.source]) or \
                facet == "confirmed" and mention.claim not in suspected:
            facet = ""
        if facet.startswith(CLAUSE_PLACE):
            named = places[(mention.claim, facet)]
            # a place another figure of the claim is given for outright ("including 22 in Paris") is a part
            broken_down = (mention.claim, facet.removeprefix(CLAUSE_PLACE)) in direct
            facet = facet.removeprefix(CLAUSE_PLACE) if broken_down or (
                2 <= named < size[mention.claim] / 2 and part_of_more(mention.claim, facet)) else ""
        if not facet:
            continue
        facet = as_token(facet)
        claim = f"{rule.id}:{facet}"
        if claim not in made:
            made[claim] = rule.part(claim, f"{rule.label} ({facet})")
        mention.claim = claim
    return list(made.values())


def _place_under_one_name(facet: str) -> str:
    """The facet with its place under one name ("in the US" and "in the United States" are one part). Only an
    abbreviation or a name of several words is renamed: a single word may be the people's ("six Kazakhs" are not
    the dead in Kazakhstan)."""
    place = facet.removeprefix(CLAUSE_PLACE)
    short = len(place.replace(".", "")) <= 3
    same = (short or " " in place) and canonical_name(place)
    return facet[:len(facet) - len(place)] + same if same else facet


_OTHERS_RIGHT_AFTER = regex.compile(r"\s+others\b", regex.IGNORECASE)


def _others_told(text: str, mention: Mention, figures: list[tuple[int, str, int]]) -> bool:
    """Whether "others" make a figure a part: the source's figure just before (`figures`: start, claim, sentence),
    in this sentence or the two before, is of its claim ("another 40 were killed"), not another's ("29 rescued ...
    Thirty-two others", however far); with none, "others" follows: the others than someone named ("Six others died
    with her")."""
    at = bisect.bisect_left(figures, (mention.start,))
    if at > 0 and (figures[at - 1][1] != mention.claim or mention.sentence_index - figures[at - 1][2] <= 2):
        return figures[at - 1][1] == mention.claim
    return _OTHERS_RIGHT_AFTER.match(text, mention.end) is not None
