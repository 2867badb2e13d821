"""Every kind of file a desk has: text, web page, Word, PDF, standard input; and what each says of itself."""
import io

import pytest
from typer.testing import CliRunner

from checker.cli import app
from checker.errors import InputError
from checker.sources.load import load_sources

WIRE = "By AFP\n\nOctober 31, 2022\n\nThe blast killed 12 people on Monday, police said.\n"


def tiny_pdf(lines: list[str]) -> bytes:
    """A one-page PDF with text, built by hand so the tests need no PDF writer."""
    text = "BT /F1 12 Tf 50 750 Td 14 TL " + " ".join(f"({line}) '" for line in lines) + " ET"
    objects = ["<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
               "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
               "/Resources << /Font << /F1 5 0 R >> >> >>",
               f"<< /Length {len(text)} >>\nstream\n{text}\nendstream",
               "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"]
    out, offsets = io.BytesIO(), []
    out.write(b"%PDF-1.4\n")
    for number, body in enumerate(objects, 1):
        offsets.append(out.tell())
        out.write(f"{number} 0 obj\n{body}\nendobj\n".encode("latin-1"))
    xref = out.tell()
    out.write(f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode())
    for offset in offsets:
        out.write(f"{offset:010d} 00000 n \n".encode())
    out.write(f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode())
    return out.getvalue()


def test_pdf_text_is_read(tmp_path):
    (tmp_path / "release.pdf").write_bytes(tiny_pdf(["Press release", "The blast killed 12 people on Monday."]))
    (source,) = load_sources([tmp_path])
    assert "The blast killed 12 people on Monday." in source.text


def test_scanned_pdf_without_text_is_reported_not_fatal(tmp_path):
    (tmp_path / "scan.pdf").write_bytes(tiny_pdf([]))
    (tmp_path / "wire.txt").write_text(WIRE, encoding="utf-8")
    problems = []
    sources = load_sources([tmp_path], problems.append)
    assert [s.label for s in sources] == ["wire"]
    assert "holds no text" in problems[0].message


def test_broken_docx_is_reported(tmp_path):
    (tmp_path / "draft.docx").write_bytes(b"PK\x03\x04 not really a zip")
    (tmp_path / "wire.txt").write_text(WIRE, encoding="utf-8")
    problems = []
    load_sources([tmp_path], problems.append)
    assert problems[0].path.endswith("draft.docx") and "Word" in problems[0].message


def test_web_page_keeps_the_article_and_drops_the_menus(tmp_path):
    page = ("<html><head><title>Blast kills 12</title><meta property='og:site_name' content='Daily Wire'>"
            "<meta property='article:published_time' content='2022-10-31'></head><body>"
            "<nav><ul><li>Home</li><li>Sports: 12 goals in 3 games</li></ul></nav><article>"
            "<p>The blast killed 12 people on Monday, police said, in the deadliest attack this year.</p>"
            "<p>Rescuers were still searching the rubble late into the night for survivors.</p></article>"
            "<div class='comments'>Comment: I heard 40 died!</div></body></html>")
    (tmp_path / "page.html").write_text(page, encoding="utf-8")
    (source,) = load_sources([tmp_path])
    assert "The blast killed 12 people" in source.text
    assert "Sports" not in source.text and "40 died" not in source.text
    assert str(source.published) == "2022-10-31"
    assert source.meta["outlet"] == "Daily Wire"


def test_metadata_from_the_text_itself(tmp_path):
    (tmp_path / "wire.txt").write_text(WIRE, encoding="utf-8")
    (source,) = load_sources([tmp_path])
    assert source.meta["outlet"] == "AFP"
    assert source.display == "wire · AFP, 31 Oct 2022"


def test_front_matter_and_sources_yaml(tmp_path):
    (tmp_path / "a.txt").write_text("---\noutlet: Reuters\ndate: 2022-11-01\n---\nThe blast killed 12 people.\n",
                                    encoding="utf-8")
    (tmp_path / "b.txt").write_text(WIRE, encoding="utf-8")
    (tmp_path / "sources.yaml").write_text("b.txt:\n  label: afp\n  outlet: Agence France-Presse\n", encoding="utf-8")
    a, b = load_sources([tmp_path])
    assert (a.meta["outlet"], str(a.published)) == ("Reuters", "2022-11-01")
    assert a.text.startswith("The blast")  # front matter is not article text
    assert (b.label, b.meta["outlet"]) == ("afp", "Agence France-Presse")


def test_bad_sources_yaml_names_file_and_line(tmp_path):
    (tmp_path / "b.txt").write_text(WIRE, encoding="utf-8")
    (tmp_path / "sources.yaml").write_text("b.txt:\n  label: afp\n  colour: red\n", encoding="utf-8")
    with pytest.raises(InputError) as caught:
        load_sources([tmp_path])
    assert caught.value.line == 3 and "unknown key" in caught.value.message


def test_standard_input_is_a_source(tmp_path):
    (tmp_path / "other.txt").write_text("The blast killed 15 people, police said.\n", encoding="utf-8")
    result = CliRunner().invoke(app, ["check", "-", str(tmp_path / "other.txt"), "--out", str(tmp_path / "r.xlsx")],
                                input="The blast killed 12 people, police said.\n")
    assert result.exit_code == 0, result.output
    assert "conflict" in result.output and "stdin: 12" in result.output


def test_json_output_carries_the_findings(tmp_path, seeds):
    import json

    result = CliRunner().invoke(app, ["check", str(seeds), "--out", str(tmp_path / "r.xlsx"), "--json", "-"])
    assert result.exit_code == 0
    payload = json.loads(result.stdout)
    statuses = {(f["claim"], f["event"]): f["status"] for f in payload["findings"]}
    assert statuses[("deaths", "war_2020")] == "conflict"
    assert {"source", "claim", "event", "text", "start", "end", "low", "high"} <= set(payload["mentions"][0])
