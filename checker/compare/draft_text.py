"""The draft's names against the sources': a spelling no source uses, a name put for theirs.

A name the draft spells with other letters than every source (Pashinian where all write
Pashinyan, or Brecker where they write Becker and Beker) is `contradicted`, whichever of the
sources' spellings is right; the house style's preferred form is never a fault. A name in a sentence that retells a source's, where
that sentence has another name, is `contradicted` too. Each becomes a row shaped like the
draft's claim rows (`row`); the quotations are draft_quotes.py's.
"""
from __future__ import annotations

import regex

from checker.claims import CALENDAR_WORD, other_names
from checker.compare.draft_placed import placed_alike
from checker.compare.draft_retold import (KNOWN_SENTENCE_SCORE, LEADING_ARTICLE, NAME_RUN, another_name, flanked,
                                          kind_of, retold_in, sole_other_name)
from checker.compare.sentence_index import sentence_index, sentences_sharing, substance_words
from checker.compare.draft_led_names import led_by_another, told_another
from checker.compare.name_findings import house_keys, sentence_around
from checker.reading import read_quantities
from checker.reading.names import COMMON, TITLES, fold, spelt_alike


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
        # US, U.S. and U. S. are one spelling, as are Centre and Center, Düsseldorf and Duesseldorf: house-style matters
        key = house_keys(of_group["variant"].unique())
        spelt = {key[v] for v in theirs["variant"]}
        preferred = of_group["preferred"].iloc[0] if of_group["house_style"].any() else None
        common = theirs.groupby("variant")["count"].sum().sort_values(ascending=False).index[0]
        for variant, at in mine.groupby("variant", sort=False):
            first = at.iloc[0]
            start, end = int(first["start"]), int(first["end"])
            if key[variant] in spelt or variant == preferred:
                # as a source spells it (case and dots aside), or as the house style wants it
                same = list(dict.fromkeys(theirs.loc[theirs["variant"].map(key) == key[variant], "source"]))
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



_MID_SENTENCE_CAPITAL = regex.compile(r"(?<=\p{Ll}[ \t]+)(\p{Lu}\p{Ll}{2,}(?:[ \t]+\p{Lu}\p{Ll}{2,})*)\b")
_CAPITAL_WORD = regex.compile(r"\p{Lu}\p{Ll}{2,}")


def draft_unnamed_rows(names, draft_label: str, draft_text: str, sources: list, display: dict[str, str],
                       indexed: tuple | None = None) -> list[dict]:
    """A name (a place, an organisation, a person) that only the draft gives, `contradicted` where the source
    sentence the draft retells has another name in its place ("Bhadrak district" / "Balasore district").
    A name the draft alone gives, with nothing in its place, gets no row. `sources`: (label, text, sentences)."""
    if names is None or names.empty:
        return []
    counts = names.groupby("group")["source"].agg(lambda s: set(s))
    mine = names["source"] == draft_label
    only_draft = names[mine & names["group"].map(lambda g: counts[g] == {draft_label})]
    known = names[mine & names["group"].map(lambda g: len(counts[g]) > 1)]
    index, sentences = indexed or sentence_index(sources)      # (draft_retold.sentence_index's, made once)
    written = " ".join(fold(text) for _, text, _ in sources)
    # words the sources write with a capital: "Law" of "Faculty of Law" is not written by sources that only have
    # "law student"
    capitalised = {fold(w) for _, text, _ in sources for w in _CAPITAL_WORD.findall(text)}
    rows = []
    for (group, variant), at in only_draft.groupby(["group", "variant"], sort=False):
        start, end = int(at["start"].iloc[0]), int(at["end"].iloc[0])
        if _a_number(variant):
            continue                       # "Two pipe bombs were found": a figure opening a sentence, no name
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
        run = _run_around(draft_text, start, end)
        found = _first_credible(variant, sentence, (
            lambda: told_another(sentence, variant, index, sentences),
            lambda: retold_in(sentence, variant, index, sentences), lambda: flanked(sentence, variant, index, sentences),
            lambda: placed_alike(sentence, variant, index, sentences),
            lambda: led_by_another(sentence, run, index, sentences)))
        if found is None:
            found = sole_other_name(sentence, variant, index, sentences)
        if found is None or not _credible(variant, found[2], sentence):
            continue                       # named by the draft alone, with nothing to set against it
        if not another_name(run, found[2], "", ""):
            continue                       # "States" of the draft's "United States", where the source has "USA"
        rows.append(_place_row(variant, found, sentence, start, end, display,
                               _backers(variant, sentence, found[0], index, sentences)))
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
            if word in taken or word.lower() in COMMON or word.lower() in TITLES:
                continue                   # "Cabinet" of "Defence Cabinet Secretary": a title, not a name
            if all(fold(w) in capitalised for w in word.split()):
                # a name the sources write, put after the words they put another name after ("Monitors from the
                # United Nations" where they write "Monitors from the Organization for Security ...")
                found = led_by_another(sentence, word, index, sentences) if m is run and " " in word else None
                if _put_for_another(word, found, sentence):
                    taken.add(word)
                    rows.append(_place_row(word, found, sentence, m.start(1), m.end(1), display))
                    break
                continue
            taken.add(word)
            found = _first_credible(word, sentence, (
                lambda: retold_in(sentence, word, index, sentences), lambda: placed_alike(sentence, word, index, sentences),
                lambda: led_by_another(sentence, word, index, sentences) if m is run else None))
            if (found is None or not _credible(word, found[2], sentence)) and m is run and " " in word \
                    and kind_of(word):     # a body or place named whole ("Tverskoy District Court"), not "White House"
                found = sole_other_name(sentence, word, index, sentences)
            if found is not None and _credible(word, found[2], sentence) \
                    and another_name(word, found[2], sentence, found[1]):
                rows.append(_place_row(word, found, sentence, m.start(), m.end(), display))
                break
            if m is run and found is not None and not another_name(word, found[2], "", ""):
                break                       # the run is the source's name written long ("United States" / "USA")
    # a name the sources give, put where the sentence the draft retells closely has another ("brought ashore at
    # Piraeus" where they say Kalamata, Piraeus being named elsewhere): no close retelling may name it there
    for variant, at in known.groupby("variant", sort=False):
        start, end = int(at["start"].iloc[0]), int(at["end"].iloc[0])
        sentence = sentence_around(draft_text, start, end)
        found = _first_credible(variant, sentence, (
            lambda: told_another(sentence, variant, index, sentences),
            lambda: retold_in(sentence, variant, index, sentences, KNOWN_SENTENCE_SCORE),
            lambda: placed_alike(sentence, variant, index, sentences),
            lambda: led_by_another(sentence, _run_around(draft_text, start, end), index, sentences)))
        if _put_for_another(variant, found, sentence):
            rows.append(_place_row(variant, found, sentence, start, end, display))
    return _widest(rows)


def _put_for_another(name: str, found: tuple[str, str, str] | None, sentence: str) -> bool:
    """Whether a name the sources write stands where the source sentence found has another (not the same name
    respelt, nor an unlikely one)."""
    return found is not None and another_name(name, found[2], sentence, found[1]) \
        and _credible(name, found[2], sentence) and not _respelt(name, found[2])


def _first_credible(name: str, sentence: str, finders) -> tuple[str, str, str] | None:
    """The first finding of the finders (each called in turn) that names a credible other name for `name`: one
    finder's unlikely name ("Monday") must not hide another's."""
    for find in finders:
        found = find()
        if found is not None and _credible(name, found[2], sentence):
            return found
    return None


_SENTENCE_END = regex.compile(r"[.!?][ \t\n]")


def _run_around(text: str, start: int, end: int) -> str:
    """The run of capitalised words a name stands in ("The United States" for its "States")."""
    for m in NAME_RUN.finditer(text, max(0, start - 60), min(len(text), end + 60)):
        if m.start() <= start and end <= m.end():
            stop = _SENTENCE_END.search(text, end, m.end())    # "Authority. Two of them": the sentence ends there
            return LEADING_ARTICLE.sub("", text[m.start():stop.start() if stop else m.end()])
    return text[start:end]


def _a_number(word: str) -> bool:
    return any(q.start == 0 and q.end == len(word) for q in read_quantities(word))


def _widest(rows: list[dict]) -> list[dict]:
    """One row per stretch of the draft: "Los Angeles" rather than also its "Angeles"."""
    return [r for r in rows if not any(o is not r and o["start"] <= r["start"] and r["end"] <= o["end"]
                                       and o["end"] - o["start"] > r["end"] - r["start"] for o in rows)]


def _credible(mine: str, theirs: str, sentence: str) -> bool:
    """Whether the sources' name can stand for the draft's: a day only for a day ("Commissioner Clothilde Hewlett"
    is no "Friday"), not a name the draft writes elsewhere in its sentence ("North Korea's Lazarus Group" /
    "hackers working for North Korea")."""
    if bool(CALENDAR_WORD.fullmatch(mine)) != bool(CALENDAR_WORD.fullmatch(theirs.rstrip("."))):
        return False
    at = sentence.find(mine)
    rest = sentence[:max(at, 0)] + " " + sentence[at + len(mine):] if at >= 0 else sentence
    # anywhere else in its sentence: "pointed to hackers affiliated with North Korea, while others said ... the
    # Lazarus Group" tells both, it puts neither in the other's place
    elsewhere = {fold(w) for w in rest.replace("'s", " ").replace("’s", " ").split()}
    return not all(fold(w) in elsewhere for w in theirs.split())


def _respelt(mine: str, theirs: str) -> bool:
    """Whether the sources' word is a word of the draft's name spelt another way ("Tetsuo Saito" / "Tetsu"): for a
    name the sources also write, a spelling they differ on, which the names check weighs."""
    return " " not in theirs and any(spelt_alike(w, theirs) or fold(w)[:5] == fold(theirs)[:5]
                                     for w in mine.split() if len(w) > 3)


def _place_row(variant: str, found: tuple[str, str, str], sentence: str, start: int, end: int,
               display: dict[str, str], backers: list[str] = ()) -> dict:
    """The row contradicting the draft's name with the name the retold source sentence has in its place; disputed
    where other sources retell the sentence with the draft's name in another of its forms (`_backers`)."""
    label, source_sentence, theirs = found
    return row("place or name", variant, variant, "disputed" if backers else "contradicted", list(backers), [label],
                f"{display.get(label, label)}: …{theirs}… (“{source_sentence[:200]}”)", sentence, start, end, theirs)


BACKING_SHARED = 2      # words of substance a source sentence shares with the draft's to retell it with its name


def _backers(name: str, sentence: str, against: str, index, sentences) -> list[str]:
    """The other sources that retell the draft's sentence writing its name by another of its names: "a skiing
    holiday in France" where one source has "skiing in the French Alps" and another "a holiday in Switzerland"."""
    forms = {fold(o) for w in name.split() for o in other_names(w)} - {""}
    if not forms:
        return []
    backers = []
    for n, shared in sorted(sentences_sharing(substance_words(sentence, {fold(w) for w in name.split()}),
                                              index).items()):
        label, text = sentences[n][0], fold(sentences[n][1])
        if shared >= BACKING_SHARED and label != against \
                and any(regex.search(rf"(?<![\p{{L}}.]){regex.escape(f)}(?![\p{{L}}])", text) for f in forms):
            backers.append(label)
    return list(dict.fromkeys(backers))


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
