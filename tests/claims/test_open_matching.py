"""Which of a sentence's figures another source's figure is matched with (our own cases)."""
from types import SimpleNamespace

import pytest

from checker.claims.open_matching import agreeing_mates, same_figure


def _node(low, high=None, unit=None):
    mention = SimpleNamespace(low=float(low), high=float(low if high is None else high), unit=unit)
    return SimpleNamespace(members=[SimpleNamespace(mention=mention)])


@pytest.mark.parametrize("a, b, same", [
    (_node(600, unit="USD"), _node(600, unit="USD"), True),
    # one rounded from the other, the noun left out of one ("against 58.2 million")
    (_node(58_200_000, unit="votes"), _node(58_206_354), True),
    # two figures told to the same digit
    (_node(252e6, unit="USD"), _node(253e6, unit="USD"), False),
    # an "about" figure is not the same as one inside its reach
    (_node(240.3e6, 293.7e6, unit="USD"), _node(253e6, unit="USD"), False),
    (_node(6, unit="m"), _node(12, unit="m"), False),
])
def test_the_same_figure_as_written_or_rounded(a, b, same):
    assert same_figure(a, b) is same and same_figure(b, a) is same


def test_a_sentence_mate_stating_the_same_is_the_match_or_neither_is():
    # node 1 (another source's "$300", "doubling to $600") matched best; its sentence-mate 2 states the same as us
    best = {"bbc": (1.0, 1)}
    taken, barred = agreeing_mates(best, [(1.0, 1), (0.8, 2)], {1: [2]}, lambda k: k == 2)
    assert taken == {"bbc": (0.8, 2)} and barred == {1}
    # the mate matches too poorly to be taken: neither is
    taken, barred = agreeing_mates(best, [(1.0, 1), (0.3, 2)], {1: [2]}, lambda k: k == 2)
    assert taken == {} and barred == {1}
    # no mate states the same: the best match stands
    taken, barred = agreeing_mates(best, [(1.0, 1)], {1: [2]}, lambda k: False)
    assert taken == best and barred == set()
