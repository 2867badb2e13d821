"""Which source sentence a draft sentence retells, and the name that source puts where the draft has its own.

A draft retells its sources' sentences in its own words; where it puts a name (a place, a body, a person) that the
sentence it retells does not give, and that sentence has another in its place, the draft has the name wrong: the
finders here return (source, its sentence, its name) for draft_text's rows. Candidates come from an index of the
sources' longer words, never from all pairs of sentences.
"""
from __future__ import annotations

import difflib

import regex
from rapidfuzz import fuzz

from checker.claims import CALENDAR_WORD, same_named
from checker.compare.sentence_index import ANY_WORD, sentences_sharing
from checker.reading.names import COMMON, PARTICLES, TITLES, fold, spelling_key, spelt_alike

NAME_WORD = regex.compile(r"\p{Lu}[\p{L}'’.-]*")
RESPELT_SCORE = 60         # rapidfuzz ratio from which two words are one spelt otherwise ("Fernandez" / "Hernandez")
MIN_SENTENCE_SCORE = 60    # rapidfuzz token_set_ratio of a draft sentence and the source sentence it retells
KNOWN_SENTENCE_SCORE = 70  # ... for a name the sources also give: it may come from another of their sentences


_CLAUSE_BREAK = regex.compile(r"[;:]\s+|,\s+(?:and|but|while|whereas)\s+|\s+(?:and|but)\s+(?=(?:according|the|a|an)\b)")


_JOINING = frozenset({"and", "but", "while", "whereas", "as"})


def retold_in(sentence: str, variant: str, index, sentences, least: float = 0) -> tuple[str, str, str] | None:
    """`_retold` for the draft's sentence, else for its clause holding the name: a draft sentence often joins two
    of the sources' ("Alarm Phone said 750 were on board, and according to MSF 100 children were in the hold")."""
    found = _retold(sentence, variant, index, sentences, least)
    if found is not None:
        return found
    clauses = _CLAUSE_BREAK.split(sentence)
    clause = next((c for c in clauses if variant in c), None)
    if clause is None or len(clauses) < 2 or len(ANY_WORD.findall(clause)) < 6:
        return None
    return _retold(clause, variant, index, sentences, least)


def _retold(sentence: str, variant: str, index, sentences, least: float = 0) -> tuple[str, str, str] | None:
    """(source, its sentence, the name standing where the draft has `variant`) for the source sentence the
    draft sentence retells best, when one does and has another capitalised name in that place. With `least`, the
    retelling must score that much, and none scoring that much may hold `variant` itself."""
    mine = ANY_WORD.findall(sentence)
    shared = sentences_sharing({w.lower() for w in mine if len(w) > 3 and w.lower() not in fold(variant).split()},
                               index)
    candidates = [n for n, k in shared.items() if k >= 3]
    if not candidates:
        return None
    scores = {n: fuzz.token_set_ratio(sentence, sentences[n][1]) for n in candidates}
    best = max(candidates, key=lambda n: (scores[n], -n))
    label, theirs_text = sentences[best]
    if scores[best] < max(MIN_SENTENCE_SCORE, least):
        return None
    if least and any(scores[n] >= least and f" {fold(variant)} " in f" {fold(sentences[n][1])} " for n in candidates):
        return None
    theirs = ANY_WORD.findall(theirs_text)
    parts = variant.split()
    # words alike but for British and American spelling ("Councillor" / "Councilor") are the same words
    matcher = difflib.SequenceMatcher(a=[spelling_key(w) for w in mine], b=[spelling_key(w) for w in theirs],
                                      autojunk=False)
    for op, i1, i2, j1, j2 in matcher.get_opcodes():
        # word for word, capitals for capitals: "Eastern District" for "Southern District", not a clause; or the
        # name's last part only, its first words the same ("Place de la Nation" / "Place de la Bastille")
        part = next((w for w in parts if w in mine[i1:i2]), None)
        if op != "replace" or part is None:
            continue
        k = parts.index(part)
        if k and mine[max(0, i1 - k):i1] != parts[:k]:
            continue
        at = i1 + mine[i1:i2].index(part)
        if mine[at - k:at - k + len(parts)] != parts:
            continue                        # "State" of "the State Council", not of "State Councillor Wang Yong"
        first, last = at - k, at - k + len(parts)
        if first < i1 and i2 < last and i1 - first <= j1 and all(NAME_WORD.fullmatch(w) for w in theirs[j1:j2]) \
                and fuzz.ratio(" ".join(mine[i1:i2]), " ".join(theirs[j1:j2])) < RESPELT_SCORE:
            # the draft's name around the words replaced: the source's name is its own name around them
            # ("Senate Judiciary Committee" / "Senate Finance Committee")
            return label, theirs_text, " ".join(theirs[j1 - (i1 - first):j2 + (last - i2)])
        lo, hi = at, at + 1
        while lo > i1 and NAME_WORD.fullmatch(mine[lo - 1]):
            lo -= 1
        while hi < i2 and NAME_WORD.fullmatch(mine[hi]):
            hi += 1
        other = theirs[j1 + (lo - i1):j1 + (hi - i1)]
        after = theirs[j1 + (hi - i1)] if j1 + (hi - i1) < j2 else ""
        whole = not (after in _INSIDE_NAMES or NAME_WORD.fullmatch(after))  # not "Charles" of "Charles de Gaulle"
        if len(other) == hi - lo and other and whole and all(NAME_WORD.fullmatch(w) for w in other) \
                and a_name(other):
            return label, theirs_text, " ".join(other)
        # a name of another length in the source's words there ("at Orly airport" / "at about 10 p.m. at
        # Paris-Charles de Gaulle airport"): its last name, particles inside it in lower case
        # (not where the draft's words there open a clause of their own, "and FEMA Director Michael Brown warned
        # evacuees", and the source goes on otherwise, "a formal step that lets Washington take a larger role")
        other = _last_name(theirs[j1:j2]) if mine[i1].lower() not in _JOINING else None
        if other and not any(w in mine for w in other if NAME_WORD.fullmatch(w)) and a_name(other):
            return label, theirs_text, " ".join(other)
    return None


FLANK_SCORE = 50   # token_set_ratio a source sentence needs for a name flanked alike in it to count


def flanked(sentence: str, variant: str, index, sentences) -> tuple[str, str, str] | None:
    """(source, its sentence, its name) where a source sentence, not the one the draft retells best, has another
    name where the draft has `variant`, with four of the five words around it the same, the one before always
    ("BJ Medical College in the Naroda area, where" / "BJ Medical College in the Meghaninagar area.")."""
    mine = ANY_WORD.findall(sentence)
    last = variant.split()[-1]
    if last not in mine:
        return None
    at = mine.index(last)
    first = at - len(variant.split()) + 1
    shared = sentences_sharing({w.lower() for w in mine if len(w) > 3 and w not in variant.split()}, index)
    for n in sorted((n for n, k in shared.items() if k >= 3), key=lambda n: -shared[n]):
        label, theirs_text = sentences[n]
        if fuzz.token_set_ratio(sentence, theirs_text) < FLANK_SCORE:
            continue
        theirs = ANY_WORD.findall(theirs_text)
        lowered = [w.lower().rstrip(".") for w in theirs]       # "area." ends a sentence: the word is "area"
        for j in range(1, len(theirs)):
            if not NAME_WORD.fullmatch(theirs[j]) or theirs[j] in mine or lowered[j - 1] != mine[first - 1].lower() \
                    if first >= 1 else True:
                continue
            around = [(mine[first - k].lower().rstrip(".") if first - k >= 0 else None,
                       lowered[j - k] if j - k >= 0 else "") for k in (2, 3)] + \
                     [(mine[at + k].lower().rstrip(".") if at + k < len(mine) else None,
                       lowered[j + k] if j + k < len(theirs) else "") for k in (1, 2)]
            if sum(a == b for a, b in around) >= 3 and another_name(variant, theirs[j], sentence, theirs_text):
                return label, theirs_text, theirs[j]
    return None


def another_name(mine: str, theirs: str, my_sentence: str, their_sentence: str) -> bool:
    """Whether `theirs` names something else than `mine` in the same role: not a spelling of it (the names check
    has those), not its country ("Japanese" / "Japan's"), not a possessive, not a sentence's first word, not a
    name the draft's sentence tells too ("in southern Brazil" / "in the southern Brazilian state of Rio Grande do
    Sul": the state is in Brazil)."""
    return _other_name_than(mine, theirs) and not (my_sentence.lstrip().startswith(mine)
                                                   or their_sentence.lstrip().startswith(theirs)
                                                   or _told_in(theirs, my_sentence))


ADJECTIVE_STEM = 5     # letters a name and the word made of it share ("Brazil" / "Brazilian", "Kenya" / "Kenyan")


def _told_in(name: str, sentence: str) -> bool:
    """Whether a sentence writes the name, or for a name of one word, a word made of it ("Brazilian")."""
    if not sentence:
        return False
    folded, words = fold(name), fold(sentence).split()
    if " " in folded:
        return f" {folded} " in f" {' '.join(words)} "
    stem = folded[:max(ADJECTIVE_STEM, len(folded) - 1)]
    return len(folded) >= ADJECTIVE_STEM and any(w.startswith(stem) for w in words)


def _other_name_than(mine: str, theirs: str) -> bool:
    """`another_name` wherever the two stand: not a spelling, a country, an initialism or a possessive of it."""
    a, b = fold(mine), fold(theirs)
    initials = ("".join(w[0] for w in a.split()), "".join(w[0] for w in b.split()))   # "U.S." / "United States"
    # "Japanese" / "Japan's" share a stem; "Place de la Nation" / "Place de la Bastille" share only a first word
    stem_alike = a[:5] == b[:5] and (" " not in a or a.split()[-1][:5] == b.split()[-1][:5])
    # "Minister Aden" / "Cabinet Secretary Aden Duale": the same man, titled otherwise
    untitled = {w for w in b.split() if w not in TITLES}
    retitled = bool(untitled) and untitled <= set(a.split()) and untitled != set(b.split())
    return not (spelt_alike(mine, theirs) or stem_alike or theirs.endswith(("'s", "’s")) or retitled
                or same_named(mine, theirs)         # "Britain" / "UK": one country
                # "France" / "the French Alps": the country, told by its adjective spelt otherwise
                or bool(b) and same_named(mine, b.split()[0]) or bool(a) and same_named(theirs, a.split()[0])
                or initialism_of(b.replace(" ", ""), initials[0]) or initialism_of(a.replace(" ", ""), initials[1]))


def initialism_of(short: str, initials: str) -> bool:
    """Whether a name written short is the initials of a long one: "us" of "United States", and "usa" too, whose
    "of America" sources leave out."""
    return short == initials or len(initials) >= 2 and short == initials + "a"


def a_name(words: list[str]) -> bool:
    """Not a capitalised function word opening a sentence ("The", "It"), nor a day or month ("Jan. 14")."""
    return not (len(words) == 1 and fold(words[0]) in COMMON) and not CALENDAR_WORD.fullmatch(words[0])


_INSIDE_NAMES = PARTICLES | {"the", "of", "for", "and", "la", "le", "des"}   # "Save the Children", "Bank of England"


def _last_name(words: list[str]) -> list[str]:
    """The last run of capitalised words in `words`, with the lower-case words names hold ("Charles de Gaulle")."""
    end = len(words)
    while end and not NAME_WORD.fullmatch(words[end - 1]):
        end -= 1
    start = end
    while start and (NAME_WORD.fullmatch(words[start - 1]) or
                     (words[start - 1] in _INSIDE_NAMES and start >= 2 and NAME_WORD.fullmatch(words[start - 2]))):
        start -= 1
    while start < end and fold(words[start]) in COMMON:
        start += 1                                    # "The CGT": the name is CGT
    return words[start:end] if end - start <= 5 else []


ORGANISATION_WORDS = frozenset("""agency authority bureau committee ministry department office service council commission
    union unions party bank police board court institute centre center corporation company group association
    federation confederation guard army navy force forces directorate administration regulator tribunal cross
    crescent journal times post herald tribune""".split())     # relief societies, newspapers
PLACE_KIND_WORDS = frozenset("""river island islands hall road street avenue square basilica church cathedral airport
    station hospital bridge bay sea lake mountain mountains province county district city town village region state
    gallery museum park stadium palace works plant mosque temple""".split())
SWAP_SHARED = 4         # words of substance a source sentence shares with the draft's to be the one it retells
SWAP_SCORE = 55         # ... and its rapidfuzz token_set_ratio with it
CLOSE_RETELLING = 8     # words shared by a retelling close enough that its one other name is the one in question
NAME_RUN = regex.compile(r"\p{Lu}[\p{L}\p{N}'’.&-]*(?:[ \t]+(?:(?:of|for|the|and|de|du|des|la|le|di|da|do|dello"
                          r"|della)[ \t]+)*\p{Lu}[\p{L}\p{N}'’.&-]*)*")


def kind_of(name: str) -> str:
    """"organisation" or "place" by the word a name ends in ("Tverskoy District Court", "Seti River"), else ""."""
    last = fold(name.split()[-1]).rstrip(".")
    return "organisation" if last in ORGANISATION_WORDS else "place" if last in PLACE_KIND_WORDS else ""


def _initials(name: str) -> str:
    return "".join(w[0] for w in name.split() if w[0].isupper())


def _one_body(a: str, b: str) -> bool:
    """Whether one name is the other's initials ("PHA" / "Pacific Health Agency", "USA" / "United States")."""
    return any(short.replace(".", "") == _initials(long) or short.isupper() and short.startswith(_initials(long))
               for short, long in ((a, b), (b, a)) if short.replace(".", "").isupper())


def sole_other_name(sentence: str, variant: str, index, sentences) -> tuple[str, str, str] | None:
    """(source, its sentence, its name) where the source sentence the draft's retells (most words of substance in
    common) names one thing the draft's does not, of the kind of the draft's name: "a wave of about 30 cm reached
    Japan's Ishigaki Island" where the source's "A wave of about 30cm reached Yonaguni"; "testified before the
    Senate Judiciary Committee" / "... the Senate Finance Committee". The draft's name no source writes."""
    at = sentence.find(variant)
    if at < 0 or _PART_OF_A_NAME.search(sentence, 0, at) or _NAME_GOES_ON.match(sentence, at + len(variant)) \
            or not sentence[:at].strip() and " " not in variant and not variant.isupper():
        return None                 # "Rak" of "Bang Rak", "Manhattan U.S." of "... Attorney"; a sentence's first word
    mine = ANY_WORD.findall(sentence)
    my_words = {fold(_POSSESSIVE_END.sub("", w)) for w in mine}
    own = set(fold(variant).split())
    shared = sentences_sharing({w.lower() for w in mine if len(w) > 3 and fold(w) not in own}, index)
    candidates = sorted((n for n, k in shared.items() if k >= SWAP_SHARED),
                        key=lambda n: (-shared[n], -fuzz.token_set_ratio(sentence, sentences[n][1]), n))
    for n in candidates:
        label, theirs_text = sentences[n]
        if fuzz.token_set_ratio(sentence, theirs_text) < SWAP_SCORE:
            continue
        others = _names_not_in(theirs_text, my_words, own)
        if not others:
            continue                 # a sentence telling another part of the draft's ("No damage was reported ...")
        chosen = _in_its_place(variant, sentence, others, theirs_text, shared[n] >= CLOSE_RETELLING)
        if chosen is None or not _other_name_than(variant, chosen) or _one_body(variant, chosen):
            return None
        return label, theirs_text, chosen
    return None


# a capitalised word just before the name, not a possessive ("Japan's Ishigaki Island") nor an article
_PART_OF_A_NAME = regex.compile(r"(?<![\p{L}'’])(?!(?:The|A|An)[ \t])\p{Lu}[\p{L}.-]*(?<!['’]s)[ \t]+\Z")
_NAME_GOES_ON = regex.compile(r"(?:['’]s)?[ \t]+\p{Lu}")      # "Manhattan U.S. Attorney", "Japan's Ishigaki"
_POSSESSIVE_END = regex.compile(r"['’]s\Z")
LEADING_ARTICLE = regex.compile(r"^(?:The|A|An)[ \t]+")


def _names_not_in(text: str, my_words: set[str], own: set[str]) -> list[tuple[str, int, int]]:
    """The names of a source sentence that the draft's sentence does not write, an acronym with its full name
    once: (name, start, end)."""
    found: list[tuple[str, int, int]] = []
    for m in NAME_RUN.finditer(text):
        lead = LEADING_ARTICLE.match(m.group())
        start = m.start() + (lead.end() if lead else 0)
        name = _POSSESSIVE_END.sub("", text[start:m.end()].rstrip("."))
        words = [fold(w) for w in name.split()]
        if not words or m.start() == 0 and len(words) == 1 and not name.isupper():
            continue                                    # a sentence's first word: capitalised anyway
        if all(w in COMMON or CALENDAR_WORD.fullmatch(w.capitalize()) for w in words):
            continue
        if all(w in my_words or w in COMMON for w in words) or name.lower() in own:
            continue                                    # the draft names it too
        if any(_one_body(name, o) for o, _, _ in found):
            continue                                    # "the Security Service of Ukraine (SBU)": one body
        found.append((name, start, start + len(name)))
    return found


def _in_its_place(variant: str, sentence: str, others: list[tuple[str, int, int]], text: str,
                  close: bool) -> str | None:
    """The one of `others` that stands where the draft's name does: its last word the same ("Seti River" for
    "Marsyangdi River"), else the same word before or after it ("owned by SNCF" / "owned since 2017 by Ferrovie
    ..."), else the same kind of name (a body for a body); None when that leaves none or several. A name left
    alone by elimination only counts in a `close` retelling."""
    at = sentence.find(variant)
    before, after = _neighbours(sentence, at, at + len(variant))
    last = fold(variant.split()[-1])
    kind = kind_of(variant)
    tests = [lambda o: fold(o[0].split()[-1]) == last and last in ORGANISATION_WORDS | PLACE_KIND_WORDS,
             lambda o: bool(({before, after} - {""}) & set(_neighbours(text, o[1], o[2]))),
             lambda o: bool(kind) and kind_of(o[0]) == kind]
    pool, placed = others, False
    for test in tests:
        narrowed = [o for o in pool if test(o)]
        if narrowed:
            pool, placed = narrowed, True
            if len(pool) == 1:
                break
    # one name left by elimination alone must at least not be of another kind ("a wave reached Ishigaki Island" /
    # "reached Yonaguni"; not "by the National Investigation Agency" / "..., South Eastern Circle")
    if len(pool) != 1 or not placed and (not close or kind and kind_of(pool[0][0]) != kind):
        return None
    return pool[0][0]


# the word before a name, past "the" and a possessive ("reached Japan's Ishigaki Island": "reached")
_WORD_BEFORE = regex.compile(r"(\p{L}+)[^\p{L}]{1,4}(?:the[ \t]+)?(?:\p{Lu}\p{L}*['’]s[ \t]+)?\Z")
_WORD_AFTER = regex.compile(r"[^\p{L}]{1,4}(\p{L}+)")


def _neighbours(text: str, start: int, end: int) -> tuple[str, str]:
    """The lower-case word before a name ("the" skipped) and the one after it."""
    words = (_WORD_BEFORE.search(text, max(0, start - 30), start), _WORD_AFTER.match(text, end))
    return tuple(m.group(1) if m and m.group(1).islower() else "" for m in words)


VOUCHING_WORDS = 3     # words of substance a source sentence shares with the draft's to vouch for a name in it,
#                        and half the draft sentence's at least


def vouched_names(verdicts, index, sentences) -> list[bool]:
    """For each claim verdict, whether it is an aligned sentence's `contradicted` name that another source writes in
    a sentence worded like the draft's: "Minas Gerais Governor Fernando Pimentel has described the collapse" set
    against one outlet's "Espirito Santo Governor Fernando Pimentel has called the collapse", where another writes
    "Governor Pimentel called the dam collapse the worst environmental disaster in the history of Minas Gerais".
    The sources differ among themselves there; the draft sides with one of them."""
    vouched = []
    for claim, verdict, name, sentence in zip(verdicts["claim"], verdicts["verdict"], verdicts["draft"],
                                              verdicts["sentence"]):
        if not (claim.startswith("aligned:") and verdict == "contradicted" and isinstance(name, str)
                and NAME_WORD.match(name) and isinstance(sentence, str)):
            vouched.append(False)
            continue
        own = fold(_whole_name(sentence, name))
        words = {w.lower() for w in ANY_WORD.findall(sentence) if len(w) > 3 and fold(w) not in own.split()}
        least = max(VOUCHING_WORDS, len(words) // 2)     # a long sentence shares three words with many
        vouched.append(any(k >= least and f" {own} " in f" {fold(sentences[n][1])} "
                           for n, k in sentences_sharing(words, index).items()))
    return vouched


_NAME_RUN = regex.compile(r"\p{Lu}[\p{L}'’.-]*(?:[ \t]+\p{Lu}[\p{L}'’.-]*)*")


def _whole_name(sentence: str, word: str) -> str:
    """The run of capitalised words `word` stands in, up to a title ("Royal Perth Hospital" of "Perth"; "Minas
    Gerais" of "Minas Gerais Governor Fernando Pimentel"): what a source must write to vouch for it."""
    for m in _NAME_RUN.finditer(sentence):
        parts = m.group().split()
        if word in parts:
            at = parts.index(word)
            start = max((i + 1 for i in range(at) if fold(parts[i]) in TITLES), default=0)
            end = min((i for i in range(at + 1, len(parts)) if fold(parts[i]) in TITLES), default=len(parts))
            return " ".join(parts[start:end])
    return word
