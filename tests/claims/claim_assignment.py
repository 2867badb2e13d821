"""Scoring for tests/claims/claim_sentences.yaml: which claim each figure of a wire-style sentence is read as.

The table was written by a helper who had not read the checker. A figure is right when the
checker reads it for the annotated claim (a facet or party of it counts: `deaths:identified` is
`deaths`), or, for `none`, when it reads it for none of the table's claims.
Used by tests/claims/test_claim_assignment.py and benchmarks/claim_assignment.py.
"""
from __future__ import annotations

from pathlib import Path

import yaml

from checker.claims import Story, load_rules, read_mentions
from checker.sources import Source

TABLE = Path(__file__).with_name("claim_sentences.yaml")
CLAIMS = {"deaths", "injured", "missing", "rescued", "on_board", "arrested", "evacuated", "displaced", "hostages",
          "crowd_size", "cases"}
# The stock rules name some claims differently: evacuated people are read by the displacement rule.
SAME = {"evacuated": {"evacuated", "displaced"}}


def base(claim: str) -> str:
    return claim.split(":")[0].split("@")[0]


def score() -> tuple[int, int, list[str]]:
    cases = yaml.safe_load(TABLE.read_text(encoding="utf-8"))
    rules = load_rules(None)
    right, total, wrong = 0, 0, []
    for i, case in enumerate(cases):
        sentence = case["sentence"]
        source = Source(f"s{i}", f"s{i}.txt", sentence + "\n", None, "source", {})
        mentions, _ = read_mentions([source], rules, Story())
        for figure in case["figures"]:
            at = sentence.find(figure["phrase"])
            read = {base(m.claim) for m in mentions if m.start < at + len(figure["phrase"]) and at < m.end}
            read &= CLAIMS
            wanted = figure["claim"]
            ok = not read if wanted == "none" else bool(read & SAME.get(wanted, {wanted}))
            total += 1
            if ok:
                right += 1
            else:
                wrong.append(f"{figure['phrase']!r} is {wanted}, read as {sorted(read) or 'nothing'}: {sentence}")
    return right, total, wrong
