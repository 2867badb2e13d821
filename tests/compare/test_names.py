"""Name spellings: which written names are one name, what the text yields, and the house-style file."""
from pathlib import Path
from textwrap import dedent

import pytest

from checker.errors import InputError
from checker.compare.names import (NAME_COLUMNS, STOCK_HOUSE_STYLE, HouseStyle, fold, load_house_style, name_groups,
                           same_name, skeleton)
from checker.sources.load import Source, load_sources

SEEDS = Path(__file__).resolve().parents[2] / "seeds"
STOCK = load_house_style(STOCK_HOUSE_STYLE)

# The table the thresholds in checker/names.py were tuned on: real spellings of one name (True) and real
# different names that look alike (False). Multi-word names are written with spaces.
NAME_PAIRS = [
    # one person or place, spelled two ways
    ("Pashinyan", "Pashinian", True),
    ("Pashinyan", "Pachinian", True),        # French wire transliteration
    ("Erdogan", "Erdoğan", True),
    ("Aliyev", "Aliev", True),
    ("Kanchikulangara", "Kanjikulangara", True),  # a long name may be two letters longer in its skeleton
    ("Environment", "Environmental", False),    # one begins the other: another word
    ("Germany", "Kermani", False),             # a country's name is no spelling of a person's
    ("Philippines", "Filipinos", False),        # ... nor of its people
    ("Iceland", "Ireland", False),              # two countries are two names
    ("Austria", "Australia", False),
    ("Zelensky", "Zelenskyy", True),
    ("Zelensky", "Zelenskiy", True),
    ("Zelenskyy", "Zelenskiy", True),
    ("Gaddafi", "Qaddafi", True),
    ("Gaddafi", "Kadhafi", True),
    ("Qaddafi", "Gadhafi", True),
    ("Kim Jong Un", "Kim Jong-un", True),
    ("Tehran", "Teheran", True),
    ("Kyiv", "Kiev", True),                  # through the house style
    ("Mohammed", "Muhammad", True),
    ("Baku", "Bakou", True),
    ("Netanyahu", "Netanjahu", True),
    ("Hezbollah", "Hizbollah", True),
    ("Hezbollah", "Hizballah", True),
    ("al-Qaeda", "Al Qaida", True),
    ("Yanukovych", "Yanukovich", True),
    ("Gorbachev", "Gorbachov", True),
    ("Kharkiv", "Kharkov", True),
    ("Odesa", "Odessa", True),
    ("Sergei", "Sergey", True),
    ("Alexei", "Aleksei", True),
    ("Dmitry", "Dmitri", True),
    ("Muammar", "Moammar", True),
    ("Ahmed", "Ahmad", True),
    ("Qatar", "Katar", True),
    ("Iraq", "Irak", True),
    ("Hassan", "Hasan", True),
    ("Chernobyl", "Chornobyl", True),
    ("Lukashenko", "Loukachenko", True),
    ("Romanov", "Romanoff", True),
    ("Tchaikovsky", "Chaikovsky", True),
    ("Turkey", "Türkiye", True),             # through the house style
    ("U.S.", "US", True),
    ("Osama", "Usama", True),
    ("Volodymyr", "Wolodymyr", True),
    ("Medvedev", "Medvedyev", True),
    ("Koran", "Quran", True),
    ("Assad", "Asad", True),
    ("Yerevan", "Erevan", True),
    ("Peskov", "Peskoff", True),
    # two neighbouring letters swapped: a typo
    ("Sygnia", "Syngia", True),
    ("Verichains", "Verichians", True),
    # different names that look alike
    ("Aliyev", "Alieva", False),             # a feminine form is another person
    ("Aliyev", "Aliyeva", False),
    ("Putin", "Pashinyan", False),
    ("Armenia", "Armenian", False),          # a demonym is not a spelling
    ("Armenia", "Armenians", False),
    ("Armenian", "Armenians", False),
    ("Americas", "American", False),         # one stem, two endings: a region and a demonym
    ("Coordination", "Coordinator", False),
    ("Boeing", "Beijing", False),            # a "j" the other has no "j" or "y" for is a consonant of its own
    ("Italians", "Italian", False),
    ("Azerbaijan", "Azerbaijani", False),
    ("Russia", "Russian", False),
    ("Michel", "Macron", False),
    ("Abbas", "Abbasi", False),
    ("Georgia", "Georgian", False),
    ("Austria", "Australia", False),
    ("Sudan", "South Sudan", False),
    ("North Korea", "South Korea", False),
    ("Guinea", "Equatorial Guinea", False),
    ("Niger", "Nigeria", False),
    ("Ivanov", "Ivanova", False),
    ("Zelensky", "Zelenska", False),
    ("Iran", "Iraq", False),
    ("Iran", "Oman", False),
    ("Gaza", "Giza", False),
    ("Paris", "Peres", False),
    ("Hamas", "Homs", False),
    ("Hassan", "Hussein", False),
    ("Slovakia", "Slovenia", False),
    ("Kim Jong Un", "Kim Jong Il", False),
    ("Ukraine", "Ukrainian", False),
    ("Israel", "Israeli", False),
    ("Iraq", "Iraqi", False),
    ("Turkey", "Turkish", False),
    ("China", "Chinese", False),
    ("Mali", "Malawi", False),
    ("Putin", "Patton", False),
    ("Pashinyan", "Pashayan", False),
    ("Aliyev", "Alimov", False),
    ("Syria", "Serbia", False),
    ("Karabakh", "Nagorno-Karabakh", False),
    ("India", "Indiana", False),
    ("Russia", "Prussia", False),
    ("Hamas", "Hamsa", False),               # too short for a swap to be only a typo
]


@pytest.mark.parametrize("a, b, same", NAME_PAIRS, ids=[f"{a}~{b}" for a, b, _ in NAME_PAIRS])
def test_merge_decision_on_real_name_pairs(a, b, same):
    assert same_name(a, b, STOCK) is same
    assert same_name(b, a, STOCK) is same


def test_pair_table_is_big_enough_and_balanced():
    assert len(NAME_PAIRS) >= 40
    assert sum(s for _, _, s in NAME_PAIRS) >= 20 and sum(not s for _, _, s in NAME_PAIRS) >= 20


@pytest.mark.parametrize("a, b", [("Turkey", "Türkiye"), ("Kyiv", "Kiev"), ("Myanmar", "Burma")])
def test_aliases_are_not_spellings_without_the_house_style(a, b):
    assert not same_name(a, b)
    assert same_name(a, b, STOCK)


def test_house_style_keeps_its_own_entries_apart():
    style = HouseStyle({"aliyev": "Aliyev", "aliev": "Aliev"})  # an editor lists two people
    assert same_name("Aliyev", "Aliev")
    assert not same_name("Aliyev", "Aliev", style)


@pytest.mark.parametrize("written, folded", [("Erdoğan", "erdogan"), ("U.S.", "us"), ("Bakı", "baki"),
                                             ("Wałęsa", "walesa"), ("Nagorno-Karabakh", "nagorno-karabakh"),
                                             ("Honoapiʻilani", "honoapiilani"), ("Hawaiʻi", "hawaii"),
                                             ("Ṣanʿāʾ", "sana"), ("Kaʼahumanu", "kaahumanu"),
                                             # Icelandic eth and thorn, as English spells them
                                             ("Guðmundsson", "gudmundsson"), ("Þórshöfn", "thorshofn")])
def test_fold(written, folded):
    assert fold(written) == folded


@pytest.mark.parametrize("a, b", [("Pashinyan", "Pashinian"), ("Zelenskyy", "Zelenskiy"), ("Qaddafi", "Kadhafi"),
                                  ("Baku", "Bakou"), ("Romanov", "Romanoff")])
def test_transliterations_share_a_skeleton(a, b):
    assert skeleton(a) == skeleton(b)


def sources_of(*texts: str) -> list[Source]:
    return [Source(f"{i:03d}", f"/tmp/{i:03d}.txt", dedent(text)) for i, text in enumerate(texts)]


def spellings_found(*texts: str) -> set[str]:
    return set(name_groups(sources_of(*texts), all_groups=True)["variant"])


FINDING = [
    ("title is not a name", "Russian President Vladimir Putin met them. Putin left.",
     {"Putin", "Russian"}, {"President", "Vladimir Putin", "Russian President"}),
    ("prime minister title", "They met Armenian Prime Minister Nikol Pashinyan in Sochi.",
     {"Pashinyan", "Armenian", "Sochi"}, {"Prime", "Minister"}),
    ("possessive", "Armenia's army and Baku’s gas. Armenia said no.", {"Armenia", "Baku"}, {"Armenia's", "Baku’s"}),
    ("sentence start common word", "However, talks went on in Geneva. The talks ended.", {"Geneva"},
     {"However", "The"}),
    ("sentence start name", "Moscow sent troops. Later, troops left Moscow.", {"Moscow"}, set()),
    ("sentence start verb form", "Speaking in Paris, he left.", {"Paris"}, {"Speaking"}),
    ("headline words", "# Putin Says Normalization Is In Reach\n\nPutin spoke of normalization in Sochi.",
     {"Putin", "Sochi"}, {"Says", "Normalization", "Reach"}),
    ("markdown and links", "**Kremlin** said [AFP](https://afp.com/Story) the Kremlin agreed.",
     {"Kremlin", "AFP"}, {"Story"}),
    ("compound adjective", "It was a Moscow-brokered truce and a US-backed plan by the Moscow team.",
     {"Moscow", "US"}, {"Moscow-brokered", "US-backed"}),
    ("days and months", "On Monday in October the talks in Prague resumed.", {"Prague"}, {"Monday", "October"}),
    ("names ending in a common word", "He read the Washington Post and Fox News in New York. The Hague ruled.",
     {"Washington Post", "Fox News", "New York", "Hague"}, {"Post", "News", "York", "The"}),
    ("acronym spelled with dots", "the U.S. envoy and the U. S. navy", {"U.S.", "U. S."}, set()),
    ("a plea and a fact box's heading", "Police met residents in Leeds. Please be alert but not alarmed.\n\n"
     "Status as of 06:00, 11 September", {"Leeds"}, {"Please", "Status"}),
    # common English words the story only ever writes first in a sentence or a fact box's label: no names
    ("common words only at starts", "Police said a dozen were hurt at the Hotelissimo.\n\nPlace: Gonesse\n"
     "Cause: a burst tyre", {"Hotelissimo", "Gonesse"}, {"Police", "Place", "Cause"}),
    ("a contraction opening a quotation", "“We've got work to do,” he told Cheryl. “Don't go,” she said.",
     {"Cheryl"}, {"We've", "Don't"}),
    ("an adverb opening a sentence before a name", "Unsurprisingly Moscow agreed. Moscow said so.", {"Moscow"},
     {"Unsurprisingly", "Unsurprisingly Moscow"}),
]


@pytest.mark.parametrize("case, text, present, absent", FINDING, ids=[c[0] for c in FINDING])
def test_finding_names(case, text, present, absent):
    found = spellings_found(text)
    assert present <= found
    assert not (absent & found)


GROUPING = [
    ("transliteration across sources", ["Nikol Pashinyan spoke. Pashinyan left.", "Mr. Pashinian spoke."],
     [{"Pashinyan", "Pashinian"}]),
    ("diacritics", ["Recep Tayyip Erdogan spoke.", "Recep Tayyip Erdoğan spoke."], [{"Erdogan", "Erdoğan"}]),
    ("feminine form is another person", ["Ilham Aliyev spoke.", "Mehriban Aliyeva spoke."], []),
    ("demonym is another word", ["Armenia and Russia agreed.", "Armenian and Russian leaders agreed."], []),
    ("two people, one surname", ["President Ilham Aliyev spoke. Aliyev left.", "Heydar Aliev ruled. Aliev died."],
     []),
    ("qualifier", ["Sudan and South Sudan met.", "Sudan met South Sudan."], []),
    ("short form joins the full name", ["Vladimir Putin spoke.", "Putin spoke. Mr Putin left.", "Vladimir Poutin"],
     []),
    # "hammered" makes "Hammers" an English word too; the given name says it is a person's name here
    ("surname also an English word", ["The deal was hammered out. Chief executive Ralph Hammers will run it.",
                                      "Chief executive Ralph Hamers will run the bank."], [{"Hammers", "Hamers"}]),
    # one given name spaced two ways is one person whose full name is spelt two ways, not two people
    ("particle joined to a given name", ["The victim, Maria Dacosta Ferreira, was 9.",
                                        "The victim, Maria da Costa Ferreira, was 9."],
     [{"Maria Dacosta Ferreira", "Maria da Costa Ferreira"}]),
    ("given name spaced two ways", ["President Hari Prasad Koirala spoke.", "President Hariprasad Koirala spoke."],
     [{"Hari Prasad Koirala", "Hariprasad Koirala"}]),
    # one source capitalises the kind of place, another writes it after the name in lower case: the name before
    # it is the spelling to compare
    ("kind of place capitalised by one source", ["The historic Tinmal Mosque partly collapsed.",
                                                 "The Tinmel mosque was badly damaged."], [{"Tinmal", "Tinmel"}]),
    ("kind of place, one spelling", ["Crowds filled Tahrir Square.", "Police cleared the Tahrir square camp."], []),
    # "the Black sea coast" is not written: a kind word the story never writes after a bare name keeps the name whole
    ("kind word never after a bare name", ["Ships crossed the Black Sea.", "Blake spoke of the sea."], []),
    # two ordinary words the story writes in lower case too, capitalised at a sentence's start, are no name
    # two ordinary words, each a name's word here, that the story writes in lower case too: no name spelt two ways
    ("two ordinary words alike", ["Mourners gathered at the Place de la Bourse, filling the place.",
                                  "Police later released a photo. Federal Police said the police were searching."],
     []),
    ("common words at starts, one in each source", ["Police said at least a dozen were hurt.",
                                                     "Place: Gonesse, near Paris"], []),
    # a generational suffix is no surname: the given names are compared
    ("given name spelt two ways before Jr", ["The survivor, Randal McCloy Jr., 26, was in critical condition.",
                                             "Miners trapped: 13\nSurvivors: 1 (Randall L. McCloy Jr., 26)"],
     [{"Randal McCloy", "Randall L. McCloy"}]),
    # two sources each writing both: a mayor and a town, two names (a third source's one misspelling stays)
    ("two sources write both", ["Mayor Trent Conaway spoke. The train ran to Conway, Pennsylvania.",
                                "The train was bound for Conway, Pennsylvania, Mayor Trent Conaway said.",
                                "Mayor Trent Conoway said the air was safe."], [{"Conaway", "Conoway"}]),
    # a short form of the given name (nicknames.yaml) is the same person's name, not another spelling of it; a
    # name cut short that the table does not know is
    ("nickname", ["Pennsylvania Gov. Josh Shapiro spoke.", "Governor Joshua Shapiro spoke."], []),
    ("name cut short", ["Fire Chief Joan Hayes spoke.", "Fire Chief Joanne Hayes spoke."],
     [{"Joan Hayes", "Joanne Hayes"}]),
    # a given name ending in "ly" opening a sentence is no adverb: with it, the surnames are one person's
    ("given name in -ly at a start", ["Anatoly Zykov, a party official, said so.",
                                      "Anatoly Zykin, the party official, said so."], [{"Zykov", "Zykin"}]),
    # one source writing both may have misspelt one of them
    ("one source writes both", ["Nikol Pashinyan spoke. Pashinian left.", "Mr. Pashinyan spoke."],
     [{"Pashinyan", "Pashinian"}]),
]


@pytest.mark.parametrize("case, texts, groups", GROUPING, ids=[c[0] for c in GROUPING])
def test_grouping_spellings(case, texts, groups):
    frame = name_groups(sources_of(*texts))
    assert [set(v) for _, v in frame.groupby("group")["variant"]] == groups


def test_frame_offsets_point_at_the_variant_and_flags_mixed_use():
    sources = sources_of("Nikol Pashinyan spoke. Later Pashinian left.", "Pashinyan spoke.")
    frame = name_groups(sources)
    assert list(frame.columns) == NAME_COLUMNS
    for row in frame.itertuples():
        text = sources[int(row.source)].text
        assert text[row.start:row.end] == row.variant
    assert set(frame[frame["mixed"]]["source"]) == {"000"}
    assert set(frame["suggestion"]) == {"Pashinyan"}  # most common spelling
    assert set(frame["status"]) == {"variance"}


def test_house_style_sets_the_suggestion_and_joins_aliases():
    sources = sources_of("Turkey and Russia met.", "Türkiye and Russia met.")
    assert name_groups(sources).empty
    frame = name_groups(sources, STOCK)
    assert set(frame["variant"]) == {"Turkey", "Türkiye"}
    assert set(frame["suggestion"]) == {"Turkey"} and frame["house_style"].all()


def test_all_groups_returns_single_spellings_as_agree():
    frame = name_groups(sources_of("Putin met Pashinyan.", "Putin met Pashinian."), all_groups=True)
    assert set(frame[frame["variant"] == "Putin"]["status"]) == {"agree"}
    assert len(frame[frame["variant"] == "Putin"]) == 2


# --- the sample story ---

@pytest.fixture(scope="module")
def sample_groups():
    return name_groups(load_sources([SEEDS]))


def group_with(frame, variant):
    ids = set(frame[frame["variant"] == variant]["group"])
    assert len(ids) == 1, (variant, ids)
    return frame[frame["group"] == ids.pop()]


def test_sample_pashinyan_spelled_two_ways_and_mixed_in_003(sample_groups):
    group = group_with(sample_groups, "Pashinian")
    assert set(group["variant"]) == {"Pashinyan", "Pashinian"}
    assert set(group[group["variant"] == "Pashinian"]["source"]) == {"003"}
    assert group[(group["variant"] == "Pashinyan") & (group["source"] == "003")]["count"].item() == 1
    assert set(group["status"]) == {"variance"}
    assert set(group[group["mixed"]]["source"]) == {"003"}


def test_sample_erdogan_with_and_without_diacritic(sample_groups):
    group = group_with(sample_groups, "Erdoğan")
    assert set(group["variant"]) == {"Erdogan", "Erdoğan"}
    assert set(group["status"]) == {"variance"}


@pytest.mark.parametrize("name", ["Aliyev", "Putin", "Armenia", "Armenian", "Armenians", "Russia", "Azerbaijan",
                                  "Macron", "Michel", "Baku"])
def test_sample_names_that_must_not_merge(name):
    frame = name_groups(load_sources([SEEDS]), all_groups=True)
    group = group_with(frame, name)
    assert set(group["variant"]) == {name}


# --- the house-style file ---

def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "names.yaml"
    path.write_text(dedent(text), encoding="utf-8")
    return path


def test_stock_house_style_loads_small_and_generic():
    assert 8 <= len(set(STOCK.preferred.values())) <= 20
    assert STOCK.lookup("Kiev") == "Kyiv" and STOCK.lookup("KIEV") == "Kyiv"
    assert STOCK.lookup("al Qaeda") == "al-Qaida"


@pytest.mark.parametrize("path", [None, Path("/nonexistent/names.yaml")])
def test_no_house_style_is_an_empty_style(path):
    assert load_house_style(path).preferred == {}


@pytest.mark.parametrize("text", ["", "# nothing yet\n", "names:\n", "names: []\n"])
def test_empty_house_style_file_is_an_empty_style(tmp_path, text):
    assert load_house_style(write(tmp_path, text)).preferred == {}


BAD_STYLE = [
    ("not yaml", "names:\n  - preferred: [Kyiv\n", 3, "not valid YAML"),
    ("unknown key", "names:\n  - preferred: Kyiv\n    variant: [Kiev]\n", 3, "unknown key 'variant'"),
    ("empty entry", "names:\n  - preferred: Kyiv\n  -\n", 3, "an empty entry"),
    ("blank preferred", "names:\n  - preferred: ''\n    variants: [Kiev]\n", 2, "an empty name"),
    ("blank variant", "names:\n  - preferred: Kyiv\n    variants: [Kiev, ' ']\n", 3, "an empty variant"),
    ("missing preferred", "names:\n  - variants: [Kiev]\n", 2, "missing 'preferred'"),
    ("duplicate across entries", "names:\n  - preferred: Kyiv\n    variants: [Kiev]\n"
                                 "  - preferred: Kiew\n    variants:\n      - KIEV\n", 6, "listed twice"),
    ("preferred repeated", "names:\n  - preferred: Kyiv\n  - preferred: kyiv\n", 3, "listed twice"),
    ("top level list", "- preferred: Kyiv\n", 1, "a mapping with a 'names:' list"),
]


@pytest.mark.parametrize("case, text, line, message", BAD_STYLE, ids=[c[0] for c in BAD_STYLE])
def test_bad_house_style_names_file_and_line(tmp_path, case, text, line, message):
    path = write(tmp_path, text)
    with pytest.raises(InputError) as caught:
        load_house_style(path)
    assert caught.value.path == str(path)
    assert caught.value.line == line
    assert message in caught.value.message
    assert str(caught.value).startswith(f"{path}:{line}: ")


def test_house_style_yaml_is_loaded_safely(tmp_path):
    path = write(tmp_path, "names: !!python/object/apply:os.system ['echo hacked']\n")
    with pytest.raises(InputError, match="not valid YAML"):
        load_house_style(path)


def test_names_the_house_style_joins_stay_one_though_two_sources_write_both():
    sources = sources_of("Türkiye, formerly Turkey, met Russia.", "Türkiye (Turkey) and Russia met.")
    frame = name_groups(sources, STOCK)
    assert frame["group"].nunique() == 1 and set(frame["variant"]) == {"Turkey", "Türkiye"}
