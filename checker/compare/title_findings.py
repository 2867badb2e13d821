"""A person's title told two ways is a finding: "FBI Deputy Director Paul Abbate" in one source, "FBI Director Paul
Abbate" in another; "Acting Senior Superintendent Chan" and "Chief Superintendent Chan"; "Finance Minister Arun
Jaitley" and "Defence Minister Arun Jaitley"; a company's "chief technology officer" and its "Chief Executive";
"Kerrville Mayor Rob Kelly" and "Kerr County Judge Rob Kelly".

Compared are the rank words around one office (deputy, acting, chief, senior...), the portfolio of a minister or a
secretary, and offices no one holds two of (a company's chair, head and chief officers; an organisation's
director, manager and secretary general; a mayor, a judge, a governor). An office named two ways ("Foreign
Minister" / "Secretary of State", "Home" / "Interior Minister") is wording, and "former" depends on when a source
was written. A source that gives one surname two titles may be naming two people, and is left out, as are sources
that give the surname another given name. Each title is a mention with its offsets, so the Summary, the Evidence
sheet and `--json` show it like any other claim.
"""
from __future__ import annotations

from collections import defaultdict

import re
from typing import NamedTuple

import pandas as pd
import regex
from rapidfuzz import fuzz

from checker.compare.findings import FINDING_COLUMNS
from checker.compare.name_findings import SPELT_ALIKE, UMLAUT_AS_E, mention_row, sentence_around, told_two_ways
from checker.compare.offices import (DEFENCE, DEFENCE_WORDS, LEAD_OFFICES, MILITARY, POLICE_RANKS, POSTS, PROSECUTOR,
                                     RANK_WORDS, SIDES, office_class)
from checker.reading.names import TITLES, fold, short_for

TITLE_CLAIM = "title"
GIVEN_CLAIM = "given name"
RANKS = ("acting deputy vice assistant associate chief senior junior principal executive interim lieutenant major "
         "managing "
         r"detective first under rear lead lt\. maj\. brig\.").split()
OFFICES = ("attorney\\s+general director superintendent commissioner inspector minister secretary president governor "
           "commander officer judge attorney general colonel sergeant constable mayor ambassador manager editor "
           "chairman chairwoman chair prosecutor counsel administrator adviser advisor spokesman spokeswoman "
           "spokesperson executive ceo sheriff brigadier admiral captain chief principal headteacher headmaster "
           "engineer lawyer collector "
           r"col\. gen\. brig\. adm\. capt\. sgt\. supt\. (?-i:Major|Maj\.)").split()   # (not "a major donor")
# rank words that make another office: "Deputy Director" is not the Director. Others only grade it, and may
# be left out ("senior adviser", "adviser"), though two grades ("Senior" / "Chief Superintendent") differ
OTHER_OFFICE = frozenset("acting deputy vice assistant associate interim lieutenant under".split())
STAND_IN = frozenset(["acting", "interim"])     # an office held for a while beside one's own (a chairman as acting CEO)
_RANK = "|".join(RANKS)
# "Chief Executive", "Chief of Staff": "chief" is a rank of another office there, no office of its own
_CHIEF_OF = (r"\s+(?i:of|operating|financial|technology|information|medical|justice|whip|constable|"
             + "|".join(OFFICES) + r")\b")
CALENDAR = ("Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July"
            "|August|September|October|November|December")
# the services of any office ("police spokesman" / "fire brigade spokesman"), and offices only one service has
_SERVICE_OF = {"police": "police", "constable": "police", "fire": "fire", "ambulance": "ambulance",
               "coastguard": "coastguard", "army": "army", "navy": "navy", "naval": "navy"}
# ... as written before an office (keep beside _SERVICE_OF: the same services)
_SERVICE = (r"police|fire(?:\s+(?:brigade|service|department))?|ambulance(?:\s+service)?|coastguard|army|navy|naval"
            r"|defen[cs]e")
# a minister's or a secretary's portfolio as written in lower case ("Junior interior minister Laurent Nunez",
# "Michael Forsyth, Britain's home secretary"); capitalised ones are any capitalised word ("the Scottish Secretary")
_PORTFOLIO_WORDS = ("home|foreign|interior|finance|defen[cs]e|justice|health|education|transport|energy|environment"
                    "|trade|economy|culture|agriculture")
# "Finance Minister X", "chief technology officer, X": rank words, the office's own words (capitalised, or the one
# between "chief" and "officer"), the office, then the name, straight after it or set off by a comma
_RANK_GAP = r"(?:\s+|-(?=\p{L}))"       # "Major General", "Major-General"
_TITLE = regex.compile(
    rf"(?<![\p{{L}}'’-])(?P<title>(?:(?i:{_RANK}){_RANK_GAP}){{0,3}}(?:(?i:{_SERVICE})\s+(?:(?i:press)\s+)?)?"
    rf"(?:\p{{Lu}}\p{{Ll}}[\p{{L}}.]*\s+|(?<=(?i:chief)\s)\p{{Ll}}{{4,}}\s+(?=(?i:officer)\b)"
    rf"|(?:{_PORTFOLIO_WORDS})\s+(?=(?i:minister|secretary)\b)){{0,2}}"
    rf"(?P<office>(?i:{'|'.join(OFFICES)})))(?!(?<=(?i:chief)){_CHIEF_OF})"
    # "the governor of Kocaeli province, Sefa Sirmen": the office's place or body, then a comma before the name
    # (not a minister's: "the Minister of Mining" is the mining minister)
    r"(?:(?<=(?i:governor|mayor|president|chairman|chairwoman|director|commissioner))"
    r"\s+of\s+(?:the\s+)?\p{Lu}[\p{L}'’-]+(?:\s+\p{L}[\p{L}'’-]*){0,2}(?=,))?"
    rf"(?:\s+|,[ \t]+(?!(?:{CALENDAR})\b))"
    r"(?P<name>(?:(?:\p{Lu}\.[ \t]?){1,3}[ \t]*)?\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){0,2})(?![\p{L}'’-])")
# "Dieter Lang, a police spokesman, said": a full name, a comma, then its title and an end to the phrase
_TITLE_AFTER = regex.compile(
    r"(?<![\p{L}'’.-])(?P<name>(?:\p{Lu}\.[ \t]?){1,3}[ \t]*\p{Lu}[\p{L}'’-]+"
    r"|\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){1,2}),"
    r"[ \t]+(?:(?i:a|an|the|then|now)\s+)?"
    # "Michael Forsyth, Britain's home secretary", "Michael Bishop, the airline's managing director"
    r"(?:(?:\p{Lu}[\p{L}.]+|(?<=(?i:the)\s)\p{Ll}{3,})['’]s\s+)?"
    rf"(?P<title>(?:(?i:{_RANK}){_RANK_GAP}){{0,3}}(?:(?i:{_SERVICE})\s+(?:(?i:press)\s+)?)?"
    rf"(?:(?:\p{{Lu}}\p{{Ll}}+|\p{{Lu}}{{2,6}}|{_PORTFOLIO_WORDS})\s+){{0,2}}"
    rf"(?P<office>(?i:{'|'.join(OFFICES)})))(?=[ \t]*(?:[,.;\n]|\Z)|\s+(?:of|for|at|in|who)\b)")
_WORD = regex.compile(r"\S+")
_OFFICE_WORD = re.compile(rf"\b(?:{'|'.join(OFFICES)})(?!\w)", re.IGNORECASE)
TITLE_REACH = 80           # characters before an office word its rank words and the body's name may take
NAME_REACH = 80            # ... and after it, the person's name
AFTER_REACH = 8            # ... or the few characters that end a title told after the name
_RANK_BEFORE = regex.compile(rf"(?<![\p{{L}}'’-])(?i:{_RANK})\s\Z")
_SENTENCE_END = regex.compile(r"\p{Ll}{2}\.\Z")     # lower case before a capitalised title, in AP style
# "acting", or a rank opening a sentence ("Junior interior minister"); not "under Mayor X"
_OPENING_RANK = regex.compile(rf"acting|interim|(?=\p{{Lu}})(?i:{_RANK})")


def _titles_at_offices(text: str):
    """The titles of the text, looked for only around its office words (a plain scan finds those fast; the title
    pattern tried at every position of a thousand texts took seconds), before the name or after it."""
    for hit in _OFFICE_WORD.finditer(text):
        for pattern, end in ((_TITLE, hit.end() + NAME_REACH), (_TITLE_AFTER, hit.end() + AFTER_REACH)):
            m = next((m for m in pattern.finditer(text, max(0, hit.start() - TITLE_REACH), min(len(text), end))
                      if m.span("office") == hit.span()), None)
            if m:
                yield m
                break


class Told(NamedTuple):
    """One person's title as one text tells it."""
    title: str                  # rank words and office, lower case
    start: int                  # where the title stands
    end: int
    given: tuple[str, ...]      # the given names, lower case; none when none is told
    name_start: int             # where the name stands, before the title or after it
    name_end: int
    rank_only: bool = False     # told after the name, as an office often a second one: compared only by its rank


def _titles(text: str) -> dict[str, Told]:
    """surname -> the title this text gives the person, for each person it gives one title."""
    seen: dict[bool, dict[str, set[str]]] = {True: defaultdict(set), False: defaultdict(set)}
    first: dict[bool, dict[str, Told]] = {True: {}, False: {}}
    for m in _titles_at_offices(text):
        if _RANK_BEFORE.search(text, max(0, m.start() - 16), m.start()):
            continue          # "Deputy Director" read from its second word: the first match took the whole title
        words = list(_WORD.finditer(m.group("title").replace("-", " ")))      # "Major-General" is a major general
        ended = [i for i, w in enumerate(words[:-1])
                 if _SENTENCE_END.search(w.group()) and w.group().lower() not in RANK_WORDS]   # ("Brig. Gen.")
        words = words[ended[-1] + 1:] if ended else words     # "... in Asia. Transport Minister": a new sentence
        while len(words) > 1 and words[0].group()[0].isupper() != words[-1].group()[0].isupper() \
                and not _OPENING_RANK.fullmatch(words[0].group()) and not _service(words[0].group().lower()) \
                and words[0].group().lower() not in DEFENCE_WORDS:       # ("Defense attorney")
            words.pop(0)                      # "Army chief General Waker": the army's chief, a general
        title = " ".join(RANK_WORDS.get(w.group().lower(), w.group().lower()) for w in words)
        start = m.start("title") + words[0].start()
        both = _BOTH_OFFICES.search(text, max(0, start - 40), start)
        if both:                              # "chairman and CEO, Pier Luigi Foschi": two offices, held together
            title, start = " ".join(both.group().lower().split()) + " " + title, both.start()
        title, start, names = _general_of(text, title, start, m.group("name").split())
        if not names:
            continue
        surname = name_key(names[-1])
        after = m.re is _TITLE_AFTER
        seen[after][surname].add(title)
        first[after].setdefault(surname, Told(title, start, m.end("title"), tuple(n.lower() for n in names[:-1]),
                                              m.start("name"), m.end("name")))
    # a title told after the name counts only for a person given none before it ("Colonel Brian Laird, commander
    # of the fighter wing": a colonel, who commands a wing), and only as the service it names ("Dieter Lang, a
    # police spokesman") or a post no one holds two of ("Mohammad Ali Karimi, the governor of Kerman province"):
    # another office told after a name is often a second one ("Jenny Watson, chair of the Electoral Commission",
    # the chief counting officer; "Carsten Spohr, Chairman of the Executive Board and CEO")
    # ... though "Ellen Engleman, vice chairwoman of the board" is no one's chairwoman, whatever else she is
    told = {surname: first[False][surname] for surname, titles in seen[False].items() if len(titles) == 1}
    return told | {surname: after if _kept_after_name(after.title) else after._replace(rank_only=True)
                   for surname, titles in seen[True].items() if len(titles) == 1 and surname not in seen[False]
                   for after in [first[True][surname]]}


def _kept_after_name(title: str) -> bool:
    """A service, a post no one holds two of, or a minister's or a secretary's portfolio ("home secretary")."""
    return bool(_service(title)) or office_class(title) in POSTS \
        or title.split()[-1] in _PORTFOLIO_OFFICES and bool(_portfolio(title))


_OFFICE_BEFORE_GENERAL = re.compile(r"\b(?:secretary|director)[ -]\Z", re.IGNORECASE)


def _general_of(text: str, title: str, start: int, names: list[str]) -> tuple[str, int, list[str]]:
    """A secretary general or a director general is one office, whichever word the title was read to end at:
    "Secretary General Abbas Gullet" (not a general named Abbas Gullet), "its secretary general, Abbas Gullet"."""
    if title.split()[-1] in ("secretary", "director") and names[0] == "General":
        return title + " general", start, names[1:]
    before = _OFFICE_BEFORE_GENERAL.search(text, max(0, start - 10), start) if title == "general" else None
    if before:
        return " ".join(before.group().lower().split()) + " general", before.start(), names
    return title, start, names


def _other_rank(a: str, b: str, grades: bool = True) -> bool:
    """Whether two titles give one office two ranks: "Deputy Director" / "Director", "Senior" / "Chief
    Superintendent" (two grades: not when `grades` is False); not "Defence Minister" / "Deputy Prime Minister" (two
    offices of one man)."""
    # the last word is the office, even one a rank word names too ("Chief Executive")
    # (a "junior minister" is a deputy one, below the cabinet's)
    ranks_a, ranks_b = ({"deputy" if w == "junior" else w for w in t.split()[:-1] if w in RANKS} for t in (a, b))
    office_a, office_b = ({w for w in t.split()[:-1] if w not in RANKS} | {t.split()[-1]} for t in (a, b))
    if not (office_a <= office_b or office_b <= office_a):
        return False
    return bool((ranks_a ^ ranks_b) & OTHER_OFFICE) or grades and bool(ranks_a and ranks_b and ranks_a != ranks_b)


# portfolios named two ways ("Home Minister" / "Interior Minister"); a country or level before an office says
# whose it is, not which ("U.S. Transportation Secretary"); a prime minister may hold a portfolio too
_SAME_PORTFOLIO = ({"home", "interior"}, {"foreign", "external"}, {"finance", "treasury"}, {"defence", "defense"},
                   {"transport", "infrastructure"})       # ("Minister of Infrastructure and Transport")
# the offices a portfolio names ("Finance Minister"); before others stand places ("Seoul Mayor", "Sri Lankan President")
_PORTFOLIO_OFFICES = frozenset({"minister", "secretary"})
_NOT_PORTFOLIO = frozenset("u.s. us uk u.k. federal state national union deputy prime former then".split())


def _portfolio(title: str) -> set[str]:
    return {w for w in title.split()[:-1] if w not in RANKS and w not in _NOT_PORTFOLIO and len(w) > 2}


# a chief of a service: "West Warwick Police Chief" is not the town's "Fire Chief"
_SERVICES_CHIEFED = frozenset("police fire army navy defence defense border prison medical".split())


def _service(title: str) -> str | None:
    """The one service a title names or implies ("Chief Constable": the police), or None."""
    services = {_SERVICE_OF[w] for w in title.split() if w in _SERVICE_OF}
    return services.pop() if len(services) == 1 else None


def _other_portfolio(a: str, b: str) -> bool:
    """Whether two titles of one office word name two portfolios: "Finance Minister" / "Defence Minister", "Police
    Chief" / "Fire Chief"; not "Transport" / "Transportation Secretary", "Kerr County Judge" / "County Judge"."""
    if a.split()[-1] == b.split()[-1] == "chief":
        sa, sb = (set(t.split()) & _SERVICES_CHIEFED for t in (a, b))
        return bool(sa and sb and sa != sb)
    if _service(a) and _service(b) and _service(a) != _service(b):
        return True
    if a.split()[-1] == b.split()[-1] == "attorney":
        la, lb = (set(t.split()) & _ATTORNEY_LEVELS for t in (a, b))
        return bool(la and lb and la != lb)         # "District Attorney" / "City Attorney"
    pa, pb = _portfolio(a), _portfolio(b)
    if a.split()[-1] not in _PORTFOLIO_OFFICES or not pa or not pb or pa <= pb or pb <= pa \
            or "prime" in a.split() + b.split():
        return False
    # (seven letters alike: "Emergencies" / "Emergency Situations Minister", words of one root)
    return not any(x.startswith(y) or y.startswith(x) or x[:7] == y[:7] or {x, y} in _SAME_PORTFOLIO
                   for x in pa for y in pb)


# the level of government an attorney serves: a district attorney prosecutes, a city attorney advises a city
_ATTORNEY_LEVELS = frozenset("district city county state u.s. us federal".split())
OTHER_OFFICES = "#offices"     # the office key of a person sources give two offices one person cannot hold
_BOTH_OFFICES = regex.compile(r"\b(?i:chairman|chairwoman|chair|president|chief\s+executive|ceo|founder)"
                              r"\s+(?:and|&)\s+\Z")


def _offices_apart(by_person: dict) -> list[tuple[tuple[str, str], dict]]:
    """((surname, OTHER_OFFICES), titles by source) for each person sources give two offices of one kind (a
    company's chair and its chief executive; a chief technology officer and a chief executive; a mayor and a
    judge), each source giving one title."""
    by_surname: dict[str, dict[str, tuple]] = defaultdict(dict)
    for (surname, office), told in by_person.items():
        for source, title in told.items():
            if not title.rank_only:
                by_surname[surname].setdefault(source, title)
    apart = []
    for surname, told in by_surname.items():
        # two offices of two services ("Chief Constable" / "chief fire officer"); one office word of two services
        # is its own group's (_other_portfolio)
        services = {_service(title) for title, *_ in told.values()}
        if None not in services and len(services) > 1 and len({t.split()[-1] for t, *_ in told.values()}) > 1:
            apart.append(((surname, OTHER_OFFICES), told))
            continue
        offices = {office_class(title) for title, *_ in told.values()}
        if None in offices or len(offices) < 2 or offices & {DEFENCE, PROSECUTOR} and not offices <= SIDES \
                or len({t.split()[-1] for t, *_ in told.values()}) < 2:       # one office word: _other_rank's
            continue
        if "director" in offices and offices & {"head", "chair"}:
            continue        # ("Company director" / "Chief Executive": a board's director may run the company)
        military = all(o.startswith(MILITARY) for o in offices)     # ("Lt. Col." / "Col.": two ranks)
        if military or offices <= POLICE_RANKS or offices <= SIDES \
                or (offices <= POSTS or not offices & (POSTS | POLICE_RANKS)) \
                and not any(w in STAND_IN for t, *_ in told.values() for w in t.split()):
            apart.append(((surname, OTHER_OFFICES), told))
    return apart


def titles_of(text: str) -> dict[str, Told]:
    """surname key -> the one title the text gives the person (see _titles)."""
    return _titles(text)


def titles_differ(a: Told, b: Told) -> bool:
    """Whether two tellings give one person two offices or two ranks of one ("Istanbul Mayor" / "Istanbul
    Governor", "captain" / "assistant captain", "Defence" / "Finance Minister"); a title told after the name only
    by a rank that makes another office ("vice chairwoman" / "chairman")."""
    if not _one_person({"a": a, "b": b}):
        return False
    if a.rank_only or b.rank_only:
        return _other_rank(a.title, b.title, grades=False)
    return _other_rank(a.title, b.title) or _other_portfolio(a.title, b.title) \
        or bool(_offices_apart({("", ""): {"a": a, "b": b}}))


def _office_word(title: str) -> str:
    """The office word a title is compared under: a portfolio's minister and secretary are one ("Business Secretary"
    / "Cabinet Office minister" give one man two portfolios), any other office its own word."""
    office = title.split()[-1]
    return "minister" if office in _PORTFOLIO_OFFICES and _portfolio(title) else office


def name_key(word: str) -> str:
    """One key for a name however its letters are written: "Müller" and "Mueller", "François" and "Francois"."""
    return fold(word.translate(UMLAUT_AS_E))


def _one_person(told: dict) -> bool:
    """Whether the sources' titles name one person: no two given names differ ("Arjun" / "Ravi Mehra"); an initial
    or a short form ("R." / "Rob" / "Robert") is the name it starts."""
    given = [[name_key(g.rstrip(".")) for g in t.given] for t in told.values() if t.given]   # (François, Francois)
    # ("Mohamed Najem" / "Najem": a given name left out)
    return all(any(x.startswith(y) or y.startswith(x) for x in a for y in b) for a in given for b in given)


def title_findings(event: str, texts: dict[str, str], paths: dict[str, str],
                   mention_columns: list[str]) -> tuple[pd.DataFrame, pd.DataFrame]:
    """(findings, mentions) for the people two sources give one office with other rank words; `texts` maps
    each source's label to its text, in the order sources are listed."""
    by_person: dict[tuple[str, str], dict[str, Told]] = defaultdict(dict)
    for source, text in texts.items():
        for surname, told in _titles(text).items():
            by_person[(surname, _office_word(told.title))][source] = told
    findings, mentions = [], []
    for (surname, office), told in list(by_person.items()) + _offices_apart(by_person):
        if not _one_person(told) or office != OTHER_OFFICES and not any(
                _other_rank(a.title, b.title, grades=not (a.rank_only or b.rank_only))
                or not (a.rank_only or b.rank_only) and _other_portfolio(a.title, b.title)
                for a in told.values() for b in told.values()):
            continue
        claim = f"{TITLE_CLAIM}:{surname}"
        name = surname.capitalize()
        for source, (title, start, end, *_) in told.items():
            written = texts[source][start:end]
            mentions.append(mention_row(mention_columns, source=source, path=paths.get(source), claim=claim,
                                        kind="title", text=written, start=start, end=end, value=title, event=event,
                                        sentence=sentence_around(texts[source], start, end),
                                        why=f"{written}: the title the source gives {name}"))
        counts = pd.Series({source: title for source, (title, *_) in told.items()}).value_counts()
        majority = counts.index[0] if counts.iloc[0] > 1 else None
        findings.append({
            "finding_id": f"{claim}|{event}", "claim": claim, "label": f"Title: {name}", "event": event,
            "event_label": event, "status": "conflict",
            "values": {s: texts[s][told[s].start:told[s].end] for s in texts if s in told},
            "disagree": sorted(s for s in told if majority is None or told[s].title != majority),
            "note": f"{name}'s {'office' if office == OTHER_OFFICES else 'title'} told two ways: "
                    + ", ".join(sorted({t for t, *_ in told.values()})),
            "sources": len(told)})
    given_findings, given_mentions = _given_names_apart(by_person, event, texts, paths, mention_columns)
    return pd.DataFrame(findings + given_findings, columns=FINDING_COLUMNS), \
        pd.DataFrame(mentions + given_mentions, columns=mention_columns)


def _given_names_apart(by_person: dict, event: str, texts: dict[str, str], paths: dict[str, str],
                       mention_columns: list[str]) -> tuple[list[dict], list[dict]]:
    """One holder of a post no two people in a story hold, given two first names: "Plumas County Sheriff Todd
    Johns" / "Plumas County Sheriff Tom Johns"; "Plant director Viktor Bryukhanov" / "director, Vladimir
    Bryukhanov". A short form or a nickname ("Rob" / "Robert") is the same name."""
    findings, mentions = [], []
    for (surname, office), told in by_person.items():
        # a name of two words only: "José Antonio Gali Fayad" is read "José Antonio Gali", and no title word
        given = {source: t.given[0] for source, t in told.items()
                 if len(t.given) == 1 and len(t.given[0]) > 2 and fold(t.given[0]) not in TITLES and not t.rank_only}
        firsts = {fold(g) for g in given.values()}
        if len(firsts) < 2 or any(short_for(a, b) or a.startswith(b) or fuzz.ratio(a, b) >= SPELT_ALIKE
                                  for a in firsts for b in firsts if a != b) \
                or office_class(office) not in POSTS | LEAD_OFFICES | {"head", "chair"}:
            continue      # a spelling is the names' matter; two spokesmen may share a surname, a sheriff is one
        told_given = {}
        for source, first in given.items():
            start, end = told[source].name_start, told[source].name_end
            at = texts[source].lower().rfind(first, start, end)
            told_given[source] = (texts[source][at:at + len(first)], at, at + len(first),
                                  sentence_around(texts[source], start, end))
        finding, rows = told_two_ways(f"{GIVEN_CLAIM}:{surname}", f"Given name: {surname.capitalize()}",
                                      f"one {office} given two first names: "
                                      + ", ".join(sorted({v for v, *_ in told_given.values()})),
                                      told_given, event, paths, mention_columns,
                                      "{value}: the given name the source gives the " + office)
        findings.append(finding)
        mentions += rows
    return findings, mentions
