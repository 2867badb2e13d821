"""How well the checker finds what editors annotated in real-world-style stories.

    python benchmarks/accuracy.py [STORY ...] [--verbose] [--root DIR]

--root DIR reads the stories from DIR/*/truth.yaml and their drafts from DIR/drafts/ instead
(holdout/ holds stories kept apart from tuning: measured, never worked on).

Runs checker.check on each story in tests/stories/ that has a truth.yaml (stock rules, no story
file), and on its draft in tests/drafts/ when there is one. The stories and their annotations were
written by helpers who had not read the checker's code, from real coverage.

Per story and in total it prints:
  conflicts found   annotated conflicts that one `conflict` finding holds two values of (recall)
  quiet             compatible and agreeing facts that no `conflict` finding holds a value of
  precision         `conflict` findings that hold a value annotated as in conflict and none annotated
                    as compatible or agreeing, out of all `conflict` findings
  draft             planted errors called `contradicted`, true statements called `supported` (and, apart, the
                    true statements a `contradicted` row also overlaps: false alarms)
A finding holds an annotated value when one of its mentions overlaps the value's phrase in that file.
An annotation whose phrase is not in its file stops the run with a message naming story and phrase.
"""
from __future__ import annotations

import sys
from dataclasses import dataclass, field
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import checker  # noqa: E402
from checker.sources import load_sources  # noqa: E402

STORIES = ROOT / "tests" / "stories"
DRAFTS = ROOT / "tests" / "drafts"


@dataclass
class Value:
    file: str
    spans: list[tuple[int, int]]
    superseded: bool = False


@dataclass
class Claim:
    id: str
    status: str
    values: list[Value] = field(default_factory=list)


def spans_of(text: str, phrase: str) -> list[tuple[int, int]]:
    spans, at = [], text.find(phrase)
    while at >= 0:
        spans.append((at, at + len(phrase)))
        at = text.find(phrase, at + 1)
    return spans


def load_truth(story: Path) -> list[Claim]:
    truth = yaml.safe_load((story / "truth.yaml").read_text(encoding="utf-8"))
    texts = {Path(s.path).name: s.text for s in load_sources([story])}
    claims = []
    for entry in truth["claims"]:
        claim = Claim(entry["id"], entry["status"])
        for value in entry["values"]:
            spans = spans_of(texts.get(value["source"], ""), value["phrase"])
            if not spans:
                sys.exit(f"{story.name}: the phrase {value['phrase']!r} is not in {value['source']}")
            claim.values.append(Value(value["source"], spans, bool(value.get("superseded"))))
        claims.append(claim)
    return claims


def overlaps(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    return any(a < end and start < b for a, b in spans)


def held(finding_mentions, claim: Claim) -> set[int]:
    """Indexes of the claim's values that the finding's mentions overlap."""
    out = set()
    for i, value in enumerate(claim.values):
        for m in finding_mentions:
            if m[0] == value.file and overlaps(value.spans, m[1], m[2]):
                out.add(i)
                break
    return out


@dataclass
class Score:
    conflicts: int = 0
    found: int = 0
    calm: int = 0
    quiet: int = 0
    alarms: int = 0
    right: int = 0
    planted: int = 0
    caught: int = 0
    true: int = 0
    supported: int = 0
    alarmed: int = 0
    missed: list[str] = field(default_factory=list)

    def add(self, other: "Score") -> None:
        for name in ("conflicts", "found", "calm", "quiet", "alarms", "right", "planted", "caught", "true",
                     "supported", "alarmed"):
            setattr(self, name, getattr(self, name) + getattr(other, name))


def conflict_findings(result) -> list[list[tuple[str, int, int]]]:
    """The mentions (file, start, end) behind each `conflict` finding."""
    mentions = result.mentions
    out = []
    for _, finding in result.findings[result.findings["status"] == "conflict"].iterrows():
        rows = mentions[(mentions["claim"] == finding["claim"]) & (mentions["event"] == finding["event"])]
        out.append([(Path(p).name, int(s), int(e)) for p, s, e in zip(rows["path"], rows["start"], rows["end"])])
    return out


def score_story(story: Path, drafts: Path = DRAFTS) -> Score:
    claims = load_truth(story)
    result = checker.check(story)
    alarms = conflict_findings(result)
    score = Score(alarms=len(alarms))
    for claim in claims:
        holdings = [held(f, claim) for f in alarms]
        if claim.status == "conflict":
            score.conflicts += 1
            if any(len(h) >= 2 for h in holdings):
                score.found += 1
            else:
                score.missed.append(f"missed conflict {claim.id}")
        else:
            score.calm += 1
            if not any(holdings):
                score.quiet += 1
            else:
                score.missed.append(f"flagged {claim.status} {claim.id}")
    conflict_claims = [c for c in claims if c.status == "conflict"]
    calm_claims = [c for c in claims if c.status != "conflict"]
    for finding in alarms:
        if any(held(finding, c) for c in conflict_claims) and not any(held(finding, c) for c in calm_claims):
            score.right += 1
    score_draft(story, score, drafts)
    return score


def score_draft(story: Path, score: Score, drafts: Path = DRAFTS) -> None:
    draft = drafts / f"{story.name}.txt"
    key = drafts / f"{story.name}.yaml"
    if not (draft.exists() and key.exists()):
        return
    truth = yaml.safe_load(key.read_text(encoding="utf-8"))
    text = load_sources([draft])[0].text
    rows = checker.check(story, draft=draft).draft
    verdicts = [] if rows is None else list(zip(rows["verdict"], rows["start"], rows["end"]))
    for kind, wanted, counter in (("planted_errors", "contradicted", "caught"), ("true_statements", "supported",
                                                                                  "supported")):
        for item in truth.get(kind) or []:
            spans = spans_of(text, item["phrase"])
            if not spans:
                sys.exit(f"{story.name} draft: the phrase {item['phrase']!r} is not in {draft.name}")
            setattr(score, "planted" if kind == "planted_errors" else "true",
                    getattr(score, "planted" if kind == "planted_errors" else "true") + 1)
            if kind == "true_statements" and any(v == "contradicted" and overlaps(spans, int(s), int(e))
                                                 for v, s, e in verdicts):
                score.alarmed += 1          # a false alarm on a true statement, whatever else supports it
                score.missed.append(f"draft: true {item['type']} {item['phrase']!r} also called contradicted")
            if any(v == wanted and overlaps(spans, int(s), int(e)) for v, s, e in verdicts):
                setattr(score, counter, getattr(score, counter) + 1)
            elif kind == "planted_errors":
                score.missed.append(f"draft: {item['type']} error {item['phrase']!r} not contradicted")
            else:
                said = sorted({v for v, s, e in verdicts if overlaps(spans, int(s), int(e))}) or ["no verdict"]
                score.missed.append(f"draft: true {item['type']} {item['phrase']!r} not supported ({', '.join(said)})")


def share(a: int, b: int) -> str:
    return f"{a / b:.2f}" if b else "n/a"


def main() -> None:
    args = sys.argv[1:]
    verbose = "--verbose" in args
    root, drafts = STORIES, DRAFTS
    if "--root" in args:
        at = args.index("--root")
        root = Path(args[at + 1]).resolve()
        drafts = root / "drafts"
        del args[at:at + 2]
    names = [a for a in args if not a.startswith("--")]
    stories = [root / n for n in names] if names else sorted(p.parent for p in root.glob("*/truth.yaml"))
    total, claims = Score(), 0
    print(f"{'story':18} {'conflicts found':>16} {'quiet':>10} {'precision':>10} {'draft caught':>13} "
          f"{'draft supported':>16}")
    for story in stories:
        score = score_story(story, drafts)
        claims += score.conflicts + score.calm
        total.add(score)
        print(f"{story.name:18} {score.found:>7}/{score.conflicts:<3} {share(score.found, score.conflicts):>4} "
              f"{score.quiet:>5}/{score.calm:<4} {score.right:>4}/{score.alarms:<4}  {score.caught:>5}/{score.planted:<5}"
              f"  {score.supported:>7}/{score.true:<5}")
        if verbose:
            for line in score.missed:
                print(f"    {line}")
    recall, precision = share(total.found, total.conflicts), share(total.right, total.alarms)
    print(f"draft: planted errors caught {total.caught}/{total.planted}, true statements supported "
          f"{total.supported}/{total.true}, true statements also called contradicted {total.alarmed}")
    print(f"accuracy: recall {recall} precision {precision} over {len(stories)} stories ({claims} annotated claims)")


if __name__ == "__main__":
    main()
