"""A name in the draft that no source writes, in a sentence retelling one of theirs (our sentences)."""
import pytest

SOURCES = {
    "wire": "Date: 2024-05-04\n\nThe rail ministry has recommended that the case be handed over to the Federal Crime "
            "Bureau for further investigation, officials said on Sunday.\n\nThe recorder data was released on "
            "Wednesday by the country's transport ministry, which oversees the airports.\n\nThe judge said he "
            "would recommend a low-security prison close to the man's family.\n",
    "paper": "Date: 2024-05-04\n\nInvestigators said the stolen money had been moved through several exchanges "
             "before it could be traced. Shares of the lender fell 12% to HK$4.10 before trading was halted.\n\n"
             "German Foreign Minister Anna Berg called for sanctions against the men behind the theft, and the "
             "USA said it would help trace the money. The Federal Aviation Administration said it would review the "
             "rules.\n",
}


@pytest.mark.parametrize("draft, name, verdict, instead", [
    # another body where the source has its own, written as a name
    ("The rail ministry has recommended that the case be handed over to the National Security Agency, "
     "officials said.", "National Security Agency", "contradicted", "Federal Crime Bureau"),
    # another body where the source names one in lower case
    ("The recorder data was released on Wednesday by the Civil Aviation Board, which oversees the airports.",
     "Civil Aviation Board", "contradicted", "country's transport ministry"),
    # a place the draft adds where the source says nothing: no source backs it, none contradicts it
    ("The judge said he would recommend a low-security prison close to the man's family in Marlowe County.",
     "Marlowe County", "unsupported", ""),
])
def test_a_name_no_source_writes_in_a_retold_sentence(draft_frame, draft, name, verdict, instead):
    rows = draft_frame(SOURCES, draft)
    rows = rows[rows["draft"] == name]
    assert rows["verdict"].tolist() == [verdict]
    assert rows["safe_wording"].tolist() == [instead]
    assert (instead or "no source names") in rows["sources_say"].iloc[0]


@pytest.mark.parametrize("draft", [
    # the sources write the body, in another sentence: not this check's
    "The rail ministry said the Federal Crime Bureau would take over the case.",
    # a currency, not a name
    "Shares of the lender fell 12% to HK$4.10 before trading was halted.",
    # a country the sources write as its adjective, or by its initials
    "Germany's foreign minister called for sanctions against the men behind the theft.",
    "The United States said it would help trace the stolen money.",
    # a body the sources name in full, by its initials
    "The FAA said it would review the rules.",
    # a name in a sentence retelling none of theirs
    "Analysts at Brightwater Capital expect the line to reopen within a month.",
])
def test_no_row_where_the_sources_write_the_name_or_nothing_is_retold(draft_frame, draft):
    rows = draft_frame(SOURCES, draft)
    assert not rows["sources_say"].astype(str).str.startswith("no source names").any()
    assert "contradicted" not in set(rows["verdict"])


def test_a_retelling_with_something_in_the_names_place_outweighs_a_closer_one_without(draft_frame):
    sources = {"wire": "Date: 2024-05-04\n\nThe recorder data was released on Wednesday by officials, who oversee the "
                       "airports.\n",
               "paper": "Date: 2024-05-04\n\nThe recorder data was released by the country's transport ministry.\n"}
    rows = draft_frame(sources, "The recorder data was released on Wednesday by the Civil Aviation Board, which "
                                "oversees the airports.")
    named = rows[rows["draft"] == "Civil Aviation Board"]
    assert named["verdict"].tolist() == ["contradicted"]
    assert named["safe_wording"].tolist() == ["country's transport ministry"]
    assert named["contradicted_by"].tolist() == [["paper"]]
