"""Stage 3, claims: from the rules and the story file to mentions (one row per value a source states)."""
from checker.claims.document import story_date
from checker.claims.events import NO_EVENT
from checker.claims.extract import mentions_frame, read_mentions
from checker.claims.open_claims import open_claims
from checker.claims.rules import Rule, load_rules
from checker.claims.story import STORY_FILE, Story, load_story

__all__ = ["story_date", "NO_EVENT", "mentions_frame", "read_mentions", "open_claims", "Rule", "load_rules", "STORY_FILE", "Story",
           "load_story"]
