"""The one jail, stadium, church or mosque a story names, named two ways by its sources; and the one law firm,
accountancy firm or auditor, its kind written before its name ("the accountancy firm PwC").

"they were taken to Chanchalguda jail" in two sources, "They remain in Cherlapally jail" in a third: a story's
people are held in one jail, and where every source that names a jail names one only, two names with no word in
common are two answers to one question. Precision first: a source naming two of a kind, or writing the other
name anywhere, tells of two places, and nothing is shown; names spelt alike are the spellings check's. Hospitals
are not among the kinds: a story's injured are spread over several, each outlet naming the one it heard of.
"""
from __future__ import annotations

import pandas as pd
import regex
from rapidfuzz import fuzz

from checker.compare.findings import FINDING_COLUMNS
from checker.compare.name_findings import sentence_around, told_two_ways
from checker.reading.names import COMMON, fold

SITE_CLAIM = "site"
KINDS = ("jail", "prison", "stadium", "church", "mosque")   # (not cathedrals: a state funeral has a service in each)
SPELT_ALIKE = 80        # rapidfuzz ratio from which two names are one name spelt two ways ("Tinmal" / "Tinmel")
_KIND_WORD = regex.compile(rf"(?i:{'|'.join(KINDS)})")
_CAP = r"(?:\p{Lu}[\p{L}'’.&-]*)"
_SITE = regex.compile(rf"(?<![\p{{L}}\p{{N}}'’-])(?P<name>{_CAP}(?:[ \t]+(?:of[ \t]+|de[ \t]+)?{_CAP}){{0,4}})"
                      rf"[ \t]+(?P<kind>(?i:{'|'.join(KINDS)}))\b")
# ... and the firms a story's inquiry or administration is given to, their kind written before the name ("the law
# firm Bruun & Hjejle", "accountancy firm PwC"): one of each, mostly
FIRM_KINDS = {"law firm": "law firm", "accountancy firm": "accountancy firm", "accounting firm": "accountancy firm",
              "accountants": "accountancy firm", "audit firm": "auditor", "auditor": "auditor", "auditors": "auditor"}
_FIRM = regex.compile(rf"(?<![\p{{L}}-])(?P<kind>(?i:{'|'.join(FIRM_KINDS)}))[ \t]+"
                      rf"(?P<name>{_CAP}(?:(?<!\.)[ \t]+(?:&[ \t]+)?{_CAP}){{0,3}})")
# "a Chicago prison": one of a town's, not a named one
_ARTICLE_BEFORE = regex.compile(r"\b(?:a|an)[ \t]+\Z", regex.IGNORECASE)
# the words a site's name shares with others of its kind, which tell no two apart ("Central Jail", "St Mary's")
_PLAIN = frozenset("""st saint central general county city state national royal regional district new old
    main federal maximum security high roman catholic anglican grand great""".split())


def _words(name: str) -> frozenset[str]:
    """The words that tell a site apart: "Chanchalguda Central Jail" -> {"chanchalguda"}."""
    words = fold(name.replace("-", " ").replace("’", "'")).replace("'s", "").split()
    return frozenset(w for w in words if w not in COMMON and w not in _PLAIN and len(w) > 1)


def _named_sites(text: str) -> dict[str, list[tuple[frozenset[str], str, int, int]]]:
    """kind -> (the name's telling words, the name as written, start, end) for each named site in one text."""
    found: dict[str, list] = {}
    for m in _FIRM.finditer(text):
        name = m.group("name").rstrip(".")         # "... accountancy firm PwC." ends the sentence
        words = _words(name)
        if words:
            found.setdefault(FIRM_KINDS[m.group("kind").lower()], []).append(
                (words, name, m.start("name"), m.start("name") + len(name)))
    if not _KIND_WORD.search(text):
        return found                        # most texts name no jail: one plain scan says so
    for m in _SITE.finditer(text):
        name = m.group("name")
        if name.isupper() or _ARTICLE_BEFORE.search(text, max(0, m.start() - 4), m.start()):
            continue                        # a heading in capitals; "a Chicago prison"
        words = _words(name)
        if words:
            found.setdefault(m.group("kind").lower(), []).append((words, m.group(), m.start(), m.end()))
    return found


def _one_name(a: frozenset[str], b: frozenset[str]) -> bool:
    """One name written longer or shorter, or spelt two ways in the words that tell them apart."""
    return a <= b or b <= a or fuzz.ratio(" ".join(sorted(a - b)), " ".join(sorted(b - a))) >= SPELT_ALIKE


def _sole_name(sites: list[tuple]) -> tuple | None:
    """The one site of its kind a source names (its shortest telling), or None when it names two."""
    first = min(sites, key=lambda s: len(s[0]))
    return first if all(_one_name(first[0], s[0]) for s in sites) else None


def site_findings(event: str, texts: dict[str, str], paths: dict[str, str],
                  mention_columns: list[str]) -> tuple[pd.DataFrame, pd.DataFrame]:
    """(findings, mentions) for each kind of site the sources name one of each, two ways."""
    by_kind: dict[str, dict[str, list]] = {}
    for label, text in texts.items():
        for kind, sites in _named_sites(text).items():
            by_kind.setdefault(kind, {})[label] = sites
    findings, mentions = [], []
    for kind in KINDS + tuple(dict.fromkeys(FIRM_KINDS.values())):
        told = {label: _sole_name(sites) for label, sites in by_kind.get(kind, {}).items()}
        if len(told) < 2 or None in told.values():
            continue
        names: list[frozenset[str]] = []
        for words, *_ in told.values():
            if not any(_one_name(words, n) for n in names):
                names.append(words)
        if len(names) < 2:
            continue
        written = {label: _words_of(texts[label]) for label in told}
        if any((n - words) & written[label] for label, (words, *_) in told.items()
               for n in names if not _one_name(words, n)):
            continue                        # one source writes the other name too: two sites
        told_at = {label: (name, a, b, sentence_around(texts[label], a, b))
                   for label, (_, name, a, b) in told.items()}
        claim = f"{SITE_CLAIM}:{kind}"
        shown = " / ".join(sorted({v[0] for v in told_at.values()}, key=str.lower))
        finding, rows = told_two_ways(claim, f"Which {kind}: {shown}", f"the one {kind} the story names, named "
                                      f"two ways: {shown}", told_at, event, paths, mention_columns,
                                      f"{{value}}: the one {kind} the source names")
        findings.append(finding)
        mentions += rows
    return pd.DataFrame(findings, columns=FINDING_COLUMNS), pd.DataFrame(mentions, columns=mention_columns)


def _words_of(text: str) -> set[str]:
    """A text's words, folded (asked of a source only where its story names two sites of a kind)."""
    return set(fold(text.replace("-", " ")).split())
