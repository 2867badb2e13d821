"""The quantity reader: every figure in a text, with the interval its wording allows."""
from checker.reading.quantities.figures import counts_people
from checker.reading.quantities.intervals import Quantity, as_dict
from checker.reading.quantities.lexicon import MEASURE_UNIT_NAMES, PERSON_NOUNS, WIDTHS, rounding_step
from checker.reading.quantities.reader import read_quantities

__all__ = ["counts_people", "MEASURE_UNIT_NAMES", "PERSON_NOUNS", "Quantity", "WIDTHS", "as_dict", "read_quantities",
           "rounding_step"]
