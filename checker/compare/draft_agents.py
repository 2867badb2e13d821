"""Who did it: the body the draft says did a thing, against the body the sources say did it.

"A reward of up to $50,000 has been offered by the Capitol Police" where the sources write "The FBI is offering a
reward of $50,000"; "the FBI added the address to its sanctions list" where they write "the US Treasury added the
Ethereum address ... to its sanctions list". The draft's agent (the name before its verb, or after "by" with it) is
set against the agents of the source sentences that tell the same act: the same verb, and words of substance in
common. Where one of them names the draft's body, or any of them holds its name at all, the draft may be right;
where they name another body and never the draft's: `contradicted`.
"""
from __future__ import annotations

import regex

from checker.claims import CALENDAR_WORD, REGIONS
from checker.compare.draft_retold import ORGANISATION_WORDS
from checker.compare.draft_text import row
from checker.compare.source_names import NAME_PATTERN
from checker.compare.name_findings import sentence_around
from checker.compare.sentence_index import sentences_sharing, substance_words
from checker.reading.names import COMMON, COUNTRIES, fold

# a service told by its branch and the people or craft it sent ("Brazilian air force pilots", "army bomb-disposal
# experts", "Navy divers"): the branch is the body, and the one word that tells it from another service
_BRANCH = (r"(?i:air[ \t]+force|navy|naval|army|coast[ \t]?guard|police|military|marines|national[ \t]+guard|"
           r"border[ \t]+(?:guard|police|patrol)|fire[ \t]+(?:brigade|service|department)|special[ \t]+forces)")
_SENT = (r"(?:pilots|officers|agents|divers|experts|troops|soldiers|personnel|crews?|teams?|units?|helicopters|planes|"
         r"aircraft|ships|vessels|sailors|engineers|specialists|commandos|rescuers|boats|jets|firefighters)")
_SERVICE = (rf"(?:(?:\p{{Lu}}\p{{Ll}}+[ \t]+)?{_BRANCH}(?:[ \t]+\p{{Ll}}[\p{{Ll}}-]+)?[ \t]+{_SENT}\b"
            rf"|(?<=\b[Tt]he[ \t]+){_BRANCH}\b(?![ \t]+\p{{Lu}}))")      # "the air force defused", not "the Army Corps"
_BRANCH_IN = regex.compile(rf"\b{_BRANCH}\b")
# a body may be named in lower case by its kind and what it minds: "the home ministry", "the state police"
_NAME = (rf"(?:{_SERVICE}|{NAME_PATTERN}|(?<=\b[Tt]he[ \t]+)(?:\p{{Ll}}{{3,}}[ \t]+){{1,2}}?"
         r"(?:ministry|department|police|army|navy|coastguard|coast[ \t]+guard))")
# ... or by what it is before its name: "the federal environment agency Ibama", "Environmental regulator Ibama"
# (looked for only in sentences that hold such a word: tried at every position, it doubled the time agents take)
_DESCRIBED = r"(?:agency|regulator|watchdog)"
_DESCRIBED_IN = regex.compile(rf"(?i:{_DESCRIBED})")
_DESCRIBED_NAME = rf"(?:{_NAME}|(?:\p{{L}}{{3,}}[ \t]+){{0,3}}?{_DESCRIBED},?[ \t]+{NAME_PATTERN})"
_SERVICE_NAME = regex.compile(rf"(?:\p{{Lu}}\p{{Ll}}+[ \t]+)?{_BRANCH}(?:[ \t]+\p{{Ll}}[\p{{Ll}}-]+)?[ \t]+{_SENT}|{_BRANCH}")
# "The World Food Program last Friday declared": when the act was done may stand between the body and its verb
_AUX = (r"(?:(?:(?:on|last|this|early|late)[ \t]+){0,2}(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|yesterday|today)"
        r"(?:[ \t]+(?:morning|afternoon|evening|night))?[ \t]+)?"
        r"(?:(?:has|have|had|will|would|also|later|then|now|already|\p{Ll}{2,}ly)[ \t]+)*")    # ("unanimously")
# (the body's initials in brackets may stand between: "The Transportation Safety Board of Canada (TSB) is leading")
_INITIALS = r"(?:[ \t]+\(\p{Lu}[\p{Lu}.&]{1,9}\))?"


def _act_patterns(name: str) -> tuple[regex.Pattern, ...]:
    """The forms an act is credited in, for a body named as `name` matches."""
    # "offered by the Capitol Police", "estimated at $5.5 billion by the U.S. Geological Survey": a verb, then "by"
    passive = regex.compile(rf"\b(?P<verb>\p{{Ll}}{{3,}}ed|led|run|held|paid|made|brought|taken|given|built|"
                            rf"set[ \t]+up)(?:[ \t]+[^.;:!?\n]{{0,40}}?)?[ \t]+by[ \t]+(?:the[ \t]+)?(?P<agent>{name})")
    # "the US Treasury added", "The FBI is offering": a name, then its verb in the past, or "is ...ing" (not "was
    # arrested": the name before a passive is who it was done to)
    active = regex.compile(rf"(?P<agent>{name})(?!['’]){_INITIALS}[ \t]+(?:{_AUX}(?P<verb>\p{{Ll}}{{3,}}ed|led|ran|"
                           rf"held|paid|made|brought|took|gave|built|set[ \t]+up)"
                           rf"|(?:is|are|was|were)[ \t]+(?P<ing>\p{{Ll}}{{3,}}ing))\b")
    # "UNICEF, which declared the crisis a Level 3 emergency", "the company, which operates the plant": the body a
    # relative clause tells the act of (in a relative clause a word in -s is a verb, not a plural)
    relative = regex.compile(rf"(?P<agent>{name}),[ \t]+(?:which|that|who)[ \t]+{_AUX}(?:(?:is|are)[ \t]+(?P<ing>"
                             rf"\p{{Ll}}{{3,}}ing)|(?P<verb>\p{{Ll}}{{3,}}(?:ed|es|s)|"
                             rf"led|ran|held|paid|made|brought|took|taken|gave|given|built|runs|owns))\b")
    return passive, active, relative


_ACTS = _act_patterns(_NAME)
_DESCRIBED_ACTS = _act_patterns(_DESCRIBED_NAME)

_IRREGULAR = {"led": "lead", "ran": "run", "held": "hold", "paid": "pay", "made": "make", "brought": "bring",
              "took": "take", "taken": "take", "gave": "give", "given": "give", "built": "build"}
# verbs of saying are the quotations' and the credits' to check; these say what was done, not who said so
_SAYING = frozenset({"say", "said", "tell", "told", "stat", "not", "explain", "wrot", "ask", "warn", "describ",
                     "insist", "claim", "report", "announc", "confirm", "speak", "spok"})
BODY_WORDS = ORGANISATION_WORDS | {"treasury", "firm", "inc", "ltd", "corp", "plc", "llc", "brigade", "league",
                                   "operator", "club", "airline", "airlines", "programme", "program", "fund",
                                   "organisation", "organization", "foundation", "charity", "co"}
_GENERIC = ORGANISATION_WORDS | {"firm", "inc", "ltd", "corp", "plc", "llc", "co", "us", "national"}
SHARED_WORDS = 3          # words of substance a source sentence must share with the draft's, the agents aside
CREDITS_WORDS = 2         # ... to vouch for the draft's body, where it credits that body with the act


# verbs that tell one act ("Coast Guard crews rescued three people" / "Border Patrol agents pulled three people
# from the water"), by the stem of the first
_SAME_ACT = {"pull": "rescu", "sav": "rescu", "detain": "arrest", "launch": "open", "direct": "order",
             "penalis": "fin", "penaliz": "fin", "impos": "fin"}


def _stem(verb: str) -> str:
    verb = " ".join(verb.lower().split())
    if verb in _IRREGULAR:
        return _IRREGULAR[verb]
    for suffix in ("ing", "ed", "es", "s"):
        if verb.endswith(suffix) and len(verb) - len(suffix) >= 3:
            verb = verb[:-len(suffix)]
            break
    verb = verb.rstrip("e")[:6]
    return _SAME_ACT.get(verb, verb)


def agents_of(sentence: str) -> list[tuple[str, str, int, int]]:
    """(agent, verb stem, where the agent starts and ends in the sentence) for each act the sentence credits to a
    name; verbs of saying aside."""
    found = []
    for pattern in (_DESCRIBED_ACTS if _DESCRIBED_IN.search(sentence) else _ACTS):
        for m in pattern.finditer(sentence):
            stem = _stem(m.group("verb") or m.group("ing"))
            agent = _LEADING_THE.sub("", m.group("agent"))
            if stem in _SAYING or not _a_body(agent):
                continue
            start = m.end("agent") - len(agent)
            found.append((agent, stem, start, m.end("agent")))
    return found


# "The", or a phrase of time before the name ("On Thursday the US Treasury")
_LEADING_THE = regex.compile(r"^(?:(?:On|In|At|By|From)[ \t].*?[ \t]the[ \t]+|(?:The|A|An)[ \t]+)")
_ACRONYM = regex.compile(r"^(?:\p{Lu}\.?){2,}$")


def _a_body(name: str) -> bool:
    """Whether a name is an organisation's: it holds a word saying so ("Capitol Police", "Treasury Department"),
    or is an acronym ("FBI"). People go by too many names ("Jokowi", "President Joko Widodo") to be set apart so."""
    words = name.split()
    if branch_of(name):
        return True
    return bool(words) and not CALENDAR_WORD.fullmatch(words[0]) and (
        any(w.lower().strip(".,") in BODY_WORDS for w in words) or any(_ACRONYM.match(w) for w in words))


def branch_of(name: str) -> str:
    """The service branch a name of its people or craft tells ("air force" for "Brazilian air force pilots"), or ""."""
    if not _SERVICE_NAME.fullmatch(name):
        return ""
    return _branch_key(_BRANCH_IN.search(name).group())


def branches_in(text: str) -> set[str]:
    return {_branch_key(m.group()) for m in _BRANCH_IN.finditer(text)}


def _branch_key(branch: str) -> str:
    """One key for a branch however written: "Naval", "navy"; "coastguard", "coast  guard"."""
    return " ".join(branch.lower().replace("naval", "navy").replace("coastguard", "coast guard").split())


def body_words(name: str) -> set[str]:
    """The words that tell one body from another: not "Police" or "Ltd", which many share."""
    words = (regex.sub(r"['’]s?$", "", w) for w in fold(name).replace(".", "").split())
    return {w for w in words if w not in COMMON and w not in _GENERIC and len(w) > 1}


def _initials(name: str) -> str:
    return "".join(w[0] for w in fold(name).split() if w not in COMMON and w not in ("of", "for", "the", "and"))


# the level of government a body works at: two levels are two bodies, whatever they mind
_LEVEL = {"federal": "national", "national": "national", "state": "state", "provincial": "state", "regional": "state",
          "local": "local", "municipal": "local", "city": "local", "county": "local"}


def _levels(name: str) -> set[str]:
    return {_LEVEL[w] for w in fold(name).split() if w in _LEVEL}


# a place in a body's name says where it works, not which body it is
_PLACES = COUNTRIES | {fold(r) for r in REGIONS if " " not in r}


def same_body(a: str, b: str) -> bool:
    """Whether two names may be one body: a word of substance in common ("Treasury" / "US Treasury"), or one the
    initials of the other ("FBI" / "Federal Bureau of Investigation"); never two levels of government, nor two
    bodies sharing only the place they work in."""
    wa, wb = body_words(a), body_words(b)
    if fold(a) == fold(b):
        return True
    levels_a, levels_b = _levels(a), _levels(b)
    if levels_a and levels_b and not levels_a & levels_b:
        return False                # "the federal environment agency" / "the state environment department"
    shared = wa & wb
    if shared and shared <= _PLACES and (wa - shared or wb - shared):
        return False                # "Public Utility Commission of Texas" / "Railroad Commission of Texas" / "Texas"
    if shared:
        return True
    squeezed = {fold(x).replace(".", "").replace(" ", "") for x in (a, b)}
    return bool(squeezed & {_initials(a), _initials(b)} - {""})


def draft_agent_rows(draft_text: str, draft_sentences, index, sentences: list[tuple[str, str]],
                     display: dict[str, str], taken: list[tuple[int, int]]) -> list[dict]:
    """A `contradicted` row for each body the draft credits with an act that the source sentences telling that act
    (same verb, SHARED_WORDS words of substance in common) credit to another body, never to the draft's.
    `draft_sentences`: the draft's sentence spans, as read with its text."""
    rows = []
    for span in draft_sentences:
        if span.is_heading:
            continue                        # a headline does no act
        sentence, offset = draft_text[span.start:span.end], span.start
        for agent, stem, a, b in agents_of(sentence):
            start, end = offset + a, offset + b
            if any(s < end and start < e for s, e in taken):
                continue
            own = set(fold(agent).split())
            words = substance_words(sentence, own)
            theirs = []
            for n, k in sorted(sentences_sharing(words, index).items()):
                if k < CREDITS_WORDS:
                    continue
                label, text = sentences[n]
                acts = [x for x in agents_of(text) if x[1] == stem]
                if acts:
                    theirs.append((k, n, label, text, acts))
            # a source crediting the draft's body with the act in fewer like words still vouches for it ("the fine
            # was imposed by the federal environmental agency, Ibama, for violations")
            branch = branch_of(agent)
            if not any(k >= SHARED_WORDS for k, *_ in theirs) \
                    or not branch and any(same_body(agent, x[0]) for *_, acts in theirs for x in acts):
                continue
            theirs = [t for t in theirs if t[0] >= SHARED_WORDS]
            if branch:
                # a branch against a branch: "navy pilots" where every source telling the act names the air force
                theirs = [(k, n, label, text, [x for x in acts if branch_of(x[0])]) for k, n, label, text, acts in theirs]
                theirs = [t for t in theirs if t[4]]
                if not theirs or any(branch in branches_in(text) for _, _, _, text, _ in theirs):
                    continue
            elif any(same_body(agent, x[0]) for *_, acts in theirs for x in acts) \
                    or any(body_words(agent) & body_words(text) or f" {fold(agent)} " in f" {fold(text)} "
                           for _, _, _, text, _ in theirs):
                continue            # a source telling the act credits the draft's body, or names it there
            if any(f" {fold(x[0])} " in f" {fold(sentence)} " or branch_of(x[0]) in branches_in(sentence)
                   for *_, acts in theirs for x in acts):
                continue            # "the army's Madras Engineer Group opened": the draft names the sources' body too
            k, n, label, text, acts = max(theirs, key=lambda t: (t[0], -t[1]))
            other = acts[0][0]
            says = f"{display.get(label, label)} credits {other}: “{text[:200]}”"
            rows.append(row("organisation", "who did it", agent, "contradicted", [], [label], says,
                            sentence_around(draft_text, start, end), start, end, other))
    return rows
