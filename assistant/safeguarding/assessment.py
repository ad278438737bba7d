"""What the safeguarding check decides about one message."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class Severity(StrEnum):
    NONE = "none"
    CONCERN = "concern"
    EMERGENCY = "emergency"

    @property
    def rank(self) -> int:
        return _RANKS[self]


_RANKS = {Severity.NONE: 0, Severity.CONCERN: 1, Severity.EMERGENCY: 2}

CATEGORIES = (
    "overdose",
    "unresponsive",
    "medical",  # physically unwell now in another way, e.g. bleeding in pregnancy
    "violence",
    "weapon",
    "suicide",
    "self_harm",
    "child_alone",
    "child_took_drugs",
    "exploitation",
    "neglect",
    "abuse",
    "domestic_abuse",
    "sexual_abuse",
    "drug_use_around_children",
    "pregnancy_hidden_use",
    "suicidal_thoughts",
    "unspecified",  # an urgent plea that says no more ("help me pls now")
)


@dataclass(frozen=True)
class Assessment:
    """The severity, what it is about, and which rule or score decided it (shown to staff)."""

    severity: Severity
    category: str | None = None
    rule: str | None = None
    score: float | None = None


NO_CONCERN = Assessment(Severity.NONE)
