"""A measure one source gives in another unit was converted and rounded by someone: each figure vouches for half
its last rounded digit, a twentieth of it at most (our figures)."""
import pytest

import checker


@pytest.mark.parametrize("a, b, status", [
    # 80 mph is 128.7 km/h, written 130 by the other outlet
    ("Winds gusting up to 80mph fanned the flames through the town, the fire service said.",
     "Winds of 130 kph fanned the flames through the town, the fire service said.", "variance"),
    # 120 mph is 193 km/h: no rounding reaches 130
    ("Winds gusting up to 120mph fanned the flames through the town, the fire service said.",
     "Winds of 130 kph fanned the flames through the town, the fire service said.", "conflict"),
    # no conversion: figures in one unit are read as they are
    ("Winds gusting up to 120 kph fanned the flames through the town, the fire service said.",
     "Winds of 130 kph fanned the flames through the town, the fire service said.", "conflict"),
    # a bound is rounded as a figure is: up to 80 mph (128.7 km/h) is up to 130 km/h, rounded
    ("Winds gusting up to 80mph fanned the flames through the town, the fire service said.",
     "Winds gusting up to 130 kph fanned the flames through the town, the fire service said.", "variance"),
    ("Winds gusting up to 80mph fanned the flames through the town, the fire service said.",
     "Winds gusting up to 150 kph fanned the flames through the town, the fire service said.", "conflict"),
    # "about" rounds already: about 30 miles (43 to 53 km) is not widened again to meet about 60 km (54 to 66)
    ("Winds gusting at about 30 mph fanned the flames through the town, the fire service said.",
     "Winds of about 60 kph fanned the flames through the town, the fire service said.", "conflict"),
])
def test_a_converted_measure_keeps_its_rounding(tmp_path, a, b, status):
    assert _one_claims_status(tmp_path, a, b, "km/h") == status


@pytest.mark.parametrize("b, status", [
    # 100 to 115 feet is 30.5 to 35.1 m, written 30 to 35 m by the other outlet: both read in metres, they overlap
    ("The wreck lies in water 30 to 35 metres deep off the coast, the navy said.", "variance"),
    ("The wreck lies in water 50 to 55 metres deep off the coast, the navy said.", "conflict"),
])
def test_a_converted_range_keeps_its_rounding(tmp_path, b, status):
    a = "The wreck lies in water 100 to 115 feet deep off the coast, the navy said."
    assert _one_claims_status(tmp_path, a, b, "m") == status


def _one_claims_status(folder, a: str, b: str, unit: str) -> str:
    """The status of the one claim two sources' measures in `unit` (as compared) make."""
    (folder / "a.txt").write_text(f"Date: 2023-08-09\n\n{a}\n", encoding="utf-8")
    (folder / "b.txt").write_text(f"Date: 2023-08-09\n\n{b}\n", encoding="utf-8")
    result = checker.check(folder)
    measures = result.mentions[result.mentions["unit"] == unit]
    assert measures["claim"].nunique() == 1 and len(measures) == 2
    return result.findings.set_index("claim").loc[measures["claim"].iloc[0], "status"]


def test_measures_all_in_one_unit_get_no_conversion_rounding(tmp_path):
    # both in feet, though compared in metres: nobody converted, and a foot apart is a foot apart
    for name, length in (("a", "22-foot"), ("b", "21-foot")):
        (tmp_path / f"{name}.txt").write_text(f"Date: 2023-08-09\n\nThe {length} boat, owned by Tern Marine, "
                                              "capsized off the pier, the coastguard said.\n", encoding="utf-8")
    result = checker.check(tmp_path)
    length = result.mentions[result.mentions["text"].str.endswith("-foot")]
    assert length["claim"].nunique() == 1 and len(length) == 2
    assert result.findings.set_index("claim").loc[length["claim"].iloc[0], "status"] == "conflict"


@pytest.mark.parametrize("a, b", [
    ("another half an hour", "30 minutes"),      # 0.5 / 24 and 30 / 1440 days: equal, but not to the last bit
    ("a quarter of an hour", "15 minutes"),
    ("an hour and a half", "90 minutes"),
])
def test_one_duration_in_two_units_is_no_conflict(tmp_path, a, b):
    for name, said in (("a", a), ("b", b)):
        (tmp_path / f"{name}.txt").write_text(f"Date: 2024-05-30\n\nThe jurors asked for {said} to fill out the "
                                              "verdict form, the judge said.\n", encoding="utf-8")
    result = checker.check(tmp_path)
    told = result.mentions[result.mentions["unit"] == "days"]
    assert told["claim"].nunique() == 1 and len(told) == 2
    assert result.findings.set_index("claim").loc[told["claim"].iloc[0], "status"] != "conflict"


@pytest.mark.parametrize("a, b, status", [
    # a whole figure beside one told to a decimal place was rounded from it: 18 km vouches for 17.5 to 18.5
    ("The quake struck at a depth of 17.9 km, the survey said.", "The quake struck at a depth of 18 km.", "variance"),
    ("The quake struck at a depth of about 17.9 km, the survey said.", "The quake struck at a depth of 18 km.",
     "variance"),
    # ... but no further
    ("The quake struck at a depth of 17.2 km, the survey said.", "The quake struck at a depth of 18 km.", "conflict"),
    # whole figures both: read as written
    ("The quake struck at a depth of 17 km, the survey said.", "The quake struck at a depth of 18 km.", "conflict"),
])
def test_a_whole_measure_beside_a_decimal_one_was_rounded(tmp_path, a, b, status):
    (tmp_path / "a.txt").write_text(f"Date: 2023-08-09\n\n{a}\n", encoding="utf-8")
    (tmp_path / "b.txt").write_text(f"Date: 2023-08-09\n\n{b}\n", encoding="utf-8")
    result = checker.check(tmp_path)
    assert result.findings.set_index("claim").loc["depth", "status"] == status


@pytest.mark.parametrize("a, b, status", [
    # a round measure beside one written to a finer digit was rounded from it: 630 tons vouches for 625 to 635
    ("The 629-ton tanker Vector carried 8,800 barrels of fuel.", "The 630-ton tanker Vector carried fuel.", "variance"),
    ("The 612-ton tanker Vector carried 8,800 barrels of fuel.", "The 630-ton tanker Vector carried fuel.", "conflict"),
    # a figure half a step off the round one is no rounding of it: 250 is written as deliberately as 300
    ("The 250-ton tanker Vector carried 8,800 barrels of fuel.", "The 300-ton tanker Vector carried fuel.", "conflict"),
    ("The 251-ton tanker Vector carried 8,800 barrels of fuel.", "The 300-ton tanker Vector carried fuel.", "variance"),
    # two round measures are read as written
    ("The 620-ton tanker Vector carried 8,800 barrels of fuel.", "The 630-ton tanker Vector carried fuel.", "conflict"),
])
def test_a_round_measure_beside_a_finer_one_was_rounded(tmp_path, a, b, status):
    (tmp_path / "a.txt").write_text(f"Date: 1987-12-21\n\n{a}\n", encoding="utf-8")
    (tmp_path / "b.txt").write_text(f"Date: 1987-12-21\n\n{b}\n", encoding="utf-8")
    findings = checker.check(tmp_path).findings
    tons = findings[findings["note"].str.contains("-ton") | findings["claim"].str.contains("vector|tanker")]
    assert tons["status"].tolist() == [status]


@pytest.mark.parametrize("a, b, status", [
    # minus 2 °F is -18.9 °C, written -19C: a degree Fahrenheit is five ninths of one Celsius, below zero too
    ("In Dallas the temperature fell to minus 2 degrees Fahrenheit overnight, forecasters said.",
     "In Dallas the temperature fell to -19C overnight, forecasters said.", "variance"),
    # 110 °F is 43.3 °C: a temperature is written to the degree, so 46C is another reading
    ("In Mina the temperature reached 110 degrees Fahrenheit that morning, officials said.",
     "In Mina the temperature reached 46C that morning, officials said.", "conflict"),
])
def test_a_temperature_converted_keeps_its_rounding_in_degrees(tmp_path, a, b, status):
    assert _one_claims_status(tmp_path, a, b, "celsius") == status


@pytest.mark.parametrize("b, status", [
    # 7,000 imperial gallons are 31,822 litres, 7,000 US gallons 26,498: a British source need not say which
    ("Crews pumped foam onto the burning depot at 31,500 litres a minute.", "variance"),
    ("Crews pumped foam onto the burning depot at 26,500 litres a minute.", "variance"),
    # ... and no gallon makes 60,000 litres of them
    ("Crews pumped foam onto the burning depot at 60,000 litres a minute.", "conflict"),
])
def test_a_gallon_is_a_us_or_an_imperial_one(tmp_path, b, status):
    assert _one_claims_status(tmp_path, "Crews pumped foam onto the burning depot at 7,000 gallons a minute.", b,
                              "l") == status


@pytest.mark.parametrize("litres, status", [("55,500", "variance"), ("45,500", "conflict")])
def test_nearly_so_many_gallons_reaches_a_twentieth_below_in_us_gallons(tmp_path, litres, status):
    # 55,500 litres is 14,660 US gallons: "nearly 15,000 gallons"; 45,500 litres (12,020) is not
    assert _one_claims_status(tmp_path, "The jet took on nearly 15,000 gallons of fuel before take-off.",
                              f"The jet took on {litres} litres of fuel before take-off.", "l") == status


@pytest.mark.parametrize("a_bracket, b_bracket, status", [
    # 3 km is 1.86 miles: "2" and "1.9" are both its roundings, to their own last digits
    ("(2-mile)", "(1.9-mile)", "agree"),
    ("(2 miles)", "(1.9 miles)", "agree"),
    # 3 km is no 4 miles, however rounded
    ("(2-mile)", "(4-mile)", "conflict"),
])
def test_a_conversion_in_brackets_is_rounded_to_its_last_digit(tmp_path, a_bracket, b_bracket, status):
    for name, bracket in (("a", a_bracket), ("b", b_bracket)):
        (tmp_path / f"{name}.txt").write_text(f"Date: 2019-06-16\n\nMarchers set off along the 3-km {bracket} route "
                                              "to the Legislative Council building, organisers said.\n",
                                              encoding="utf-8")
    result = checker.check(tmp_path)
    brackets = result.mentions[result.mentions["text"].str.contains("mile")]
    assert brackets["claim"].nunique() == 1 and len(brackets) == 2
    found = result.findings.set_index("claim").loc[brackets["claim"].iloc[0], "status"]
    assert (found == "conflict") == (status == "conflict")


@pytest.mark.parametrize("a, b, conflict", [
    # every outlet writes km/h, but the brackets convert 150 mph (241.4 km/h): both are its roundings
    ("sustained winds of 150 miles per hour (241 kph), the hurricane centre said.",
     "sustained winds of 150 mph (240 kph), the hurricane centre said.", False),
    # an age in brackets is no conversion: 41 and 42 are two ages
    ("The driver, Tomasz Nowak (41), was arrested at the scene, police said.",
     "The driver, Tomasz Nowak (42), was arrested at the scene, police said.", True),
])
def test_only_a_measure_in_brackets_is_rounded_as_a_conversion(tmp_path, a, b, conflict):
    for name, text in (("a", a), ("b", b)):
        (tmp_path / f"{name}.txt").write_text(f"Date: 2022-09-29\n\n{text}\n", encoding="utf-8")
    findings = checker.check(tmp_path).findings
    assert ("conflict" in set(findings["status"])) is conflict


def test_two_roundings_that_only_touch_do_not_meet(tmp_path):
    # 110 miles rounded vouches for 105 up to 115, and about 120 for 115 to 130: a writer with 115 would have
    # written 120, so the two meet nowhere, though the kilometres of a third source bring conversion rounding in
    said = {"a": "Piper Alpha stands in the North Sea about 120 miles north-east of Aberdeen, the company said.",
            "b": "The platform was destroyed 110 miles north-east of Aberdeen, the company said.",
            "c": "Piper Alpha, 190 km north-east of Aberdeen, had been producing since 1976."}
    for name, text in said.items():
        (tmp_path / f"{name}.txt").write_text(f"Date: 2018-07-06\n\n{text}\n", encoding="utf-8")
    result = checker.check(tmp_path)
    far = result.mentions[result.mentions["unit"] == "km"]
    assert far["claim"].nunique() == 1 and set(far["source"]) == {"a", "b", "c"}
    finding = result.findings.set_index("claim").loc[far["claim"].iloc[0]]
    assert finding["status"] == "conflict" and finding["disagree"] == ["b"]
