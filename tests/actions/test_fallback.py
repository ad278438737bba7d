from __future__ import annotations

from actions.fallback import misunderstood_in_a_row


def user(intent: str) -> dict:
    return {"event": "user", "parse_data": {"intent": {"name": intent}}}


def test_counts_only_the_latest_run_of_misunderstandings() -> None:
    bot = {"event": "bot", "text": "Sorry?"}
    assert misunderstood_in_a_row([user("greet"), user("nlu_fallback"), bot, user("nlu_fallback")]) == 2
    assert misunderstood_in_a_row([user("nlu_fallback"), bot, user("greet")]) == 0
    assert misunderstood_in_a_row([]) == 0


def test_off_topic_messages_count_as_not_understood() -> None:
    assert misunderstood_in_a_row([user("out_of_scope"), user("nlu_fallback")]) == 2
    assert misunderstood_in_a_row([user("out_of_scope"), user("faq"), user("out_of_scope")]) == 1
