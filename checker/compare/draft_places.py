"""Where the draft puts a thing the sources place elsewhere: "Singapore-based Sky Mavis" where they write "Sky
Mavis, the Vietnam-based developer"; "Wentzville, Kansas" where they write "Wentzville, Missouri"; "Kramatorsk,
in the Luhansk region" where they write "Kramatorsk, in the Donetsk region".

Each text's (thing, place) pairs are read from a few fixed forms; a draft pair whose place no source gives the
thing, where the sources give it another, is `contradicted`; one they give is `supported`.
"""
from __future__ import annotations

import regex

from checker.claims import (BODY_KINDS, DEFINITE_BEFORE, KIND_MARK, PLACE_NAME, REGION_KIND, affiliation_pairs,
                            facility_pairs, place_of, place_pairs, same_place)
from checker.compare.draft_credits import same_credit
from checker.compare.draft_text import row
from checker.compare.name_findings import sentence_around
from checker.reading.names import fold, spelling_key


def draft_place_rows(draft_text: str, sources: list[tuple[str, str]], display: dict[str, str]) -> list[dict]:
    """`sources`: (label, text). A row for each place the draft gives a thing the sources also place, and for each
    organisation it gives a person the sources also give one."""
    placed = _rows(draft_text, sources, display, place_pairs, "place", "is placed in")
    placed += [r for r in _rows(draft_text, sources, display, facility_pairs, "place", "is in",
                                lambda text: facility_pairs(text, openings=True))
               if not any(p["start"] < r["end"] and r["start"] < p["end"] for p in placed)]
    return placed + _unknown_region_rows(draft_text, sources, display, placed) + \
        _rows(draft_text, sources, display, affiliation_pairs, "organisation", "is with", same=_same_body,
              same_thing=_one_person, comparable=_told_apart)


def _same_body(a: str, b: str) -> bool:
    """One body, named alike or one name the other's shorter form ("Ministry" / "Home Ministry"); not two bodies
    that share a place's word ("Law Society of NSW" / "NSW Bar Association")."""
    x, y = ({spelling_key(w) for w in fold(n).split() if w not in _SMALL_WORDS} for n in (a, b))
    if x <= y or y <= x:
        return True
    # an acronym of the other ("NTSB"); names of several words each are one only when their words are
    return (len(x) == 1 or len(y) == 1) and same_credit(a, b)


_SMALL_WORDS = frozenset("the of for and".split())


def _told_apart(a: str, b: str) -> bool:
    """Whether two bodies, not one, can be told apart by their names: two names written with capitals, or a body
    in lower case and another of another kind ("the national police" / "the national search and rescue agency");
    a lower-case body is not set against a name ("the disaster agency" may be "BNPB")."""
    if any(c.isupper() for c in a) and any(c.isupper() for c in b):
        return True
    kinds = [fold(n).split()[-1] if fold(n).split() and fold(n).split()[-1] in BODY_KINDS else None for n in (a, b)]
    return None not in kinds and kinds[0] != kinds[1]


def _one_person(a: str, b: str) -> bool:
    """One person, the letters after a name aside ("Jane Needham SC" / "Jane Needham")."""
    x, y = set(fold(a).split()), set(fold(b).split())
    return same_place(a, b) or min(len(x), len(y)) >= 2 and (x <= y or y <= x)


# a city's parts too: "in the Fishtown neighborhood" where the sources' one neighbourhood is Port Richmond
_KIND = rf"(?:{REGION_KIND}|neighbou?rhood|suburb|borough)"
_IN_REGION = regex.compile(rf"\bin[ \t]+(?:the[ \t]+)?(?P<place>{PLACE_NAME})[ \t]+(?P<kind>{_KIND})\b")
_REGION = regex.compile(rf"(?P<place>{PLACE_NAME})[ \t]+(?P<kind>{_KIND})\b")


def _kind(match) -> str:
    return match.group("kind").replace("neighbour", "neighbor")


def _regions_by_kind(sources: list[tuple[str, str]]) -> dict[str, dict[str, dict[str, str]]]:
    """kind -> region (folded) -> source -> the region as that source writes it ("state" -> "guerrero" -> ...)."""
    out: dict[str, dict[str, dict[str, str]]] = {}
    for label, text in sources:
        for other in _REGION.finditer(text):
            name = place_of(other)[0]
            out.setdefault(_kind(other), {}).setdefault(fold(name), {}).setdefault(label, name)
    return out


def _unknown_region_rows(draft_text: str, sources: list[tuple[str, str]], display: dict[str, str],
                         done: list[dict]) -> list[dict]:
    """"Acapulco in Oaxaca state" where no source names Oaxaca at all and the one state they name is Guerrero:
    the draft has put the story in the wrong state."""
    rows = []
    folded = regions = None             # the sources are read once, and only when the draft names a region
    for m in _IN_REGION.finditer(draft_text):
        place, kind = place_of(m)[0], _kind(m)
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


def _rows(draft_text: str, sources: list[tuple[str, str]], display: dict[str, str], pairs, claim: str,
          relation: str, source_pairs=None, same=same_place, same_thing=same_place, comparable=None) -> list[dict]:
    """`same` says whether two places (or, for affiliations, two bodies) are one: "NSW Bar Association" and "Law
    Society of NSW" share a place's word and are two bodies."""
    theirs = [(label, thing, place) for label, text in sources for thing, place, _, _ in (source_pairs or pairs)(text)]
    rows = []
    for thing, place, start, end in pairs(draft_text):
        about = [(label, p) for label, t, p in theirs if same_thing(thing, t)]
        if not about:
            continue
        backing = list(dict.fromkeys(label for label, p in about if same(place, p)))
        sentence = sentence_around(draft_text, start, end)
        shown = thing.removeprefix(KIND_MARK)
        if backing:
            rows.append(row(claim, shown, place, "supported", backing, [],
                            "; ".join(f"{display.get(s, s)}: {shown}, {place}" for s in backing), sentence, start,
                            end, place))
            continue
        against = {label: p for label, p in about}
        if comparable is not None:          # only the bodies the draft's can be told apart from say it is another
            against = {label: p for label, p in against.items() if comparable(place, p)}
            if not against:
                continue
        if thing.startswith(KIND_MARK) and len({fold(p) for p in against.values()}) > 1 \
                and (any(same(place, p) for _, _, p in theirs)
                     or not DEFINITE_BEFORE.search(draft_text, max(0, start - 8), start)):
            continue        # "the London-based firm" and "the Dubai-based firm": two firms, maybe the draft's "a
            #                 Singapore-based firm" a third; but "the Delhi-based exchange", where no source places
            #                 anything in Delhi, is one of theirs put in the draft's own place
        told = f"the {shown}" if thing.startswith(KIND_MARK) else shown
        says = "; ".join(f"{display.get(s, s)}: {told} {relation} {p}" for s, p in against.items())
        rows.append(row(claim, shown, place, "contradicted", [], list(against), says, sentence, start, end,
                        next(iter(against.values()))))
    return rows
