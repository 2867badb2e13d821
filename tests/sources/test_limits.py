"""What one source may cost: a zip bomb, a page nested too deep, a text too long, a reader too slow."""
import io
import time
import zipfile

import docx
import pytest

import checker
from checker.sources import Limits


def word_file(paragraph: str = "The flood killed 12 people, officials said.") -> bytes:
    document = docx.Document()
    document.add_paragraph(paragraph)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def bomb(megabytes: int) -> bytes:
    """A real Word file with one more part that inflates to `megabytes` of zeros (a few KB packed)."""
    buffer = io.BytesIO(word_file())
    with zipfile.ZipFile(buffer, "a", compression=zipfile.ZIP_DEFLATED) as archive:
        with archive.open("word/media/padding.bin", "w", force_zip64=True) as part:
            for _ in range(megabytes):
                part.write(bytes(1_000_000))
    return buffer.getvalue()


def story(folder, **files) -> None:
    for name, content in files.items():
        path = folder / name
        path.write_bytes(content) if isinstance(content, bytes) else path.write_text(content, encoding="utf-8")


def test_a_word_file_that_unpacks_past_the_limit_is_skipped_with_its_reason(tmp_path):
    story(tmp_path, **{"a.txt": "The flood killed 12 people.\n", "bomb.docx": bomb(5)})
    result = checker.check(tmp_path, limits=Limits(unpacked_mb=2))
    assert [p.path.endswith("bomb.docx") for p in result.problems] == [True]
    assert "unpacks to" in result.problems[0].message and "(the limit is 2 MB unpacked)" in result.problems[0].message
    assert list(result.sources.index) == ["a"]


def test_a_word_file_within_the_limit_is_read(tmp_path):
    story(tmp_path, **{"a.txt": "The flood killed 12 people.\n", "b.docx": word_file()})
    result = checker.check(tmp_path, limits=Limits(unpacked_mb=2))
    assert not result.problems and result.status_of("deaths", "main") == "agree"


def test_a_page_nested_too_deep_is_skipped(tmp_path):
    page = "<html><body>" + "<div>" * 3000 + "<p>The flood killed 12 people.</p>" + "</div>" * 3000 + "</body></html>"
    story(tmp_path, **{"a.txt": "The flood killed 12 people.\n", "deep.html": page})
    result = checker.check(tmp_path)
    assert [p.path.endswith("deep.html") for p in result.problems] == [True]
    assert "nests more than 2000 tags deep" in result.problems[0].message


def test_a_text_past_the_limit_is_checked_up_to_it_with_a_note(tmp_path):
    long = "The flood killed 12 people.\n\n" + "Rain fell all week.\n\n" * 400 + "The flood killed 99 people.\n"
    story(tmp_path, **{"a.txt": "The flood killed 12 people.\n", "long.txt": long})
    result = checker.check(tmp_path, limits=Limits(source_mb=0.004))
    assert [p.path.endswith("long.txt") for p in result.problems] == [True]
    assert "checked only up to line" in result.problems[0].message
    assert "99" not in set(result.mentions["text"])            # past the cut
    assert result.status_of("deaths", "main") == "agree"         # the part before it still counts


@pytest.mark.parametrize("workers", [1, 2])
def test_a_reader_past_its_time_budget_is_stopped_and_the_others_go_on(tmp_path, monkeypatch, workers):
    import checker.claims.document as document

    real = document.read_quantities

    def slow(text):
        if text.startswith("Slow"):
            time.sleep(30)
        return real(text)

    monkeypatch.setattr(document, "read_quantities", slow)
    story(tmp_path, **{"a.txt": "The flood killed 12 people.\n", "b.txt": "Slow: the flood killed 15 people.\n",
                       "c.txt": "The flood killed 12 people, police said.\n"})
    result = checker.check(tmp_path, limits=Limits(source_seconds=0.5), workers=workers)
    assert [p.path.endswith("b.txt") for p in result.problems] == [True]
    assert "took more than 0.5 s, the time allowed per source" in result.problems[0].message
    assert result.status_of("deaths", "main") == "agree"


def test_a_link_out_of_the_story_folder_is_not_followed(tmp_path):
    outside = tmp_path / "secret.txt"
    outside.write_text("The password is 12345 and 99 people were killed.\n", encoding="utf-8")
    folder = tmp_path / "story"
    folder.mkdir()
    (folder / "a.txt").write_text("The flood killed 12 people.\n", encoding="utf-8")
    (folder / "b.txt").write_text("The flood killed 12 people, police said.\n", encoding="utf-8")
    (folder / "inside.txt").symlink_to(folder / "a.txt")
    (folder / "leak.txt").symlink_to(outside)
    result = checker.check(folder)
    assert [p.path.endswith("leak.txt") for p in result.problems] == [True]
    assert "outside the story's folder" in result.problems[0].message
    assert "inside" in set(result.sources.index) and "99" not in set(result.mentions["text"])


@pytest.mark.parametrize("name", ["../../etc/passwd", "sub/a.txt", ".."])
def test_a_sources_table_entry_is_a_file_name_never_a_path(tmp_path, name):
    (tmp_path / "a.txt").write_text("The flood killed 12 people.\n", encoding="utf-8")
    (tmp_path / "sources.yaml").write_text(f"a.txt: {{outlet: AFP}}\n'{name}': {{outlet: Nobody}}\n",
                                           encoding="utf-8")
    with pytest.raises(checker.InputError, match="write the name of a file in this folder, not a path") as error:
        checker.check(tmp_path)
    assert error.value.line == 2


def test_a_web_page_is_read_without_touching_the_network(tmp_path, monkeypatch):
    import socket

    def refuse(*args, **kwargs):
        raise AssertionError("the checker reached for the network")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    page = ("<html><head><title>Flood kills 12</title><link rel='stylesheet' href='http://example.com/s.css'>"
            "<script src='http://example.com/x.js'></script></head><body><article>"
            "<img src='http://example.com/photo.jpg'><p>The flood killed 12 people in the valley on Monday, "
            "officials said. Rescue teams were still searching the river banks.</p>"
            "<iframe src='http://example.com/embed'></iframe></article></body></html>")
    (tmp_path / "page.html").write_text(page, encoding="utf-8")
    (tmp_path / "a.txt").write_text("The flood killed 12 people.\n", encoding="utf-8")
    result = checker.check(tmp_path)
    assert not result.problems and "page" in set(result.sources.index)
