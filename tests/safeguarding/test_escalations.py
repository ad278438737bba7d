"""Escalation records: creation, de-duplication, raising severity, and the audit log."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, sessionmaker

from assistant.safeguarding import Assessment, Severity
from assistant.safeguarding.escalations import (
    Escalation,
    Flagged,
    TransitionError,
    add_note,
    claim,
    record_flagged,
    record_flagged_change,
    resolve,
)

CONCERN = Assessment(Severity.CONCERN, "neglect", "lexicon:neglect.no_food", None)
EMERGENCY = Assessment(Severity.EMERGENCY, "unresponsive", "lexicon:overdose.wont_wake", None)


def flag(
    sessions: sessionmaker[Session], assessment: Assessment, text: str, conversation: str = "c1"
) -> Escalation:
    with sessions.begin() as session:
        return record_flagged(session, Flagged(conversation, "web", assessment, text, "young-person", 12))


def count(sessions: sessionmaker[Session]) -> int:
    with sessions() as session:
        return int(session.scalar(select(func.count()).select_from(Escalation)) or 0)


def test_a_flagged_message_creates_an_open_escalation_with_its_reason(sessions) -> None:
    escalation = flag(sessions, CONCERN, "theres never any food in")
    assert (escalation.severity, escalation.status, escalation.category) == ("concern", "open", "neglect")
    assert escalation.reason == "lexicon:neglect.no_food"
    assert (escalation.audience, escalation.age, escalation.excerpt) == (
        "young-person",
        12,
        "theres never any food in",
    )


def test_later_messages_add_to_the_open_escalation_and_raise_its_severity(sessions) -> None:
    first = flag(sessions, CONCERN, "no food again")
    flag(sessions, CONCERN, "still no food")
    raised = flag(sessions, EMERGENCY, "mum wont wake up")
    assert count(sessions) == 1
    assert raised.id == first.id and raised.severity == "emergency" and raised.message_count == 3
    with sessions() as session:
        actions = [e.action for e in session.get(Escalation, first.id).events]
    assert actions == ["created", "message_added", "message_added", "severity_raised"]


def test_a_lower_severity_never_lowers_an_emergency(sessions) -> None:
    flag(sessions, EMERGENCY, "mum wont wake up")
    assert flag(sessions, CONCERN, "she does this a lot").severity == "emergency"


def test_a_resolved_escalation_is_not_reused(sessions) -> None:
    first = flag(sessions, CONCERN, "no food")
    with sessions.begin() as session:
        resolve(session, session.get(Escalation, first.id), "sam", "spoke to school")
    second = flag(sessions, CONCERN, "no food again")
    assert second.id != first.id and count(sessions) == 2


def test_the_database_refuses_two_open_escalations_for_one_conversation(sessions) -> None:
    flag(sessions, CONCERN, "no food")
    with pytest.raises(IntegrityError), sessions.begin() as session:
        session.add(
            Escalation(conversation_id="c1", channel="web", severity="concern", status="open", excerpt="x")
        )


def test_claim_note_resolve_are_audited_and_checked(sessions) -> None:
    escalation = flag(sessions, CONCERN, "no food")
    with sessions.begin() as session:
        row = session.get(Escalation, escalation.id)
        claim(session, row, "sam")
        add_note(session, row, "sam", "called the school")
        claim(session, row, "alex")
        resolve(session, row, "alex", "referred to children's services")
        with pytest.raises(TransitionError):
            resolve(session, row, "alex", None)
        with pytest.raises(TransitionError):
            claim(session, row, "sam")
    with sessions() as session:
        events = [(e.actor, e.action) for e in session.get(Escalation, escalation.id).events]
    assert events == [
        ("system", "created"),
        ("sam", "claimed"),
        ("sam", "note"),
        ("alex", "claimed"),
        ("alex", "resolved"),
    ]


def test_recording_says_whether_it_created_raised_or_added_to_the_escalation(sessions) -> None:
    changes = []
    for assessment in (CONCERN, CONCERN, EMERGENCY, CONCERN):
        with sessions.begin() as session:
            flagged = Flagged("c-change", "web", assessment, "text", None, None)
            changes.append(record_flagged_change(session, flagged)[1])
    assert changes == ["created", "added", "raised", "added"]
