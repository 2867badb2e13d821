"""Whose age an age with no name beside it is: "The 78-year-old former president showed little emotion".

Among the people whose age a source gives, the one named right after the age, else earlier in its sentence, else
the one the sources name beside the role word after it, else the subject of the sentence before, else the one
the text names far more than the others, else the one its headline names; no one where the sentence before
brings someone in unnamed ("a Pakistani man ... The 23-year-old had denied").
"""
from __future__ import annotations

from collections import Counter

import regex

from checker.claims.document import Document
from checker.reading import PERSON_NOUNS, Quantity
from checker.reading.names import COMMON, TITLES, fold, folding_pattern

# "The 78-year-old former president showed little emotion": a person the story has named, told by age alone
# ("its 40-year-old captain": a role the sources name someone in, as "the 40-year-old captain" is)
THE_AGE = regex.compile(r"\b(?:[Tt]he|[Ii]ts)[ \t\u00a0]+\Z")
DOMINANT = 2                  # the story's person is named at least this many times as often as the next one


_ROLE_WORDS = regex.compile(r"(?:[ \t\u00a0]+\p{Ll}[\p{Ll}-]*(?<!ed)){0,3}[ \t\u00a0]+")
# the capitalised words of a role before the name ("Nobel laureate Dr"), up to a verb, a preposition or a comma
_WORD_AFTER = regex.compile(r"\G[ \t\u00a0]*(?:(?P<stop>[^\p{L}\s]|(?:who|was|is|has|had|told|said|says|at|in|on|of"
                            r"|by|from|to|with|and|or)\b|\p{Ll}+ed\b)|(?P<word>[\p{L}'’-]+))")


def _named_after(doc: Document, age: Quantity, pattern) -> str | None:
    """The person named right after the age, by surname alone or after a role ("the 84-year-old Yunus", "the
    76-year-old former leader Hasina", "the 83-year-old Nobel laureate Dr Yunus"): a name of two words or more
    was taken by `age_owner` already."""
    gap = _ROLE_WORDS.match(doc.text, age.end)
    for word in _WORD_AFTER.finditer(doc.text, gap.end() if gap else age.end, age.end + 60):
        if word.group("stop"):
            return None
        named = pattern.match(doc.text, word.start("word"))
        if named:
            return fold(named.group())
    return None


_GIVEN_BEFORE = regex.compile(r"(?<![\p{L}'’-])(\p{Lu}[\p{Ll}'’-]+)[ \t\u00a0]+\Z")


def _named_later(doc: Document, age: Quantity, pattern, fullest: dict[str, tuple[str, ...]]) -> set[str]:
    """The people named in the age's sentence after it; a surname after another given name than the person's is a
    relative's ("The 12-year-old had gone with his father, Roy Nation")."""
    sentence = doc.index.at(age.start)
    if sentence is None:
        return set()
    named = set()
    for m in pattern.finditer(doc.text, age.end, sentence.end):
        surname = fold(m.group())
        given = _GIVEN_BEFORE.search(doc.text, max(0, m.start() - 30), m.start())
        word = fold(given.group(1)) if given else ""
        if not word or len(fullest[surname]) < 2 or word in fullest[surname] or word in TITLES or word in COMMON:
            named.add(surname)
    return named


def _named_before(doc: Document, age: Quantity, pattern) -> str | None:
    """The person named earlier in the age's own sentence."""
    sentence = doc.index.at(age.start)
    named = list(pattern.finditer(doc.text, sentence.start, age.start)) if sentence is not None else []
    return fold(named[-1].group()) if named else None


ROLE = regex.compile(r"[ \t\u00a0]+((?:former[ \t\u00a0]+)?\p{Ll}[\p{Ll}-]{3,})\b")


class _RoleOwners:
    """"the 55-year-old president-elect": the person the sources most often name beside that role word
    ("President-elect Javier Milei", "Milei, the president-elect"), if one person leads."""

    def __init__(self, docs: dict[str, Document], surnames: list[str]):
        self.texts = [doc.text for doc in docs.values()]
        self.surnames = surnames
        self.known: dict[str, str | None] = {}

    def __call__(self, text: str, end: int) -> str | None:
        role = ROLE.match(text, end)
        if role is None:
            return None
        word = role.group(1).lower()
        if word not in self.known:
            names = "|".join(map(regex.escape, self.surnames))
            near = regex.compile(rf"\b{regex.escape(word)}\b(?:\W+\w+){{0,3}}?\W+(?P<a>{names})\b|"
                                 rf"\b(?P<b>{names})\b(?:\W+\w+){{0,3}}?\W+{regex.escape(word)}\b",
                                 regex.IGNORECASE)
            counts = Counter(fold(m.group("a") or m.group("b")) for t in self.texts for m in near.finditer(t))
            ranked = counts.most_common(2)
            self.known[word] = ranked[0][0] if ranked and (len(ranked) == 1 or ranked[0][1] > ranked[1][1]) else None
        return self.known[word]


def _subject_before(doc: Document, age: Quantity, pattern, fullest: dict[str, tuple[str, ...]]) -> str | None:
    """The person at the head of the sentence before ("Massa had already conceded. Shortly after 8pm, the
    51-year-old minister walked on stage"), or the only one it names ("It was just after half past nine when Thomas
    Hamilton walked into the gym. The 42-year-old, a former shopkeeper, had driven from Stirling")."""
    sentence = doc.index.at(age.start)
    if sentence is not None and sentence.index > 0:
        before = doc.sentences[sentence.index - 1]
        head = pattern.search(doc.text, before.start, min(before.end, before.start + 30))
        if head:
            return fold(head.group())
        named = list(pattern.finditer(doc.text, before.start, before.end))
        if len({fullest[fold(m.group())] for m in named}) == 1 and _DOES_AFTER.match(doc.text, named[-1].end()):
            return fold(named[0].group())
    return None


# "released a Pakistani man arrested after ...": someone the sentence brings in unnamed
_SOMEONE = regex.compile(r"\b(?:[Aa]n?|[Oo]ne)[ \t\u00a0]+(?P<words>[\p{L}-]+(?:[ \t\u00a0]+[\p{L}-]+){0,2})")


def _someone_before(doc: Document, age: Quantity) -> bool:
    """Whether the sentence before brings in a person unnamed ("a Pakistani man"): "The 23-year-old had denied any
    involvement" is that person, not whoever the story names most."""
    sentence = doc.index.at(age.start)
    if sentence is None or sentence.index == 0:
        return False
    before = doc.sentences[sentence.index - 1]
    return any(w in PERSON_NOUNS or w + "s" in PERSON_NOUNS
               for m in _SOMEONE.finditer(doc.text, before.start, before.end) for w in m["words"].split())


# the name as the subject of its clause: a verb right after it ("when Thomas Hamilton walked into the gym"), not a
# preposition, a conjunction or the sentence's end ("against some 11.5 million for Mr Massa.")
_DOES_AFTER = regex.compile(r",?[ \t\u00a0]+"
                            r"(?!(?:at|in|on|of|by|from|to|with|and|or|for|as|the|a|an|who|whose|that|which)\b)"
                            r"\p{Ll}{2,}\b")


# things that have an age too, never a person's: "the 158-year-old firm", "the 30-year-old steel bridge"
_THINGS = frozenset("""firm company bank lender insurer business group brand chain newspaper institution exchange
    building bridge dam tower plant factory mine ship vessel ferry boat car vehicle plane aircraft jet airliner train
    station church cathedral mosque temple school university hospital house home hotel stadium tradition structure
    road tunnel pipeline reactor""".split())
_WORDS_AFTER = regex.compile(r"(?:[ \t\u00a0]+\p{Ll}[\p{Ll}-]*){0,2}")


def _headline_person(doc: Document, pattern) -> str | None:
    """The one person the source's headline (else its first sentence) names: who the story is about."""
    for line in doc.sentences[:4]:          # a "Date:" line may come before the headline
        named = {fold(m.group()) for m in pattern.finditer(doc.text, line.start, line.end)}
        if named or not line.is_heading:
            return named.pop() if len(named) == 1 else None
    return None


def _middle_words(fullest: dict[str, tuple[str, ...]]) -> dict[str, tuple[str, ...]]:
    """The words between the first and the last of names of three words or more, each to its one name: a
    Spanish first surname stands for the person without the second ("Francisco José Garzón" of "... Garzón Amo")."""
    owners: dict[str, set[tuple[str, ...]]] = {}
    for name in fullest.values():
        for word in name[1:-1]:
            if word not in fullest and word not in TITLES and word not in COMMON and len(word) > 2:
                owners.setdefault(word, set()).add(name)
    return {word: names.pop() for word, names in owners.items() if len(names) == 1}


def unnamed_ages(docs: dict[str, Document], seen: set, names: set[tuple[str, ...]]) -> list:
    """Ages with no name beside them ("the 53-year-old economist"), owned, among the people whose age a source
    gives, by the one named right after it, else the one named earlier in the sentence, else the one the sources
    name beside the role word after the age, else the subject of the sentence before, else (unless that sentence
    brings someone in unnamed) the one the text names far more than the others, else the one its headline names."""
    fullest: dict[str, tuple[str, ...]] = {}
    for name in sorted(names):          # in order: of two names as long, the same one on every run
        if len(name) > len(fullest.get(name[-1], ())):
            fullest[name[-1]] = name
    if not fullest:
        return []
    fullest |= _middle_words(fullest)
    # (the names are folded; the text spells them with their accents: "garzon" is "Garzón")
    pattern = regex.compile(r"\b(?:" + "|".join(map(folding_pattern, sorted(fullest))) + r")\b", regex.IGNORECASE)
    found = []
    by_role = _RoleOwners(docs, sorted(fullest))
    for label, doc in docs.items():
        ages = [q for q in doc.quantities if q.kind == "age" and q.low == q.high and (label, q.start) not in seen
                and THE_AGE.search(doc.text, max(0, q.start - 6), q.start)]
        if not ages:
            continue
        counts = Counter(fold(m.group()) for m in pattern.finditer(doc.text)).most_common(2)
        dominant = counts[0][0] if counts and counts[0][1] >= 2 and (
            len(counts) == 1 or counts[0][1] >= DOMINANT * counts[1][1]) else None
        for q in ages:
            if any(w.lower() in _THINGS for w in _WORDS_AFTER.match(doc.text, q.end).group().split()):
                continue            # "the 158-year-old firm", "the 30-year-old steel bridge": no person's age
            after = _named_after(doc, q, pattern)
            owner = after or _named_before(doc, q, pattern) or by_role(doc.text, q.end) \
                or _subject_before(doc, q, pattern, fullest) \
                or not _someone_before(doc, q) and (dominant or _headline_person(doc, pattern))
            if owner and owner != after and owner in _named_later(doc, q, pattern, fullest):
                continue            # "The 42-year-old, who shot Lena Marsh": anyone's age but hers
            if owner:
                found.append((label, fullest[owner], q))
    return found
