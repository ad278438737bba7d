"""Escalation records: one open escalation per conversation, every change in an audit log."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import DateTime, Float, ForeignKey, Index, Integer, String, Text, select, text
from sqlalchemy.orm import Mapped, Session, mapped_column, relationship

from assistant.db import Base
from assistant.models import utcnow
from assistant.safeguarding.detect import Assessment, Severity

EXCERPT_LENGTH = 280
STATUSES = ("open", "claimed", "resolved")
SEVERITIES = ("emergency", "concern")
RANK = {Severity.NONE: 0, Severity.CONCERN: 1, Severity.EMERGENCY: 2}


class Escalation(Base):
    """A safeguarding concern for staff. Retention: ESCALATION_RETENTION_DAYS after it is resolved."""

    __tablename__ = "escalation"
    __table_args__ = (
        # At most one unresolved escalation per conversation, even with concurrent writers.
        Index(
            "uq_escalation_one_open",
            "conversation_id",
            unique=True,
            sqlite_where=text("status != 'resolved'"),
            postgresql_where=text("status != 'resolved'"),
        ),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    conversation_id: Mapped[str] = mapped_column(String(128), index=True)
    channel: Mapped[str] = mapped_column(String(32))
    audience: Mapped[str | None] = mapped_column(String(32), default=None)
    age: Mapped[int | None] = mapped_column(Integer, default=None)
    severity: Mapped[str] = mapped_column(String(16))
    status: Mapped[str] = mapped_column(String(16), default="open")
    category: Mapped[str | None] = mapped_column(String(48), default=None)
    reason: Mapped[str | None] = mapped_column(String(200), default=None)
    score: Mapped[float | None] = mapped_column(Float, default=None)
    excerpt: Mapped[str] = mapped_column(Text)
    message_count: Mapped[int] = mapped_column(Integer, default=1)
    claimed_by: Mapped[str | None] = mapped_column(String(64), default=None)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow, index=True)
    resolved_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True), default=None)
    events: Mapped[list[EscalationEvent]] = relationship(
        back_populates="escalation", order_by="EscalationEvent.id", cascade="all, delete-orphan"
    )

    def to_json(self, with_events: bool = False) -> dict[str, object]:
        body: dict[str, object] = {
            "id": self.id,
            "conversation_id": self.conversation_id,
            "channel": self.channel,
            "audience": self.audience,
            "age": self.age,
            "severity": self.severity,
            "status": self.status,
            "category": self.category,
            "reason": self.reason,
            "score": self.score,
            "excerpt": self.excerpt,
            "message_count": self.message_count,
            "claimed_by": self.claimed_by,
            "created_at": self.created_at.isoformat(),
            "updated_at": self.updated_at.isoformat(),
            "resolved_at": self.resolved_at.isoformat() if self.resolved_at else None,
        }
        if with_events:
            body["events"] = [event.to_json() for event in self.events]
        return body


class EscalationEvent(Base):
    """The audit log: who changed what, when. Deleted with its escalation."""

    __tablename__ = "escalation_event"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    escalation_id: Mapped[int] = mapped_column(ForeignKey("escalation.id", ondelete="CASCADE"), index=True)
    at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    actor: Mapped[str] = mapped_column(String(64))
    action: Mapped[str] = mapped_column(String(32))
    detail: Mapped[str | None] = mapped_column(Text, default=None)
    escalation: Mapped[Escalation] = relationship(back_populates="events")

    def to_json(self) -> dict[str, object]:
        return {
            "id": self.id,
            "escalation_id": self.escalation_id,
            "at": self.at.isoformat(),
            "actor": self.actor,
            "action": self.action,
            "detail": self.detail,
        }


@dataclass(frozen=True)
class Flagged:
    """A message the safeguarding check flagged, with what we know of who sent it."""

    conversation_id: str
    channel: str
    assessment: Assessment
    text: str
    audience: str | None = None
    age: int | None = None


def excerpt_of(message: str) -> str:
    return message if len(message) <= EXCERPT_LENGTH else message[: EXCERPT_LENGTH - 1] + "…"


def open_escalation(session: Session, conversation_id: str) -> Escalation | None:
    return session.scalars(
        select(Escalation).where(
            Escalation.conversation_id == conversation_id, Escalation.status != "resolved"
        )
    ).first()


def record_flagged(session: Session, flagged: Flagged) -> Escalation:
    """Create the conversation's open escalation, or add to it and raise its severity if needed."""
    return record_flagged_change(session, flagged)[0]


def record_flagged_change(session: Session, flagged: Flagged) -> tuple[Escalation, str]:
    """`record_flagged`, with what it did: "created", "raised" (the severity went up) or "added"."""
    assessment = flagged.assessment
    escalation = open_escalation(session, flagged.conversation_id)
    if escalation is None:
        escalation = Escalation(
            conversation_id=flagged.conversation_id,
            channel=flagged.channel,
            audience=flagged.audience,
            age=flagged.age,
            severity=assessment.severity.value,
            status="open",
            category=assessment.category,
            reason=assessment.rule,
            score=assessment.score,
            excerpt=excerpt_of(flagged.text),
            message_count=1,
        )
        session.add(escalation)
        session.flush()
        add_event(session, escalation, "system", "created", f"{assessment.severity.value}: {assessment.rule}")
        return escalation, "created"
    escalation.message_count += 1
    escalation.audience = escalation.audience or flagged.audience
    escalation.age = escalation.age if escalation.age is not None else flagged.age
    detail = f"{assessment.severity.value}: {assessment.rule} — {excerpt_of(flagged.text)}"
    add_event(session, escalation, "system", "message_added", detail)
    if RANK[assessment.severity] > RANK[Severity(escalation.severity)]:
        raised = f"{escalation.severity} → {assessment.severity.value}"
        add_event(session, escalation, "system", "severity_raised", raised)
        escalation.severity = assessment.severity.value
        escalation.category = assessment.category
        escalation.reason = assessment.rule
        escalation.score = assessment.score
        return escalation, "raised"
    return escalation, "added"


def add_event(session: Session, escalation: Escalation, actor: str, action: str, detail: str | None) -> None:
    escalation.updated_at = utcnow()
    session.add(EscalationEvent(escalation_id=escalation.id, actor=actor, action=action, detail=detail))


class TransitionError(ValueError):
    """A staff action that does not fit the escalation's status."""


def claim(session: Session, escalation: Escalation, staff_name: str) -> None:
    if escalation.status == "resolved":
        raise TransitionError("a resolved escalation cannot be claimed; reopen it first")
    if escalation.status == "claimed" and escalation.claimed_by == staff_name:
        return
    previous = escalation.claimed_by
    escalation.status, escalation.claimed_by = "claimed", staff_name
    add_event(session, escalation, staff_name, "claimed", f"taken over from {previous}" if previous else None)


def resolve(session: Session, escalation: Escalation, staff_name: str, note: str | None) -> None:
    if escalation.status == "resolved":
        raise TransitionError("this escalation is already resolved")
    escalation.status, escalation.resolved_at = "resolved", utcnow()
    add_event(session, escalation, staff_name, "resolved", note)


def add_note(session: Session, escalation: Escalation, staff_name: str, note: str) -> None:
    add_event(session, escalation, staff_name, "note", note)
