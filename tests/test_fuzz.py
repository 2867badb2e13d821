"""A bounded slice of the fuzz run (benchmarks/fuzz.py): mutated real news text never crashes the checker."""
import importlib.util
import sys
from pathlib import Path

spec = importlib.util.spec_from_file_location("fuzz", Path(__file__).resolve().parent.parent / "benchmarks" / "fuzz.py")
fuzz = importlib.util.module_from_spec(spec)
sys.modules["fuzz"] = fuzz                  # its dataclasses look their module up
spec.loader.exec_module(fuzz)


def test_two_thousand_mutated_sources_never_crash_the_checker():
    report = fuzz.fuzz(rounds=40, seed=2022, per_round=50)
    assert report.inputs >= 2000
    assert report.crashes == []


def test_mutation_changes_the_text():
    import random

    rng = random.Random(1)
    text = "The war killed more than 6,500 people, officials said."
    assert len({fuzz.mutate(text, rng) for _ in range(20)}) == 20
