"""Throughput of checker.reading.quantities.read_quantities on news text.

Builds a ~5 MB body from the sample stories in seeds/, with the figures varied
so that no two copies are identical, and prints sentences/second and MB/second.
Run: /work/venv/bin/python benchmarks/bench_quantities.py [megabytes]
"""

from __future__ import annotations

import random
import re
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from checker.reading.quantities.reader import read_quantities  # noqa: E402

_FIGURE = re.compile(r"[0-9][0-9,]*")
_SENTENCE_END = re.compile(r"[.!?](?:\s|$)")


def build_body(megabytes: float, seed: int = 7) -> str:
    rng = random.Random(seed)
    stories = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "seeds").glob("*.txt"))]
    extra = ("More than 6,500 people were killed. Nearly 300 lives were lost in 44 days. "
             "The EU pledged €40 million and $3.5bn; unemployment hit 12%. Dozens of homes burned. ")
    stories.append(extra * 5)
    parts, size, target = [], 0, int(megabytes * 1_000_000)
    while size < target:
        story = rng.choice(stories)
        # vary every figure so the body is not one story repeated verbatim
        varied = _FIGURE.sub(lambda m: f"{rng.randint(1, 99_999):,}" if rng.random() < 0.7 else m.group(), story)
        parts.append(varied)
        size += len(varied.encode("utf-8"))
    return "\n\n".join(parts)


def main() -> None:
    megabytes = float(sys.argv[1]) if len(sys.argv) > 1 else 5.0
    body = build_body(megabytes)
    paragraphs = [p for p in body.split("\n") if p.strip()]
    sentences = len(_SENTENCE_END.findall(body)) or 1
    size_mb = len(body.encode("utf-8")) / 1_000_000

    read_quantities(body[:10_000])                      # warm up
    started = time.perf_counter()
    found = sum(len(read_quantities(p)) for p in paragraphs)
    by_paragraph = time.perf_counter() - started

    started = time.perf_counter()
    whole = len(read_quantities(body))
    at_once = time.perf_counter() - started

    print(f"body: {size_mb:.2f} MB, {sentences:,} sentences, {len(paragraphs):,} paragraphs")
    print(f"paragraph by paragraph: {found:,} quantities in {by_paragraph:.2f} s -> "
          f"{sentences / by_paragraph:,.0f} sentences/s, {size_mb / by_paragraph:.2f} MB/s")
    print(f"whole body at once:     {whole:,} quantities in {at_once:.2f} s -> "
          f"{sentences / at_once:,.0f} sentences/s, {size_mb / at_once:.2f} MB/s")


if __name__ == "__main__":
    main()
