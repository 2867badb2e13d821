"""Share of tests/reading/number_forms.yaml read right, form by form, with every miss.

    python benchmarks/number_forms.py [--quiet]
"""
from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "tests" / "reading")]

from checker import read_quantities  # noqa: E402
from number_forms import score  # noqa: E402


def main() -> None:
    quiet = "--quiet" in sys.argv
    results = score(read_quantities)
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
