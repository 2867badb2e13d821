"""Stage 3, claims: from the rules and the story file to mentions (one row per value a source states)."""
from checker.claims.aligned import CALENDAR_WORD, aligned_claims
from checker.claims.aligned_moments import weekday_only
from checker.claims.collect import claims_of, collect_claims
from checker.claims.context_words import figure_context, stem
from checker.claims.day_words import days_with_words, periods_with_words
from checker.claims.document import story_date
from checker.claims.events import NO_EVENT, SHARED_WORDS, WEEKDAY, main_event, words_of
from checker.claims.extract import mentions_frame, read_mentions
from checker.claims.facets import split_facets
from checker.claims.parties import PARTY_MARK, split_parties
from checker.claims.far_figures import FAR_FACTOR
from checker.claims.open_claims import open_claims
from checker.claims.open_distance import FAR_RATIO
from checker.claims.person_ages import one_person, owner_at
from checker.claims.places import (BODY_KINDS, DEFINITE_BEFORE, KIND_MARK, PLACE_NAME, REGION_KIND, affiliation_pairs,
                                   facility_pairs, place_of, place_pairs, same_place)
from checker.claims.regions import BROAD, REGIONS
from checker.claims.rules import STOCK_RULES, Rule, load_rules
from checker.claims.same_names import other_names, same_named, with_other_names
from checker.claims.story import STORY_FILE, Story, load_story
from checker.claims.union_find import UnionFind
from checker.claims.weekdays import WEEKDAY_CLAIM
from checker.claims.workers import PARALLEL_FROM, cores, in_background, map_jobs

__all__ = ["UnionFind", "CALENDAR_WORD", "aligned_claims", "weekday_only", "collect_claims", "in_background", "claims_of", "figure_context", "stem", "days_with_words", "periods_with_words", "story_date", "NO_EVENT", "SHARED_WORDS", "WEEKDAY", "main_event", "words_of", "mentions_frame", "read_mentions", "FAR_RATIO", "FAR_FACTOR", "open_claims", "one_person", "owner_at", "BROAD", "REGIONS", "split_facets", "split_parties", "PARTY_MARK",
           "Rule", "STOCK_RULES", "load_rules", "STORY_FILE", "Story", "load_story",
           "PARALLEL_FROM", "cores", "map_jobs", "WEEKDAY_CLAIM", "DEFINITE_BEFORE", "KIND_MARK", "PLACE_NAME", "REGION_KIND",
           "BODY_KINDS", "affiliation_pairs", "facility_pairs", "place_of", "place_pairs", "same_place", "same_named",
           "other_names", "with_other_names"]
