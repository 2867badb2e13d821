"""A draft quotation retold from a longer or a shorter source quotation (our own sentences)."""
import pytest

SOURCES = {
    "wire": "Date: 2024-05-04\n\nSpeaking on Wednesday, Prime Minister Aiko Tanabe said: “More than 40 hours have "
            "passed. Saving people is a race against time, and we are now at a decisive moment.”\n\n"
            "The mayor, Ruth Ngata-Smith, said the council had been “utterly blindsided” by the closure.\n\n"
            "At a briefing on the pier, the harbour master called it a “heartbreaking and needless loss” for the "
            "town.\n\nThe head of the courts said on Sunday that the main instigators must face “decisive action "
            "without leniency,” according to the courts' news website.\n",
    "paper": "Date: 2024-05-04\n\nTanabe told reporters the search was “a race against time”. "
             "Ruth Ngata-Smith's office said the council had been “utterly blindsided” by the decision to close it.\n",
}


@pytest.fixture
def quote_rows(draft_frame):
    def rows(draft_text):
        frame = draft_frame(SOURCES, draft_text)
        return frame[frame["claim"] == "quote"]
    return rows


@pytest.mark.parametrize("draft, verdict, diff", [
    # one sentence of a longer statement, a word put for two: the diff is against that sentence only
    ("Aiko Tanabe said “we are past the decisive moment”.", "contradicted", "(draft: -now at a +past the)"),
    ("Aiko Tanabe said “we are now at a decisive moment”.", "supported", None),
    # a short phrase retold in a sentence worded like the source's, one word put for another
    ("The mayor said the council had been “utterly ambushed” by the closure.", "contradicted",
     "(draft: -blindsided +ambushed)"),
    ("The mayor said the council had been “utterly blindsided” by the closure.", "supported", None),
    # a draft statement retold from a shorter source quotation, one word put for another
    ("The harbour master described the sinking as “a devastating and needless loss.”", "contradicted",
     "(draft: -heartbreaking +a devastating)"),
    # a phrase of four words, one put for another, in a sentence worded otherwise: the three alike say which
    ("Judiciary chief Amara Osei has called for “decisive action without mercy” against those he describes as "
     "the ringleaders.",
     "contradicted", "(draft: -leniency +mercy)"),
    # the named speaker's statement worded otherwise throughout, the same thing said: not the speaker's words
    ("Aiko Tanabe said: “Saving lives is a race with the clock.”", "contradicted",
     "Saving people is a race against time"),
    ("Aiko Tanabe said: “The budget will be passed in June.”", "unsupported", None),
    # a short phrase with no word of the named speaker's, in the sentence the sources tell it in: not her words
    ("The mayor, Ruth Ngata-Smith, said the council had been “left speechless” by the closure.", "contradicted",
     "utterly blindsided"),
])
def test_a_quote_retold_with_other_words_is_contradicted_with_the_diff(quote_rows, draft, verdict, diff):
    row = quote_rows(draft).iloc[0]
    assert row["verdict"] == verdict
    if diff:
        assert diff in row["sources_say"]


def test_a_short_phrase_in_a_sentence_of_its_own_is_not_called_a_misquote(quote_rows):
    rows = quote_rows("Critics called the plan “utterly reckless” and vowed to fight it in court.")
    assert rows.empty


def test_a_quote_of_another_named_speaker_is_not_held_against_the_drafts(quote_rows):
    rows = quote_rows("Opposition leader Pita Rangi said “we are now at a dangerous moment”.")
    assert rows["verdict"].tolist() == ["unsupported"]


def test_a_hyphenated_name_inside_a_quote_is_no_difference(tmp_path, quote_rows):
    (tmp_path / "extra.txt").write_text("Date: 2024-05-04\n\nThe minister said: “Ms Ngata-Smith's council was "
                                        "right to close the bridge.”\n", encoding="utf-8")
    rows = quote_rows("The minister said: “Ms. Ngata-Smith's council was right to close the bridge.”")
    assert rows["verdict"].tolist() == ["supported"]


@pytest.mark.parametrize("sources, draft, verdicts", [
    # a word a source quotes alone: supported
    ({"wire": "Date: 2024-05-04\n\nThe commission president called the strike “despicable” on Friday.\n"},
     "The commission president called the strike “despicable”.", ["supported"]),
    # a word quoted inside a longer quotation the draft's sentence retells: supported
    ({"wire": "Date: 2024-05-04\n\nThe prime minister called the strike on the station “unconscionable and cruel”, "
              "officials said.\n"},
     "The prime minister called the strike on the station “unconscionable”.", ["supported"]),
    # another word: too little to call a misquote, so no row
    ({"wire": "Date: 2024-05-04\n\nThe commission president called the strike “despicable” on Friday.\n"},
     "The commission president called the strike “horrific”.", []),
])
def test_a_one_word_quote_is_supported_where_a_source_quotes_it(draft_frame, sources, draft, verdicts):
    frame = draft_frame(sources, draft)
    assert list(frame.loc[frame["claim"] == "quote", "verdict"]) == verdicts


@pytest.mark.parametrize("draft, verdict", [
    # the named speaker's statement worded otherwise throughout, the same thing said: not the speaker's words
    ("Mayor Ken Izumi said: “Hardly a single house is still standing.”", "contradicted"),
    ("Mayor Ken Izumi said: “Almost no houses are left standing.”", "supported"),
    # the same speaker on something else: nothing to set it against
    ("Mayor Ken Izumi said: “The budget will be passed in June.”", "unsupported"),
    # another speaker's words like the mayor's: not the mayor's statement
    ("A resident, Mari Sato, said: “Hardly a single house is still standing.”", "unsupported"),
])
def test_a_named_speakers_statement_worded_otherwise_throughout_is_contradicted(draft_frame, draft, verdict):
    sources = {s: "Date: 2024-05-04\n\nMayor Ken Izumi told reporters: “Almost no houses are left standing. We need "
                  "water and blankets.”\n" for s in ("wire", "paper")}
    rows = draft_frame(sources, draft)
    rows = rows[rows["claim"] == "quote"]
    assert rows["verdict"].tolist() == [verdict]
    if verdict == "contradicted":
        assert "Almost no houses are left standing" in rows["sources_say"].iloc[0]


def test_he_said_after_a_speaker_named_with_an_apposition_is_that_speaker(draft_frame):
    # "Luke Ebbs, the country director for Save the Children, said": Ebbs spoke, not "Children" nor the forecaster
    # named in the paragraph before
    sources = {"wire": "Date: 2024-05-04\n\nForecaster Ana Pell said the storm crept towards the island.\n\n"
                       "Luke Ebbs, the country director for Save the Children, said staff were safe. \"What we are "
                       "seeing is damage on a huge scale,\" he said.\n"}
    rows = draft_frame(sources, "Forecaster Ana Pell said the storm crept on.\n\nLuke Ebbs, the country director "
                                "for Save the Children, said staff were safe. \"What we are seeing is destruction "
                                "on a massive scale,\" he said.")
    quote = rows[rows["claim"] == "quote"].iloc[0]
    assert (quote["event"], quote["verdict"]) == ("Ebbs", "contradicted")
    assert "-damage +destruction" in quote["sources_say"]
