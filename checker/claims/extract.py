"""Stage 2: read every rule over every source into mentions, one row each."""
from __future__ import annotations

import bisect
import dataclasses
import re

import pandas as pd

from checker.errors import InputError
from checker.claims.document import Document, Mention, read_document, story_date
from checker.reading import Sentence, as_of, attribution_of, changed_to, find_quotes, is_list_item, party_of, superseded
from checker.reading.names import scan_names
from checker.claims.cues import CueIndex
from checker.claims.day_words import days_with_words
from checker.claims.events import place_in_text, settle_events
from checker.claims.kinds import READERS
from checker.claims.open_figures import open_dates, open_figures
from checker.claims.slots import filled_slots
from checker.claims.tallies import open_tallies
from checker.claims.workers import OverBudget, map_jobs, time_budget
from checker.claims.rules import Rule
from checker.sources import Source
from checker.claims.story import Story

MENTION_COLUMNS = [f.name for f in dataclasses.fields(Mention) if f.name not in ("distance", "extra")] + ["note"]


def _settle_contests(mentions: list[Mention]) -> list[Mention]:
    """One figure is one claim: where several count rules want the same figure,
    the rule whose cue stands nearest keeps it ("killed 12 and injured 30")."""
    best: dict[tuple[str, int, int], Mention] = {}
    others: list[Mention] = []
    for m in mentions:
        if m.kind not in ("count", "duration"):
            others.append(m)
            continue
        key = (m.source, m.start, m.end)
        if key not in best or m.distance < best[key].distance:
            best[key] = m
    return others + list(best.values())


def _read_one(source: Source, reference, rules: list[Rule], cue_index: CueIndex,
              story: Story) -> tuple[Document, list[Mention], list[str]]:
    """All the per-text work, in one place so that it can run in a worker process: the readers, every rule's
    mentions with what their sentence says of them, the names scan and the quotes. A step that fails on this
    text costs only its own part of the report, named in the messages returned."""
    doc = read_document(source, reference)
    failed: list[str] = []
    doc.quotes = _isolated(failed, "the quotations", find_quotes, [], source)
    if source.role == "draft":
        # the draft's "today's attacks" inside a quotation is the day the speaker spoke, which the sources date by
        # their own days: it is not set against them
        spans = sorted((q.start, q.end) for q in doc.quotes)
        doc.dates = [d for d in doc.dates if not (_SPEAKERS_DAY.match(d.text) and _inside(spans, d.start))]
    doc.cues = cue_index.scan(doc.text)
    found: list[Mention] = []
    for rule in rules:
        found.extend(_isolated(failed, f"the rule '{rule.id}'", READERS[rule.kind], [], rule, doc))
    found = _settle_contests(found)
    for mention in found:
        if mention.kind != "date":
            mention.as_of = as_of(mention.sentence)
            mark_context(mention, doc)
    place_in_text(found, doc, story)
    doc.cues = None                                  # spent: not worth sending back from a worker
    doc.name_scan = _isolated(failed, "the names scan", scan_names, scan_names(""), doc.text)
    doc.open_figures = _isolated(failed, "the figures no rule names", open_figures, [], doc, found)
    doc.open_dates = _isolated(failed, "the days no rule names", open_dates, [], doc, found)
    doc.slots = _isolated(failed, "the names in their roles", filled_slots, [], doc)
    # what the comparing process would otherwise work out text by text, made here where texts are read apart
    _isolated(failed, "the days and their words", days_with_words, None, doc)
    _isolated(failed, "the vote tallies", open_tallies, [], doc)
    return doc, found, failed


_SPEAKERS_DAY = re.compile(r"(?i:today|tonight|yesterday|tomorrow)\b")


def _inside(spans: list[tuple[int, int]], at: int) -> bool:
    """Whether offset `at` stands inside one of the sorted spans."""
    k = bisect.bisect_right(spans, (at, float("inf"))) - 1
    return k >= 0 and at < spans[k][1]


def _isolated(failed: list[str], what: str, step, default, *args):
    """step(*args), or `default` with a message in `failed` when it raises: a reader's bug on one text must not
    cost the editor the rest of that text's checks."""
    try:
        return step(*args)
    except Exception as exc:  # noqa: BLE001 (any bug in one step; the message names it)
        failed.append(f"the checker failed on {what} in this text ({type(exc).__name__}: {exc}); the rest of "
                      "this text is checked; please report this file")
        return default


def _read_or_fail(shared: tuple, index: int) -> tuple[Document, list[Mention], list[str]] | str:
    sources, reference, rules, cue_index, story, seconds = shared
    try:
        with time_budget(seconds):
            doc, found, failed = _read_one(sources[index], reference, rules, cue_index, story)
        doc.source = None   # the caller has it: a worker need not send the text back
        return doc, found, failed
    except OverBudget:
        return (f"reading it took more than {seconds:g} s, the time allowed per source; its figures are not in "
                "the report; split it into smaller files to check it")
    except Exception as exc:  # a reader's bug on one text must not cost the editor the other sources
        return (f"the checker failed on this text ({type(exc).__name__}: {exc}); its figures are not in the "
                "report; please report this file")


def read_mentions(sources: list[Source], rules: list[Rule], story: Story, progress=None,
                  on_problem=None, workers: int | None = None,
                  seconds: float = 0) -> tuple[list[Mention], dict[str, Document]]:
    """Every rule's mentions in every source, and each source's Document. The texts are read in `workers`
    processes (by default one per core when there are many texts); the result is the same either way."""
    reference = story_date(sources, story.date)
    cue_index = CueIndex(rules)
    docs: dict[str, Document] = {}
    mentions: list[Mention] = []
    reads = map_jobs(_read_or_fail, (sources, reference, rules, cue_index, story, seconds), len(sources), workers)
    for done, (source, read) in enumerate(zip(sources, reads), 1):
        if progress:
            progress(done, len(sources))
        if isinstance(read, str):
            if on_problem is None:
                raise RuntimeError(f"{source.path}: {read}")
            on_problem(InputError(read, source.path))
            continue
        doc, found, failed = read
        doc.source = source
        docs[source.label] = doc
        mentions.extend(found)
        for message in failed:
            if on_problem is None:
                raise RuntimeError(f"{source.path}: {message}")
            on_problem(InputError(message, source.path))
    settle_events(mentions, story, docs)
    supersede_changed(mentions, docs)
    order = {s.label: i for i, s in enumerate(sources)}
    mentions.sort(key=lambda m: (order[m.source], m.start, m.claim))
    return mentions, docs


def _list_lead(sentences: list[Sentence], sentence: Sentence) -> Sentence | None:
    """The line that introduces the list `sentence` is an item of, if it is one."""
    index = sentence.index
    while index >= 0 and is_list_item(sentences[index].text) and sentence.index - index < 30:
        index -= 1
    return sentences[index] if 0 <= index < sentence.index else None


# "The agency says the quake occurred at 4:10 p.m. It had a magnitude of 7.6": the report goes on
_GOES_ON = re.compile(r"(?:It|They|Its|Their)\s")


def _reported_before(sentences: list[Sentence], sentence: Sentence) -> Sentence | None:
    """The sentence before, when this one goes on with its report ("It had a magnitude of 7.6")."""
    if sentence.index > 0 and _GOES_ON.match(sentence.text) and not sentences[sentence.index - 1].is_heading:
        return sentences[sentence.index - 1]
    return None


def mark_context(mention: Mention, doc: Document) -> None:
    """What the sentence says of the figure: who it is attributed to, whether the source gives it as an
    earlier one, and whose figure it is."""
    mention.attribution = attribution_of(mention.sentence)
    sentence = doc.sentences[mention.sentence_index] if 0 <= mention.sentence_index < len(doc.sentences) else None
    lo, hi = (sentence.start, sentence.end) if sentence else (0, len(doc.text))
    # a person's age is never an earlier figure ("police had earlier sought his companion, Marilou Danley, 62":
    # the seeking was earlier)
    mention.superseded = "" if mention.kind == "age" else superseded(doc.text, mention.start, mention.end, lo)
    mention.party = party_of(doc.text, mention.start, mention.end, lo, hi)
    if sentence is not None and not (mention.attribution or mention.party):
        lead = _list_lead(doc.sentences, sentence) or _reported_before(doc.sentences, sentence)
        if lead is not None:            # "Outline (source: Japan Meteorological Agency)" then "- Depth: 16 km"
            mention.attribution = attribution_of(lead.text)
            mention.party = party_of(doc.text, lead.end, lead.end, lead.start, lead.end)


def supersede_changed(mentions: list[Mention], docs: dict[str, Document]) -> None:
    """A source's figure it later changes ("77 people had been killed. The minister later raised the death toll to
    80") is its earlier figure: marked superseded, so that only the figure it changed to is compared."""
    same_fact: dict[tuple[str, str, str], list[Mention]] = {}
    changes = []
    for m in mentions:
        same_fact.setdefault((m.source, m.claim, m.event), []).append(m)
        doc = docs.get(m.source)
        if m.kind == "count" and doc is not None and 0 <= m.sentence_index < len(doc.sentences):
            cue = changed_to(doc.text, m.start, doc.sentences[m.sentence_index].start)
            if cue:
                changes.append((m, cue))
    for changed, cue in changes:
        for m in same_fact[(changed.source, changed.claim, changed.event)]:
            if m.start < changed.start and m.low != changed.low and not m.superseded:
                m.superseded = f"the source later changes it (“{cue}”)"


def mentions_frame(mentions: list[Mention]) -> pd.DataFrame:
    rows = []
    for m in mentions:
        row = {name: getattr(m, name) for name in MENTION_COLUMNS if name != "note"}
        row["note"] = "; ".join(f"{k}: {v}" for k, v in m.extra.items() if k == "weekday_mismatch")
        rows.append(row)
    return pd.DataFrame(rows, columns=MENTION_COLUMNS)
