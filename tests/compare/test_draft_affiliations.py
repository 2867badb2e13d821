"""Whom the draft ties a person to, against whom the sources tie them to (our own sentences)."""
import pytest

from checker.compare.draft_affiliations import draft_affiliation_rows, ties
from checker.reading.text import split_sentences

SOURCES = {
    "wire": "Government spokesman Raman Deshpal said on Friday that 160 people had been injured.\n\n"
            "Orla Brennick, a lawyer for a group of bondholders, said outside court she was not surprised.\n\n"
            "Lead prosecutor Dana Whitlow of the Westmark Attorney General's Office asked for the maximum "
            "penalty.\n\nA Harbor City police officer, Ned Corrigan, 33, was wounded in the shootout.\n\n"
            "Tessa Marlow, a spokeswoman for the Office of the Chief Medical Examiner, said some victims were "
            "counted twice.\n\nPietro Vannini, a security employee of the Italian tunnel company, also died.\n",
    "paper": "Raman Deshpal, director general of the government's Press Information Bureau, said the count would "
             "rise.\n\nLabour Party chairman Joel Abaru called the vote compromised.\n\nNed Corrigan of the "
             "Metro Transit Police was taken to a hospital in Cambridge.\n",
}

CONTRADICTED = [
    ("Raman Deshpal of the National Disaster Response Force said that 160 people had been injured.",
     "National Disaster Response Force"),
    ("Joel Abaru, national chairman of the Peoples Democratic Party, called the vote compromised.",
     "Peoples Democratic Party"),
    ("Orla Brennick, a lawyer for Top Shine Global, said she was not surprised.", "Top Shine Global"),
    ("Lead prosecutor Dana Whitlow of the Brenton County solicitor's office asked for the maximum penalty.",
     "Brenton County solicitor's office"),
    ("Pietro Vannini, a security guard employed by the French operator, also died.", "French operator"),
    # the body before the role, and a lower-case body with one word of substance out of three
    ("Ned Corrigan, 33, a Northshore Sheriff's deputy, was wounded.", "Northshore Sheriff's"),
]

SUPPORTED = [
    # the sources' body, in other words or by its initials
    ("Raman Deshpal, director of the Press Information Bureau, said 160 people were hurt.", "Press Information Bureau"),
    ("Tessa Marlow, a spokeswoman for the chief medical examiner, said some victims were counted twice.",
     "chief medical examiner"),
    ("Joel Abaru, chairman of the Labour Party, called the vote compromised.", "Labour Party"),
    ("Ned Corrigan, a Harbor City police officer, was wounded.", "Harbor City police"),
]

NO_ROW = [
    # a person the sources tie to no body; words a person's name runs into; a clause after the name, not a body
    "Mira Castell, a nurse at the Pine Hospital, treated the injured.",
    "Raman Deshpal, who said on Friday that 160 were hurt, spoke for the government.",
    "A hospital in Cambridge treated Ned Corrigan.",
]


def _rows(draft: str):
    sentences = [(label, text[s.start:s.end]) for label, text in SOURCES.items() for s in split_sentences(text)]
    return draft_affiliation_rows(draft, split_sentences(draft), sentences, {}, [])


@pytest.mark.parametrize("draft, body", CONTRADICTED)
def test_a_body_no_source_ties_the_person_to_is_contradicted(draft, body):
    rows = _rows(draft)
    assert [(r["verdict"], draft[r["start"]:r["end"]]) for r in rows] == [("contradicted", body)]
    assert rows[0]["contradicted_by"]


@pytest.mark.parametrize("draft, body", SUPPORTED)
def test_the_sources_body_in_other_words_is_supported(draft, body):
    assert [(r["verdict"], draft[r["start"]:r["end"]]) for r in _rows(draft)] == [("supported", body)]


@pytest.mark.parametrize("draft", NO_ROW)
def test_no_row_where_the_sources_tie_the_person_to_nothing_or_no_body_is_named(draft):
    assert _rows(draft) == []


@pytest.mark.parametrize("sentence, tie", [
    ("Sitanshu Kar of the National Disaster Response Force said", ("Kar", ["disaster", "response", "force"])),
    ("Thembalethu Mpahlaza, head of a police forensic unit, said", ("Mpahlaza", ["police", "forensic", "unit"])),
    ("Labour Party chairman Julius Abure said", ("Abure", ["labour", "party"])),
    ("Sean Collier, 26, of Somerville, was shot", ("Collier", ["somerville"])),
    ("A Boston police officer, Richard Donohue, 33, was wounded", ("Donohue", ["boston", "police"])),
])
def test_the_body_a_sentence_ties_a_person_to(sentence, tie):
    surname, words = tie
    found = [(s, [w for w in ws if w not in ("national",)]) for _, s, ws, _, _ in ties(sentence)]
    assert (surname, words) in found
