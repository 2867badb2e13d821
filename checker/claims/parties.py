"""Parties and currencies: a claim's figures split by whose they are or the money they are in.

Parties: where sources give one claim's figures from two parties or more (police and organisers, a ministry and the
WHO), each party's figures are a claim of their own (`crowd_size@authorities`, `crowd_size@organisers`), compared
within the party; the comparer adds a `parties differ` row for the gap between them.
"""
from __future__ import annotations

from collections import Counter

import regex

from checker.claims.document import Mention
from checker.claims.rules import Rule

PARTY_MARK = "@"


def split_parties(mentions: list[Mention], rules: list[Rule]) -> list[Rule]:
    """Give each attributed count mention its party's claim where one claim has figures from several parties."""
    rule_of = {r.id: r for r in rules}
    parties: dict[tuple[str, str], set[str]] = {}
    for m in mentions:
        if m.party and not m.superseded and m.role != "draft" and getattr(rule_of.get(m.claim), "kind", "") == "count" \
                and not str(m.unit).startswith("minutes"):     # a moment is no party's estimate: one time for all
            parties.setdefault((m.claim, m.event), set()).add(m.party)
    made: dict[str, Rule] = {}
    for m in mentions:
        if not m.party or len(parties.get((m.claim, m.event), ())) < 2:
            continue
        _move(m, rule_of[m.claim], PARTY_MARK + m.party, f", by {m.party}", made)
    return list(made.values())


def _move(mention: Mention, rule: Rule, mark: str, label: str, made: dict[str, Rule]) -> None:
    """Give the mention the claim `<rule><mark>`, made (once) as a part of the rule."""
    claim = rule.id + mark
    if claim not in made:
        made[claim] = rule.part(claim, rule.label + label)
    mention.claim = claim


_CURRENCY_CODE = regex.compile(r"[A-Z]{3,4}")
# currencies a loose word stands for: "$" and "dollars" any dollar, "kroner" the Danish crown as the Norwegian
_LOOSE_FAMILIES = {"USD": frozenset({"USD", "AUD", "NZD", "CAD", "HKD", "SGD", "TWD", "ZWD", "JMD", "NAD", "FJD"}),
                   "NOK": frozenset({"NOK", "DKK"})}
_LOOSE_WORDS = regex.compile(r"(?<![A-Za-z.])\$|\bdollars?\b|\bkron(?:er|e)\b", regex.IGNORECASE)
_WIRE_DATELINE = regex.compile(r"\((?:AP|Reuters?|AFP|Bloomberg|Dow Jones)\)")
DATELINE_REACH = 600
_NAMED_CURRENCY = regex.compile(r"\b(?:US|U\.S\.|American|Norwegian|USD|NOK)\b|[A-Z]{1,3}\$")


def _loose(m: Mention) -> bool:
    """Whether a sum's currency is a loose word ("$860,000", "1.5 billion kroner"), not a named one ("US$", "NOK")."""
    return m.unit in _LOOSE_FAMILIES and bool(_LOOSE_WORDS.search(m.text)) and not _NAMED_CURRENCY.search(m.text)


TOKEN_UNITS = frozenset({"BTC", "ETH", "USDT", "USDC"})   # crypto tokens: counted things more than currencies


def as_token(word: str) -> str:
    """A crypto token's name as its currency code ("usdt" -> "USDT"), so that a part named after it ("$181,000 in
    the USDT stablecoin") is the one its currency names ("181,000 USDT"); any other word as it is."""
    return word.upper() if word.upper() in TOKEN_UNITS else word


def split_currencies(mentions: list[Mention], rules: list[Rule], documents: dict | None = None) -> list[Rule]:
    """Money is compared within one currency: where a claim's figures come in several ("$625 million",
    "173,600 ETH"), those in other currencies than the commonest are a claim of their own (`amount_stolen:ETH`)."""
    rule_of = {r.id: r for r in rules}
    # an international wire's "$" is the US dollar, whatever country it writes from ("SYDNEY (AP) - ... $520 million")
    wires = {label for label, doc in (documents or {}).items() if _WIRE_DATELINE.search(doc.text, 0, DATELINE_REACH)}
    loose = {id(m) for m in mentions if _loose(m) and not (m.source in wires and m.unit == "USD")}
    currencies: dict[str, Counter] = {}
    for m in mentions:
        if m.unit and _CURRENCY_CODE.fullmatch(m.unit) and m.claim in rule_of and id(m) not in loose:
            currencies.setdefault(m.claim, Counter())[m.unit] += 1
    for m in mentions:
        # a bare "$" or "kroner" is the dollar or the crown the claim's other figures name, where they name one
        counts = currencies.get(m.claim)
        if counts and id(m) in loose:
            named = min(counts, key=lambda u: (-counts[u], u))
            m.unit = named if named in _LOOSE_FAMILIES[m.unit] else m.unit
            counts[m.unit] += 1
    made: dict[str, Rule] = {}
    for m in mentions:
        counts = currencies.get(m.claim)
        if not counts or len(counts) < 2 or m.unit not in counts \
                or m.unit == min(counts, key=lambda u: (-counts[u], u)):
            continue
        _move(m, rule_of[m.claim], f":{m.unit}", f" (in {m.unit})", made)
    return list(made.values())
