"""Many stories at once: `checker batch ROOT --out DIR`, locally or on a Dask cluster."""
from checker.batch.run import StoryOutcome, outcomes_json, run_batch

__all__ = ["StoryOutcome", "outcomes_json", "run_batch"]
