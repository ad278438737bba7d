"""The curated lexicon: every rule, and the one decision it makes about a message."""

from __future__ import annotations

from assistant.safeguarding.concern_rules import CONCERN_RULES
from assistant.safeguarding.context import MessageContext
from assistant.safeguarding.emergency_rules import EMERGENCY_RULES
from assistant.safeguarding.idioms import strip_idioms
from assistant.safeguarding.normalise import normalise
from assistant.safeguarding.rules import Hit, Rule, apply
from assistant.safeguarding.wider_concern_rules import WIDER_CONCERN_RULES
from assistant.safeguarding.wider_emergency_rules import WIDER_EMERGENCY_RULES

RULES: tuple[Rule, ...] = (*EMERGENCY_RULES, *WIDER_EMERGENCY_RULES, *CONCERN_RULES, *WIDER_CONCERN_RULES)


def plain_text(text: str) -> str:
    """`text` normalised, with everyday exaggeration blanked out: what the rules and the classifier read."""
    return strip_idioms(normalise(text))


def all_hits(text: str) -> list[Hit]:
    """Every rule that matches `text` (raw message text), in lexicon order; NONE if explained away."""
    plain = plain_text(text)
    return hits_in(plain, MessageContext.of(plain))


def hits_in(plain: str, context: MessageContext) -> list[Hit]:
    """`all_hits` for text already made plain, with its context (so a caller works both out once)."""
    return [hit for candidate in RULES if (hit := apply(candidate, plain, context))]


def strongest(hits: list[Hit]) -> Hit | None:
    """The most severe hit; among equals the first in lexicon order, which names the category."""
    return max(hits, key=lambda hit: hit.severity.rank, default=None)


def strongest_hit(text: str) -> Hit | None:
    """The strongest of `all_hits(text)`."""
    return strongest(all_hits(text))
