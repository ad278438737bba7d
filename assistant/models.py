"""Tables owned by the gateway: conversations (the minimum we keep about a chat)."""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy import DateTime, Integer, MetaData, String
from sqlalchemy.orm import Mapped, mapped_column

from assistant.db import Base
from services_directory.models import DirectoryBase


def utcnow() -> datetime:
    return datetime.now(UTC)


class Conversation(Base):
    """One chat, on one channel. No message text is kept here; retention: RETENTION_DAYS after last use."""

    __tablename__ = "conversation"

    id: Mapped[str] = mapped_column(String(128), primary_key=True)
    channel: Mapped[str] = mapped_column(String(32), default="web")
    locale: Mapped[str] = mapped_column(String(16), default="en")
    audience: Mapped[str | None] = mapped_column(String(32), default=None)
    age: Mapped[int | None] = mapped_column(Integer, default=None)
    message_count: Mapped[int] = mapped_column(Integer, default=0)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    last_message_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow, index=True)


def load_all_models() -> list[MetaData]:
    """Import every module that defines tables and return their metadata, for Alembic (one line each)."""
    import assistant.safeguarding.escalations
    import assistant.staff.accounts  # noqa: F401

    return [Base.metadata, DirectoryBase.metadata]
