"""Offices people hold, as news copy names them, told apart where no one holds two: a company's chair and its head,
its chief officers, the posts of a town or a court, military and police ranks (used by title_findings.py)."""
from __future__ import annotations

import re

# A company's chair and its chief executive are two offices, seldom one person's, though outlets confuse them
# ("Barclays chairman John Varley" / "Barclays Chief Executive John Varley"); a president runs the company as a
# chief executive does (a Japanese company's "President"), and a founder may be either, so is never compared.
COMPANY_OFFICES = {"chairman": "chair", "chairwoman": "chair", "chair": "chair", "president": "head",
                   "executive": "head", "ceo": "head"}
# posts no one holds two of: a town's mayor is not a county's judge, a state's attorney general no federal
# prosecutor ("U.S. Attorney")
POSTS = frozenset(["mayor", "governor", "judge", "ambassador", "attorney", "attorney general", "sheriff", "collector"])
# an officer holds one rank, however written: "Col." is a colonel, "Brig. Gen." no colonel, "Supt." a superintendent
RANK_WORDS = {"col.": "colonel", "gen.": "general", "brig.": "brigadier", "lt.": "lieutenant", "maj.": "major",
              "capt.": "captain", "adm.": "admiral", "sgt.": "sergeant", "supt.": "superintendent", "det.": "detective",
              # ... and one office, whoever holds it
              "chairwoman": "chairman", "chairperson": "chairman", "spokeswoman": "spokesman",
              "spokesperson": "spokesman"}
_MILITARY_RANKS = frozenset(["colonel", "general", "brigadier", "admiral", "captain", "sergeant", "major"])
_MILITARY_GRADES = frozenset(["brigadier", "lieutenant", "major", "rear", "vice"]) | _MILITARY_RANKS
_SERVICES = frozenset(["army", "navy", "air", "force", "marine", "marines", "guard"])
MILITARY = "military "


def _military_rank(title: str) -> str | None:
    """"military brigadier general" for "Brig. Gen.", "military colonel" for "Col." or "Colonel"; None for a title
    that is no military rank."""
    words = title.split()
    if words[-1] not in _MILITARY_RANKS or not all(w in _MILITARY_GRADES or w in _SERVICES for w in words):
        return None                     # ("Attorney General", "Surgeon General": offices, no ranks)
    return MILITARY + " ".join(w for w in words if w in _MILITARY_GRADES)
# a police officer holds one rank, however graded: an "Assistant Chief Constable" is no "Deputy Assistant
# Commissioner"
POLICE_RANKS = frozenset("constable commissioner superintendent inspector sergeant captain".split())
_CHIEF_OFFICER = re.compile(r"chief (\w+) officer$")


# the offices that run one part of an organisation, none another's: its director, its manager, its (general)
# secretary, its administrator ("UEFA president" / "UEFA general secretary"; "Flight director" / "Shuttle Program
# Manager"); a managing director or a director general is its head. (A commander is an aircraft's captain too.)
LEAD_OFFICES = frozenset(["director", "manager", "secretary", "administrator"])
_HEAD_TITLE = re.compile(r"\bmanaging director$|\bdirector[ -]general$")
_SECRETARY_GENERAL = re.compile(r"\bsecretary[ -]general$")


# the sides of a trial, told apart from each other and from its judge only (a prosecutor may head a prosecutions
# office: "Director of Public Prosecutions")
_COUNSEL, DEFENCE_WORDS = frozenset(["lawyer", "counsel", "attorney"]), frozenset(["defence", "defense"])
DEFENCE, PROSECUTOR = "defence", "prosecutor"
SIDES = frozenset([DEFENCE, PROSECUTOR, "judge"])
# a director of one function of a company ("Technical Director"), who is not its chief executive
_FUNCTIONS = frozenset("technical finance financial operations sales marketing commercial medical artistic creative "
                       "research production engineering".split())


def office_class(title: str) -> str | None:
    """The office a title names, where offices are told apart: a company's chair, its head (chief executive,
    president), each of its chief officers; or a post; None for any other, and for two held together."""
    if " and " in title or " & " in title:
        return None
    military = _military_rank(title)
    if military:
        return military
    officer = _CHIEF_OFFICER.search(title)
    if officer:
        return "head" if officer.group(1) == "executive" else officer.group(1)
    if title.endswith("attorney general"):
        return "attorney general"
    words = title.split()
    if words[-1] in _COUNSEL and (DEFENCE_WORDS & set(words) or words[-1] == "lawyer"):
        return DEFENCE                  # ("His lawyer, X": the defendant's)
    if words[-1] == "prosecutor":
        return PROSECUTOR
    if words[-1] == "director" and len(words) > 1 and words[-2] in _FUNCTIONS:
        return "function"               # "Technical Director": a part of a company, not its head
    if _HEAD_TITLE.search(title):
        return "head"
    if _SECRETARY_GENERAL.search(title):
        return "secretary"
    last = title.split()[-1]
    return COMPANY_OFFICES.get(last) or (last if last in POSTS | POLICE_RANKS | LEAD_OFFICES else None)
