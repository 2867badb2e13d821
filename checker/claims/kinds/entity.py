"""Reader for rules of kind `entity`: who did something ("a Moscow-brokered truce").

Three shapes of wire-copy phrasing, built from the rule's own words:
  NAME-VERB ... CUE        "a US-brokered ceasefire", "a Moscow-sponsored peace deal"
  CUE VERB by|through NAME "a peace deal brokered by Russia"
  NAME VERB a|the ... CUE  "Turkey brokered a truce"
A name is looked up in the rule's alias table first (case-sensitive, so the
pronoun "us" is never the US), then matched fuzzily (rapidfuzz) against it; a
name nothing reaches is kept as written, never dropped.
"""
from __future__ import annotations

from functools import lru_cache

import regex
from rapidfuzz import fuzz, process

from checker.claims.document import Document, Mention
from checker.claims.rules import Rule, phrase_alternation
from checker.claims.kinds._near import mention

FUZZY_CUTOFF = 85
# A capitalised name of up to four words ("the Russian side" -> "Russian"), or initials like "U. S."
_NAME = r"(?:(?!(?:A|An|The|This|That|Its|Their)\s)\p{Lu}[\p{L}'’]*(?:\.\s?\p{Lu}\.?)*(?:\s\p{Lu}[\p{L}'’]+){0,3})"


_SPACES_AND_DOTS = regex.compile(r"[\s.]+")

def _alias_regex(aliases: list[str]) -> str:
    parts = []
    for alias in sorted(set(aliases), key=len, reverse=True):
        # "U.S." also as "U. S."; spaces as any white space
        body = regex.escape(alias).replace(r"\.", r"\.\s?").replace(r"\ ", r"\s+")
        parts.append(body)
    return "(?-i:" + "|".join(parts) + ")"


@lru_cache(maxsize=None)
def _compiled(rule: Rule) -> tuple["regex.Pattern[str]", dict[str, str]]:
    spec = rule.spec
    canonical = {}
    for name, aliases in spec.entities.items():
        for alias in [name, *aliases]:
            canonical[_fold(alias)] = name
    names = f"(?:{_alias_regex([a for n, al in spec.entities.items() for a in [n, *al]])}|(?-i:{_NAME}))"
    verbs, cues = phrase_alternation(spec.verbs), phrase_alternation(spec.cues)
    filler = r"(?:[\w'’-]+\s+){0,3}?"
    shapes = [
        rf"(?<![\w-])(?P<name>{names})-{verbs}\s+{filler}(?P<cue>{cues})(?![\w])",
        rf"(?<![\w-])(?P<cue>{cues})\s+(?:(?:was|were|is|had\s+been|been)\s+)?{verbs}\s+(?:by|through|via|with)\s+(?:the\s+)?(?P<name>{names})",
        rf"(?<![\w-])(?P<name>{names})\s+(?:has\s+|had\s+|have\s+)?{verbs}\s+(?:a|an|the)\s+{filler}(?P<cue>{cues})(?![\w])",
    ]
    # The verb may follow a hyphen ("Moscow-brokered"), so it gets its own finder.
    verb_finder = regex.compile(rf"(?<!\w){verbs}(?!\w)", regex.IGNORECASE)
    return regex.compile("|".join(f"(?:{s})" for s in shapes), regex.IGNORECASE), canonical, verb_finder


def _fold(name: str) -> str:
    return _SPACES_AND_DOTS.sub("", name).casefold()


def canonicalize(rule: Rule, written: str) -> tuple[str, float | None]:
    """The entity a name stands for, and how sure: 100 from the alias table."""
    _, canonical, _ = _compiled(rule)
    folded = _fold(written)
    if folded in canonical:
        return canonical[folded], 100.0
    match = process.extractOne(folded, list(canonical), scorer=fuzz.WRatio, score_cutoff=FUZZY_CUTOFF)
    if match:
        return canonical[match[0]], round(match[1], 1)
    return written, None


VERB_REACH = 90  # characters around a verb that one shape can span


def _matches_near_verbs(verb_finder, pattern, text: str):
    """The full pattern is costly (a name may start at any capital), so it runs
    only in a window around each verb ("brokered", "mediated") the text holds."""
    seen = set()
    for verb in verb_finder.finditer(text):
        window_start = max(0, verb.start() - VERB_REACH)
        for match in pattern.finditer(text, window_start, min(len(text), verb.end() + VERB_REACH)):
            if match.start() <= verb.start() and verb.end() <= match.end() and match.span() not in seen:
                seen.add(match.span())
                yield match


def read(rule: Rule, doc: Document) -> list[Mention]:
    has_cue = doc.cues[rule.id]["cue"] if doc.cues is not None else rule.cue_pattern.search(doc.text)
    if not has_cue:  # prefilter: no cue noun at all
        return []
    pattern, _, verb_finder = _compiled(rule)
    found = []
    for match in _matches_near_verbs(verb_finder, pattern, doc.text):
        start, end = match.span("name")  # the regex module lets the three shapes share group names
        sentence = doc.index.at(match.start())
        if sentence is None or match.end() > sentence.end:
            continue
        written = doc.text[start:end]
        value, score = canonicalize(rule, written)
        why = "alias table" if score == 100 else (f"fuzzy match {score:.0f}" if score else "no alias matched; kept as written")
        found.append(mention(rule, doc, sentence, match.start(), match.end(), low=None, high=None,
                             unit="entity", value=value, why=f"{written} -> {value} ({why})", score=score,
                             extra={"name": written}))
    return found
