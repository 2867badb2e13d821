"""Who did it, source against source: one act credited to two bodies.

"The Federal Aviation Administration opened an investigation into Delta" in one source, "the U.S. Department of
Transportation had opened an investigation into Delta" in another; "The Texas Division of Emergency Management
denied the county's application" / "FEMA denied the county's grant application". Each source sentence's acts are
read as the draft's are (draft_agents.agents_of: a body before its verb, after "by", or before "which"); two
acts of different sources with the same verb and SHARED_WORDS words of substance in common are one act, told of
two bodies. Precision first: where either sentence names the other's body, or the other source credits the act
to it anywhere, both may be right (two agencies investigating) and nothing is shown.
"""
from __future__ import annotations

from collections import defaultdict

import pandas as pd
import regex

from checker.compare.draft_agents import agents_of, body_words, same_body
from checker.compare.findings import FINDING_COLUMNS
from checker.compare.name_findings import told_two_ways
from checker.compare.sentence_index import ANY_WORD, COMMON_WORD_HITS, substance_words
from checker.reading import split_sentences
from checker.reading.names import fold

AGENT_CLAIM = "agent"
SHARED_WORDS = 3        # words of substance two sentences must share, the bodies aside, to tell one act


def _acts(texts: dict[str, str]) -> list[tuple]:
    """(source, agent, verb stem, start, end, sentence, words of substance) of each act the sources credit."""
    acts = []
    for source, text in texts.items():
        for sentence in split_sentences(text):
            if sentence.is_heading:
                continue
            for agent, stem, a, b in agents_of(sentence.text):
                if not body_words(agent):
                    continue                # "Co", "the Company": no body told from another
                own = set(fold(agent).split())
                words = substance_words(sentence.text, own)
                acts.append((source, agent, stem, sentence.start + a, sentence.start + b, sentence.text, words))
    return acts


def agent_findings(event: str, texts: dict[str, str], paths: dict[str, str],
                   mention_columns: list[str]) -> tuple[pd.DataFrame, pd.DataFrame]:
    """(findings, mentions) for each act two sources credit to two bodies, neither naming the other's there."""
    acts = _acts(texts)
    postings: dict[tuple[str, str], list[int]] = defaultdict(list)
    for i, (_, _, stem, *_, words) in enumerate(acts):
        for w in words:
            postings[(stem, w)].append(i)
    credited: dict[tuple[str, str], list[str]] = defaultdict(list)    # the bodies a source credits with a verb
    for source, agent, stem, *_ in acts:
        credited[(source, stem)].append(agent)
    findings, mentions, seen = [], [], set()
    for i, (source, agent, stem, start, end, sentence, words) in enumerate(acts):
        shared: dict[int, int] = defaultdict(int)
        for w in words:
            hits = postings[(stem, w)]
            if len(hits) <= COMMON_WORD_HITS:
                for j in hits:
                    if j > i:
                        shared[j] += 1
        for j, k in sorted(shared.items()):
            other = acts[j]
            if k < SHARED_WORDS or other[0] == source or same_body(agent, other[1]) \
                    or _names(sentence, other[1]) or _names(other[5], agent) \
                    or any(same_body(other[1], a) for a in credited[(source, stem)]) \
                    or any(same_body(agent, a) for a in credited[(other[0], stem)]):
                continue
            key = (stem, *sorted((fold(agent), fold(other[1]))))
            if key in seen:
                continue
            seen.add(key)
            claim = f"{AGENT_CLAIM}:{stem}:{len(findings) + 1}"
            told = {source: (agent, start, end, sentence), other[0]: (other[1], other[3], other[4], other[5])}
            finding, rows = told_two_ways(claim, f"Who {_verb(sentence, stem)}",
                                          f"one act told of two bodies: {agent} / {other[1]}", told, event, paths,
                                          mention_columns, "{value}: the body the source credits with the act")
            findings.append(finding)
            mentions += rows
    return pd.DataFrame(findings, columns=FINDING_COLUMNS), pd.DataFrame(mentions, columns=mention_columns)


def _verb(sentence: str, stem: str) -> str:
    """The verb as the sentence writes it ("opened"), for the Summary's label; the stem where it is not found."""
    m = regex.search(rf"\b{regex.escape(stem)}\w*", sentence, regex.IGNORECASE)
    return m.group().lower() if m else stem


def _names(sentence: str, body: str) -> bool:
    """Whether the sentence names the body (its words, or the body's words in it)."""
    return f" {fold(body)} " in f" {fold(sentence)} " or any(same_body(body, w) for w in ANY_WORD.findall(sentence)
                                                              if w[:1].isupper() and len(w) > 1)
