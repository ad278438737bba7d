from __future__ import annotations

import pytest

from assistant.safeguarding import CATEGORIES, SUPPORT_LINES, Assessment, Severity, safeguarding_reply

ADULTS: list[str | None] = ["parent-carer", "kinship-carer", "pregnant", "professional"]
YOUNG_OR_UNKNOWN: list[str | None] = [None, "young-person", "child", ""]
EMERGENCY_RULES = [None, "lexicon:unresponsive.not_breathing", "lexicon:fire.smoke_or_gas", "classifier:0.91"]


@pytest.mark.parametrize("category", [*CATEGORIES, None])
@pytest.mark.parametrize("audience", ADULTS + YOUNG_OR_UNKNOWN)
@pytest.mark.parametrize("rule", EMERGENCY_RULES)
def test_every_emergency_message_says_999(
    category: str | None, audience: str | None, rule: str | None
) -> None:
    messages = safeguarding_reply(Assessment(Severity.EMERGENCY, category, rule), audience, "en")
    assert messages and all("999" in message for message in messages)
    assert "call 999 now" in messages[0].lower()
    assert any("staff" in message for message in messages)
    assert "still here" in messages[-1]
    assert not any("{" in message for message in messages)


@pytest.mark.parametrize(
    ("category", "rule", "expected"),
    [
        ("unresponsive", None, "recovery position"),
        ("unresponsive", "lexicon:unresponsive.not_breathing", "CPR"),
        ("overdose", None, "naloxone"),
        ("violence", None, "lock yourself in a room"),
        ("weapon", None, "safe place"),
        ("self_harm", None, "Press hard on the cut"),
        ("suicide", None, "A&E"),
        ("child_took_drugs", None, "Don't try to make them sick"),
        ("child_took_drugs", None, "Keep the packet"),
        ("unresponsive", "lexicon:fire.smoke_or_gas", "Get everyone out"),
    ],
)
def test_emergency_advice_fits_what_is_happening(category: str, rule: str | None, expected: str) -> None:
    advice = safeguarding_reply(Assessment(Severity.EMERGENCY, category, rule), None, "en")[1]
    assert expected in advice


@pytest.mark.parametrize("audience", ADULTS)
def test_adults_get_the_nspcc(audience: str) -> None:
    for severity in (Severity.EMERGENCY, Severity.CONCERN):
        text = " ".join(safeguarding_reply(Assessment(severity, "neglect"), audience, "en"))
        assert SUPPORT_LINES["nspcc"].number in text
        assert SUPPORT_LINES["childline"].number not in text


@pytest.mark.parametrize("audience", YOUNG_OR_UNKNOWN)
def test_young_people_and_unknown_audiences_get_childline(audience: str | None) -> None:
    for severity in (Severity.EMERGENCY, Severity.CONCERN):
        text = " ".join(safeguarding_reply(Assessment(severity, "neglect"), audience, "en"))
        assert SUPPORT_LINES["childline"].number in text
        assert SUPPORT_LINES["nspcc"].number not in text


def test_concern_for_a_young_person_believes_them_and_says_staff_will_look() -> None:
    messages = safeguarding_reply(Assessment(Severity.CONCERN, "abuse"), None, "en")
    text = " ".join(messages)
    assert messages[0].startswith("Thank you for telling me")
    assert "I believe you" in text and "not your fault" in text
    assert "staff will look at it" in text and "999" in text


def test_concern_for_a_professional_points_to_their_safeguarding_lead() -> None:
    text = " ".join(safeguarding_reply(Assessment(Severity.CONCERN, "neglect"), "professional", "en"))
    assert "designated safeguarding lead" in text and "staff will also look" in text


def test_thoughts_of_suicide_or_self_harm_add_samaritans() -> None:
    for category in ("suicidal_thoughts", "self_harm"):
        text = " ".join(safeguarding_reply(Assessment(Severity.CONCERN, category), None, "en"))
        assert SUPPORT_LINES["samaritans"].number in text


def test_nothing_to_say_when_nothing_was_found() -> None:
    assert safeguarding_reply(Assessment(Severity.NONE), None, "en") == []


def test_a_locale_without_a_catalog_gets_english() -> None:
    assessment = Assessment(Severity.EMERGENCY, "overdose")
    assert safeguarding_reply(assessment, None, "xx") == safeguarding_reply(assessment, None, "en")
