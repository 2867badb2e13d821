"""Whom the draft ties a person to, against whom the sources tie them to.

"Sitanshu Kar of the National Disaster Response Force said" where the sources write "Sitanshu Kar, director general
of the government's Press Information Bureau"; "Julius Abure, national chairman of the Peoples Democratic Party"
where they write "Labour Party chairman Julius Abure"; "Fergus Saurin, a lawyer for Top Shine Global" where he is
"a lawyer for an ad hoc group of creditors". The name is right and the body beside it is not, so neither the
spelling check nor the title check sees it.

The draft's body for a person is read in four shapes: "Name of the Body", "Name, a role of/for/at/with the Body",
"Name, a Body role" and "Body role Name". The sources speak to it when one of their sentences naming the person
ties them to a body in one of those shapes. The draft's body is `contradicted` when most of its words of substance
are in none of the sources' sentences naming that person, and `supported` when they all are in one.
"""
from __future__ import annotations

import unicodedata

import regex

from checker.compare.draft_text import row
from checker.compare.name_findings import sentence_around
from checker.reading.names import CALENDAR, COMMON, PLACE_KINDS, TITLES, fold

_WORD = regex.compile(r"[\p{L}\p{N}][\p{L}\p{N}'’&.-]*")
_POSSESSIVE = regex.compile(r"['’]s?\Z")
_PERSON = (r"(?P<given>\p{Lu}\p{Ll}{1,})(?:[ \t]+\p{Lu}\.)?[ \t]+(?P<surname>\p{Lu}[\p{Ll}'’-]*\p{Lu}?[\p{Ll}'’-]+)"
           r"(?![\p{L}'’-])")
# the people who speak for a body, or hold a post in it
ROLES = ("chairman chairwoman chair leader spokesman spokeswoman spokesperson officer director head chief president "
         "secretary minister lawyer attorney prosecutor commissioner superintendent inspector manager editor "
         "adviser advisor analyst economist researcher professor scientist engineer guard employee member "
         "official executive founder owner captain pilot commander counsel administrator coordinator deputy agent "
         "detective trooper firefighter worker nurse doctor reporter correspondent volunteer").split()
_ROLE = "|".join(sorted(ROLES, key=len, reverse=True))
_CAP = r"\p{Lu}[\p{L}\p{N}'’&.-]*"
# "Sitanshu Kar of the National ...", "Fergus Saurin, a lawyer for Top Shine ...", "Sean Collier, 26, of Cambridge"
_AFTER = regex.compile(
    rf"{_PERSON}(?:,[ \t]+\p{{N}}{{1,3}})?(?:[ \t]+of|,[ \t]+(?:(?:a|an|the)[ \t]+)?(?P<role>(?:[\p{{L}}-]+[ \t]+)"
    rf"{{0,4}}?)(?:of|for|at|with|employed[ \t]+by|who[ \t]+works[ \t]+for|from))[ \t]+"
    rf"(?P<body>(?:[^,.;:()\n\"“”]|(?<=\b\p{{Lu}})\.)+)")
# "Richard Donohue, 33, a Massachusetts State Police officer"
_APPOSED = regex.compile(rf"{_PERSON}(?:,[ \t]+\p{{N}}{{1,3}})?,[ \t]+(?:a|an|the)[ \t]+"
                         rf"(?P<body>{_CAP}[ \t]+(?:[\p{{L}}'’-]+[ \t]+){{0,4}}?)(?:{_ROLE})\b")
# "A Boston police officer, Richard Donohue"
_ROLE_FIRST = regex.compile(rf"\b(?:[Aa]n?|[Tt]he)[ \t]+(?P<body>(?:[\p{{L}}'’-]+[ \t]+){{1,3}}?)(?:{_ROLE}),[ \t]+"
                            rf"{_PERSON}")
# "Labour Party chairman Julius Abure", "Government spokesman Sitanshu Kar"
_BEFORE = regex.compile(rf"(?<![\p{{L}}\p{{N}}'’&.-])(?P<body>(?:{_CAP}[ \t]+){{1,5}}?)(?:\p{{Ll}}+[ \t]+)?"
                        rf"(?:{_ROLE})[ \t]+{_PERSON}")
# what ends a body's name: a verb of saying, a clause, a time
_STOP = frozenset("""said says say told tells who which that whose was were is are has had have will would
    on in when after before since to as while until but and or asked called warned added announced""".split())
# words that name no body in particular, and the role words a role may carry
_SMALL = frozenset("the a an of for and at de del la le du des von van".split())
GENERIC = frozenset("""office department service services agency company group unit team national state federal
    government organisation organization body staff""".split())
_BODY_NOUNS = frozenset("""office department ministry service services agency company group unit team police army navy
    force forces party union council committee court board bureau institute authority commission government
    creditors operator firm bank fund university hospital school church club league agency administration
    directorate brigade corps guard guards squad centre center network association foundation charity examiner
    coroner""".split())
_ROLE_WORDS = frozenset(ROLES) | {"general", "deputy", "assistant", "senior", "national", "lead", "former",
                                  "acting", "vice", "regional", "local", "security", "press"}
_NOT_SURNAMES = COMMON | CALENDAR | PLACE_KINDS | _BODY_NOUNS | GENERIC | frozenset(
    "management capital holdings partners inc ltd plc llc corp place".split())
MOSTLY_ELSEWHERE = 0.5     # share of the draft's words for the body no source sentence naming the person holds


def _plain(word: str) -> str:
    return fold(_POSSESSIVE.sub("", word)).rstrip(".")


def _body_words(phrase: str) -> tuple[list[str], int, int]:
    """The body's name from the start of `phrase`: its capitalised words and the nouns of bodies, and the
    lower-case words between them ("a police forensic unit", "the government's Press Information Bureau"); with
    where in `phrase` it starts and ends."""
    kept, pending, end = [], [], 0           # (word, where it starts)
    for n, w in enumerate(_WORD.finditer(phrase)):
        low = _plain(w.group())
        if n == 9 or low in _STOP and kept:
            break
        if w.group()[0].isupper() or low in _BODY_NOUNS or w.group().endswith(("'s", "’s")):
            kept += [*pending, (low, w.start())]
            pending, end = [], w.end()
        elif low in _SMALL or sum(p not in _SMALL for p, _ in pending) < 2:
            pending.append((low, w.start()))
        else:
            break
    start = next((at for w, at in kept if w not in _SMALL), 0)
    kept = [w for w, _ in kept]
    words = [w for w in kept if w not in _SMALL and w not in CALENDAR]
    return words, start, end


_INITIALISM = regex.compile(r"\b\p{Lu}{2,}\b")
_NAME_RUN = regex.compile(r"\p{Lu}[\p{L}'’.-]*(?:[ \t]+(?:(?:of|the|and|for)[ \t]+)*\p{Lu}[\p{L}'’.-]*)+")


_LEGAL_FORMS = frozenset("inc ltd llc plc corp co ag sa nv gmbh".split())


def _initials(text: str) -> set[str]:
    """The initials of each run of capitalised words, and of its last words: "mit" of "Massachusetts Institute of
    Technology", "ukip" of "U.K. Independence Party", "dps" of "Texas Department of Public Safety"."""
    out = set()
    for m in _NAME_RUN.finditer(text):
        words = [w for w in m.group().split() if w[0].isupper()]
        if len(words) > 2 and words[-1].rstrip(".,").lower() in _LEGAL_FORMS:
            words.pop()                 # "ICG" of "International Coal Group Inc"
        letters = "".join(w.replace(".", "") if w.endswith(".") else w[0] for w in words)
        out.update(letters[i:].lower() for i in range(len(letters) - 1))
    return out


def ties(sentence: str) -> list[tuple[str, str, list[str], int, int]]:
    """(given name, surname, the body's words, start, end of the body) for each person tied to a body here."""
    found = []
    for pattern in (_AFTER, _APPOSED, _ROLE_FIRST, _BEFORE):
        for m in pattern.finditer(sentence, overlapped=True):
            given, surname = m.group("given"), m.group("surname")
            if fold(given) in COMMON | TITLES | CALENDAR or fold(surname) in _NOT_SURNAMES:
                continue                            # "Capital Management, arrives at", "Martin Place, a plaza"
            words, a, b = _body_words(m.group("body"))
            words = [w for w in words if w not in _ROLE_WORDS or pattern is _AFTER]
            if pattern is _AFTER and m.group("role") and any(fold(w) in _STOP for w in m.group("role").split()):
                continue                            # "Kar, who said on Friday": no role, no body
            if words:
                found.append((given, surname, words, m.start("body") + a, m.start("body") + b))
    return found


def unaccented(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


def naming_words(sentences: list[tuple[str, str]], given: str, surname: str) -> set[str]:
    """The words (and initials) of the sentences naming the person."""
    return set().union(*(words_of(text) for _, text in naming(sentences, given, surname)))


SAME_STEM = 5          # the shorter of two forms of one word, which begins the longer ("ingush" / "ingushetia",
#                        "municipal" / "municipality", "india" / "indian")


def held_in(word: str, words: set[str]) -> bool:
    """Whether `word` is among `words`, as written, by a part of it ("cgt" of "cgt-chimie"), or in another form."""
    if word in words or "-" in word and any(part in words for part in word.split("-")):
        return True
    return len(word) >= SAME_STEM and any(len(w) >= SAME_STEM and (w.startswith(word) or word.startswith(w))
                                          for w in words)


def substance_of(words: list[str]) -> list[str]:
    """The words that tell one body from another ("Press Information" of "Press Information Bureau")."""
    return [w for w in words if w not in GENERIC] or words


def mostly_elsewhere(words: list[str], held: set[str]) -> bool:
    """Whether most of a body's words of substance are not among `held` (the words of sentences naming a person)."""
    substance = substance_of(words)
    return sum(not held_in(w, held) for w in substance) > MOSTLY_ELSEWHERE * len(substance)


def words_of(text: str) -> set[str]:
    return {_plain(w) for w in _WORD.findall(text)} | _initials(text)


def naming(sentences: list[tuple[str, str]], given: str, surname: str) -> list[tuple[str, str]]:
    """The source sentences naming the person: the surname, with the draft's given name where one stands before it."""
    given, surname = unaccented(given), unaccented(surname)      # "Fernández" is "Fernandez" written plain
    pattern = regex.compile(rf"(?:(?P<before>\p{{Lu}}\p{{Ll}}+)[ \t]+(?:\p{{Lu}}\.[ \t]+)?)?\b{regex.escape(surname)}"
                            rf"(?![\p{{L}}'’-])")
    out = []
    for label, text in sentences:
        plain = unaccented(text)
        if surname not in plain:
            continue
        for m in pattern.finditer(plain):
            before = m.group("before")
            if before is None or before == given or fold(before) in COMMON | TITLES or before[0] == given[0]:
                out.append((label, text))
                break
    return out


def draft_affiliation_rows(draft_text: str, draft_sentences, sentences: list[tuple[str, str]],
                           display: dict[str, str], taken: list[tuple[int, int]]) -> list[dict]:
    """A row for each body the draft ties a named person to, where a source sentence naming the person ties them
    to a body too: `contradicted` when the draft's body is mostly in none of the sentences naming the person,
    `supported` when all its words are in one. `sentences`: (label, text) of every source sentence."""
    rows = []
    for span in draft_sentences:
        sentence, offset = draft_text[span.start:span.end], span.start
        for given, surname, words, a, b in ties(sentence):
            start, end = offset + a, offset + b
            if any(s < end and start < e for s, e in taken):
                continue
            named = naming(sentences, given, surname)
            tied = [(label, text, theirs, text[a2:b2]) for label, text in named
                    for g, s, theirs, a2, b2 in ties(text)
                    if unaccented(s) == unaccented(surname) and g[0] == given[0]]
            if not tied:
                continue                            # no source ties the person to any body
            substance = substance_of(words)
            held = [words_of(text) for _, text in named]
            label, text, theirs, _ = tied[0]
            # a body in lower case may be one a source names by its initials ("the disaster agency" / "BNPB")
            unnamed = not any(c.isupper() for c in draft_text[start:end]) and any(
                _INITIALISM.search(body) for *_, body in tied)
            if mostly_elsewhere(words, set().union(*held)) and not unnamed:
                body = " ".join(theirs)
                says = f"{display.get(label, label)} ties {given} {surname} to {body}: “{text[:200]}”"
                rows.append(row("organisation", f"{given} {surname}", draft_text[start:end], "contradicted", [],
                                sorted({t[0] for t in tied}), says, sentence_around(draft_text, start, end),
                                start, end, body))
            else:
                holding = [(lab, t) for (lab, t), h in zip(named, held) if all(held_in(w, h) for w in substance)]
                if not holding:
                    continue
                supporting = sorted({lab for lab, _ in holding})
                label, text = holding[0]
                says = f"{display.get(label, label)}: “{text[:200]}”"
                rows.append(row("organisation", f"{given} {surname}", draft_text[start:end], "supported",
                                supporting, [], says, sentence_around(draft_text, start, end), start, end,
                                draft_text[start:end]))
    return rows
