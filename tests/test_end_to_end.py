"""The sample story, end to end: the table an editor must see, read from the real workbook."""
import pytest
from openpyxl import load_workbook

from checker.report.workbook import write_report

# claim, event, status, {source: value as written}
MUST_HOLD = [
    ("deaths", "war_2020", "conflict", {"000": "more than 6,500", "001": "more than 6,500", "004": "More than 6700"}),
    ("deaths", "clashes_2022", "variance",
     {"000": "286", "001": "286", "003": "nearly 300 / 286", "004": "more than two hundred"}),
    ("deaths", "war_1990s", "agree", {"000": "nearly 30,000", "001": "around 30,000"}),
    ("troops", "war_2020", "agree",
     {"000": "2,000", "001": "2,000", "002": "nearly 2,000", "003": "2,000", "004": "about 2,000"}),
    ("event_date", "summit_2022", "conflict", None),
]


@pytest.fixture(scope="module")
def workbook(sample_result, tmp_path_factory):
    out = write_report(sample_result, tmp_path_factory.mktemp("report") / "seeds.xlsx").path
    return load_workbook(out)


def summary_rows(workbook):
    sheet = workbook["Summary"]
    header = [c.value for c in sheet[1]]
    return header, [dict(zip(header, (c.value for c in row))) for row in sheet.iter_rows(min_row=2)]


def find(rows, claim, event):
    found = [r for r in rows if r["claim"] == claim and r["event"] == event]
    assert len(found) == 1, (claim, event, [(r["claim"], r["event"]) for r in rows])
    return found[0]


@pytest.mark.parametrize("claim, event, status, values", MUST_HOLD, ids=[f"{c}-{e}" for c, e, *_ in MUST_HOLD])
def test_summary_sheet_holds_the_must_hold_table(workbook, claim, event, status, values):
    header, rows = summary_rows(workbook)
    row = find(rows, claim, event)
    assert row["about"]  # the event's label from story.yaml
    assert row["status"] == status
    if values is not None:
        # column headers name the source with what it says of itself: "001 · AFP, 31 Oct 2022"
        shown = {column.split(" ")[0]: row[column] for column in header[3:8] if row[column]}
        assert shown == values


def test_ceasefire_brokers_per_event(sample_result):
    mentions = sample_result.mentions
    brokers = mentions[mentions["claim"] == "ceasefire_broker"]
    war = brokers[brokers["event"] == "war_2020"]
    assert set(war["source"]) == {"000", "001", "002", "003", "004"}
    assert set(war["value"]) == {"Russia"}
    clashes = brokers[brokers["event"] == "clashes_2022"]
    assert set(clashes["source"]) == {"001", "003"}
    assert set(clashes["value"]) == {"United States"}
    assert sample_result.status_of("ceasefire_broker", "war_2020") == "agree"
    assert sample_result.status_of("ceasefire_broker", "clashes_2022") == "agree"


def test_event_dates_of_the_summit(sample_result):
    mentions = sample_result.mentions
    dates = mentions[(mentions["claim"] == "event_date") & (mentions["event"] == "summit_2022") & mentions["low"].notna()]
    by_source = dates.groupby("source")["value"].agg(set).to_dict()
    assert by_source["001"] == {"2022-10-31"}
    assert by_source["003"] == {"2022-10-31"}
    assert by_source["002"] == {"2021-11-26"}


@pytest.mark.parametrize("not_a_toll", ["2020", "1991", "1994", "Oct. 3", "20 years", "44 days", "two days",
                                        "two decades", "six-week"])
def test_nothing_else_is_read_as_a_death_toll(sample_result, not_a_toll):
    deaths = sample_result.mentions[sample_result.mentions["claim"] == "deaths"]
    assert not deaths["text"].str.contains(not_a_toll, regex=False).any()


def test_tolls_of_different_events_never_share_a_finding(sample_result):
    findings = sample_result.findings
    deaths = findings[findings["claim"] == "deaths"]
    assert sorted(deaths["event"]) == ["clashes_2022", "war_1990s", "war_2020"]


def test_sources_frame_is_one_row_per_source_one_column_per_claim(sample_result):
    frame = sample_result.sources
    assert list(frame.index) == ["000", "001", "002", "003", "004"]
    assert frame.loc["004", "deaths|war_2020"] == "More than 6700"
    assert frame.loc["002", "deaths|war_2020"] == ""


def test_mentions_know_their_span(sample_result, seeds):
    texts = {p.name.split("_")[0]: p.read_text(encoding="utf-8") for p in seeds.glob("*.txt")}
    for m in sample_result.mentions.itertuples():
        assert texts[m.source][m.start:m.end] == m.text
        assert m.text in m.sentence


def test_workbook_sheets_colours_and_layout(workbook):
    assert workbook.sheetnames[0] == "Summary"
    assert {"Sources", "Evidence", "Names", "Quotes"} <= set(workbook.sheetnames)
    summary = workbook["Summary"]
    assert summary.freeze_panes == "A2"
    assert summary.auto_filter.ref is not None
    header, rows = summary_rows(workbook)
    for r, row in enumerate(rows, 2):
        colour = summary.cell(row=r, column=3).fill.fgColor.rgb
        expected = {"conflict": "FFC7CE", "variance": "FFEB9C", "agree": "C6EFCE"}.get(row["status"])
        if expected:
            assert colour.endswith(expected)
    sources = workbook["Sources"]
    commented = [c for row in sources.iter_rows(min_row=2) for c in row if c.comment]
    assert commented and any("6700" in c.comment.text for c in commented)
    evidence = workbook["Evidence"]
    ev_header = [c.value for c in evidence[1]]
    assert {"source", "claim", "event", "text", "low", "high", "why", "sentence"} <= set(ev_header)
    assert evidence.freeze_panes == "A2" and evidence.auto_filter.ref is not None


def test_reviewer_columns_offer_a_list_and_hide_the_id(workbook):
    summary = workbook["Summary"]
    header = [c.value for c in summary[1]]
    from openpyxl.utils import get_column_letter
    id_letter = get_column_letter(header.index("id") + 1)
    status_letter = get_column_letter(header.index("reviewer status") + 1)
    assert summary.column_dimensions[id_letter].hidden
    validations = summary.data_validations.dataValidation
    assert len(validations) == 1 and validations[0].type == "list"
    assert str(validations[0].sqref).startswith(f"{status_letter}2:")
    assert validations[0].formula1 == '"open,confirmed,fixed in draft,ignore"'
    assert all(summary.cell(row=r, column=header.index("id") + 1).value for r in range(2, summary.max_row + 1))


def test_without_a_story_file_events_are_inferred_from_dates(tmp_path, seeds):
    import shutil

    import checker

    for path in seeds.glob("*.txt"):
        shutil.copy(path, tmp_path / path.name)
    result = checker.check(tmp_path)
    assert result.status_of("deaths", "2020") == "conflict"
    assert result.status_of("deaths", "1990s") == "agree"
    assert result.status_of("deaths", "2022") == "variance"
    assert result.status_of("ceasefire_broker", "2020") == "agree"
    assert result.status_of("ceasefire_broker", "2022") == "agree"
    deaths = result.mentions[result.mentions["claim"] == "deaths"]
    assert "more than 6,500" not in set(deaths.loc[deaths["event"] == "2022", "text"])


@pytest.mark.parametrize("texts, status", [
    (["The blast killed 12 people.", "The blast killed 12 people, police said."], "agree"),
    (["The blast killed 12 people.", "The blast killed about 12 people."], "agree"),
    (["The blast killed 12 people.", "The blast killed 15 people."], "conflict"),
    (["The blast killed 12 people.", "The blast killed at least 10 people."], "variance"),
    (["The blast killed 15 people.", "More than a dozen people were killed in the blast."], "variance"),
    (["The blast killed 12 people.", "More than 20 people were killed in the blast."], "conflict"),
    # "qualifiers aside": the same figure agrees, whatever hedges it
    (["The blast killed 12 people.", "More than 12 people were killed in the blast."], "agree"),
    (["The quake killed 2,000 people.", "The quake killed nearly 2,000 people."], "agree"),
])
def test_one_event_stories_compare_without_configuration(tmp_path, texts, status):
    import checker

    for i, text in enumerate(texts):
        (tmp_path / f"s{i}.txt").write_text(text + "\n", encoding="utf-8")
    result = checker.check(tmp_path)
    assert result.status_of("deaths", "main") == status


def test_evidence_sheet_shows_each_reading(workbook):
    sheet = workbook["Evidence"]
    header = [c.value for c in sheet[1]]
    rows = [dict(zip(header, (c.value for c in row))) for row in sheet.iter_rows(min_row=2)]
    toll = next(r for r in rows if r["source"] == "004" and r["text"] == "More than 6700")
    assert toll["interval"] == "(6,700, 6,800]"
    assert toll["claim"] == "deaths" and toll["event"] == "war_2020" and toll["status"] == "conflict"
    assert "6700" in toll["sentence"] and toll["why"]
    date = next(r for r in rows if r["source"] == "002" and r["claim"] == "event_date")
    assert date["interval"] == "2021-11-26"


def test_names_sheet_shows_spelling_variants(workbook, sample_result):
    names = sample_result.names
    pashinyan = names[names["group"] == "pashinyan"]
    assert set(pashinyan["variant"]) == {"Pashinyan", "Pashinian"}
    assert set(pashinyan.loc[pashinyan["variant"] == "Pashinian", "source"]) == {"003"}
    assert pashinyan.loc[pashinyan["source"] == "003", "mixed"].all()
    assert set(names.loc[names["group"] == "erdogan", "variant"]) == {"Erdogan", "Erdoğan"}
    for group in names["group"].unique():
        variants = {v.lower() for v in names.loc[names["group"] == group, "variant"]}
        assert not ({"aliyev"} & variants and len(variants) > 1)
        assert not {"putin", "pashinyan"} <= variants
        assert not {"armenia", "armenian"} <= variants
    sheet = workbook["Names"]
    rows = {r[0]: r for r in sheet.iter_rows(min_row=2, values_only=True)}
    assert rows["pashinyan"][2] == "variance" and "Pashinian: 003 ×8" in rows["pashinyan"][3]
    assert rows["pashinyan"][4] == "003"  # mixed within 003


def test_quotes_sheet_puts_the_wordings_side_by_side(workbook, sample_result):
    quotes = sample_result.quotes
    useful = quotes[quotes["text"].str.contains("very useful meeting")]
    assert set(useful["source"]) == {"000", "001", "003"}
    assert set(useful["status"]) == {"variance"}
    assert set(useful["speaker"]) == {"Putin"}
    sheet = workbook["Quotes"]
    header = [c.value for c in sheet[1]]
    row = next(dict(zip(header, r)) for r in sheet.iter_rows(min_row=2, values_only=True)
               if "very useful meeting" in str(r))
    assert row["status"] == "variance"
    columns = [h for h in header if h.split(" ")[0] in ("000", "001", "003")]
    assert all("very useful meeting" in row[c] for c in columns)


def test_summary_lists_name_and_quote_groups_that_differ(workbook):
    header, rows = summary_rows(workbook)
    assert any(r["claim"] == "name" and r["event"] == "Pashinyan" and r["status"] == "variance" for r in rows)
    assert any(r["claim"] == "quote" and r["event"] == "Putin" and r["status"] == "variance" for r in rows)


def test_an_editor_can_loosen_a_tolerance(seeds, tmp_path):
    import shutil

    import checker
    from checker.claims.rules import STOCK_RULES

    rules = tmp_path / "rules"
    shutil.copytree(STOCK_RULES, rules)
    casualties = rules / "casualties.yaml"
    text = casualties.read_text(encoding="utf-8")
    casualties.write_text(text.replace("    window: 8\n    tolerance: 0\n", "    window: 8\n    tolerance: 0.05\n", 1),
                          encoding="utf-8")
    loose = checker.check(seeds, rules=[rules])
    # 6,500-6,600 widened by 5% reaches 6,930: "more than 6700" is now compatible
    assert loose.status_of("deaths", "war_2020") == "variance"


def test_unreadable_files_are_listed_in_the_workbook(seeds, tmp_path):
    import shutil

    import checker

    story = tmp_path / "story"
    shutil.copytree(seeds, story)
    (story / "scan.pdf").write_bytes(b"%PDF-1.4 broken")
    book = load_workbook(write_report(checker.check(story), tmp_path / "r.xlsx").path)
    rows = list(book["Not checked"].iter_rows(min_row=2, values_only=True))
    assert len(rows) == 1 and rows[0][0].endswith("scan.pdf") and "PDF" in rows[0][1]
