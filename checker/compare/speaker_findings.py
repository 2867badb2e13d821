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
from checker.compare.quotes import told_up_to
from checker.reading.names import COMMON, PARTICLES, TITLES, common_words, fold

SPEAKER_CLAIM = "said"
_WORD = regex.compile(r"[\p{L}\p{N}]+")


def speaker_findings(quotes: pd.DataFrame, event: str, source_order: list[str], mention_columns: list[str],
                     texts: dict[str, str]) -> tuple[pd.DataFrame, pd.DataFrame]:
    """(findings, mentions) for each statement the sources credit to two people, each named beside it, where no
    source names the other's speaker in the sentence of its quotation (both may have said it; a clause after the
    speaker telling when it was said aside: quotes.told_up_to), and no text writes the two as one name (one person
    is often named two ways: "Tedros" in one source, "Ghebreyesus" in another that writes "Tedros Adhanom
    Ghebreyesus")."""
    findings, mentions = [], []
    if quotes is None or quotes.empty:
        return pd.DataFrame(columns=FINDING_COLUMNS), pd.DataFrame(columns=mention_columns)
    named = quotes[quotes["status"].eq("conflict") & quotes["speaker_how"].fillna("").str.startswith("named")
                   & quotes["speaker"].fillna("").ne("")]
    runs: list[str] | None = None                      # the texts' runs of words, folded once, if ever needed
    words_of: dict[str, set[str]] = {}                 # each source's words, read once however many groups
    for group, rows in named.groupby("group", sort=False):
        first = rows.drop_duplicates("source")             # a source's speaker, at its first quotation of it
        surnames = Counter(first["speaker"].map(_surname))
        if len(first) < 2 or len(surnames) < 2:
            continue
        # where each speaker is a person the story names in full ("Gov. Joe Manchin", "Ben Hatfield"), only naming
        # the other beside the quotation says both may have said it; a speaker read as less than that ("Minutes",
        # "Britain's") is trusted only where no source names the other at all
        persons = all(_full_named(who, texts) for who in first["speaker"])
        told = [(row.source, row.speaker, told_up_to(row.sentence, row.speaker)) for row in first.itertuples()]
        if any(_names(set(_WORD.findall(fold(sentence))) if persons else _words_of(words_of, texts, source), other)
               for source, speaker, sentence in told for _, other, _ in told if _surname(other) != _surname(speaker)):
            continue
        if runs is None:
            runs = [fold(run) for text in texts.values() for run in _BREAK.split(text)]
        if _one_name(list(surnames), runs):
            continue
        claim = f"{SPEAKER_CLAIM}:{group}"
        most, count = surnames.most_common(1)[0]
        majority = most if count > 1 else None
        for row in first.itertuples():
            # the speaker's name where the source writes it, which is what is told two ways; the quote where the
            # name stands elsewhere
            if pd.notna(row.speaker_start):
                start, end = int(row.speaker_start), int(row.speaker_end)
                written = texts[row.source][start:end]
            else:
                start, end, written = row.start, row.end, row.text
            mentions.append(mention_row(mention_columns, source=row.source, path=row.path, claim=claim,
                                        kind="entity", text=written, start=start, end=end,
                                        value=row.speaker, event=event, sentence=row.sentence,
                                        why=f"“{_opening(row.text)}” credited to {row.speaker}"))
        speakers = dict(zip(first["source"], first["speaker"]))
        findings.append({
            "finding_id": f"{claim}|{event}", "claim": claim, "label": f"Who said: {group.split(': ', 1)[-1]}",
            "event": event, "event_label": event, "status": "conflict",
            "values": {s: speakers[s] for s in source_order if s in speakers},
            "disagree": sorted(s for s, who in speakers.items() if majority is None or _surname(who) != majority),
            "note": "one statement credited to two people: " + " / ".join(dict.fromkeys(speakers.values())),
            "sources": len(speakers), "safe_wording": ""})
    return pd.DataFrame(findings, columns=FINDING_COLUMNS), pd.DataFrame(mentions, columns=mention_columns)


def _opening(quote: str, words: int = 8) -> str:
    kept = quote.split()
    return " ".join(kept[:words]) + (" …" if len(kept) > words else "")


def _surname(speaker: str) -> str:
    words = fold(speaker).split()
    return words[-1] if words else ""


def _words_of(cache: dict[str, set[str]], texts: dict[str, str], source: str) -> set[str]:
    if source not in cache:
        cache[source] = set(_WORD.findall(fold(texts.get(source, ""))))
    return cache[source]


# a capitalised word, hyphened parts and all ("Jean-François", "Hans-Peter", "Al-Sayed")
_CAPITALISED = regex.compile(r"(?<![\p{L}'’-])\p{Lu}[\p{Ll}'’]+(?:-\p{L}[\p{Ll}'’]+)*")


# the particles of a surname ("Miguel de la Madrid", "Ed van Thijn"), between the given name and the last word
_PARTICLES = r"(?:\s+(?:" + "|".join(sorted(PARTICLES | {"la", "le"})) + r"))*"      # ("de la")


def _full_named(speaker: str, texts: dict[str, str]) -> bool:
    """Whether some text names the speaker in full: a given name before the last word of the speaker's name, not a
    title nor a common word ("Joe Manchin", "Brad Burns"; not "Minister Theresa", "The Investigation", "Foreign
    Ministry"), or initials ("L.K. Advani"); a surname's particles may stand between ("Miguel de la Madrid")."""
    last = speaker.split()[-1] if speaker.split() else ""
    if not last[:1].isupper() or last.isupper():
        return False
    before = regex.compile(rf"(?P<given>{_CAPITALISED.pattern})(?:\s+\p{{Lu}}\.)?{_PARTICLES}\s+{regex.escape(last)}\b")
    givens = {fold(m.group("given")) for text in texts.values() for m in before.finditer(text)}
    if any(g not in TITLES and g not in COMMON and g not in common_words() for g in givens):
        return True
    # initials for the given names: "L.K. Advani", "P. C. Pande"
    initials = regex.compile(rf"(?<![\p{{L}}.])(?:\p{{Lu}}\.[ \t]?){{1,3}}[ \t]*{regex.escape(last)}\b")
    return any(initials.search(text) for text in texts.values())


# "Tedros Adhanom Ghebreyesus": two of a name's words, a word or two apart
_NAME_GAP = r"(?P<gap>(?:\s+\w+){0,2})\s+"
_BREAK = regex.compile(r"[^\p{L}\p{M}\s'’-]+")      # where a run of words that may be one name ends


def _one_name(surnames: list[str], texts) -> bool:
    """Whether two speakers' last words are words of one person's name in some text ("Tedros" in one source,
    "Ghebreyesus" in another, "Tedros Adhanom Ghebreyesus" in a third): the words between them, if any, are no
    English words ("Mattei and Lucien Abenhaim", "Zielny to follow Kowal" are two people)."""
    for i, a in enumerate(surnames):
        for b in surnames[i + 1:]:
            pattern = regex.compile(rf"\b(?:{regex.escape(a)}{_NAME_GAP}{regex.escape(b)}|{regex.escape(b)}{_NAME_GAP}"
                                    rf"{regex.escape(a)})\b")
            for text in texts:
                for found in pattern.finditer(text):
                    gap = (found.group("gap") or "").split()
                    if not any(w in COMMON or w in common_words() for w in gap):
                        return True
    return False


def _names(words: set[str], speaker: str) -> bool:
    """Whether a text (its folded words) names the speaker: any word of the name, whole, in it."""
    return any(w in words for w in _WORD.findall(fold(speaker)))
