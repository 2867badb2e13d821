"""The draft's quotations against the sources': supported, a misquote with its word diff, or unsupported.

A quotation is matched to the sources' quotations of the same statement, whole or in one stretch of a longer
statement ("we are now at a critical moment" out of three sentences); words no source has make it
`contradicted`, with the closest source wording and a word diff (for a quotation of several sentences, the
sentence that has them, the others each supported); a trim ("…") is no difference; a quotation no
source has is `unsupported`. A short quoted phrase is supported where a source quotes it, contradicted where the
same speaker, or a sentence worded alike, has one of its words put for another (a phrase of four words or more
wherever a source quotes it with one word put for another); a draft statement is also set against the sources'
quoted phrases of three words or more.
"""
from __future__ import annotations

import regex
from rapidfuzz import fuzz

from checker.compare.draft_retold import MIN_SENTENCE_SCORE
from checker.compare.draft_text import row as _row
from checker.compare.name_findings import sentence_around
from checker.compare.quote_findings import one_stretch
from checker.compare.quotes import STOP_WORDS, difference, same_statement
from checker.reading import Quote, spoken_words
from checker.reading.names import fold

_ELLIPSIS = regex.compile(r"\.\s?\.\s?\.|…|\[\s?\.\.\.\s?\]")
_WORD = regex.compile(r"[\p{L}\p{N}]+(?:['’][\p{L}]+)*")    # as Quote.words splits them: "Bankman", "Fried's"


def _segments(quote: Quote) -> list[list[str]]:
    """The quotation's words in the runs a trim ("…") leaves, spelt as Quote.words spells them ("radicalised" as
    "radicalized"): each run must stand in the source as it is."""
    return [[w for w, _, _ in spoken_words(part)] for part in _ELLIPSIS.split(quote.text) if _WORD.search(part)]


def _contains(words: list[str], run: list[str]) -> bool:
    n = len(run)
    return any(words[i:i + n] == run for i in range(len(words) - n + 1))


def draft_quote_rows(draft_quotes: list[Quote], source_quotes: list[Quote], draft_text: str,
                     display: dict[str, str]) -> list[dict]:
    """One row per quotation in the draft: supported, contradicted (with the closest wording) or unsupported."""
    statements = [q for q in source_quotes if q.is_statement]
    rows = []
    for quote in draft_quotes:
        if not quote.is_statement:
            rows.extend(_short_quote_row(quote, source_quotes, draft_text, display))
            continue
        same = [s for s in statements if same_statement(quote, s)] or _worded_alike(quote, statements) \
            or _one_stretch_of(quote, statements) or _worded_alike(quote, _phrases(source_quotes)) \
            or _said_otherwise(quote, statements)
        speaker = quote.speaker or "unnamed speaker"
        sentence = sentence_around(draft_text, quote.start, quote.end)
        if not same:
            rows.append(_row("quote", speaker, quote.text, "unsupported", [], [], "", sentence, quote.start, quote.end))
            continue
        runs = _segments(quote)
        exact = [s for s in same if all(_contains(s.words, run) for run in runs)]
        others = _credited_to_others(quote, exact, same)
        if others:
            # who said it is what the draft has wrong (an attribution row, at the speaker's name); the words, right,
            # are supported below
            start, end = quote.speaker_at or (quote.start, quote.end)
            says = f"{display.get(others[0].source, others[0].source)}: “{others[0].text}” (said by " \
                   f"{others[0].speaker}, not {speaker})"
            rows.append(_row("attribution", speaker, draft_text[start:end], "contradicted", [],
                             list(dict.fromkeys(s.source for s in others)), says, sentence, start, end,
                             f"“{quote.text}” ({others[0].speaker})"))
        if exact:
            rows.append(_row("quote", speaker, quote.text, "supported", list(dict.fromkeys(s.source for s in exact)),
                             [], "; ".join(f"{display.get(s.source, s.source)}: “{s.text}”" for s in exact[:3]),
                             sentence, quote.start, quote.end, f"“{quote.text}”"))
            continue
        pieces = _sentences(quote)
        if len(pieces) > 1 and any(_contains(s.words, words) for words, _, _ in pieces for s in same):
            # "We are ordering you to leave. This is a question of life and death": each sentence its own row, the
            # one with words no source has contradicted, the one every word of which a source has supported
            rows.extend(_sentence_rows(pieces, quote, same, speaker, sentence, display))
            continue
        rows.append(_contradicted(quote.words, quote, same, speaker, sentence, quote.start, quote.end, quote.text,
                                  display))
    return rows


_SENTENCE_END = regex.compile(r"(?<=[.!?])\s+(?=[\p{Lu}\p{N}“\"'‘])")


def _sentences(quote: Quote) -> list[tuple[list[str], int, int]]:
    """The quotation's sentences: (words as compared, start, end in the text)."""
    out, at = [], 0
    for m in list(_SENTENCE_END.finditer(quote.text)) + [None]:
        end = m.start() if m is not None else len(quote.text.rstrip(" ,"))
        words = [w for w, _, _ in spoken_words(quote.text[at:end])]
        if words:
            out.append((words, quote.start + at, quote.start + end))
        at = m.end() if m is not None else at
    return out


def _sentence_rows(pieces: list, quote: Quote, same: list[Quote], speaker: str, sentence: str,
                   display: dict) -> list[dict]:
    rows = []
    for words, start, end in pieces:
        text = quote.text[start - quote.start:end - quote.start]
        having = [s for s in same if _contains(s.words, words)]
        if having:
            rows.append(_row("quote", speaker, text, "supported", list(dict.fromkeys(s.source for s in having)), [],
                             "; ".join(f"{display.get(s.source, s.source)}: “{s.text}”" for s in having[:3]),
                             sentence, start, end, f"“{text}”"))
        else:
            rows.append(_contradicted(words, quote, same, speaker, sentence, start, end, text, display))
    return rows


def _contradicted(words: list[str], quote: Quote, same: list[Quote], speaker: str, sentence: str, start: int,
                  end: int, text: str, display: dict) -> dict:
    """The row of quoted words no source has: the closest source wording, and the word diff from it."""
    scored = [(_best_window(words, s.words), s) for s in same]
    (_, window), closest = max(scored, key=lambda p: (p[0][0], -p[1].start))
    return _misquote_row(speaker, text, closest, same, f"draft: {difference(window, words)}", sentence, start, end,
                         display)


def _misquote_row(speaker: str, text: str, closest: Quote, theirs: list[Quote], how: str, sentence: str,
                  start: int, end: int, display: dict) -> dict:
    """A `contradicted` row for the draft's quoted words, with the closest source wording and how they differ."""
    says = f"{display.get(closest.source, closest.source)}: “{closest.text}” ({how})"
    return _row("quote", speaker, text, "contradicted", [], list(dict.fromkeys(s.source for s in theirs)), says,
                sentence, start, end, f"“{closest.text}” ({closest.source})")


RETOLD_SCORE = 75    # rapidfuzz ratio of two quotations' words: one statement with a word or two put for others
WINDOW_SLACK = 2     # a retold stretch of a longer quotation may be this many words longer or shorter
WINDOW_PREFILTER = 60   # below this partial_ratio no stretch of a quotation reads like the draft's


def _best_window(words: list[str], longer: list[str]) -> tuple[float, list[str]]:
    """The stretch of a source quotation that reads most like the draft's, with its score: a draft quotes one
    sentence of a statement ("we are now at a critical moment") out of several."""
    text, whole = " ".join(words), " ".join(longer)
    best = (fuzz.ratio(text, whole), longer)
    if len(longer) <= len(words) + WINDOW_SLACK or fuzz.partial_ratio(text, whole) < WINDOW_PREFILTER:
        return best                         # the cheap bound first: most quotations share no stretch at all
    for size in range(max(1, len(words) - WINDOW_SLACK), len(words) + WINDOW_SLACK + 1):
        for at in range(len(longer) - size + 1):
            score = fuzz.ratio(text, " ".join(longer[at:at + size]))
            if score > best[0]:
                best = (score, longer[at:at + size])
    return best


def _worded_alike(quote: Quote, statements: list[Quote]) -> list[Quote]:
    """Source quotations that read almost as the draft's, though the words changed are the ones that carry it
    ("an evil that has no limits" / "... no equal"), whole or in one stretch of a longer statement: too few
    content words are shared to group them by those. A named speaker must be the draft's."""
    scored = [(_best_window(quote.words, s.words)[0], s) for s in statements if _same_speaker(quote, s)]
    best = max((score for score, _ in scored), default=0)
    return [s for score, s in scored if score >= RETOLD_SCORE and score == best] if best >= RETOLD_SCORE else []


def _phrases(source_quotes: list[Quote]) -> list[Quote]:
    """Source quotations too short to be statements but long enough to retell one ("heartbreaking and tragic
    crash" / the draft's "a devastating and tragic crash")."""
    return [s for s in source_quotes if not s.is_statement and len(s.words) >= PHRASE_WORDS]


PHRASE_WORDS = 3
STRETCH_SHARE = 0.5   # of the draft quotation's words, in the source's, in order: less is another statement


def _one_stretch_of(quote: Quote, statements: list[Quote]) -> list[Quote]:
    """The named speaker's quotations that tell one stretch with the draft's, a few words put for others at its
    edge ("What Acapulco suffered was truly catastrophic" / "... was very disastrous"): too far apart in letters
    to read alike, the same sentence of the same person all the same."""
    return [s for s in statements
            if _both_named(quote, s) and _same_speaker(quote, s) and one_stretch(quote.text, s.text, STRETCH_SHARE)]


SAID_OTHERWISE_WORDS = 2   # words of substance a named speaker's quotation shares with the draft's of that speaker
SAID_OTHERWISE_SCORE = 50  # ... reading this much alike: the statement, worded by the draft as the speaker did not
STEM_LETTERS = 5           # the letters two words share to be one word's forms ("house" / "houses")


def _said_otherwise(quote: Quote, statements: list[Quote]) -> list[Quote]:
    """The named speaker's quotations the draft's retells in other words ("Hardly a single house is still
    standing" / "Almost no houses are left standing"): the same person on the same thing, which the draft's
    quotation marks say was said in its words."""
    mine = {w[:STEM_LETTERS] for w in quote.words if w not in STOP_WORDS and len(w) > 3}
    scored = []
    for s in statements:
        if not (_both_named(quote, s) and _same_speaker(quote, s)):
            continue
        shared = len(mine & {w[:STEM_LETTERS] for w in s.words if w not in STOP_WORDS and len(w) > 3})
        score = _best_window(quote.words, s.words)[0]
        if shared >= SAID_OTHERWISE_WORDS and score >= SAID_OTHERWISE_SCORE:
            scored.append((score, s))
    best = max((score for score, _ in scored), default=0)
    return [s for score, s in scored if score == best]


def _credited_to_others(quote: Quote, exact: list[Quote], same: list[Quote]) -> list[Quote]:
    """The sources' quotations of the draft's very words, where the draft names a speaker beside them, the sources
    name someone else beside each, and no source quotation of the statement names the draft's speaker nor a name
    spelt nearly as it: the words put in another's mouth ("'This is an appalling tragedy,' Mr Jospin said" /
    "..., Mr Desmarest declared"); "Flinn" for "Flynn" is the name check's."""
    if not quote.speaker_how.startswith("named") or not exact \
            or any(not s.speaker_how.startswith("named") for s in exact):
        return []
    mine = fold(quote.speaker).split()[-1:]
    for s in same:
        theirs = fold(s.speaker or "").split()[-1:]
        if _same_speaker(quote, s) or mine and theirs and (
                mine[0][:OTHER_SPELLING_LETTERS] == theirs[0][:OTHER_SPELLING_LETTERS]
                or fuzz.ratio(mine[0], theirs[0]) >= OTHER_SPELLING_SCORE):
            return []
    return exact


OTHER_SPELLING_LETTERS = 4  # two surnames opening alike ("Nugroho" / "Nugraha") may be one, spelt two ways
OTHER_SPELLING_SCORE = 70   # ... as may two this alike (rapidfuzz ratio: "Dreyer" / "Dreier" 83)


def _both_named(a: Quote, b: Quote) -> bool:
    return bool(a.speaker and b.speaker and a.speaker[:1].isupper() and b.speaker[:1].isupper())


def _same_speaker(a: Quote, b: Quote) -> bool:
    """Unless both quotes name their speaker and neither name is in the other's sentence (a surname read from
    "Kishida Fumio" may be either word)."""
    if not _both_named(a, b):
        return True
    mine, theirs = {fold(w) for w in a.speaker.split()}, {fold(w) for w in b.speaker.split()}
    # (a name the draft spells wrong is still its speaker: "Weidl" is Weidel, whose words the draft retells)
    return a.speaker in b.sentence or b.speaker in a.sentence or bool(mine & theirs) or \
        any(fuzz.ratio(x, y) >= SPEAKER_SPELLING for x in mine for y in theirs if min(len(x), len(y)) >= 4)


SPEAKER_SPELLING = 85   # rapidfuzz ratio of two spellings of one surname ("Weidl" / "Weidel")


SAID_INSTEAD_SCORE = 50   # ... a sentence telling the speaker's words on the occasion the sources tell them
SHORT_RETOLD_SCORE = 65   # a short phrase with one word of two put for another ("punished strictly" / "stringently")


def _short_quote_row(quote: Quote, source_quotes: list[Quote], draft_text: str, display: dict) -> list[dict]:
    """A quoted phrase of two to four words ("change in electronic interlocking"): supported where a source
    quotes those words; contradicted where the same named speaker is quoted with a word put for one of them
    ("hopelessly compromised" / "irretrievably compromised"); too short to call otherwise, so no row."""
    runs = _segments(quote)
    if not runs:
        return []
    speaker, sentence = quote.speaker or "unnamed speaker", sentence_around(draft_text, quote.start, quote.end)
    having = [s for s in source_quotes if all(_contains(s.words, run) for run in runs)]
    if sum(len(r) for r in runs) < 2:
        # one word ("despicable"): supported where a source quotes it alone or in the sentence the draft retells;
        # too little to contradict
        having = [s for s in having if len(s.words) <= 2 or _told_alike(quote, s, sentence)]
        if not having or set(quote.words) <= STOP_WORDS:
            return []
    if having:
        return [_row("quote", speaker, quote.text, "supported", list(dict.fromkeys(s.source for s in having)), [],
                     "; ".join(f"{display.get(s.source, s.source)}: “{s.text}”" for s in having[:3]),
                     sentence, quote.start, quote.end, f"“{quote.text}”")]
    words = set(quote.words) - STOP_WORDS
    retold = [(_best_window(quote.words, s.words), s) for s in source_quotes
              if words & set(s.words) and (_told_alike(quote, s, sentence) or _one_word_put(quote.words, s.words))]
    retold = [(window, s) for (score, window), s in retold if score >= SHORT_RETOLD_SCORE]
    if not retold:
        return _said_instead(quote, source_quotes, sentence, display)
    window, closest = retold[0]
    return [_misquote_row(speaker, quote.text, closest, [s for _, s in retold],
                          f"draft: {difference(window, quote.words)}", sentence, quote.start, quote.end, display)]


def _said_instead(quote: Quote, source_quotes: list[Quote], sentence: str, display: dict) -> list[dict]:
    """A phrase with none of the words the sources quote its named speaker with, in a sentence told as theirs is
    ("Kishida said he was “completely lost for words”" / "“I am simply speechless,” Kishida told reporters"):
    words put in the speaker's mouth, contradicted by what the sources quote."""
    instead = [s for s in source_quotes if _both_named(quote, s) and _same_speaker(quote, s)
               and fuzz.token_set_ratio(sentence, s.sentence) >= SAID_INSTEAD_SCORE]
    if not instead:
        return []
    return [_misquote_row(quote.speaker, quote.text, instead[0], instead, "the draft's words are in no source",
                          sentence, quote.start, quote.end, display)]


def _one_word_put(mine: list[str], theirs: list[str]) -> bool:
    """Three words or more alike, in order, and one put for another ("decisive action without mercy" / "...
    without leniency"): one phrase retold, whatever sentence it stands in; two words alike may be chance."""
    if len(mine) != len(theirs) or len(mine) < PHRASE_WORDS + 1:
        return False
    differ = [i for i, (a, b) in enumerate(zip(mine, theirs)) if a != b]
    return len(differ) == 1 and len(set(mine) - {mine[differ[0]]} - STOP_WORDS) >= 2


def _told_alike(quote: Quote, source_quote: Quote, sentence: str) -> bool:
    """Whether a source quote is the one the draft retells: both speakers named and one, or the sentences
    around them worded alike (a short phrase seldom has its speaker read)."""
    if _both_named(quote, source_quote):
        return _same_speaker(quote, source_quote)
    return fuzz.token_set_ratio(sentence, source_quote.sentence) >= MIN_SENTENCE_SCORE
