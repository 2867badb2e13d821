"""Mutates real news text and sends it through checker.check, counting crashes.

    python benchmarks/fuzz.py --minutes N [--seed S]

The inputs are the sample story and the test stories, mutated: bytes flipped, characters that
break naive readers inserted (controls, bidi marks, zero-width characters, other scripts'
digits, unbalanced quotes and brackets, very long tokens), truncated, re-encoded, saved as
.txt, .md or .html. Each round checks a folder of mutated sources. A crash is any exception
other than the checker's own InputError (bad input, said why). Prints inputs run, crashes
(kept in fuzz-crashes/ for replay) and the slowest input.
"""
from __future__ import annotations

import argparse
import random
import shutil
import sys
import tempfile
import time
import traceback
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import checker  # noqa: E402
from checker.errors import InputError  # noqa: E402

INSERTS = ["\x00", "\x07", "\x1b", "\u202e", "\u202d", "\u2066", "\u200b", "\u200d", "\ufeff", "\u00ad", "６", "٦",
           "“", "”", "«", "(", "[", "{", "\"", "'", "—", "…", "\U0001f600", "\ud7ff", "e" * 5000, "9" * 400,
           "1,", "%", "$", "more than ", "nearly ", " killed ", " 6,500 ", "\n\n", "\r", "<div>", "</p>", "&amp;"]
ENCODINGS = ["utf-8", "utf-16", "cp1252", "latin-1", "utf-8-sig", "koi8-r"]
SUFFIXES = [".txt", ".txt", ".md", ".html", ""]


def corpus() -> list[str]:
    paths = sorted((ROOT / "seeds").glob("*.txt")) + sorted((ROOT / "tests" / "stories").glob("*/*.txt"))
    return [p.read_text(encoding="utf-8") for p in paths]


def mutate(text: str, rng: random.Random) -> bytes:
    chars = list(text)
    for _ in range(rng.randint(1, 30)):
        kind = rng.random()
        at = rng.randrange(len(chars) + 1)
        if kind < 0.5:
            chars[at:at] = rng.choice(INSERTS)
        elif kind < 0.7 and chars:
            del chars[at:at + rng.randint(1, 50)]
        elif kind < 0.85 and chars:
            chars[at:at] = chars[max(0, at - 200):at]        # a repeated stretch
        else:
            chars[at:at] = chr(rng.randrange(0x20, 0x3000))
    text = "".join(chars)
    if rng.random() < 0.1:
        text = text[: rng.randrange(len(text) + 1)]           # truncated
    raw = text.encode(rng.choice(ENCODINGS), errors="replace")
    if rng.random() < 0.3 and raw:
        data = bytearray(raw)
        for _ in range(rng.randint(1, 20)):
            data[rng.randrange(len(data))] = rng.randrange(256)  # bytes flipped
        raw = bytes(data)
    return raw


@dataclass
class Report:
    inputs: int = 0
    rounds: int = 0
    crashes: list[str] = field(default_factory=list)
    slowest: tuple[float, str] = (0.0, "")


def run_round(texts: list[str], rng: random.Random, per_round: int, report: Report, keep: Path | None) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        for i in range(per_round):
            name = f"m{i:03d}{rng.choice(SUFFIXES)}"
            (folder / name).write_bytes(mutate(rng.choice(texts), rng))
        started = time.perf_counter()
        try:
            checker.check(folder, on_problem=lambda p: None, workers=1)
        except InputError:
            pass                                          # every source unreadable: said, not a crash
        except Exception:
            report.crashes.append(traceback.format_exc(limit=4))
            if keep is not None:
                target = keep / f"round-{report.rounds:05d}"
                shutil.copytree(folder, target, dirs_exist_ok=True)
        took = time.perf_counter() - started
        report.inputs += per_round
        report.rounds += 1
        if took / per_round > report.slowest[0]:
            report.slowest = (took / per_round, f"round {report.rounds}: {took:.2f} s for {per_round} inputs")


def fuzz(rounds: int | None = None, minutes: float | None = None, seed: int = 1, per_round: int = 50,
         keep: Path | None = None) -> Report:
    rng, texts, report = random.Random(seed), corpus(), Report()
    deadline = time.monotonic() + minutes * 60 if minutes else None
    while (rounds is None or report.rounds < rounds) and (deadline is None or time.monotonic() < deadline):
        run_round(texts, rng, per_round, report, keep)
    return report


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--minutes", type=float, default=1.0)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    keep = ROOT / "fuzz-crashes"
    keep.mkdir(exist_ok=True)
    report = fuzz(minutes=args.minutes, seed=args.seed, keep=keep)
    print(f"inputs: {report.inputs} in {report.rounds} rounds, crashes: {len(report.crashes)}")
    print(f"slowest: {report.slowest[0] * 1000:.0f} ms per input ({report.slowest[1]})")
    for crash in report.crashes[:5]:
        print(crash)
    if not report.crashes:
        keep.rmdir() if not any(keep.iterdir()) else None


if __name__ == "__main__":
    main()
