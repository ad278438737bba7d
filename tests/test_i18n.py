from __future__ import annotations

from pathlib import Path

import yaml

from assistant.i18n import extract_domain_responses, gettext, normalise_locale
from assistant.settings import PROJECT_ROOT


def test_locales_without_a_catalog_fall_back_to_english() -> None:
    assert normalise_locale(None) == "en"
    assert normalise_locale("xx-YY") == "en"
    assert normalise_locale("EN_gb") == "en"


def test_gettext_fills_in_placeholders() -> None:
    assert gettext("en", "Call {number}", number="999") == "Call 999"


def test_every_domain_response_is_extracted_for_translation() -> None:
    path = Path(PROJECT_ROOT / "domain.yml")
    domain = yaml.safe_load(path.read_text())
    texts = {v["text"] for variants in domain["responses"].values() for v in variants}
    with path.open("rb") as fileobj:
        extracted = {message for _, _, message, _ in extract_domain_responses(fileobj, None, None, None)}
    assert texts and extracted == texts
