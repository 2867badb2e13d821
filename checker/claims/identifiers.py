"""Numbers that name a thing: "flight 2283" in three sources, "flight 2883" in a fourth.

A number after a label word is no count (the readers leave it alone), so no claim compares it. Here each label
word the story uses ("flight", "route", "runway") is one claim `id:<label>` when every source that writes it
gives it one number, two sources or more write it, and the numbers they give are one number mistyped: as long,
and differing in at most MAX_DIFFERENT characters or in the order of the same ones. A story of two flights has sources giving both, and "bus 12"
and "bus 7" are two buses: neither makes a claim. A draft giving the number the sources agree on mistyped makes one
too.
"""
from __future__ import annotations

from collections import Counter, defaultdict

import regex

from checker.claims.document import Document, Mention
from checker.claims.rules import Rule, made_rule

ID_CLAIM = "id:"
PHONE = "phone"                 # "call 197", "dial 197", "the hotline 197": one number to call, however asked
PHONE_CLAIM = ID_CLAIM + PHONE
MAX_DIFFERENT = 2
_LABELED = regex.compile(r"\b(?P<label>[Ff]light|[Rr]oute|[Rr]unway|[Hh]ighway|[Rr]esolution|[Pp]latform|[Gg]ate"
                         r"|[Pp]ad|[Pp]ier|[Bb]erth|[Tt]erminal|[Hh]angar"
                         r"|[Tt]ank|[Jj]unction|[Ee]xit|[Rr]eactor|[Ss]haft"
                         r"|[Cc]all(?:ing)?|[Dd]ial(?:ling|ing)?|[Hh]otline|[Hh]elpline)"
                         r"[ \t\u00a0]+(?:[Nn]o\.?[ \t\u00a0]*)?"
                         r"(?P<id>(?P<code>[A-Z]{1,3}|[A-Z]\d|\d[A-Z])?[ \t\u00a0-]?(?P<number>\d{1,5})[A-Z]?)\b")


def _mention(doc: Document, m: regex.Match, claim: str, event: str) -> Mention | None:
    sentence = doc.index.at(m.start("id"))
    if sentence is None:
        return None
    # "flight J2-8243" and "Flight 8243": one flight, its airline's code written or not
    number = m.group("number") if m.group("label").lower() == "flight" else m.group("id").replace("-", "")
    return Mention(source=doc.source.label, path=doc.source.path, role=doc.source.role, claim=claim, kind="entity",
                   low=None, high=None, text=m.group(), start=m.start(), end=m.end(), value=number.replace(" ", "").upper(),
                   why=f"{m.group()}: {_what_it_names(claim, m.group('label'))}", sentence=sentence.text,
                   sentence_index=sentence.index, event=event, event_how="the story's own event")


def _what_it_names(claim: str, label: str) -> str:
    return "the number to call" if claim == PHONE_CLAIM else f"the number that names the {label.lower()}"


def _mistyped(numbers: set[str]) -> bool:
    if len(numbers) != 2:
        return False
    a, b = sorted(numbers)
    if len(a) == len(b) == 1:
        return abs(int(a) - int(b)) == 1   # "junction 8" / "junction 9": the neighbour's number; 2 and 7 are two roads
    # a digit or two wrong, or the same digits in another order ("8243" / "8432")
    return len(a) == len(b) and (sum(x != y for x, y in zip(a, b)) <= MAX_DIFFERENT or sorted(a) == sorted(b))


def identifier_claims(docs: dict[str, Document], event: str) -> tuple[list[Mention], list[Rule]]:
    """A claim for each label word whose sources give it two numbers, one a mistyping of the other."""
    found: dict[str, list[Mention]] = defaultdict(list)
    for doc in docs.values():
        for m in _LABELED.finditer(doc.text):
            label = m.group("label").lower()
            label = PHONE if label.startswith(("call", "dial", "hotline", "helpline")) else label   # one number
            made = _mention(doc, m, ID_CLAIM + label, event)
            if made is not None:
                found[label].append(made)
    mentions, rules = [], []
    for label, made in found.items():
        theirs = [m for m in made if m.role != "draft"]
        if theirs:
            # another flight told in passing ("the downing of Flight MH17 in 2014") is no version of this one
            common = Counter(m.value for m in theirs).most_common(1)[0][0]
            theirs = [m for m in theirs if m.value == common or _mistyped({m.value, common})]
            made = theirs + [m for m in made if m.role == "draft"]
        by_source: dict[str, set[str]] = defaultdict(set)
        for m in theirs:
            by_source[m.source].add(m.value)
        numbers = {m.value for m in theirs}
        drafted = {m.value for m in made if m.role == "draft"}
        if any(len(v) > 1 for v in by_source.values()) or not (
                len(by_source) >= 2 and _mistyped(numbers)
                or len(numbers) == 1 and len(drafted) == 1 and _mistyped(numbers | drafted)):
            continue                        # (the draft's "flight 2383" where every source writes "flight 2283")
        rules.append(made_rule(ID_CLAIM + label, "entity", f"{label.capitalize()} number", "auto",
                               description="the number that names a thing"))
        mentions += made
    return mentions, rules
