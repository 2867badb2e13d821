"""One thing placed in two places by two sources (our own sentences): each source a file of its own."""
import pytest

import checker

MAYOR = "Mayor Karen Holt, who cut short a trade visit to Denver, returned to Springfield on Monday."

CASES = [
    # one act, two places: the sources cannot both be right
    ("Governor Ana Ruiz, who cancelled a fundraising dinner in Santa Fe, New Mexico, flew back on Sunday.",
     "Governor Ana Ruiz abandoned a fundraising dinner in Las Cruces, New Mexico, and flew back on Sunday.",
     {"a": "Santa Fe", "b": "Las Cruces"}),
    ("The two inspectors employed by Kessler Group were detained in Porto on Tuesday, prosecutors said.",
     "Prosecutors said the two inspectors employed by Kessler Group were detained in Braga on Tuesday.",
     {"a": "Porto", "b": "Braga"}),
    ("Minister Lena Vogt visited the injured at St Anne's Hospital on Sunday morning.",
     "Minister Lena Vogt visited the injured at the Mercy Medical Center on Sunday morning.",
     {"a": "St Anne's Hospital", "b": "Mercy Medical Center"}),
    # one place: a town and its country or state, a spelling, a name inside the other
    ("Nurse Tomas Berg, 41, who was flying home to Canada, said he had slept at the terminal.",
     "Nurse Tomas Berg, 41, who was flying home to Toronto, said he had slept at the terminal.", None),
    ("Trader Nils Berg spent almost nine months in custody in Frankfurt before his extradition to Singapore.",
     "Trader Nils Berg spent more than eight months in German custody before his extradition to Singapore.", None),
    ("Mayor Pilar Soto laid a wreath in Plaça de Catalunya at noon with the regional president.",
     "Mayor Pilar Soto laid a wreath in Plaza de Cataluña at noon with the regional president.", None),
    ("Rescuers from the Brandt Foundation searched the ruins in Mt Arlen overnight.",
     "Rescuers from the Brandt Foundation searched the ruins in Mount Arlen overnight.", None),
    # a site and the town it may be in: both may be right
    ("Officer Dana Reyes died at Riverside General Hospital late on Friday, the Harlow police said.",
     "Officer Dana Reyes died in Riverside late on Friday, the Harlow police said.", None),
    # a stretch and a list are no one place
    ("The Halvorsen pipeline runs from Texas to Ohio and carries most of the region's fuel supply.",
     "The Halvorsen pipeline runs from Louisiana and carries most of the region's fuel supply.", None),
    # another act: the sentences share no name
    (MAYOR, "Crowds gathered in Salem on Monday to watch the parade return to the city.", None),
    # a dateline or a byline places the writer, not the story
    ("By Mark Ellis in Lisbon and Ana Costa in Madrid for Reuters News",
     "By Mark Ellis in Porto and Ana Costa in Madrid for Reuters News", None),
]


@pytest.mark.parametrize("a, b, values", CASES)
def test_one_thing_placed_in_two_places(tmp_path, a, b, values):
    (tmp_path / "a.txt").write_text("Date: 2024-07-23\n\n" + a + "\n", encoding="utf-8")
    (tmp_path / "b.txt").write_text("Date: 2024-07-23\n\n" + b + "\n", encoding="utf-8")
    result = checker.check(tmp_path)
    placed = result.findings[result.findings["claim"].str.startswith("placed:")]
    if values is None:
        assert placed.empty, placed.to_dict("records")
        return
    assert len(placed) == 1 and placed.iloc[0]["status"] == "conflict"
    assert placed.iloc[0]["values"] == values
    # each place is a mention with its offsets, as any claim's value is
    rows = result.mentions[result.mentions["claim"] == placed.iloc[0]["claim"]]
    texts = {"a": a, "b": b}
    assert set(rows["source"]) == {"a", "b"}
    for row in rows.itertuples():
        assert (tmp_path / f"{row.source}.txt").read_text(encoding="utf-8")[row.start:row.end] == values[row.source]
        assert row.sentence in texts[row.source]
