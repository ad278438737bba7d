"""Typed keys for what the gateway application holds, shared by every module that adds routes."""

from __future__ import annotations

import aiohttp
from aiohttp import web
from sqlalchemy.orm import Session, sessionmaker

from assistant.settings import Settings
from assistant.staff.notify import ChangeSignal

SETTINGS = web.AppKey("settings", Settings)
DB = web.AppKey("db", sessionmaker[Session])
HTTP = web.AppKey("http", aiohttp.ClientSession)
CHANGES = web.AppKey("escalation_changes", ChangeSignal)
