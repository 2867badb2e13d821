"""The same sources give the same findings on every run, whatever order Python's sets happen to take."""
import json
import os
import subprocess
import sys
from pathlib import Path

STORY = Path(__file__).resolve().parent.parent / "seeds"
RUN = ("import checker, json, sys; r = checker.check(sys.argv[1]); "
       "print(json.dumps([r.findings.to_dict('records'), r.mentions[['source', 'claim', 'start', 'end']]"
       ".to_dict('records')], default=str))")


def findings_with_hash_seed(seed: str) -> list:
    env = {**os.environ, "PYTHONHASHSEED": seed}
    out = subprocess.run([sys.executable, "-c", RUN, str(STORY)], capture_output=True, text=True, env=env, check=True)
    return json.loads(out.stdout)


def test_two_runs_with_different_hash_seeds_agree():
    assert findings_with_hash_seed("1") == findings_with_hash_seed("2")
