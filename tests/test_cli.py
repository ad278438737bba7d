from __future__ import annotations

from datetime import timedelta

from click.testing import CliRunner
from sqlalchemy.orm import Session, sessionmaker

from assistant.cli import cli
from assistant.models import Conversation, utcnow


def test_db_upgrade_is_idempotent(cli_runner: CliRunner) -> None:
    result = cli_runner.invoke(cli, ["db", "upgrade"])
    assert result.exit_code == 0, result.output
    assert "up to date" in result.output


def test_db_purge_removes_only_conversations_past_retention(
    cli_runner: CliRunner, sessions: sessionmaker[Session]
) -> None:
    with sessions.begin() as session:
        session.add(
            Conversation(
                id="old",
                channel="web",
                locale="en",
                message_count=1,
                last_message_at=utcnow() - timedelta(days=31),
            )
        )
        session.add(Conversation(id="recent", channel="web", locale="en", message_count=1))
    result = cli_runner.invoke(cli, ["db", "purge"])
    assert result.exit_code == 0, result.output
    assert "removed 1 conversation(s) past retention" in result.output
    with sessions() as session:
        assert session.get(Conversation, "old") is None
        assert session.get(Conversation, "recent") is not None


def test_a_bad_port_in_the_environment_is_a_clear_cli_error(cli_runner: CliRunner, monkeypatch) -> None:
    monkeypatch.setenv("GATEWAY_PORT", "eighty")
    result = cli_runner.invoke(cli, ["db", "upgrade"])
    assert result.exit_code != 0
    assert "GATEWAY_PORT must be a port number" in result.output
