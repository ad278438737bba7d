"""Helpers every action uses: the request's locale, and the database (opened on first use)."""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from rasa_sdk import Tracker
from sqlalchemy.orm import Session, sessionmaker

from assistant.db import make_engine, make_sessionmaker
from assistant.i18n import gettext, normalise_locale
from assistant.settings import Settings


@lru_cache(maxsize=1)
def settings() -> Settings:
    """The action server's settings, read from the environment when first needed."""
    return Settings.from_env()


@lru_cache(maxsize=1)
def sessions() -> sessionmaker[Session]:
    """The action server's sessionmaker, from DATABASE_URL, created when first needed."""
    return make_sessionmaker(make_engine(settings().database_url))


def message_metadata(tracker: Tracker) -> dict[str, Any]:
    metadata = (tracker.latest_message or {}).get("metadata") or {}
    return metadata if isinstance(metadata, dict) else {}


def locale_of(tracker: Tracker) -> str:
    return normalise_locale(message_metadata(tracker).get("locale"))


def translate(tracker: Tracker, message: str, **values: Any) -> str:
    return gettext(locale_of(tracker), message, **values)
