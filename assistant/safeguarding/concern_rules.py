"""Rules for harm or risk that staff must follow up, but where no one is in danger this minute."""

# ruff: noqa: E501 -- regex tables read better one alternative group per line, unbroken.

from __future__ import annotations

from assistant.safeguarding.assessment import Severity
from assistant.safeguarding.patterns import not_after
from assistant.safeguarding.rules import Rule, rule, words
from assistant.safeguarding.vocabulary import CARE, CHILD, INTOXICATED, STREET_DRUG, YOUNG_AGE

C = Severity.CONCERN

_MEANS_OR_NOW = (
    r"\b(?:tonight|right now|today|pills|tablets|paracetamol|rope|noose|belt|ligature|bridge|roof|ledge|cliff|railway|"
    r"tracks|train|motorway|jump|knife|blade|razor|taken|took|swallowed|goodbye|plan|planned|letters?|note|after school|"
    r"when (?:everyone|they|the kids)(?:s| are| is)? (?:asleep|in bed|gone)|"
    # a time set for doing it: "im going to do it when i get home"
    r"(?:going to|gonna|will|ill|im gonna) do it (?:when|tonight|after|later|today|once|as soon)|"
    # a way chosen: "ive looked up ways and ive picked one for friday"
    r"looked up (?:ways|how|methods)|picked (?:one|a way|a method|a day|a date)|(?:chosen|chose) (?:a|the|one|my) (?:way|method|day|date)|set a date)\b"
)
_NO_ACT = (
    r"\b(?:havent|hasnt|not|never) (?:done|acted|tried) (?:anything|it|on it)\b|\bno (?:current |active |immediate |specific |actual )?(?:plans?|intent)\b|\b(?:wont|wouldnt) (?:actually )?do it\b|\bdont think i (?:would|will|could)\b|"
    r"\bwouldnt (?:actually )?do it\b|\bnot tonight\b|\bnot today\b|\bwont (?:do (?:it|anything) )?tonight\b|\bnot going to do (?:anything|it)\b|\bwont do anything\b|\bnot (?:actually )?going to\b"
    r"|\b(?:dont|doesnt|havent|hasnt|isnt|aint|not) (?:got |have |has )?(?:a |any )?(?:plans?|intent)\b|\bwouldnt do anything\b|\b(?:havent|hasnt|not) planned (?:anything|it)\b|\bnot like (?:ive|i have|i)(?: got)? (?:a |any )?plan\b|\bnot (?:in )?a plan\b|\bdidnt (?:do|try) (?:anything|it)\b|\b(?:i |id )?never would\b|\bi wouldnt\b(?! (?:stop|be here|last))|\bdidnt (?:act on|go through with) it\b|\bnothing planned\b|\bbut i wont\b(?! (?:be|last|see|wake|make))|\bnot gonna do (?:anything|owt|nothing)\b"
    # a thought that has gone on a while, with nothing at hand now: "ive been thinking about taking all her pills"
    r"|\b(?:ive been|i have been|been|i keep|keep) (?:thinking|having thoughts) (?:about|of)\b(?!.*\b(?:tonight|right now|now|in my hand|in front of me|got them out|counted|counting|lined up|on my own with|drank|drunk|shaking|platform|bridge|edge|station|razor|bath|looked up|picked|chosen|plan|planned|saved up|stockpil\w*|set a date|note|letters?|goodbye)\b)"
    # running away, not dying: "im gonna run away tonight, cant take it anymore, ive packed a bag"
    r"|\b(?:run|running|ran) away\b(?!.*\b(?:pills|tablets|bridge|rope|knife|kill|die|dying|end it|overdose|jump)\b)"
)
_CHILD_OBJECT = words(
    "me", "us", "him", "her", "them", r"my (?:son|daughter|kids|children|brother|sister|baby|youngest|eldest|boy|girl|little \w+)",
    r"the (?:kids|children|baby|little ones)", r"our (?:kids|son|daughter)", r"my \d+ year old",
)  # fmt: skip
_HITTING = words(
    r"hits", r"hit", r"hitting", r"slaps", r"slapped", r"slapping", r"punches", r"punched", r"punching", r"kicks", r"kicked",
    r"beats", r"beat", r"beaten", r"battered", r"batters", r"battering", r"smacks", r"smacked", r"whacks", r"whacked",
    r"thumps", r"thumped", r"pushed", r"pushes", r"shoved", r"shoves", r"throws (?:\w+ )?at", r"threw (?:\w+ )?at",
    r"chucks (?:\w+ )?at", r"chucked (?:\w+ )?at", r"burnt", r"burned", r"chokes", r"choked", r"strangles", r"strangled",
    r"grabs", r"grabbed", r"shook", r"shakes", r"lashed out at", r"lashes out at", r"hurts", r"hurt", r"bit", r"bites",
    r"leathers", r"leathered", r"leathering", r"skelped", r"skelps", r"belted", r"belts", r"headbutted", r"dragged", r"drags",
    r"smacks (?:\w+ )?about", r"knocks (?:\w+ )?about", r"beats up", r"beat up", r"laid into", r"lays into",
)  # fmt: skip
_PARTNER = words(
    "partner", "husband", "boyfriend", "ex", "wife", "girlfriend", r"ex ?partner", "fella", "bf", "fiance"
)
_DRUG_ACT = (
    r"\b(?:smok\w+|inject\w*|using|uses|snort\w*|lines|drinking|drinks|drunk|high|crack|gear|weed|coke|heroin|ket|"
    r"spice|deal\w*|pills|cannabis|getting high|off (?:his|her) face|wasted|steaming|skunk|joint|spliff)\b"
)

# "im 14 and my dad drinks": the drinking is the parent's, not the child's (lookbehinds must be fixed-width).
_NOT_A_PARENTS = not_after(
    "dad", "dads", "mum", "mums", "mam", "mams", "ma", "mas", "da", "maw", "parents", "he", "she", "they", "stepdad", "nan", "uncle", "brother", "sister", "partner", "who", "died of", "death from",
)  # fmt: skip

# "my sisters little boy": a sibling's child (a kinship carer), not the sibling
_NOT_THEIR_CHILD = r"(?! (?:little |wee |baby )?(?:boy|girl|son|daughter|kids|children|two|three|2|3|bairns|weans|wee ones|little ones|lad|lass)\b)"
# the writer is 18 or over ("im 22 and bringing up my wee brother"): the caring is an adult's, not a child's
_NOT_AN_ADULT = r"^(?!.*\b(?:im|i am|aged?) (?:1[89]|[2-9]\d)\b(?! ?(?:months?|weeks?|wks?|mths?)\b))"

# The children are away or safe with the speaker ("the kids are safe with me", "he lives with me cos his mum
# is on drugs"): a parent's use told on its own, to be signposted.
_CHILDREN_SAFE = (
    r"^(?!.*\b(?:(?:kids|children|grandkids|grandchildren|they) (?:are|re) (?:safe|fine|settled|living) with (?:me|us)|safe with me|no (?:kids|children) (?:involved|in the house|at home|live there)|(?:its )?not affecting (?:the|my|our) (?:kids|children)|(?:of|for) adult (?:users|children|sons|daughters)|before it (?:affects|starts affecting|harms|hurts) (?:my|the) (?:kids|children|son|daughter|baby)|"
    r"(?:lives|living|live|stays|staying) with (?:me|us|my (?:nan|gran|grandma|grandad|aunt\w*|uncle))(?: full time)? (?:cos|because|since|as)|"
    r"(?:looks|look) after (?:me|us) (?:cos|because|since|as)|(?:hes|shes|theyre) (?:[0-9]|1[0-7]) (?:now )?and (?:lives|living|stays|staying) with (?:me|us)|"
    # "ive got my grandson full time now cos...", "ive had the two wee ones since they were babies"
    r"(?:got|have|had|took in|taken in) (?:my |the |our |his |her )?(?:\w+ ){0,2}(?:granddaughter|grandson|grandkids|grandchildren|grandchild|grandweans|niece|nephew|wee ones|little ones)(?: \S+){0,5} (?:full time|since|cos|because|permanently|for good|while (?:he|she|they) (?:sorts?|gets?))|"
    r"(?:got|have|had|took in|taken in) (?:his|her|their) (?:little |wee |baby )?(?:boy|girl|son|daughter|baby|kids|children|two|three)(?: \S+){0,4} (?:now|full time|since|cos|because|permanently|for good)|"
    r"(?:kids|children|they) (?:dont|do not|never) see (?:it|any of it|that|him use|her use)|(?:the )?(?:kids|children|weans|bairns) (?:were|was) (?:at school|at nursery|out|asleep)|(?:kids|children|weans|bairns|they) (?:are|re) settled|(?:were|we are|we re) settled|locked (?:in a box|away|up)|lock ?box|(?:neither of us|we dont|we do not|i dont|i do not) have (?:any )?(?:kids|children)|(?:a|my) (?:1[89]|[2-4]\d) ?(?:year|yr)s? old|no (?:kids|children) (?:live|living|in the house|visit|there)|(?:theyre|they are|kids are|children are) (?:with (?:their|his|her) (?:dad|mum|nan|gran) and (?:theyre|they are) )?safe|(?:looked after|raised|brought up|had) (?:\w+ ){0,3}since (?:birth|she was born|he was born|she was a baby|he was a baby)|(?:taken|took|moved) the (?:kids|children) to (?:my|their|his|her) (?:mums|nans|grans|sisters|dads|aunties)|supervised (?:contact|visits?)|(?:sees|see|has|gets) (?:the kids|the children|them|him|her) (?:\w+ )?supervised|supervised at (?:a|the) contact cent(?:re|er)|(?:nae|no) contact (?:wi|with)|(?:didnt|did not|wouldnt) let (?:her|him|them) in|(?:they|the kids) never saw (?:her|him)|not in front of the (?:kids|children)|never in front of (?:the )?(?:kids|children)|"
    # a grandparent, aunt or uncle bringing the child up
    r"(?:granddaughter|grandson|grandkids|grandchildren|grandchild|niece|nephew|(?:sons|daughters|sisters|brothers|cousins) (?:kids|children|boys|girls|wee ones|little ones|lad|baby|daughter|son))"
    r"(?: \S+){0,4} (?:living with|lives with|with me|with us|since)|"
    # or the one who uses lives elsewhere
    r"(?:doesnt|dont|does not|do not) live with (?:us|me|them|the kids)|(?:has |have )?moved out|lives (?:\w+ ){0,3}away|"
    r"(?:kids|children) (?:were|was|are|stayed|live|living) (?:with|at) (?:their|my|his|her) (?:gran|nan|dad|mum|mam|grandparents|auntie|aunt|dads|mums|nans)|"
    r"(?:kids|children) are with (?:me|us)\b|(?:kids|children) (?:dont|do not) know\b|"
    r"(?:doesnt|dont|never) see (?:him|her|them|their (?:dad|mum)|her (?:dad|mum)|his (?:dad|mum))|"
    r"(?:his|her|their) (?:daughter|son|kids|children|boy|girl|baby|little one|wee one)s? (?:\w+ ){0,2}(?:living with|lives with|with me|with us)|never sees (?:my|the|our|his|her) (?:kids|children|grandkids)|"
    # an adult son or daughter: "my son is 19 and on the gear"
    r"(?:son|daughter|boy|girl|lad|lass)(?: is|s) (?:1[89]|[2-4]\d)\b|"
    r"(?:raised|raising|bringing up|brought up|looking after|look after) (?:our|my) (?:\d |two |three |four |wee |little )?(?:granddaughter|grandson|grandkids|grandchildren|niece|nephew|(?:sons|daughters|sisters|brothers) \w+))\b)"
)

CONCERN_RULES: tuple[Rule, ...] = (
    # --- suicidal thoughts and self-harm (a plan, a means or "tonight" makes it an emergency) ------------
    rule("suicidal_thoughts.ideation", "suicidal_thoughts", C,
         r"\b(?:want(?:s)? to die|wanna die|want(?:s)? to be dead|wish(?:es)? (?:i|he|she|they) (?:was|were|wasnt|werent) (?:dead|here|alive|born|around)"
         r"|wish i could (?:just )?(?:disappear|die|not wake up|sleep forever)|better off (?:dead|without me|without him|without her)"
         r"|(?:dont|doesnt|didnt)(?: really)? want to (?:be alive|live|exist|wake up|be here (?:anymore|any more|after|tomorrow|tonight|no more)(?!\W+(?:this|the|at this|at the|in this) (?:party|lesson|class|shop|queue|meeting|school|wedding|concert|club|event|place|house party)\b))"
         r"|no (?:point|reason) (?:in )?(?:living|being alive|being here|going on|carrying on)|whats the point (?:of|in) (?:living|being alive|life|being here|anything|it all)"
         r"|thoughts? (?:of|about) (?:suicide|dying|death|killing|ending|not wanting|taking (?:my|her|his) own life)"
         r"|(?:think|thinks|thinking|thought) (?:about|of) (?:dying|death|suicide|killing (?:myself|himself|herself)|ending it|ending my life|not being here|not waking up|going to sleep and not|taking (?:all|loads|a load|an overdose))"
         r"|(?:easier|better)(?: off)? if (?:i|a) (?:just )?(?:wasnt|werent|was not|wasnt here|didnt exist|disappeared|was gone|died|didnt wake up|never woke up)|wanting to (?:die|be dead)|if i (?:wasnt|werent) (?:alive|here|around)"
         r"|end it all|ending it all|feel like ending it|kill myself|killing myself|take my own life|taking my own life|dont see the point"
         r"|cant go on|cant do this anymore|cant keep going|cant take (?:it|this) anymore|had enough of (?:life|everything|living)|dont want to be alive|want to disappear)\b",
         escalate=_MEANS_OR_NOW, escalate_category="suicide", soften=_NO_ACT),
    rule("suicidal_thoughts.burden", "suicidal_thoughts", C,
         r"\b(?:everyone|everybody|they|people|my family|mum|dad|the world)(?:d| would| will|ll)? (?:be )?(?:happier|better|easier|better off)(?: off)? (?:if i (?:was|were|wasnt|werent|am|died|disappeared|was gone|wasnt here|wasnt around)|without me)\b"
         r"|\b(?:im|i am|i feel like|feel like) (?:just )?a (?:burden|waste of space)\b|\bnobody would (?:miss|notice|care)(?: if)?\b|\bno one would (?:miss|notice|care)\b"
         r"|\bwant (?:it all|everything|all of it|the pain|life) to (?:stop|end)\b|\bwish(?:es)? (?:i|she|he) could (?:just )?(?:go to sleep|sleep) and (?:not|never) wake up\b"
         r"|\b(?:wish(?:es)?|want(?:s)?) (?:i|she|he) (?:was|were|could be) dead\b|\bwish(?:es)? (?:i|she|he) (?:could )?(?:just )?(?:disappear|vanish)\b",
         escalate=_MEANS_OR_NOW, escalate_category="suicide", soften=_NO_ACT),
    rule("neglect.named", "neglect", C, r"\bneglect(?:ed|ful|ing)?\b", topic=True),
    rule("neglect.young_carer", "neglect", C,
         r"\b(?:look|looking|looks) after (?:my|our|his|her|the) (?:little |baby |younger |wee |small )?(?:brothers?|sisters?|siblings?|baby|little ones|wee ones)\b" + _NOT_THEIR_CHILD
         + r"|\b(?:i|he|she) (?:make|makes) sure (?:my|our|his|her) (?:little |younger |wee )?(?:brothers?|sisters?|siblings|kid) (?:get|gets|go|goes|are|is|have|has)\b"
         r"|\bim the one (?:who|that) (?:takes|looks after|feeds|gets|puts) (?:our|my) (?:kid|little|wee|brothers?|sisters?|baby)\b"
         r"|\b(?:looks?|looking) after (?:his|her|my) (?:mum|dad|mam) and (?:his|her|my|two|three|the)\b"
         r"|\b(?:doing|does|do) (?:most|all) of the caring\b|\b(?:sole|main|only) carer for (?:her |his |my )?(?:mum|mother|dad|father|mam|parents?)\b|\bdoes the (?:nursery|school) (?:drop off|run)\b",
         requires=_NOT_AN_ADULT + r".*(?:"
         + rf"\b{INTOXICATED}\b|\b(?:every night|always|drinks|drinking|using|out of it|asleep|goes out|doesnt come|tablets|sober|crack|gear|cant get up|alcohol|dependen\w*)\b)"),
    rule("suicidal_thoughts.named", "suicidal_thoughts", C, r"\b(?:suicidal|(?<!died by )(?<!lost to )(?<!bereaved by )(?<!death by )(?<!lost him to )(?<!lost her to )suicide)\b",
         escalate=_MEANS_OR_NOW, escalate_category="suicide", soften=_NO_ACT, topic=True),
    rule("self_harm.disclosure", "self_harm", C,
         r"\b(?:cut|cuts|cutting|burn|burns|burning|burnt|hurt|hurts|hurting|harm|harming|scratch|scratches|scratching|hit|hits|hitting|punch|punching|starve|starving|bite|biting)"
         r" (?:myself|himself|herself|themselves|my (?:arms?|wrists?|legs?|skin|thighs?|self)|her (?:arms?|wrists?|legs?|thighs?)|his (?:arms?|wrists?|legs?|thighs?))\b(?! (?:on|with) (?:the |my )?(?:oven|iron|kettle|stove|hob|pan))"
         r"|\b(?:i selfharm|i selfharmed|ive selfharmed|i have selfharmed|been selfharming|started selfharming|is selfharming|im selfharming)\b|\b(?:i|she|he|"
         # funding or a service "has been cut" is not a person cutting
         + not_after("funding has", "funding", "money has", "budget has", "group has", "club has", "hours have", "benefits have", "service has", "services have", "wifi has")
         + r"been|to|started|still) (?:cut|cutting|cuts)\b(?! (?:my|her|his|the|a|it|out|off|up|down|in|back|through|across|school|class|lessons?)\b)"
         r"|\b(?:cuts|scratches|scars|marks|burns) (?:on|all over|up and down|up|down) (?:her|his|my|their|both) (?:arms?|wrists?|legs?|thighs?|forearms?|body)\b"
         r"|\b(?:arms?|legs?|wrists?) (?:covered|were covered|are covered|all) (?:in )?(?:cuts|scratches|scars)\b|\brazor ?blades?\b|\bblades in\b|\bmaking (?:himself|herself|myself) sick\b"
         r"|\bbang(?:s|ing)? (?:my|his|her) head (?:against|on)\b|\bpunish(?:ing)? (?:myself|herself|himself)\b|\bstarv(?:e|ing) (?:myself|herself|himself)\b|\b(?:dont|doesnt|didnt) eat for days\b|\bpull(?:s|ing)? (?:my|her|his) hair out\b|\b(?:started|been) cutting\b|\bcutting again\b",
         resolvable=True, physical=True),
    rule("self_harm.eating_and_hurting", "self_harm", C,
         r"\bmak(?:e|es|ing) (?:myself|herself|himself) (?:throw up|be sick|vomit|puke)\b|\b(?:throw|throwing) up after (?:every|each|most|all) (?:meal|meals|time i eat)\b"
         r"|\b(?:cuts|scars|marks|scratches|burns) (?:on|all over) (?:my|her|his) (?:body|stomach|hips|tummy)\b|\b(?:loads|lots) of (?:cuts|scars) on (?:my|her|his)\b|\bhurt(?:ing)? myself (?:on purpose|to feel|when)\b",
         resolvable=True, physical=True),
    rule("self_harm.marks_seen", "self_harm", C,
         r"\b(?:healed|healing|old|fresh|new|self inflicted) (?:cuts|scars|scratches)\b(?=.*\b(?:wrists?|arms?|forearms?|thighs?|legs?)\b)|\b(?:cuts|scars|scratches) on(?: \w+){1,4} (?:wrists|forearms|thighs)\b",
         resolvable=True),
    rule("self_harm.named", "self_harm", C, r"\bselfharm\w*\b", resolvable=True, topic=True),
    # --- sexual abuse and exploitation --------------------------------------------------------------------
    rule("sexual_abuse.disclosure", "sexual_abuse", C,
         r"\b(?:touch|touches|touched|touching|feels? me up|felt me up|groped|gropes|grope|fondled?)\s+(?:me|her|him|us|my (?:privates|bum|chest|boobs|body|private|legs?|thighs?|bottom|willy|fanny))\b"
         # their things, not them: "if i touch her straighteners again"
         r"(?! (?:stuff|things|straighteners|phone|makeup|make up|clothes|bag|room|food|chocolate|sweets|laptop|tablet|ipad|xbox|charger|car|bike|toys|hair straighteners|games?)\b)"
         r"|\b(?:sending|sends|sent) (?:my|her|him|me)(?: \d+ year old| \w+)? (?:inappropriate|sexual|dirty|rude|naked|explicit) (?:messages|pics|photos|texts|pictures)\b"
         r"|\b(?:came|come|comes|coming) in(?:to)? the bathroom when (?:i|she|he|im|shes|hes) (?:was |were |is )?in the (?:shower|bath)\b|\b(?:get|gets|got|getting|come|comes|came|climb|climbs|climbed) (?:into|in) (?:bed|the bed|her bed|his bed|my bed) with (?:her|him|me|them)\b|\blooks at me funny\b|\bwalks in (?:on me )?when im (?:in the shower|changing|getting changed)\b"
         r"|\basking (?:me |her |him )?for (?:photos|pics|pictures|nudes|selfies)\b|\bwatch(?:es|ing)? (?:me|her|him) when (?:im|i am|shes|hes) (?:in my|in her|in the|changing|getting)\b|\bsays (?:weird|creepy|sexual|dirty|rude) (?:stuff|things)\b|\bkeep it (?:between us|a secret|secret|quiet)\b|\bbetween you and me\b|\bsends? (?:me|her|him) messages saying (?:im|shes|hes|she is|i am) (?:pretty|beautiful|sexy|fit|gorgeous|hot)\b"
         r"|\b(?:get|getting|gets) me (?:alone|on my own)\b|\btouch(?:es|ed|ing)? my (?:leg|legs|thigh|thighs|bum|chest)\b"
         r"|\b(?:gets?|got|getting|tried to get|tries to get) in(?:to)? (?:my|her|his) bed\b"
         r"|\b(?:made|makes|forced|forcing|force|wants|wanted|tried to make|tries to make) (?:me|her|him) (?:to )?(?:have sex|do (?:stuff|things|sexual)|touch|watch(?! (?:a|the|this|that|his|her) (?:\w+ )?(?:film|movie|match|show|programme|episode|series|game)\b)|send|sit on|kiss)"
         r"|\b(?:did|does|do) (?:things|stuff) to me\b|\b(?:have|had|having) sex with (?:men|him|a man|older|them)\b|\b(?:send|sending|sent)(?: \w+)? (?:pics|pictures|photos|nudes|naked)(?! of (?:(?:her|his|my|the|their|a|our|your|fresh|new) )*(?:scars?|cuts?|wounds?|burns?|arms?|wrists?|op|operation|baby|bump|scans?|holiday|dog|cat|puppy|kids?|garden|house|dinner|cake)\b)"
         r"|\bsends? (?:me|her|him) (?:sexual|dirty|rude|naked) (?:messages|pics|texts|photos)|\bwatch(?:es|ing)? (?:me|her|him) (?:get|getting) (?:changed|undressed)"
         r"|\b(?:looks|looking|watches|watching) at (?:me|her|him) in the (?:shower|bath)|\bsit on (?:his|her) lap\b|\b(?:tried|tries|trying|keeps trying) to kiss (?:me|her)\b"
         r"|\bselling (?:herself|himself)\b|\bsex for (?:drugs|money|gear)\b|\bmen (?:come|coming) (?:to|round to) (?:our|the) (?:house|flat)\b|\b(?:rape|raped|raping|(?<!non )molest\w*|sexual(?:ly)? (?:abused|abusing|assaulted|assaulting|touching|messages|images)|abused me|nudes|naked (?:pics|pictures|photos|picture))\b|\bour (?:little )?secret\b",
         resolvable=False),
    rule("sexual_abuse.night_visits", "sexual_abuse", C, r"\b(?:comes?|came|coming) (?:in(?:to)?|in to) (?:my|her|his|our) (?:room|bed|bedroom)\b",
         requires=r"\b(?:night|when|drunk|high|monged|touch\w*|secret|scared|weird|sleep)\b"),
    rule("sexual_abuse.topic", "sexual_abuse", C,
         r"\b(?:sexual abuse|sexual assault|sexual exploitation|cse|grooming|groomed|morning after pill|the man is \d\d|(?:1[89]|[2-9]\d) (?:year old|yr old|yo) (?:boyfriend|man|bloke|guy|lad)\w*|boyfriend is (?:1[89]|[2-9]\d))\b",
         topic=True, requires=YOUNG_AGE),
    rule("sexual_abuse.boundaries", "sexual_abuse", C,
         r"\bhandsy\b|\b(?:walks|walking|walked|comes|coming|came|barges|barging) (?:in|into) (?:the bathroom|my room|the shower) when (?:im|i am|shes|hes|i was)\b"
         r"|\b(?:shows?|showed|showing|made me watch|makes me watch|sends? me) (?:me |her |him )?(?:porn|videos of people (?:having sex|doing)|sex (?:videos|stuff)|dirty (?:videos|films))\b|\bsex stuff\b"
         r"|\bsit on (?:his|her) (?:knee|lap)\b|\bmakes? (?:me|her|him) feel (?:weird|uncomfortable|dirty|funny) when (?:he|she)\b|\bsends? (?:me|her) kisses\b"
         r"|\b(?:makes?|made) (?:me|her|him) do (?:things|stuff) (?:i|she|he) (?:dont|doesnt|didnt) want\b|\bsleep in (?:his|her) bed\b"
         r"|\bbuys? (?:me|her) (?:underwear|lingerie)\b|\b(?:kiss|kisses|kissed) me on the (?:lips|mouth)\b(?=.*\b(?:uncle|stepdad|grandad|man|teacher|coach|he)\b)",
         resolvable=False),
    rule("sexual_abuse.age_gap", "sexual_abuse", C,
         r"\b(?:seeing|dating|going out with|sleeping with|talking to|with) (?:a |this )?(?:(?:1[89]|[2-5]\d) (?:year old|yr old|yo)|(?:man|guy|lad|bloke|boy) (?:whos|who is|thats|aged) (?:1[89]|[2-5]\d))\b"
         r"|\b(?:boyfriend|bf|man|guy)(?: is| s)? (?:1[89]|[2-5]\d)\b(?= and (?:im|i am|shes|she is) (?:1[0-5]|[5-9])\b)"
         r"|\bage is just a number\b",
         requires=YOUNG_AGE + r"|\bage is just a number\b|\b(?:sisters|brothers|daughters|sons|shes|hes|whos|is|only) (?:1[0-5]|[5-9])\b", topic=True),
    rule("exploitation.grooming_signs", "exploitation", C,
         r"\b(?:stash|stashing|stashed|hide|hiding|keep|keeping|store|storing) (?:things|stuff|packages|parcels|bags|a bag|it|drugs|weed|gear) (?:in|at|under) (?:my|our|his|her) (?:room|house|flat|bedroom|bag|wardrobe|place)\b"
         r"|\b(?:made|makes|make|forced|getting|gets|got) (?:me|him|her|us) (?:to )?(?:keep|stash|store|hide) (?:things|stuff|packages|parcels|bags|a bag|it|drugs|weed|gear)\b"
         r"|\b(?:new|expensive|designer) (?:trainers|clothes|phones?|gifts|presents|jacket)\b(?=.*\b(?:cash|money|wont say|doesnt say|wont tell|from who|where from|older|man|men|friend|lads)\b)"
         r"|\b(?:loads|lots|wads|rolls|bundles|stacks) of (?:cash|money|notes)\b(?=.*\b(?:wont say|doesnt say|wont tell|where from|from who|out late|older|bedroom|room|pocket|bag|new)\b)"
         r"|\b(?:gives?|gave|giving|buys?|bought|buying) (?:me and my (?:friend|mate|friends|mates)|my (?:friend|mate|friends|mates)|us|me) (?:free )?(?:vapes|weed|drink|alcohol|vodka|cans|sweets|presents|gifts|stuff|money|fags)\b(?=.*\b(?:man|men|older|guy|bloke|lads|stranger|next door|car|outside|waits?|online|secret|dont tell|when mums out)\b)"
         r"|\b(?:offer(?:s|ed|ing)?|giv(?:es|en|ing)|gave) (?:me|us|her|him|me and my \w+)(?: \w+){0,2} lifts?\b(?=.*\b(?:man|men|guy|bloke|stranger|lads|keeps|always|every|buys?|buying|bought)\b)|\bwaits? (?:for (?:me|us|her|him) )?outside (?:school|the school|college)\b"
         r"|\bcome round when (?:mum|dad|my mum|my dad)(?:s| is)? (?:out|at work|not in)\b"
         r"|\b(?:hurt|do|get|come for) (?:my family|my mum|my nan|me|him|her|us)(?: \w+)? if (?:i|he|she|we) (?:dont|stop|wont|cant)\b(?: \w+){0,3} (?:deliver\w*|sell\w*|carry\w*|pay\w*|do\w*|hold\w*|run\w*|drop\w*|working|work)\b"
         r"|\bif (?:i|he|she|we) (?:dont|stop|wont|cant) (?:keep )?(?:deliver\w*|sell\w*|carry\w*|pay\w*|holding|running|dropping)\b",
         topic=True),
    rule("exploitation.older_people", "exploitation", C, r"\bolder (?:lads|boys|men|guys|man|guy|friends|mates|kids)\b",
         requires=r"\b(?:give|gives|gave|giving|money|cash|weed|drugs|vapes|owe|hold|carry|stash|hide|bag|bags|package|packages|car|cars|lifts?|flat|party|parties|drink|drunk|vodka|alcohol|secret|meet|phone|trainers|gifts|make|made|makes|scared|hang|hanging|dont know|paying|takes|picked)\b",
         topic=True),
    rule("exploitation.county_lines", "exploitation", C,
         r"\b(?:county lines?|going ot|sent ot|bando|trap ?hoose|runn?ing for (?:them|him|some|the|these|those)|want(?:s)? me (?:to )?(?:run|sell|deal|shot|move)\w* for|sending (?:me|him|her) ot|trap ?house|cuckoo\w*|going country|run(?:ning)? (?:bags|drugs|packages|parcels|a line|the line|lines)"
         r"|do (?:a |the )?(?:run|drop)|drop (?:the|a) (?:package|parcel)|dropping (?:off )?(?:packages|bags|parcels|stuff)|deliver(?:ing)? (?:drugs|packages|parcels)"
         r"|carry(?:ing)? (?:drugs|gear|stuff|packages|parcels|a package|his gear|bags)|carry(?:ing)? for (?:the|some|older|these|those) (?:lads|boys|men|guys|olders|elders|dealers)|hold(?:ing)? (?:stuff|drugs|gear|things|packages|bags) (?:for|in)|stuff to hold|give me stuff to hold"
         r"|(?:made|forced|told|asked|makes|gets) (?:me |him |her )?to (?:carry|sell|hold|deliver|deal|move|shift)|sell(?:ing)? (?:stuff|drugs|gear|weed) for|selling for|dealing for"
         r"|(?:working|works) for (?:a mate|some|these|older|them|a guy|a man|a bloke|someone|some guy|a lad)|shotting|grafting for|owes? (?:them|him|money|the lads|the men)|in debt (?:to|with)|i owe (?:them|him|these|some|the|money|\d+|£)"
         r"|two phones|second phone|burner phone|phone (?:i|he|she) didnt buy|given a phone|large amounts of (?:cash|money)|wads? of cash|keeps disappearing|disappearing for days"
         r"|going missing|gone missing|goes missing|getting into cars|picked up by (?:older|men|lads)|(?:friends|mates) are (?:much )?older"
         r"|(?:gives?|giving|given|gave) (?:me|her|him|us)(?: and my mates)? (?:free )?(?:weed|ket|drugs|vapes|bits|cans|drink|alcohol|pills|mcat|vodka|booze|cider)|(?:have|had|made|make me|forced) to (?:sell|carry|hold|deliver|deal|move|shift)\b(?! (?:my|his|her|their|your|our) (?:\w+s )?hands?\b)"
         r"|wants? (?:me|us|her|him) to (?:go|come) (?:to|back to) his (?:flat|house|car|place)|(?:makes?|made|gets?) (?:me|him|her) (?:hold|carry|hide|sell|deliver)(?! (?:the |her |his |my |our |a )?(?:shopping|baby|phone|coat|umbrella|torch|dog|lead|door|ladder)\b)|(?:take|taking|drop|dropping) (?:stuff|things|bags|packages|parcels) (?:to|off to|round to) (?:people|someone|houses|addresses)"
         r"|(?:found|finding) (?:a bag of |bags of )?(?:pills|drugs|weed|cannabis|cash|money|a knife)(?: \w+){0,6} (?:in|under) (?:his|her) (?:room|bag|bed|drawer|pockets?)"
         r"|(?:lifts|rides) (?:from|with) (?:a man|older|men|a guy)|(?:man|men|guy|bloke) in (?:his|their) (?:twenties|20s|thirties|30s|forties)"
         r"|taken to (?:a|this|some|the) (?:flat|house)|another (?:town|city)|they know where (?:i|we|you) live|miles from home|drugs and cash|cash and drugs"
         r"|run (?:ting|tings|bits|food|a shot|the line)|linking (?:me|him|her|my \w+) to|other towns?|sent to (?:\w+ )?(?:towns?|cities|places)"
         r"|i owe (?:loads|them|him)|given (?:lifts|drink|alcohol|drugs|money|gifts|vapes)(?: and \w+)? by|men in their (?:20s|30s|40s|twenties|thirties)|for free and says|new (?:trainers|clothes) and money)\b",
         topic=True),
    rule("exploitation.online", "exploitation", C,
         r"\b(?:met|meet|talking to|speaking to|chatting to|chatting with) (?:a |this |some )?(?:guy|man|lad|boy|person|someone|older \w+) online\b|\bguy i met online\b|\bman online\b",
         requires=r"\b(?:pics|photos|meet|send|secret|weed|money|gifts|older|age|vapes|naked)\b"),
    # --- abuse and domestic abuse ---------------------------------------------------------------------------
    rule("domestic_abuse.partner_violence", "domestic_abuse", C,
         rf"\b(?:{_PARTNER}|dad|stepdad|he)\b(?: \w+){{0,4}}? {_HITTING} (?:my )?(?:mum|her|my wife|my partner|mums)\b|\b{_PARTNER}\b(?: \w+){{0,4}}? {_HITTING} me\b"
         r"|\b(?:hits|hit|hitting|beats|battered|batters|smacks|punches|punched) (?:my )?(?:mum|mam)\b|\b(?:goes|went|going) for (?:my |me )?(?:mum|mam|ma|her)\b(?! (?:a |an |the |drinks|walks|coffee|lunch|dinner|tea|nights|meals|it)\b)|\bsmacks? (?:her|mum) about\b|\bknocks? (?:her|mum|me) about\b",
         physical=True),
    rule("abuse.physical", "abuse", C,
         rf"(?<!\bit )(?<!\bthat )(?<!\bthis )\b{_HITTING} {_CHILD_OBJECT}\b(?! (?:feelings|head on|in the face with a ball))"
         r"|\b(?:getting|get|gets|got|been|being) (?:hit|punched|slapped|kicked|beaten|battered|smacked|hurt|thumped|whacked) by (?:my|her|his|mums|dads|the)\b"
         r"|\b(?:grabbed|grabs|grabbing|twisted|twists|yanked|yanks) (?:my|her|his) (?:wrists?|arms?|hair|neck|throat)\b(?! to stop)",
         physical=True),
    rule("abuse.signs", "abuse", C,
         r"\b(?:bruise|bruises|bruising|bruised|black eyes?|split lip|finger ?marks|welts|cigarette burns|burn marks)\b|\bmarks on (?:his|her|my) (?:arms?|legs?|neck|face|back)\b"
         r"|\b(?:scared|frightened|terrified|afraid|petrified) (?:of|to go home|to go back)\b(?: \w+)? (?:him|her|them|dad|mum|stepdad|stepmum|going home|home|when (?:he|she)|what (?:he|she|hell|shell|hes|shes|they|theyll)|my (?:dad|mum|stepdad|stepmum|nan|grandad|uncle|brother|partner|husband|boyfriend)|their (?:dad|mum|grandad|stepdad))\b"
         r"|\b(?:scared|frightened|afraid|terrified) to (?:go|come|get) (?:back )?home\b|\b(?:dont know|not sure) (?:if|whether) i (?:want to|should|can) go (?:back )?home\b|\bnot allowed (?:back )?(?:home|in the house|inside)\b|\b(?:dont|never) (?:want to|wanna) go back\b(?! to (?:school|work|college|uni|sleep|bed|the))|\b(?:calls?|called|calling) (?:me|us|her) (?:\w+ )?(?:worthless|useless|stupid|names|fat|ugly|a slag|a slut|a whore|a bitch|a tart|(?:a|the) mistake|the accident|a waste of space|horrible names)\b"
         r"|\bwish(?:es)? (?:i|you|we) (?:was|were|had) never (?:been )?born\b|\blocks? (?:me|us) (?:in|out)\b|\blocked (?:me|us) (?:in|out)\b|\bkick(?:ed|s)? (?:me|us|her|him) out\b"
         r"|\bthrown out\b|\b(?:was|been|got|get|gets|getting) kicked out\b|\b(?:throw|kick|chuck|throws|kicks|chucks) (?:me|us) out\b|\b(?:not|dont feel|never feel|isnt) safe (?:at home|to go home|in the house|there)\b|\bits not safe\b|\b(?:says|said|tells me|told me|blames me|blamed me)(?: \w+){0,2} (?:its|it is|it was|everything is) my fault\b"
         r"|\bmakes? (?:me|us) (?:stand|sit|stay|kneel) (?:in|outside|all)\b|\b(?:dont|never) (?:want to|like|like going|wanna) (?:go )?(?:back )?home\b|\bhate going home\b|\b(?:being )?rough with (?:the|our|my|her|his) (?:kids|son|daughter|baby|children|boy|girl)\b|\b(?:shook|shakes?|shaking) (?:my|the|our) (?:baby|youngest|son|daughter|little one)\b|\bdo (?:me|him|her) in\b|\bwill batter (?:me|us)\b",
         physical=True),
    rule("abuse.broader", "abuse", C,
         r"\b(?:starts|started|starting|goes|went) on (?:me|us|my \w+)\b|\btakes? it out on (?:me|us|my \w+)\b|\b(?:pinch(?:es|ed|ing)?|nips|nipped|scratches|scratched) (?:me|us|my \w+)\b"
         r"|\bpull(?:s|ed|ing)? (?:me|us|her|him)? ?(?:by )?(?:my|her|his|our) hair\b|\b(?:throws?|threw|thrown|shoves?|shoved|pushes|pushed|slams?|slammed) (?:me|us|her|him|my \w+) (?:against|into|across|down|on|onto|off) (?:the )?(?:wall|floor|door|stairs|bed|table|sofa|ground)\b"
         r"|\b(?:put|puts|locks?|locked|shut|shuts|makes? (?:me|us) (?:sleep|stay)) (?:me |us )?(?:in|outside) (?:the |a )?(?:shed|garden|cupboard|cellar|garage|car)\b(?: \w+){0,3}"
         r"|\b(?:locks?|locked|shuts?) (?:me|us) in (?:my|our|the) (?:room|bedroom)\b|\bleft a mark\b|\bleaves? marks\b"
         r"|\b(?:says|said|tells|told) (?:me )?(?:im|i am|i was|im the) (?:the reason|a mistake|a waste|worthless|useless|nothing)\b|\b(?:hates|hated) me\b(?=.*\b(?:says|said|tells|told|mum|dad|stepdad|stepmum)\b)"
         r"|\bwish(?:es)? (?:i|you) (?:was|were) dead\b|\bwish(?:es)? (?:she|he) never had me\b"
         r"|\bhits? me with (?:a|the|his|her) (?:shoe|belt|slipper|spoon|stick|wooden spoon|hairbrush|cable|lead|hanger)\b|\bhit (?:me|my \w+) with (?:a|the|his|her) (?:shoe|belt|slipper|spoon|stick|wooden spoon|hairbrush|cable|lead|hanger)\b",
         physical=True),
    rule("abuse.injury_explained", "abuse", C,
         r"\b(?:mum|dad|stepdad|stepmum|she|he|nan|grandad|uncle|carer|foster carer|parent|teacher|mums boyfriend|mums partner)(?:s| is)? (?:did|does|done|caused) (?:it|that|this|them)(?: to (?:me|her|him|them))?\b",
         requires=r"\b(?:burns?|bruise\w*|marks?|cuts?|injur\w*|black eye|broken|swollen|scratch\w*)\b", physical=True),
    rule("domestic_abuse.threats_and_control", "domestic_abuse", C,
         r"\bcontrols? (?:all )?(?:the |my |our )?(?:money|finances|phone|everything|what i)\b|\b(?:he|partner|husband|boyfriend|ex)(?: \w+){0,3} takes? my (?:phone|bank card|money|keys)\b|\bchecks? my phone\b"
         r"|\bwont let me (?:see (?:my )?(?:friends|family|mum)|have (?:money|my own))\b|\bthreaten(?:s|ing|ed)? (?:me|us|her|the kids|the children|to)\b(?! (?:put|throw|chuck|bin) my (?:phone|xbox|ipad|tablet|switch|ps5|laptop|console|games?) (?:in the bin|out the window|away)\b)|\bthreatening (?:messages|texts)\b"
         r"|\b(?<!\bbabys been )(?<!\bbaby has been )(?<!\bbabys )(?<!\bbaby )(?:fighting|fights|fight|rows|screaming at each other|shouting|screaming|arguing) (?:downstairs|every night|most nights|all night|all the time|again|constantly|till \w+)\b|\bhistory of (?:dv|domestic|violence)\b|\b(?:always|constantly|keep) fighting\b"
         r"|\bdomestic (?:abuse|violence)\b|\b(?:gets|getting|got|becomes|goes|turns) (?:really |so |very )?(?:violent|aggressive|nasty|physical|handy)\b(?! (?:wi|with) (?:the|a|an) (?!fists|belt|hands))|\blash(?:es|ed|ing)? out\b"
         r"|\bthrows (?:\w+ ){1,2}(?:at|around)\b|\b(?:throws|throwing|threw) (?:things|stuff|plates|bottles|furniture)\b|\bhide in (?:my|the) (?:wardrobe|room|cupboard)\b|\b(?:turning|turns|turned) up (?:drunk|high|off his face|wasted|steaming)\b|\bshouting threats\b|(?<!\bi )\bsmash(?:es|ed)? (?:things|stuff|the place|the house|everything|her phone|my phone|up|the (?:tv|telly|house|kitchen|door|windows?|plates))\b|\bput (?:his|her) (?:fist|hand|foot|head) through\b"
         r"|\bpunch(?:es|ed)? (?:the )?walls?\b|\bturned up drunk\b|\bbroke my door\b",
         topic=True, physical=True),
    rule("domestic_abuse.coercive_control", "domestic_abuse", C,
         r"\b(?:he|partner|husband|boyfriend|ex|wife|girlfriend)(?: \w+){0,3} (?:wont|doesnt|will not|never) let me (?:leave the house|go out|out of (?:his|her) sight|see anyone|have a phone|work|have friends)\b|\btakes? (?:all )?my (?:wages|benefits|money|bank card|card|pay)\b"
         r"|\bknows where (?:i|we) live\b(?=.*\b(?:ex|he|him|partner|husband|boyfriend|messages|texts|kids|school)\b)|\b(?:tracks?|tracking|follows?|following) (?:me|my phone|where i)\b(?=.*\b(?:ex|partner|husband|boyfriend)\b)"
         r"|\b(?:scared|afraid|frightened|terrified) (?:of )?what (?:he|she|my (?:husband|partner|boyfriend|ex))(?:ll| will| would| might)? do\b",
         topic=True),
    rule("abuse.silenced", "abuse", C,
         r"\bif (?!you (?:tell|say|speak)\w* (?:to )?(?:the|your|a) (?:midwife|doctor|gp|nurse|health visitor|social worker|teacher|school|police|hospital|dentist|professionals?)\b)(?:i|we|you|she|he) (?:tell|tells|told|say|says|grass|snitch|speak)\w*\b(?! (?:you|u|ye|yous|this|the chat|staff|someone here)\b)|\b(?:says|said|told (?:me|us|her|him)|warned|makes? (?:me|us) promise|made (?:me|us) promise)"
         r"(?: \w+){0,3} (?:not to|never to|dont) tell\b|\b(?:says|tells|telling) (?:me |us |her |him )?(?:not to|to never|never to) tell\b|\bits (?:our|a) secret\b|\bwe(?:ll| will)? get taken (?:off|away)\b|\bthe social will take\b|\bkeep quiet about\b",
         # Not a question about this service ("if i say im scared what will you do"), unless a threat is told too.
         requires=r"\b(?:hell|shell|theyll|he will|she will|they will|kill|hurt|batter|beat|said|says|told me|threat\w*)\b"
         r"|^(?!.*\b(?:what (?:will|would|happens|do) (?:you|u|they|staff)?|(?:will|would|do|does|can|could) (?:you|u|staff|they|someone|anyone|it|my \w+|the \w+|social services|social workers?|the social|the police)) \w+)",
         topic=True),
    # --- neglect ---------------------------------------------------------------------------------------------
    rule("neglect.no_food", "neglect", C,
         r"\b(?:no|not enough|never any|never enough|nothing to|isnt any|isnt enough|no money for|cant afford) (?:food|tea|dinner|breakfast|eat|meals?)\b|\bno food in\b"
         r"|\b(?:always|constantly) hungry\b|\bhungry all the time\b|\b(?:havent|hasnt|not) (?:eaten|had (?:any )?(?:food|tea|dinner|a meal|a hot meal|a hot tea|anything to eat))\b(?: \w+){0,2} (?:in|for|since) (?:days|ages|\w+ days|yesterday)"
         r"|\bfood (?:from|out of) (?:the )?bins?\b|\b(?:nothing in the (?:fridge|cupboards?)|empty (?:fridge|cupboards))\b(?!(?: \w+){0,3} (?:cos|because|as) (?:the (?:\w+ )?(?:delivery|shopping)|(?:were|we are|were all) (?:moving|going)|its (?:packed in|broken)))|\bnever (?:anything|any food|food) in\b|\bnothing to eat\b"
         r"|\b(?:not|isnt|never|wasnt) enough money for (?:food|tea|the electric|gas|bills|the meter)\b|\bgoes on (?:my|her|his|their) habit\b|\b(?:doesnt|dont|never) (?:buy|get|make) (?:any )?(?:food|tea|dinner|shopping)\b"
         r"|\b(?:not allowed|cant|cannot|arent allowed) (?:to )?eat\b|\bwithout (?:breakfast|food|tea|dinner|lunch|eating)\b|\btoo (?:hungover|drunk|high|out of it|wasted) to\b"
         r"|\b(?:hasnt|not|never|doesnt|didnt) (?:got|get|gets|been) out of bed\b|\bdry cereal\b|\bhavent had (?:any )?(?:electric|gas|heating|hot water|food)\b"
         r"|\b(?:have to|had to) clean (?:him|her|them) up\b|\bwets? (?:himself|herself)\b|\bup all night (?:partying|drinking|using)\b|\bparties at (?:home|ours|our house)\b|\blocks? (?:the )?(?:fridge|food|cupboards?)\b|\bforgets? about (?:us|me|the kids|the baby)\b"
         r"|\bdont have (?:any )?(?:beds?|food|heating|electric|gas)\b|\bsleep (?:on the floor|in (?:my|our) clothes)\b|\bleaves? the (?:cooker|oven|hob|gas|iron|chip pan) on\b"
         r"|\b(?:do|doing|does) (?:all|most) (?:of )?the (?:cooking|cleaning|shopping|washing)\b"
         r"|\b(?:own|their own|our own|my own|her own|his own) (?:tea|dinner|meals?|breakfast|lunch|food)\b(?! before school)|\bcereal for (?:tea|dinner)\b|\bforgets? to (?:get|buy) (?:food|shopping|any food)\b|\bcook(?:s|ing)? (?:all )?(?:their|the|our|my \w+s) meals\b|\bonly (?:had|eaten|ate) (?:crisps|biscuits|cereal)\b|\bfend (?:for|fur) (?:ourselves|oursels|myself|masel|themselves|theirsels)\b"
         r"|\bforgets? to feed\b|\bforgot to feed\b|\bdont know if the baby (?:has been|was|had been) fed\b|\bnot had a hot (?:tea|meal|dinner)\b|\bdont get (?:their|our) tea\b",
         physical=False),
    rule("neglect.care", "neglect", C,
         r"\bhead lice\b.*\b(?:underweight|filthy|hungry|dirty)\b|\b(?:filthy|dirty|smelly|soiled|unwashed|same|wet) (?:clothes|uniform|nappy|nappies|bedding|sheets)\b"
         r"|\bsame (?:uniform|clothes) for\b|\b(?:havent|hasnt|not|never) (?:had a )?(?:bath|shower|wash|washed|bathed)\b(?: \w+){0,2} (?:in|for) (?:days|weeks|ages|like|\w+ weeks|\w+ days)"
         r"|\bnappy rash\b|\byesterdays nappy\b|\bnappy (?:not|never|doesnt|dont) (?:changed|get changed)\b|\bnappy doesnt get changed\b|\b(?:kids|people|they|everyone|everybody) (?:at school )?(?:say|says|said) i (?:smell|stink)\b|\bno (?:washing powder|soap|toothpaste)\b|\bnae washing powder\b"
         r"|\bunwashed\b|\bdog (?:mess|poo) everywhere\b|\bunderweight\b|\b(?:baby|child|son|daughter|he|she)\w*(?: \w+){0,3} (?:losing weight|lost weight|weight has dropped)\b"
         r"|\bfailing to thrive\b|\buntreated\b|\btooth decay\b|\brotten teeth\b|\bmissed(?: \w+){0,6} (?:appointments|immunisations|vaccinations|jabs|antenatal|check ?ups|scans)\b|\b(?:havent|hasnt|not|wont|didnt|never) (?:taken|take|takes) (?:me|him|her|them|us|the baby|the kids) to (?:the )?(?:gp|doctors?|dentist|hospital|optician)\b|\b(?:wont|doesnt|never) take (?:me|him|her|them|us) to the (?:gp|doctors?|dentist|hospital)\b"
         r"|\bno (?:electric|electricity|gas|heating|hot water|power|lights|money for the meter)\b(?!(?: \w+){0,6} (?:cos|because|as|when) (?:the |our )?boiler (?:broke|was broken|went|packed|died))|\b(?:electric|electricity|gas|water|heating|power)(?:s| is| has been| got| been)? (?:off|cut off)\b"
         r"|\b(?:spends?|spent|spending|wastes?|blows?) (?:all )?(?:of )?(?:the|her|his|my|our|their|all the)? ?(?:money|benefits|wages|cash|dole|rent|the rent|shopping money) on (?:drink|drugs|booze|gear|crack|cans|alcohol|weed|her stuff|his stuff|the pub|betting|fags)\b"
         r"|\b(?:money|benefits|wages) (?:goes|went|all goes|all went|is spent) on (?:drink|drugs|booze|gear|crack|cans|alcohol|weed|her stuff|his stuff|the pub)\b"
         r"|\b(?:got|been|were|are being) evicted\b|\bhomeless\b|\bsofa surfing\b|\bsleep(?:ing)? at (?:different|other|random) (?:peoples|people) (?:houses|places)\b|\bno beds?\b|\bmattress on the floor\b|\bused (?:syringes|needles)\b|\bno (?:clean )?clothes\b|\b(?:sleep|slept|sleeping) (?:in the car|rough|in the park|on the streets?|at the park)\b|\b(?:live|living|staying|stay) in (?:a|the|our|mums|dads|mams|her|his) car\b"
         r"|\bdont go home\b|\bnowhere to (?:sleep|go|stay)\b|\bselling our stuff\b|\bsells? (?:our|my) (?:stuff|things|tv|xbox|telly|shoes)\b|\bsold my \w+ (?:and|for|to)\b",
         requires=r"^(?!.*\b(?:can|could|may|might) be (?:a )?(?:signs?|indicators?|red flags?) of\b)"),
    rule("neglect.school_and_supervision", "neglect", C,
         r"\b(?:no one|nobody|noone) (?:takes|took|gets) (?:me|us|him|her|them) to school\b|\b(?:havent|not|never|hasnt) been (?:taking|taken) (?:my |the |them |him |her )?(?:kids |children )?to school\b"
         r"|\b(?:havent|hasnt|not) been (?:to|in) school (?:for|in) \w+\b|\bmissing (?:from )?school\b|\bmissed (?:\w+ )?(?:weeks|days|months) of school\b|\bunexplained absences?\b"
         r"|\bnobody woke (?:me|him|her|us)\b|\barrives? late\b|\bforgets? to (?:pick|collect|change|give|take)\b|\bforgot to (?:pick|collect)\b|\b(?:cant|dont|couldnt) remember (?:the|what|last|anything)\b|(?<!till i )(?<!until i )(?<!til i )\bblack(?:ed)? out\b|\bblackouts?\b"
         r"|\blet (?:himself|herself) out\b|\b(?:sleeps|asleep|sleeping) (?:a lot|all day)\b(?!.*\b(?:night ?shifts?|on nights|(?:12|twelve) hour shift)\b)|\bpoorly on the sofa\b|\bon the sofa all day\b|(?<!move to )(?<!moving to )(?<!progress to )\bunsupervised\b|\bwoke up and (?:my|the) \w+"
         r"|\b(?:mum|dad|she|he|they|parents?)(?:s| is| has)?(?: \w+)? (?:cant|never|doesnt|wont|didnt) gets? up\b|\b(?:stays|stay|stayed|in) (?:in )?bed all day\b|\btoo (?:out of it|drunk|high|wasted) to\b"
         r"|\b(?:left|leave|leaves|leaving|get left|got left|been left|was left|were left|are left|is left)\b(?:\W+\w+){0,6}?\W+(?:home alone|alone|home (?:all|for the) (?:weekend|night|day)|home overnight|on (?:my|our|his|her|their|its) own|by (?:myself|ourselves|himself|herself|themselves)|in charge|to (?:watch|look after|mind|babysit))\b"
         r"|\b(?:leave|leaves|left|leaving) (?:the|my|our) (?:kids|children|baby|little ones)(?: \w+){0,4} (?:and go|to go|while i|when i)\b|\bhome alone\b|\b(?:doesnt|didnt|dont|never|not) come (?:back|home) (?:til|till|until|all night|for days|at night)\b|\bgoes out and (?:doesnt|dont|never)\b|\b(?:stays?|stayed) out all night\b"
         r"|\bget(?:ting)? (?:the|my|our) (?:little |wee |baby |younger )?(?:ones|brother|sister|siblings|kids) (?:ready|to school|up|dressed)\b|\b(?:basically )?do everything\b"
         r"|\b(?:look|looking|looks) after (?:my|our) (?:mam|mum|ma|dad|da)(?: and (?:my |our )?(?:\d+ |two |three )?(?:little |wee |younger |baby )?(?:brothers?|sisters?|siblings))?\b(?=.*\b(?:on my own|by myself|knackered|exhausted|failing|cant cope|not coping|every night|drunk|drinking|using|no one helps|nobody helps)\b)"
         r"|\bput (?:mum|dad|her|him) to bed\b|\b(?:get|getting|got) (?:my )?(?:mum|dad|mam|da|ma) (?:in)?to bed\b|\b(?:mum|dad|she|he) (?:doesnt|dont|never|cant|wont) wake up\b(?=.*\b(?:every|always|morning|i have to|school)\b)|\bsort (?:out )?my (?:little |baby )?(?:brother|sister|siblings)\b|\bhave to wake (?:mum|dad|her|him)\b|\bin charge of (?:the|my) (?:little|kids|baby)\b"
         # a young carer, but not one asking whether a parent's other illness counts ("my mums illness is ms not drink")
         r"|\b(?:im|i am) a young carer\b(?=.*\b(?:drinks?|drinking|drunk|alcoholic|gear|drugs|using|methadone|not coping|cant cope|exhausted|knackered|failing|do everything|miss(?:ing)? school)\b)(?!.*\bnot (?:drink|drinking|drugs|alcohol)\b)",
         topic=True),
    # a child bringing up brothers and sisters, but not an adult ("im 22 and raising my little brother")
    rule("neglect.raising_siblings", "neglect", C,
         r"\b(?<!here , \d\d , )(?<!here , \d\d )(?<!sister )(?<!brother )(?<!\b1[89] and )(?<!\( 1[89] \) )(?<!\( [2-9]\d \) )(?:raise|raising|bring up|bringing up) my (?:little |wee )?(?:brothers?|sisters?|siblings)\b(?! (?:two|three|four|2|3|4|boys|girls|kids|children|son|daughter|lad|lass|wee ones|little ones|baby|bairns|weans))",
         requires=_NOT_AN_ADULT, topic=True),
    # a child caring for brothers and sisters, but not an adult (18 or over) bringing them up
    rule("neglect.caring_for_siblings", "neglect", C,
         r"\b(?:look|looking|looks) after (?:my|our|his|her|the) (?:little |baby |younger |wee |small )?(?:brother|sister|brothers|sisters|siblings|sibling|baby|little ones|wee ones)\b" + _NOT_THEIR_CHILD + r"(?=.*\b(?:every|always|cos|because|when|drunk|drinking|using|asleep|out|poorly|cant|doesnt|never|night)\b)",
         requires=_NOT_AN_ADULT, topic=True),
    # a parent taken away by the police, but not a friend's dad or a game, and not when it is all sorted now
    rule("neglect.parent_arrested", "neglect", C,
         r"(?<!mates )(?<!friends )(?<!pals )\b(?:mum|mam|ma|mom|mother|dad|da|father|parents?|step ?(?:dad|mum)|partner|boyfriend|she|he|they)"
         r"(?: (?:got|was|been|has been|have been|were|is|getting|gets))? arrested\b",
         resolvable=True, topic=True),
    # --- drug and alcohol use around children ------------------------------------------------------------
    rule("neglect.basic_needs", "neglect", C,
         r"\b(?:nobody|no one|noone) (?:feeds|fed|washes|cooks for|looks after) (?:us|me|them|him|her)\b|\b(?:doesnt|dont|never|didnt) (?:feed|wash|bath) (?:us|me|them|the kids|the baby|my \w+)\b"
         r"|\b(?:take|takes|took|taking|steal|stealing|nick|nicking) (?:food|bread|fruit|snacks) (?:from|home from) (?:school|the canteen|breakfast club)\b"
         r"|\bsleep(?:s|ing)? in (?:our|my|their|his|her) coats?\b|\b(?:heating|electric|gas)(?:s| is)? (?:never|not been) on\b"
         r"|\b(?:put|putting) (?:ourselves|myself|themselves) to bed\b|\bnever sober\b"
         r"|\b(?:hasnt|havent|doesnt|dont|never) (?:washed|wash|cleaned) (?:my|our|his|her) (?:school )?(?:clothes|uniform)\b|\b(?:no one|nobody|noone) (?:there|home|in) (?:until|till|til) (?:really |very |super )?late\b"
         r"|\b(?:stay|stays|staying|stayed) up all night (?:looking after|with|minding|feeding) (?:the|my|our) (?:baby|little|brothers?|sisters?|twins)\b"
         r"|\b(?:left|leaves|leave|been left|get left|gets left|im left|were left) with (?:my|the|our) (?:\d+ )?(?:little |baby |younger )?(?:brothers?|sisters?|siblings|baby|twins)\b(?=.*\b(?:goes out|going out|partying|pub|every|all night|all weekend|im (?:[5-9]|1[0-3])|on my own|while)\b)"
         r"|\b(?:in (?:the )?same nappy|no sheets)\b|\b(?:were|was|being|been|get|gets) starved\b|\b(?:hiding|hides|hoarding|hoards|stashing) food\b|\b(?:nobody|no one|noone) (?:checks?|checked) (?:on|in on|up on) (?:us|me|them)\b|\bcant remember (?:putting|getting|picking|feeding) (?:them|the kids|the baby|him|her)\b"
         r"|\btoo (?:ill|sick|poorly|tired|depressed) (?:from (?:drinking|the drink|using))?(?: \w+)? to (?:get up|look after|cook|feed)\b",
         topic=True),
    rule("neglect.caring_for_parent", "neglect", C,
         r"\b(?:look|looking|looks|care|caring|cares) (?:after|for) (?:my |our )?(?:mum|dad|mums|dads|parents?)\b(?=.*\b(?:drink\w*|drunk|using|hungover|withdrawal|bad|school|poorly|ill|sick|off it|gear|rattling|mashed|wasted)\b)"
         # a parent's physical illness or disability, with no drink or drugs in it
         r"(?!.*\b(?:bad back|ms|multiple sclerosis|cancer|disabled|disability|wheelchair|arthritis|parkinsons|diabetes|epilepsy|broken (?:leg|arm|hip)|operation|chemo)\b(?!.*\b(?:drink\w*|drunk|using|gear|drugs|alcohol)\b))"
         r"|\b(?:havent|hasnt|not|never|havent really) been (?:to|in) school(?: \w+){0,2} (?:much|for|in|\d+ (?:weeks?|days?|months?))\b|\b(?:stays?|kept|keeps?|keeping) (?:home|off school) to (?:look after|care for|help|mind)\b"
         r"|\b(?:cant|cannot|couldnt|doesnt|dont|never|wont) get (?:them|the kids|him|her|the children) (?:up|to school|out of bed|up and out)\b|\b(?:does|do|doing|did) everything for (?:the|my|her|his|our) (?:little ones|brothers?|sisters?|siblings|kids|baby)\b"
         r"|\b(?:alcohol|drug|opiate|heroin) withdrawal\b|\bbed ?bound\b(?=.*\b(?:drink\w*|alcohol|drugs|using)\b)|\battendance (?:at|is|of|has dropped|down)\b",
         topic=True, resolvable=True),
    rule("drug_use_around_children.paraphernalia", "drug_use_around_children", C,
         r"(?<!found dead with a )(?<!found dead with )(?<!died with a )\b(?:needles?|syringes?|foils?|crack pipes?|burnt spoons?|paraphernalia|grinders?|baggies|(?:a )?bags? of (?:white|powder|gear|weed|pills|coke|crack)|little bags|weighing (?:out|scales))\b"
         r"(?!.*\b(?:diabetic|diabetes|insulin|sharps box|yellow box|epipen|epi pen)\b)(?=.*\b(?:house|home|floor|bathroom|fridge|lying|around|left|leaves|used|found|bin|bedroom|room|kitchen|table|next to|about|drawer|cupboard|reach|bag|his|her|mums|dads|sofa|under|bed|car|windowsill|side|everywhere|out|by the|telly|tv|plays?|mat|cot|pram)\b)",
         topic=True),
    rule("drug_use_around_children.in_front_of_children", "drug_use_around_children", C,
         r"\b(?:in front of|around|near(?! (?:me|us)\b)|next to) (?:us|me|the kids|the children|my kids|my children|the baby|my baby|him|her|them|my son|my daughter|my brother|my sister|our kids)\b"
         r"|\bwith (?:us|the kids|the children|my kids|the baby|my baby|me and my \w+) in (?:it|the car|the room|the house)\b",
         requires=_DRUG_ACT, topic=True, resolvable=True),
    rule("drug_use_around_children.dealing", "drug_use_around_children", C,
         r"\bdeal(?:s|ing)? (?:from|in|out of|at) (?:the|our|my|his|her) (?:house|flat|home|place)\b|\bdealing from here\b|(?<!\bfor )\bdealing\b(?! with)|\bdeals\b(?! with)|(?<!\bbe a )(?<!\bbe a drug )(?<!\bor a drug )(?<!\bor a )\bdealer\b"
         r"|\bpeople (?:coming|in and out|round|turning up)(?: \w+)? (?:at all hours|all night|all hours|constantly)\b|\bin and out all night\b|\bstrangers?\b(?: \w+){0,3} (?:in the house|using|round)\b"
         r"|\bsell(?:s|ing)? (?:\w+ )?(?:from|out of) (?:our|the|my|his|her) (?:house|flat|home|kitchen|bedroom|living room|front room|garage)\b|\b(?:scary|dodgy) people (?:coming round|round)\b|\bweird (?:men|people) round\b|\b(?:randoms?|strangers) (?:back|round|in the house|coming round)\b",
         topic=True, resolvable=True),
    rule("drug_use_around_children.pipe_or_gear_found", "drug_use_around_children", C,
         r"\b(?:smoke|smokes|smoking|smoked|using|use|uses) (?:the|a|his|her|their|a crack) pipe\b|\b(?:his|her|their|partners|dads|mums) (?:crack )?pipe\b|\bpipe (?:is |s )?(?:always |just )?(?:left )?(?:out|lying|on the)\b(?=.*\b(?:table|floor|side|kids|baby|house|left)\b)"
         rf"|\b{CHILD}\b(?: \w+){{0,3}} (?:found|finds|got into|got hold of|playing with|picked up)(?: \w+){{0,3}} (?:it|them|his gear|her gear|the gear|the drugs|his stash|her stash|the needles?|the pills|the pipe)\b(?=.*\b(?:gear|drugs|stash|needles?|pills|pipe|weed|crack|heroin|coke)\b)"
         r"|\b(?:his|her|my|the) (?:gear|drugs|stash|needles|pipe) (?:in|under|on)(?: \w+){0,3} (?:bed|sofa|table|floor|shoebox|box|drawer)\b(?=.*\b(?:toddler|baby|kids|children|son|daughter|found)\b)"
         r"|\b(?:sleeping|asleep|passed out|lying|sat) with (?:a|the|her|his) needle\b|\bthats what (?:mum|dad|mummy|daddy) does\b",
         topic=True, resolvable=True),
    rule("drug_use_around_children.over_the_limit", "drug_use_around_children", C,
         r"\b(?:driv\w*|drove)\b(?:\W+\w+){0,10}?\W+over the limit\b|\bover the limit\b(?:\W+\w+){0,6}?\W+(?:driv\w*|drove|car|school run)\b",
         topic=True, resolvable=True,
         # the car moving now: "shes over the limit ... shes literally reversing out now"
         escalate=r"\b(?:reversing|pulling out|setting off|driving off|starting the car|in the car now|driving us now|on the road now)\b|\b(?:driving|reversing) (?:\w+ )?(?:now|right now)\b",
         escalate_category="violence"),
    rule("drug_use_around_children.within_reach", "drug_use_around_children", C,
         r"\b(?:methadone|script|pills|tablets|medication|meds|drugs|gear|needles|weed|cannabis|vodka|special medicine)\b(?:\W+\w+){0,10}?\W+(?:within reach|low shelf|on the floor|in the fridge|next to the food"
         r"|kitchen cupboard|kitchen drawer|climbing|reach of|where (?:the kids|he|she) can|trying to open|keeps trying)\b|\bkeeps? (?:his|her) (?:drugs|gear|stuff|methadone) in the\b"),
    rule("drug_use_around_children.intoxicated_carer", "drug_use_around_children", C,
         rf"\b{INTOXICATED}\b", requires=_CHILDREN_SAFE + rf".*\b{CARE}\b", resolvable=True, topic=True),
    rule("drug_use_around_children.child_given_drugs", "drug_use_around_children", C,
         r"\b(?:lets?|let|makes?|made|gets?|got|gives?|gave|giving|tried to get)(?: \w+)? (?:me|us|her|him|them)(?: to)? (?:\w+ )?(?:drink|drinking|smoke|smoking|try|take|taking|have|has)\b(?: \w+)? (?:cans|alcohol|vodka|beer|wine|cider|weed|spliff|joints?|drugs|pills|tablets|her tablets|his tablets|it|some|with)\b"
         r"|\bgives? me (?:her|his) (?:tablets|pills|meds|methadone|valium|diazepam|sleeping tablets|script)\b|\bbuy (?:her|him|them) (?:vodka|cans|drink|booze|alcohol|fags|cider)\b|\bhide (?:his|her|my|the) (?:mums|dads)? ?(?:vodka|drink|booze|cans|bottles|drugs|stash|gear)\b|\bcans to keep her company\b|\b(?:took|take|takes|taking) (?:my |her |his )?(?:mums|dads|nans) (?:tablets|pills|diazepam|meds|methadone)\b"
         rf"|\b(?:[5-9]|1[0-5]) ?(?:year|yr|y)s? ?old\b(?:\W+\w+){{0,8}}?\W+(?:drinking|drunk|smoking (?:weed|cannabis|spice)|taking (?:drugs|pills|{STREET_DRUG})|high|stoned|cannabis|weed|ket|ketamine|mcat|coke|pills|vodka|needles)\b"
         rf"|\b(?:gives?|gave|given|giving) (?:me|us|her|him) and (?:my|our|her|his) \w+ {STREET_DRUG}\b"
         r"|\b(?:gives?|gave|given|giving) (?:me|us|her|him) (?:(?:some|a bit of|bits of) (?=\w)(?!more\b|money\b|food\b|advice\b|help\b|space\b|time\b|sweets\b)|a line|a pill|pills|a toke|a spliff|a drag|a joint|a can|cans)\b|\b(?:lets?|let|letting) (?:me|us|her|him|them) (?:try|have|smoke|use) (?:her|his|some|a bit of|their)\b(?=.*\b(?:vape|strong stuff|weed|drugs|stuff|spliff|joint|pipe|drink|vodka|cans|pills)\b)|\bmakes? (?:me|us) buy (?:her|him|them) (?:cans|drink|booze|alcohol|vodka|fags)\b"
         r"|\b(?:been drinking|started drinking|drinking every day|drinking my dads|drinking my mums) (?:every|to cope|to forget|cans|since|at (?:the )?weekends)\b|\bdrinking (?:my dads|my mums|his|her) cans\b"
         r"|\b(?:coming|came|come|comes) home (?:off (?:her|his) face|in a state|drunk|high|stoned|wasted)\b"
         r"|\b(?:pressures?|pressured|pressuring|pushes|pushed|forces?|forced|encourages?|encouraged) (?:me|us|her|him) (?:in)?to (?:drink|smoke|take|try|use)\b",
         topic=True),
    # A child's age beside drinking or drugs: the child's own use, unless a parent or relative is the one using
    # ("im 15, mum smokes weed but shes still a good mum").
    rule("drug_use_around_children.child_drinking", "drug_use_around_children", C,
         rf"\b{_NOT_A_PARENTS}(?:drink\w*|cans|weed|vodka|smok\w*|high|stoned|drunk)\b(?: [\w,]+){{0,10}}? (?:im|i am|hes|shes|and im) (?:[5-9]|1[0-5])\b(?! (?:years?|months?|weeks?|days?|hours?|times?|minutes?)\b)"
         rf"|\b(?:im|i am|hes|shes|aged?) (?:[5-9]|1[0-5])\b(?! (?:years?|months?|weeks?|days?|hours?|times?|minutes?)\b)(?:\W+\w+){{0,8}}?\W+{_NOT_A_PARENTS}(?:drink(?!er)\w*|smok\w*|weed|vodka|cans|high|stoned|pills|ket|coke)\b",
         requires=r"^(?!.*\b(?:mum|mam|ma|mom|mummy|mammy|dad|da|daddy|parents|stepdad|stepmum|step mum|step dad|boyfriend|girlfriend|partner|fella|mine|nan|gran|uncle|auntie|husband|wife|dads|mums|mummys|daddys)\b(?: \w+){0,5} (?:drinks?|drinking|smokes?|smoking|uses?|using|has a drink|is on|on the|does|takes|taking)\b)",
         topic=True),
    rule("drug_use_around_children.parent_using", "drug_use_around_children", C,
         rf"\b(?:inject(?:s|ing|ed)?|shooting up|smok(?:es|ing) (?:the )?(?:crack|heroin|gear|rock|spice|brown)|(?:smoke|smokes|smoking|do|does|doing|take|takes|taking|use|uses|using) (?:a bit of|a little|some|a lot of|loads of) {STREET_DRUG}|does lines|doing lines|snort\w*|chasing the dragon|getting high|gets high|"
         rf"(?<!\binfo )(?<!\binformation )(?<!\badvice )(?<!\bleaflets )(?<!\btalk )(?<!\bresources )(?:using|uses|use|on|been on|back on|takes|taking|does|doing|snorts|snorting) (?:the )?(?:{STREET_DRUG})|(?:do|does|doing|take|takes|taking) drugs|"
         r"smokes weed (?:all day|every day|in front|in the (?:car|house|living room|flat))|buying (?:extra|more|gear|drugs) (?:on|off|from) the street|(?:on|off) the street|"
         r"goes? to (?:buy|score|get) (?:drugs|gear|her stuff|his stuff|crack|weed)|(?:went|go|goes|going|gone) (?:out )?to score|using in the (?:bathroom|house|flat|toilet|kitchen|bedroom)|"
         r"taking too many|so (?:i|she|he|they) can (?:use|drink|score|get high|go drinking)|(?:friends|mates|people) round to (?:use|drink|get high|smoke)|too many of (?:my|her|his) (?:tablets|pills|meds)|(?:we )?both use\b(?! (?:my|the|a|it|to|your))|relapsed|using again|drinking again|topping up|using on top|on top of (?:my|her|his) script|off (?:his|her) head|"
         r"drunk (?:most|every|all)|drink driving|drives (?:us|me|her|him) (?:\w+ ){0,3}(?:drunk|after drinking))\b",
         # Not when the children are away ("at weekends when the kids are at their dads").
         requires=_CHILDREN_SAFE
                  + r"(?!.*\b(?:when|while) the (?:kids|children) (?:are|go|stay) (?:at|with|away|out|over)\b(?!.*\b(?:in bed|asleep|upstairs)\b))"
                  rf".*(?:\b{CARE}\b|\b(?:house|home|bathroom|living room|kitchen|flat|toilet)\b)", resolvable=True, topic=True),
    rule("drug_use_around_children.home_supply", "drug_use_around_children", C,
         r"\b(?:people|men|strangers|randoms|they)(?: \w+){0,3} (?:buy|buying|bought|get|getting|come for|coming for|pick up|picking up) (?:stuff|drugs|weed|gear|bags|things) (?:off|from) (?:my|our|her|his) (?:dad|mum|stepdad|brother|uncle|parents|nan)\b"
         r"|\b(?:lets?|let) (?:her|his|their) (?:mates|friends) (?:\w+ )?(?:smoke|use|do|take) (?:crack|heroin|gear|drugs|weed|spice|coke|lines)\b"
         r"|\b(?:smoke|smokes|smoking) (?:the )?(?:crack|heroin|gear|spice|rock|brown|weed|cannabis) (?:in|at|round) (?:the|our|my) (?:house|flat|living room|kitchen|front room|car|home)\b"
         r"|(?<!\bi )(?<!\bwe )(?<!\bboth )\bdrinks? (?:a|two|three|\d+) (?:whole )?bottles? of (?:vodka|wine|cider|whisky|gin)\b(?=.*\b(?:every|a day|night|kids|us|we|me|baby)\b)",
         topic=True, resolvable=True),
    rule("pregnancy_hidden_use.pregnant_and_using", "pregnancy_hidden_use", C,
         r"\b(?:pregnant|expecting|weeks gone|months gone|mum to be|mother to be|antenatal|(?<!waiting )(?<!for )(?<!last )(?<!past )(?<!every )(?<!after )(?<!within )\d+ weeks(?! (?:no|clean|off|sober|without|since|ago|dry|on (?:script|methadone|my script|the script|subutex|buvidal))\b)|midwife|at booking|booking appointment)\b",
         # Not when the professionals know, nor when she is asking for that help herself: then nothing is hidden.
         requires=r"^(?!.*\b(?:midwife|gp|doctor|team|they|drug worker|key worker|health visitor)(?: \w+){0,3} (?:knows|know|is aware|are aware|knows about|said|says|told me|explained|mentioned|has mentioned)\b)"
         r"(?!.*\b(?:is there (?:a|an|any|some|support|help|anywhere|anyone|somewhere)|(?:ive|i have|i) told (?:my|the) (?:midwife|gp|doctor|health visitor)|open with (?:us|her|the|my|me|them)|(?:are|is) (?:both )?involved|fully engaged|engaging well|under control with|get it all out|go against me|split dosing|pre birth assessment (?:done|completed)|when (?:she|i) was pregnant|when pregnant with (?:him|her)|(?:used|drank|took) (?:drugs |alcohol )?(?:when|while) (?:she was )?pregnant|diagnosis|told (?:them|her|the midwife|my midwife|mum midwife) (?:about (?:my|me|the) (?:drinking|using|use|drug use|methadone|script|past)|everything)|(?:methadone|script) (?:down to|reduced|is being reduced)|reducing (?:my|me) (?:script|methadone)|told (?:my|the) (?:midwife|gp|doctor|health visitor) everything|what signs|will (?:they|the hospital|the midwife) (?:test|look|check)|will the hospital|if i tell|want to be honest|ex (?:heroin|drug|crack|coke) user|(?:im|i am) clean now|can i (?:stay|keep) on|(?:was|been|being|im being) (?:really |totally |completely )?honest (?:about|with)|(?:do you know|know of|recommend) (?:any|a|some) (?:\w+ ){0,2}(?:classes|groups?|courses?)|going to tell|want to tell|will (?:my|the) baby (?:withdraw|be ok|be okay|be affected|need)|groups? for (?:women|mums|mothers|parents|people) (?:on|who|using|in)|where can i|who can i|can i (?:see|get|have)|what happens|does the midwife need|should i tell|specialist midwi\w*|(?:help|support) (?:to|me to) (?:stop|cut)|in treatment|referred (?:me|her)|want(?:s)? to (?:cut down|stop|quit|reduce)|trying to (?:stop|cut down|quit|come off)|any (?:support|help|groups?) (?:near|in|for|around)|(?:on|at) a reducing|the (?:\w+ )?team (?:have|has|are|is) been|screening tool|pathways?|not (?:drinking|using) (?:it |anything )?(?:obviously|now|anymore)|not using anything|did the right thing|the alcohol team|before (?:i|she) (?:knew|found out)|told everyone|birth plan|now im not pregnant|not pregnant (?:now|anymore)|(?:my )?(?:hv|health visitor|social worker|midwife) (?:told me about|says|said|is happy|happy with)|(?:partners|boyfriends|husbands|fellas|exs|dads|mums) (?:drinking|using)|(?:partner|boyfriend|husband|fella|ex|dad|mum)(?: \w+)? (?:smokes|drinks|uses|was a dealer))\b)" + rf".*\b(?:using|drinking|heroin|crack|rock|gear|coke|cocaine|ket|spice|weed|cannabis|benzos|street|opiates|tox|high|smoking|alcohol|drugs|script|methadone|{STREET_DRUG})\b",
         topic=True, resolvable=True),
    rule("pregnancy_hidden_use.hiding_from_professionals", "pregnancy_hidden_use", C,
         r"\b(?:hiding|hidden|hide|not told|havent told|scared to tell|dont want to tell|lying to|lie to|lied to|lies to)\b(?: \w+){0,6} (?:the |my )?(?:midwife|health visitor|gp|doctor|social worker)\b"
         r"|\b(?:midwife|health visitor|gp|doctor)(?: \w+)? (?:doesnt|dont|does not) know\b|\blied (?:at|in) (?:my|the|her) (?:booking|antenatal|scan)\b"
         r"|\b(?:dont|do not|doesnt) want (?:the|my|her) (?:midwife|health visitor|gp|doctor|social worker) (?:finding out|to find out|to know|knowing)\b"
    ),
    rule("pregnancy_hidden_use.tests_cheated", "pregnancy_hidden_use", C,
         r"\b(?:swap|swapped|swapping|cheat|cheated|cheating|fake|faked|faking) (?:my |the |them|their )?(?:tests|samples|tox|urine|wee)?\b"
         r"|\b(?:mate|friend|pal|sister|someone|somebody|cousin) to (?:do|pee for|wee for|give) (?:my|me|the) (?:drug |urine |wee )?(?:tests?|samples?|wee)\b",
         requires=r"^(?=.*\b(?:tests?|samples?|tox|clean)\b)(?=.*\b(?:pregnan\w*|weeks|midwife|baby|bump)\b)"),
)  # fmt: skip
