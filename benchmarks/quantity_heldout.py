"""Held-out accuracy of checker.read_quantities, per category.

Cases live in tests/reading/test_quantities_heldout.py (written independently of the
reader).  Run:  python benchmarks/quantity_heldout.py
"""
from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

_spec = importlib.util.spec_from_file_location(
    "quantities_heldout_cases", ROOT / "tests" / "reading" / "test_quantities_heldout.py"
)
heldout = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(heldout)


def main() -> int:
    rows = []
    all_failures = []
    for category in heldout.CASES:
        right, total, failures = heldout.score(category)
        rows.append((category, total, right, right / total, heldout.TARGETS[category]))
        all_failures.extend((category, *f) for f in failures)

    print(f"{'category':<16}{'cases':>7}{'right':>7}{'share':>9}{'target':>8}  ok")
    for category, total, right, share, target in rows:
        ok = "yes" if share >= target else "NO"
        print(f"{category:<16}{total:>7}{right:>7}{share:>9.1%}{target:>8.0%}  {ok}")
    total = sum(r[1] for r in rows)
    right = sum(r[2] for r in rows)
    print(f"{'all':<16}{total:>7}{right:>7}{right / total:>9.1%}")

    print(f"\nFailures ({len(all_failures)}):")
    for category, sentence, expected, got in all_failures:
        print(f"[{category}] {sentence!r}")
        print(f"    expected: {expected}")
        print(f"    got:      {got}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
