"""Who brokered it: aliases first, fuzzy matching second, unknown names kept as written."""
import pytest

from checker.claims.document import read_document
from checker.claims.kinds import entity
from checker.claims.rules import load_rules
from checker.sources.load import Source

BROKER = next(r for r in load_rules() if r.id == "ceasefire_broker")


def read(sentence):
    return entity.read(BROKER, read_document(Source("s", "s.txt", sentence)))


@pytest.mark.parametrize("sentence, phrase, value, exact", [
    ("The war ended with a Moscow-sponsored peace deal.", "Moscow-sponsored peace deal", "Russia", True),
    ("It ended in a Russian-brokered deal.", "Russian-brokered deal", "Russia", True),
    ("The hostilities ended with a U.S.-brokered cease-fire.", "U.S.-brokered cease-fire", "United States", True),
    ("Talks faltered after a U. S.-brokered truce.", "U. S.-brokered truce", "United States", True),
    ("The fighting stopped under a truce mediated by the Russian side.", "truce mediated by the Russian", "Russia", True),
    ("A ceasefire brokered by Qatar took hold on Friday.", "ceasefire brokered by Qatar", "Qatar", True),
    ("An Egyptian-mediated truce held overnight.", "Egyptian-mediated truce", "Egypt", True),
    ("A Turkiye-brokered grain deal was signed.", "Turkiye-brokered grain deal", "Turkey", False),
    ("The Rusia-brokered truce collapsed.", "Rusia-brokered truce", "Russia", False),
    ("A Norwegian-brokered accord ended the war.", "Norwegian-brokered accord", "Norwegian", False),
])
def test_broker_readings(sentence, phrase, value, exact):
    (mention,) = read(sentence)
    assert mention.text == phrase
    assert mention.value == value
    assert (mention.score == 100) == exact
    assert mention.why  # the Evidence sheet says how the name was matched


@pytest.mark.parametrize("sentence", [
    "After earlier failed attempts by Russia to negotiate a truce, fighting resumed.",
    "In a joint declaration after the Russian-mediated talks, both sides agreed not to use force.",
    "Putin argued that a possible proposed deal through the U. S. would not be a major deal.",
    "Let us broker a deal, he said.",
])
def test_not_a_broker(sentence):
    assert read(sentence) == []
