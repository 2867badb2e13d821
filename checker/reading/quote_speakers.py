"""Who said a quote: "Putin said" / "said Putin" next to it, a name before a colon that ends the words leading
into it, "he said" resolved to the person the paragraph (or the one before) is about, "the Russian president"
resolved through the title the source gave a named person. Finding the quotes is checker.reading.quotes.
"""
from __future__ import annotations

import bisect
import itertools
from dataclasses import dataclass

import re

import regex

from checker.reading.names.finding import CALENDAR, COMMON, TITLES, hyphenated_given_name
from checker.reading.quantities.lexicon import PERSON_NOUNS
from checker.reading.names.spelling import fold
from checker.reading.text import Sentence, SentenceIndex

SPEECH_VERBS = """said says say told tells added adds noted notes stressed stresses insisted insists assured assures
    confirmed confirms pleaded declared declares warned warns argued argues explained explains stated states wrote
    writes tweeted asked asks replied replies answered continued continues concluded emphasised emphasized
    emphasises emphasizes underlined underlines vowed vows promised promises urged urges claimed claims acknowledged
    admitted recalled remarked observed commented announced announces reiterated affirmed cautioned complained
    predicted suggested recounted responded added apologised apologized""".split()
_VERB = r"(?:(?:was|is)\s+quoted\s+as\s+saying|" + "|".join(sorted(set(SPEECH_VERBS), key=len, reverse=True)) + r")\b"
_ADVERB = r"(?:\p{Ll}{1,30}ly\s+|also\s+|later\s+|then\s+|has\s+|had\s+|once\s+|again\s+)?"
_TITLE_WORDS = r"(?:president|prime\s+minister|premier|minister|chancellor|leader|spokesman|spokeswoman|" \
               r"spokesperson|official|ambassador|envoy|secretary|chief|head|king|queen|general|governor|mayor|" \
               r"senator|commander|counterpart|monarch|emir|sheikh|pope)"
_DESCRIPTION = r"(?i:the\s+(?:[\p{L}-]{1,40}\s+){0,3}?" + _TITLE_WORDS + r")\b"
_DESCRIPTION_RE = regex.compile(_DESCRIPTION)
_NAME = r"(?:\p{Lu}[\p{L}\p{M}'’.-]{0,40}\s+){0,4}\p{Lu}[\p{L}\p{M}'’-]{1,40}"
_WHO = rf"(?:(?P<pron>\b[Hh]e|\b[Ss]he)\b|(?P<desc>{_DESCRIPTION})|(?P<name>{_NAME}))"
# White space within a paragraph (wire copy wraps lines, but a blank line ends the attribution).
_GAP = r"(?:[^\S\n]|\n(?![ \t]*\n))*"
# ," Putin said   ,” the Russian president told journalists   ," he added
_AFTER = regex.compile(rf"{_GAP}[,.!?;:—–-]?{_GAP}{_WHO}\s+{_ADVERB}{_VERB}")
# ," Changpeng Zhao, chief executive of Binance, the biggest exchange, wrote on Twitter
# (a full stop within it only an initial's: "commander of U.S. Air Forces in Europe")
_APPOSITION = r"(?:[^,\"“”\n.;!?]|(?<=(?<!\p{L})\p{Lu})\.){1,80}"
_AFTER_APPOSED = regex.compile(rf"{_GAP}[,.!?;:—–-]?{_GAP}{_WHO},(?:{_APPOSITION},){{1,2}}\s+{_ADVERB}{_VERB}")
# Its leader, Han Dong-hoon, spoke out within the hour: "   Binance's chief offered help, writing: "
_WHO_RE = regex.compile(_WHO)
_COLON_END = regex.compile(r":\s*$")
# ," said Putin
# "Faure. Marine": a sentence ends in the name; not "J. R.", "U.S.", "Gov. Ron", "Capt. Ann", "Brig. Gen. Brian"
_SENTENCE_IN_NAME = regex.compile(r"(?<=\b\p{Lu}\p{Ll}{3,})(?<!\b(?:Capt|Supt|Insp|Prof|Cmdr|Sgt|Corp|Dept|Bros|Brig|Lieut|Comdr|Msgr|Atty))\.\s+")
# ("said Socialist Party leader Olivier Faure": the body and the role before the name are not the speaker)
_BODY_ROLE = (r"(?:(?:\p{Lu}[\p{L}\p{M}'’.-]{1,40}\s+){1,4}(?:leader|chief|head|spokes(?:man|woman|person)|secretary|"
              r"minister|president|chair(?:man|woman)?|director|commander|adviser|advisor|lawyer|official)\s+"
              r"(?=\p{Lu}))?")
_BODY_ROLE_AT = regex.compile(_BODY_ROLE)
# ("said shift engineer Andriy Bondar", "said local resident Mary Jones": a role in lower case, then the name; not
# "said in Kyiv", "said on Monday")
_NOT_ROLE = ("on in at to from by for with of after before during the a an and or but that this these those it its "
             "he she they we i you his her their our my your who which when while as than then there here also not "
             "only just later earlier today yesterday tonight last next week month year morning afternoon "
             "evening night").split()
_LOWER_ROLE = rf"(?:(?!(?:{'|'.join(_NOT_ROLE)})\s)\p{{Ll}}[\p{{Ll}}-]{{1,20}}\s+){{1,3}}(?=\p{{Lu}})"
# (",\" said the Rev. Ed Karasek": "the" before a capitalised title is no description)
_AFTER_INVERTED = regex.compile(rf"{_GAP}[,.!?;:—–-]?{_GAP}{_VERB}\s+(?:the\s+(?=\p{{Lu}}))?"
                                rf"(?:{_BODY_ROLE}|{_LOWER_ROLE}){_WHO}")
# Putin pleaded: "   he assured and added: "   Putin told reporters on Monday: "
# "The committee's chair, Prof Dimie Ogoina, said": a name set apart by commas, before its verb
_WHO_SAID = rf"(?:(?<=,\s{{1,3}}){_WHO},|{_WHO})\s+{_ADVERB}{_VERB}"
_BEFORE = regex.compile(rf"{_WHO_SAID}(?:\s+[\p{{L}}\p{{N}}’'-]+){{0,3}}?[:,]?\s*$")
# Putin underlined that ... "text"
_IN_SENTENCE = regex.compile(_WHO_SAID)
# "Ken Lewis called the deal", "Hufeld described the affair on Monday as": the words right before the quote name
# whose words they are (only there: "the mayor called for calm" elsewhere in a sentence names no speaker)
# ... and "It was Ruud Lubbers who called the crash", "Lubbers, who described it as"
_CALLED_BEFORE = regex.compile(rf"(?:(?<=,\s{{1,3}}){_WHO},|{_WHO})(?:,?\s+who)?\s+{_ADVERB}"
                               rf"(?:called|calls|described|describes|branded|brands|dubbed|termed)"
                               rf"(?:\s+[\p{{L}}\p{{N}}’'-]+){{0,4}}?(?:\s+as)?,?\s*$")
# The same, matched from the verb backwards: a whole text is searched verb by verb, since trying a name at every
# capital letter costs far more than finding the few speech verbs first.
_SAID_BACKWARDS = regex.compile(rf"(?r){_WHO},?\s+{_ADVERB}{_VERB}")   # "..., Irene Priolo, said"
# "Khamenei, 83, said", "Tavida Kamolvej, Bangkok's deputy governor, told reporters": an age or a role between;
# "Cardinal Kevin Farrell, the camerlengo, who said that": a relative clause's speaker
_SAID_APPOSED_BACKWARDS = regex.compile(rf"(?r)(?P<name>{_NAME}),{_APPOSITION},\s+(?:who\s+)?{_ADVERB}{_VERB}")
# the standard module finds a plain alternation of words over twice as fast; no letter or digit before the verb
_LOWER_WORD_BEFORE = regex.compile(r"\b\p{Ll}+[ \t]+\Z")
_SPEECH_VERB = re.compile(r"(?<![^\W_])" + _VERB)
_LONGEST_SPEAKER = 400  # characters: a name of five words with its title and adverb is far shorter
# "told Pashinyan", "asked Aliyev": the person spoken to, never the speaker
_SPOKEN_TO = regex.compile(rf"(?:told|tells|asked|thanked)\s+(?P<name>{_NAME})")
# Russian President Vladimir Putin, Armenian Prime Minister Nikol Pashinyan
_TITLED = regex.compile(r"(?P<title>(?:\p{Lu}[\p{L}-]{1,40}\s+)?(?:President|Prime\s+Minister|Premier|Chancellor|"
                        r"(?:Foreign|Defen[cs]e|Interior|Finance)\s+Minister|Minister|Secretary(?:[- ]General)?|"
                        r"King|Queen|Emir|Sheikh|Governor|Mayor|Senator|Speaker|Ambassador|General|Pope|"
                        r"Mr\.?|Mrs\.?|Ms\.?|Dr\.?|MM\.?"
                        # a role in lower case before a name: "Reform leader Nigel Farage", "police chief Tom Lang"
                        r"|(?<!\p{L})(?:leader|spokes(?:man|woman|person)|chief|chair(?:man|woman)|founder|prosecutor)))"
                        r"\s+(?P<name>(?:\p{Lu}[\p{L}\p{M}'’-]{1,40}\s+){0,3}"
                        r"\p{Lu}[\p{L}\p{M}'’-]{1,40})")

# "The regional president, Carlos Mazón, has ...", "its chief executive, Ann Vale,": a role in lower case, then the
# person between commas. Found from the role (a few per text), then the words before it checked: scanning every
# "the" of a long text for one costs more than the rest of the speakers' reading.
_ROLE_WORDS = frozenset("""president minister premier chancellor mayor governor leader spokesman spokeswoman
    spokesperson chief executive head director chair chairman chairwoman secretary ambassador commander prosecutor
    judge sheriff founder""".split())
_WORD_COMMA = re.compile(r"(?<![\w-])([a-z]+),\s+(?=[^\W\d_a-z])")       # "president, C": the cheap scan
_APPOSED_NAME = regex.compile(r"(?P<name>(?:\p{Lu}[\p{L}\p{M}'’-]{1,40}\s+){0,2}\p{Lu}[\p{L}\p{M}'’-]{1,40}),")
_ROLE_LEAD = regex.compile(r"\b(?i:the|its|their|his|her)\s+(?:[\p{Ll}-]{2,30}\s+){0,3}?\Z")


def _apposed_roles(text: str):
    """(start, role as written after its determiner, the name) of each "the <role>, <Name>," in the text."""
    for match in _WORD_COMMA.finditer(text):
        if match.group(1) not in _ROLE_WORDS:
            continue
        name = _APPOSED_NAME.match(text, match.end())
        lead = name and _ROLE_LEAD.search(text, max(0, match.start() - 60), match.start(1))
        if lead:
            yield lead.start(), text[lead.start():match.end(1)], name.group("name")


_INTRO_LEAD = regex.compile(r"\b(?i:a|an)\s+(?:[\p{Ll}\p{N}-]{2,30}\s+){0,4}?\Z")
_FULL_NAME = regex.compile(r"(?P<name>\p{Lu}[\p{Ll}\p{M}'’-]{1,40}(?:\s+\p{Lu}[\p{Ll}\p{M}'’-]{1,40}){1,2}),")


def _introduced(text: str):
    """The surname of each person a text introduces by what they are: "a 17-year-old cloakroom attendant, Islam
    Khalilov," (a full name between commas after "a <noun>"), so that "he told" after it is theirs."""
    for match in _WORD_COMMA.finditer(text):
        if match.group(1) in _ROLE_WORDS:
            continue                                    # (the roles' own scan has those)
        name = _FULL_NAME.match(text, match.end())
        if name and _INTRO_LEAD.search(text, max(0, match.start() - 60), match.start(1)):
            yield _surname(name.group("name"))


def _surname(written: str) -> str | None:
    """'Russian President Vladimir Putin' -> 'Putin'; None when nothing but titles and common words."""
    words = [w.rstrip(".") for w in written.split()]
    if words and words[-1].endswith(("'s", "’s")):
        return None  # "Putin's spokesman": not Putin
    # "On Wednesday he went to the court, telling reporters:": a day is never who spoke
    kept = [w for w in words if fold(w) not in TITLES and fold(w) not in COMMON and fold(w) not in CALENDAR]
    if len(kept) >= 2 and hyphenated_given_name(kept[-1]):
        return kept[-2]     # "Yoon Hee-geun": the family name first, as another outlet's "Commissioner Yoon" has it
    return kept[-1] if kept else None


@dataclass
class _Person:
    start: int
    end: int
    name: str
    sentence: int
    paragraph: int


class Speakers:
    """The people one source names, and the titles it gives them, to resolve 'he' and 'the Russian president'."""

    def __init__(self, text: str, index: SentenceIndex, quoted: list):
        self.text, self.index = text, index
        spans = sorted((p[0], p[1]) for span in quoted for p in span.parts)
        # Whether an offset is quoted, by bisection: the furthest end among spans starting at or before it.
        self._quote_starts = [start for start, _ in spans]
        self._quote_reach = list(itertools.accumulate((end for _, end in spans), max))
        self.titles: list[tuple[int, str, str]] = []  # (offset, folded title, surname)
        surnames: set[str] = set()
        for match in _TITLED.finditer(text):
            name = _surname(match.group("name"))
            if name and not self._inside_quote(match.start()):
                self.titles.append((match.start(), fold(match.group("title")), name))
                surnames.add(name)
        apposed = []                                    # "The regional president, Carlos Mazón, has defended"
        for start, role, written in _apposed_roles(text):
            name = _surname(written)
            if name and not self._inside_quote(start):
                self.titles.append((start, fold(" ".join(role.split()[1:])), name))
                surnames.add(name)
                apposed.append(start)
        for name in _introduced(text):                   # "a 17-year-old cloakroom attendant, Islam Khalilov,"
            if name:
                surnames.add(name)
        for match in _said(text):
            if match.group("name") and not self._inside_quote(match.start()):
                name = _surname(match.group("name"))
                if name and not (name == match.group("name").strip() and fold(name) in PERSON_NOUNS):
                    surnames.add(name)      # "Officials say": a group, never the "he" of a later quotation
        self.people: list[_Person] = []
        if surnames:
            # compiled anew for each text: the standard module compiles a plain alternation several times faster
            pattern = re.compile(r"\b(?:" + "|".join(map(re.escape, sorted(surnames, key=len, reverse=True))) + r")\b")
            for match in pattern.finditer(text):
                self._add(match.start(), match.end(), match.group())
        for match in _DESCRIPTION_RE.finditer(text):
            if match.start() in apposed:
                continue                                # its name follows it, and is there already
            name = self.resolve_description(match.group(), match.start())
            if name:
                self._add(match.start(), match.end(), name)
        self.people.sort(key=lambda p: p.start)
        self._people_starts = [p.start for p in self.people]

    def _inside_quote(self, offset: int) -> bool:
        at = bisect.bisect_right(self._quote_starts, offset) - 1
        return at >= 0 and offset < self._quote_reach[at]

    def _add(self, start: int, end: int, name: str) -> None:
        sentence = self.index.at(start)
        if sentence is not None and not self._inside_quote(start):
            self.people.append(_Person(start, end, name, sentence.index, sentence.paragraph))

    def _first_named(self) -> dict[str, list[tuple[int, str]]]:
        """Each title's people, by where the text first gives them that title: few per title, however long the
        text, so that resolving a description costs the same at the end of a long text as at its start."""
        if not hasattr(self, "_by_title"):
            firsts: dict[str, dict[str, int]] = {}
            for offset, title, name in self.titles:
                firsts.setdefault(title, {}).setdefault(name, offset)
            self._by_title = {t: sorted((o, n) for n, o in names.items()) for t, names in firsts.items()}
        return self._by_title

    def resolve_description(self, written: str, before: int) -> str | None:
        """'the Russian president' -> the person this source earlier called 'Russian President ...'."""
        words = fold(written).split()[1:]  # without "the"
        phrase = " ".join(words)
        by_title = self._first_named()
        for test in (lambda t: t == phrase,                                   # the Russian president
                     lambda t: words[0] in t.split()[:1] and len(words) > 1,  # the Russian leader
                     lambda t: t.endswith(words[-1])):                        # the president
            found = {name for title, people in by_title.items() if test(title)
                     for offset, name in people if offset < before}
            if len(found) == 1:
                return found.pop()
        return None

    def nearest_before(self, offset: int, paragraph: int, exclude: str | None) -> tuple[str, str] | None:
        """The person the text was about just before `offset`: the first named in the nearest sentence."""
        at = bisect.bisect_left(self._people_starts, offset)
        person = None
        for i in range(at - 1, -1, -1):                     # in text order, so walking back finds the nearest first
            candidate = self.people[i]
            if candidate.paragraph < paragraph - 1 or (person is not None and candidate.sentence < person.sentence):
                break
            if candidate.paragraph in (paragraph, paragraph - 1) and candidate.name != exclude:
                person = candidate                          # the first named in that sentence, in the end
        if person is None:
            return None
        where = "paragraph" if person.paragraph == paragraph else "previous paragraph"
        return person.name, f"he -> nearest named speaker in {where}"


def _said(text: str):
    """Each "<who> said" of the text, in order, none overlapping."""
    end = 0
    for verb in _SPEECH_VERB.finditer(text):
        if verb.start() < end:
            continue
        lo = max(end, verb.start() - _LONGEST_SPEAKER)
        match = _SAID_BACKWARDS.search(text, lo, verb.end())
        if match is None or match.end() != verb.end() \
                or _LOWER_WORD_BEFORE.search(text, max(0, match.start() - 20), match.start()):
            # none, or "Luke Ebbs, the country director for Save the Children, said", whose plain match's
            # "Children" closes an apposition: the person is the name before the apposition
            apposed = _SAID_APPOSED_BACKWARDS.search(text, lo, verb.end())
            if apposed is not None and apposed.end() == verb.end():
                match = apposed
        if match is not None and match.end() == verb.end():
            yield match
            end = match.end()


# "When Simpson struggled to pull on the gloves, Cochran seized the moment, telling jurors:": a clause before the
# sentence's subject, whose names are not the speaker's
_LEADING_CLAUSE = regex.compile(r"\s*(?:When|After|As|While|Before|Although|Though|If|Because|Since|Once|Until|Unless)"
                                r"\b[^,:]*,\s*")


def _colon_lead(lead: str):
    """The first person named in words that end with a colon before a quote, past a clause that opens them: the
    one whose words they are."""
    if not _COLON_END.search(lead) or any(mark in lead for mark in '"“”«»'):
        return None
    clause = _LEADING_CLAUSE.match(lead)
    for who in _WHO_RE.finditer(lead, clause.end() if clause else 0):
        name = who.group("name")
        if name and _BODY_ROLE_AT.match(lead, who.start()).end() > who.start():
            continue                            # "Chiefs chairman Kaizer Motaung, ... said:": the body's, not him
        if who.group("pron") or who.group("desc") or name and not name.isupper() and _surname(name):
            return who                          # "PPP leader Han Dong-hoon": a party's initials are no speaker
    return None


def _where(found, base: int, written: str) -> tuple[int, int]:
    """Where the name a speaker was read from stands in the text: `found` matched at `base`'s offset."""
    start = base + found.start("name")
    return start, start + len(written.rstrip())


def attribution(text: str, span, speakers: Speakers, sentence: Sentence | None,
                previous: tuple[int, str | None, str] | None) -> tuple[str | None, str, tuple[int, int] | None]:
    """The speaker of one quote, how it was found, and where its name stands beside the quote (None where it is
    not named there: "he", a description, the quote before)."""
    close = span.end
    while close < len(text) and close < span.end + 3 and text[close] in " \t\"”»’'“":
        close += 1  # past the closing mark (and a stray space before it)
    found, how, base = None, "", 0
    # '"... border." Putin said the two leaders ...' starts a new sentence: a quote ending in a full stop
    # takes no attribution from the words after it.
    ends_sentence = text[span.start:span.end].rstrip("'’\"”» ").endswith(".")
    after = None if ends_sentence else _AFTER.match(text, close) or _AFTER_INVERTED.match(text, close) \
        or _AFTER_APPOSED.match(text, close)
    if after:
        found, how = after, "named next to quote"
    else:
        paragraph_break = text.rfind("\n\n", 0, span.start)
        line_start = max(paragraph_break + 2 if paragraph_break >= 0 else 0, sentence.start if sentence else 0,
                         span.start - 200)
        lead = text[line_start:max(line_start, span.start - 1)]
        before, base = _BEFORE.search(lead) or _CALLED_BEFORE.search(lead) or _colon_lead(lead), line_start
        if before is None and not lead.strip() and paragraph_break >= 0:
            # a statement's quote as a paragraph of its own, after "Chief Constable Serena Kennedy said:"
            previous_break = text.rfind("\n\n", 0, paragraph_break)
            top = previous_break + 2 if previous_break >= 0 else 0
            whole = text[top:paragraph_break]
            above = whole.strip()
            if above.endswith(":") and len(above) <= 200:
                before = _BEFORE.search(above) or _colon_lead(above)
                base = top + len(whole) - len(whole.lstrip())
        if before:
            found, how = before, "named next to quote"
        elif sentence is not None:
            # "Putin underlined that ... 'text'" / "'text' of the conflict, he said."
            outside = text[sentence.start:max(sentence.start, span.start - 1)]
            matches = list(_IN_SENTENCE.finditer(outside))
            last = speakers.index.at(max(close - 1, span.end - 1))
            later = _IN_SENTENCE.search(text, close, last.end) if last is not None and close < last.end else None
            if matches or later:
                found, how = matches[-1] if matches else later, "named in sentence"
                base = sentence.start if matches else 0
            else:
                # "Fumio Kishida, who rushed back to Tokyo, said he was 'completely lost for words'"
                apposed = _SAID_APPOSED_BACKWARDS.search(outside)
                name = _surname(apposed.group("name")) if apposed else None
                if name:
                    return name, "named in sentence", _where(apposed, sentence.start, apposed.group("name"))
    if found is not None:
        if found.group("name"):
            # "said ... Olivier Faure. Marine Tondellier, the head of the Greens, said": a sentence ends in the name
            written = _SENTENCE_IN_NAME.split(found.group("name"), 1)[0]
            name = _surname(written)
            if name:
                return name, how, _where(found, base, written)
        elif found.group("desc"):
            name = speakers.resolve_description(found.group("desc"), span.start)
            if name:
                return name, f"'{found.group('desc').strip()}' -> name given earlier in source", None
            return found.group("desc").strip(), "description, no name in source", None
        elif found.group("pron"):
            spoken_to = _SPOKEN_TO.search(text, close, close + 120)
            exclude = _surname(spoken_to.group("name")) if spoken_to else None
            paragraph = sentence.paragraph if sentence else 0
            person = speakers.nearest_before(span.start, paragraph, exclude)
            if person:
                return (*person, None)
            return None, "he/she, no named person before", None
    if previous is not None and sentence is not None and previous[0] == sentence.paragraph and previous[1]:
        return previous[1], "continues the quote before it in paragraph", None
    return None, "not found", None


def speaker_follows(text: str, at: int) -> bool:
    """Whether a speaker is named right after `at` ('," Putin said', '," said Putin')."""
    return bool(_AFTER.match(text, at) or _AFTER_INVERTED.match(text, at))
