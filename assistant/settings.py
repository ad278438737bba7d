"""Settings read once from the environment and passed down."""

from __future__ import annotations

import os
import secrets
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parent.parent
TELEGRAM_API_URL = "https://api.telegram.org"


class SettingsError(ValueError):
    """An environment variable has a value we cannot use."""


def _port(env: Mapping[str, str], name: str, default: int) -> int:
    raw = env.get(name, "").strip()
    if not raw:
        return default
    if not raw.isdigit() or not 0 < int(raw) < 65536:
        raise SettingsError(f"{name} must be a port number between 1 and 65535, not {raw!r}")
    return int(raw)


def _days(env: Mapping[str, str], name: str, default: int) -> int:
    raw = env.get(name, "").strip()
    if not raw:
        return default
    if not raw.isdigit() or int(raw) < 1:
        raise SettingsError(f"{name} must be a whole number of days, not {raw!r}")
    return int(raw)


@dataclass(frozen=True)
class Settings:
    gateway_port: int = 8080
    rasa_port: int = 5005
    actions_port: int = 5055
    host: str = "127.0.0.1"
    database_url: str = ""
    var_dir: Path = PROJECT_ROOT / "var"
    rasa_token: str = field(default_factory=lambda: secrets.token_urlsafe(24), repr=False)
    telegram_bot_token: str | None = field(default=None, repr=False)
    rasa_timeout: float = 8.0
    retention_days: int = 30
    escalation_retention_days: int = 400
    staff_webhook_url: str | None = None
    staff_telegram_chat_id: str | None = None
    telegram_api_url: str = TELEGRAM_API_URL
    postcodes_io_url: str | None = None

    @property
    def rasa_url(self) -> str:
        return f"http://127.0.0.1:{self.rasa_port}"

    @property
    def actions_url(self) -> str:
        return f"http://127.0.0.1:{self.actions_port}"

    @classmethod
    def from_env(cls, env: Mapping[str, str] | None = None) -> Settings:
        env = os.environ if env is None else env
        var_dir = Path(env.get("ASSISTANT_VAR_DIR") or PROJECT_ROOT / "var")
        database_url = env.get("DATABASE_URL") or f"sqlite:///{var_dir / 'assistant.db'}"
        return cls(
            gateway_port=_port(env, "GATEWAY_PORT", 8080),
            rasa_port=_port(env, "RASA_PORT", 5005),
            actions_port=_port(env, "ACTIONS_PORT", 5055),
            host=env.get("GATEWAY_HOST", "127.0.0.1"),
            database_url=database_url,
            var_dir=var_dir,
            rasa_token=env.get("RASA_TOKEN") or secrets.token_urlsafe(24),
            telegram_bot_token=env.get("TELEGRAM_BOT_TOKEN") or None,
            rasa_timeout=float(env.get("RASA_TIMEOUT", "8")),
            retention_days=_days(env, "RETENTION_DAYS", 30),
            escalation_retention_days=_days(env, "ESCALATION_RETENTION_DAYS", 400),
            staff_webhook_url=env.get("STAFF_WEBHOOK_URL") or None,
            staff_telegram_chat_id=env.get("STAFF_TELEGRAM_CHAT_ID", "").strip() or None,
            telegram_api_url=env.get("TELEGRAM_API_URL", "").strip() or TELEGRAM_API_URL,
            postcodes_io_url=env.get("POSTCODES_IO_URL", "").strip() or None,
        )

    def child_env(self) -> dict[str, str]:
        """The environment handed to the Rasa and action servers."""
        return {
            "GATEWAY_PORT": str(self.gateway_port),
            "RASA_PORT": str(self.rasa_port),
            "ACTIONS_PORT": str(self.actions_port),
            "DATABASE_URL": self.database_url,
            "ASSISTANT_VAR_DIR": str(self.var_dir),
            "RASA_TOKEN": self.rasa_token,
            "RETENTION_DAYS": str(self.retention_days),
            "ESCALATION_RETENTION_DAYS": str(self.escalation_retention_days),
            "POSTCODES_IO_URL": self.postcodes_io_url or "",
            "RASA_TELEMETRY_ENABLED": "false",
            "SQLALCHEMY_SILENCE_UBER_WARNING": "1",
            "TF_CPP_MIN_LOG_LEVEL": "2",
        }
