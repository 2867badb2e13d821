"""Names spelt with other letters are findings like any figure: "Baitas" in one source, "Baytas" in another.

Spellings that differ only in case, accents, spacing or punctuation (US, U.S.; Erdoğan, Erdogan)
are house-style matters and stay in the Names sheet; but a person's name broken in other places (Alice
Dasilva Aguiar / Alice da Silva Aguiar) has one right form, and is a finding. Letters that differ are findings, each
spelling a mention with its offsets, so the Summary, the Evidence sheet and `--json` show them
like any other claim. A person has one spelling, so two for one person (Aleksander / Alexander
Larsen, Baitas / Baytas) or letters beyond a transliteration (New Nigeria / New Nigerian Peoples
Party) cannot both be right: a `conflict`. A place written in two accepted transliterations
(Tinmel / Tinmal Mosque) is one too, noted as such: the story must spell it one way, and the house style
(rules/names.yaml) settles which; but a place or thing each of whose spellings several sources write (Marrakech
in three, Marrakesh in two) is spelt two ways in use, not misspelt by one: a `variance`. A person's name
romanised from Cyrillic two ways (Lyashko / Liashko, Zelenskyy / Zelenskiy) is spelt right both ways: a
`variance`, unless the house style prints one (then the other is wrong). Spellings the house style joins
(Zelenskiy / Zelenskyy, Kiev / Kyiv) are one too, noted with the form the house prints; a place's two names so
joined are both right (Kiev / Kyiv): a `variance`.
"""
from __future__ import annotations

import os

import pandas as pd
import regex
from rapidfuzz import fuzz

from checker.compare.findings import FINDING_COLUMNS
from checker.reading import one_spelling
from checker.reading.names import TITLES, fold, letters_swapped, same_name, style_key

NAME_CLAIM = "name"
SHORT_NAME = 4      # letters fewer than which two spellings may be two codes ("ET" / "ETH"), not one name
SHORT_PERSON = 3    # ... or, for a person's surname, two names ("Ros" / "Ríos" is one, "Wu" / "Wo" two)
ENDING_LETTERS = 3          # letters at a word's end that make another form of it ("-ion" / "-or", "-a" / "-e")
SPELT_ALIKE = 65   # rapidfuzz ratio of two words one of which misspells the other: "baitas" / "baytas" 83, "haftar" / "hifter" 67;
#                   two names are further apart: "kaido" / "kyodo" 60, "pc" / "xbox" 0


def _spelt_apart(variants: list[str]) -> bool:
    """Two variants of as many words with other letters, the words that differ alike: "Baitas" / "Baytas"; not
    "Game Pass" / "Xbox Game Pass" (a longer name), nor "PC Game Pass" / "Xbox Game Pass" (two names)."""
    # (a middle initial one source adds is no word of the spelling: "Randall L. McCloy" / "Randal McCloy")
    words = {tuple(style_key(w) for w in _untitled(v.split()) if len(w.rstrip(".")) > 1) for v in variants}
    return any(len(a) == len(b) and a != b and all(x == y or fuzz.ratio(x, y) >= SPELT_ALIKE for x, y in zip(a, b))
               for a in words for b in words)


def _untitled(words: list[str]) -> list[str]:
    """The name's words without the titles before it ("Sheriff Quentin Miller" is spelt as "Quentin Miller")."""
    while len(words) > 2 and fold(words[0].rstrip(".")) in TITLES:
        words = words[1:]
    return words


def _transliterations(variants: list[str]) -> bool:
    """Whether every two spellings are one name transliterated two ways, word for word (letters swapped are a
    typo, not a transliteration)."""
    split = [v.split() for v in dict.fromkeys(variants)]
    return all(len(a) == len(b) and all(x == y or (same_name(x, y) and not letters_swapped(x, y))
                                        for x, y in zip(a, b))
               for i, a in enumerate(split) for b in split[i + 1:])


_INITIAL_YE = regex.compile(r"^y(?=e)")                        # Yevgenia / Evgenia
_SLAVIC_Y = regex.compile(r"(?<!^)y(?=[aeiou])|iy$|yy$|ii$")   # Lyashko / Liashko; -iy / -yy / -ii
# Vowels romanisations of Arabic and of old Dutch-Indonesian spelling write two ways: Mansour / Mansur, Mucaad /
# Mucad, Soerjanto / Surjanto (not "ee" / "i": Sumeet / Sumit is one spelling right, the other wrong)
_LONG_VOWEL = [(regex.compile(p), r) for p, r in (("aa", "a"), ("ou", "u"), ("oe", "u"))]


def _romanised_alike(variants: list[str]) -> bool:
    """Whether every two spellings of a person differ only where romanisations differ: of Cyrillic, "y" or "i"
    before a vowel, the "-iy" / "-yy" / "-ii" ending, an initial "Ye" (Lyashko / Liashko, Zelenskyy / Zelenskiy,
    Yevgenia / Evgenia); of Arabic, a long vowel doubled or not (Mansour / Mansur, Mucaad / Mucad). A "y"
    elsewhere is a letter (Henri / Henry), and so is an initial one before another vowel (Yana / Ana)."""
    def key(name: str) -> str:
        words = []
        for w in name.split():
            w = _SLAVIC_Y.sub("i", _INITIAL_YE.sub("", fold(w)))
            for pattern, vowel in _LONG_VOWEL:
                w = pattern.sub(vowel, w)
            words.append(w)
        return " ".join(words)
    return len({key(v) for v in variants}) == 1


def _person_spaced_apart(rows: pd.DataFrame) -> bool:
    """A person's name whose words break in other places ("Alice Dasilva Aguiar" / "Alice da Silva Aguiar", "Ram
    Chandra" / "Ramchandra"): one of the spellings is wrong, as a letter would be. Case alone ("da Silva" / "Da
    Silva") and punctuation ("U.S." / "US") are the house style's."""
    if not rows["person"].any():
        return False
    broken = {" ".join(style_key(w) for w in v.split()).lower() for v in rows["variant"]}
    return len(broken) > 1 and len({b.replace(" ", "") for b in broken}) == 1


def _ordinary_words_joined(rows: pd.DataFrame, texts: dict[str, str]) -> bool:
    """Whether the words one spelling spaces and another joins are words the story writes in lower case too ("Task
    Force Phoenix" / "Taskforce Phoenix", beside "a police task force"): ordinary words, joined or not as a house
    style would have them, not a person's name broken in the wrong place."""
    words = {w.lower() for v in rows["variant"].unique() for w in v.split()}
    apart = {w for w in words if any(w in other and w != other for other in words)}   # "task" of "taskforce"
    return bool(apart) and all(any(regex.search(rf"(?<!\p{{L}}){regex.escape(w)}(?!\p{{L}})", text)
                                   for text in texts.values()) for w in apart)


def house_key(name: str) -> str:
    """The name as a house style would settle it: case, accents, spacing, punctuation and British or American
    spelling aside ("National Meteorological Centre" / "Center", "Organisation" / "Organization")."""
    return "".join(one_spelling(style_key(word), in_name=True) for word in name.split())


# German and Nordic letters English copy writes two ways: dropped to the bare vowel, or spelt out (ø as "oe", å as
# "aa": Utøya / Utoeya / Utoya, Bøsei / Boesei)
_UMLAUT = regex.compile(r"[äöüøåÄÖÜØÅ]")
UMLAUT_AS_E = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ø": "oe", "å": "aa",
                              "Ä": "Ae", "Ö": "Oe", "Ü": "Ue", "Ø": "Oe", "Å": "Aa"})


def house_keys(variants) -> dict[str, str]:
    """Each spelling's house key, an umlaut's e-form ("Duesseldorf", as German writes "Düsseldorf" without the
    letter) keyed as the spelling with the umlaut, when the story writes it: one letter, two ways of writing it."""
    keys = {v: house_key(v) for v in variants}
    e_forms = {house_key(v.translate(UMLAUT_AS_E)): keys[v] for v in keys if _UMLAUT.search(v)}
    return {v: e_forms.get(k, k) for v, k in keys.items()}


def _each_source_writes_all(by_source: list[set[str]], spellings: set[str]) -> bool:
    """Whether two sources or more each write every spelling: names that every source spells both ways are two
    names (a typo is one source's, or one spelling among others)."""
    return len(by_source) >= 2 and all(written == spellings for written in by_source)


def _forms_of_one_word(by_source: list[set[str]], spellings: set[str]) -> bool:
    """Whether one source writes every spelling and they differ only in their last letters ("Coordination" /
    "Coordinator", "Italian" / "Italiane"): a word and another form of it, which no source misspells beside the
    right one."""
    if len(spellings) != 2:
        return False
    a, b = sorted(spellings)
    stem = len(os.path.commonprefix([a, b]))
    if stem < max(len(a), len(b)) - ENDING_LETTERS or stem < 4:
        return False
    return any(written == spellings for written in by_source)


def mention_row(columns: list[str], **fields) -> dict:
    """A row of `Result.mentions` for a value a comparer found itself (a spelling, a quotation, a title): a source's,
    never superseded, the columns it does not set left empty."""
    return {**{c: None for c in columns}, "role": "source", "superseded": "", **fields}


def told_two_ways(claim: str, label: str, note: str, told: dict, event: str, paths: dict, mention_columns: list[str],
                  why: str) -> tuple[dict, list[dict]]:
    """(the finding, its mentions) for one fact sources tell two ways: `told` maps each source to (its value, start,
    end, sentence); `why` says what a value is ("{value}: where the source puts it")."""
    mentions = [mention_row(mention_columns, source=source, path=paths.get(source), claim=claim, kind="entity",
                            text=value, start=start, end=end, value=value, event=event, sentence=sentence,
                            why=why.format(value=value))
                for source, (value, start, end, sentence) in told.items()]
    finding = {"finding_id": f"{claim}|{event}", "claim": claim, "label": label, "event": event, "event_label": event,
               "status": "conflict", "values": {s: v for s, (v, *_) in told.items()}, "disagree": sorted(told),
               "note": note, "sources": len(told)}
    return finding, mentions


def sentence_around(text: str, start: int, end: int) -> str:
    """The sentence text[start:end] stands in, for the evidence: from the last full stop or line break to the
    next (the texts' own sentence index is not at hand where names and the draft's rows are made)."""
    last = _LAST_FULL_STOP.search(text, 0, start)
    left = max(last.end() if last else 0, text.rfind("\n", 0, start) + 1)
    stop = _FULL_STOP.search(text, end)
    line = text.find("\n", end)
    stops = [i for i in (stop.start() + len(stop.group().rstrip()) if stop else -1, line) if i >= 0]
    return " ".join(text[left:min(stops) if stops else len(text)].split())


# a full stop, or one inside a closing quote, before the next sentence: not "9:50 a.m. local time", "Jan. 5" or
# "U.S. officials"
_FULL_STOP = regex.compile(r"\.[\"”’']?[ \t]+(?![\p{Ll}\p{N}])")
_LAST_FULL_STOP = regex.compile(r"(?r)\.[\"”’']?[ \t]+(?![\p{Ll}\p{N}])")


def name_findings(names: pd.DataFrame, event: str, texts: dict[str, str],
                  mention_columns: list[str]) -> tuple[pd.DataFrame, pd.DataFrame]:
    """(findings, mentions) for the name groups whose spellings differ in their letters; `texts` maps each
    source's label to its text, in the order sources are listed."""
    source_order = list(texts)
    findings, mentions = [], []
    if names is None or names.empty:
        return pd.DataFrame(columns=FINDING_COLUMNS), pd.DataFrame(columns=mention_columns)
    for group, rows in names.groupby("group", sort=False):
        key = house_keys(rows["variant"].unique())
        spellings = set(key.values())
        # the house style's own entries are one name however far apart their letters ("Kyiv" / "Kiev")
        styled = bool(rows["house_style"].any())
        spaced = _person_spaced_apart(rows) and not _ordinary_words_joined(rows, texts)
        short = min(map(len, spellings)) < (SHORT_PERSON if rows["person"].any() else SHORT_NAME)
        if not spaced and (len(spellings) < 2 or not styled and (short or not _spelt_apart(list(rows["variant"])))):
            continue                                # ("ET" / "ETH": two short codes, not one name spelt twice)
        # each source's spellings, as the house style would key them
        by_source = list(rows.groupby("source")["variant"].agg(lambda v: {key[x] for x in v}))
        if not spaced and _each_source_writes_all(by_source, spellings):
            continue                                # "Mayor Conaway" and "Conway, Pennsylvania": two names
        if not spaced and _forms_of_one_word(by_source, spellings):
            continue                                # "Argentina" and "Argentine" in one text: a word and its form
        claim = f"{NAME_CLAIM}:{group}"
        preferred = rows["preferred"].iloc[0]
        by_source: dict[str, list[str]] = {}
        for row in rows.itertuples():
            by_source.setdefault(row.source, [])
            if row.variant not in by_source[row.source]:
                by_source[row.source].append(row.variant)
            for start, end in row.uses:     # every place the spelling stands, for an editor to mend each
                mentions.append(mention_row(
                    mention_columns, source=row.source, path=row.path, claim=claim, kind="name", text=row.variant,
                    start=start, end=end, value=row.variant, event=event,
                    sentence=sentence_around(texts.get(row.source, ""), start, end),
                    why=f"{row.variant}: a spelling of {preferred} ({row.count}×)"))
        majority = rows.groupby("variant")["source"].nunique().idxmax()
        # a place in two accepted transliterations (Marrakech / Marrakesh) is still spelt two ways in one story
        transliterated = not rows["person"].any() and _transliterations(list(rows["variant"]))
        romanised = not spaced and not styled and rows["person"].any() and _romanised_alike(list(rows["variant"]))
        # a place or thing each spelling of which several sources write (Marrakech / Marrakesh, Fénix / Phoenix)
        # is spelt two ways in use, not misspelt by one; a person has one spelling however many copy another
        writers = rows.groupby("variant")["source"].nunique()
        in_use = not spaced and not styled and not rows["person"].any() and writers.min() >= 2
        # a place's two accepted names (Chernobyl / Chornobyl, Kiev / Kyiv) are both right: the house style says
        # which the story prints, and neither source is wrong
        place_spelt_right = not spaced and not rows["person"].any() and styled
        findings.append({
            "finding_id": f"{claim}|{event}", "claim": claim, "label": f"Name: {preferred}", "event": event,
            "event_label": event, "status": "variance" if romanised or in_use or place_spelt_right else "conflict",
            "values": {s: " / ".join(by_source[s]) for s in source_order if s in by_source},
            "disagree": sorted(rows.loc[rows["variant"] != majority, "source"].unique().tolist()),
            "note": ("spaced two ways: " if spaced else "spelt with different letters: ")
                    + ", ".join(sorted(rows["variant"].unique()))
                    + (f"; the house style prints {preferred}" if styled else
                       "; the person's own spelling settles which" if spaced else
                       "; each written by several sources: the house style (rules/names.yaml) settles which"
                       if in_use else
                       "; two transliterations: the house style (rules/names.yaml) settles which" if transliterated
                       else "; romanised two ways (y / i): the house style (rules/names.yaml) settles which"
                       if romanised else ""),
            "sources": rows["source"].nunique()})
    return pd.DataFrame(findings, columns=FINDING_COLUMNS), pd.DataFrame(mentions, columns=mention_columns)
