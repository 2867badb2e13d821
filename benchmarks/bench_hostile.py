"""Hostile input, measured: a Word file that unpacks to 1.5 GB, and a 28 MB plain-text source.

    python benchmarks/bench_hostile.py [UNPACKED_MB] [TEXT_MB]      (default: 1500 28)

Each runs `checker.check` in a child process; prints its time, its peak memory and what the
checker said of the file.
"""
from __future__ import annotations

import io
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "benchmarks"))

CHILD = """
import resource, sys, time
sys.path.insert(0, sys.argv[2])
import checker
started = time.perf_counter()
problems = []
result = checker.check(sys.argv[1], on_problem=problems.append)
took = time.perf_counter() - started
peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
print(f"{took:.1f} s, peak memory {peak:,.0f} MB, {len(result.mentions)} mentions")
for p in problems:
    print("  said:", str(p)[:200])
"""


def word_bomb(megabytes: int) -> bytes:
    import docx

    document = docx.Document()
    document.add_paragraph("The flood killed 12 people, officials said.")
    buffer = io.BytesIO()
    document.save(buffer)
    with zipfile.ZipFile(buffer, "a", compression=zipfile.ZIP_DEFLATED, compresslevel=9) as archive:
        with archive.open("word/media/padding.bin", "w", force_zip64=True) as part:
            block = bytes(1_000_000)
            for _ in range(megabytes):
                part.write(block)
    return buffer.getvalue()


def run(folder: Path, what: str) -> None:
    out = subprocess.run([sys.executable, "-c", CHILD, str(folder), str(ROOT)], capture_output=True, text=True)
    print(f"{what}: {out.stdout.strip() or out.stderr.strip()[-500:]}")


def main() -> None:
    unpacked = int(sys.argv[1]) if len(sys.argv) > 1 else 1500
    text_mb = float(sys.argv[2]) if len(sys.argv) > 2 else 28
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "bomb"
        folder.mkdir()
        (folder / "a.txt").write_text("The flood killed 12 people.\n", encoding="utf-8")
        raw = word_bomb(unpacked)
        (folder / "bomb.docx").write_bytes(raw)
        run(folder, f"Word file of {len(raw) / 1e6:.1f} MB unpacking to {unpacked:,} MB")
        from bench_long_source import long_text

        folder = Path(tmp) / "long"
        folder.mkdir()
        (folder / "long.txt").write_text(long_text(text_mb), encoding="utf-8")
        run(folder, f"plain text of {text_mb:g} MB")


if __name__ == "__main__":
    main()
