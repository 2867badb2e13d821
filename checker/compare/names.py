"""Name spellings across sources: one person or place spelled two ways.

Wire copy transliterates (Pashinyan / Pashinian, Gaddafi / Qaddafi), drops
diacritics (Erdoğan / Erdogan) and follows different house styles (Kyiv / Kiev).
An editor wants every such pair side by side, and never a false pair: a
demonym (Armenia / Armenian) or a feminine form (Aliyev / Aliyeva) is another
name, not another spelling.

  find      capitalised runs of words, with care for sentence starts, headlines,
            titles ("President"), possessives and markdown
  key       a person's surname ("Nikol Pashinyan" -> Pashinyan); a fixed name
            ("South Sudan", "Kim Jong Un") whole
  group     keys whose transliteration skeletons match (same_name), bucketed by
            first letter so thousands of sources stay fast; the house style
            (rules/names.yaml) adds aliases and can keep two names apart
"""
from __future__ import annotations

from collections import Counter, defaultdict

import numpy as np
import pandas as pd
import regex
from rapidfuzz import fuzz, process
from rapidfuzz.distance import Levenshtein

from checker.claims import UnionFind
from checker.compare.house_style import STOCK_HOUSE_STYLE, HouseStyle, load_house_style, style_key
from checker.reading.names import (PARTICLES, PLACE_KINDS, COMMON, COUNTRIES, NameMention, stem, NameToken,
                                   find_names, CANDIDATE_SCORE, QUALIFIERS, consonants, fold, hyphenated_given_name,
                                   same_name, nickname_of, skeleton, spelt_alike, TITLES,
                                   another_form, ending_changed, letter_added, one_given_name, two_letters_on)
from checker.sources import Source

__all__ = ["name_groups", "cluster_spellings", "NAME_COLUMNS", "HouseStyle", "load_house_style", "style_key",
           "STOCK_HOUSE_STYLE", "fold", "same_name", "skeleton"]

# start and end are the first use's; uses holds every use's (start, end), for evidence that shows each place
NAME_COLUMNS = ["group", "preferred", "variant", "source", "path", "count", "start", "end", "status", "mixed",
                "suggestion", "house_style", "person", "uses"]

# --- keys and groups --------------------------------------------------------------------------------------------

_HYPHEN_LOWER = regex.compile(r"-\p{Ll}")   # "Moscow-brokered": a hyphen, then lower case


def _surname_and_given(words: tuple[str, ...], lower_stems: set[str]) -> tuple[bool, tuple[str, ...]]:
    """Whether a name's last word alone carries its spelling (a person's surname), and the given names in front
    of it (folded).

    A person is grouped on the surname; a name ending in a word the story also writes in lower case
    ("Second Karabakh War", "Black Sea") or holding a qualifier ("South Sudan") is kept whole.
    """
    last = fold(words[-1])
    person_like = (len(words) >= 2 and len(last) >= 3 and last not in COMMON and stem(last) not in lower_stems
                   and last not in PLACE_KINDS
                   and (not _HYPHEN_LOWER.search(words[-1]) or hyphenated_given_name(words[-1]))
                   and not any(fold(w) in QUALIFIERS for w in words))
    if person_like:
        return True, _given_names(words[:-1])
    return False, ()


def _given_names(words: tuple[str, ...]) -> tuple[str, ...]:
    """Given names folded, a particle kept with the name after it ("Alice da Silva" -> alice, "da silva"): it is
    how "Dasilva" and "da Silva" are told to be one name spaced two ways."""
    given, particle = [], ""
    for word in words:
        folded = fold(word)
        if folded in PARTICLES:
            particle += folded + " "
        else:
            given.append(particle + folded)
            particle = ""
    return tuple(given)


def _people_by_given_names(decided: dict[tuple[str, ...], tuple[bool, tuple[str, ...]]]) -> None:
    """A name kept whole because its last word is also an English word ("Ralph Hammers", the story having
    "hammered out") is a person's when its given names are a person's elsewhere in the story ("Ralph Hamers")."""
    givens = {given for person, given in decided.values() if person and given}
    for words, (person, _) in decided.items():
        if person or len(words) < 2:
            continue
        given = _given_names(words[:-1])
        last = fold(words[-1])
        if given in givens and len(last) >= 3 and last not in COMMON and not any(fold(w) in QUALIFIERS for w in words):
            decided[words] = (True, given)


_ARTICLE_BEFORE = regex.compile(r"\b(?:[Tt]he|an?|its|their)[ \t]+\Z")
_LOWER_WORD_AFTER = regex.compile(r"[ \t]+(\p{Ll}+)\b")


def _kinds_after_names(mentions: list[NameMention], sources: list[Source]) -> set[str]:
    """Words the story writes in lower case as the kind of a named thing ("the Tinmel mosque", "a Tahrir square
    camp"): where another source capitalises one as part of the name ("Tinmal Mosque"), the name is the words
    before it. The article in front is the evidence that the word is a noun, not a verb ("Putin said")."""
    kinds = set()
    for mention in mentions:
        text = sources[mention.source].text
        first, last = mention.tokens[0], mention.tokens[-1]
        after = _LOWER_WORD_AFTER.match(text, last.end)
        if after and _ARTICLE_BEFORE.search(text, max(0, first.start - 8), first.start):
            kinds.add(after.group(1))
    return kinds


def _spelling(tokens: list[NameToken]) -> str:
    return " ".join(t.text + "." if len(t.text) == 1 else t.text for t in tokens)   # an initial keeps its point


def _ordinary_words_apart(a: str, b: str, lower_stems: set[str]) -> bool:
    """Whether two spellings differ in a word the story also writes in lower case: "Police" / "Place", "States" /
    "Status", "Project Management" / "Product Management" are two ordinary words, never one name spelt two ways
    (a transliteration is of a name, and a name is not written in lower case)."""
    wa, wb = fold(a).split(), fold(b).split()
    return any(stem(w) in lower_stems for w in set(wa) ^ set(wb))


def cluster_spellings(spellings: list[str], style: HouseStyle | None = None,
                      lower_stems: set[str] = frozenset()) -> list[int]:
    """A cluster number for each spelling; fuzzy matching only within a first-letter bucket, never between
    spellings that differ in a word the story writes in lower case (`lower_stems`)."""
    found = UnionFind(len(spellings))
    by_preferred: dict[str, int] = {}
    buckets: dict[str, list[int]] = defaultdict(list)
    skeletons = [skeleton(s) for s in spellings]
    for i, spelling in enumerate(spellings):
        preferred = style.lookup(spelling) if style else None
        if preferred:
            found.union(i, by_preferred.setdefault(preferred, i))
        buckets[consonants(skeletons[i])[:1]].append(i)
    for members in buckets.values():
        if len(members) < 2:
            continue
        scores = process.cdist([skeletons[i] for i in members], [skeletons[i] for i in members], scorer=fuzz.ratio,
                               score_cutoff=CANDIDATE_SCORE, dtype=np.uint8)
        for a, b in zip(*np.nonzero(np.triu(scores, k=1))):
            i, j = members[a], members[b]
            if found.find(i) != found.find(j) and same_name(spellings[i], spellings[j], style) \
                    and not _ordinary_words_apart(spellings[i], spellings[j], lower_stems):
                found.union(i, j)
    return [found.find(i) for i in range(len(spellings))]


GIVEN_NAME_SURNAME_SCORE = 75   # surnames of one full given name, one a misspelling of the other: "Kurtz" / "Kurz" 89


def _joined_by_given_names(keyed: list, cluster_of: dict[str, int], style: HouseStyle | None,
                           lower_stems: set[str] = frozenset()) -> dict[str, int]:
    """Clusters joined where one given name stands before two surnames that are one spelt two ways beyond what a
    transliteration allows ("George Kurtz" / "George Kurz", "Khalifa Haftar" / "Khalifa Hifter"): the full given
    name is the evidence a look-alike surname alone is not. The house style keeps its own entries apart."""
    surnames_of: dict[tuple[str, ...], set[str]] = defaultdict(set)
    # a given name the story never writes in lower case is a person's ("Margaret", not "Returning")
    persons = {one_given_name(given[-1]) for _, tokens, given, _ in keyed
               if given and given[-1] not in COMMON and given[-1] not in TITLES and stem(given[-1]) not in lower_stems}
    for _, tokens, given, spelling in keyed:
        # keyed by the given name nearest the surname: the words before it may be a title the scan kept ("Federal
        # Returning Officer Ruth Brand" / "Ruth Brandt")
        if len(tokens) == 1 and given and len(given[-1]) > 2:
            # "Mike" as "Michael"; a letter doubled or not ("Glenn" / "Glen") is one given name
            surnames_of[(one_given_name(given[-1]),)].add(spelling)
    joined = dict(cluster_of)
    for given, surnames in surnames_of.items():
        ordered = sorted(surnames)
        for i, a in enumerate(ordered):
            for b in ordered[i + 1:]:
                fa, fb = fold(a), fold(b)
                person = given[0] in persons
                if joined[a] == joined[b] or (style and style.lookup(a) and style.lookup(b)) or fa[:1] != fb[:1] \
                        or another_form(fa, fb) and not (person and (letter_added(given, fa, fb)
                                                                     or _ending_added(fa, fb))):
                    continue                   # "Officer" / "Officers": another word; "Hodge" / "Hodges": misspelt
                if consonants(skeleton(a)) == consonants(skeleton(b)) or \
                        fuzz.ratio(fa, fb) >= GIVEN_NAME_SURNAME_SCORE or two_letters_on(fa, fb) \
                        or person and ending_changed(fa, fb):
                    old, new = joined[b], joined[a]
                    joined = {k: new if v == old else v for k, v in joined.items()}
    return joined


PERSON_SURNAME = 5     # letters of a surname a person's full given name vouches for, spelt on with an ending


def _ending_added(a: str, b: str) -> bool:
    """A person's surname with an ending more ("Magnus" / "Magnuson"): with one given name before both, one man;
    not a country's name and its people's ("Saudi Arabia" / "Saudi Arabian", "Sierra Leone" / "Leonean")."""
    short, long = sorted((a, b), key=len)
    return len(short) >= PERSON_SURNAME and long.startswith(short) and len(long) - len(short) <= 3 \
        and short not in _COUNTRY_WORDS


_COUNTRY_WORDS = frozenset(w for country in COUNTRIES for w in country.split())


def _given_agree(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """Given names agree when the ones both write match, nearest the surname first; a missing one agrees; so do
    the same letters spaced two ways ("Ram Chandra" / "Ramchandra", "da Silva" / "Dasilva")."""
    if "".join(a).replace(" ", "") == "".join(b).replace(" ", ""):
        return True
    short, long = sorted((a, b), key=len)
    if short and len(short) < len(long) and len(short[0]) > 1 and long[:len(short)] == short:
        return True                 # "Gavriel Noach Holtzberg" / "Gavriel Holzberg": a middle name left out
    whole = tuple(w for w in a if len(w) > 1), tuple(w for w in b if len(w) > 1)
    if all(whole) and whole != (a, b):
        a, b = whole                # "Randall L. McCloy" / "Randal McCloy": a middle initial left out
    for x, y in zip(reversed(a), reversed(b)):
        if x != y and not (len(x) == 1 or len(y) == 1) and not spelt_alike(x, y) and not _given_variant(x, y) \
                and not nickname_of(x, y):
            return False
        if (len(x) == 1 or len(y) == 1) and x[0] != y[0]:
            return False
    return True


def _given_variant(x: str, y: str) -> bool:
    """A longer given name spelt two ways beyond a letter or two, its first four letters alike ("Vivian" / "Vivienne",
    "Adrian" / "Adrienne"): one person's name misspelt, as "Daniel" / "Danielle" is (Heydar and Ilham stay two)."""
    x, y = fold(x), fold(y)
    return min(len(x), len(y)) >= 6 and x[:4] == y[:4] and Levenshtein.distance(x, y) <= 3


def _given_spelt_apart(members: list) -> bool:
    """Whether one person's given names are spelt with other letters somewhere (initials aside)."""
    # ("Randall L. McCloy" / "Randal McCloy": the initials aside, the given names are set side by side)
    seen = sorted({tuple(w for w in member[2] if len(w) > 1) for member in members if member[2]})
    for i, a in enumerate(seen):
        for b in seen[i + 1:]:
            # "Josh" / "Joshua Shapiro": a short form is no other spelling
            if any(x != y and not nickname_of(x, y) for x, y in zip(reversed(a), reversed(b))):
                return True
    return False


def _split_by_given_names(members: list[tuple[NameMention, list[NameToken], tuple[str, ...], str]]) -> list[list]:
    """Heydar Aliyev and Ilham Aliyev are two people; a bare 'Aliyev' goes with the one its source names."""
    given_sets: list[tuple[str, ...]] = []
    for member in members:
        given = member[2]
        if given and not any(_given_agree(given, g) for g in given_sets):
            given_sets.append(given)
    if len(given_sets) <= 1:
        return [members]
    people: list[list] = [[] for _ in given_sets]
    bare = []
    by_source: dict[int, set[int]] = defaultdict(set)
    for member in members:
        if member[2]:
            person = next(i for i, g in enumerate(given_sets) if _given_agree(member[2], g))
            people[person].append(member)
            by_source[member[0].source].add(person)
        else:
            bare.append(member)
    most_named = max(range(len(people)), key=lambda i: len(people[i]))
    for member in bare:
        named_here = by_source.get(member[0].source, set())
        people[next(iter(named_here)) if len(named_here) == 1 else most_named].append(member)
    return people


def name_groups(sources: list[Source], style: HouseStyle | None = None, all_groups: bool = False,
                scans: list | None = None) -> pd.DataFrame:
    """One row per (group, variant, source); by default only names spelled more than one way.
    scans: each source's NameScan, when the sources were scanned already."""
    mentions, lower_stems = find_names(sources, scans)
    keyed = []
    decided: dict[tuple[str, ...], tuple[bool, tuple[str, ...]]] = {}   # a story writes each name many times
    words_of = [tuple(t.text for t in mention.tokens) for mention in mentions]
    for words in words_of:
        if words not in decided:
            decided[words] = _surname_and_given(words, lower_stems)
    _people_by_given_names(decided)
    kinds = _kinds_after_names(mentions, sources)
    shapes: dict[tuple[str, ...], tuple[slice, tuple[str, ...], str]] = {}   # words -> what of them is compared
    for mention, words in zip(mentions, words_of):
        shape = shapes.get(words)
        if shape is None:
            surname, given = decided[words]
            part = slice(-1, None) if surname else slice(None)
            if not surname and len(words) > 1 and fold(words[-1]) in kinds:
                # "Tinmal Mosque" is spelt as "Tinmal" where another has "the Tinmel mosque"
                part = slice(None, -1)
            shape = shapes[words] = (part, given, " ".join(words[part]))
        part, given, spelt = shape
        keyed.append((mention, mention.tokens[part], given, spelt))
    spellings = sorted({member[3] for member in keyed})
    cluster_of = _joined_by_given_names(keyed, dict(zip(spellings, cluster_spellings(spellings, style, lower_stems))),
                                        style, lower_stems)
    clusters: dict[int, list] = defaultdict(list)
    for member in keyed:
        clusters[cluster_of[member[3]]].append(member)
    rows, used_ids = [], set()
    for members in clusters.values():
        for person in _split_by_given_names(members):
            rows.extend(_group_rows(person, sources, style, used_ids, all_groups))
    frame = pd.DataFrame(rows, columns=NAME_COLUMNS)
    return frame.sort_values(["group", "variant", "source"], kind="stable").reset_index(drop=True)


def _group_rows(members: list, sources: list[Source], style: HouseStyle | None, used_ids: set[str],
                all_groups: bool) -> list[dict]:
    if len({fold(member[3]) for member in members}) < 2 and _given_spelt_apart(members):
        # One surname (case aside), given names spelt with other letters (Nicolas / Nicholas Roos): the full names
        # are the spellings to compare; a bare surname says nothing of the given names and is left out.
        members = [(mention, mention.tokens, given, _spelling(mention.tokens))
                   for mention, _, given, _ in members if given]
    uses: dict[tuple[str, int], list[NameToken]] = {}  # (variant, source) -> tokens of its first use
    spans: dict[tuple[str, int], list[tuple[int, int]]] = defaultdict(list)
    counts: Counter = Counter()
    for mention, tokens, _, variant in members:
        counts[(variant, mention.source)] += 1
        uses.setdefault((variant, mention.source), tokens)
        spans[(variant, mention.source)].append((tokens[0].start, tokens[-1].end))
    variants = list(dict.fromkeys(v for v, _ in uses))
    if len(variants) < 2 and not all_groups:
        return []
    # the house style's own aliases ("Turkey" / "Türkiye") are one name however many sources write both
    apart = _written_together(uses) if len(variants) > 1 and not (style and style.lookup(variants[0])) else set()
    if apart:
        # two sources each writing both ("Mayor Trent Conaway" and "Conway, Pennsylvania"): two names, not one
        # spelt two ways; each variant goes with the first names it is not kept apart from
        names: list[list[str]] = []
        for variant in variants:
            home = next((n for n in names if not any(frozenset((fold(variant), fold(v))) in apart for v in n)), None)
            if home is None:
                names.append([variant])
            else:
                home.append(variant)
        return [row for name in names for row in _group_rows(
            [m for m in members if m[3] in name], sources, style, used_ids, all_groups)]
    from_style = next((style.lookup(v) for v in variants if style and style.lookup(v)), None)
    if from_style:
        preferred = from_style
    else:
        # most sources, then most mentions, then first seen
        sources_using = Counter(v for v, _ in uses)
        mentions_of: Counter = Counter()
        for (v, _), c in counts.items():
            mentions_of[v] += c
        preferred = max(variants, key=lambda v: (sources_using[v], mentions_of[v], -variants.index(v)))
    given = Counter(member[2] for member in members if member[2])
    group_id = fold(preferred.replace(". ", "."))  # "U. S." -> "us"
    if group_id in used_ids and given:
        group_id = f"{group_id} ({' '.join(given.most_common(1)[0][0])})"
    while group_id in used_ids:
        group_id += "+"
    used_ids.add(group_id)
    spellings_in = Counter(source for (_, source) in uses)
    status = "variance" if len(variants) > 1 else "agree"
    person = bool(given) or _titled(members, sources)
    rows = []
    for (variant, source_index), tokens in uses.items():
        source = sources[source_index]
        rows.append({"group": group_id, "preferred": preferred, "variant": variant, "source": source.label,
                     "path": source.path, "count": counts[(variant, source_index)], "start": tokens[0].start,
                     "end": tokens[-1].end, "status": status, "mixed": spellings_in[source_index] > 1,
                     "suggestion": preferred, "house_style": bool(from_style),
                     "person": person,
                     "uses": spans[(variant, source_index)]})
    return rows


TWO_NAMES_SOURCES = 2   # sources writing both spellings that make them two names


def _written_together(uses: dict[tuple[str, int], list]) -> set[frozenset[str]]:
    """The pairs of variants (folded) some source writes both of, where TWO_NAMES_SOURCES sources or more write
    two names of the group: one source writing two may have misspelt one, two have not. Case aside ("KIEV" /
    "Kiev" is one spelling)."""
    by_source: dict[int, set[str]] = defaultdict(set)
    for variant, source in uses:
        by_source[source].add(fold(variant))
    if sum(len(written) > 1 for written in by_source.values()) < TWO_NAMES_SOURCES:
        return set()
    # "Prosecutor Nicolas Roos" and "Nicolas Roos" are one name, titled once
    return {frozenset((a, b)) for written in by_source.values() for a in written for b in written
            if not set(a.split()) <= set(b.split()) and not set(b.split()) <= set(a.split())}


# "General Waker-Uz-Zaman", "his son Suleman, 19": a title, a kinship word or an age beside a name makes it a
# person's, whose one spelling two sources cannot both have
_KIN = frozenset("son daughter wife husband brother sister father mother widow nephew niece".split())
_WORD_BEFORE = regex.compile(r"(?r)(\p{L}+)\.?[ 	]+\Z")   # (?r): searched from the end, where it is anchored
_AGE_AFTER = regex.compile(r",[ 	]+\d{1,3},")


TITLED_LOOKS = 50       # mentions looked at: a person's title or age is beside most of them


def _titled(members: list, sources: list[Source]) -> bool:
    for mention, tokens, _, _ in members[:TITLED_LOOKS]:
        text = sources[mention.source].text
        start, end = tokens[0].start, tokens[-1].end
        before = _WORD_BEFORE.search(text, max(0, start - 30), start)
        if before and (fold(before.group(1)) in TITLES or fold(before.group(1)) in _KIN) \
                or _AGE_AFTER.match(text, end):
            return True
    return False
