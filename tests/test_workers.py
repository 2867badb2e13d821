"""Texts read in worker processes give the same result as texts read in-process."""
import shutil

import pandas as pd
import pytest

import checker


@pytest.fixture(scope="module")
def many_sources(tmp_path_factory, seeds):
    folder = tmp_path_factory.mktemp("many")
    texts = sorted(seeds.glob("*.txt"))
    for i in range(12):
        text = texts[i % len(texts)].read_text(encoding="utf-8")
        if i % 3 == 1:
            text = text.replace("6,500", "6,700")      # some sources disagree
        (folder / f"s{i:02d}_{texts[i % len(texts)].name}").write_text(text, encoding="utf-8")
    shutil.copy(seeds / "story.yaml", folder / "story.yaml")
    (folder / "broken.txt").write_bytes(b"\xff\xfe" + "Ceasefire \x00 talks".encode("utf-16-le"))
    return folder


@pytest.mark.parametrize("workers", [2, 3])
def test_workers_give_the_serial_result(many_sources, workers):
    serial = checker.check(many_sources, workers=1)
    parallel = checker.check(many_sources, workers=workers)
    for frame in ("mentions", "findings", "sources", "names", "quotes"):
        pd.testing.assert_frame_equal(getattr(serial, frame), getattr(parallel, frame), check_like=False)
    assert [(p.path, p.message) for p in serial.problems] == [(p.path, p.message) for p in parallel.problems]
    assert (serial.findings["status"] == "conflict").any()


def test_a_plain_text_story_imports_no_heavy_reader(seeds):
    """HTML, PDF, Word and Dask readers load only when a run needs them: the sample story starts fast."""
    import subprocess
    import sys
    code = ("import sys, checker; checker.check(sys.argv[1]); "
            "print(sorted({m.split('.')[0] for m in sys.modules} & {'trafilatura', 'pypdf', 'docx', 'dask', "
            "'distributed'}))")
    out = subprocess.run([sys.executable, "-c", code, str(seeds)], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


def _halves(numbers: list[int]) -> list[float]:
    if not numbers:
        raise ValueError("no numbers to halve")
    return [n / 2 for n in numbers]


@pytest.mark.parametrize("workers", [1, 2])
def test_work_in_the_background_gives_the_result_and_its_error(workers):
    from checker.claims import in_background
    assert in_background(_halves, ([4, 7],), jobs=100, workers=workers).result() == [2.0, 3.5]
    with pytest.raises(ValueError, match="no numbers to halve"):
        in_background(_halves, ([],), jobs=100, workers=workers).result()
