"""Where a text puts a thing: (thing, place) pairs read from a few fixed forms ("Singapore-based Sky Mavis", "Sky
Mavis, the Vietnam-based developer", "Kramatorsk, in the Donetsk region", "Wentzville, Missouri"), and whom a person
speaks for ("Wedbush analyst Dan Ives"). The draft's pairs are checked against the sources' (compare/draft_places),
and the sources' against each other (bases.py).
"""
from __future__ import annotations

import regex

from checker.claims.regions import REGIONS
from checker.claims.same_names import same_named
from checker.reading.names import fold, spelt_alike

PLACE_NAME = r"\p{Lu}[\p{L}'’.-]*(?:[ \t]+(?:of[ \t]+)?\p{Lu}[\p{L}'’.-]*){0,4}"
REGION_KIND = r"(?:region|province|district|state|county|oblast|prefecture|governorate|area)"
_STATE = "|".join(regex.escape(r) for r in sorted(REGIONS, key=len, reverse=True))   # "Wentzville, Missouri"
# ", a village", ", a small hill town": what kind of place the thing is, between it and its region
_KIND_OF_PLACE = r"(?:(?:a|an|the)[ \t]+(?:\p{Ll}+[ \t]+){0,2}?(?:village|town|city|municipality|community|suburb|hamlet|port)[ \t]+)?"
_LINKS = r"(?:on|in|at|of|for|to|from|by|with|and|or|who|which|that|was|is|said|says)"
# the kinds of firm AP names by its town and state ("The Menlo Park, California, company")
BUSINESS_KINDS = r"(?:company|firm|bank|lender|insurer|retailer|carrier|airline|startup|start-up|maker|group|chain)"
_FORMS = [
    # "Singapore-based Sky Mavis", "the Ho Chi Minh City-based developer Sky Mavis", "Irvine, California-based
    # Activision"
    regex.compile(rf"(?P<place>(?:{PLACE_NAME},[ \t]+)?{PLACE_NAME})-(?:based|headquartered)[ \t]+(?:(?:the|a|an)[ \t]+)?"
                  rf"(?:(?!{_LINKS}\b)\p{{Ll}}+[ \t]+){{0,2}}?(?P<thing>{PLACE_NAME})"),
    # "Sky Mavis, the Vietnam-based developer"
    regex.compile(rf"(?P<thing>{PLACE_NAME}),[ \t]+(?:the|a|an)[ \t]+(?P<place>{PLACE_NAME})-(?:based|headquartered)\b"),
    # "Sky Mavis, which is based in Vietnam", "Sky Mavis, based in Vietnam", "Northern Rock, which has its
    # headquarters in Sunderland", "the lender, headquartered in Gosforth"
    regex.compile(rf"(?P<thing>{PLACE_NAME}),[ \t]+(?:which[ \t]+is[ \t]+|that[ \t]+is[ \t]+)?"
                  rf"(?:based|headquartered)[ \t]+in[ \t]+(?P<place>{PLACE_NAME})"),
    regex.compile(rf"(?P<thing>{PLACE_NAME}),[ \t]+(?:which|that)[ \t]+(?:has|had)[ \t]+its[ \t]+(?:headquarters|head"
                  rf"[ \t]+office|base)[ \t]+(?:in|at)[ \t]+(?P<place>{PLACE_NAME})"),
    # "Kramatorsk, in the Donetsk region", "Bahanaga Bazar in Balasore district", "Taboadela, a village in Galicia's
    # Ourense province", "Grabovo, in the rebel-held Donetsk region"
    regex.compile(rf"(?P<thing>{PLACE_NAME}),?[ \t]+{_KIND_OF_PLACE}in[ \t]+"
                  rf"(?:the[ \t]+(?:\p{{Ll}}[\p{{Ll}}-]+[ \t]+){{0,2}})?"
                  rf"(?:\p{{Lu}}\p{{L}}+['’]s[ \t]+)?(?P<place>{PLACE_NAME})[ \t]+{REGION_KIND}\b"),
    # "Taboadela, a village in the province of Ourense"
    regex.compile(rf"(?P<thing>{PLACE_NAME}),?[ \t]+{_KIND_OF_PLACE}in[ \t]+the[ \t]+{REGION_KIND}[ \t]+of[ \t]+"
                  rf"(?P<place>{PLACE_NAME})"),
    # "Kramatorsk, Donetsk Oblast": the region's kind capitalised as part of its name
    regex.compile(rf"(?P<thing>{PLACE_NAME}),[ \t]+(?P<place>\p{{Lu}}[\p{{L}}'’-]+)[ \t]+(?i:{REGION_KIND})\b"),
    # "Wentzville, Missouri"
    regex.compile(rf"(?P<thing>{PLACE_NAME}),[ \t]+(?P<place>{_STATE})\b"),
    # "the Dubai-based exchange", "Dubai-based cryptocurrency exchange Bybit": the kind of thing, when no name
    # says which ("#exchange")
    regex.compile(rf"(?<![\p{{L}}.],[ \t]{{1,3}})(?P<place>{PLACE_NAME})-(?:based|headquartered)[ \t]+"
                  rf"(?P<kind>\p{{Ll}}+(?:[ \t]+\p{{Ll}}+)?)"),
    # "the Palo Alto, California-based company", "The Menlo Park, California, company": the town, its state told
    # after it
    regex.compile(rf"(?P<place>{PLACE_NAME}),[ \t]+(?:{_STATE})-(?:based|headquartered)[ \t]+"
                  rf"(?P<kind>\p{{Ll}}+(?:[ \t]+\p{{Ll}}+)?)"),
    regex.compile(rf"\b[Tt]he[ \t]+(?P<place>{PLACE_NAME}),[ \t]+(?:{_STATE}),[ \t]+(?P<kind>{BUSINESS_KINDS})\b"),
]
_NOT_KINDS = frozenset("who which that whose and or but in on at of for to with from by as is was are were has had "
                       "have said says the a an".split())
DEFINITE_BEFORE = regex.compile(r"\b(?:[Tt]he|[Ii]ts|[Tt]heir|[Tt]his)[ \t]+\Z")   # "the Dubai-based exchange"
KIND_MARK = "#"     # a thing told by its kind ("#exchange"), not by its name


# Where a form can match: the cheap scan runs over the whole text, each form only in a window around its hits.
_ANCHOR = regex.compile(rf"-(?:based|headquartered)\b|\b(?:based|headquartered)[ \t]+in\b"
                        rf"|\bits[ \t]+(?:headquarters|head[ \t]+office|base)[ \t]+(?:in|at)\b"
                        rf"|\b(?i:{REGION_KIND})\b|,[ \t]+(?:{_STATE})\b")
_WINDOW = 120


# Whom a person speaks for: "Wedbush analyst Dan Ives", "Phil Klotzbach, a hurricane researcher at Colorado State
# University": (person, organisation) pairs, checked as a thing and its place are
_ROLE = (r"(?:analysts?|researchers?|economists?|strategists?|professors?|scientists?|experts?|meteorologists?"
         r"|forecasters?|lawyers?|attorneys?|investigators?|spokes(?:man|woman|person)|directors?)")
# "director of salvage operations": what the role is of, in lower case
_ROLE_OF = r"(?:[ \t]+of[ \t]+\p{Ll}+(?:[ \t]+(?:and[ \t]+)?\p{Ll}+){0,3})?"
_AFFILIATIONS = [
    regex.compile(rf"(?P<place>{PLACE_NAME})[ \t]+(?:\p{{Ll}}+[ \t]+)?{_ROLE}[ \t]+(?P<thing>{PLACE_NAME})"),
    regex.compile(rf"(?P<thing>{PLACE_NAME}),[ \t]+(?:(?:an?|the)[ \t]+)?(?:\p{{Ll}}+[ \t]+){{0,2}}?{_ROLE}[ \t]+"
                  rf"(?:at|with|for|of)[ \t]+(?:the[ \t]+)?(?P<place>{PLACE_NAME})"),
    # "The Navy's director of salvage, Paul Hankins" / "Paul Hankins, the Coast Guard's director of salvage"
    regex.compile(rf"(?P<place>{PLACE_NAME})['’]s[ \t]+(?:\p{{Ll}}+[ \t]+){{0,2}}?{_ROLE}{_ROLE_OF},[ \t]+"
                  rf"(?P<thing>{PLACE_NAME})"),
    regex.compile(rf"(?P<thing>{PLACE_NAME}),[ \t]+the[ \t]+(?P<place>{PLACE_NAME})['’]s[ \t]+"
                  rf"(?:\p{{Ll}}+[ \t]+){{0,2}}?{_ROLE}\b"),
]
# An office a person holds for a body, capitalised or not: "Greater Manchester Police Chief Constable Ian Hopkins",
# "Porsche chief Matthias Mueller", "Ian Hopkins, then chief constable of Greater Manchester Police". Political
# offices stay out: "French Interior Minister" names a country by its adjective, as no source need write it.
_OFFICE = (r"(?i:(?:(?:deputy|assistant|acting|interim|managing|senior|former|then|joint|group)[ \t]+)*"
           r"(?:chief[ \t]+(?:executive(?:[ \t]+officer)?|constable|operating[ \t]+officer|financial[ \t]+officer|"
           r"investigator)|chief|CEO|chairman|chairwoman|chairperson|commissioner|superintendent|head|boss|founder|"
           r"co-founder))")
# the head of a society, union or association, told after the person's name ("Jane Needham, president of the NSW
# Bar Association"); before a name "President" is a country's more often than a body's
_PRESIDENT = r"(?:(?:vice[ \t-])?president|secretary[ \t-]general|general[ \t]+secretary|dean)"
# a body's name, none of its words part of an office ("Former Porsche chief": the body is Porsche)
_OFFICE_WORD = (r"(?i:deputy|assistant|acting|interim|managing|senior|former|then|joint|group|chief|executive|"
                r"constable|CEO|chairman|chairwoman|chairperson|commissioner|superintendent|head|boss|founder)\b")
# (a word's full stop only an abbreviation's, "U.S.", never a sentence's: "in August. Lion Air chief ...")
_BODY_WORD = rf"(?!{_OFFICE_WORD})\p{{Lu}}(?:[\p{{L}}'’&-]|\.(?=\p{{L}}))*(?:(?<!\p{{Ll}}\p{{Ll}})\.)?"
_BODY = rf"{_BODY_WORD}(?:[ \t]+(?:of[ \t]+)?{_BODY_WORD}){{0,4}}"
_PERSON = r"\p{Lu}\p{Ll}[\p{L}'’-]*(?:[ \t]+\p{Lu}\.)?(?:[ \t]+\p{Lu}[\p{L}'’-]+){1,2}"
_AFFILIATIONS += [
    regex.compile(rf"(?<![\p{{L}}'’.-])(?!(?:The|A|An|Its|His|Her|Their)[ \t]+{_OFFICE_WORD})(?P<place>{_BODY})"
                  rf"[ \t]+(?:{_OFFICE}|(?:vice[ \t-])?president)[ \t]+(?P<thing>{_PERSON})"),
    regex.compile(rf"(?P<thing>{_PERSON}),[ \t]+(?:(?:the|then|now)[ \t]+)*(?:{_OFFICE}|{_PRESIDENT})[ \t]+"
                  rf"(?:of|at)[ \t]+(?:the[ \t]+)?(?P<place>{_BODY})"),
    regex.compile(rf"(?P<thing>{_PERSON}),[ \t]+(?:(?:then|now)[ \t]+)?(?:the[ \t]+)?(?P<place>{_BODY})['’]s[ \t]+"
                  rf"{_OFFICE}\b"),
]
# "Yusuf Latif, a spokesman for the national search and rescue agency": a body in lower case, up to the word that
# says what kind of body it is (kept in the pair: two such bodies differ by their kind, not their wording)
BODY_KINDS = frozenset("police agency ministry department office service army navy military government authority "
                       "commission council prosecutors".split())
_AFFILIATIONS.append(regex.compile(
    rf"(?P<thing>{_PERSON}),[ \t]+(?:an?|the)[ \t]+{_ROLE}[ \t]+(?:for|at|with)[ \t]+the[ \t]+"
    rf"(?P<place>(?:\p{{Ll}}+[ \t]+){{0,4}}?(?:{'|'.join(sorted(BODY_KINDS))}))\b"))
_ROLE_ANCHOR = regex.compile(rf"\b(?:{_ROLE}|{_OFFICE}|{_PRESIDENT})\b")


# A facility the text places: "the civil hospital in Morbi", "Saiful Anwar General Hospital in Malang", "an oil depot in
# Belgorod". Which one it is is told by a name or a word of its own; "a hospital in", "the local hospital in" say no
# more than that some hospital is there.
_FACILITY = (r"(?:hospital|clinic|school|college|university|stadium|arena|courthouse|depot|refinery|factory|airport"
             r"|church|mosque|temple|cathedral|prison|jail|hotel|mall|warehouse|terminal|barracks|shelter|works"
             r"|gymnasium|museum|embassy|consulate|court|tribunal"
             r"|parking[ \t]+lot|car[ \t]+park|power[ \t]+plant|steel[ \t]+plant|steelworks)")
FACILITY_WORD = rf"\b{_FACILITY}[ \t]+(?:in|at)[ \t]"
_PLAIN = frozenset("the a an at to in of on for from by with his her their its our this that these those one two "
                   "another other same local nearby main small large big new old city town village state public "
                   "private military field makeshift temporary".split())
_FACILITY_FORM = regex.compile(
    rf"(?<![\p{{L}}'’-])(?P<thing>(?:\p{{Lu}}[\p{{L}}'’.-]*[ \t]+){{1,4}}(?i:{_FACILITY})"
    rf"|(?:\p{{Ll}}[\p{{L}}-]+[ \t]+){{1,2}}{_FACILITY})[ \t]+(?:in|at)[ \t]+(?P<place>{PLACE_NAME})")
_FACILITY_ANCHOR = regex.compile(rf"\b(?i:{_FACILITY})[ \t]+(?:in|at)[ \t]+\p{{Lu}}")


# "In Chico, ... families camped in a Walmart parking lot": the town the sentence opens with holds the facility it
# names, where no other town is given it
_OPENING_PLACE = regex.compile(rf"(?:^|(?<=[.!?][ \t]{{1,3}})|(?<=\n))In[ \t]+(?P<place>{PLACE_NAME}),")
_FACILITY_IN_SENTENCE = regex.compile(
    rf"(?P<thing>(?<![\p{{L}}'’-])(?:\p{{Lu}}[\p{{L}}'’.-]*[ \t]+){{1,4}}(?i:{_FACILITY}))(?![\p{{L}}])"
    rf"(?![ \t]+(?:in|at)[ \t]+\p{{Lu}})")
_SENTENCE_STOP = regex.compile(r"[.!?](?=\s)|\n")


def _named(thing: str) -> str | None:
    """The facility's name without the plain words before it ("The Saiful Anwar ...", "the civil hospital"); None
    when only plain words say which it is."""
    words = thing.split()
    while words and fold(words[0]) in _PLAIN:
        words = words[1:]
    return " ".join(words) if len(words) >= 2 and fold(words[-2]) not in _PLAIN else None


def facility_pairs(text: str, openings: bool = False) -> list[tuple[str, str, int, int]]:
    """(facility, place, start, end of the place) for each facility the text places, named or told by a word of its
    own; with `openings`, also a named facility in a sentence that opens with its town ("In Chico, ...")."""
    found = []
    for anchor in _FACILITY_ANCHOR.finditer(text):
        lo = max(0, anchor.start() - _WINDOW)
        for m in _FACILITY_FORM.finditer(text, lo, anchor.end() + _WINDOW):
            if not m.start("thing") <= anchor.start() < m.end("thing"):
                continue
            named = _named(m.group("thing"))
            if named:
                place, start, end = place_of(m)
                stop = regex.search(r"(?<=\p{Ll}{2})\.(?:[ \t]|\Z)", place)
                if stop:                      # the sentence's full stop, not an abbreviation's ("Bystrica. The")
                    place, end = place[:stop.start()], start + stop.start()
                found.append((named, place, start, end))
            break
    if openings:
        for opening in _OPENING_PLACE.finditer(text):
            stop = _SENTENCE_STOP.search(text, opening.end())
            for m in _FACILITY_IN_SENTENCE.finditer(text, opening.end(), stop.start() if stop else len(text)):
                named = _named(m.group("thing"))
                if named:
                    found.append((named, opening.group("place"), opening.start("place"), opening.end("place")))
    return found


def place_pairs(text: str) -> list[tuple[str, str, int, int]]:
    """(thing, place, start, end of the place) for each pair the text writes in one of the forms."""
    return _pairs(text, _ANCHOR, _FORMS)


# the forms that place a town in a region of a kind ("in Chinandega province", "in the province of Ourense")
_REGION_FORMS = [form for form in _FORMS if REGION_KIND in form.pattern and "based" not in form.pattern]
_REGION_ANCHOR = regex.compile(rf"\b(?i:{REGION_KIND})\b")
_KIND_REACH = 20        # characters either side of a region's name where the word of its kind stands


def region_pairs(text: str) -> list[tuple[str, str, int, int]]:
    """(town, region, start, end of the region) for each town the text places in a region, the town told with the
    kind of region ("Posoltega's province"): a district and the state holding it are no two places of one kind. The
    forms are tried only around a region's word (the cheap scan of _pairs)."""
    found = []
    for thing, place, start, end in _pairs(text, _REGION_ANCHOR, _REGION_FORMS):
        before = list(_REGION_ANCHOR.finditer(text, max(0, start - _KIND_REACH), start))
        kind = _REGION_ANCHOR.match(text, end + 1) or (before[-1] if before else None)
        if kind is not None and not thing.startswith(KIND_MARK):
            found.append((f"{thing}'s {kind.group().lower()}", place, start, end))
    return found


def affiliation_pairs(text: str) -> list[tuple[str, str, int, int]]:
    """(person, organisation, start, end of the organisation) for each affiliation the text writes."""
    return _pairs(text, _ROLE_ANCHOR, _AFFILIATIONS)


def _pairs(text: str, anchors: regex.Pattern, forms: list[regex.Pattern]) -> list[tuple[str, str, int, int]]:
    found, seen = [], set()
    for anchor in anchors.finditer(text):
        lo, hi = max(0, anchor.start() - _WINDOW), min(len(text), anchor.end() + _WINDOW)
        for form in forms:
            for m in form.finditer(text, lo, hi):
                if m.span() in seen or not m.start() <= anchor.start() < m.end():
                    continue
                seen.add(m.span())
                _add(found, m)
    return found


def place_of(m) -> tuple[str, int, int]:
    """The place and its offsets, without the capitalised article opening a sentence ("The Dubai-based ...")."""
    place, start = m.group("place"), m.start("place")
    opening = regex.match(r"(?:The|A|An|In|At)[ \t]+", place)
    if opening and len(place) > opening.end():
        place, start = place[opening.end():], start + opening.end()
    return place, start, start + len(place)


def _add(found: list, m) -> None:
    if "kind" in m.groupdict():
        # which of the two words is the noun is not known ("exchange took", "cryptocurrency exchange"): both are
        # kept, and two kinds are one when they share a word
        words = []
        for word in m.group("kind").split():
            if word in _NOT_KINDS:
                break
            words.append(word.removesuffix("'s").removesuffix("’s"))
        if words:
            found.append((KIND_MARK + " ".join(words), *place_of(m)))
        return
    thing = m.group("thing").removesuffix(".")    # a full stop, not a name's
    thing = regex.split(r"(?<=\p{Ll}{2})\.[ \t]+(?=\p{Lu})", thing)[-1]   # "Kyiv. Kramatorsk": a sentence ended
    place, place_start, place_end = place_of(m)
    words = thing.split()
    while len(words) > 1 and fold(words[0]) in ("the", "a", "in", "at", "of"):
        words = words[1:]
    if fold(place) != fold(" ".join(words)):
        found.append((" ".join(words), place, place_start, place_end))


_STATE_BASED_AFTER = regex.compile(rf",[ \t]+(?:{_STATE})(?:-(?:based|headquartered)\b|,[ \t]+{BUSINESS_KINDS}\b)")


def based_after(text: str, end: int) -> bool:
    """Whether the words after a place say a thing is based there: "-based", or its state then "-based" or, AP
    style, the kind of firm ("Menlo Park, California, company")."""
    return text.startswith(("-based", "-headquartered"), end) or bool(_STATE_BASED_AFTER.match(text, end))


def same_place(a: str, b: str) -> bool:
    """One place, or one inside the other ("Santa Monica, California" and "California"); two kinds of thing
    sharing a word ("#cryptocurrency exchange", "#exchange took")."""
    if a.startswith(KIND_MARK) or b.startswith(KIND_MARK):
        return a.startswith(KIND_MARK) and b.startswith(KIND_MARK) and bool(set(a[1:].split()) & set(b[1:].split()))
    return (fold(a) == fold(b) or spelt_alike(a, b) or fold(a) in fold(b).split() or fold(b) in fold(a).split()
            or same_named(a, b)                # "Mecca" / "Makkah": one city's two names (same_names.yaml)
            # "France" / "the French Alps": a place of the country its adjective, spelt otherwise, names
            or bool(a.split()) and same_named(b, a.split()[0]) or bool(b.split()) and same_named(a, b.split()[0]))
