"""More ways of telling an emergency: a plan for tonight, driving drunk now, a pregnancy in trouble, a
carer passing out with a baby, a fire starting. Written from tuning-set misses (train_written_a/b).

Same conventions as emergency_rules.py: `ongoing` rules are emergencies only when told as happening
now (a past or habitual telling gives `concern_category`).
"""

# ruff: noqa: E501 -- regex tables read better one alternative group per line, unbroken.

from __future__ import annotations

from assistant.safeguarding.assessment import Severity
from assistant.safeguarding.rules import Rule, rule
from assistant.safeguarding.vocabulary import CHILD, INTOXICATED

E = Severity.EMERGENCY

_DRANK = (
    rf"(?:{INTOXICATED}|had (?:a |two |three |four |\d+ |a few |loads of |too many )?(?:bottles?|cans?|pints?|drinks?|glasses?|shots?|lines?)\b"
    r"|(?:drunk|had|downed|necked) (?:a |two |\d+ )?(?:whole )?bottles? of (?:wine|vodka|cider|gin|whisky)|been drinking|over the limit|had a drink)"
)

WIDER_EMERGENCY_RULES: tuple[Rule, ...] = (
    rule("suicide.plan_tonight", "suicide", E,
         r"\b(?:end it(?: all)?|ending it(?: all)?|end my life|ending my life)\s+(?:tonight|today|now|right now|when (?:everyone|they|theyre|mums?|dads?)(?:s| is| are)? (?:asleep|in bed|out))\b"
         r"|\b(?:this is|its|it is|tonights) my last (?:night|day)\b|\bmy last night (?:alive|on earth|here)\b"
         r"|\bwriting (?:letters|notes?|goodbyes?) (?:to|for) (?:everyone|every one|my family|my mum|my dad|my mam|my kids|them all)\b",
         present_tense=True, concern_category="suicidal_thoughts"),
    # "doing it tonight" is a plan only beside words of dying or leaving for good.
    rule("suicide.doing_it_tonight", "suicide", E,
         r"\b(?:doing it|do it|going to do it|gonna do it)\s+(?:tonight|when (?:everyone|they|theyre|mums?|dads?)(?:s| is| are)? (?:asleep|in bed|out))\b",
         requires=r"\b(?:miss me|goodbye|die|dead|kill|pills|tablets|rope|bridge|last|letters?|note|cant go on|cant do this|better off without me|end)\b",
         present_tense=True, concern_category="suicidal_thoughts"),
    rule("violence.about_to_drive_drunk", "violence", E,
         r"\b(?:about to|going to|gonna|just about to|getting ready to|setting off to|have to|got to|need to|is going to|hes going to|shes going to|wants to) (?:drive|get in the car)\b"
         r"|\b(?:driving|drive) (?:us|me|the kids|the children|the baby|them|him|her) (?:home|to school|now|right now)\b|\bputting (?:the kids|the children|the baby|us) in the car\b",
         requires=rf"\b{_DRANK}\b", concern_category="drug_use_around_children"),
    rule("medical.pregnancy_in_trouble", "medical", E,
         r"\b(?:pregnant|weeks gone|months gone|\d+ weeks|\d+ months)\b",
         requires=r"\b(?:bleeding|blood|awful pains?|bad pains?|cramps|contractions|waters (?:have )?(?:gone|broke)|baby (?:isnt|hasnt|not) mov\w*|cant feel (?:the )?baby|"
                  r"(?:can|could) barely (?:type|stay awake|breathe|see)|so sleepy|keep passing out|passing out|blacking out)\b",
         ongoing=True, concern_category="pregnancy_hidden_use"),
    rule("child_alone.carer_blacking_out", "child_alone", E,
         r"\b(?:keep|keeps|keeping|im|i am|shes|hes|she is|he is|been) (?:blacking out|passing out|nodding off|nodding out|falling asleep|dropping (?:him|her|the baby))\b"
         r"|\b(?:can|cant|cannot) (?:barely )?(?:stay awake|keep my eyes open)\b|\bnearly dropp\w* (?:him|her|the baby|my baby)\b",
         requires=rf"\b(?:{CHILD}|baby|babies|toddler|month old|year old|on my own with|alone with|holding)\b", ongoing=True, concern_category="drug_use_around_children"),
    rule("fire.starting", "unresponsive", E,
         r"\b(?:sofa|settee|couch|bed|mattress|curtains|pan|chip pan|kitchen|house|room|carpet|blanket)(?:s| is| has| has started| started| starting)? (?:smoking|smouldering|on fire|burning|caught fire|catching fire|alight)\b"
         r"|\b(?:lit|burning) (?:fag|cigarette|ciggie|joint|spliff)\b(?=.*\b(?:smok\w*|fire|burn\w*|asleep|nodding|passed out|gouching)\b)",
         ongoing=True, concern_category="drug_use_around_children"),
)  # fmt: skip
