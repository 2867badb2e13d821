"""Each source's figures as closed intervals, widened by the rounding a figure visibly has."""
from __future__ import annotations

import re

import numpy as np
import pandas as pd

from checker.reading import MEASURE_UNIT_NAMES, WIDTHS

_ROUNDED = re.compile(r"(?P<int>[0-9][0-9,]*)(?:\.(?P<dec>[0-9]+))?\s*(?P<scale>bn|billion|mn|m|million|k|thousand|"
                      r"trillion|tn|lakh|crore)?\b", re.IGNORECASE)
_SCALE_WORD = re.compile(r"\b(?P<scale>billion|million|trillion|lakh|crore)\b", re.IGNORECASE)
_IN_DAYS = re.compile(r"\bdays?\b(?!\s+(?:and|,))", re.IGNORECASE)
_PERCENT = re.compile(r"%|per\s?cent|percent", re.IGNORECASE)
CONVERSION_SHARE = 0.05
_CONVERTED = re.compile(r"\(in [^:()]+: [0-9.,-]+ to [0-9.,-]+\)")
_SCALES = {"bn": 1e9, "billion": 1e9, "mn": 1e6, "m": 1e6, "million": 1e6, "k": 1e3, "thousand": 1e3,
           "trillion": 1e12, "tn": 1e12, "lakh": 1e5, "crore": 1e7}


def rounding_half_width(text: str, qualifier, value: float) -> float:
    """Half the last written digit of a plain figure that was visibly rounded: "8.8 million" vouches for
    8.75 to 8.85 million, "37%" for 36.5 to 37.5; "2,421" and qualified figures are read as they are."""
    if isinstance(qualifier, str) or not isinstance(text, str):    # a frame's missing qualifier is NaN, not None
        return 0.0
    # "five million" is written to the million as "5 million" is ("five thousand" is as exact as "5,000")
    match = _ROUNDED.search(text) or _SCALE_WORD.search(text)
    if match is None:
        return 0.0
    decimals, scale = match.groupdict().get("dec"), match.group("scale")
    percent = bool(_PERCENT.search(text))
    if not (decimals or scale or percent):
        return 0.0
    step = 10.0 ** -len(decimals or "") * _SCALES.get((scale or "").lower(), 1.0)
    return step / 2 if step < abs(value) else 0.0


# qualifiers whose interval is already as wide as a rounding ("about 30 miles"); a bound ("up to 50 feet") is not
_WIDE_QUALIFIERS = frozenset({"about", "nearly", "vague"})


def _in_brackets(rows: pd.DataFrame) -> np.ndarray:
    """Which figures stand in brackets in their sentences: a conversion of the figure before ("3 km (2 miles)")."""
    if "sentence" not in rows or "text" not in rows:
        return np.zeros(len(rows), dtype=bool)
    return np.array([f"({t}" in str(s) for t, s in zip(rows["text"], rows["sentence"])], dtype=bool)


def _conversion_rounding(rows: pd.DataFrame, low: np.ndarray, high: np.ndarray) -> np.ndarray:
    """Where one source gives a measure in another unit ("up to 80mph" beside "130 kph"), someone converted and
    rounded: each figure vouches for half its last rounded digit ("130" for 125 to 135), in the compared unit."""
    if "stated" not in rows or "why" not in rows:
        return np.zeros(len(rows))
    stated = np.abs(rows["stated"].to_numpy(float))       # "minus 2 degrees Fahrenheit" is rounded as 2 is
    # the reader says "(in km/h: 112.654 to 128.748)" of a measure it converted
    is_converted = rows["why"].fillna("").str.contains(_CONVERTED).to_numpy(bool) & (stated > 0)
    # a conversion in brackets was rounded by whoever wrote it, whatever unit the others write theirs in: "3-km
    # (2-mile)" and "3km (1.9-mile)" both convert 3 km (1.86 miles); "150 mph (241 kph)" and "(240 kph)" 150 mph
    bracketed = _in_brackets(rows) & (stated > 0) & (rows["unit"].isin(_DECIMAL_MEASURES).to_numpy(bool)
                                                     if "unit" in rows else False)
    with np.errstate(divide="ignore", invalid="ignore"):
        factor = np.where(is_converted, np.abs(rows["high"].to_numpy(float)) / np.where(stated > 0, stated, 1.0), 1.0)
    # a degree Fahrenheit is five ninths of one Celsius, whatever the offset between the scales
    celsius = rows["unit"].eq("celsius").to_numpy(bool) if "unit" in rows else np.zeros(len(rows), dtype=bool)
    factor = np.where(is_converted & celsius, 5 / 9, factor)
    # all in one written unit ("22-foot" / "21-foot", both read in metres): nobody converted anything
    if not (is_converted | bracketed).any() or len(set(np.round(factor[np.isfinite(factor)], 6))) < 2 \
            and not bracketed[is_converted | bracketed].all():
        return np.zeros(len(rows))
    is_converted = is_converted | bracketed
    # a temperature is written to the degree: "110 degrees" is not rounded to the ten
    steps = np.where(celsius, 1.0, np.array([last_digit(v) for v in stated]))
    half = np.where(np.isfinite(stated) & (stated > 0), steps * np.where(is_converted, factor, 1.0) / 2, 0.0)
    # "about 30 miles" is rounded in its interval already: widening it again would let it meet "about 60km"
    qualified = np.array([isinstance(q, str) and q in _WIDE_QUALIFIERS for q in rows["qualifier"]], dtype=bool) \
        if "qualifier" in rows else np.zeros(len(rows), dtype=bool)
    half = np.where(qualified, 0.0, half)
    # "10 km" could be rounded to the ten, but a writer converting 6 miles would not go that far: a twentieth at most
    return np.minimum(half, np.abs(rows["high"].to_numpy(float)) * CONVERSION_SHARE)


# measures a writer gives to a decimal place, and another rounds to a whole ("a depth of 17.9 km" / "18 kilometers");
# not a duration's days, nor a magnitude, whose whole figure is a figure of its own
_DECIMAL_MEASURES = frozenset(MEASURE_UNIT_NAMES) - {"days", "magnitude"}
WHOLE_FROM = 10          # a whole figure this large or more; "7 km" beside "7.4 km" says less about rounding


def _whole_beside_decimals(rows: pd.DataFrame) -> np.ndarray:
    """Half a unit for a plain whole measure where another figure of the comparison in its unit has decimals: the
    whole figure was visibly rounded from such a figure ("18 kilometers" vouches for 17.5 to 18.5 beside "17.9 km")."""
    if "stated" not in rows or "unit" not in rows or "qualifier" not in rows:
        return np.zeros(len(rows))
    stated = rows["stated"].to_numpy(float)
    units = rows["unit"].astype(str).to_numpy()
    decimal = np.isfinite(stated) & (np.mod(stated, 1) != 0)
    with_decimals = set(units[decimal])
    plain = ~np.array([isinstance(q, str) and bool(q) for q in rows["qualifier"]], dtype=bool)
    whole = plain & np.isfinite(stated) & (stated >= WHOLE_FROM) & (np.mod(stated, 1) == 0) \
        & np.array([u in _DECIMAL_MEASURES and u in with_decimals for u in units], dtype=bool)
    if not whole.any():
        return np.zeros(len(rows))
    with np.errstate(divide="ignore", invalid="ignore"):
        factor = (rows["low"].to_numpy(float) + rows["high"].to_numpy(float)) / 2 / np.where(stated > 0, stated, 1.0)
    return np.where(whole & np.isfinite(factor), 0.5 * np.abs(factor), 0.0)


def _round_beside_finer(rows: pd.DataFrame) -> np.ndarray:
    """Half its last digit for a plain round measure where another figure of the comparison in its unit is written
    finer: the round one was visibly rounded from such a figure ("the 630-ton Vector" beside "the 629-ton Vector";
    not "10 km" beside "35 km", which is as round)."""
    if "stated" not in rows or "unit" not in rows or "qualifier" not in rows:
        return np.zeros(len(rows))
    stated = rows["stated"].to_numpy(float)
    units = rows["unit"].astype(str).to_numpy()
    steps = np.array([last_digit(v) for v in stated])
    plain = ~np.array([isinstance(q, str) and bool(q) for q in rows["qualifier"]], dtype=bool)
    measure = np.array([u in _DECIMAL_MEASURES for u in units], dtype=bool)
    finest = {u: steps[(units == u) & (steps > 0)].min()
              for u in set(units[measure]) if ((units == u) & (steps > 0)).any()}
    # (in the unit written: "110 degrees Fahrenheit" is compared in Celsius, a conversion's rounding is its own)
    as_written = np.abs((rows["low"].to_numpy(float) + rows["high"].to_numpy(float)) / 2 - stated) \
        <= 1e-9 * np.maximum(1.0, np.abs(stated))
    rounded = plain & measure & as_written & (stated >= WHOLE_FROM) & (steps >= 10) \
        & np.array([finest.get(u, 0.0) < step for u, step in zip(units, steps)], dtype=bool)
    # both ends open: a figure half a step off is written as deliberately as the round one ("a 250-metre section"
    # / "a 300-metre stretch" of one roof are two lengths, not one rounded)
    return np.where(rounded, steps / 2 * (1 - ROUNDING_OPEN), 0.0)


def last_digit(value: float) -> float:
    """The place of a figure's last non-zero digit: 130 -> 10, 80 -> 10, 83 -> 1, 2.5 -> 0.1."""
    if not np.isfinite(value) or value <= 0:
        return 0.0
    if not float(value).is_integer():
        return 10.0 ** -len(f"{value:.6f}".rstrip("0").split(".")[1])
    digits, step = int(value), 1.0
    while digits and digits % 10 == 0:
        digits //= 10
        step *= 10
    return step


_DIGIT = re.compile(r"[0-9]")
NEARLY_SHORT = 0.05


def _as_precise_as_written(rows: pd.DataFrame) -> tuple[np.ndarray, np.ndarray]:
    """Each figure's interval, an "about" figure's cut to what its last written digit vouches for: a writer who
    gives "about 3,300" rounded something from 3,250 or cut something down to it (up to 3,399), so it cannot be
    another source's "roughly 3,600", though each alone reads a tenth either side. Set against another figure,
    an estimate is as precise as it is written; "about 500" still reads 450 to 550. A "nearly" figure is cut the
    same way from below: "nearly 45 hours" is not 41."""
    low = rows["low"].to_numpy(float)
    high = rows["high"].to_numpy(float)
    if "qualifier" not in rows or "stated" not in rows:
        return low, high
    caps = rows["qualifier"].isin(("up to", "at most")).to_numpy(bool)
    if caps.all():
        # "loans of up to one year" / "up to two years": every source gives a limit, and the limits are compared
        return high.copy(), high
    stated = rows["stated"].to_numpy(float)
    # the unit it is compared in per unit written ("about 16,000 feet" is compared in metres, "about 6,700
    # hours" in days): an "about" reads symmetrically, so its middle is the written figure converted
    with np.errstate(divide="ignore", invalid="ignore"):
        factor = np.where(np.isfinite(stated) & (stated > 0), (low + high) / 2 / np.where(stated > 0, stated, 1.0),
                          np.nan)
    # a conversion in brackets ("about 200 kilometers (125 miles)") was rounded from the other figure, not to
    # its own last digit: it keeps its reading
    bracketed = _in_brackets(rows)
    # (in digits: "about two dozen" keeps its dozen, and "about 4 p.m." the clock's loose hour)
    in_digits = rows["text"].astype(str).str.contains(_DIGIT).to_numpy(bool) \
        & ~rows["unit"].astype(str).str.startswith("minutes").to_numpy(bool)
    about = rows["qualifier"].eq("about").to_numpy(bool) & np.isfinite(factor) & (factor > 0) \
        & (~bracketed | (np.abs(factor - 1) < 1e-9)) & in_digits
    # "nearly 45 hours" is 44 hours or so, not 41: at most its last digit short, or a twentieth (NEARLY_SHORT)
    nearly = rows["qualifier"].eq("nearly").to_numpy(bool) & in_digits & ~bracketed & (stated > 0) \
        & np.isfinite(high) & (high > 0)
    if not (about.any() or nearly.any()):
        return low, high
    step = np.array([last_digit(v) if a or n else 0.0 for v, a, n in zip(stated, about, nearly)])
    if nearly.any():
        with np.errstate(divide="ignore", invalid="ignore"):
            per_stated = np.where(stated > 0, stated, 1.0)
            # in the compared unit at the low end's rate: a gallon read as a US one there, an imperial one above
            rate = np.minimum(high / per_stated, low / (per_stated * (1 - WIDTHS["nearly"])))
            short = (stated - np.maximum(step, NEARLY_SHORT * stated)) * rate
        low = np.where(nearly, np.maximum(low, short), low)
    factor = np.where(about, factor, 1.0)
    return (np.where(about, np.maximum(low, (stated - step / 2) * factor), low),
            np.where(about, np.minimum(high, (stated + step * (1 - 1e-9)) * factor), high))


_HALF = re.compile(r"\b(?:and\s+a\s+half|half\s+an?)\b", re.IGNORECASE)


def _spoken_half(rows: pd.DataFrame) -> np.ndarray:
    """A quarter of the unit for a span told in halves ("a day and a half", "two and a half hours", "half an
    hour"): said, not measured, it is rounded to the half, so it meets "nearly 36 hours" and "2 hours 40 minutes"."""
    if "stated" not in rows or "unit" not in rows:
        return np.zeros(len(rows))
    stated, high = rows["stated"].to_numpy(float), rows["high"].to_numpy(float)
    spoken = np.array([isinstance(t, str) and u == "days" and not isinstance(q, str) and _HALF.search(t) is not None
                       for t, u, q in zip(rows["text"], rows["unit"], rows.get("qualifier", [None] * len(rows)))],
                      dtype=bool) & np.isfinite(stated) & (stated > 0)
    with np.errstate(divide="ignore", invalid="ignore"):
        return np.where(spoken, high / np.where(stated > 0, stated, 1.0) / 4, 0.0)


# "millions of users", "thousands of homes": a bare plural of a scale is written of tens of them too ("millions"
# of users were 50 million); read alone it is 2 up to 10 of them (vague.yaml), set against a figure up to 100
_BARE_SCALE = re.compile(r"(?:hundreds|thousands|millions|billions)", re.IGNORECASE)
BARE_SCALE_REACH = 50      # times its least: 200 to 10,000 for "hundreds"


def _bare_scale_high(rows: pd.DataFrame, high: np.ndarray) -> np.ndarray:
    if "qualifier" not in rows:
        return high
    bare = rows["qualifier"].eq("vague").to_numpy(bool) & np.array(
        [isinstance(t, str) and _BARE_SCALE.fullmatch(t) is not None for t in rows["text"]], dtype=bool)
    return np.where(bare, np.maximum(high, rows["low"].to_numpy(float) * BARE_SCALE_REACH), high)


ROUNDING_OPEN = 1e-6     # of a rounding's width: its upper end is not reached
FLOAT_NOISE = 1e-12      # far below any rounding a source writes, far above a float's last bit


def _closed_bounds(rows: pd.DataFrame, tolerance: float) -> tuple[np.ndarray, np.ndarray]:
    """Interval bounds widened by the tolerance (and rounded figures by their rounding), exclusive ends
    pulled in by a hair, so that every test below can treat the intervals as closed."""
    low, high = _as_precise_as_written(rows)
    high = _bare_scale_high(rows, high)
    # "half an hour" is 0.5 / 24 days and "30 minutes" 30 / 1440: one figure, apart in the last bit of a float
    noise = FLOAT_NOISE * np.maximum(1.0, np.maximum(np.abs(low), np.abs(high)))
    low, high = low - noise - np.abs(low) * tolerance, high + noise + np.abs(high) * tolerance
    rounding = np.array([rounding_half_width(t, q, v) for t, q, v in
                         zip(rows["text"], rows["qualifier"], rows["low"].to_numpy(float))], dtype=float)
    low, high = low - rounding, high + rounding
    converted = _conversion_rounding(rows, low, high) + _whole_beside_decimals(rows) + _spoken_half(rows) \
        + _round_beside_finer(rows)
    # a rounding's upper end is open: 115 is written 120, so "110" and "about 120" do not meet at 115
    low, high = low - converted, high + converted * (1 - ROUNDING_OPEN)
    # "five days after the quake" counts whole days: up to the sixth, so 124 hours fits it and six days does not
    whole_days = np.array([isinstance(t, str) and isinstance(u, str) and u == "days" and _IN_DAYS.search(t) is not None
                           and float(v).is_integer() for t, u, v in zip(rows["text"], rows["unit"], rows["high"])],
                          dtype=bool)
    high = np.where(whole_days, high + 1 - 1e-6, high)
    hair = 1e-9 * np.maximum(1.0, np.maximum(np.abs(low), np.abs(high)))
    if tolerance == 0:
        low = np.where(rows["low_inclusive"].to_numpy(bool), low, low + hair)
        high = np.where(rows["high_inclusive"].to_numpy(bool) & (rounding == 0), high, high - hair)
    return low, high


def source_intervals(rows: pd.DataFrame, tolerance: float) -> tuple[np.ndarray, np.ndarray, np.ndarray, list[str]]:
    """One closed interval per source: where all its own figures can be right at once.

    A source that gives "tens of thousands" and "more than 50,000" says (50,000, 60,000];
    one whose own figures cannot all be right is read by their span, and named."""
    low, high = _closed_bounds(rows, tolerance)
    frame = pd.DataFrame({"source": rows["source"].to_numpy(), "low": low, "high": high})
    grouped = frame.groupby("source", sort=False)
    inner_low, inner_high = grouped["low"].max(), grouped["high"].min()
    split = inner_low > inner_high
    per_low = inner_low.where(~split, grouped["low"].min())
    per_high = inner_high.where(~split, grouped["high"].max())
    return per_low.index.to_numpy(), per_low.to_numpy(), per_high.to_numpy(), list(per_low.index[split])


def common_point(low: np.ndarray, high: np.ndarray) -> bool:
    """True when one value lies inside every interval."""
    return bool(low.max() <= high.min())


def fmt_figure(value: float) -> str:
    """As an editor writes a figure: 6,500; 1,285,000; 2.5; 0.04."""
    value = float(value)
    if value.is_integer() or abs(value) >= 100:
        return f"{round(value):,}"
    return f"{value:.3g}" if abs(value) < 1 else f"{round(value, 1):g}"
