"""The first replies to a message the safeguarding check flagged, in plain words and every locale."""

from __future__ import annotations

from dataclasses import dataclass

from assistant.i18n import _, gettext
from assistant.safeguarding.assessment import Assessment, Severity


@dataclass(frozen=True)
class SupportLine:
    name: str
    number: str
    for_whom: str


SUPPORT_LINES = {
    "emergency": SupportLine("Emergency services", "999", "anyone in danger now"),
    "childline": SupportLine("Childline", "0800 1111", "children and young people up to 19, free, any time"),
    "nspcc": SupportLine("NSPCC helpline", "0808 800 5000", "adults worried about a child"),
    "samaritans": SupportLine("Samaritans", "116 123", "anyone who is struggling, free, any time"),
}
ADULT_AUDIENCES = frozenset({"parent-carer", "kinship-carer", "pregnant", "professional"})

CALL_999 = _("This sounds like an emergency. Please call 999 now.")
WHAT_TO_DO = {
    "not_breathing": _(
        "If they are not breathing, tell the 999 call handler straight away: they will tell you how to do "
        "CPR. If they are breathing but won't wake up, roll them onto their side in the recovery position "
        "and stay with them."
    ),
    "unresponsive": _(
        "While you wait: if they are breathing but won't wake up, roll them onto their side in the recovery "
        "position and stay with them. If they stop breathing, tell 999: they will tell you how to do CPR. "
        "If there is naloxone in the house, use it."
    ),
    "child_took_drugs": _(
        "Call 999 now. Don't try to make them sick. Keep the packet or bottle to show the ambulance crew, "
        "and stay with them. If they won't wake up, roll them onto their side in the recovery position."
    ),
    "self_harm": _(
        "Call 999 or go to A&E now. Press hard on the cut with a clean cloth or towel to slow the bleeding, "
        "and keep pressing."
    ),
    "suicide": _(
        "Call 999 or go to A&E now. Stay with someone, and move away from anything that could hurt you. "
        "If it is someone else, stay with them if it is safe."
    ),
    "violence": _(
        "If you can, get to a safe place: get out of the house, or lock yourself in a room, and call 999. "
        "If you can't talk, call 999, stay on the line and press 55 when you are asked."
    ),
    "fire": _("Get everyone out of the house now and call 999 from outside. Don't go back in."),
    "child_alone": _(
        "Call 999 and tell them where you are and that a child is on their own. Keep the door locked and "
        "don't open it to anyone you don't know."
    ),
    "exploitation": _(
        "Call 999 and tell them where you are. If you can, go somewhere with other people around, "
        "like a shop."
    ),
    "general": _("Tell the 999 call handler where you are and what is happening. They will help."),
}
_GUIDANCE_FOR = {
    "overdose": "unresponsive",
    "unresponsive": "unresponsive",
    "child_took_drugs": "child_took_drugs",
    "self_harm": "self_harm",
    "suicide": "suicide",
    "violence": "violence",
    "weapon": "violence",
    "domestic_abuse": "violence",
    "abuse": "violence",
    "child_alone": "child_alone",
    "exploitation": "exploitation",
}
STAFF_TOLD_EMERGENCY = _(
    "A member of our staff has been told and will look at this. 999 is still the fastest help."
)
STILL_HERE = _(
    "I'm still here. Keep talking to me while you wait for help, and call 999 again if things get worse."
)

YOUNG_EMERGENCY_LINE = _(
    "Childline is free on {number}, any time, if you want to talk to someone. Call 999 first."
)
ADULT_EMERGENCY_LINE = _("The NSPCC helpline is on {number} for advice about a child. Call 999 first.")

YOUNG_CONCERN: tuple[str, ...] = (
    _("Thank you for telling me. I believe you, and it is not your fault."),
    _(
        "What you told me is important, so a member of our staff will look at it and may get in touch "
        "to help."
    ),
    _("You can talk to Childline any time on {number}. It's free, and you don't have to give your name."),
    _("If you are in danger right now, call 999."),
)
ADULT_CONCERN: tuple[str, ...] = (
    _("Thank you for telling me. It takes courage to share this, and I'm glad you did."),
    _("A member of our staff will look at what you've told me and may be in touch about support."),
    _(
        "The NSPCC helpline is on {number} for advice about a child's safety. If anyone is in danger now, "
        "call 999."
    ),
)
PROFESSIONAL_CONCERN: tuple[str, ...] = (
    _("Thank you. This sounds like a safeguarding concern."),
    _(
        "Please follow your organisation's safeguarding procedure and tell your designated safeguarding lead "
        "today. A member of our staff will also look at this."
    ),
    _("The NSPCC helpline is on {number} for advice. If a child is at immediate risk, call 999."),
)
FEELINGS_LINE = _(
    "If you feel you might hurt yourself, call 999 or go to A&E. Samaritans are free on {number}, any time."
)


def is_adult(audience: str | None) -> bool:
    return audience in ADULT_AUDIENCES


def safeguarding_reply(assessment: Assessment, audience: str | None, locale: str) -> list[str]:
    """The messages to send first, in order; empty when the check found nothing."""
    if assessment.severity is Severity.EMERGENCY:
        return _emergency(assessment, audience, locale)
    if assessment.severity is Severity.CONCERN:
        return _concern(assessment, audience, locale)
    return []


def _emergency_guidance(assessment: Assessment) -> str:
    rule = assessment.rule or ""
    if rule.startswith("lexicon:fire."):
        return "fire"
    if rule == "lexicon:unresponsive.not_breathing":
        return "not_breathing"
    return _GUIDANCE_FOR.get(assessment.category or "", "general")


def _emergency(assessment: Assessment, audience: str | None, locale: str) -> list[str]:
    helpline = (
        gettext(locale, ADULT_EMERGENCY_LINE, number=SUPPORT_LINES["nspcc"].number)
        if is_adult(audience)
        else gettext(locale, YOUNG_EMERGENCY_LINE, number=SUPPORT_LINES["childline"].number)
    )
    return [
        gettext(locale, CALL_999),
        gettext(locale, WHAT_TO_DO[_emergency_guidance(assessment)]),
        gettext(locale, STAFF_TOLD_EMERGENCY),
        helpline,
        gettext(locale, STILL_HERE),
    ]


def _concern(assessment: Assessment, audience: str | None, locale: str) -> list[str]:
    if audience == "professional":
        texts, line = PROFESSIONAL_CONCERN, "nspcc"
    elif is_adult(audience):
        texts, line = ADULT_CONCERN, "nspcc"
    else:
        texts, line = YOUNG_CONCERN, "childline"
    messages = [gettext(locale, text, number=SUPPORT_LINES[line].number) for text in texts]
    if assessment.category in {"suicidal_thoughts", "self_harm"} and audience != "professional":
        messages.append(gettext(locale, FEELINGS_LINE, number=SUPPORT_LINES["samaritans"].number))
    return messages
