"""Which way from where: "40km north-east of Herat" where the sources write "40km north-west of Herat"; "250
kilometres east of Tripoli" where they write "250 km east of Benghazi".

Each text's (direction, place) pairs are read where a compass word stands before "of" or "from" and a name. A
draft pair is set against the source pairs in sentences telling the same thing (words of substance in common,
the direction and the place aside): `contradicted` where those give the draft's place another direction, or the
draft's direction from another place, and never the draft's pair.
"""
from __future__ import annotations

import regex

from checker.compare.draft_text import row
from checker.compare.source_names import NAME_PATTERN
from checker.compare.name_findings import sentence_around
from checker.compare.sentence_index import substance_words
from checker.reading.names import fold, spelt_alike

# (the compass word and "of" in any case; the place as a name, capitalised)
_DIRECTION = regex.compile(rf"(?i:\b(?P<dir>(?:north|south)(?:[ -]?(?:east|west))?|east|west)(?:ern)?[ \t]+"
                           rf"(?:of|from)[ \t]+(?:the[ \t]+)?)(?P<place>{NAME_PATTERN})")
SHARED_WORDS = 3      # words of substance a source sentence shares with the draft's, direction and place aside


def _pairs(text: str) -> list[tuple[str, str, str, int, int, int, int]]:
    """(direction, place folded, place as written, direction's start and end, place's start and end) for each pair
    in text."""
    out = []
    for m in _DIRECTION.finditer(text):
        if not m.group("place")[0].isupper():
            continue
        direction = m.group("dir").lower().replace(" ", "").replace("-", "")
        out.append((direction, fold(m.group("place")), m.group("place"), *m.span("dir"), *m.span("place")))
    return out


def draft_direction_rows(draft_text: str, sources: list[tuple[str, str, list]], display: dict[str, str],
                         taken: list[tuple[int, int]]) -> list[dict]:
    """`sources`: (label, text, sentences). A `contradicted` row for each direction or place of the draft that the
    source sentences telling the same thing give otherwise."""
    mine = _pairs(draft_text)
    if not mine:
        return []
    theirs = []     # (label, sentence text, direction, place folded, place as written)
    for label, text, sentences in sources:
        for s in sentences:
            sentence = text[s.start:s.end]
            if not s.is_heading and ("of" in sentence or "from" in sentence):
                theirs.extend((label, sentence, d, p, written) for d, p, written, *_ in _pairs(sentence))
    rows = []
    for direction, place, _, ds, de, ps, pe in mine:
        sentence = sentence_around(draft_text, ds, pe)
        leave = set(place.split()) | {direction}
        words = substance_words(sentence, leave)
        alike = [t for t in theirs if len(words & substance_words(t[1], set(t[3].split()) | {t[2]})) >= SHARED_WORDS]
        # one place spelt two ways ("Marrakesh", "Marrakech") is one place
        here = [spelt_alike(p, place) for _, _, _, p, _ in alike]
        if not alike or any(d == direction and one for (_, _, d, _, _), one in zip(alike, here)):
            continue
        same_place = [a for a, one in zip(alike, here) if one]
        same_way = [a for a, one in zip(alike, here) if a[2] == direction and not one]
        if same_place and not any(s < de and ds < e for s, e in taken):
            label, text, d, _, _ = same_place[0]
            rows.append(row("place", "which way", draft_text[ds:de], "contradicted", [], [label],
                            f"{display.get(label, label)}: {d} of it (“{text[:200]}”)", sentence, ds, de, d))
        elif same_way and not same_place and not any(s < pe and ps < e for s, e in taken):
            label, text, _, _, written = same_way[0]
            rows.append(row("place", "from where", draft_text[ps:pe], "contradicted", [], [label],
                            f"{display.get(label, label)}: {direction} of {written} (“{text[:200]}”)", sentence, ps,
                            pe, written))
    return rows
