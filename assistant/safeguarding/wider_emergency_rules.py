"""More ways of telling an emergency: a plan for tonight, driving drunk now, a pregnancy in trouble, a
carer passing out with a baby, a fire starting, last words, children alone for hours, a baby or a
drinker in medical danger, a child hurt now. Written from tuning-set misses (train_written_a/b/c/d).

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
    r"|(?:drunk|had|downed|necked) (?:a |two |\d+ )?(?:whole )?bottles? of (?:wine|vodka|cider|gin|whisky)|been drinking|over the limit|had a drink"
    r"|had a (?:few|couple)(?= (?:but|and|so|now|tonight|already|too many)\b| ?[,.!]|$))"
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
         r"|\b(?:driving|drive) (?:us|me|the kids|the children|the baby|them|him|her) (?:home|to school|now|right now)\b|\bputting (?:the kids|the children|the baby|us) in the car\b"
         r"|\b(?:heading|going|walking) (?:to|for|towards) (?:a|the|his|her|their) (?:car|vehicle|van)\b"
         r"|\b(?:hes|shes|is|are|theyre|im|were) (?:getting|gettin) in(?:to)? the (?:car|van)\b"
         r"|\b(?:taking|take|getting in|get in) (?:the|my|our|his|her) (?:car|van)\b(?=.*\b(?:kids|children|baby|with (?:us|me|them)|now|tonight)\b)",
         requires=rf"\b{_DRANK}\b", concern_category="drug_use_around_children"),
    rule("medical.pregnancy_in_trouble", "medical", E,
         r"\b(?:pregnant|weeks gone|months gone|\d+ weeks|\d+ months)\b",
         requires=r"\b(?:bleeding|blood|awful pains?|bad pains?|cramps|contractions|waters (?:have )?(?:gone|broke)|baby (?:isnt|hasnt|not) mov\w*|cant feel (?:the )?baby|"
                  r"(?:can|could) barely (?:type|stay awake|breathe|see)|so sleepy|keep passing out|passing out|blacking out)\b",
         ongoing=True, concern_category="pregnancy_hidden_use"),
    rule("child_alone.carer_blacking_out", "child_alone", E,
         r"\b(?:im|i am|shes|hes|she is|he is|ive been|shes been|hes been) (?:blacking out|passing out|nodding off|nodding out|dropping (?:him|her|the baby))\b"
         r"|\b(?:can|cant|cannot) (?:barely )?(?:stay awake|keep my eyes open)\b|\bnearly dropp\w* (?:him|her|the baby|my baby)\b",
         requires=rf"\b(?:{CHILD}|baby|babies|toddler|month old|year old|on my own with|alone with|holding)\b", ongoing=True, concern_category="drug_use_around_children"),
    # "keeps nodding off with the kids" is a habit (a concern) unless the child is in their care alone now.
    rule("child_alone.carer_keeps_blacking_out", "child_alone", E,
         r"\b(?:keep|keeps|keeping) (?:blacking out|passing out|nodding off|nodding out|falling asleep)\b",
         requires=r"\b(?:on my own with|alone with|holding (?:him|her|the baby|the newborn|my baby|the twins)|right now|tonight)\b", ongoing=True, concern_category="drug_use_around_children"),
    rule("fire.starting", "unresponsive", E,
         r"\b(?:sofa|settee|couch|bed|mattress|curtains|pan|chip pan|kitchen|house|room|carpet|blanket)(?:s| is| has| has started| started| starting)? (?:smoking|smouldering|on fire|burning|caught fire|catching fire|alight)\b"
         r"|\b(?:lit|burning) (?:fag|cigarette|ciggie|joint|spliff)\b(?=.*\b(?:smok\w*|fire|burn\w*|asleep|nodding|passed out|gouching)\b)",
         ongoing=True, concern_category="drug_use_around_children"),
    rule("suicide.last_words", "suicide", E,
         r"\b(?:not|wont|won't) (?:gonna |going to )?be (?:here|around|alive) (?:tomorrow|in the morning|by (?:the )?morning|much longer|after tonight)\b"
         r"|\btomorrow or ever\b|\b(?:walking|walk|going|wading) (?:out )?into the (?:sea|river|water|canal|loch|lake)\b"
         r"|\bcars? (?:is |s )?(?:running|on) in the garage\b|\bthank you for everything\b(?=.*\b(?:ever|goodbye|sorry|love you|last)\b)",
         present_tense=True, concern_category="suicidal_thoughts"),
    rule("child_alone.for_hours", "child_alone", E,
         r"\b(?:alone|on (?:their|his|her|my|our) own|by (?:themselves|himself|herself|myself)|left (?:alone |at home |in the house )?(?:with|at home|in the house)|crying on the \w+)\b"
         r"(?:\W+\w+){0,8}?\W+(?:since (?:friday|saturday|sunday|monday|tuesday|wednesday|thursday|yesterday|last night|this morning)|for hours|for \d+ hours|\d+ hours ago|all night|overnight|since then)\b",
         # "often left on his own overnight" is a habit to follow up, unless it says now.
         requires=rf"\b(?:{CHILD}|year olds?|yr olds?|siblings|babies|toddlers?|\d+ and \d+|approx \d+)\b",
         ongoing=True, present_tense=True, concern_category="child_alone"),
    rule("medical.baby_in_danger", "medical", E,
         r"\b(?:no|reduced|less) (?:fetal |foetal |baby )?movements?\b|\bbaby (?:hasnt|isnt|has not|is not|not) (?:moving|moved|kicking)\b"
         r"|\b(?:newborn|baby|babys|infant)(?: \w+){0,3} (?:cold to (?:the )?touch|floppy|limp|not feeding|blue|grey|not breathing|wont feed|not waking)\b",
         present_tense=True, concern_category="pregnancy_hidden_use"),
    rule("medical.withdrawal", "medical", E,
         r"\b(?:hallucinating|seeing things|fitting|having a fit|seizure|seizures|delirious|delirium|the dts|shaking uncontrollably)\b",
         requires=r"\b(?:drink\w*|alcohol\w*|stopped|withdrawal|detox|cold turkey|using|benzos|drugs?)\b", present_tense=True, concern_category="drug_use_around_children"),
    rule("violence.child_hurt_now", "violence", E,
         r"\b(?:fresh|new) burns?\b|\bscald(?:ed|ing)\b|\bboiling water (?:went )?(?:all )?(?:over|on)\b",
         requires=rf"\b(?:{CHILD}|baby|toddler|year old|pupil|me)\b", concern_category="abuse"),
)  # fmt: skip
