"""Staff accounts and API tokens. Passwords are argon2 hashes; tokens are stored as SHA-256 hashes."""

from __future__ import annotations

import hashlib
import secrets
from datetime import datetime

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import DateTime, ForeignKey, Integer, String, select, update
from sqlalchemy.orm import Mapped, Session, mapped_column, relationship

from assistant.db import Base
from assistant.models import utcnow

ROLES = ("admin", "staff")
TOKEN_PREFIX = "hha_"
MIN_PASSWORD = 12
_hasher = PasswordHasher()


class AccountError(ValueError):
    """A staff account request that cannot be carried out, with a message for the operator."""


class StaffMember(Base):
    """A member of staff. Retention: kept until removed; removal revokes every token."""

    __tablename__ = "staff_member"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(64), unique=True)
    role: Mapped[str] = mapped_column(String(16))
    password_hash: Mapped[str] = mapped_column(String(200))
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    tokens: Mapped[list[ApiToken]] = relationship(back_populates="staff", cascade="all, delete-orphan")


class ApiToken(Base):
    """A bearer token for the staff API. Retention: revoked tokens are deleted after 90 days."""

    __tablename__ = "api_token"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    staff_id: Mapped[int] = mapped_column(ForeignKey("staff_member.id", ondelete="CASCADE"), index=True)
    token_hash: Mapped[str] = mapped_column(String(64), unique=True)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    last_used_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True), default=None)
    revoked_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True), default=None)
    staff: Mapped[StaffMember] = relationship(back_populates="tokens")


def hash_token(token: str) -> str:
    # Tokens are 256 random bits, so a fast hash is enough; passwords get argon2.
    return hashlib.sha256(token.encode()).hexdigest()


def find_staff(session: Session, name: str) -> StaffMember:
    member = session.scalars(select(StaffMember).where(StaffMember.name == name)).first()
    if member is None:
        raise AccountError(f"no member of staff called {name!r}")
    return member


def add_staff(session: Session, name: str, role: str, password: str) -> StaffMember:
    name = name.strip()
    if not name or len(name) > 64 or not name.replace("-", "").replace("_", "").replace(".", "").isalnum():
        raise AccountError("a name is 1-64 letters, digits, dots, dashes or underscores")
    if role not in ROLES:
        raise AccountError(f"role must be one of {', '.join(ROLES)}")
    if len(password) < MIN_PASSWORD:
        raise AccountError(f"the password must be at least {MIN_PASSWORD} characters")
    if session.scalars(select(StaffMember).where(StaffMember.name == name)).first() is not None:
        raise AccountError(f"a member of staff called {name!r} already exists")
    member = StaffMember(name=name, role=role, password_hash=_hasher.hash(password))
    session.add(member)
    return member


def check_password(member: StaffMember, password: str) -> bool:
    try:
        return _hasher.verify(member.password_hash, password)
    except (VerificationError, InvalidHashError):
        return False


def issue_token(session: Session, name: str) -> str:
    """Create a new token for a member of staff; only its hash is stored."""
    member = find_staff(session, name)
    token = TOKEN_PREFIX + secrets.token_urlsafe(32)
    session.add(ApiToken(staff_id=member.id, token_hash=hash_token(token)))
    return token


def revoke_tokens(session: Session, name: str) -> int:
    member = find_staff(session, name)
    result = session.execute(
        update(ApiToken)
        .where(ApiToken.staff_id == member.id, ApiToken.revoked_at.is_(None))
        .values(revoked_at=utcnow())
    )
    return int(result.rowcount)  # type: ignore[attr-defined]


def staff_for_token(session: Session, token: str) -> StaffMember | None:
    """The member of staff a live token belongs to, or None; records when it was last used."""
    if not token.startswith(TOKEN_PREFIX):
        return None
    row = session.scalars(
        select(ApiToken).where(ApiToken.token_hash == hash_token(token), ApiToken.revoked_at.is_(None))
    ).first()
    if row is None:
        return None
    row.last_used_at = utcnow()
    return row.staff
