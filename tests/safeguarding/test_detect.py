from __future__ import annotations

import logging

import pytest

from assistant.safeguarding import CATEGORIES, Assessment, Severity, assess, detect
from assistant.safeguarding.classifier import (
    TRAINING_FILES,
    SeverityClassifier,
    read_examples,
    trained_classifier,
)
from assistant.safeguarding.lexicon import plain_text, strongest_hit
from assistant.safeguarding.normalise import normalise

DEV = TRAINING_FILES[0]

EMERGENCIES = [
    ("my dad is on the floor and he's not breathing", "unresponsive"),
    ("mum wont wake up and her lips are blue", "unresponsive"),
    ("my partner collapsed after using and he's making a gurgling noise", "unresponsive"),
    ("mum is fitting on the kitchen floor", "unresponsive"),
    ("I've just taken 30 paracetamol", "overdose"),
    ("she's overdosed, pupils like pinpoints and she won't respond", "unresponsive"),
    ("my 2 year old has drunk some of my methadone", "child_took_drugs"),
    ("my little brother ate one of dads pills thinking it was a sweet", "child_took_drugs"),
    ("he's hitting mum right now and she's screaming", "violence"),
    ("my stepdad has got his hands round my mums throat", "violence"),
    ("dad's got a knife and says he's going to do us all", "weapon"),
    ("they said they'll stab my brother tonight if he doesn't pay what he owes", "weapon"),
    ("im going to kill myself tonight, ive got the tablets ready", "suicide"),
    ("im on the bridge rn", "suicide"),
    ("i cut too deep and it won't stop bleeding", "self_harm"),
    ("im 7 and mummy went out last night and hasnt come back and my baby brother is crying", "child_alone"),
    (
        "the lads have got me in a flat in another town and won't let me leave till i sell it all",
        "exploitation",
    ),
]

CONCERNS = [
    ("my dad hits me when he's drunk", "abuse"),
    ("my stepdad hits mum when he's had a drink, it's been going on for ages", "domestic_abuse"),
    ("mum's boyfriend comes in my room at night when he's high", "sexual_abuse"),
    ("there's never any food in and mum sleeps all day", "neglect"),
    ("our ma left us on our own the whole weekend again", "neglect"),
    ("dad smokes crack in front of us", "drug_use_around_children"),
    ("these older lads give me weed for free and now say i owe them", "exploitation"),
    ("i've been cutting my arms when things at home get bad", "self_harm"),
    ("sometimes i wish i wasn't here", "suicidal_thoughts"),
    ("I'm pregnant and still using, I haven't told the midwife", "pregnancy_hidden_use"),
]

EVERYDAY = [
    "PE literally killed me today",
    "my mum will murder me if I'm late",
    "I nearly died laughing at that video",
    "this queue is driving me mad",
    "i could kill for a pizza rn",
    "got absolutely battered at fifa by my cousin 💀",
    "i got killed 10 times in fortnite lol",
    "that new tune is fire 🔥 absolute banger",
    "that maths exam absolutely destroyed me",
    "He's a knife-and-fork kind of eater",
    "We had the best day at the beach, I'm absolutely dying after all that walking",
    "can't stop singing hit me baby one more time",
]


@pytest.mark.parametrize(("text", "category"), EMERGENCIES)
def test_emergencies_are_emergencies_with_their_category(text: str, category: str) -> None:
    assessment = assess(text)
    assert assessment.severity is Severity.EMERGENCY
    assert assessment.category == category
    assert assessment.rule and assessment.rule.startswith("lexicon:")


@pytest.mark.parametrize(("text", "category"), CONCERNS)
def test_concerns_are_concerns_with_their_category(text: str, category: str) -> None:
    assessment = assess(text)
    assert assessment.severity is Severity.CONCERN
    assert assessment.category == category


@pytest.mark.parametrize("text", EVERYDAY)
def test_idioms_and_hyperbole_do_not_alarm(text: str) -> None:
    assert assess(text).severity is Severity.NONE


def test_every_category_used_by_the_lexicon_is_a_known_category() -> None:
    from assistant.safeguarding.lexicon import RULES

    assert {rule.category for rule in RULES} <= set(CATEGORIES)
    assert {rule.concern_category for rule in RULES if rule.concern_category} <= set(CATEGORIES)


def test_severities_are_ordered() -> None:
    assert Severity.NONE.rank < Severity.CONCERN.rank < Severity.EMERGENCY.rank


@pytest.mark.parametrize(
    ("text", "severity"),
    [
        ("he never hits us he just shouts sometimes at the telly", Severity.NONE),
        ("my dad doesn't drink around us", Severity.NONE),
        ("she's not breathing", Severity.EMERGENCY),
        ("he isn't moving and I can't wake him", Severity.EMERGENCY),
        ("it won't stop, I cut too deep", Severity.EMERGENCY),
    ],
)
def test_negation_cancels_only_what_it_negates(text: str, severity: Severity) -> None:
    assert assess(text).severity is severity


@pytest.mark.parametrize(
    ("text", "severity"),
    [
        ("dad had a drink problem years ago, he's fine now", Severity.NONE),
        ("my mum used to take drugs when i was little but she's been clean for ages", Severity.NONE),
        (
            "my husband used to drink heavily but he's been sober for 5 years and the kids are thriving",
            Severity.NONE,
        ),
        ("when i was little my grandad did things to me", Severity.CONCERN),
        ("i used to cut but ive started again since dad moved back in", Severity.CONCERN),
        ("dad passes out every night and I have to put him to bed", Severity.CONCERN),
        ("mum took a load of pills last night and she still won't wake up", Severity.EMERGENCY),
        ("im 10 and mum hasnt been home since yesterday and theres no food for the baby", Severity.EMERGENCY),
        (
            "a Year 10 says her stepdad held a knife to her throat last night and she's terrified to go home",
            Severity.EMERGENCY,
        ),
    ],
)
def test_tense_past_resolved_and_habitual(text: str, severity: Severity) -> None:
    assert assess(text).severity is severity


@pytest.mark.parametrize(
    "text",
    [
        "What are the signs a child is being neglected?",
        "what does ket actually do to u",
        "Is naloxone something I should keep in the house?",
        "Can you recommend a training course on county lines awareness for teachers?",
        "Where do I get a naloxone kit from in Glasgow?",
    ],
)
def test_questions_asking_for_information_are_not_alarms(text: str) -> None:
    assert assess(text).severity is Severity.NONE


@pytest.mark.parametrize(
    ("text", "severity"),
    [
        ("ma maw's lyin on the flair an she'll no wake up", Severity.EMERGENCY),
        ("mammy is blootered on the couch cannae wake her", Severity.EMERGENCY),
        ("me da's leatherin me mam in the kitchen", Severity.EMERGENCY),
        ("our kid's took a load of me mam's blues", Severity.EMERGENCY),
        ("mums not brethin pleaseee HELP", Severity.EMERGENCY),
        ("our ma's unconcious in the bathroom", Severity.EMERGENCY),
        ("the opps are outside my ends rn and they got a shank", Severity.EMERGENCY),
        ("mandem keep linking my little bro to run ting for them", Severity.CONCERN),
        ("mam's away wi the fairies half the time, ah make the weans their dinner", Severity.CONCERN),
    ],
)
def test_dialect_slang_and_typos(text: str, severity: Severity) -> None:
    assert assess(text).severity is severity


def test_normalise_spells_texting_and_dialect_plainly() -> None:
    assert normalise("Mum’s not brethin pleaseee HELPPP") == "mums not breathing please help"
    assert normalise("ma maw’s on the flair, she’ll no wake up") == "my mums on the floor , shell not wake up"
    assert normalise("mum OD’d") == "mum overdosed"


def test_the_decision_names_the_rule_for_staff() -> None:
    hit = strongest_hit("dad's not breathing")
    assert hit is not None and hit.rule.name == "unresponsive.not_breathing"
    assert assess("dad's not breathing").rule == "lexicon:unresponsive.not_breathing"


class _BrokenClassifier:
    def scores(self, text: str) -> None:
        raise RuntimeError("model file corrupt")


def test_a_broken_classifier_falls_back_to_the_lexicon(
    monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    monkeypatch.setattr(detect, "loaded_classifier", lambda: _BrokenClassifier())
    text = "my dad hits me when he's drunk"
    with caplog.at_level(logging.DEBUG):
        assessment = assess(text)
    assert assessment.severity is Severity.CONCERN and assessment.rule == "lexicon:abuse.physical"
    assert assess("what a lovely day").severity is Severity.NONE
    assert text not in caplog.text and "RuntimeError" in caplog.text


def test_a_classifier_that_cannot_be_trained_is_logged_once_and_skipped(
    monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    def fail() -> SeverityClassifier:
        raise FileNotFoundError("train_extra.jsonl")

    monkeypatch.setattr("assistant.safeguarding.classifier.trained_classifier", fail)
    detect.loaded_classifier.cache_clear()
    try:
        with caplog.at_level(logging.ERROR):
            assert assess("mum wont wake up").severity is Severity.EMERGENCY
            assert assess("hello there how are you").severity is Severity.NONE
            assert assess("what a lovely day").severity is Severity.NONE
        assert caplog.text.count("classifier unavailable") == 1
    finally:
        detect.loaded_classifier.cache_clear()


def test_a_failing_check_never_raises_and_flags_for_staff(
    monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    def explode(text: str) -> None:
        raise ValueError("bad pattern")

    monkeypatch.setattr(detect, "strongest_hit", explode)
    with caplog.at_level(logging.ERROR):
        assessment = assess("a secret message")
    assert assessment == Assessment(Severity.CONCERN, None, "error", None)
    assert "a secret message" not in caplog.text


@pytest.mark.parametrize("text", ["", "   ", "🙂", "x" * 100_000, "\x00\x01", "?" * 50])
def test_odd_input_does_not_raise(text: str) -> None:
    assert isinstance(assess(text), Assessment)


def test_the_classifier_is_deterministic_and_its_fast_path_matches_sklearn() -> None:
    classifier = trained_classifier()
    texts = ["mum wont wake up", "my dad hits me", "what time is it", "PE literally killed me"]
    fast = [
        list(probabilities) for text in texts if (probabilities := classifier.probabilities(text)) is not None
    ]
    slow = classifier.pipeline.predict_proba([plain_text(text) for text in texts])
    assert len(fast) == len(texts)
    assert [p for row in fast for p in row] == pytest.approx(list(slow.ravel()), abs=1e-9)


def test_training_is_deterministic() -> None:
    examples = read_examples(DEV)[::3]
    first, second = SeverityClassifier.train(examples), SeverityClassifier.train(examples)
    for text in ("mum wont wake up", "my dad hits me", "what time is it"):
        assert first.scores(text) == second.scores(text)


def test_a_message_with_nothing_the_classifier_knows_gets_no_score() -> None:
    assert trained_classifier().probabilities("🙂") is None
    assert assess("🙂").severity is Severity.NONE


def test_the_classifier_can_raise_a_message_the_lexicon_missed(monkeypatch: pytest.MonkeyPatch) -> None:
    class Sure:
        def scores(self, text: str) -> object:
            from assistant.safeguarding.classifier import Scores

            return Scores(at_least_concern=0.97, emergency=0.1)

    monkeypatch.setattr(detect, "loaded_classifier", lambda: Sure())
    assessment = assess("something the rules do not know")
    assert assessment.severity is Severity.CONCERN
    assert assessment.rule == "classifier:0.97" and assessment.score == pytest.approx(0.97)


@pytest.mark.parametrize("reply", ["me", "14", "sheffield", "yes please", "LS6", "not that one"])
def test_short_answers_to_our_questions_do_not_alarm(reply: str) -> None:
    # Measured: the classifier scored "me" 0.98 concern; short replies are left to the lexicon.
    assert assess(reply).severity is Severity.NONE


def test_short_messages_still_alarm_through_the_lexicon() -> None:
    assert assess("mum overdosed").severity is Severity.EMERGENCY
