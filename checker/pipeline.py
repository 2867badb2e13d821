"""The whole check as plain functions: load → read → frame → compare.

`check()` is the Python API; the CLI and the report build on its `Result`.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterable

import numpy as np
import pandas as pd

from checker.claims import (STORY_FILE, Rule, Story, claims_of, in_background, load_rules, load_story, mentions_frame,
                            read_mentions, story_date)
from checker.compare import (vouched_names, draft_affiliation_rows, draft_where_rows, draft_agent_rows, draft_direction_rows, unknown_name_rows, sentence_index, STATUS_ORDER, STOCK_HOUSE_STYLE, draft_calendar_rows, draft_name_rows, draft_quote_rows,
                             draft_unnamed_rows, draft_credit_rows, draft_claim_credit_rows, draft_person_rows, draft_title_rows, draft_place_rows, draft_day_rows, draft_figure_rows, figures_told, retold_days_win,
                             draft_verdicts, without_repeats,
                             findings_frame, load_house_style, name_findings, name_groups, order_verdicts,
                             quote_findings, quote_groups, source_flags, sources_frame, title_findings,
                             agent_findings, affiliation_findings, place_findings, site_findings,
                             speaker_findings)
from checker.errors import InputError
from checker.sources import Limits, Source, load_sources

HOUSE_STYLE_FILE = "names.yaml"


@dataclass
class Result:
    mentions: pd.DataFrame
    sources: pd.DataFrame
    findings: pd.DataFrame
    problems: list[InputError] = field(default_factory=list)  # sources that could not be read
    story: Story = field(default_factory=Story)
    draft: pd.DataFrame | None = None  # one row per claim in the draft, with its verdict
    flags: pd.DataFrame | None = None  # stale or off-event sources, one row each
    names: pd.DataFrame | None = None  # spellings of one name across sources (checker.compare.names)
    quotes: pd.DataFrame | None = None  # wordings of one quote across sources (checker.compare.quotes)

    def status_of(self, claim: str, event: str) -> str | None:
        rows = self.findings[(self.findings["claim"] == claim) & (self.findings["event"] == event)]
        return rows["status"].iloc[0] if len(rows) else None


def _story_beside(paths: list[Path]) -> Path | None:
    for path in paths:
        folder = path if path.is_dir() else path.parent
        if (folder / STORY_FILE).exists():
            return folder / STORY_FILE
    return None


def check(sources: str | Path | Iterable[str | Path], rules: list[Rule] | Iterable[str | Path] | None = None,
          story: Story | str | Path | None = None, on_problem: Callable[[InputError], None] | None = None,
          draft: str | Path | None = None, progress: Callable[[int, int], None] | None = None,
          workers: int | None = None, limits: Limits | None = None) -> Result:
    """Check the sources of one story against the claim rules.

    sources: a folder, a file, or several; rules: loaded rules or rule files/folders
    (the stock rules when None); story: a story.yaml (found beside the sources when None);
    draft: the desk's draft, whose every claim gets a verdict against the sources;
    workers: processes that read the texts (None: one per core for a story of many texts; 1: none);
    limits: what one source may cost (checker.sources.Limits; the defaults when None).
    """
    paths = [Path(sources)] if isinstance(sources, (str, Path)) else [Path(p) for p in sources]
    if rules is None or not all(isinstance(r, Rule) for r in rules):
        rules = load_rules([Path(r) for r in rules] if rules is not None else None)
    if not isinstance(story, Story):
        story = load_story(Path(story) if story else _story_beside(paths))
    problems: list[InputError] = []

    def heard(problem: InputError) -> None:
        problems.append(problem)
        if on_problem:
            on_problem(problem)

    limits = limits or Limits()
    loaded: list[Source] = load_sources(paths, heard, draft=Path(draft) if draft else None, limits=limits)
    mentions, documents = read_mentions(loaded, list(rules), story, progress, heard, workers, limits.source_seconds)
    checked = [s for s in loaded if s.role != "draft"]
    read = [s for s in checked if s.label in documents]     # a text a reader failed on is reported, not read
    style = load_house_style(_house_style_for(paths, rules))
    # the names and quotations of the sources need nothing of their claims: told apart beside them
    names_and_quotes = in_background(_names_and_quotes, (read, documents, style), len(loaded), workers)
    try:
        mentions, claim_rules, main = claims_of(mentions, documents, list(rules))
        mention_rows = mentions_frame(mentions)
        findings = findings_frame(mention_rows, claim_rules, story, [s.label for s in loaded],
                                  {s.label: s.published for s in loaded})
        told = figures_told(documents, [s.label for s in read]) if draft else {}
        verdicts = draft_verdicts(mention_rows, claim_rules, {s.label: s.display for s in loaded}, findings,
                                  told, {s.label: s.published for s in loaded}) if draft else None
        flags = source_flags(loaded, findings, mention_rows, story_date(loaded, story.date), documents)
    finally:
        names, quotes = names_and_quotes.result()      # taken even when a step fails: no process left waiting
    if not story.events:  # with a story file, names and quotes stay in their own sheets: the events are the editor's
        findings, mention_rows = _with_spellings(findings, mention_rows, names, main, checked, heard)
        findings, mention_rows = _with_quotes(findings, mention_rows, quotes, main, [s.label for s in checked],
                                              {s.label: s.text for s in checked})
    if verdicts is not None:
        verdicts = _with_names_and_quotes(verdicts, loaded, read, documents, style, told,
                                          {r.id for r in claim_rules if r.kind == "date"}, mention_rows, heard)
    return Result(mention_rows, sources_frame(mention_rows, findings, loaded), findings, problems, story, verdicts,
                  flags, names, quotes)


def _names_and_quotes(read: list[Source], documents: dict, style) -> tuple[pd.DataFrame, pd.DataFrame]:
    """The sources' names spelt more than one way, and their quotations."""
    return (name_groups(read, style, scans=[documents[s.label].name_scan for s in read]),
            quote_groups(read, [documents[s.label].quotes for s in read]))


def _isolated(heard: Callable[[InputError], None], what: str, step, default, *args):
    """step(*args), or `default` and a problem reported when it raises: one check's bug must not cost the editor
    the report, nor the other checks' rows."""
    try:
        return step(*args)
    except Exception as exc:  # noqa: BLE001 (any bug in one check; the message names it)
        heard(InputError(f"the checker failed on {what} ({type(exc).__name__}: {exc}); the other checks ran; "
                         "please report these sources"))
        return default


def _with_spellings(findings: pd.DataFrame, mention_rows: pd.DataFrame, names: pd.DataFrame, event: str,
                    checked: list[Source], heard: Callable[[InputError], None]) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Findings and mentions with the names spelt with other letters, the ranks told two ways, a person tied to two
    bodies and an act credited to two, added."""
    texts = {s.label: s.text for s in checked}
    findings, mention_rows = _with(findings, mention_rows, *name_findings(names, event, texts,
                                                                         list(mention_rows.columns)))
    paths = {s.label: s.path for s in checked}
    none = (findings.iloc[:0], mention_rows.iloc[:0])
    for what, step in (("people's titles", title_findings), ("whom people are with", affiliation_findings),
                       ("who did what", agent_findings), ("where things happened", place_findings),
                       ("which site", site_findings)):
        findings, mention_rows = _with(findings, mention_rows, *_isolated(
            heard, what, step, none, event, texts, paths, list(mention_rows.columns)))
    return findings, mention_rows


def _with_quotes(findings: pd.DataFrame, mention_rows: pd.DataFrame, quotes: pd.DataFrame, event: str,
                 source_order: list[str], texts: dict[str, str]) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Findings and mentions with the quotations two sources word differently, or credit to two people, added."""
    findings, mention_rows = _with(findings, mention_rows, *quote_findings(
        quotes, event, source_order, list(mention_rows.columns), texts))
    return _with(findings, mention_rows, *speaker_findings(quotes, event, source_order, list(mention_rows.columns),
                                                           texts))


def _with(findings: pd.DataFrame, mention_rows: pd.DataFrame, more: pd.DataFrame,
          more_rows: pd.DataFrame) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Findings and mentions with more of each, findings kept in status order."""
    findings = _joined(findings, more)
    order = findings["status"].map(STATUS_ORDER.index).argsort(kind="stable") if not findings.empty else []
    return findings.iloc[order].reset_index(drop=True), _joined(mention_rows, more_rows)


def _with_names_and_quotes(verdicts: pd.DataFrame, loaded: list[Source], read: list[Source], documents: dict,
                           style, told: dict, date_claims: set[str], mention_rows: pd.DataFrame,
                           heard: Callable[[InputError], None]) -> pd.DataFrame:
    """The draft's claim verdicts with a row for each name it spells as no source does, each quotation, each
    figure no claim took that a source tells alike, and each day a source tells alike."""
    draft = next((s for s in loaded if s.role == "draft" and s.label in documents), None)
    if draft is None:
        return verdicts
    display = {s.label: s.display for s in loaded}
    with_draft = name_groups(read + [draft], style, all_groups=True,
                             scans=[documents[s.label].name_scan for s in read + [draft]])
    rows = _isolated(heard, "the draft's spellings", draft_name_rows, [], with_draft, draft.label, draft.text, display)
    spelt = [(r["start"], r["end"]) for r in rows if r["verdict"] == "contradicted"]
    # a name spelt as no source does, in a sentence retelling one with another name there, is one error: the
    # spelling row says it
    with_sentences = [(s.label, s.text, documents[s.label].sentences) for s in read]
    indexed = sentence_index(with_sentences)
    rows += [r for r in _isolated(heard, "the draft's names in place", draft_unnamed_rows, [], with_draft, draft.label,
                                  draft.text, with_sentences, display, indexed)
             if not any(a < r["end"] and r["start"] < b for a, b in spelt)]
    # "Trent Conway" for the sources' "Trent Conaway": the full name outweighs a spelling "Conway" matched elsewhere
    people = _isolated(heard, "the draft's full names", draft_person_rows, [], draft.text,
                       [(s.label, s.text) for s in read], display,
                       [(r["start"], r["end"]) for r in rows if r["verdict"] == "contradicted"])
    rows = [r for r in rows if not any(p["start"] < r["end"] and r["start"] < p["end"] for p in people)] + people
    rows += _isolated(heard, "the draft's titles", draft_title_rows, [], draft.text, [(s.label, s.text) for s in read],
                      display)
    rows += _isolated(heard, "the draft's quotations", draft_quote_rows, [], documents[draft.label].quotes,
                      [q for s in read for q in documents[s.label].quotes], draft.text, display)
    said = [(r["start"], r["end"]) for r in rows if r["claim"] == "attribution"]   # (a quotation's speaker)
    rows += [r for r in _isolated(heard, "whom the draft credits", draft_credit_rows, [], documents[draft.label],
                                  documents, [s.label for s in read], told, display)
             if not any(a < r["end"] and r["start"] < b for a, b in said)]
    credited = [(r["start"], r["end"]) for r in rows if r["claim"] == "attribution"]
    rows += [r for r in _isolated(heard, "whom the draft credits a claim to", draft_claim_credit_rows, [],
                                  mention_rows, documents, draft.label, display)
             if not any(a < r["end"] and r["start"] < b for a, b in credited)]
    rows += _isolated(heard, "the draft's places", draft_place_rows, [], draft.text,
                      [(s.label, s.text) for s in read], display)
    sentences = documents[draft.label].sentences
    rows += _isolated(heard, "who did what in the draft", draft_agent_rows, [], draft.text, sentences, *indexed,
                      display, [(r["start"], r["end"]) for r in rows if r["verdict"] == "contradicted"])
    # the shapes draft_place_rows reads a person's body in are its to judge
    rows += _isolated(heard, "whom the draft's people are with", draft_affiliation_rows, [], draft.text, sentences,
                      indexed[1], display, [(r["start"], r["end"]) for r in rows
                                            if r["verdict"] == "contradicted" or r["claim"] == "organisation"])
    rows += _isolated(heard, "where the draft puts things", draft_where_rows, [], draft.text, sentences, *indexed,
                      display, [(r["start"], r["end"]) for r in rows if r["verdict"] == "contradicted"])
    rows += _isolated(heard, "the draft's directions", draft_direction_rows, [], draft.text, with_sentences, display,
                      [(r["start"], r["end"]) for r in rows if r["verdict"] == "contradicted"])
    unknown = _isolated(heard, "names no source writes", unknown_name_rows, [], draft.text, with_sentences, *indexed,
                        display, [(r["start"], r["end"]) for r in rows],
                        [(r["start"], r["end"]) for r in rows if r["verdict"] == "contradicted"]
                        + [(s, e) for s, e, v in zip(verdicts["start"], verdicts["end"], verdicts["verdict"])
                           if v == "contradicted"])
    # a name no source writes outweighs a row on a part of it ("Committee" of "Senate Judiciary Committee", spelt
    # as the sources spell it)
    rows = [r for r in rows if not any(u["start"] < r["end"] and r["start"] < u["end"] for u in unknown)] + unknown
    verdicts = without_repeats(verdicts, rows)
    verdicts = verdicts.loc[[not v for v in vouched_names(verdicts, *indexed)]]
    rows += _isolated(heard, "the draft's calendar", draft_calendar_rows, [], documents[draft.label].dates,
                      draft.text, set(verdicts["start"]))
    judged = verdicts["verdict"].ne("unsupported").to_numpy()
    figure_rows = _isolated(heard, "the draft's figures no claim took", draft_figure_rows, [], documents[draft.label],
                            told, list(zip(verdicts["start"][judged], verdicts["end"][judged])), display)
    # a figure no claim of the sources backs, that their sentences worded like the draft's give otherwise
    kept = [judged[i] or not any(r["start"] < e and s < r["end"] for r in figure_rows)
            for i, (s, e) in enumerate(zip(verdicts["start"], verdicts["end"]))]
    verdicts = verdicts.loc[np.array(kept, dtype=bool)]
    rows += figure_rows
    dated = verdicts["claim"].isin(date_claims).to_numpy()
    taken = list(zip(verdicts["start"][~dated], verdicts["end"][~dated])) + [(r["start"], r["end"]) for r in rows]
    days = _isolated(heard, "the draft's days", draft_day_rows, [], documents[draft.label],
                     {s.label: documents[s.label] for s in read}, taken, display)
    verdicts, days = retold_days_win(verdicts, days, dated)
    return order_verdicts(_judged_once(_joined(verdicts, pd.DataFrame(rows + days, columns=verdicts.columns))))


def _judged_once(frame: pd.DataFrame) -> pd.DataFrame:
    """Without an `unsupported` row for words another row judges (the date rule finds no source for "until Feb.
    28" where the sources' deadlines, set against it, contradict it), nor an open claim's row repeating another's."""
    if frame.empty:
        return frame
    judged = frame.loc[frame["verdict"].ne("unsupported"), ["start", "end"]].to_numpy()
    keep = [verdict != "unsupported" or not any(a < end and start < b for a, b in judged)
            for verdict, start, end in zip(frame["verdict"], frame["start"], frame["end"])]
    frame = frame.loc[keep]
    # an open claim giving words the verdict another row gives them: that row says it
    said = set(zip(frame["start"], frame["end"], frame["verdict"], ~frame["claim"].str.startswith("auto:")))
    repeat = [claim.startswith("auto:") and (start, end, verdict, True) in said
              for claim, start, end, verdict in zip(frame["claim"], frame["start"], frame["end"], frame["verdict"])]
    return frame.loc[[not r for r in repeat]]


def _joined(frame: pd.DataFrame, more: pd.DataFrame) -> pd.DataFrame:
    if more.empty:
        return frame
    return more if frame.empty else pd.concat([frame, more], ignore_index=True)


def _house_style_for(paths: list[Path], rules: list[Rule]) -> Path | None:
    """The story's own names.yaml, else one beside the rules in use, else the stock list."""
    for path in paths:
        folder = path if path.is_dir() else path.parent
        if (folder / HOUSE_STYLE_FILE).exists():
            return folder / HOUSE_STYLE_FILE
    for rule in rules:
        beside = Path(rule.path).parent / HOUSE_STYLE_FILE
        if beside.exists():
            return beside
    return STOCK_HOUSE_STYLE
