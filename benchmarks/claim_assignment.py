"""Share of the figures in tests/claims/claim_sentences.yaml read for the right claim, with every miss.

    python benchmarks/claim_assignment.py
"""
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "tests" / "claims")]

from claim_assignment import score  # noqa: E402

right, total, wrong = score()
for line in wrong:
    print("  " + line)
print(f"claims: {right}/{total} figures read for the right claim ({right / total:.0%})")
