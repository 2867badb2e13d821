"""Which source mentions a draft's day is set against, when the claim's own event gives none or some are unfit.

A draft's day is judged against the source mentions of its claim and event. A bare weekday the sources never give
is set against the day most of them give nearby; a day told in like words against the day those sentences give;
and a source whose own weekday and date disagree is left out of a weekday's judgement.
"""
from __future__ import annotations

import re

import numpy as np
import pandas as pd

from checker.claims import SHARED_WORDS, WEEKDAY, words_of

NEAR_DAYS = 3
WEEK_BEFORE = 6


def the_day_sources_give(claim_row, sources: pd.DataFrame) -> pd.DataFrame:
    """For a draft's bare weekday ("collapsed early on Monday") that names no day a source gives: the sources'
    mentions of the day most of them give, when it is within NEAR_DAYS. Between sources two days are often two
    events; a draft retelling the story's event with a weekday a day or two off has it wrong."""
    if not WEEKDAY.fullmatch(str(claim_row.text).strip()) or claim_row.low != claim_row.low:
        return sources.iloc[0:0]
    # a bare weekday is read as the last one before the story's date: a wrong one ("on Sunday" for Saturday's
    # blast) lands up to six days before the sources' day
    gap = sources["low"] - claim_row.low
    days = sources[sources["low"].eq(sources["high"]) & (gap.abs().le(NEAR_DAYS) | gap.between(0, WEEK_BEFORE))]
    if days.empty:
        return days
    counts = days.groupby("low")["source"].nunique()
    if counts.max() < 2:
        return days.iloc[0:0]
    return days[days["low"] == counts.idxmax()]


def days_told_alike(claim_row, sources: pd.DataFrame) -> pd.DataFrame:
    """For a draft's day no source gives: the sources' days of the claim told in a sentence worded like the draft's
    (three words of substance shared), when they all give one day ("the canopy collapsed on 1 December" where the
    sources' "the canopy collapsed on 1 November"). Empty otherwise."""
    if claim_row.low != claim_row.low or claim_row.low != claim_row.high:
        return sources.iloc[0:0]
    words = words_of(claim_row.sentence)
    days = sources[sources["low"].eq(sources["high"])]
    # a boolean Series, not a list: an empty list would select no columns rather than no rows
    alike = days[days["sentence"].map(lambda s: len(words & words_of(s)) >= SHARED_WORDS).astype(bool)]
    return alike if alike["low"].nunique() == 1 else sources.iloc[0:0]


def own_weekday_against(draft_row, sources: pd.DataFrame):
    """Sources whose weekday and date disagree ("Monday 17 November", a Tuesday) and whose weekday is not the
    draft's: such a source tells the draft's day by its date and another by its weekday, and speaks to neither."""
    mine = WEEKDAY.search(str(draft_row.text))
    if mine is None:
        return np.zeros(len(sources), dtype=bool)
    clash = sources["note"].fillna("").astype(str).str.contains("weekday_mismatch").to_numpy(bool)
    theirs = sources["text"].astype(str).str.extract(f"({WEEKDAY.pattern})", flags=re.IGNORECASE)[0]
    return clash & theirs.fillna("").str.lower().ne(mine.group().lower()).to_numpy(bool)
