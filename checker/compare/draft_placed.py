"""Where a source puts the thing the draft places: "supporters at his coalition's headquarters in Tigre" / "at
his campaign headquarters in the Buenos Aires neighbourhood of Chacarita". The same word placing it and words of
substance around it say it is the same thing; the source's place in the draft's stead is returned as draft_retold's
finders return theirs: (source, its sentence, its place).
"""
from __future__ import annotations

import regex

from checker.claims import CALENDAR_WORD
from checker.compare.draft_retold import NAME_WORD, a_name, another_name
from checker.compare.sentence_index import ANY_WORD, sentences_sharing
from checker.reading.names import COMMON, fold

PLACE_WORDS = frozenset({"in", "at", "near", "outside", "on", "from", "of", "with"})
PLACE_PARTICLES = frozenset("of de du des la le di da do del".split())   # inside a place's name
_AT_OR_IN = frozenset({"in", "at"})     # "on a beach at Rimini" / "on a beach in Cesenatico": one place word
NEAR_WORDS = 6     # words either side of the place whose words of substance say what is there
THEIR_NEAR_WORDS = 9   # ... in the source sentence, before its place: a retelling drops words ("on Wednesday morning")
BEARINGS = frozenset("north south east west northeast northwest southeast southwest north-east north-west south-east "
                     "south-west".split())


def placed_alike(sentence: str, variant: str, index, sentences, skip: str | None = None) -> tuple[str, str, str] | None:
    """(source, its sentence, its place) where a source puts the same thing somewhere else (see placed_at)."""
    found = placed_at(sentence, variant, index, sentences, skip)
    return found[:3] if found else None


def placed_at(sentence: str, variant: str, index, sentences,
              skip: str | None = None) -> tuple[str, str, str, int] | None:
    """(source, its sentence, its place, where the place starts in it) where a source puts the same thing somewhere
    else: the same word before the place ("in"), and two words of substance of the six before it the source's too
    ("supporters at his coalition's headquarters in Tigre" / "supporters at his campaign headquarters in the Buenos
    Aires neighbourhood of Chacarita"), or one before and three either side ("Lula da Silva was in Campinas, in Sao
    Paulo state, visiting" / "Lula, who was in Araraquara in São Paulo state inspecting"), though the sentences are
    worded too far apart to be retold one from the other. The sentences of source `skip` are not read: a source's
    place is checked against the others'."""
    mine = [w.rstrip(".") for w in ANY_WORD.findall(sentence)]      # "in New York.": the name is "York"
    parts = variant.split()
    at = next((i for i in range(1, len(mine)) if mine[i:i + len(parts)] == parts), None)
    if at is None or mine[at - 1].lower() not in PLACE_WORDS or CALENDAR_WORD.fullmatch(variant):
        return None                         # "on Monday": a day, which the dates check
    found = _placed_alike(sentence, mine, variant, at, at - 1, index, sentences, skip)
    placed = _place_word_before_kind(mine, at - 1)
    if found is None and placed != at - 1:  # "near the coastal town of Carrefour" / "near Léogâne": by "near"
        found = _placed_alike(sentence, mine, variant, at, placed, index, sentences, skip)
    return found


def _placed_alike(sentence: str, mine: list[str], variant: str, at: int, placed: int, index,
                  sentences, skip: str | None) -> tuple[str, str, str, int] | None:
    """placed_at, with the name at mine[at] and the word that places it at mine[placed]."""
    parts = variant.split()
    word_before = mine[placed].lower()
    after = at + len(parts)
    near_before = {fold(w) for w in mine[max(0, placed - NEAR_WORDS):placed] if len(w) > 3}
    near_after = {fold(w) for w in mine[after:after + NEAR_WORDS] if len(w) > 3}
    near = near_before | near_after
    if len(near_before) < 2:
        return None
    shared = sentences_sharing(near, index)
    if skip is not None:
        shared = {n: k for n, k in shared.items() if sentences[n][0] != skip}
    if any(_told_there(variant, sentences[n][1], near) for n, k in shared.items() if k >= 2):
        return None                         # a source tells of it there too ("in Chiva, 491 litres ... fell")
    elsewhere = set(mine[:at] + mine[after:])      # the words of my sentence outside my place
    found = None
    for n in sorted((n for n, k in shared.items() if k >= 2), key=lambda n: (-shared[n], n)):
        label, theirs_text = sentences[n]
        spans = [m.span() for m in ANY_WORD.finditer(theirs_text)]
        theirs = [theirs_text[a:b] for a, b in spans]
        lowered = [w.lower() for w in theirs]
        for j, w in enumerate(lowered[:-1]):
            if w != word_before and not (w in _AT_OR_IN and word_before in _AT_OR_IN):
                continue
            start = j + 2 if lowered[j + 1] == "the" else j + 1
            start += _kind_of_place_at(theirs, start)         # "from the northwestern town of Saqqez"
            end = start
            while end < len(theirs) and (end == start or "," not in theirs_text[spans[end - 1][1]:spans[end][0]]):
                if NAME_WORD.fullmatch(theirs[end]):
                    end += 1                # "in Fort Lauderdale, Florida": the place ends at the comma
                elif end > start and theirs[end] in PLACE_PARTICLES and end + 1 < len(theirs) \
                        and NAME_WORD.fullmatch(theirs[end + 1]):
                    end += 2                # "Plaça de Catalunya"
                else:
                    break
            # the words either side of the place: "Lula da Silva was in Campinas, in Sao Paulo state, visiting"
            # / "Lula, who was in Araraquara in São Paulo state inspecting"
            before = near_before & {fold(x) for x in lowered[max(0, j - THEIR_NEAR_WORDS):j]}
            both = before | near_after & {fold(x) for x in lowered[end:end + NEAR_WORDS]}
            # "Mazan, a small town northeast of Marseille" / "Mazan, a town ... northeast of Avignon": the same
            # bearing from a place, of the same thing the two sentences name
            bearing = word_before == "of" and j and lowered[j - 1] == mine[at - 2].lower() in BEARINGS \
                and any(w in theirs for w in mine[1:at - 2] if NAME_WORD.fullmatch(w) and fold(w) not in COMMON)
            if len(before) < 2 and (not before or len(both) < 3) and not bearing:
                continue
            other = theirs[start:end]
            if other and other[-1].endswith(".") and other[-1].count(".") == 1:
                other = other[:-1] + [other[-1][:-1]]     # "the town of Dorne.": the sentence's full stop
            if fold(" ".join(other)) == fold(variant):
                return None                 # a source puts it where the draft does
            # "Fort Lauderdale" for "Fort Myers" is another place; "Paris" beside "in north-east Paris", or a name
            # one sentence holds inside the other's ("Myers" / "Fort Myers"), is not
            if found is None and other and a_name(other) and not any(w in elsewhere for w in other) \
                    and not (set(other) <= set(parts) or set(parts) <= set(other)) \
                    and not CALENDAR_WORD.fullmatch(other[0]) \
                    and another_name(variant, " ".join(other), sentence, theirs_text):
                found = label, theirs_text, " ".join(other), spans[start][0]
    return found


def _told_there(variant: str, text: str, near: set[str]) -> bool:
    """Whether the source sentence tells of the thing the draft places there, there ("in Chiva, 491 litres ...
    fell"): a word of the draft's beside the place, two where the source names it as another name's place ("Matthias
    Müller, until now chairman of Porsche AG in Stuttgart", beside a board meeting the draft puts in Stuttgart)."""
    for m in regex.finditer(rf"\b{regex.escape(variant)}\b", text):
        owner = _OWNER_BEFORE.search(text, max(0, m.start() - 40), m.start())
        owned = owner is not None and not CALENDAR_WORD.fullmatch(owner.group(1))
        around = ANY_WORD.findall(text[:m.start()])[-THEIR_NEAR_WORDS:] + \
            ANY_WORD.findall(text[m.end():])[:THEIR_NEAR_WORDS]
        if len(near & {fold(w) for w in around}) >= (2 if owned else 1):
            return True
    return False


_OWNER_BEFORE = regex.compile(r"(?<=\S[ \t]+)(\p{Lu}[\p{L}'’.-]*)[ \t]+(?:in|at)[ \t]+(?:the[ \t]+)?\Z")


_PLACE_KINDS = frozenset("town city village region province district state county port resort area island capital "
                         "suburb municipality neighbourhood neighborhood".split())


def _place_word_before_kind(words: list[str], at: int) -> int:
    """Where the place word stands when words[at] is the "of" of a kind of place ("near the coastal town of"):
    the index of "near"; else `at`."""
    if words[at].lower() != "of" or at < 2 or words[at - 1].lower() not in _PLACE_KINDS:
        return at
    for j in range(at - 2, max(-1, at - 5), -1):
        if words[j].lower() in PLACE_WORDS and words[j].lower() != "of":
            return j
        if not words[j].islower():
            break
    return at


def _kind_of_place_at(words: list[str], start: int) -> int:
    """How many words at `start` say what kind of place the name after them is ("northwestern town of", "city
    of"): up to two words in lower case before the kind, "of" after it; none when no kind is told there."""
    for k in range(start, min(start + 3, len(words) - 1)):
        if not words[k].islower():
            break
        if words[k] in _PLACE_KINDS and words[k + 1] == "of":
            return k + 2 - start
    return 0
