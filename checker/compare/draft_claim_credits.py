"""Who the draft credits with a figure, against who the sources credit with the same claim's figure.

"The European-Mediterranean Seismological Centre put its magnitude at 6.8" where every source that gives 6.8
writes "..., the US Geological Survey said": the figure is right and its teller is not. The sentences share too
few words for draft_credits to see them as one telling, but the claim (the quake's magnitude) ties them: the
sources' mentions of the draft figure's claim and event, with a figure that fits it, are the same fact, and the
credit of each is read in its own clause.

  contradicted  the sources' fitting figures are credited to others, and no source credits the draft's name
                with any figure of the claim nor names it in a sentence telling one
  supported     a source credits a fitting figure to the same name
"""
from __future__ import annotations

import pandas as pd
import regex

from checker.compare.draft_credits import (antecedent_credits, credit_clauses, credits_in, names_body, runs_it,
                                           same_credit)
from checker.compare.draft_text import row


def _clause_credits(doc, start: int) -> list[tuple[str, int, int]]:
    """The names credited in the clause of `doc` that holds `start`: (name, start, end)."""
    sentence = doc.index.at(start)
    if sentence is None:
        return []
    for lo, hi in credit_clauses(doc.text, sentence.start, sentence.end):
        if lo <= start < hi:
            # ("the Bell 206, operated by X, came apart": X runs the helicopter, it gives no figure)
            return [c for c in credits_in(doc.text, lo, hi) or antecedent_credits(doc.text, lo, hi)
                    if not runs_it(doc.text, c[1], lo)]
    return []


def _credits_of(m, documents: dict) -> list[str]:
    """A source mention's credit: the one of its clause, else the one the reader found beside it; names only
    ("official results", "the administration" credit nobody the draft could have named wrong)."""
    doc = documents.get(m.source)
    at = int(m.start)
    near_first = sorted(_clause_credits(doc, at) if doc is not None else [], key=lambda c: min(abs(c[1] - at),
                                                                                                abs(c[2] - at)))
    found = [name for name, _, _ in near_first]
    if not found and isinstance(m.attribution, str) and m.attribution.strip():
        found = [m.attribution]
    return [name for name in found if _NAMED.search(name) or _BODY_BY_KIND.search(name)]


_NAMED = regex.compile(r"(?:^|\s)(?!(?:The|A|An)\b)\p{Lu}")
# "the interior ministry", "the health department": one body, in a house style that writes it in lower case
# ("the ministry", "the government" alone name none the draft could have named wrong)
_BODY_BY_KIND = regex.compile(r"\b(?!(?:the|a|an|this|that|its|their)\b)\p{Ll}{3,}[ \t]+(?:ministry|department)\b"
                              r"|\bministry[ \t]+of[ \t]+\p{L}{3,}")


def draft_claim_credit_rows(mentions: pd.DataFrame, documents: dict, draft_label: str,
                            display: dict[str, str]) -> list[dict]:
    draft_doc = documents.get(draft_label)
    if draft_doc is None:
        return []
    # counts only: a day or a time of day is credited with the telling ("AFAD said late on Monday"), not the fact
    figures = mentions[mentions["low"].notna() & mentions["kind"].eq("count")
                       & ~mentions["unit"].fillna("").str.startswith("minutes")]
    draft = figures[figures["role"].eq("draft")]
    sources = figures[figures["role"].ne("draft") & figures["superseded"].eq("")]
    by_claim = {key: group for key, group in sources.groupby(["claim", "event"], sort=False)}
    rows, seen = [], set()
    for m in draft.itertuples(index=False):
        same = by_claim.get((m.claim, m.event))
        if same is None:
            continue
        mine = _clause_credits(draft_doc, int(m.start))
        if not mine:
            continue
        fits = same[same["value"].eq(m.value)]          # the same figure: "around 100" fits too much
        credited = [(s.source, s.sentence, _credits_of(s, documents)) for s in fits.itertuples(index=False)]
        credited = [(label, sentence, names) for label, sentence, names in credited if names]
        if not credited:
            continue
        for name, at, end in mine:
            if at in seen:
                continue
            seen.add(at)
            backing = list(dict.fromkeys(label for label, _, names in credited
                                         if any(same_credit(name, c) for c in names)))
            if backing:
                rows.append(row("attribution", name, name, "supported", backing, [],
                                "; ".join(f"{display.get(s, s)}: credited to {name}" for s in backing), m.sentence,
                                at, end, name))
                continue
            # a source crediting the draft's name with another figure of the claim, or naming it where it tells
            # one: the draft's credit is there in the sources, the figures are another matter
            every = [(s.sentence, _credits_of(s, documents)) for s in same.itertuples(index=False)]
            if any(any(same_credit(name, c) for c in names) or names_body(name, sentence) for sentence, names in every):
                continue
            # a body the draft's sentence names too is there in another role ("Port Authority figures show ...,
            # the Harbour Board said")
            others = {label: (sentence, names[0]) for label, sentence, names in credited
                      if not names_body(names[0], m.sentence)}
            if not others:
                continue
            says = "; ".join(f"{display.get(label, label)}: credited to {who} (“{sentence[:200]}”)"
                             for label, (sentence, who) in others.items())
            rows.append(row("attribution", name, name, "contradicted", [], list(others), says, m.sentence, at,
                            end, next(iter(others.values()))[1]))
    return rows
