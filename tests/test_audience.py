"""Who the support is for, from how a message is put."""

from __future__ import annotations

import pytest

from assistant.audience import audience_in, audience_said


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("i want to stop drinking, ive got two kids and live in birmingham", "parent-carer"),
        ("my husband drinks every night and i need advice", "parent-carer"),
        ("is there an al-anon group near bristol", "parent-carer"),
        ("im a single mum and my ex is on coke", "parent-carer"),
        ("im a nan bringing up my two grandkids because their mum is on heroin", "kinship-carer"),
        ("am lookin after ma wee grandson cos his maw's on the gear", "kinship-carer"),
        ("GP here, where do I make a referral for a family", "professional"),
        ("im a teacher and one of my pupils is worried about her dad", "professional"),
        ("how do i refer a child to young carers", "professional"),
        ("i just found out im expecting and im still using", "pregnant"),
        ("pregnant and on methadone", "pregnant"),
        # Ambiguous or a young person's words: ask rather than guess.
        ("my mum drinks too much", None),
        ("me dad is always steaming", None),
        ("as dad was drunk again i stayed at my mates", None),
        ("my baby brother cries when mum is drunk", None),
        ("my mums boyfriend hits her", None),
        ("im 13 and my dad drinks", None),
    ],
)
def test_audience_from_the_words_of_a_message(text: str, expected: str | None) -> None:
    assert audience_in(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('/inform{"audience": "kinship-carer"}', "kinship-carer"),
        ('/inform{"audience": "nonsense"}', None),
        ("GP here, a pupil's dad", "professional"),
        ("14", None),
    ],
)
def test_audience_from_a_button_or_the_words(text: str, expected: str | None) -> None:
    assert audience_said(text) == expected
