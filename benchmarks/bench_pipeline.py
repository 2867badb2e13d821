"""Times a whole check over many sources: the sample story copied with varied figures.

    python benchmarks/bench_pipeline.py [N_SOURCES]

Prints sources/second and MB/second for reading + comparing, and for the report.
"""
from __future__ import annotations

import random
import re
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from checker.pipeline import check  # noqa: E402
from checker.report.workbook import write_report  # noqa: E402


def make_story(folder: Path, count: int) -> int:
    random.seed(7)
    seeds = sorted((ROOT / "seeds").glob("*.txt"))
    texts = [p.read_text(encoding="utf-8") for p in seeds]
    size = 0
    for i in range(count):
        # vary the figures (not years) so the comparison has real work to do
        text = re.sub(r"\b(\d{1,3}(?:,\d{3})+|\d{3})\b",
                      lambda m: f"{int(m.group().replace(',', '')) + random.choice([0, 0, 0, 100, -100]):,}",
                      texts[i % len(texts)])
        path = folder / f"source_{i:05d}.txt"
        path.write_text(text, encoding="utf-8")
        size += len(text.encode())
    (folder / "story.yaml").write_text((ROOT / "seeds" / "story.yaml").read_text(encoding="utf-8"), encoding="utf-8")
    return size


def main() -> None:
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 1000
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        size = make_story(folder, count)
        started = time.perf_counter()
        result = check(folder)
        checked = time.perf_counter() - started
        started = time.perf_counter()
        write_report(result, folder / "report.xlsx")
        reported = time.perf_counter() - started
    print(f"sources: {count}, text: {size / 1e6:.2f} MB, mentions: {len(result.mentions)}, findings: {len(result.findings)}")
    print(f"check:  {checked:.2f} s  ({count / checked:,.0f} sources/s, {size / 1e6 / checked:.2f} MB/s)")
    print(f"report: {reported:.2f} s")


if __name__ == "__main__":
    main()
