"""Where the draft puts a thing the sources place elsewhere: "Singapore-based Sky Mavis" where they write "Sky
Mavis, the Vietnam-based developer"; "Wentzville, Kansas" where they write "Wentzville, Missouri"; "Kramatorsk,
in the Luhansk region" where they write "Kramatorsk, in the Donetsk region".

Each text's (thing, place) pairs are read from a few fixed forms; a draft pair whose place no source gives the
thing, where the sources give it another, is `contradicted`; one they give is `supported`.
"""
from __future__ import annotations

import regex

from checker.claims import REGIONS
from checker.compare.draft_text import row
from checker.compare.name_findings import sentence_around
from checker.reading.names import fold, spelt_alike

_NAME = r"\p{Lu}[\p{L}'’.-]*(?:[ \t]+(?:of[ \t]+)?\p{Lu}[\p{L}'’.-]*){0,4}"
_KIND = r"(?:region|province|district|state|county|oblast|prefecture|governorate|area)"
_STATE = "|".join(regex.escape(r) for r in sorted(REGIONS, key=len, reverse=True))   # "Wentzville, Missouri"
_LINKS = r"(?:on|in|at|of|for|to|from|by|with|and|or|who|which|that|was|is|said|says)"
_FORMS = [
    # "Singapore-based Sky Mavis", "the Ho Chi Minh City-based developer Sky Mavis", "Irvine, California-based
    # Activision"
    regex.compile(rf"(?P<place>(?:{_NAME},[ \t]+)?{_NAME})-(?:based|headquartered)[ \t]+(?:(?:the|a|an)[ \t]+)?"
                  rf"(?:(?!{_LINKS}\b)\p{{Ll}}+[ \t]+){{0,2}}?(?P<thing>{_NAME})"),
    # "Sky Mavis, the Vietnam-based developer"
    regex.compile(rf"(?P<thing>{_NAME}),[ \t]+(?:the|a|an)[ \t]+(?P<place>{_NAME})-(?:based|headquartered)\b"),
    # "Sky Mavis, which is based in Vietnam", "Sky Mavis, based in Vietnam"
    regex.compile(rf"(?P<thing>{_NAME}),[ \t]+(?:which[ \t]+is[ \t]+|that[ \t]+is[ \t]+)?based[ \t]+in[ \t]+"
                  rf"(?P<place>{_NAME})"),
    # "Kramatorsk, in the Donetsk region", "Bahanaga Bazar in Balasore district"
    regex.compile(rf"(?P<thing>{_NAME}),?[ \t]+in[ \t]+(?:the[ \t]+)?(?P<place>{_NAME})[ \t]+{_KIND}\b"),
    # "Wentzville, Missouri"
    regex.compile(rf"(?P<thing>{_NAME}),[ \t]+(?P<place>{_STATE})\b"),
    # "the Dubai-based exchange", "Dubai-based cryptocurrency exchange Bybit": the kind of thing, when no name
    # says which ("#exchange")
    regex.compile(rf"(?P<place>{_NAME})-(?:based|headquartered)[ \t]+(?P<kind>\p{{Ll}}+(?:[ \t]+\p{{Ll}}+)?)"),
]
_NOT_KINDS = frozenset("who which that whose and or but in on at of for to with from by as is was are were has had "
                       "have said says the a an".split())
KIND_MARK = "#"     # a thing told by its kind ("#exchange"), not by its name


# Where a form can match: the cheap scan runs over the whole text, each form only in a window around its hits.
_ANCHOR = regex.compile(rf"-(?:based|headquartered)\b|\bbased[ \t]+in\b|\b{_KIND}\b|,[ \t]+(?:{_STATE})\b")
_WINDOW = 120


# Whom a person speaks for: "Wedbush analyst Dan Ives", "Phil Klotzbach, a hurricane researcher at Colorado State
# University": (person, organisation) pairs, checked as a thing and its place are
_ROLE = (r"(?:analysts?|researchers?|economists?|strategists?|professors?|scientists?|experts?|meteorologists?"
         r"|forecasters?|lawyers?|attorneys?)")
_AFFILIATIONS = [
    regex.compile(rf"(?P<place>{_NAME})[ \t]+(?:\p{{Ll}}+[ \t]+)?{_ROLE}[ \t]+(?P<thing>{_NAME})"),
    regex.compile(rf"(?P<thing>{_NAME}),[ \t]+(?:(?:an?|the)[ \t]+)?(?:\p{{Ll}}+[ \t]+){{0,2}}?{_ROLE}[ \t]+"
                  rf"(?:at|with|for|of)[ \t]+(?:the[ \t]+)?(?P<place>{_NAME})"),
]
_ROLE_ANCHOR = regex.compile(rf"\b{_ROLE}\b")


def place_pairs(text: str) -> list[tuple[str, str, int, int]]:
    """(thing, place, start, end of the place) for each pair the text writes in one of the forms."""
    return _pairs(text, _ANCHOR, _FORMS)


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


def _place(m) -> tuple[str, int, int]:
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
            found.append((KIND_MARK + " ".join(words), *_place(m)))
        return
    thing = m.group("thing").removesuffix(".")    # a full stop, not a name's
    place, place_start, place_end = _place(m)
    words = thing.split()
    while len(words) > 1 and fold(words[0]) in ("the", "a", "in", "at", "of"):
        words = words[1:]
    if fold(place) != fold(" ".join(words)):
        found.append((" ".join(words), place, place_start, place_end))


def _same(a: str, b: str) -> bool:
    """One place, or one inside the other ("Santa Monica, California" and "California"); two kinds of thing
    sharing a word ("#cryptocurrency exchange", "#exchange took")."""
    if a.startswith(KIND_MARK) or b.startswith(KIND_MARK):
        return a.startswith(KIND_MARK) and b.startswith(KIND_MARK) and bool(set(a[1:].split()) & set(b[1:].split()))
    return fold(a) == fold(b) or spelt_alike(a, b) or fold(a) in fold(b).split() or fold(b) in fold(a).split()


def draft_place_rows(draft_text: str, sources: list[tuple[str, str]], display: dict[str, str]) -> list[dict]:
    """`sources`: (label, text). A row for each place the draft gives a thing the sources also place, and for each
    organisation it gives a person the sources also give one."""
    placed = _rows(draft_text, sources, display, place_pairs, "place", "is placed in")
    return placed + _unknown_region_rows(draft_text, sources, display, placed) + \
        _rows(draft_text, sources, display, affiliation_pairs, "organisation", "is with")


_IN_REGION = regex.compile(rf"\bin[ \t]+(?:the[ \t]+)?(?P<place>{_NAME})[ \t]+(?P<kind>{_KIND})\b")
_REGION = regex.compile(rf"(?P<place>{_NAME})[ \t]+(?P<kind>{_KIND})\b")


def _regions_by_kind(sources: list[tuple[str, str]]) -> dict[str, dict[str, dict[str, str]]]:
    """kind -> region (folded) -> source -> the region as that source writes it ("state" -> "guerrero" -> ...)."""
    out: dict[str, dict[str, dict[str, str]]] = {}
    for label, text in sources:
        for other in _REGION.finditer(text):
            name = _place(other)[0]
            out.setdefault(other.group("kind"), {}).setdefault(fold(name), {}).setdefault(label, name)
    return out


def _unknown_region_rows(draft_text: str, sources: list[tuple[str, str]], display: dict[str, str],
                         done: list[dict]) -> list[dict]:
    """"Acapulco in Oaxaca state" where no source names Oaxaca at all and the one state they name is Guerrero:
    the draft has put the story in the wrong state."""
    rows = []
    folded = regions = None             # the sources are read once, and only when the draft names a region
    for m in _IN_REGION.finditer(draft_text):
        place, kind = _place(m)[0], m.group("kind")
        if any(r["start"] < m.end() and m.start() < r["end"] for r in done):
            continue
        if folded is None:
            folded = [f" {fold(text)} " for _, text in sources]
            regions = _regions_by_kind(sources)
        if any(f" {fold(place)} " in text for text in folded):
            continue
        named = regions.get(kind, {})
        if len(named) != 1:
            continue                        # no region of the kind, or several: nothing says which is meant
        (theirs,) = named.values()
        start, end = m.start("place"), m.start("place") + len(m.group("place"))
        says = "; ".join(f"{display.get(s, s)}: {p} {kind}" for s, p in theirs.items())
        rows.append(row("place", f"{place} {kind}", place, "contradicted", [], list(theirs), says,
                        sentence_around(draft_text, start, end), start, end, next(iter(theirs.values()))))
    return rows


_DEFINITE = regex.compile(r"\b(?:[Tt]he|[Ii]ts|[Tt]his)[ \t]+\Z")


def _rows(draft_text: str, sources: list[tuple[str, str]], display: dict[str, str], pairs, claim: str,
          relation: str) -> list[dict]:
    theirs = [(label, thing, place) for label, text in sources for thing, place, _, _ in pairs(text)]
    rows = []
    for thing, place, start, end in pairs(draft_text):
        about = [(label, p) for label, t, p in theirs if _same(thing, t)]
        if not about:
            continue
        backing = list(dict.fromkeys(label for label, p in about if _same(place, p)))
        sentence = sentence_around(draft_text, start, end)
        shown = thing.removeprefix(KIND_MARK)
        if backing:
            rows.append(row(claim, shown, place, "supported", backing, [],
                            "; ".join(f"{display.get(s, s)}: {shown}, {place}" for s in backing), sentence, start,
                            end, place))
            continue
        against = {label: p for label, p in about}
        if thing.startswith(KIND_MARK) and len({fold(p) for p in against.values()}) > 1 \
                and (any(_same(place, p) for _, _, p in theirs) or not _DEFINITE.search(draft_text, 0, start)):
            continue        # "the London-based firm" and "the Dubai-based firm": two firms, maybe the draft's "a
            #                 Singapore-based firm" a third; but "the Delhi-based exchange", where no source places
            #                 anything in Delhi, is one of theirs put in the draft's own place
        told = f"the {shown}" if thing.startswith(KIND_MARK) else shown
        says = "; ".join(f"{display.get(s, s)}: {told} {relation} {p}" for s, p in against.items())
        rows.append(row(claim, shown, place, "contradicted", [], list(against), says, sentence, start, end,
                        next(iter(against.values()))))
    return rows
