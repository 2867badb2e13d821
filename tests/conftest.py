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
