"""Locale-aware text: every reply goes through Babel gettext catalogs in assistant/locale/."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Any

from babel.support import NullTranslations, Translations

LOCALE_DIR = Path(__file__).resolve().parent / "locale"
DEFAULT_LOCALE = "en"


def available_locales() -> tuple[str, ...]:
    """English plus every locale that has a compiled catalog."""
    found = sorted(p.parent.parent.name for p in LOCALE_DIR.glob("*/LC_MESSAGES/messages.mo"))
    return (DEFAULT_LOCALE, *[code for code in found if code != DEFAULT_LOCALE])


def normalise_locale(raw: str | None) -> str:
    """'cy-GB', 'CY', 'cy_GB' -> 'cy'; anything without a catalog -> 'en'."""
    if not raw:
        return DEFAULT_LOCALE
    code = raw.replace("_", "-").split("-")[0].lower()
    return code if code in available_locales() else DEFAULT_LOCALE


@lru_cache(maxsize=16)
def translations(locale: str) -> NullTranslations:
    return Translations.load(str(LOCALE_DIR), [locale], domain="messages")


def gettext(locale: str, message: str, **values: Any) -> str:
    """Translate `message` (an English msgid) and fill in `{name}` placeholders."""
    text = translations(locale).gettext(message)
    return text.format(**values) if values else text


def _(message: str) -> str:
    """Mark a string for extraction; it is translated later with `gettext`."""
    return message


def extract_domain_responses(
    fileobj: Any, keywords: Any, comment_tags: Any, options: Any
) -> list[tuple[int, str, str, list[str]]]:
    """Babel extractor for domain.yml: every response text is a msgid (see babel.cfg)."""
    import yaml

    domain = yaml.safe_load(fileobj) or {}
    found = []
    for name, variants in (domain.get("responses") or {}).items():
        for variant in variants or []:
            if isinstance(variant, dict) and isinstance(variant.get("text"), str):
                found.append((0, "", variant["text"], [f"domain.yml response {name}"]))
    return found
