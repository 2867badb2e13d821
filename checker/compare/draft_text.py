"""The draft's names against the sources': a spelling no source uses, a name put for theirs.

A name the draft spells with other letters than every source (Pashinian where all write
Pashinyan, or Brecker where they write Becker and Beker) is `contradicted`, whichever of the
sources' spellings is right; the house style's preferred form is never a fault. A name in a sentence that retells a source's, where
that sentence has another name, is `contradicted` too. Each becomes a row shaped like the
draft's claim rows (`row`); the quotations are draft_quotes.py's.
"""
from __future__ import annotations

import difflib

import regex
from rapidfuzz import fuzz

from checker.claims import CALENDAR_WORD
from checker.compare.name_findings import house_key, sentence_around
from checker.reading.names import COMMON, PARTICLES, fold, spelt_alike


def row(kind: str, about: str, draft_text: str, verdict: str, supported: list[str], contradicted: list[str],
        says: str, sentence: str, start: int, end: int, safe: str = "") -> dict:
    return {"finding_id": f"draft|{kind}|{about}|{draft_text}", "claim": kind, "label": kind.capitalize(),
            "event": about, "draft": draft_text, "verdict": verdict, "supported_by": supported,
            "contradicted_by": contradicted, "sources_say": says, "sentence": sentence, "start": start, "end": end,
            "safe_wording": safe}


def draft_name_rows(names, draft_label: str, draft_text: str, display: dict[str, str]) -> list[dict]:
    """One row per name the draft spells as no source does (names: name_groups over the sources and the draft)."""
    if names is None or names.empty:
        return []
    rows = []
    for group, of_group in names.groupby("group", sort=False):
        mine = of_group[of_group["source"] == draft_label]
        theirs = of_group[of_group["source"] != draft_label]
        if mine.empty or theirs.empty:
            continue
        spelt = {_key(v) for v in theirs["variant"]}
        preferred = of_group["preferred"].iloc[0] if of_group["house_style"].any() else None
        common = theirs.groupby("variant")["count"].sum().sort_values(ascending=False).index[0]
        for variant, at in mine.groupby("variant", sort=False):
            first = at.iloc[0]
            start, end = int(first["start"]), int(first["end"])
            if _key(variant) in spelt or variant == preferred:
                # as a source spells it (case and dots aside), or as the house style wants it
                same = list(dict.fromkeys(theirs.loc[theirs["variant"].map(_key) == _key(variant), "source"]))
                rows.append(row("name", of_group["suggestion"].iloc[0], variant, "supported", same, [],
                                 f"spelt {variant} by {', '.join(display.get(s, s) for s in same[:4])}"
                                 if same else "the house style's spelling", sentence_around(draft_text, start, end),
                                 start, end, variant))
                continue
            # no source spells it so: wrong whichever of the sources' spellings is right (their own difference is
            # a finding of its own)
            verdict = "contradicted"
            says = "; ".join(f"{display.get(s, s)}: {' / '.join(dict.fromkeys(v['variant']))}"
                             for s, v in theirs.groupby("source", sort=False))
            rows.append(row("name", of_group["suggestion"].iloc[0], variant, verdict, [],
                             list(dict.fromkeys(theirs["source"])), says, sentence_around(draft_text, start, end), start, end,
                             preferred or common))
    return rows


_key = house_key     # US, U.S. and U. S. are one spelling, and so are Centre and Center: house-style matters


_NAME_WORD = regex.compile(r"\p{Lu}[\p{L}'’.-]*")
_MID_SENTENCE_CAPITAL = regex.compile(r"(?<=\p{Ll}[ \t]+)(\p{Lu}\p{Ll}{2,}(?:[ \t]+\p{Lu}\p{Ll}{2,})*)\b")
_CAPITAL_WORD = regex.compile(r"\p{Lu}\p{Ll}{2,}")
ANY_WORD = regex.compile(r"[\p{L}\p{N}][\p{L}\p{N}'’.-]*")
MIN_SENTENCE_SCORE = 60    # rapidfuzz token_set_ratio of a draft sentence and the source sentence it retells
KNOWN_SENTENCE_SCORE = 70  # ... for a name the sources also give: it may come from another of their sentences


def draft_unnamed_rows(names, draft_label: str, draft_text: str, sources: list, display: dict[str, str]) -> list[dict]:
    """A name (a place, an organisation, a person) that only the draft gives, `contradicted` where the source
    sentence the draft retells has another name in its place ("Bhadrak district" / "Balasore district").
    A name the draft alone gives, with nothing in its place, gets no row. `sources`: (label, text, sentences)."""
    if names is None or names.empty:
        return []
    counts = names.groupby("group")["source"].agg(lambda s: set(s))
    mine = names["source"] == draft_label
    only_draft = names[mine & names["group"].map(lambda g: counts[g] == {draft_label})]
    known = names[mine & names["group"].map(lambda g: len(counts[g]) > 1)]
    index, sentences = sentence_index(sources)
    written = " ".join(fold(text) for _, text, _ in sources)
    # words the sources write with a capital: "Law" of "Faculty of Law" is not written by sources that only have
    # "law student"
    capitalised = {fold(w) for _, text, _ in sources for w in _CAPITAL_WORD.findall(text)}
    rows = []
    for (group, variant), at in only_draft.groupby(["group", "variant"], sort=False):
        start, end = int(at["start"].iloc[0]), int(at["end"].iloc[0])
        sentence = sentence_around(draft_text, start, end)
        given = regex.search(r"\((\p{L}[\p{L}'’-]+)\)$", group)
        if given is not None:               # "kyrylenko (petro)": the sources know Kyrylenko by another first name
            found = _other_given_name(given.group(1), variant, sources)
            if found is not None:
                rows.append(row("name", variant, f"{given.group(1).capitalize()} {variant}", "contradicted", [],
                                 [found[0]], f"{display.get(found[0], found[0])}: {found[2]} (“{found[1][:200]}”)",
                                 sentence, start, end, found[2]))
            continue
        if f" {fold(variant)} " in f" {written} " and all(fold(w) in capitalised for w in variant.split()):
            continue                       # the sources write it too, though not as a name of their own
        found = _retold_in(sentence, variant, index, sentences) or _flanked(sentence, variant, index, sentences) \
            or _placed_alike(sentence, variant, index, sentences)
        if found is None:
            continue                       # named by the draft alone, with nothing to set against it
        rows.append(_place_row(variant, found, sentence, start, end, display))
    # a capitalised word the name scan did not take alone ("the Justice Department" where they write "the Treasury
    # Department"), no source writes, in a sentence retelling one of theirs with another name in its place
    taken = set(names.loc[mine, "variant"])
    for run in _MID_SENTENCE_CAPITAL.finditer(draft_text):
        if run.group(1) in taken or any(run.group(1) in variant for variant in taken if " " in variant):
            continue                        # the name scan's, whole
        sentence = sentence_around(draft_text, run.start(1), run.end(1))
        # the run of capitalised words first ("Los Angeles"), else each of its words ("Alejandro Fernandez")
        for m in [run] + ([] if " " not in run.group(1) else list(_CAPITAL_WORD.finditer(draft_text, *run.span(1)))):
            word = m.group(0 if m is not run else 1)
            if word in taken or all(fold(w) in capitalised for w in word.split()) or word.lower() in COMMON:
                continue
            taken.add(word)
            found = _retold_in(sentence, word, index, sentences) or _placed_alike(sentence, word, index, sentences)
            if found is not None and bool(CALENDAR_WORD.fullmatch(word)) == bool(CALENDAR_WORD.fullmatch(found[2])) \
                    and _another_name(word, found[2], sentence, found[1]):          # a day only for a day
                rows.append(_place_row(word, found, sentence, m.start(), m.end(), display))
                break
    # a name the sources give, put where the sentence the draft retells closely has another ("brought ashore at
    # Piraeus" where they say Kalamata, Piraeus being named elsewhere): no close retelling may name it there
    for variant, at in known.groupby("variant", sort=False):
        start, end = int(at["start"].iloc[0]), int(at["end"].iloc[0])
        sentence = sentence_around(draft_text, start, end)
        found = _retold_in(sentence, variant, index, sentences, KNOWN_SENTENCE_SCORE) \
            or _placed_alike(sentence, variant, index, sentences)
        if found is not None and _another_name(variant, found[2], sentence, found[1]):
            rows.append(_place_row(variant, found, sentence, start, end, display))
    return _widest(rows)


def _widest(rows: list[dict]) -> list[dict]:
    """One row per stretch of the draft: "Los Angeles" rather than also its "Angeles"."""
    return [r for r in rows if not any(o is not r and o["start"] <= r["start"] and r["end"] <= o["end"]
                                       and o["end"] - o["start"] > r["end"] - r["start"] for o in rows)]


def _place_row(variant: str, found: tuple[str, str, str], sentence: str, start: int, end: int,
               display: dict[str, str]) -> dict:
    """The row contradicting the draft's name with the name the retold source sentence has in its place."""
    label, source_sentence, theirs = found
    return row("place or name", variant, variant, "contradicted", [], [label],
                f"{display.get(label, label)}: …{theirs}… (“{source_sentence[:200]}”)", sentence, start, end, theirs)


def _other_given_name(given: str, surname: str, sources: list) -> tuple[str, str, str] | None:
    """(source, its sentence, the name it writes) where the sources write "Pavlo Kyrylenko" and the draft "Petro
    Kyrylenko": the surname they share, a first name they do not. A word the sources also write in lower case
    ("Governor Kyrylenko") is a title, not a name; a first name spelt alike is the spelling check's."""
    before = regex.compile(rf"(\p{{Lu}}[\p{{L}}'’-]{{2,}})[ \t]+{regex.escape(surname)}\b")
    found = None
    for label, text, _ in sources:
        lower = text.lower()
        for m in before.finditer(text):
            theirs = m.group(1)
            if fold(theirs) == fold(given) or spelt_alike(theirs, given):
                return None                 # a source writes the draft's name: nothing to contradict
            if found is None and not regex.search(rf"(?<!\p{{L}}){regex.escape(theirs.lower())}(?!\p{{L}})",
                                                  lower.replace(theirs.lower() + " " + surname.lower(), "")):
                found = label, sentence_around(text, m.start(), m.end()), f"{theirs} {surname}"
    return found


def sentence_index(sources: list) -> tuple[dict[str, list[int]], list[tuple[str, str]]]:
    """Every source sentence, and the sentences each longer word appears in (candidates without all pairs)."""
    index: dict[str, list[int]] = {}
    sentences = []
    for label, text, spans in sources:
        for s in spans:
            if s.is_heading:
                continue
            n = len(sentences)
            sentences.append((label, text[s.start:s.end]))
            for word in {w.lower() for w in ANY_WORD.findall(text, s.start, s.end) if len(w) > 3}:
                index.setdefault(word, []).append(n)
    return index, sentences


COMMON_WORD_HITS = 200   # a word in this many source sentences proposes none of them


def sentences_sharing(words: set[str], index: dict[str, list[int]]) -> dict[int, int]:
    """For each source sentence of `index` (see sentence_index), how many of `words` it holds."""
    shared: dict[int, int] = {}
    for word in words:
        hits = index.get(word, ())
        if len(hits) <= COMMON_WORD_HITS:
            for n in hits:
                shared[n] = shared.get(n, 0) + 1
    return shared


_CLAUSE_BREAK = regex.compile(r"[;:]\s+|,\s+(?:and|but|while|whereas)\s+|\s+(?:and|but)\s+(?=(?:according|the|a|an)\b)")


def _retold_in(sentence: str, variant: str, index, sentences, least: float = 0) -> tuple[str, str, str] | None:
    """`_retold` for the draft's sentence, else for its clause holding the name: a draft sentence often joins two
    of the sources' ("Alarm Phone said 750 were on board, and according to MSF 100 children were in the hold")."""
    found = _retold(sentence, variant, index, sentences, least)
    if found is not None:
        return found
    clauses = _CLAUSE_BREAK.split(sentence)
    clause = next((c for c in clauses if variant in c), None)
    if clause is None or len(clauses) < 2 or len(ANY_WORD.findall(clause)) < 6:
        return None
    return _retold(clause, variant, index, sentences, least)


def _retold(sentence: str, variant: str, index, sentences, least: float = 0) -> tuple[str, str, str] | None:
    """(source, its sentence, the name standing where the draft has `variant`) for the source sentence the
    draft sentence retells best, when one does and has another capitalised name in that place. With `least`, the
    retelling must score that much, and none scoring that much may hold `variant` itself."""
    mine = ANY_WORD.findall(sentence)
    shared = sentences_sharing({w.lower() for w in mine if len(w) > 3 and w.lower() not in fold(variant).split()},
                               index)
    candidates = [n for n, k in shared.items() if k >= 3]
    if not candidates:
        return None
    scores = {n: fuzz.token_set_ratio(sentence, sentences[n][1]) for n in candidates}
    best = max(candidates, key=lambda n: (scores[n], -n))
    label, theirs_text = sentences[best]
    if scores[best] < max(MIN_SENTENCE_SCORE, least):
        return None
    if least and any(scores[n] >= least and f" {fold(variant)} " in f" {fold(sentences[n][1])} " for n in candidates):
        return None
    theirs = ANY_WORD.findall(theirs_text)
    parts = variant.split()
    matcher = difflib.SequenceMatcher(a=[w.lower() for w in mine], b=[w.lower() for w in theirs], autojunk=False)
    for op, i1, i2, j1, j2 in matcher.get_opcodes():
        # word for word, capitals for capitals: "Eastern District" for "Southern District", not a clause; or the
        # name's last part only, its first words the same ("Place de la Nation" / "Place de la Bastille")
        part = next((w for w in parts if w in mine[i1:i2]), None)
        if op != "replace" or part is None:
            continue
        k = parts.index(part)
        if k and mine[max(0, i1 - k):i1] != parts[:k]:
            continue
        at = i1 + mine[i1:i2].index(part)
        lo, hi = at, at + 1
        while lo > i1 and _NAME_WORD.fullmatch(mine[lo - 1]):
            lo -= 1
        while hi < i2 and _NAME_WORD.fullmatch(mine[hi]):
            hi += 1
        other = theirs[j1 + (lo - i1):j1 + (hi - i1)]
        after = theirs[j1 + (hi - i1)] if j1 + (hi - i1) < j2 else ""
        whole = not (after in _INSIDE_NAMES or _NAME_WORD.fullmatch(after))  # not "Charles" of "Charles de Gaulle"
        if len(other) == hi - lo and other and whole and all(_NAME_WORD.fullmatch(w) for w in other) \
                and _a_name(other):
            return label, theirs_text, " ".join(other)
        # a name of another length in the source's words there ("at Orly airport" / "at about 10 p.m. at
        # Paris-Charles de Gaulle airport"): its last name, particles inside it in lower case
        other = _last_name(theirs[j1:j2])
        if other and not any(w in mine for w in other if _NAME_WORD.fullmatch(w)) and _a_name(other):
            return label, theirs_text, " ".join(other)
    return None


FLANK_SCORE = 50   # token_set_ratio a source sentence needs for a name flanked alike in it to count


def _flanked(sentence: str, variant: str, index, sentences) -> tuple[str, str, str] | None:
    """(source, its sentence, its name) where a source sentence, not the one the draft retells best, has another
    name where the draft has `variant`, with four of the five words around it the same, the one before always
    ("BJ Medical College in the Naroda area, where" / "BJ Medical College in the Meghaninagar area.")."""
    mine = ANY_WORD.findall(sentence)
    last = variant.split()[-1]
    if last not in mine:
        return None
    at = mine.index(last)
    first = at - len(variant.split()) + 1
    shared = sentences_sharing({w.lower() for w in mine if len(w) > 3 and w not in variant.split()}, index)
    for n in sorted((n for n, k in shared.items() if k >= 3), key=lambda n: -shared[n]):
        label, theirs_text = sentences[n]
        if fuzz.token_set_ratio(sentence, theirs_text) < FLANK_SCORE:
            continue
        theirs = ANY_WORD.findall(theirs_text)
        lowered = [w.lower().rstrip(".") for w in theirs]       # "area." ends a sentence: the word is "area"
        for j in range(1, len(theirs)):
            if not _NAME_WORD.fullmatch(theirs[j]) or theirs[j] in mine or lowered[j - 1] != mine[first - 1].lower() \
                    if first >= 1 else True:
                continue
            around = [(mine[first - k].lower().rstrip(".") if first - k >= 0 else None,
                       lowered[j - k] if j - k >= 0 else "") for k in (2, 3)] + \
                     [(mine[at + k].lower().rstrip(".") if at + k < len(mine) else None,
                       lowered[j + k] if j + k < len(theirs) else "") for k in (1, 2)]
            if sum(a == b for a, b in around) >= 3 and _another_name(variant, theirs[j], sentence, theirs_text):
                return label, theirs_text, theirs[j]
    return None


PLACE_WORDS = frozenset({"in", "at", "near", "outside", "on", "from", "of", "with"})
NEAR_WORDS = 6     # words either side of the place whose words of substance say what is there
BEARINGS = frozenset("north south east west northeast northwest southeast southwest north-east north-west south-east "
                     "south-west".split())


def _placed_alike(sentence: str, variant: str, index, sentences) -> tuple[str, str, str] | None:
    """(source, its sentence, its place) where a source puts the same thing somewhere else: the same word before
    the place ("in"), and two words of substance of the six before it the source's too ("supporters at his
    coalition's headquarters in Tigre" / "supporters at his campaign headquarters in the Buenos Aires
    neighbourhood of Chacarita"), or one before and three either side ("Lula da Silva was in Campinas, in Sao Paulo
    state, visiting" / "Lula, who was in Araraquara in São Paulo state inspecting"), though the sentences are
    worded too far apart to be retold one from the other."""
    mine = [w.rstrip(".") for w in ANY_WORD.findall(sentence)]      # "in New York.": the name is "York"
    parts = variant.split()
    at = next((i for i in range(1, len(mine)) if mine[i:i + len(parts)] == parts), None)
    if at is None or mine[at - 1].lower() not in PLACE_WORDS or CALENDAR_WORD.fullmatch(variant):
        return None                         # "on Monday": a day, which the dates check
    word_before = mine[at - 1].lower()
    after = at + len(parts)
    near_before = {fold(w) for w in mine[max(0, at - 1 - NEAR_WORDS):at - 1] if len(w) > 3}
    near_after = {fold(w) for w in mine[after:after + NEAR_WORDS] if len(w) > 3}
    near = near_before | near_after
    if len(near_before) < 2:
        return None
    shared = sentences_sharing(near, index)
    if any(regex.search(rf"\b{regex.escape(variant)}\b", sentences[n][1]) for n, k in shared.items() if k >= 2):
        return None                         # a source tells of it there too ("in Chiva, 491 litres ... fell")
    found = None
    for n in sorted((n for n, k in shared.items() if k >= 2), key=lambda n: (-shared[n], n)):
        label, theirs_text = sentences[n]
        theirs = ANY_WORD.findall(theirs_text)
        lowered = [w.lower() for w in theirs]
        for j, w in enumerate(lowered[:-1]):
            if w != word_before:
                continue
            start = j + 2 if lowered[j + 1] == "the" else j + 1
            end = start
            while end < len(theirs) and _NAME_WORD.fullmatch(theirs[end]):
                end += 1
            # the words either side of the place: "Lula da Silva was in Campinas, in Sao Paulo state, visiting"
            # / "Lula, who was in Araraquara in São Paulo state inspecting"
            before = near_before & {fold(x) for x in lowered[max(0, j - NEAR_WORDS):j]}
            both = before | near_after & {fold(x) for x in lowered[end:end + NEAR_WORDS]}
            # "Mazan, a small town northeast of Marseille" / "Mazan, a town ... northeast of Avignon": the same
            # bearing from a place, of the same thing the two sentences name
            bearing = word_before == "of" and j and lowered[j - 1] == mine[at - 2].lower() in BEARINGS \
                and any(w in theirs for w in mine[1:at - 2] if _NAME_WORD.fullmatch(w) and fold(w) not in COMMON)
            if len(before) < 2 and (not before or len(both) < 3) and not bearing:
                continue
            other = theirs[start:end]
            if other and other[-1].endswith(".") and other[-1].count(".") == 1:
                other = other[:-1] + [other[-1][:-1]]     # "the town of Dorne.": the sentence's full stop
            if fold(" ".join(other)) == fold(variant):
                return None                 # a source puts it where the draft does
            if found is None and other and _a_name(other) and not any(w in mine for w in other) \
                    and not CALENDAR_WORD.fullmatch(other[0]) \
                    and _another_name(variant, " ".join(other), sentence, theirs_text):
                found = label, theirs_text, " ".join(other)
    return found


def _another_name(mine: str, theirs: str, my_sentence: str, their_sentence: str) -> bool:
    """Whether `theirs` names something else than `mine` in the same role: not a spelling of it (the names check
    has those), not its country ("Japanese" / "Japan's"), not a possessive, not a sentence's first word."""
    a, b = fold(mine), fold(theirs)
    initials = ("".join(w[0] for w in a.split()), "".join(w[0] for w in b.split()))   # "U.S." / "United States"
    # "Japanese" / "Japan's" share a stem; "Place de la Nation" / "Place de la Bastille" share only a first word
    stem_alike = a[:5] == b[:5] and (" " not in a or a.split()[-1][:5] == b.split()[-1][:5])
    return not (spelt_alike(mine, theirs) or stem_alike or theirs.endswith(("'s", "’s"))
                or b.replace(" ", "") == initials[0] or a.replace(" ", "") == initials[1]
                or my_sentence.lstrip().startswith(mine) or their_sentence.lstrip().startswith(theirs))


def _a_name(words: list[str]) -> bool:
    """Not a capitalised function word opening a sentence ("The", "It")."""
    return not (len(words) == 1 and fold(words[0]) in COMMON)


_INSIDE_NAMES = PARTICLES | {"the", "of", "for", "and", "la", "le", "des"}   # "Save the Children", "Bank of England"


def _last_name(words: list[str]) -> list[str]:
    """The last run of capitalised words in `words`, with the lower-case words names hold ("Charles de Gaulle")."""
    end = len(words)
    while end and not _NAME_WORD.fullmatch(words[end - 1]):
        end -= 1
    start = end
    while start and (_NAME_WORD.fullmatch(words[start - 1]) or
                     (words[start - 1] in _INSIDE_NAMES and start >= 2 and _NAME_WORD.fullmatch(words[start - 2]))):
        start -= 1
    while start < end and fold(words[start]) in COMMON:
        start += 1                                    # "The CGT": the name is CGT
    return words[start:end] if end - start <= 5 else []
