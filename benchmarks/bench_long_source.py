"""Times a check of one long source (a transcript, a report, an archive dump): cost should follow length.

    python benchmarks/bench_long_source.py [MB ...]      (default: 0.5 4)

The source is the sample story's texts, repeated with their figures varied, in one file.
Prints seconds per size and the ratio of each to the first.
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


def long_text(megabytes: float) -> str:
    random.seed(11)
    texts = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "seeds").glob("*.txt"))]
    parts, size, i = [], 0, 0
    while size < megabytes * 1e6:
        text = re.sub(r"\b(\d{1,3}(?:,\d{3})+|\d{3})\b",
                      lambda m: f"{int(m.group().replace(',', '')) + random.choice([0, 0, 100, -100]):,}",
                      texts[i % len(texts)])
        parts.append(text)
        size += len(text.encode())
        i += 1
    return "\n\n".join(parts)


def main() -> None:
    sizes = [float(a) for a in sys.argv[1:]] or [0.5, 4.0]
    first = None
    for megabytes in sizes:
        with tempfile.TemporaryDirectory() as tmp:
            path = Path(tmp) / "long.txt"
            path.write_text(long_text(megabytes), encoding="utf-8")
            (Path(tmp) / "other.txt").write_text((ROOT / "seeds").glob("*.txt").__next__().read_text(encoding="utf-8"),
                                                 encoding="utf-8")
            started = time.perf_counter()
            result = check(Path(tmp))
            took = time.perf_counter() - started
        first = first or took
        print(f"{megabytes:6.1f} MB: {took:7.2f} s  ({took / first:4.1f}x the first; {len(result.mentions)} mentions, "
              f"{len(result.problems)} not checked)")


if __name__ == "__main__":
    main()
