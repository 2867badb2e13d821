"""Where the draft puts an act, against where the sources that tell the act put it.

"The debris was spotted near Savona" where the sources telling that sentence's act write "after leaving
Civitavecchia"; "a raid carried out in Ilford, east London" where they write "in Barking". The draft's places are
the capitalised names after "in", "at", "near" or "from"; a source sentence tells the same act when it shares
SHARED_WORDS words of substance with the draft's, the places aside. Where the sentences telling it name no place
of the draft's, and those that put it in one place agree on one other place, which the draft's sentence does not
name either (it may put the act more closely: "at La Rotonde Stalingrad in north-east Paris" / "in Paris"):
`contradicted`. Sources that differ among themselves may be telling two acts, and are left alone.
"""
from __future__ import annotations

import regex

from checker.claims import CALENDAR_WORD, with_other_names
from checker.compare.draft_text import row
from checker.compare.name_findings import sentence_around
from checker.compare.sentence_index import sentences_sharing, substance_words
from checker.compare.source_names import NAME_PATTERN
from checker.reading.names import COMMON, fold

SHARED_WORDS = 3        # words of substance a source sentence shares with the draft's, the places aside
TOLD_BY = 1             # sources whose sentences must tell the act and agree on its place (more: fewer errors
#                         caught, as few false alarms)
_PLACE = regex.compile(rf"\b(?:in|at|near|from)[ \t]+(?:(?:the|a|an)[ \t]+)?(?:(?:\p{{Ll}}+[ \t]+){{0,2}}(?:town|city|"
                       rf"village|district|neighbou?rhood|suburb|port|state|province|region|county)[ \t]+of[ \t]+)?"
                       rf"(?P<place>{NAME_PATTERN})")


def places_in(sentence: str) -> list[tuple[str, int, int]]:
    """The places a sentence puts things in: (name, start, end); not days, months, initials or possessives."""
    out = []
    for m in _PLACE.finditer(sentence):
        place = m.group("place")
        first = place.split()[0]
        if fold(first) in COMMON or CALENDAR_WORD.fullmatch(first) or place.endswith(("'s", "’s")) \
                or place.isupper():
            continue
        out.append((place, m.start("place"), m.end("place")))
    return out


def _words(sentence: str, places: list[tuple[str, int, int]]) -> set[str]:
    return substance_words(sentence, {fold(w) for p, _, _ in places for w in p.split()})


def _names(sentence: str, place: str) -> bool:
    """Whether the sentence names the place, or a word of it by another of its names ("French" for France)."""
    folded = " " + fold(sentence) + " "
    words = with_other_names(w for w in fold(place).split() if w not in COMMON)
    return any(len(x) > 2 and f" {x}" in folded for x in map(fold, words))


def draft_where_rows(draft_text: str, draft_sentences, index, sentences: list[tuple[str, str]],
                     display: dict[str, str], taken: list[tuple[int, int]]) -> list[dict]:
    """A `contradicted` row for each place the draft puts an act in, where the source sentences telling the act
    (TOLD_BY sources or more) agree on another place and none names the draft's."""
    rows = []
    for span in draft_sentences:
        if span.is_heading:
            continue
        sentence, offset = draft_text[span.start:span.end], span.start
        places = places_in(sentence)
        if len(places) != 1:
            continue                        # two places in one sentence: which of them the act's is not told
        place, a, b = places[0]
        start, end = offset + a, offset + b
        if any(s < end and start < e for s, e in taken):
            continue
        telling = [sentences[n] for n, k in sorted(sentences_sharing(_words(sentence, places), index).items())
                   if k >= SHARED_WORDS]
        if not telling or any(_names(text, place) for _, text in telling):
            continue
        theirs = {}                         # source -> the one place its telling sentences give
        for label, text in telling:
            given = places_in(text)
            if len(given) == 1:
                theirs.setdefault(label, set()).add(fold(given[0][0]))
        other = {p for ps in theirs.values() for p in ps}
        if len(theirs) < TOLD_BY or len(other) != 1 or _names(sentence, next(iter(other))):
            continue                        # ("at La Rotonde Stalingrad in north-east Paris" / "in Paris")
        label, text, written = next((lab, t, places_in(t)[0][0]) for lab, t in telling if len(places_in(t)) == 1)
        says = f"{display.get(label, label)} puts it in {written}: “{text[:200]}”"
        rows.append(row("place", "where", place, "contradicted", [], sorted(theirs), says,
                        sentence_around(draft_text, start, end), start, end, written))
    return rows
