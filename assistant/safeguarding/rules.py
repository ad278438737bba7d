"""A lexicon rule, and how its match is graded by the context around it (see context.py)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from re import Pattern

from assistant.safeguarding.assessment import Severity
from assistant.safeguarding.context import MessageContext, in_play, negated


def words(*alternatives: str) -> str:
    """A non-capturing alternation of regex fragments."""
    return "(?:" + "|".join(alternatives) + ")"


@dataclass(frozen=True)
class Rule:
    """One curated pattern; `name` is what staff see, e.g. "overdose.mass_ingestion"."""

    name: str
    category: str
    severity: Severity
    pattern: Pattern[str]
    requires: Pattern[str] | None = None  # must also occur elsewhere in the message
    negatable: bool = True  # a negation just before the match cancels it
    topic: bool = False  # a general term: ignored in a request for information or a lesson
    physical: bool = False  # ignored in a game, sport, song or play fight
    resolvable: bool = False  # ignored when the message says the problem is over
    ongoing: bool = False  # an emergency only if it is happening now, not told as past or habitual
    present_tense: bool = False  # the match itself says "now": only a habit softens it, not a past event
    concern_category: str | None = None  # category when an emergency rule is softened to concern
    soften: Pattern[str] | None = None  # present in the message: an emergency rule gives concern
    soften_unless_now: bool = False  # ...but not when the message says it is happening now (context.now)
    escalate: Pattern[str] | None = None  # present in the message: a concern rule gives emergency
    escalate_category: str | None = None


def rule(name: str, category: str, severity: Severity, pattern: str, **options: object) -> Rule:
    compiled = {
        key: re.compile(value)
        if isinstance(value, str) and key in {"requires", "soften", "escalate"}
        else value
        for key, value in options.items()
    }
    return Rule(name, category, severity, re.compile(pattern), **compiled)  # type: ignore[arg-type]


# Emergencies that, told as long over, need no follow-up: an overdose, a collapse or a child's swallowing that
# someone has recovered from.
_OVER_WHEN_LONG_AGO = frozenset({"overdose", "unresponsive", "child_took_drugs"})
# An adult's own childhood is over, except a disclosure of sexual abuse (whenever it happened) or suicide
_STAYS_WHEN_AN_ADULT_LOOKS_BACK = frozenset({"suicide", "suicidal_thoughts", "sexual_abuse"})


@dataclass(frozen=True)
class Hit:
    rule: Rule
    severity: Severity
    category: str
    by_request: bool = False  # NONE only because its matches sat in a request for information


def apply(candidate: Rule, text: str, context: MessageContext) -> Hit | None:
    """The hit `candidate` makes in `text` after its context is taken into account, if any.

    A match that its context explains away (negated, play, a question, a scenario, resolved) gives a hit of
    severity NONE: the lexicon has positively read the message as harmless in that respect.
    """
    explained_away, by_request = False, True
    for match in candidate.pattern.finditer(text):
        start, end = match.span()
        if (
            (candidate.negatable and negated(text, start))
            or (
                candidate.physical
                and in_play(text, start, end, laugh_is_play=candidate.severity is Severity.EMERGENCY)
            )
            or context.hypothetical
            or (candidate.resolvable and context.resolved)
        ):
            explained_away, by_request = True, False
            continue
        if candidate.topic and context.in_request(start):
            explained_away = True
            continue
        if candidate.requires and not candidate.requires.search(text):
            continue
        return _graded(candidate, text, context)
    return Hit(candidate, Severity.NONE, candidate.category, by_request) if explained_away else None


def _graded(candidate: Rule, text: str, context: MessageContext) -> Hit:
    hit = _graded_in_time(candidate, text, context)
    # "as a kid i found my mum passed out most nights, im 38 now": over, as an overdose long over is
    if (
        context.adult_looking_back
        and not context.now
        and hit.severity is Severity.EMERGENCY
        and candidate.category in _OVER_WHEN_LONG_AGO
    ):
        return Hit(candidate, Severity.NONE, hit.category)
    # An adult looking back on their own childhood: what would be a concern is over. Other emergencies stay.
    if (
        context.adult_looking_back
        and hit.severity is Severity.CONCERN
        and not {candidate.category, hit.category} & _STAYS_WHEN_AN_ADULT_LOOKS_BACK
    ):
        return Hit(candidate, Severity.NONE, hit.category)
    return hit


def _graded_in_time(candidate: Rule, text: str, context: MessageContext) -> Hit:
    concern_category = candidate.concern_category or candidate.category
    if candidate.severity is Severity.EMERGENCY:
        # "mum overdosed when i was 11, shes been clean 4 years now": over (not a past attack or attempt)
        if context.long_over and candidate.category in _OVER_WHEN_LONG_AGO:
            return Hit(candidate, Severity.NONE, concern_category)
        softened = candidate.soften is not None and candidate.soften.search(text)
        if softened and not (candidate.soften_unless_now and context.now):
            return Hit(candidate, Severity.CONCERN, concern_category)
        told_as_over = context.habitual or context.resolved or (context.past and not candidate.present_tense)
        if candidate.ongoing and told_as_over and not context.now:
            return Hit(candidate, Severity.CONCERN, concern_category)
        return Hit(candidate, Severity.EMERGENCY, candidate.category)
    softened = candidate.soften is not None and candidate.soften.search(text)
    if candidate.escalate and candidate.escalate.search(text) and not softened:
        return Hit(candidate, Severity.EMERGENCY, candidate.escalate_category or candidate.category)
    return Hit(candidate, candidate.severity, candidate.category)
