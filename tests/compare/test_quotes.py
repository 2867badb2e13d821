"""Quotes: finding them, their speakers, grouping one statement across sources, and bad input."""
from pathlib import Path

import pytest

from checker.compare.quotes import QUOTE_COLUMNS, quote_groups, same_statement
from checker.compare.quotes import difference as word_difference
from checker.reading.quotes import Quote, find_quotes
from checker.sources.load import Source, load_sources

SEEDS = Path(__file__).resolve().parents[2] / "seeds"


def source(text: str, label: str = "000") -> Source:
    return Source(label, f"/tmp/{label}.txt", text)


def found(text: str) -> list[tuple[str, str | None]]:
    return [(q.text, q.speaker) for q in find_quotes(source(text))]


FINDING = [
    ("straight, said X", '"We will win this war," said Zelensky.', [("We will win this war,", "Zelensky")]),
    ("curly, X said before", "Putin said: “Russia has always tried to resolve conflicts.”",
     [("Russia has always tried to resolve conflicts.", "Putin")]),
    ("guillemets", "« Nous allons gagner cette guerre », a dit Macron. Macron said nothing else.",
     [("Nous allons gagner cette guerre", None)]),
    ("apostrophes are not quote marks", 'Russia\'s leader didn\'t budge. "We don\'t agree with this," Putin said.',
     [("We don't agree with this,", "Putin")]),
    ("curly apostrophes", "Russia’s army won’t stop, Putin said.", []),
    ("single quotes nested in double", '"He called it \'a total disaster\' yesterday," Smith said.',
     [("He called it 'a total disaster' yesterday,", "Smith")]),
    ("single quotes alone", "The rebels called it a ‘final offer to the government of the day’, Smith said.",
     [("final offer to the government of the day", "Smith")]),
    ("title and name", '"Talks will go on," Russian President Vladimir Putin told reporters.',
     [("Talks will go on,", "Putin")]),
    ("wire convention across paragraphs",
     '"It is in everyone\'s interest to normalize relations.\n\n"We will remain in contact," Putin said.',
     [("It is in everyone's interest to normalize relations. We will remain in contact,", "Putin")]),
    ("unclosed quote capped at paragraph end",
     'Putin spoke. "We will remain in contact and keep talking\n\nThe talks ended on Monday.',
     [("We will remain in contact and keep talking", None)]),
    ("quote running to the end of the file", 'The talks ended. "We will remain in contact and keep talking',
     [("We will remain in contact and keep talking", None)]),
    ("closing mark nothing opened", "They met. The most important thing is to ensure peace,” Putin told Pashinyan.",
     [("The most important thing is to ensure peace,", "Putin")]),
    ("opening mark used to close", "“That led to the scenario we have today. “ Then he left.",
     [("That led to the scenario we have today.", None)]),
]


@pytest.mark.parametrize("case, text, quotes", FINDING, ids=[c[0] for c in FINDING])
def test_finding_quotes(case, text, quotes):
    assert found(text) == quotes


def test_offsets_point_at_the_quoted_text():
    text = 'Intro. "We will win this war," said Zelensky. He added: “Nothing will stop us now.”'
    for quote in find_quotes(source(text)):
        assert text[quote.start:quote.end] == quote.text
        assert quote.sentence and quote.text in quote.sentence


def test_unclosed_quote_is_flagged_and_does_not_swallow_the_next_paragraph():
    quotes = find_quotes(source('"We will keep talking to everyone\n\nNext paragraph "has its own quote here" too.'))
    assert [q.closed for q in quotes] == [False, True]
    assert "Next" not in quotes[0].text


SPEAKERS = [
    ("he -> previous paragraph, not the person told",
     "Russian President Vladimir Putin met Armenian Prime Minister Nikol Pashinyan.\n\n"
     '"The most important thing is to ensure peace," he told Pashinyan.',
     "Putin", "he -> nearest named speaker in previous paragraph"),
    ("he -> subject of the nearest sentence",
     "President Vladimir Putin met Prime Minister Nikol Pashinyan on Monday. Pashinyan spoke first.\n\n"
     'Then Putin thanked Pashinyan in Sochi. "We will keep working on this," he said.',
     "Putin", "he -> nearest named speaker in paragraph"),
    ("the Russian president -> the name given with that title",
     'Russian President Vladimir Putin arrived. "It was a very useful meeting," the Russian president said.',
     "Putin", "'the Russian president' -> name given earlier in source"),
    ("the prime minister -> the only prime minister named",
     'Armenian Prime Minister Nikol Pashinyan came. "We are ready for peace talks now," the prime minister said.',
     "Pashinyan", "'the prime minister' -> name given earlier in source"),
    ("description without a name", '"It was a very useful meeting," the French president said.',
     "the French president", "description, no name in source"),
    ("named before, later in the sentence",
     'Putin underlined that some parts had to be removed from the text "previously worked out by specialists."',
     "Putin", "named in sentence"),
    ("she -> named with a description before her name, and a comma before 'said'",
     "The region's deputy president, Irene Priolo, said 100 towns had been damaged.\n\n"
     '"From the air, it looks as though the area has been bombed," she said.',
     "Priolo", "he -> nearest named speaker in previous paragraph"),
    ("he -> named as the one who apologised",
     'Vice Commandant Yoshio Seguchi apologised. "Losing the lives of our colleagues is regrettable," he said.',
     "Seguchi", "he -> nearest named speaker in paragraph"),
    ("he with nobody named", '"We will do everything we can," he said.', None, "he/she, no named person before"),
    ("he -> named with a role in lower case, before a speaker of the previous paragraph",
     '"It is over," Prime Minister Ann Vale said.\n\nOpposition leader Tom Harrow won in Dunmore. '
     '"We are coming for them, be in no doubt," he said.', "Harrow", "he -> nearest named speaker in paragraph"),
    ("quote ending a sentence takes no attribution from the next one",
     'A communique said they agreed to "work towards stability on the border." Putin said the talks went well.',
     None, "not found"),
    ("attribution does not cross a blank line", '"We will do everything we can for peace."\n\nPutin said more.',
     None, "not found"),
    ("named after the quote, a description between name and verb",
     '"We will do as much as we can," Changpeng Zhao, chief executive of Binance, the biggest exchange, wrote.',
     "Zhao", "named next to quote"),
    ("named as the subject of a sentence the quote ends with 'writing:'",
     'Binance CEO Changpeng Zhao offered help at the time, writing: "We will do all we can."',
     "Zhao", "named next to quote"),
    ("named in the words a colon ends before the quote",
     'Its leader, Han Dong-hoon, spoke out within the hour: "The declaration is wrong. We will stop it."',
     "Han", "named next to quote"),
    ("the body before a role and a name in the colon's words is no speaker",
     'Chiefs chairman Kaizer Motaung, speaking at the stadium that night, said: "We are stunned and we are shocked."',
     "Motaung", "named next to quote"),
    ("a clause before the subject of the colon's words names no speaker",
     'When Marsh struggled to pull the gloves on in court, Cochran seized the moment, later telling jurors: "If it '
     'does not fit, you must acquit them all."', "Cochran", "named next to quote"),
    ("a day before the pronoun in the colon's words is no speaker",
     'President Daniel Ortega has accused the opposition of plotting. On Wednesday he went to the court, telling reporters outside: "I am willing to be '
     'summoned and investigated."', "Ortega", "he -> nearest named speaker in paragraph"),
    ("a statement's quote as a paragraph of its own, the speaker in the line above",
     'Chief Inspector Maria Lund said:\n\n"We will keep this a live investigation for as long as it takes."',
     "Lund", "named next to quote"),
    ("he -> a person named between commas after a role in lower case",
     'Prime Minister Ann Vale visited the town on Sunday.\n\nThe regional president, Carlos Mendez, has defended '
     'his government. After the visit he wrote that he understood the anger, calling it "my political and moral '
     'obligation to the people".', "Mendez", "he -> nearest named speaker in paragraph"),
    ("he -> a person introduced between commas by what they are",
     "The region's governor, Andrei Vorobyov, said 133 bodies had been recovered.\n\nA 17-year-old cloakroom "
     'attendant, Islam Khalilov, led 100 people to an exit. "I didn\'t leave anyone behind," he told television.',
     "Khalilov", "he -> nearest named speaker in paragraph"),
    ("named between commas after a role, before the verb and its words",
     'The panel\'s chair, Dr Lena Okafor, said the outbreak was "a danger, not only for the region, but for all of us".',
     "Okafor", "named next to quote"),
    # (not Busan: the name before the aside is the speaker)
    ("a place before a comma and the verb is no speaker",
     'Han Dong-hoon, who had flown in from Busan, said the order was "wrong from start to finish, and we will stop it".',
     "Han", "named in sentence"),
    ("named after the verb, after a role in lower case",
     '"We have closed the door on the past, but the work will take years," said shift engineer Andriy Bondar, 41, '
     'whose father fought the fire.', "Bondar", "named next to quote"),
    ("named after the verb and a place, no role: the place is no speaker",
     '"We have closed the door on the past, but the work will take years," said in Kyiv by the minister.',
     None, "not found"),
    ("named after the verb, after a body and a role",
     '"We are going to have to behave like adults," said Socialist Party leader Olivier Faure. Marine Roux, the '
     'head of the Greens, said the alliance would agree within days.',
     "Faure", "named next to quote"),
    ("named with an abbreviated rank and a role set off by commas",
     '"Residents should remain at their safe location," Brig. Gen. Brian Laidlaw, the base commander, said.',
     "Laidlaw", "named next to quote"),
    ("named after the verb, after 'the' and a title",
     '"Our town will never be the same, and it may never recover," said the Rev. Ed Karasek, the parish priest.',
     "Karasek", "named next to quote"),
    ("named as the one who called a thing by the quote's words",
     'Harbour Bank chief Ada Quist called the deal "a tremendous opportunity for our shareholders."',
     "Quist", "named next to quote"),
    ("named as the one who described a thing as the quote",
     'The regulator\'s president, Felix Marlow, described the affair on Monday as "a total disaster for German supervision".',
     "Marlow", "named next to quote"),
    ("named with a clause between name and verb",
     'Han Dong-hoon, who had rushed to the Assembly, said earlier: "The declaration is wrong. We will stop it."',
     "Han", "named next to quote"),
    ("he -> a person named with an age between name and verb",
     'Speaking at a graduation in Lisbon, Moreira, 61, said the fires had shaken him.\n\n"These fires were set on '
     'purpose by someone," he said.', "Moreira", "he -> nearest named speaker in previous paragraph"),
    ("she -> a person named with a role between name and verb",
     "Ana Ruiz, the town's deputy mayor, told reporters that crews were working through the night.\n\n\"Every single "
     'hour now really counts," she said.', "Ruiz", "he -> nearest named speaker in previous paragraph"),
    ("he -> the person named before, not the group that said something since",
     "The building's owner, Sohel Rana, told staff to return. Officials say he had approval for five storeys. On "
     'the day the cracks appeared he told reporters: "It is just the plaster that has come off."', "Rana",
     "he -> nearest named speaker in paragraph"),
    ("named with a role and 'who said' before a fragment quoted in his words",
     "His death was announced by Cardinal Kevin Farrell, the camerlengo, who said that the Bishop of Rome "
     '"returned to the home of the Father".', "Farrell", "named in sentence"),
    ("he -> a person of four names after a title, named so twice",
     "The premier was flanked by Chief Minister Syed Murad Ali Shah and other officials.\n\nChief Minister Murad Ali "
     'Shah, who briefed the premier, said the rains had destroyed homes. "I have never seen a greater catastrophe in '
     'my life," he told reporters.', "Shah", "he -> nearest named speaker in paragraph"),
]


@pytest.mark.parametrize("case, text, speaker, how", SPEAKERS, ids=[c[0] for c in SPEAKERS])
def test_speakers(case, text, speaker, how):
    statements = [q for q in find_quotes(source(text)) if q.is_statement]
    assert len(statements) == 1
    assert (statements[0].speaker, statements[0].speaker_how) == (speaker, how)
    # a speaker named beside the quote is found where the name is written; "he" or a description is no name there
    at = statements[0].speaker_at
    if how.startswith("named"):
        assert speaker in text[at[0]:at[1]] and text[at[0]:at[1]] == text[at[0]:at[1]].strip()
    else:
        assert at is None


@pytest.mark.parametrize("text, statement", [
    ('He hoped for "normalization" of ties.', False),
    ('They set up a "civilian EU mission" there.', False),
    ('He said it was "a step towards normalizing the scenario".', True),
])
def test_scare_quotes_are_not_statements(text, statement):
    assert [q.is_statement for q in find_quotes(source(text))] == [statement]


@pytest.mark.parametrize("text", [
    "", '"', "“", "”", "'", "‘’", '"a', "“““”””", '\n\n"\n\n"\n\n', "” he said", '"""""',
    "« unbalanced » » «", "he said “", "Putin said: “", "'tis the 'season", "\n" * 50 + '"x',
    '"' + "word " * 5000, "“a\n\n“b\n\n“c\n\n“d",
])
def test_bad_input_never_crashes_and_stays_inside_the_text(text):
    for quote in find_quotes(source(text)):
        assert 0 <= quote.start <= quote.end <= len(text)


# Tuning table for the grouping thresholds: one statement re-worded (True), two statements (False).
STATEMENT_PAIRS = [
    ("In our general opinion, this was a very useful meeting and created a very good atmosphere for possible "
     "future agreements", "It was a very useful meeting that created a very good atmosphere for possible future "
     "agreements", True),
    ("Russia, in turn, will do everything for the final and comprehensive settlement of the Nagorno-Karabakh "
     "conflict", "Russia will do everything to find a definitive and comprehensive settlement", True),
    ("The normalization of relations is in everyone's interest.",
     "It is in everyone's interest to normalize relations.", True),
    ("they will resolve all disputes only on the basis of recognition of mutual sovereignty",
     "to settle all disputes solely on the basis of the recognition of mutual sovereignty", True),
    ("We will remain in contact and continue the dialogue and the search for the necessary solutions",
     "The Russian Federation remains in contact with Armenia to continue the dialogue and find solutions", True),
    ("The most important thing is to ensure peace and create conditions for development",
     "the importance of active preparation for a peace agreement to ensure lasting peace in the region", False),
    ("Russia, in turn, will do everything for the final settlement of the conflict",
     "Russia has always sincerely tried to resolve conflicts, including problems related to Karabakh", False),
    ("It was a very positive meeting", "It was a very useful meeting that created a very good atmosphere", False),
    ("We don't have the goal of enforcing or dictating to Armenia", "If Armenia keeps this opinion, that's good",
     False),
    ("work towards increased stability and security on the border",
     "other measures for stability and security in the Caucasus", False),
]


def quote_of(text: str) -> Quote:
    return Quote("000", "p", text, 0, len(text), None, "not found", text)


@pytest.mark.parametrize("a, b, same", STATEMENT_PAIRS, ids=[f"{i}-{s}" for i, (_, _, s) in
                                                             enumerate(STATEMENT_PAIRS)])
def test_same_statement(a, b, same):
    assert same_statement(quote_of(a), quote_of(b)) is same
    assert same_statement(quote_of(b), quote_of(a)) is same


@pytest.mark.parametrize("reference, wording, difference", [
    ("in our general opinion", "in our common opinion", "-general +common"),
    ("it was a very useful meeting", "it was a very useful meeting", ""),
    ("the most important thing is", "the most important is", "-thing"),
    ("we will keep in touch", "we will keep in touch today", "+today"),
])
def test_word_difference(reference, wording, difference):
    assert word_difference(reference.split(), wording.split()) == difference


GROUPING = [
    ("identical wording agrees",
     ['"We will never give up our land to anyone," Aliyev said.', '"We will never give up our land to anyone," '
      'Aliyev insisted.'], ["agree"]),
    ("re-worded statement is variance",
     ['"We will never give up our land to anyone," Aliyev said.', '"We shall never give our land to anyone at all,"'
      ' Aliyev said.'], ["variance"]),
    ("same words, another speaker is conflict",
     ['"We will never give up our land to anyone," Aliyev said.', '"We will never give up our land to anyone," '
      'Pashinyan said.'], ["conflict"]),
    # "he said" read as the last person named before may be the wrong one: the speaker column shows it, unflagged
    ("same words, a speaker read through 'he said' is no conflict",
     ['"We will never give up our land to anyone," Aliyev said.', 'Pashinyan said the talks would go on. Asked '
      'about the border, he said: "We will never give up our land to anyone."'], ["agree"]),
    # a word opening the sentence is no speaker ("Minutes later ... told"); a surname that is also a word is, after
    # its given name
    ("same words, a common word read as the speaker is no conflict",
     ['"We will never give up our land to anyone," Aliyev said.', 'Minutes later the prime minister posted on Twitter: '
      '"We will never give up our land to anyone."'], ["agree"]),
    ("same words, a surname that is also a word after its given name is a conflict",
     ['"We will never give up our land to anyone," Aliyev said.', '"We will never give up our land to anyone," '
      'spokesman Brad Burns said.'], ["conflict"]),
    ("same words, a surname that is also a word after a title is a conflict",
     ['"We will never give up our land to anyone," Aliyev said.', '"We will never give up our land to anyone," '
      'Mr Burns said.'], ["conflict"]),
    ("one source only is not a group", ['"We will never give up our land to anyone," Aliyev said.',
                                        '"Elections will be held in the spring next year," Aliyev said.'], []),
    ("scare quotes are not grouped", ['He spoke of "normalization" again.', 'Putin hoped for "normalization".'], []),
    ("a short statement worded nearly alike is one, no speaker named",
     ['The mayor condemned "a cruel and senseless assault" on the volunteers.',
      'Officials spoke of "a cruel and pointless assault" and called for calm.'], ["variance"]),
    ("two short statements on one subject stay apart",
     ['The mayor condemned "a cruel and senseless assault" on the volunteers.',
      'Officials spoke of "a shameful attack on volunteers" and called for calm.'], []),
    ("two statements by one speaker stay apart",
     ['"We will never give up our land to anyone," Aliyev said. "Elections will be held in spring," Aliyev said.',
      '"Elections will be held in the spring next year," Aliyev said. "Our land is ours forever," Aliyev said.'],
     ["variance"]),
    ("two people's statements sharing a subject's words stay apart",
     ['"The declaration of martial law is now void. We will protect democracy with the people," Woo said. '
      '"The martial law declaration is wrong. We will stop it along with the people," Han said.',
      '"The martial law declaration is wrong. We will stop it with the people," Han said.'],
     ["variance"]),
    ("one man named in full in each sentence, cut to two surnames, is one speaker",
     ['"We pray for a miracle. But the hope of finding anyone alive is nil," said Tek Bahadur KC, the officer.',
      'Chief District Officer Tek Bahadur KC, who is in charge, told reporters: "We are praying for a miracle, but '
      'there is no hope that anyone is alive."'],
     ["variance"]),
    ("one speaker's statement in two outlets' translations is one statement",
     ['"Seen from above, the land looks as if it has been bombed," Rossi said on Sunday.',
      '"From the air, it looks as though the area has been bombed," said Rossi.'], ["variance"]),
    ("a Korean name, family name first, is one speaker with the family name alone",
     ['"Seen from above, the land looks as if it has been bombed," said Commissioner Park Min-jae.',
      '"From the air, it looks as though the area has been bombed," Park said.'], ["variance"]),
    ("a speaker's two statements on one subject stay apart, the closer one pairs",
     ['"From the air, it looks as though the area has been bombed," Rossi said. "The area looks as if it will '
      'need years," Rossi said.',
      '"Seen from above, the land looks as if it has been bombed," said Rossi.'], ["variance"]),
    ("a line an outlet took from a speaker's long statement is one statement",
     ['Maria Lund said: "Whilst these arrests are a significant milestone within this inquiry, this remains very '
      'much a live inquiry and we continue to work with our partners from the coastguard and the border agency. '
      'My thoughts, and those of everyone at the force, are with the families of the crew, and with everyone '
      'affected by Friday\'s terrible events."',
      'Announcing the arrests, Maria Lund said: "While these arrests mark an important milestone in the inquiry, '
      'this is still very much a live inquiry."'], ["variance"]),
    ("one speaker's statement in other words, 'asking ... aid' and 'ask ... help', is one statement",
     ['"We are asking the international community to provide humanitarian aid as soon as they can," Okafor said.',
      '"We ask the international community to send humanitarian help as fast as possible," said Okafor.'],
     ["variance"]),
    ("one speaker's statement opening alike and ending otherwise is one statement",
     ['"We will not rest until there are answers. We will not rest until there is justice and accountability," '
      'Trudeau said.',
      '"We will not rest until there is an apology. We will not rest until Iran has paid for this," Trudeau said.'],
     ["variance"]),
    ("one speaker's short quote told a word apart is one statement",
     ['The regulator\'s chief, Felix Marlow, described the affair as "a total disaster" on Monday.',
      'Marlow said the affair was "a complete disaster" for the country.'], ["variance"]),
    ("a sentence of one person's quote credited to another is a conflict",
     ['"It is a horrible tragedy. These were people on their way home, and in an instant they were gone," Bloomberg '
      'said at a news conference.',
      '"These were people on their way home, and in an instant they were gone," Staten Island\'s borough '
      'president, James Molinaro, told reporters at the terminal.'], ["conflict"]),
    ("two people's statements sharing a short phrase stay apart",
     ['"We will rebuild this city together," said Mayor Anna Roux.',
      '"We will rebuild," said Paul Marin, "but the state must pay for the new school and the roads."'], []),
    ("a short quote credited to two people is a conflict",
     ['"Behave like adults," said Green leader Anna Roux.', 'The left must "behave like adults," said Paul Marin.'],
     ["conflict"]),
    ("a statement told a word apart is one, its speaker named in one source only",
     ['"I have lost the will to live," Petrov said through an interpreter after the verdict.',
      'Petrov was sentenced in May. Before he was led away, he told the judges: "I have lost the will to sleep."'],
     ["variance"]),
    ("a report's words told a word apart are one statement, no speaker named",
     ['The report described the staff as "uncoordinated, haphazard and untrained" on the night.',
      'It found station staff "uncoordinated, haphazard and unprepared" when the fire spread.'], ["variance"]),
    ("statements a word apart sharing no word of substance stay apart",
     ['"It is what it is," said Roux.', 'Marin said only: "It is what it was."'], []),
    ("one speaker's short quotes more than a word apart stay apart",
     ['Marlow said the affair was "a total disaster" on Monday.',
      'Marlow said the outlook was "grim but improving" for the country.'], []),
    ("one speaker's two statements sharing one word stay apart",
     ['"All the people of the valley are out of their homes tonight," Rossi said.',
      '"Nobody should return to their homes before the water falls," said Rossi.'], []),
]


@pytest.mark.parametrize("case, texts, statuses", GROUPING, ids=[c[0] for c in GROUPING])
def test_grouping_statuses(case, texts, statuses):
    frame = quote_groups([source(t, f"{i:03d}") for i, t in enumerate(texts)])
    assert list(frame.columns) == QUOTE_COLUMNS
    assert sorted(frame.groupby("group")["status"].first()) == statuses


def test_one_row_per_source_wording():
    text = '"We will never give up our land to anyone," Aliyev said. Later: "We will never give up our land to anyone."'
    frame = quote_groups([source(text, "000"), source(text, "001")])
    assert sorted(frame["source"]) == ["000", "001"]


# --- the sample story ---

@pytest.fixture(scope="module")
def sample():
    return quote_groups(load_sources([SEEDS]))


def test_sample_useful_meeting_remark_is_variance_across_three_sources(sample):
    ids = set(sample[sample["text"].str.contains("very useful meeting")]["group"])
    assert len(ids) == 1
    group = sample[sample["group"] == ids.pop()]
    assert set(group["source"]) == {"000", "001", "003"}
    assert set(group["status"]) == {"variance"}
    assert set(group["speaker"]) == {"Putin"}
    in_003 = group[group["source"] == "003"]["text"]
    assert len(in_003) == 2 and in_003.nunique() == 2  # two wordings in one source: both kept
    assert (group["difference"] != "").sum() >= 3


def test_sample_identical_aliyev_quote_agrees(sample):
    group = sample[sample["text"].str.startswith("The Karabakh conflict is already part of history")]
    assert set(group["source"]) == {"001", "003"} and set(group["status"]) == {"agree"}
    assert set(group["speaker"]) == {"Aliyev"}


def test_sample_has_no_false_conflict_and_no_scare_quotes(sample):
    assert "conflict" not in set(sample["status"])
    assert not sample["text"].str.fullmatch(r"\W*(?:\w+\W*){1,3}").any()
    assert sample.groupby("group")["source"].nunique().min() >= 2


def test_a_short_quote_a_word_apart_is_a_finding(checked):
    result = checked({"wire": 'Regulator chief Felix Marlow described the affair on Monday as "a total disaster".',
                      "paper": 'Felix Marlow said on Monday that the affair was "a complete disaster".'})
    quotes = result.findings[result.findings["claim"].str.startswith("quote:")]
    assert list(quotes["status"]) == ["conflict"]
    assert set(quotes["values"].iloc[0].values()) == {"total", "complete"} or \
        {"a total disaster", "a complete disaster"} <= {v for v in quotes["values"].iloc[0].values()}
