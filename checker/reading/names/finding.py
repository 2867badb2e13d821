"""Finding proper names in text: capitalised runs, with care for sentence starts, titles and markup."""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import regex

from checker.reading.text import split_sentences
from checker.reading.names.spelling import _compact, fold


# --- finding names in text --------------------------------------------------------------------------------------

# Lower-case parts of names: "al-Qaida", "Osama bin Laden", "Ursula von der Leyen".
_HYPHEN_PARTICLES = "al el ad ash as at an ar ath az".split()
PARTICLES = frozenset("bin ibn ben van von der den de del della di da du dos das al".split())
_NAME_TOKEN = regex.compile(
    r"(?P<acronym>\p{Lu}\.(?:[ ]?\p{Lu}\.)+)"                                  # U.S., U. S.
    r"|\b(?P<word>(?:(?:" + "|".join(_HYPHEN_PARTICLES) + r")-)?\p{Lu}[\p{L}\p{M}]*(?:['’\-][\p{L}\p{M}]+)*)"
    r"|\b(?P<particle>" + "|".join(sorted(PARTICLES)) + r")\b")
_LOWER_WORD = regex.compile(r"\b\p{Ll}[\p{L}\p{M}]*(?:-[\p{L}\p{M}]+)*")
_LETTER = regex.compile(r"\p{L}")
# Link targets and addresses are not text: blanked (same length, so offsets hold).
_NOT_TEXT = regex.compile(r"\]\([^)\s]*\)|<?(?:https?://|www\.)\S+")
_EMAIL = regex.compile(r"(?<![\w.+-])[\w.+-]+@[\w-]+\.[\w.]+")
# A hyphen then lower-case words to the end, the first of three letters or more ("-brokered", not "Jong-un").
_COMPOUND_TAIL = regex.compile(r"-\p{Ll}{3,}(?:-\p{Ll}+)*$")
# A short capitalised part and a short lower-case one that is no English word ending: a romanised given name
# ("Sang-mok", "Hee-keun", "Jae-myung"), where "Paris-based", "US-led", "Trump-era" are compounds
_NAME_SYLLABLE = regex.compile(
    r"(?!(?:Non|Mid|Ex|Vice|Pre|Post|Anti|Pro|Co|Re|Self|Half|All|Well|Top|Low|High|Far|Near|Over|Under|Out|Up|"
    r"Down|Off|On|In|Full|Part|Semi|Multi|Cross|Long|Short|Old|New|One|Two|Three|Four|Five|Ten|First|Last|Late|"
    r"Early|Year|Day|Step|Great|Grand|Cut|Set|Lock|Walk|Sit|Drop|Run|Break|Hand|Head|Back|Side|Free|Make|Take|"
    r"Left|Right|Red|Blue|Green|Black|White|Hot|Cold)-)"
    r"\p{Lu}\p{Ll}{1,5}-(?!(?:era|wide|style|like|made|bound|area|free|proof|born|run|fed|year|day|week|time|type|"
    r"class|level|scale|size|zone|only|first|plus|news|news|owned|hit|war|law|tax|ban|deal|side|end)$)"
    # a Chinese syllable ends in "-ing" too ("Shun-ching", "Tse-ming"); an English word so ending has a vowel before
    r"(?!(?!(?:[bcdfghjklmnpqstwxyz]|ch|sh|zh|hs)ing$)\p{Ll}*(?:ed|ing|er|ers|ly|ist|ian|an|ese|ish|ern|ful|less|ous|ic|"
    r"al)$)\p{Ll}{2,6}")


def hyphenated_given_name(word: str) -> bool:
    """Whether a word is a romanised given name written with a hyphen ("Sang-mok"), not a compound ("US-led")."""
    return bool(_NAME_SYLLABLE.fullmatch(word))


_MARKUP = "*_#>[]` \t"
_STARTERS = set("\"“‘«„(:—–")  # after these a capital letter starts a phrase, not a name ("(AP) — Rioters")

TITLES = frozenset("""president presidents prime minister ministers premier chancellor mr mrs ms mm messrs dr prof
    sir dame lord lady king queen prince princess sheikh emir sultan ayatollah pope cardinal bishop archbishop rev
    reverend rabbi imam pastor officer general gen
    lt lieutenant col colonel major maj brigadier brig captain capt commander cmdr admiral adm sergeant sgt corporal cpl
    marshal constable governor gov mayor
    senator sen rep
    representative congressman congresswoman speaker secretary chairman chairwoman chair chief deputy vice foreign
    defence defense interior finance justice judge ambassador envoy spokesman spokeswoman spokesperson director
    ceo crown supreme attorney sheriff commissioner superintendent inspector detective cabinet""".split())
CALENDAR = frozenset("""monday tuesday wednesday thursday friday saturday sunday january february march april may
    june july august september october november december jan feb mar apr jun jul aug sep sept oct nov dec""".split())
# months that are given names too, before a surname ("April Pinder", "June Jones")
_GIVEN_MONTHS = frozenset(["april", "may", "june"])
# The clock's zones are no names, though written in capitals ("0350 GMT", "11:50 p.m. EDT")
CLOCK_ZONES = frozenset("""gmt utc edt est cdt cst mdt mst pdt pst akdt akst hst bst cet cest eet eest wat
    eat sast ist pkt jst kst hkt aest aedt acst awst nzst nzdt""".split())
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
    live watch original url source sources date email name website one editing edited edition writing reporting
    additional contributing correction caption credit
    rescuers residents witnesses investigators survivors firefighters protesters demonstrators relatives
    hundreds thousands dozens earlier separately overall please status""".split())
COMMON = FUNCTION_WORDS | START_WORDS
# the last words of places, which no person's surname is: "Range Line Road" / "Rangeline Road" is a road spaced
# two ways, not a Mr Road
PLACE_KINDS = frozenset("""road street avenue boulevard lane drive highway freeway expressway bridge tunnel square
    park river creek lake bay island airport station hospital school college university church cathedral mosque
    temple stadium arena mall market county district province township parish valley mountain""".split())

COMMON_WORDS_PATH = Path(__file__).resolve().parents[2] / "data" / "common_words.txt"


@lru_cache(maxsize=1)
def common_words() -> frozenset[str]:
    lines = COMMON_WORDS_PATH.read_text(encoding="utf-8").split("\n")
    return frozenset(line.strip() for line in lines if line.strip() and not line.startswith("#"))


GENERATIONS = frozenset("jr sr ii iii iv".split())     # "Randal McCloy Jr.", "Thomas Whitby III": no surnames
_STEM_ENDINGS = regex.compile(r"(?:ing|ed|es|s|d)$")


@lru_cache(maxsize=1 << 18)
def stem(word: str) -> str:
    return _STEM_ENDINGS.sub("", word) if len(word) > 4 else word


@dataclass
class NameToken:
    text: str
    start: int
    end: int
    at_start: bool      # first word of a sentence, a headline word, or just after a quote mark / colon
    possessive: bool
    in_heading: bool = False


@dataclass
class NameMention:
    source: int
    tokens: list[NameToken]


def _blank(match: regex.Match) -> str:
    return " " * len(match.group())


def _scan(text: str, mid_caps: set[str], lower_stems: set[str]) -> list[list[NameToken]]:
    """Capitalised runs of one text; fills the story-wide evidence sets as it goes.

    Lower-case words are only collected (one C-level findall); the Python loop sees capitalised words only.
    """
    masked = _NOT_TEXT.sub(_blank, text)
    if "@" in masked:
        masked = _EMAIL.sub(_blank, masked)
    for word in set(_LOWER_WORD.findall(masked)):
        for part in word.split("-"):
            lower_stems.add(stem(fold(part)))
    sentences = split_sentences(masked)
    runs: list[list[NameToken]] = []
    run: list[NameToken] = []
    sentence_index = 0
    previous_end = 0
    seen_in = -1               # the sentence the last token stood in
    for match in _NAME_TOKEN.finditer(masked):
        start, end, word = match.start(), match.end(), match.group()
        while sentence_index < len(sentences) and sentences[sentence_index].end <= start:
            sentence_index += 1
        sentence = sentences[sentence_index] if sentence_index < len(sentences) else None
        gap = masked[previous_end:start]
        previous_end = end
        # ("Randall L. McCloy": a middle initial's point joins the name on)
        joined = bool(run) and not run[-1].possessive and (gap == " " or (gap.strip(" \t") == "" and "\n" not in gap)
                                                           or gap == ". " and len(run[-1].text) == 1)
        if match.group("particle"):
            if joined:
                run.append(NameToken(word, start, end, False, False))  # "bin" in "Osama bin Laden", kept if a name follows
            continue
        possessive = word.endswith(("'s", "’s")) and len(word) > 3
        if possessive:
            word, end = word[:-2], end - 2
        compound = _COMPOUND_TAIL.search(word) if "-" in word else None
        if compound and hyphenated_given_name(word):
            compound = None     # "Sang-mok", "Jeong-hyeon": a given name written with a hyphen, not a compound
        if compound:  # "Moscow-brokered", "Russian-backed": the name is the part before the hyphen
            for part in compound.group().lower().split("-"):
                lower_stems.add(stem(part))
            word, end = word[:compound.start()], start + compound.start()
        in_sentence = sentence is not None and sentence.start <= start
        # a token after another of its sentence is never its first word: the letters before it need no search
        first_in_sentence = in_sentence and sentence_index != seen_in and not _LETTER.search(masked, sentence.start,
                                                                                              start)
        if in_sentence:
            seen_in = sentence_index
        before = masked[max(0, start - 8):start].rstrip(_MARKUP)[-1:]
        in_heading = in_sentence and sentence.is_heading
        at_start = first_in_sentence or in_heading or before in _STARTERS
        if not at_start and not match.group("acronym"):
            mid_caps.add(fold(word))
        token = NameToken(word, start, end, at_start, possessive, in_heading)
        if not joined and run:
            runs.append(run)
            run = []
        run.append(token)
    if run:
        runs.append(run)
    return runs


_CONTRACTION = regex.compile(r"(?i:(?:i|we|you|they|he|she|it|that|there|who|what|let)['’](?:ve|ll|re|d|m|s)"
                             r"|\p{L}+n['’]t)")


def _is_name_word(token: NameToken, mid_caps: set[str], lower_stems: set[str]) -> bool:
    folded = fold(token.text)
    if folded in TITLES or folded in CALENDAR or len(_compact(folded)) < 2 or not folded[:1].isalpha() \
            or folded in CLOCK_ZONES and token.text.isupper():
        return False
    if folded in PARTICLES:
        return True
    if token.text.isupper():
        return True  # an acronym: US is not "us"
    if folded in FUNCTION_WORDS or _CONTRACTION.fullmatch(token.text):
        return False        # "We've", "Don't": a pronoun or verb shortened, capitalised where a quotation opens
    if token.in_heading:  # Title Case Capitalises Every Word: only names the body capitalises too
        return folded in mid_caps and folded not in START_WORDS
    if token.at_start:
        # At a sentence start capitals prove nothing: a name there must be capitalised mid-sentence too,
        # or be a word the story never writes in lower case (and not "Speaking", "Required").
        if folded in START_WORDS:
            return False
        return folded in mid_caps or not (stem(folded) in lower_stems or folded in lower_stems
                                          or folded.endswith(("ing", "ed", "ly")) or folded in common_words())
    return True


def _given_name_in_ly(token: NameToken, after: NameToken, mid_caps: set[str], lower_stems: set[str]) -> bool:
    """Whether a sentence's first word ending in "ly", taken for an adverb ("Unsurprisingly"), is a given name
    ("Anatoly", "Beverly"): a name word follows it, and it is no word the story or English writes in lower case."""
    folded = fold(token.text)
    return token.at_start and not token.in_heading and folded.endswith("ly") and not after.at_start \
        and folded not in lower_stems and stem(folded) not in lower_stems and folded not in common_words() \
        and _is_name_word(after, mid_caps, lower_stems)


def _names_in_run(run: list[NameToken], mid_caps: set[str], lower_stems: set[str],
                  decided: dict[tuple[str, bool, bool], bool]) -> list[list[NameToken]]:
    """Split a run at the words that are not names ("Russian President Vladimir Putin" -> Russian | Vladimir Putin).
    `decided` remembers each word's answer for the story (a story writes its names many times)."""
    names, current = [], []
    for at, token in enumerate(run):
        key = (token.text, token.at_start, token.in_heading)
        is_name = decided.get(key)
        if is_name is None:
            is_name = decided[key] = _is_name_word(token, mid_caps, lower_stems)
        if not is_name and fold(token.text) in _GIVEN_MONTHS and at + 1 < len(run) and not run[at + 1].at_start \
                and fold(run[at + 1].text) not in CALENDAR and _is_name_word(run[at + 1], mid_caps, lower_stems):
            is_name = True          # "County Manager April Pinder": a given name, where "April 5" is a day
        if not is_name and at + 1 < len(run) and _given_name_in_ly(token, run[at + 1], mid_caps, lower_stems):
            is_name = True          # "Anatoly Zykov" opening a sentence: a given name, not an adverb
        if is_name or current and len(token.text) == 1 and at + 1 < len(run):     # "Randall L. McCloy"
            current.append(token)
            continue
        if current:
            names.append(current)
        current = []
    if current:
        names.append(current)
    cleaned = []
    for name in names:
        while name and name[0].text in PARTICLES:  # lower case only: "Al Qaeda" keeps its "Al"
            name = name[1:]
        while name and name[-1].text in PARTICLES:
            name = name[:-1]
        if len(name) > 2 and name[-1].text.lower() in GENERATIONS:
            name = name[:-1]        # "Randal McCloy Jr.": Randal McCloy's name, the surname McCloy
        if name:
            cleaned.append(name)
    return cleaned


@dataclass
class NameScan:
    """What one text gives the name finder: its capitalised runs, and its evidence for the story-wide sets."""
    runs: list[list[NameToken]]
    mid_caps: set[str]
    lower_stems: set[str]


def scan_names(text: str) -> NameScan:
    """One text's share of `find_names`, on its own: texts can be scanned apart (in worker processes)."""
    mid_caps: set[str] = set()
    lower_stems: set[str] = set()
    return NameScan(_scan(text, mid_caps, lower_stems), mid_caps, lower_stems)


def find_names(sources: list, scans: list[NameScan] | None = None) -> tuple[list[NameMention], set[str]]:
    """Every name mention of every text (anything with a `.text`, each read once; or their scans, made
    already), and the story's lower-case word stems. A mention knows its text by index in `sources`."""
    if scans is None:
        scans = [scan_names(s.text) for s in sources]
    mid_caps: set[str] = set().union(*(scan.mid_caps for scan in scans))
    lower_stems: set[str] = set().union(*(scan.lower_stems for scan in scans))
    decided: dict[tuple[str, bool, bool], bool] = {}
    mentions = [NameMention(index, tokens) for index, scan in enumerate(scans) for run in scan.runs
                for tokens in _names_in_run(run, mid_caps, lower_stems, decided)]
    return mentions, lower_stems
