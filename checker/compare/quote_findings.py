"""Quotations worded differently are findings like any figure: "will not withdraw" in one source where the
others quote "don't think we should withdraw".

A quotation is the speaker's own words: two outlets that quote one statement with a word put for
another, or a word more or less, cannot both be quoting it. Two quotations are compared where they
overlap: a source that quotes only one sentence of a longer statement, or a trim marked with "...",
is no difference, nor is a word written two ways ("Nov." / "November", "favour" / "favor"). A source
that quotes the statement as another source does is not misquoting it. (Who said it stays the
Quotes sheet's matter: one person is often named two ways.) Each wording is a mention with the
offsets of the stretch that differs, so the Summary, the Evidence sheet and `--json` point at it.
"""
from __future__ import annotations

import difflib
from collections import defaultdict

import pandas as pd
import regex

from checker.compare.findings import FINDING_COLUMNS
from checker.compare.name_findings import mention_row
from checker.compare.quotes import difference
from checker.reading import spoken_words

QUOTE_CLAIM = "quote"
MIN_OVERLAP_WORDS = 3      # words two quotations must share in order to be one stretch of one statement
MIN_OVERLAP_SHARE = 0.6    # ... and the share of that stretch (in the shorter telling) they share
SOLID_WORDS = 5            # words two wordings share for a source backed elsewhere to be misquoting this stretch
MAX_NOTED = 5              # sources whose word diff the note spells out
EDGE_WORDS = 3             # words either side of the shared stretch shown where both tellings go on otherwise
_TRIM = regex.compile(r"\.\s?\.\s?\.|…|\[[^\]]{0,40}\]|\(\s?\.\.\.\s?\)")


def _compared(text: str) -> tuple[list[str], list[tuple[int, int]], list[bool], list[bool]]:
    """The quotation's words, contractions written out ("It's bad" meets "It is bad"), their offsets, whether a
    trim ("...", "[...]") comes right before each one, and whether each is part of a contraction."""
    words = _written_out(text, spoken_words(text))
    trimmed, previous_end = [], 0
    for _, start, end, _ in words:
        trimmed.append(start >= previous_end and bool(_TRIM.search(text, previous_end, start)))
        previous_end = end
    return [w[0] for w in words], [(w[1], w[2]) for w in words], trimmed, [w[3] for w in words]


def _overlap(a: tuple, b: tuple, share_of_a: float = 0.0) -> tuple[bool, tuple[int, int], tuple[int, int]] | None:
    """Where two quotations tell one stretch: (whether they differ in it, a's word range, b's word range), or None
    when they share too little to be one statement (with `share_of_a`: less than that share of a's words)."""
    (wa, _, trim_a, short_a), (wb, _, trim_b, short_b) = a, b
    matcher = difflib.SequenceMatcher(a=wa, b=wb, autojunk=False)
    blocks = [m for m in matcher.get_matching_blocks() if m.size]
    shared = sum(m.size for m in blocks)
    # (two short quotes of one speaker a word apart, "a total disaster" / "a complete disaster", share two)
    least = MIN_OVERLAP_WORDS if min(len(wa), len(wb)) > MIN_OVERLAP_WORDS else MIN_OVERLAP_WORDS - 1
    if shared < max(least, share_of_a * len(wa)):
        return None
    a_lo, b_lo = blocks[0].a, blocks[0].b
    a_hi, b_hi = blocks[-1].a + blocks[-1].size, blocks[-1].b + blocks[-1].size
    if shared < MIN_OVERLAP_SHARE * min(a_hi - a_lo, b_hi - b_lo):
        return None
    # both go on past the words they share ("the harbour is devastated" / "... destroyed"): a word put for
    # another at the edge; one going on alone is a longer quotation of the statement
    head = min(a_lo, b_lo, EDGE_WORDS)
    tail = min(len(wa) - a_hi, len(wb) - b_hi, EDGE_WORDS)
    differs = bool(head or tail)
    a_lo, b_lo, a_hi, b_hi = a_lo - head, b_lo - head, a_hi + tail, b_hi + tail
    for op, a1, a2, b1, b2 in difflib.SequenceMatcher(a=wa[a_lo:a_hi], b=wb[b_lo:b_hi], autojunk=False).get_opcodes():
        if op == "equal":      # "don't" / "do not": alike, but worded otherwise
            differs |= short_a[a_lo + a1:a_lo + a2] != short_b[b_lo + b1:b_lo + b2]
            continue
        if op == "replace":
            differs = True
        elif op == "delete":        # words a has and b leaves out: a trim where b marks one
            differs |= not trim_b[b_lo + b1] if b_lo + b1 < len(trim_b) else True
        elif op == "insert":
            differs |= not trim_a[a_lo + a1] if a_lo + a1 < len(trim_a) else True
    return differs, (a_lo, a_hi), (b_lo, b_hi)


# Words whose presence or form leaves what was said as it was: "who's come" / "who has come", "hope that our
# donors" / "hope our donors", "they need shelter" / "and they need shelter". Two wordings that differ in these
# alone are worded otherwise (`variance`), not misquoted. An article or a verb put for another ("a ransom" / "the
# ransom", "is pancaked" / "has pancaked") is a misquote still.
GLUE = frozenset({"that", "and"})
# The words are compared folded, apostrophes dropped: "don't" is "dont", "who's" is "whos". Those that can be
# nothing but a contraction are written out ("were", "ill", "well", "hell" can be words of their own).
_NOT_STEMS = frozenset("do does did is are was were has have had could would should must need".split())
_WRITTEN_OUT = {"cant": ["can", "not"], "cannot": ["can", "not"], "wont": ["will", "not"], "im": ["i", "am"],
                "youre": ["you", "are"], "theyre": ["they", "are"], "ive": ["i", "have"], "weve": ["we", "have"],
                "youve": ["you", "have"], "theyve": ["they", "have"], "youll": ["you", "will"],
                "theyll": ["they", "will"], "itll": ["it", "will"], "youd": ["you", "would"],
                "theyd": ["they", "would"]}
# "it's", "who's": is or has, which the contraction does not tell
_IT_IS = frozenset("it that there here what who he she where how".split())


def _expanded(words: list[str]) -> list[str]:
    """Folded words with their contractions written out: "dont" -> do not, "theyre" -> they are; "whos", "who is"
    and "who has" all as who 's."""
    out: list[str] = []
    for w in words:
        if (parts := _not_or_pronoun(w)) is not None:
            out += parts
        elif w.endswith("s") and w[:-1] in _IT_IS:
            out += [w[:-1], "'s"]
        elif w in ("is", "has") and out and out[-1] in _IT_IS:
            out.append("'s")
        else:
            out.append(w)
    return out


_APOSTROPHES = ("'", "\u2019")
_HAS_BEFORE = frozenset("been got gone had done".split())     # "it's been": it has


def _not_or_pronoun(w: str) -> list[str] | None:
    """A contraction that can be written out one way only ("dont" do not, "theyre" they are), or None."""
    if w in _WRITTEN_OUT:
        return _WRITTEN_OUT[w]
    if w.endswith("nt") and w[:-2] in _NOT_STEMS:
        return [w[:-2], "not"]
    return None


def _written_out(text: str, words: list[tuple[str, int, int]]) -> list[tuple[str, int, int, bool]]:
    """The quotation's words with each contraction written out in full, each part at the contraction's offsets and
    marked as a part: "don't" do not, "it's bad" it is bad, "it's been" it has been; "its" with no apostrophe is
    its."""
    out: list[tuple[str, int, int, bool]] = []
    for k, (w, start, end) in enumerate(words):
        parts = _not_or_pronoun(w)
        if parts is None and w.endswith("s") and w[:-1] in _IT_IS and any(a in text[start:end] for a in _APOSTROPHES):
            after = words[k + 1][0] if k + 1 < len(words) else ""
            parts = [w[:-1], "has" if after in _HAS_BEFORE or after.endswith("ed") else "is"]
        out += [(part, start, end, True) for part in parts] if parts else [(w, start, end, False)]
    return out


def glue_only(a: list[str], b: list[str]) -> bool:
    """Whether two wordings of one stretch differ only in GLUE words, contractions written out."""
    a, b = _expanded(a), _expanded(b)
    return all(op == "equal" or set(a[a1:a2] + b[b1:b2]) <= GLUE
               for op, a1, a2, b1, b2 in difflib.SequenceMatcher(a=a, b=b, autojunk=False).get_opcodes())


def one_stretch(a: str, b: str, share_of_a: float = 0.0) -> bool:
    """Whether two quotations tell one stretch of one statement (see _overlap), alike or not; with `share_of_a`,
    that share of a's words at least are b's, in order."""
    return _overlap(_compared(a), _compared(b), share_of_a) is not None


def _span(row, spans: list[tuple[int, int]], words: tuple[int, int], texts: dict[str, str]) -> tuple[int, int, str]:
    """The source offsets and text of a word range of a quotation; the whole quotation where its text is not the
    source's as it stands (parts joined over paragraphs)."""
    lo, hi = spans[words[0]][0], spans[words[1] - 1][1]
    text = texts.get(row.source)
    if text is not None and text[row.start + lo:row.start + hi] == row.text[lo:hi]:
        return row.start + lo, row.start + hi, row.text[lo:hi]
    return row.start, row.end, row.text


def _group_finding(rows: pd.DataFrame, texts: dict[str, str]) -> tuple[dict[str, list], list[str], dict] | None:
    """The stretches that differ, by source, and the sources that quote the statement otherwise than the others
    and as none of them does, with the words each put otherwise; None when every overlap agrees."""
    rows = list(rows.itertuples())
    # each wording compared once with each other: a thousand sources quoting one wording are one telling
    rows_of: dict[str, list[int]] = defaultdict(list)
    for k, r in enumerate(rows):
        rows_of[r.text].append(k)
    wordings = list(rows_of)
    told = {w: _compared(w) for w in wordings}
    sources_of = {w: {rows[k].source for k in rows_of[w]} for w in wordings}
    stretches: dict[int, list[tuple[int, int]]] = defaultdict(list)
    agreeing, differing, notes = set(), defaultdict(set), {}
    differing_wordings: set[str] = set()
    slight = True                   # every wording differs from the others in GLUE words alone
    reference = max(wordings, key=lambda w: len(sources_of[w]))     # the wording most sources give
    backed, against = set(sources_of[reference]), set()            # sources quoting it so, and otherwise
    # who else quotes each wording's stretch alike: a source backed on one sentence of a statement can still
    # misquote another
    backing: dict[str, set[str]] = {w: set(sources_of[w]) if len(sources_of[w]) > 1 else set() for w in wordings}
    for w in wordings:
        if len(sources_of[w]) > 1:
            agreeing.update(sources_of[w])
    for x, a in enumerate(wordings):
        for b in wordings[x + 1:]:
            if sources_of[a] == sources_of[b] and len(sources_of[a]) == 1:
                continue                    # one source's two wordings: no source against another
            found = _overlap(told[a], told[b])
            if found is None:
                continue
            differs, words_a, words_b = found
            if not differs:
                agreeing.update(sources_of[a] | sources_of[b])
                backing[a] |= sources_of[b]
                backing[b] |= sources_of[a]
                if reference in (a, b):
                    backed.update(sources_of[a] | sources_of[b])
                continue
            if reference in (a, b):
                against.update(sources_of[b if a == reference else a])
            for one, other in ((a, b), (b, a)):
                for source in sources_of[one]:
                    differing[source].update(sources_of[other] - {source})
            if len(set(told[a][0]) & set(told[b][0])) >= SOLID_WORDS:
                differing_wordings.update((a, b))
            for k in rows_of[a]:
                stretches[k].append(words_a)
            for k in rows_of[b]:
                stretches[k].append(words_b)
            said_a, said_b = told[a][0][slice(*words_a)], told[b][0][slice(*words_b)]
            slight = slight and glue_only(said_a, said_b)
            for source in sources_of[a]:
                notes.setdefault(source, difference(said_b, said_a))
            for source in sources_of[b]:
                notes.setdefault(source, difference(said_a, said_b))
    if not stretches:
        return None
    values: dict[str, list] = defaultdict(list)
    for i, ranges in stretches.items():
        lo, hi = min(r[0] for r in ranges), max(r[1] for r in ranges)
        values[rows[i].source].append((rows[i], _span(rows[i], told[rows[i].text][1], (lo, hi), texts)))
    # those quoting otherwise than the commonest wording and never as it; failing that, those that no other
    # source backs
    wrong = sorted(against - backed) if len(sources_of[reference]) > 1 else []
    wrong = wrong or sorted(s for s in differing if s not in agreeing) or sorted(
        {s for w in differing_wordings for s in sources_of[w] if not backing[w] - {s}
         and not _also_told_alike(w, s, wordings, sources_of, backing, told)})
    if len(wrong) == len(differing):
        # no telling is backed by another source: those that differ from the group's commonest wording
        off = {r.source for r in rows if r.difference} - {r.source for r in rows if not r.difference}
        wrong = sorted(s for s in wrong if s in off) or wrong
    return values, wrong, {s: notes[s] for s in wrong}, slight


def _also_told_alike(wording: str, source: str, wordings: list[str], sources_of: dict, backing: dict,
                     told: dict) -> bool:
    """Whether the source also quotes the same stretch as another source does, at no less length: the speaker
    may have said it both ways (a headline's first words of the statement say nothing of the rest)."""
    return any(other != wording and source in sources_of[other] and backing[other] - {source}
               and len(told[other][0]) >= len(told[wording][0])
               and _overlap(told[wording], told[other]) is not None for other in wordings)


def quote_findings(quotes: pd.DataFrame, event: str, source_order: list[str], mention_columns: list[str],
                   texts: dict[str, str] | None = None) -> tuple[pd.DataFrame, pd.DataFrame]:
    """(findings, mentions) for the quotation groups some source words otherwise than the others.
    texts: each source's text, so a mention can point at the stretch that differs rather than the whole quote."""
    findings, mentions = [], []
    if quotes is None or quotes.empty:
        return pd.DataFrame(columns=FINDING_COLUMNS), pd.DataFrame(columns=mention_columns)
    for group, rows in quotes.groupby("group", sort=False):
        found = _group_finding(rows, texts or {}) if rows["source"].nunique() >= 2 else None
        if found is None or not found[1]:
            continue
        values, wrong, notes, slight = found
        claim = f"{QUOTE_CLAIM}:{group}"
        for source, stretches in values.items():
            for row, (start, end, text) in stretches:
                mentions.append(mention_row(mention_columns, source=source, path=row.path, claim=claim,
                                            kind="quote", text=text, start=start, end=end, value=text, event=event,
                                            sentence=row.sentence, why=f"quoted as “{text}”"))
        findings.append({
            "finding_id": f"{claim}|{event}", "claim": claim, "label": f"Quote: {group}", "event": event,
            "event_label": event, "status": "variance" if slight else "conflict",
            "values": {s: " / ".join(dict.fromkeys(text for _, (_, _, text) in values[s])) for s in source_order
                       if s in values},
            "disagree": wrong,
            "note": ("worded slightly otherwise (no word of substance changed): " if slight else
                     "quoted with other words: ") + "; ".join(f"{source}: {note}" for source, note in
                                                            list(notes.items())[:MAX_NOTED])
                    + (f"; and {len(notes) - MAX_NOTED} more sources" if len(notes) > MAX_NOTED else ""),
            "sources": len(values), "safe_wording": ""})
    return pd.DataFrame(findings, columns=FINDING_COLUMNS), pd.DataFrame(mentions, columns=mention_columns)
