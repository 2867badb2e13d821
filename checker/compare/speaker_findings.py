"""Who said it, source against source: one quotation credited to two people.

"'We are going to have to behave like adults,' said Socialist Party leader Olivier Faure" in one source, "... said
Raphaël Glucksmann" in another. The Quotes sheet groups the sources' quotations of one statement and marks a group
whose speakers, each named beside the quotation, are two people (compare/quotes: status `conflict`); each such
group is a finding here too, so the Summary and the draft's checks see it as they see a figure told two ways. A
source's speaker is the mention, at its quotation.
"""
from __future__ import annotations

from collections import Counter

import pandas as pd
import regex

from checker.compare.findings import FINDING_COLUMNS
from checker.compare.name_findings import mention_row
from checker.reading.names import fold

SPEAKER_CLAIM = "said"
_WORD = regex.compile(r"[\p{L}\p{N}]+")


def speaker_findings(quotes: pd.DataFrame, event: str, source_order: list[str], mention_columns: list[str],
                     texts: dict[str, str]) -> tuple[pd.DataFrame, pd.DataFrame]:
    """(findings, mentions) for each statement the sources credit to two people, each named beside it, where
    neither source names the other's speaker at all (one person is often named two ways: "Tedros" in one source,
    "Ghebreyesus" in another that writes "Tedros Adhanom Ghebreyesus")."""
    findings, mentions = [], []
    if quotes is None or quotes.empty:
        return pd.DataFrame(columns=FINDING_COLUMNS), pd.DataFrame(columns=mention_columns)
    named = quotes[quotes["status"].eq("conflict") & quotes["speaker_how"].fillna("").str.startswith("named")
                   & quotes["speaker"].fillna("").ne("")]
    words_of: dict[str, set[str]] = {}                 # each source's words, read once however many groups
    for group, rows in named.groupby("group", sort=False):
        first = rows.drop_duplicates("source")             # a source's speaker, at its first quotation of it
        surnames = Counter(first["speaker"].map(_surname))
        if len(first) < 2 or len(surnames) < 2 or any(
                _names(_words_of(words_of, texts, a), who) for a in first["source"]
                for b, who in zip(first["source"], first["speaker"]) if a != b):
            continue
        claim = f"{SPEAKER_CLAIM}:{group}"
        most, count = surnames.most_common(1)[0]
        majority = most if count > 1 else None
        for row in first.itertuples():
            mentions.append(mention_row(mention_columns, source=row.source, path=row.path, claim=claim,
                                        kind="entity", text=row.text, start=row.start, end=row.end,
                                        value=row.speaker, event=event, sentence=row.sentence,
                                        why=f"credited to {row.speaker}"))
        speakers = dict(zip(first["source"], first["speaker"]))
        findings.append({
            "finding_id": f"{claim}|{event}", "claim": claim, "label": f"Who said: {group.split(': ', 1)[-1]}",
            "event": event, "event_label": event, "status": "conflict",
            "values": {s: speakers[s] for s in source_order if s in speakers},
            "disagree": sorted(s for s, who in speakers.items() if majority is None or _surname(who) != majority),
            "note": "one statement credited to two people: " + " / ".join(dict.fromkeys(speakers.values())),
            "sources": len(speakers), "safe_wording": ""})
    return pd.DataFrame(findings, columns=FINDING_COLUMNS), pd.DataFrame(mentions, columns=mention_columns)


def _surname(speaker: str) -> str:
    words = fold(speaker).split()
    return words[-1] if words else ""


def _words_of(cache: dict[str, set[str]], texts: dict[str, str], source: str) -> set[str]:
    if source not in cache:
        cache[source] = set(_WORD.findall(fold(texts.get(source, ""))))
    return cache[source]


def _names(words: set[str], speaker: str) -> bool:
    """Whether a text (its folded words) names the speaker: any word of the name, whole, in it."""
    return any(w in words for w in _WORD.findall(fold(speaker)))
