"""Stage 3 as one step: every claim every source states, whether a rule, the words around a figure,
or an aligned sentence found it."""
from __future__ import annotations

from checker.claims.aligned import aligned_claims
from checker.claims.conversions import split_rule_conversions
from checker.claims.document import Document, Mention
from checker.claims.bases import based_claims, located_claims, region_claims
from checker.claims.events import main_event
from checker.claims.extract import read_mentions
from checker.claims.facets import split_facets
from checker.claims.parties import split_currencies, split_parties
from checker.claims.far_figures import split_far
from checker.claims.identifiers import identifier_claims
from checker.claims.made_years import made_year_claims
from checker.claims.open_claims import open_claims
from checker.claims.owners import split_owners
from checker.claims.person_ages import age_claims
from checker.claims.rules import Rule
from checker.claims.slots import slot_claims
from checker.claims.spoke_where import spoke_claims
from checker.claims.story import Story
from checker.claims.subfacts import split_subfacts
from checker.claims.told_days import told_day_claims
from checker.claims.weekdays import weekday_claims
from checker.sources import Source


def collect_claims(sources: list[Source], rules: list[Rule], story: Story, progress=None,
                   on_problem=None, workers: int | None = None,
                   seconds: float = 0) -> tuple[list[Mention], dict[str, Document], list[Rule], str]:
    """(mentions, documents read, the rules naming every claim found, the story's main event).

    Rules find their claims first; a facet or a party splits a rule's claim; figures no rule took
    become open claims; aligned sentences add the words they differ in."""
    mentions, documents = read_mentions(sources, rules, story, progress, on_problem, workers, seconds)
    mentions, claim_rules, event = claims_of(mentions, documents, rules)
    return mentions, documents, claim_rules, event


def claims_of(mentions: list[Mention], documents: dict[str, Document],
              rules: list[Rule]) -> tuple[list[Mention], list[Rule], str]:
    """Every claim of texts read already: (mentions, the rules naming every claim, the story's main event)."""
    facet_rules = split_facets(mentions, documents, rules) + split_owners(mentions, documents, rules)
    facet_rules += split_currencies(mentions, rules + facet_rules, documents)
    brackets, bracket_rules = split_rule_conversions(mentions, documents, rules + facet_rules)
    mentions, facet_rules = mentions + brackets, facet_rules + bracket_rules
    facet_rules += split_subfacts(mentions, documents, rules + facet_rules)
    open_mentions, open_rules = open_claims(documents, mentions)
    mentions = mentions + open_mentions
    party_rules = split_parties(mentions, rules + facet_rules + open_rules)
    party_rules += split_far(mentions, rules + facet_rules + open_rules + party_rules)
    event = main_event(mentions)
    aligned_mentions, aligned_rules = aligned_claims(documents, event, mentions)
    slot_mentions, slot_rules = slot_claims(documents, event)
    weekday_mentions, weekday_rules = weekday_claims(documents, event)
    id_mentions, id_rules = identifier_claims(documents, event)
    made_mentions, made_rules = made_year_claims(documents, event)
    id_mentions, id_rules = id_mentions + made_mentions, id_rules + made_rules
    based_mentions, based_rules = based_claims(documents, event)
    located_mentions, located_rules = located_claims(documents, event)
    region_mentions, region_rules = region_claims(documents, event)
    based_mentions = based_mentions + located_mentions + region_mentions
    based_rules = based_rules + located_rules + region_rules
    spoke_mentions, spoke_rules = spoke_claims(documents, event)
    weekday_mentions = weekday_mentions + id_mentions + based_mentions + spoke_mentions
    weekday_rules = weekday_rules + id_rules + based_rules + spoke_rules
    day_mentions, day_rules = told_day_claims(documents, event)
    age_mentions, age_rules = age_claims(documents, event, mentions + aligned_mentions + day_mentions)
    return (mentions + aligned_mentions + slot_mentions + weekday_mentions + day_mentions + age_mentions,
            rules + facet_rules + open_rules + party_rules + aligned_rules + slot_rules + weekday_rules + day_rules
            + age_rules, event)
