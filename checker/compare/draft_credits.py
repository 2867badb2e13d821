"""Who the draft says a fact comes from, against who the sources say.

"3.5 million marched, according to the CFDT union" where the source that gives 3.5 million writes "The CGT
union … said 3.5 million had marched": the figure is right and its source is not. The name check cannot see it,
because the draft writes the names in other places than the source does. Here the draft's credit ("according to
X", "X said", "estimated by X") is set against the credit of each source sentence that tells the same fact: a
sentence stating the draft's figure in like words, or, with no figure, a sentence worded like the draft's clause.

  contradicted  the sentences that tell the fact credit someone else, and none of them names the draft's credit
  supported     a sentence that tells the fact credits the same name
"""
from __future__ import annotations

from functools import lru_cache

import regex
from rapidfuzz import fuzz

from checker.claims import SHARED_WORDS, words_of
from checker.compare.draft_figures import TOLD_KINDS, told_as
from checker.compare.draft_retold import initialism_of
from checker.compare.sentence_index import ANY_WORD, sentence_index, sentences_sharing
from checker.compare.draft_text import row
from checker.reading.names import COMMON, TITLES, fold, nickname_of

# a capitalised word, not a day or month ("said the Railways on Saturday")
_CAP = (r"(?:(?!(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b|(?:January|February|March|April|June|July|August|"
        r"September|October|November|December)\b)\p{Lu}[\p{L}\p{N}'’.&-]*)")
# A name: capitalised words, with the small words names hold ("Bank of England", "Save the Children"), and a
# class noun after it ("the CFDT union", "Anderson Economic Group" is already capitalised).
_NAME = (rf"(?P<name>{_CAP}(?:[ \t]+(?:(?:of|for|the|and|de|du|des|la|le)[ \t]+)?{_CAP}){{0,6}})"
         r"(?:[ \t]+(?:\p{Ll}[\p{Ll}'’-]*[ \t]+){0,2}?(?P<cls>union|group|institute|agency|ministry|department|party|"
         r"office|council|commission|association|federation|society|company|firm|bank|authority|service|services|"
         r"police|board|organi[sz]ation|charity|monitor|network|watchdog|regulator|operator|committee|court|tribunal|"
         r"panel))?")
_CREDIT_VERB = (r"(?:said|says|estimated|estimates|reported|reports|counted|counts|put|puts|calculated|announced|"
                r"found|recorded|confirmed|told|warned|warns|identified|named|"
                # who did it is credited as who said it: "the Swiss National Bank ordered", "X took control"
                r"ordered|orders|seized|shut|closed|took\s+control|brokered|organi[sz]ed|imposed|blocked|acquired|"
                r"owns|operates|runs|"
                # who offers, pledges, pays or fines: "the FBI is offering a reward of $50,000"
                r"(?:is\s+|are\s+)?offering|offered|offers|pledged|pledges|paid|pays|fined|fines|charged|charges)")
# An office named by its role in lower case: "according to the county medical examiner", "the coroner said". Who
# holds it is one body however the draft names it ("the Multnomah County Medical Examiner").
_ROLE = r"(?:medical\s+examiner|coroner|coroners\s+service|coroner['’]s\s+office|fire\s+marshal|sheriff)"
_CREDITS = [
    # "according to (the|an estimate by) X", "as per the IMD bulletin"
    regex.compile(rf"\b(?i:according\s+to|as\s+per)\s+(?:(?:the|an?|its)\s+)?(?:(?:estimates?|figures|data|count|tally|"
                  rf"analysis|report|calculations?)\s+(?:by|from|of)\s+(?:the\s+)?)?{_NAME}"),
    # "estimated by X", "an estimate drawn up by X", "figures from X"
    # "estimated at $5.5 billion by X" too
    regex.compile(rf"\b(?:estimated|put|counted|reported|announced|confirmed|drawn\s+up|compiled|issued|released|calculated|"
                  rf"given|made|estimates?|analysis|figures|data|tally|count|ordered|seized|shut|closed|brokered|"
                  rf"organi[sz]ed|imposed|blocked|acquired|owned|operated|run|led|taken\s+over|bought|offered|"
                  rf"pledged|paid|fined|charged|prosecuted|investigated|handled)(?:\s+at\s+[^\s,;]+(?:\s+[^\s,;]+){{0,3}}?)?"
                  rf"(?:\s+(?:on\s+)?(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)?\s+(?:by|from)\s+(?:the\s+)?{_NAME}"),
    # "X said", "X has estimated", "X, one of the eight unions, said"
    regex.compile(rf"(?:^|(?<=[\s(\"“]))(?:the\s+)?{_NAME}(?:[ \t]+\(\p{{Lu}}{{2,8}}\))?(?:,[^,;]{{1,90}},)?\s+"
                  rf"(?:has\s+|have\s+|had\s+)?(?:(?:later|also|earlier|initially|first|then|now|separately|previously)\s+)?"
                  rf"{_CREDIT_VERB}\b"),
    # "according to the county medical examiner", "the coroner said"
    regex.compile(rf"(?:\b(?i:according)\s+to\s+|(?:^|(?<=[\s(\"“]))(?=(?i:the)\s[^,;.]{{0,40}}?{_ROLE}\s+"
                  rf"(?:has\s+|had\s+)?(?:said|says|reported|confirmed|found|recorded)\b))"
                  rf"(?i:the)\s+(?P<name>(?:\p{{Ll}}+\s+){{0,2}}{_ROLE})\b"),
]
# Where each form can match, and how far around that its match may reach
_ANCHORS = [regex.compile(r"\b(?i:according\s+to|as\s+per)\b"), regex.compile(r"\b(?:by|from)\b"),
            regex.compile(rf"\b{_CREDIT_VERB}\b"), regex.compile(rf"\b{_ROLE}\b")]
_REACH = 200
# Words a credit shares with another without being the same name: what kind of body it is.
_GENERIC = {"the", "of", "for", "and", "union", "group", "institute", "agency", "ministry", "department", "party",
            "office", "council", "commission", "association", "federation", "society", "company", "firm", "bank",
            "authority", "service", "services", "police", "board", "national", "state", "us", "u.s", "mr", "ms",
            "mrs", "dr", "de", "du", "des", "la", "le", "on"}
# (", and" too where a credit of its own follows: "..., and Col. Richard Wagenaar said the pumps ...")
_CLAUSE_BREAK = regex.compile(r"[;:]\s+|,\s+(?:while|whereas|but)\s+|\s+while\s+"
                              r"|,\s+and\s+(?=[^,;]{0,60}?\b(?:said|says|told|announced|reported|added)\b)")
_NOT_CREDITS = {"it", "he", "she", "they", "this", "that", "officials", "police"}
RETOLD_SCORE = 70  # token_set_ratio of a draft clause with no figure and the source sentence it retells
RETOLD_SORTED_SCORE = 60  # ... and their token_sort_ratio


def credits_in(text: str, lo: int = 0, hi: int | None = None) -> list[tuple[str, int, int]]:
    """The names credited with a fact in text[lo:hi]: (name as written, start, end)."""
    hi = len(text) if hi is None else hi
    found = []
    for pattern, anchor in zip(_CREDITS, _ANCHORS):
        # each form only around its cheap anchor: "X said" tried at every word of a long text is slow
        windows = [(max(lo, a.start() - _REACH), min(hi, a.end() + _REACH)) for a in anchor.finditer(text, lo, hi)]
        matches = {m.span(): m for w_lo, w_hi in _merged(windows) for m in pattern.finditer(text, w_lo, w_hi)}
        for _, m in sorted(matches.items()):
            name = _bare(m.group("name"))
            if not name or fold(name) in _NOT_CREDITS or fold(name) in COMMON:
                continue
            start = m.start("name") + m.group("name").find(name)
            if " " not in name and not name.isupper() and not text[lo:start].strip(" \t\"“(").strip():
                continue                                     # "Rescuers said", "Amnesty said": a capital of the clause
            if m.groupdict().get("cls") and _UMBRELLA.fullmatch(name) and text[m.end("name"):m.start("cls")].strip():
                name = text[start:m.end("cls")]              # "the UN refugee agency": which of the UN's it is

            if not any(s <= start < e for _, s, e in found):
                found.append((name, start, start + len(name)))
    return found


# "The agency said 478 tremors had been recorded": a body named earlier in the text, called by the kind of body
# it is. The credit is the last name of that kind before it: "the Japan Meteorological Agency", "the Ministry of
# Health", within a few paragraphs.
_KINDS = ("agency|ministry|department|company|firm|bank|authority|commission|council|office|service|board|institute|"
          "survey|centre|center|bureau|union|committee|organi[sz]ation|regulator|watchdog|operator|airline|utility|"
          "court|brigade|coastguard|guard|administration|corporation")
_DEFINITE_CREDIT = regex.compile(
    rf"(?:^|(?<=[\s(\"“]))(?i:the)[ \t]+(?P<kind>{_KINDS})[ \t]+(?:has[ \t]+|have[ \t]+|had[ \t]+)?"
    rf"(?:(?:later|also|earlier|initially|first|then|now|separately|previously)[ \t]+)?{_CREDIT_VERB}\b")
ANTECEDENT_REACH = 1500


def antecedent_credits(text: str, lo: int, hi: int) -> list[tuple[str, int, int]]:
    """The bodies text[lo:hi] credits by their kind ("the agency said"), each named as it was last named before:
    (name, start, end of the kind's words)."""
    found = []
    for m in _DEFINITE_CREDIT.finditer(text, lo, hi):
        last = None
        for last in _named_of_kind(m.group("kind").lower()).finditer(text, max(0, m.start() - ANTECEDENT_REACH),
                                                                       m.start()):
            pass
        if last is not None and _bare(last.group()):
            found.append((_bare(last.group()), m.start("kind"), m.end("kind")))
    return found


@lru_cache(maxsize=64)
def _named_of_kind(kind: str) -> regex.Pattern:
    """A name that ends in the kind of body ("Japan Meteorological Agency") or begins with it ("Ministry of
    Health")."""
    kind = kind.capitalize()
    return regex.compile(rf"{_CAP}(?:[ \t]+(?:(?:of|for|the|and)[ \t]+)?{_CAP}){{0,5}}[ \t]+{kind}\b"
                         rf"|\b{kind}[ \t]+(?:of|for)[ \t]+(?:the[ \t]+)?{_CAP}(?:[ \t]+(?:and[ \t]+)?{_CAP}){{0,3}}")


# a body of bodies, whose own agencies the words after it tell apart ("the UN refugee agency", "the U.N. migration
# agency", "the EU border agency")
_UMBRELLA = regex.compile(r"U\.?N\.?|E\.?U\.?|U\.?S\.?")


def _bare(name: str) -> str:
    """The name without the common words before it ("The CGT": CGT), a possessive or a full stop after it."""
    words = name.split()
    while words and fold(words[0]) in COMMON and "." not in words[0] and not (
            len(words[0]) > 1 and words[0].isupper()):      # "US Geological Survey" keeps its "US"
        words = words[1:]
    name = " ".join(words).removesuffix("'s").removesuffix("’s")
    if name.endswith(".") and "." not in name[:-1].split()[-1]:
        name = name[:-1]                                    # a full stop, not "U.S."
    return name


def _merged(windows: list[tuple[int, int]]) -> list[tuple[int, int]]:
    out: list[list[int]] = []
    for a, b in windows:
        if out and a <= out[-1][1]:
            out[-1][1] = max(out[-1][1], b)
        else:
            out.append([a, b])
    return [(a, b) for a, b in out]


_SMALL = {"the", "of", "for", "and", "de", "du", "des", "la", "le", "on"}


def _key_words(name: str) -> str:
    """The words that tell one body from another: "CGT" of "the CGT union"; all of "Swiss National Bank", where
    the words left ("Swiss") are fewer than the kind-of-body words and would name any Swiss thing."""
    words = [w for w in fold(name).split() if w not in _SMALL]
    key = [w for w in words if w not in _GENERIC]
    return " ".join(key if 2 * len(key) >= len(words) else words)


def same_credit(mine: str, theirs: str) -> bool:
    """Whether two credits name one body: spelt alike, one the initials of the other (USGS, U.S. Geological Survey),
    or the same words of substance ("the Labour Party" / "Labour")."""
    a, b = _key_words(mine), _key_words(theirs)
    if not a or not b:
        return fold(mine) == fold(theirs)
    if _same_person(mine, theirs):
        return True
    initials = (_initials(mine), _initials(theirs))
    compact = (fold(mine).replace(" ", ""), fold(theirs).replace(" ", ""))
    return (_same_words(a.split(), b.split()) or initialism_of(compact[0], initials[1])
            or initialism_of(compact[1], initials[0]) or compact[0] == compact[1])


_MORE_TITLES = frozenset("lieutenant lt gov gen sgt".split())


def _same_person(mine: str, theirs: str) -> bool:
    """One person titled or named two ways: the same surname after the titles, the given name before it the same
    or a short form of it ("Lt. Gov. Todd Lamb" / "Oklahoma's Lieutenant Governor Todd Lamb", "Sheriff Gregory
    Ahern" / "Alameda County Sheriff Greg Ahern")."""
    a, b = ([w for w in fold(n).split() if w not in TITLES and w not in _MORE_TITLES] for n in (mine, theirs))
    if len(a) < 2 or len(b) < 2 or a[-1] != b[-1] or fold(mine).split()[-1] != a[-1]:
        return False
    return a[-2] == b[-2] or nickname_of(a[-2], b[-2])


def _same_words(a: list[str], b: list[str]) -> bool:
    """The same words of substance, spelt alike; the fewer words of one only when they end as the other does
    ("Labour" / "UK Labour", "Red Cross" / "Kenya Red Cross"; not "Kenya" / "Kenya Medical")."""
    if set(a) != set(b) and (set(a) <= set(b) or set(b) <= set(a)):
        return a[-1] == b[-1]
    return fuzz.token_set_ratio(" ".join(a), " ".join(b)) >= 80


def _initials(name: str) -> str:
    """"usgs" for "U.S. Geological Survey": an initialism gives all its letters, another word its first."""
    words = [w for w in name.split() if w.lower() not in ("of", "the", "and", "for")]
    return fold("".join(w.replace(".", "") if "." in w.rstrip(".") else w[0] for w in words))


def credit_clauses(text: str, start: int, end: int) -> list[tuple[int, int]]:
    cuts = [m.span() for m in _CLAUSE_BREAK.finditer(text, start, end)]
    bounds, at = [], start
    for a, b in cuts:
        bounds.append((at, a))
        at = b
    bounds.append((at, end))
    return bounds


def _their_credits(sentence, q, doc_text: str | None = None) -> list[str]:
    """The credit of a source sentence's figure: in the figure's clause, else the sentence's only credit. With the
    text of its source, a body credited by its kind ("the agency said") is named as that text last named it."""
    text = sentence.text
    at = q.start - sentence.start
    for lo, hi in credit_clauses(text, 0, len(text)):
        if lo <= at < hi:
            mine = credits_in(text, lo, hi) or _antecedents(doc_text, sentence.start, lo, hi)
            if mine:
                return [name for name, _, _ in mine]
    every = credits_in(text) or _antecedents(doc_text, sentence.start, 0, len(text))
    return [every[0][0]] if len(every) == 1 else []


def _antecedents(doc_text: str | None, offset: int, lo: int, hi: int) -> list[tuple[str, int, int]]:
    return antecedent_credits(doc_text, offset + lo, offset + hi) if doc_text is not None else []


def draft_credit_rows(draft_doc, documents: dict, labels: list[str], told: dict, display: dict[str, str]) -> list[dict]:
    """A row for each name the draft credits with a fact that a source tells: `contradicted` when the sources
    that tell it credit another name and none names the draft's, `supported` when one credits the same.
    `told`: figures_told of the sources."""
    index = sentences = None
    rows = []
    for sentence in draft_doc.sentences:
        if sentence.is_heading:
            continue
        text = draft_doc.text
        for lo, hi in credit_clauses(text, sentence.start, sentence.end):
            credits = credits_in(text, lo, hi)
            if not credits:
                continue
            clause = text[lo:hi]
            # "thousands of people" is no figure a source states: any crowd of fans is told so
            figures = [q for q in draft_doc.quantities if lo <= q.start < hi and q.kind in TOLD_KINDS
                       and q.qualifier != "vague"]
            retold: list[tuple[str, str, list[str]]] = []       # (source, sentence, its credits)
            if figures:
                words = words_of(sentence.text)
                for q in figures:
                    for label, theirs, their_sentence, tq in told_as(told, q.stated, q.unit, (q.low, q.high)):
                        if len(words & words_of(theirs)) >= SHARED_WORDS:
                            retold.append((label, theirs, _their_credits(their_sentence, tq,
                                                                         documents[label].text)))
            else:
                if index is None:
                    index, sentences = sentence_index([(label, documents[label].text, documents[label].sentences)
                                                        for label in labels])
                    starts = [s.start for label in labels for s in documents[label].sentences if not s.is_heading]
                retold = _retold_clause(clause, index, sentences,
                                        lambda n: _antecedents(documents[sentences[n][0]].text, starts[n], 0,
                                                               len(sentences[n][1])))
            if not retold:
                continue
            for name, start, end in credits:
                if figures and runs_it(text, start, lo):
                    continue        # "the Bell 206, operated by X, came apart, killing six": X owns, not counts
                rows.extend(_verdict(name, start, end, retold, sentence.text, display))
    return rows


# who runs or owns a thing the clause tells of, not whose figure it gives
_RUN_BY = regex.compile(r"\b(?:operated|owned|run|led|acquired|bought|built|made|taken\s+over)\s+by\s+(?:the\s+)?\Z")


def runs_it(text: str, start: int, lo: int = 0) -> bool:
    """Whether the credit at text[start:] is who runs or owns a thing ("operated by X"), not who gives a figure."""
    return bool(_RUN_BY.search(text, max(lo, start - 30), start))


def _retold_clause(clause: str, index: dict, sentences: list, antecedents) -> list[tuple[str, str, list[str]]]:
    """The source sentences worded like a draft clause that has no figure, each with its only credit
    (`antecedents(n)`: the bodies sentence n credits by their kind, named as its source last named them)."""
    # the clause without its credit: "the FSB said it had closed the case" and "the Investigative Committee said
    # it had closed the case" tell one fact, which is what is asked; and "…, according to the Central Weather
    # Bureau" is not the retelling of every sentence that credits that bureau with something else
    credits = credits_in(clause)
    bare = _blanked(clause, [(s, e) for _, s, e in credits])
    shared = sentences_sharing({w.lower() for w in ANY_WORD.findall(bare) if len(w) > 3}, index)
    out = []
    mine = _pieces(bare)
    credited = {w for name, _, _ in credits for w in words_of(name)}
    substance = words_of(bare) - credited
    for n, k in shared.items():
        label, theirs = sentences[n]
        # token_set_ratio alone scores high whenever the shorter side's words are all in the longer
        if k >= SHARED_WORDS and (any(fuzz.token_set_ratio(a, b) >= RETOLD_SCORE
                                     and fuzz.token_sort_ratio(a, b) >= RETOLD_SORTED_SCORE
                                     for a in mine for b in _pieces(theirs)) or _most_words_in(substance, theirs)):
            found = credits_in(theirs) or antecedents(n)
            out.append((label, theirs, [found[0][0]] if len(found) == 1 else []))
    return out


RETOLD_SHARE = 0.6  # ... or the share of the clause's words of substance (its credit's aside) the sentence holds
RETOLD_LEAST = 3    # ... and at least this many of them


def _most_words_in(substance: set[str], theirs: str) -> bool:
    """Whether a source sentence holds most of a draft clause's words of substance: a paraphrase that no ratio of
    characters sees ("the participants had stopped their actions" / "those involved had stopped actions")."""
    shared = len(substance & words_of(theirs))
    return shared >= RETOLD_LEAST and shared >= RETOLD_SHARE * len(substance)


def _blanked(text: str, spans: list[tuple[int, int]]) -> str:
    """text with each span put out by spaces, so that what is left keeps its offsets."""
    for start, end in spans:
        text = text[:start] + " " * (end - start) + text[end:]
    return text


_COMMA = regex.compile(r",\s+")
PIECE_WORDS = 5     # a piece between commas this long can tell a fact on its own


def _pieces(text: str) -> list[str]:
    """The text, and its pieces between commas long enough to tell a fact: "The FBI said late on Wednesday that
    North Korea was responsible for the theft, which it said was worth about $1.5 billion, and ..." retells
    "the US Treasury Department said North Korea was responsible" in its first piece alone."""
    pieces = [p for p in _COMMA.split(text) if len(p.split()) >= PIECE_WORDS]
    return [text] + pieces if len(pieces) > 1 else [text]


def _verdict(name: str, start: int, end: int, retold: list, sentence: str, display: dict) -> list[dict]:
    backing = [(label, theirs) for label, theirs, credited in retold if any(same_credit(name, c) for c in credited)]
    if backing:
        labels = list(dict.fromkeys(label for label, _ in backing))
        return [row("attribution", name, name, "supported", labels, [],
                    "; ".join(f"{display.get(s, s)}: credited to {name}" for s in labels), sentence, start, end, name)]
    # a source naming the draft's credit anywhere in a sentence telling the fact: no contradiction
    if any(names_body(name, theirs) for _, theirs, _ in retold):
        return []
    # a body the draft's sentence names too is there in another role ("Putin will host …, the Kremlin said")
    others = [(label, theirs, credited[0]) for label, theirs, credited in retold
              if credited and not names_body(credited[0], sentence)]
    if not others:
        return []
    labels = list(dict.fromkeys(label for label, _, _ in others))
    says = "; ".join(f"{display.get(label, label)}: credited to {who} (“{theirs[:200]}”)" for label, theirs, who in
                     {o[0]: o for o in others}.values())
    return [row("attribution", name, name, "contradicted", [], labels, says, sentence, start, end, others[0][2])]


def names_body(name: str, sentence: str) -> bool:
    """Whether the sentence names the credit anywhere, as a credit or not."""
    key = fold(name)
    if f" {key} " in f" {fold(sentence)} ":
        return True
    capitalised = regex.findall(rf"{_CAP}(?:[ \t]+(?:(?:of|for|the|and|de)[ \t]+)?{_CAP})*", sentence)
    return any(same_credit(name, c) for c in capitalised if fold(c) not in COMMON)
