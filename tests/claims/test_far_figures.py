"""Figures an order of magnitude from the rest of their claim are set apart (our own sentences)."""
import pytest

import checker


def _check(tmp_path, texts: dict[str, str]):
    for name, text in texts.items():
        (tmp_path / f"{name}.txt").write_text("Date: 2024-09-12\n\n" + text + "\n", encoding="utf-8")
    return checker.check(tmp_path)


def _claims(result, figure_texts):
    mentions = result.mentions
    return {t: set(mentions.loc[mentions["text"] == t, "claim"]) for t in figure_texts}


def test_a_figure_tenfold_from_the_others_is_another_fact(tmp_path):
    result = _check(tmp_path, {
        "a": "In all, 450,000 troops had been mobilised for the relief effort.",
        "b": "The government mobilised 460,000 troops for the relief effort.",
        "c": "Some 300 troops were sent to the village to dig through the mud."})
    claims = _claims(result, ["450,000", "460,000", "Some 300"])
    assert claims["450,000"] == claims["460,000"]
    assert claims["Some 300"] and not claims["Some 300"] & claims["450,000"]
    assert all(c.endswith("~far") for c in claims["Some 300"])
    # the claim's own comparison is between the figures that can be one fact
    main = result.findings.set_index("claim").loc[next(iter(claims["450,000"]))]
    assert "300" not in str(main["values"])


@pytest.mark.parametrize("a, b", [
    # digits slipped by a power of ten: the same fact told wrong, compared as such
    ("Hackers stole assets worth about 19.6 billion rupees from the exchange.",
     "Hackers stole assets worth about 1.96 billion rupees from the exchange."),
])
def test_a_slip_of_a_power_of_ten_stays_in_its_claim(tmp_path, a, b):
    result = _check(tmp_path, {"a": a, "b": b,
                               "c": "Hackers stole assets worth 19.7 billion rupees from the exchange."})
    mentions = result.mentions
    figures = mentions[mentions["text"].str.contains("rupees")]
    assert len(figures) == 3 and figures["claim"].nunique() == 1
    assert not figures["claim"].iloc[0].endswith("~far")
    assert result.findings.set_index("claim").loc[figures["claim"].iloc[0], "status"] == "conflict"
