"""The draft's names and quotations against the sources' (our own sentences)."""
import pytest

import checker

SOURCES = {
    "wire": "Date: 2024-05-04\n\nPrime Minister Nikol Pashinyan said “these talks were unbearably painful but necessary”, "
            "adding: “We will not give up a single village without a fight.”\n",
    "paper": "Date: 2024-05-04\n\nNikol Pashinyan told reporters “these talks were unbearably painful but necessary”. "
             "“We will not give up a single village without a fight,” Pashinyan said.\n",
}


@pytest.fixture
def draft_rows(draft_frame):
    def rows(draft_text):
        frame = draft_frame(SOURCES, draft_text)
        return frame[frame["claim"].isin(["name", "quote"])]
    return rows


def test_a_misquote_is_contradicted_with_the_closest_wording_and_the_diff(draft_rows):
    rows = draft_rows("Nikol Pashinyan said “these talks were deeply painful but necessary”.")
    quote = rows[rows["claim"] == "quote"].iloc[0]
    assert quote["verdict"] == "contradicted"
    assert "these talks were unbearably painful but necessary" in quote["sources_say"]
    assert "-unbearably +deeply" in quote["sources_say"]
    assert sorted(quote["contradicted_by"]) == ["paper", "wire"]


@pytest.mark.parametrize("quoted, wrong", [
    ("“these talks were deeply painful but necessary”", "-unbearably +deeply"),
    # the words changed are the ones that carry it: too few content words left to group by
    ("“We will not give up a single town without a war.”", "-village +town"),
    # the last words put for others, too far apart in letters to read alike: the same sentence all the same
    ("“We will not give up one village, whatever the price.”", "-a single +one -without a fight +whatever the price"),
])
def test_a_misquote_of_the_words_that_carry_it_is_contradicted(draft_rows, quoted, wrong):
    rows = draft_rows(f"Nikol Pashinyan said {quoted}")
    quote = rows[rows["claim"] == "quote"].iloc[0]
    assert quote["verdict"] == "contradicted" and wrong in quote["sources_say"]


@pytest.mark.parametrize("quoted", [
    "“We will not give up a single village … without a fight.”",
    "“We will not give up a single village...”",
    "“these talks were unbearably painful but necessary”",
])
def test_a_quote_trimmed_or_cut_with_an_ellipsis_is_supported(draft_rows, quoted):
    rows = draft_rows(f"Nikol Pashinyan said {quoted}")
    quote = rows[rows["claim"] == "quote"].iloc[0]
    assert quote["verdict"] == "supported" and sorted(quote["supported_by"]) == ["paper", "wire"]


def test_a_misquote_of_a_speaker_the_draft_misspells_is_still_contradicted(draft_frame):
    # the speaker's name spelt wrong ("Weidl") is the same speaker: her words changed are a misquote, not new words
    sources = {"wire": "Date: 2024-05-04\n\n“Our hand will always remain outstretched to take part in government,” "
                       "Alice Weidel told supporters.\n"}
    frame = draft_frame(sources, "“Our hand will always remain open to join a government,” Alice Weidl told "
                                 "supporters.")
    assert frame[frame["claim"] == "quote"]["verdict"].tolist() == ["contradicted"]


def test_a_quote_in_british_spelling_word_for_word_is_supported(draft_frame):
    sources = {"wire": "Date: 2024-05-04\n\n“We are dealing with a lone wolf who was radicalised in recent weeks,” "
                       "Interior Minister Matus Sutaj Estok said.\n"}
    frame = draft_frame(sources, "“We are dealing with a lone wolf who was radicalised in recent weeks,” Matus "
                                 "Sutaj Estok told reporters.")
    assert frame[frame["claim"] == "quote"]["verdict"].tolist() == ["supported"]


def test_a_misquote_in_one_sentence_of_a_quote_leaves_the_other_supported(draft_rows):
    rows = draft_rows("Nikol Pashinyan said: “We will not give up a single village without a fight. These talks were "
                      "terribly painful but necessary.”")
    quotes = rows[rows["claim"] == "quote"]
    assert sorted((r.start, r.draft, r.verdict) for r in quotes.itertuples())[0][1:] == (
        "We will not give up a single village without a fight.", "supported")
    wrong = quotes[quotes["verdict"] == "contradicted"]
    assert list(wrong["draft"]) == ["These talks were terribly painful but necessary."]
    assert "-unbearably +terribly" in wrong.iloc[0]["sources_say"]


# (a verb of saying other than "said", and the draft's speaker named in the sources for something else)
DECLARED = {
    "wire": "Date: 2024-05-04\n\n“We will not give up a single village without a fight,” Mr Pashinyan declared. "
            "Foreign Minister Ararat Mirzoyan flew to Moscow.\n",
    "paper": "Date: 2024-05-04\n\n“We will not give up a single village without a fight,” Nikol Pashinyan declared.\n",
}


@pytest.mark.parametrize("drafted, verdict", [
    # the sources' words put in another named person's mouth: the words are right, the speaker is not
    ("“We will not give up a single village without a fight,” Foreign Minister Ararat Mirzoyan said.",
     "contradicted"),
    ("“We will not give up a single village without a fight,” Mr Pashinyan said.", "supported"),
    # a speaker the draft does not name beside the quotation is not the draft's word on who said it
    ("He spoke to Ararat Mirzoyan. “We will not give up a single village without a fight,” he said.", "supported"),
])
def test_a_quote_credited_to_another_named_speaker_is_contradicted(draft_frame, drafted, verdict):
    rows = draft_frame(DECLARED, drafted)
    rows = rows[rows["claim"].isin(["quote", "attribution"])]
    # the words are the sources' either way
    assert list(rows[rows["claim"] == "quote"]["verdict"]) == ["supported"]
    if verdict == "supported":
        assert list(rows["verdict"]) == ["supported"]
        return
    # one row, at the name the draft has wrong (who said it), not at the words it has right
    said = rows[rows["verdict"] == "contradicted"]
    assert list(said["claim"]) == ["attribution"] and said.iloc[0]["draft"].endswith("Mirzoyan")
    assert ("Date: 2024-05-04\n\n" + drafted)[said.iloc[0]["start"]:said.iloc[0]["end"]] == said.iloc[0]["draft"]
    assert "Pashinyan" in said.iloc[0]["sources_say"] and sorted(said.iloc[0]["contradicted_by"]) == ["paper", "wire"]


def test_a_quote_no_source_has_is_unsupported(draft_rows):
    rows = draft_rows("Nikol Pashinyan said “the border will be opened to trade next spring”.")
    assert rows[rows["claim"] == "quote"]["verdict"].tolist() == ["unsupported"]


def test_a_name_spelt_as_no_source_spells_it_is_contradicted(draft_rows, tmp_path):
    rows = draft_rows("Prime Minister Nikol Pashinian said “these talks were unbearably painful but necessary”.")
    name = rows[rows["claim"] == "name"]
    assert name["draft"].tolist() == ["Pashinian"] and name["verdict"].tolist() == ["contradicted"]
    assert "Pashinyan" in name["sources_say"].iloc[0]
    draft_text = (tmp_path / "draft.txt").read_text(encoding="utf-8")
    assert draft_text[name["start"].iloc[0]:name["end"].iloc[0]] == "Pashinian"


def test_a_name_spelt_as_the_sources_spell_it_is_supported(draft_rows):
    rows = draft_rows("Prime Minister Nikol Pashinyan said “these talks were unbearably painful but necessary”.")
    name = rows[rows["claim"] == "name"]
    assert name["verdict"].tolist() == ["supported"] and sorted(name["supported_by"].iloc[0]) == ["paper", "wire"]


@pytest.mark.parametrize("drafted, verdict", [("Duesseldorf", "supported"), ("Dusseldorf", "supported"),
                                              ("Dueseldorf", "contradicted")])
def test_an_umlaut_the_draft_writes_as_its_e_form_is_the_sources_spelling(draft_frame, drafted, verdict):
    sources = {s: "The plane left Barcelona for Düsseldorf on Tuesday. Families waited in Düsseldorf.\n"
               for s in ("wire", "paper")}
    frame = draft_frame(sources, f"The plane left Barcelona for {drafted} on Tuesday.")
    name = frame[(frame["claim"] == "name") & (frame["draft"] == drafted)]
    assert name["verdict"].tolist() == [verdict]


def test_a_short_quoted_phrase_a_source_has_is_supported(draft_rows):
    rows = draft_rows("Nikol Pashinyan called the talks “unbearably painful”.")
    assert rows[rows["claim"] == "quote"]["verdict"].tolist() == ["supported"]


def _dated(tmp_path, draft_text):
    (tmp_path / "wire.txt").write_text("Date: 2024-03-28\n\nThe judge sentenced him on Thursday, March 28, to 25 "
                                       "years in prison.\n", encoding="utf-8")
    (tmp_path / "paper.txt").write_text("Date: 2024-03-29\n\nHe was sentenced on March 28 to 25 years.\n",
                                        encoding="utf-8")
    draft = tmp_path / "draft.txt"
    draft.write_text(draft_text, encoding="utf-8")
    frame = checker.check(tmp_path, draft=draft).draft
    return frame[frame["claim"] == "event_date"]


def test_a_draft_without_a_date_line_reads_its_dateline_date_as_of_the_story(tmp_path):
    dates = _dated(tmp_path, "NEW YORK, March 28 - The judge sentenced him on March 28 to 25 years in prison.\n")
    assert set(dates["event"]) == {"2024-03-28"}
    assert set(dates["verdict"]) == {"supported"}


def test_a_weekday_that_is_not_its_dates_weekday_is_contradicted(tmp_path):
    dates = _dated(tmp_path, "NEW YORK - The judge sentenced him on Wednesday, March 28, to 25 years in prison.\n")
    row = dates[dates["draft"].str.startswith("Wednesday")].iloc[0]
    assert row["verdict"] == "contradicted" and "was a Thursday" in row["sources_say"]
    # the row points at the weekday; the day of the month the sources give is supported in a row of its own
    assert row["draft"] == "Wednesday"
    assert dates.loc[dates["draft"] == "March 28", "verdict"].tolist() == ["supported"]


def _place_rows(tmp_path, draft_text, **sources):
    for name, text in sources.items():
        (tmp_path / f"{name}.txt").write_text("Date: 2024-03-28\n\n" + text + "\n", encoding="utf-8")
    draft = tmp_path / "draft.txt"
    draft.write_text("Date: 2024-03-28\n\n" + draft_text + "\n", encoding="utf-8")
    rows = checker.check(tmp_path, draft=draft).draft
    return rows[rows["claim"] == "place or name"]


def test_a_place_the_draft_puts_where_the_sources_have_another_is_contradicted(tmp_path):
    place = _place_rows(
        tmp_path, "The judge said he would recommend a medium-security prison near Los Angeles, close to his family.",
        wire="The judge said he would recommend a medium-security prison near San Francisco, close to his family.",
        paper="He will serve his term in a prison near San Francisco, the judge said.")
    assert place["verdict"].tolist() == ["contradicted"] and place["safe_wording"].tolist() == ["San Francisco"]
    assert place["contradicted_by"].iloc[0] == ["wire"]


@pytest.mark.parametrize("draft, wire, theirs", [
    # a name of another length, with a particle inside it
    ("The suspect was detained at Orly airport as he prepared to board a flight to Algiers.",
     "The suspect was detained at Charles de Gaulle airport as he prepared to board a flight to Algiers.",
     "Charles de Gaulle"),
    # other words beside the name in the source: its last name stands in the draft's place
    ("The suspect was detained at Orly airport as he prepared to board a flight to Algiers.",
     "The suspect was detained at about 10 p.m. at Roissy-Charles de Gaulle as he prepared to board a flight to "
     "Algiers.", "Roissy-Charles de Gaulle"),
])
def test_a_place_of_another_length_in_the_sentence_the_draft_retells_is_contradicted(tmp_path, draft, wire, theirs):
    place = _place_rows(tmp_path, draft, wire=wire)
    assert place["verdict"].tolist() == ["contradicted"] and place["safe_wording"].tolist() == [theirs]


@pytest.mark.parametrize("draft, verdicts", [
    # a name the sources give elsewhere, put where the sentence the draft retells has another
    ("The survivors were taken by ship to the port of Piraeus, where they spent the night in a warehouse.",
     ["contradicted"]),
    # the name where the sources have it
    ("The survivors were taken by ship to the port of Kalamata, where they spent the night in a warehouse.", []),
])
def test_a_known_name_in_another_place_of_a_closely_retold_sentence_is_contradicted(tmp_path, draft, verdicts):
    place = _place_rows(
        tmp_path, draft,
        wire="The survivors were taken by ship to the port of Kalamata, where they spent the night in a warehouse. "
             "The minister flew in from Piraeus on Thursday.",
        paper="Survivors spent the night in a warehouse in Kalamata after a ship brought them to the port.")
    assert place["verdict"].tolist() == verdicts
    if verdicts:
        assert place["safe_wording"].tolist() == ["Kalamata"]


@pytest.mark.parametrize("draft, verdicts", [
    # "of", "on", "with" place a thing as "in" and "at" do, where the words around say it is the same thing
    ("Nine people died in the capital and two more in the northern town of Lisle.", [("Lisle", "Dorne")]),
    ("Traffic resumed after army engineers opened a 60-metre bridge linking Arden with Lisle late on Friday.",
     [("Lisle", "Calder")]),
    # the same bearing from another place, of the thing both sentences name
    ("The crash happened at the farm in Orvelle, a village in the hills north of Dorne.", [("Dorne", "Calder")]),
    # a place a source tells of in the same words, though elsewhere another is beside it
    ("The storm dumped rain on Saint-Aubin, where rivers burst their banks overnight and flooded the square.", []),
    # "at" for the source's "in", its words before the place further off ("on Wednesday morning" dropped)
    ("Her body was later found on a beach at Lisle, carried there by the river.", [("Lisle", "Merville")]),
    # the source tells what kind of place it is before the name ("from the northwestern town of Saqqez")
    ("Amini, a 23-year-old Kurdish woman from Lisle, was detained by officers who accused her of breaking the dress "
     "code that requires women to cover their hair.", [("Lisle", "Saqqez")]),
])
def test_a_place_after_of_on_or_with_the_sources_give_another_is_contradicted(tmp_path, draft, verdicts):
    place = _place_rows(
        tmp_path, draft,
        wire="Nine people died in Arden and two in the northern town of Dorne. The army's engineers opened a "
             "60-metre bridge linking Arden with Calder on Friday. The crash happened at a farm in Orvelle, a "
             "village of some 900 people about 12 kilometres (7 miles) north of Calder. Her body was found on "
             "Wednesday morning on a beach in Merville, local media reported. Amini, a Kurdish woman from the northwestern town "
             "of Saqqez, was arrested in the capital.",
        paper="The storm dumped rain on Lisle, where rivers burst their banks overnight. In Saint-Aubin, rivers "
              "burst their banks overnight and flooded the square.")
    assert [(r.draft, r.safe_wording) for r in place.itertuples()] == verdicts
    assert set(place["verdict"]) <= {"contradicted"}


def test_a_name_in_one_clause_of_a_draft_sentence_that_joins_two_is_checked_against_the_clause(tmp_path):
    place = _place_rows(
        tmp_path, "A hotline said callers reported that 750 people were on board, and according to Oxfam about 100 "
                  "children were travelling in the hold of the boat.",
        wire="The charity Save the Children said survivors had told its staff that about 100 children were "
             "travelling in the hold of the boat.")
    assert place["verdict"].tolist() == ["contradicted"] and place["safe_wording"].tolist() == ["Save the Children"]


def test_an_abbreviation_of_the_sources_name_is_not_another_name(tmp_path):
    place = _place_rows(
        tmp_path, "The fire is the deadliest in the U.S. in more than a century, officials said on Monday.",
        wire="The fire is the deadliest in the United States in more than a century, officials said on Monday. "
             "The U.S. president will visit.")
    assert place.empty


def test_a_name_only_the_draft_gives_with_nothing_in_its_place_is_unsupported_not_contradicted(tmp_path):
    # the source tells the sentence without naming anyone or anywhere: the draft adds names nothing backs
    place = _place_rows(
        tmp_path, "Judge Lewis Kaplan said he would recommend a medium-security prison close to his family in Palo Alto.",
        wire="The judge said he would recommend a medium-security prison close to his family.")
    assert set(place["verdict"]) == {"unsupported"}
    assert "Palo Alto" in set(place["draft"])
    assert all(says.startswith("no source names ") for says in place["sources_say"])


def test_any_date_in_the_draft_with_the_wrong_weekday_is_contradicted(tmp_path):
    (tmp_path / "wire.txt").write_text("Date: 2022-01-19\n\nThe board approved the purchase, the company said.\n",
                                       encoding="utf-8")
    draft = tmp_path / "draft.txt"
    draft.write_text("Date: 2022-01-19\n\nThe board approved the purchase on Monday, January 18.\n", encoding="utf-8")
    rows = checker.check(tmp_path, draft=draft).draft
    wrong = rows[rows["verdict"] == "contradicted"]
    # the row points at the weekday, the part that is wrong, and says what the calendar says
    assert wrong["draft"].tolist() == ["Monday"]
    assert "Monday, January 18 (2022) was a Tuesday" in wrong["sources_say"].iloc[0]


def test_a_deadline_the_draft_gives_another_day_for_is_contradicted(tmp_path):
    for name, text in {"wire": "Voters have until March 15 to register for the run-off, the commission said.",
                       "paper": "The electoral commission said voters have until March 15 to register for the run-off."
                       }.items():
        (tmp_path / f"{name}.txt").write_text("Date: 2023-03-01\n\n" + text + "\n", encoding="utf-8")
    draft = tmp_path / "draft.txt"
    draft.write_text("Date: 2023-03-01\n\nVoters have until March 18 to register for the run-off, the electoral "
                     "commission said.\n", encoding="utf-8")
    rows = checker.check(tmp_path, draft=draft).draft
    deadline = rows[rows["draft"].str.startswith("March 18")]
    assert deadline["verdict"].tolist() == ["contradicted"]
    assert sorted(deadline["contradicted_by"].iloc[0]) == ["paper", "wire"]


@pytest.mark.parametrize("draft, verdict", [
    ("Armen Pashinyan said the talks had been hard.", "contradicted"),
    ("Mr Pashinyan said the talks had been hard.", None),
    ("Prime Minister Pashinyan said the talks had been hard.", None),
    ("Nikol Pashinyan said the talks had been hard.", None),
])
def test_a_first_name_the_sources_give_another_is_contradicted(draft_rows, draft, verdict):
    rows = draft_rows(draft)
    wrong = rows[rows["verdict"] == "contradicted"]
    if verdict is None:
        assert wrong.empty, wrong.to_dict("records")
    else:
        assert list(wrong["draft"]) == ["Armen Pashinyan"] and "Nikol Pashinyan" in wrong.iloc[0]["sources_say"]



def test_a_bare_weekday_a_day_off_the_one_the_sources_give_is_contradicted(tmp_path):
    for name, text in (("wire", "Date: 2024-05-08\n\nThe ferry sank early on Tuesday off the island, killing 12.\n"),
                       ("paper", "Date: 2024-05-08\n\nThe ferry capsized on Tuesday into the bay near the port.\n")):
        (tmp_path / f"{name}.txt").write_text(text, encoding="utf-8")
    draft = tmp_path / "draft.txt"
    draft.write_text("Date: 2024-05-08\n\nThe ferry sank early on Monday into the bay, killing 12.\n", encoding="utf-8")
    rows = checker.check(tmp_path, draft=draft).draft
    day = rows[rows["draft"].str.contains("Monday")]
    assert list(day["verdict"]) == ["contradicted"] and sorted(day.iloc[0]["contradicted_by"]) == ["paper", "wire"]


@pytest.mark.parametrize("built, verdict", [("in the 1980s", "contradicted"), ("in the 1970s", "supported")])
def test_a_year_no_rule_reads_is_checked_by_the_words_around_it(tmp_path, built, verdict):
    for name, text in (("wire", "Date: 2023-09-14\n\nThe two dams above the city were built in the 1970s by a "
                                "Yugoslav company.\n"),
                       ("paper", "Date: 2023-09-14\n\nBoth dams above the city were built in the 1970s and had not "
                                 "been maintained.\n")):
        (tmp_path / f"{name}.txt").write_text(text, encoding="utf-8")
    draft = tmp_path / "draft.txt"
    draft.write_text(f"Date: 2023-09-14\n\nThe two dams above the city were built {built}.\n", encoding="utf-8")
    rows = checker.check(tmp_path, draft=draft).draft
    assert list(rows.loc[rows["draft"].str.contains("19"), "verdict"]) == [verdict]


def _draft_rows(tmp_path, sources: dict[str, str], draft: str, undated: tuple[str, ...] = ()):
    """The draft's verdict rows, sources and draft dated 15 June 2023 (the sources named in `undated` not)."""
    for name, text in sources.items():
        (tmp_path / f"{name}.txt").write_text(text if name in undated else f"Date: 2023-06-15\n\n{text}\n",
                                              encoding="utf-8")
    (tmp_path / "draft.txt").write_text(f"Date: 2023-06-15\n\n{draft}\n", encoding="utf-8")
    return checker.check(tmp_path, draft=tmp_path / "draft.txt").draft


def _rescued_verdicts(tmp_path, sources: dict[str, str], draft: str) -> list[str]:
    """The draft's verdicts on the `rescued` claim."""
    rows = _draft_rows(tmp_path, sources, draft)
    return list(rows.loc[rows["claim"] == "rescued", "verdict"])


@pytest.mark.parametrize("draft, verdict", [
    # near the figure three sources state, fitting only one source's looser "around 100"
    ("The coast guard said 106 people were rescued.", "contradicted"),
    # the figure they state
    ("The coast guard said 104 people were rescued.", "supported"),
    # far from it: another fact the sources' loose figure may tell, left disputed
    ("The coast guard said 300 people were rescued.", "disputed"),
])
def test_a_figure_near_the_one_most_sources_state_is_contradicted(tmp_path, draft, verdict):
    sources = {"a": "The coast guard said 104 people were rescued. Around 100 were rescued by a merchant ship, and "
                    "hundreds of people have been rescued at sea this year.",
               "b": "A total of 104 people were rescued, the coast guard said.",
               "c": "Rescuers saved 104 people, the coast guard said."}
    assert _rescued_verdicts(tmp_path, sources, draft) == [verdict]


@pytest.mark.parametrize("draft, verdict", [
    # the qualifier two sources give, with another figure: the figure changed, though a third's "about" reaches it
    ("The coast guard said more than 300 people were rescued.", "contradicted"),
    ("The coast guard said more than 400 people were rescued.", "supported"),
])
def test_a_figure_qualified_as_most_sources_qualify_theirs_is_theirs_or_wrong(tmp_path, draft, verdict):
    sources = {"a": "The coast guard said more than 400 people were rescued.",
               "b": "More than 400 people were rescued, the coast guard said.",
               "c": "About 400 people were rescued by the coast guard, officials said."}
    assert _rescued_verdicts(tmp_path, sources, draft) == [verdict]


@pytest.mark.parametrize("draft, verdict", [("ending 13 years of Conservative rule", "contradicted"),
                                            ("ending 14 years of Conservative rule", "supported")])
def test_a_year_more_or_less_is_another_duration(draft_frame, draft, verdict):
    # "14 years" is 13.5 to 14.5 years, "13 years" 12.5 to 13.5: the two only touch, and never both hold
    sources = {"a": "Labour won a landslide, ending 14 years of Conservative government.",
               "b": "The landslide ended 14 years of Conservative government."}
    rows = draft_frame({name: f"Date: 2024-05-04\n\n{text}\n" for name, text in sources.items()},
                       f"Labour won a landslide, {draft}.")
    assert list(rows.loc[rows["draft"].str.contains("years"), "verdict"]) == [verdict]


@pytest.mark.parametrize("draft, verdict", [
    # one source's exact figure, the others rounding it: the draft's other exact figure is wrong
    ("Turnout was 57.8%, the lowest since 2001.", "contradicted"),
    ("Turnout was 59.8%, the lowest since 2001.", "supported"),
    # the draft rounds too: it fits them all
    ("Turnout was about 60%, the lowest since 2001.", "supported"),
])
def test_a_figure_one_source_states_exactly_and_others_round_decides(draft_frame, draft, verdict):
    sources = {"a": "Turnout stood at 59.8%, the lowest since 2001.", "b": "Turnout was about 60%, officials said.",
               "c": "Turnout was just under 60%, the lowest since 2001."}
    rows = draft_frame({name: f"Date: 2024-05-04\n\n{text}\n" for name, text in sources.items()}, draft)
    assert list(rows.loc[rows["claim"] == "turnout", "verdict"]) == [verdict]


@pytest.mark.parametrize("draft, verdict", [
    # the one exact figure near the draft's, the others only bounding it from below ("more than 100"); the
    # statement's other figures (65 in hospital, 17 critical) are the toll's parts, not other tolls
    ("The regional government said 162 people were injured, 17 of them critically.", "contradicted"),
    ("The regional government said 126 people were injured, 17 of them critically.", "supported"),
])
def test_an_exact_figure_beside_sources_lower_bounds_is_set_against_the_exact_one(tmp_path, draft, verdict):
    sources = {"a": "More than 100 people were injured in the attack, police said.",
               "b": "At least 100 people were injured, officials said.",
               "c": "The regional government issues the following update.\n\nInjured attended by emergency services: "
                    "126\nOf whom remain hospitalised: 65\nOf whom are in serious condition: 25"}
    rows = _draft_rows(tmp_path, sources, draft, undated=("b",))
    assert list(rows.loc[rows["claim"] == "injured", "verdict"]) == [verdict]


@pytest.mark.parametrize("draft, verdict", [
    # backed only by a bound far below it, against a figure near it: no source tells the draft's figure
    ("The van attack injured at least 162 people, officials said.", "contradicted"),
    ("The van attack injured 126 people, officials said.", "supported"),
    ("The van attack injured more than 100 people, officials said.", "supported"),
])
def test_a_figure_only_bounded_from_far_below_is_set_against_the_figure_near_it(tmp_path, draft, verdict):
    sources = {"a": "At least 100 people were injured in the van attack, police said.",
               "b": "The regional government said 126 people were injured in the van attack."}
    rows = _draft_rows(tmp_path, sources, draft)
    assert list(rows.loc[rows["claim"] == "injured", "verdict"]) == [verdict]


def test_a_figure_the_draft_gives_as_it_stood_then_is_backed_by_the_source_giving_it(tmp_path):
    sources = {"a": "The prime minister said the confirmed toll stood at 65 on Tuesday night.",
               "b": "Police said on Wednesday that 98 people had died in the earthquake.",
               "c": "The prime minister said the confirmed toll stood at 75 on Wednesday morning."}
    rows = _draft_rows(tmp_path, sources, "Police said 98 people had died in the earthquake. The prime minister had "
                                          "at that stage put the confirmed toll at 65.")
    assert list(rows.loc[rows["draft"].str.startswith("65"), "verdict"]) == ["supported"]


@pytest.mark.parametrize("draft, verdict", [
    # another day, told as the sources tell theirs
    ("It was four months since the canopy at the railway station collapsed on 1 December, killing 15 people.",
     "contradicted"),
    # another day in a sentence about something else: nothing to set it against
    ("Students held a vigil outside the court on 1 December.", "unsupported"),
])
def test_a_day_no_source_gives_in_a_sentence_told_as_theirs_is_contradicted(tmp_path, draft, verdict):
    sources = {"a": "The concrete canopy at the railway station collapsed on 1 November, killing 15 people.",
               "b": "Fifteen people were killed when the railway station canopy collapsed on Nov. 1."}
    for name, text in sources.items():
        (tmp_path / f"{name}.txt").write_text(f"Date: 2025-03-16\n\n{text}\n", encoding="utf-8")
    (tmp_path / "draft.txt").write_text(f"Date: 2025-03-16\n\n{draft}\n", encoding="utf-8")
    rows = checker.check(tmp_path, draft=tmp_path / "draft.txt").draft
    assert list(rows.loc[rows["draft"].str.startswith("1 December"), "verdict"]) == [verdict]


def test_a_name_no_source_spells_so_is_contradicted_though_the_sources_differ(draft_frame):
    sources = {"wire": "Date: 2024-05-04\n\nChief executive Greg Becker held a call with investors on Thursday.\n",
               "paper": "Date: 2024-05-04\n\nChief executive Greg Becker asked clients to stay calm.\n",
               "local": "Date: 2024-05-04\n\nChief executive Greg Beker spoke to investors on a call.\n"}
    frame = draft_frame(sources, "The bank's chief executive, Greg Brecker, held a call with investors.")
    name = frame[(frame["claim"] == "name") & (frame["draft"] == "Brecker")]
    assert name["verdict"].tolist() == ["contradicted"]
    assert "Becker" in name["sources_say"].iloc[0] and "Beker" in name["sources_say"].iloc[0]


def test_a_given_name_misspelt_is_contradicted_though_a_source_capitalises_the_surname(draft_frame):
    sources = {"wire": "Date: 2024-05-04\n\nMayor Abdulmenam al-Ghaithi said the city was in ruins.\n",
               "paper": "Date: 2024-05-04\n\nAl-Ghaithi was suspended on Friday. Abdulmenam al-Ghaithi denied fault.\n"}
    frame = draft_frame(sources, "The city's mayor, Abdulmonem al-Ghaithi, was suspended on Friday.")
    name = frame[frame["claim"] == "name"]
    assert name.loc[name["draft"].str.contains("Abdulmonem"), "verdict"].tolist() == ["contradicted"]


@pytest.mark.parametrize("until, verdict", [("Feb. 28", "contradicted"), ("Jan. 31", "supported")])
def test_a_deadline_date_is_set_against_the_sources_deadline(tmp_path, until, verdict):
    sources = {"wire": "Lula has placed security in the Federal District under federal control until 31 January, "
                       "with Ricardo Cappelli in charge.",
               "paper": "The intervention in the public security of the Federal District remains in force until "
                        "31 January 2023, the decree says."}
    for name, text in sources.items():
        (tmp_path / f"{name}.txt").write_text("Date: 2023-01-09\n\n" + text + "\n", encoding="utf-8")
    draft = tmp_path / "draft.txt"
    draft.write_text(f"Date: 2023-01-09\n\nHe immediately signed a decree placing security in the Federal District "
                     f"under federal control until {until}, with Ricardo Cappelli in charge, and promised that those "
                     f"responsible would be tracked down and punished.\n", encoding="utf-8")
    rows = checker.check(tmp_path, draft=draft).draft
    over = rows[rows["draft"].str.contains(until.split()[0])]
    assert list(over["verdict"]) == [verdict]


@pytest.mark.parametrize("theirs, credible", [
    # the draft names the source's name elsewhere in its sentence: it tells both, it replaces neither
    ("Korea", False),
    # a name the draft's sentence does not have can stand in its place
    ("Russia", True),
])
def test_a_name_the_draft_tells_beside_the_sources_one_is_not_put_in_its_place(theirs, credible):
    from checker.compare.draft_text import _credible
    sentence = ("Analytics firm Vantor said its analysis pointed to hackers affiliated with North Korea, while other "
                "investigators said the attack had the potential markings of the Lazarus Group.")
    assert _credible("Lazarus Group", theirs, sentence) is credible


def test_a_common_word_opening_a_sentence_is_no_name_to_check(draft_frame):
    # "Rescuers pulled 29 survivors from the water": a sentence's first word, in the sources too
    sources = {"wire": "Date: 2025-07-03\n\nRescuers pulled 29 survivors from the water on Thursday.\n"}
    rows = draft_frame(sources, "Rescuers pulled 29 survivors from the water.")
    assert "Rescuers" not in set(rows.loc[rows["claim"] == "name", "draft"])
