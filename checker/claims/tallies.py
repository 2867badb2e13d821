"""Votes told as a tally: "overrode the veto 84-4", "by 84 votes to six", "195 in favour and 106 against".

A tally is two figures, the votes for and the votes against, and outlets write it in unlike forms, so
neither the quantity reader (which leaves "84-4" alone: it is most often a score) nor a rule reads it.
Here each tally in a sentence about a vote gives two open figures, `votes for` and `votes against`, with
the words around the tally; the open claims then pair them across sources like any figure, so "84-4"
and "84 votes to six" meet and their "against" figures conflict.
"""
from __future__ import annotations

from collections import defaultdict

import regex

from checker.claims.context_words import figure_context
from checker.claims.document import Document, Mention
from checker.claims.open_figures import OpenItem, resolve_names

_SMALL = ("zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen "
          "seventeen eighteen nineteen twenty").split()
_NUMBER = r"(?:\d{1,4}|" + "|".join(_SMALL) + r")"
_TALLY = regex.compile(
    rf"(?<![\p{{L}}\d.,-])(?P<yes>{_NUMBER})(?:"
    rf"[ \t]?[-–][ \t]?(?P<no>{_NUMBER})(?![\d-])"                                   # 84-4
    rf"|[ \t]+votes?[ \t]+(?:to|against)[ \t]+(?P<no2>{_NUMBER})\b"                  # 84 votes to six
    rf"|[ \t]+(?:votes[ \t]+)?in[ \t]+fav(?:ou)?r[ \t]+(?:and|to|with)[ \t]+(?P<no3>{_NUMBER})[ \t]+against\b)",
    regex.IGNORECASE)
# the sentence must be about a vote: "84-4" alone is a match score as often as a tally
_VOTE = regex.compile(r"\b(?:vot(?:e|es|ed|ing)|ballot|overr(?:ode|ide|idden)|veto|passed|approved|adopted|"
                      r"rejected|lawmakers|legislators|deputies|MPs|senators|parliament|"
                      # a court's ruling is a tally of its judges ("ruled 5-3", "in a 5-4 ruling")
                      r"ruled|ruling|justices)\b", regex.IGNORECASE)


def _number(word: str) -> float:
    return float(word) if word.isdigit() else float(_SMALL.index(word.lower()))


def open_tallies(doc: Document) -> list[OpenItem]:
    """Two open figures for each tally in a sentence about a vote: the votes for and the votes against."""
    if doc.tallies is None:
        doc.tallies = _read_tallies(doc)
    return doc.tallies


def _read_tallies(doc: Document) -> list[OpenItem]:
    if not _VOTE.search(doc.text):
        return []                                   # the cheap prefilter: a text with no vote has no tally
    found = []
    for m in _TALLY.finditer(doc.text):
        no = m.group("no") or m.group("no2") or m.group("no3")
        sentence = doc.index.at(m.start())
        if no is None or sentence is None or sentence.is_heading or \
                not _VOTE.search(doc.text, sentence.start, sentence.end):
            continue
        yes_value, no_value = _number(m.group("yes")), _number(no)
        if yes_value <= 0 or yes_value < no_value and not m.group("no3"):
            continue                                # "3-5" is a score or a range; a tally leads with the winners
        for side, group, value in (("for", "yes", yes_value), ("against", "no" if m.group("no") else
                                                              "no2" if m.group("no2") else "no3", no_value)):
            start, end = m.span(group)
            mention = Mention(source=doc.source.label, path=doc.source.path, role=doc.source.role, claim="",
                              kind="count", text=doc.text[start:end], start=start, end=end, low=value, high=value,
                              stated=value, unit=f"votes {side}", value=f"{value:g}",
                              why=f"{m.group()}: {value:g} votes {side}", sentence=sentence.text,
                              sentence_index=sentence.index)
            words, names = figure_context(doc, _Span(m.start(), m.end()), sentence.start, sentence.end)
            found.append(OpenItem(mention, words | {"vote"}, f"count:votes {side}", names))
    resolve_names(doc, found)
    return found


class _Span:
    """Where the whole tally stands, for the words around it."""

    def __init__(self, start: int, end: int):
        self.start, self.end = start, end


def sides_of_paired_tallies(nodes: list, links: set) -> set:
    """Where two sources' votes for are paired, their votes against are too: one ruling's tally ("ruled 5-3",
    "in a 5-4 ruling"), whose sides differ by too little of their size to pair on the words alone."""
    against_in: dict[tuple, list[tuple[int, int]]] = defaultdict(list)
    for i, node in enumerate(nodes):
        if node.dimension == "count:votes against":
            for item in node.members:
                against_in[(item.mention.source, item.mention.sentence_index)].append((item.mention.start, i))

    def against(node) -> int | None:
        """The votes against of the tally whose votes for `node` holds: the first told after them."""
        m = node.members[0].mention
        after = sorted(at for at in against_in[(m.source, m.sentence_index)] if at[0] > m.start)
        return after[0][1] if after else None

    more = set()
    for score, i, j in links:
        if nodes[i].dimension == "count:votes for" and len(nodes[i].members) == len(nodes[j].members) == 1:
            a, b = against(nodes[i]), against(nodes[j])
            if a is not None and b is not None and a != b:
                more.add((score, min(a, b), max(a, b)))
    return more
