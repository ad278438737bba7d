from __future__ import annotations

import pytest

from assistant.settings import Settings, SettingsError


def test_defaults_are_the_documented_ports_and_a_sqlite_file() -> None:
    settings = Settings.from_env({})
    assert (settings.gateway_port, settings.rasa_port, settings.actions_port) == (8080, 5005, 5055)
    assert settings.database_url.startswith("sqlite:///") and settings.database_url.endswith(
        "var/assistant.db"
    )
    assert settings.telegram_bot_token is None


def test_ports_and_database_come_from_the_environment() -> None:
    settings = Settings.from_env(
        {
            "GATEWAY_PORT": "9000",
            "RASA_PORT": "9001",
            "ACTIONS_PORT": "9002",
            "DATABASE_URL": "postgresql://x/y",
        }
    )
    assert (settings.gateway_port, settings.rasa_port, settings.actions_port) == (9000, 9001, 9002)
    assert settings.database_url == "postgresql://x/y"


@pytest.mark.parametrize("value", ["abc", "0", "70000", "-1"])
def test_a_bad_port_is_a_clear_error(value: str) -> None:
    with pytest.raises(SettingsError, match="GATEWAY_PORT"):
        Settings.from_env({"GATEWAY_PORT": value})


def test_the_rasa_token_is_not_shown_in_repr() -> None:
    assert "secret-token" not in repr(Settings.from_env({"RASA_TOKEN": "secret-token"}))
