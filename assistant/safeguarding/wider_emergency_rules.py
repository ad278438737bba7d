"""More ways of telling an emergency: a plan for tonight, driving drunk now, a pregnancy in trouble, a
carer passing out with a baby, a fire starting, last words, children alone for hours, a baby or a
drinker in medical danger, a child hurt now. Written from tuning-set misses (train_written_a/b/c/d).

Same conventions as emergency_rules.py: `ongoing` rules are emergencies only when told as happening
now (a past or habitual telling gives `concern_category`).
"""

# ruff: noqa: E501 -- regex tables read better one alternative group per line, unbroken.

from __future__ import annotations

from assistant.safeguarding.assessment import Severity
from assistant.safeguarding.rules import Rule, rule, words
from assistant.safeguarding.vocabulary import (
    CHILD,
    EXPLOITATION_CONTEXT,
    FIRE_WORRY,
    INTOXICATED,
    MEDICINE,
    STREET_DRUG,
    WEAPON,
)

E = Severity.EMERGENCY

# A child under 16 by the age told: "shes 14", "aged 12", "a 13 year old"
_UNDER_16 = (
    r"(?:(?:im|i am|shes|hes|she is|he is|aged?) (?:1[0-5]|[5-9])|(?:1[0-5]|[5-9]) ?(?:year old|yr old|yo))"
)

_DRANK = (
    rf"(?:{INTOXICATED}|had (?:a |two |three |four |\d+ |a few |loads of |too many |like \d+ |about \d+ )?(?:bottles?|cans?|pints?|drinks?|glasses?|shots?|lines?)\b"
    r"|(?:drunk|had|downed|necked|drank)(?: \w+){0,4}? (?:a |two |\d+ |the )?(?:whole )?bottles? of (?:wine|vodka|cider|gin|whisky|whiskey|rum|buckfast|buckie|tequila)|been drinking|over the limit|had a drink"
    r"|had (?:a |a good |like |about |at least )?(?:few|couple|\d+)(?= (?:but|and|so|now|tonight|already|this|too many|cans|pints|drinks|beers|bottles|lines)\b| ?[,.!]|$)"
    r"|(?:do|doing|done|did|had) (?:a few |some |a couple of |a |loads of )?lines\b)"
)

# a bone that a broken-bone rule names (violence.broken_bone, violence.broken_bone_by_someone)
_BONE = (
    r"(?:arm|wrist|leg|nose|jaw|ribs?|fingers?|hand|ankle|collarbone|collar bone|elbow|shoulder|cheekbone)"
)

WIDER_EMERGENCY_RULES: tuple[Rule, ...] = (
    rule("suicide.plan_tonight", "suicide", E,
         r"\b(?:end|ending|take|taking) (?:her|his|their) (?:own )?life\b(?=.*\b(?:tonight|this evening|today|after school|method|notes?)\b)"
         r"|\b(?:end it(?: all)?|ending it(?: all)?|end my life|ending my life)\s+(?:tonight|today|this evening|now|right now|when (?:everyone|they|theyre|mums?|dads?)(?:s| is| are)? (?:asleep|in bed|out))\b"
         r"|\b(?:this is|its|it is|tonights) my last (?:night|day)\b|\bmy last night (?:alive|on earth|here)\b"
         r"|\b(?:writing|wrote|written|left) (?:letters|notes?|goodbyes?) (?:to|for) (?:everyone|every one|my family|my mum|my dad|my mam|my kids|them all)\b",
         present_tense=True, concern_category="suicidal_thoughts"),
    # "doing it tonight" is a plan only beside words of dying or leaving for good.
    rule("suicide.doing_it_tonight", "suicide", E,
         r"\b(?:doing it|do it|going to do it|gonna do it)\s+(?:tonight|when (?:everyone|they|theyre|mums?|dads?)(?:s| is| are)? (?:asleep|in bed|out)|when (?:\w+ ){1,2}(?:goes|go|has gone|gone) to (?:bed|sleep))\b",
         requires=r"\b(?:miss me|goodbye|die|dead|kill|pills|tablets|rope|bridge|last|letters?|note|cant go on|cant do this|better off without me|end)\b",
         present_tense=True, concern_category="suicidal_thoughts"),
    rule("violence.about_to_drive_drunk", "violence", E,
         r"\b(?:about to|going to|gonna|just about to|getting ready to|setting off to|have to|got to|need to|is going to|hes going to|shes going to|wants to) (?:drive|get in the car)\b"
         r"|\b(?:driving|(?<!\bi )(?<!\bshe )(?<!\bhe )(?<!\bthey )(?<!\bcant )(?<!\bcouldnt )(?<!\bwont )(?<!\bcannot )(?<!\bdidnt )drive) (?:us|me|the kids|the children|the baby|them|him|her) (?:home|to school|now|right now)\b"
         r"|\b(?:im|i am|hes|shes|he is|she is|were) driving to (?:pick|get|collect|fetch)\b|\b\w+s (?:away|gone|off) (?:out )?in the (?:car|van)\b"
         r"|\b(?:hes|shes|he is|she is|dads|mums|mams|is|are) taking (?:us|me|the kids|the children|the baby|them) (?:to|out to|down to)\b"
         r"|\b(?:getting|get|got|giving|give|gives) (?:us |me |them |the kids )?a lift\b|\b(?:fine|ok|okay|alright|grand|safe) to (?:drive|run|take)\b"
         r"|\b(?:run|running|drive|driving) (?:the kids|the children|the baby|us|them) (?:to|down to|over to)\b|\bputting (?:the kids|the children|the baby|us) in the car\b"
         r"|\b(?:heading|going|walking) (?:to|for|towards) (?:a|the|his|her|their) (?:car|vehicle|van)\b"
         r"|\b(?:hes|shes|is|are|theyre|im|were) (?:getting|gettin) in(?:to)? the (?:car|van)\b"
         r"|\b(?:taking|take|getting in|get in) (?:the|my|our|his|her) (?:car|van)\b(?=.*\b(?:kids|children|baby|with (?:us|me|them)|now|tonight)\b)"
         r"|\bmaking (?:us|me|the kids|the children|them) (?:get|go) in(?:to)? the (?:car|van)\b",
         requires=rf"\b{_DRANK}\b|\b(?:can barely stand|can hardly stand|cant (?:stand|walk) (?:up|straight)|keeps falling over)\b", concern_category="drug_use_around_children",
         # a habit ("most mornings after a heavy night"), unless it is happening now
         soften_unless_now=True, soften=r"\b(?:most|every|some) (?:mornings?|days?|nights?|weekends?)\b|\busually\b|\bdaily\b|\ba day\b|\bevery time\b"),
    rule("medical.pregnancy_in_trouble", "medical", E,
         r"\b(?:pregnant|weeks gone|months gone|\d+ weeks|\d+ ?wks?|\d+ months)\b",
         requires=r"^(?!.*\bwith (?:my|our) (?:first|last|eldest|oldest|first one|older one)\b).*\b(?:bleeding|blood(?! tests?| pressure| sugars?| group| type| results)|awful pains?|bad pains?|cramps|contractions|waters (?:have )?(?:gone|broke)|baby (?:isnt|hasnt|not) mov\w*|cant feel (?:the )?baby|"
                  r"(?:can|could) barely (?:type|stay awake|breathe|see)|so sleepy|keep passing out|passing out|blacking out|getting pains|pains? every|"
                  r"(?:kicked|punched|hit|stamped on) (?:me )?(?:in|on) (?:the|my) (?:stomach|belly|bump|tummy)|seeing stars|splitting headache|blurred vision|"
                  r"(?:gonna|going to|about to) pass out)\b",
         ongoing=True, concern_category="pregnancy_hidden_use",
         # over for now: "ive been bleeding on and off after smoking crack, its stopped now"
         soften=r"\b(?:its|it has|it|the bleeding|bleeding) (?:has )?(?:stopped|settled|eased off)(?: now)?\b(?!.*\b(?:again|started again|back)\b)"),
    rule("child_alone.carer_blacking_out", "child_alone", E,
         r"\b(?:im|i am|shes|hes|she is|he is|ive been|shes been|hes been) (?:blacking out|passing out|nodding off|nodding out|dropping (?:him|her|the baby))\b"
         r"|\b(?:can|cant|cannot) (?:barely )?(?:stay awake|keep my eyes open)\b|\bnearly dropp\w* (?:him|her|the baby|my baby)\b",
         requires=rf"\b(?:{CHILD}|baby|babies|toddler|month old|year old|on my own with|alone with|holding)\b", ongoing=True, concern_category="drug_use_around_children"),
    # "keeps nodding off with the kids" is a habit (a concern) unless the child is in their care alone now.
    rule("child_alone.carer_keeps_blacking_out", "child_alone", E,
         r"\b(?:keep|keeps|keeping) (?:blacking out|passing out|nodding off|nodding out|nodding in and out|drifting off|dropping off|falling asleep)\b",
         requires=r"\b(?:on my own with|alone with|holding (?:him|her|the baby|the newborn|my baby|the twins)|on (?:my|her|his) lap|in (?:my|her|his) arms|right now|tonight)\b", ongoing=True, concern_category="drug_use_around_children"),
    rule("fire.starting", "unresponsive", E,
         r"\b(?:sofa|settee|couch|bed|mattress|curtains|pan|chip pan|kitchen|house|room|carpet|blanket)(?:s| is| has| has started| started| starting)? (?:smoking|smouldering|on fire|burning|caught fire|catching fire|alight)\b"
         r"|\b(?:lit|burning) (?:fag|cigarette|ciggie|joint|spliff)\b(?=.*\b(?:smok\w*|fire|burn\w*|asleep|nodding|passed out|gouching)\b)"
         # "dad has started a fire in the bin in the living room, hes out of it"
         r"|\b(?:started|starting|lit|made) a fire (?:in|on) (?:the |a )?(?:bin|living room|kitchen|bedroom|house|flat|sofa|settee|bed|hall|stairs|floor|landing)\b(?!(?: \w+){0,4} (?:once|before|last|years|when (?:she|he|i|we) (?:was|were)))"
         r"|\bsmoke alarms? (?:keeps |is |s |has been |been )?(?:beeping|going off|ringing|screaming)\b(?=.*\b(?:burning|smoke|smoky|smell|fire)\b)|\b(?:burning smell|smell of burning|smells? (?:like )?(?:something )?burning|smoke (?:coming (?:out|from|under|through)|pouring))\b",
         ongoing=True, concern_category="drug_use_around_children",
         # a harmless cause told with it: "a smell of burning in the street but it was just someone's bonfire"
         requires=r"^(?!.*\b(?:bonfire|bbq|barbecue|barbie|burnt (?:the |my )?toast|fireworks|incense)\b)",
         soften=FIRE_WORRY, soften_unless_now=True),
    rule("suicide.last_words", "suicide", E,
         r"\b(?:(?:dont|do not) think (?:ill|i will)(?: still)?|not|wont|won't) (?:gonna |going to )?be (?:here|around|alive) (?:tomorrow|in the morning|by (?:the )?morning|much longer|after tonight)\b"
         r"|\b(?:ill|i will|im) be gone by\b|\bby (?:tomorrow|the morning|tonight|morning)(?: \w+)? (?:ill|i will) be gone\b|\btonights? (?:is )?different\b(?=.*\b(?:tried|belt|rope|pills|tablets|sorted|end|die)\b)|\b(?:tried|belt|rope|pills|tablets)\b.*\btonights? (?:is )?different\b|\bive sorted it (?:properly|this time)\b"
         r"|\btomorrow or ever\b|\b(?:walking|walk|going|wading|driving|drive|drove) (?:out )?(?:(?:the|my|his|her) car )?into the (?:sea|river|water|canal|loch|lake|harbour|quarry)\b"
         r"|\bcars? (?:is |s )?(?:running|on) in the garage\b|\bthank you for everything\b(?=.*\b(?:ever|goodbye|sorry|love you|last)\b)",
         present_tense=True, concern_category="suicidal_thoughts",
         # a thought, not a plan now: "sometimes i think about walking into the sea. not today or anything"
         soften=r"\b(?:think|thinks|thinking|thought|thoughts|dream|dreams|imagine|imagining) (?:about |of )?(?:just )?(?:walking|walk|wading|going|driving)\b"
                r"(?=.*\b(?:sometimes|not today|not tonight|not now|lately|a lot|every (?:day|night)|when (?:mums|dads|shes|hes|im|i get|they))\b)(?!.*\b(?:tonight|right now|(?<!not )today|(?<!not )now)\b)"),
    rule("child_alone.for_hours", "child_alone", E,
         r"\b(?:alone|on (?:their|his|her|my|our) own|by (?:themselves|himself|herself|myself)|left (?:alone |at home |in the house )?(?:with|at home|in the house)|crying on the \w+)\b"
         r"(?:\W+\w+){0,8}?\W+(?:since (?:friday|saturday|sunday|monday|tuesday|wednesday|thursday|yesterday|last night|this morning)|for hours|for \d+ hours|\d+ hours ago|all night|overnight|since then)\b",
         # "often left on his own overnight" is a habit to follow up, unless it says now.
         requires=rf"\b(?:{CHILD}|year olds?|yr olds?|siblings|babies|toddlers?|\d+ and \d+|approx \d+)\b",
         ongoing=True, present_tense=True, concern_category="child_alone",
         # a night that is over or a habit: "left my 3 kids on their own overnight last weekend", "leaves his 7 yr old
         # home alone overnight when hes on a bender"
         soften=r"\b(?:last (?:weekend|week|time|month|saturday|friday|sunday)|at the weekend|the other (?:night|weekend)|(?:leaves|leave) (?:his|her|their|my|the|them)\b(?: \w+){0,4} (?:overnight|all night)(?: \w+){0,2} when\b|admitted|first time ever|nothing (?:bad )?happened|used to leave|(?:on )?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday) night)\b",
         soften_unless_now=True),
    rule("medical.baby_in_danger", "medical", E,
         r"\b(?:no|reduced|less) (?:fetal |foetal |baby )?movements?\b|\bbaby (?:hasnt|isnt|has not|is not|not) (?:moving|moved|kicking)\b"
         r"|\b(?:newborn|baby|babys|infant|\d+ days? old)(?:\W+\w+){0,8}?\W+(?:fits?|high pitched cry\w*|fitting|jerky|jerking|seizures?|twitching|cold to (?:the )?touch|floppy|limp|not feeding|(?<!bright )(?<!light )(?<!navy )(?<!sky )(?<!royal )(?<!pale )blue(?! (?:hat|eyes|babygrow|onesie|dummy|pram|outfit|cardigan|jumper|room|nursery|balloon|teddy|toy|bottle)\b)|grey|not breathing|wont feed|not waking)\b",
         present_tense=True, concern_category="pregnancy_hidden_use"),
    rule("medical.withdrawal", "medical", E,
         r"\b(?:hallucinating|seeing things|fitting|having a fit|seizure|seizures|delirious|delirium|the dts|shaking uncontrollably)\b",
         requires=r"^(?=.*\b(?:drink\w*|alcohol\w*|stopped|withdrawal|detox|cold turkey|using|benzos|drugs?)\b)(?!.*\b(?:police|drugs?|cash) seizures?\b|.*\bseizure of (?:drugs|cash|the|his|her)\b)", present_tense=True, concern_category="drug_use_around_children",
         # long over: "our mam had a seizure once when i was small ... shes been sober 6 years now"
         soften=r"\b(?:sober|clean|dry) (?:for )?(?:\d+|two|three|four|five|six|seven|eight|nine|ten|many) (?:years|yrs)\b|\bonce when (?:i|we) (?:was|were)\b"),
    rule("violence.child_hurt_now", "violence", E,
         r"\b(?:fresh|new) burns?\b|\bscald(?:ed|ing)\b|\bboiling water (?:went )?(?:all )?(?:over|on)\b",
         requires=rf"\b(?:{CHILD}|baby|toddler|year old|pupil|me)\b", ongoing=True, concern_category="abuse"),
    # --- told in passing, often inside a request for something else ---------------------------------------
    rule("medical.labour_intoxicated", "medical", E,
         r"\b(?:in labour|birth (?:is )?imminent|giving birth|waters (?:have )?(?:gone|broken|broke))\b",
         requires=rf"\b(?:{INTOXICATED}|aggressive|bleeding|ambulance)\b", concern_category="pregnancy_hidden_use"),
    rule("unresponsive.in_the_water", "unresponsive", E,
         r"\b(?:fell|fallen|falls|jumped|slipped|gone|went) (?:in|into|off)\b(?:\W+\w+){0,6}?\W+(?:river|canal|sea|water|loch|lake|quay|harbour|dock|reservoir|tyne|thames|clyde|mersey|taff)\b",
         requires=r"\b(?:cant see|cannot see|cannit see|gone under|went under|not come up|hasnt come up|drowning|in the water|no more|cant find)\b",
         ongoing=True, concern_category="neglect"),
    rule("violence.threat_when_back", "violence", E,
         r"\b(?:im|youre|were|shes|hes|i am) (?:getting it|in for it|gonna get it|going to get it|dead)\b|\bround two\b|\b(?:worse|more) (?:tonight|later)\b"
         r"|\bfinish (?:what (?:he|she|they) started|the job|(?:her|me|him|us) off)\b",
         requires=r"^(?=.*\b(?:when (?:he|she|they)(?:s| is| are)? ?(?:gets?|comes?)? (?:back|home|in)|when (?:hes|shes) back|gets back|comes back|tonight|later|in an hour|once (?:\w+ ){0,2}(?:leaves|goes|is gone|has gone))\b)"
                  r"(?=.*\b(?:pub|drunk|drink\w*|smashed|hit|hits|kicked|punched|shoved|batter\w*|hurt|angry|raging|kicks? off|belt|threw|violent)\b)",
         ongoing=True, present_tense=True, concern_category="domestic_abuse"),
    rule("violence.fear_of_harming_child", "violence", E,
         r"\b(?:scared|afraid|frightened|terrified|worried) (?:of )?(?:what|that) (?:ill|i will|i might|i could|id|i would|im going to|im gonna) (?:do|hurt|do to)(?: to)? (?:her|him|them|the baby|my baby|the kids)\b"
         r"|\b(?:scared|afraid|frightened|terrified) (?:ill|i will|i might|im going to|im gonna) (?:hurt|shake|smother|hit) (?:her|him|them|the baby|my baby)\b",
         ongoing=True, present_tense=True, concern_category="abuse"),
    rule("suicide.farewell_text", "suicide", E,
         r"\b(?:texted|messaged|sent|text|message|note)\b(?:\W+\w+){0,4}?\W+sorry\b(?:\W+\w+){0,6}?\W+love (?:you|u|yous)\b",
         requires=r"\b(?:phone (?:is |s )?(?:off|dead)|not answering|wont answer|no answer|cant get (?:hold|through)|bye|goodbye|selfharm\w*|suicid\w*|tablets|pills)\b",
         ongoing=True, present_tense=True, concern_category="suicidal_thoughts"),
    rule("child_alone.carer_going_out", "child_alone", E,
         r"\b(?:nipping|nip|popping|pop|popped|nipped|slipped|sneaked|snuck) (?:out|to the (?:pub|shop|offy|offie)|to score|round)\b"
         r"|\b(?:going|gone|went|heading) (?:out )?(?:to the pub|to score|out drinking|to get (?:gear|drugs))\b",
         requires=r"\b(?:baby|babys|babies|wee ones|little ones|kids|toddler|twins)\b(?:\W+\w+){0,3}?\W+(?:asleep|in bed|upstairs|in (?:his|her|their|the) cot)\b"
                  r"|\bleft (?:the |my |our )?(?:\w+ ){0,3}(?:asleep|in bed|on (?:their|his|her) own)\b",
         # a question of the law: "whats the law about leaving a baby asleep upstairs while you nip to the shop"
         soften=r"\b(?:whats the law|what is the law|is it (?:legal|illegal|against the law)|at what age|what age can)\b",
         ongoing=True, concern_category="child_alone"),
    # a teenager unwell after drink, a child who drank from a cup, a weapon "used on mum", a man who will not leave
    rule("child_took_drugs.unwell_after_drink", "child_took_drugs", E,
         r"\b(?:vomiting|being sick|bein sick|throwing up|room(?:s| is)? spinning|gcs (?:dropping|falling|low|down)|unresponsive|confused|struggling to stand|cant stand|cant walk|unsteady on|wobbly|drowsy|passing out|slurring)\b",
         requires=rf"^(?=.*\b(?:{CHILD}|year old|yr old|1[0-7] ?yo|(?:my|our|the) (?:girl|boy|son|daughter|lad|lass)|(?:is|hes|shes|aged|im|i am) (?:[1-9]|1[0-7]))\b)"
                  # the adult who collected the child is the one slurring ("collected by mum today and she was slurring")
                  r"(?!.*\b(?:collected|picked up|dropped off|brought in) by (?:his |her |their )?(?:mum|dad|mother|father|parent|carer|nan|gran|grandad|stepdad|stepmum)\b"
                  r"(?:\W+\w+){0,6}?\W+(?:she|he|they|mum|dad) (?:was|were|is|seemed|appeared|looked)(?: \w+)? (?:slurring|unsteady|wobbly|drowsy|confused)\b)"
                  r"(?=.*\b(?:smell\w* (?:strongly )?of (?:spirits|alcohol|drink|vodka|booze|weed)|after (?:drinking|taking)|made me (?:drink|take|smoke)|(?:drank|drunk|drink) (?:loads|too much|a whole)|(?:drank|drunk|took|taken|had|swallowed)\b(?:\W+\w+){0,10}?\W+(?:spirits|alcohol|vodka|wine|cider|beer|gin|pills|tablets|ket|ketamine|methadone)"
                  # given it by an adult: "my dads mate just gave my little sister some of his drink and now shes being sick"
                  r"|(?:gave|given|giving|gives)\b(?:\W+\w+){0,8}?\W+(?:his|her|their|some) (?:drink|vodka|cans?|beer|wine|cider|pills|tablets|spliff|weed))\b)",
         ongoing=True, concern_category="drug_use_around_children"),
    rule("child_took_drugs.from_a_cup", "child_took_drugs", E,
         rf"\b(?:{CHILD}|year old)\b(?:\W+\w+){{0,4}}?\W+(?:drunk|drank|had|swallowed|taken|took) (?:some|a sip|a bit|a mouthful|a drink) (?:from|of|out of) (?:my|her|his|the|\w+s) (?:cup|glass|bottle|drink|can|mug|beaker)\b",
         requires=r"\b(?:methadone|vodka|wine|cider|beer|alcohol|spirits|drink|gin|whisky|medicine|script)\b",
         ongoing=True, concern_category="drug_use_around_children"),
    rule("overdose.just_had_some", "overdose", E,
         r"\b(?:ive|i have|i) (?:just )?(?:had|drunk|drank|swallowed|taken|took) some\b",
         requires=r"\b(?:bleach|antifreeze|methadone|pills|tablets|batteries|washing (?:tablets|pods|liquid)|detergent|white spirit|benzos|xanax)\b",
         ongoing=True, present_tense=True, concern_category="drug_use_around_children",
         # "i took some of my mams pills last month... but i woke up": told as past, unless it says now
         soften=r"\blast (?:month|year|week|summer|christmas|term)\b|\b(?:months|years|weeks) (?:ago|back)\b|\bbut i woke up\b|\bhavent done it again\b", soften_unless_now=True),
    rule("weapon.use_it_on", "weapon", E,
         r"\b(?:use|used|using) it on (?:mum|her|him|me|us|my \w+|them)\b",
         requires=rf"\b{WEAPON}\b", ongoing=True, present_tense=True, concern_category="domestic_abuse"),
    rule("violence.wont_leave", "violence", E,
         r"\b(?:refusing to leave|refuses to leave|wont leave|will not leave)\b",
         requires=rf"^(?=.*\b(?:{INTOXICATED}|threaten\w*|aggressive|violent|kicking off)\b)(?=.*\b(?:now|right now|in (?:the|her|my|our) house)\b)",
         ongoing=True, present_tense=True, concern_category="domestic_abuse"),
    # --- from dev14 (heldout12, read after its one measurement) --------------------------------------------------
    rule("exploitation.threat_message", "exploitation", E,
         r"\b(?:message|messages|text|texts|msg|dm|snap|voice note)(?: \w+)? (?:saying|said|says|that said|that says)(?: \w+){0,4} (?:tonight|later|today|by midnight) or else\b",
         negatable=False),
    rule("medical.baby_not_moving", "medical", E,
         r"\b(?:havent|have not|not|hasnt|cant|cannot|didnt|stopped) (?:felt|feel|feeling|been moving|moved|moving|kicking|kicked)(?: (?:the |my |her |him )?(?:baby|bump|it|him|her))?(?: \w+)? (?:move|moving|kick|kicking|all day|since|today|for hours)\b",
         requires=r"\b(?:pregnan\w*|baby|bump|weeks|midwife)\b", negatable=False),
    rule("violence.coming_up_the_stairs", "violence", E,
         r"\b(?:hes|shes|theyre|he is|she is|dads|mums|stepdads) (?:coming|walking|running|stomping) up the stairs\b",
         requires=r"\b(?:please|help|scared|terrified|frightened|hide|hiding|quick|oh no|hes going to|drunk|angry|raging)\b", negatable=False),
    rule("suicide.last_message", "suicide", E,
         r"\bthis is my last (?:message|text|msg|ever)\b(?! (?:tonight|for (?:today|tonight|now|a while)|before|cos|because|as|till|until|i promise))"
         r"|\btell my (?:nan|gran|mum|mam|dad|da|brother|sister|little \w+|wee \w+) i (?:love|loved) (?:her|him|them)\b(?=.*\b(?:last|goodbye|bye|sorry|gone|wont be)\b)",
         present_tense=True, concern_category="suicidal_thoughts"),
    # --- from train_written_j (harm told through a detail), measured before it was tuned on ------------------
    rule("suicide.giving_things_away", "suicide", E,
         r"\b(?:wont|will not|dont|wouldnt) need (?:it|them|any of it|anything|my \w+)(?: \w+)? (?:after|past|by) (?:tonight|today|this week|tomorrow)\b"
         r"|\b(?:gave|giving|given|give) (?:all )?(?:my|me) (?:stuff|things|belongings|clothes|games) away\b(?=.*\b(?:tonight|wont need|goodbye|bye|last|after today)\b)",
         present_tense=True, negatable=False, concern_category="suicidal_thoughts"),
    rule("suicide.last_time", "suicide", E,
         r"\b(?:says?|said|saying|texted|messaged)(?: that)? (?:this is|its|this will be|it will be) the last time\b",
         requires=r"\b(?:arm|arms|wrist|cut\w*|pills|tablets|bridge|wont (?:tell|say) (?:me )?where|goodbye|bye|sorry|blood)\b",
         present_tense=True, negatable=False, concern_category="suicidal_thoughts"),
    rule("medical.pregnancy_warning_signs", "medical", E,
         r"\bflashing lights\b|\bblurr?(?:ed|y) vision\b|\b(?:ankles|feet|hands|face|legs)(?: are| is|s)? (?:massive|swollen|puffy|huge|like balloons)\b"
         r"|\b(?:horrible|bad|really bad|severe|awful|sharp|terrible|agonising|proper bad) (?:pain|pains|cramps?)\b(?: \w+){0,3} (?:belly|tummy|stomach|bump|back)\b|\bin agony\b",
         requires=r"^(?=.*\b(?:pregnan\w*|\d+ (?:weeks|wks)|bump|due)\b)"
                  # "im 34 weeks and my feet are massive 😂 is that normal"
                  r"(?!(?=.*(?:😂|🤣|\blol\b|\blmao\b|\bhaha))(?!.*\b(?:headache|flashing|blurr?(?:ed|y)|vision|pain|bleeding|dizzy|cant see)\b))",
         ongoing=True, concern_category="pregnancy_hidden_use"),
    rule("violence.im_next", "violence", E,
         r"\b(?:says|said|told me|telling me|tells me) (?:im|i am|youre|ill be|you will be) next\b(?! (?:in|to|on|up|for|after|week|time|turn)\b)",
         negatable=False),
    rule("violence.child_limb_hurt", "violence", E,
         r"\b(?:arm|leg|wrist|ankle|finger)(?:s| is|s is)? (?:bent|twisted|sticking out|hanging)(?: \w+)? (?:wrong|wrang|funny|weird|the wrong way)\b|\bat a (?:funny|weird|wrong) angle\b",
         requires=r"\b(?:flung|threw|thrown|pushed|hit|kicked|battered|dragged|shoved|grabbed|twisted|crying|greetin\w*|screaming)\b", ongoing=True, concern_category="abuse"),
    # --- from dev15 (heldout13, read after its two measurements) ----------------------------------------------
    rule("violence.drunk_driver_just_left", "violence", E,
         r"\b(?:in the car|drove off|driven off|drive off|took (?:\w+ ){1,4}in the car|driving (?:\w+ ){0,3}to the)\b",
         requires=r"^(?=.*\b(?:falling over|fell over|cant stand|could barely stand|couldnt stand|slurring|stumbling|swaying)\b)(?=.*\b(?:just|now|right now|before (?:they|he|she) left)\b)",
         negatable=False, present_tense=True, concern_category="drug_use_around_children"),
    rule("violence.dead_when_back", "violence", E,
         r"\b(?:said|says|told me|texted|messaged|text saying|texting saying|saying) (?:im|i am|youre|ill be|i will be) (?:dead|getting it|gonna get it|in for it|for it)\b(?=.*\b(?:when (?:he|she|they)|gets (?:back|in|home)|tonight|later|back from)\b)",
         requires=r"^(?!.*\b(?:new phone|present|presents|birthday|christmas|surprise|treat)\b)",
         negatable=False, present_tense=True, concern_category="domestic_abuse"),
    rule("violence.scared_to_go_home_tonight", "violence", E,
         r"\b(?:scared|terrified|frightened|afraid|petrified|feart) (?:to go|of going|to get) (?:back )?home tonight\b",
         requires=r"\b(?:kill|hurt|batter|beat|hit|do (?:her|him|me) in|threat\w*|said (?:he|she)|says (?:he|she))\b", negatable=False),
    rule("suicide.hanging", "suicide", E,
         r"\b(?:hung|hanged|hanging|has hung|have hung|tried to hang|trying to hang) (?:himself|herself|themselves|myself)\b|\bfound (?:him|her|them|my \w+|mum|dad) hanging\b",
         ongoing=True, negatable=False, concern_category="suicidal_thoughts"),
    rule("child_alone.missing_since", "child_alone", E,
         r"\b(?:missing|gone|not (?:come )?(?:home|back)|not been (?:home|seen)) since (?:\d+|this morning|this afternoon|school|last night|yesterday|lunch|teatime|tea)\b",
         requires=rf"\b{CHILD}\b|\b(?:year old|yr old|\d+ ?yo|our (?:girl|boy|son|daughter)|my (?:girl|boy|son|daughter))\b", present_tense=True, concern_category="child_alone"),
    # --- from train_written_l (professionals, kinship carers, pregnancy, young children), measured first ----------
    rule("suicide.never_again", "suicide", E,
         r"\b(?:wont|will not|wont ever) be (?:at school|in school|here|around|coming back|in class)(?: \w+)? (?:ever again|again|anymore|any more)\b",
         requires=r"\b(?:sorry|tell|goodbye|bye|love)\b", present_tense=True, negatable=False, concern_category="suicidal_thoughts"),
    rule("suicide.note_and_not_here", "suicide", E,
         r"\b(?:dont|do not|dont even) want to be (?:here|alive|around) (?:tomorrow|anymore|any more|after tonight)\b",
         requires=r"\b(?:wrote|written|writing|left) (?:a |my )?(?:note|letter|letters|notes)\b|\b(?:tablets|pills|rope|bridge|goodbye)\b",
         present_tense=True, negatable=False, concern_category="suicidal_thoughts"),
    rule("violence.worse_when_back", "violence", E,
         r"\b(?:its|it will be|itll be|its going to be|it is going to be|its gonna be) (?:gonna be |going to be )?(?:worse|even worse|my turn)\b",
         requires=r"\bwhen (?:he|she|they)(?:s| is| are)? (?:gets? )?(?:back|home|in)\b|\b(?:hes|shes|theyre) back at\b",
         present_tense=True, negatable=False, concern_category="abuse"),
    rule("violence.forced_injection", "violence", E,
         r"(?<!mum )(?<!mam )(?<!dad )(?<!da )(?<!mums )(?<!dads )(?<!she )(?<!he )\b(?:put|stuck|jabbed|injected|forced) (?:a |the )?needle (?:in|into) (?:me|her|him|my arm)\b(?! (?:own )?arm\b)|\binjected me\b",
         ongoing=True, present_tense=True, negatable=False, concern_category="domestic_abuse"),
    # --- from train_written_n (how young people text), measured first ------------------------------------------
    rule("suicide.nice_knowing_you", "suicide", E,
         r"\b(?:been nice|was nice|its been nice) knowing (?:you|u|ya|ye|ppl|people|everyone|yous|all of you)\b",
         present_tense=True, negatable=False, concern_category="suicidal_thoughts"),
    rule("self_harm.cutting_for_long", "self_harm", E,
         r"\b(?:been )?cutting\b(?: \w+){0,4} (?:an hour|hours|ages|\d+ (?:mins|minutes))\b",
         requires=r"\b(?:dizzy|faint|everywhere|wont stop|cant stop|so much blood|pale|shaking)\b", negatable=False, concern_category="self_harm"),
    # --- from train_written_p, q, r and s (requests, carers and case notes, young people, dialect), measured first
    rule("violence.drunk_at_the_wheel", "violence", E,
         r"(?:about to|just about to|getting ready to) (?:pull off|pull away|set off|drive off)\b|\brevving\b|\bengine (?:running|on|going)\b|\bin the drivers? seat\b",
         requires=rf"(?=.*\b{INTOXICATED}\b)(?=.*\b(?:kids|children|baby|son|daughter|child|{CHILD})\b)", ongoing=True, negatable=False, concern_category="drug_use_around_children"),
    rule("medical.baby_slipping_from_carer", "unresponsive", E,
         r"\b(?:baby|newborn|\d+ (?:month|week) old|little one)(?: \w+){0,3} (?:on|in) (?:his|her|their) (?:knee|lap|chest|arms)\b|\b(?:slipping|sliding|rolling|falling) off (?:him|her|them|the sofa|the bed|his knee|her knee|his lap|her lap)\b",
         requires=r"\b(?:nodding off|nodding out|passed out|keeps falling asleep|falling asleep|keeps dropping off|cant keep (?:his|her) eyes open)\b", ongoing=True, negatable=False, concern_category="drug_use_around_children"),
    rule("child_alone.shut_out_at_night", "child_alone", E,
         r"\b(?:kicked|locked|thrown|chucked|put|shut) (?:me |us |him |her |them )?out(?! of (?:class|school|the lesson|lessons|the club|the group|the game|the team|college|the shop|the cinema))\b",
         requires=r"\b(?:midnight|tonight|pjs|pyjamas|chucking it down|pouring|raining|freezing|no (?:shoes|coat)|locked the door|outside now|in the dark|cant get back in)\b",
         # somewhere safe now: "slept in the park, at my mates now"
         soften=r"\b(?:slept|stayed|staying|sleeping) (?:in|at|on|over)\b|\bat (?:my|a) (?:mates|friends|nans|grans|aunties|uncles)\b",
         ongoing=True, negatable=False, concern_category="abuse"),
    rule("violence.pinned_now", "violence", E,
         r"\b(?:hes|shes|theyre|hes got|shes got|has got|have got|got) (?:me|her|him|us|mum|my \w+|the \w+) (?:pinned|held|up) (?:against|to|on|down on) (?:the )?(?:wall|floor|door|bed|ground)\b",
         ongoing=True, present_tense=True, negatable=False, physical=True, concern_category="abuse"),
    rule("suicide.dead_by_morning", "suicide", E,
         r"\b(?:ill|i will|im going to|she will|shell|hell|he will|shes going to|hes going to) be dead (?:before|by) (?:the )?(?:morning|tomorrow|tonight|the weekend)\b",
         present_tense=True, negatable=False, concern_category="suicidal_thoughts"),
    rule("violence.make_her_dead", "violence", E,
         r"\bmake (?:mummy|mum|mam|her|me|us|him|daddy|dad|them) dead\b",
         requires=r"\b(?:coming|tonight|today|dinner time|tea time|home time|after school|on (?:his|her) way|outside)\b", ongoing=True, negatable=False, concern_category="domestic_abuse"),
    # --- from train_written_t, u, v and w (case notes, signs and contact, young people, maternity), measured first
    rule("suicide.done_it_this_time", "suicide", E,
         r"\b(?:ive|i have|shes|hes|she has|he has) (?:done|taken) it (?:this time|properly this time|for real)\b|\b(?:saving|saved|stockpiling|stockpiled|hoarding) (?:up )?(?:my |all my |her |his )?(?:tablets|pills|meds|medication|paracetamol|sleeping tablets)\b"
         r"|\btonights the night\b(?=.*\b(?:tried everything|nothing works|nothing helps|goodbye|had enough|cant do this|no point|plan|sorry)\b)|\b(?:tried everything|nothing works|nothing helps|had enough)\b(?:\W+\w+){0,3}?\W+tonights the night\b",
         present_tense=True, negatable=False, concern_category="suicidal_thoughts"),
    rule("child_took_drugs.given_a_drink_and_unwell", "child_took_drugs", E,
         r"\b(?:gave|given|give|gives) (?:her|him|me|them) (?:a drink|a pill|a tablet|vodka|alcohol|some of (?:his|her) drink)\b",
         requires=r"\b(?:been sick|being sick|vomit\w*|cant keep (?:her|his|my) eyes open|can hardly keep (?:her|his|my) eyes open|drowsy|floppy|wont wake|not right|confused|cant stand|falling over|pale)\b",
         ongoing=True, negatable=False, concern_category="drug_use_around_children"),
    rule("exploitation.get_in_the_car_now", "exploitation", E,
         r"\b(?:get|getting|to get) in (?:the|his|their|a) car\b",
         requires=r"(?=.*\b(?:right now|outside|parked|waiting|now|tonight)\b)(?=.*\b(?:snapchat|online|instagram|tiktok|older|man|men|guy|bloke|stranger|says hes|said hes)\b)",
         ongoing=True, negatable=False, concern_category="exploitation"),
    # --- from train_written_x, y and z (minimal pairs, adults, short messages), measured first
    rule("medical.fitting_now", "unresponsive", E,
         r"\b(?:mum|mums|dad|dads|mam|he|she|hes|shes|baby|babys|brother|sister|brothers|sisters|nan|nans|bf|gf|boyfriend|girlfriend|partner|husband|wife|fella|mate|pal|friend|my \w+)(?: is| s)? (?:fitting(?! (?:a|an|the|new|in|into|out|my|our|his|her|some|them|it|us|carpets?|kitchens?|windows?|curtains|blinds)\b)|having a fit|having a seizure|seizing)\b",
         ongoing=True, physical=True, concern_category="neglect"),
    rule("child_took_drugs.spiked", "child_took_drugs", E,
         r"\b(?:someone|somebody|they|he|she|been|got|i was|im) spiked\b|\bspiked (?:me|my drink|my drinks|her|him|her drink|his drink)\b",
         requires=r"^(?!.*\b(?:(?:but|she|he|i) (?:just|only) (?:had|drank) too (?:many|much)|(?:wasnt|werent|not) (?:actually |really )?spiked)\b)"
                  r"(?=.*\b(?:cant see|cant stand|cant walk|dizzy|sick|room spinning|spinning|weird|blurry|passing out|falling asleep|numb|shaking|help|now|just|right now|cant move|cant think)\b)",
         ongoing=True, negatable=False, concern_category="child_took_drugs"),
    rule("overdose.poison_drunk", "overdose", E,
         r"\b(?:downed|drank|drunk|swallowed|had|drinking|necked|ate|eaten) (?:some |a bottle of |a cup of |the |a )?(?:bleach|antifreeze|anti freeze|cleaning stuff|washing up liquid|detergent|weed ?killer|toilet cleaner|dishwasher tablets?|washing tablets?|laundry (?:pod|capsule)s?|wash pods?|white spirit|petrol|paint thinner)\b",
         ongoing=True, negatable=False, concern_category="self_harm"),
    rule("child_took_drugs.little_one_swallowed", "child_took_drugs", E,
         r"\b(?:little man|little one|little fella|wee one|toddler|the baby)\b(?: \w+){0,2} (?:swallowed|ate|eaten|drank|got into|had) (?:one of |some of |a |some |a few of )?(?:\w+ )?(?:pills|tablets|methadone|meds|gear|drugs|script)\b",
         ongoing=True, negatable=False, concern_category="drug_use_around_children"),
    rule("suicide.in_the_water_or_on_the_tracks", "suicide", E,
         r"\b(?:im|i am) (?:in|standing in|on|stood on|sat on) the (?:river|canal|sea|tracks|railway line)\b|\b(?:im|i am) (?:standing|stood|sat|sitting) on the (?:edge|ledge)\b(?! of (?:my|the) (?:seat|bed|sofa))"
         r"|\b(?:going|go|step|stepping|jump|jumping|walk|walking|throw myself|lie down) (?:in front of|under) (?:a|the) (?:train|bus|lorry|car|tube)\b",
         # thought about and not done: "ive been thinking about jumping in front of a train, i havent done anything"
         soften=r"\b(?:thinking|thought|think|thinks) about (?:going|stepping|jumping|walking|throwing|lying)\b(?=.*\b(?:havent|hasnt|not|never|wont|wouldnt) (?:done|do|did|tried) (?:anything|it|owt)\b)"
                # "i keep thinking about jumping in front of a car. i wont tho i just think it"
                r"|\bkeep (?:thinking|thinkin) about\b(?=.*\b(?:i wont|i wouldnt|just think (?:it|about it)|never would)\b)",
         ongoing=True, physical=True, concern_category="suicidal_thoughts"),
    rule("suicide.goodbye_sorry", "suicide", E,
         r"\bgoodbye\b|^\W*(?:bye|bye bye|ta ta)\b",
         requires=r"\b(?:sorry for everything|deserve better|better off without me|love you all|look after (?:the kids|them|mum|my kids)|this is it|forgive me|i mean it this time|tell (?:them|her|him) (?:that )?i love)\b"
                  r"|\bi love (?:my|you|them|her|him)\b.*\btell (?:them|her|him|everyone)\b"
                  r"|\bsorry (?:mum|mam|mummy|dad|da|daddy|everyone|all|guys|nan|gran)\b(?:\W+x+)?\W*$",
         present_tense=True, negatable=False, concern_category="suicidal_thoughts"),
    rule("self_harm.cutting_now", "self_harm", E,
         r"(?<!not )(?<!stopped )(?<!isnt )(?<!not been )\bcutting (?:right now|now)\b|\b(?:cutting|bleeding)(?: \w+){0,2} (?:and )?cant stop\b",
         present_tense=True, negatable=False, concern_category="self_harm"),
    rule("unresponsive.breathing_wrong", "unresponsive", E,
         r"\b(?:wont|will not) breathe\b|\bbreathing (?:funny|weird|strange|really slow|so slow|slowly|shallow|all wrong)\b",
         ongoing=True, negatable=False, concern_category="neglect"),
    rule("overdose.feel_myself_going", "overdose", E,
         r"\b(?:can feel myself|feel myself|i think im|feels like im) (?:going|slipping|going under|passing out|fading|drifting)\b",
         requires=r"\b(?:used|using|relapsed|took|taken|injected|too much|gear|stronger|pills|tablets|drank|bottle)\b", present_tense=True, negatable=False, concern_category="drug_use_around_children"),
    # --- from train_written_aa (emergencies told indirectly), measured first
    rule("medical.baby_gone_still", "medical", E,
         r"\b(?:baby|babys|bump)(?:s| has| is)? (?:gone|went|been) (?:still|quiet|really still)\b|\b(?:when|since) (?:he|she|the baby|baby) last (?:kicked|moved)\b|\bnot (?:felt|feeling|felt) (?:him|her|the baby|baby) (?:kick|move)\b",
         requires=r"\b(?:weeks|pregnant|bump|kick\w*|due|midwife|tummy|belly)\b", present_tense=True, negatable=False, concern_category="pregnancy_hidden_use"),
    rule("child_alone.nobody_home_since", "child_alone", E,
         r"\b(?:nobody|no one|noone|nobodys|no ones)(?: has| s)? been (?:home|back|in) (?:since|for)\b",
         requires=rf"\b{CHILD}\b|\b(?:baby|little|sister|brother|me and|im \d+|were \d+)\b", present_tense=True, negatable=False, concern_category="child_alone"),
    rule("violence.sorting_me_out_at_a_time", "violence", E,
         r"\b(?:sort|sorting|sorted|sorts) (?:me|her|him|us|you) out (?:properly|good|for good|once and for all)\b",
         requires=r"\b(?:tonight|when (?:mum|dad|she|he|they)(?: \w+){0,2} (?:goes|leaves|gets|is)|at \d+|its half|in an hour|later|after school)\b", present_tense=True, negatable=False, concern_category="abuse"),
    rule("suicide.after_tonight", "suicide", E,
         r"\b(?:nobody|no one|noone) (?:will|ll) (?:have|need) to (?:deal with|worry about|put up with|look after) me\b|\bwont (?:be a|be any) (?:problem|burden|bother) (?:after|anymore|any more|for much longer)\b",
         present_tense=True, negatable=False, concern_category="suicidal_thoughts"),
    rule("suicide.walk_to_a_height", "suicide", E,
         r"\b(?:going|walk|walking|heading|on my way)(?: for a walk)? (?:up )?to the (?:cliffs?|bridge|quarry|edge|multi storey|top of the (?:car park|multi storey))\b",
         requires=r"\b(?:deleted|goodbye|last|cant do this|sorry|nobody|no one|letters?|note|passwords|gave away|given away)\b", present_tense=True, negatable=False, concern_category="suicidal_thoughts"),
    rule("violence.threat_to_the_baby", "violence", E,
         r"\b(?:threaten\w*|going|gonna|says (?:hell|shell|he will|she will)|said (?:hed|shed)) (?:to )?(?:throw|drop|shake|hurt|smother|suffocate|kill|batter) (?:the|my|our|her|his) (?:baby|newborn|little one)\b",
         ongoing=True, negatable=False, concern_category="domestic_abuse"),
    # --- from train_written_ad (an inbox week), measured first -------------------------------------------------
    rule("self_harm.cannot_stop", "self_harm", E,
         r"\b(?:cutting|burning|scratching) (?:now|noo|rn|right now)\W+(?:and )?(?:i )?(?:cant|cannot) stop\b|\b(?:cant|cannot) stop the bleeding\b",
         ongoing=True, present_tense=True, concern_category="self_harm"),
    rule("suicide.someone_to_know_why", "suicide", E,
         r"\bwanted (?:one person|someone|somebody|you) to know why\b(?! (?:i|im|she|he|we|they|it|this|my|mum|dad)\b)",
         negatable=False, concern_category="suicidal_thoughts"),
    rule("suicide.preparations", "suicide", E,
         r"\b(?:ive|i have|i) (?:got|sorted|collected|saved up) everything (?:ready|i need)\b",
         requires=r"^(?!.*\b(?:party|surprise|birthday|trip|holiday|wedding|christmas|present|gift|moving|exam|interview|sleepover|camping|festival|date|school)\b)"
                  r".*\b(?:planning|planned|plan|ready|friday|tonight|tomorrow|when (?:mums|dads|everyone)|goodbye|note|why)\b",
         negatable=False, concern_category="suicidal_thoughts"),
    rule("medical.baby_not_waking", "unresponsive", E,
         r"\b(?:no|not|hasnt|havent|hasnae|never) (?:woke|woken|waked|wakened)(?: up)? (?:from|fae|for|since|in)\b",
         requires=r"\b(?:baby|newborn|feed|feeds|nap|\d+ (?:month|week) old)\b", present_tense=True, negatable=False, concern_category="neglect"),
    # --- from train_written_ai to ap (the report, people, inbox and hard-case briefs), measured first -------------
    rule("self_harm.bleeding_will_not_stop", "self_harm", E,
         r"\b(?:cut|cutting|slit|sliced)\b(?: \w+){0,4}\W+(?:and )?(?:its|it is|it|the bleeding|bleeding|blood)(?: is| s)? (?:not stopping|wont stop|will not stop|isnt stopping|not stopped)\b(?! (?:\w+ing|me|thinking)\b)"
         r"|\b(?:cut (?:a (?:bit|lot|wee bit) |too |way |much )?deep(?:er)?|(?:went|gone|cut) (?:a (?:bit|lot|wee bit) |too |way |much )?deeper (?:than (?:usual|normal|before|i meant|i wanted|last time|ever)|this time))\b"
         r"(?=.*\b(?:blood|bleeding|wont stop|not stopping|cant stop|soaked|soaking)\b)",
         ongoing=True, present_tense=True, negatable=False, concern_category="self_harm"),
    rule("violence.breaking_in_now", "violence", E,
         r"\b(?:smashing|kicking|booting|breaking|bashing|banging) (?:it|(?:the|my|our|her|his|nans?|mums?) (?:door|doors|window|windows|back door|front door|glass))(?: in| down| through)\b(?! (?:my|the|his|her|this|that|at|with|exams?|school|work|class|training|maths|english|science|life|every|all|today)\b)",
         ongoing=True, present_tense=True, negatable=False, concern_category="domestic_abuse"),
    # A threat for when the one who protects them is out ("hell kill me when mum goes to bingo tonight").
    rule("violence.threat_when_alone", "violence", E,
         r"\b(?:hell|shell|theyll|he will|she will|hes going to|shes going to|going to|gonna|says hell|said hed) (?:\w+ )?(?:kill|murder|stab|batter|hurt|leather|belt|do|get) (?:me|us|her|him|my \w+)\b"
         r"(?=.*\bwhen (?:mum|mam|ma|mom|nan|gran|dad|da|she|he|they|my \w+)(?: \w+)? (?:goes|leaves|is out|goes out|is at work|is away|is asleep|falls asleep)\b)",
         present_tense=True, negatable=False, concern_category="abuse"),
    rule("overdose.counted_out", "overdose", E,
         r"\b(?:took|taken|swallowed|necked|had|done|ate)(?: all)? (?:them|it|the lot|em)\W+(?:like |about |maybe |around |over |nearly )?(?:[2-9]\d|1[5-9]|\d{3})\b(?! (?:years?|mins?|minutes|hours|days|weeks|quid|pounds|p)\b)",
         present_tense=True, negatable=False, concern_category="self_harm"),
    rule("medical.fits_now", "unresponsive", E,
         r"\b(?:hes|shes|is|s|theyre|are|baby is|babys) having (?:what (?:looks|look|seems?) like |what might be |like )?(?:a |some )?(?:fits?|seizures?|convulsions)\b",
         ongoing=True, present_tense=True, negatable=False, concern_category="drug_use_around_children"),
    rule("medical.pregnant_and_bleeding_now", "medical", E,
         r"\b(?:is|s|shes|im|she is|i am|currently|now|in (?:clinic|the clinic|a&e|triage)|here)\b(?: \w+){0,3} bleeding (?:heavily|loads|a lot|badly|really bad|quite a lot)\b",
         requires=r"\b(?:pregnant|weeks gone|\d+ ?(?:weeks|wks?)|midwife|antenatal|bump|labour)\b", ongoing=True, present_tense=True, negatable=False, concern_category="pregnancy_hidden_use"),
    rule("overdose.done_it", "overdose", E,
         r"\b(?:its|it is|its all|ive) done(?: it)?(?: now)?\W+(?:i |ive |i have |i just )?(?:took|taken|swallowed|necked) (?:them|it|the lot|all|everything)\b"
         r"|\b(?:took|taken|swallowed|necked) (?:them|the lot|them all|it all)\W+(?:its|it is|its all) done\b",
         present_tense=True, negatable=False, concern_category="self_harm"),
    rule("child_alone.missing_at_night", "child_alone", E,
         r"\b(?:disappeared|gone missing|is missing|s missing|missing since|not where (?:she|he) (?:was meant|said|should)|(?:not|isnt) at (?:her|his) (?:pals|friends|mates|nans))\b",
         requires=r"\b(?:(?:gone|past|after) \d+(?: ?(?:at night|pm|oclock))?|at night|its late|so late|midnight|tonight|hasnt come home|not answering|phone(?:s| is)? off)\b",
         present_tense=True, negatable=False, concern_category="child_alone"),
    rule("overdose.counted_out_tablets", "overdose", E,
         r"\b(?:ive|i have|i|just|i just) (?:had|taken|took|swallowed|necked|done)(?: like| about| maybe| around| over| nearly)? (?:[2-9]\d|1[2-9])\b(?! (?:years?|mins?|minutes|hours|days|weeks|quid|pounds|p|cans|pints|drinks)\b)",
         requires=r"\b(?:paracetamol|pills|tablets|painkillers|ibuprofen|co codamol|cocodamol|sleeping pills|meds|too many)\b", present_tense=True, negatable=False, concern_category="self_harm"),
    # --- from dev16 (heldout36, hard cases, read after its measurements) ----------------------------------
    rule("unresponsive.thud_on_the_call", "unresponsive", E,
         r"\b(?:heard|there was|theres|then) (?:a |this |an almighty |a loud |a big |a massive )?(?:loud |big )?(?:thud|bang|crash|thump)\b",
         requires=r"\b(?:scream\w*|crying|went (?:quiet|silent)|not answering|no answer|(?:still|line(?:s| is)?) (?:connected|on the (?:line|phone))|call(?:s| is)? still)\b",
         ongoing=True, negatable=False, concern_category="drug_use_around_children"),
    # --- from train_written_au to ay ----------------------------------------------------------------------
    rule("unresponsive.face_down", "unresponsive", E,
         r"\bface down\b",
         requires=r"\b(?:not (?:getting up|moving|waking|answering|responding)|wont (?:get up|wake|move)|cant wake|isnt moving|not breathing)\b",
         negatable=False, present_tense=True, concern_category="drug_use_around_children"),
    rule("child_alone.carer_cannot_stay_awake", "child_alone", E,
         r"\b(?:struggling|can barely|cant|cannot|trying) to stay awake\b",
         requires=r"^(?=.*\b(?:done|taken|took|had|used|using|relapsed|drunk|drinking)\b)(?=.*\b(?:lad|son|daughter|baby|kids|he is|hes only|shes only|\d+ year old|toddler)\b)",
         present_tense=True, negatable=False, concern_category="drug_use_around_children"),
    rule("violence.threat_tonight", "violence", E,
         r"\b(?:says|said|saying|threatened|threatening|gonna|going to|will|ll|hell|shell)\b(?: \w+){0,2} (?:break (?:my|your|his|her) (?:legs|arms|neck|jaw|face)|batter me|do me in|smash my face in|knock me out|stab me|knife me|hurt me|finish (?:us|me|her|him|them|you)(?: all| off)?)\b",
         requires=r"\b(?:tonight|when i get (?:home|back|in)|later|right now)\b", negatable=False, concern_category="domestic_abuse"),
    rule("suicide.planned_for_tonight", "suicide", E,
         r"\bplanned it for\b(?=.*\b(?:tonight|today|now|cant wait)\b)|\bplanning (?:on|to) do(?:ing)? it (?:after school|tonight|today|later|when)\b(?=.*\b(?:take a lot|pills|tablets|quick|painless|hurt|end it|die)\b)|(?<=take a lot )\W*planning (?:on|to) do(?:ing)? it\b|\b(?:its|it is) (?:going to|gonna) be tonight\b(?=.*\b(?:planned|plan|cant wait|cant do this|goodbye)\b)",
         negatable=False, present_tense=True, concern_category="suicidal_thoughts"),
    rule("suicide.tablets_in_hand", "suicide", E,
         r"\b(?:got|have|holding|ive got|with) (?:the |my |all the |all my )?(?:pills|tablets|meds|paracetamol|blade|razor) in (?:my|me) hands?\b",
         negatable=False, present_tense=True, concern_category="suicidal_thoughts"),
    rule("unresponsive.no_response_to_a_slap", "unresponsive", E,
         r"\b(?:slapped|slap|shook|shaking|shaken|pinched|pinching|shouting at) (?:her|his|him|them)(?: \w+){0,2} and (?:nothing|no response|she doesnt|he doesnt|she wont|he wont|still nothing)\b",
         negatable=False, present_tense=True, concern_category="drug_use_around_children"),
    rule("violence.kids_better_dead", "violence", E,
         r"\b(?:rather|sooner) (?:the kids|the children|them|they|my kids|our kids|the baby|the boys|the girls) (?:were|was|be) dead\b",
         requires=r"\b(?:just|now|picked them up|(?:has|got) (?:got )?them|with her|with him|taken them|took them|tonight)\b", negatable=False, concern_category="domestic_abuse"),
    rule("overdose.counted_tablets_taken", "overdose", E,
         r"\b(?:[2-9]\d|1[5-9]|\d{3}|twenty|thirty|forty|fifty) (?:paracetamol|pills|tablets|painkillers|co codamol|cocodamol|ibuprofen|sleeping pills|antidepressants)\b",
         requires=r"\b(?:i (?:took|taken|had|swallowed|necked)|ive (?:taken|had|swallowed|necked)|took them|taken them)\b", negatable=False, present_tense=True, concern_category="self_harm"),
    # --- from train_written_bf to bh ----------------------------------------------------------------------
    rule("child_took_drugs.crawling_near_needles", "child_took_drugs", E,
         r"\b(?:crawling|toddling|playing|reaching|grabbing) (?:round |around |about )?(?:near|by|next to|with|for|at) (?:the |his |her |their |mums |dads )?(?:needles|syringes|works|pills|gear|crack pipe|foils)\b",
         requires=r"\b(?:baby|toddler|little|sister|brother|wean|bairn|\d+ (?:month|year)s? old)\b", negatable=False, present_tense=True, concern_category="drug_use_around_children"),
    rule("violence.wont_stop_hitting", "violence", E,
         r"(?<!baby )(?<!bump )(?<!babys )(?<!dog )(?<!cat )(?<!brother )(?<!sister )(?<!son )(?<!daughter )(?<!toddler )(?<!kid )(?<!kids )(?<!twins )(?<!cousin )(?<!mate )\b(?:wont|will not|cant|doesnt|isnt|not) stop(?:ping)? (?:hitting|punching|kicking|beating|hurting|strangling|choking|battering|slapping|stabbing) (?:her|him|me|us|mum|dad|my \w+|them)\b",
         negatable=False, present_tense=True, physical=True, concern_category="domestic_abuse"),
    rule("medical.child_alone_and_ill", "medical", E,
         r"\b(?:burning|burnin) up\b|\b(?:really |very )?high (?:temperature|temp|fever)\b|\bwont stop (?:being sick|vomiting|crying and)\b",
         requires=r"\b(?:masel|myself|on my own|alone|no came back|not come back|hasnt come back|havent come back|nobody here|no one here|noones here|no adults?)\b",
         negatable=False, present_tense=True, concern_category="child_alone"),
    # --- from dev17 and dev18 (heldout37 and heldout39, hard cases, read after their measurements) -----------
    rule("violence.head_held_under", "violence", E,
         r"\b(?:got|has|holding|held|pushing|pushed|shoving|shoved|forcing|forced|holds|pushes)\b (?:(?:my|her|his|their|the) )?(?:\w+s )?heads? (?:in|under|down|down in|down into|into) (?:the )?(?:sink|bath|water|toilet|loo|pillow|taps?)\b",
         ongoing=True, physical=True, concern_category="domestic_abuse",
         # remembered, or what he does when drunk: a concern
         soften=r"\b(?:nightmares|flashbacks|dreams) about\b|\bdoes this thing\b|\b(?:only )?does it when\b|\bwhen (?:he|she|they) (?:was|were|is|s|gets|get) (?:drunk|hammered|pissed|steaming|high|angry)\b"),
    rule("violence.drive_still_drunk", "violence", E,
         r"\bstill (?:half cut|drunk|pissed|steaming|wasted|mortal|over the limit|a bit drunk|tipsy|high|off my face|smashed)\b",
         requires=r"^(?=.*\b(?:in the car|drive|driving|the school run)\b)(?=.*\b(?:got to|have to|gotta|need to|going to|about to|ill be fine|its only)\b)",
         negatable=False, present_tense=True, concern_category="drug_use_around_children"),
    rule("suicide.how_long_for_tablets", "suicide", E,
         r"\bhow (?:long|many hours)\b(?:\W+\w+){0,6}?\W+(?:[2-9]\d|1[5-9]|\d{3}) (?:\w+ )?(?:paracetamol|amitriptyline|tablets|pills|co codamol|cocodamol|sertraline|citalopram|fluoxetine|diazepam|sleeping (?:pills|tablets)|painkillers|ibuprofen|aspirin|tramadol|codeine|zopiclone|mirtazapine|propranolol|quetiapine)\b(?:\W+\w+){0,3}?\W+(?:to work|to kick in|to take effect|to act|to die|to kill)\b",
         negatable=False, present_tense=True, concern_category="suicidal_thoughts"),
    rule("suicide.how_many_it_takes", "suicide", E,
         r"\bhow many (?:of (?:these|them|those|my \w+|mums \w+|the \w+) )?(?:it takes|does it take|would it take|do i need|i need|to take)\b",
         requires=r"\b(?:want to (?:die|sleep and not wake|not wake|end it|go to sleep and not)|got them|in front of me|in my hand|not wake up|end it|kill myself)\b",
         negatable=False, present_tense=True, concern_category="suicidal_thoughts"),
    rule("child_took_drugs.found_eating", "child_took_drugs", E,
         rf"\b(?:found|caught|saw|seen|walked in on)\b(?:\W+\w+){{0,3}}?\W+(?:eating|chewing|swallowing|sucking on|sucking|drinking|licking)\b(?:\W+\w+){{0,3}}?\W+{words(MEDICINE, STREET_DRUG)}\b",
         requires=rf"\b(?:{CHILD}|wean|bairn|\d+ months?|\d+ month old)\b",
         ongoing=True, present_tense=True, concern_category="drug_use_around_children"),
    # --- from train_written_bi to bn ----------------------------------------------------------------------
    rule("suicide.taking_them_later", "suicide", E,
         r"\b(?:im|i am|gonna|going to|ill|i will) (?:be )?tak(?:e|ing) (?:them|it|the lot|all of them|them all)\b(?: all)? (?:when i get (?:in|home|back)|tonight|later|after school|when (?:she|he|they|everyone) (?:goes|go|is|are|s))\b",
         requires=r"\b(?:all (?:my|her|his|the|mums|nans|dads|grans) (?:\w+ )?(?:tablets|pills|meds|paracetamol|painkillers)|all of (?:them|my|her|the)|them all|the lot|(?:a|the) (?:whole )?(?:box|packet|bottle|strip) of|every (?:tablet|pill))\b", negatable=False, present_tense=True, concern_category="suicidal_thoughts"),
    rule("violence.threatener_on_the_way", "violence", E,
         r"\b(?:picking me up|coming (?:to get|for) me|on (?:his|her|their) way (?:here|home|back|round)?)\b",
         requires=r"^(?=.*\b(?:kill|hurt|batter|do me in|murder)\b)(?=.*\b(?:found out|knows i told|told (?:my|the|a) (?:\w+ )?(?:teacher|police|social worker|nurse|counsellor|youth worker)|told someone)\b)",
         negatable=False, present_tense=True, concern_category="abuse"),
    rule("suicide.belt_tied", "suicide", E, r"\b(?:just )?tied (?:the|a|my) (?:belt|rope|noose|cord|scarf|ligature)\b",
         requires=r"\b(?:tell (?:someone|somebody|you|anyone)|goodbye|bye|sorry|already|(?:round|around) my neck|to the (?:door|banister|bannister|hook|beam|loft hatch))\b", negatable=False, present_tense=True,
         concern_category="suicidal_thoughts"),
    rule("violence.threat_to_anyone", "violence", E,
         r"\b(?:hell|shell|he will|she will|theyll|going to|gonna) (?:glass|stab|kill|batter|knife|hurt|leather|bottle) (?:anyone|anybody|whoever|the first (?:one|person))\b",
         ongoing=True, present_tense=True, concern_category="domestic_abuse"),
    # --- from train_written_bo to br ----------------------------------------------------------------------
    # gone out for a moment, and said what he will do when he is back: "said when hes back hes starting on my lad"
    rule("violence.when_hes_back", "violence", E,
         r"\bwhen (?:hes|shes|he is|she is|theyre|they are|he gets|she gets|they get) (?:back|home|in)\b,? (?:hes|shes|hell|shell|he will|she will|theyll|theyre) (?:going to |gonna )?(?:starting on|start on|going for|go for|having a go at|batter\w*|kill\w*|hurt\w*|sort\w* (?:me|us|her|him) out|finish\w*)\b",
         ongoing=True, present_tense=True, concern_category="domestic_abuse"),
    # --- from the emergencies the classifier missed out of fold (stop 17) ------------------------------------
    rule("violence.thrown_at_a_head", "violence", E,
         r"\b(?:just|has|hes|shes|has just|he has|she has|theyve) (?:thrown|threw|chucked|lobbed|hurled|smashed|launched) (?:a |the |his |her |my |an )?\w+ (?:at|into|off|over) (?:my|her|his|mums|mams|dads|the babys|our) (?:\w+ )?(?:head|face)\b",
         physical=True, ongoing=True, present_tense=True, concern_category="abuse"),
    rule("violence.threat_to_finish_off", "violence", E,
         r"\b(?:going to|gonna|will|hell|shell|theyll|hes going to|shes going to|says hes|said hes|says shes|said shes) (?:\w+ )?finish (?:me|her|him|us|my \w+|them) off\b",
         physical=True, ongoing=True, present_tense=True, concern_category="domestic_abuse"),
    # last words: thanks or sorry said with a place, a time or a plan ("standing on the edge of the quarry. just
    # wanted to say thanks", "tell my mum sorry. by the time shes back from work itll be done x")
    rule("suicide.thanks_before_i_go", "suicide", E,
         r"\b(?:thank(?:s| you)|say (?:thanks|thank you|goodbye|bye|sorry))\b(?: \w+){0,6} before (?:i go|im gone|i do it)\b(?! (?:to|on|in|out|back|home|into|and|for|away|off|through|up|down|round|over|camping|shopping)\b)(?! \w+ing\b)"
         r"|\bthank(?:s| you) for (?:listening|everything|being kind|being there|trying|all your help|your help)(?: to me)?,? before\W*$",
         present_tense=True, negatable=False, concern_category="suicidal_thoughts"),
    rule("suicide.at_the_edge", "suicide", E,
         r"\b(?:im|i am|standing|stood|sitting|sat|climbed)\b(?: \w+)? (?:on|at|by|over) (?:the )?(?:edge of (?:the |a )?)?(?:quarry|pier|viaduct|dam|\w+ bridge|harbour wall|sea wall|cliff top|clifftop)\b",
         requires=r"\b(?:(?:just )?want(?:ed)? to (?:say )?(?:thanks|thank you)|goodbye|sorry|thought about it|had enough|cant do this|before i go|last time|love you|tell (?:my|her|him|them|everyone))\b",
         present_tense=True, negatable=False, concern_category="suicidal_thoughts"),
    rule("suicide.sorry_and_done", "suicide", E,
         r"\btell (?:my \w+|mum|mam|dad|her|him|them|everyone|the kids)(?: that)?(?: im| i am)? sorry\b",
         requires=r"\b(?:itll be (?:done|over)|it will be (?:done|over)|this is the last time|last time ill|before i go|wont be here|will not be here|not be here (?:anymore|tomorrow)|goodbye|for ever|forever)\b",
         present_tense=True, negatable=False, concern_category="suicidal_thoughts"),
    rule("suicide.all_ready", "suicide", E,
         r"\b(?:its|it is|everything is|everythings|ive got it|got it) (?:all )?(?:ready|sorted|set up|planned)\b(?: \w+){0,2} for (?:when|tonight|later|after)\b",
         requires=r"\b(?:had enough|cant do this|cant go on|thank(?:s| you) for|goodbye|sorry|last time|better off)\b",
         present_tense=True, negatable=False, concern_category="suicidal_thoughts"),
    # a threat with a demand: "come to the garages tonight or we'll stab your nan"
    rule("violence.or_else_threat", "violence", E,
         r"\bor (?:well|theyll|hell|shell|we will|they will|he will|she will|were going to|theyre going to|theyre gonna|were gonna) (?:stab|kill|hurt|batter|shank|burn|shoot|cut|do in|come for|come after) (?:you|your \w+|him|her|me|them|my \w+|his \w+|her \w+)\b",
         physical=True, ongoing=True, present_tense=True, concern_category="exploitation"),
    # held now, told in the present: "im in a trap house and the man says im not going home till its all sold"
    rule("exploitation.held_now", "exploitation", E,
         r"\b(?:im|i am|were|we are|hes|shes|he is|she is|theyre) (?:in|at|stuck in|locked in) (?:a|the|this|some) (?:trap(?: house)?|cuckooed flat|bando)\b"
         r"|\b(?:im|i am|hes|shes|were) not (?:allowed to leave|allowed home|going home|leaving) (?:til|till|until)\b",
         requires=r"\b(?:trap|sold|sell|selling|shotting|line|county|older|man|men|debt|owe|knife|weapon|package|drugs|gear)\b",
         ongoing=True, present_tense=True, concern_category="exploitation"),
    # a beating threatened for tonight by a parent drinking now: "scared my dad is going to hit me tonight? hes drinking"
    rule("violence.threatened_for_tonight", "violence", E,
         r"\b(?:scared|frightened|terrified|afraid|worried|petrified)(?: that)? (?:my \w+|mum|dad|mam|da|he|she|hes|shes|they|theyre)(?: is| s)? (?:going to|gonna|will|ll|is going to) (?:hit|batter|hurt|beat|leather|belt|smack|go for|start on) (?:me|us|her|him|mum|mam|my \w+) (?:tonight|later|when (?:he|she|they) gets? (?:back|home|in))\b",
         requires=rf"\b{INTOXICATED}\b|\b(?:drinking|been drinking|on the drink|wait til later|wait till later|wait until later|said (?:hell|shell)|threaten\w*)\b",
         physical=True, present_tense=True, concern_category="abuse"),
    # --- from train_written_bs-bv (stop 18), measured first: emergencies told in few words or mid-conversation --
    # tied a ligature point: "yes im still here. ive tied it to the bannister"
    rule("suicide.tied_to_a_ligature_point", "suicide", E,
         r"\b(?:ive|i have|i|just|hes|shes|he has|she has) (?:just )?tied (?:it|the \w+|a \w+|my \w+|something)(?: \w+)? (?:to|round|around|onto|on) (?:the |a )?(?:bannisters?|banisters?|stair ?rail|handrail|loft hatch|beam|rafters?|curtain pole|pole|hook|door handle|tree|railings?)\b",
         present_tense=True, negatable=False, concern_category="suicidal_thoughts"),
    # a jump set for a time: "no i havent told anyone. im gonna jump when it gets dark"
    rule("suicide.jump_at_a_time", "suicide", E,
         r"\b(?:im|i am|i will|ill|i)? ?(?:gonna|going to|about to|will|wanna|want to) jump(?: off(?: it)?)?(?= (?:when|tonight|today|later|once|after|before|now|rn|right now|in (?:an|a|the) (?:hour|minute|bit))\b|\W*$)",
         requires=r"^(?!.*\b(?:lol|haha|trampoline|pool|queue|hoops|puddles?|rope|waves|plane|parachute|bungee|gun|ship|train (?:times|tickets)|ahead|in the (?:pool|sea|lake|water) for|swim\w*|jumps? (?:on|in) (?:the )?(?:pool|trampoline|sea))\b)",
         physical=True, present_tense=True, negatable=False, concern_category="suicidal_thoughts"),
    # a blade within reach, in the first person: "knife's on the bed next to me"
    rule("self_harm.blade_beside_me", "self_harm", E,
         r"\b(?:knife|knifes|blade|blades|razor|razors)(?: is| are| s)? (?:on the \w+ |in my hand |right )?(?:next to|beside|by|in front of) me\b",
         requires=r"^(?!.*\b(?:fork|plate|dinner|tea|chopping|cooking|cook|kitchen drawer|shave|shaving|legs? shaved)\b)",
         present_tense=True, negatable=False, concern_category="self_harm"),
    # bleeding that will not stop, said of the blood: "i cant stop the blood"
    rule("self_harm.cannot_stop_the_blood", "self_harm", E,
         r"\b(?:i )?(?:cant|cannot|can not|couldnt|wont|its not|it wont|it is not) (?:get (?:it|the blood) to )?(?:stop|stopping) (?:the )?(?:blood|bleeding)\b|\bthe blood (?:wont|will not|isnt|is not|keeps not) stop\w*\b|\b(?:cant|cannot|can not|couldnt) get (?:the )?(?:blood|bleeding) to stop\b",
         ongoing=True, present_tense=True, negatable=False, concern_category="self_harm"),
    # a bone broken in an attack now: "hes had a proper go at me again and i think my arm is broken"
    rule("violence.broken_bone", "violence", E,
         rf"\b(?:my|his|her|mums?|mams?|dads?|the babys?|babys) {_BONE}(?: is| are| s)? (?:broke|broken|snapped|dislocated|hanging wrong|all hanging|bent wrong|the wrong way)\b"
         r"|\b(?:think|think its|think hes|think shes|reckon|pretty sure|im sure) (?:my|his|her|the babys) (?:arm|wrist|leg|nose|jaw|ribs?|fingers?|hand|ankle|collarbone|elbow) (?:is |s |are |might be |could be )?(?:broke|broken|snapped|dislocated)\b",
         requires=r"\b(?:hit|hits|punched|kicked|threw|thrown|pushed|shoved|go at|battered|attacked|twisted|stamped|beat|beaten|hurt|grabbed|yanked|dragged|slammed|smashed|he did|she did|did it|fell down the stairs)\b",
         ongoing=True, present_tense=True, concern_category="abuse"),
    # held in a house now: "theyve got me at a house in aberdeen, dunno how i got here, if i leave theyll kill me"
    rule("exploitation.got_me_at_a_house", "exploitation", E,
         r"\b(?:theyve|they have|they|hes|he has|shes|she has|these (?:lads|men|guys|people)|the (?:olders|older lads|men)) (?:got|have got|has got|are keeping|keep|kept) me (?:at|in) (?:a|this|some|their|his|her|the) (?:house|flat|place|trap(?: house)?|room|bando)\b(?! (?:party|parties|warming|do)\b)",
         requires=rf"\b{EXPLOITATION_CONTEXT}\b|\b(?:kill|hurt|leave|phone|scared|dunno how i got|dont know how i got|dont know where i am|another (?:town|city)|miles from home|im from)\b",
         ongoing=True, present_tense=True, negatable=False, concern_category="exploitation"),
    # done it already, told so that someone knows: "its fine, ive already done it. just letting u know so someone does"
    rule("suicide.done_it_so_someone_knows", "suicide", E,
         r"\b(?:ive|i have|i) (?:already |just )?(?:done|did) it\b",
         requires=r"\bso (?:someone|somebody|some1|some one|you|u) (?:does|knows|know)\b|\b(?:its|it is) too late (?:now|anyway)\b|\bgoodbye\b",
         present_tense=True, negatable=False, concern_category="suicidal_thoughts"),
    # --- from train_written_bw-bz (stop 18), measured first -------------------------------------------------
    rule("suicide.at_the_edge_ready", "suicide", E,
         r"^\W*(?:on|at|by) (?:the|a) (?:cliff|bridge|roof|ledge|quarry|harbour) ?(?:edge|top)\b|\bcliff ?(?:edge|top)\b(?=.*\b(?:ready|to go|jump|bye|goodbye|end it|let go|sorry)\b)"
         r"|\bbeen (?:on|at|sat on|stood on|sitting on|standing on|up on) (?:the|a|this) (?:bridge|roof|ledge|cliff|cliff edge|railway line|tracks)\b(?= (?:since|for|all)\b)",
         present_tense=True, negatable=False, concern_category="suicidal_thoughts"),
    rule("suicide.going_to_the_line", "suicide", E,
         r"\b(?:going|heading|walking|off) (?:to|down to|up to|over to) (?:the )?(?:railway(?: line)?|train tracks|tracks|bridge|cliffs?|viaduct|river|canal)\b(?= now\b| tonight\b|\W*$)",
         requires=r"\b(?:love (?:my|you|them|her|him)|sorry|goodbye|bye|just in case|tell (?:my|them|her|him|everyone))\b",
         present_tense=True, negatable=False, concern_category="suicidal_thoughts"),
    rule("exploitation.locked_in_a_trap", "exploitation", E,
         r"^\W*(?:locked|stuck|held|kept|trapped) in (?:a|the|this|some) (?:trap(?: house)?|bando|flat|house)\b",
         requires=r"\b(?:trap|bando|sold|sell|selling|shotting|line|county|older|debt|owe|knife|package|drugs|gear|phone)\b",
         present_tense=True, negatable=False, concern_category="exploitation"),
    rule("exploitation.holding_someone", "exploitation", E,
         r"\b(?:holding|keeping) (?:me|him|her|them|my (?:\w+ )?(?:brother|sister|son|daughter|boy|girl|cousin|mate)) (?:in|at) (?:a|the|this|their|some|his|her) (?:flat|house|room|car|van|garage|trap(?: house)?)\b",
         requires=rf"\b{EXPLOITATION_CONTEXT}\b|\b(?:pays?|till|until|ransom|hurt|bust|beat|battered|kill|threat\w*)\b",
         ongoing=True, present_tense=True, negatable=False, concern_category="exploitation"),
    # made to carry drugs inside them on the way: "im on a train... the lad said i have to plug it when we get there"
    rule("exploitation.made_to_plug", "exploitation", E,
         r"\b(?:have to|got to|gotta|making me|make me|made me|told me to|telling me to|want me to|wants me to) (?:plug|bottle|keister|hide it up|swallow (?:it|them|the \w+))\b",
         requires=r"\b(?:train|coach|bus|car|when we get|tonight|now|on the way|going to|somewhere)\b",
         present_tense=True, negatable=False, concern_category="exploitation"),
    # a beating promised for when the protecting adult goes out: "says hes going to teach me a lesson when dad goes out"
    rule("violence.lesson_when_alone", "violence", E,
         r"\b(?:going to|gonna|will|ll|is going to) (?:teach (?:me|her|him|us) a lesson|sort (?:me|her|him|us) out\b(?! with| for)|deal with (?:me|her|him|us))\b",
         requires=r"\bwhen (?:\w+ )?(?:mum|mam|dad|da|nan|gran|\w+s mum|\w+s dad|everyone|she|he|they) (?:goes|go|has gone|leaves|gone) (?:out|to (?:work|bed|the shop|the pub))\b|\b(?:in a bit|getting (?:his|her) coat on)\b",
         present_tense=True, concern_category="abuse"),
    rule("violence.broken_bone_by_someone", "violence", E,
         rf"\b(?:ive|i have|i|hes|he has|shes|she has|has|think ive|think i have|think hes|think shes) (?:broken|broke|snapped|dislocated|fractured) (?:my|his|her|the babys|babys) {_BONE}\b",
         requires=r"\b(?:chucked|threw|thrown|flung|pushed|shoved|punched|kicked|stamped|battered|attacked|twisted|beat|beaten|grabbed|yanked|dragged|slammed|smashed)\b(?:\W+\w+){0,2}?\W+(?:me|him|her|us|my \w+)\b",
         ongoing=True, present_tense=True, concern_category="abuse"),
    rule("medical.baby_not_moving_after_using", "medical", E,
         r"\b(?:not|no|nae|never|havent|hasnt|havnae|havenae|ave no|av no|i have not|i havent) (?:felt|feeling|felt the|feel) (?:the |my |ma )?(?:baby|babby|bump|wean|bairn|child|little one) (?:move|moving|kick|kicking)\b",
         ongoing=True, present_tense=True, negatable=False, concern_category="pregnancy_hidden_use"),
    rule("unresponsive.coma_sleep", "unresponsive", E,
         r"(?<!slept )(?<!sleep )(?<!sleeping )\b(?:in|into|like) (?:a |some kind of |kind of a |a kind of )?coma\b",
         requires=rf"\b{INTOXICATED}\b|\b(?:drink|drinking|drunk|pills|gear|took|taken|diabetic|insulin|wont wake|cant wake|not waking|breathing)\b",
         ongoing=True, present_tense=True, negatable=False, concern_category="drug_use_around_children"),
    rule("unresponsive.so_much_blood", "unresponsive", E,
         r"\b(?:so much|loads of|that much|too much|a load of) blood\b",
         requires=r"^(?!.*\b(?:macbeth|shakespeare|film|movie|game|show|episode|series|book|play|horror|zombie|tv|telly|netflix|period|donat\w*|tests?)\b)",
         ongoing=True, physical=True, negatable=False, concern_category="abuse"),
    # --- from the training sets' remaining misses out of fold, and train_written_ca/cf (stop 19), measured first --
    # falling asleep, or lips gone numb, after taking something: "i keep falling asleep and my lips are tingly,
    # had 2 bars my mate gave me"; "he keeps going to sleep and hes gone all sweaty after his methadone"
    rule("overdose.drowsy_after_taking", "overdose", E,
         r"\b(?:keep|keeps|keeping|cant stop|is|hes|shes|im) (?:falling asleep|going to sleep|nodding off|nodding out|dropping off|passing out|conking out)\b"
         r"|\b(?:cant|cannot|can not) (?:stay|keep (?:him|her|myself|me)) awake\b|\b(?:my |his |her )?(?:lips|fingers|tongue) (?:are |is |have gone |gone |going |feel |feels )?(?:tingly|tingling|numb|blue|purple)\b",
         # what was taken, and a sign of it now (a pupil who keeps nodding off in class is a concern)
         requires=rf"^(?=.*\b(?:had|took|taken|necked|dropped|done|did|after (?:his|her|my|their|taking|having|using|some|the)|on top of|mixed)\b(?:\W+\w+){{0,4}}?\W+(?:{MEDICINE}|{STREET_DRUG}|bars|xans?|the other stuff|something|summat)\b)"
                  r"(?=.*\b(?:sweaty|sweating|lips|tingly|tingling|numb|blue|grey|breathing|slaps?|slapping|cant wake|wont wake|rn|right now|now|just)\b)",
         present_tense=True, negatable=False, concern_category="drug_use_around_children"),
    # no pulse: "how do you find a pulse i cant find one on my dad"
    rule("unresponsive.no_pulse", "unresponsive", E,
         r"\b(?:cant|cannot|can not|couldnt) (?:find|feel|get) (?:a |his |her |their |any |the |(?:my )?(?:mums|mams|dads|das|nans|babys|brothers|sisters|partners) )?(?:pulse|heartbeat)\b|\bcant find one on (?:my \w+|him|her|them|mum|dad|mam|da)\b|\b(?:no|hasnt got a|hasnt a) pulse\b",
         # a watch, an app or a first-aid lesson: "cant find a pulse on my smartwatch app"
         requires=r"^(?!.*\b(?:watch|smartwatch|fitbit|app|apps|phone|wrist|neck|my own|myself|course|lesson|class|training|dummy|exercise|running|gym)\b)",
         ongoing=True, present_tense=True, negatable=False, concern_category="drug_use_around_children"),
    # "i dont think mums alive"
    rule("unresponsive.not_alive", "unresponsive", E,
         r"\b(?:dont|do not|dinnae|dinna|don't) think (?:my |ma |me )?(?:mums?|mams?|dads?|da|nan|nana|gran|grandad|he|she|hes|shes|they|theyre|my \w+|the baby|babys?)(?: is| s| are)? (?:alive|breathing|still alive)\b",
         ongoing=True, present_tense=True, negatable=False, concern_category="drug_use_around_children"),
    # the mirror test: "held the mirror to my mams mouth like on telly and there's nothing on it"
    rule("unresponsive.mirror_test", "unresponsive", E,
         r"\bmirror (?:to|in front of|under|up to|over|by) (?:\w+ ){0,2}(?:mouth|nose|face|lips)\b",
         requires=r"\b(?:nothing|no (?:mist|steam|fog|breath)|not (?:misting|steaming|fogging)|didnt (?:mist|steam|fog)|doesnt (?:mist|steam|fog))\b",
         present_tense=True, negatable=False, concern_category="drug_use_around_children"),
    # gargling after being sick asleep: "my dads been sick in his sleep on his back and hes making gargling noises"
    rule("unresponsive.gargling", "unresponsive", E,
         r"\b(?:gargling|gurgling|rattling|rattly|gurgly|gargly|choking) (?:noises?|sounds?|breath\w*)\b|\bmaking (?:a |this )?(?:gargling|gurgling|rattling) (?:noise|sound)\b",
         requires=r"\b(?:sick|vomit\w*|boke|spew\w*|asleep|sleep|on (?:his|her|their) back|wont wake|cant wake|passed out|not waking)\b",
         ongoing=True, present_tense=True, negatable=False, concern_category="drug_use_around_children"),
    # the right time to go: "feels like the right time to go. everyone will be better"
    rule("suicide.the_right_time", "suicide", E,
         r"\b(?:feels like|it feels like|its|it is|tonights|tonight is|today is|now is|this is) (?:the|a) (?:right|good|perfect) (?:time|night|day|moment)(?: to go| to do it)?(?=\W*(?:$|[.,!]))",
         requires=r"\b(?:better (?:off|without)|will be better|be better now|sorry to|said sorry|goodbye|bye|miss me|nobody (?:will|would)|quiet|do it)\b",
         present_tense=True, negatable=False, concern_category="suicidal_thoughts"),
    # is it enough to die: "is 8 vallies and a bottle of wine enough. asking for me"
    rule("suicide.is_it_enough", "suicide", E,
         rf"\bis (?:\d+|ten|twenty|thirty|a (?:box|packet|strip) of) (?:\w+ )?{MEDICINE}\b(?:\W+\w+){{0,6}}? enough\b",
         requires=r"^(?!.*\b(?:headache|period|pain|back|tooth|toothache|cold|flu|fever|hangover|dose for|a day)\b).*\b(?:asking for (?:me|myself)|for me|to die|not wake|to end|to kill|forever|bottle|litre|vodka|wine|with drink)\b",
         present_tense=True, negatable=False, concern_category="suicidal_thoughts"),
    # shut in a room now: "mums fella has got me in the box room and says im not coming out till i do what he says"
    rule("violence.held_in_a_room", "violence", E,
         r"\b(?:got|has got|have got|locked|shut|keeping|kept|holding|trapped) me in (?:the|his|her|a|my|their|this) (?:box room|room|bedroom|bathroom|van|car|shed|garage|cupboard|loft|cellar|basement)\b",
         requires=r"\b(?:(?:not|never) (?:coming|getting|going|letting me) out|wont let me (?:out|go|leave)|till i|until i|locked|cant get out)\b",
         ongoing=True, present_tense=True, negatable=False, concern_category="abuse"),
    # someone in a car boot: "they got my cuz in the boot of a car cos he lost the package"
    rule("exploitation.in_the_boot", "exploitation", E,
         r"\b(?:got|put|threw|thrown|stuck|locked|shoved|chucked|bundled|have|has|holding|tied) (?:my \w+|him|her|me|them|someone|a (?:boy|girl|lad|kid))(?: \w+){0,2} (?:in|into|in the back of) (?:the|a|their|his) (?:car )?boot\b(?! sale)",
         ongoing=True, present_tense=True, negatable=False, concern_category="exploitation"),
    # wanting to say goodbye to a stranger: "just need to say bye to someone who doesnt know me. thats all"
    rule("suicide.bye_to_someone", "suicide", E,
         r"\b(?:need|want|wanted|wanna|just wanna|had) to say (?:bye|goodbye) to (?:someone|somebody|some1|anyone|any1|a stranger)\b",
         requires=r"^(?!.*\b(?:moving|move|leaving for|holiday|trip|uni|flight|going away to|new school|new job|emigrat\w*)\b)",
         present_tense=True, negatable=False, concern_category="suicidal_thoughts"),
    # a child found with a container left open: "i just found my nephew with dads bottle and the lid was off"
    rule("child_took_drugs.found_with_it_open", "child_took_drugs", E,
         rf"\bfound (?:{CHILD}|him|her)\b(?:\W+\w+){{0,3}}?\W+(?:with|holding|playing with|sucking|drinking from|next to) (?:\w+ ){{0,2}}(?:{MEDICINE}|bottle|bottles|cup|stuff|gear|vodka|pills|tablets|packet|blister pack)\b",
         requires=r"\b(?:(?:lid|cap|top)s? (?:was |is |were )?(?:off|open)|(?:some|half|loads|bits?) (?:of (?:it|them) )?(?:is |was |are |were )?(?:gone|missing)|half (?:of it )?gone|empty|in (?:his|her) mouth|round (?:his|her) mouth|all over (?:his|her) (?:face|hands))\b",
         ongoing=True, concern_category="drug_use_around_children"),
    # a psychotic command to harm: "been up three days on rock and i'm hearing voices telling me to hurt the kids"
    rule("violence.voices_to_harm", "violence", E,
         r"\bvoices? (?:\w+ )?(?:telling|tellin|saying|say|tell|told|want|wants) (?:me )?(?:to )?(?:hurt|kill|harm|stab|drown|smother|get rid of|do something to|hit) (?:the kids|the baby|the bairns?|the weans?|my (?:\w+ )?(?:kids|baby|son|daughter|children|wean|bairn|boy|girl)|him|her|them|someone)\b",
         present_tense=True, concern_category="abuse"),
    # a threat with a deadline: "theyre saying theyll cut him unless I send 500 quid in the next hour"
    rule("exploitation.threat_with_a_deadline", "exploitation", E,
         r"\b(?:theyll|they will|hell|he will|shell|she will|gonna|going to|will) (?:cut|stab|kill|hurt|batter|shoot|shank|burn|do in|break) (?:him|her|me|my \w+|his \w+|you|them|us)\b",
         requires=r"\b(?:unless|if (?:i|we|you|she|he|they) (?:dont|do not|doesnt|cant|havent))\b.*\b(?:in the next|within|by (?:\d+|tonight|midnight|tomorrow)|tonight|today|in (?:an|one|two|\d+|half an) (?:hour|hours|mins?|minutes))\b",
         present_tense=True, negatable=False, concern_category="exploitation"),
    # children alone for days: "just found kids 6 and 8 alone in the flat, been 3 days, mum gone to manchester"
    rule("child_alone.for_days", "child_alone", E,
         r"\b(?:alone|on (?:their|his|her|my|our) own|by (?:themselves|himself|herself|myself)|nobody (?:home|with them|else))\b(?:\W+\w+){0,8}?\W+(?:(?:for|been|over) (?:\d+|two|three|four|five|a few|several|a couple of|couple of) (?:days|nights)|(?:\d+|two|three|four) days now)\b",
         requires=rf"\b(?:{CHILD}|year olds?|yr olds?|siblings|\d+ and \d+|me and my)\b",
         # found and now safe: "Welfare check yesterday: ... alone for three days ... Kids now with gran."
         soften=r"\b(?:(?:kids|children|they|both|he|she) (?:are |is )?now (?:with|at|in|safe)|placed with|in care now|had been)\b",
         ongoing=True, concern_category="child_alone"),
    # a drunk carer who dropped the baby and still has it: "mum was so drunk she dropped the baby twice ... the baby is still with her"
    rule("medical.baby_dropped_by_a_drunk_carer", "medical", E,
         r"\b(?:dropped|drops|dropping|nearly dropped|keeps dropping|let go of) (?:the|her|his|my|our|their) (?:baby|newborn|wean|bairn|little one|babby)\b",
         requires=rf"\b{INTOXICATED}\b|\b(?:using|gouching|nodding|passed out|falling asleep|cant stand)\b",
         # told as a habit or over: "he's fine he just cried. third time this month"
         # ("he just cried" would read as now, so no soften_unless_now here)
         soften=r"\b(?:(?:hes|shes|baby is|babys) (?:fine|ok|okay|alright)|(?:second|third|fourth|fifth) time|again|every time)\b",
         ongoing=True, negatable=False, concern_category="drug_use_around_children"),
    # notes written, with a time: "Teachers keep asking if I'm ok. I'm not. I've written the notes. Tomorrow morning before school"
    rule("suicide.notes_written", "suicide", E,
         r"\b(?:ive|i have|i) (?:written|wrote|done|left|finished) (?:the|my|all the|all my) (?:notes|letters)\b(?! (?:for|on|about|up)\b)",
         requires=r"^(?!.*\b(?:revision|revising|exams?|lessons?|class|homework|tests?|essay|coursework|lecture|meeting|minutes|case notes|referral|report)\b).*\b(?:tomorrow|tonight|before school|in the morning|when (?:everyone|theyre|they are|mum|dad)|goodbye|sorry|im not(?: ok| okay| alright| fine)?(?:\W|$))",
         present_tense=True, negatable=False, concern_category="suicidal_thoughts"),
    # pre-eclampsia signs: "my head is banging like never before and i keep seeing flashing lights and my face has puffed up, 36 weeks"
    rule("medical.pre_eclampsia_signs", "medical", E,
         r"\bflashing lights\b|\bblurr?(?:ed|y) vision\b|\bseeing (?:stars|spots)\b|\b(?:face|hands|feet|ankles|legs)(?: has| have| is| are|s)? (?:all )?(?:puffed up|swollen up|swelled up|gone puffy|blown up)\b",
         requires=r"^(?=.*\b(?:pregnan\w*|\d+ (?:weeks|wks)|bump|due)\b)(?=.*\b(?:head|headache|heads)\b)(?!.*\b(?:with my (?:first|last|other|eldest)|last (?:pregnancy|time)|(?:had|got) pre ?eclampsia|years ago)\b)",
         present_tense=True, negatable=False, concern_category="pregnancy_hidden_use"),
    # a needle forced in just now: "hes just put a needle in me when i said no. 19 weeks and i feel really weird"
    rule("violence.just_injected", "violence", E,
         r"\b(?:just|has just|hes just|shes just|theyve just) (?:put|stuck|jabbed|injected|forced) (?:a |the |his |her )?needle (?:in|into) me\b|\bjust injected me\b",
         present_tense=True, negatable=False, concern_category="domestic_abuse"),
    # afraid of harming a child in their care now: "i need someone to come. i'm scared of what i'll do. the baby's in her moses basket"
    rule("violence.scared_of_what_ill_do", "violence", E,
         r"\b(?:scared|afraid|frightened|terrified|worried) (?:of )?what (?:ill|i will|i might|i could|id|i would|im going to|im gonna) do\b(?! to myself)",
         requires=rf"\b(?:{CHILD}|moses basket|cot|pram|bairn|wean)\b",
         present_tense=True, concern_category="abuse"),
    # a baby left where it can fall while the carer uses: "mum is injecting in the bathroom and the baby has been left on the changing table"
    rule("child_alone.baby_left_where_it_can_fall", "child_alone", E,
         r"\b(?:baby|babys|newborn|wean|bairn|little one)\b(?: \w+){0,4} (?:left|lying|sat|sitting|is|was) (?:alone |on (?:his|her) own )?(?:on (?:the|a) (?:changing table|worktop|kitchen (?:side|counter|worktop)|edge of the \w+)|in the bath)\b",
         requires=rf"\b{INTOXICATED}\b|\b(?:injecting|using|smoking|passed out|gouching|nodding|in the (?:bathroom|toilet|other room|garden))\b",
         ongoing=True, present_tense=True, negatable=False, concern_category="drug_use_around_children"),
    # a picture of the means, sent with a goodbye: "my mate has just sent me a snap of loads of tablets and said bye"
    rule("suicide.picture_of_the_means", "suicide", E,
         rf"\b(?:sent|send|sends|posted|put up) (?:me |us )?(?:a |this |some )?(?:snap|snapchat|pic|photo|picture|video|vid|story) of (?:\w+ ){{0,3}}(?:{MEDICINE}|blades?|razors?|a rope|rope|a noose|a bridge|the bridge|cuts|a knife)\b",
         requires=r"\b(?:bye|goodbye|sorry|love (?:you|u)|not answering|wont answer|just|tonight|last)\b",
         present_tense=True, negatable=False, concern_category="suicidal_thoughts"),
    # being touched now, left with strangers: "left me at her mates flat with people we dont know... one of the men keeps touching me, mam wont pick up"
    rule("sexual_abuse.being_touched_now", "sexual_abuse", E,
         r"\b(?:keeps|keep|is|started|has started|wont stop|keeps trying to|trying to) (?:touching|touch|grabbing|feeling) (?:me|my (?:legs?|bum|chest|boobs|body))\b",
         requires=r"\b(?:wont pick up|not picking up|(?:people|a man|a woman|someone|a guy|a bloke|men) (?:we|i) dont know|strangers?|mums gone|mams gone|at (?:her|his|their) (?:mates|friends)|cant get out|no lock|here now|right now|rn|tonight|im in the (?:bathroom|toilet))\b",
         present_tense=True, concern_category="sexual_abuse"),
    # a festival or party drug reaction: "just back from a festival, she's roasting, teeth chattering, pupils huge and talking gibberish"
    rule("overdose.drug_reaction_signs", "overdose", E,
         r"\b(?:roasting|burning up|boiling (?:hot|up)|overheating|red hot|soaking with sweat|sweating buckets)\b(?=.*\b(?:pupils (?:are )?(?:huge|massive|like saucers|black|tiny)|teeth (?:chattering|grinding)|jaw (?:going|swinging|clenching)|gibberish|hallucinat\w*|seeing things|fitting|twitching|heart (?:is )?(?:racing|pounding))\b)"
         r"|\b(?:pupils (?:are )?(?:huge|massive|like saucers|black)|teeth (?:chattering|grinding)|gibberish|seeing things|heart (?:is )?(?:racing|pounding))\b(?=.*\b(?:roasting|burning up|boiling (?:hot|up)|overheating|red hot|sweating buckets|soaking with sweat)\b)",
         requires=r"\b(?:festival|party|rave|club|took|taken|had|pills?|mdma|mandy|pingers|ecstasy|molly|something|summat|back from)\b",
         ongoing=True, present_tense=True, negatable=False, concern_category="drug_use_around_children"),
    # --- from train_written_ce (short messages and replies, stop 20), after its first measure -----------------
    # a child who found drugs and swallowed one: "baby found my bars and swallowed one"
    rule("child_took_drugs.found_and_swallowed", "child_took_drugs", E,
         rf"\b{CHILD}\b(?:\W+\w+){{0,3}}?\W+(?:found|got|grabbed|got hold of|got into)\b(?:\W+\w+){{0,3}}?\W+(?:{MEDICINE}|{STREET_DRUG}|bars|stash)\b"
         r"(?:\W+\w+){0,3}?\W+(?:swallowed|ate|eaten|took|necked|chewed|licked) (?:one|some|a few|two|them|it|a bit|half)\b",
         ongoing=True, concern_category="drug_use_around_children"),
    # on the way to the railway: "hes goin to the tracks"
    rule("suicide.going_to_the_tracks", "suicide", E,
         r"\b(?:im|i am|hes|shes|he is|she is|theyre|going|gone|heading|walking|off) (?:(?:going|heading|walking|off) )?(?:to|down to|towards|for) the (?:train tracks|railway(?: line)?|tracks(?=\W*(?:$|now\b|rn\b|tonight\b|[.,!])))",
         requires=r"^(?!.*\b(?:bmx|bike|race|races|racing|running track|athletics|quad|karting|go karts?|train spotting|trainspotting|model)\b)",
         present_tense=True, negatable=False, concern_category="suicidal_thoughts"),
    # at the edge now: "stood at the edge now"
    rule("suicide.at_the_edge_now", "suicide", E,
         r"\b(?:stood|standing|sat|sitting|im|i am|hes|shes) (?:at|on|by) the edge(?: of (?:the )?(?:bridge|roof|cliff|platform|building|car park|multi ?storey|quarry))?\W*(?:now|rn|right now)?\W*$",
         requires=r"^(?!.*\b(?:pool|bed|sofa|seat|stage|pitch|field|road|kerb|pavement)\b)",
         present_tense=True, negatable=False, concern_category="suicidal_thoughts"),
    # found hanging: "brother's hanging in the garage"
    rule("suicide.found_hanging", "suicide", E,
         r"\b(?:brothers?|sisters?|mums?|mams?|dads?|da|son|daughter|partner|husband|wife|boyfriend|girlfriend|uncle|aunt|auntie|nan|gran|grandad|he|she|hes|shes|someone|somebody|my \w+)(?: is| s)? hanging (?:in|from|off) the (?:garage|loft|attic|stairs|bannisters?|banister|tree|shed|bathroom|wardrobe|door|landing|hallway|garden|kitchen)\b",
         requires=r"^(?!.*\b(?:hanging (?:out|around|about|round)|washing|pictures?|photos?|coats?|clothes|decorations|lights|bat|bats)\b)(?!.*\bwith (?:his|her|their|my) (?:mates|friends|pals))",
         ongoing=True, present_tense=True, negatable=False, concern_category="suicidal_thoughts"),
    # a cut that is pouring: "ive cut n its pourin"
    rule("self_harm.cut_and_pouring", "self_harm", E,
         r"\b(?:ive|i have|i|just|i just|ive just) cut(?: (?:myself|my (?:arms?|wrists?|legs?|thighs?|stomach)|again|deep|too deep))?\b(?:\W+\w+){0,3}?\W+(?:its|it is|and its|theres|blood is|blood s|its still) (?:pouring|gushing|pissing|wont stop|not stopping)\b(?! (?:down|with|it down|outside|of rain))",
         requires=r"^(?!.*\b(?:rain|raining|grass|hair|fringe|onions?|cake|paper|wood|hedge|lawn)\b)",
         present_tense=True, negatable=False, concern_category="self_harm"),
    # holding a child and a weapon: "hes got the wean and a knife"
    rule("violence.child_and_a_weapon", "violence", E,
         rf"\b(?:hes|shes|he has|she has|theyve|theyre|he s|she s|hes still|shes still) got (?:the|my|our|her|his) (?:{CHILD}|kids?|weans?|bairns?) and (?:a|the|his|her|a big) {WEAPON}\b",
         present_tense=True, negatable=False, concern_category="domestic_abuse"),
    # eaten a stash: "shes eaten her stash and shes shakin"
    rule("overdose.ate_the_stash", "overdose", E,
         r"\b(?:ate|eaten|swallowed|necked|downed|chewed) (?:all )?(?:of )?(?:her|his|my|the|their|all the) (?:stash|gear|baggies?|wraps?|bag of \w+|whole bag)\b(?! of (?:sweets|chocolate|haribo|crisps|biscuits|easter eggs|halloween|cake))",
         requires=r"^(?!.*\b(?:sweets|chocolate|haribo|crisps|biscuits|easter eggs|halloween|cake|snacks)\b)",
         ongoing=True, negatable=False, concern_category="drug_use_around_children"),
    # a collapse straight after using: "brother just injected and went down"
    rule("overdose.used_and_went_down", "overdose", E,
         r"\b(?:injected|jacked up|banged up|smoked (?:it|some|the \w+|a pipe)|had a (?:hit|bag|toot|line|bar|pipe)|took (?:a|some|something|the) (?:\w+ )?(?:pill|bar|hit|dose|tab)|snorted (?:it|some|a line))\b"
         r"(?: \w+){0,3} and (?:just )?(?:went down|dropped|collapsed|keeled over|passed out|went over|hit the floor|fell (?:over|down)|went blue|stopped breathing)\b",
         ongoing=True, negatable=False, concern_category="drug_use_around_children"),
    # a knife sharpened in a frightening house: "i can hear him sharpening the knife"
    rule("violence.sharpening_the_knife", "violence", E,
         r"\b(?:hear|hearing|heard|is|hes|shes|keeps|now) (?:him |her |them )?sharpening (?:a|the|his|her|my|their|a big) (?:knife|blade|machete|axe)\b",
         requires=r"^(?!.*\b(?:roast|dinner|turkey|chicken|carv\w*|bbq|barbecue|meat|chef|cook\w*|steak|veg|tea|kitchen knives|whittl\w*)\b)",
         present_tense=True, negatable=False, concern_category="domestic_abuse"),
    # burning someone now: "he's burning me with a cigarette now"
    rule("violence.burning_someone_now", "violence", E,
         r"\b(?:hes|shes|theyre|is|are|keeps|keep|started|he is|she is|they are) (?:\w+ )?burning (?:me|her|him|us|the baby|my \w+|mum|mam) with (?:a |his |her |their |the )?(?:cigarettes?|fags?|lighters?|an iron|the iron|hot|a spoon|matches|a match|boiling|the kettle|a candle)\b",
         present_tense=True, negatable=False, physical=True, concern_category="abuse"),
    # held under water now: "hes holding my mum under water"
    rule("violence.held_under_water", "violence", E,
         r"\b(?:holding|pushing|keeping|forcing|shoving|dunking) (?:me|her|him|us|them|my \w+|mum|mam|dad|the baby|the kids?) (?:under|underneath) (?:the )?(?:water|bath)\b",
         requires=r"^(?!.*\b(?:swim\w*|pool|lessons?|game|games|dunk\w* (?:for|contest)|playing|messing about|ducking)\b)",
         present_tense=True, negatable=False, physical=True, concern_category="domestic_abuse"),
    # a rape or sexual assault just now: "pupil reports being raped in the changing rooms moments ago"
    rule("sexual_abuse.assault_just_now", "sexual_abuse", E,
         r"\b(?:raped|sexually assaulted|indecently assaulted|forced (?:me|her|him) to have sex)\b(?=.*\b(?:moments? ago|minutes? ago|mins? ago|an hour ago|half an hour ago|just now|tonight|this (?:morning|afternoon|evening)|is still (?:here|there|in the house|outside))\b)"
         r"|\b(?:just|has just|hes just|theyve just|been just) (?:raped|sexually assaulted)\b|\b(?:is|hes|theyre|he is|being) raping\b",
         present_tense=True, negatable=False, concern_category="sexual_abuse"),
    # labour after using: "baby's coming and i've just used crack"
    rule("medical.labour_after_using", "medical", E,
         r"\b(?:babys|baby is|baby s) coming\b(?! (?:in|on|at|next|soon|this|after|before|around|early|late|for|to|round|over|home))|\b(?:in labour|waters (?:have |just |s )?(?:broke|broken|gone)|having contractions|contractions (?:are |every|(?:have )?started|coming))\b",
         requires=rf"^(?!.*\b(?:stopped|quit|clean|off it|not used|havent used|sober)\b).*(?:\b(?:just|ive|i have|been|i) (?:used|smoked|injected|taken|took|had|done|drunk|drank|drinking|using)\b|\bbeen on the (?:crack|gear|rock|pipe|drink|voddy|vodka|spice|ket|coke|brown)\b)(?:\W+\w+){{0,3}}?\W*(?:{STREET_DRUG}|{MEDICINE}|some|a hit|a pipe|a bag|vodka|wine|cans|drink)?",
         present_tense=True, negatable=False, concern_category="pregnancy_hidden_use"),
    # --- from train_written_cc, cd and cf (near-pairs, professionals, hard cases; stop 20), after their first measures --
    # a bag over the head: "found my teenager in her room with a bag over her head, shes breathing now but she says shell do it again"
    rule("suicide.bag_over_the_head", "suicide", E,
         r"\b(?:a |the |plastic |carrier )?bag (?:over|on|round|around) (?:her|his|my|their) (?:own )?(?:head|face)\b",
         requires=r"^(?!.*\b(?:halloween|costume|game|games|joke|lol|haha|trick or treat|dressing up|crisp|party hat)\b)",
         present_tense=True, concern_category="suicidal_thoughts"),
    # a gun in a child's bag: "lad in my class just opened his lunchbox and there was a handgun in it"
    rule("weapon.gun_in_a_bag", "weapon", E,
         r"\b(?:a |an |the )?(?:gun|handgun|pistol|firearm|shotgun|revolver)\b(?:\W+\w+){0,3}?\W+in (?:his|her|their|my|the) (?:lunchbox|bag|school bag|schoolbag|rucksack|backpack|pocket|coat|locker|blazer|tray|drawer)\b"
         r"|\b(?:lunchbox|school bag|schoolbag|rucksack|backpack|locker|blazer)\b(?:\W+\w+){0,4}?\W+(?:a |an )(?:gun|handgun|pistol|firearm|shotgun|revolver)\b",
         requires=r"^(?!.*\b(?:toy|nerf|water|glue|cap|bubble|massage|lego|staple|paintball|airsoft|bb|spud|film|game|fortnite|roblox|cod|gta)\b)",
         ongoing=True, concern_category="exploitation"),
    # a bare plea, urgent, as the whole message: "help me pls now", "someone help" (not "help" alone: a command)
    rule("plea.help_now", "unspecified", E,
         r"^\W*(?:please |pls |plz |plss )?(?:help|help me|help us|i need help|need help)(?: please| pls| plz| plss)?(?: now| rn| right now| quick| quickly| asap| urgently| someone)(?: please| pls| plz| plss)?\W*$"
         r"|^\W*(?:please |pls |plz )?(?:someone|somebody|anyone) (?:please |pls )?help(?: me| us)?(?: please| pls| plz)?\W*$",
         present_tense=True, negatable=False),
    # --- from train_written_cb (young people, stop 20), after its first measure ------------------------------
    # dragged into a van: "bruv they jus dragged my mate into a van"
    rule("exploitation.dragged_into_a_vehicle", "exploitation", E,
         r"\b(?:dragged|dragging|pulled|pulling|bundled|bundling|forced|forcing|shoved|shoving|threw|chucked|grabbed) (?:my \w+|him|her|me|them|someone|somebody|a (?:boy|girl|kid|lad|lass|child|woman|man)) (?:in|into|in to|in the back of) (?:a|the|their|his|a black|a white) (?:van|car|motor|transit)\b(?! (?:park|wash|boot sale|showroom))",
         ongoing=True, negatable=False, concern_category="exploitation"),
    # --- from train_written_ca (hard cases, stop 20), after its first measure --------------------------------
    # not moved for hours, and cold: "me mam's not moved since last night ... shes freezing"
    rule("unresponsive.not_moved_for_hours", "unresponsive", E,
         r"\b(?:not|hasnt|havent|has not|not once) (?:moved|woken|stirred|woke|got up|come round)(?: \w+)? (?:since|for) (?:last night|this morning|yesterday|hours|\d+ hours|lunch|ages|teatime|dinner)\b",
         requires=r"\b(?:cold|freezing|ice|grey|gray|blue|breath\w*|wont wake|cant wake|not waking|floor|sleeping it off|stiff|not answering|wont answer)\b",
         ongoing=True, present_tense=True, negatable=False, concern_category="drug_use_around_children"),
    # the last words: "im done. goodbye"
    rule("suicide.done_goodbye", "suicide", E,
         r"^\W*(?:im|i am|thats me) (?:done|finished|out)\W+(?:goodbye|bye|bye everyone|goodbye everyone|goodbye all|bye all|bye forever)\W*$",
         present_tense=True, negatable=False, concern_category="suicidal_thoughts"),
    # sexual abuse going on now: "hes doin it to me now on my phone", "is making me do stuff with his mates in the flat now"
    rule("sexual_abuse.happening_now", "sexual_abuse", E,
         r"\b(?:hes|shes|theyre|he is|she is|they are) (?:doing|doin) (?:it|stuff|things) to me (?:now|rn|right now|again now)\b"
         r"|\b(?:is|are|hes|shes|theyre|he is|she is|they are|keeps) (?:making|forcing) (?:me|her|him) (?:to )?(?:do (?:stuff|things|sexual \w+)|have sex|touch (?:him|them|her))\b(?=.*\b(?:now|rn|right now|tonight|in the flat|in the house|at the party)\b)",
         present_tense=True, negatable=False, concern_category="sexual_abuse"),
    # driving while smoking crack: "dad's smoking crack in the car and driving us home"
    rule("violence.driving_high_now", "violence", E,
         r"\b(?:smoking|snorting|taking|doing|having) (?:\w+ ){0,2}(?:crack|coke|weed|gear|heroin|spice|lines?|a spliff|a joint|a pipe|a line)\b(?:\W+\w+){0,6}?\W+(?:and )?(?:driving|is driving|hes driving|shes driving)\b"
         r"|\b(?:is|hes|shes) driving\b(?:\W+\w+){0,6}?\W+(?:smoking|snorting) (?:crack|coke|weed|a spliff|a joint|a pipe|lines)\b",
         present_tense=True, negatable=False, concern_category="drug_use_around_children"),
    # a child held for money: "yer man from the estate has my wee brother in his flat and won't give him back until we pay"
    rule("exploitation.held_until_paid", "exploitation", E,
         rf"\b(?:wont|will not|isnt going to|not going to|refuses to|wont let) (?:give|let|send|bring) (?:him|her|them|(?:my|our) (?:{CHILD}|brothers?|sisters?|cousins?|mates?|boyfriend|girlfriend|sons?|daughters?)) (?:back|go|home|out)\b(?:\W+\w+){{0,3}}?\W+(?:until|till|unless|til)\b",
         present_tense=True, negatable=False, concern_category="exploitation"),
    # tied up: "my mum's tied my hands and left me in the room ... its been hours"
    rule("abuse.tied_up", "abuse", E,
         r"\b(?:tied|taped|cable tied|tying|strapped) (?:up )?(?:my|his|her|their) (?:hands|feet|legs|wrists|arms|ankles)\b|\b(?:tied|taped) (?:me|him|her|them) (?:up|to (?:the|a) (?:chair|bed|radiator|bannister|door))\b",
         requires=r"^(?!.*\b(?:game|games|drama|play|knots?|scouts|brownies|guides|three legged|sack race|costume|halloween|hair|shoelaces?|laces|apron)\b)",
         ongoing=True, physical=True, negatable=False, concern_category="abuse"),
    # --- from train_written_cg and ch (carers, pregnancy, young carers and exploitation; stop 20), first measures --
    # an attack told in three words: "partner strangling me wee ones watching pls"
    rule("violence.attack_told_bare", "violence", E,
         r"\b(?:partner|husband|boyfriend|fella|ex|stepdad|step dad)(?: is| s)? (?:strangling|choking|throttling|stabbing|battering|beating|punching|kicking|leathering) (?:me|her|him|us|mum|mam|my (?!record|score|time|high|pb|personal|best)\w+)\b",
         present_tense=True, negatable=False, physical=True, concern_category="domestic_abuse"),
    # on a bridge with a goodbye: "on the bridge. pregnant. nobody knows. sorry"
    rule("suicide.on_the_bridge_sorry", "suicide", E,
         r"^\W*(?:im |i am )?(?:on|at|up on) (?:the|a|this) (?:bridge|roof|cliff|ledge|viaduct|multi ?storey)\b",
         requires=r"\b(?:sorry|goodbye|bye|nobody knows|no one knows|cant do this|end it|jump|the end|love you)\b",
         present_tense=True, negatable=False, concern_category="suicidal_thoughts"),
    # pulled to a bedroom at a party, or driven off by strangers: "a man keeps pulling me to a bedroom i cant get out"
    rule("sexual_abuse.pulled_to_a_room", "sexual_abuse", E,
         r"\b(?:keeps|keep|is|hes|trying to|tried to|keeps trying to) (?:pulling|pull|dragging|drag|taking|take|pushing|push) me (?:to|into|in|towards) (?:a|the|his|their) (?:bedroom|room|toilet|bathroom|car|van)\b",
         ongoing=True, negatable=False, concern_category="sexual_abuse"),
    rule("exploitation.in_a_car_with_strangers", "exploitation", E,
         r"\b(?:in|inside) (?:a|the|their|this) (?:car|van|taxi|motor) with (?:\d+|two|three|four|five|some|these|a few) (?:men|lads|guys|blokes|people|strangers|older (?:men|lads))\b",
         requires=r"\b(?:dont know|do not know|want out|want to get out|cant get out|scared|wont let me|taking me|going to some|wont say where|no idea where)\b",
         present_tense=True, negatable=False, concern_category="exploitation"),
    # petrol at the house: "dads outside shouting he has petrol"
    rule("violence.petrol_threat", "violence", E,
         r"\b(?:has|got|with|holding|carrying|poured|pouring|brought|bringing|has got) (?:a can of |a jerry can of |a bottle of |some |the |cans of )?petrol\b",
         requires=r"\b(?:outside|door|house|flat|shouting|threat\w*|burn|fire|lighter|matches|letterbox|over (?:me|her|him|us|the))\b",
         present_tense=True, negatable=False, concern_category="domestic_abuse"),
    # --- from train_written_ci, cj and cl (hard cases, short messages, the report; stop 23), first measures -----
    # not up for days, not answering, and pills about: "dad hasnt got out of bed for 2 days and theres a smell and
    # he doesnt answer, empty bottles and pill packets everywhere"
    rule("unresponsive.not_up_not_answering", "unresponsive", E,
         r"\b(?:hasnt|has not|havent|have not|not) (?:got|gotten|come|been) (?:up )?(?:out of|up from) (?:bed|(?:his|her|their|the) (?:bed|room|bedroom))\b",
         requires=r"^(?=.*(?:\b(?:doesnt|dont|wont|isnt|not|hasnt|cant get (?:him|her) to) (?:answer\w*|respond\w*|reply\w*|moving|moved|wak\w*|open\w* the door)\b|\bsmell\b))"
                  r"(?=.*\b(?:pill|pills|tablets|packets?|bottles|empty|needles?|methadone|vodka|overdose|gear)\b)",
         present_tense=True, negatable=False, concern_category="neglect"),
    # "how long can somebody no breathe for... ma da's been like this a few mins since his hit"
    rule("unresponsive.like_this_for_minutes", "unresponsive", E,
         r"\b(?:been|gone|was) like (?:this|that) (?:for )?(?:a few|few|\d+|a couple of|couple of|ten|five|two|three) (?:mins|minutes|seconds|secs)\b",
         requires=r"\b(?:breath\w*|breathe|hit|blue|wake|waking|moving|responding|unconscious|floppy|eyes|overdose\w*)\b",
         present_tense=True, negatable=False, concern_category="drug_use_around_children"),
    # a small child with drugs round the mouth: "ma wee cousin's 3 an she's found a bag o white stuff, it's all roon her mooth"
    rule("child_took_drugs.round_the_mouth", "child_took_drugs", E,
         r"(?<!everything )\b(?:all )?(?:round|around|over|on|in) (?:her|his|their|the babys) (?:mouth|lips|gums)\b",
         requires=r"^(?=.*\b(?:white stuff|white powder|powder|pills?|tablets?|gear|coke|crack|baggie|methadone|drugs|(?:his|her|mums|dads) stash)\b)"
                  r"(?=.*\b(?:[1-9]|baby|toddler|little|cousin|brother|sister|son|daughter|year old|yr old|grandson|granddaughter)\b)",
         ongoing=True, negatable=False, concern_category="drug_use_around_children"),
    # paramedics at work, an alarm pressed: "paramedics are working on her in the hallway"
    rule("medical.paramedics_working_on", "medical", E,
         r"\bparamedics? (?:are |is |s )?(?:working on|doing cpr on|trying to (?:bring|get) (?:him|her) (?:back|round))\b",
         ongoing=True, negatable=False, concern_category="drug_use_around_children"),
    rule("violence.alarm_pressed", "violence", E,
         r"\b(?:pressed|pushed|hit|activated|set off|pulled) (?:my|the|our) (?:lone work(?:ing|er)|panic|personal|attack) alarm\b"
         r"|\b(?:says|saying|said|shouting) (?:none of us|nobody|no one|noone)(?: is| are|s)? (?:leaving|getting out|going anywhere)\b",
         ongoing=True, negatable=False, concern_category="domestic_abuse"),
    # a birth now: "i can feel the head, please"
    rule("medical.birth_now", "medical", E, r"\b(?:i can|can|i could) (?:feel|see) (?:the|its|the babys|babys) head\b",
         requires=r"^(?!.*\b(?:queue|line|scan|ultrasound|photo|picture)\b)", present_tense=True, negatable=False,
         concern_category="pregnancy_hidden_use"),
    # "38 wks been on the pipe all night n now i keep feeling like i need to push"
    rule("medical.urge_to_push", "medical", E,
         r"\b(?:feel|feeling|feels|felt) like (?:i|i have to|i need to|i want to) (?:need to |have to |want to |gotta )?push\b",
         requires=r"\b(?:wks|weeks|pregnant|contractions|waters|labour|bleeding|red|pipe|using|gear|crack|drunk)\b",
         present_tense=True, negatable=False, concern_category="pregnancy_hidden_use"),
    # a small child left somewhere by a drunk carer: "hes took my brother to the park and left him there, hes 3...
    # came back without him, he's that wasted he dont remember where"
    rule("child_alone.left_somewhere", "child_alone", E,
         r"\b(?:left|lost) (?:him|her|them|my (?:little |wee |baby )?(?:brother|sister|son|daughter)|the (?:baby|toddler|kids?)) (?:there |behind )?(?:at|in) (?:the )?(?:park|shop|shops|playground|street|beach|offy|pub|station|bus stop|town|precinct)\b"
         r"|\bcame (?:back|home) without (?:him|her|the baby|the kids|my (?:little |wee |baby )?(?:brother|sister|son|daughter))\b"
         r"|\b(?:took|taken|takes) (?:him|her|them|my (?:little |wee |baby )?(?:brother|sister|son|daughter)|the (?:baby|toddler|kids)) to (?:the )?(?:park|shop|shops|playground|beach|offy|pub|town|precinct) and left (?:him|her|them) there\b",
         requires=r"\b(?:[1-8]|baby|toddler|little|wee|dont remember|doesnt remember|cant remember|cant find|dont know where|doesnt know where|wasted|drunk|high|off (?:his|her) face|steaming|mortal)\b",
         ongoing=True, negatable=False, concern_category="neglect"),
    # CPR going on: "999 said do chest compressions im doin it but nowts happenin"
    rule("unresponsive.cpr_now", "unresponsive", E,
         r"\b(?:doing|doin|giving|started|keep doing|still doing) (?:cpr|chest compressions|compressions|mouth to mouth|rescue breaths)\b"
         r"|\b(?:told|telling|said|says) (?:me )?(?:to )?(?:do|start|keep doing|keep going with) (?:cpr|chest compressions|compressions|mouth to mouth|rescue breaths)\b",
         requires=r"^(?!.*\b(?:course|training|class|lesson|badge|learnt|learned|learning|dummy|mannequin|exam|quiz|video)\b)",
         ongoing=True, negatable=False, concern_category="drug_use_around_children"),
    # --- from train_written_cq to ct (hard cases, the line between concern and emergency, people, the inbox) ---
    # "the lads are saying im a snitch and theyre waiting by the gates now"
    rule("exploitation.waiting_for_me_now", "exploitation", E,
         r"\b(?:theyre|they are|hes|he is|shes|she is|the lads are|lads are|they|he|she)(?: all)? (?:waiting|outside|stood|standing|sat|sitting|parked)(?: for me)? (?:by|at|outside|near) (?:the |my |our )?(?:gates?|school|door|house|flat|shop|park|bus stop)\b",
         requires=r"^(?=.*\b(?:snitch|grass|owe|debt|lads|gang|opps|knife|batter|get me|kill|hurt|stab|dealers?|olders)\b)(?=.*\b(?:now|right now|rn|tonight)\b)",
         present_tense=True, negatable=False, concern_category="exploitation"),
    # a threat being made now, the one who makes it nearby: "my fellas in the hospital car park saying hell take the baby
    # and kill me if i tell them anything"
    rule("violence.threat_made_nearby", "violence", E,
         r"\b(?:saying|shouting|screaming|texting|messaging) (?:that )?(?:hell|he will|hes gonna|hes going to|shell|she will|theyll|they will) (?:kill|stab|hurt|batter|take the (?:baby|kids|children))\b",
         requires=r"^(?=.*\b(?:outside|car park|at the door|downstairs|in the hall|waiting|right now|on (?:his|her|their) way|(?:hes|shes|theyre) here)\b)"
                  r"(?!.*\b(?:not here|minecraft|fortnite|roblox|game|games)\b)",
         ongoing=True, negatable=False, concern_category="domestic_abuse"),
    # --- from train_written_cy to dr (stop 24: the line between concern and emergency, danger told through what
    # is seen, hard cases, people, short messages, the inbox, the report, young children, danger in passing) ---
    # a farewell after self-harm: "in the last one the towel was red all through and he said night forever"
    rule("suicide.night_forever", "suicide", E,
         r"\b(?:good ?)?night forever\b|\b(?:bye|goodbye|ta ?ra|see ya) for ?ever\b(?! (?:lol|haha|x+)\b)",
         requires=r"^(?!.*(?:\blol\b|\bhaha|\blmao\b|😂|🤣|\bjk\b|\bmoving\b|\bholiday\b|\bgroup ?chat\b))",
         ongoing=True, present_tense=True, negatable=False, concern_category="suicidal_thoughts"),
    # "said i was always his best girl and to remember that, then he went out with the dogs lead but left the dog"
    rule("suicide.lead_without_the_dog", "suicide", E,
         r"\b(?:took|taken|taking|went out with|gone out with|left with|grabbed) (?:the )?(?:dogs? )?(?:lead|rope)\b(?=.*\b(?:left|without|not|didnt take|forgot) (?:the |our |his |her )?dog\b)",
         ongoing=True, present_tense=True, negatable=False, concern_category="suicidal_thoughts"),
    # a parent's farewell text: "you were the best thing i ever did, be good for your nan. her phones off now"
    rule("suicide.best_thing_i_ever_did", "suicide", E,
         r"\b(?:you (?:were|are|was)|youre|youve been|yous (?:were|are)) the best thing (?:that )?(?:i|ive|i have|i had) ever (?:did|done|had|made)\b",
         requires=r"\b(?:phones? (?:is |s |are |now )?(?:off|dead)|not answering|wont answer|no answer|be good (?:for|to)|look after|remember (?:that|me)|sorry|goodbye|forever|low|(?:cant|can not) get (?:hold|through))\b",
         ongoing=True, present_tense=True, negatable=False, concern_category="suicidal_thoughts"),
    # a whole cupboard of medicine, tonight: "im gonna take everything in the cupboard when they go to bed"
    rule("suicide.take_everything_in_the_cupboard", "suicide", E,
         r"\b(?:gonna|going to|gunna|will|ill|im taking|about to|goin to) (?:take|swallow|neck|down) (?:everything|all|the lot|whatevers|whatever is|whats) (?:in|from) (?:the|my|mums|dads|mams|our|nans) (?:cupboard|medicine cabinet|cabinet|drawer|medicine box|bathroom|tin)\b(?! (?:to|down to|into|in) (?:the |a )?(?:charity|tip|shop|car|bin|recycling|skip|loft|new (?:house|flat)|van|boxes|garage)\b)",
         present_tense=True, negatable=False, concern_category="suicidal_thoughts"),
    # a young child left asleep while a parent goes out to score, now: "leave my 4 year old asleep while i go score...
    # heading out now"
    rule("child_alone.leaving_a_young_child_now", "child_alone", E,
         r"\b(?:leave|leaving|left) (?:my|the|our|her|his) (?:[1-9] ?(?:year|yr|y)s? old|baby|toddler|little \w+|wee \w+|kids|twins)\b(?: \w+){0,2} (?:asleep|in bed|on (?:his|her|their|its) own|alone|home alone)\b",
         requires=r"^(?=.*\b(?:score|pub|offy|offie|club|party|town|gear|drugs|dealer|drink|drinking)\b)(?=.*\b(?:heading out|going (?:out )?now|off now|leaving now|out the door|on my way|im going)\b)",
         present_tense=True, negatable=False, concern_category="child_alone"),
    # signs of a head injury after a child was hit: "mummy hit him with a belt... he keeps being sick and says his head hurts"
    rule("medical.head_injury_signs", "medical", E,
         r"\b(?:keeps|keep|kept|been|is|hes|shes|he is|she is|keeps on) (?:being )?(?:sick|vomiting|throwing up|bringing up)\b"
         r"(?=.*\b(?:(?:his|her|their) head (?:hurts|is hurting|is sore|aches)|head (?:hurts|is hurting)|(?:sleepy|drowsy|confused|cant stay awake))\b)",
         requires=r"\b(?:hit|belt|belted|punched|thrown|threw|kicked|slapped|pushed|shoved|smacked|battered|hurt (?:him|her)|banged)\b",
         ongoing=True, present_tense=True, negatable=False, concern_category="abuse"),
    # a fit told without the word: "mums been twitching on the floor for about 5 mins after a hit of something"
    rule("unresponsive.twitching_on_the_floor", "unresponsive", E,
         r"\b(?:twitching|jerking|shaking|thrashing)(?: \w+)? on the (?:floor|ground|bed|sofa|settee|couch)\b",
         requires=r"\b(?:hit|gear|spice|using|took|taken|drink|drinking|pills|tablets|mins|minutes|wont|cant|eyes|mouth|foam\w*)\b",
         ongoing=True, present_tense=True, negatable=False, concern_category="drug_use_around_children"),
    # a gun or a knife held to someone: "my uncle just put a gun to my dads head in the garden"
    rule("weapon.held_to_the_head", "weapon", E,
         r"\b(?:put|puts|held|holding|holds|pointed|pointing|points|pressed|pressing) (?:a|the|his|her|their) (?:gun|knife|blade|machete|shotgun|pistol) (?:to|at|against|up to) (?:(?:my|his|her|their|the) )?(?:\w+s )?(?:head|throat|neck|face|chest|temple)\b",
         requires=r"^(?!.*\b(?:film|movie|game|show|episode|series|book|video|telly|tv|netflix|drill|music video|play|scene|drew|drawn|drawing|picture|painting)\b)",
         ongoing=True, negatable=False, concern_category="domestic_abuse"),
    # a child's drink spiked: "mummys frend put sum powder in my drink and now my hart is going realy fast"
    rule("child_took_drugs.put_in_my_drink", "child_took_drugs", E,
         r"\b(?:put|puts|putting|slipped|dropped|tipped) (?:sum |some |a |something |summat |stuff |white |a pill |pills |powder |drugs |a tablet )?(?:\w+ )?(?:powder|something|summat|stuff|pill|pills|drugs|tablet|tablets|liquid) (?:in|into) (?:my|her|his|our|the babys|their) (?:drink|juice|cup|bottle|food|milk)\b",
         ongoing=True, soften=r"\b(?:puts|keeps putting|always puts|used to put)\b", soften_unless_now=True, negatable=False, concern_category="child_took_drugs"),
    # smothering: "mummys boyfrend is holding a pillow on mummys face"
    rule("violence.smothering", "violence", E,
         # (not a fear of it: "scared daddy will put the pillow on my face again")
         r"(?<!will )(?<!might )(?<!gonna )(?<!going to )\b(?:holding|held|holds|pressing|pressed|pushed|pushing|put|putting) (?:a |the )?(?:pillow|cushion|plastic bag) (?:on|over|onto|against|down on) (?:(?:my|his|her|their|the) )?(?:\w+s )?(?:face|mouth|nose|head)\b",
         requires=r"^(?!.*(?:\bpillow fight|\bwake (?:me|him|her|us) up\b|\bmessing\b|\bjoke\b|\blol\b|\bhaha|😂|🤣))",
         ongoing=True, negatable=False, concern_category="domestic_abuse"),
    # a baby left with a young child for hours: "the baby got left with my 6 yr old sister while mum went to score, its
    # been 5 hours and the babys screaming"
    rule("child_alone.left_with_a_young_child", "child_alone", E,
         r"\b(?:got |been |was |is |were |are )?left with (?:my|her|his|our|the|a) (?:[1-9] ?(?:yr|year|y)s? old|little|wee|younger) (?:\w+ )?(?:sister|brother|cousin|son|daughter|sibling)\b",
         requires=r"\b(?:hours|since|screaming|crying|hasnt been fed|not been fed|no food|score|scoring|pub|wasted|drunk|high|not back|hasnt come back|dark|night)\b",
         ongoing=True, present_tense=True, negatable=False, concern_category="child_alone"),
    # a child picked up tonight by an older man who gives gifts and calls in a debt: "the man who gives me the vapes
    # and money is picking me up at 11 tonight for a party at his mates flat... i owe him. im 13"
    rule("exploitation.picked_up_tonight", "exploitation", E,
         r"\b(?:picking|pick|collecting|collect|getting|get|meeting|meet) (?:me|her|him|us) (?:up )?(?:at \d+ |at midnight )?(?:tonight|later tonight|after school today|in an hour)\b|\bpicking (?:me|her|him) up (?:at|for) (?:\d+|midnight)\b(?=.*\btonight\b)",
         requires=r"^(?=.*\b(?:vapes?|gifts?|presents|owes?|debt|be nice|his mates|older (?:man|men|lads|guy|guys|boys)|a man|the man|men|bloke)\b)(?=.*(?:\b(?:im|i am|shes|hes|she is|he is|aged) (?:1[0-7]|[8-9])\b|\b(?:1[0-7]|[8-9]) ?(?:yo|y o|year old|yr old)\b))",
         present_tense=True, negatable=False, concern_category="exploitation"),
    # a chase with a weapon, even laughed off: "lol my dads chasing my mum round the garden with an axe"
    rule("violence.chasing_with_a_weapon", "violence", E,
         r"\bchas(?:ing|ed|es) (?:my |her |his |the |our )?(?:\w+ ){0,2}(?:round|around|up|down|through|across|out of|into)\b(?:\W+\w+){0,5}?\W+with (?:an? |the |his |her )?(?:axe|knife|machete|hammer|bat|blade|crowbar|cleaver|meat cleaver|golf club|screwdriver|broken bottle)\b",
         requires=r"^(?!.*\b(?:game|fortnite|toy|nerf|water pistol|foam|plastic|inflatable|blow up|costume|halloween|zombie)\b)",
         ongoing=True, negatable=False, concern_category="domestic_abuse"),
    # a small child given drink: "mums friend is giving my baby sister a bottle wiv drink in it and she is only 2"
    rule("child_took_drugs.given_drink", "child_took_drugs", E,
         r"\b(?:giving|gave|given|feeding|fed|putting|put) (?:my |the |our |her |his )?(?:baby|toddler|little|wee)?(?: \w+)? (?:a bottle|bottle|a cup|a sippy cup|a beaker)\b(?:\W+\w+){0,3}?\W+(?:drink|vodka|alcohol|wine|beer|cider|gin|booze|methadone|cans?)\b(?! of (?:water|milk|juice)\b)"
         r"|\b(?:drink|vodka|alcohol|wine|beer|cider|gin|booze|methadone) in (?:the|her|his|a|my) (?:babys |baby )?(?:bottle|sippy cup|beaker)\b",
         requires=r"\b(?:baby|toddler|[1-5] ?(?:year|yr|y)s? old|only [1-5]|months old|sister|brother|son|daughter|wee one|little one)\b",
         ongoing=True, negatable=False, concern_category="drug_use_around_children"),
    # poison, about to be drunk: "gonna drink antifreeze tonight"
    rule("suicide.poison_intent", "suicide", E,
         r"\b(?:gonna|going to|will|gunna|goin to|about to|want to|wanna) (?:drink|swallow|take|neck|down) (?:some |the |a bottle of |a cup of )?(?:antifreeze|anti freeze|bleach|weed ?killer|toilet cleaner|paraquat|rat poison|poison)\b",
         requires=r"^(?!.*(?:\blol\b|\bhaha|😂|🤣|\bjk\b|\bif (?:i|we) (?:have to|lose)\b))",
         present_tense=True, negatable=False, concern_category="suicidal_thoughts"),
    # pauses in breathing: "ma das breathins got big gaps in it like he forgets tae dae it, then a big snort"
    rule("unresponsive.gaps_in_breathing", "unresponsive", E,
         r"\bbreath\w*(?: \w+){0,3} (?:big |long )?(?:gaps|pauses|stops and starts)\b|\b(?:forgets|forgetting|forgot) (?:to|tae) (?:breathe|breath)\b"
         r"|\b(?:forgets|forgetting) (?:to|tae) (?:do|dae) it\b(?=.*\bbreath)",
         requires=r"^(?!.*\b(?:sleep apnoea|sleep apnea|cpap|asthma clinic|when (?:she|he) sings)\b)",
         ongoing=True, present_tense=True, negatable=False, concern_category="drug_use_around_children"),
    # "ropes ready"
    rule("suicide.rope_ready", "suicide", E,
         r"\b(?:rope|noose|ligature)s? (?:is |are |s )?(?:all )?(?:ready|tied up|set up|up now)\b",
         requires=r"^(?!.*\b(?:pe|gym|climbing|skipping|boat|tent|camping|swing|tug of war|washing line|sailing|abseil\w*|zip ?wire)\b)",
         present_tense=True, negatable=False, concern_category="suicidal_thoughts"),
    # a carer dosing a child: "mum gave my wee sis some of her methadone to make her sleep"
    rule("child_took_drugs.given_by_a_carer", "child_took_drugs", E,
         r"\b(?:gave|given|giving|has given|just gave) (?:my |the |our |her |his )?(?:wee |little |baby |younger )?(?:sis|sister|bro|brother|baby|son|daughter|toddler|kids?|cousin|niece|nephew|grandson|granddaughter) (?:some (?:of )?|a bit of |one of )?(?:her |his |mums |dads |mams |their )(?:methadone|pills|tablets|valium|diazepam|benzos|sleeping pills|sleepers|gear|heroin|spice|subutex|tramadol|codeine|oxy\w*)\b",
         ongoing=True, negatable=False, concern_category="drug_use_around_children",
         # a habit told as such: "she gives us her sleeping pills sometimes" is followed up
         soften=r"\b(?:sometimes|always|every night|used to|when (?:she|he) goes out)\b", soften_unless_now=True),
    # someone under the water now: "dads drunk in the pool and hes gone under and not come up"
    rule("unresponsive.gone_under", "unresponsive", E,
         r"\b(?:gone|went|go|going|slipped|sunk|sank) under\b(?=.*\b(?:not|hasnt|isnt|havent|never) (?:come|came|coming) (?:back )?up\b)"
         r"|\b(?:not|hasnt|isnt|havent) (?:come|came|coming) (?:back )?up\b(?=.*\b(?:pool|water|sea|river|canal|loch|lake|bath|reservoir)\b)"
         r"|\bface down in the (?:water|bath|pool|river|canal|sea|loch)\b",
         ongoing=True, present_tense=True, negatable=False, concern_category="drug_use_around_children"),
    # a young child alone with a baby, the parent out: "my baby sisters been crying for hours in the cot, mums gone
    # out, im 8 and i cant lift her"
    rule("child_alone.young_child_with_a_baby", "child_alone", E,
         r"\b(?:mums|mams|dads|das|mum has|mam has|dad has|mum is|dad is|shes|hes|theyve|theyre|parents have|parents are|(?:my )?nans?|everyones?) (?:gone out|gone|out(?! of it)|away out|not (?:here|home|back))\b"
         r"|\b(?:mum|mam|dad|da|mums|mams|dads)(?: has| s)? (?:went|gone) (?:to the pub|out|to (?:her|his|their) (?:pals|mates|friends|boyfriends|girlfriends))\b",
         requires=r"^(?=.*\b(?:im|i am|im only|i am only) (?:[4-9]|1[0-1])\b)(?=.*\b(?:baby|babys|toddler|cot|little (?:brother|sister)|wee (?:brother|sister|one))\b)"
                  # another adult there, or a few minutes: "mums gone to the shop for 5 mins... nan is here"
                  r"(?!.*\b(?:nan|nana|gran|granny|grandad|auntie|aunty|dad|stepdad|uncle|babysitter|neighbour|my (?:big|older) (?:brother|sister)|an adult|a grown up)(?: is|s)? (?:here|home|with us|in|downstairs|next door)\b)"
                  r"(?!.*\b(?:for |back in )?(?:5|five|ten|10|2|two|a few|a couple of) (?:mins|minutes)\b)",
         # a habit told as such ("leaves me with my baby brother most weekends") is followed up
         soften=r"\b(?:leaves|keeps leaving|always leaves) (?:me|us)\b|\b(?:most|every) (?:weekends?|nights?|night)\b|\b(?:goes|go) out\b",
         ongoing=True, present_tense=True, negatable=False, concern_category="child_alone"),
    # a parent's plan for the family to die together: "mums just come in with a bag of pills and says were all taking
    # them together so we can be with dad"
    rule("suicide.together", "suicide", E,
         r"\b(?:were|we are|were all|we are all|all of us are|we will all|well all|were going to|were gonna) (?:all )?(?:taking|take|going to take|gonna take|to take) (?:them|these|the pills|the tablets|it) (?:all )?together\b"
         r"|\bso (?:we|we can|we could|we will|well) (?:all )?be with (?:dad|mum|daddy|mummy|him|her|nan|grandad|them) (?:again|in heaven|forever)?\b(?=.*\b(?:pills|tablets|taking|take|die|dead|gas|car)\b)",
         present_tense=True, negatable=False, concern_category="suicidal_thoughts"),
    # a child who found drugs and took some: "my little brother found dads ket and sniffed some... now he cant stand up"
    rule("child_took_drugs.found_and_took_some", "child_took_drugs", E,
         rf"\b{CHILD}\b(?:\W+\w+){{0,3}}?\W+(?:found|got hold of|got into|got)(?: \w+){{0,2}} (?:ket|coke|gear|pills|tablets|weed|spice|methadone|crack|powder|drugs|stash|vodka|bars|valium|edibles|gummies)\b"
         r"(?:\W+\w+){0,3}?\W+(?:sniffed|snorted|took|ate|swallowed|drank|smoked|had|necked) (?:some|it|one|them|a bit|loads|a few)\b",
         ongoing=True, negatable=False, concern_category="drug_use_around_children"),
    # a drunk parent about to drive children: "parent in reception smelling of alcohol, wants to take twins home by car"
    rule("violence.about_to_drive_children", "violence", E,
         r"\b(?:wants|wanting|going|about|trying|insisting|insists|determined|intends|threatening) (?:on |to )?(?:take|taking|drive|driving|put|putting) (?:the |her |his |their |my |our )?(?:twins|kids|children|child|baby|boys|girls|son|daughter|pupil|\w+)(?: \w+)? (?:home )?(?:by car|in the car|in (?:his|her|their) car|in the van)\b",
         requires=rf"\b{INTOXICATED}\b|\b(?:smelling|smells|stinking|reeking) of (?:drink|alcohol|booze|beer|wine|vodka)\b",
         present_tense=True, negatable=False, concern_category="drug_use_around_children"),
    # --- stop 25: from the fifteen held-out sets read at stop 25 (now dev19-dev33) -------------------------------
    # a newborn withdrawing, taken away from care: "self-discharged with her 2 day old on the nas chart and scoring
    # high, gone to a known using address"
    rule("child_alone.newborn_taken_from_care", "child_alone", E,
         r"\b(?:self ?discharged|discharged (?:herself|himself|themselves)|left the (?:ward|hospital|unit)|walked out of (?:the )?(?:ward|hospital|unit)|taken (?:the )?baby (?:off|out of|from) the (?:ward|unit|hospital))\b",
         requires=r"^(?=.*\b(?:\d+ (?:day|days|week|weeks) old|newborn|new born|nas|withdrawal|withdrawing|scoring|neonatal)\b)(?=.*\b(?:using|dealers?|drug house|crack house|known address|high|drunk|intoxicated|no fixed|unknown address)\b)",
         present_tense=True, negatable=False, concern_category="neglect"),
    # something dangerous swallowed, told after a question: "if someone drinks a whole bottle of antifreeze wot happens.
    # asking for me. already did it"
    rule("overdose.already_did_it", "overdose", E,
         r"\b(?:already|just|ive already|i already|ive just|i just) (?:did|done|took|taken|drank|drunk|had|swallowed|necked) (?:it|them|some|the lot|it all|them all|all of it)\b|\basking for (?:me|myself)\b(?=.*\b(?:already|just) (?:did|done|took|taken|drank|had)\b)",
         requires=r"\b(?:antifreeze|bleach|weedkiller|weed killer|poison|pills|tablets|paracetamol|painkillers|ibuprofen|sleeping pills|sleepers|co codamol|whole (?:bottle|packet|pack|box|strip)|overdose)\b",
         present_tense=True, negatable=False, concern_category="suicidal_thoughts"),
    # someone gone quiet after a hit, a carer trying to rouse them: "dad injected and went quiet, ive been slapping his
    # face, he has the orange box stuff in the drawer should i use it"
    rule("unresponsive.gone_quiet_after_using", "unresponsive", E,
         r"\b(?:injected|jabbed|used|took (?:his|her|a|some|the)(?: \w+)?|had (?:a|his|her) (?:hit|dig|bag|line|fix)|smoked (?:some|a|the)(?: \w+)?)\b(?: \w+){0,3} (?:and )?(?:went|gone|has gone|is|s|was) (?:all |really |very )?(?:quiet|still|silent|limp|floppy|grey|blue)\b(?! for\b)"
         r"|\b(?:been |keep |im |i keep |ive been )?slapping (?:his|her|their) face\b(?! (?:for fun|as a joke))"
         r"|\b(?:orange|yellow) (?:box|case|kit|pack)(?: stuff| thing)?\b(?=.*\bshould (?:i|we) (?:use|give|do|open|try)\b)",
         ongoing=True, present_tense=True, negatable=False, concern_category="drug_use_around_children"),
    # a threat for tonight told in a message: "ex just messaged 'enjoy your last night'"
    rule("violence.enjoy_your_last_night", "violence", E,
         r"\benjoy (?:your|ur|yer) last (?:night|day|hours?)\b(?! (?:in|at|of|on|before|here|there|with|as|together|off|away|out|of freedom|in the)\b)(?! (?:alone|single|living))",
         requires=r"\b(?:ex|he|hes|she|they|him|dad|stepdad|boyfriend|bf|partner|husband|messaged|texted|said|sent|says|threat\w*)\b",
         present_tense=True, negatable=False, concern_category="domestic_abuse"),
    # a beating promised for tonight: "he said tonight im gettin it when mums at work"
    rule("violence.getting_it_tonight", "violence", E,
         r"\b(?:said|says|told me|telling me|saying|warned me)\b(?: \w+){0,2} (?:im|i am|ill be|youre|your|you are) (?:getting|gonna get|going to get|in for) it\b",
         requires=r"^(?=.*\b(?:tonight|later|when (?:\w+ ){0,2}(?:at work|goes out|out|asleep|gone|leaves|in bed)|when (?:he|she|they) (?:gets|get) (?:home|back|in))\b)"
                  r"(?!.*\b(?:present|presents|phone|birthday|christmas|surprise|treat|pizza|takeaway|new|jab|vaccine|injection|haircut)\b)",
         present_tense=True, negatable=False, concern_category="abuse"),
    # a child gone with a man: "mias missing from school, the teacher says she left at lunch with a man in a white car"
    rule("child_alone.gone_with_a_man", "child_alone", E,
         r"\b(?:left|went|gone|got in(?:to)? (?:a|the|his) (?:car|van)|driven off|picked up|taken(?! into care)) (?:\w+ ){0,3}(?:with|by) (?:a|an|some|two|this|that|an older|a strange) (?:\w+ )?(?:man|men|guy|guys|bloke|stranger|lad|lads|adult|adults)\b",
         requires=r"\b(?:missing|not (?:come )?(?:home|back)|cant find|nobody knows|no one knows|noone knows|didnt come (?:home|back)|hasnt come (?:home|back)|not answering|phone (?:is )?off|left (?:school|at lunch))\b",
         ongoing=True, present_tense=True, negatable=False, concern_category="exploitation"),
    # a child taken by a using or threatening parent: "birth mum has taken him from the school gate, using heavily all
    # week, has threatened to harm him before"
    rule("violence.child_taken_by_a_risky_parent", "violence", E,
         r"\b(?:has |have |just |hes |shes )?(?:taken|took|snatched|grabbed) (?:him|her|them|the (?:child|kids?|baby|boy|girl|twins)|my (?:son|daughter|grandson|granddaughter|boy|girl)|\w+) (?:from|out of) (?:the )?(?:school(?: gates?)?|nursery|gates?|contact|placement|hospital|ward|park|foster \w+)\b",
         requires=r"^(?=.*\b(?:using|drunk|high|intoxicated|off (?:her|his) (?:face|head)|threatened|threatening|not allowed|no contact|court order|police (?:informed|called|told|are looking))\b)(?!.*\b(?:early|dentist|doctors|appointment|on time|as usual|like normal|every day|most days)\b)",
         ongoing=True, present_tense=True, negatable=False, concern_category="abuse"),
    # violence starting now: "dads come in off his head on the gear trying to fight me"
    rule("violence.trying_to_fight", "violence", E,
         r"(?<!\bkeeps )(?<!\bkept )(?<!\balways )(?<!\bused to be )(?<!\bwould )(?<!\bwas )(?<!\bbrother )(?<!\bsister )(?<!\bsis )(?<!\bbro )\b(?:trying|tryna|tryin|attempting) to (?:fight|hit|batter|attack|punch|kick|headbutt|glass|grab|strangle) (?:me|us|mum|mam|my (?:mum|mam|nan|gran|brother|sister|sis|bro|little \w+|wee \w+))\b",
         requires=rf"^(?=.*\b(?:{INTOXICATED}|on the gear|come in|came in|come home|came home|just now|now|knife|kicking off|raging|screaming)\b)(?=.*\b(?:dads?|das?|mums?|mams?|stepdads?|step dad|boyfriend|bf|partner|husband|uncle|he|hes|she|shes|fella)\b)",
         ongoing=True, physical=True, negatable=False, concern_category="domestic_abuse"),
    # --- stop 25, second round: from the training sets ds (short messages), dt (what is seen), du (the line) -------
    # bleeding that will not stop, said short: "blood wont stop", "still bleeding bad"
    rule("self_harm.blood_wont_stop", "self_harm", E,
         r"\bblood (?:wont|will not|isnt|is not|not|doesnt|does not) stop(?:ping)?\b|\b(?:my |his |her )?(?:wrists?|arms?|cuts?|legs?) (?:wont|will not|isnt|is not) stop(?:ping)?(?: bleeding)?\b|\bstill bleeding (?:bad|badly|loads|a lot|heavy|heavily|everywhere|through)\b|\bcant stop the blood\b",
         ongoing=True, present_tense=True, negatable=False, concern_category="self_harm"),
    # violence going on now, said short: "help hes killing her"
    rule("violence.killing_now", "violence", E,
         r"\b(?:hes|shes|theyre|he is|she is|they are|dads|mums|mams|someones|somebodys|hes gonna be) (?:killing (?:her|him|mum|mam|dad|my (?:mum|mam|dad|da|brother|sister|nan|gran))|(?:strangling|choking|battering|murdering|stabbing|throttling|leathering) (?:her|him|me|mum|mam|dad|us|my \w+))\b(?! (?:at|in) (?:fifa|the game|chess|cards|pool|darts|football|tennis|monopoly))",
         requires=r"^(?!.*\b(?:exams?|revision|tests?|homework|shoes|feet|heels|back|nerves|deadlines?|stress\w*|workload|job|work|training|hills?)\b)",
         ongoing=True, present_tense=True, physical=True, negatable=False, concern_category="domestic_abuse"),
    # someone in the water: "dads in the river"
    rule("unresponsive.in_the_water", "unresponsive", E,
         r"\b(?:mums|mams|dads|das|hes|shes|nans|grans|grandads|someones|somebodys|(?:my (?:mum|mam|dad|da|brother|sister|nan|gran|son|daughter|wee \w+|little \w+)|a (?:man|woman|kid|child|boy|girl))(?: is| s| has))(?: is| s)? (?:in|fallen in|fell in|gone in|went in|jumped in|jumped into|in to) the (?:river|canal|loch|reservoir|docks|sea|harbour|quarry)\b",
         requires=r"^(?!.*\b(?:swim\w*|paddl\w*|fishing|kayak\w*|canoe\w*|boat|wetsuit|dip|surf\w*|holiday)\b)",
         ongoing=True, present_tense=True, negatable=False, concern_category="drug_use_around_children"),
    # --- stop 25, third round: from the training sets dv (short messages), dw (misleading words), dx (people), dy
    # (danger in passing) -------------------------------------------------------------------------------------
    # a bare message from a bridge or a ledge: "on the bridge now"
    rule("suicide.on_the_bridge_now", "suicide", E,
         r"^\W*(?:im |i am |im stood |im standing |im sat |im sitting |standing |sat |sitting )?(?:on|at) (?:the|a|top of the) (?:bridge|ledge|roof|edge|cliff|cliff edge|tracks|railway|railway line|viaduct)(?: now| rn| right now)\W*$",
         present_tense=True, negatable=False, concern_category="suicidal_thoughts"),
    # an overdose in four letters: "shes taken an od"
    rule("overdose.taken_an_od", "overdose", E,
         r"\b(?:taken|took|had|done|did|has taken|has had) an? (?:od|o d)\b",
         ongoing=True, concern_category="drug_use_around_children"),
    # harm to oneself by suffocating or strangling: "dads suffocating himself with a bag"
    rule("suicide.suffocating_self", "suicide", E,
         r"\b(?:is |s |hes |shes |im |i am )?(?:suffocating|strangling|throttling|smothering) (?:himself|herself|myself|themselves)\b",
         ongoing=True, present_tense=True, negatable=False, concern_category="suicidal_thoughts"),
    # a drinking carer about to drive a child: "mums been drinking since she woke up and shes going to pick my sister up
    # from nursery in the car in a bit"
    rule("violence.about_to_collect_by_car", "violence", E,
         r"\b(?:going to|gonna|about to|on (?:her|his|their) way to|setting off to|leaving to) (?:pick|collect|fetch|get) (?:\w+ ){0,3}(?:up )?(?:from \w+ )?(?:in the (?:car|van)|by car|in (?:her|his|their) car)\b",
         requires=rf"\b{INTOXICATED}\b|\b(?:been drinking|drinking since|had (?:a few|loads|a bottle|two bottles)|on the (?:vodka|wine|cider|cans|drink|gear))\b",
         present_tense=True, negatable=False, concern_category="drug_use_around_children"),
    # a young child with a parent hours past the time they gave: "she said shell be back in 5 mins and that was at
    # 6pm, its 2am, my sisters 3 and shes crying, im 9"
    rule("child_alone.long_past_the_time", "child_alone", E,
         r"\b(?:said|says) (?:shed|hed|she would|he would|she will|he will|shell|hell|theyd|theyll|they would) be back (?:in|by|at)\b(?=.*\b(?:and that was|that was|its now|its|it is now|now its|it is) (?:at )?(?:\d+ ?(?:am|pm)|midnight)\b)",
         requires=r"^(?=.*\b(?:im (?:[4-9]|1[0-2])|i am (?:[4-9]|1[0-2])|baby|toddler|(?:sisters|brothers|shes|hes) (?:[1-6])\b))(?=.*\b(?:crying|scared|dark|hungry|midnight|\d ?am)\b)",
         present_tense=True, negatable=False, concern_category="child_alone"),
    # --- stop 25, fourth round: from dz (short messages) and ea (misleading words) ------------------------------
    # a weapon in a hand, said short or with a threat: "knife in his hand"
    rule("weapon.in_his_hand", "weapon", E,
         r"^\W*(?:hes got |he has |shes got |she has |theyve got |with )?(?:a |the )?(?:knife|blade|machete|gun|hammer) in (?:his|her|their) hands?\W*$"
         r"|\b(?:knife|blade|machete|gun|hammer) in (?:his|her|their) hands?\b(?=.*\b(?:drunk|shouting|screaming|raging|threaten\w*|kill|hurt|stab|going for|off (?:his|her) (?:head|face)|wasted|steaming|mortal|buckled)\b)",
         ongoing=True, present_tense=True, negatable=False, concern_category="domestic_abuse"),
    # a needlestick: "grandson (4) found a needle and pricked himself, his mams gouched"
    rule("child_took_drugs.needlestick", "child_took_drugs", E,
         r"\b(?:pricked|jabbed|stabbed|stuck|scratched|cut) (?:himself|herself|themselves|his (?:finger|hand|foot)|her (?:finger|hand|foot)|their (?:finger|hand|foot)) (?:on|with) (?:a |the |one of (?:the |her |his |mums |dads )?)?(?:needles?|syringes?|sharps?)\b"
         r"|\bfound a (?:needle|syringe) and (?:pricked|jabbed|stuck|stabbed)\b",
         ongoing=True, negatable=False, concern_category="drug_use_around_children"),
    # --- stop 26, first round: from eb (short messages), ec (the line), ed (misleading words), ee (danger in
    # passing), ef (dialect), eg (exploitation and online), eh (babies and pregnancy), ei (seen and heard) ---------
    # someone breaking in now: "door being kicked in"
    rule("violence.door_kicked_in", "violence", E,
         r"\b(?:door|doors)(?: is| are| s)? (?:being|getting) (?:kicked|booted|smashed|bashed|battered|forced|broke|broken) (?:in|down|open)\b"
         r"|\b(?:kicking|booting|smashing|bashing|battering|forcing) (?:the|our|my|me|her|his|mums|the front|the back) (?:front |back |bedroom |bathroom |flat |house )?(?:door|doors) (?:in|down|open)\b"
         r"|\b(?:trying to|tryin to|going to) (?:kick|boot|smash|break|force) (?:the|our|my|me|her|his|mums) (?:front |back |bedroom |bathroom |flat |house )?(?:door|doors) (?:in|down)\b",
         requires=r"^(?!.*\b(?:police|bailiffs?|fire ?(?:men|fighters?|brigade)|paramedics?|locksmith|film|telly|tv|dream)\b)",
         present_tense=True, negatable=False, concern_category="domestic_abuse"),
    # a fire named where it is: "fire upstairs", "theres a fire in the kitchen", "the flats on fire"
    rule("fire.in_the_house", "unresponsive", E,
         r"^\W*(?:theres a |there is a |a )?fire (?:upstairs|downstairs|in (?:the|my|our|her|his) (?:kitchen|house|flat|bedroom|room|hall|hallway|landing|stairs|living room|front room|loft))\b"
         r"|\b(?:house|flat|home|place|kitchen|room|bedroom)s (?:on fire|alight|burning|full of smoke)\b",
         requires=r"^(?!.*\b(?:drill|alarm test|fireplace|log burner|wood burner|fire pit|bonfire|candles?|film|game|dream)\b)",
         present_tense=True, negatable=False, concern_category="neglect"),
    # a bare "hes hanging": someone found hanged (not "im hanging", a hangover)
    rule("suicide.hanging_bare", "suicide", E,
         r"^\W*(?:oh god |omg |help |please )?(?:hes|shes|he is|she is|theyre|dads|mums|my (?:dad|mum|brother|sister|son|daughter|boyfriend|partner)s?(?: is)?) hanging\W*$",
         present_tense=True, negatable=False, concern_category="suicidal_thoughts"),
    # cutting deeper than before, with the wound or faintness told now: "did it again but deeper this time, i can see
    # stuff inside, im feeling faint"
    rule("self_harm.deeper_now", "self_harm", E,
         r"\bdeeper (?:this time|than (?:ever|before|usual|normal|last time))\b(?=.*\b(?:can see|faint|dizzy|bleeding|blood|wont stop|inside|fat|bone|white)\b)"
         r"|\bi can see (?:stuff|something|the fat|fat|bone|white|yellow|the bone|inside)\b(?=.*\b(?:cut|cutting|did it|deep|deeper|arm|wrist|leg|thigh|blood|bleed\w*)\b)",
         present_tense=True, negatable=False, concern_category="self_harm"),
    # a bare call for help with someone there: "please help hes here"
    rule("violence.help_hes_here", "violence", E,
         r"^\W*(?:please |pls )?help(?: me| us)?\W+(?:hes|shes|theyre|he is|she is|they are) (?:here|back|outside|in the house|at the door|coming in|inside)(?: now)?\W*$",
         present_tense=True, negatable=False, concern_category="domestic_abuse"),
    # a child missing now with a man in the story: "granddaughter went missing 3 hours ago, shes 12 ... messages from
    # a man asking her to come to his hotel tonight"; "my best mates been gone 2 nights ... with her man ... shes 14"
    rule("exploitation.missing_with_a_man", "exploitation", E,
         r"(?<!\bone )(?<!\bit )(?<!\bpack )(?<!\bbag )(?<!\bpackage )(?<!\bmoney )(?<!\bstuff )(?<!\bphone )\b(?:went|gone|has gone|been|is|shes|hes) missing\b(?! (?:school|sessions|lessons|classes|class|college|appointments|contact|meals|out|her|his|my|the)\b)|\bbeen gone (?:\d+|two|three|four|a couple of) (?:nights|days)\b|\b(?:not|hasnt|hasnt been|not been|never) (?:come )?(?:home|back) (?:since|all night|last night)\b|\bnot (?:home|back)\b(?=.*\b(?:in the morning|\d+ ?am|midnight|middle of the night)\b)",
         requires=r"^(?=.*\b(?:a man|the man|men|her man|his man|older (?:man|men|guy|lads|boyfriend)|hotel|strange flat|a flat|someone (?:she|he) met online|met online|stranger)\b)"
                  rf"(?=.*\b(?:{_UNDER_16}|year [5-9]|year 1[01]|(?:son|daughter|grandson|granddaughter|nephew|niece|brother|sister) (?:1[0-5]|[5-9]))\b)",
         ongoing=True, present_tense=True, negatable=False, concern_category="exploitation"),
    # a man met online in the house now: "theres a man i met online in my front room now ... he wont leave ... im 13"
    rule("exploitation.online_man_here_now", "exploitation", E,
         r"\b(?:man|bloke|guy|lad|boy|someone|person)(?: \w+)? (?:i|she|he) (?:met|been talking to|was talking to|chatted to) (?:online|on snap|on snapchat|on insta|on tiktok|on a game|on discord)\b(?=.*\b(?:in (?:my|the|our) (?:room|bedroom|house|flat|front room|living room|kitchen)|outside|wont leave|here now|at the door)\b)"
         r"|\b(?:on my way|on her way|on his way|going|gonna go|about) to meet (?:the|a|this) (?:man|guy|bloke|person|boy|lad)\b(?=.*\b(?:messag\w*|online|snap\w*|insta|tiktok|discord|older|present|(?:im|i am|shes|hes) (?:1[0-5]|[5-9])\b))",
         present_tense=True, negatable=False, concern_category="exploitation"),
    # a baby with nobody: "i dont think theres anyone in with the baby"
    rule("child_alone.nobody_with_the_baby", "child_alone", E,
         r"\b(?:(?:dont|do not) think (?:theres|there is) (?:anyone|anybody)|(?:theres|there is) (?:nobody|no one|noone|no adult|no grown up)|(?:nobody|no one|noone)(?: is|s)?) (?:in )?with (?:the|a|my|her|his|their) (?:baby|babies|toddler|bairn|little one|newborn)\b",
         present_tense=True, negatable=False, concern_category="child_alone"),
    # sexual abuse told as just now: "he only just left ... im 13 and he touched me"
    rule("sexual_abuse.just_now", "sexual_abuse", E,
         r"\b(?:(?:only )?just (?:left|gone|happened|now)|(?:\d+|a few|few|ten|five|twenty) (?:mins|minutes) ago|(?:hes|he is|shes) still (?:here|in the house|in my room|downstairs))\b",
         requires=r"\b(?:touched|touching|groped|raped|made me do|did stuff to|put his hands? (?:down|in|on)|felt me up|forced (?:me|himself))\b",
         present_tense=True, negatable=False, concern_category="sexual_abuse"),
    # a high place and a goodbye: "im at the top of the multi storey, just wanted to say thanks for the chat"
    rule("suicide.place_and_goodbye", "suicide", E,
         r"\b(?:im|i am|im stood|im sat|standing|sitting|sat|stood)\b(?: \w+)? (?:on|at|up on|on top of) (?:the )?(?:top of (?:the|a) (?:multi storey|car park|bridge|building|flats|tower|cliff)|bridge|roof|ledge|edge|cliff|multi storey)\b",
         requires=r"\b(?:(?:just )?want(?:ed)? (?:to|you to) (?:say|know|tell you)|thanks for (?:everything|the chat|listening|being there|trying)|goodbye|bye (?:everyone|all)|tell (?:my|mum|dad|them|everyone)|im sorry|sorry for everything|you were (?:nice|kind|lovely|good to me))\b",
         present_tense=True, negatable=False, concern_category="suicidal_thoughts"),
    # a scald or burn told now: "our babys burnt ... skins coming off"
    rule("medical.burnt_now", "medical", E,
         r"\b(?:skin|skins|skin is)(?: \w+)? (?:coming|peeling|falling|hanging) off\b|\b(?:babys|baby is|hes|shes|toddlers) (?:been )?(?:burnt|burned|scalded)\b(?=.*\b(?:kettle|water|tea|pan|fire|iron|heater|skin|blister\w*|screaming)\b)",
         requires=r"^(?!.*\b(?:sunburn\w*|sun|beach|peeling (?:after|from) the sun)\b)",
         present_tense=True, negatable=False, concern_category="neglect"),
    # a baby hurt now and kept from hospital: "baby of 6 weeks has a swollen arm and screams when touched ... she wont
    # let me take him to a and e"
    rule("medical.baby_kept_from_hospital", "medical", E,
         r"\b(?:wont|will not|refuses to|refusing to) let (?:me|us|anyone) (?:take|get|bring) (?:him|her|the baby|them|the child)(?: \w+)? to (?:a and e|hospital|the hospital|a doctor|the gp)\b"
         r"|\b(?:screams|screaming|cries|crying) (?:when|if) (?:touched|moved|picked up|you touch|i touch|we touch)\b(?=.*\b(?:baby|weeks|months old|newborn|swollen|arm|leg)\b)",
         present_tense=True, negatable=False, concern_category="neglect"),
    # --- stop 26, second round: from ej (short messages), ek (exploitation), el (in passing), em (the line), en
    # (people), eo (the inbox), ep (professionals), eq (misleading words) ---------------------------------------
    # a young child left and the parent not back: "mummy left us last night shes not back, im 9 and my brother is 3"
    rule("child_alone.left_and_not_back", "child_alone", E,
         r"\b(?:left|went out|went off|gone out|walked out)\b(?: \w+){0,3} (?:last night|yesterday|this morning|at \d+ ?(?:am|pm)?)\b(?: and)? (?:shes|hes|theyre|she is|he is|they are) (?:still )?not (?:back|home)\b",
         requires=r"\b(?:im (?:[4-9]|1[0-2])|i am (?:[4-9]|1[0-2])|(?:brother|sister|hes|shes) is (?:[1-6])|(?:brothers|sisters) (?:[1-6])|baby|toddler|(?:[1-6]) (?:year old|yr old))\b",
         present_tense=True, negatable=False, concern_category="child_alone"),
    # someone on the way to hurt them: "boyfriends mates are on the way to sort me out for grassing"
    rule("violence.on_the_way_to_hurt_me", "violence", E,
         r"\b(?:on (?:their|the|his|her) way|coming (?:round|over|here|to mine|to the house)(?: now)?|outside(?: now)?|waiting outside) to (?:sort (?:me|us|him|her) out|get (?:me|us)|batter (?:me|us)|do (?:me|us)(?: in)?|jump (?:me|us)|stab (?:me|us)|kill (?:me|us)|beat (?:me|us) up|hurt (?:me|us))\b",
         present_tense=True, negatable=False, concern_category="violence"),
    # a pulse failing: "mums pulse is really weak"
    rule("unresponsive.weak_pulse", "unresponsive", E,
         r"\bpulse(?: is| s)? (?:really |very |so |too )?(?:weak|faint|slow|fluttery|barely there|all over the place)\b|\b(?:cant|cannot|can not|couldnt) (?:find|feel) (?:a|his|her|their|any) pulse\b",
         requires=r"^(?!.*\b(?:first aid|course|training|lesson|class|smartwatch|watch|app|fitbit|monitor|oximeter)\b)", present_tense=True, negatable=False, concern_category="drug_use_around_children"),
    # on the phone to 999 now: "ok what do i say to 999 im scared"
    rule("unspecified.calling_999_now", "unspecified", E,
         r"\bwhat (?:do|should) i (?:say|tell) (?:to )?(?:999|the ambulance|the operator|the 999 \w+)\b|\b(?:on the phone|on the line) (?:to|with) (?:999|the ambulance)\b|\b999 (?:are|is) (?:on the phone|asking me|telling me)\b",
         present_tense=True, negatable=False),
    # a man coming for a child soon with drugs or money: "hes coming in 20 mins. im 13"; "hes on his way to pick me up
    # now for a sleepover at his. hes 26"
    rule("exploitation.man_coming_for_a_child", "exploitation", E,
         r"\b(?:hes|he is|theyre|they are|the man is|shes) (?:coming|on (?:his|their|her) way|picking me up|collecting me|here to pick me up)\b(?: \w+){0,4} (?:in (?:\d+|ten|twenty|five) ?(?:mins?|minutes)|in (?:half an|an) hour|now|right now|tonight)\b"
         r"|\b(?:on (?:his|their|her) way to (?:pick|get|collect) me(?: up)?)\b|\b(?:hell|he will|hes going to|theyll) be here in (?:an|half an|\d+) (?:hour|hours|mins?|minutes)\b|\bdriving (?:up|down|over|across)?(?: from \w+)? to (?:get|pick up|collect|fetch) me\b",
         requires=r"^(?=.*\b(?:(?:im|i am) (?:1[0-5]|[5-9])|(?:1[0-5]|[5-9]) ?(?:year old|yr old|yo))\b)"
                  r"(?=.*\b(?:pills|drugs|money|cash|sleepover|his (?:house|flat|place|mates)|(?:hes|he is) (?:[2-9]\d)|older|met online|snap\w*|insta|give me|discord|tiktok|met on|living with him)\b)",
         present_tense=True, negatable=False, concern_category="exploitation"),
    # a young child who got into someone's pills: "hes been at my pills but hes fine" (said slurring)
    rule("child_took_drugs.been_at_the_pills", "child_took_drugs", E,
         r"\b(?:been at|got at|gotten into|got into|been into) (?:my|the|her|his|mums|dads|their|nans|grans) (?:pills|tablets|meds|medication|methadone|script|sleeping tablets|painkillers|gear|stash)\b",
         requires=rf"\b(?:{CHILD}|(?:[1-9]|1[0-2]) (?:year old|yr old)|toddler)\b",
         present_tense=True, concern_category="drug_use_around_children",
         soften=r"\b(?:last (?:week|month|year|night)|yesterday|(?:days|weeks|months|years) ago|when (?:he|she|they) (?:was|were) (?:little|small|a baby|a toddler|\d+)|twice|(?:didnt|did not|hasnt|has not) (?:eat|swallow|take|have) any)\b"),
    # --- stop 26, third round -------------------------------------------------------------------------------
    # young children at home alone now: "parent presented at surgery smelling of alcohol, 3 children under 5 at home alone"
    rule("child_alone.young_children_home_alone", "child_alone", E,
         r"\b(?:children|kids|toddlers?|babies|twins|little ones|(?:\d+|two|three|four|five) (?:children|kids))(?: (?:under|aged) (?:[1-9]|1[0-2])(?: and (?:[1-9]|1[0-2]))?)? (?:are |were |left )?(?:at |in )?(?:home|the house|the flat) (?:alone|on their own|by themselves)\b",
         requires=r"\b(?:under (?:[2-9]|1[0-2])|aged (?:[1-9])|toddlers?|babies|twins|little ones|(?:[1-6]) (?:and|&) (?:[1-9]))\b",
         ongoing=True, present_tense=True, concern_category="child_alone", soften=r"\b(?:regular|regularly|often|a lot|every|most (?:days|nights|weekends))\b"),
    # a small child found alone with the parent gone: "found a 2 year old in a flat on his own ... still no sign of her"
    rule("child_alone.found_alone_parent_gone", "child_alone", E,
         r"\bfound (?:a|an|the|her|his|my|our|their) (?:[1-7]|one|two|three|four|five|six|seven) ?(?:year old|yr old|month old|yo|week old)\b(?: \w+){0,6}? (?:on (?:his|her|their) own|alone|by (?:himself|herself))\b",
         requires=r"\b(?:still no sign|no sign of|nowhere|not back|cant find|cannot find|not answering|nobody (?:else )?(?:there|home|in)|no adult)\b",
         present_tense=True, negatable=False, concern_category="child_alone"),
    # a baby with drugs in the mouth: "white powder in the babys changing bag. the babys been chewing on it"
    rule("child_took_drugs.chewing_on_it", "child_took_drugs", E,
         r"\b(?:babys|baby has|baby is|hes|shes|he has|she has|toddlers|toddler has|toddler is)(?: been)? (?:chewing|sucking|licking|eating|mouthing|nibbling)(?: on| at)? (?:it|them|one|the bag|a bag|the wrap|some|the packet|a packet)\b",
         requires=r"\b(?:powder|pills|tablets|drugs|wrap|bag of|gear|methadone|weed|coke|crack|heroin|subutex|baggie|foil)\b",
         present_tense=True, negatable=False, concern_category="drug_use_around_children"),
    # meeting a man soon, a child: "meeting a guy from discord in like an hour at the retail park, hes 24 ... im 14"
    rule("exploitation.meeting_a_man_soon", "exploitation", E,
         r"\b(?:meeting|meet|going to meet|on my way to meet|off to meet)(?: up with)? (?:a|the|this|some|that) (?:guy|man|bloke|lad|boy|person|fella)\b(?: \w+){0,8}? (?:in (?:like )?(?:an|half an|\d+) (?:hour|hours|mins?|minutes)|tonight|at \d+(?: ?(?:pm|am|oclock))?|now|right now)\b",
         requires=rf"^(?=.*\b{_UNDER_16}\b)"
                  r"(?=.*\b(?:online|discord|snap\w*|insta\w*|tiktok|account|modelling|paid|pays|older|(?:hes|he is) (?:[2-9]\d)|not to tell|dont tell|hotel|his flat|his house|his car)\b)",
         present_tense=True, negatable=False, concern_category="exploitation"),
    # a child collected tonight by an adult for a party: "being collected from home tonight by an adult male to be taken
    # to a party where she says shes been raped before"
    rule("exploitation.collected_tonight", "exploitation", E,
         r"\b(?:being|getting|is being|shes being|hes being|im being) (?:collected|picked up|taken|fetched)\b(?: \w+){0,4}? (?:tonight|now|in an hour|at \d+(?: ?pm)?)\b",
         requires=r"\b(?:adult|man|men|male|older|party|parties|raped|abused|dealer|strangers?)\b",
         present_tense=True, negatable=False, concern_category="exploitation"),
    # held somewhere since a time: "ma grandsons been held in a flat in kilmarnock since last night"
    rule("exploitation.held_since", "exploitation", E,
         r"\b(?:been|is being|being|are being) (?:held|kept|locked up|locked in)\b(?: \w+){0,2}? (?:in|at) (?:a|the|some|this|his|their) (?:flat|house|room|car|place|trap|van)\b(?: \w+){0,3}? since\b",
         present_tense=True, negatable=False, concern_category="exploitation"),
    # made to do things with men now: "shes been at his flat all weekend and now ... theyre making her do stuff with his mates"
    rule("sexual_abuse.made_to_with_his_mates", "sexual_abuse", E,
         r"\b(?:making|forcing|make|force) (?:her|him|me) (?:do|have) (?:stuff|things|sex|it|sexual \w+) with (?:his|their|the|older|other) (?:mates|friends|men|lads|guys)\b",
         requires=r"^(?!.*\b(?:used to|years ago|when i was)\b)", present_tense=True, negatable=False, concern_category="sexual_abuse"),
)  # fmt: skip
