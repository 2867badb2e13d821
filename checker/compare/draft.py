"""The desk's draft against its sources: each claim in the draft gets a verdict.

  contradicted  no source states a compatible figure, and some state an incompatible one
  disputed      some sources support it, others contradict it (unless a source states the figure in words like
                the draft's and the others state theirs in other words: those are another fact's; or twice as
                many sources state it in the draft's words as state another: the draft has what they tell)
  unsupported   no source states this claim about this event
  supported     a source states a compatible figure (or the same entity) and none contradicts
"""
from __future__ import annotations

import re

import pandas as pd

from checker.claims import FAR_RATIO, NO_EVENT, PARTY_MARK, SHARED_WORDS, WEEKDAY, Rule, words_of
from checker.compare.draft_figures import DAY_UNIT, given_as_anothers, owner, told_alike, with_its_date
from checker.compare.draft_claim_days import days_told_alike, own_weekday_against, the_day_sources_give
from checker.compare.findings import row_wording
from checker.compare.intervals import _closed_bounds
from checker.reading import read_quantities

VERDICT_ORDER = ["contradicted", "disputed", "unsupported", "supported"]
VAGUE_NEAR = 0.25  # a stated figure this near the draft's (a share of it) says what a vague one beside it tells
MOST_TELL = 2     # sources telling the draft's figure in its words, per source telling another: it is what they say
DRAFT_COLUMNS = ["finding_id", "claim", "label", "event", "draft", "verdict", "supported_by", "contradicted_by",
                 "sources_say", "sentence", "start", "end", "safe_wording"]


def _compatible(draft_row, sources: pd.DataFrame, kind: str, tolerance: float) -> pd.Series:
    if kind == "entity":
        return sources["value"].eq(draft_row.value)
    both = pd.concat([pd.DataFrame([draft_row._asdict()]), sources], ignore_index=True)
    low, high = _closed_bounds(both, tolerance)
    meets = (low[1:] <= high[0]) & (low[0] <= high[1:])
    if getattr(draft_row, "qualifier", None) in _SPANS:
        # a span set against a span has both its ends to get right: "$135 billion to $160 billion" is not the
        # sources' "$135 billion to $150 billion", though the two meet
        spans = sources["qualifier"].isin(_SPANS).to_numpy(bool)
        meets = meets & (~spans | ((low[1:] <= low[0]) & (high[0] <= high[1:])))
    return pd.Series(meets, index=sources.index)


_SPANS = ("range", "between")


def _noun_at(sentence: str, at: int) -> str | None:
    """The noun the draft's figure at `at` of its sentence counts ("crew" of "nine crew members"), if any."""
    return next((q.noun for q in read_quantities(sentence) if q.start == at), None) if at >= 0 else None


NEAR_FIGURE = 1.5   # a draft figure within this factor of the one most sources state is that figure, told wrong


def _the_figure_sources_state(claim_row, same: pd.DataFrame, fits: pd.Series) -> list[str] | None:
    """The sources that state one exact figure, when two or more do and more than give any other, the draft's
    figure is near it and does not fit it, and no source states the draft's figure exactly: such a draft ("106
    people were rescued" where four sources say 104) has the figure wrong, though it fits a source's looser
    "around 100". None otherwise."""
    exact = same[same["qualifier"].isna() | same["qualifier"].eq("")]
    if exact.empty or exact["value"].eq(claim_row.value).any():
        return None
    # figures far from the draft's are the claim's other facts ("65 in hospital" beside "Injured: 126")
    if _middle(claim_row) > 0:
        exact = exact[_near_the_draft(exact["low"], _middle(claim_row))]
        if exact.empty:
            return None
    counts = exact.groupby("value")["source"].nunique().sort_values(ascending=False)
    if len(counts) > 1 and counts.iloc[1] == counts.iloc[0]:
        return None
    modal = exact[exact["value"] == counts.index[0]]
    figure, draft_figure = float(modal["low"].iloc[0]), _middle(claim_row)
    if fits[modal.index].any() or not figure > 0 or not 1 / NEAR_FIGURE <= draft_figure / figure <= NEAR_FIGURE:
        return None
    # one source's exact figure is enough where it is the only one and every source the draft fits only rounds it
    # ("Turnout was 57.8%" where one says 59.8%, the others "about 60%", "just under 60%")
    loose = same.loc[fits]
    draft_qualified = isinstance(claim_row.qualifier, str) and bool(claim_row.qualifier)   # NaN when none
    rounds_it = ((loose["low"] <= figure) & (figure <= loose["high"])).all()
    if counts.iloc[0] < 2 and (len(counts) > 1 or draft_qualified or not rounds_it):
        return None
    return list(dict.fromkeys(modal["source"]))


def _near_figures(claim_row, same: pd.DataFrame, contradicted: list[str]) -> list[str]:
    """The sources against a draft figure some source supports that give a figure of its size: "six people were
    killed" is not disputed by a source whose only figure in the claim is another crash's 67 dead (figures more than
    FAR_RATIO apart are two facts, as open claims pair them)."""
    draft_figure = _middle(claim_row)
    if not draft_figure > 0:
        return contradicted
    theirs = same[same["source"].isin(contradicted)]
    middle = (theirs["low"] + theirs["high"]) / 2
    near = theirs[(middle > 0) & (middle <= FAR_RATIO * draft_figure)
                  & (middle * FAR_RATIO >= draft_figure)]
    return [s for s in contradicted if s in set(near["source"])]


def _the_figure_qualified_alike(claim_row, same: pd.DataFrame, fits: pd.Series) -> list[str] | None:
    """The sources that give one figure with the draft's own qualifier, when two or more do and none gives the
    draft's, the draft's figure near theirs and not fitting it: "more than 300,000 ether" where two sources say
    "more than 400,000" is the figure changed, though a third's "about 400,000" reaches down to it. None
    otherwise."""
    qualifier = claim_row.qualifier
    if not isinstance(qualifier, str) or not qualifier:
        return None
    alike = same[same["qualifier"].eq(qualifier)]
    if alike.empty or alike["stated"].eq(claim_row.stated).any():
        return None
    counts = alike.groupby("stated")["source"].nunique().sort_values(ascending=False)
    if counts.iloc[0] < 2 or len(counts) > 1 and counts.iloc[1] == counts.iloc[0]:
        return None
    modal = alike[alike["stated"] == counts.index[0]]
    figure = float(counts.index[0])
    if fits[modal.index].any() or not figure > 0 or not 1 / NEAR_FIGURE <= claim_row.stated / figure <= NEAR_FIGURE:
        return None
    return list(dict.fromkeys(modal["source"]))


def _moved(same: pd.DataFrame, supported: list[str], contradicted: list[str], tolerance: float) -> bool:
    """Whether the figures of the sources with the draft's figure fit none of the others': the count moved (a
    later "about 400,000" that fits an earlier "more than 400,000" moved nothing)."""
    low, high = _closed_bounds(same, tolerance)
    mine = same["source"].isin(supported).to_numpy()
    theirs = same["source"].isin(contradicted).to_numpy()
    return not any(low[i] <= high[j] and low[j] <= high[i] for i in mine.nonzero()[0] for j in theirs.nonzero()[0])


def _latest(supported: list[str], contradicted: list[str], published: dict) -> bool:
    """Whether the sources with the draft's figure were published after every dated source with another: a toll
    that rose, told as it stands now ("158" when the first reports said 97, then 156)."""
    mine = [published.get(s) for s in supported if published.get(s)]
    theirs = [published.get(s) for s in contradicted if published.get(s)]
    return bool(mine and theirs) and max(mine) > max(theirs)


# counted people or things, by their plural noun; not years of age nor a span of time
_RISES = re.compile(r"people|(?!(?:years|months|weeks|days|hours|minutes|seconds)$)[a-z]+s")


_LOWER_BOUNDS = ("more than", "at least")
BOUND_NEAR = 0.9    # a lower bound this close below a figure tells it ("more than 160" of 162; not "more than 100")


def _only_bounded_below(claim_row, same: pd.DataFrame, fits: pd.Series, contradicted: list[str]) -> bool:
    """Whether every source figure the draft's fits only bounds it from well below ("more than a day" of "about 36
    hours", "at least 100" of 162) while a source against it states a figure near it ("around 26 hours"): no
    source tells the draft's figure, and one tells another."""
    if not _middle(claim_row) > 0 or not contradicted:
        return False
    backing = same.loc[fits]
    # (low, not the figure as stated: "a day" and "36 hours" are set side by side in one unit)
    far_below = backing["qualifier"].isin(_LOWER_BOUNDS) & (backing["low"] < BOUND_NEAR * claim_row.low)
    if backing.empty or not far_below.all():
        return False
    against = same[same["source"].isin(contradicted)]
    return bool(_near_the_draft((against["low"] + against["high"]) / 2, _middle(claim_row)).any())


def _middle(claim_row) -> float:
    return (claim_row.low + claim_row.high) / 2


def _near_the_draft(figures: pd.Series, draft_figure: float) -> pd.Series:
    """Which figures are within NEAR_FIGURE of the draft's, either way."""
    return (figures * NEAR_FIGURE >= draft_figure) & (figures <= NEAR_FIGURE * draft_figure)


def _highest_of_the_day(claim_row, same: pd.DataFrame, supported: list[str], contradicted: list[str],
                        published: dict) -> bool:
    """Whether sources of the same day as the latest with the draft's figure give only lower ones: a toll that
    rose within the day ("45 killed" where another report of that morning had 44), told as it stood last."""
    if not _RISES.fullmatch(str(claim_row.unit)):
        return False        # a price, a share or an age does not only rise as a count of people or things does
    mine = [published.get(s) for s in supported if published.get(s)]
    theirs = [published.get(s) for s in contradicted if published.get(s)]
    if not mine or len(theirs) < len(contradicted) or max(mine) < max(theirs):
        return False
    below = same[same["source"].isin(contradicted)]
    # stated by a source as a figure, not only within its "hundreds"
    # ("more than 100" only bounds a 162 from below: it states no figure near it)
    stated = same[same["source"].isin(supported) & same["qualifier"].ne("vague")
                  & (same["low"] <= claim_row.high) & (claim_row.low <= same["high"])
                  & ~(same["qualifier"].isin(_LOWER_BOUNDS) & (same["stated"] < BOUND_NEAR * claim_row.low))]
    return bool(len(below)) and not stated.empty and bool((below["high"] < claim_row.low).all())


# "has risen to 5,238", "rose to 1,897 by 9 p.m.", "now stands at 273": the draft tells its figure as the latest
_RISEN_TO = re.compile(r"\b(?:(?:has|have|had)\s+)?(?:risen|rose|climbed|jumped|increased|grown|grew|reached|"
                       r"hit|now\s+stands?|stood)(?:\s+to|\s+at)?\s+(?:(?:at\s+least|more\s+than|over|some|about)\s+)?\Z",
                       re.IGNORECASE)


def _told_as_risen(claim_row, same: pd.DataFrame, contradicted: list[str]) -> bool:
    """Whether the draft tells its figure as the toll that rose to it and every figure against it is lower: the
    earlier reports' figures do not dispute the latest."""
    at = claim_row.sentence.find(claim_row.text)
    unit = claim_row.unit if isinstance(claim_row.unit, str) else "people"     # no unit: a count of people
    if at < 0 or not _RISES.fullmatch(unit) or not _RISEN_TO.search(claim_row.sentence, max(0, at - 40), at):
        return False
    below = same[same["source"].isin(contradicted)]
    return bool(len(below)) and bool((below["high"] < claim_row.low).all())


def draft_verdicts(mentions: pd.DataFrame, rules: list[Rule], display: dict[str, str],
                   findings: pd.DataFrame | None = None, told: dict | None = None,
                   published: dict | None = None) -> pd.DataFrame:
    """One row per claim the draft makes, with its verdict and the wording the sources support (`findings`);
    `told` (draft_figures.figures_told) finds a source stating the draft's figure in a sentence like the draft's;
    `published` (each source's date) lets a count the draft gives as the latest report does stand."""
    safe = dict(zip(findings["finding_id"], findings["safe_wording"])) if findings is not None else {}
    draft = mentions[mentions["role"].eq("draft")]
    sources = mentions[mentions["role"].ne("draft") & (mentions["kind"].eq("entity") | mentions["low"].notna())]
    rule_of = {r.id: r for r in rules}
    rows = []
    for claim_row in draft.itertuples(index=False):
        rule = rule_of[claim_row.claim]
        # a figure the draft credits to no party is any party's: "4,521 injured" where the authorities say 4,521
        of_claim = sources["claim"].eq(claim_row.claim) | (sources["claim"].str.startswith(claim_row.claim + PARTY_MARK)
                                                          if PARTY_MARK not in claim_row.claim else False)
        same = sources[of_claim & (sources["event"] == claim_row.event)]
        party = getattr(claim_row, "party", "")
        if rule.kind == "count" and isinstance(party, str) and party and "party" in same:
            # the organisers' 700,000 is not set against the police's 81,000: another party's figures say nothing
            same = same[same["party"].fillna("").isin(["", party])]
        if claim_row.event == NO_EVENT:
            same = same.iloc[0:0]
        if same.empty and rule.kind == "date":
            of_claim = sources[sources["claim"] == claim_row.claim]
            same = the_day_sources_give(claim_row, of_claim)
            if same.empty:
                same = days_told_alike(claim_row, of_claim)
        unresolved = rule.kind != "entity" and claim_row.low != claim_row.low  # NaN: a date we could not place
        if rule.kind == "date" and "note" in same:
            same = same[~own_weekday_against(claim_row, same)]
        if same.empty or unresolved:
            verdict, supported, contradicted = "unsupported", [], []
        else:
            fits = _compatible(claim_row, same, rule.kind, rule.spec.tolerance)
            if rule.kind == "count" and "qualifier" in same:
                # "billions of dollars" fits "$5.8 billion", as it fits the $5.5 billion a source states: a vague
                # figure backs the draft's only where no source states a figure near it (far from all they state,
                # the draft's may be another fact the vague one tells)
                vague = same["qualifier"].eq("vague").to_numpy()
                stated = same.loc[~vague, "low"].to_numpy(float)
                if claim_row.qualifier != "vague" and claim_row.low > 0 and (
                        (stated > 0) & (abs(stated - claim_row.low) <= VAGUE_NEAR * claim_row.low)).any():
                    same, fits = same[~vague], fits[~vague]
            supported = list(dict.fromkeys(same.loc[fits, "source"]))
            contradicted = [s for s in dict.fromkeys(same.loc[~fits, "source"]) if s not in supported]
            if supported and contradicted and rule.kind == "count":
                contradicted = _near_figures(claim_row, same, contradicted)
            verdict = ("disputed" if contradicted else "supported") if supported else "contradicted"
            if verdict == "disputed" and _only_bounded_below(claim_row, same, fits, contradicted):
                verdict, supported = "contradicted", []
            if verdict == "disputed" and rule.kind == "count":
                stated = _the_figure_sources_state(claim_row, same, fits)
                if stated is None and not (_latest(supported, contradicted, published or {})
                                           and _moved(same, supported, contradicted, rule.spec.tolerance)):
                    stated = _the_figure_qualified_alike(claim_row, same, fits)    # (a count that rose stands)
                if stated is not None:
                    verdict, supported, contradicted = "contradicted", [], stated
        wordings = {}
        for m in same.itertuples():
            wordings.setdefault(m.source, []).append(row_wording(m))
        # a day written with its date is told by its ordinal ("Monday 18 March" where a source writes "on March 18")
        day = rule.kind == "date" and claim_row.low == claim_row.high and with_its_date(claim_row.text)
        if verdict in ("contradicted", "disputed") and (rule.kind == "count" or day) and told:
            at = claim_row.sentence.find(claim_row.text)
            alike = told_alike(told, claim_row.low if day else claim_row.stated, DAY_UNIT if day else claim_row.unit,
                               claim_row.sentence, owner(claim_row.sentence, at) if at >= 0 and not day else "",
                               (claim_row.low, claim_row.high), None if day else _noun_at(claim_row.sentence, at),
                               claim_row.kind == "age")
            alike = [s for s in alike if not given_as_anothers(claim_row, sources, s)]
            if alike:
                # a source says it in words like the draft's: the claim's other figures are another fact's, unless
                # they too are told in such words (then the sources differ on it)
                words = words_of(claim_row.sentence)
                # (a source that also states the draft's figure gives a breakdown, not another figure for it)
                backing = set(alike) | set(same.loc[fits, "source"])
                against = list(dict.fromkeys(m.source for m in same.loc[~fits].itertuples()
                                             if m.source not in backing
                                             and len(words & words_of(m.sentence)) > SHARED_WORDS))
                also = [s for s in supported if s not in alike]
                verdict, supported, contradicted = ("disputed" if against else "supported"), alike + also, against
                if against and len(alike) >= MOST_TELL * len(against):
                    # "34 witnesses" told so by three sources in the draft's words, 43 by one: the draft has what
                    # they tell; the one that differs stays in `sources_say`, and its finding in the Summary
                    verdict = "supported"
                wordings = {**{s: [f"{claim_row.text} (in a sentence worded like the draft's)"] for s in alike},
                            **{s: wordings[s] for s in also + against}}
        if verdict == "disputed" and isinstance(getattr(claim_row, "superseded", ""), str) and claim_row.superseded:
            verdict = "supported"       # the draft gives it as an earlier figure, and a source gives it
        elif verdict == "disputed" and rule.spec.description.startswith("time"):
            # a moment does not rise as a toll does: supported where more sources tell it so than otherwise (never
            # contradicted on a count of sources: a departure time may sit among the times of the crash)
            if len(supported) > len(contradicted):
                verdict = "supported"
        elif verdict == "disputed" and rule.kind == "count" and (
                _latest(supported, contradicted, published or {})
                or _highest_of_the_day(claim_row, same, supported, contradicted, published or {})
                or _told_as_risen(claim_row, same, contradicted)):
            verdict = "supported"       # earlier reports' figures stay in `sources_say`
        mismatch = str(getattr(claim_row, "note", "") or "")
        start, end, written = claim_row.start, claim_row.end, row_wording(claim_row)
        if mismatch.startswith("weekday_mismatch"):
            # "Friday, January 14" when January 14 was a Saturday: the weekday is wrong whatever the sources say,
            # and its row points at it; the day of the month keeps the sources' verdict in a row of its own
            parts = _weekday_and_day(claim_row.text)
            if parts is not None and verdict != "unsupported":
                (w_start, w_end), (d_start, d_end) = parts
                rows.append(_row(claim_row, rule, safe, verdict, supported, contradicted, wordings, display,
                                 start + d_start, start + d_end, claim_row.text[d_start:d_end]))
                start, end, written = start + w_start, start + w_end, claim_row.text[w_start:w_end]
            verdict, contradicted = "contradicted", contradicted + supported
            supported = []
            wordings = {"the calendar": [mismatch.split(": ", 1)[-1]], **wordings}
        rows.append(_row(claim_row, rule, safe, verdict, supported, contradicted, wordings, display, start, end,
                         written))
    return order_verdicts(pd.DataFrame(rows, columns=DRAFT_COLUMNS))


def _weekday_and_day(text: str) -> tuple[tuple[int, int], tuple[int, int]] | None:
    """The spans of the weekday and of the rest in a written date ("Friday, January 14"), or None."""
    m = WEEKDAY.search(text)
    if m is None:
        return None
    rest = (m.end(), len(text)) if m.start() == 0 else (0, m.start())
    piece = text[rest[0]:rest[1]]
    lead = len(piece) - len(piece.lstrip(" ,"))
    rest = (rest[0] + lead, rest[0] + len(piece.rstrip(" ,")))
    return (m.start(), m.end()), rest if rest[0] < rest[1] and any(c.isdigit() for c in text[rest[0]:rest[1]]) \
        else None


def _row(claim_row, rule: Rule, safe: dict, verdict: str, supported: list, contradicted: list, wordings: dict,
         display: dict, start: int, end: int, written: str) -> dict:
    return {
        # the id a reviewer's note is kept under: one part of a split date ("Friday, January 14") names its part
        "finding_id": f"draft|{claim_row.claim}|{claim_row.event}|{claim_row.text}"
                      + ("" if (start, end) == (claim_row.start, claim_row.end) else f"|{written}"),
        "claim": claim_row.claim, "label": rule.label, "event": claim_row.event,
        "draft": written, "verdict": verdict,
        "supported_by": supported, "contradicted_by": contradicted,
        "sources_say": "; ".join(f"{display.get(s, s)}: {' / '.join(dict.fromkeys(w))}" for s, w in wordings.items()),
        "sentence": claim_row.sentence, "start": start, "end": end,
        "safe_wording": safe.get(f"{claim_row.claim}|{claim_row.event}", ""),
    }


def order_verdicts(frame: pd.DataFrame) -> pd.DataFrame:
    """Contradicted first, then disputed, unsupported, supported; in the draft's order within each."""
    if frame.empty:
        return frame
    frame = frame.assign(_v=frame["verdict"].map(VERDICT_ORDER.index))
    return frame.sort_values(["_v", "start"], kind="stable").drop(columns="_v").reset_index(drop=True)


def without_repeats(verdicts: pd.DataFrame, rows: list[dict]) -> pd.DataFrame:
    """The claim verdicts without an aligned sentence's row for a word that a name or quotation row (`rows`)
    already judges alike ("Fernandez" where the 'place or name' row has "Alejandro Fernandez Fuentes"), or judges
    disputed, having weighed the sources an aligned sentence leaves out ("France" against one source's
    "Switzerland", where two others write "the French Alps")."""
    if verdicts.empty:
        return verdicts
    judged = [(r["start"], r["end"], r["verdict"]) for r in rows if r["claim"] in ("name", "place or name", "quote")]
    weighed = {("contradicted", "disputed")}        # (the aligned row's verdict, the name row's)
    repeat = [claim.startswith("aligned:") and any(a < e and s < b and (v == w or (v, w) in weighed)
                                                   for a, b, w in judged)
              for claim, s, e, v in zip(verdicts["claim"], verdicts["start"], verdicts["end"], verdicts["verdict"])]
    return verdicts.loc[[not r for r in repeat]]
