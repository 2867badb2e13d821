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


FAMILY = {
    "a": "Alex Murdaugh, 54, was convicted on Thursday of killing his wife Maggie Murdaugh, 52, and their son Paul "
         "Murdaugh, 22, at the family's hunting estate.",
    "b": "Murdaugh, 54, was found guilty of murdering his wife, Maggie, 52, and son Paul, 22, at the estate.",
    "c": "The 54-year-old Murdaugh showed no emotion as the verdict was read. His surviving son Buster Murdaugh, 26, "
         "sat behind him.",
    "d": "Buster Murdaugh, 27, sat behind his father, Alex Murdaugh, 53, as the verdict was read.",
}


def test_ages_of_a_family_agree_across_hash_seeds(tmp_path):
    """Several people of one surname: which person an unnamed age goes to must not follow the order of a set."""
    for name, text in FAMILY.items():
        (tmp_path / f"{name}.txt").write_text(f"Date: 2023-03-03\n\n{text}\n", encoding="utf-8")
    runs = []
    for seed in ("1", "2", "3"):
        env = {**os.environ, "PYTHONHASHSEED": seed}
        out = subprocess.run([sys.executable, "-c", RUN, str(tmp_path)], capture_output=True, text=True, env=env,
                             check=True)
        runs.append(json.loads(out.stdout))
    assert runs[0] == runs[1] == runs[2]
