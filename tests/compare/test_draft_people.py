"""A person the draft names with the sources' given name and another surname (our sentences)."""
import pytest

SOURCES = {
    "wire": "Date: 2024-05-04\n\nMayor Trent Conaway said the zone would stay in place. The train was bound for "
            "Conway, Pennsylvania. Regional director Victor Escalon said the gunman walked in.\n",
    "paper": "Date: 2024-05-04\n\nGovernor Evelyn Salgado said 80% of hotels were damaged. Conaway said the "
             "village was safe. Mike Hallam, a vet, and Mike Hollis, a farmer, spoke too.\n",
}


@pytest.mark.parametrize("draft, wrong, right", [
    # a surname that is also another name of the story, one letter added, a like surname put in its place
    ("Mayor Trent Conway said there was no timeline.", "Conway", "Conaway"),
    ("Director Victor Escalona told reporters the gunman walked in.", "Escalona", "Escalon"),
    ("Governor Evelyn Salazar announced the figures.", "Salazar", "Salgado"),
    # as the sources name them
    ("Mayor Trent Conaway said the zone would stay.", "Conaway", None),
    # a possessive is no other name
    ("Mayor Trent Conaway's office said the zone would stay.", "Conaway", None),
    # a person the sources do not name, whose surname is nothing like theirs
    ("Victor Kowalczyk, a neighbour, watched the smoke.", "Kowalczyk", None),
])
def test_a_full_name_with_another_surname_is_contradicted(draft_frame, draft, wrong, right):
    rows = draft_frame(SOURCES, draft)
    rows = rows[(rows["verdict"] == "contradicted") & rows["draft"].str.contains(wrong)]
    assert [r.safe_wording.split()[-1] for r in rows.itertuples()][:1] == ([right] if right else [])


def test_a_given_name_the_sources_give_two_people_with_like_surnames_gives_no_row():
    """Which of them the draft means is not known (the spelling check of one word may still speak)."""
    from checker.compare.draft_people import draft_person_rows
    sources = [("wire", "Mike Hallam, a vet, and Mike Hollis, a farmer, spoke.")]
    assert draft_person_rows("Mike Hallis spoke.", sources, {}, []) == []
    assert [r["safe_wording"] for r in draft_person_rows("Trent Conway spoke.", [("w", "Trent Conaway spoke.")], {},
                                                         [])] == ["Trent Conaway"]


@pytest.mark.parametrize("draft", ["where Georgia Gov. Nathan Deal met them.", "where Georgia Governor Nathan Deal met them."])
def test_a_place_and_a_title_before_a_name_are_no_full_name(draft):
    """"Georgia Gov." is where the governor governs and his title, not a person called Georgia Gov."""
    from checker.compare.draft_people import draft_person_rows
    sources = [("wire", "They flew on to Macon, where Georgia Governor Nathan Deal greeted them.")]
    assert draft_person_rows(f"They flew to Macon, {draft}", sources, {}, []) == []


@pytest.mark.parametrize("draft, rows", [
    # the umlaut written out is the same surname; a letter dropped is not
    ("Ralf Jaeger spoke.", []),
    ("Ralf Jäger spoke.", []),
    ("Ralf Jager spoke.", []),              # diacritics dropped: the house style's
    ("Ralf Jaegar spoke.", ["Ralf Jäger"]),
])
def test_an_umlaut_written_out_is_no_other_surname(draft, rows):
    from checker.compare.draft_people import draft_person_rows
    found = draft_person_rows(draft, [("w", "Interior minister Ralf Jäger spoke.")], {}, [])
    assert [r["safe_wording"] for r in found] == rows


@pytest.mark.parametrize("draft", [
    "Bali police chief Brigadier General Budi Setyawan said the bomb was hidden in a van.",
    "Bali police chief Brig. Gen. Budi Setyawan said the main bomb was hidden in a van.",
])
def test_a_title_written_out_or_cut_short_is_no_name(draft_frame, draft):
    sources = {"wire": "Date: 2024-05-04\n\nBali police chief Brig. Gen. Budi Setyawan said the bomb was hidden in a "
                       "van.\n"}
    rows = draft_frame(sources, draft)
    assert "contradicted" not in rows["verdict"].tolist()
