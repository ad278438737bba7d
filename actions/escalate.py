"""action_escalate: the dialogue's side of a safeguarding disclosure, using the shared safeguarding module.

The gateway's pre-check has already answered and recorded a flagged message before Rasa sees it (as the
intent /safeguarding_<severity>). When Rasa's own NLU predicts a safeguarding intent that the pre-check
did not flag, this action records it as a concern and gives the concern reply, so the two layers add up.
"""

from __future__ import annotations

from typing import Any

from rasa_sdk import Action, Tracker
from rasa_sdk.events import SlotSet
from rasa_sdk.executor import CollectingDispatcher

from actions.common import locale_of, message_metadata, sessions
from assistant.safeguarding import Assessment, Severity, safeguarding_reply
from assistant.safeguarding.escalations import Flagged, record_flagged

NLU_THRESHOLD = 0.8
NLU_SEVERITY = {"safeguarding_concern": Severity.CONCERN, "safeguarding_emergency": Severity.EMERGENCY}


def nlu_assessment(intent: str, confidence: float) -> Assessment | None:
    """An assessment from Rasa's intent classifier, when it is confident enough."""
    if intent not in NLU_SEVERITY or confidence < NLU_THRESHOLD:
        return None
    return Assessment(NLU_SEVERITY[intent], None, f"rasa-intent:{intent}", round(confidence, 3))


class ActionEscalate(Action):
    def name(self) -> str:
        return "action_escalate"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]
    ) -> list[dict[str, Any]]:
        pre_checked = message_metadata(tracker).get("safeguarding", "none")
        if pre_checked in ("concern", "emergency"):
            return [SlotSet("safeguarding_severity", pre_checked)]
        latest = tracker.latest_message or {}
        intent = latest.get("intent") or {}
        assessment = nlu_assessment(str(intent.get("name", "")), float(intent.get("confidence") or 0))
        if assessment is None:
            dispatcher.utter_message(response="utter_default")
            return []
        audience = tracker.get_slot("audience") if "audience" in domain.get("slots", {}) else None
        flagged = Flagged(
            tracker.sender_id,
            str(message_metadata(tracker).get("channel", "web")),
            assessment,
            str(latest.get("text") or ""),
            audience,
        )
        with sessions().begin() as session:
            record_flagged(session, flagged)
        for text in safeguarding_reply(assessment, audience, locale_of(tracker)):
            dispatcher.utter_message(text=text)
        return [SlotSet("safeguarding_severity", assessment.severity.value)]
