"""Share of the quantity test cases read right, per category.

Imports the case tables from tests/reading/test_quantities.py, so the numbers always
describe the current test suite. Run: /work/venv/bin/python benchmarks/quantity_accuracy.py [-v]
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests" / "reading"))

import test_quantities as cases  # noqa: E402


def main() -> None:
    verbose = "-v" in sys.argv
    total_right = total = 0
    print(f"{'category':<16}{'cases':>6}{'right':>7}{'share':>8}")
    for category, table in cases.CATEGORIES.items():
        problems = [(case, cases.check_case(case)) for case in table]
        wrong = [(c, p) for c, p in problems if p is not None]
        right = len(table) - len(wrong)
        total_right, total = total_right + right, total + len(table)
        print(f"{category:<16}{len(table):>6}{right:>7}{right / len(table):>8.1%}")
        if verbose:
            for case, problem in wrong:
                print(f"    {case.sentence!r}: {problem}")
    print(f"{'all':<16}{total:>6}{total_right:>7}{total_right / total:>8.1%}")


if __name__ == "__main__":
    main()
