"""The date reader: every date or temporal phrase in a text, as a range of days."""
from checker.reading.dates.reader import DateReading, read_dates

__all__ = ["DateReading", "read_dates"]
