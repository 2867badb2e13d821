"""Loading sources: encodings, binaries, empty folders; a bad source never stops the others."""
from pathlib import Path

import pytest

from checker.errors import InputError
from checker.sources.load import label_for, load_sources, read_text

ARTICLE = "Officials said 12 people were killed in the blast on Monday – the worst this year.\n"


@pytest.mark.parametrize("name, label", [
    ("000_53002844b99ed517.txt", "000"),
    ("reuters_story.txt", "reuters_story"),
    ("2022-10-31 AFP.txt", "2022-10-31 AFP"),
])
def test_labels_drop_meaningless_hashes(name, label):
    assert label_for(Path(name)) == label


def test_cp1252_file_is_decoded_not_assumed_utf8(tmp_path):
    path = tmp_path / "wire.txt"
    path.write_bytes("Café owners said “nearly 300” people – mostly élite troops – were killed.".encode("cp1252"))
    text = read_text(path)
    assert "Café" in text and "“nearly 300”" in text and "élite" in text


def test_utf8_bom_and_windows_line_ends(tmp_path):
    path = tmp_path / "bom.txt"
    path.write_bytes("\ufeffFirst line\r\nSecond line\r\n".encode("utf-8"))
    assert read_text(path) == "First line\nSecond line\n"


def test_binary_file_is_reported_and_others_still_read(tmp_path):
    (tmp_path / "photo.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    (tmp_path / "good.txt").write_text(ARTICLE, encoding="utf-8")
    problems = []
    sources = load_sources([tmp_path], problems.append)
    assert [s.label for s in sources] == ["good"]
    assert len(problems) == 1
    assert problems[0].path.endswith("photo.txt")
    assert "binary file" in problems[0].message


def test_folder_without_readable_text_is_one_clear_error(tmp_path):
    (tmp_path / "empty.txt").write_text("  \n", encoding="utf-8")
    with pytest.raises(InputError) as caught:
        load_sources([tmp_path])
    assert "no readable source" in caught.value.message
    assert "the file is empty" in caught.value.message


def test_missing_path_is_an_input_error(tmp_path):
    with pytest.raises(InputError, match="no such file or folder"):
        load_sources([tmp_path / "nope"])


def test_configuration_files_beside_sources_are_not_sources(tmp_path):
    (tmp_path / "story.yaml").write_text("events: []\n", encoding="utf-8")
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    assert [s.label for s in load_sources([tmp_path])] == ["a"]


def test_sample_story_loads_with_publication_dates(seeds):
    sources = {s.label: s for s in load_sources([seeds])}
    assert sorted(sources) == ["000", "001", "002", "003", "004"]
    assert str(sources["002"].published) == "2021-11-29"
    assert str(sources["001"].published) == "2022-10-31"
