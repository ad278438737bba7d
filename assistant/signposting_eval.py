"""`assistant bench signposting`: realistic first messages through POST /api/chat with a scripted user.

The scripted user answers the assistant's questions (who the support is for, age, place) from the case's
`answers`, as a person would, and the score is the share of cases with an acceptable service id in
the first three services offered.
"""

from __future__ import annotations

import json
import secrets
import urllib.request
from pathlib import Path
from typing import Any

import click
import yaml

from assistant.settings import PROJECT_ROOT

CASES = PROJECT_ROOT / "tests" / "e2e" / "signposting_cases.yml"
MAX_TURNS = 6
AUDIENCE_PAYLOAD = '/inform{{"audience": "{}"}}'


def post(url: str, conversation_id: str, text: str) -> list[dict[str, Any]]:
    body = json.dumps({"conversation_id": conversation_id, "text": text, "locale": "en"}).encode()
    request = urllib.request.Request(
        f"{url}/api/chat", data=body, headers={"Content-Type": "application/json"}
    )
    with urllib.request.urlopen(request, timeout=30) as response:
        return list(json.loads(response.read())["messages"])


def scripted_answer(messages: list[dict[str, Any]], answers: dict[str, Any]) -> str | None:
    """What the scripted user says next, or None when the assistant asked nothing we can answer."""
    text = " ".join(m.get("text", "") for m in messages).lower()
    if "who is the support for" in text:
        return AUDIENCE_PAYLOAD.format(answers.get("audience") or "parent-carer")
    if "how old" in text:
        return str(answers["age"]) if answers.get("age") is not None else "rather not say"
    if "whereabouts do you live" in text:
        return str(answers.get("place") or "I'd rather not say")
    return None


def run_case(url: str, case: dict[str, Any], run: str) -> tuple[list[str], int]:
    """Offered service ids (first message that has them) and the number of turns it took."""
    conversation_id = f"signposting-{run}-{case['id']}"  # a fresh conversation on every run
    text: str | None = case["first_message"]
    for turn in range(1, MAX_TURNS + 1):
        assert text is not None
        messages = post(url, conversation_id, text)
        offered = [s["id"] for m in messages for s in m.get("services", [])]
        if offered:
            return offered, turn
        text = scripted_answer(messages, case.get("answers") or {})
        if text is None:
            return [], turn
    return [], MAX_TURNS


def score(url: str, cases_path: Path = CASES, show_misses: bool = False) -> dict[str, Any]:
    cases = yaml.safe_load(cases_path.read_text())
    run = secrets.token_hex(4)
    hits, turns, misses = 0, [], []
    for case in cases:
        offered, used = run_case(url, case, run)
        turns.append(used)
        if set(offered[:3]) & set(case["acceptable"]):
            hits += 1
        else:
            misses.append((case["id"], offered[:3]))
    if show_misses:
        for ident, offered in misses:
            click.echo(f"  miss {ident}: offered {offered}")
    return {"cases": len(cases), "top3": hits / len(cases), "mean_turns": sum(turns) / len(turns)}


@click.command("signposting")
@click.option("--url", default="http://127.0.0.1:8080", show_default=True, help="A running assistant.")
@click.option("--misses", is_flag=True, help="List the cases with no acceptable service in the first three.")
def bench_signposting(url: str, misses: bool) -> None:
    """Score the end-to-end signposting cases against a running assistant (`make run` first)."""
    result = score(url, show_misses=misses)
    click.echo(
        f"signposting: {result['cases']} cases, acceptable service in the first three: {result['top3']:.3f}, "
        f"mean turns {result['mean_turns']:.1f}"
    )
