from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"


@pytest.fixture(scope="session")
def seeds() -> Path:
    return SEEDS


@pytest.fixture(scope="session")
def sample_result():
    import checker

    return checker.check(SEEDS)


@pytest.fixture
def draft_frame(tmp_path):
    """Writes the sources and a draft (both dated 2024-05-04 unless their text says otherwise) and returns
    the draft verdicts of checking them."""
    import checker

    def run(sources: dict[str, str], draft_text: str):
        for name, text in sources.items():
            (tmp_path / f"{name}.txt").write_text(text, encoding="utf-8")
        draft = tmp_path / "draft.txt"
        draft.write_text("Date: 2024-05-04\n\n" + draft_text + "\n", encoding="utf-8")
        return checker.check(tmp_path, draft=draft).draft
    return run


@pytest.fixture
def checked(tmp_path):
    """Writes one source per text, each under a `Date:` line, and returns the result of checking them."""
    import checker

    def run(texts: dict[str, str], date: str = "2024-05-04"):
        for name, text in texts.items():
            (tmp_path / f"{name}.txt").write_text(f"Date: {date}\n\n{text}\n", encoding="utf-8")
        return checker.check(tmp_path)
    return run


@pytest.fixture
def sole_conflict():
    """The mentions behind the one finding whose claim starts with `prefix`, after asserting it is `claim` and a
    conflict; None after asserting there is no such finding, where `claim` is None."""
    def run(result, prefix: str, claim: str | None):
        rows = result.findings[result.findings["claim"].str.startswith(prefix)]
        if claim is None:
            assert rows.empty
            return None
        assert list(rows["claim"]) == [claim] and list(rows["status"]) == ["conflict"]
        return result.mentions[result.mentions["claim"] == claim]
    return run


@pytest.fixture
def mention_at():
    """The first mention of a one-sentence source at the figure `figure`, among those `keep` accepts, with the
    source's document (for the readers that take a document and a mention)."""
    from checker.claims import Story, load_rules, read_mentions
    from checker.sources import Source

    def find(sentence: str, figure: str, keep=lambda m: True):
        source = Source("s", "s.txt", sentence + "\n", None, "source", {})
        mentions, docs = read_mentions([source], load_rules(None), Story())
        at = sentence.index(figure)
        picked = [m for m in mentions if m.start == at and keep(m)]
        assert picked, [(m.claim, m.text) for m in mentions]
        return picked[0], docs["s"]
    return find
