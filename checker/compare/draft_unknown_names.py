"""A name in the draft that no source writes at all, in a sentence that retells one of theirs.

"an inquiry by the National Investigation Agency" where the source sentence it retells recommends "a Central Bureau
of Investigation probe"; "released by the Civil Aviation Board" where it has "the country's transport ministry". The
checks in draft_text.py need the sources' sentence to hold another capitalised name in the draft's place; here the
draft's name is one none of the sources writes, in any sentence, and a source sentence tells the same thing (worded
like the draft's, the name set aside):

  contradicted  that sentence has a name, or words naming a kind of body or place, where the draft has its name
  unsupported   it tells the thing without naming anything there ("close to his family" / "... in Palo Alto")

A name the sources write in other words ("the New York Fed" for "the Federal Reserve Bank of New York", "USA" for
"United States", "German" for "Germany's") is not this check's: a name is absent only when a word of substance in
it is.
"""
from __future__ import annotations

import difflib

import regex
from rapidfuzz import fuzz
from rapidfuzz.utils import default_process

from checker.claims import CALENDAR_WORD, other_names, with_other_names
from checker.compare.draft_retold import ORGANISATION_WORDS
from checker.compare.sentence_index import ANY_WORD, figure_keys, sentences_sharing
from checker.compare.draft_text import row
from checker.compare.name_findings import sentence_around
from checker.compare.source_names import (CAPITALISED_RUN, NAMED_KIND_WORDS, STEM_LETTERS, SourceNames, name_words,
                                          spelling_of)
from checker.reading.names import COMMON, fold

_SENTENCE_START = regex.compile(r"(?:^|[.!?:;\"“”(\n]|\s[-–—])\s*\Z")
_POSSESSIVE = regex.compile(r"['’]s?\Z")
_WORD = regex.compile(r"[\p{L}\p{N}][\p{L}\p{N}'’.&-]*(?<![.'’-])")
_NOT_A_NAME_AFTER = regex.compile(r"[$€£¥\p{N}]")     # "HK$200 million", "A$5m", "F-16": a currency or model
_ARTICLE = regex.compile(r"^(?:The|A|An)[ \t]+")
_HEADING_WORDS = frozenset({"the", "a", "an", "in", "on", "at", "by", "for", "from", "with", "and", "but", "as"})
RETELLING_SCORE = 70    # rapidfuzz token_set_ratio of the draft's sentence (its name set aside) and the source's
RETELLING_SHARED = 4    # words of substance the two share


def source_words(sources: list[tuple[str, str, list]], names: "SourceNames") -> frozenset[str]:
    """Every word any source writes, folded, possessive set aside ("Japan's" is "japan"), the beginnings of each
    from STEM_LETTERS letters on, so that "Germany" is written where a source writes "German", and the initials of
    their names (`names`), so that "FAA" is written where they write "Federal Aviation Administration"."""
    words = {w for _, text, _ in sources for w in name_words(text)}
    # the initials a name may go by, marked apart from the words: "UP" is no "up" ("Universal Pictures" is not
    # written where the sources only write "went up"), "USA" and "U.S." are "United States"
    acronyms = names.initials | {a.replace(".", "").lower() for _, text, _ in sources for a in _ACRONYM.findall(text)}
    return frozenset(words | names.initials | {w[:k] for w in words for k in range(STEM_LETTERS, len(w))}
                     | {spelling_of(w) for w in words} | {_AS_INITIALS + a for a in acronyms})


_ACRONYM = regex.compile(r"(?<![\p{L}.])\p{Lu}(?:\.?\p{Lu})+\.?(?!\p{L})")
_AS_INITIALS = "^"


def absent_words(name: str, written: frozenset[str]) -> list[str]:
    """The words of substance of `name` that no source writes: "Anac" -> ["anac"]; "Armenian-backed" where they
    write "Armenian" -> []; "Federal Reserve Bank of New
    York", where the sources write "Federal Reserve" and "New York", -> []; "United States" where they write
    "USA" -> []; "Germany's" where they write "German" -> []."""
    words = [w for w in name_words(name) if w not in COMMON and len(w) > 1 and not w.isdigit()]
    initials = "".join(w[0] for w in words)
    if len(words) > 1 and (_AS_INITIALS + initials in written or _AS_INITIALS + initials + "a" in written):
        return []
    # "Armenian-backed", "Kremlin-linked": the part in lower case is a word, not a name's; the compound is
    # written where its capitalised parts are
    lower = {fold(part) for part in regex.findall(r"(?<=-)\p{Ll}[\p{L}'’]*", name)}
    absent = [w for w in words if w not in lower and w not in written
              and w[:max(STEM_LETTERS, len(w) - 1)] not in written and spelling_of(w) not in written
              and not any(other in written for other in other_names(w))]     # "Dutch" for the Netherlands
    return [w for w in absent if "-" not in w or any(part in absent for part in w.split("-"))]


def unknown_name_rows(draft_text: str, sources: list[tuple[str, str, list]], index, sentences,
                      display: dict[str, str], taken: list[tuple[int, int]],
                      contested: list[tuple[int, int]] = ()) -> list[dict]:
    """`contradicted` or `unsupported` rows for the names of the draft no source writes, each in a sentence
    retelling a source's, or one word away from a name of theirs;
    `index` and `sentences` are draft_retold.sentence_index's, `taken` the spans other rows already judge,
    `contested` those they call contradicted."""
    names = SourceNames(sources)
    written = source_words(sources, names)
    rows = []
    for m in CAPITALISED_RUN.finditer(draft_text):
        name, start = m.group(), m.start()
        if _SENTENCE_START.search(draft_text, max(0, start - 4), start):
            first, _, rest = name.partition(" ")
            if first.lower() in _HEADING_WORDS or first.lower() in COMMON or not rest:
                if not rest:
                    continue            # a sentence's first word: capitalised anyway
                name, start = rest, start + len(first) + 1
        name = name.rstrip(".")
        # "On Tuesday Volkswagen admitted": a day or month beside a name is no part of it
        first, _, rest = name.partition(" ")
        if rest and CALENDAR_WORD.fullmatch(first):
            name, start = rest, start + len(first) + 1
        name = regex.sub(rf"[ \t]+(?:{CALENDAR_WORD.pattern})\Z", "", name)
        end = start + len(name)
        if _NOT_A_NAME_AFTER.match(draft_text, end):
            continue
        if any(a < end and start < b for a, b in contested) or CALENDAR_WORD.fullmatch(name):
            continue
        missing = absent_words(name, written)
        if missing and any(not absent_words(other, written) for other in other_names(name)):
            continue                    # "Britain" where the sources write "the UK": one country
        unwritten = not missing and names.never_together(name)
        if not missing and not unwritten:
            continue
        sentence = sentence_around(draft_text, start, end)
        sibling = names.one_word_from(name, missing)
        if sibling is None and missing:
            sibling = names.after_the_same_verb(draft_text, start, name) or names.partner_of(draft_text, start, name) \
                or names.after_the_same_kind(draft_text, start, name)
        if sibling is None:
            sibling = names.sole_of_its_kind(name)
        if sibling is not None:         # outweighs a row on a part of it ("Committee", spelt as the sources do)
            label, theirs = sibling
            rows.append(row("place or name", name, name, "contradicted", [], [label],
                            f"no source names {name}; {display.get(label, label)} names {theirs}", sentence,
                            start, end, theirs))
            continue
        if any(a < end and start < b for a, b in taken):
            continue
        found = _retold(sentence, name, index, sentences)
        if found is None:
            continue
        label, theirs, instead = found
        # (its words by their other names too: "Dutch and Swiss" where the draft has "Netherlands and Switzerland")
        named = {fold(x) for x in with_other_names(name_words(name))}
        if unwritten and (not instead or set(name_words(instead)) & named - COMMON):
            continue        # its words are the sources', apart: only another body in its place says it is wrong
        who = display.get(label, label)
        if instead:
            rows.append(row("place or name", name, name, "contradicted", [], [label],
                            f"no source names {name}; {who} has “{instead}” there: “{theirs[:200]}”", sentence,
                            start, end, instead))
        else:                   # the source tells it without naming anything there: the draft adds a name
            rows.append(row("place or name", name, name, "unsupported", [], [],
                            f"no source names {name}; {who} tells it without: “{theirs[:200]}”", sentence, start,
                            end, ""))
    return rows


MAX_PLACE_WORDS = 8     # words a lower-case body may take in the source ("the country's transport ministry")


def in_its_place(sentence: str, name: str, theirs: str) -> str:
    """What the source sentence has where the draft's sentence has `name`: the name it writes there ("Central
    Bureau of Investigation" for "National Investigation Agency"), else a few words saying what kind of thing
    ("Japan's transport ministry"); "" where it has nothing there ("The judge said" / "Judge Lewis Kaplan said")."""
    mine, words = ANY_WORD.findall(sentence), ANY_WORD.findall(theirs)
    parts = set(name.split())
    matcher = difflib.SequenceMatcher(a=[w.lower() for w in mine], b=[w.lower() for w in words], autojunk=False)
    own = {fold(w) for w in mine}
    ops = matcher.get_opcodes()
    for at, (op, i1, i2, j1, j2) in enumerate(ops):
        if op not in ("replace", "delete") or not parts & {w.rstrip(".,;:") for w in mine[i1:i2]}:
            continue
        if op == "replace":
            named = _name_in(words, j1, j2, own)
            if named:
                return named
            there = words[j1:j2]
            kinds = [k for k, w in enumerate(there) if fold(w) in NAMED_KIND_WORDS and fold(w) not in own]
            if kinds and kinds[-1] < MAX_PLACE_WORDS:
                return " ".join(there[:kinds[-1] + 1]).rstrip(".")     # up to the word saying what it is
        # the source's name a word or two away ("at his Tenafly home" / "at his home in Englewood")
        for near, b1, b2 in [(o, b1, b2) for o, _, _, b1, b2 in ops[max(0, at - NEAR_OPS):at + NEAR_OPS + 1]]:
            named = _name_in(words, b1, b2, own) if near in ("insert", "replace") and b1 != j1 else ""
            if named:
                return named
    return ""


NEAR_OPS = 2     # edits either side of the draft's name where the source's name may stand instead


def _name_in(words: list[str], j1: int, j2: int, own: set[str]) -> str:
    """A name of the source beginning in words[j1:j2], read on past the block ("Central Bureau" + "of
    Investigation", the draft's own "Investigation" having matched), that is not the draft's own words."""
    rest, inside = " ".join(words[j1:]), len(" ".join(words[j1:j2]))
    named = CAPITALISED_RUN.search(rest, 0, inside)
    while named is not None and (all(fold(w) in own or fold(w) in COMMON for w in named.group().split())
                                 or CALENDAR_WORD.fullmatch(named.group())
                                 or CALENDAR_WORD.fullmatch(rest[named.start():named.end() + 1])):   # "Jan."
        named = CAPITALISED_RUN.search(rest, named.end(), inside)
    return CAPITALISED_RUN.match(rest, named.start()).group() if named is not None else ""


_CLAUSE_END = regex.compile(r"[,;:]\s+|\s+[-–—]\s+|\s+(?:and|but|while|alongside|after|before|as)\s+")


def _retold(sentence: str, name: str, index, sentences) -> tuple[str, str, str] | None:
    """(source, its sentence, its words in the name's place) for a source sentence the draft's tells again in like
    words, its name aside: the clause holding the name first, for a draft sentence often joins two of theirs. Of
    the sentences that retell it, one with something in the name's place says more than one without."""
    at = sentence.find(name)
    cuts = [0] + [m.end() for m in _CLAUSE_END.finditer(sentence)] + [len(sentence)]
    lo = max(c for c in cuts if c <= max(at, 0))
    hi = min(c for c in cuts if c >= at + len(name))
    clause = sentence[lo:hi]
    for part in ([clause] if clause != sentence and len(ANY_WORD.findall(clause)) >= RETELLING_SHARED + 2 else []) \
            + [sentence]:
        found = _retellings(part, name, index, sentences)
        for label, theirs in found:
            instead = in_its_place(part, name, theirs)
            if instead:
                return label, theirs, instead
        if found and _is_body(name):
            for label, theirs in found:
                body = _the_other_body(theirs, sentence)
                if body:
                    return label, theirs, body
        if found:
            return *found[0], ""
    return None


def _is_body(name: str) -> bool:
    return any(w in ORGANISATION_WORDS for w in name.lower().split())


def _the_other_body(theirs: str, sentence: str) -> str:
    """The one body a source sentence names, anywhere in it, that the draft's sentence does not: "A federal
    investigation is being led by the Federal Safety Board" retells "The National Standards Institute, a federal
    agency, has opened an investigation", whose body stands first. Two bodies there, or none, say nothing."""
    told = set(name_words(sentence))
    bodies = {_ARTICLE.sub("", m.group()) for m in CAPITALISED_RUN.finditer(theirs)
              if _is_body(m.group()) and not set(name_words(m.group())) - COMMON <= told}
    return bodies.pop() if len(bodies) == 1 else ""


MAX_RETELLINGS = 5     # the closest retellings looked at for a name in the draft's name's place


def _retellings(sentence: str, name: str, index, sentences) -> list[tuple[str, str]]:
    """The source sentences (source, text) that retell the draft's in like words, its name aside, closest first."""
    own = set(fold(name).split())
    rest = " ".join(w for w in ANY_WORD.findall(sentence) if fold(w) not in own)
    # a figure of theirs counts as a word: "In Lyon, the CGT claimed 245,000 marchers" retells "... the CGT claimed
    # 245,000" in a sentence too short for four words in common
    words = {w.lower().rstrip(".") for w in ANY_WORD.findall(rest) if len(w) > 3} | figure_keys(sentence)
    shared = sentences_sharing(words, index)
    need = max(3, min(RETELLING_SHARED, len(words) - 1))
    scored = [(fuzz.token_set_ratio(rest, sentences[n][1], processor=default_process), n)
              for n, k in shared.items() if k >= need]
    close = sorted(((-score, n) for score, n in scored if score >= RETELLING_SCORE))[:MAX_RETELLINGS]
    return [sentences[n] for _, n in close]
