"""Times the date reader over a ~5 MB body made of the sample stories.

    python benchmarks/bench_dates.py [MEGABYTES]

Prints MB/s for read_dates and find_publication_date, both per story (as the
pipeline calls them) and on the whole body as one text, and for inputs built to
make a careless pattern backtrack (the tests only check those are read at all).
"""
from __future__ import annotations

import datetime
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from checker.reading.dates.reader import read_dates  # noqa: E402
from checker.sources.pubdate import find_publication_date  # noqa: E402

REFERENCE = datetime.date(2022, 10, 31)


def make_stories(megabytes: float) -> list[str]:
    seeds = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "seeds").glob("*.txt"))]
    stories, size = [], 0
    while size < megabytes * 1e6:
        story = seeds[len(stories) % len(seeds)]
        stories.append(story)
        size += len(story.encode())
    return stories


def rate(label: str, work, texts: list[str]) -> None:
    size = sum(len(t.encode()) for t in texts)
    started = time.perf_counter()
    found = sum(1 for text in texts if work(text))
    took = time.perf_counter() - started
    print(f"{label:46s} {size / 1e6:5.2f} MB in {took:6.2f} s = {size / 1e6 / took:6.2f} MB/s"
          f"  ({found} of {len(texts)} with a result)")


def main() -> None:
    megabytes = float(sys.argv[1]) if len(sys.argv) > 1 else 5.0
    stories = make_stories(megabytes)
    body = "\n\n".join(stories)
    read_dates(stories[0], REFERENCE)  # compile and warm up outside the timings
    rate("read_dates, per story", lambda t: read_dates(t, REFERENCE), stories)
    rate("read_dates, whole body as one text", lambda t: read_dates(t, REFERENCE), [body])
    rate("find_publication_date, per story", find_publication_date, stories)
    rate("find_publication_date, whole body as one text", find_publication_date, [body])
    rate("both, on pathological inputs", lambda t: (read_dates(t, REFERENCE), find_publication_date(t)), PATHOLOGICAL)


PATHOLOGICAL = ["Oct" + " " * 50_000, "the " * 20_000, "May " * 20_000, "1/" * 30_000, "Monday, " * 5_000,
                "http://" + "a/" * 50_000, "9" * 100_000, "2022-" * 20_000, "MOSCOW, " * 10_000]


if __name__ == "__main__":
    main()
