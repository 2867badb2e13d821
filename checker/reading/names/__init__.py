"""Names in running text, and when two spellings are one name."""
from checker.reading.names.finding import (CALENDAR, COMMON, GENERATIONS, PARTICLES, PLACE_KINDS, TITLES, NameMention,
                                           NameScan, NameToken, common_words, find_names, hyphenated_given_name,
                                           scan_names, stem)
from checker.reading.names.spelling import (CANDIDATE_SCORE, COUNTRIES, QUALIFIERS, HouseStyle, consonants, fold,
                                            folding_pattern, full_given_name, letters_swapped, nickname_of,
                                            same_name, short_for, skeleton, spelling_key, spelt_alike, style_key)
from checker.reading.names.surnames import another_form, ending_changed, letter_added, one_given_name, two_letters_on

__all__ = ["CALENDAR", "COMMON", "GENERATIONS", "PARTICLES", "PLACE_KINDS", "TITLES", "NameMention", "NameScan",
           "NameToken", "common_words", "find_names", "hyphenated_given_name", "scan_names", "stem", "CANDIDATE_SCORE",
           "COUNTRIES", "QUALIFIERS", "HouseStyle", "consonants", "fold", "folding_pattern", "full_given_name",
           "letters_swapped", "nickname_of", "same_name", "short_for", "skeleton", "spelt_alike", "spelling_key",
           "style_key", "another_form", "ending_changed", "letter_added", "one_given_name",
           "two_letters_on"]
