"""All rules' cue words found in one pass over a text.

The text is split into words once; each word is looked up in a table of the
first words of every rule's phrases. Dozens of rules cost about as much as one,
and far less than one regular expression per rule.
"""
from __future__ import annotations

import re
from collections import defaultdict

from checker.claims.rules import Rule

Spans = list[tuple[int, int]]
_WORD = re.compile(r"\w+(?:[-'’]\w+)*")


def _words(phrase: str) -> tuple[str, ...]:
    return tuple(w.lower() for w in _WORD.findall(phrase))


class CueIndex:
    def __init__(self, rules: list[Rule]):
        # one word -> [(rule id, role)]; a phrase's first two words -> [(all words, rule id, role)]: "a city of"
        # is looked up at "a city", not tried at every "a" of the text
        self.by_word: dict[str, list[tuple[str, str]]] = defaultdict(list)
        self.by_pair: dict[tuple[str, str], list[tuple[tuple[str, ...], str, str]]] = defaultdict(list)
        self.wildcards: list[tuple[str, str, str]] = []  # one-word "injur*": (prefix, rule id, role)
        for rule in rules:
            for role, phrases in (("cue", rule.spec.cues), ("exclude", rule.spec.exclude)):
                for phrase in phrases:
                    words = _words(phrase.rstrip("*"))
                    if not words:
                        continue
                    if phrase.endswith("*") and len(words) == 1:
                        self.wildcards.append((words[0], rule.id, role))
                    elif len(words) == 1:
                        self.by_word[words[0]].append((rule.id, role))
                    else:
                        self.by_pair[words[:2]].append((words, rule.id, role))
        self._starts = frozenset(self.by_word) | {pair[0] for pair in self.by_pair}

    def scan(self, text: str) -> dict[str, dict[str, Spans]]:
        """{rule id: {"cue": spans, "exclude": spans}} for one text."""
        hits: dict[str, dict[str, Spans]] = defaultdict(lambda: {"cue": [], "exclude": []})
        lowered = text.lower()
        if len(lowered) != len(text):   # a letter whose lower case is longer ("İ"): offsets must stay the text's
            lowered = None
        tokens = []
        for m in _WORD.finditer(lowered or text):
            word = m.group() if lowered else m.group().lower()
            tokens.append((word, m.start(), m.end()))
            if "-" in word:  # "6.3-magnitude", "Moscow-brokered": the compound's last part is a word too
                tail = word.rsplit("-", 1)[1]
                tokens.append((tail, m.end() - len(tail), m.end()))
        # most words start no phrase: the set test skips them before any tuple is built
        starting = range(len(tokens)) if self.wildcards else \
            [i for i, token in enumerate(tokens) if token[0] in self._starts]
        for i in starting:
            word, start, end = tokens[i]
            for rule_id, role in self.by_word.get(word, ()):
                hits[rule_id][role].append((start, end))
            if i + 1 < len(tokens):
                for words, rule_id, role in self.by_pair.get((word, tokens[i + 1][0]), ()):
                    last = i + len(words) - 1
                    if last < len(tokens) and all(tokens[i + k][0] == words[k] for k in range(2, len(words))):
                        hits[rule_id][role].append((start, tokens[last][2]))
            for prefix, rule_id, role in self.wildcards:
                if word.startswith(prefix):
                    hits[rule_id][role].append((start, end))
        return hits
