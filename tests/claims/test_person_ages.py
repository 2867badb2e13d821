"""A person's age told by two sources in different places of the sentence is one claim, keyed by the person."""
from pathlib import Path

import pytest

import checker
from checker.claims import owner_at
from checker.claims.person_ages import one_person
from checker.reading import read_quantities


def _age_owner(text: str) -> str:
    age = next(q for q in read_quantities(text) if q.kind == "age")
    return " ".join(owner_at(text, age.start, age.end))


@pytest.mark.parametrize("text, owner", [
    ("On Thursday, 55-year-old chief executive Dana Whitlock called investors.", "dana whitlock"),
    ("Chief Executive Officer Dana Whitlock, 54, spent the day on calls.", "dana whitlock"),
    ("Moss, the 61-year-old skipper, was winched to safety.", "moss"),
    ("The family of 18-year-old Vukašin Crnčević kept vigil.", "vukasin crncevic"),
    ("A 71-year-old suspect, Juraj Kollar, was detained.", "juraj kollar"),
    ("Mr Bolsonaro, aged 67, flew to Florida on 30 December.", "bolsonaro"),
    ("The court heard that Dana Whitlock (54) had resigned.", "dana whitlock"),
    ("Every morning, 78-year-old Darcy Dias da Cunha climbs the hill.", "darcy dias da cunha"),
    ("Retired farmer Darcy Dias da Cunha, 76, arrives early.", "darcy dias da cunha"),
    ("Officer Charleston Hartfield, who was 34, had coached youth football.", "charleston hartfield"),
    ("Channels named the owner as Samir Yusubov, who they said was 27 years old.", "samir yusubov"),
    # an age told as the person's then, or at the time
    ("The ship's captain, Joseph Hazelwood, then 42, was not on the bridge.", "joseph hazelwood"),
    ("Captain Joe Hazelwood, 42 at the time, had left the bridge.", "joe hazelwood"),
    # a generational suffix after the name ("Jr.", "Sr", "III"): the same person as the name without it
    ("The survivor, Randal McCloy Jr., 26, of Simpson, was in critical condition.", "randal mccloy"),
    ("Its founder, Thomas Whitby III, 71, stepped down.", "thomas whitby"),
    # a rank written as one hyphenated title
    ("The note was found on Lt-Capt Dmitry Kolesnikov, 29, in the ninth compartment.", "dmitry kolesnikov"),
    ("It was signed by Lieutenant-Colonel Ana Ruiz, 41, the base commander.", "ana ruiz"),
    # an age told as what someone gave or said it to be
    ("Other reports gave Officer Brian Sicknick's age as 40.", "brian sicknick"),
    ("Interpol said Delavar was 30.", "delavar"),
    # a "-year-old" age is said of the name after it, not of a place before it
    ("About 40 miles north of Houston in Conroe, 11-year-old Cristian Pavon was found unresponsive.",
     "cristian pavon"),
    ("In Conroe, north of Houston, an 11-year-old boy, Cristian Pavon, was found dead.", "cristian pavon"),
    # no name beside the age: nobody's here (age_claims gives it to the person the story means)
    ("A 37-year-old man was charged with theft.", ""),
    ("The 78-year-old former president showed no emotion.", ""),
    # a place after a verb is not the person
    ("A 34-year-old man arrested at Charles de Gaulle airport was charged.", ""),
    # an office after the age: the person the text names with it, where it names one
    ("Prime Minister Ann Vale resigned. Protesters stormed the home of the 72-year-old Premier on Saturday.",
     "ann vale"),
    ("President Ann Vale spoke, as did former President Tom Reed. The 77-year-old president left early.", ""),
])
def test_the_person_an_age_is_written_against(text, owner):
    assert _age_owner(text) == owner


def _ages(folder: Path, a: str, b: str):
    for name, text in (("a", a), ("b", b)):
        (folder / f"{name}.txt").write_text(f"Date: 2024-03-02\n\n{text}\n", encoding="utf-8")
    findings = checker.check(folder).findings
    # the ages are the only figures: whichever claim compares them (open claims pair ages told in like words)
    return findings[~findings["claim"].str.startswith(("name:", "quote:"))]


@pytest.mark.parametrize("a, b, status", [
    # one person, written before the name in one source and after it in the other
    ("On Thursday, 55-year-old chief executive Dana Whitlock called investors.",
     "Chief Executive Officer Dana Whitlock, 54, spent the day on calls.", "conflict"),
    ("Trawler captain Ian Moss, 61, was rescued at dawn.", "The 61-year-old skipper Ian Moss survived the night.",
     "agree"),
    # one outlet misspells the surname: still one person
    ("Greg Becker, 54, resigned on Friday.", "The 55-year-old chief executive Greg Beker resigned.", "conflict"),
    # an office the age is written against, held by the person the other source ages
    ("Prime Minister Ann Vale, 73, and her husband were not at home.",
     "Prime Minister Ann Vale offered to go. Crowds burned the home of the 72-year-old Premier on Saturday.",
     "conflict"),
    # a name of two surnames, told by the first of them alone ("Flores" is President Carlos Flores Facusse)
    ("President Carlos Flores Facusse, 48, declared a curfew.", "Flores, 52, suspended constitutional guarantees.",
     "conflict"),
    # two people of one surname are two claims, never one conflict
    ("His brother Ajay Patel, 45, waited outside.", "The survivor, Vikram Patel, 40, spoke to reporters.", None),
    # an infant's age in weeks, days or months is compared as a span of time: two weeks are 14 days, but 18
    # months are not two years
    ("Firefighters lifted three-week-old Lina Sahin from the rubble on Monday.",
     "The 21-day-old Lina Sahin was lifted from the rubble by firefighters on Monday.", "variance"),
    ("Firefighters lifted 18-month-old Lina Sahin from the rubble on Monday.",
     "The two-year-old Lina Sahin was lifted from the rubble by firefighters on Monday.", "conflict"),
])
def test_one_persons_age_in_two_sources_is_one_claim(tmp_path, a, b, status):
    ages = _ages(tmp_path, a, b)
    assert list(ages["status"]) == ([status] if status else [])


@pytest.mark.parametrize("b, status", [
    # the story's person, told by age alone
    ("Marta Quiroga won the vote. Quiroga thanked voters, and Quiroga's rival conceded. The 54-year-old economist "
     "spoke at midnight.", {"age:quiroga": "conflict"}),
    # the person at the head of the sentence before is the one meant, not the story's main person
    ("Marta Quiroga won the vote. Quiroga thanked voters. Quiroga spoke at midnight. Tomas Ibarra had conceded "
     "earlier. Shortly after 8pm, the 53-year-old minister walked on stage.", {"age:ibarra": "conflict"}),
    # the only person the sentence before names, though not at its head
    ("Marta Quiroga won the vote. Quiroga thanked voters. Quiroga spoke at midnight. It was just after nine when "
     "Tomas Ibarra conceded. The 53-year-old, a former minister, had flown in.", {"age:ibarra": "conflict"}),
    # named as often as her rival, but the one the headline names
    ("Quiroga wins run-off\n\nQuiroga won the vote and Quiroga thanked voters. Ibarra, her rival, conceded, and "
     "Ibarra's party said Ibarra would not stand again. Officials counted through the night. The 54-year-old spoke "
     "at midnight.", {"age:quiroga": "conflict"}),
])
def test_an_age_with_no_name_is_the_story_persons(tmp_path, b, status):
    a = "Marta Quiroga, 53, won the run-off. Her rival Tomas Ibarra, 52, conceded defeat."
    ages = _ages(tmp_path, a, b)
    assert dict(zip(ages["claim"], ages["status"])) == status


def test_an_age_told_after_someone_unnamed_is_theirs_not_the_story_persons(tmp_path):
    a = "Marta Quiroga, 53, won the run-off. Her rival Tomas Ibarra, 52, conceded defeat."
    b = ("Marta Quiroga won the vote. Quiroga thanked voters. Quiroga spoke at midnight. Police arrested a local man "
         "outside the count. The 54-year-old was released on bail.")
    assert "conflict" not in set(_ages(tmp_path, a, b)["status"])


def test_an_age_is_not_set_against_the_age_of_someone_its_sentence_names_apart(tmp_path):
    a = "Lena Marsh (29) was shot at her home in Leeds on Friday night."
    b = "The 42-year-old, who shot Lena Marsh at her home in Leeds on Friday night, denies murder."
    ages = _ages(tmp_path, a, b)
    assert "conflict" not in set(ages["status"])        # his age and hers


def test_an_age_told_after_a_name_without_its_second_surname_is_that_persons(tmp_path):
    a = "The driver, Francisco José Garzón Amo, 52, was charged on Sunday."
    b = ("The train's driver, Francisco José Garzón, is under police guard in hospital. The 53-year-old, according to "
         "witnesses, said he was going too fast.")
    assert set(_ages(tmp_path, a, b)["status"]) == {"conflict"}


def test_an_age_is_the_persons_though_a_relative_of_one_surname_is_named_after_it(tmp_path):
    a = "The youngest victim, 11-year-old Rosswin Nation, was buried on Sunday."
    b = ("Rosswin Nation was the youngest of the fans who died. The 12-year-old had gone to the match with his "
         "father, Roy Nation, and lost his grip on his hand.")
    assert set(_ages(tmp_path, a, b)["status"]) == {"conflict"}


@pytest.mark.parametrize("said", ["the 52-year-old Ibarra", "the 52-year-old Harvard economist Dr Ibarra"])
def test_a_surname_right_after_an_age_owns_it_though_the_story_is_about_another(tmp_path, said):
    a = "Marta Quiroga, 53, won the run-off. Her rival Tomas Ibarra, 52, conceded defeat."
    b = f"Marta Quiroga won the vote. Quiroga thanked voters. Quiroga spoke at midnight. Aides said {said} would speak."
    ages = _ages(tmp_path, a, b)
    assert list(ages["status"]) == ["agree"] and "quiroga" not in ages["claim"].iloc[0]


def _draft_rows(folder: Path, texts: dict[str, str]):
    """The draft verdicts of checking `texts` (one named "draft"), all dated 2 March 2024."""
    for name, text in texts.items():
        (folder / f"{name}.txt").write_text(f"Date: 2024-03-02\n\n{text}\n", encoding="utf-8")
    return checker.check(folder, draft=folder / "draft.txt").draft


def test_a_draft_age_with_no_name_is_checked_against_the_person_its_role_names(tmp_path):
    texts = {
        "wire": "President-elect Marta Quiroga, 53, thanked voters. Her rival Tomas Ibarra, 52, conceded.",
        "paper": "Quiroga, 53, won. The president-elect will take office in December. Ibarra, 52, conceded.",
        "draft": "Quiroga won and Ibarra conceded. Ibarra spoke first. Quiroga spoke later.\n\n"
                 "The 55-year-old president-elect spoke at midnight.",
    }
    draft = _draft_rows(tmp_path, texts)
    age = draft[draft["claim"] == "age:quiroga"]
    assert list(zip(age["draft"], age["verdict"])) == [("55-year-old", "contradicted")]


def test_a_draft_age_of_a_person_the_sources_age_in_like_words_is_checked(tmp_path):
    """The sources' "co-pilot Anju Khatiwada, 44" pair as an open claim; the draft's "48-year-old co-pilot" meets it."""
    texts = {
        "wire": "He was flying with co-pilot Anju Khatiwada, 44, who was due to be promoted.",
        "paper": "The co-pilot, Anju Khatiwada, 44, had been due for promotion.",
        "draft": "He was flying with co-pilot Anju Khatiwada on her last check flight.\n\n"
                 "The 48-year-old co-pilot had more than 6,400 hours of flying experience.",
    }
    draft = _draft_rows(tmp_path, texts)
    age = draft[draft["draft"] == "48-year-old"]
    assert list(age["verdict"]) == ["contradicted"] and "44" in age["sources_say"].iloc[0]


@pytest.mark.parametrize("draft, verdict", [
    # the age of a role no name owns, given otherwise than the sources give it
    ("The 52-year-old stationmaster on duty that night, Vasilis Samaris, was arrested.", "contradicted"),
    ("The 59-year-old stationmaster on duty that night was arrested.", "supported"),
    # "man" names no one in particular: no row
    ("A 52-year-old man watched from the platform.", None),
])
def test_a_draft_age_of_a_role_is_set_against_the_sources_age_of_that_role(tmp_path, draft, verdict):
    texts = {"wire": "Police said the 59-year-old stationmaster had been taken to prison on Sunday. "
                     "A 40-year-old man was also questioned.",
             "paper": "The stationmaster was remanded in custody after seven hours before the magistrate.",
             "draft": draft}
    rows = _draft_rows(tmp_path, texts)
    ages = rows[rows["draft"].str.contains("year-old")]
    assert list(ages["verdict"]) == ([verdict] if verdict else [])


@pytest.mark.parametrize("text", [
    "The bank's chief executive, Ulrich Körner, 59, will stay on.",
    "Prime Minister Recep Tayyip Erdoğan, 69, spoke to reporters.",
    "The coach, Gérald Darmanin, 40, resigned.",
])
def test_an_age_after_a_name_with_letters_beyond_ascii_is_an_age(text):
    assert [q.kind for q in read_quantities(text) if q.text.isdigit()] == ["age"]


@pytest.mark.parametrize("c, status", [
    # "its 40-year-old captain": the captain the other sources name, whose age they tell in like words
    ("Its 40-year-old captain managed to get out but was badly hurt.", "conflict"),
    ("Its 39-year-old captain managed to get out but was badly hurt.", "agree"),
])
def test_a_third_sources_age_of_a_person_two_tell_alike_joins_their_claim(tmp_path, c, status):
    texts = {"a": "Its captain, Genki Miyamoto, a 39-year-old, escaped but was seriously injured.",
             "b": "The coast guard plane's captain, Genki Miyamoto, 39, is being treated in hospital.",
             "c": c}
    for name, text in texts.items():
        (tmp_path / f"{name}.txt").write_text(f"Date: 2024-01-03\n\n{text}\n", encoding="utf-8")
    result = checker.check(tmp_path)
    mentions = result.mentions
    ages = mentions[mentions["text"].str.contains("year-old|^39$", regex=True)]
    c_age = ages[ages["source"] == "c"]
    assert len(c_age) == 1 and c_age["claim"].iloc[0] in set(ages.loc[ages["source"] == "a", "claim"])
    assert result.findings.set_index("claim")["status"][c_age["claim"].iloc[0]] == status


@pytest.mark.parametrize("b_date, b_age, status", [
    # two sources published years apart: the person grew older between them, each year's ages compared apart
    ("2024-11-20", 60, []),
    # the same year: the ages disagree
    ("2022-05-02", 60, ["conflict"]),
    # no one grows younger, nor older by more than the years between: such ages cannot both be right
    ("2024-11-20", 55, ["conflict"]),
    ("2024-11-20", 65, ["conflict"]),
])
def test_a_persons_ages_told_years_apart_are_compared_within_each_year(tmp_path, b_date, b_age, status):
    (tmp_path / "a.txt").write_text("Date: 2022-04-27\n\nSung Kook Hwang, 57, of Tenafly, New Jersey, is charged "
                                    "with racketeering conspiracy.\n", encoding="utf-8")
    (tmp_path / "b.txt").write_text(f"Date: {b_date}\n\nHwang, {b_age}, stood silently as the judge spoke.\n",
                                    encoding="utf-8")
    findings = checker.check(tmp_path).findings
    ages = findings[findings["claim"].str.startswith("age:")]
    assert list(ages.loc[ages["status"].ne("single"), "status"]) == status


def test_an_undated_sources_age_is_told_as_of_the_storys_date(tmp_path):
    # the undated source is read as of the story's date (2024, when most sources were published): its 59 is set
    # against that year's 60, not left alone
    texts = {"a": "Date: 2022-04-27\n\nSung Kook Hwang, 57, of Tenafly, New Jersey, is charged with conspiracy.",
             "b": "Date: 2024-11-20\n\nHwang, 60, stood silently as the judge spoke.",
             "c": "Date: 2024-11-21\n\nHwang, 60, was sentenced on Wednesday.",
             "d": "Hwang, 59, a former fund manager, was jailed."}
    for name, text in texts.items():
        (tmp_path / f"{name}.txt").write_text(text + "\n", encoding="utf-8")
    result = checker.check(tmp_path)
    ages = result.mentions[result.mentions["claim"].str.startswith("age:")].set_index("source")["event"]
    assert ages["d"] == ages["b"] != ages["a"]


def test_a_things_age_is_no_persons_and_two_sources_ages_of_the_thing_are_compared(tmp_path):
    a = "Founder Marta Quiroga, 53, was in court. Talks failed, leaving the 158-year-old firm no option."
    b = "Quiroga spoke. Quiroga wept. Quiroga left. By breakfast the 164-year-old firm, once a shop, was gone."
    ages = _ages(tmp_path, a, b)
    assert list(ages["status"]) == ["conflict"] and "quiroga" not in ages["claim"].iloc[0]   # the firm's, not hers


def test_a_things_age_is_not_the_story_persons(tmp_path):
    a = "Founder Marta Quiroga, 53, was in court on Monday."
    b = "Quiroga spoke. Quiroga wept. Quiroga left. The 164-year-old firm she led was gone."
    assert "conflict" not in set(_ages(tmp_path, a, b)["status"])


def test_an_age_with_the_persons_name_after_a_comma_is_that_persons(tmp_path):
    a = "Louis Marsh, 74, shared the farmhouse with his wife, Pam, and his 100-year-old mother, Margaret."
    b = "His 100-year-old mother Margaret Marsh and his wife Pam were pulled from the farmhouse by neighbours."
    _ages(tmp_path, a, b)
    mentions = checker.check(tmp_path).mentions
    claim_of = {(m.source, m.value): m.claim for m in mentions.itertuples() if m.kind in ("age", "count")}
    assert claim_of[("b", "100")] == claim_of[("a", "100")]         # the mother's age, told two ways
    assert claim_of.get(("a", "74")) != claim_of[("b", "100")]      # not her son's


def test_an_age_is_never_the_sources_earlier_figure(checked):
    mentions = checked({"a": "Police had earlier sought his companion, Marilou Danley, 62, but said she was not "
                             "involved.",
                        "b": "His companion, Marilou Danley, 63, was abroad at the time of the attack, police said."},
                       "2017-10-03").mentions
    ages = mentions[mentions["text"].isin(["62", "63"])]
    assert sorted(ages["text"]) == ["62", "63"] and set(ages["superseded"]) == {""}


@pytest.mark.parametrize("a, b, one", [
    (("greg", "becker"), ("gregory", "becker"), True),
    (("becker",), ("greg", "becker"), True),
    # a word of courtesy before the given name ("Dona Rosilene Virgílio")
    (("rosilene", "virgilio"), ("dona", "rosilene", "virgilio"), True),
    (("vishwash", "kumar", "ramesh"), ("ajay", "kumar", "ramesh"), False),
    (("ajay", "patel"), ("vikram", "patel"), False),
])
def test_two_names_are_one_person(a, b, one):
    assert one_person(a, b) is one and one_person(b, a) is one
