"""The stems and concepts that let two outlets' words around one fact meet (our own word pairs)."""
import pytest

from checker.claims.context_words import stem

ONE_WORD = [
    ("employees", "employs"),          # the one acted on and the verb
    ("detainees", "detained"),
    ("apologised", "apologized"),      # British and American spelling
    ("acquired", "buy"),               # a concept from concepts.yaml
    ("buried", "funeral"),
    ("burial", "buried"),
    ("crashes", "crash"),
    ("inquiry", "investigation"),      # "a 10-month FBI investigation" / "a six-month inquiry"
    ("probe", "enquiry"),
    ("target", "goal"),                # "a target of five years" / "the goal of five years"
    ("gunmen", "terrorists"),          # "32 gunmen had taken part" / "Number of terrorists involved: 30"
    ("freed", "release"),              # "freed 26 women and children" / "the release of 31 women and babies"
    ("infants", "children"),
    ("Andrés", "Andres"),              # a name with its accents and without
    ("Bréard", "Breard"),
    ("shook", "shaking"),              # "the ground shook for about two minutes" / "the shaking lasted nearly two"
    ("heaved", "shaking"),
    ("tremors", "shook"),              # "tremors were felt for a minute" / "the ground shook for a minute"
    ("halted", "suspended"),           # "the search was halted for 10 hours" / "suspended for about six hours"
    ("apartments", "flats"),           # "the tower has 120 apartments" / "which has 127 flats"
    ("troops", "soldiers"),            # "2,000 troops were deployed" / "some 2,500 soldiers were sent"
    ("tower", "block"),                # "the 24-storey tower" / "the 24-storey block"
    ("firemen", "firefighters"),
    ("surgeons", "doctors"),
    ("pupils", "schoolchildren"),
    ("altitude", "height"),            # "Altitude at breakup: 48,000 feet" / "at a height of about 46,000ft"
    ("underground", "below"),          # "about 160 feet underground" / "260 feet below the surface"
    ("gave", "given"),                 # "gave it four months" / "has given the panel 120 days"
    ("breakup", "explosion"),
    ("lasted", "lasting"),             # "the quake lasted 45 seconds" / "the shaking, lasting 37 seconds"
    ("crewmembers", "crew"),
]
TWO_WORDS = [
    ("employees", "empty"),
    ("fee", "free"),
    ("bury", "burst"),
    ("lasted", "last"),                # how long a thing lasted, not "last week"
]


@pytest.mark.parametrize("a, b", ONE_WORD)
def test_words_of_one_fact_share_a_stem(a, b):
    assert stem(a) == stem(b)


@pytest.mark.parametrize("a, b", TWO_WORDS)
def test_other_words_keep_their_own(a, b):
    assert stem(a) != stem(b)


def test_each_word_of_the_concept_table_is_in_one_concept():
    # a key written twice keeps only its last list, silently: the table is read as YAML nodes to see both
    import yaml

    from checker.claims.context_words import CONCEPTS_PATH
    node = yaml.compose(CONCEPTS_PATH.read_text(encoding="utf-8"))
    keys = [k.value for k, _ in node.value]
    assert len(keys) == len(set(keys)), [k for k in keys if keys.count(k) > 1]
    concept_of: dict[str, str] = {}
    for key, words in node.value:
        for word in [key.value, *(w.value for w in words.value)]:
            assert concept_of.setdefault(word, key.value) == key.value, \
                f"{word!r} in {concept_of[word]} and {key.value}"


def _words_of(sentence: str, figure: str) -> frozenset[str]:
    """The words `figure_context` gives the figure written `figure` in the one-sentence source `sentence`."""
    from checker.claims import Story, load_rules, read_mentions
    from checker.claims.context_words import figure_bounds, figure_context
    from checker.sources import Source
    _, docs = read_mentions([Source("s", "s.txt", sentence + "\n", None, "source", {})], load_rules(None), Story())
    doc = docs["s"]
    k = next(k for k, q in enumerate(doc.quantities) if q.text == figure)
    return figure_context(doc, doc.quantities[k], *figure_bounds(doc, doc.quantities, k, doc.index.at(
        doc.quantities[k].start)))[0]


@pytest.mark.parametrize("sentence, figure, wanted", [
    # the time a change took is told by the change's words, past the change's own figure
    ("The Guadalupe at Hunt rose about 26 feet (8 metres) in 45 minutes, the weather service said.", "45 minutes",
     {"guadalup", "hunt", "rise"}),
    ("The river gauge at Hunt showed the water climbing 26 feet within about two hours.", "about two hours",
     {"hunt", "rise", "water"}),
])
def test_a_duration_after_a_change_has_the_changes_words(sentence, figure, wanted):
    words = _words_of(sentence, figure)
    assert wanted <= words, sorted(words)


@pytest.mark.parametrize("sentence, figure, absent", [
    # what only some of the counted are says nothing of the count
    ("All 100 passengers - most of them German tourists bound for a cruise - were killed.", "100",
     {"german", "tourist"}),
    ("The 300 staff, many of whom were contractors, were sent home.", "300", {"contractor"}),
])
def test_words_about_some_of_the_counted_are_not_the_figures(sentence, figure, absent):
    words = _words_of(sentence, figure)
    assert not absent & words, sorted(words)


@pytest.mark.parametrize("sentence, figure, country", [
    # a country or body however written is one word: "in the US" is "in the United States"
    ("Ivan killed at least 33 people in the US, officials said.", "at least 33", "=united states"),
    ("Ivan killed at least 39 people in the United States, officials said.", "at least 39", "=united states"),
    ("At least 20 people died in the U.S. on Thursday.", "At least 20", "=united states"),
    ("The UK's regulator fined the bank £12m.", "£12m", "=britain"),
    ("They included 190 Americans.", "190", "=united states"),
    # a possessive ends the name ("Britain's Serious Fraud Office"); a compound keeps it ("US-led")
    ("Britain's Serious Fraud Office fined the bank £12m.", "£12m", "=britain"),
    ("A US-led coalition sent 40 jets.", "40", "=united states"),
    # not a firm that bears the name, nor "us"
    ("Air France said 100 passengers were on board.", "100", None),
    ("British Airways cancelled 40 flights.", "40", None),
    ("The mayor told us that 40 homes were lost.", "40", None),
])
def test_a_country_named_several_ways_is_one_word(sentence, figure, country):
    marked = {w for w in _words_of(sentence, figure) if w.startswith("=")}
    assert marked == ({country} if country else set()), sorted(marked)
