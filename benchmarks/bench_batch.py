"""Times `checker batch` over many small stories: the sample story's texts, figures varied.

    python benchmarks/bench_batch.py [STORIES] [SOURCES_PER_STORY]     (default: 1000 10)

Prints the time for the first run (every story checked and written), for a re-run (nothing
changed, nothing redone), and the peak memory of this process and of the largest worker.
"""
from __future__ import annotations

import random
import re
import resource
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from checker.batch import run_batch  # noqa: E402


def make_root(root: Path, stories: int, per_story: int) -> int:
    random.seed(3)
    texts = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "seeds").glob("*.txt"))]
    size = 0
    for s in range(stories):
        folder = root / f"story_{s:05d}"
        folder.mkdir()
        for i in range(per_story):
            text = re.sub(r"\b(\d{1,3}(?:,\d{3})+|\d{3})\b",
                          lambda m: f"{int(m.group().replace(',', '')) + random.choice([0, 0, 0, 100]):,}",
                          texts[(s + i) % len(texts)])
            (folder / f"source_{i:03d}.txt").write_text(text, encoding="utf-8")
            size += len(text.encode())
    return size


def main() -> None:
    stories = int(sys.argv[1]) if len(sys.argv) > 1 else 1000
    per_story = int(sys.argv[2]) if len(sys.argv) > 2 else 10
    with tempfile.TemporaryDirectory() as tmp:
        root, out = Path(tmp) / "root", Path(tmp) / "out"
        root.mkdir(), out.mkdir()
        size = make_root(root, stories, per_story)
        started = time.perf_counter()
        outcomes = run_batch(root, out)
        first = time.perf_counter() - started
        started = time.perf_counter()
        again = run_batch(root, out)
        second = time.perf_counter() - started
    failed = sum(o.status == "failed" for o in outcomes)
    redone = sum(o.status == "checked" for o in again)
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    workers = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    print(f"stories: {stories} x {per_story} sources ({stories * per_story} texts, {size / 1e6:.1f} MB), failed: {failed}")
    print(f"batch:   {first:.1f} s  ({stories * per_story / first:,.0f} sources/s)")
    print(f"re-run:  {second:.1f} s  ({redone} stories redone)")
    print(f"peak memory: this process {own:,.0f} MB, largest worker {workers:,.0f} MB")


if __name__ == "__main__":
    main()
