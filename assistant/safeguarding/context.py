"""What the words around a match say about it, read from the normalised message.

A negation just before it ("he never hits us"), a game, song or sport in the same clause, a question
asking for information, a training scenario or "what do I do if a pupil says...", a problem told as past
and resolved ("used to drink, sober 5 years"), or an emergency told as past or habitual ("every night",
"last week") with nothing saying it is happening now.
"""

# ruff: noqa: E501 -- regex tables read better one alternative group per line, unbroken.

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass

from assistant.safeguarding.idioms import LAUGHING
from assistant.safeguarding.patterns import not_after

_CLAUSE_BREAK = re.compile(r"[.!?;\n]| but | although | though | anyway | anyways ")
_NEGATORS = frozenset({
    "never", "not", "dont", "doesnt", "didnt", "isnt", "wasnt", "hasnt", "havent", "hadnt", "wont", "wouldnt",
    "no", "nae", "nobody", "noone", "nothing", "neither", "nor", "without", "stopped", "longer",
})  # fmt: skip
# A new subject starts a new statement: in "it wont stop i cut too deep" the "wont" is not about the cut.
_SUBJECTS = frozenset({
    "i", "im", "ive", "he", "hes", "she", "shes", "they", "theyre", "we", "were", "you", "mum", "dad", "it", "its",
    "ill", "hell", "shell", "theyll", "youll", "well", "id", "hed", "shed", "theyd",
})  # fmt: skip
# "she's fine now" is not "now".
NOW_WORD = (
    not_after("fine", "ok", "okay", "better", "alright", "safe", "well", "calmer", "settled")
    # how things are: "hes 12 now", "at school now", "in rehab now", "at my aunties now", "not now"
    + not_after("years", "yrs", "months", "weeks", "weekend", "week", "unit", "hospital", "detox", "care")
    + not_after("back", "home", r"\d", "school", "work", "treatment", "rehab", "prison", "recovery", "nature", "normal")
    + not_after("gone", "sorted", "over", "aunties", "nans", "grans", "uncles", "dads", "mums", "dont", "not", "no")
    + not_after("no the", "not the", "nae the", "together", "happy", "calm", "great", "good", "brilliant", "lovely", "stable", "content", "thriving", "women")
    + not_after("for", "ago", "recovered", "healed", "sorry", "mentor", "volunteer", "job", "college", "uni", "university", "nursery", "camhs", "counselling", "therapy")
    + not_after("moved in", "back in", "about it", "over it", "back with me", "lives with me", "living with me", "lives with us", "living with us")
    # a kinship carer's new life: "ive got her kids now"
    + not_after("got her kids", "got his kids", "got her children", "got his children", "got the grandkids", "got my grandkids", "got my grandchildren")
    + r"now(?! (?:with|at|living with|staying with|safe with) (?:gran|nan|nana|grandma|grandad|aunt\w*|uncle|foster \w+)\b)"
    r"(?! (?:hes|shes|im|theyre|he is|she is|were|we are) (?:\d+|older|grown|at|in|pregnant|expecting|back|living)\b)"
    r"(?!(?: \w+)? (?:fine|ok|okay|good|better|great|sober|clean|happy|safe|in recovery|doing well))"
    r"(?! and again\b)"  # "a slap now and again", "now and then": a habit, but a breath "every now and then" is now
    r"(?:(?! and then\b)|(?<=breathes every now)|(?<=breathing every now)|(?<=breath every now)|(?<=gasps every now))"
)  # fmt: skip
_NEGATION_WINDOW = 3  # words before a match that can negate it

# The soaps and dramas named as play (a story) and as a scenario ("in corrie when she...").
_SOAPS = r"eastenders|corrie|coronation street|hollyoaks|emmerdale|casualty|waterloo road"
_PLAY = re.compile(
    r"\b(?:fortnite|fifa|call of duty|cod|gta|minecraft|roblox|apex|valorant|warzone|xbox|playstation|ps5|"
    r"switch|game|games|gaming|level|respawn|lobby|lightsaber|toy|nerf|pillow|play fight|playfight|"
    r"playing|wrestling|tickl\w*|football|rugby|match|"
    + not_after("jumper for", "jumpers for", "sleeves for", "hoodie for")  # "a jumper for PE so no one sees"
    + r"pe|dodgeball|boxing|karate|judo|sparring|netball|hockey|"
    # "says its just messing" is the excuse of the one who hurts, not play
    r"basketball|cricket|gymnastics|trampoline|skateboard\w*|scooter|bike|sports day|soft play|(?<!says its just )(?<!says its only )(?<!says its from )(?<!said its from )(?<!says hes just )(?<!says shes just )messing|mucking about|joking|"
    r"playground|snowballs?|snow fight|water fight|water balloons?|monkey bars|climbing frame|fireworks|bonfire night|hide (?:and|n) (?:go )?seek|5 a side|five a side|swings?|slide|swimming|pool|lifeguard|ice rink|skating|"
    r"song|lyrics?|singing|sing|sang|tune|track|album|listening to|on repeat|stuck in my head|chorus|"
    r"film|movie|episode|book|novel|(?:a|the|this) (?:video|news|news story|story|report|documentary|programme|advert) about|showed (?:us )?a (?:video|film|documentary)|"
    + _SOAPS
    + r"|soap|(?:my|a|the|his|her) character (?:in|who|whose|called)|characters? in|main character|creative writing|short story|(?:writing|write|wrote) a (?:story|poem|play|script)|in my story|a story (?:where|for|about)|netflix|documentary|lol|lmao|haha|hahaha|jk)\b(?! (?:coach|instructor|teacher|leader|tutor|club leader)\b)|😂|🤣|💀|😆"
)
_QUESTION_START = re.compile(
    r"^(?:(?:\w+ ){0,2}\w+ here ,? |(?:\w+ ){0,2}\w+ [:.-] |(?:hi|hiya|hello|hey|wagwan|alright|bout ye|police|polis|teacher|gp|midwife|social worker|health visitor|youth worker|nurse|ta|senco|dsl|pc|sergeant|nan|gran|grandma|grandad) , )?(?:what|whats|how|hows|where|wheres|who|whos|which|why|is there|are there|"
    r"is it|is a|are|can you|could you|can i|can we|can a|do you|do i|does|should|any|tips|advice|"
    r"looking for|recommend|please (?:send|recommend)|i need (?:info|information|advice)|im (?:a|an) \w+"
    r"(?: \w+)? (?:looking|writing|doing|putting))\b"
)
_STUDY_OR_WORK = re.compile(
    r"\b(?:resources?|training|workshops?|leaflets?|posters?|policy|research|evidence|homework (?:on|about|for|project)|for (?:my |our )?homework|essay|lesson|pshe|assembly|"
    r"documentary|course|cpd|module|session|awareness|case study|dissertation|project|template|guidance|coursework|briefing|protocol|"
    r"(?:a |the )?talk (?:on|about)|letter about|red flags|warning signs|"
    r"(?:book|novel|story|poem|play|film|programme|drama|soap) about|for (?:english|history|drama|my english)|pathway|stats|statistics|signpost\w*|(?:read|reading) about|heard about|debate|on the (?:bbc|news|telly|tv|radio)|in the news|inset|slides|data on|how many (?:callers|people|families)|(?:schools|school) input|tiktok about|some facts|presentations? (?:on|about|for)|(?:safeguarding|an|our|the) audit|best practice|revising|revision for|learning about|on placement|in (?:english|drama|pshe|history)\b|the news (?:makes|says|said|reckons|keeps))\b"
)
_INFO_WORDS = re.compile(
    r"\b(?:signs|symptoms|what (?:is|are|does|should|do|can)|how (?:do|can|should|would|to)|threshold|refer\w*|"
    r"where|wheres|who|which|mean|normal|safe|legal|illegal|advice|tips|help (?:a|my) friend|should i|do i need to|is there|are there|any (?:groups?|services?|support))\b"
)
_CALL_FOR_HELP = r"\b(?:please|pls|plz) help\b|\bhelp me\b|\bhurry\b|\basap\b|(?<!fine )(?<!ok )(?<!okay )(?<!safe )(?<!alright )\bright now\b"
# "what do i do" with no "if" is someone asking for help now, not for information.
_URGENT = re.compile(r"\bwhat (?:do|should|can) (?:i|we) do\b(?! if| when| about)|" + _CALL_FOR_HELP)
_IS_IT_OK = (
    r"\b(?:is (?:it|that|this) (?:normal|ok|okay|allowed|legal|illegal|bad)|dunno if (?:this|it|that) counts|"
    # a question about what to do with one's own situation: "do i have to tell the midwife im still drinking"
    r"do i (?:have|need) to tell|can my \d+ ?(?:yr|year|yo)s?(?: old)? (?:stay|be left|look after)|is there a way to (?:get|make|stop) my|is it normal for my)\b"
)
_OWN_SITUATION = (
    r"\b(?:im (?:[5-9]|1[0-7])|i leave (?:my|the)|(?:been|im|i keep) leaving (?:my|the)|(?:gives|makes|lets) me|my (?:mum|dad|mams?|stepdad|mums (?:mate|boyfriend)|dads (?:mate|girlfriend))"
    r" (?:is|gives|makes|takes|leaves|hits|always|never|doesnt)"
    # what the asker is doing or has told: "im still drinking", "she does it every thursday", "i just say no"
    r"|im still (?:drinking|using|smoking|taking)|i (?:have|drink|use|smoke) (?:like |about )?(?:\d+|a bottle|cans|loads)|(?:she|he|they) (?:does|do) it every|every (?:thursday|friday|saturday|sunday|monday|tuesday|wednesday|night|weekend)"
    r"|i (?:just )?(?:say no|said no|lie|lied) when|(?:he|she)s usually had|my (?:partner|sister|brother|nan|nanny|grandad|uncle|auntie)(?:s)? (?:keeps|always|is|has|does|leaves|shakes|hits)|my sister is [1-9]\b|leaving her (?:foils|gear|needles|works|pipe)|\b(?:im|i am) (?:\d+ weeks|usually))\b"
)
# A story or poem that is the writer's own: "she said its about her", "based on real life".
_OWN_STORY = r"(?:its|it is|it was) about (?:her|him|me|them)|based on (?:real life|her life|his life|me)"
# What someone saw or was told, reported (a professional's case note, "im 10 and i look after..."): a disclosure,
# not a request for information, even with a referral question after it.
_DISCLOSED = re.compile(
    r"\b(?:disclosed|volunteered that|told me (?:that )?(?:she|he|her|his|their|mum|dad)|intelligence suggests|flagging (?:for|this)|"
    r"for follow up|(?:we|i) attended|suspect(?:ed)? (?:county lines|exploitation|cuckooing|grooming|neglect|abuse)|referral (?:done|made|in|sent)|(?:we|i) stopped a|(?:i )?visited a (?:mum|dad|family|home|house)|present(?:ing|ed) with|talked openly|has told me|told me today|client (?:with|has|is|says)|"
    r"asked me not to tell|home visit|disclosure (?:today|from|made|this)|on a (?:home )?visit|(?:we|i) attended an? (?:\w+ )?(?:incident|call|address|job)|attended an? (?:\w+ )?incident|"
    r"(?:today|yesterday|last night) i (?:saw|found|noticed)|i (?:saw|noticed|found) (?:foil|needles|syringes|drugs|paraphernalia|bruis\w*|marks)|im (?:[5-9]|1[0-7]) and i (?:\w+ )?(?:look after|have to|do all|care for|get (?:hit|left|hurt))|"
    + _OWN_STORY
    + r")\b"
)
# A question that tells what is happening to the asker or someone the asker knows is a disclosure, whatever
# its shape: "is it normal that my mum leaves me...", "should i be worried that my dad leaves his needles in
# the bathroom? my little sister is 3".
_TOLD_AS_A_QUESTION = re.compile(
    rf"{_OWN_SITUATION}.*{_IS_IT_OK}|{_IS_IT_OK}.*{_OWN_SITUATION}|"
    r"\b(?:my|ur|your|our|his|her) (?:mum|mam|ma|mummy|dad|da|daddy|stepdad|stepmum|step dad|step mum|boyfriend|partner|ex|husband|brother|sister|son|daughter|grandson|granddaughter|grandkids|nephew|niece|little sister|little brother|baby brother|baby sister|kids|children|new partner|daughters boyfriend|mums boyfriend)s?"
    r"(?: \w+){0,3} (?:hits?|hit me|beats?|leaves?|left|locks?|locked|lets?|let me|makes?|made|gives?|gave|leaves? (?:his|her|their)|is dealing|dealing|shoves?|shoved|came in|comes in|took pictures|turned up|turns up|keeps|forgets?|forgot|cant get up|is in bed|drinks the money|found)\b"
    # a question, then what is happening: "can u be a young carer at 8 ? i look after my mum when shes sick"
    # (not a reason for asking: "? i want to stop before my son gets older", "? hes always on his phone")
    r"|\?\s*(?!i want|id like|i dont|i just|i would|im just|im asking|hes always on|shes always on|he doesnt|she doesnt|theyre always on|mines been (?:lovely|great|good|fab|brilliant|amazing|nice|fine|really)|im an? (?:\w+ ){0,2}(?:officer|worker|teacher|nurse|student|gp|doctor|midwife|volunteer|manager|practitioner|coordinator) and i (?:keep|want|need|would|am|have been asked))"
    r"(?:i|im|ive|id|he|hes|she|shes|they|theyre|mum|dad|mam|da|mines|it happens|cos i|because i)\b(?: \w+){2}(?!.*\b(?:nothings happened|nothing has happened|probably nothing)\b)"
    r"|\b(?:a|one of my|a young|our) (?:\d+ ?yo|\d+ (?:yr|year) old|lad|girl|boy|pupil|student|young person|child|patient|woman|client|mum|dad)\b(?: \w+){0,3} (?:told me|just said|has told|disclosed|said (?:that )?(?:she|he|her|his|mummy|daddy))\b"
)
_ASKING_IF_OK = re.compile(
    r"\bis (?:that|it|this) (?:allowed|ok|okay|normal|legal|safe|bad|illegal|right|true)\b"
)
_RESOLVED = re.compile(
    r"\b(?:used to|years ago|back in the (?:\d0s|day|old days)|(?:quit|stopped|gave up) (?:weed|smoking|drinking|the drink|drugs|cannabis) when (?:i|she) found out|(?:\d+|two|three|four|five|six|seven|eight|nine|ten|twelve) (?:months|years|yrs) clean|completed (?:rehab|detox|treatment)|stopped (?:smoking|taking) (?:weed|cannabis|crack|spice|coke|pills|drugs|the \w+)|grew up|when i was (?:little|younger|small|a kid|a child|young|a baby)|"
    r"in recovery|recovering|recovered|(?:\d+|one|two|three|four|five|six|ten|first|second|third) (?:year )?anniversary|(?:been|was|got|is|s) sectioned after|in (?:a |the )?psych(?:iatric)? (?:ward|unit|hospital) after|(?:she|he|they|mum|dad|mam) (?:survived|pulled through)|clean (?:for|now|since)|been clean|(?<!not been )(?<!hasnt been )(?<!havent been )(?<!never been )(?<!never )(?<!not )(?<!seemed )(?<!seems )(?<!looked )(?<!looks )sober(?! today| this morning| at the moment| for once)|dry (?:for|since|now|(?:\d+|a|two|three|four|five|six|seven|eight|nine|ten|twelve) (?:days|weeks|months|years))|"
    r"been off (?:it|the|drugs)|off (?:it|the drink|the gear|drugs) (?:for|since|now)|off (?:it|drugs|the (?:drink|gear|brown|booze|heroin|crack|coke|pills)) (?:\d+|a|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve) (?:weeks|months|years)|(?<!not )(?<!never )(?<!havent )(?<!hasnt )(?<!didnt )stopped (?:drinking|using)|coping (?:well|better|fine)|(?:weeks|months|years) without (?:harming|drinking|using|a drink|self ?harming|selfharming)|alcohol free|abstinent|attendance (?:is )?back|"
    r"(?<!says its )(?<!said its )(?<!says shes )(?<!says hes )(?:fine|ok|okay|good|great|well|better|amazing|brilliant|thriving) now|doing (?:well|ok|okay|alright|great|really well|"
    r"amazing|brilliant|so well)|(?:hes|shes|theyre|is|are) (?:perfectly|completely|absolutely|totally) (?:well|fine|healthy|happy|ok|okay)|thriving|back on track|no (?:drugs|drink|alcohol|gear) (?:now|anymore|any more|since)|all sorted|(?:now|and) stable|(?<!thinks )(?<!think )(?<!says )(?<!said )im stable|stable (?:now|on (?:my|her|his) script)|clean from (?:\w+ )?(?:\d+|a|two|three|four|five|six|seven|eight|nine|ten) (?:months|years)|(?:now im|im now|now i am) clean|(?:aunty|auntie|aunt|gran|nan|nana|grandma|grandad|uncle|foster carer|foster mum|dad|mum) looks after (?:us|me|them) now|(?:hasnt|havent|not|never) (?:touched|had) a (?:drop|drink)|(?:shes|hes|theyre|mums|dads|she is|he is) (?:back|home) now|not anymore|no longer|(?:not|doesnt|dont|isnt) (?:drinking|using|taking (?:drugs|anything)|drink|use|smoking) (?:anymore|any more)|in the past|teetotal|rehab|meetings|(?:her|his|their) meeting|aa|gave up|given up|"
    r"quit (?:drinking|smoking|using|the drink)|(?:thats|that is) (?:all )?over\b(?! (?:the|my|his|her|there|here|me|us|him)\b)|(?:was|is|seemed) (?:fine|ok|okay|alright) (?:after|afterwards|the next day|this morning|in the morning|when (?:he|she) woke(?: up)?)|(?:she|he|they|i) got (?:help|clean|sober)|but not since|(?<!\bi )stopped (?:straight away|as soon as|the minute)|(?<!says )(?<!said )(?<!claims )(?<!insists )(?:is|s|shes|hes) (?:absolutely |totally |always )?(?:fine|ok|okay|alright)\b(?! (?:but|now but|at)\b))\b"
)
# An emergency told as long over: months or years back ("overdosed 6 years ago", "when i was 11", "since his mams
# overdose, 2 yrs now"), with nothing still going on ("still get dark thoughts", "im ok now mostly").
_LONG_AGO = re.compile(
    r"\b(?:(?:years|yrs) ago|when i was (?:\d+|little|younger|small|a kid|a child)|when we were (?:kids|little|young|small|children|wee|bairns|weans)|last (?:year|christmas)|back in (?:\d{4}|the day)|"
    r"(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|eighteen|nearly \w+) (?:years|yrs|months)(?: now)?)\b"
)
# An emergency told in the present perfect: "my mum has collapsed", "mums passed out".
_PRESENT_EMERGENCY = (
    r"\b(?:has|have|is|s|hes|shes|mums|dads|mams|just) (?:collapsed|passed out|overdosed|taken (?:an overdose|too many)|"
    r"stopped breathing|not breathing|unconscious|fitting)\b"
)
_STILL_GOING_ON = re.compile(
    r"\b(?:still|mostly|most days|sometimes|again|this year)\b|" + _PRESENT_EMERGENCY
)
# An adult looking back on their own childhood ("my stepfather hit me as a boy, im 60 now"), with nothing
# still happening: the harm is long over, and they are asking for something.
_GROWN_UP = re.compile(
    r"\b(?:im|i am|im now|now im) (?:[2-9]\d)\b(?! ?(?:weeks?|wks?|months?|mins?|minutes|hours|times|quid|pounds|days|year olds?)\b)"
    r"|\bim a (?:mum|dad|mam|mother|father|parent|teacher|nurse|youth worker|social worker|grandad|nan|gran|grandmother|grandfather|grandparent|midwife|gp|doctor|police officer)(?: myself)?(?: now)\b"
    r"|\bas an adult\b|\bnow an adult\b|\ball grown up\b|\bgrown up now\b"
)
_OWN_CHILDHOOD = re.compile(
    r"\b(?:as a (?:boy|girl|kid|child|teenager|teen|youngster|wean|bairn|lad|lass)|when we were (?:kids|little|young|small|children|wee|bairns|weans)|when i was (?:a |an )?(?:kid|child|little|young|teenager|teen|wee|small|younger|boy|girl|\d+)|i grew up|growing up|"
    r"(?:i|me) (?:was|got) \w+(?: \w+){0,4} at (?:1[0-7]|[5-9])|in the (?:[5-9]0s|2000s|noughties))\b"
)
_STILL_HAPPENING = re.compile(
    r"\b(?:still|again)\b(?! (?:struggl\w*|find\w*|affect\w*|hard|think\w*|get (?:flashbacks|nightmares)|have (?:flashbacks|nightmares)|remember|talk\w*|scared of the dark))"
    r"|\b(?:my|our|the) (?:kids|children|son|daughter|grandson|granddaughter|baby)\b(?: \w+){0,3} (?:sees?|visits?|stays? with|goes to)\b"
    r"|\b(?:right now|tonight|at the moment|atm|currently|these days|nowadays)\b"
    + r"|"
    + _PRESENT_EMERGENCY
    # harm in the adult's life now ("my husband hits me when he drinks")
    + r"|\b(?:partner|husband|wife|boyfriend|girlfriend|ex|fella|he|she)(?: \w+){0,2} (?:hits|is hitting|hurts|threatens|beats|kicks|punches|chokes|controls|scares)\b"
)
# ...and not the writer's own attempt, which is self-harm told as past: a concern to follow up.
_OWN_ATTEMPT = re.compile(
    r"\b(?:i|ive|i have|i had) (?:(?:took|taken) (?:an overdose|an od|too many|a load|loads|all (?:my|her|his|the))|"
    r"(?:tried|attempted) (?:to )?(?:kill|end|take my|hang|overdose|od)|overdosed|oded|had an overdose)\b"
)
# ...unless it was an overdose in an addiction now years behind them ("i overdosed twice, clean nine years").
_YEARS_IN_RECOVERY = re.compile(
    r"^(?!.*\b(?:tried|attempted|attempt|suicide|kill myself|end it)\b).*"
    r"\b(?:(?:clean|sober|in recovery|drug free)(?: for)? (?:\w+ )?(?:years|yrs)|(?:\d+|two|three|four|five|six|seven|eight|nine|ten) (?:years|yrs) (?:clean|sober))\b"
)
# A training scenario or a "what do I do if a pupil says..." question: nothing in it is happening to anyone.
_HYPOTHETICAL = re.compile(
    r"\b(?:scenario|(?<!not )(?<!not a )(?<!not being )hypothetical(?:ly)?|role ?play|case study|training (?:session|day|course|exercise)|mock (?:disclosure|scenario|exercise|case|interview)|(?:disclosure|practice|tabletop) exercise|"
    r"exam question|asked (?:me |us )?what (?:id|i would|i should|we would|we should|to) do if|for (?:an?|my) (?:essay|assignment|course|module|training)|what to do if (?:they|you|we|someone|a pupil|pupils|a child|kids|students|young people) (?:find|finds|see|sees|come across|discover)|what (?:to|do i|should i|would i) do if (?:she|he|they|mum|dad|mam|my \w+) (?:ever|relapses?)\b|training (?:question|q)\b|(?:did|had|doing|done) a lesson (?:on|about) what to do if\b|(?:theres|there has) been no incident|no specific case|(?:in|on|watching|watched) (?:"
    + _SOAPS
    + r")\b|show(?:ed|s)? (?:us|the class) a (?:video|film|clip) (?:of|about|on)\b|(?:saw|seen|watched) a (?:film|video|programme|documentary|play)(?: at school| in class| in pshe| in assembly)? (?:about|where)\b|(?:were|we were|we got|i was|i got) (?:told|taught|shown) (?:at|in) (?:school|pshe|class|first aid|training|cubs|scouts|brownies|guides) (?:if|what to do|how to)\b|lockdown drill|fire drill|pretend (?:intruder|attacker|gunman)|(?:had|was) a (?:tragic|sad|serious|similar|high profile) case\b|(?:had|was) a (?:\w+ )?case (?:last \w+ |a few \w+ ago |recently |in \d{4} )?where\b|(?:writing|write|wrote) a (?:story|poem|play|script) for (?:english|drama|school|class|homework|a competition|coursework)|(?:protocol|procedure|process|policy) (?:if|when)|lone working training|first aid (?:course|badge|teacher|exam|training|quiz|class|lesson)|(?:naloxone|first aid) (?:training|teaching|session)|teaching session|if (?:my|someone|a) \w+ ever did|explain what counts as|a play about|"
    r"had a (?:dream|nightmare)\b(?=.*\bwoke up\b)|(?:dreamt|dreamed) (?:that|about) (?:my|mum|dad|mam|da)\b(?=.*\bwoke up\b)|my character|(?:his|her|their) character|a character (?:in|who|whose|called|finds)|a play where|(?:doing|in) a play in (?:drama|english|class|school) where|(?:read|reading|watch|watching|watched) (?:a|the|this) (?:book|novel|film|story|play|programme|show|drama|series) where|(?:in|for) drama (?:were|we are) doing"
    # a school task: "what would i do if i found someone collapsed? were making a poster for assembly"
    # a lesson, a programme or a project: "we learnt about overdoses in pshe today", "we watched a thing on bbc
    # three about a guy who od'd", "its for a school project"
    r"|(?:learnt|learned|learning) about (?:\w+ ){0,2}in (?:pshe|science|biology|class|health|school|assembly)|(?:learnt|learned|learning) about (?:overdoses|drugs|alcohol|first aid|fits|seizures|drink driving)|(?:watched|watching) (?:a|this|that) (?:thing|programme|documentary|video|film|show) (?:on|about)|(?:its|this is|thats|it is) for (?:a |my |our )?(?:school )?(?:project|homework)|for (?:a|my|our) school project"
    r"|lesson plans?|scheme of work|(?:want|wanting|going|planning|need|trying) to (?:cover|teach)\b(?! (?:me|us|him|her|you|them)\b)|(?:i|we) teach (?:pshe|rshe|health|first aid)\b"
    r"|what (?:would|should|could) (?:i|we|you) do if (?:i|we|you) (?:found|find|saw|see|came across|come across)|(?:making|doing|designing|design) a poster (?:for|about) (?:assembly|school|class|pshe|biology|science|health)|(?:were|we are) doing (?:it|this|that) in (?:biology|science|pshe|class|health|first aid))\b"
    r"|\bif (?:a|one of my|one of the|any|one of our) (?:kid|child|pupil|student|young person|boy|girl|teenager)s?\b(?: \w+){0,5} "
    r"(?:says|said|tells|told|discloses|disclosed|mentions|comes in|turns up|writes|wrote|draws|drew)\b"
)
# ...unless something in it is happening now ("what do I do if a pupil says... right now theres one here").
_HAPPENING = re.compile(
    _CALL_FOR_HELP
    + r"|\b(?:(?<!when to call )(?<!whether to call )(?<!when its a )(?<!when it is a )(?<!you ring )(?<!you call )(?<!you phone )999(?! if\b)|ambulance|theres one here)\b"
    # a child unwell now, whatever else the message asks: "...for my school project. also my dads mate just gave my
    # little sister some of his drink and now shes being sick and wont stay awake"
    + r"|\bnow (?:shes|hes|theyre) (?:being sick|fitting|not breathing|unconscious|going blue)\b"
    # a poem or a story that is about the writer: "i meant it though"
    + r"|\bi (?:really )?(?:meant|mean) it\b(?! as a joke)"
    # a story that is the child's own
    + rf"|\b(?:{_OWN_STORY}|(?:its|it is|it was) about my)\b"
)
_RELAPSE = re.compile(
    r"\b(?:started (?:cutting|selfharming|self harming|hurting (?:himself|herself|myself)|hitting (?:himself|herself|myself))|did it (?:twice|\w+ times)|(?<!together )(?<!laugh )(?<!laughing )(?<!smile )(?<!smiling )(?<!happy )(?<!talking )(?<!speaking )(?<!myself )again|relapsed(?! once)(?! (?:on the \w+ )?for a (?:weekend|night|day|week))(?! when (?:my|i|she|he|the))|back on(?! track)|started (?:using|drinking)|using again|"
    # "he still visits", "now its just sometimes": not over
    r"track marks|keeps (?:smoking|using|drinking|taking|injecting)|still (?:using|drinking|smoking|taking|on (?:the|it))|refus(?:es|ed|ing) (?:a |the |to do a |to have a )?(?:tox|drug|urine) (?:screen|test)|think about (?:it|doing it) (?:loads|all the time|a lot|every day|constantly)|still think about (?:it|doing it|cutting)|keeps happening|still (?:visits|comes (?:round|over)|lives with|live together|living together|sees|see|do|does|happens|doing it|at it)|mostly stopped|did it (?:again|last \w+|yesterday|this \w+)|now (?:its )?(?:just |only )?(?:sometimes|now and then|when))\b"
)
_PAST = re.compile(
    # (an attempt told by the school year it happened in: "i tried to hang myself in year 8")
    r"\b(?:last (?:night|week|month|year|yr|weekend|time|summer|christmas|term)|at the weekend|"
    r"(?:tried|attempted)(?: \w+){0,4} in (?:year \d+|primary|first year|second year)|yesterday|ive seen (?:him|her|them|dad|mum)|(?:days|weeks|months|years|ages) ago|"
    r"(?<!at )once|used to|when i was|in the past|over the (?:summer|holidays|christmas|easter|half term)|at (?:christmas|easter|new year|halloween)|the other (?:day|week|night|month)|(?:weeks|months|years|a while|ages|couple of months|few months) back|in (?:the )?(?:summer|spring|autumn|winter|holidays)|in (?:january|february|march|april|june|july|august|september|october|november|december|may)(?! be\b)|previously|more than once|twice|a few times|several times|"
    r"(?:mon|tues|wednes|thurs|fri|satur|sun)day)\b"
)
_HABITUAL = re.compile(
    r"\b(?:every|most (?:nights|days|mornings|afternoons|evenings|weekends|of the time)|always|all the time|often|"
    r"sometimes|usually|regularly|whenever|has to|have to|(?<!\d )(?<!\d\d )(?<!oclock )at night|each (?:night|day|morning)|some (?:nights|days|weekends|mornings)|"
    # a course of conduct: "shes been smacking my little brother", "dads been pushing me about"
    r"(?:(?:hes|shes|has|dads|mums|mams|theyve|boyfriends|partners|husbands|fellas|exs|stepdads|brothers) been|(?:hes|shes|ive|i have|has|he has|she has|\w+s) started) (?:hitting|smacking|slapping|pushing|shoving|punching|kicking|battering|hurting|grabbing|strangling|choking|throttling)(?! (?:\w+ ){0,3}(?:for (?:the last |about |over )?(?:\d+|ten|twenty|a few|few) (?:minutes|mins|hours)|since|all (?:night|day|evening|morning)|for hours|tonight|this (?:morning|evening|afternoon)))|"
    r"(?:hes|shes|has|theyve) been (?:shouting and )?throwing|(?:its|this is) not the first time|(?:has been|been|its been) going on (?:for )?(?:months|weeks|years|ages|a while)|"
    r"(?:second|third|fourth|fifth|sixth|\d+(?:st|nd|rd|th)) time (?:this|in|since)|half the time|for (?:months|years)|"
    r"leaves (?:her|his|their|them|him|the kids|the children)(?: \w+){0,2} (?:alone|home alone|on (?:his|her|their) own)|every day|loads of times|keeps (?:collecting|picking (?:him|her|them|\w+) up|turning up|coming (?:home|back|round|in)|dropping (?:him|her|them) off)|(?:at|on) (?:the )?weekends|happens (?:loads|a lot|all the time|every)|(?:twice|\d+ times|three times|a few times) (?:this|last|a) (?:week|month|year)|(?:i|we) come back and|been leaving|(?:doesnt|dont|never) (?:come|get) (?:back|home|in) (?:til|till|until)|(?:the )?whole (?:weekend|night)|all weekend|when (?:(?:your|my|ur|his|her) )?(?:hes|shes|he|she|they|theyre|mum|dad|mums|dads)(?: \w+){0,2} "
    r"(?:drinks|drunk|drinking|steaming|wasted|hammered|smashed|mortal|blootered|bladdered|pished|pissed|legless|uses|using|high|had a drink|had a few|on the (?:coke|gear|drink|sesh|charlie|crack|booze|beer|cider|vodka|voddy|bevvy|batter)|angry|kicks off|been drinking|been using|argue|argues|row|rows|fight|fights|goes out|goes to the pub|goes to|works|working|at work|on shift|on nights))\b"
    r"|\bwhen (?:i|im|ive|i have|i am|ive been|i get)(?: \w+){0,2} (?:drink|drinking|drunk|using|high|had a drink|had a few)\b"
    r"|\bduring (?:arguments|rows|fights)\b|\bnever for long\b|\b(?:works?|working|does|do|doing) (?:nights|night shifts|nightshifts)\b"
    r"|\bkeeps? (?:finding|seeing|catching)\b|\bkeep being (?:called|asked|sent)\b|\beach time\b|\b(?:last|past) (?:two|three|four|few|\d+) (?:weekends|nights|times)\b"
    r"|\b(?:when|whenever) (?:hes|shes|he has|she has|theyve) had (?:\w+ )?(?:whisky|vodka|cans|beer|cider|wine|drink|a drink|a few|a skinful|too much)\b"
    # stop 26: "she keeps leaving us", "on several occasions", "ive started drinking" (not "keeps
    # saying", which is as often said in a crisis now: "hes got a knife and keeps saying hes gonna kill himself")
    r"|\bkeeps? (?:leaving|threatening|driving (?:us|me|them|the kids|the baby))\b|\b(?:done|did) (?:it|that) (?:like |about |over )?(?:\d+|two|three|four|five|six|several|a few|loads of) times\b|\bon (?:several|a few|many|numerous) occasions\b|\bseveral times\b|\bdaily\b"
    r"|\b(?:ive|i have|hes|shes|he has|she has|theyve|weve) started (?:drinking|using|smoking|injecting|taking (?:my|his|her|their) \w+ to cope)\b"
)
# "im ok right now" (but "shes not ok right now" is now)
# ...and "shes fine right now" (the "now" of it)
_NOT_OK_BEFORE = r"(?<!fine )(?<!(?<!not )ok )(?<!okay )(?<!alright )(?<!safe )(?<!fine right )(?<!ok right )(?<!safe right )"
# "shes ok now", "hes home now", "were settled now": it is over, not happening now
# ...and a habit that has gone on a while: "most nights now", "few months now"
_SETTLED_BEFORE = (
    r"(?<!home )(?<!back )(?<!sober )(?<!better )(?<!settled )(?<!safe )(?<!well )(?<!stable )(?<!clean )(?<!calm )"
    r"(?<!most nights )(?<!most days )(?<!few months )(?<!few weeks )(?<!few years )(?<!all the time )"
    r"(?<!im \d\d )(?<!im \d )(?<!i am \d\d )(?<!shes \d\d )(?<!hes \d\d )"  # "im 15 now": an age, not a time
    r"(?<!well for ages )(?<!well for years )(?<!clean for ages )(?<!clean for years )"
)
_NOW = re.compile(
    rf"\b(?:{_NOT_OK_BEFORE}right {NOW_WORD}|{_NOT_OK_BEFORE}{_SETTLED_BEFORE}{NOW_WORD}|(?:(?<!its )(?<!it is )(?<!thats )|(?=just (?:happened|started|kicked off)\b))just(?! (?:how|not|told|said|mentioned|disclosed|shared|found out|learned|learnt|heard|realised|realized|wanted|want|need|wondering|wondered|sleepy|sometimes|checking|a quick|dont|dunno|wish|hate|wanna|to|when|whenever|if|in case|for|about|thinking|think|thoughts|feel|feels|feeling|(?:one|two|wan|a few|a couple|a bit|over|under|because|cos|like|put|do|get on|sit|say|says|leave|leaves|ignore|ignores|the way|grabs|shoves|pushes|drags|shouts|yells|sits|goes|takes|drinks|sends|send|lets|gives|tells|nosey|curious|interested|looking|realising|realizing|beginning|stay|stays|hide|hides|sit|tired|knackered|exhausted|so|cereal|toast|crisps|biscuits|noodles|beans|bread|sweets|have (?:a|some) (?:bump|bruise|scratch|graze|mark)|got (?:married|engaged|promoted|a (?:new )?job|his (?:\d+|one) years?|her (?:\d+|one) years?))\b))|(?<!not )tonight|(?<!openly )(?<!told me )(?<!said )(?<!mentioned )(?<!disclosure )(?<!disclosed )(?<!of it )(?<!about it )(?<!found out )(?<!not in danger )(?<!not )(?<!sober )(?<!clean )today(?! (?:she|he|they|mum|dad) (?:seemed|was|were|looked))(?! (?:im|i am|were|we are) (?:\w+ )?(?:years?|months?|weeks?) (?:sober|clean|dry))(?! (?:my|our) (?:eldest|youngest|oldest|son|daughter|kids?|children|boy|girl) )|(?<!ok )(?<!okay )(?<!fine )(?<!alright )(?<!better )this (?:morning|afternoon|evening)|currently|(?<!\bout )(?<!\baway )(?<!at work )(?<!ok )(?<!okay )(?<!fine )(?<!right )(?<!calm )(?<!quiet )(?<!safe )(?<!with me )(?<!with us )(?<!for work )(?<!the centre )(?<!at school )(?<!in school )at the moment|"
    r"as we speak|about to|(?:hes|shes|he has|she has|theyve|theyre) got (?:the kids|a knife|the knife|a gun|a blade|a machete|a bat)|(?:is|are|hes|shes|theyre|s) (?:now |still )?(?:unresponsive|unconscious|unrousable|out cold)|(?:isnt|is not|not|still not) (?:waking|breathing|responding|moving)(?: up)?\b(?! (?:in|for) (?:the )?(?:mornings?|school))|(?:chest|heart)(?: is| s)? (?:so |really |proper )?(?:tight|racing|pounding|going (?:mad|mental|crazy))|(?:took|taken|swallowed|had)(?! been) (?:\w+ ){0,4}(?:before school|this morning|at lunch|earlier)|still (?:going|in the house|doing|at it|hitting|bleeding|not|at the bottom|on the floor|lying|laying|in the same (?:place|position|spot))|(?<!\bim )(?<!\bi am )still here|hasnt come back|"
    r"not come back|gone since|been gone|its been(?! (?:\d+ times|three times|twice|once|hard|rough|tough|difficult|awful|horrible|bad|good|ok|okay|better|worse|grim|shit|crap|months|years|weeks|ages|a while|a long time|a year|a month|going on|like this|happening|coming (?:up|back)|on my mind|playing on|in my head|bothering|like that|weighing|most|every|loads|a few|a couple|a while|(?:\d+|a few|a couple of|few) (?:months|years|weeks)))|please help|help (?:please|pls|me please|us|now)|^help|help$|need help|someone help|"
    r"\w+ing(?: \w+){0,3} since (?:(?:i|she|he|we|they) \w+ )?(?:last night|yesterday|this morning|earlier)|since (?:i|we) (?:got|came) (?:in|home|back)\b|what do i do(?! next)|what should i do|what do we do|asap|hurry|(?<!rang )(?<!called )(?<!phoned )(?<!dialled )999(?! (?:last|when|for (?:my|her|him) (?:mum|dad|mam|brother|sister) (?:last|when|once|years)))|(?<!rings the )(?<!rings an )(?<!calls the )(?<!calls an )(?<!rang the )(?<!rang an )(?<!called the )(?<!phoned the )(?<!had to ring an )(?<!had to call an )(?<!had to phone an )(?<!had to ring the )(?<!had to call the )(?<!by the )ambulance(?! came| took| arrived| was called| had been)|every (?:few |\d+ |ten |five |couple of )?(?:minutes|seconds|mins|secs)|(?:scared|terrified|frightened|afraid) to go (?:back )?home|(?:\d+|a few|few|couple of|ten|twenty|half|an|half an) (?:minutes?|mins?|hours?|hrs?) ago|(?:a few |few )?moments? ago)\b"
)


def _clause_around(text: str, start: int, end: int) -> str:
    left = max((m.end() for m in _CLAUSE_BREAK.finditer(text, 0, start)), default=0)
    right = next((m.start() for m in _CLAUSE_BREAK.finditer(text, end)), len(text))
    return text[left:right]


def negated(text: str, start: int) -> bool:
    """A negator among the few words before `start`, with no new subject in between."""
    clause_start = max((m.end() for m in _CLAUSE_BREAK.finditer(text, 0, start)), default=0)
    for word in reversed(text[clause_start:start].split()[-_NEGATION_WINDOW:]):
        if word in _NEGATORS:
            return True
        if word in _SUBJECTS:
            return False
    return False


@dataclass(frozen=True)
class MessageContext:
    """What is true of the whole message, worked out once."""

    info_request: bool
    hypothetical: bool
    resolved: bool
    past: bool
    habitual: bool
    now: bool
    long_over: bool = False  # resolved, and told as months or years back, with nothing still going on
    adult_looking_back: bool = False  # an adult telling their own childhood, with nothing still happening
    # Where a topic match is explained away by the request (see in_request): empty unless info_request.
    request_spans: tuple[tuple[int, int], ...] = ()

    @classmethod
    def of(cls, text: str) -> MessageContext:
        info_request = (
            not _URGENT.search(text)
            and not _DISCLOSED.search(text)
            and not _TOLD_AS_A_QUESTION.search(text)
            and _asks_for_information(text)
        )
        resolved = bool(_RESOLVED.search(text)) and not _RELAPSE.search(text)
        now = bool(_NOW.search(text))
        return cls(
            info_request=info_request,
            hypothetical=bool(_HYPOTHETICAL.search(text)) and not _HAPPENING.search(text),
            resolved=resolved,
            past=bool(_PAST.search(text)),
            habitual=bool(_HABITUAL.search(text)),
            now=now,
            long_over=resolved
            and not now
            and bool(_LONG_AGO.search(text))
            and not _STILL_GOING_ON.search(text)
            and not (_OWN_ATTEMPT.search(text) and not _YEARS_IN_RECOVERY.search(text)),
            adult_looking_back=bool(_GROWN_UP.search(text))
            and bool(_OWN_CHILDHOOD.search(text))
            and not _STILL_HAPPENING.search(text),
            request_spans=_request_spans(text) if info_request else (),
        )

    def in_request(self, start: int) -> bool:
        """Whether a topic match at `start` is explained away by the request for a service the message makes.

        Not when it is told in a later part, after the request and not itself asking: "any groups in leeds ?
        my dad hits me", "is there a group in motherwell , also ma maw sends me tae get her stuff". A
        preface before the request ("midwife here . whats the pathway...") is part of the request.
        """
        return any(left <= start < right for left, right in self.request_spans)


# A parent or carer doing it ("his dad punched him at the match") is not play, whatever the clause says.
# ...or a parent who is the subject a few words before ("playing gta and my dad came in drunk and hit me").
_ADULT_JUST_BEFORE = re.compile(
    r"\b(?:dad|mum|mam|stepdad|stepmum|uncle|boyfriend|girlfriend|partner|husband|wife|grandad|nan|fella)s? (?:\w+ )?$"
    r"|\bmy (?:dad|mum|mam|stepdad|stepmum|uncle|mums boyfriend|mums partner|grandad|nan|da|ma)(?: \w+){0,5} and $"
)


# Where a request for a service ends and something else begins: "is there a group in motherwell , also ma
# maw sends me tae get her stuff fae the man in the close".
_REQUEST_BREAK = re.compile(r"[.!?;\n]| also | btw | ps | anyway | anyways | but | oh and | and also | plus ")


def _request_spans(text: str) -> tuple[tuple[int, int], ...]:
    """The parts of a request message where a topic match is explained away: the asking parts and before."""
    bounds = [0, *(m.end() for m in _REQUEST_BREAK.finditer(text)), len(text) + 1]
    parts = [(left, right) for left, right in itertools.pairwise(bounds) if text[left:right].strip()]
    asking = [
        index for index, (left, right) in enumerate(parts) if _asks_for_information(text[left:right].strip())
    ]
    if not asking:  # asking only as a whole ("?" in one part, the info words in another)
        return ((0, len(text) + 1),)
    # a match before the first part's start (leading blanks) counts as in the first part
    spans = [(0, right) if index == 0 else (left, right) for index, (left, right) in enumerate(parts)]
    return tuple(span for index, span in enumerate(spans) if index <= asking[0] or index in asking)


# A request for someone to talk to anywhere in the message, with no question mark: "..., anyone i can talk to in brum"
_ASKING_FOR_SOMEONE = re.compile(
    r"\b(?:any ?one|anybody|someone|somebody|anywhere|somewhere|any groups?|any support) (?:i|we) (?:can|could) (?:talk|speak|go|ring|call|contact|chat)\b"
    r"|\b(?:any ?one|anybody|anything|anywhere|any groups?|any support) (?:in|near|round|around) \w+(?: \w+)? (?:for|that)\b|\b(?:i would|id) like to find\b"
)


def _asks_for_information(text: str) -> bool:
    """Shaped as a request for information: a question opening, study or work, "?" with info words."""
    return bool(
        _QUESTION_START.search(text)
        or _STUDY_OR_WORK.search(text)
        or ("?" in text and _INFO_WORDS.search(text))
        or _ASKING_IF_OK.search(text)
        or _ASKING_FOR_SOMEONE.search(text)
    )


# A laugh is not a game: where it is all the clause has, a parent drunk or high is no joke ("haha guess who got
# a black eye for being cheeky, its fine tho he was drunk").
_LAUGH_ONLY = re.compile(LAUGHING + "|😆")
_DRUNK_OR_HIGH = re.compile(
    r"\b(?:drunk|pissed|steaming|wasted|hammered|blootered|mortal|bladdered|pished|legless|off (?:his|her|their) (?:face|head)|"
    r"high|stoned|on the (?:gear|drink|cans|coke|brown|sesh|batter|pipe)|had a drink|been drinking|out of it)\b"
)


# A game named only as a time or as the way a message came, not as what is happening: "says hes going to kill
# me when the football finishes", "getting messages on his xbox saying come to the garages tonight or else"
_GAME_NOT_PLAYED = re.compile(
    r"\b(?:when|after|till|til|until|once|before) (?:the|his) (?:football|match|game|rugby)(?: finishes| ends| is over| s over)?\b"
    r"|\b(?:messages?|messaging|messaged|texts?|texting|chats?|dms?|voice notes?)(?: (?:me|him|her|them|us|my \w+|our \w+))? (?:on|through|over|via|in) (?:his |her |my |their |the )?"
    r"(?:xbox|playstation|ps5|fortnite|roblox|minecraft|switch|game|games|gaming chat)\b"
)


def in_play(text: str, start: int, end: int, laugh_is_play: bool = True) -> bool:
    """A game, sport, song, film or joke in the clause around text[start:end], not done by a parent.

    With `laugh_is_play` False (for concerns), a laugh alone is no game where a parent is drunk or high.
    """
    if _ADULT_JUST_BEFORE.search(text, max(0, start - 60), start):
        return False
    clause = _GAME_NOT_PLAYED.sub(" ", _clause_around(text, start, end))
    games = [match.group() for match in _PLAY.finditer(clause)]
    if (
        not laugh_is_play
        and games
        and all(_LAUGH_ONLY.fullmatch(game) for game in games)
        and _DRUNK_OR_HIGH.search(text)
    ):
        return False
    return bool(games)
