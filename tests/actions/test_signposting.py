"""Pure parts of the signposting actions: who the support is for, ages, opening hours, ordinals."""

from __future__ import annotations

from datetime import date

import pytest
from rasa_sdk import Tracker

from actions.find_services import age_from, pick
from actions.signposting import address_of, hours_on, short
from assistant.audience import audience_for

MONDAY, SATURDAY = date(2026, 11, 23), date(2026, 11, 28)
WEEKDAYS = [{"freq": "WEEKLY", "byday": "MO,TU,WE,TH,FR", "opens_at": "09:00", "closes_at": "17:00"}]


@pytest.mark.parametrize(
    ("audience", "age", "relation", "expected"),
    [
        ("professional", 40, None, "professional"),
        (None, 13, None, "young-person"),
        (None, 15, "son", "parent-carer"),
        (None, 9, "granddaughter", "kinship-carer"),
        (None, 30, None, None),
        (None, None, None, None),
        ("nonsense", 12, None, "young-person"),
    ],
)
def test_audience_is_inferred_from_what_was_said(audience, age, relation, expected) -> None:
    assert audience_for(audience, age, relation) == expected


@pytest.mark.parametrize(
    ("value", "expected"), [(14, 14.0), ("im 15", 15.0), ("fifteen", None), ("0", None), (None, None)]
)
def test_age_from_slot_values(value, expected) -> None:
    assert age_from(value) == expected


def test_opening_hours_by_day() -> None:
    assert hours_on(WEEKDAYS, MONDAY) == "09:00–17:00"
    assert hours_on(WEEKDAYS, SATURDAY) == "closed"
    assert hours_on([], MONDAY) is None
    always = [{"freq": "WEEKLY", "byday": "MO,TU,WE,TH,FR,SA,SU", "opens_at": "00:00", "closes_at": "23:59"}]
    assert hours_on(always, SATURDAY) == "24 hours"


def test_short_description_and_address() -> None:
    assert short("Free support for young people. Call any time.") == "Free support for young people."
    assert len(short("x" * 500)) <= 200
    service = {
        "service_at_locations": [
            {
                "location": {
                    "addresses": [{"address_1": "1 High St", "city": "Leeds", "postal_code": "LS1 9ZZ"}]
                }
            }
        ]
    }
    assert address_of(service) == "1 High St, Leeds, LS1 9ZZ"


def tracker_with_ordinal(value: str) -> Tracker:
    message = {"text": f"the {value} one", "entities": [{"entity": "ordinal", "value": value}]}
    return Tracker("c", {}, message, [], False, None, {}, "action_listen")


@pytest.mark.parametrize(
    ("value", "expected"), [("second", "b"), ("1st", "a"), ("last", "c"), ("fifth", None)]
)
def test_pick_follows_the_ordinal(value, expected) -> None:
    assert pick(["a", "b", "c"], tracker_with_ordinal(value)) == expected
