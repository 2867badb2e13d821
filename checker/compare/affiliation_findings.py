"""Whom a person is with, source against source: "Carmen Fernández, director of the National Emergency Office" in
one source, "Carmen Fernández, head of the Chilean Red Cross" in another.

Each source's ties of a person to a body are read as the draft's are (draft_affiliations.ties). Two sources tie
one person to two bodies when the words of each body are mostly in none of the other source's sentences naming
that person. Precision first: only bodies told by their names are compared (not "the firm's", nor a home town,
"Sean Collier, of Somerville"), and where either source names the other's body beside the person, both may be
right and nothing is shown.
"""
from __future__ import annotations

from collections import defaultdict

import pandas as pd

from checker.compare.draft_affiliations import mostly_elsewhere, naming_words, ties, unaccented
from checker.compare.findings import FINDING_COLUMNS
from checker.compare.name_findings import mention_row
from checker.reading import split_sentences

AFFILIATION_CLAIM = "affiliation"


def _person_ties(texts: dict[str, str], sentences: dict[str, list[tuple[str, str]]]):
    """(surname, given name's initial) -> source -> [(the body's words, start, end, sentence, given name, surname)]."""
    out: dict[tuple[str, str], dict[str, list[tuple]]] = defaultdict(lambda: defaultdict(list))
    for source, text in texts.items():
        for sentence in split_sentences(text):
            if sentence.is_heading:
                continue
            sentences[source].append((source, sentence.text))
            for given, surname, words, a, b in ties(sentence.text):
                out[(unaccented(surname), given[0])][source].append(
                    (words, sentence.start + a, sentence.start + b, sentence.text, given, surname))
    return out


def _named(words: list[str], body: str) -> bool:
    """A body told by its name: capitalised, in two words or more, or in initials ("UKIP"). One capitalised word is
    a place or a people more often than a body ("Indian", "Trump attorney", "of Roseville"), and a body in lower
    case ("the firm's", "the navy's special forces") may be any of the names the other source gives."""
    return any(c.isupper() for c in body) and (len(words) >= 2 or body.isupper() and len(body) > 1) \
        and not body.endswith(("'s", "’s"))       # "the Met's head of counterterrorism": of a part of it


def affiliation_findings(event: str, texts: dict[str, str], paths: dict[str, str],
                         mention_columns: list[str]) -> tuple[pd.DataFrame, pd.DataFrame]:
    """(findings, mentions) for each person two sources tie to two bodies, neither naming the other's beside them."""
    findings, mentions = [], []
    sentences: dict[str, list[tuple[str, str]]] = defaultdict(list)
    for (key, _), by_source in _person_ties(texts, sentences).items():
        if len(by_source) < 2:
            continue
        sources = sorted(by_source)
        _, _, _, _, given, surname = by_source[sources[0]][0]
        held = {s: naming_words(sentences[s], given, surname) for s in sources}
        told = {}
        for i, a in enumerate(sources):
            for b in sources[i + 1:]:
                for wa, sa, ea, *_ in by_source[a]:
                    for wb, sb, eb, *_ in by_source[b]:
                        body_a, body_b = texts[a][sa:ea], texts[b][sb:eb]
                        if not (_named(wa, body_a) and _named(wb, body_b)):
                            continue
                        if mostly_elsewhere(wa, held[b]) and mostly_elsewhere(wb, held[a]):
                            told.setdefault(a, (body_a, sa, ea))
                            told.setdefault(b, (body_b, sb, eb))
        if len(told) < 2:
            continue
        name = f"{given} {surname}"
        claim = f"{AFFILIATION_CLAIM}:{key.lower()}"
        for source, (body, start, end) in told.items():
            mentions.append(mention_row(mention_columns, source=source, path=paths.get(source), claim=claim,
                                        kind="entity", text=body, start=start, end=end, value=body, event=event,
                                        sentence=next(t[3] for t in by_source[source] if t[1] == start),
                                        why=f"{body}: the body the source ties {name} to"))
        findings.append({
            "finding_id": f"{claim}|{event}", "claim": claim, "label": f"With: {name}", "event": event,
            "event_label": event, "status": "conflict", "values": {s: b for s, (b, *_) in told.items()},
            "disagree": sorted(told), "note": f"{name} tied to two bodies: " + " / ".join(
                sorted({b for b, *_ in told.values()})), "sources": len(told)})
    return pd.DataFrame(findings, columns=FINDING_COLUMNS), pd.DataFrame(mentions, columns=mention_columns)
