"""Stage 2, reading: readers of plain text that know nothing of rules, sources or reports.

Each takes a string and returns readings with character offsets: sentences, quantities,
dates, names, quotes and who a figure is attributed to. Names have their own
subpackage (checker.reading.names) for the spelling decisions the comparer uses.
"""
from checker.reading.attribution import as_of, attribution_of, changed_to, is_saying_day, party_of, superseded, tells_speech
from checker.reading.dates import DateReading, read_dates
from checker.reading.quantities import (MEASURE_UNIT_NAMES, PERSON_NOUNS, WIDTHS, Quantity, counts_people,
                                         read_quantities, rounding_step)
from checker.reading.quotes import MIN_STATEMENT_WORDS, Quote, find_quotes
from checker.reading.spoken import one_spelling, spoken_words
from checker.reading.text import Sentence, SentenceIndex, is_list_item, split_sentences
from checker.reading.times import US_ZONES_TO_EASTERN, TimeReading, dateline_offset, read_times

__all__ = ["as_of", "attribution_of", "changed_to", "is_saying_day", "party_of", "superseded", "DateReading",
           "read_dates", "MEASURE_UNIT_NAMES", "PERSON_NOUNS", "Quantity", "counts_people", "read_quantities",
           "rounding_step", "WIDTHS", "MIN_STATEMENT_WORDS", "Quote",
           "find_quotes", "is_list_item", "one_spelling", "spoken_words", "Sentence", "SentenceIndex",
           "split_sentences", "TimeReading", "read_times", "tells_speech", "US_ZONES_TO_EASTERN", "dateline_offset"]
