"""Stage 4, compare: from mentions to findings (conflict, variance, agree), draft verdicts, names and quotes."""
from checker.compare.draft import draft_verdicts, order_verdicts, without_repeats
from checker.compare.draft_retold import vouched_names
from checker.compare.draft_claim_credits import draft_claim_credit_rows
from checker.compare.draft_credits import draft_credit_rows
from checker.compare.draft_people import draft_person_rows
from checker.compare.draft_titles import draft_title_rows
from checker.compare.draft_agents import draft_agent_rows
from checker.compare.draft_affiliations import draft_affiliation_rows
from checker.compare.draft_where import draft_where_rows
from checker.compare.draft_directions import draft_direction_rows
from checker.compare.draft_places import draft_place_rows
from checker.compare.draft_days import draft_calendar_rows, draft_day_rows, retold_days_win
from checker.compare.draft_figures import draft_figure_rows, figures_told
from checker.compare.draft_quotes import draft_quote_rows
from checker.compare.draft_text import draft_name_rows, draft_unnamed_rows
from checker.compare.draft_unknown_names import unknown_name_rows
from checker.compare.sentence_index import sentence_index
from checker.compare.agent_findings import agent_findings
from checker.compare.place_findings import place_findings
from checker.compare.site_findings import site_findings
from checker.compare.speaker_findings import speaker_findings
from checker.compare.affiliation_findings import affiliation_findings
from checker.compare.findings import SOURCE_INFO_COLUMNS, STATUS_ORDER, findings_frame, sources_frame
from checker.compare.name_findings import name_findings
from checker.compare.names import STOCK_HOUSE_STYLE, load_house_style, name_groups
from checker.compare.quote_findings import quote_findings
from checker.compare.quotes import quote_groups
from checker.compare.staleness import source_flags
from checker.compare.title_findings import title_findings

__all__ = ["vouched_names", "draft_affiliation_rows", "draft_where_rows", "draft_agent_rows", "draft_direction_rows", "unknown_name_rows", "sentence_index", "draft_verdicts", "order_verdicts", "without_repeats", "draft_calendar_rows", "draft_name_rows", "draft_quote_rows", "draft_unnamed_rows", "draft_credit_rows", "draft_claim_credit_rows", "draft_person_rows", "draft_title_rows", "draft_place_rows", "draft_day_rows", "retold_days_win", "draft_figure_rows", "figures_told", "SOURCE_INFO_COLUMNS", "STATUS_ORDER", "findings_frame", "sources_frame", "STOCK_HOUSE_STYLE",
           "load_house_style", "name_findings", "name_groups", "quote_findings", "quote_groups",
           "source_flags", "title_findings", "agent_findings", "affiliation_findings",
           "place_findings", "site_findings", "speaker_findings"]
