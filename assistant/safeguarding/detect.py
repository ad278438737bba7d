"""The safeguarding check every inbound message goes through, before and independently of Rasa.

Two layers, combined as measured on held-back data (see evaluate.py):
1. The curated lexicon decides first. Its emergencies stand as they are.
2. The classifier raises: to emergency when it is fairly sure of one (an emergency missed is far worse
   than a concern over-flagged), and from none to concern only when it is very sure and the lexicon has
   not explained the alarming words away ("he never hits us"), so that everyday messages are not flagged.
   It lowers only a lexicon concern to none, never an emergency, and only when it is very sure the
   message is nothing: a problem told as over (SURE_NONE_THRESHOLD), or any concern that is not harm done
   to a person (SURE_NONE_ANYHOW_THRESHOLD). Where the lexicon read a message as harmless (negated, or a
   problem told as over: "mums not drinking anymore, shes going to meetings") the classifier raises a
   concern only when it is surer still (SURE_CONCERN_THRESHOLD).
   Words explained away only because they sat in a request for a service ("who can i talk to about my
   mam, she leaves her needles on the side") do not stop it: on four fresh training sets that let it
   raise 24 missed concerns and no false alarm, and 6 more on the older sets.
   A stricter emergency threshold for such messages was tried and dropped: it cut false emergencies
   but let real ones through as concerns, and a missed emergency is the worst outcome here.

`assess` never raises and never logs the message text.
"""

from __future__ import annotations

import logging
import re
from functools import lru_cache
from typing import TYPE_CHECKING

from assistant.safeguarding.assessment import NO_CONCERN, Assessment, Severity
from assistant.safeguarding.context import MessageContext
from assistant.safeguarding.idioms import LAUGHING
from assistant.safeguarding.lexicon import hits_in, plain_text, strongest

if TYPE_CHECKING:
    from assistant.safeguarding.classifier import Scores, SeverityClassifier
    from assistant.safeguarding.rules import Hit

__all__ = ["Assessment", "Severity", "assess", "assess_with", "loaded_classifier", "warm_up"]

log = logging.getLogger(__name__)

# P(emergency) at which the classifier raises any message to emergency. Measured again at stop 14 by leaving
# each of the 20 newest written sets (9,599 messages, six of them hard cases) out of training in turn: 0.5
# missed 5 emergencies and raised 74 other messages to emergency; 0.55 missed 6 and raised 65; 0.6 missed 7
# and raised 61; 0.7 missed 14 and raised 55. A missed emergency is the worst outcome, so it stays at 0.5.
EMERGENCY_THRESHOLD = 0.5
# P(emergency) at which it raises a message to emergency when the message is already surely a concern: the
# classifier is at least SURE_HARM_THRESHOLD sure it needs follow-up, or the lexicon found a concern that is
# happening now and is not told as a habit ("theres a man in our flat with mum... he keeps trying to make me
# drink with him, im in the bathroom"). Measured at stop 17 with every training message scored by a classifier
# trained without its eighth of the sets (43,043 messages, 36 emergencies missed): at 0.4 it found 11 of them
# and raised 26 concerns (of 14,350) and no other message to emergency; at 0.45, 8 and 12; at 0.3, 12 and 76.
# Lowering EMERGENCY_THRESHOLD itself to 0.45 found 10 for 21 concerns and 7 false alarms ("im dead, mum
# just walked in on me singing in the shower"), so only these two kinds of message get the lower bar. At stop
# 23, out of fold over 54,563 messages, 0.3 found 1 more of 9 missed emergencies for 52 concerns and 3 other
# messages sent up; on four fresh sets (1,859) 1 of 5 for 3 concerns: it stays at 0.4.
NEAR_EMERGENCY_THRESHOLD = 0.4
SURE_HARM_THRESHOLD = 0.99
# P(concern or emergency) at which it raises a "none" to concern. Chosen on train_written_a/b, each scored
# by a classifier trained without it: 0.85 -> 0.7 flagged 0.96 -> 0.98 of their concerns for 0.006 more
# false alarms; 0.5 added little more recall and more false alarms.
CONCERN_THRESHOLD = 0.7
# P(concern or emergency) at which the classifier raises a concern past the gates below that otherwise keep
# it out: a joke the lexicon found nothing in, words the lexicon explained away ("he never hits us"), and a
# problem told as over. Measured at stop 16 with every training message scored by a classifier trained
# without its eighth of the sets (41,123 messages), and on four fresh hard-case sets the code had never seen
# (1,909): at 0.97 the gates let through 60 more concerns and 3 false alarms on the first, 10 more concerns
# and no false alarm on the second; at 0.95, 66 and 6, 11 and 0; at 0.9, 71 and 17, 13 and 0. Before, on the
# fresh sets, the classifier was at least 0.97 sure of 11 of the 29 concerns no rule found, and a gate kept
# each of them out ("my dads medicine is in a spoon on the table again lol", "dad says he's stopped drinking
# but the 9yo says he locks her out"); a scenario, the one gate that still stops it, kept out one.
SURE_CONCERN_THRESHOLD = 0.97
# P(none) at which a concern the lexicon found in a problem told as over ("he used to hit her but she kicked
# him out two years ago, we're proper happy now") is dropped, unless it is sexual abuse, self-harm or suicidal
# thoughts, which are followed up whenever they happened. Measured the same way at stop 16: at 0.95 it
# dropped 21 false alarms and no concern out of fold, 4 and none on the fresh sets; at 0.9, 22 and 2, 5 and 0;
# at 0.5, 29 and 5. Dropping every concern told as over was tried at stop 15 and missed 14 real ones ("he's
# fine most of the time" reads as over); the classifier is what tells those apart.
SURE_NONE_THRESHOLD = 0.95
_FOLLOWED_UP_WHENEVER = frozenset({"sexual_abuse", "self_harm", "suicidal_thoughts", "suicide"})
# P(none) at which any other concern the lexicon found is dropped, however it is told, unless it is harm
# done to a person (abuse, domestic abuse, violence) or one of those followed up whenever. Most of the
# lexicon's false alarms are a parent's use told alone or a question about a service ("me da smokes a bit of
# weed in the shed at night, hes sound wi us like", "im pregnant and on a methadone script, is your service
# for me too?"), which the classifier, trained on many such messages, reads as nothing. Measured at stop 17
# out of fold (43,043 messages): at 0.97 it dropped 57 false alarms and 1 concern ("getting my mate to do my
# drug tests for the midwife clinic"); on the strongest hit alone, at 0.99, 39 and 1; at 0.95, 71 and 4; at
# 0.9, 92 and 10. Dropping every kind of concern at 0.95 (stop 16) cost 11, most of them harm to a person.
SURE_NONE_ANYHOW_THRESHOLD = 0.97
_HARM_TO_A_PERSON = _FOLLOWED_UP_WHENEVER | {"abuse", "domestic_abuse", "violence"}
# P(emergency) at which the classifier raises a joke the lexicon found nothing in to emergency ("lol i just
# drank all the bottles out the cupboard, my heads spinning and i cant stand, im 12"). Measured at stop 18
# out of fold (1,224 joking messages of 8 words or more): at 0.98 it raised no other message; at 0.95 one
# ("mam said if i dont tidy my room shes gonna throw all my stuff out the window 🙄"). On eight fresh sets it
# found 2 emergencies a laugh had hidden. Since stop 21 it applies from five words: out of fold at stop 23
# (54,563 messages) the 64 joking messages of 5 to 7 words, all harmless, scored at most 0.006 emergency.
SURE_EMERGENCY_IN_JOKE_THRESHOLD = 0.98
# Short messages ("me", "14", "right im off", "none of those") are mostly answers to our questions, where the
# classifier has little to go on. Until stop 21 it did not read messages under 8 words (left out in turn at
# stop 12, from 4 words it would have found 1 more emergency and 7 more concerns, but called "just me and my
# mam" and "shes 6 and hes 4" emergencies), and short emergencies depended on the rules alone. Measured at
# stop 21 on the eight sets of stop 20 (3,840 messages), with the code and classifier from before they were
# written: reading from 5 words found 17 of their 37 missed emergencies ("ive cut n its pourin", "hes holding
# my mum under water", "baby found my bars and swallowed one") for 1 false alarm; from 6 words, 12 for none;
# from 4, no more than from 5. On the 50,723 training messages, each scored by a classifier trained without
# its eighth of the files, from 5 words it found 1 more emergency for 14 false alarms, 8 of them emergencies;
# 3 of those were answers about who and how old ("shes 6 and hes 4"), now left to the rules
# (_an_answer_or_a_goodbye). With that and SHORT_CONCERN_THRESHOLD, against reading from 8 words: on the
# eight sets 17 more emergencies and 2 more concerns found, no false alarm; out of fold 1 emergency and 4
# concerns for 8 false alarms among 1,573 short messages that need nothing ("ive got a cold and a headache"
# 0.98 emergency, "hey. just trying this out").
MIN_CLASSIFIER_WORDS = 5
SHORT_MESSAGE_WORDS = 8  # under this, an answer about who and how old, or a goodbye, is left to the rules
# P(concern or emergency) at which it raises a short message (under SHORT_MESSAGE_WORDS) from none to concern.
# Measured with MIN_CLASSIFIER_WORDS, out of fold and on the eight sets together: at CONCERN_THRESHOLD (0.7)
# short messages gave 10 more concerns for 7 false ones ("im starving when is dinner" 0.75); at 0.8, 6 for 3.
SHORT_CONCERN_THRESHOLD = 0.8
# A short answer about who someone lives with and how old they are ("shes 13 and hes 10", "just me and my
# mum"): only people, ages and small words, which the classifier, trained on many emergencies that give ages,
# reads as one. The rules still read it.
_WHO_AND_HOW_OLD_WORDS = frozenset(
    """i im me my and with just only he hes she shes they theyre we us our is are am its it both the a an
    aged age years year yrs yr old yo y o mum dad nan nana nanna gran granny grandma grandad grandpa mums dads
    brother brothers sister sisters sis bro stepdad stepmum step auntie aunty aunt uncle cousin baby son
    daughter boy boys girl girls kids kid children child partner boyfriend girlfriend husband wife parents
    grandparents foster carer carers live lives living stay stays staying wee little big older younger twin
    twins half n nd""".split()  # noqa: SIM905 (a block of words reads best)
)
# Or a short goodbye ("gotta go dads just come in", "brb dinners ready"), which the classifier read as a
# parent arriving in an emergency (0.89).
# Not a need to go somewhere ("i need to go to a&e", "got to go to hospital now"), and "im off" only as a
# farewell ("right im off x", "im off to bed"), not "im off my face" or "im off school".
_SIGNING_OFF = re.compile(
    r"^(?:(?:right|ok|okay|anyway) )?"
    r"(?:(?:got (?:to|2)|(?:i )?(?:have|need) to) go(?! (?:to|2|in|into)\b)|gtg|g2g|brb"
    r"|im off(?: now| then)?(?:$| x+\b| bye\b| cya\b| night\b| for now\b| to (?:bed|sleep|tea|dinner)\b))"
)
MAX_CHARS = 2000  # as the gateway's MAX_TEXT: longer messages are checked on their start
_JOKING = re.compile(LAUGHING + r"|😆|😅|🙄|\brofl\b", re.IGNORECASE)
# When the classifier raises a concern the lexicon found to an emergency, the nearest emergency kind.
_AS_EMERGENCY = {"suicidal_thoughts": "suicide", "domestic_abuse": "violence", "abuse": "violence"}


@lru_cache(maxsize=1)
def loaded_classifier() -> SeverityClassifier | None:
    """The trained classifier, or None (logged once) if it cannot be built: the lexicon still runs."""
    try:
        from assistant.safeguarding.classifier import trained_classifier

        return trained_classifier()
    except Exception as error:
        log.error("safeguarding classifier unavailable, using the lexicon only: %s", type(error).__name__)
        return None


def warm_up() -> None:
    """Load the classifier now (from the cache in a few seconds, or trained in about a minute) rather than
    on the first message."""
    loaded_classifier()


def assess(text: str) -> Assessment:
    """How serious `text` is for a child's safety, and which rule or score said so."""
    return assess_with(text, loaded_classifier())


def assess_with(text: str, classifier: SeverityClassifier | None) -> Assessment:
    """`assess` with a given classifier (None: the lexicon alone), e.g. one trained without a set."""
    try:
        return _assess(text[:MAX_CHARS], classifier)
    except Exception as error:
        # A broken check must still put a person in front of the message rather than pass it as safe.
        log.error("safeguarding check failed, flagging the message for staff: %s", type(error).__name__)
        return Assessment(Severity.CONCERN, None, "error", None)


def _assess(text: str, classifier: SeverityClassifier | None) -> Assessment:
    # Normalised and read once, for the lexicon, the context checks and the classifier alike.
    plain = plain_text(text)
    context = MessageContext.of(plain)
    hits = hits_in(plain, context)
    hit = strongest(hits)
    explained_away = hit is not None and hit.severity is Severity.NONE
    # only a request for information explained the words away: the classifier may still raise a concern
    by_request_only = explained_away and all(h.by_request for h in hits)
    if hit is None or explained_away:
        by_rule = NO_CONCERN
    else:
        by_rule = Assessment(hit.severity, hit.category, f"lexicon:{hit.rule.name}")
    if by_rule.severity is Severity.EMERGENCY:
        return by_rule
    words = len(text.split())
    if words < MIN_CLASSIFIER_WORDS or (words < SHORT_MESSAGE_WORDS and _an_answer_or_a_goodbye(plain)):
        return by_rule
    if classifier is None:
        return by_rule
    if context.hypothetical:  # a training scenario or "what do I do if a pupil says...": nothing is happening
        return by_rule
    # An adult looking back on their own childhood, with nothing in their life now: the rules decide.
    if by_rule.severity is Severity.NONE and context.adult_looking_back:
        return by_rule
    try:
        scores = classifier.scores(text, plain)
    except Exception as error:
        log.error("safeguarding classifier failed on a message, using the lexicon: %s", type(error).__name__)
        return by_rule
    sure = scores.at_least_concern >= SURE_CONCERN_THRESHOLD
    # A joke the lexicon found nothing in ("going to throttle the dog 😂"): the classifier only sees words, so
    # it raises nothing unless it is very sure, and then only a concern. Measured again at stop 15 over the 81
    # written sets, each left out in turn (849 such messages, 35 of them concerns): letting the classifier
    # raise a concern here at 0.8 would find 17 concerns and flag 9 jokes ("mum said clean ur room tonight or
    # else 🙄"); at 0.5 it would also call 8 jokes emergencies.
    if by_rule.severity is Severity.NONE and _JOKING.search(text):
        if scores.emergency >= SURE_EMERGENCY_IN_JOKE_THRESHOLD:
            return _classifier_emergency(by_rule, scores)
        return _classifier_concern(hit, scores) if sure else by_rule
    # The lexicon read it as harmless: negated ("he never hits us") or told as over, with nothing saying now.
    read_as_harmless = (explained_away and not by_request_only) or (
        by_rule.severity is Severity.NONE and context.resolved and not context.now
    )
    surely_harm = scores.at_least_concern >= SURE_HARM_THRESHOLD or (
        by_rule.severity is Severity.CONCERN and context.now and not context.habitual
    )
    if scores.emergency >= EMERGENCY_THRESHOLD or (
        surely_harm and scores.emergency >= NEAR_EMERGENCY_THRESHOLD
    ):
        return _classifier_emergency(by_rule, scores)
    if by_rule.severity is Severity.CONCERN:
        p_none = 1.0 - scores.at_least_concern
        kinds = {kind for h in hits if h.severity.rank for kind in (h.category, h.rule.category)}
        told_as_over = context.resolved and not context.now and p_none >= SURE_NONE_THRESHOLD
        if (told_as_over and not kinds & _FOLLOWED_UP_WHENEVER) or (
            p_none >= SURE_NONE_ANYHOW_THRESHOLD and not kinds & _HARM_TO_A_PERSON
        ):
            return NO_CONCERN
    # Not when the lexicon read the message and explained its alarming words away ("he never hits us"),
    # unless the classifier is very sure.
    if (
        by_rule.severity is Severity.NONE
        and scores.at_least_concern
        >= (CONCERN_THRESHOLD if words >= SHORT_MESSAGE_WORDS else SHORT_CONCERN_THRESHOLD)
        and (sure or not read_as_harmless)
    ):
        return _classifier_concern(hit, scores)
    return by_rule


def _an_answer_or_a_goodbye(plain: str) -> bool:
    """Whether a short message is only people, ages and small words ("shes 13 and hes 10"), or a goodbye."""
    if _SIGNING_OFF.match(plain):
        return True
    words = re.findall(r"[a-z0-9]+", plain)
    return bool(words) and all(word in _WHO_AND_HOW_OLD_WORDS or word.isdigit() for word in words)


def _classifier_emergency(by_rule: Assessment, scores: Scores) -> Assessment:
    """An emergency the classifier raised, of the nearest emergency kind to what the lexicon found."""
    category = _AS_EMERGENCY.get(by_rule.category or "", by_rule.category)
    return Assessment(Severity.EMERGENCY, category, f"classifier:{scores.emergency:.2f}", scores.emergency)


def _classifier_concern(hit: Hit | None, scores: Scores) -> Assessment:
    """A concern the classifier raised, with the kind of harm the lexicon had explained away if it saw one."""
    category = hit.category if hit is not None else None
    return Assessment(
        Severity.CONCERN, category, f"classifier:{scores.at_least_concern:.2f}", scores.at_least_concern
    )
