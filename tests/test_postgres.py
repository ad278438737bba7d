"""PostgreSQL works by changing only DATABASE_URL: migrations, escalations, staff tokens."""

from __future__ import annotations

import pytest
from sqlalchemy import inspect
from sqlalchemy.exc import IntegrityError

from assistant import db
from assistant.safeguarding import Assessment, Severity
from assistant.safeguarding.escalations import Escalation, Flagged, record_flagged
from assistant.staff.accounts import add_staff, issue_token, staff_for_token


def test_migrations_escalations_and_tokens_work_on_postgresql(postgres_url: str) -> None:
    engine = db.make_engine(postgres_url)
    assert {"conversation", "escalation", "escalation_event", "staff_member", "api_token"} <= set(
        inspect(engine).get_table_names()
    )
    sessions = db.make_sessionmaker(engine)
    concern = Assessment(Severity.CONCERN, "neglect", "test", None)
    with sessions.begin() as session:
        first = record_flagged(session, Flagged("pg-1", "web", concern, "no food"))
        again = record_flagged(session, Flagged("pg-1", "web", concern, "still no food"))
        assert first.id == again.id and again.message_count == 2
        add_staff(session, "pat", "admin", "a long enough password")
        session.flush()
        token = issue_token(session, "pat")
    with sessions.begin() as session:
        assert staff_for_token(session, token).name == "pat"
    with pytest.raises(IntegrityError), sessions.begin() as session:
        session.add(
            Escalation(conversation_id="pg-1", channel="web", severity="concern", status="open", excerpt="x")
        )
    engine.dispose()
