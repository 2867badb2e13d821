"""One quotation credited to two people by two sources (our own sentences): each source a file of its own."""
import pytest

import checker

SAID = '"We are going to have to sit down and behave like grown-ups in this assembly," said {}.'

CASES = [
    # two people, each named beside the quotation: the sources cannot both be right
    (SAID.format("Labour leader Anna Kowal"), SAID.format("Piotr Zielny, who led the party's list"),
     {"a": "Kowal", "b": "Zielny"}),
    # one person named two ways, the full name written in the other source
    (SAID.format("Anna Kowal") + " Kowal, 52, leads the party.",
     SAID.format("Ms Anna") + " Anna Kowal has led the party since May.", None),
    # a source that names the other's speaker beside the quotation may quote both: no finding
    (SAID.format("Anna Kowal"), SAID.format("Piotr Zielny, and Anna Kowal agreed with him"), None),
    # ... but naming the other elsewhere, for something else, is no such thing
    (SAID.format("Anna Kowal") + "\n\nPiotr Zielny, her rival, declined to comment.",
     SAID.format("Piotr Zielny") + "\n\nAnna Kowal promised a full accounting.", {"a": "Kowal", "b": "Zielny"}),
    # a surname that is also a word ("Burns") is a person's where a given name stands before it: the source that
    # names the chief executive elsewhere does not credit him with the spokesman's words
    (SAID.format("Anna Kowal"), SAID.format("company spokesman Brad Burns") + "\n\nChief executive Anna Kowal has "
     "said she hopes the party will recover.", {"a": "Kowal", "b": "Burns"}),
    # the other named after the speaker, in a clause telling when it was said, is no second speaker
    (SAID.format("Anna Kowal"), SAID.format("Piotr Zielny after the result was announced by Anna Kowal"),
     {"a": "Kowal", "b": "Zielny"}),
    # a person named by initials is named in full: the source naming the other elsewhere credits its own speaker
    (SAID.format("Prime Minister Anna Kowal") + "\n\nHome Minister P.K. Zielny flew to the city.",
     SAID.format("Home Minister P.K. Zielny") + "\n\nKowal will visit on Monday.", {"a": "Kowal", "b": "Zielny"}),
    # a given name with a hyphen names the speaker in full ("Jean-Pierre Zielny"), and two people named a word
    # apart elsewhere ("Kowal and Jean-Pierre Zielny", "Kowal to follow Zielny") are two, not one name
    (SAID.format("Health Minister Jean-Pierre Zielny") + "\n\nAnna Kowal quit after Zielny complained.",
     SAID.format("Anna Kowal") + "\n\nCritics called for Zielny to follow Kowal out of office.",
     {"a": "Zielny", "b": "Kowal"}),
    # one speaker
    (SAID.format("Anna Kowal"), SAID.format("party leader Anna Kowal"), None),
    # a surname that is also a word ("Stone") after a title and a given name is a person's
    (SAID.format("Sheriff John Stone"), SAID.format("District Attorney Piotr Zielny"), {"a": "Stone", "b": "Zielny"}),
    # a speaker set off by a title that abbreviates ("U.S."), before the verb
    (SAID.format("Gen. Mark Kowal, commander of U.S. Air Forces in Europe, told reporters").replace("said ", ""),
     SAID.format("Piotr Zielny"), {"a": "Kowal", "b": "Zielny"}),
    # "it was X who called it ...", "X, who described it as ...": the words before the quote credit X
    ('It was Mayor Anna Kowal who called the vote "the fruit of anger and a sense of injustice in the assembly".',
     '"The vote is the fruit of anger and a sense of injustice in the assembly," said Piotr Zielny.',
     {"a": "Kowal", "b": "Zielny"}),
    ('It was Kowal, who described the vote as "the fruit of anger and a sense of injustice in the assembly".'
     "\n\nAnna Kowal leads the party.",
     '"The vote is the fruit of anger and a sense of injustice in the assembly," said Piotr Zielny.',
     {"a": "Kowal", "b": "Zielny"}),
    # two quotations holding one whole sentence alike, each going on with another: one statement
    ('Anna Kowal, of the rail board, said: "Crashes like the one at Kelby Junction are mercifully rare. But when '
     'they happen, whole towns grieve."',
     'Piotr Zielny, the agency’s deputy head, said: "Crashes like the one at Kelby Junction are mercifully rare. '
     'Still, the public rightly demands the highest standards from the railways."', {"a": "Kowal", "b": "Zielny"}),
    # a name with a particle ("Miguel de la Kowal") is a full name: naming him elsewhere does not make him the
    # other's speaker
    (SAID.format("Piotr Zielny") + "\n\nPresident de la Kowal was criticised for a slow response.",
     SAID.format("de la Kowal") + "\n\nMiguel de la Kowal spoke later.", {"a": "Zielny", "b": "Kowal"}),
]


@pytest.mark.parametrize("a, b, values", CASES)
def test_one_quotation_credited_to_two_people(tmp_path, a, b, values):
    (tmp_path / "a.txt").write_text("Date: 2024-07-23\n\n" + a + "\n", encoding="utf-8")
    (tmp_path / "b.txt").write_text("Date: 2024-07-23\n\n" + b + "\n", encoding="utf-8")
    result = checker.check(tmp_path)
    said = result.findings[result.findings["claim"].str.startswith("said:")]
    if values is None:
        assert said.empty, said.to_dict("records")
        return
    assert len(said) == 1 and said.iloc[0]["status"] == "conflict"
    assert {source: who.split()[-1] for source, who in said.iloc[0]["values"].items()} == values
    assert said.iloc[0]["label"].startswith("Who said: ")
    # each source's credit is a mention at the speaker's name, with the sentence of the quotation and the quotation
    # in its reason
    rows = result.mentions[result.mentions["claim"] == said.iloc[0]["claim"]]
    texts = {"a": a, "b": b}
    for row in rows.itertuples():
        written = (tmp_path / f"{row.source}.txt").read_text(encoding="utf-8")[row.start:row.end]
        assert written == row.text and written.split()[-1] == values[row.source]
        opening = row.why[1:].split("”")[0].removesuffix(" …")
        assert row.sentence in texts[row.source] and row.why.startswith("“") and opening in texts[row.source]
