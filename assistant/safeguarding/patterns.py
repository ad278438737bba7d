"""Small builders for the safeguarding regex tables."""

from __future__ import annotations


def not_after(*phrases: str) -> str:
    """Fixed-width lookbehinds: what follows must not come straight after any of `phrases` and a space."""
    return "".join(f"(?<!{phrase} )" for phrase in phrases)
