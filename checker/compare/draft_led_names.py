"""A name the draft puts after the words a source puts another name after.

"an eight-member crew employed by the Maryland Transportation Authority" where a source has "an eight-person crew
employed by Brawner Builders"; "testifying before the Senate Judiciary Committee" where one has "testified before
the Senate Finance Committee". The draft's sentence may share little else with the source's (a draft retells in
fewer words), so the words just before the name carry it: the same LEAD_WORDS words, two of them words of
substance, compared by their first PREFIX letters ("testifying" / "testified"). The draft's name is contradicted
only when the sources put one other name after those words, and none puts the draft's there.
"""
from __future__ import annotations

import regex

from checker.compare.draft_retold import NAME_RUN, kind_of
from checker.compare.sentence_index import ANY_WORD, sentences_sharing
from checker.reading import counts_people
from checker.reading.names import COMMON, fold

LEAD_WORDS = 3          # words before the name that say what it is named as
PREFIX = 5              # letters of a word that count, so that its forms meet ("employed" / "employs")
SUBSTANCE = 4           # letters a word of substance has at least
RETOLD_WORDS = 2        # words of substance after the name that a source sentence naming it shares: it is retold
_ARTICLES = frozenset({"the", "a", "an"})
_LOW_WORDS = frozenset("""that this with from have been were said says they their them about after into over also
    which when where while there than then what will would could should other some more most such only just""".split())
# a short lead: a long word and the link that names who did it or where it came from ("flyovers by the FEMA")
_SHORT_LEAD_LINKS = frozenset({"by", "from"})
SHORT_LEAD_LETTERS = 7
SHORT_LEAD_CONTEXT = 2  # other words of substance a source sentence shares with the draft's behind a short lead
_POSSESSIVE = regex.compile(r"['’]s?\Z")
_ARTICLE_OPENS = regex.compile(r"(?:the|a|an)[ \t]+", regex.IGNORECASE)   # ("testified before the Senate ...")
_OPENS_QUOTE = regex.compile(r"[\"“‘]\s*\Z")


def _key(word: str) -> str:
    return fold(_POSSESSIVE.sub("", word))[:PREFIX]


def _lead(words: list[str]) -> tuple[list[str], bool] | None:
    """The LEAD_WORDS words before a name (articles aside), in lower case and two of them of substance; else the
    two of a short lead ("flyovers by", "Monitors from"), which a source sentence must back with more words in
    common (the bool); else None."""
    plain = [w for w in words if w.lower() not in _ARTICLES]
    employer = _employer_lead(plain)
    if employer is not None:
        return employer, True
    lead = plain[-LEAD_WORDS:]
    if len(lead) == LEAD_WORDS and all(w.islower() for w in lead) \
            and sum(len(w) >= SUBSTANCE and w not in _LOW_WORDS and w not in COMMON for w in lead) >= 2:
        return [_key(w) for w in lead], False
    short = plain[-2:]
    opens = len(plain) == 2                     # "Monitors from": the long word may open the sentence
    if len(short) == 2 and short[1] in _SHORT_LEAD_LINKS and len(short[0]) >= SHORT_LEAD_LETTERS \
            and (short[0].islower() or opens) \
            and short[0].lower() not in _LOW_WORDS and short[0].lower() not in COMMON:
        return [_key(w.lower()) for w in short], True
    return None


# who employs a person: "a controller employed by X", "a controller with X", "a lawyer for X" tell one slot
_EMPLOYED = "@employer"
_EMPLOYER_LINKS = (("employed", "by"), ("working", "for"), ("with",), ("for",), ("at",))


def _employer_link(words: list[str], end: int) -> int:
    """How many of words[:end] (lower case) make an employer link ending at `end`; 0 for none."""
    for link in _EMPLOYER_LINKS:
        if tuple(words[max(0, end - len(link)):end]) == link:
            return len(link)
    return 0


def _employer_lead(plain: list[str]) -> list[str] | None:
    """[role, _EMPLOYED] where the words before a name are a person's role and an employer link."""
    lower = [w.lower() for w in plain]
    taken = _employer_link(lower, len(lower))
    if not taken or len(lower) <= taken:
        return None
    role = lower[-taken - 1]
    if not plain[-taken - 1].islower() or len(role) < SUBSTANCE or not counts_people(role + "s"):
        return None
    return [_key(role), _EMPLOYED]


def _names_after(text: str, lead: list[str]) -> list[str]:
    """The names `text` writes right after the words `lead` (articles aside)."""
    found = []
    tokens = list(ANY_WORD.finditer(text))
    plain = [(m, m.group().lower()) for m in tokens if m.group().lower() not in _ARTICLES]
    words = [w for _, w in plain]
    for k in range(len(plain) - len(lead) + 1):
        if lead[-1] == _EMPLOYED:
            taken = _longest_link(words, k + 1) if _key(words[k]) == lead[0] else 0
            if not taken:
                continue
            after = plain[k + taken][0].end()
        elif [_key(w) for w in words[k:k + len(lead)]] != lead:
            continue
        else:
            after = plain[k + len(lead) - 1][0].end()
        rest = text[after:after + 120].lstrip()
        article = _ARTICLE_OPENS.match(rest)
        rest = rest[article.end():] if article else rest
        named = NAME_RUN.match(rest)
        if named is not None:
            name = regex.split(r"['’]s\b", named.group())[0]      # "AirNav Indonesia's Palu branch": AirNav Indonesia
            found.append(_POSSESSIVE.sub("", name.rstrip(".,")))
    return found


def _longest_link(words: list[str], at: int) -> int:
    """The length of the employer link that starts at words[at] (0 for none)."""
    return next((len(link) for link in _EMPLOYER_LINKS if tuple(words[at:at + len(link)]) == link), 0)


def led_by_another(sentence: str, variant: str, index, sentences) -> tuple[str, str, str] | None:
    """(source, its sentence, its name) where the sources put one other name after the words the draft puts
    `variant` after, and none puts `variant` there."""
    at = sentence.find(variant)
    if at < 0 or _OPENS_QUOTE.search(sentence, 0, at):
        return None                             # a name a quotation opens with is the speaker's word
    found = _lead(ANY_WORD.findall(sentence[:at]))
    if found is None:
        return None
    lead, short = found
    words = {w.lower() for w in ANY_WORD.findall(sentence[:at])[-LEAD_WORDS - 2:] if len(w) >= SUBSTANCE}
    context = {w.lower() for w in ANY_WORD.findall(sentence) if len(w) >= SUBSTANCE} - _LOW_WORDS - words \
        if short else set()
    mine = fold(variant)
    # a source sentence naming the draft's name in the rest of the draft's words ("In Saint-Aubin, rivers burst
    # their banks overnight" for "rain on Saint-Aubin, where rivers burst their banks"): the one it retells
    rest = {w.lower() for w in ANY_WORD.findall(sentence[at + len(variant):]) if len(w) >= SUBSTANCE} - _LOW_WORDS
    for n, k in sentences_sharing(rest, index).items():
        if k >= RETOLD_WORDS and mine in fold(sentences[n][1]):
            return None
    others: dict[str, tuple[str, str, str]] = {}
    backed = sentences_sharing(context, index) if short else {}
    for n in sorted(sentences_sharing(words, index)):
        label, text = sentences[n]
        if short and backed.get(n, 0) < SHORT_LEAD_CONTEXT:
            continue
        beside = mine in fold(text)             # a sentence naming the draft's name too puts another beside it
        for name in _names_after(text, lead):
            theirs = fold(name)
            if theirs in mine or mine in theirs or theirs in fold(sentence):
                return None                     # a source names the draft's own there, or one the draft names too
            if beside:
                continue
            if kind_of(name) and kind_of(name) != kind_of(variant):
                continue                        # "on approach to Runway 33" / "to Reagan National Airport"
            others.setdefault(theirs, (label, text, name))
    return next(iter(others.values())) if len(others) == 1 else None


# "Geir Lippestad told NRK", "the lawyer, Geir Lippestad, told Norway's TV2": who a person spoke to, a name of its
# own slot (the outlet), compared with the outlets the sources say the same person told
_TOLD_BEFORE = regex.compile(r"(?P<who>\p{Lu}[\p{L}'’-]{2,})[ \t]*,?[ \t]+told[ \t]+(?:\p{Lu}\p{L}+['’]s[ \t]+)?"
                             r"(?:the[ \t]+)?\Z")
_TOLD = regex.compile(r"\btold[ \t]+(?:\p{Lu}\p{L}+['’]s[ \t]+)?(?:the[ \t]+)?")
WHO_PREFIX = 6          # letters of a surname that find it however a source spells its end ("Lippestadt")


def told_another(sentence: str, variant: str, index, sentences) -> tuple[str, str, str] | None:
    """(source, its sentence, the outlet) where the draft says a person told `variant` and the sources say the same
    person told another outlet, none of them `variant`."""
    at = sentence.find(variant)
    told = _TOLD_BEFORE.search(sentence, max(0, at - 80), at) if at > 0 else None
    if told is None:
        return None
    who = fold(told.group("who"))[:WHO_PREFIX]
    mine = fold(variant)
    others = None
    for n in sorted(sentences_sharing({told.group("who").lower(), "told"}, index)):
        label, text = sentences[n]
        if who not in fold(text):
            continue
        for m in _TOLD.finditer(text):
            named = NAME_RUN.match(text, m.end())
            if named is None or who not in fold(text[max(0, m.start() - 60):m.start()]):
                continue
            if fold(named.group()) == mine:
                return None                 # a source says so too
            others = others or (label, text, named.group().rstrip(".,"))
    return others
