"""What is known of one figure while reader.py decides it, step by step."""
from __future__ import annotations

from dataclasses import dataclass

from checker.reading.quantities import figures as fig


@dataclass(slots=True)
class FigureReading:
    """What is known of one figure as the steps of _read_figure decide it, left to right."""
    x: fig.Figure
    lo: int                                     # how far left the qualifier may be looked for
    qualifier: str | None
    q_start: int
    end: int = 0
    y: fig.Figure | None = None                 # the second figure of a range
    range_word: str | None = None
    kind: str = "count"
    unit: str | None = None
    noun: str | None = None
    stated_unit: str | None = None
    days: float | None = None
    hyphen_duration: bool = False
    person: bool = False
    label_start: int | None = None              # "magnitude 6.4": where the phrase starts
    low_open: bool = False                      # "above 300 and below 700"
    high_open: bool = False
    score: fig.Figure | None = None             # "beat City 3-1": the second figure of a score
    both_m: bool = False                        # "3m-4m tonnes": one "m" for both figures of a range
