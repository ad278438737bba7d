"""action_escalate's own decision: Rasa's classifier counts only when it is confident."""

from __future__ import annotations

from actions.escalate import nlu_assessment
from assistant.safeguarding import Severity


def test_a_confident_safeguarding_intent_is_an_assessment_with_its_score() -> None:
    assessment = nlu_assessment("safeguarding_emergency", 0.93)
    assert assessment is not None and assessment.severity is Severity.EMERGENCY
    assert assessment.rule == "rasa-intent:safeguarding_emergency" and assessment.score == 0.93


def test_an_unsure_or_other_intent_is_not() -> None:
    assert nlu_assessment("safeguarding_concern", 0.5) is None
    assert nlu_assessment("greet", 0.99) is None
