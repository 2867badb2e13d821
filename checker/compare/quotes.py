"""Quotes across sources: statements that one source words one way and another another.

Statements (five words or more; scare quotes are not statements) of different
sources that share enough content words are grouped, and each group judged
agree / variance / conflict (the same words, another speaker).
"""
from __future__ import annotations

import difflib
import hashlib
from collections import Counter, defaultdict

import pandas as pd
import regex
from rapidfuzz import fuzz

from checker.claims import UnionFind, stem
from checker.reading import MIN_STATEMENT_WORDS, Quote, find_quotes
from checker.reading.names import COMMON, TITLES, common_words, fold, same_name
from checker.sources import Source

QUOTE_COLUMNS = ["group", "speaker", "status", "source", "path", "text", "start", "end", "difference", "sentence",
                 "speaker_how", "speaker_start", "speaker_end"]
# Tuned on the sample story and tests/test_quotes.py::STATEMENT_PAIRS. Re-translations of one statement share
# half or more of their content words (Putin's "very useful meeting" across AFP and a French wire: 0.9-1.0,
# "keep in touch" / "remain in contact": 0.5-0.6); two statements on one subject share fewer, or share half
# only through a few topic words in another arrangement ("the importance of ... peace" / "the most important
# thing is ... peace": 0.5, but 46 on the sorted-words score where true pairs at 0.5 score 64 or more).
MIN_SHARED_WORDS = 3
SURE_SHARE = 0.75
MIN_SHARED_SHARE = 0.5        # between this and SURE_SHARE more evidence is needed:
MIN_SHARED_WORDS_UNSURE = 4   # more shared words ...
MIN_WORD_SCORE = 55           # ... and rapidfuzz token_sort_ratio on the sorted content words
# An index word in more quotes than this is too common to propose candidates (keeps thousands of sources fast).
MAX_POSTINGS = 300
# One speaker's quotes in two sources are one statement when their words score this much (rapidfuzz ratio): "the
# situation is chaotic" / "... catastrophic" 83; a translation's "we got the message, we need to change" / "we have
# received the message, we will have to change" 69 and two statements 58 or less stay apart.
SAME_SPEAKER_RATIO = 75
MIN_SPOKEN_WORDS = 4
SHORT_SPOKEN_WORDS = 3        # a named speaker's shorter quote ("a total disaster") meets only its like, a word apart
RETOLD_RATIO = 50             # ... or this much, for a speaker's statement retold in other words (see _retold)
# Two statements worded so nearly alike are one, whoever is named: "a brutal and reckless attack" / "a brutal and
# ruthless attack" 89, too few content words to pair on them (two of three); a slogan and its rewording
# ("bring France to a standstill" / "to a halt" 80) would chain a speaker's own quote into the slogan's group
NEAR_WORDING = 85
EXCERPT_LENGTHS = 2           # a quote this many times another's length may hold it as an excerpt
SAME_SURNAME_RATIO = 80       # "Becker" / "Beker" 91, "Chkiouat" / "Chkiwat" 80; "Bragg" / "Brown" 40
MAX_SPEAKER_QUOTES = 200

# --- grouping ------------------------------------------------------------------------------------

STOP_WORDS = frozenset(COMMON | set("""it's its is are be been am do does did has have had will would shall should
    can could may might must not no yes i me my we us our you your he him his she her they them their this that
    these those there here what which who whom very so also just than then there thing things way well""".split()))


def content_words(quote: Quote) -> set[str]:
    """Words that carry the statement, cut to six letters so 'agreement' meets 'agreements'."""
    return {w[:6] for w in quote.words if len(w) >= 3 and w not in STOP_WORDS}


def same_statement(a: Quote, b: Quote) -> bool:
    """Whether two quotes render one statement (trimmed, re-translated or re-ordered)."""
    words_a, words_b = content_words(a), content_words(b)
    shared = len(words_a & words_b)
    smaller = min(len(words_a), len(words_b))
    if not smaller or shared < min(MIN_SHARED_WORDS, smaller) or shared / smaller < MIN_SHARED_SHARE:
        return False
    if shared / smaller >= SURE_SHARE:
        return True
    return shared >= MIN_SHARED_WORDS_UNSURE and fuzz.token_sort_ratio(" ".join(sorted(words_a)), " ".join(sorted(words_b))) >= MIN_WORD_SCORE


def _candidate_pairs(words: list[set[str]]) -> set[tuple[int, int]]:
    """Pairs sharing at least two content words, through an inverted index (no all-pairs loop)."""
    postings: dict[str, list[int]] = defaultdict(list)
    for i, bag in enumerate(words):
        for word in bag:
            postings[word].append(i)
    shared: Counter = Counter()
    for members in postings.values():
        if len(members) > MAX_POSTINGS:
            continue
        for x, i in enumerate(members):
            for j in members[x + 1:]:
                shared[(i, j)] += 1
    return {pair for pair, count in shared.items() if count >= 2}


def _wording(quote: Quote) -> str:
    return " ".join(quote.words)


EXCERPT_WORDS = 8     # a quote this long found word for word inside another is that one cut short


def excerpt_of(a: str, b: str) -> bool:
    """Whether one wording is the other's, cut short ("These were people on their way home, and in an instant they
    were gone" of "It is a horrible tragedy. These were people ..."): one statement, whoever each names."""
    short, long = sorted((a, b), key=len)
    return short.count(" ") + 1 >= EXCERPT_WORDS and f" {short} " in f" {long} "


_SENTENCE_BREAK = regex.compile(r"(?<=[.!?])[\"'”’]?\s+")
_QUOTE_WORD = regex.compile(r"[\p{L}\p{N}]+(?:['’][\p{L}]+)?")


def _sentences_of(quote: Quote) -> set[tuple[str, ...]]:
    """The quotation's whole sentences of EXCERPT_WORDS words or more, as folded words."""
    return {words for part in _SENTENCE_BREAK.split(quote.text)
            for words in [tuple(fold(w) for w in _QUOTE_WORD.findall(part))] if len(words) >= EXCERPT_WORDS}


def share_a_sentence(a: Quote, b: Quote) -> bool:
    """Whether two quotations hold one whole sentence word for word ("Incidents like the explosion at Buncefield
    are exceptionally rare. But when ..." / "... exceptionally rare. However, society ..."): one statement, each
    source going on with another part of it, whoever each names."""
    return bool(_sentences_of(a) & _sentences_of(b))


def _named(quote: Quote) -> bool:
    return bool(quote.speaker) and "no name" not in quote.speaker_how


def _two_speakers(a: Quote, b: Quote) -> bool:
    """Whether two quotes are named beside them as two people's: a speaker found through "he said" or the quote
    before may be the wrong one, and "said Tek Bahadur KC" / "Officer Tek Bahadur KC, who..., told reporters:"
    cut to two surnames are one man, named in full in each sentence."""
    return a.speaker_how.startswith("named") and b.speaker_how.startswith("named") and not _same_speaker(a, b)


def _same_speaker(a: Quote, b: Quote) -> bool:
    return same_name(a.speaker, b.speaker) or a.speaker in told_up_to(b.sentence, b.speaker) \
        or b.speaker in told_up_to(a.sentence, a.speaker)


def told_up_to(sentence: str, speaker: str) -> str:
    """A quotation's sentence up to a clause that tells when or why it was said, after its speaker's name: "'...,'
    Mr Parekh said after the appointments were announced by Minister Prem Chand Gupta" credits Parekh, whoever that
    clause brings in; "said Piotr Zielny, and Anna Kowal agreed with him" may credit both."""
    at = sentence.find(speaker)
    if at < 0:
        return sentence
    aside = _ASIDE.search(sentence, at + len(speaker))
    return sentence[:aside.start()] if aside else sentence


_ASIDE = regex.compile(r"\b(?:after|before|when|while|as|following|during|because|since|until)\b")


def _pair_by_speaker(quotes: list[Quote], distinct: list[int]) -> list[tuple[int, int]]:
    """Pairs of one named speaker's quotes, in two sources, whose words are nearly the same: one sentence quoted two
    ways ("The situation is chaotic" / "The situation is catastrophic"), too short to pair on content words."""
    by_speaker: dict[str, list[int]] = defaultdict(list)
    surname = {}
    for i in distinct:
        if _named(quotes[i]):
            surname[i] = fold(quotes[i].speaker).split()[-1]
            # keyed by the surname's first letters: "Becker" and "Beker" (one outlet's typo) are one speaker
            by_speaker[surname[i][:2]].append(i)
    pairs = []
    for members in by_speaker.values():
        if len(members) > MAX_SPEAKER_QUOTES:
            continue                      # a speaker quoted hundreds of ways: the content words pair those
        score: dict[tuple[int, int], float] = {}
        for x, i in enumerate(members):
            for j in members[x + 1:]:
                if quotes[i].source != quotes[j].source and \
                        (surname[i] == surname[j] or fuzz.ratio(surname[i], surname[j]) >= SAME_SURNAME_RATIO):
                    if min(len(quotes[i].words), len(quotes[j].words)) < MIN_SPOKEN_WORDS:
                        # "a total disaster" / "a complete disaster": a short quote is one statement of the speaker
                        # only told a word apart
                        if one_word_apart(quotes[i].words, quotes[j].words):
                            pairs.append((i, j))
                        continue
                    if _opens_alike(quotes[i].words, quotes[j].words):
                        pairs.append((i, j))    # one statement whose end one outlet tells otherwise
                        continue
                    score[(i, j)] = _speaker_score(_wording(quotes[i]), _wording(quotes[j]))
        pairs += [pair for pair, ratio in score.items()
                  if ratio >= SAME_SPEAKER_RATIO or ratio >= RETOLD_RATIO and _retold(quotes, pair, score)]
    return pairs


OPENING_WORDS = 6     # a speaker's two quotes opening with this many words alike are one statement


def _opens_alike(a: list[str], b: list[str]) -> bool:
    """"We will not rest until there are answers ..." / "We will not rest until there is an apology ...": one
    statement, its end told two ways."""
    return len(a) > OPENING_WORDS and len(b) > OPENING_WORDS and \
        [fold(w) for w in a[:OPENING_WORDS]] == [fold(w) for w in b[:OPENING_WORDS]]


def one_word_apart(a: list[str], b: list[str]) -> bool:
    """Whether two short wordings are one with a single word put for another, added or left out, sharing two words
    at least ("long and complex" / "long and difficult", "every second counts" / "every second really counts")."""
    ops = [op for op in difflib.SequenceMatcher(a=a, b=b, autojunk=False).get_opcodes() if op[0] != "equal"]
    if len(ops) != 1:
        return False
    op, a1, a2, b1, b2 = ops[0]
    return max(a2 - a1, b2 - b1) == 1 and len(a) - (a2 - a1) >= 2


ONE_WORD_MAX = 12     # words of the longest quote compared a word at a time (longer ones pair on content words)


def one_word_pairs(quotes: list[Quote]) -> list[tuple[int, int]]:
    """Pairs of two sources' quotes, of one length, with one word put for another ("I have forgotten how to live" /
    "... how to sleep"), found through each wording with one word left out (no all-pairs loop). The words kept
    hold a word of substance, two in a quote shorter than a statement; two people named apart are left apart."""
    buckets: dict[tuple[int, tuple[str, ...]], list[int]] = defaultdict(list)
    folded = [[fold(w) for w in q.words] for q in quotes]
    for i, words in enumerate(folded):
        if len(words) <= ONE_WORD_MAX:
            for k in range(len(words)):
                buckets[(k, tuple(words[:k] + words[k + 1:]))].append(i)
    pairs = set()
    for (_, kept), members in buckets.items():
        if len(members) < 2 or len(members) > MAX_POSTINGS:
            continue
        substance = len({w[:6] for w in kept if len(w) >= 3 and w not in STOP_WORDS})
        if substance < (1 if len(kept) + 1 >= MIN_STATEMENT_WORDS else 2):
            continue
        for x, i in enumerate(members):
            for j in members[x + 1:]:
                if quotes[i].source != quotes[j].source and folded[i] != folded[j] \
                        and not _two_speakers(quotes[i], quotes[j]):
                    pairs.add((i, j))
    return sorted(pairs)


def _speaker_score(a: str, b: str) -> float:
    """How alike two quotes of one speaker are worded; a sentence an outlet took from a long statement is scored
    against the part of the statement most like it (a press release quotes two paragraphs, a paper one line)."""
    whole = fuzz.ratio(a, b)
    short, long = sorted((a, b), key=len)
    if len(long) >= EXCERPT_LENGTHS * len(short):
        part = fuzz.partial_ratio(short, long)
        return part if part >= SAME_SPEAKER_RATIO else whole    # an excerpt only nearly word for word
    return whole


def _retold(quotes: list[Quote], pair: tuple[int, int], score: dict[tuple[int, int], float]) -> bool:
    """One statement of one speaker in two outlets' translations ("Seen from above, the land looks as if it has been
    bombed" / "From the air, it looks as though the area has been bombed"): half the words that carry it shared,
    and each the other's closest among what the speaker says in the other source."""
    i, j = pair
    words_i, words_j = _stems(quotes[i]), _stems(quotes[j])
    smaller = min(len(words_i), len(words_j))
    if not smaller or len(words_i & words_j) * 2 < smaller:
        return False
    rivals = [r for (a, b), r in score.items() if (a, b) != pair and (
        a == i and quotes[b].source == quotes[j].source or b == i and quotes[a].source == quotes[j].source or
        a == j and quotes[b].source == quotes[i].source or b == j and quotes[a].source == quotes[i].source)]
    return all(r < score[pair] for r in rivals)


def _stems(quote: Quote) -> set[str]:
    """The words that carry a statement, as stems or their concept: a translation's "asking ... to provide aid"
    meets another's "ask ... to send help" on ask and help."""
    return {stem(w[:-3] if w.endswith("ing") and len(w) > 5 else w)
            for w in quote.words if len(w) >= 3 and w not in STOP_WORDS}


def difference(reference: list[str], words: list[str]) -> str:
    """Word-level difference from the group's most common wording: '-general +common'."""
    out = []
    for op, a1, a2, b1, b2 in difflib.SequenceMatcher(a=reference, b=words, autojunk=False).get_opcodes():
        if op in ("delete", "replace"):
            out.append("-" + " ".join(reference[a1:a2]))
        if op in ("insert", "replace"):
            out.append("+" + " ".join(words[b1:b2]))
    return " ".join(out)


_GIVEN_BEFORE = regex.compile(r"(?<![\p{L}'’-])(\p{Lu}[\p{Ll}'’-]+)\s+(?:\p{Lu}\.\s+)?(\p{Lu}[\p{L}'’-]+)")


def _a_person(quote: Quote) -> bool:
    """Whether the speaker read beside a quotation is a person's name: a word that is no common English word, or
    one a given name or a title stands before in the sentence ("Brad Burns", "Mr Younger"); not "Minutes later,
    ... told" nor "Walking through the town, he said", nor "Britain's May says". (Overlapped: in "Sheriff John
    Stone" the title and the given name are one pair, the given name and the surname the next.)"""
    last = quote.speaker.split()[-1]
    if last.endswith(("'s", "’s")) or fold(last) in TITLES:
        return False
    if fold(last) not in common_words():
        return True
    return any(m.group(2) == last and (fold(m.group(1)) not in common_words() or fold(m.group(1)) in TITLES)
               for m in _GIVEN_BEFORE.finditer(quote.sentence, overlapped=True))


def _status(members: list[Quote]) -> str:
    """A conflict where two people are named beside the quotation (a speaker found through "he said" or the quote
    before it may be the wrong one: the Speaker column shows it, unflagged); else agree or variance by wording."""
    distinct: list[Quote] = []
    for quote in members:
        if quote.speaker_how.startswith("named") and _named(quote) and _a_person(quote) \
                and not any(_same_speaker(quote, d) for d in distinct):
            distinct.append(quote)
    if len(distinct) > 1:
        return "conflict"
    return "agree" if len({_wording(q) for q in members}) == 1 else "variance"


def quote_groups(sources: list[Source], found: list[list[Quote]] | None = None) -> pd.DataFrame:
    """One row per (group, source wording) for statements quoted by two sources or more.
    found: each source's quotes, when they were found already."""
    if found is None:
        found = [find_quotes(source) for source in sources]
    # a short quote ("The situation is chaotic") is a statement when a named speaker says it: it is compared with
    # that speaker's other quotes only (see _pair_by_speaker)
    # ... and so is a short quote another source gives a word apart ("uncoordinated, haphazard and untrained" /
    # "... and unprepared"), whoever is named
    quoted = [q for quotes in found for q in quotes if len(q.words) >= SHORT_SPOKEN_WORDS]
    apart = one_word_pairs(quoted)
    in_pairs = {i for pair in apart for i in pair}
    kept = [i for i, q in enumerate(quoted) if q.is_statement or _named(q) or i in in_pairs]
    statements = [quoted[i] for i in kept]
    at = {i: n for n, i in enumerate(kept)}
    # One wording quoted by many sources is compared once: the index holds distinct wordings only.
    wording_of = [_wording(q) for q in statements]
    first_with: dict[str, int] = {}
    for i, wording in enumerate(wording_of):
        first_with.setdefault(wording, i)
    distinct = [i for i in sorted(first_with.values()) if statements[i].is_statement]
    words = [content_words(statements[i]) for i in distinct]
    joined = UnionFind(len(statements))
    for i, wording in enumerate(wording_of):
        joined.union(i, first_with[wording])
    for a, b in sorted(_candidate_pairs(words)):
        i, j = distinct[a], distinct[b]
        # two people named apart say one thing only in nearly the same words (a quote credited to the wrong
        # person); content words alone pair "We will protect democracy with the people" and another leader's "...
        # martial law declaration is wrong. We will stop it along with the people"
        if joined.find(i) != joined.find(j) and (fuzz.ratio(wording_of[i], wording_of[j]) >= NEAR_WORDING
                                                 or excerpt_of(wording_of[i], wording_of[j])
                                                 or share_a_sentence(statements[i], statements[j]) or (
                not _two_speakers(statements[i], statements[j]) and same_statement(statements[i], statements[j]))):
            joined.union(i, j)
    for i, j in _pair_by_speaker(statements, sorted(first_with.values())):
        joined.union(i, j)
    # a word-apart pair joins only quotes no other wording was joined to: through "bring France to a standstill",
    # which content words put beside "France is at a standstill", "bring France to a halt" would chain in
    wordings: dict[int, set[str]] = defaultdict(set)
    for i, wording in enumerate(wording_of):
        wordings[joined.find(i)].add(wording)
    for i, j in apart:
        a, b = joined.find(at[i]), joined.find(at[j])
        if a != b and len(wordings[a]) == len(wordings[b]) == 1:
            joined.union(a, b)
            wordings[joined.find(a)] = wordings[a] | wordings[b]
    groups: dict[int, list[Quote]] = defaultdict(list)
    for i, quote in enumerate(statements):
        groups[joined.find(i)].append(quote)
    rows, used = [], set()
    for members in groups.values():
        if len({q.source for q in members}) < 2:
            continue
        if all(len(q.words) < MIN_SPOKEN_WORDS for q in members) and _status(members) == "agree":
            continue                    # a few words quoted alike ("civilian EU mission"): a phrase, no statement;
            #                             credited to two people ("behave like adults"), a speaker told wrong
        rows.extend(_group_rows(members, used))
    frame = pd.DataFrame(rows, columns=QUOTE_COLUMNS)
    return frame.sort_values(["group", "source", "start"], kind="stable").reset_index(drop=True)


def _group_rows(members: list[Quote], used: set[str]) -> list[dict]:
    by_wording: dict[tuple[str, str], Quote] = {}
    for quote in members:
        by_wording.setdefault((quote.source, _wording(quote)), quote)  # one row per source wording
    support = Counter(wording for _, wording in by_wording)
    order = list(dict.fromkeys(wording for _, wording in by_wording))
    reference = max(order, key=lambda w: (support[w], -order.index(w))).split()
    speakers = Counter(q.speaker for q in members if q.speaker)
    speaker = speakers.most_common(1)[0][0] if speakers else None
    group_id = f"{speaker or 'unknown'}: {' '.join(reference[:6])}"
    if group_id in used:
        group_id += " #" + hashlib.sha1(" ".join(reference).encode()).hexdigest()[:6]
    used.add(group_id)
    status = _status(members)
    return [{"group": group_id, "speaker": q.speaker, "status": status, "source": q.source, "path": q.path,
             "text": q.text, "start": q.start, "end": q.end, "difference": difference(reference, q.words),
             "sentence": q.sentence, "speaker_how": q.speaker_how,
             "speaker_start": q.speaker_at[0] if q.speaker_at else None,
             "speaker_end": q.speaker_at[1] if q.speaker_at else None} for q in by_wording.values()]
