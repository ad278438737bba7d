"""The one safeguarding check, used by the gateway pre-check and by the Rasa action."""

from assistant.safeguarding.assessment import CATEGORIES, Assessment, Severity
from assistant.safeguarding.detect import assess, warm_up
from assistant.safeguarding.replies import SUPPORT_LINES, SupportLine, safeguarding_reply

__all__ = [
    "CATEGORIES",
    "SUPPORT_LINES",
    "Assessment",
    "Severity",
    "SupportLine",
    "assess",
    "safeguarding_reply",
    "warm_up",
]
