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

import unicodedata
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import numpy as np
import pandas as pd
import regex
from pydantic import BaseModel, ConfigDict, ValidationError, field_validator
from rapidfuzz import fuzz, process

from .errors import InputError
from .yamlfile import line_of, read_yaml
from .sources import Source
from .text import split_sentences

STOCK_HOUSE_STYLE = Path(__file__).resolve().parent.parent / "rules" / "names.yaml"
NAME_COLUMNS = ["group", "preferred", "variant", "source", "path", "count", "start", "end", "status", "mixed",
                "suggestion", "house_style"]

# --- folding and the transliteration skeleton ------------------------------------------------------------------

# Letters NFKD leaves alone but transliteration drops (Turkish dotless i, Polish l, Nordic o).
_EXTRA_FOLDS = str.maketrans({"ı": "i", "ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "đ": "d", "Đ": "D", "ß": "ss",
                              "æ": "ae", "Æ": "AE", "œ": "oe", "Œ": "OE", "’": "'", "ʼ": "'"})
_NOT_NAME_CHARS = regex.compile(r"[^\p{L}\p{N}\s-]")


@lru_cache(maxsize=1 << 18)  # a story repeats its words: fold each spelling once
def fold(name: str) -> str:
    """Lower case without diacritics or dots: 'Erdoğan' -> 'erdogan', 'U.S.' -> 'us'."""
    text = unicodedata.normalize("NFKD", name.translate(_EXTRA_FOLDS))
    text = "".join(c for c in text if not unicodedata.combining(c))
    return " ".join(_NOT_NAME_CHARS.sub("", text).lower().split())


def _compact(folded: str) -> str:
    return folded.replace(" ", "").replace("-", "")


# Spellings one source language writes for one sound of another, mapped to one letter.
# Order matters: "tch" before "ch", "kh" before the lone h.
_SKELETON_STEPS = [(regex.compile(p), r) for p, r in [
    (r"tch", "ch"), (r"sch", "sh"), (r"ck", "k"), (r"ph", "f"), (r"q", "k"), (r"x", "ks"), (r"w", "v"),
    (r"ff$", "v"),                      # Romanoff / Romanov
    (r"c(?=[eiy])", "s"), (r"c(?!h)", "k"),
    (r"kh", "h"), (r"gh", "g"), (r"dh", "d"), (r"th", "t"),
    (r"^g", "k"),                       # Gaddafi / Kaddafi / Qaddafi
    (r"ou", "u"), (r"oo", "u"), (r"[jy]", "i"),
    (r"(.)\1+", r"\1"),                 # Assad / Asad, Zelenskyy / Zelensky
]]
_VOWELS = regex.compile(r"[aeiou]")


def skeleton(name: str) -> str:
    """A spelling with transliteration choices normalised: Pashinian, Pashinyan -> 'pashinian'."""
    text = _compact(fold(name)).replace("'", "")
    for pattern, replacement in _SKELETON_STEPS:
        text = pattern.sub(replacement, text)
    return text


def _consonants(skel: str) -> str:
    """First letter (any vowel as 'a': Osama / Usama) and the consonants: vowels are where spellings differ most."""
    if not skel:
        return ""
    head = "a" if skel[0] in "aeiou" else skel[0]
    return head + _VOWELS.sub("", skel[1:])  # not collapsed again: Pashinian (pshnn) is not Pashayan (pshn)


# Endings that make another word from a name: a demonym (Armenian, Azerbaijani, Chinese),
# a country (Nigeria), a plural (Armenians) or a feminine surname (Aliyeva, Ivanova, Zelenska).
_DERIVED_ENDINGS = frozenset("s es n ns an ans ian ians i is ese ish a ia ova eva ina ska aya".split())
# First words that make another place: South Sudan is not Sudan.
QUALIFIERS = frozenset("""north south east west northern southern eastern western central upper lower new
    great greater little old equatorial""".split())

# Tuned on tests/test_names.py::NAME_PAIRS: vowel-only differences are transliteration when the names are not
# too short (Mohammed / Muhammad scores 71, Gaza / Giza and Paris / Peres must stay apart); other differences
# only when nearly the whole name agrees at the same length (Pashinyan / Pachinian 89, Austria / Australia 88
# with two letters more stays apart).
MIN_FUZZY_LENGTH = 5
VOWEL_ONLY_SCORE = 70
CLOSE_SCORE = 85
CLOSE_MIN_LENGTH = 7
# Blocking: pairs scoring below this on skeletons are never looked at closely.
CANDIDATE_SCORE = 60


def _derived(short: str, long: str) -> bool:
    """True when `long` is `short` plus a word-forming ending (Russia -> Russian)."""
    if len(short) > len(long):
        short, long = long, short
    for stem in {short, short.rstrip("aeiouy")}:
        if len(stem) >= 3 and long.startswith(stem) and long[len(stem):] in _DERIVED_ENDINGS:
            return True
    return False


def _qualified_apart(a: str, b: str) -> bool:
    """South Sudan / Sudan, North Korea / South Korea: the qualifier words differ."""
    return {w for w in a.split() if w in QUALIFIERS} != {w for w in b.split() if w in QUALIFIERS}


def same_name(a: str, b: str, style: "HouseStyle | None" = None) -> bool:
    """Whether two written names are spellings of one name (the decision the pair table tests)."""
    fa, fb = fold(a), fold(b)
    if style is not None:
        pa, pb = style.lookup(a), style.lookup(b)
        if pa and pb:
            return pa == pb  # the editor's list decides, both ways
    if _compact(fa) == _compact(fb):
        return True
    if _qualified_apart(fa, fb):
        return False
    sa, sb = skeleton(a), skeleton(b)
    if sa == sb:
        return True
    if _derived(_compact(fa), _compact(fb)) or _derived(sa, sb):
        return False
    if min(len(sa), len(sb)) < MIN_FUZZY_LENGTH or _consonants(sa)[:1] != _consonants(sb)[:1]:
        return False
    score = fuzz.ratio(sa, sb)
    # Vowels may differ, but not at the very end, where endings make other words (Turkey / Türkiye is an alias
    # for the house style to declare, not a spelling).
    if _consonants(sa) == _consonants(sb) and sa[-1] == sb[-1] and score >= VOWEL_ONLY_SCORE:
        return True
    return score >= CLOSE_SCORE and min(len(sa), len(sb)) >= CLOSE_MIN_LENGTH and abs(len(sa) - len(sb)) <= 1


# --- the house style --------------------------------------------------------------------------------------------

@dataclass(frozen=True)
class HouseStyle:
    """The editor's list: each variant (and each preferred spelling), folded by style_key -> the preferred spelling."""

    preferred: dict[str, str] = field(default_factory=dict)
    path: str | None = None

    def lookup(self, name: str) -> str | None:
        return self.preferred.get(style_key(name))


def style_key(name: str) -> str:
    """The house style matches without case, accents, spaces or hyphens: al-Qaeda = Al Qaeda."""
    return _compact(fold(name))


class _NameEntry(BaseModel):
    model_config = ConfigDict(extra="forbid")
    preferred: str
    variants: list[str] = []  # a preferred spelling alone keeps a look-alike name apart

    @field_validator("preferred")
    @classmethod
    def _not_blank(cls, value: str) -> str:
        if not fold(value):
            raise ValueError("an empty name; write the preferred spelling")
        return value.strip()

    @field_validator("variants")
    @classmethod
    def _no_blank_variant(cls, values: list[str]) -> list[str]:
        for value in values:
            if not fold(str(value)):
                raise ValueError("an empty variant; remove it or write the spelling")
        return [str(v).strip() for v in values]


class _HouseStyleFile(BaseModel):
    model_config = ConfigDict(extra="forbid")
    names: list[_NameEntry] = []

    @field_validator("names", mode="before")
    @classmethod
    def _none_is_empty(cls, value):
        return [] if value is None else value  # "names:" with nothing under it yet


def _explain(error: dict) -> str:
    loc, kind = error["loc"], error["type"]
    if kind == "extra_forbidden":
        allowed = "names" if len(loc) == 1 else "preferred, variants"
        return f"unknown key '{loc[-1]}'; allowed keys: {allowed}"
    if kind == "missing":
        return f"missing '{loc[-1]}'; each entry needs 'preferred:' (and usually 'variants:')"
    if kind in ("model_type", "dict_type") and len(loc) == 2:
        return "an empty entry; write 'preferred:' and 'variants:' under the dash"
    return f"{'.'.join(map(str, loc))}: {error['msg'].removeprefix('Value error, ')}"


def load_house_style(path: Path | None) -> HouseStyle:
    """The house-style list; None or a missing file gives an empty style."""
    if path is None or not Path(path).exists():
        return HouseStyle()
    path = Path(path)
    data, root = read_yaml(path, "names file")
    if data is None:
        return HouseStyle(path=str(path))
    if not isinstance(data, dict):
        raise InputError("a names file must be a mapping with a 'names:' list", path, 1)
    try:
        parsed = _HouseStyleFile.model_validate(data)
    except ValidationError as exc:
        first = exc.errors()[0]
        raise InputError(_explain(first), path, line_of(root, first["loc"])) from None
    preferred: dict[str, str] = {}
    owner: dict[str, int] = {}
    for index, entry in enumerate(parsed.names):
        spellings = [("preferred", None, entry.preferred)] + [("variants", j, v) for j, v in enumerate(entry.variants)]
        for key, position, spelling in spellings:
            folded = style_key(spelling)
            if owner.get(folded, index) != index:
                loc = ("names", index, key) + ((position,) if position is not None else ())
                raise InputError(f"'{spelling}' is listed twice (also under '{parsed.names[owner[folded]].preferred}');"
                                 " keep it in one entry", path, line_of(root, loc))
            owner[folded] = index
            preferred[folded] = entry.preferred
    return HouseStyle(preferred, str(path))


# --- finding names in text --------------------------------------------------------------------------------------

# Lower-case parts of names: "al-Qaida", "Osama bin Laden", "Ursula von der Leyen".
_HYPHEN_PARTICLES = "al el ad ash as at an ar ath az".split()
_PARTICLES = frozenset("bin ibn ben van von der den de del della di du dos das al".split())
_NAME_TOKEN = regex.compile(
    r"(?P<acronym>\p{Lu}\.(?:[ ]?\p{Lu}\.)+)"                                  # U.S., U. S.
    r"|\b(?P<word>(?:(?:" + "|".join(_HYPHEN_PARTICLES) + r")-)?\p{Lu}[\p{L}\p{M}]*(?:['’\-][\p{L}\p{M}]+)*)"
    r"|\b(?P<particle>" + "|".join(sorted(_PARTICLES)) + r")\b")
_LOWER_WORD = regex.compile(r"\b\p{Ll}[\p{L}\p{M}]*(?:-[\p{L}\p{M}]+)*")
_LETTER = regex.compile(r"\p{L}")
# Link targets and addresses are not text: blanked (same length, so offsets hold).
_NOT_TEXT = regex.compile(r"\]\([^)\s]*\)|<?(?:https?://|www\.)\S+")
_EMAIL = regex.compile(r"(?<![\w.+-])[\w.+-]+@[\w-]+\.[\w.]+")
# A hyphen then lower-case words to the end, the first of three letters or more ("-brokered", not "Jong-un").
_COMPOUND_TAIL = regex.compile(r"-\p{Ll}{3,}(?:-\p{Ll}+)*$")
_MARKUP = "*_#>[]` \t"
_STARTERS = set("\"“‘«„(:")  # after these a capital letter starts a phrase, not a name

TITLES = frozenset("""president presidents prime minister ministers premier chancellor mr mrs ms mm messrs dr prof
    sir dame lord lady king queen prince princess sheikh emir sultan ayatollah pope cardinal bishop rev general gen
    lt col colonel major maj captain capt commander cmdr admiral adm sergeant sgt governor gov mayor senator sen rep
    representative congressman congresswoman speaker secretary chairman chairwoman chair chief deputy vice foreign
    defence defense interior finance justice judge ambassador envoy spokesman spokeswoman spokesperson director
    ceo crown supreme attorney""".split())
_CALENDAR = frozenset("""monday tuesday wednesday thursday friday saturday sunday january february march april may
    june july august september october november december jan feb mar apr jun jul aug sep sept oct nov dec""".split())
# Function words are never names, wherever capitalised ("The Hague" is Hague enough).
FUNCTION_WORDS = frozenset("""a about above across after again against ago ahead all almost along already also
    although always among an and another any are around as at back be because been before behind being below
    between both but by can could did do does down during each either else even ever every few for from further had
    has have he her here hers him his how however i if in into is it its just last later least less like many me
    meanwhile might more most much must my neither never next no nor not now of off often on once only or other
    others our out over own per perhaps rather same several she should since so some still such than that the
    their them then there these they this those though through thus to today together too toward towards under
    until up upon us very was we were what when where whether which while who whom whose why will with within
    without would yet you your yesterday tomorrow tonight according instead despite""".split())
# Words that begin sentences, headlines and page furniture: capitalised there they are not names unless the
# story also capitalises them mid-sentence ("Fox News", "Washington Post").
START_WORDS = frozenset("""follow following leave reply comment comments subscribe support share read related posts
    post tags tag photo photos video image images says said say tells told asks asked adds added calls called warns
    warned urges urged vows vowed sees seen meets met holds held makes made takes took gives gave gets got goes went
    comes came wants wanted plans breaking update updated exclusive analysis opinion editorial news report reports
    live watch original url source sources date email name website one""".split())
COMMON = FUNCTION_WORDS | START_WORDS

_STEM_ENDINGS = regex.compile(r"(?:ing|ed|es|s|d)$")


@lru_cache(maxsize=1 << 18)
def _stem(word: str) -> str:
    return _STEM_ENDINGS.sub("", word) if len(word) > 4 else word


@dataclass
class _Token:
    text: str
    start: int
    end: int
    at_start: bool      # first word of a sentence, a headline word, or just after a quote mark / colon
    possessive: bool
    in_heading: bool = False


@dataclass
class _Mention:
    source: int
    tokens: list[_Token]


def _blank(match: regex.Match) -> str:
    return " " * len(match.group())


def _scan(text: str, mid_caps: set[str], lower_stems: set[str]) -> list[list[_Token]]:
    """Capitalised runs of one text; fills the story-wide evidence sets as it goes.

    Lower-case words are only collected (one C-level findall); the Python loop sees capitalised words only.
    """
    masked = _NOT_TEXT.sub(_blank, text)
    if "@" in masked:
        masked = _EMAIL.sub(_blank, masked)
    for word in set(_LOWER_WORD.findall(masked)):
        for part in word.split("-"):
            lower_stems.add(_stem(fold(part)))
    sentences = split_sentences(masked)
    runs: list[list[_Token]] = []
    run: list[_Token] = []
    sentence_index = 0
    previous_end = 0
    for match in _NAME_TOKEN.finditer(masked):
        start, end, word = match.start(), match.end(), match.group()
        while sentence_index < len(sentences) and sentences[sentence_index].end <= start:
            sentence_index += 1
        sentence = sentences[sentence_index] if sentence_index < len(sentences) else None
        gap = masked[previous_end:start]
        previous_end = end
        joined = bool(run) and not run[-1].possessive and (gap == " " or (gap.strip(" \t") == "" and "\n" not in gap))
        if match.group("particle"):
            if joined:
                run.append(_Token(word, start, end, False, False))  # "bin" in "Osama bin Laden", kept if a name follows
            continue
        possessive = word.endswith(("'s", "’s")) and len(word) > 3
        if possessive:
            word, end = word[:-2], end - 2
        compound = _COMPOUND_TAIL.search(word)
        if compound:  # "Moscow-brokered", "Russian-backed": the name is the part before the hyphen
            for part in compound.group().lower().split("-"):
                lower_stems.add(_stem(part))
            word, end = word[:compound.start()], start + compound.start()
        in_sentence = sentence is not None and sentence.start <= start
        first_in_sentence = in_sentence and not _LETTER.search(masked, sentence.start, start)
        before = masked[max(0, start - 8):start].rstrip(_MARKUP)[-1:]
        in_heading = in_sentence and sentence.is_heading
        at_start = first_in_sentence or in_heading or before in _STARTERS
        if not at_start and not match.group("acronym"):
            mid_caps.add(fold(word))
        token = _Token(word, start, end, at_start, possessive, in_heading)
        if not joined and run:
            runs.append(run)
            run = []
        run.append(token)
    if run:
        runs.append(run)
    return runs


def _is_name_word(token: _Token, mid_caps: set[str], lower_stems: set[str]) -> bool:
    folded = fold(token.text)
    if folded in TITLES or folded in _CALENDAR or len(_compact(folded)) < 2 or not folded[:1].isalpha():
        return False
    if folded in _PARTICLES:
        return True
    if token.text.isupper():
        return True  # an acronym: US is not "us"
    if folded in FUNCTION_WORDS:
        return False
    if token.in_heading:  # Title Case Capitalises Every Word: only names the body capitalises too
        return folded in mid_caps and folded not in START_WORDS
    if token.at_start:
        # At a sentence start capitals prove nothing: a name there must be capitalised mid-sentence too,
        # or be a word the story never writes in lower case (and not "Speaking", "Required").
        if folded in START_WORDS:
            return False
        return folded in mid_caps or not (_stem(folded) in lower_stems or folded in lower_stems
                                          or folded.endswith(("ing", "ed", "ly")))
    return True


def _names_in_run(run: list[_Token], mid_caps: set[str], lower_stems: set[str]) -> list[list[_Token]]:
    """Split a run at the words that are not names ("Russian President Vladimir Putin" -> Russian | Vladimir Putin)."""
    names, current = [], []
    for token in run:
        if _is_name_word(token, mid_caps, lower_stems):
            current.append(token)
            continue
        if current:
            names.append(current)
        current = []
    if current:
        names.append(current)
    cleaned = []
    for name in names:
        while name and name[0].text in _PARTICLES:  # lower case only: "Al Qaeda" keeps its "Al"
            name = name[1:]
        while name and name[-1].text in _PARTICLES:
            name = name[:-1]
        if name:
            cleaned.append(name)
    return cleaned


def find_names(sources: list[Source]) -> tuple[list[_Mention], set[str]]:
    """Every name mention of every source (each text read once), and the story's lower-case word stems."""
    mid_caps: set[str] = set()
    lower_stems: set[str] = set()
    runs_by_source = [(i, _scan(s.text, mid_caps, lower_stems)) for i, s in enumerate(sources)]
    mentions = [_Mention(index, tokens) for index, runs in runs_by_source for run in runs
                for tokens in _names_in_run(run, mid_caps, lower_stems)]
    return mentions, lower_stems


# --- keys and groups --------------------------------------------------------------------------------------------

def _key_tokens(mention: _Mention, lower_stems: set[str]) -> tuple[list[_Token], tuple[str, ...]]:
    """The tokens that carry the spelling, and the given names in front of them (folded).

    A person is grouped on the surname; a name ending in a word the story also writes in lower case
    ("Second Karabakh War", "Black Sea") or holding a qualifier ("South Sudan") is kept whole.
    """
    tokens = mention.tokens
    last = fold(tokens[-1].text)
    person_like = (len(tokens) >= 2 and len(last) >= 3 and last not in COMMON and _stem(last) not in lower_stems
                   and not regex.search(r"-\p{Ll}", tokens[-1].text)
                   and not any(fold(t.text) in QUALIFIERS for t in tokens))
    if person_like:
        return [tokens[-1]], tuple(fold(t.text) for t in tokens[:-1] if fold(t.text) not in _PARTICLES)
    return tokens, ()


def _spelling(tokens: list[_Token]) -> str:
    return " ".join(t.text for t in tokens)


class _UnionFind:
    def __init__(self, n: int):
        self.parent = list(range(n))

    def find(self, i: int) -> int:
        while self.parent[i] != i:
            self.parent[i] = self.parent[self.parent[i]]
            i = self.parent[i]
        return i

    def union(self, a: int, b: int) -> None:
        self.parent[self.find(a)] = self.find(b)


def cluster_spellings(spellings: list[str], style: HouseStyle | None = None) -> list[int]:
    """A cluster number for each spelling; fuzzy matching only within a first-letter bucket."""
    found = _UnionFind(len(spellings))
    by_preferred: dict[str, int] = {}
    buckets: dict[str, list[int]] = defaultdict(list)
    skeletons = [skeleton(s) for s in spellings]
    for i, spelling in enumerate(spellings):
        preferred = style.lookup(spelling) if style else None
        if preferred:
            found.union(i, by_preferred.setdefault(preferred, i))
        buckets[_consonants(skeletons[i])[:1]].append(i)
    for members in buckets.values():
        if len(members) < 2:
            continue
        scores = process.cdist([skeletons[i] for i in members], [skeletons[i] for i in members], scorer=fuzz.ratio,
                               score_cutoff=CANDIDATE_SCORE, dtype=np.uint8)
        for a, b in zip(*np.nonzero(np.triu(scores, k=1))):
            i, j = members[a], members[b]
            if found.find(i) != found.find(j) and same_name(spellings[i], spellings[j], style):
                found.union(i, j)
    return [found.find(i) for i in range(len(spellings))]


def _given_agree(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """Given names agree when the ones both write match, nearest the surname first; a missing one agrees."""
    for x, y in zip(reversed(a), reversed(b)):
        if x != y and not (len(x) == 1 or len(y) == 1) and not same_name(x, y):
            return False
        if (len(x) == 1 or len(y) == 1) and x[0] != y[0]:
            return False
    return True


def _split_by_given_names(members: list[tuple[_Mention, list[_Token], tuple[str, ...], str]]) -> list[list]:
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


def name_groups(sources: list[Source], style: HouseStyle | None = None, all_groups: bool = False) -> pd.DataFrame:
    """One row per (group, variant, source); by default only names spelled more than one way."""
    mentions, lower_stems = find_names(sources)
    keyed = []
    for mention in mentions:
        tokens, given = _key_tokens(mention, lower_stems)
        keyed.append((mention, tokens, given, _spelling(tokens)))
    spellings = sorted({member[3] for member in keyed})
    cluster_of = dict(zip(spellings, cluster_spellings(spellings, style)))
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
    uses: dict[tuple[str, int], list[_Token]] = {}  # (variant, source) -> tokens of its first use
    counts: Counter = Counter()
    for mention, tokens, _, variant in members:
        counts[(variant, mention.source)] += 1
        uses.setdefault((variant, mention.source), tokens)
    variants = list(dict.fromkeys(v for v, _ in uses))
    if len(variants) < 2 and not all_groups:
        return []
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
    rows = []
    for (variant, source_index), tokens in uses.items():
        source = sources[source_index]
        rows.append({"group": group_id, "preferred": preferred, "variant": variant, "source": source.label,
                     "path": source.path, "count": counts[(variant, source_index)], "start": tokens[0].start,
                     "end": tokens[-1].end, "status": status, "mixed": spellings_in[source_index] > 1,
                     "suggestion": preferred, "house_style": bool(from_style)})
    return rows
