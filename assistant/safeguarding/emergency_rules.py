"""Rules for someone in danger now. Order matters: the first emergency that fires names the category."""

# ruff: noqa: E501 -- regex tables read better one alternative group per line, unbroken.

from __future__ import annotations

from assistant.safeguarding.assessment import Severity
from assistant.safeguarding.patterns import not_after
from assistant.safeguarding.rules import Rule, rule, words
from assistant.safeguarding.vocabulary import (
    ALCOHOL,
    AMOUNT,
    CHILD,
    EXPLOITATION_CONTEXT,
    FIRE_WORRY,
    INGEST,
    INTOXICATED,
    MEDICINE,
    PERSON,
    RIGHT_NOW,
    STREET_DRUG,
    TONIGHT,
    WEAPON,
)

E = Severity.EMERGENCY

# A story, not the writer's life: "the guy in the film took a load of pills", "a bit in my book where the dad
# drives drunk" (a lookahead: anchored with "^" where it stands alone)
_NOT_A_STORY = (
    r"(?!.*\b(?:the (?:guy|man|woman|lady|girl|boy|lad|character|dad|mum|mam|father|mother) in (?:the|a|my|that|this)"
    r" (?:film|book|show|programme|series|story|novel|play|game|soap)|a (?:bit|part|scene|chapter) in (?:my|the|a|this|that)"
    r" (?:book|film|story|novel|show|play))\b)"
)
_SUICIDE_ACT = words(
    r"kill (?:myself|himself|herself|themselves|themself|ourselves)", r"end (?:it(?! with)|it all|my life|his life|her life|things|everything)",
    r"take (?:my|his|her|their) (?:own )?life", r"top (?:myself|himself|herself)", r"hang (?:myself|himself|herself)",
    r"jump (?:off|from|in front)", r"throw (?:myself|himself|herself) (?:off|in front|under)", r"die tonight",
    r"take (?:them|it) all(?! to| out| with| home| back| round| over| in| off| away| up| down)", r"take all (?:of )?(?:my|her|his) (?:pills|tablets|meds|antidepressants|sleeping tablets|painkillers)", r"not wake up",
    r"take the (?:whole )?lot(?! (?:home|back|to|round|out|with|of|in|off|away|up|down))",
    r"overdose", r"do it (?:properly|tonight|this time|for real)",
)  # fmt: skip
_INTENT = words(
    r"going to", r"about to", r"bout to", r"want to", r"wants to", r"planning to", r"plans to", r"plan to", r"ready to",
    r"decided to", r"will", r"ll", r"need to", r"trying to", r"tried to", r"try to", r"attempted to",
    r"attempting to", r"threatening to", r"threatened to", r"says hes going to", r"says shes going to",
    r"shell", r"hell", r"ill", r"theyll", r"youll",  # "she'll", "he'll", "I'll" as normalised
)  # fmt: skip
_SYMPTOM = words(
    r"feel(?:s|ing)? (?:really |so |very |a bit )?(?:weird|sick|dizzy|sleepy|drowsy|strange|funny|faint|ill|rough|wrong|spaced|numb|cold)",
    r"being sick", r"vomiting", r"nauseous", r"throwing up", r"cant (?:stand|walk|see|breathe|keep (?:her|his|my|their) eyes open)",
    r"(?:very|really|so) (?:sleepy|drowsy|floppy|pale|hot|confused)", r"drowsy", r"confused", r"hallucinating",
    r"shaking", r"sweating", r"burning up", r"heart", r"jaw going", r"not making sense", r"acting (?:weird|strange|funny)",
    r"freaking out", r"seeing things", r"(?:everything|everythings|it|its|eyes|vision)(?: is| s)? (?:going|gone|goes) (?:dark|black|blurry|fuzzy)", r"going dark", r"fitting", r"collapsed", r"passed out", r"slurring", r"going under", r"drifting off",
    r"cant stay awake", r"cant get up", r"cant feel (?:my|his|her|their) (?:legs|arms|face|hands)", r"hearts? (?:is |s )?(?:racing|pounding|going)",
    r"(?:been|was) sick", r"sick on (?:herself|himself|themselves|myself)", r"vomited", r"cant see properly", r"on the (?:\w+ )?floor", r"eyes (?:are |look |going )?(?:weird|funny|strange|glazed|rolling)", r"(?:tiny|pinned|pinpoint|massive|huge|dilated) pupils", r"pupils (?:are |look |gone |like )?(?:tiny|pinned|pinpoints?|pinpricks?|massive|huge|dilated|small|big|weird)", r"had too much",
)  # fmt: skip
_SUBJECT_NOW = words(
    r"is", r"s", r"are", r"re", r"hes", r"shes", r"theyre", r"he is", r"she is", r"they are", r"still", r"started",
    r"starting", r"currently", r"now", r"dads", r"mums", r"stepdads", r"boyfriends", r"partners", r"husbands", r"exs",
    r"brothers", r"uncles", r"grandads", r"nans", r"sisters", r"fellas",
)  # fmt: skip
_VICTIM = (
    r"(?:me|her|him|mum|dad|us|them|you|my \w+|the (?:kids|baby|children|door|woman|man|girl|boy|family)|his \w+|her \w+|everyone|"
    r"everybody|us all|all of us|the lot of us|himself and|herself and)"
)
_SWALLOWED_PAST = words(
    r"taken", r"took", r"swallowed", r"drank", r"drunk", r"eaten", r"ate", r"had", r"necked", r"downed", r"popped",
    r"chewed", r"done", r"injected", r"snorted", r"got through",
)  # fmt: skip
_SWALLOWED = words(
    MEDICINE, STREET_DRUG, ALCOHOL, r"bleach", r"batteries", r"battery", r"foil", r"needles?", r"antifreeze",
    r"washing (?:tablets?|pods?)", r"white stuff", r"green stuff", r"orange (?:medicine|stuff)", r"sweeties",
    r"bottle", r"what was in", r"(?:sweets|sweeties|gummies) (?:from|out of|in) (?:her|his|my|the|their|mums|dads|nans)", r"something (?:from|out of|in) (?:the|my|his|her|mums|dads)",
)  # fmt: skip
# A threat of suicide said often or to keep a child quiet is followed up, unless something later in the message says it
# is happening now or the means are at hand ("shes asleep now" and "not doing anything rn" do not count as now).
_NOTHING_NOW_OR_AT_HAND = (
    r"(?!.*(?<!asleep )(?<!anything )(?<!asleep right )(?<!anything right )"
    r"\b(?:tonight|today|now|right now|holding|tablets|pills|belt|rope|knife|bannister|bridge|ledge|noose|ligature)\b)"
)
_NO_NEGATION = {"negatable": False, "ongoing": True, "concern_category": "drug_use_around_children"}

EMERGENCY_RULES: tuple[Rule, ...] = (
    # --- not breathing, unconscious, fitting -----------------------------------------------------------
    rule("unresponsive.not_breathing", "unresponsive", E,
         r"\b(?:not|isnt|isnae|stopped|stop|barely|hardly|cant|cannot|struggling to|can hardly|not really|no longer) breath(?:e|ing|in)\b|\b(?!theres\b)\w*s (?:no|nae) breath(?:in|ing)\b|\b(?:nana|nan|nanna|mum|mam|dad|da|baby|gran|grandad|she|he) (?:no|nae) breath(?:in|ing)\b(?! (?:space|room|exercises?|techniques?)\b)|\bforget(?:s|ting)? to breathe\b|\bbreath(?:es|ing|e)? (?:only )?every now and (?:then|again)\b|\bbreath(?:ing|es|e)\b(?:\W+\w+){0,5}?\W+(?:only )?(?:once )?every (?:few|\d+|ten|five) (?:seconds|secs)\b|\bsnoring (?:and|then) (?:stopping|stops)\b|\bkeeps? stopping breathing\b|\bgaps between (?:her |his |their |the )?breaths\b|\bsnoring but (?:wrong|weird|not right|different)\b"
         r"|\bbreath(?:e|es|ing|ings) (?:is |has gone |has |s |all |really |very |so |gone |like |proper )*(?:slow|funny|weird|strange|shallow|badly|bad|odd|wrong|noisy|slowly|rattly|loud)\b"
         r"|(?<!\bim )(?<!\bwhen im )(?<!\bi was )(?<!\bi get )(?<!\bwhen shes )(?<!\bwhen hes )(?<!\bwhen theyre )(?<!\bno more )(?<!\bno )(?<!\bnot )\b(?:(?:(?<!\bis )(?<!\bs )(?<!\bhes )(?<!\bshes )(?<!\bbeen )(?<!\bproper )|(?!.*\b(?:script|withdrawal|withdrawing|clucking|sweating|sweats|shaking|detox|methadone|subutex|bupe)\b))rattl(?!e\b)\w*\b(?! again\b)(?! (?:chesty |chest )?cough)(?! (?:and|n) (?:screaming|screamin|shouting|smashing|nasty|kicking off|being|bein|raging|taking it out|horrible|moody|snappy|angry|aggressive|having a go|lashing out|in a mood|vile|mean)\b)(?! means?\b)|(?<!\ba )(?<!\bthe )(?<!\bwindows )(?<!\bwindaes )(?<!\bwindies )(?<!\bdoors )(?<!\bpipes )rattle|gurgl\w*|gasping|agonal)\b(?! for\b)|\b(?:weird|horrible|funny|strange|scary|loud|really loud) (?:snoring|breathing|rattling|gurgling|choking)(?: noise| sound)?\b"
         r"|\bsnoring (?:noise|really|weird|weirdly|funny|strangely|oddly|loud)\b|\bmaking (?:a |this |these )?(?:weird|horrible|funny|strange|scary) (?:\w+ )?(?:noise|noises|sound)",
         **_NO_NEGATION),
    rule("unresponsive.wont_wake", "unresponsive", E,
         r"\b(?:wont|cant|cannot|couldnt|can not|could not|unable to|trying to|tried to|try to|tryna|can hardly|can barely|could hardly|could barely) (?:get |even )?(?:wake|rouse) (?:him|her|them|mum|dad|my \w+|the \w+|it)\b"
         r"|\b(?:cant|cannot|couldnt|wont) get (?:him|her|them|mum|dad) to (?:open|wake|respond|move|talk)\b|\b(?:not|isnt|wont) answer(?:ing)? me\b|\b(?:wont|isnt|not|doesnt|didnt) (?:answer|answering|respond|responding|react|reacting|move|moving)(?: me)? when (?:i|we) (?:shake|shook|shout|call|nudge|pinch|slap)\b|\b(?:cant|cannot|couldnt) get (?:any |a )?(?:response|answer|reaction)\b"
         r"|(?<!to sleep and )(?<!sleep and )(?<!\babout )(?<!\babout just )(?<!\bof just )(?<!\bof )(?<!\bmind )(?<!\bi )(?<!\bim )(?<!\bi just )(?<!\ba just )(?<!\bif a )(?<!\bor )(?<!\bcould just )(?<!\bwould just )(?<!\bcould )(?<!\bwould )\b(?:wont|cant|cannot|couldnt|can not|could not|not|isnt|unable to|didnt|wouldnt|hard to)"
         r" (?:get (?:him|her|them|it|mum|dad) to )?(?:\w+ )?(?:wake|waking|rouse|rousing|(?<!they cant )(?<!they wont )(?<!mates cant )(?<!pals cant )(?<!friends cant )come round|coming round|respond|responding|open (?:his|her|their|its) eyes)\b"
         r"(?! to (?:my |me |our )?(?:texts?|messages?|calls?|emails?|phone))(?! up (?:before|till|until|til|for (?:school|work|college|(?:her|his|the|their) (?:night )?feeds?|night feeds?)|in the mornings?|on time|in time|to take|to get))",
         # a fear for one day, not now: "im scared one day he just wont wake up" (but not with anything of now in it)
         soften=r"^(?!.*\b(?:right now|now|rn|tonight|atm|at the moment|this morning|since|cant|cannot|hasnt|isnt|not)\b)"
                r".*\b(?:scared|worried|afraid|terrified|frightened|worry|fear)\b(?: \w+){0,4} (?:one day|some day|someday|one of these days|one night)\b",
         # asleep after work: "wont wake up cos she did a 12 hour shift at the hospital, shes snoring like a train"
         requires=r"^(?!.*\b(?:cos|because|as|after) (?:she|he|they|mum|dad|mam) (?:did|done|worked|was on|had) (?:a |an |the )?(?:\d+ hour |twelve hour |long |double |late |early )?(?:night ?shift|shift|nights)\b)",
         **_NO_NEGATION),
    rule("unresponsive.unconscious", "unresponsive", E,
         r"\b(?:unresponsive|unrousable|unconscious|not conscious|semi conscious|out cold|lifeless|floppy|limp|"
         r"not moving|isnt moving|wont move|stopped moving|not responsive|no response|out for the count|comatose|reduced (?:level of )?consciousness|barely conscious|(?:drifting|slipping) in and out(?: of (?:it|consciousness))?|(?:going|coming) in and out of (?:it|consciousness)|going in and out\b(?! (?:of|at|all)\b))\b",
         **_NO_NEGATION),
    rule("unresponsive.might_be_dead", "unresponsive", E,
         r"\b(?:mums|mams|dads|das|nans|grans|babys|hes|shes|(?:mum|mam|dad|da|nan|baby|he|she) is) (?:really |actually )?dead (?:i think|i reckon|i swear|please|help)\b"
         r"|\b(?:think|thought|scared|worried|afraid|might be|looks)(?: \w+)? (?:hes|shes|theyre|mums|dads|he is|she is|\w+ is) dead\b|\b(?:hes|shes|is) (?:really |so |ice |stone )?cold\b(?=.*\b(?:wont|not moving|dead|wake|floor|breath\w*|grey|blue)\b)",
         requires=r"^(?!.*\b(?:jk|only joking|just joking|joking obviously)\b)", **_NO_NEGATION),
    rule("unresponsive.collapsed", "unresponsive", E,
         r"(?<!\bi )(?<!\bnearly )(?<!\balmost )(?<!\bwhen shes )(?<!\bwhen hes )(?<!\bwhen she is )(?<!\bwhen he is )(?<!\bwhen mums )(?<!\bwhen mum is )(?<!\bwhen dads )(?<!\bwhen she was )(?<!\bwhen he was )(?<!\bwhen mum was )(?<!\bwhen dad was )(?<!\bwhen mam was )(?<!\bwhile she was )(?<!\bwhile he was )\b(?:collapsed|collapse|collapsing|keeled over|blacked out|passed out|passes out|passing out|"
         r"conked out|sparked out|spark out|flaked out|slumped)\b(?! (?:windows|window|tints?|car|van|motor)\b)"
         # not a person: "attendance has collapsed since", "the deal collapsed"
         r"(?<!attendance has collapsed)(?<!attendance collapsed)(?<!grades have collapsed)(?<!marriage collapsed)(?<!deal collapsed)(?<!tent collapsed)(?<!ceiling collapsed)(?<!roof collapsed)(?<!wall collapsed)",
         # people in general, or someone on a screen: "saw a lad collapse on the news from spice", "mad how people
         # just collapse on it"
         requires=r"^(?!.*\b(?:on the news|in the news|in the paper|a documentary|that documentary|the documentary|on tiktok|on youtube|in a video|in the film|on the telly|on tv)\b)"
                  r"(?!.*\b(?:people|folk|you) (?:just |can |will |would )?collapse\b)"
                  # a story being written: "a story for creative writing where the main character finds her dad passed out"
                  r"(?!.*\b(?:creative writing|short story|main character|in my story|writing a story)\b)",
         physical=True, **_NO_NEGATION),
    rule("unresponsive.colour", "unresponsive", E,
         r"\b(?:blue|purple|grey|gray) (?:round|around|on|in) (?:the|his|her|their) (?:lips|mouth|face)\b|\blips\b(?:\W+\w+){0,3}?\W+(?:funny|weird|strange|odd|dark|darker|bluey|blueish)\b|\b(?:lips|face|skin|fingers|fingertips|nails|mouth)\b(?:\W+\w+){0,4}?\W+(?:blue|purple|grey|gray|(?<!on the )white|pale|a (?:funny|weird|strange|horrible) colou?r)\b"
         r"|\b(?:turned|turning|gone|going|went|go|hes|shes|he is|she is|is all|all)\s+(?:really |so |very |dead |a bit |all )?"
         r"(?:blue|purple|grey|gray|pale|white|a (?:funny|weird|strange|horrible) colou?r|an? (?:blue|purple|grey|gray|white)(?:ish)? colou?r)\b"
         r"|\b(?:mams|mums|dads|nans|nanas|grans|babys|mum is|mam is|dad is|baby is|nana is|nan is)\s+(?:really |so |very |all |gone |going )?(?:blue|purple|grey|gray)\b(?! (?:dress|top|coat|car|jumper|eyes|hair|bag|shoes|one|jacket|and|or|badge|book|van)\b)",
         requires=r"^(?!.*\b(?:in the sea|swimming|in the pool|paddling|baltic|in the snow|felt tip|face paint\w*|paint|smurf|white as a ghost|slush\w*|ice pops?|ice lolly|lollies|lolly|grape|blue raspberry|(?:from|with) (?:laughing|laughter)"
                  # stop 26: "grey in the photo but its just the filter", "went white when she saw her crush lol", "glitter"
                  r"|filter|in the (?:photo|pic|picture|selfie)|her crush|his crush|my crush|glitter|hit in the face with a (?:football|ball)"
                  # a harmless cause told with it: "lips were blue after the sea swim lol", "face went purple planking"
                  # (not the cold, a beach or a pool alone: someone found outside or pulled from water is in danger)
                  r"|sea swim|the baths|lifeguard|(?:holding|held) (?:my|his|her|their) breath for|dentist|blueberr\w*|ribena|blackcurrant|"
                  r"cross country|a run|the race|planking|a workout|the gym|shouting at (?:the )?(?:telly|tv|ref|match|game)|rugby|the match|gas bill|electric bill|a run up|lido|cold water|blackberr\w*|snowman|snowballs?|tantrum|rabbit|bunny|kitten|puppy|hamster|guinea pig|budgie|pony|(?:her|his|my) hair|(?:purple|red) laughing|waltzers|rollercoaster|haunted house|ghost train|concedes?|balloons|in (?:photos|pictures|selfies)|the lighting|a filter)\b)", **_NO_NEGATION),
    rule("unresponsive.fitting", "unresponsive", E,
         r"\b(?:having|had|has|in|into|is having) (?:what (?:looks|look|seems?|might be|i think (?:is|are)) like |what might be |what i think (?:is|are) )?(?:a |some kind of |some sort of |another |a bad )?(?:fit(?! (?:state|to|for|enough|condition)\b)|fits|seizure|seizures|convulsions)\b|\b(?:is|s|hes|shes|been|keeps|still|started|start)(?: \w+)? (?:fitting(?! (?:a|an|the|new|in|into|out|my|our|his|her|some|them|it|us|carpets?|kitchens?|windows?|curtains|blinds|wardrobes?)\b)|seizing|convulsing)\b"
         r"|\b(?:fitting on|seizing|convulsing|jerking|twitching all over|shaking all over|foaming|frothing)\b|\b(?:foam|froth)\w* (?:coming )?(?:out of|out|from|at|round) (?:his|her|their|the) mouth\b|\bmouth (?:is |s )?(?:all )?(?:foamy|frothy|foaming|frothing)\b|\bshaking on the floor\b|\beyes (?:are |have |keep )?(?:rolled|rolling)",
         soften=r"\b(?:has|gets|have|get) (?:seizures|fits|epilepsy)\b(?=.*\b(?:rescue (?:meds|medication)|i give|i look after|i help)\b)",
         **_NO_NEGATION),
    rule("unresponsive.choking_on_vomit", "unresponsive", E,
         r"\bchok\w* (?:on|in) (?:her|his|their|my|the|its)? ?(?:own )?(?:sick|vomit|spew|boke)\b|(?<!thought i was )(?<!thought he was )(?<!thought she was )\bchoking\b(?! (?:me|her|him|mum|them|us|my \w+|his \w+|her \w+)\b)",
         topic=True, **_NO_NEGATION),
    rule("unresponsive.head_injury", "unresponsive", E, r"\b(?:hit|banged|bashed|smashed) (?:his|her|their|my) head\b",
         topic=True, physical=True, negatable=False, ongoing=True, concern_category="abuse"),
    rule("unresponsive.confused", "unresponsive", E,
         r"\b(?:not|isnt|cant|barely) (?:really )?(?:talking|speaking|making sense)\b(?! to\b| about\b)|\btalking rubbish\b|\bnot (?:really )?there\b"
         r"|\b(?:wont|wouldnt|cant|couldnt|isnt|not) (?:get|getting) up\b(?! in the mornings?| for (?:school|work)| early| on time)",
         requires=r"\b(?:head|blood|bleeding|hit|floor|pills|tablets|took(?! (?:me|us|them|him|her)\b)|taken(?! (?:me|us|them|him|her)\b)|drunk|fell|fallen|collapsed|breathing|neck|overdose|stuff|gear)\b",
         negatable=False, ongoing=True, concern_category="abuse",
         soften=r"\b(?:takes|drinks|uses|smokes)\b(?: \w+){0,3} and (?:cant|doesnt|wont) get up\b"),
    rule("unresponsive.fall", "unresponsive", E, r"\b(?:fell|fallen|falls|tripped|slipped) (?:down|off|over|from|in)\b", topic=True,
         requires=r"\b(?:not getting up|wont get up|cant get up|isnt getting up|not moving|blood|bleeding|head|wont wake|not waking|not talking|unconscious)\b",
         ongoing=True, physical=True, concern_category="abuse"),
    rule("unresponsive.chest_pain", "unresponsive", E,
         r"\b(?:clutching|grabbing|holding) (?:his|her|their|my) chest\b|\bchest pains?\b|\bchest (?:is |s |feels )?(?:so |really |proper |very )?tight\b|\bcant feel (?:a|his|her) pulse\b|\bno pulse\b"
         r"|\bhearts? (?:is |s )?(?:racing|pounding|going (?:mental|mad|crazy|like mad|really fast|so fast)|beating (?:really |so )?fast|stopped)\b",
         # nerves: "my heart is racing before my exams is that anxiety"
         requires=r"^(?!.*\b(?:before (?:my|an|the) (?:exams?|tests?|interview|presentation|driving test|match|audition|mocks)|is (?:that|it|this) (?:anxiety|a panic attack|nerves)|when i get (?:anxious|nervous|stressed))\b)",
         ongoing=True),
    rule("unresponsive.lying_there", "unresponsive", E,
         rf"\b(?:just )?lying (?:there|still|in (?:the|a) (?:bath|hallway|hall|garden|road|street|car))\b|\bcold and (?:not|wont|grey|blue|stiff)\b"
         rf"|\b{PERSON}\b(?: (?:is|s|was|just|still|now|lying|laid|lay|collapsed|slumped|sprawled|passed|out|cold|asleep|flat|face|down|fallen|fell|been|gone|over)){{0,3}}"
         rf" (?:on the (?:\w+ )?(?:floor|ground)|at the bottom of the stairs)\b|\basleep and cold\b"
         rf"|\b(?:put|putting|roll|rolled|rolling|turn) (?:him|her|them|mum|dad|(?:my|her|his|their|the) \w+) (?:in(?:to)? the recovery position|on(?:to)? (?:his|her|their) side|over)\b",
         ongoing=True, physical=True, concern_category="drug_use_around_children",
         soften=r"\b(?:drew|drawn|drawing|picture of|painted|painting)\b", soften_unless_now=True),
    rule("unresponsive.naloxone", "unresponsive", E,
         # not when the paramedics have given it ("the paramedics gave him the naloxone thing, hes alright")
         r"(?<!paramedics )(?<!paramedic )(?<!ambulance )(?<!the crew )(?<!doctors )(?<!hospital )(?<!nurses )\b(?:cant find|wheres|where is|need|give|gave|given|giving|used|using|inject|administer|spray|sprayed)(?! out\b)(?: \w+){0,2} (?:naloxone|narcan|prenoxad|nyxoid)\b(?! (?:kits?|training|packs?|leaflets?)\b)",
         ongoing=True, topic=True, concern_category="drug_use_around_children"),
    # --- overdose and swallowing ----------------------------------------------------------------------
    rule("child_took_drugs.child_swallowed", "child_took_drugs", E,
         rf"\b{CHILD}\b(?:\W+\w+){{0,8}}?\W+(?:has |have |s |just )?(?<!\bi )(?<!\bive )(?<!\bwe )(?:(?<!being )(?:taken|took)(?! (?:off|away from|into care|from) (?:me|her|him|us|them|my|the)\b)(?! (?:the|her|his|their) (?:bottle|methadone|dose|script|meds|medication) home\b)|swallowed|swallowing|ingested|drank|drunk (?:some|from|out of|a|the)|eaten|ate|"
         rf"necked|downed|chewed|chewing|licked|sucked|sniffed|snorted|inhaled|got into(?! (?:drugs|the drugs|heroin|crack|the gear|drink|bother|trouble|debt|a mess|a state|a fight))|got hold of)\b(?:\W+\w+){{0,5}}?\W+{_SWALLOWED}\b",
         requires=r"^(?!.*\b(?:died|death|killed|passed away) (?:after|from|of) (?:swallowing|taking|drinking|eating)\b)(?!.*\b(?:asked|asks|asking|wonders|wondered|wants to know)(?: me)? (?:if|whether) (?:i|we|you) (?:ever |have ever |had ever )?(?:took|taken|take|tried|did|done)\b)",
         ongoing=True, concern_category="drug_use_around_children"),
    rule("child_took_drugs.found_and_swallowed", "child_took_drugs", E,
         rf"\b{CHILD}\b(?:\W+\w+){{0,3}}?\W+(?:found|got|grabbed|got hold of|got into)\b(?:\W+\w+){{0,4}}?\W+{_SWALLOWED}\b(?:\W+\w+){{0,3}}?\W+"
         r"(?:ate|eaten|swallowed|drank|took|taken|had|chewed)(?: (?:loads|some|them|it|one|a few|a load|lots|all))?\b",
         ongoing=True, concern_category="drug_use_around_children"),
    rule("child_took_drugs.in_mouth", "child_took_drugs", E, r"(?<!\bputs everything )(?<!\bputs things )(?<!\bput everything )(?<!\bputs anything )\b(?:in|into) (?:his|her|their|its) mouth\b",
         requires=rf"^(?=.*\b{CHILD}\b)(?=.*\b(?:powder|pills?|tablets?|foil|needles?|bags?|drugs|methadone|weed|gear|crack|white)\b)",
         ongoing=True, concern_category="drug_use_around_children"),
    rule("child_took_drugs.dangerous_substance", "child_took_drugs", E,
         r"\b(?:swallowed|drank|drunk|eaten|ate|chewed|chewing|licked|tasted|tasting)\b(?:\W+\w+){0,5}?\W+(?:bleach|batteries|battery|white powder|"
         r"powder|foil|antifreeze|washing (?:tablets?|pods?)|edibles|gummies|cannabis sweets|weed sweets|green bottle|brown bottle)\b"
         r"|\b(?:white powder|powder|pills?|tablets?|capsules?|edibles|gummies)\b(?:\W+\w+){0,8}?\W+(?:and )?(?:tast\w*|lick\w*|ate|eating|swallow\w*) (?:it|some|one|them)\b"
         r"|\b(?:swallowed|drank|drunk|had|took|taken)\b(?: \w+)? (?:some|some of|from|out of|a bit of|a sip of|the rest of|what was left (?:in|of)|whats left (?:in|of)|the last of|the dregs of)\b(?:\W+\w+){0,4}?\W+methadone\b",
         ongoing=True, concern_category="drug_use_around_children"),
    rule("overdose.named", "overdose", E,
         r"(?<!called )(?<!named )(?<!thinking about )(?<!thought about )(?<!think about )(?<!thoughts of )(?<!thoughts about )\b(?:overdosed|overdosing|oding|taken an overdose|took an overdose|had an overdose|has overdosed|oded|over dosed|overdose)\b(?! and died)(?! (?:last (?:year|month|summer|christmas)|years ago|a few years ago) and (?:she |he )?died)(?! on (?:easter eggs|chocolate|sweets|sugar|haribo|cake|pizza|netflix|caffeine|coffee|red bull|energy drinks|tiktok))"
         # A death told as past is a bereavement, not an overdose happening now.
         r"(?<!died of an overdose)(?<!died from an overdose)(?<!passed away from an overdose)(?<!death from an overdose)(?<!died of overdose)(?<!passed from an overdose)(?<!passed of an overdose)(?<!to an overdose)"
         r"(?<!since (?:his|her) mums overdose)(?<!since (?:his|her) dads overdose)(?<!since mums overdose)(?<!since dads overdose)(?<!after (?:his|her) mums overdose)(?<!after mums overdose)"
         r"(?<!died of a heroin overdose)(?<!died from a heroin overdose)(?<!died of a drug overdose)(?<!died from a drug overdose)(?<!died of a drugs overdose)"
         r"(?<!died of a methadone overdose)(?<!died of a fentanyl overdose)(?<!died of a suspected overdose)(?<!died of an accidental overdose)(?<!died from an accidental overdose)",
         # not learning about overdoses, nor one on the telly
         requires=r"^(?!.*\bbereave(?:d|ment) (?:after|by|following|from) (?:(?:her|his|their|my|a|an) )?(?:\w+s )?(?:overdose|drug death|drug related death)\b)(?!.*\b(?:learning about|(?:learnt|learned) (?:in|about|that|at)|(?:on|from|in) the news|training (?:on|about)|reading (?:on|about)|leaflets? (?:on|about)|(?:info|information) (?:on|about)|course on|session on|module on)\b)"
                  r"(?!.*\b(?:in|on|watched|watching) (?:eastenders|corrie|coronation street|hollyoaks|emmerdale|casualty|the telly|tv|(?:a|the|that) (?:film|drama|programme|episode|soap|show|book|series))\b)",
         ongoing=True, topic=True, concern_category="drug_use_around_children"),
    rule("overdose.mass_ingestion", "overdose", E,
         rf"\b{_SWALLOWED_PAST}\b(?! the same\b)(?! (?:my|our|her|his|the) (?:\w+ )?(?:nephew|niece|grandson|granddaughter|grandkids|grandchildren|son|daughter|kids|children|cousin|brother|sister|boy|girl|lad|lass|bairns?|weans?) in\b)(?! all (?:the|her|his|my|our) (?:money|cash|benefits|wages|rent|gas|electric))(?!\W+\d+ (?:kids|children|boys|girls|siblings)\b)(?:\W+\w+){{0,4}}?\W+{AMOUNT}\b(?:\W+\w+){{0,4}}?\W+{words(MEDICINE, STREET_DRUG)}\b"
         rf"|\b{_SWALLOWED_PAST} (?:it all|them all|everything(?! right| i can| we can| possible| they| to| for| else)|the lot|all of (?:them|it)|my whole \w+|(?:a|the) (?:whole|full) (?:packet|pack|box|strip|bottle))\b(?! of (?:chocolates?|biscuits|sweets|cereal|crisps|celebrations|quality street|roses|heroes|doughnuts|donuts|cookies|pizza|jaffa cakes|maltesers|cheerios|coco pops)\b)"
         rf"|\b(?:i|ive|i have|i just|just)\b(?: \w+)? {_SWALLOWED_PAST} (?:[1-9]\d|about [1-9]\d|like [1-9]\d) (?:of them\b(?! (?!pills|tablets)\w+s\b)|of (?:my|her|his|mums?|dads?) \w+|\w+ (?:pills|tablets))"
         r"|\b(?:drank|drunk|necked|downed|had)\b(?: \w+)? (?:a whole|the whole|a full|two|three|a|half a|loads of) bottles? of (?:vodka|whisky|gin|spirits|rum|buckie)\b",
         ongoing=True, concern_category="drug_use_around_children", requires="^" + _NOT_A_STORY),
    rule("overdose.someone_elses_medicine", "child_took_drugs", E,
         rf"\b(?:i|ive|i have|i just|just)\b(?: \w+)? {INGEST}\b(?:\W+\w+){{0,3}}?\W+(?:my |me )?(?:mums|dads|nans|grandads|brothers|sisters|stepdads|stepmums|"
         rf"mates|friends|her|his|their|someone elses)\b(?:\W+\w+){{0,2}}?\W+{words(MEDICINE, STREET_DRUG)}\b",
         ongoing=True, concern_category="drug_use_around_children",
         # Taken to sleep or cope, over weeks: a concern to follow up, not an overdose now.
         soften_unless_now=True,
         soften=r"\b(?:started|been|keep|keeps) taking\b(?=.*\b(?:to (?:help|calm|(?:get to )?sleep|cope)|so i can (?:sleep|cope)|at school|every (?:night|day)|most nights|for (?:weeks|months|ages))\b)"),
    rule("overdose.unknown_amount", "overdose", E,
         r"\b(?:dont know|not sure|no idea|cant remember) how (?:much|many)\b(?:\W+\w+){0,6}?\W+(?:took|taken|had|done|swallowed|drank|necked)\b"
         r"|\b(?:dont know|not sure|no idea) how much (?:went|has gone|is gone|was in it|is missing|he had|she had|they had)\b",
         ongoing=True, concern_category="drug_use_around_children"),
    rule("overdose.ingested_and_unwell", "overdose", E,
         rf"\b{INGEST}\b(?!\W+\d+ (?:kids|children|boys|girls|siblings)\b)(?:\W+\w+){{0,4}}?\W+{words(MEDICINE, STREET_DRUG, ALCOHOL, r'a pill')}\b"
         r"|\b(?:took|taken|swallowed|necked|done|popped|snorted|injected|had)\b(?: \w+){0,3} (?:something|summat|stuff|some|too much)\b",
         requires=rf"\b{_SYMPTOM}\b", ongoing=True, concern_category="drug_use_around_children",
         # a habit: "he puts me to bed when ive had too much"
         soften=r"\bwhen (?:ive|i have|hes|shes|he has|she has|theyve|mums|dads) had too much\b"),
    # --- suicide and self-harm -------------------------------------------------------------------------
    rule("suicide.intent", "suicide", E,
         rf"\b{_INTENT}(?: \w+)? {_SUICIDE_ACT}\b|\b(?:kill|killing) (?:myself|himself|herself) (?:tonight|today|now)\b",
         ongoing=True, concern_category="suicidal_thoughts",
         soften=r"\b(?:lol|haha|lmao|jk|joking)\b|😂|🤣|💀|\b(?:havent|hasnt|not|never) (?:done|acted|tried) (?:anything|it|on it)\b"
                r"|\b(?:wont|wouldnt|isnt going to|not going to) (?:actually )?do it\b|\bno plans?\b|\bused to (?:have plans|plan|want)\b"
                rf"|\b(?:(?:keeps?|kept|always|a lot|loads) (?:saying|on about|going on about|talking about|ringing|messaging|texting|sending)|says? (?:it|that) (?:a lot|loads|most nights|all the time)|says (?:shes|hes|she is|he is) going to kill (?:herself|himself) a lot)\b{_NOTHING_NOW_OR_AT_HAND}|\bone day\b(?!.*\b(?:tonight|today|now)\b)"
                # a threat to make a child keep quiet: "says if i tell anyone hell kill himself"
                rf"|\b(?:says?|said) if (?:i|we|you) (?:ever )?(?:tell|say|grass|leave|go)\w*\b{_NOTHING_NOW_OR_AT_HAND}"
                rf"|\b(?:kill|hurt|harm) (?:himself|herself|themselves) if (?:i|we|you) (?:ever )?(?:tell|say|grass|leave|go|dont|do not|call|ring|report)\w*\b{_NOTHING_NOW_OR_AT_HAND}"),
    rule("suicide.place", "suicide", E,
         r"\b(?:im|i am|hes|shes|he is|she is|is|s|theyre|standing|stood|sitting|sat|climbed)\b(?: \w+)? (?:on|at|by|near|up on|on top of|onto) (?:the )?(?:edge of (?:the |a )?)?"
         r"(?:bridge|roof|rooftop|ledge|cliff|cliffs|railway|railway line|train tracks|tracks|motorway bridge|multi storey|top of the \w+)\b"
         r"|\b(?:step|jump|throw myself) (?:off|in front of)\b(?=.*\b(?:train|platform|bridge|roof|tracks|next one|lorry|bus)\b)|\b(?:stood|standing|sat|sitting|im) on the (?:train |railway |tube )?platform\b(?=.*\b(?:step|jump\w*|end|want to|next one|next train)\b)"
         r"|\btop of (?:a|the) (?:bridge|building|car park|cliff|multi storey|tower|flats)\b|\bon the (?:railway line|train tracks|tracks)\b|\bedge of (?:the |a )?(?:bridge|roof|cliff|motorway|building|car park)\b",
         ongoing=True, concern_category="suicidal_thoughts"),
    rule("suicide.means", "suicide", E,
         r"\b(?:noose|ligature)\b|\btying (?:the |a |my )?(?:rope|noose|belt|cord|scarf)\b|\brope (?:sorted|ready|round|around|in the|is|tied|up)\b|\b(?:got|have|ive got|found) (?:the |a |my )?rope\b"
         r"|\b(?:belt|cord|scarf|rope|tie|wire|something) (?:round|around) (?:her|his|my|their) neck\b|\b(?:tied|wrapped|put)(?: \w+){1,2} (?:round|around) (?:her|his|my|their) neck\b"
         r"|\b(?:tried|trying) to hang\b|\b(?:with|holding) a rope\b|\bcar (?:running|engine (?:on|running)) in the garage\b|\bhose(?:pipe)? (?:in|from|on) the (?:car|exhaust)\b|\bin the bath with\b(?! (?:him|her|them|me|us|my|his|mum|dad|the (?:baby|kids))\b)|\b(?:razor|blade)s?\b(?=.*\b(?:bath|going to|gonna|tonight|end it|do it|cut deep)\b)"
         r"|\b(?:pills|tablets|meds) (?:ready|in front of me|lined up|saved up|counted out|all out)\b|\b(?:saved up|stockpiled|stockpiling)\b(?: \w+){0,2} (?:pills|tablets|meds)\b"
         r"|\b(?:got|have|ive got)(?: \w+){0,2} (?:razor|blade)\b(?=.*\b(?:going to|gonna|tonight|end|do it)\b)",
         ongoing=True, concern_category="suicidal_thoughts",
         soften=r"\b(?:not|never|wont|isnt|im not) (?:going to|gonna) do (?:anything|owt) (?:worse|more|stupid|else)\b|\b(?:ive got|i have|got) no plans?\b"),
    rule("suicide.pills_ready", "suicide", E,
         r"(?<!was )(?<!were )\b(?:going to|gonna|about to|will|ll) (?:take|swallow|neck) (?:them all|all of (?:them|my)|the lot|everything|them)\b"
         r"|(?<!was )(?<!were )\b(?:going to|gonna|about to|will|ll|planning to|plans to) (?:take|swallow|neck)(?: \w+){0,3} (?:pills|tablets|methadone|meds|paracetamol|overdose)\b(?=.*\b(?:tonight|today|wake up|die|end|goodbye|all)\b)",
         # a plan is told in the future: "ive been stockpiling for weeks" does not make it past
         requires=r"\b(?:pills|tablets|meds|paracetamol|methadone|prescription|script|stockpil\w*|die|end|goodbye|sorry)\b", ongoing=True, present_tense=True, concern_category="suicidal_thoughts"),
    rule("suicide.taking_them_tonight", "suicide", E,
         r"\bim (?:taking|swallowing|necking) (?:the|my|all|them|all my|all the|all of) ?(?:tablets|pills|meds|lot|them)\b(?=.*\b(?:tonight|now|decided|goodbye|bye|anyway)\b)"
         r"|\bive decided\b(?=.*\b(?:tablets|pills|tonight|end it|be gone|goodbye)\b)",
         ongoing=True, present_tense=True, concern_category="suicidal_thoughts"),
    rule("suicide.goodbye", "suicide", E,
         r"\b(?:texted|text|sent|message|messaged|saying|said|says|wrote|left)(?: \w+){0,3} goodbye\b(?! to| before| and thank| as )(?! (?:card|cards|party|present|gift|hug|kiss|do|lunch|meal|assembly)\b)|\bgoodbye (?:messages?|notes?|letters?|texts?|everyone|all|world|forever)\b"
         r"|\b(?:tell|look after) (?:my|the) (?:kids|children|son|daughter|family|mum|dad|boys|girls)(?: that)? (?:i love them|for me|im sorry\b(?! (?:i|about|if|that|we|my|but|it|its|for (?:being|missing|not|the (?:mess|noise|delay)))\b))\b"
         r"|\btell (?:my|the) (?:\w+ ){0,2}i (?:loved|love) (?:her|him|them|you)\b(?=.*\b(?:bye|goodbye|sorry|last)\b)|\bthis is (?:bye|it)\b(?=.*\b(?:sorry|tell|love|loved)\b)"
         r"|\b(?:written|wrote|writing|left) (?:my |a |her |his )?(?:letters|notes|suicide note|a letter|a note)\b(?=.*\b(?:end|die|life|kill|method|tonight|goodbye|sorry)\b)|\b(?:written|wrote|writing|left) (?:my|a|her|his) (?:letters?|notes?|suicide note)\b|\bsuicide note\b|\bsleep forever\b|\bnever wake up\b|\bsay goodbye\b(?! to| before| and thank)"
         r"|\bso (?:i|she|he|they) (?:doesnt|dont|wont|never) (?:have to )?wake up\b"
         r"|\bthis is (?:my )?goodbye\b|\bsaying (?:bye|goodbye|my goodbyes) to (?:everyone|everybody|you all|yous all|all of you)\b(?! (?:at|in|on|before|after|cos|because)\b)|\btonights the night\b(?! (?:we|for|of|i|that|when|the)\b)",
         ongoing=True, concern_category="suicidal_thoughts",
         # "mum texted goodbye forever cos i ate her last creme egg 😂 so dramatic"
         requires=r"^(?!.*\b(?:so|being|shes|hes|such a|proper|well) (?:dramatic|drama queen)\b)"
                  # a note that says when they will be back: "left a note on the fridge saying love you, back tuesday x"
                  r"(?!.*\b(?:airport|the rigs|hen do|stag do|(?:only )?moving to|off to uni|to uni|on nights|night shift|(?:on|off on) (?:a |his |her |their )?(?:trip|holiday|hols)|back (?:on |by |at |for )?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow|tonight|later|soon|at \d+|next week)|see you (?:later|tomorrow|soon|at \d+|on \w+day|next week))\b)",
         soften=r"\b(?:want|wants|wanted|wanting|wish|wishes|wished)(?: to| i could| she could| he could| i)?(?: just)?(?: go to)? sleep and never wake up\b"
                r"|\bno (?:specific |real |actual |clear )?plans?\b"),
    rule("self_harm.bleeding", "self_harm", E,
         r"\b(?:cut|cutting|slit|sliced|slashed)\b(?:\W+\w+){0,6}?\W+(?:(?<!not )(?<!no )(?<!nae )(?<!not too )(?<!not that )(?<!not very )deep|deeply|too deep|wont stop|(?<!drinking )(?<!drinks )(?<!drank )(?<!using )(?<!uses )(?<!used )heavily|soaked|stitches|(?:loads of|lots of|a lot of|so much) blood|blood everywhere|wrists?|throat|neck|artery)\b"
         r"|\bwrists?\b(?:\W+\w+){0,3}?\W+(?:cut|slit|sliced|bleeding)\b|\bswallowed (?:batteries|razors?|blades?|glass|bleach)\b"
         r"|\b(?:sliced|slashed|cut|split) (?:my|his|her) (?:leg|arm|wrist|thigh|hand)s? (?:wide )?open\b|\b(?:cant|cannot|wont) (?:get it to )?stop (?:the )?bleeding\b|\bcutting (?:for|since)\b(?:\W+\w+){0,5}?\W+(?:not stopping|wont stop|still bleeding)\b|\bpouring (?:through|out)\b(?=.*\b(?:towel|blood|cut|arm|leg)\b)",
         ongoing=True, concern_category="self_harm"),
    rule("self_harm.act", "self_harm", E,
         r"\b(?:ive|i have|i just|just|im going to|going to|about to|want to|need to|will)(?: just)? (?:cut|burn|burnt|burned|hurt|harm|stab|stabbed|slash|slashed)"
         r" (?:myself|my (?:arm|arms|wrist|wrists|leg|legs|skin|self|thighs?))\b(?! (?:on|with) (?:the |my )?(?:oven|iron|kettle|stove|hob|pan|tray|straighteners|curling))",
         ongoing=True, concern_category="self_harm", physical=True),
    rule("self_harm.doing_it_now", "self_harm", E,
         r"\b(?:cutting|burning|hurting|harming|stabbing|scratching) (?:myself|my (?:arm|arms|wrist|wrists|leg|legs|skin|thighs?))\b",
         # "not rn", "im ok now", "not doing it now": not happening now
         requires=r"^(?!.*\b(?:not|no|ok|okay|fine|alright|safe) (?:right |the )?(?:now|rn)\b)(?!.*\bnot doing it\b)(?!.*\b(?:a few|few|couple of|\d+|some|many|two|three|several) (?:months|weeks|years) now\b).*\b(?:rn|right now|now|atm|as we speak)\b(?! and then)",
         ongoing=True, present_tense=True, concern_category="self_harm"),
    rule("unresponsive.injury", "unresponsive", E,
         rf"\b(?:cracked|split) (?:his|her|their|my) head\b|\bblood (?:everywhere|all over|coming from|pouring)\b|\b(?:pouring|gushing|spurting|pumping|squirting) (?:out )?blood\b|\b(?:wrist|arm|leg|head|neck|face|nose|cut|cuts)(?: is| s| are)? pissing (?:out )?blood\b|\b{PERSON} (?:is |s )?bleeding\b"
         r"|(?<!\bnose )\b(?:bleeding|bleeds) (?:heavily|loads|a lot|badly|everywhere|from (?:his|her|their|my) (?:head|face|mouth|neck|ears?))\b"
         r"|\bwont stop bleeding\b|(?<!nappy )(?<!nappys )(?<!nappy was )(?<!nappy is )(?<!bed )(?<!sheets )(?<!uniform )(?<!clothes )(?<!rain )\bsoaked (?:in blood|with blood)\b|\bsoaked through\b(?=.*\b(?:blood|bleed\w*|towels?|bandages?|cut|cuts|cutting)\b)|\b(?:blood|bleed\w*|cut|cuts|cutting)\b.*\bsoaked through\b|\b(?:throwing up|coughing up|vomiting) blood\b",
         negatable=False, ongoing=True, physical=True, concern_category="abuse"),
    # --- violence and weapons --------------------------------------------------------------------------
    rule("weapon.armed", "weapon", E,
         rf"\b(?:has|got|have|holding|held|with|waving|brandishing|wielding|pulled|pulls|pulled out|grabbed|grabbing|picked up|carrying|pointing|threatening \w+ with|threatened \w+ with|came at \w+ with|coming at \w+ with)"
         rf"\s+(?:a |an |the |his |her |their |my |mums |dads |this |some |a big |a kitchen |a bread )?(?:(?:mums|dads|brothers|uncles|grandads|stepdads) )?{WEAPON}\b(?! (?:set|block|skills|sharpener|roll|from (?:a |the |my )?(?:pencil )?sharpener))"
         rf"|\b{WEAPON} (?:to|at|against) (?:(?:my|her|his|their|our|the) )?(?:mums |dads |\w+s )?(?:throat|neck|head|face|chest)\b|\bbrandish\w*\b",
         ongoing=True, present_tense=True, physical=True, concern_category="domestic_abuse",
         soften_unless_now=True,
         # a conviction long ago ("got done for carrying a knife two years ago, hes turned it round")
         requires=r"^(?!.*\b(?:got|was|been|were) (?:done|arrested|charged|convicted|cautioned|sentenced) for (?:carrying|possession)(?: of)? (?:a |an )?\w+ (?:\w+ )?(?:years|months) ago\b)",
         soften=r"\bfor protection\b|\b(?:holding|hiding|keeping|minding) (?:a|the|his|her) \w+ for (?:my|his|her|an?) (?:older )?(?:cousin|brother|mate|uncle|friend|boyfriend|lads?|olders)\b|\b(?:its|it is|theyre|hidden|hide it|keep it|kept|keeps it) (?:in a \w+ )?under (?:my|his|her) bed\b|\bseen with (?:a |an |the )?\w+ (?:on|in) (?:social media|snap|snapchat|tiktok|insta|instagram|his story|her story|a video|videos)\b|\blast night\b(?=.*\b(?:hes|shes|theyre|he is|she is) (?:at work|gone out|gone to work|out|away|in the cells|locked up|at (?:his|her) (?:mums|mates|brothers|sisters))\b)|\b(?:got|was|been|were|is) (?:done|arrested|charged|convicted|cautioned|sentenced|excluded) for (?:carrying|possession)\b|\b(?:drew|drawn|drawing|draws) (?:a )?(?:picture|pictures|drawing)\b|\b(?:been|started|keeps?|always|keep) carrying\b|\bcarrying (?:a |the |his |her )?\w+ (?:because|cos|coz|for|to school)\b|\bin (?:his|her|my|their) (?:room|bedroom|bag|drawer|school bag)\b|\blast (?:week|month)\b|\bthe other (?:day|week|night)\b|\bfew (?:days|nights|weeks) ago\b|\b(?:been|was|got|were) (?:found|caught) with\b|\b(?:weeks|months|years|a while|ages|couple of months|few months) (?:back|ago)\b|\bin the (?:summer|spring|autumn|winter|holidays)\b|\blast (?:year|summer|month|christmas|spring|autumn|winter)\b|\bat (?:christmas|easter|new year|halloween)\b|\bover the (?:summer|holidays|christmas|easter|half term)\b|\b(?:vids?|videos?|pics?|photos?|pictures|snaps?|stories) of\b(?!.*\b(?:threaten\w*|coming|going to|gonna|tonight)\b)"),
    rule("weapon.stab_or_shoot", "weapon", E,
         r"\b(?:get|got|be|been|getting|was|were|is|has been|have been)\s+(?:\w+\s+)?(?:stabbed|shot|shanked|glassed|slashed|chibbed)\b(?! (?:at|down|up|out|for))"
         r"|\b(?:stab|shoot|shank|glass|slash|chib|petrol bomb)\s+(?:me|him|her|us|them|you|my \w+|mum|dad)\b(?! (?:a text|a message|an email|a photo|a video|a pic))(?! with (?:a |his |her |my )?(?:pencil|pen|fork|spoon|ruler|nerf gun|water pistol|compass|straw)\b)"
         r"|\bshanked\b|\bstabbed\b|\bpetrol bomb\b|\bshot at (?:our|my|the|his|her) (?:house|flat|car|door|window)",
         physical=True, ongoing=True, concern_category="exploitation",
         # long ago ("a speaker who was stabbed as a teenager"), unless it is happening now
         requires=r"^(?!.*\b(?:wasnt|isnt|not) (?:anyone|someone|somebody|anybody) (?:i|we) know\b)(?!.*\b(?:on|in) the news (?:someone|somebody|a (?:lad|boy|man|girl|woman|teenager))\b)"
                  # a stranger's stabbing told as the reason for a rule: "mum wont let me out tonight cos of the man who got stabbed"
                  r"(?!.*\b(?:cos|because|coz|since|after) (?:of )?(?:the|that|a|some) (?:man|lad|boy|woman|girl|guy|bloke|kid|teenager|person|fella) (?:who|that) (?:got|was|has been|had been) (?:stabbed|shot)\b)",
         soften_unless_now=True, soften=r"\bas a (?:teenager|teen|kid|child|boy|girl|young \w+)\b|\b(?:years|yrs) ago\b|\bwhen (?:he|she|i) was (?:\d+|in a gang|young|younger|a teen\w*|a kid|little)\b|\bat 1[0-9]\b|\b(?:that|the|a) (?:drama|film|movie|episode|series|programme|soap|documentary)\b"),
    rule("violence.attack_now", "violence", E,
         rf"\b{_SUBJECT_NOW}\s+(?:(?!not\b|never\b|nae\b)\w+\s+)?"
         r"(?:hitting|beating|battering|punching|kicking|strangling|choking|throttling|attacking|stabbing|slapping|dragging|pushing|shoving|headbutting|"
         r"booting|leathering|laying into|going for|bashing|whacking|thumping|assaulting|chasing|pinning|grabbing|hurting|shaking(?! (?:my|the|our|his|her) (?:bed|house|windows?|walls?|floor|room|car|table|ceiling|flat)\b)|holding(?= (?:me|her|him|us|mum|them|my \w+) (?:down|against|by|up|still|there))|smacking)"
         rf"\s+{_VICTIM}\b"
         rf"|\b{_SUBJECT_NOW}\s+(?:\w+\s+)?(?:smashing|throwing|kicking|wrecking|trashing)\s+(?:up |stuff|things|everything|the |my |our |plates)"
         r"|\b(?:throwing|chucking|hurling) (?:\w+ ){0,2}at (?:me|us|her|him|mum|them)\b"
         r"|\b(?:i can|can|we can) hear (?:him |her |them )?(?:slapping|hitting|punching|smashing|thuds?|him hitting|her screaming)\b|\b(?:screaming|crying|begging) (?:at him |for him )?(?:to stop|telling him to stop)\b"
         r"|\b(?:hes|shes|theyre|he is|she is|they are|is) (?:stamping|stomping|jumping) on (?:her|him|me|us|mum|dad|my \w+)(?: head)?\b"
         r"|\b(?:gonna|going to|will|ll) (?:batter|kill|stab|beat|hurt|do|leather|bray) (?:me|her|him|us|mum|my \w+)(?: \w+){0,2} (?:tonight|when (?:he|she|they)(?:s| is| are)? (?:gets?|comes?) (?:back|home|in))\b"
         r"|\bjust (?:hit|punched|kicked|slapped|stabbed|strangled|choked|attacked|battered|beat|headbutted|pushed|shoved|threw \w+ at|glassed|bit)"
         r" (?:me|her|him|mum|dad|us|them|my (?:mum|dad|brother|sister|son|daughter|baby|partner)|the (?:baby|kids))\b",
         physical=True, ongoing=True, present_tense=True, concern_category="domestic_abuse",
         # a suspicion ("i think my partner is hurting my daughter, she flinches"), not an attack going on now
         soften=r"\b(?:i think|i suspect|suspect that|worried that|i reckon)\b(?: \w+){0,3} (?:is|s|has been|been) (?:hurting|hitting|abusing)\b", soften_unless_now=True),
    rule("violence.happening_now", "violence", E,
         r"\b(?:hit|hits|hitting|beat|beating|punch\w*|kick\w*|strangl\w*|chok\w*|attack\w*|hurt\w*|stab(?:s|bed|bing|ber)?|slap\w*|smash\w*|throw\w*|threw|push(?:es|ed|ing)?|"
         r"fight\w*|kicking off|going mental|gone mental|raging|threaten\w*|bleeding|violent)\b(?! (?:myself|my self)\b)",
         # ...not a noise explained: "heard glass smashing next door but it turned out they dropped their recycling box"
         requires=rf"^(?=.*\b{RIGHT_NOW}\b)(?!.*\bturned out (?:to be|it was|they|he|she|that)\b)",
         physical=True, ongoing=True, present_tense=True, concern_category="domestic_abuse"),
    rule("violence.now", "violence", E,
         r"\b(?:hit|hits|hitting|beat|beating|punch\w*|kick\w*|strangl\w*|(?<!panic )(?<!heart )(?<!anxiety )attack\w*|"
         # "my legs hurt all the time now": an ache, not violence
         + not_after("legs", "leg", "teeth", "tooth", "head", "back", "tummy", "stomach", "belly", "feet", "eyes", "ears", "knees", "knee", "arms")
         + r"hurt\w*|stab(?:s|bed|bing|ber)?|slap\w*|smash\w*|throw\w*|push(?:es|ed|ing)?|"
         r"fight\w*|kicking off|going mental|raging|threaten\w*)\b(?=(?: (?!and\b|but\b|so\b|then\b)\w+){0,3} now\b(?! and (?:again|then)\b))"
         r"|\bnow (?:hes|shes|theyre|he is|she is|they are) (?:\w+ )?(?:hitting|beating|punching|kicking|strangling|attacking|hurting|stabbing|slapping|smashing|throwing|pushing)\b",
         physical=True, ongoing=True, present_tense=True, concern_category="domestic_abuse"),
    rule("violence.hiding", "violence", E,
         r"\b(?:im|i am|were|we are|shes|hes|she is|he is|theyre|they are|currently|us|me)\s+(?:\w+\s+)?(?:hiding(?! on my phone)(?!(?: \w+){0,2} (?:use|using|drinking|habit|pregnancy|bump)\b)(?!(?: \w+){0,3} from (?:the |my |her |his )?(?:midwife|social worker|social|doctor|gp|school|health visitor|nurse|family)\b)(?! (?:stuff|things|anything|it|that|something|nothing)\b)(?! from (?:my |the )?(?:homework|chores|revision|washing up|hoovering|tidying|cleaning))(?! (?:food|her drinking|his drinking|her drink|it from|the bottles?|bottles|cans|her use|the drugs?|drugs|her stash|his stash|money|sweets|it|(?:my|his|her|their|daily|the) (?:works|gear|stash|drugs|drink|drinking|bottles|cans|use|pills|vodka|needles|habit))\b)(?! \w+ drinking\b)|locked in)\b|\blocked (?:myself|ourselves|herself|himself|us|me) in\b"
         r"|\bbarricaded\b|\bhiding (?:in|under|from|behind)\b|\btexting from (?:under|inside|the)\b|\blocked (?:me|us) (?:and the kids )?in\b",
         ongoing=True, physical=True, concern_category="domestic_abuse",
         # a habit of fear, followed up: "i sleep with my door barricaded"
         soften=r"\bsleeps? with (?:my|the|our) (?:bedroom )?door (?:barricaded|locked|wedged|blocked)\b", soften_unless_now=True),
    rule("violence.break_in", "violence", E,
         r"\b(?:kicking|kicked|kick|banging|bang|smashing|smashed|smash|breaking|broke|break|hammering|pounding|booting|boot)(?: on| in| down)? (?:the |my |our |his |her |a |their )?"
         r"(?:front |back |bedroom |bathroom |flat |car |house )?(?:doors?|windows?)\b(?! ?frames?)|\btrying to (?:get|break|kick|force (?:his|her|their) way) in\b",
         # locked out of their own home: "dad kicked the front door open cos he lost his keys"
         requires=r"^(?!.*\b(?:lost (?:his|her|my|the|our) keys?|locked out|locksmith|forgot (?:his|her|my|the) keys?|escape room)\b)",
         ongoing=True, physical=True, concern_category="domestic_abuse"),
    rule("violence.restraint", "violence", E,
         r"\b(?:hands?|arms?|fingers) (?:round|around|on|at) (?:(?:my|her|his|their|the) )?(?:mums |dads |\w+s )?(?:neck|throat)\b|\bby (?:the|my|her|his) (?:neck|throat|hair)\b(?! if (?:he|she|they|i|we) (?:has|have) to\b)"
         r"|\b(?:strangling|strangled|throttling|choking) (?:me|her|him|mum|them|us)\b|\bon top of (?:me|her|him) (?:hitting|punching)"
         r"|\b(?:got|has|have|holding) (?:me|her|him|mum) pinned\b|\bpinned (?:me|her|him|mum) (?:down|to|against)\b"
         r"|\b(?:never|wont|not) (?:going to )?see (?:her|him|them|the kids|us|me|my \w+) again\b",
         ongoing=True, concern_category="domestic_abuse",
         soften=r"\bthreaten\w* to (?:tell|report|ring|call|phone)\b(?=.*\bnever see\b)(?!.*\b(?:neck|throat|hair|pinned|strangl\w*|chok\w*)\b)|\bif (?:i|we|you) (?:ever )?(?:tell|say|grass|talk)\w*\b(?=.*\bnever see\b)(?!.*\b(?:neck|throat|hair|pinned|strangl\w*|chok\w*)\b)"),
    rule("violence.threat_to_kill", "violence", E,
         r"\b(?:going to|will|ll|hell|shell|theyll|ill|is going to|threatening to|threatened to|saying hes|says hes|said hes|said shes|wants to|about to|tried to|trying to)\s+(?:(?!have\b|has\b)\w+\s+)?"
         rf"(?:kill|murder|stab|shoot|shank|burn|hurt|strangle|glass|petrol bomb|kick|punch|batter|beat)\s+{_VICTIM}\b(?! (?:to|at|up)\b)"
         r"|\b(?:do|doing) (?:us|you|me|her|him|them) (?:all|in)\b|\bwere all going together\b",
         physical=True, ongoing=True, concern_category="domestic_abuse",
         soften=r"\bif (?:i|we|you|she|he) (?:ever )?(?:tell|tells|told|say|says|grass|snitch|speak|talk|go|stop|leave|dont)\w*\b|\bscared to go home\b|\bnothing(?:s| has)? happened (?:yet|so far)\b"
                r"|\b(?:worried|scared|afraid|frightened|terrified|petrified|fear|think)(?: that)? (?:he|she|they|hes|shes|theyre)(?:ll| will| might| could| is going to| going to)\b"),
    rule("fire.deliberate", "violence", E,
         r"(?<!nearly )(?<!almost )\b(?:set|setting|sets|lit|lighting|light) (?:fire|\w+ (?:on fire|alight)|the \w+ (?:on fire|alight)|alight|fire to)\b"
         r"|\b(?:pouring|poured|pours|covered \w+ in|chucking|splashing) petrol\b|\bpetrol (?:round|over|on|everywhere|through)\b|\bburn (?:the (?:house|flat|place)|us)\b",
         ongoing=True, concern_category="domestic_abuse",
         # a threat on a condition: "if i leave with the baby hell find us and burn the house down"
         # a fear of an accident, not a threat: "fell asleep with a fag again... scared shell burn the house down one night"
         requires=r"^(?!.*\b(?:chemistry|science|experiment|bunsen|bonfire night|fireworks)\b)",
         soften=r"\bif (?:i|we|you) (?:ever )?(?:leave|leaves|tell|go|grass|report)\w*\b(?!.*\b(?:tonight|right now|now|petrol|lighter|matches)\b)"
                r"|^(?=.*\b(?:one (?:night|day)|by accident|accidentally|asleep|fag|cigarette|candle|chip pan|cooker)\b).*\b(?:scared|worried|afraid|terrified|frightened|worry)\b(?: that)? (?:shell|hell|she will|he will|she might|he might|they will|theyll|she|he)\b(?: \w+){0,2} (?:burn|set)\b"),
    rule("fire.smoke_or_gas", "unresponsive", E,
         r"\b(?:house|flat|room|kitchen|sofa|settee|bed|curtains|bin|bins|mattress|carpet|rugs?|duvet|blanket|chip pan|pan|hair|clothes|cooker)\b(?:\W+\w+){0,3}?\W+(?:on fire|full of smoke|burning|alight)\b"
         r"|\bon fire\b(?=.*\b(?:sofa|settee|house|flat|room|passed out|wont|asleep|kitchen)\b)|\bsmell(?:s|ing)? (?:of )?gas\b|\bgas (?:is |s )?(?:on|leaking)\b|\bsmoke everywhere\b|\bfull of smoke\b",
         ongoing=True, concern_category="neglect",
         # a harmless cause told with it: "thought a house was on fire but it was just a bbq"
         requires=r"^(?!.*\b(?:(?:was|its|it was) (?:just|only) (?:a |the |someones )?(?:bbq|barbecue|barbie|bonfire|chimney|log burner|toast|fireworks?)|turned out (?:to be|it was))\b)",
         # a fear for one day: "falls asleep in the chair with her oxygen on. im scared shell set the house on fire one day"
         soften=r"\b(?:scared|worried|afraid|terrified|frightened|worry)\b(?: \w+){0,4} (?:burn|set|catch|start)\b"
                r"(?=.*\b(?:one (?:day|night)|some day|someday|by accident|accidentally)\b)"
                # a worry, with nothing burning now: "burnt a hole in the sofa again, i worry hell set the house alight"
                rf"|{FIRE_WORRY}",
         soften_unless_now=True),
    rule("violence.drink_driving", "violence", E,
         rf"(?<!arrested for )(?<!arrested last night for )(?<!arrested yesterday for )(?<!licence for )(?<!done for )(?<!banned for )(?<!course for )(?<!charged with )\b(?:{INTOXICATED}|drink|drinks|drinking)\b(?:\W+\w+){{0,10}}?\W+(?:driving|drive|drives|drove|driven|behind the wheel|car keys|in the car|the car|crash)\b"
         rf"|\b(?:driving|drive|drove|crash|car)\b(?:\W+(?!and (?:she|he|i|we)\b)\w+){{0,8}}?\W+(?:{INTOXICATED}|after drinking|been drinking|after (?:a couple of|a few|two|three|four|\d+) (?:bottles|cans|pints|drinks|glasses|lines|bottles of \w+)|stinking of (?:drink|booze|alcohol|vodka|beer|cider|wine|last nights \w+)|after (?:a )?(?:full |whole )?(?:day|afternoon|night|session) on the (?:cider|vodka|beer|lager|wine|sesh|piss|drink|booze|voddy|cans|gin|whisky|bevvy))\b|\bcrash the car\b",
         ongoing=True, resolvable=True, concern_category="drug_use_around_children",
         # a lesson or a campaign: "we had a mock trial in citizenship about drink driving"
         requires=r"^(?!.*\b(?:mock trial|citizenship|pshe|assembly|road safety|awareness (?:week|campaign|day|course)|campaign|workshop|driving (?:test|lessons?|licence|instructor)|lessons? (?:on|about)|a talk (?:on|about)|advert|(?:sleeping|sleepin|sleep|slept|living|live) in (?:the|a|our|his|her) car)\b)"
                  # damage, not drink: "theyve been round twice and smashed the car"
                  r"(?!.*\bsmashed (?:up )?(?:the|his|her|our|my|their) (?:car|van|windows?|windscreen)\b)"
                  + _NOT_A_STORY,
         # Told as a habit or as past, with nothing saying it is happening now or tonight.
         soften_unless_now=True,
         soften=r"\bdrives (?:us|me|her|him|them|the kids)\b|(?:\b(?:\d+|two|three|four|five|several|a few) times\b|\bdaily\b|\barrested\b"
                r"|\b(?:is|keeps|started|starts|been) driving (?:the |my |our )?(?:children|kids|us|me|him|her|them) to school\b|\bearlier this (?:week|month)\b|\bwas seen driving\b|\bnothing happened\b"
                # a bereavement: "we lost a lad in a car crash last year where the driver was drunk"
                r"|\blost (?:a|our|my|his|her) (?:lad|boy|girl|son|daughter|friend|mate|brother|sister|pupil|student|player|dad|mum) in a (?:car )?crash\b|\bbereaved\b)"),
    # --- children alone, exploitation with a threat now ------------------------------------------------
    rule("child_alone.now", "child_alone", E,
         r"\b(?:im|i am|were|we are|hes|shes|theyre|he is|she is|they are|is|are|s|been|still|currently|now|just me|its just me)(?: (?!left\b)\w+){0,3} "
         r"(?<!\blives )(?<!\bliving )(?<!\blive )(?<!\bit all )(?<!\beverything )(?:home alone|on (?:my|our|his|her|their|its) own|by (?:myself|ourselves|himself|herself|themselves|itself)|alone)\b"
         r"(?! with (?:him|her|them|dad|mum|my (?:husband|partner|dad|mum|wife)|their (?:dad|mum)))"
         r"|\bbaby (?:is |s )?(?:at home |in the \w+ |in (?:her|his|its) cot )?(?:alone|on (?:its|her|his) own|by (?:itself|herself|himself))\b"
         r"|\bits just (?:me|us) (?:and|with) (?:my|the|our) (?:brothers?|sisters?|baby|little \w+|wee \w+|twins|siblings)\b|\bno (?:grown ?ups|adults?) (?:here|home|in)\b|\b(?:theres|there is|and) (?:no one|nobody|noone) (?:here|home|in)\b|\b(?:nobody|no one|noone) else (?:here|home|in)\b|\bwandering (?:the|in the|down the|about|around|outside)\b"
         r"|\bleft (?:our|my|the|his|her) (?:\d+ (?:year|month)s? old|baby|toddler|kids?|children|little \w+)(?: \w+){0,2} (?:alone|on (?:its|his|her|their) own|home alone)\b"
         r"|\bleft (?:me|us|them)(?: \w+){0,4} (?:home alone|on (?:our|their) own|alone)\b",
         requires=r"\b(?:baby|toddler|little|brother|sister|twins|cot|im (?:[1-9]|1[0-2])|i am (?:[1-9]|1[0-2])|(?:[1-9]|1[0-2]) ?(?:year|yr|y)s? old|dark|no food|scared|come back|"
                  r"gone since|cant wake|wont wake|dont know what to do|help|hours|days|yesterday|last night|this morning|nappy|street|road|(?:shes|hes|she is|he is) (?:[1-9]|1[0-2]))\b",
         ongoing=True, present_tense=True, concern_category="child_alone",
         # over, and the children safe ("i left them on their own last night, theyre ok, i feel awful")
         soften_unless_now=True,
         soften=r"\b(?:last (?:night|week|weekend)|the other night|on (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday) night)\b"
                r"(?=.*\b(?:theyre|they are|shes|she is|hes|he is|kids are|children are|were|everyones) (?:ok|okay|fine|alright|safe)\b)"
                r"|\b(?:a few|few|a couple of|several|\d+|two|three) times\b(?=.*\bnothing (?:bad )?happened\b)"
                # found wandering, told as past: "the 6 year old was found wandering the estate at 10pm last week"
                r"|\b(?:was|were|been) (?:found )?wandering\b|\bfound (?:a|an|the|him|her|them|\w+) (?:\w+ )?wandering\b"),
    rule("child_alone.unattended", "child_alone", E,
         rf"\b{CHILD} (?:is |s |was |been |left )?(?:alone|on (?:his|her|its|their) own|by (?:himself|herself|itself|themselves)) (?:in|at) (?:the|a|their|our|my|his|her) (?:flat|house|home|car|property)\b"
         r"|\bno (?:adults?|grown ?ups?|parents?|carers?) (?:present|there|in the (?:flat|house)|with (?:her|him|them))\b"
         r"|\b(?:theres |there is |and )?(?:no one|nobody|noone) (?:with|looking after|watching) (?:her|him|them|the baby|the kids|my \w+)\b",
         requires=rf"\b{CHILD}\b", ongoing=True, present_tense=True, concern_category="child_alone",
         soften_unless_now=True, soften=r"\b(?:leaves|keeps leaving|been leaving)\b(?=.*\b(?:contact|his|her|their|every|most|when|while)\b)"),
    rule("child_took_drugs.intoxicated_child", "child_took_drugs", E,
         rf"\b{CHILD}\b(?:\W+\w+){{0,6}}?\W+(?:very |really |so |clearly )?(?:drunk|high|intoxicated|wasted|paralytic|off (?:his|her|their) face)\b",
         requires=r"\b(?:cant stand|cant walk|slurring|vomit\w*|been sick|being sick|sick on|drifting|passed out|unconscious|wont wake|cant wake|not responding|floppy)\b",
         ongoing=True, concern_category="drug_use_around_children"),
    rule("violence.grabbed_child", "violence", E,
         r"\b(?:grabbed|snatched|grabbing|snatching|dragging|dragged|taken|took) (?:the|my|our|her|his) (?:child|baby|kid|son|daughter|toddler|little \w+)\b(?=.*\b(?:aggressive|violent|drunk|intoxicated|high|shouting|screaming|threatening|kicking off)\b)",
         ongoing=True, present_tense=True, physical=True, concern_category="abuse"),
    rule("child_alone.missing", "child_alone", E,
         rf"\b(?:cant|cannot|couldnt|can not) find (?:my|the|our|her|his) {CHILD}\b|\b{CHILD} (?:is|s|has gone|has been) missing\b(?! (?:school|lessons?|classes|college|nursery|days|appointments|meals|out|me|her|him|his|their|a lot|loads)\b)",
         ongoing=True, present_tense=True, concern_category="child_alone"),
    rule("child_alone.parent_gone", "child_alone", E,
         r"\b(?:hasnt|has not|not|never|still not|hasnt been) (?:come|came|been) (?:back|home)\b|\b(?:hasnt|has not|not|never|still not) returned\b|\bbeen gone since\b|\b(?:still|is|s) not (?:back|home)\b|\bisnt (?:back|home) yet\b"
         r"|\b(?:been )?gone (?:for )?(?:two|three|four|2|3|4|5|a couple of|a few|several) (?:days|nights)\b|\b(?:gone|went|been)(?: out| away)? since (?:yesterday|last night|friday|saturday|sunday|monday|tuesday|wednesday|thursday|this morning)\b"
         r"|\bdoesnt know where (?:she|he|the baby|my \w+|they) (?:is|are)\b|\bfront door(?:s| is)? (?:wide )?open\b",
         requires=rf"\b{CHILD}\b|\bim \d+\b|\bme and\b|\bus\b", ongoing=True, present_tense=True, concern_category="child_alone"),
    rule("exploitation.threat_now", "exploitation", E,  # a threat, a time, and a debt or a job
         r"\b(?:know where (?:i|we|you|my \w+|my little \w+) lives?|(?:theyre|they are|theyll be|theyll) (?:be )?coming (?:round |over |here |back )?tonight|stab|shoot|shot|shank|shanked|hurt|kill|do (?:me|him|her|us) in|batter|beat|come for|coming for|coming back for|take (?:me|him|her)|taking (?:me|him|her)|"
         r"get (?:me|him|her)(?! (?:\w+ )?(?:trainers|stuff|things|food|clothes|some|new|presents|gifts|money|phones?|vapes|weed|sweets|a lift)\b)|waiting for (?:me|him|her)|(?:going to|gonna|will|ll) do (?:me|him|her|us|my (?:mum|dad|brother|sister|nan|family|little \w+))|burn (?:me|him|her|us|you|down|(?:the|our|my|his|her|your) (?:house|flat|car|door|place))|petrol bomb|smash|smashed|coming (?:to|round) (?:my|our|the)(?! (?:prom|party|wedding|birthday|graduation|show|concert|match|game|parents evening|play|recital|christening|nativity|school play|sports day|leavers)\b)|or else|(?:post|send|share|put) them (?:on|to|online|everywhere|round)\b(?=.*\b(?:tonight|in (?:\d+|ten|twenty|thirty) ?(?:mins?|minutes|hours?)|by (?:tonight|midnight|\d+))\b)|sort (?:me|him|her|you|us) out|or (?:hell|theyll|he will|they will)|or (?:im|i am|youre|hes|shes|ill|ill be|you will|youll|we|were) (?:getting|gonna get|going to get|get|be getting) (?:a doing|a kicking|a beating|a hiding|battered|done in|hurt|stabbed|jumped|merked|wet up|shanked)|wet (?:me|him|her|you|us) up|torch (?:the|our|my|your|his|her) (?:house|flat|car|place|door)|torch (?:us|me|him|her|it)|(?:come|coming) round (?:\w+ ){0,3}to sort (?:it|me|him|her|us|you)|take it out on (?:me|him|her|us|my \w+|the \w+)|"
         r"(?:send|post|share|put up|show) (?:my|the|your|her|his|them|those) (?:pics|photos|pictures|nudes)(?: to (?:everyone|people|\w+))?|post (?:pics|photos|pictures) of (?:me|her|him)|(?:be|get|getting|gets|got) done in|(?<!\bit )cut (?:me|him|her|you|us)\b(?! (?:off|out|some|a|in|down|up))|slash (?:me|him|her|you))\b",
         requires=rf"^(?=.*\b{TONIGHT}\b)(?=.*\b{EXPLOITATION_CONTEXT}\b)", ongoing=True, concern_category="exploitation",
         # a dealer who keeps coming to the door is followed up: "the dealer i owe keeps coming to the house"
         soften=r"\b(?:keeps|keep|kept) (?:coming|turning up|knocking)\b|\bnot tonight\b|\bnot at (?:any )?(?:immediate )?risk\b|\bno (?:immediate )?(?:threat|risk|danger) tonight\b|\bif (?:i|we|you) (?:ever )?(?:tell|tells|told|say|grass|snitch)\w* (?:anyone|anybody|mum|mam|dad|someone|the police|my \w+)\b(?!.*\b(?:tonight|right now|in \d+ ?(?:mins?|minutes))\b)"
                # not a threat: "or hell drop me"; a parent to collect a child: "dropped the baby off... coming back for her at six"
                r"|\bor (?:hell|shell|theyll) (?:drop|dump|finish with|leave|block|unfriend|ghost) me\b|\bdropped (?:the baby|her|him|the kids|them) off\b(?=.*\bcoming back for (?:her|him|them)\b)"),
    rule("exploitation.held", "exploitation", E,
         # not a parent keeping a child in ("mum wont let me out tonight")
         r"(?<!mum )(?<!mam )(?<!dad )(?<!da )(?<!nan )(?<!gran )(?<!parents )(?<!mums )(?<!dads )\b(?:wont|will not|wouldnt|not) (?:let|letting) (?:me|him|her|us|them) (?:leave|go home|out|go\b(?! to| out| on))\b|\bnot (?:leaving|allowed to leave|allowed out|allowed home|going home|going anywhere) (?:til|till|until)\b|\b(?:cant|can not|cannot|not allowed to) (?:go|come) home (?:til|till|until)\b"
         r"|\b(?:making|forcing) (?:me|her|him) (?:to )?(?:go|get) (?:to|in|into|with) (?:his|a|the|their) (?:car|flat|house|room)\b|\b(?:being |been )?(?:held|kept) (?:in|at) (?:a|this|the|some) (?:flat|house|room)\b|\bstuck in (?:a|this|the) (?:flat|house|trap|car)\b|(?<!mum )(?<!mam )(?<!mums )(?<!shes )(?<!she )(?<!dad )(?<!dads )(?<!nan )(?<!teacher )(?<!school )\b(?:took|taken) my phone\b|\bdragged (?:into|in) (?:a|the) car\b"
         # "im in a strangers flat and im not allowed to leave"
         r"|\b(?:in|at) (?:a|some|this|the) (?:strangers?|mans|blokes|dealers|guys|lads|mens) (?:flat|house|place|room)\b(?=.*\bnot allowed to (?:leave|go)\b)",
         requires=rf"\b{EXPLOITATION_CONTEXT}\b|\b(?:coke|drunk|high|knife|threat\w*|older|another (?:town|city)|man|men|scared|pays|ransom)\b",
         ongoing=True, concern_category="exploitation"),
)  # fmt: skip
