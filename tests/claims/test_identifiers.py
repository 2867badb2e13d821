"""Numbers that name a thing ("flight 2283"), compared across sources and against the draft (our sentences)."""
import pytest

import checker


def _check(tmp_path, texts, draft=None):
    for name, text in texts.items():
        (tmp_path / f"{name}.txt").write_text(f"Date: 2024-08-10\n\n{text}\n", encoding="utf-8")
    if draft is None:
        return checker.check(tmp_path)
    path = tmp_path.parent / "draft.txt"
    path.write_text(f"Date: 2024-08-10\n\n{draft}\n", encoding="utf-8")
    return checker.check(tmp_path, draft=path)


@pytest.mark.parametrize("texts, status", [
    # one number mistyped by one source
    ({"wire": "Voepass flight 2283 crashed in Vinhedo on Friday.", "paper": "Flight 2283 came down in Vinhedo.",
      "local": "The crash of flight 2883 shocked the town."}, "conflict"),
    # told alike: nothing to show
    ({"wire": "Voepass flight 2283 crashed in Vinhedo on Friday.", "paper": "Flight 2283 came down in Vinhedo."},
     None),
    # a story of two flights: each source gives both, no claim
    ({"wire": "Flight 5342 hit a helicopter; flight 5343 landed safely.",
      "paper": "Flight 5342 collided with the helicopter, and flight 5343 diverted."}, None),
    # the airline's code written by some and not others is one flight; the same digits in another order are a typo
    ({"wire": "Flight QX-5127 from Tbilisi crashed near the airport.", "paper": "Qaspian flight 5127 came down.",
      "local": "The jet, flight 5712, broke apart on landing."}, "conflict"),
    ({"wire": "Flight QX-5127 from Tbilisi crashed near the airport.", "paper": "Qaspian flight 5127 came down."},
     None),
    # another flight told in passing is no version of this one
    ({"wire": "Flight 5127 crashed a decade after Flight MH17 was shot down.", "paper": "Flight 5127 crashed.",
      "local": "The jet, flight 5128, broke apart on landing."}, "conflict"),
    # the number to call, however the source asks for the call
    ({"wire": "Anyone with information should call 197, police said.",
      "paper": "Witnesses were asked to ring the hotline 197 or go to a police station.",
      "local": "Police asked residents to dial 179 with any sightings."}, "conflict"),
    # a launch pad, its letter told two ways
    ({"wire": "Challenger rose from Pad 39B at 11:38 a.m.", "nasa": "Launch site: Launch Pad 39B",
      "bbc": "Challenger took off from launch pad 39A on a cold morning."}, "conflict"),
    # numbers too far apart to be one mistyped: two buses
    ({"wire": "Route 12 was closed.", "paper": "Route 7 was closed."}, None),
    ({"wire": "Exit 2 was closed.", "paper": "Exit 7 was closed."}, None),
    # the tank that leaked and the motorway junction, each told two ways by one source
    ({"wire": "Water got into Tank 610 late at night.", "paper": "The gas escaped from tank 611 at the plant.",
      "local": "Water had entered tank No. 610 before midnight."}, "conflict"),
    ({"wire": "The depot sits beside the motorway's Junction 8.", "paper": "It sits beside junction 9 of the M1.",
      "local": "The site lies just off junction 8 of the M1."}, "conflict"),
])
def test_a_number_naming_a_thing_given_two_ways_is_a_conflict(tmp_path, texts, status):
    findings = _check(tmp_path, texts).findings
    rows = findings[findings["claim"].str.startswith("id:")]
    assert list(rows["status"]) == ([status] if status else [])


def test_the_drafts_number_mistyped_is_contradicted(tmp_path):
    texts = {"wire": "Voepass flight 2283 crashed in Vinhedo on Friday.", "paper": "Flight 2283 came down in Vinhedo."}
    draft = _check(tmp_path, texts, draft="Flight 2383 crashed in Vinhedo.").draft
    rows = draft[draft["claim"] == "id:flight"]
    assert list(rows["verdict"]) == ["contradicted"] and "2283" in rows["sources_say"].iloc[0]
