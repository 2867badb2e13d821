"""Numbers that only label or reach something: "call police on 101", "her bib number was 1138". The words before
them say so; they are never counts."""
from __future__ import annotations

import re

from checker.reading.quantities import context as ctx, figures as fig, lexicon as lex
from checker.reading.quantities.lexicon import word_before

# a number to dial, or one that labels a thing: what stands before it says so
_LABEL_NUMBER_BEFORE = re.compile(
    r"\b(?:(?:call|calling|called|dial|dialling|dialing|ring|ringing|phone|phoning|text|texting)\b"
    r"[^.\n]{0,24}?\s(?:on|at)"
    r"|(?:bib|flight|case|phone|telephone|serial|badge|jersey|shirt|room|seat|route|platform|gate|account|reference|"
    r"registration|tail|docket|exhibit|helpline|hotline|log|crime|incident)\s+(?:number|no\.?)(?:\s+(?:was|is|of))?"
    r"|call(?:ing|ed)?|dial(?:l?ing|l?ed)?|ring(?:ing)?|phon(?:e|ed|ing)|text(?:ing)?"
    # "Dial 999 in an emergency or 111 for urgent advice": another number to dial
    r"|(?:call|calling|dial|dialling|dialing|ring|text|texting)\s+[0-9][0-9 ]{1,14}\b[^.;\n]{0,50}\sor)\s+\Z",
    re.IGNORECASE)

# the words such a phrase ends in: a set lookup spares most figures the search
_LAST_WORDS = frozenset({"on", "at", "number", "no", "was", "is", "of", "call", "calling", "called", "dial",
                         "dialling", "dialing", "dialled", "dialed", "ring", "ringing", "phone", "phoned", "phoning",
                         "text", "texting", "or"})
# "01632 960418": the rest of a number whose dialling code (a leading nought) stands before it
_DIALLING_CODE_BEFORE = re.compile(r"(?<![0-9.,])\(?0[0-9]{2,5}\)?[ \t-]\Z")
# "the 911 call", "a 999 call": the number dialled, named by the one call it made
_ONE_CALL_AFTER = re.compile(r"[ \t]+call\b(?!s)", re.IGNORECASE)
_ONE_CALL_BEFORE = re.compile(r"\b(?:the|a|an|his|her|their)[ \t]+\Z", re.IGNORECASE)


def dialled_or_label(text: str, x) -> bool:
    """"call police on 101", "her bib number was 1138": a whole number of three digits or more to dial, or one a
    label names, with no counted noun after it."""
    if not (x.value >= 100 and x.value == int(x.value)):
        return False
    if _DIALLING_CODE_BEFORE.search(text, max(0, x.start - 9), x.start) \
            or _ONE_CALL_AFTER.match(text, x.end) and _ONE_CALL_BEFORE.search(text, max(0, x.start - 8), x.start):
        return True
    return word_before(text, x.start) in _LAST_WORDS \
        and _LABEL_NUMBER_BEFORE.search(text, max(0, x.start - 100), x.start) is not None


# "Search and rescue dogs: 30", "- Homes destroyed: 1,200": a fact box's line, its label before the colon
_BOX_LABEL_BEFORE = re.compile(r"(?:^|\n)[ \t]*(?:[-*\u2022][ \t]*)?(?P<label>[A-Za-z][A-Za-z '’-]{0,60}?)"
                               r"(?:[ \t]*\([^()\n]{0,40}\))?[ \t]*:[ \t]*\Z")
BOX_LABEL_REACH = 110
_PREPOSITIONS = frozenset("to in at on from of by with for into per".split())


def box_label_noun(text: str, r) -> None:
    """Sets what a bare count on a fact box's line counts to the label's plural noun where that is no people:
    "Search and rescue dogs: 30" counts dogs, "Homes destroyed: 1,200" homes; a label with no plural ("Injured:
    178") says nothing."""
    if text[max(0, r.x.start - 3):r.x.start].rstrip()[-1:] != ":":
        return                              # (the cheap test first: most figures stand after no colon)
    label = _BOX_LABEL_BEFORE.search(text, max(0, r.x.start - BOX_LABEL_REACH), r.x.start)
    if label is None:
        return
    words = label.group("label").lower().split()
    at = next((i for i, w in enumerate(words) if len(w) >= 4 and w.isascii() and w.isalpha() and fig.looks_plural(w)),
              None)
    if at is None or _PREPOSITIONS & set(words[:at]):
        return                              # "Injured and transported to hospitals: 15": hospitals are not counted
    noun = words[at]
    if not (noun in lex.PERSON_NOUNS or fig.person_like(noun)):
        r.noun = r.unit = noun              # (people are left to the label's own reading: "Passengers on board: 167")


def measured_after(text: str, end: int) -> bool:
    """Whether a unit of measure, time or money follows a figure: "the bus 20 km from town" is no bus number 20."""
    m = fig.UNIT_AFTER.match(text, end)
    return m is not None and not m.group("of") and any(m.group(g) for g in ("pct", "curword", "dur", "mabbr", "mword"))


# A label before a figure makes it a name, not a count: "Article 5", "Flight 42", "#3". One cheap pattern
# finds the last word and a set says whether it is a label (a flat alternation here cost 5 µs a figure).
LABEL_WORDS = frozenset("""
    resolution resolutions article articles section sections clause clauses chapter chapters route highway
    interstate flight flights page pages episode episodes season seasons volume vol number room gate terminal
    platform unit ward level category phase stage round game act amendment proposition prop bill decree law
    paragraph para item rule channel reactor block pier bus bay lot apollo boeing airbus windows iphone vision
    agenda formula figure fig table exhibit annex protocol version model type class grade seat row lane runway
    step part title verse psalm hall sector zone camp district precinct brigade battalion regiment division
    corps squadron line no nos p pp art sec ch sub rev tier week day match gen generation note notes footnote
    marker appendix schedule junction junctions exit station car""".split())
_LAST_WORD = re.compile(r"(?<!\w)([a-z]+)\.?\s*\Z|#\s*\Z", re.I)
# "passed the bill 52 to 48", "the resolution 12-3": a tally after the thing voted on, in lower case; no label
_TALLY = re.compile(r"[0-9]+\s*(?:to|-|\u2013)\s*[0-9]+(?![0-9,.])")
_LOWER_LABEL_AFTER_THE = re.compile(r"\b(?:the|a|an)\s+[a-z]+\s*\Z")
# "the jet can seat 853 passengers": a label word that is a verb there
_VERB_BEFORE = re.compile(r"\b(?:can|could|will|would|may|might)\s+\Z", re.I)
_LABELS_LISTED = re.compile(r"\b([a-z]+s)\s+[0-9]+[a-z]?(?:\s*,\s*[0-9]+[a-z]?)*(?:\s*,|,?\s+(?:and|or))\s*\Z", re.I)


def label_before(text: str, lo: int, start: int) -> bool:
    """Whether a label word or "#" ends the 16 characters before start (none before lo), not as a verb ("can
    seat 853"); or the figure is the next of a list of labels a plural label word opens ("junctions 10 and 11")."""
    before = lex.word_before(text, start)
    if before in ("and", "or") or text[max(lo, start - 2):start].rstrip().endswith(","):
        # "between junctions 10 and 11", "Articles 5, 6 and 7": the next of the labels a plural names
        listed = _LABELS_LISTED.search(text, max(lo, start - 40), start)
        return listed is not None and listed.group(1).lower() in LABEL_WORDS
    if before not in LABEL_WORDS and "#" not in text[max(lo, start - 16):start]:
        return False
    m = _LAST_WORD.search(text, max(lo, start - 16), start)
    if m is not None and m.group(1) and _TALLY.match(text, start) \
            and _LOWER_LABEL_AFTER_THE.search(text, max(lo, start - 24), start):
        return False
    return m is not None and (m.group(1) is None or m.group(1).lower() in LABEL_WORDS
                              and not _VERB_BEFORE.search(text, max(lo, m.start() - 12), m.start()))


# "revised the magnitude of the tremor to 6.3", "The quake's magnitude was put at about 5.7": the scale named earlier
# in the clause, then what the figure was put at
_MAGNITUDE_TOLD = re.compile(r"\bmagnitude\b(?:\s+of\s+(?:the|a|an|its)\s+[a-z]+)?(?:\s+[a-z]+){0,3}?"
                             r"\s+(?:at|to|as|was|is|of)\s+(?:(?:about|around|roughly|some|nearly|almost)\s+)?\Z",
                             re.IGNORECASE)


def magnitude_label(text: str, lo: int, x: fig.Figure) -> int | None:
    """Where a magnitude's phrase starts: at "magnitude" right before it ("magnitude 6.4"), at the figure where the
    clause named the scale before it (a figure with one decimal on the scale only: "the magnitude of the damage
    was 40 times" is none); None for any other figure."""
    if word_before(text, x.start) == "magnitude":
        label = ctx.MAGNITUDE_BEFORE.search(text, max(lo, x.start - ctx.WORD_BEFORE_REACH), x.start)
        return label.start() if label else None
    if x.words or x.currency or not 1 <= x.value < 10 or x.step != 0.1:
        return None
    return x.start if _MAGNITUDE_TOLD.search(text, max(lo, x.start - 60), x.start) else None
