"""Share of tests/reading/number_forms.yaml read right, form by form, with every miss.

    python benchmarks/number_forms.py [--quiet] [--table PATH]

--table benchmarks/holdout/numbers.yaml scores the held-out table instead: written by a helper who
read neither the reader nor its tests, and kept out of the test suite so that it stays a measure.
"""
from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "tests" / "reading")]

import number_forms  # noqa: E402
from checker import read_quantities  # noqa: E402


def main() -> None:
    quiet = "--quiet" in sys.argv
    if "--table" in sys.argv:
        number_forms.TABLE = Path(sys.argv[sys.argv.index("--table") + 1]).resolve()
    results = number_forms.score(read_quantities)
    right = total = 0
    for form, (ok, count, failures) in results.items():
        right, total = right + ok, total + count
        print(f"{form:14} {ok:4} / {count:4}  {100 * ok / count:5.1f}%")
        if not quiet:
            for failure in failures:
                print("    " + failure)
    print(f"{'all':14} {right:4} / {total:4}  {100 * right / total:5.1f}%")


if __name__ == "__main__":
    main()
