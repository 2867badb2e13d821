"""Fact-discrepancy checker: where the sources of one news story disagree.

    import checker
    result = checker.check("seeds/")      # Result with mentions, sources, findings
    checker.read_quantities("nearly 300 people were killed")
"""
from checker.errors import InputError

__all__ = ["check", "Result", "InputError", "Limits", "read_quantities"]


def __getattr__(name: str):
    # Imported on first use so that `import checker` stays light.
    if name in ("check", "Result"):
        from checker import pipeline

        return getattr(pipeline, name)
    if name == "Limits":
        from checker.sources import Limits

        return Limits
    if name == "read_quantities":
        from checker.reading import read_quantities

        return read_quantities
    raise AttributeError(name)
