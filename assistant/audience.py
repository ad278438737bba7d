"""Who the support is for, from the audience given, a family relation, an age, or how a message is put."""

from __future__ import annotations

import re

AUDIENCES = ("young-person", "parent-carer", "kinship-carer", "pregnant", "professional")
PARENT_OF = {
    "son",
    "daughter",
    "child",
    "children",
    "kids",
    "kid",
    "baby",
    "teenager",
    "stepson",
    "stepdaughter",
}
GRANDPARENT_OF = {"grandson", "granddaughter", "grandchild", "grandchildren", "grandkids", "niece", "nephew"}

_I_AM = r"(?:(?:i'?m|im|i am)\s+(?:an?\s+|the\s+|his\s+|her\s+|their\s+)?|as\s+an?\s+)"
_ROLES = (
    r"teacher|social\s*worker|gp|doctor|nurse|school\s+nurse|health\s+visitor|midwife|youth\s+worker|"
    r"support\s+worker|family\s+support\s+worker|key\s*worker|school\s+counsellor|safeguarding\s+lead|dsl|"
    r"senco|head\s*teacher|practitioner|paramedic|police\s+officer|drugs?\s+worker|outreach\s+worker"
)
# Checked in this order: the first that matches says who is asking. Ambiguous messages ("my mum drinks")
# match none, and the assistant asks.
_CUES: tuple[tuple[str, re.Pattern[str]], ...] = (
    (
        "professional",
        re.compile(
            rf"(?:^\W*(?:an?\s+)?(?:{_ROLES})\b(?!\s+(?:said|says|told|thinks|rang|called|wants))|\b{_I_AM}(?:{_ROLES})\b|\b(?:{_ROLES})\s+here\b|\bmy\s+(?:pupils?|patients?|clients?|"
            r"service\s+users?|caseload)\b|a\s+(?:pupil|student)\s+(?:of\s+mine|in\s+my\s+class)\b|"
            r"refer\s+(?:a|the|this)\s+(?:child|family|pupil|young\s+person|boy|girl|mum|dad|parent)\b)"
        ),
    ),
    (
        "pregnant",
        re.compile(r"\b(?:pregnant|im\s+expecting|i'?m\s+expecting|expecting\s+a\s+baby|weeks\s+gone)\b"),
    ),
    (
        "kinship-carer",
        re.compile(
            r"\b(?:grand(?:kids?|son|daughter|child(?:ren)?|babies)|kinship|special\s+guardian(?:ship)?|"
            rf"{_I_AM}(?:nan|nana|nanna|gran|granny|grandma|grandad|grandpa|grandparent|aunt|auntie|uncle)\b|"
            r"(?:looking\s+after|bringing\s+up|raising)\s+my\s+(?:niece|nephew|sister'?s|brother'?s))"
        ),
    ),
    (
        "parent-carer",
        re.compile(
            r"\b(?:my\s+(?:husband|wife|partner|ex-?(?:partner|husband|wife)|son|daughter|kids|children|"
            r"baby(?!\s+(?:brother|sister|bro|sis))|toddler|little\s+ones|teenager|stepson|stepdaughter)\b|i'?ve\s+got\s+(?:\w+\s+)?(?:kids|children)"
            rf"|{_I_AM}(?:single\s+)?(?:mum|mom|mam|dad|parent|father|mother|step-?mum|step-?dad)\b|"
            r"al-?anon)"
        ),
    ),
)


def audience_for(audience: str | None, age: float | None, relation: str | None = None) -> str | None:
    """Who the support is for, from what was said: an audience, someone's age, or a family relation."""
    if audience in AUDIENCES:
        return audience
    relation = (relation or "").lower()
    if relation in GRANDPARENT_OF:
        return "kinship-carer"
    if relation in PARENT_OF:
        return "parent-carer"
    if age is not None:
        return "young-person" if age < 18 else None
    return None


def audience_in(text: str) -> str | None:
    """The audience a message's own words make plain ("my husband drinks" -> parent-carer), or None."""
    plain = " ".join(text.lower().replace("’", "'").split())
    return next((audience for audience, cue in _CUES if cue.search(plain)), None)


_AUDIENCE_PAYLOAD = re.compile(r'^/inform\{"audience":\s*"([a-z-]+)"\}$')


def audience_said(text: str) -> str | None:
    """The audience a message gives: a button's payload ('/inform{"audience": ...}') or its own words."""
    payload = _AUDIENCE_PAYLOAD.match(text.strip())
    if payload:
        return payload.group(1) if payload.group(1) in AUDIENCES else None
    return audience_in(text)
