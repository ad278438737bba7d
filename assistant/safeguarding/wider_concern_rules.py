"""More ways of telling a concern, by topic: phrasings the core rules (concern_rules.py) did not reach.

Same conventions as concern_rules.py: a negation just before a match cancels it, `topic` rules are
ignored in a request for information, `resolvable` ones when the message says the problem is over.
"""

# ruff: noqa: E501 -- regex tables read better one alternative group per line, unbroken.

from __future__ import annotations

from assistant.safeguarding.assessment import Severity
from assistant.safeguarding.rules import Rule, rule
from assistant.safeguarding.vocabulary import CHILD, INTOXICATED, YOUNG_AGE

C = Severity.CONCERN

_PARENT = r"(?:mum|dad|mums|dads|stepdad|stepmum|parents?|he|she|they|nan|grandad|uncle|auntie|carer|partner|boyfriend|girlfriend|husband|wife)"
# Drunk or high as the lexicon knows it, and drinking or using told as what a parent does.
_DRUNK_OR_HIGH = (
    rf"(?:{INTOXICATED}|drinking|been drinking|had a drink|had a few|using|been using|on the rock)"
)

WIDER_CONCERN_RULES: tuple[Rule, ...] = (
    # --- suicidal thoughts -----------------------------------------------------------------------------------
    rule("suicidal_thoughts.no_worth", "suicidal_thoughts", C,
         r"\blife (?:isnt|is not|aint|not|is never) worth (?:living|it)\b|\bnot worth living\b|\bnothing (?:left )?to live for\b|\b(?:id|i would|id much) rather be dead\b"
         r"|\b(?:cant|dont|cannot) see (?:a|any) way out\b|\bno way out\b(?! of (?:the|this) (?:room|building|maze|level|game))|\bwish (?:it|everything) would (?:all )?(?:just )?(?:end|stop)\b"
         r"|\b(?:want|wanted|wanting) to (?:go to sleep|sleep) (?:forever|and never wake up)\b|\bnot (?:be|being) here anymore\b|\bend my life\b|\bending my life\b",
         topic=True),
    # --- self-harm ---------------------------------------------------------------------------------------------
    rule("self_harm.means", "self_harm", C,
         r"\b(?:use|used|uses|using) (?:a |the |my )?(?:compass|lighter|razor|blade|pencil sharpener|sharpener|broken glass) (?:on|to (?:cut|burn|hurt)) (?:myself|herself|himself|my (?:arms?|wrists?|legs?|skin|thighs?))\b"
         r"|\b(?:do|did|does|doing) it to (?:myself|herself|himself)\b",
         resolvable=True, physical=True),
    # --- abuse: hitting, hurting, fear at home -----------------------------------------------------------------
    rule("abuse.hurting", "abuse", C,
         r"\b(?:gives?|gave|giving|get|gets|got|getting) (?:me|us|him|her|my \w+ )?(?:a )?(?:hiding|good hiding|slap|smack|kicking|doing|battering|beating|leathering|skelping|belting|clip round the ear)\b"
         r"|\b(?:squeez\w*|twist\w*|yank\w*) (?:my|his|her|our) (?:arm|arms|wrist|wrists|neck|ear|ears)\b|\bgrabs? (?:me|us|him|her) by the (?:arm|neck|throat|hair|collar)\b"
         r"|\b(?:leaves?|left) (?:me|him|her|us) (?:with )?(?:bruises|marks|a bruise|a mark)\b|\bbruises (?:all )?(?:on|down|up|over)\b",
         physical=True),
    rule("abuse.fear_at_home", "abuse", C,
         rf"\b(?:scared|frightened|terrified|afraid|feart|petrified|scary)\b(?: \w+){{0,3}} (?:when|cos|because|if|after)(?: my)? {_PARENT}(?:s| is| gets| has| comes)?(?: \w+){{0,2}} {_DRUNK_OR_HIGH}\b"
         rf"|\b{_PARENT}(?:s| is)? (?:really |so |dead )?(?:scary|frightening) when (?:he|she|they)(?:s| is|re)? {_DRUNK_OR_HIGH}\b"
         r"|\b(?:dont|do not|never|doesnt|cant) (?:feel|be) safe (?:at home|in my house|in the house|around (?:him|her|them|my \w+)|when (?:he|she))\b|\bi (?:dont|do not) feel safe\b(?! (?:walking|on the|at school|in town|online|in the dark|at night out))"
         r"|\b(?:scared|frightened|terrified|afraid|feart|petrified|dread\w*) (?:of |about )?(?:going|to go|coming|to come) (?:back )?(?:home|hame)\b"
         r"|\b(?:hide|hiding|hid) (?:in|under) (?:my|the|our) (?:bed|room|wardrobe|cupboard|bathroom|bedroom)\b(?=.*\b(?:drunk|drinking|fight\w*|shout\w*|scream\w*|scared|angry|hits?|kicks? off|when (?:he|she|they|mum|dad))\b)"
         r"|\b(?:dinnae|dont) (?:want|wanna) (?:tae|to) go hame\b|\bscared (?:of|when) (?:what )?(?:he|she)(?:ll| will| might)? (?:do|does|gets in|comes in|comes home)\b",
         resolvable=True),
    rule("abuse.put_down", "abuse", C,
         r"\bcalls? (?:me|us|her|him) (?:a |an )?(?:waste of space|mistake|disgrace|burden)\b|\b(?:says|said|tells|told) (?:me|us) (?:hes|shes|they) (?:wish(?:es)?|wished) (?:i|we) (?:was|were|wasnt|werent) (?:never born|born|dead|here)\b"
         r"|\bwishes (?:i|we) (?:was|were) never born\b|\bsays (?:i|im) (?:worthless|useless|a waste|nothing)\b"
         r"|\b(?:says|saying|said|tells|told) (?:me )?(?:im|i am|i was) the reason (?:\w+ ){0,2}(?:drinks|uses|drinking|using|drank)\b|\bblames? me for (?:her|his|mums|dads|my mums|my dads) (?:drinking|using)\b"
         r"|\b(?:its|it is|its all) my fault (?:\w+ ){0,2}(?:drinks|uses|drinking|using)\b|\bshould (?:have|of) had an abortion\b",
         physical=True),
    # --- neglect and being left alone -------------------------------------------------------------------------
    rule("neglect.left_to_cope", "neglect", C,
         r"\b(?:nobody|no one|noone) (?:comes|gets|is|ever comes) (?:home|back|in) (?:til|till|until|before)\b|\b(?:doesnt|dont|didnt|never) (?:come|get) (?:back|home) (?:til|till|until) (?:the next day|morning|the morning|late|really late|midnight)\b"
         r""
         r"|\b(?:barely|can hardly|cant|cannot) get out of bed\b(?=.*\b(?:kids|children|baby|son|daughter)\b)(?=.*\b(?:drink\w*|drunk|using|depressed|hungover)\b)"
         r"|\b(?:forgets?|forgot|forgetting) (?:i|we|they|the kids|the baby) (?:exist|are there|are here|is there)\b|\bleft (?:to|alone to) (?:get on with it|fend for)\b|\bleft to get on with it\b|\bwe just eat (?:crisps|biscuits|cereal|sweets)\b"
         r"|\b(?:have|had|has) to (?:clean|wash|change) (?:her|him|them|mum|dad) (?:up|before)\b|\b(?:wets|wet|soils|soiled) (?:herself|himself)\b"
         r"|\b(?:kids|children|baby|toddler)(?: \w+){0,3} (?:been )?left (?:crying|screaming)\b|\bdidnt (?:notice|realise) (?:he|she|i|we)(?:d| had)? (?:gone|left|been gone)\b|\bwandering (?:the )?(?:streets?|town|around)(?: \w+){0,3} (?:at night|late|at \d+|alone)\b",
         topic=True, resolvable=True),
    rule("neglect.self_care", "neglect", C,
         r"\b(?:get|getting|gets|got) (?:themselves|ourselves|myself) (?:ready|up|dressed|to school|fed|breakfast|tea|to bed)\b"
         r"|\b(?:make|makes|made|making) (?:my|our|their) own (?:breakfast|tea|dinner|food)\b",
         requires=r"\b(?:drunk|drink\w*|using|asleep|in bed|sleeps|out of it|wasted|hungover|depressed|nobody|no one|never|poorly)\b",
         topic=True, resolvable=True),
    rule("neglect.unfit_to_care", "neglect", C,
         rf"\b(?:too|so) (?:drunk|high|wasted|out of it|mashed|hungover|off (?:his|her) face)\b(?: \w+){{0,3}} (?:to (?:look after|mind|feed|notice|get|pick|care|drive|wake)|that (?:i|we) (?:had|have) to)\b"
         rf"|\b(?:sole|only) carer\b(?=.*\b(?:using|drinking|heroin|crack|drunk|gear|daily|every day)\b)|\busing(?: \w+){{0,3}} (?:daily|every day)\b(?=.*\b(?:sole carer|only carer|single (?:dad|mum|parent)|{CHILD})\b)"
         r"|\b(?:falls?|fell|falling|keeps? falling) asleep\b(?: \w+){0,4} (?:after (?:a drink|drinking|using)|drunk|with the baby|when (?:hes|shes|im) meant to)\b|\bmeant to be (?:watching|looking after|minding) (?:the|my|our) (?:baby|kids|little)\b"
         r"|\b(?:mum|dad|she|he|parent|father|mother)(?: \w+){0,3} (?:was |is |were )?(?:wobbly|falling over|staggering|slurring)\b(?=.*\b(?:pick ?up|collect\w*|contact|school gate|handover|nursery|left (?:him|her|them))\b)",
         topic=True, resolvable=True),
    # --- drugs and drink around children ---------------------------------------------------------------------
    rule("drug_use_around_children.left_out", "drug_use_around_children", C,
         r"\b(?:leaves?|left|leaving|keeps?|kept) (?:her|his|their|the|my) (?:gear|drugs|pills|tablets|methadone|needles|works|pipe|foil|powder|weed)\b(?: \w+){0,2} (?:lying |left )?(?:out|about|around|round|everywhere|on the (?:table|floor|side|sofa|coffee table))\b"
         r"|\b(?:leaves?|left|leaving) (?:her|his|their|the) (?:stuff|bags?|bottles?)\b(?: \w+){0,2} (?:lying |left )?(?:out|about|around|round|everywhere|on the (?:table|floor|side|sofa|coffee table))\b(?=.*\b(?:gear|drugs|using|crack|heroin|drinking|drunk|needles|methadone|vodka|high|brown|rock)\b)"
         r"|\b(?:found|find|finding)(?: \w+){0,2} (?:a bag|bags|a baggie|baggies|some|a wrap|wraps) of (?:white |brown )?(?:powder|pills|weed|gear|crack|coke)\b|\bbroken glass (?:on the floor|everywhere)\b(?=.*\b(?:bottles?|drunk|drink\w*)\b)"
         r"|\b(?:where|kitchen|room|flat|house) (?:thats |that is |where )?(?:they|mum|dad|he|she) (?:do|does|use|uses|smoke|smokes) (?:the )?(?:gear|drugs|crack|brown)\b|\bthats where they (?:do|use|smoke)\b"
         r"|\b(?:inject\w*|snort\w*|smok\w+ (?:crack|heroin|gear|weed|spice|rock|brown|cannabis|a pipe)) (?:in|at) (?:the|our|my) (?:garage|bathroom|flat|house|kitchen|car)\b(?=.*\b(?:kids?|children|baby|toddler|son|daughter|brother|sister|us|me)\b)"
         r"|\b(?:blows?|blew|blowing) (?:the )?smoke (?:in|into|at) (?:my|his|her|the babys|the kids) faces?\b|\b(?:doing|does|do) lines (?:in|at|on)\b",
         topic=True, resolvable=True),
    rule("drug_use_around_children.home_used_for_drugs", "drug_use_around_children", C,
         r"\b(?:people|men|folk|randoms|strangers)(?: who| that)? (?:come|comes|coming|turn up|turning up|call round)(?: \w+){0,2} (?:to )?(?:buy|score|get|pick up) (?:drugs|gear|stuff|weed|crack|bags)\b"
         r"|\b(?:house|home|flat)(?: \w+){0,2} (?:is|gets|being) used (?:by|for|as)(?: \w+){0,4} (?:drugs|dealing|using|a trap|people who)\b|\bused as a (?:trap house|drug den|crack den)\b|\bcrack den\b|\bdrug den\b"
         r"|\b(?:several|other|lots of|loads of) (?:adults|people|men) (?:who )?(?:inject|use|smoke crack)\b",
         topic=True, resolvable=True),
    rule("drug_use_around_children.child_intoxicated", "drug_use_around_children", C,
         r"\balcohol poisoning\b|\bstomach pumped\b|\b(?:drink|drinking|drank|smoke|smoking) (?:to|so i can) (?:cope|forget|stop thinking|sleep|block it out)\b"
         r"|\b(?:woke up|waking up) (?:not knowing|and didnt know|with no memory)\b|\bgave (?:me|her|him) (?:pills|something|a pill|a drink) (?:at|and)\b(?=.*\b(?:woke|party|dont remember|didnt know)\b)",
         requires=YOUNG_AGE + r"|\b(?:my|our) (?:son|daughter|kid|boy|girl)\b|\b(?:im|i am) (?:1[0-7]|[5-9])\b|\bat school\b|\bthis term\b", topic=True),
    # --- exploitation and coercion -----------------------------------------------------------------------------
    rule("exploitation.debt_and_orders", "exploitation", C,
         r"\b(?:work|pay|working|paying) (?:it|that|the money) (?:off|back)\b(?=.*\b(?:owe|owed|lads|boys|men|weed|ket|drugs|gear)\b)|\bowe (?:them|him|the lads|these lads) for (?:the )?(?:weed|ket|drugs|gear|stuff|bits|food|vapes|trainers|phone)\b"
         r"|\b(?:go|goes|going|went) where (?:they|he|she) (?:tell|tells|told|send|sends) (?:me|us|him|her)\b|\b(?:got|been|was|were|get) given a (?:burner|second phone|phone (?:by|and (?:told|i have to|have to|he|they)))\b|\bdrop (?:bags|packages|parcels) (?:off )?(?:to|for|at|round)\b"
         r"|\b(?:cant|cannot|couldnt|cant ever) (?:say no|stop|get out|leave them)\b(?=.*\b(?:owe|run|running|carry|sell|bags|drugs|lads|packages|deliver\w*)\b)|\brunning (?:drugs|bags|for (?:an? )?(?:older|group|gang|them|him))\b"
         r"|\b(?:supplies|supplying|gives?) (?:her|him|them|me) (?:with )?(?:cannabis|weed|drugs|alcohol|drink|pills)\b(?=.*\b(?:man|men|older|\d\d ?(?:year|yr)|flat|weekends)\b)|\b(?:tell|tells|told) everyone (?:im|i am|hes|shes) a (?:grass|snitch)\b",
         topic=True),
    rule("exploitation.older_adult", "exploitation", C,
         r"\b(?:stays?|staying|stayed|sleeps?|sleeping|goes?|going) (?:at|to|round) (?:a |an |this |some )?(?:\d\d ?(?:year|yr) old|older) (?:mans|mens|guys|blokes|lads)? ?(?:flat|house|place)\b"
         r"|\b(?:mans|guys|blokes) (?:flat|house|place)\b(?=.*\b(?:1[0-7]|weekends|nights|supplies|gives|drink|weed|cannabis)\b)|\bwants? me to (?:go|come) (?:to|round to|back to) (?:his|their) (?:flat|house|place)\b"
         r"|\b(?:buying|buys|bought|keeps buying) (?:me|her|him) (?:vodka|alcohol|drink|cans|weed|vapes)\b(?=.*\b(?:mate|friend|man|men|older|flat|wants)\b)",
         topic=True),
    # --- sexual abuse ------------------------------------------------------------------------------------------
    rule("sexual_abuse.exposure_and_pressure", "sexual_abuse", C,
         r"\bshow(?:s|ed|ing)? (?:\w+ ){1,4}(?:porn|sex videos|dirty videos|rude videos)\b"
         r"|\b(?:pressures?|pressured|pressuring|forces|forced) (?:me|her|him) (?:into|to have) (?:sex|doing (?:stuff|things))\b|\bmade (?:me|her|him) do sexual\b|\b(?:do|did|does|doing) sexual things\b"
         r"|\bwatch(?:es|ed|ing)? (?:me|her|him) (?:in the (?:shower|bath)|showering|bathing|undress\w*)\b|\b(?:sends?|sent|sending|messages?) (?:me|her|him)(?: \w+){0,4} (?:saying|telling)(?: \w+){0,2} (?:im|shes|hes|she is|i am) (?:sexy|hot|fit|pretty)\b"
         r"|\btouch(?:es|ed|ing)? (?:me|her|him) (?:down there|between (?:my|her|his) legs|where (?:i|she|he) (?:dont|doesnt) (?:want|like))\b|\b(?:sleep|slept|sleeping) with (?:men|him|them|people) for (?:drugs|money|gear|somewhere to stay)\b"
         r"|\btried to get (?:in|into) (?:my|her|his) bed\b"
         r"|\btakes? (?:pics|photos|pictures|videos) of (?:me|her|him) (?:in (?:my|her|his) (?:pjs|pyjamas|underwear|pants|bath|shower|bed)|naked|undress\w*)\b"
         r"|\bsits? on (?:my|her|his) bed at night\b",
         resolvable=False),
    # --- told in passing: the harm is in one detail --------------------------------------------------------------
    rule("abuse.told_in_passing", "abuse", C,
         r"\bpins? (?:me|her|him|us) (?:up )?(?:against|to) the wall\b|\bscreams? in (?:my|her|his|our) faces?\b|\btakes? it out on (?:me|us|her|him)\b|\bme (?:he|she|they) takes? it (?:all )?out on\b"
         r"|\b(?:locks?|locked|locking) (?:me|him|her|us|them) (?:in|out) (?:my|his|her|our|their|the|a) (?:room|bedroom|cupboard|shed|house|flat|garden|balcony)\b"
         r"|\b(?:make|makes|made|making) (?:me|her|him|us) (?:lie (?:for|to)|carry (?:his|her|their) (?:stuff|gear|drugs))\b"
         r"|\bunexplained (?:bruis\w*|marks|injur\w*|burns?)\b"
         r"|\b(?:flung|threw|chucked|lobbed|hurled) (?:\w+ ){0,2}at (?:me|us|her|him|mum|my \w+)\b"
         r"|\b(?:choke|chokes|choked|choking|strangle|strangles|strangled|strangling|throttle|throttles|throttled|throttling) (?:me|her|him|mum|us|(?:his|her|my) (?:mum|mummy|mam|dad|daddy|wife|partner|girlfriend|sister|brother))\b"
         r"|\bi (?:slap|hit|smack|whack|belt|shake|shook) (?:the kids|my kids|the children|my children|my son|my daughter|the baby|my baby)\b"
         r"|\bgets? (?:a bit |a little |quite |really )?(?:handy|rough|physical|heavy handed)\b(?! (?:wi|with) (?:the|a|an) (?!fists|belt|hands))|\b(?:pushed|shoved|threw|thrown|kicked) (?:me|her|him|mum|us) down the stairs\b"
         r"|\b(?:shoves?|shoving|shoved|pushes|pushing|pushed|knocks?|knocking|throws?|throwing|chucks?|chucking|slaps?|slapping) (?:me|us|her|him|my \w+) (?:about|around)\b",
         physical=True),
    # An injury explained away to school: a made-up accident ("fell off my bike") is not play.
    rule("abuse.injury_covered_up", "abuse", C,
         r"\b(?:bruis\w*|marks?|black eye|burns?|cuts?)\b(?:\W+\w+){0,8}?\W+(?:told|tell|said|say) (?:school|them|the teacher|my teacher|everyone|people) i (?:fell|walked|banged|tripped)\b"
         r"|\b(?:bruis\w*|marks?|black eye|burns?|cuts?)\b(?:\W+\w+){0,8}?\W+i said (?:football|rugby|pe|i fell|i tripped|it was (?:football|the dog|the cat|my brother|pe))\b"),
    rule("neglect.told_in_passing", "neglect", C,
         r"\b(?:havent|hasnt|not) (?:had|eaten) (?:any |a proper |a |proper )?(?:food|tea|dinner|meal|breakfast)\b(?: \w+){0,2} (?:in|for|since) (?:days|ages|nights|weeks|a week|\w+ (?:days|nights|weeks)|xmas|christmas|easter|half term|the holidays)\b"
         r"|\b(?:forget\w*|forgot|misses|missed|never takes? me to) (?:my|his|her|the|our) (?:\w+ )?(?:appointments|check ?ups|hospital appointments)\b"
         r"|\b(?:doesnt|dont|wont|never|stopped) tak(?:e|es|ing) (?:me|us|him|her|them) to (?:my|his|her|the|our) (?:\w+ )?(?:appointments?|doctors?|dentist|gp|check ?ups?)\b"
         r"|\b(?:inhalers?|medicine|meds|insulin) (?:ran|run|has run|have run) out\b"
         r"|\bmissed (?:my|his|her|the|our) (?:\w+ ){0,2}appointment\b(?:\W+\w+){0,4}?\W+(?:cos|because|as) (?:mum|dad|mam|da|she|he)\b"
         r"|\b(?:dentist|doctors?|gp|optician|eye test)\b(?:\W+\w+){0,6}?\W+(?:wont|doesnt|never|dont) take (?:me|us|him|her|them)\b"
         r"|\b(?:havent|hasnt|not) (?:had|taken|been taking) (?:the kids|the children|them|him|her|my \w+) to (?:the )?(?:dentist|doctors?|gp|appointments?)\b"
         r"|\bnever any (?:gas|electric|electricity|heating|food|money)\b|\bcold showers\b|\b(?:no ones|nobody has|no one has|noone has|nobodys) cleaned\b|\bhouse stinks\b"

         r"|\bclean(?:s|ing)? up (?:the |her |his |their )?(?:sick|vomit|sick up)\b|\b(?:dont|doesnt|wont) let (?:us|me|them) eat\b"
         r"|\b(?:falls?|fell|falling|fallen) asleep with (?:a|the|his|her) (?:fag|cigarette|ciggie|cig)\b|\bfag (?:still )?(?:going|lit|burning)\b(?=.*\basleep\b)",
         resolvable=True),
    rule("drug_use_around_children.gear_left_about", "drug_use_around_children", C,
         r"\bleaves? (?:his|her|their) (?:gear|drugs|stash|works|needles|pipe) (?:all over|lying|out|around|about|everywhere)\b"),
    rule("drug_use_around_children.child_found_sharps", "drug_use_around_children", C,
         r"\b(?:picked up|found|playing with|got hold of|got into|been in|touched|stood on|pricked \w+ on|pricked by)(?: \w+){0,3} (?:needles?|syringes?|sharps|works|crack pipe|foil|baggies?|wraps?)\b",
         requires=rf"^(?!.*\bfound dead\b).*(?:\b{CHILD}\b|\b(?:toddler|baby|year old|kids?|son|daughter)\b)",
         # ...and now acting strangely, or it went in the child's mouth: an emergency
         escalate=r"\b(?:acting (?:strange|strangely|weird|funny|odd|different)|sucked (?:on )?(?:it|one|them)|swallowed|drowsy|floppy|wont wake|cant wake)\b", escalate_category="child_took_drugs"),
    rule("exploitation.packages", "exploitation", C,
         r"\b(?:keep|keeping|hold|holding|hide|hiding|plug|plugged|plugging|carry|carrying|drop off|dropping off|deliver\w*|take|takes|taking|took)(?: \w+)? (?:a |the |some |their |his )?(?:packages?|parcels?)\b",
         requires=r"\b(?:older|lads|boys|man|men|guy|gang|asked|made|make|makes|told|owe|owes|paid|pay|money|cash|dont know whats|dont open|or else|tenner|mates)\b", resolvable=True),
    # --- pregnancy and hidden use ------------------------------------------------------------------------------
    rule("pregnancy_hidden_use.not_disclosed", "pregnancy_hidden_use", C,
         r"\b(?:havent|have not|not|never|didnt|hasnt|wont|doesnt|dont|isnt) (?:said|told|mentioned|admitted|disclosed|say|tell|telling) (?:anything |it |that |her |them )?(?:to )?(?:the |my |her )?(?:midwife|midwives|health visitor|gp|doctor|antenatal)\b"
         r"|\b(?:has not|hasnt|not) disclosed\b(?=.*\b(?:pregnan\w*|weeks|midwife|antenatal|opiates|using|screen)\b)|\bnobody knows\b(?=.*\b(?:pregnant|midwife|bump|(?:im|i am) \d+ (?:months|weeks))\b)|\b(?:havent|have not|not|never) (?:seen|been to|booked in with|registered with) (?:a|the|my|any) midwife\b|\b(?:too ashamed|scared|afraid) to tell (?:the |my )?(?:midwife|doctor|gp)\b"
         r"|\bmissed (?:every|all (?:her|my|the)|most (?:of )?(?:her|my|the)) (?:antenatal|scans?|appointments)\b",
         resolvable=True, negatable=False, requires=r"^(?=.*\b(?:pregnan\w*|expecting|weeks|months|midwife|antenatal|bump)\b)(?=.*\b(?:using|drinking|drink|drugs|heroin|crack|gear|coke|weed|cannabis|opiates|smoking|spice|ket|methadone|benzos|lines|vodka|wine|cans|cider|pills)\b)"),
    rule("neglect.co_sleeping_drunk", "neglect", C, r"\bco ?sleep\w*\b", requires=rf"\b(?:{INTOXICATED}|drink\w*|using|gear|methadone)\b", topic=True),
    rule("drug_use_around_children.using_with_child", "drug_use_around_children", C,
         r"\b(?:smokes?|smoking|smoked|drinks?|drinking|uses?|using|gets? high|getting high)\b(?: \w+){0,3} with (?:his|her|their|my) (?:\d+ ?(?:yo|year old|yr old) )?(?:son|daughter|kids?|boy|girl|teenager)\b",
         requires=r"\b(?:1[0-7]|[5-9]) ?(?:yo|year old|yr old|years old|y o)\b|\b(?:hes|shes|im|aged?) (?:[5-9]|1[0-7])\b|\bteenage",
         topic=True),
    rule("exploitation.runs", "exploitation", C,
         r"\b(?:taking|take|took|carry|carrying|carried|drop|dropping|deliver\w*|run|running) (?:a |the |some )?(?:bag|bags|parcel|parcels|package|packages|stuff)\b(?:\W+\w+){0,5}?\W+(?:next town|another town|other town|train|station|city|up north|down south)\b"
         r"|\bearn (?:£|\d|some|easy|quick)(?:\w+ ){0,2}(?:\w+ )?(?:taking|carrying|dropping|doing runs)\b",
         resolvable=True),
    # --- from dev14 (heldout12, read after its one measurement) --------------------------------------------------
    rule("drug_use_around_children.while_children_up", "drug_use_around_children", C,
         r"\b(?:use|using|drink|drinking|smoke|smoking|take|taking)\b(?:\W+\w+){0,8}?\W+when (?:the |my )?(?:kids|children|baby|theyre|they are|hes|shes)(?: are| is)? (?:up|awake|around|about|in the room|home|there)\b"),
    rule("abuse.bruises_unexplained", "abuse", C,
         r"\b(?:bruis\w*|marks|burns?|black eye)\b(?: \w+){0,2} (?:he|she|they)(?: \w+)? (?:wont|cant|doesnt|wouldnt|didnt|will not) (?:explain|say|talk about|tell me)\b"),
    rule("exploitation.much_older_partner", "exploitation", C,
         r"\b(?:boyfriend|bf|fella|man|guy|the dad|babys dad|he)(?: is|s)? (?:2\d|3\d|4\d|5\d)\b(?! (?:mins?|minutes|quid|pounds|weeks|miles|degrees))",
         requires=r"\b(?:im|i am|shes|she is|my daughters?|my \w+ is|aged?) (?:1[2-7]|twelve|thirteen|fourteen|fifteen|sixteen|seventeen)\b"),
    rule("self_harm.hidden", "self_harm", C,
         r"\blong sleeves\b(?: \w+){0,5} (?:so|to hide|cos|because)(?: \w+){0,4} (?:arms|wrists|cuts|scars|marks)\b|\b(?:hide|hiding|cover|covering) (?:up )?(?:my |the )?(?:cuts|scars|marks on my (?:arms|wrists|legs))\b|\b(?:no one|nobody|noone) (?:sees|can see|will see) my (?:arms|wrists|thighs|cuts|scars)\b"),
    rule("drug_use_around_children.hidden_drink_then_drives", "drug_use_around_children", C,
         r"\bhides? (?:the |her |his )?(?:vodka|drink|booze|bottles|cans|wine|gin)\b(?:\W+\w+){0,10}?\W+(?:drives?|driving) (?:us|me|the kids|him|her|them)\b"),
    rule("domestic_abuse.blood_after_fights", "domestic_abuse", C,
         r"\bblood (?:on|all over|over) (?:the )?(?:kitchen |bathroom |living room |bedroom |hall )?(?:floor|walls?|carpet|sofa|door)\b",
         requires=r"\b(?:fight\w*|row\w*|argu\w*|hit|hits|battered|kicks? off|drunk|smash\w*)\b"),
    rule("pregnancy_hidden_use.told_them_stopped", "pregnancy_hidden_use", C,
         r"\b(?:told|tell|telling) (?:the |my )?(?:midwife|midwives|gp|doctor|health visitor|social worker|social services|the social|nurse|them|her|him) (?:that )?(?:i|im|i am|ive|i have|i had) (?:stopped|clean|not using|not drinking|off it|quit|given up)\b",
         requires=r"\b(?:but|still|havent|hasnt|not really|actually|lie|lied|lying|didnt|i dont|its about|more like)\b", negatable=False),
    rule("neglect.left_overnight", "neglect", C,
         r"\b(?:leave|leaves|left|leaving) (?:me|us|you|him|her|them|the kids|the children)(?: \w+){0,4} (?:overnight|all night|for the night|til the morning|till morning)\b",
         resolvable=True),
    # --- from train_written_j (harm told through a detail), measured before it was tuned on ------------------
    rule("abuse.flinching", "abuse", C,
         r"\bflinch(?:es|ed|ing)?\b(?: \w+){0,5} (?:raise|raises|lift|lifts|lifted|put|puts|move|moves) (?:my |his |her |their |a |the )?(?:voice|hand|hands|arm)\b|\bflinch(?:es|ed|ing)? (?:when|every time|if) (?:\w+ ){0,3}(?:shouts?|shouting|yells?|comes near|goes to touch|the door)\b"),
    rule("abuse.barricading", "abuse", C,
         r"\bchair (?:under|against|in front of) (?:my|the|our) (?:door|handle|bedroom door)\b|\bin case (?:we|i) (?:have to|need to|got to|gotta) (?:go|run|leave|get out)(?: \w+)? (?:quick|fast|in the night)\b"
         r"|\bshoes on in bed\b"),
    rule("neglect.hoarding_food", "neglect", C,
         r"\b(?:hides?|hiding|hid|stuffs?|hoards?|hoarding|squirrels?) (?:\w+ )?(?:food|toast|bread|biscuits|snacks|sandwiches|fruit) (?:in|under|into) (?:his|her|their|my) (?:pockets?|bag|bed|room|coat|jumper)\b"
         r"|\b(?:always|first) (?:the )?first in (?:at|to) breakfast club\b(?=.*\b(?:hides?|hungry|pockets|takes)\b)",
         topic=True),
    rule("domestic_abuse.noise_at_home", "domestic_abuse", C,
         r"\b(?:its|it is|cos of|because of) (?:really |actually |just )?(?:the )?(?:noise|fighting|shouting|screaming|rows|arguing)(?: (?:and|n) (?:the )?(?:fighting|shouting|screaming|rows|arguing))?\b"
         r"|\btoo loud at (?:ours|home|mine|our house|our flat)(?: at night)?\b",
         requires=r"^(?=.*\b(?:tired|sleep|at night|ours|home|cant)\b)(?=.*\b(?:fight\w*|shout\w*|scream\w*|rows|arguing|too loud)\b)", negatable=False),
    rule("drug_use_around_children.child_knows_where", "drug_use_around_children", C,
         r"\b(?:works|gear|stash|needles|pipe|methadone|script|pills|tablets|drugs)\b(?:\W+\w+){0,14}?\W+(?:knows where (?:it is|they are|i keep)|can reach|found (?:it|them)|got into (?:it|them))\b",
         requires=rf"\b{CHILD}\b|\b(?:\d+ ?(?:yr|year|yo)s? ?old|toddler|kids?|son|daughter)\b", topic=True),
    rule("abuse.held_against_the_wall", "abuse", C,
         r"\b(?:hold|holds|held|holding|pin|pins|pinned|pinning) (?:me|her|him|us|mum) (?:up )?(?:against |to |up )the wall\b"),
    rule("pregnancy_hidden_use.refuses_screen", "pregnancy_hidden_use", C,
         r"\brefus(?:es|ed|ing) (?:a |the |to do a |to have a |to do the )?(?:tox|drug|urine) (?:screen|test)\b|\bfresh track marks\b"),
    rule("self_harm.urges_after_stopping", "self_harm", C,
         r"\b(?:havent|hasnt|have not|has not|not) (?:cut|selfharmed|hurt (?:myself|herself|himself)|burnt (?:myself|herself|himself)|done it)\b(?: \w+){0,3} (?:since|for|in)\b",
         requires=r"\b(?:think about (?:it|cutting|doing it)|thinking about (?:it|cutting|doing it)|urges?|want to again|miss it|tempted|nearly did)\b", negatable=False),
    rule("sexual_abuse.secret_games", "sexual_abuse", C,
         r"\bsecret games?\b|\b(?:tickling|special) games? (?:that|which|nobody|no one|we cant tell)\b", topic=True),
    rule("abuse.burns_explained_away", "abuse", C,
         r"\b(?:small |little )?round burns\b|\bburns? on (?:his|her|their|my) (?:arms?|legs?|hands?|back|neck)\b"),
    # --- from dev15 (heldout13, read after its two measurements) ----------------------------------------------
    rule("sexual_abuse.shower_with_adult", "sexual_abuse", C,
         r"\b(?:put|puts|putting|made|makes|make|takes?|took) (?:her|him|me|them) in the (?:shower|bath|bed) with (?:him|her|them)\b"),
    rule("neglect.left_with_someone_using", "neglect", C,
         r"\b(?:leave|leaving|left|leaves) (?:them|the kids|my kids|the children|him|her|the baby|us|me)(?: \w+){0,2} with (?:my |a |her |his |our |their )?(?:mate|friend|neighbour|boyfriend|partner|sister|brother|cousin|pal)\b(?: \w+){0,2} (?:whos|who is|who s|that is|thats) (?:on the gear|using|drunk|always drunk|a drinker|on drugs|off (?:her|his) face|an addict|on crack|on heroin)\b"),
    rule("exploitation.debt_work_off", "exploitation", C,
         r"\bwork (?:it|the debt|that|them) off\b",
         requires=r"\b(?:owe|owes|owed|debt|weed|gear|lad|lads|dealer|money)\b", negatable=False),
    rule("neglect.child_runs_the_house", "neglect", C,
         r"\bi do (?:all )?(?:the )?(?:washing|shopping|bills|cooking|cleaning)(?: and (?:the )?(?:washing|shopping|bills|cooking|cleaning))+\b",
         requires=r"\b(?:im|i am) (?:[5-9]|1[0-7])\b|\b(?:out of it|drunk|drinking|wasted|tablets|gear|using|mortal|steaming)\b"),
    rule("drug_use_around_children.smoking_off_foil", "drug_use_around_children", C,
         r"\bsmok\w* (?:something|summat|somethin|stuff|it|\w+) (?:out of|off|on|from) (?:a |the |some )?(?:tin )?(?:foil|spoon|pipe|bulb)\b|\bburnt plastic\b(?=.*\bfoil\b)"),
    rule("neglect.alone_till_late", "neglect", C,
         r"\b(?:stay|stays|staying|be|left) (?:in |home |at home )?on (?:his|her|their|my|our) own (?:till|until|til|overnight|all night|at night|after)\b"),
    # --- from train_written_l (professionals, kinship carers, pregnancy, young children), measured first ----------
    rule("self_harm.cutting_to_cope", "self_harm", C,
         r"\b(?:cutting|cuts|cut|burning|burns|scratching|hurting) (?:herself|himself|myself|themselves )?(?:to cope|to deal|to feel)\b|\b(?:disclosed|admitted|told me about|mentioned) (?:\w+ )?(?:cutting|selfharm\w*|burning herself|burning himself)\b",
         resolvable=True),
    rule("neglect.child_does_night_feeds", "neglect", C,
         r"\b(?:does|doing|did|do) the (?:night )?feeds?\b|\b(?:primary|main|only) carer for (?:\w+ )?(?:younger|little|wee|small)\b|\bbasically (?:the )?(?:primary|main) carer\b",
         requires=r"\b(?:[5-9]|1[0-7]) ?(?:yo|year old|yr old)?\b|\beldest\b"),
    rule("pregnancy_hidden_use.children_in_care", "pregnancy_hidden_use", C,
         r"\b(?:kids|children|babies|baby|son|daughter|boys|girls) (?:in care|taken (?:off|away from) me|removed|adopted)\b",
         requires=r"\b(?:pregnan\w*|\d+ (?:weeks|wks)|midwife|due)\b", topic=True),
    rule("neglect.repeat_attendances", "neglect", C,
         r"\b(?:\d+(?:rd|th|nd)|third|fourth|fifth|repeat|repeated|several|multiple) (?:a ?and ?e )?attendances?\b"),
    rule("drug_use_around_children.intoxicated_driving_told_later", "drug_use_around_children", C,
         r"\b(?:smelling|smelt|smelled|stinking|stank|reeking|reeked) of (?:alcohol|drink|booze|cannabis|weed|spirits)\b(?:\W+\w+){0,10}?\W+(?:drove|drive|drives|driving|car)\b"),
    rule("child_alone.parent_out_at_night", "child_alone", C,
         r"\b(?:dont|do not|dunno|never) (?:know|no) where (?:my )?(?:mum|dad|mam|ma|da|she|he) (?:goes|is|has gone|went)\b",
         requires=r"\b(?:night|nite|at night|nights|late)\b"),
    rule("abuse.told_to_get_out", "abuse", C,
         r"\b(?:shouts?|screams?|yells?) at (?:me|us) to get out\b|\b(?:tells|told) (?:me|us) to get out\b(?=.*\b(?:drink\w*|drunk|every|always|cries|shouts)\b)"),
    rule("neglect.squalor", "neglect", C,
         r"\brats\b|\bmice\b|\bdog (?:poo|mess|muck|dirt)\b|\bcat (?:poo|mess|sick)\b|\bmaggots\b",
         requires=r"\b(?:everywhere|house|flat|home|kitchen|bedroom|floor|carpet)\b(?=.*\b(?:messy|dirty|filthy|everywhere|stinks|smells)\b)"),
    # --- from train_written_n (how young people text, minimising with "lol"), measured first ----------------------
    # A parent's hit told with a laugh is still a hit: these are not `physical`, so "lol" does not make them play.
    rule("abuse.hit_laughed_off", "abuse", C,
         r"\b(?:dad|mum|mam|da|ma|stepdad|stepmum|mums boyfriend|mums fella)s?(?: \w+){0,2} (?:lamped|leathered|battered|whacked|skelped|belted|slapped|punched|kicked|smacked|thumped|decked|booted|clattered) me\b"
         r"|\b(?:get|gets|got|getting|keep getting)(?: a bit of)? (?:a )?(?:hiding|good hiding|leathering|skelping|belting|battering|kicking|slap|smack) (?:off|from) (?:my )?(?:mum|dad|mam|da|ma|stepdad|stepmum)\b"
         r"|\b(?:got|get|getting|gets) (?:whacked|hit|smacked|belted|slapped|lamped|battered)(?: round the head| in the face| on the head| over the head)? with (?:a|the|his|her) (?:shoe|belt|slipper|frying pan|pan|wooden spoon|remote|hairbrush|cable|lead|stick|bottle|hanger)\b"
         r"|\bbruise\b(?: \w+){0,5} (?:the )?size of (?:his|her) (?:hand|fist)\b"),
    rule("self_harm.cuts_told_lightly", "self_harm", C,
         r"\b(?:got|have|ive got|loads of|fresh) cuts (?:all )?(?:up|on|over|down|across) my (?:arms?|thighs?|legs?|wrists?|stomach|belly)\b"),
    rule("drug_use_around_children.parent_sells_to_children", "drug_use_around_children", C,
         r"\bsells? (?:her|his|their) (?:pills|tablets|script|methadone|gear|weed|valium|benzos) to (?:my|the|kids|children|young)\b"),
    # --- from train_written_o (requests for a service that carry something else), measured first ---------------
    rule("drug_use_around_children.sent_to_fetch_drugs", "drug_use_around_children", C,
         r"\b(?:sends?|sent|sending|makes?|made|making|gets?) (?:me|us|him|her|my \w+) (?:to )?(?:get|pick up|collect|buy|fetch|score)(?: \w+){0,2} (?:her|his|their) (?:stuff|gear|drugs|script|tablets|bits|smack|weed|crack)\b"),
    # --- from train_written_ad (an inbox week) and ae (people and their stories), measured first ---------------
    rule("sexual_abuse.made_to_do_things", "sexual_abuse", C,
         r"\b(?:make|makes|made|making|get|gets|got) (?:me|her|him|us) (?:do|to do) (?:things|stuff|sexual things|stuff like that) (?:with|to|for) (?:him|her|them)\b"),
    rule("drug_use_around_children.smoke_around_children", "drug_use_around_children", C,
         r"\b(?:weed|cannabis|crack|spice|skunk|heroin) smoke\b",
         requires=rf"\b(?:{CHILD}|coughs?|coughing|asthma|toddler|im (?:[5-9]|1[0-7]))\b", topic=True),
    rule("neglect.child_sleeps_outside", "neglect", C,
         r"\b(?:made|make|makes|making) (?:me|us|her|him|them) sleep (?:in|on) (?:the|a) (?:shed|garden|car|floor|garage|street|doorstep|step)\b"),
    rule("neglect.child_carries_the_home", "neglect", C,
         r"\b(?:is|s|been|has been) doing everything for me\b|\b(?:stopped|stopped going|not going|isnt going) (?:to )?(?:school|college)\b",
         requires=r"\b(?:relapse\w*|drink\w*|drunk|using|gear|hungover|hangover|my use)\b(?=.*\b(?:\d+ ?yo|son|daughter|\d+ year old|my (?:boy|girl))\b)|\b(?:\d+ ?yo|son|daughter)\b(?=.*\b(?:relapse\w*|drinking|using|hungover)\b)"),
    rule("exploitation.made_to_hold_drugs", "exploitation", C,
         r"\b(?:makes?|made|making|gets?|got) (?:me|her|him|us) (?:to )?(?:keep|hold|carry|hide|stash) (?:his|her|their|the) (?:stash|gear|drugs|weed|bag|knife|stuff)\b"),
    rule("self_harm.scratching", "self_harm", C,
         r"\b(?:scratch|scratched|scratching|scratches) (?:my|her|his) (?:arms?|wrists?|legs?|skin|thighs?) (?:with|wi|till|until|raw)\b", physical=True),
    # short messages the classifier does not read (under 8 words), from train_written_z and others
    rule("self_harm.sharpener", "self_harm", C,
         r"\b(?:using|used|use|with) (?:a |the |my )?(?:pencil )?sharpener(?: blade)? (?:again|on (?:my|me))\b|\bsharpener blades?\b"
         r"|\b(?:took|take|taking|got) (?:the )?blades? out of (?:a |my |the )?(?:pencil )?sharpener\b"),
    rule("abuse.held_down", "abuse", C,
         r"\b(?:holds?|held|holding|pins?|pinned|pinning) (?:me|us|her|him|mum|my \w+) down\b|\bknock(?:s|ing|ed)? (?:me|us|him|my (?:brother|sister|son|daughter)) about\b",
         physical=True,
         # held down now: "hes pinned my daughter down"
         escalate=r"^(?!.*\b(?:used to|when|whenever|every|last|before|loads|always|again and again)\b).*\b(?:hes|shes|he has|she has|theyve|theyre|he is|she is) (?:got )?(?:pinned|pinning|holding) (?:me|her|him|mum|my \w+) down\b",
         escalate_category="violence"),
    rule("domestic_abuse.knocked_about", "domestic_abuse", C,
         r"\bknock(?:s|ing|ed)? (?:her|mum|mam|my (?:mum|mam|ma|partner|wife|girlfriend)) about\b", physical=True),
    rule("neglect.food_only_at_school", "neglect", C,
         r"\b(?:only|just) (?:eat|get fed|get food|have food|get a meal|get dinner|get a proper meal)(?: \w+)? at school\b"
         r"|\b(?:theres|there is|there s) (?:never|hardly (?:ever )?any) food\b|\bstopped eating (?:cos|because|since) (?:home|of home|mum|dad|of mum|of dad)\b"
         r"|\btakes? (?:my|our|the kids|his|her) (?:dinner|lunch|pocket|birthday|christmas) money\b(?=.*\b(?:gear|drugs|drink|booze|vodka|cans|crack|weed|fags|bookies)\b)"),
    rule("abuse.burned", "abuse", C,
         r"\b(?:burn|burns|burnt|burned|burning) (?:me|us|them|him|her|my \w+) with (?:a |his |her |their )?(?:cigarettes?|fags?|lighters?|an iron|hot)\b"),
    rule("drug_use_around_children.drink_in_the_bottle", "drug_use_around_children", C,
         r"\b(?:put|puts|putting) (?:vodka|alcohol|drink|gin|whisky|wine|brandy|rum|methadone|sleeping tablets?|valium|diazepam) in (?:her|his|the|their|my) (?:bottle|milk|juice|drink|cup|beaker)\b"),
    rule("self_harm.getting_worse", "self_harm", C,
         r"\bthe (?:cutting|selfharm\w*|self harm|burning|scratching) (?:is|s) (?:getting )?(?:worse|really bad|every day|more)\b"
         r"|\b(?:cant|cannot|trying to|try to|want to) stop (?:cutting|selfharming|self harming|hurting myself|burning myself)\b"),
    rule("drug_use_around_children.drinking_alone_with_children", "drug_use_around_children", C,
         r"\b(?:alone|on my own|by myself) with (?:the|my|our) (?:children|kids|baby|little ones)\b(?=.*\b(?:drink|drinking|drunk|bottle|using|high|gear)\b)"
         r"|\bnot sure (?:they are|theyre|the kids are|the children are|hes|shes|he is|she is) safe with me\b"),
    rule("pregnancy_hidden_use.lied_at_appointment", "pregnancy_hidden_use", C,
         r"\b(?:lied|lie|lying|lies)(?: again| to (?:her|them))?\b(?:\W+\w+){0,6}?\W+(?:said|saying|telling|told|about)\b|\bhiding it from (?:us|me|them|the team)\b",
         requires=r"^(?=.*\b(?:pregnan\w*|\d+ weeks?|midwife|booking|scan|antenatal|appointment)\b)(?=.*\b(?:drink\w*|drank|using|vodka|wine|gear|weed|coke|crack|heroin)\b)"),
    # --- from train_written_ai to ap (the report, people, inbox and hard-case briefs), measured first -------------
    rule("pregnancy_hidden_use.says_no_to_the_midwife", "pregnancy_hidden_use", C,
         r"\b(?:i|and i|i just|i always|i keep|i kept|i have|ive) (?:just |always |keep |kept |only )?(?:say|said|says|tell|told|saying|telling)(?: her| them| him| the midwife)? (?:no|none|nothing|i dont|i didnt|im not|i wasnt|i had stopped|i stopped|i never)\b(?! (?:longer|more)\b)"
         r"|\b(?:hiding|hide|hid|hides|keeping) (?:the |my |it |them |that |this )?(?:\w+ ){0,3}(?:from|off) (?:the |my )?(?:midwife|midwives|maternity|antenatal|hospital|scan|booking)\b"
         r"|\b(?:test|tests|screen|hair strand|hair test|bloods?|urine)\b(?: \w+){0,3} (?:came back|come back|was|were) positive\b",
         requires=r"^(?=.*\b(?:pregnan\w*|\d+ ?(?:weeks?|wks?)|midwife|midwives|maternity|booking|scans?|antenatal|bump|baby)\b)(?=.*\b(?:drink\w*|drank|using|use|used|vodka|wine|gear|weed|coke|cocaine|crack|heroin|methadone|top ups?|cans|spliff|pills)\b)",
         negatable=False),
    rule("sexual_abuse.did_things", "sexual_abuse", C,
         r"\bma(?:de|kes?|king) (?:me|him|her|us) (?:get|stay|go|sit|lie) in (?:the|his|her) (?:bath|shower|bed) with (?:him|her|them)\b"
         r"|\bused to do (?:things|stuff) to (?:me|her|him|us|our \w+|my \w+)\b|\b(?:get|got|was|were|being|been) touched by\b"
         r"|\bdisclosed (?:past |historic |historical |previous )?(?:sexual abuse|being (?:sexually )?abused|abuse|that (?:she|he) was abused)\b",
         negatable=False),
    rule("neglect.discharged_to_a_drunk_parent", "neglect", C,
         r"\b(?:discharged|released|sent home|handed back|went home|gone home) (?:to|with) (?:her |his |their |a )?(?:mum|mam|dad|da|mother|father|parents?|carer)\b(?: \w+){0,4} (?:drunk|intoxicated|high|under the influence|smelling of (?:drink|alcohol)|out of it)\b"),
    rule("neglect.takes_the_childs_money", "neglect", C,
         r"\b(?:takes|took|nicks|nicked|steals|stole|takes all|took all) (?:the |my |all my |our |her |his )?(?:money|wages|pay|cash|birthday money|savings)\b(?: \w+){0,6} (?:for|on) (?:drink|drugs|booze|cans|gear|alcohol|weed|the pub|fags|voddy|vodka)\b"),
    rule("abuse.marks_from_a_parent", "abuse", C,
         r"\b(?:its|it was|theyre|they are|they were|thats|its really)(?: (?:not|from))? (?:my |our )?(?:step ?dad|step ?mum|dad|da|mum|mam|uncle|mums (?:boyfriend|bf|fella|partner)|dads (?:girlfriend|partner))\b",
         requires=r"\b(?:bruises?|bruised|marks?|black eye|burns?|scratches)\b", negatable=False),
    rule("abuse.put_down", "abuse", C,
         r"\b(?:says|said|tells (?:me|him|her)|told (?:me|him|her)|calls (?:me|him|her)|keeps saying)\b(?: \w+){0,10} (?:nobody|no one|noone) (?:wants|loves|likes|cares about) (?:me|him|her|us)\b"
         r"|\b(?:ill|i will|hell|shell|youll) end up (?:a junkie|an alcoholic|a druggie|a smackhead|in the gutter|like (?:my|your|his|her) (?:real )?(?:mum|dad|mam))\b"
         r"|\bcalls (?:me|him|her|us|them|the (?:kids|wee one|little one|baby|boys|girls)|my (?:son|daughter|\w+ (?:son|daughter)))(?: \w+){0,2} (?:stupid|useless|worthless|thick|a waste of space|pathetic|a mistake|ugly|fat|a retard|retarded|a burden)\b"
         r"|\b(?:her|his|their) (?:favourite )?punching bag\b|\b(?:get|gets|got|getting|give me|gives me|gave me) the (?:belt|slipper|wooden spoon|strap)\b"),
    rule("neglect.locked_in", "neglect", C,
         r"\block(?:s|ed|ing)? (?:me|us|him|her|them|my (?:kids|children|son|daughter|baby|little ones|boys|girls)|the (?:kids|children|baby|little ones))(?: \w+){0,2} in (?:their|the|his|her|my|our|a) (?:bedroom|bedrooms|room|rooms|cupboard|shed)\b"),
    rule("drug_use_around_children.seen_using", "drug_use_around_children", C,
         r"\b(?:kids|children|son|daughter|they|he|she|weans|bairns)(?: have| has|ve|s)? (?:seen|saw|watched|walked in on|caught) (?:me|us|him|her|them|mum|dad) (?:using|inject\w*|smoking (?:it|crack|gear|heroin|rock|a pipe)|taking (?:it|drugs|gear|coke)|doing (?:lines|gear|drugs)|off (?:my|her|his) face)\b"
         r"|\bma(?:de|kes?|king) (?:her|him|me|them|us) watch (?:him|her|them|me) (?:inject|using|use|smoke|take|taking|shoot up)\b",
         negatable=False),
    rule("child_alone.always_alone_at_night", "child_alone", C,
         r"\b(?:were|we are|im|i am|we r|hes|shes) (?:always|often|usually|mostly|nearly always) (?:on (?:our|my|his|her) own|home alone|by (?:ourselves|myself|himself|herself)|left alone) (?:at night|overnight|all night|every night|til late|till late|at weekends)\b"),
    rule("neglect.off_school_to_care", "neglect", C,
         r"\b(?:skip|skipping|skipped|miss|missing|missed|off|kept off|keeps me off|stay off|staying off) school to (?:look after|care for|mind|watch|sort|help) (?:my |our |me )?(?:mum|mam|dad|da|ma|little|wee|baby|brothers?|sisters?|siblings|nan)\b"),
    rule("suicidal_thoughts.better_off_gone", "suicidal_thoughts", C,
         r"\b(?:id|i would|i d|i|everyone|everyone d)(?: be|d be)? better off (?:gone|dead|not here|not around|not existing)\b|\bif i (?:die|died|was dead|was gone|were gone|wasnt here)\b(?: \w+){0,6} (?:easier|better) for\b"),
    rule("drug_use_around_children.parent_gives_drugs", "drug_use_around_children", C,
         r"\b(?:mum|mam|ma|dad|da|step ?dad|step ?mum|mums (?:fella|boyfriend|bf|partner)|dads (?:girlfriend|partner|mates?)|uncle|he|she)(?:s| has| had)?(?: started)? (?:gave|gives|giving|give|gets|got) me (?:speed|weed|coke|vallies|valium|diazepam|xanax|ket|mdma|pregabs?|pregabalin|spice|vodka|cans|a spliff|joints?)\b"
         r"|\b(?:gave|gives|giving|give) me (?:pills|tablets|something) to (?:calm|sleep|chill|relax|help me sleep|knock me out)\b"),
    rule("exploitation.ticket_and_money", "exploitation", C,
         r"\b(?:sent|bought|paid for|gave|got) me (?:a )?(?:train|bus|coach) tickets?\b(?=.*\b(?:£|money|make|earn|cash|work|picking me up|pick me up)\w*)"
         r"|\bmake £?\d+ (?:in a|a|in one|in) (?:weekend|day|week|night)\b"),
    rule("self_harm.and_cut", "self_harm", C,
         r"\b(?:night|day|week|time|row) and (?:i )?cut\b(?! (?:my|the|her|his|it|out|off|up|down|in|back|through|across|a|some|class|school)\b)"),
    rule("drug_use_around_children.asleep_at_the_wheel", "drug_use_around_children", C,
         r"\b(?:fell|falls|falling|fall|nodded off|nodding off|nodded|nods off) (?:asleep )?(?:at the wheel|driving|while driving|whilst driving)\b",
         requires=r"\b(?:kids|children|school run|baby|son|daughter|car seat|in the car|in the back)\b"),
    rule("drug_use_around_children.child_helps_with_the_needle", "drug_use_around_children", C,
         r"\bhelp(?:ed|s|ing)? (?:her|his|my|their) (?:mum|dad|mam|da|ma) with (?:her|his|the|their) (?:\w+ )?(?:needles?|injections?|gear|pipe|works)\b"
         r"|\bbr(?:ought|ings|ing|inging) (?:a |some |in (?:a |some )?)?(?:(?:bottle|packet|strip|bag|box) of (?:\w+s )?)?(?:pill bottle|pills|tablets|methadone|needles?|syringes?|baggies|wraps|gear|crack pipe)\b(?: \w+){0,2} (?:into|in to|to|in) (?:class|school|nursery)\b"),
    rule("neglect.sent_to_school_without", "neglect", C,
         r"\bno (?:coat|breakfast|lunch|dinner|tea|socks|shoes)\b(?=.*\b(?:again|every|always|same clothes|(?:\d+|second|third|fourth)(?:rd|th|nd)? time)\b)|\bsame clothes as (?:monday|tuesday|wednesday|thursday|friday|yesterday|last week)\b"
         r"|\b(?:doesnt|dont|never|wont|didnt|cant) (?:take|takes|get|gets) (?:me|us|him|her|them) to school\b(?=.*\b(?:drink\w*|drunk|using|high|hungover|hangover|asleep|wasted|missed)\b)"),
    rule("abuse.hit_with_something", "abuse", C,
         r"\b(?:hit|hits|hitting|whack\w*|belt\w*|beat\w*|thrash\w*) (?:you|me|us|him|her|them) with (?:the |a |his |her |my )?(?:buckle(?: end)?|belt|slipper|wooden spoon|cable|wire|stick|hairbrush|hanger|lead)\b"
         # not a baby's or a toddler's throw ("the toddler threw his spoon at my head lol")
         r"|(?<!baby )(?<!toddler )(?<!babys )(?<!toddlers )(?<!little one )(?<!wee one )\bthr(?:ew|ows|owing|own) (?:a |the |his |her |my )?\w+ at (?:my|me|her|his) (?:head|face)\b"),
    rule("domestic_abuse.smashing_the_house_up", "domestic_abuse", C,
         r"\bsmash(?:ing|ed|es)? (?:the|our|my|her|his) (?:house|flat|place|kitchen|room|front room|living room) up\b|\bsmash(?:ing|ed)? up (?:the|our|my) (?:house|flat|place|kitchen)\b"),
    rule("suicidal_thoughts.not_waking_up", "suicidal_thoughts", C,
         r"\bthink(?:ing|s)? (?:a lot )?about (?:just )?not waking up\b|\bwish(?:es|ed)? (?:i|id|she|he|they|she could|he could|they could) (?:could )?(?:just )?not wake up\b"),
    rule("exploitation.little_packages", "exploitation", C,
         r"\b(?:little|small|wee) (?:packages|parcels|bags|packets)\b",
         requires=r"\b(?:paid|pays|paying|money|£|cash|quid|loads)\b"),
    rule("drug_use_around_children.drugs_in_the_toys", "drug_use_around_children", C,
         r"\b(?:tramadol|pills|tablets|methadone|needles?|syringes?|wraps|strips|baggies|bags? of|gear|spoons?|foil|benzos|diazepam|valium|powder|weed|coke) (?:\w+ ){0,3}(?:in|on|under|inside) (?:\w+ ){0,2}(?:\w+s )?(?:toy ?box|toys|cot|pram|school bag|lunch ?box|pencil case)\b",
         # open beside a baby now: "a methadone bottle in her cot, lid off, some spilled"
         escalate=r"^(?!.*\b(?:last (?:week|night|month)|yesterday|ago|used to|this morning|few days|(?:dont|didnt|do not) think (?:she|he|they) (?:drank|took|had|ate|swallowed) any|(?:hes|shes|theyre) (?:fine|ok) now)\b).*\b(?:lid off|top off|cap off|spilled|spilt|leaking|open|half empty|some missing)\b",
         escalate_category="child_took_drugs"),
    # --- from dev16 (heldout36, hard cases, read after its measurements) ----------------------------------
    rule("domestic_abuse.hitting_game", "domestic_abuse", C,
         r"\b(?:hitting|punching|slapping|smacking|strangling|choking|kicking) game\b",
         requires=r"\b(?:dad|da|daddy|mum|mam|mummy|stepdad|step dad|partner|boyfriend|uncle|he|she|his|her)\b"),
    rule("abuse.belt_off", "abuse", C,
         r"\b(?:gets?|getting|got) (?:his|her|the) belt out\b|\b(?:takes?|taking|took|taken|whips?|whipping|whipped|undoes|undoing|undid|pulls?|pulling|pulled) (?:his|her|the) belt off\b|\b(?:takes?|taking|took) off (?:his|her) belt\b"),
    rule("exploitation.paid_to_deliver", "exploitation", C,
         r"\b(?:deliver\w*|dropping off|drop off|drops off|carry\w*|taking|takes|running) (?:some |the |little |wee )?(?:sweets|bits|bits and bobs)\b",
         requires=r"^(?=.*\b(?:paid|pays|paying|pocket money|money|cash|quid|tenner|fiver|twenty)\b|.*£)(?=.*\b(?:older|year 1[0-3]|boys?|lads?|man|men|guys?|gang)\b)"),
    rule("sexual_abuse.made_to_watch", "sexual_abuse", C,
         r"\bma(?:de|kes?|king) (?:her|him|me|them|us|my \w+) (?:watch|look at) (?:things|stuff|videos|vids|films|porn|pictures|pics|clips|rude \w+|dirty \w+)\b"),
    rule("neglect.left_with_a_user", "neglect", C,
         r"\bleav\w* (?:the|my|our|her|his|their) (?:baby|kids|children|little ones|toddler|son|daughter|boys|girls|twins)(?: \w+){0,2} with (?:a |her |his |some |the |their )?(?:\w+ )?(?:who|that) (?:uses|drinks|deals|is (?:always )?(?:drunk|high|using|off (?:his|her) face)|takes drugs|injects|smokes crack|is on (?:the )?(?:gear|heroin|crack))\b"),
    # --- from train_written_au to ay ----------------------------------------------------------------------
    rule("domestic_abuse.made_to_watch_the_hitting", "domestic_abuse", C,
         r"\bma(?:de|kes?|king) (?:me|him|her|us|them) watch (?:when|while|as|him|her) (?:he |she )?(?:hit|hits|hitting|beat|beats|beating|hurt|hurts|hurting)\b"
         r"|\b(?:didnt|did not|doesnt|hasnt) (?:hit|hurt|batter|smack) (?:anyone|anybody|us|me|mum|her|him) for once\b"
         r"|\bnever (?:hit|hits|touched|hurt|hurts) me\W+(?:just|only) (?:mum|mam|my mum|my mam|dad|my sister|my brother|my stepmum)\b"
         r"|\bthr(?:ew|ows|owing|own) (?:his|her|a|the) (?:plate|dinner|cup|mug|bottle|glass|phone|chair|remote|tea) (?:at|against|across) (?:the )?(?:wall|me|her|him|window)\b"
         r"|\b(?:no|not|hasnt|havent|isnt) (?:been )?(?:hitting|skelping|battering|smacking|slapping|hurting|belting|leathering) (?:me|us|him|her) as (?:much|often|bad|hard)\b",
         negatable=False),
    rule("domestic_abuse.waits_till_the_kids_are_in_bed", "domestic_abuse", C,
         r"\bwaits? (?:until|till|til) (?:theyre|they are|the kids are|the kids|kids are|shes|hes|the baby is|the babys) (?:in bed|asleep|out|at school)\b",
         requires=r"\b(?:hit|hits|beats?|hurts?|batters?|kicks?|punch\w*|strangl\w*|chok\w*)\b", negatable=False),
    rule("abuse.hurt_with_something", "abuse", C,
         r"\b(?:hit|hits|whacked|slapped|smacked|punched) \w+ (?:across|in|round|on) the (?:face|head|mouth) with\b"
         r"|\b(?:cut|split|fat|bust|burst|busted) lip\b(?=.*\b(?:again|dad|daddy|mum|mam|stepdad|boyfriend|drink\w*|drunk|cross|angry)\b)"
         r"|\b(?:shak(?:e|es|ing|ed|en)|shook) (?:her|him|me|us|them|the baby) (?:and|till|until|so hard|really hard)\b",
         requires=r"\b(?:drunk|drink\w*|high|using|his drink|her drink|bladdered|steaming|wasted|angry|cross|again|beers?)\b"),
    rule("sexual_abuse.forced", "sexual_abuse", C,
         r"\bforc(?:e|es|ed|ing) (?:himself|herself) on (?:me|her|him|my \w+)\b|\bmakes? me (?:have sex|do it|sleep with)\b"),
    rule("pregnancy_hidden_use.made_to_use", "pregnancy_hidden_use", C,
         r"\bma(?:de|kes?|king) me (?:use|take (?:drugs|it|gear|pills)|inject|smoke (?:crack|gear|it|rock)|drink) with (?:him|her|them)\b|\bmakes? me (?:use|inject)\b",
         requires=r"\b(?:pregnan\w*|baby|bump|weeks|expecting|kids|children)\b"),
    rule("pregnancy_hidden_use.positive_screen", "pregnancy_hidden_use", C,
         r"\b(?:urine|tox|drug|hair ?strand|hair|saliva) (?:screen|test|sample)\w*(?: \w+){0,3} (?:was |is |came back |come back )?positive\b|\bscreen(?:ed|s)? positive for\b|\btested positive for (?:cocaine|heroin|opiates|benzo\w*|cannabis|amphetamines?|crack|methadone|thc)\b|\bpositive for (?:cocaine|heroin|opiates|benzo\w*|amphetamines?|crack)\b",
         requires=r"\b(?:pregnan\w*|weeks|midwife|antenatal|bump|booking|baby|mum|child|kids|children|parent)\b"),
    rule("drug_use_around_children.sharps_bins", "drug_use_around_children", C,
         r"\b(?:overflowing |full |open )?sharps (?:bins?|boxes?)\b(?: \w+){0,5} (?:kids|childrens|baby|babys|bedroom|cot|floor|living room|within reach)\b"),
    rule("neglect.sold_for_drugs", "neglect", C,
         r"\bsold (?:the|our|my|his|her) (?:fridge|telly|tv|xbox|cooker|washing machine|beds?|phone|ps5|playstation|laptop|bike|microwave)\b(?=.*\b(?:spice|drug|drugs|crack|gear|drink|booze|heroin|money)\b)"
         r"|\b(?:hasnt|havent|not|never) done (?:a|the|any) (?:food )?shop(?:ping)? (?:in|for) (?:weeks|ages|days|a week|\w+ weeks)\b"
         r"|\b(?:come|comes|came) back (?:from (?:their|his|her|the) (?:dads|mums|contact)|home) (?:filthy|starving|dirty|hungry|smelling|stinking)\b",
         resolvable=True),
    rule("suicidal_thoughts.passive", "suicidal_thoughts", C,
         r"\bif i (?:got|get|was|were) (?:hit|run over|knocked down) by a (?:bus|car|train|lorry|van)\b(?: \w+){0,4} (?:wouldnt|would not|not|wouldnae) (?:be )?(?:that |too )?(?:bothered|care|mind|fussed)\b"
         r"|\bhoping (?:a|the|some) (?:car|bus|lorry|van|train) (?:hits|clips|knocks|runs) (?:me|over)\b|\bthink(?:ing|s)? (?:a lot )?about not (?:existing|being alive|being here)\b",
         negatable=False),
    rule("self_harm.extra_tablets", "self_harm", C,
         r"\b(?:took|taken|had|swallowed) (?:a few|some|loads|a load|a couple|two|three|\d+) extra (?:of )?(?:my |her |his )?(?:\w+ )?(?:pills|tablets|antidepressants|meds|paracetamol|painkillers)\b"
         r"|\bcuts? on (?:my|her|his) (?:daughters |sons |\w+s )?(?:arms?|wrists?|thighs?|legs?|stomach|tummy)\b",
         negatable=False),
    rule("neglect.child_watches_over_parent", "neglect", C,
         r"\bmake sure (?:she|he|mum|mam|dad|my mum|my dad)(?: \w+)? (?:doesnt|dont|does not|wont) (?:choke|stop breathing|fall|burn)\b|\bknife (?:by|under|next to) (?:his|her|the) bed\b(?=.*\b(?:crack|gear|drink\w*|drunk|using|high|paranoid)\b)"
         r"|\b(?:not coping|cant cope|struggling to cope)\b(?=.*\b(?:stopped going to school|not going to school|missing school|off school|wont go to school)\b)"
         r"|\b(?:drink|drinking|using) (?:\w+ ){0,2}(?:while|whilst|when) (?:im |i am )?breastfeeding\b(?=.*\b(?:a lot|most of the day|every day|all day|loads|heavily)\b)"),
    # --- from train_written_az to be ----------------------------------------------------------------------
    rule("sexual_abuse.sideways", "sexual_abuse", C,
         r"\btickl\w* (?:her|him|me|them) (?:where|in places|down)\b(?: \w+){0,4} (?:not meant|shouldnt|should not|private|there)\b"
         r"|\b(?:gets?|got|getting|climbs?|climbed) in(?:to)? the (?:bath|shower) with (?:her|him|me|my (?:little |wee |baby )?(?:sister|brother|daughter|son)|the (?:kids|girls|boys))\b|\b(?:always |keeps )?walking in (?:on me )?when (?:im|i am|shes|hes) in the (?:shower|bath)\b"
         r"|\b(?:stepdad|step dad|uncle|mums boyfriend|mums fella|mums partner|grandad|cousin)s? (?:doing|did|does) (?:stuff|things)\b(?=.*\b(?:pregnant|touch\w*|bed|private|to me|with me|to her)\b)"
         r"|\bsend (?:nudes|naked pics|naked photos)\b(?=.*\b(?:older|mate|man|guy|free stuff|money|or else|stop giving)\b)|\bshowed (?:her|him|me) (?:videos|pictures|pics|things|stuff) (?:on his phone )?that (?:werent|wasnt) nice\b",
         negatable=False),
    rule("neglect.breastfeeding_using", "neglect", C,
         r"\bbreastfe\w*\b(?: \w+){0,4} (?:after|while|whilst|when|on) (?:(?:a couple of|a few|some|\d+) )?(?:lines|drinks|cans|using|high|drunk|a pipe|pills|coke|crack|heroin|gear|weed)\b",
         requires=r"\b(?:im doing|i do|most|every|i have|ive been|always|i still)\b"),
    rule("abuse.signs_a_professional_sees", "abuse", C,
         r"\bstory (?:doesnt|didnt|does not|did not) add up\b|\b(?:unexplained|suspicious) (?:injur\w*|bruis\w*|fractures?|burns?)\b|\brepeat (?:da|domestic abuse|domestic violence|domestic) (?:address|callouts?|incidents?)\b"
         r"|\btakes? (?:his|her|the) belt to (?:me|us|him|her)\b|\bpretend\w* to (?:smoke|inject|snort) (?:off |with )?\b"
         r"|\bma(?:de|ke|kes|king) (?:her|him|me) help (?:inject|with (?:her|his) (?:needle|gear|injection))\b|\bma(?:de|kes?|king) (?:my|our|the|his|her) (?:son|daughter|kids|boy|girl|children) (?:drink|smoke|take)\b",
         negatable=False),
    rule("neglect.more_ways", "neglect", C,
         r"\bfell asleep (?:while|when|with) (?:\w+ ){0,2}(?:was |were )?in the bath\b|\bonly (?:had|eaten|been eating) (?:toast|crisps|biscuits|cereal|noodles|bread|sweets)(?: \w+){0,2} (?:since|for)\b"
         r"|\bstopped (?:getting|collecting|buying) (?:my|his|her) (?:inhaler|medicine|meds|prescription|insulin|tablets)\b|\blocked out (?:till|until|til) (?:late|\d+|midnight)\b"
         r"|\block(?:s|ed|ing)? (?:me|us|him|her|them) in (?:the|a|his|her|my|t) ?(?:bathroom|toilet|bedroom|cupboard)\b|\bbullied for (?:smelling|being smelly|our clothes|being dirty)\b"
         r"|\bleave (?:my|our|the) (?:\d+ (?:year|yr) old|kids|children|son|daughter|toddler)(?: \w+){0,3} (?:when|while) i go (?:to the pub|out drinking|drinking|to score)\b",
         negatable=False),
    rule("drug_use_around_children.using_in_front", "drug_use_around_children", C,
         r"\b(?:have|smoke|do) (?:a pipe|a line|lines|a spliff|a joint|crack|gear|a bong)\b(?: \w+){0,3} (?:while|when|with) (?:the kids|my kids|the children|the baby)\b"
         r"|\b(?:taking|takes|took|taken) (?:my|our|his|her|the) (?:son|daughter|kids|children|baby|boy|girl)\b(?: \S+){0,2} with (?:him|her) to (?:buy|score|get|pick up) (?:drugs|gear|crack|heroin)\b"
         r"|\bholding for (?:a|the|some) (?:\w+ )?dealer\b|\b(?:gives?|gave|giving) me shots\b(?=.*\b(?:im (?:[5-9]|1[0-5])|year old)\b)"),
    rule("pregnancy_hidden_use.told_the_midwife_otherwise", "pregnancy_hidden_use", C,
         r"\b(?:telling|told|tells) (?:her|the|my) midwife (?:she is|shes|im|i am|she was|id|i had|ive|i) (?:abstinent|clean|not using|sober|stopped|quit|given up)\b"
         r"|\bmidwife thinks (?:i|im) (?:gave up|stopped|quit|am clean|clean|not using)\b|\b(?:dont|do not) want (?:them|her|anyone|the midwife) to know (?:i|im) (?:use|using|drink|drinking)\b"
         r"|\b(?:every night|most nights|every day) (?:till|until) i (?:pass out|black out)\b(?=.*\b(?:weeks|pregnant|midwife|bump)\b)",
         negatable=False),
    rule("suicidal_thoughts.more_ways", "suicidal_thoughts", C,
         r"\bwont (?:have to worry about|be around for|be here for) (?:\w+ ){0,2}(?:for )?long\b|\bwish (?:i|id) (?:just )?(?:wasnt|werent|wasnae) here\b"
         r"|\bthink(?:ing)? about disappearing\b|\beveryone would be better off\b(?! with| going| if i (?:stayed|came))",
         negatable=False),
    # --- from dev17 and dev18 (heldout37 and heldout39, hard cases, read after their measurements) -----------
    rule("drug_use_around_children.child_tries_to_drink_it", "drug_use_around_children", C,
         r"\b(?:keeps?|kept) trying to (?:drink|eat|take|open|get at|get into) (?:it|them|his|her|mums|dads)\b|\btried to (?:drink|eat|take) (?:it|them|some)\b",
         requires=r"^(?=.*\b(?:medicine|methadone|bottle|tablets|pills|vodka|script|meds)\b)(?=.*\b(?:little|wee|baby|toddler|brother|sister|son|daughter|\d+ year old)\b)",
         negatable=False),
    rule("suicidal_thoughts.only_at_times", "suicidal_thoughts", C,
         r"\ball the time\W+(?:just|only|but) (?:at night|sometimes|when|on bad days|some days|some nights|at weekends?)\b",
         requires=r"\b(?:killing myself|kill myself|ending it|suicid\w*|end my life|not being here|dying|not wake up)\b", negatable=False),
    rule("child_alone.out_till_early_hours", "child_alone", C,
         r"\b(?:goes|went|go|going) out at (?:like |about |around )?\d+\b(?:\W+\w+){0,5}?\W+(?:comes?|came|gets?|got|coming) (?:back|home|in) (?:at )?(?:like |about |around )?(?:[1-6] ?am|[1-6] in the morning|midnight|the next (?:day|morning))\b",
         requires=r"\b(?:im|i am|hes|shes) (?:[4-9]|1[0-3])\b|\b(?:little|wee|baby|brother|sister|kids|children|son|daughter)\b", negatable=False),
    rule("child_alone.young_ones_on_their_own", "child_alone", C,
         r"\b(?:[1-9]|1[01]) and (?:[1-9]|1[01])\b(?:\W+\w+){0,4}?\W+(?:on (?:their|his|her) own|home alone|by themselves|alone)\b"),
    rule("pregnancy_hidden_use.denies_after_positive_test", "pregnancy_hidden_use", C,
         r"\bpositive (?:\w+ )?(?:tox|toxicology|urine|drug|hair|saliva) (?:screen|test|result)s?\b(?:\W+\w+){0,6}?\W+(?:but )?(?:she |he )?(?:denies|denied|denying|says she hasnt|claims)\b",
         negatable=False),
    rule("pregnancy_hidden_use.professional_thinks_none", "pregnancy_hidden_use", C,
         r"\b(?:midwife|health visitor|gp|doctor|hv)s? (?:thinks|reckons|believes) (?:im|i am|i was|i|that im) (?:on none|not (?:drinking|using)|clean|off it|sober|dry|only on|just on|drinking none)\b",
         negatable=False),
    rule("sexual_abuse.sexual_things", "sexual_abuse", C, r"\bsexual things\b|\bthings of a sexual nature\b",
         requires=r"\b(?:told|happened|did|made|men|man|uncle|boyfriend|touched)\b"),
    rule("abuse.tied_up", "abuse", C,
         r"\b(?:ties?|tied|tying) (?:him|her|me|us|them|my \w+) (?:up )?to (?:the|a|his|her|my) (?:bed|chair|radiator|cot|table|door|banister)\b"),
    rule("domestic_abuse.threat_over_treatment", "domestic_abuse", C,
         r"\bif i (?:go|went|get|got) (?:to |into )?(?:rehab|treatment|detox|help|the police|the midwife)\b(?:\W+\w+){0,5}?\W+(?:hell|he will|shell|she will|theyll|he would|hed) (?:leave|take|hurt|kill|kick|batter|tell)\b"),
    rule("abuse.hit_with_a_thrown_thing", "abuse", C,
         r"\b(?:got|gets|getting|hit|hits|caught) me (?:on|in) the (?:arm|head|face|leg|back|eye|neck|chest) with (?:the|a|his|her) \w+",
         requires=r"\b(?:dad|mum|mam|da|ma|stepdad|stepmum|step dad|step mum)s?\b", physical=True),
    rule("domestic_abuse.ends_up_in_hospital", "domestic_abuse", C,
         r"\b(?:someone|somebody|mum|mam|one of us|she)\b(?: \w+){0,2} (?:ends? up|ended up|ending up) in (?:a and e|hospital|casualty)\b",
         requires=rf"\b(?:{INTOXICATED}|drink\w*|drunk|mortal|pissed|steaming|using)\b"),
    rule("neglect.locked_out_till_late", "neglect", C,
         r"\b(?:get|got|getting|gets|been|being|am|im|are|were)\b (?:\w+ )?locked out\b(?:\W+\w+){0,4}?\W+(?:till|until|til) (?:\d+|late|midnight|morning)\b"),
    rule("drug_use_around_children.lick_it_off_a_finger", "drug_use_around_children", C,
         r"\blick (?:my|the|his|her) (?:finger|fingers|plate|plates)\b", requires=r"\b(?:powder|coke|white stuff|gear|wasted|charlie|ket)\b"),
    rule("drug_use_around_children.child_walked_in", "drug_use_around_children", C,
         r"\b(?:walked|walks|walking|came|comes|barged) in on (?:me|her|him|us|mum|dad|them)\b",
         requires=r"^(?=.*\b(?:use|using|injecting|inject|jag|drugs|gear|pipe|needle|needles|smoking|bathroom|lines?|coke)\b)(?=.*\b(?:\d+ (?:year|yr) old|son|daughter|kids?|little|wee|toddler|baby)\b)"),
    rule("domestic_abuse.heard_through_the_wall", "domestic_abuse", C,
         r"\b(?:hear|heard|hears|hearing) (?:it|everything|all of it|the (?:fighting|rows|shouting|arguing|screaming|hitting|rowing))(?: \w+)? through the (?:walls?|floor|ceiling|door)\b",
         requires=r"\b(?:kids|children|they|son|daughter|baby|little ones|me|just me)\b"),
    rule("domestic_abuse.texted_threats", "domestic_abuse", C,
         r"\b(?:texting|texts|messaging|messages|saying|telling me|keeps telling me) (?:me )?what (?:hell|he will|shell|she will|theyll|he is going to|hes going to|hes gonna|hed) do to (?:me|us|her|you|the kids)\b"),
    rule("drug_use_around_children.gear_left_where_the_kids_are", "drug_use_around_children", C,
         r"\b(?:left|leaves?|leaving) (?:the|her|his|their|a|my) (?:crack |meth )?(?:pipe|needles?|syringes?|works|gear|foils?|stash|baggies|pills|methadone|spoon|lines)\b(?:\W+\w+){0,2}?\W+(?:on|in|by|near|next to|under) (?:the )?(?:kids|childrens|babys|baby|boys|girls|wee ones|little ones|their|his|her)\b",
         negatable=False),
    rule("neglect.no_dentist", "neglect", C,
         r"\b(?:doesnt|dont|never|wont) do (?:parents evenings?|(?:the )?dentists?|(?:the )?doctors?|appointments|check ?ups)\b"
         r"|\b(?:tooth|teeth|ones) (?:has |have |s )?(?:gone|going|turned) (?:black|brown|rotten)\b"),
    rule("drug_use_around_children.child_saw_an_overdose", "drug_use_around_children", C,
         r"\b(?:seen|saw|watched|found|walked in on) (?:me|mum|dad|her|him|his mum|his dad|her mum|her dad|us) (?:overdose|od|collapse|pass out|inject|injecting|using|jag up|shoot up|smoke crack|smoking crack)\b",
         requires=r"\b(?:\d+ (?:year|yr) old|son|daughter|kids?|boy|girl|children|little|wee)\b"),
    # --- from train_written_bi to bn ----------------------------------------------------------------------
    rule("child_alone.left_in_the_car", "child_alone", C,
         r"\b(?:leave|leaves|left|leaving) (?:him|her|them|me|us|the kids|the children|the baby)(?: \w+){0,2} in the car\b(?:\W+\w+){0,6}?\W+(?:pub|bookies|hours|while (?:she|he|they) (?:drinks|drank|was drinking|were drinking|uses|used|scored))\b"),
    rule("abuse.hiding_marks", "abuse", C,
         r"\b(?:wear|wearing|wore)\b(?:\W+\w+){0,4}?\W+so (?:no one|nobody|noone|people dont|they dont|teachers dont|no one can|nobody can) (?:sees?|see them|can see|notices?|asks?)\b"
         r"|\b(?:bruis\w*|marks|cuts)\b(?:\W+\w+){0,8}?\W+(?:wear|wearing|wore) (?:a jumper|jumpers|long sleeves|a hoodie|a long sleeve \w+)\b"),
    rule("abuse.a_go_with_his_fists", "abuse", C,
         r"\bhad a go at (?:me|her|him|mum|us) with (?:his|her) (?:fists|belt|hands|feet|boots)\b|\b(?:went|goes|going) for (?:my|me) (?:stomach|belly|bump|throat|face|neck)\b"
         r"|\b(?:he|she|dad|mum|stepdad|stepmum|partner|boyfriend)s? (?:broke|broken|fractured) my (?:arm|leg|nose|jaw|wrist|ribs?|fingers?|collarbone)\b",
         requires=r"\b(?:he|she|his|her|dad|mum|stepdad|stepmum|partner|boyfriend|husband|fella|ex)\b"),
    rule("abuse.something_to_cry_about", "abuse", C, r"\b(?:give|gave|giving) (?:me|you|him|her|us) something to cry about\b",
         requires=r"\b(?:then|and) (?:she|he|they) did\b|\b(?:she|he) did\b"),
    # Beside the "threw ... at" alternative of abuse.told_in_passing, which a laugh reads as play: a drunk
    # parent's throw ("hahaha dad was so drunk he threw the telly at mum") is not a game.
    rule("domestic_abuse.threw_it_at_her", "domestic_abuse", C,
         r"\b(?:threw|throws|chucked|chucks|lobbed|hurled)\b(?! (?:a |the )?(?:snowballs?|balls?|pillows?|socks?|water|paper|sweets?|tantrum|party|strop|wobbly)\b) (?:the |a |his |her |my )?\w+ at (?:mum|me|us|her|him|dad|my \w+)\b",
         requires=r"\b(?:drunk|drinking|pissed|steaming|high|off his face|off her face|kicked off|dad|mum|stepdad|partner|boyfriend)\b"),
    rule("drug_use_around_children.helps_parent_inject", "drug_use_around_children", C,
         r"\bhelp (?:mum|dad|her|him|my \w+) (?:inject|use|jag|shoot up|find a vein|with (?:her|his) (?:needles|works|gear))\b"),
    rule("abuse.child_flinches", "abuse", C, r"\bflinch(?:es|ed|ing)? when (?:i|he|she|they|dad|mum|my \w+)\b"),
    rule("sexual_abuse.asking_because", "sexual_abuse", C,
         r"\basking (?:because|cos|coz) (?:he|she|my \w+(?: \w+)?) (?:does|did|is doing|has done) (?:that|this|it) (?:to|with) me\b",
         requires=r"\b(?:sex|touch\w*|kiss\w*|naked|pics|photos|private)\b", negatable=False),
    rule("domestic_abuse.controls_money_and_appointments", "domestic_abuse", C,
         r"\bmakes? me hand over (?:my )?(?:money|benefits|wages|card|bank card)\b|\b(?:wont|doesnt) let me go to (?:my )?(?:appointments?|the doctors?|the clinic|work|scans?)(?: on my own| alone)?\b",
         requires=r"\b(?:partner|husband|boyfriend|fella|he)\b"),
    rule("neglect.off_to_school_alone", "neglect", C,
         r"\b(?:walk|go|get) (?:to school|myself to school) on my own (?:coz|cos|because|as) (?:mum|dad|she|he) (?:is |s )?(?:asleep|in bed|passed out|drunk|hungover)\b"
         r"|\b(?:didnt|couldnt|wont|cant|never) (?:take|get) (?:her|him|them|the kids|my \w+) (?:in)?to school\b(?:\W+\w+){0,3}?\W+(?:cos|because|as|coz) (?:i|she|he) (?:couldnt|cant|wasnt|was|had)\b"
         r"|\b(?:skipping|skip|missing|miss|bunking|bunk) (?:off )?school (?:cos|because|coz|as|so) (?:i|im) (?:dont want to|cant|have to|need to) (?:leave|look after|watch|stay with)\b"
         r"|\b(?:the eldest|my eldest|my oldest|the oldest) (?:makes|does|cooks) (?:the )?(?:tea|dinner|meals|breakfast)\b"),
    rule("child_alone.found_outside", "child_alone", C,
         r"\bno (?:clue|idea) where (?:they|the kids|she|he) (?:were|was)\b"
         r"|\bfound (?:my|our|the|her|his) (?:youngest|little \w+|baby|toddler|son|daughter|wee \w+) (?:outside|in the street|on the street|wandering)\b"),
    rule("neglect.young_carer_not_coping", "neglect", C, r"\b(?:not|isnt|am not) coping\b",
         requires=r"^(?=.*\b(?:im|i am) (?:[5-9]|1[0-7])\b)(?=.*\b(?:drink\w*|drunk|using|gear|drugs)\b)"),
    rule("neglect.clothes_and_smell", "neglect", C,
         r"\b(?:kids|people|everyone|they) (?:at school )?(?:say|says|said|tell me) i (?:smell|stink)\b|\bclothes are (?:always )?(?:dirty|filthy|minging|boggin|stinking)\b"),
    rule("self_harm.newer_ones", "self_harm", C, r"\b(?:newer|new|fresh|recent) (?:ones|cuts|scars|marks|wounds)\b",
         requires=r"\b(?:self ?harm\w*|cut\w*|scars)\b"),
    rule("neglect.didnt_hear_the_baby", "neglect", C, r"\bdidnt hear (?:her|him|the baby|them|my baby) (?:cry|crying|wake|waking)\b",
         requires=rf"\b(?:{INTOXICATED}|drunk|high|using|out of it)\b"),
    rule("self_harm.only_when_bad", "self_harm", C, r"\bnow (?:i )?(?:only|just) do it (?:when|if|once|like)\b",
         requires=r"\b(?:cut\w*|harm\w*|burn\w*)\b", negatable=False),
    rule("suicidal_thoughts.i_meant_it", "suicidal_thoughts", C, r"\bi meant it\b",
         requires=r"\b(?:sleep and not wake|not wake up|not (?:wanting|want) to wake up|want(?:ing)? to die|kill myself|not (?:be|being) here|end it)\b", negatable=False),
    # --- from train_written_bo to br ----------------------------------------------------------------------
    # what the one who does it says to keep it quiet or make it sound normal
    rule("sexual_abuse.our_secret", "sexual_abuse", C,
         r"\b(?:says|said|keeps saying|tells me|told me) (?:its|it is|its just|its only|this is|it was) (?:our|a) (?:little )?secret\b"),
    rule("abuse.excused_as_a_joke", "abuse", C,
         r"\b(?:he|she|they|dad|mum|mam|da|stepdad|stepmum|uncle)s? (?:says|said|keeps saying|reckons) (?:its|it is|its just|its only|it was) (?:a joke|banter|a laugh|normal|to toughen me up|for my own good|what (?:dads|mums|families|parents) do)\b",
         requires=r"\b(?:film\w*|shower|bath\w*|bed|bedroom|touch\w*|hit\w*|punch\w*|slap\w*|kick\w*|names|drink with|makes? me|body|pics|photos|naked|hurt\w*|bruise\w*|marks)\b"),
    rule("sexual_abuse.relative_is_the_father", "sexual_abuse", C,
         r"\b(?:stepdad|step dad|uncle|mums boyfriend|mums partner|mums fella|dad|da|grandad|stepbrother|brother|cousin) is the (?:dad|father|daddy)\b",
         requires=r"\bpregnant\b"),
    rule("sexual_abuse.messages_about_my_body", "sexual_abuse", C,
         r"\b(?:messages|texts|snaps|comments|dms|stuff)\b(?: \w+){0,4} about my (?:body|boobs|bum|chest|legs|figure)\b"),
    rule("exploitation.go_country", "exploitation", C, r"\b(?:go|going|gone|went|sent|send) (?:out )?country\b(?! (?:walk\w*|side|music|dancing|pub|park|lanes?|roads?|house|club|fair|show|cottage|estate)\b)"),
    # pictures of cuts sent to someone; an emergency while it is going on
    rule("self_harm.pictures_of_cuts", "self_harm", C,
         r"\b(?:pictures|photos|pics|snaps) of (?:her |his |my |the |fresh |new )*(?:cuts|wounds|burns|arms|wrists|scars)\b",
         requires=r"\b(?:cuts|cutting|cut (?:herself|himself|myself)|self ?harm\w*|doing it|blood|bleeding)\b", negatable=False,
         escalate=r"\b(?:doing it (?:right )?now|cutting (?:right )?now|cant stop|wont stop bleeding|right now|tonight)\b"),
    rule("abuse.slappy", "abuse", C, r"\b(?:slappy|hitty|punchy|handy with (?:her|his) (?:fists|hands))\b"),
    # --- from train_written_ce (short messages, stop 20) ------------------------------------------------------
    # "i think my cousin is being groomed" (not a question about the signs, not a podcast)
    rule("exploitation.being_groomed", "exploitation", C,
         r"\b(?:(?:my \w+|he|she|they|hes|shes|theyre|im|i am|i)(?: is| s| are| am)? (?:being|getting|been|was|got) groomed|think (?:i|im|he|she|hes|shes|my \w+)(?: is| s| am)? (?:being |getting )?groomed)\b",
         requires=r"^(?!.*\b(?:dogs?|pets?|horses?|ponies|groomers?|well groomed|podcast|video|documentary|film|drama|programme)\b)",
         topic=True, resolvable=True),
    # "my grandson is hanging round with dealers"
    rule("exploitation.hanging_round_with_dealers", "exploitation", C,
         r"\b(?:hanging|hangs|hung|hang|knocking|knocks) (?:round|around|about|out) with (?:\w+ )?(?:dealers|drug dealers|older (?:lads|boys|men|guys|ones)|olders|a gang|the gang|gang members)\b",
         requires=r"^(?!.*\b(?:podcast|video|documentary|film|drama|programme|book|novel|episode|series)\b)",
         topic=True, resolvable=True),
    # --- from train_written_ci, cj and cl (hard cases, short messages, the report; stop 23), first measures -----
    rule("exploitation.a_debt_to_them", "exploitation", C,
         r"\b(?:got|have|has|ive got|hes got|shes got|run up|ran up|built up|in) (?:a |an )?(?:big |massive |huge )?debt (?:to|with) (?:the |some |these |those |his |older )?(?:lads|boys|men|guys|dealers?|olders|elders|them|him|man|gang|line)\b"),
    # "got beaten up cos i lost their stuff"
    rule("abuse.beaten_up", "abuse", C,
         r"\b(?:got|get|getting|gets|been|was|were|keep getting|keeps getting)\b (?:beaten|beat|battered|kicked|smacked) up\b|\b(?:got|been|was|were) jumped by\b",
         physical=True),
    # "hes making me keep a phone for him"
    rule("exploitation.made_to_keep", "exploitation", C,
         r"\b(?:making|makes|made|forcing|forces|forced) (?:me|him|her|us|my \w+) (?:to )?(?:keep|hold|hide|mind|stash|carry) "
         r"(?:(?:a|an|his|their|this|another|a second|an extra) (?:phone|burner)|(?:a |an |the |his |their |this |these |some |all )?(?:burners?|packages?|parcels?|gear|drugs|weed|knife|knives|blade|stash))\b"),
    # "i think a man off tiktok is grooming my mate"
    rule("exploitation.grooming_someone", "exploitation", C,
         r"\b(?:is|s|are|hes|shes|theyre|been|keeps|was|were) grooming (?:me|my \w+|her|him|them|us|kids|children|young (?:girls|boys|people)|girls|boys)\b",
         requires=r"^(?!.*\b(?:dogs?|pets?|horses?|ponies|groomers?|podcast|video|documentary|film|drama|programme)\b)",
         topic=True),
    # the writer's own self-harm, past, stays a concern: "i used to cut, stopped in the summer"
    rule("self_harm.used_to", "self_harm", C,
         # (long ago is over, as the older sets label it: "i used to self harm when i was 13, im 19 now")
         r"\b(?:i|ive|i have) used to (?:cut|cut myself|self harm|selfharm|burn myself|scratch myself|hurt myself)\b"
         r"(?! (?:my |her |his |the |our )?(?:own )?(?:hair|fringe|nails|grass|lawn|hedge|paper|wood|food|fabric|out|up|through|across|class|school))",
         requires=r"^(?!.*\b(?:years?|when i was (?:\d+|little|younger|a kid|a teenager|at school)|in (?:year \d+|high school|school|secondary)|as a (?:teenager|teen|kid|child))\b)"),
    # "nobodys fed us since yesterday morning"
    rule("neglect.nobody_fed_us", "neglect", C,
         r"\b(?:nobody|no one|noone|no body)(?:s| has| s|s been| is)? (?:fed|feeding|feeds|cooked for|cooking for|cooks for) "
         r"(?:us|me|the (?:kids|baby|bairns|weans|little ones)|my (?:little |wee |baby )?(?:brother|sister|brothers|sisters|siblings)|him|her|them)\b"),
    # a new mother's hidden use: "used in my babys first week, nobody knows"
    rule("pregnancy_hidden_use.nobody_knows", "pregnancy_hidden_use", C, r"\b(?:nobody|no one|noone) knows\b",
         requires=r"^(?=.*\b(?:used(?! to)|using|relapsed|drank|drinking|high|scored|smoked|injected|took (?:gear|heroin|crack|coke|something|pills))\b)"
                  r"(?=.*\b(?:baby|babys|newborn|pregnan\w*|bump|midwife|health visitor)\b)",
         negatable=False),
    # living in fear of a parent: "we have to be silent or dad kicks off on his comedown"
    rule("abuse.kept_quiet_in_fear", "abuse", C,
         r"\b(?:have to|got to|gotta|has to|must)(?: all)? (?:be (?:silent|quiet|so quiet|really quiet|dead quiet|super quiet)|tiptoe|keep quiet|stay quiet|whisper|walk on eggshells)\b",
         requires=r"^(?=.*\b(?:dad|mum|mam|da|ma|stepdad|stepmum|step dad|he|she|hes|shes|his|her)\b)"
                  r"(?=.*\b(?:kicks? off|kicking off|goes mad|go mad|loses it|lose it|gets angry|hits?|hitting|scared|comedown|come down|hungover|drunk|drinking|high|wasted|off (?:his|her) face|flips|explodes|batters)\b)"),
    # "hes stopped takin me to school" (not because the child now takes the bus)
    rule("neglect.stopped_taking_to_school", "neglect", C,
         r"\b(?:stopped|stops|quit) (?:taking|takin) (?:me|us|him|her|them|the kids|the children|my \w+) to (?:school|nursery)\b",
         requires=r"^(?!.*\b(?:bus|walk\w*|cycle|bike|old enough|lift|myself|train|taxi|car share)\b)"),
    # a home unfit for small children: "no cot for the baby, dog mess on the floors"
    rule("neglect.home_conditions", "neglect", C,
         r"\bno (?:cot|crib|moses basket|cot bed) for (?:the|her|his|their|my) (?:baby|babies|toddler|little one)\b"
         r"|\b(?:dog|dogs|cat|animal) (?:mess|muck|poo|poop|dirt|faeces|excrement|urine)\b(?: \w+){0,2} (?:on|all over|everywhere|across)\b",
         requires=r"\b(?:baby|babies|kids|children|child|toddler|under 5s|under fives|bairns|weans|little ones|\d+ year old)\b"),
    # a drunk carer asleep with the pan on: "she fell asleep with the chip pan on last week"
    rule("neglect.asleep_with_the_pan_on", "neglect", C,
         r"\b(?:fell|falls|falling|fallen|passed out|passes out) (?:asleep )?with (?:the |a )?(?:chip pan|pan|hob|cooker|oven|grill|fag|cigarette|candle|ciggie|fire)s? (?:on|lit|going|still on|burning|in (?:her|his) hand)\b"),
    # sent away to sell: "they sent me OT to some place in norfolk"; "i used to carry for him and his mates still message me"
    rule("exploitation.sent_ot", "exploitation", C,
         r"\b(?:sent|sends|sending|send|took|taken|takes) (?:me|him|her|us|them|my \w+) (?:ot|out of town|country)\b|\bused to (?:carry|run|sell|hold) for (?:him|them|his mates|the lads|older)\b",
         requires=r"^(?!.*\b(?:out of it|got out|moved (?:area|away)|(?:years?|months) (?:ago|back)|a year|apprenticeship)\b)"),
    # a baby withdrawing, a parent using with a baby: "baby's in nicu withdrawing", "i used yesterday"
    # (not a question about it: "will my baby have withdrawal if im on subutex", "the signs of a baby withdrawing")
    rule("pregnancy_hidden_use.baby_withdrawing", "pregnancy_hidden_use", C, r"\bwithdrawing\b",
         requires=r"^(?=.*\b(?:baby|babys|newborn|nicu|scbu|special care|neonatal)\b)"
                  r"(?!.*\b(?:money|cash|bank|college|course|school|application|consent|offer|signs?|what|how|will|would|training|exam|revising|leaflets?)\b)",
         resolvable=True),
    rule("pregnancy_hidden_use.used_with_a_baby", "pregnancy_hidden_use", C,
         r"\b(?:i|ive|i have) (?:used|relapsed|been using|slipped up)(?: again)?(?= (?:yesterday|last night|this morning|today|at the weekend|again|on \w+day)\b|\s*$|\s*[.,!?])",
         requires=r"\b(?:baby|babys|newborn|pregnan\w*|bump|special care|nicu|scbu|midwife|health visitor)\b"),
    # "Dad turned up to collect him clearly under the influence"
    rule("drug_use_around_children.collecting_intoxicated", "drug_use_around_children", C,
         r"\b(?:turned|turns|turning|showed|shows) up (?:to (?:collect|pick up|get)|at (?:the )?(?:school|nursery|gates|pick ?up|contact))\b|\bcame to (?:collect|pick up)\b",
         requires=r"^(?=.*\b(?:under the influence|drunk|intoxicated|smelling of (?:alcohol|drink)|smelt of (?:alcohol|drink)|off (?:his|her) face|high|slurring|stoned|wasted|unsteady|steaming|mortal|blootered|smashed|hammered|legless|paralytic|(?:could )?(?:barely|hardly) stand)\b)"
                  r"(?!.*\b(?:policy|policies|template|procedure|protocol|how do (?:other|you|we)|what should|what do (?:we|i|staff) do if)\b)"),
    # "she told the police the lad made her sleep with his mates"
    rule("sexual_abuse.made_to_sleep_with", "sexual_abuse", C, r"\bmade (?:her|him|me|them) (?:sleep|have sex|do stuff) with\b"),
    # a child protection enquiry under way
    rule("abuse.child_protection_enquiry", "abuse", C, r"\b(?:s47|section 47)\b(?!.*\b(?:nfa|no further action)\b)",
         requires=r"^(?!.*\b(?:nfa|no further action)\b)", topic=True, resolvable=True),
    # a child doing an adult's care: "caring for two younger siblings full time" (a student of 17), "my mammy drinks so
    # much she wets the bed and I have to change the sheets before school"
    rule("neglect.young_carer_full_time", "neglect", C,
         r"\b(?:caring for|looking after|bringing up|raising)\b(?: \w+){0,3} (?:siblings|brothers|sisters|kids|children)\b(?: \w+){0,2} (?:full time|on (?:his|her|their|my) own|by (?:himself|herself|myself))\b",
         requires=r"\b(?:aged 1[0-7]|1[0-7] ?(?:yo|year old|yr old|years old)|student|pupil|im 1[0-7]|year (?:[7-9]|1[0-3])|y(?:[7-9]|1[0-3])|sixth form)\b"),
    rule("neglect.young_carer_intimate_care", "neglect", C,
         r"\b(?:i|we) (?:have to|has to|got to|gotta) (?:change|wash|clean) (?:the|her|his|their|mums|dads) (?:sheets|bed|bedding|sick|vomit|wee|pee|mess)\b",
         requires=rf"\b(?:{INTOXICATED}|drinks?|drinking|drink|using|gear|wets? the bed|sick|im (?:[5-9]|1[0-7]))\b"),
    # --- from train_written_cm, cn and cp (the line between concern and emergency, the inbox, short messages) ----
    rule("domestic_abuse.broke_a_bone", "domestic_abuse", C,
         r"\b(?:dad|da|stepdad|he|boyfriend|partner|husband|fella|ex|uncle)s? (?:\w+ )?(?:broke|broken|fractured|cracked) (?:my |her |his |mums |mams |my mums |my mams )(?:nose|jaw|arm|ribs?|wrist|cheekbone|eye socket|fingers?)\b",
         physical=True),
    # a young child doing a nurse's work: "i change my mams bandages n sort her tablets, im 9"
    rule("neglect.young_carer_medical", "neglect", C,
         r"\b(?:i|we) (?:change|do|sort|give (?:her|him)|sort out) (?:my |her |his |mams |mums |dads )?(?:mams |mums |dads )?(?:bandages|dressings|injections?|tablets|meds|medication|catheter|colostomy bag|stoma)\b",
         requires=r"\bim (?:[5-9]|1[0-3])\b|\b(?:[5-9]|1[0-3]) ?(?:yo|year old|yr old|years old)\b"),
    # health needs not met: "mum doesnt take my sister for her jabs", "hasnt been to the doctor about his ear, its oozing"
    rule("neglect.health_needs", "neglect", C,
         r"\b(?:doesnt|dont|never|wont|hasnt|havent|didnt) (?:take|taken|took) (?:me|us|him|her|them|my \w+) (?:to|for) (?:her |his |my |their |the |any )?(?:jabs|vaccinations|injections|immunisations|checkups|check ups|doctor|dentist|appointments|hospital appointments)\b"
         r"|\b(?:mum|mam|dad|da|she|he|nobody|no one)(?: \w+)? (?:wont|doesnt|never|didnt) (?:get|buy|give) (?:me |us |him |her )?(?:my |the |any )?(?:cream|medicine|inhaler|glasses|prescription|antibiotics)\b"
         r"|\b(?:nobody|no one|noone) (?:got|gets|bought|buys|fixed|replaced) (?:me|us|him|her) (?:new|any)\b"
         r"|\b(?:nobody|no one|noone) (?:signs|gets|buys|washes|irons|sorts) (?:my|our) (?:forms|uniform|shoes|clothes|school stuff|dinner money)\b"),
    rule("neglect.not_seen_a_doctor", "neglect", C,
         r"\b(?:hasnt|havent|not|never) (?:been|gone) to (?:the )?(?:doctor|doctors|gp|dentist|hospital)\b",
         requires=r"\b(?:oozing|pus|infected|infection|swollen|bleeding|rotten|sore|hurts|hurting|pain|fever|temperature|rash)\b"),
    # "on my own since friday"
    rule("child_alone.since_a_day", "child_alone", C,
         r"\b(?:on my own|on our own|alone|by myself|home alone) since (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|the weekend|yesterday|last night)\b"),
    # self-harm going on: "scratching again, not deep"
    rule("self_harm.again", "self_harm", C, r"\b(?:cutting|burning|scratching|hitting myself|harming)(?: myself)? again\b",
         requires=r"\b(?:not deep|not bad|myself|arms?|wrists?|legs?|thighs?|blood|bleed\w*|marks|scars|cuts)\b"),
    rule("neglect.one_meal_a_day", "neglect", C, r"\b(?:one|1) meal a day\b|\bonly (?:eat|get|have) (?:once a day|one meal)\b"),
    # --- from train_written_cq to ct --------------------------------------------------------------------------
    # hidden use told as a lie to the midwife: "i binge at weekends, drink and coke, i tell the midwife im sober"
    rule("pregnancy_hidden_use.told_the_midwife_im_sober", "pregnancy_hidden_use", C,
         r"\b(?:tell|told|telling|say|said) (?:the |my )?(?:midwife|gp|doctor|health visitor|hospital) (?:that )?(?:im|i am|i was|i dont|i do not|i never|i dont do) (?:sober|clean|not (?:using|drinking)|fine|dry|off it|drugs|drink)\b"),
    # "im worried my 4 year old will find my stuff, ive hidden it but i use most days"
    rule("drug_use_around_children.child_might_find", "drug_use_around_children", C,
         r"\b(?:will|might|could|may|gonna|going to) find (?:my|his|her|the|our) (?:stuff|gear|drugs|pills|tablets|bars|needles|works|stash|methadone|coke|crack)\b",
         requires=rf"\b(?:[1-9] ?(?:year old|yr old|yo)|baby|toddler|little one|kids|children|son|daughter|{CHILD})\b"),
    # "mum didnt come home for three days... so i was on my own"
    rule("child_alone.not_home_for_days", "child_alone", C,
         r"\b(?:didnt|hasnt|never|wont|not|doesnt) (?:come|came|been|coming) (?:home|back)\b(?: \w+){0,2} (?:for|in) (?:\d+|two|three|four|five|a few|several|a couple of) (?:days|nights)\b"),
    # "he says he'll take us away somewhere mum will never find us if she tells anyone"
    rule("abuse.threat_to_take_the_children", "abuse", C,
         r"\b(?:take|taking|took) (?:us|me|the kids|them|the children|the baby|the boys|the girls) (?:away )?(?:somewhere )?(?:where )?(?:mum|mam|dad|da|she|he|you|they|nobody|no one)(?: will| would|ll)? never find\b"),
    # --- from train_written_cu to cx (hard cases, short messages, the report, the line between the two) -----------
    # "the county boys said ill be safe if i keep their phone"
    rule("exploitation.keep_their_phone", "exploitation", C, r"\b(?:keep|keeping|hold|holding|mind|minding) (?:their|his|the lads|the) (?:phone|burner|stash|gear|package|bag)\b",
         requires=r"\b(?:county|boys|lads|olders|elders|dealers?|line|gang|opps|safe)\b"),
    # a young child at a parent's drugs: "on a methadone script and my 4 year old keeps going in my bag"
    rule("drug_use_around_children.child_at_my_bag", "drug_use_around_children", C,
         r"\b(?:keeps|keep|always|kept) (?:going|getting|looking|climbing) (?:in|into) (?:my|her|his|mums|dads) (?:bag|handbag|drawer|stash|cupboard)\b",
         requires=r"^(?=.*\b(?:methadone|script|gear|pills|tablets|bupe|subutex|bars|needles|works|drugs|coke|crack)\b)(?=.*\b(?:[1-9] ?(?:year old|yr old|yo)|baby|toddler|little one)\b)"),
    # someone else's past self-harm, told by the carer: "she used to hurt herself at her mum's"
    rule("self_harm.used_to_told_by_a_carer", "self_harm", C,
         r"\b(?:she|he|they) used to (?:cut|hurt|harm|burn|scratch) (?:herself|himself|themselves)\b"),
    # "daddy gave me a sleepy drink so he could go out"
    rule("drug_use_around_children.sleepy_drink", "drug_use_around_children", C,
         r"\b(?:gave|gives|give|giving) (?:me|him|her|us|them|the baby|the kids) (?:a |some )?(?:sleepy|special|funny|magic|grown ?up) (?:drink|juice|medicine|sweets?|tablets?|milk)\b"),
    # "my sister's boyfriend sells coke out of their flat and my niece who's 6 lives there"
    rule("drug_use_around_children.selling_from_home", "drug_use_around_children", C,
         r"\b(?:sells?|selling|deals?|dealing)\b(?: \w+)? (?:out of|from) (?:their|the|his|her|our|my|mums|dads) (?:flat|house|home|kitchen|bedroom)\b",
         requires=rf"\b(?:[1-9]|1[0-7]|kids|children|baby|niece|nephew|grandson|granddaughter|son|daughter|brother|sister|{CHILD})\b"),
    # "opps got my cousin last year, thats why i carry"
    rule("weapon.why_i_carry", "weapon", C, r"\b(?:thats why|so|cos|because) i (?:carry|have to carry|started carrying)\b"),
    # --- from train_written_cy to dr (stop 24) ---
    # an injury story that does not fit: "mam says the bruises on my brothers legs are from football but he doesnt play football"
    rule("abuse.injury_story_does_not_fit", "abuse", C,
         r"\b(?:bruises?|marks?|cuts?|burns?|black eye|welts?)\b(?:\W+\w+){0,6}?\W+(?:are |were |is |was )?(?:from|off) (?:\w+ ){0,2}\w+ but (?:he|she|they|i|we) (?:even )?(?:doesnt|dont|never|didnt|hasnt|havent|isnt|wasnt)\b"),
    # children coached for a visit: "mum gets us to practise what to say before the social worker comes"
    rule("abuse.coached_what_to_say", "abuse", C,
         r"\b(?:practise|practice|rehearse|rehearsing|practising|practicing|tells? us|told us|makes? us|made us|gets? us to (?:practise|practice|say))\b(?: \w+){0,3} what to say (?:to|before|when|if) (?:the )?(?:social ?workers?|social|teachers?|police|school|health visitor|nurse|doctor|gp)\b"),
    # drugs left where a small child can get them: "dads weed gummies are always on the side where my wee sister can get them"
    rule("drug_use_around_children.within_reach", "drug_use_around_children", C,
         r"\b(?:gummies|edibles|pills|tablets|methadone|gear|drugs|weed|coke|powder|baggies|his stash|her stash)\b(?:\W+\w+){0,8}?\W+where (?:my |the |our )?(?:wee |little |baby |younger )?(?:sister|brother|baby|toddler|kids|little ones|wee ones|son|daughter|cousin) (?:can|could) (?:get|reach|find|grab)\b"),
    # a parent who cannot remember feeding the baby: "a cannae mind if a fed her yesterday, am in a right state"
    rule("neglect.cannot_remember_feeding", "neglect", C,
         r"\b(?:cant|dont|cannot|cant even) (?:remember|mind|recall) (?:if|whether|when) (?:i|a|we) (?:last )?(?:fed|changed) (?:her|him|the baby|them|the wean|the bairn|my \w+)\b"),
    # children taken along to buy drugs: "the kids are always with us when we score"
    rule("drug_use_around_children.taken_to_score", "drug_use_around_children", C,
         r"\b(?:kids|children|baby|weans|bairns|little ones|wee ones|son|daughter)\b(?: \w+){0,3} (?:with (?:us|me|her|him|them)|in the car|in the pram|along)(?: with (?:us|me|her|him|them))? when (?:we|i|she|he|they) (?:score|scores|scored|buy|pick up|meet (?:the|our|my) dealer)\b"),
    # an urge tonight after a gap: "i havent self harmed for 3 weeks but tonight i really want to"
    rule("self_harm.urge_after_a_gap", "self_harm", C,
         r"\b(?:havent|not|hasnt) (?:self ?harmed|cut|hurt (?:myself|himself|herself))\b(?: \w+){0,4} but (?:\w+ ){0,3}(?:want to|wanna|need to|feel like (?:doing it|it)|going to|gonna)\b"),
    # thoughts of an overdose, not one taken: "been thinking about overdosing a lot lately"
    rule("suicidal_thoughts.thinking_about_overdosing", "suicidal_thoughts", C,
         r"\b(?:thinking|thought|think|thoughts) (?:about|of) (?:overdosing|taking an overdose|an overdose)\b",
         escalate=r"\b(?:tonight|right now|rn|got (?:the|my|them|enough) (?:pills|tablets))\b", escalate_category="suicide"),
    # self-harm a carer sees: "came back from her mums with cuts on her arms, says she did them herself"
    rule("self_harm.marks_they_made", "self_harm", C,
         r"\b(?:cuts|marks|scratches|scars|burns) (?:all )?(?:on|up|over) (?:her|his|my|their) (?:arms?|legs?|wrists?|thighs?|stomach|tummy)\b"
         r"(?=.*\b(?:did (?:them|it|that) (?:herself|himself|myself|themselves)|self ?harm\w*|cutting|cuts (?:herself|himself|myself))\b)"),
    # sexual abuse told in a child's words: "used to leave her with strange men who made her do rude things"
    rule("sexual_abuse.made_to_do_rude_things", "sexual_abuse", C,
         r"\b(?:made|make|makes|making) (?:me|her|him|them|us) do (?:rude|sexual|dirty|naughty|private|bad) (?:things|stuff)\b"),
    # a child's hospital care dropped: "since mums been on the drink shes stopped going to my sisters hospital appointments"
    rule("neglect.appointments_stopped", "neglect", C,
         r"\bstopped (?:going to|taking (?:her|him|them|me|us|my \w+|the \w+) to) (?:my |his |her |the |our )?(?:\w+ ){0,2}(?:hospital |clinic |gp |doctors |diabetes |asthma )?(?:appointments|check ?ups)\b"),
    # --- stop 25: from the fifteen held-out sets read at stop 25 (now dev19-dev33) -------------------------------
    # a child made to undress and filmed: "mums old boyfriend used to make him take his clothes off and film him"
    rule("sexual_abuse.made_to_undress", "sexual_abuse", C,
         r"\b(?:make|made|makes|making|told|tells|forced|forces|gets|got) (?:me|him|her|them|us) (?:to )?(?:take|took|taking) (?:off )?(?:my|his|her|their|our) (?:clothes|top|pants|knickers|trousers|underwear|kit) off\b"
         r"|\b(?:film|filmed|films|filming|photograph\w*|takes? pictures of|took pictures of|takes? photos of|took photos of) (?:me|him|her|them|us)\b(?=.*\b(?:clothes off|naked|undressed|undressing|in the bath|no clothes|in (?:my|his|her|their) (?:pants|underwear))\b)"),
    # hit by a drinking parent, in a dialect word: "my das on the bottle and hes been belting me"
    rule("abuse.belting", "abuse", C,
         r"\b(?:belting|belted|belts|leathering|leathered|leathers|skelping|skelped|skelps|walloping|walloped|wallops|thumping|thumped|thumps|lamping|lamped|lamps) (?:me|us|him|her|my (?:wee |little |baby |younger )?(?:brother|sister|sis|bro|son|daughter|mum|mam))\b(?! (?:heart|lungs|out)\b)(?! (?:at|in) (?:fifa|football|tennis|pool|darts|chess|cards|table tennis|ping pong|the game))",
         physical=True,
         escalate=r"\b(?:belting|leathering|skelping|walloping|thumping|lamping) (?:me|us|him|her|my \w+)\b(?=.*\b(?:screaming|right now|rn|help me|help us|now)\b)", escalate_category="violence"),
    # a child doing a parent's work: "she makes her little brothers tea every night as mum is always asleep"
    rule("neglect.young_carer_feeds_siblings", "neglect", C,
         r"\b(?:makes?|making|made|cooks?|cooking|cooked|does|doing|sorts?|gets?|getting) (?:the |her |his |my |their )?(?:little |wee |younger |baby )?(?:brothers?|sisters?|siblings?|bros?|sis)s? (?:tea|dinner|breakfast|meals|lunch|bottles?)\b",
         requires=r"\b(?:asleep|in bed|drunk|out of it|passed out|using|drinking|high|not up|doesnt get up|wont get up|cant get up|never cooks|doesnt cook|too ill|on the drink|hungover|im (?:[5-9]|1[0-3]))\b"),
    rule("neglect.raising_siblings", "neglect", C,
         r"\b(?:basically |practically |pretty much |kind of |sort of )?(?:raising|bringing up|parenting|mothering) (?:my |our )?(?:\w+ )?(?:little |younger |wee )?(?:sisters|brothers|siblings|sister|brother|sis|bro)\b",
         requires=r"^(?=.*\b(?:im (?:[89]|1[0-7])|i am (?:[89]|1[0-7]))\b)(?!.*\b(?:sisters|brothers) (?:kids|boys|girls|children|two|three|\d+)\b)"),
    # using while the only adult: "i sometimes drink when im the only adult with the baby"
    rule("drug_use_around_children.using_as_the_only_adult", "drug_use_around_children", C,
         r"\b(?:drink|drinking|drank|use|using|used|high|drunk|smoke weed|smoking weed|take something|taking something)\b(?: \w+){0,3} (?:when|while|whilst) (?:im|i am|im the|i am the|i was|i was the) (?:the )?(?:only (?:adult|one|grown ?up)|on my own|alone|by myself) (?:with|looking after|minding|in charge of) (?:the |my |our )?(?:baby|kids|children|toddler|little ones|son|daughter|boys|girls|twins)\b"),
    # an injury with a story that does not hold: "a 4 year old with a burn and an inconsistent story"
    rule("abuse.inconsistent_account", "abuse", C,
         r"\b(?:inconsistent|changing|conflicting|implausible|odd|strange|vague) (?:story|stories|explanation|explanations|account|accounts|history)\b",
         requires=r"\b(?:burns?|bruis\w*|marks?|injur\w*|fracture\w*|broken|cuts?|black eye|scald\w*|bite)\b"),
    # drugs, then driving a child: "my mum put coke up her nose then drove me to football"
    rule("drug_use_around_children.used_then_drove", "drug_use_around_children", C,
         r"\b(?:coke|charlie|a line|lines|gear|weed|a joint|joints|spliff|ket|crack|speed|mdma)\b(?:\W+(?!never\b|not\b|doesnt\b|dont\b|wont\b|didnt\b|but\b)\w+){0,6}?\W+(?:then |and then |before |after that |and )?(?:drove|drives|driving|drive) (?:me|us|the kids|the children|them|him|her|my (?:wee |little )?\w+)\b",
         escalate=r"\b(?:right now|rn|about to|in the car now|were in the car now)\b|\b(?:driving|drives) (?:them|us|me|the kids|the children|her|him)\b(?: \w+){0,4} now\b", escalate_category="violence"),
    # a child who found the drugs: "my 9 year old found my stash last week and thought it was sherbet"
    rule("drug_use_around_children.child_found_drugs", "drug_use_around_children", C,
         r"\b(?:son|daughter|boy|girl|kids?|children|toddler|baby|brother|sister|grandson|granddaughter|(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten) (?:year|yr) old|little one|wee one)\b(?: \w+){0,2} (?:found|got hold of|got into|picked up|was playing with|has been playing with) (?:my|her|his|their|mums|dads|mams|the) (?:stash|gear|drugs|pills|coke|weed|methadone|needles|works|baggies|bag of \w+|spoons|foil)\b(?! of (?:sweets|chocolate|crisps|snacks|biscuits|money|presents|sweeties))",
         # ...and took some: "found my methadone in my bag and had a swig, hes getting very sleepy"
         escalate=r"(?<!didnt )(?<!did not )(?<!dont think he )(?<!dont think she )\b(?:ate|eaten|eating|swallowed|drank|drunk|took some|taken some|sniffed|licked|had a (?:swig|sip|taste|bit|few)|had some|sleepy|drowsy|floppy|wont wake|cant wake|bottles empty|bottle is empty)\b",
         escalate_category="child_took_drugs"),
    # cheating a drug test for the midwife or the court: "how do i pass the drug test at the antenatal clinic"
    rule("pregnancy_hidden_use.pass_the_test", "pregnancy_hidden_use", C,
         r"\b(?:pass|cheat|beat|fake|get round|get around|get past|trick|swap|clean out for) (?:the |a |my |this |their )?(?:drug|drugs|urine|wee|hair|piss|swab|saliva) (?:tests?|screens?)\b",
         requires=r"\b(?:antenatal|ante natal|midwife|midwives|pregnan\w*|maternity|baby|bump|booking|scan|social|contact|court|kids|children)\b"),
    # using with children in the house: "i do coke at the weekends with my mates at mine, the kids are in their rooms"
    rule("drug_use_around_children.using_with_children_home", "drug_use_around_children", C,
         r"\b(?:do|doing|did|take|taking|smoke|smoking|use|using|sniff|snort|snorting|sniffing|rack up|racking up)\b (?:coke|charlie|lines|gear|ket|mdma|crack|speed|mandy)\b"
         r"(?=.*\b(?:kids|children|baby|son|daughter|weans|bairns|little ones|wee ones)\b(?: \w+){0,3} (?:are |is |were |was )?(?:in (?:their|his|her|the) (?:rooms?|beds?|cot)|asleep|upstairs|in bed|in the house|at home|in the next room|downstairs))"),
    # grooming with travel paid: "someone from online sent me a train ticket to come see him in manchester"
    rule("exploitation.ticket_to_meet", "exploitation", C,
         r"\b(?:sent|sending|bought|buying|booked|booking|paying for|paid for|pay for|buy|send|get|got|getting) me (?:a |the )?(?:train|bus|coach|plane|taxi|uber)(?: tickets?| fare)?\b(?:\W+\w+){0,4}?\W+(?:to (?:come|go) (?:and )?(?:see|meet|stay with|visit)|to (?:his|her|their) (?:place|flat|house))\b",
         requires=r"\b(?:online|met on|snapchat|snap|insta|instagram|tiktok|discord|roblox|game|gaming|older|app|weed|never met|from the internet)\b"),
    # a pregnancy kept from services: "hiding my pregnancy from everyone including the drug team"
    rule("pregnancy_hidden_use.hiding_the_pregnancy", "pregnancy_hidden_use", C,
         r"\bhid(?:ing|e|den|es)? (?:my|the|this|her) (?:pregnancy|bump)\b",
         requires=r"\b(?:drug|drugs|using|methadone|script|drink|drinking|keyworker|key worker|team|everyone|midwife|social|gp|services|worker)\b"),
    # a carer who has not fed the children: "shes no fed us since sunday", "mum hasnt fed us today"
    rule("neglect.not_fed_us", "neglect", C,
         r"\b(?:shes|hes|she|he|mum|mam|mums|mams|dad|dads|da|das|maw|they|theyve|theyre|nan|gran)(?: has| have| is| s)? (?:not|hasnt|havent|never|didnt|not been) (?:fed|feeding|feed|cooked for|given (?:us|me|them) (?:any )?(?:food|tea|dinner|anything to eat)) ?(?:us|me|the (?:kids|baby|bairns|weans|little ones)|them|my (?:little |wee |baby )?(?:brother|sister|brothers|sisters|siblings))\b(?=.*\b(?:since|today|all day|yesterday|for (?:two|three|2|3|days)|days)\b)"),
    # a threat that keeps a child quiet: "his dad told him hed kill him if he ever talked to social workers"
    rule("abuse.threatened_for_telling", "abuse", C,
         r"\b(?:kill|hurt|batter|beat|murder|do) (?:him|her|them|me|us)\b(?: \w+){0,2} if (?:he|she|they|i|we|you) (?:ever )?(?:told|tell|tells|talked|talks|spoke|speaks|said anything|say anything|grassed|grasses)\b",
         requires=r"^(?!.*(?:\blol\b|\bhaha|\blmao\b|😂|🤣|\bwho (?:she|he) fancies\b))"),
    # --- stop 25, second round: from the training sets ds (short messages), dt (what is seen), du (the line) -------
    # a carer drunk or high as a habit, said short: "mams always blootered by teatime", "dads monged every time we visit"
    rule("drug_use_around_children.carer_always_intoxicated", "drug_use_around_children", C,
         rf"\b(?:mums?|mams?|dads?|das?|maws?|nans?|grans?|stepdads?|stepmums?|aunties?|uncles?|parents|carers?)(?: is| s| are| gets| get)?(?: always| constantly)? (?:{INTOXICATED}|clucking|cluckin|rattling)\b(?: \w+){{0,3}} (?:every (?:time (?:we|i) (?:visit|see (?:him|her|them))|morning)|by (?:teatime|lunchtime|dinner ?time|tea time))\b"
         r"|\b(?:mums?|mams?|dads?|das?|maws?|nans?|grans?|stepdads?|stepmums?)(?: s)? drinks? (?:til|till|until) (?:shes|hes|she is|he is|theyre) (?:sick|passed out|asleep on the floor)\b"
         r"|\b(?:clucking|cluckin|rattling) (?:and|n) (?:being |bein )?(?:nasty|shouting|screaming|violent|aggressive|horrible|mean)\b"
         r"|\b(?:no one|nobody|noone)(?: at home| in the house| here)? (?:is )?ever sober\b|\b(?:mums?|mams?|dads?|das?|parents) (?:is |s |are )?never sober\b"
         r"|\b(?:drinks|drinking|drunk|high|using) (?:at|during|before) (?:the )?contact(?: visits?)?\b"),
    # drugs left about: "house full of needles"
    rule("drug_use_around_children.needles_about", "drug_use_around_children", C,
         r"\b(?:house|flat|bathroom|kitchen|bedroom|place|room)(?: is| s)? (?:full of|covered in) (?:needles|syringes|foil|empties|bottles|cans|baggies)\b|\bneedles (?:everywhere|all over|on the floor|lying about|lying around|left out)\b"),
    # going hungry and cold: "havent eaten since friday", "we have to beg neighbours for food", "we sleep in coats"
    rule("neglect.hungry_and_cold", "neglect", C,
         r"\b(?:havent|have not|not|no|hasnt|has not|didnt) (?:eaten|had (?:any )?food|had anything to eat|had a proper meal)\b(?: \w+){0,2} (?:since (?:\w+ ){0,2}(?:yesterday|last night|last week|the weekend|this morning|(?:mon|tues|wednes|thurs|fri|satur|sun)day)|for (?:days|two days|three days|\d+ days))\b"
         r"|\bbeg(?:ging)? (?:the )?(?:neighbours|people|next door|friends|my mates) for (?:food|money|bread|milk)\b|\bsleep(?:ing)? in (?:our |my |their )?coats\b"),
    # a child with a much older partner: "my 15yo has a 24yo boyfriend"
    rule("exploitation.much_older_partner", "exploitation", C,
         r"\b(?:1[0-5]) ?(?:yo|year old|yr old|y o)s? (?:has|has got|is seeing|is going out with|is dating|is with) (?:a |an )?(?:(?:1[89]|[2-9]\d) ?(?:yo|year old|yr old)|grown man|older man) (?:boyfriend|girlfriend|bf|gf|fella|man|guy)?\b"
         r"|\b(?:im|i am|shes|hes|she is|he is) (?:1[0-5])\b(?: \w+){0,3} (?:my|her|his) (?:boyfriend|girlfriend|bf|gf|fella) (?:is|s) (?:1[89]|[2-9]\d)\b"),
    # smoking around a baby: "my auntie smokes weed around the baby"
    rule("drug_use_around_children.smoking_round_the_baby", "drug_use_around_children", C,
         r"\bsmok(?:es|ing|e) (?:weed|spliffs?|joints?|crack|cannabis|spice|skunk|pot)\b (?:around|near|in front of|next to|with|beside) (?:the |my |our |her |his )?(?:baby|kids|children|toddler|wee one|little one|newborn|bairn|wean)\b"),
    # an adult giving children drugs: "my mates dad gave us coke at his house"
    rule("exploitation.adult_gives_drugs", "exploitation", C,
         r"\b(?:dad|mum|uncle|stepdad|older (?:guy|man|lad|lads|boys?)|man|men|guy|bloke|boyfriend|neighbour)\b(?: \w+){0,2} (?:gave|gives|giving|offered|offers|sold|sells) (?:us|me|my (?:son|daughter|mates?|friends?|sister|brother)|them) (?:some )?(?:coke|charlie|weed|ket|mdma|gear|spice|vapes? with \w+|edibles)\b",
         escalate=r"\b(?:turned up|is outside|waiting (?:for me|outside)|says im coming|making me (?:go|come)|right now|tonight)\b", escalate_category="exploitation"),
    # --- stop 25, third round: from dv (short messages), dw (misleading words), dx (people), dy (in passing) -------
    # a carer not sober for weeks: "i havent seen my mum sober in weeks" (drinking every night alone is, in the
    # older sets, a worry to talk about: "my dad drinks every night and im 14, is there anyone i can talk to")
    rule("drug_use_around_children.not_sober_for_weeks", "drug_use_around_children", C,
         r"\b(?:havent|have not|not|never) seen (?:my |our )?(?:mum|mam|dad|da|mother|father|nan|gran|her|him|them) sober (?:in|for) (?:weeks|days|months|ages|a long time)\b"),
    # money for drugs before the children: "mum sells her script and we go without", "mum pawned my xbox for gear"
    rule("neglect.drugs_before_the_children", "neglect", C,
         r"\b(?:sells?|sold|selling) (?:her|his|their|my) (?:script|methadone|meds|tablets)\b|\b(?:pawned|sold|selling|sells) (?:my|our|the kids|her kids|his kids) \w+ (?:for|to (?:buy|get|pay for)) (?:gear|drugs|drink|booze|crack|coke|weed|bags)\b"
         r"|\b(?:we|kids|children|i) (?:go|goes|went|going) without\b(?=.*\b(?:drink|drugs|gear|script|booze|crack|using|bottle)\b)"),
    # a child taken to a dealer, or given a parent's drugs: "my nephews mam takes him to her dealers", "dad shares his spliffs
    # with me n im 12"
    rule("drug_use_around_children.child_taken_to_dealers", "drug_use_around_children", C,
         r"\b(?:takes|took|taking|brings|brought) (?:him|her|them|me|us|the kids|the baby) (?:to|round to|with (?:her|him) to) (?:her|his|their|the) (?:dealers?|dealers house|dealers flat)\b"
         r"|\b(?:shares?|shared|sharing|passes|gives) (?:his|her|their) (?:spliffs?|joints?|weed|cans|voddy|vodka|pills) (?:with )?(?:me|us|him|her)\b"),
    # self-harm again, said short: "cut again last night"
    rule("self_harm.cut_again", "self_harm", C,
         r"^\W*(?:i |ive |i have )?(?:cut|burnt|burned|scratched) (?:myself )?again\b"),
    # neglect in a child's words: "i never have clean clothes for school"
    rule("neglect.no_clean_clothes", "neglect", C,
         r"\b(?:never|dont|do not|havent|rarely) (?:have|got|get|had) (?:any )?clean (?:clothes|uniform|school uniform|pants|socks|knickers)\b"),
    # --- stop 25, fourth round: from dz (short messages) and ea (misleading words) ------------------------------
    # a child used to move drugs: "hes being used to move drugs i think"
    rule("exploitation.used_to_move_drugs", "exploitation", C,
         r"\b(?:being|been|getting) used to (?:move|carry|sell|deliver|hold|run|drop) (?:drugs|gear|stuff|packages|parcels|bags|weed|coke)\b"),
    # a home in squalor: "our kitchen is full of rubbish and flies"
    rule("neglect.home_in_squalor", "neglect", C,
         r"\b(?:house|flat|kitchen|home|bedroom|place|room|bathroom)(?: is| s)? (?:full of|covered in|crawling with) (?:rubbish|flies|maggots|dog mess|dog poo|dog dirt|mould|bin bags|rotten food|mice|rats|cockroaches)\b"),
    # being shown sexual material: "uncle shows me videos i dont like"
    rule("sexual_abuse.shown_videos", "sexual_abuse", C,
         r"\b(?:shows?|showed|showing|made me watch|makes me watch|making me watch) (?:me |us |her |him )?(?:videos|vids|pictures|pics|photos|films|stuff|things|porn|rude \w+|dirty \w+)\b(?: (?:i|we|she|he) (?:dont|didnt|do not|did not) (?:like|want)|(?: on (?:his|her) phone)? when (?:no one|nobody|mum|mam)(?: is|s)? (?:around|about|out|in|looking))\b"
         r"|\b(?:shows?|showed|showing|made me watch|makes me watch) (?:me |us |her |him )?(?:porn|rude videos|dirty videos|sex videos)\b"),
    # a drink or drug problem in pregnancy: "got a wee bit of a drink problem and im 18 weeks, scared of social services"
    rule("pregnancy_hidden_use.problem_in_pregnancy", "pregnancy_hidden_use", C,
         r"\b(?:ive got|i have|got|i have got|ive|theres)(?: a| a bit of a| a wee bit of a| a bit of| a real)? (?:drink|drinking|drug|drugs|alcohol) problem\b",
         requires=r"\b(?:(?:\d+|twenty|thirty) (?:weeks|wks)(?: pregnant| gone)?|pregnant|expecting|bump|midwife|antenatal)\b"),
    # --- stop 26, first round: from eb, ec, ed, ee, ef, eg, eh, ei -------------------------------------------------
    # a parent or carer always out of it: "dads always monged on the sofa", "me mams always mortal" (not a friend's
    # parent at a party, nor a parent told as in the past)
    rule("drug_use_around_children.always_out_of_it", "drug_use_around_children", C,
         r"(?<!boyfriends )(?<!girlfriends )(?<!mates )(?<!friends )(?<!pals )\b(?:mum|dad|mums|dads|stepdad|stepdads|stepmum|stepmums|nan|nans|grandad|grandads|parents|carer|uncle|uncles|auntie|aunties)"
         r"(?: is|s| are)? (?:always|constantly|permanently|forever|never not) (?:monged|gouching|gouched|mortal|steaming|steamin|wasted|blootered|buckled|hammered|paralytic|wrecked|pished|out of it|off (?:her|his|their) (?:face|faces|head|heads|nut|tits|trolley))\b",
         requires=r"^(?!.*\b(?:at (?:weddings|parties|family parties|christmas|birthdays|the footy|the match|parents evening|the weekends?)|on (?:a|his|her) (?:night out|birthday|holiday|friday|saturday)|on (?:fridays|saturdays|a friday|a saturday)|lol|your (?:mum|dad|mam|da)s?|ur (?:mum|dad|mam|da)s?|seems fine|well fed)\b)",
         resolvable=True, topic=True),
    # using on top of a script: "dads on script but still uses on top"
    rule("drug_use_around_children.using_on_top", "drug_use_around_children", C,
         r"\b(?:uses|using|use|takes|taking|tops? up|topping up|buys|buying|smokes|smoking|injects|injecting|drinks|drinking)\b(?: \w+){0,3} on top\b(?! of (?:that|everything|the (?:bills|rent|work|job)|work|school))",
         requires=r"\b(?:script|methadone|meth|subutex|bupe|buprenorphine|espranor|prescription|prescribed)\b", resolvable=True, topic=True),
    # a phone broken or taken to stop a call: "he smashed my phone so i couldnt call anyone"
    rule("domestic_abuse.phone_taken_to_stop_a_call", "domestic_abuse", C,
         r"\b(?:smashed|smashes|broke|breaks|took|takes|hid|hides|snapped|threw|throws|stamped on|locked away) (?:my|mums|her|our|me) (?:phone|mobile)\b(?: \w+){0,2} (?:so|to stop) (?:i|she|we|me|her|us) (?:couldnt|cant|cannot|wouldnt|could not|calling|ringing|phoning|from)\b",
         physical=True),
    # spitting at someone at home: "he spits at me"
    rule("abuse.spits_at", "abuse", C,
         r"\b(?:he|she|dad|mum|stepdad|stepmum|boyfriend|partner|husband|uncle|grandad)(?: \w+)? (?:spits|spat|keeps spitting|has spat|was spitting) (?:at|on|in) (?:me|us|her|him|my (?:face|mum|sister|brother)|mum|mums face|my mums face)\b",
         physical=True),
    # drinking to get through the day while pregnant or caring: "i drink to get thru the day, baby due in may"
    rule("pregnancy_hidden_use.drinks_to_get_through", "pregnancy_hidden_use", C,
         r"\b(?:drink|drinking|use|using|take something|smoke|need a drink) (?:just )?to (?:get|make it) through the day\b",
         requires=r"\b(?:pregnant|baby due|due in|(?:\d+|twenty|thirty) (?:weeks|wks)|bump|expecting|the kids|my kids|the baby|my baby|the children)\b", resolvable=True),
    # a child in the room where adults use: "mums pals were doing ket in my room"
    rule("drug_use_around_children.using_in_my_room", "drug_use_around_children", C,
         r"\b(?:doing|taking|smoking|snorting|injecting|using|sniffing|cooking|bagging up) (?:ket|coke|charlie|lines|gear|crack|smack|heroin|spice|pills|weed|drugs|it)\b(?: \w+){0,2} in (?:my|our|the kids|the childrens|my brothers|my sisters|the babys) (?:room|bedroom)\b",
         resolvable=True),
    # wanting to get away from the hitting: "counting the days to 18 so i can get away from his drinking n the hitting"
    rule("abuse.get_away_from_the_hitting", "abuse", C,
         r"\b(?:get away from|escape|escape from|away from|stop)\b(?: \w+){0,5} (?:the|his|her|their|all the) (?:hitting|beatings?|battering|slapping|punching|kicking|violence|belting)\b",
         physical=True),
    # not caring whether one wakes: "tbh i dont even care if i wake up tomorrow"
    rule("suicidal_thoughts.dont_care_if_i_wake", "suicidal_thoughts", C,
         r"\b(?:dont|do not|doesnt|wouldnt) (?:even |really |actually )?care if i (?:wake up|dont wake up|die|live|make it|never wake up|dont make it)\b",
         topic=True),
    # a threat to a young person: "the opps are gonna come for me this weekend"
    rule("violence.threatened_to_come_for_me", "violence", C,
         r"\b(?:opps|mandem|gang|lads|boys|they|olders|he|them)\b(?: \w+){0,2} (?:are |is )?(?:going to|gonna|will|coming to|gunna) (?:come for|jump|merk|shank|rush|wet|get|do|batter|beat up|stab) (?:me|him|my (?:son|brother|boy|lad))\b(?! (?:a|some|something|anything|presents?|a present|food|sweets)\b)",
         requires=r"\b(?:opps|mandem|gang|lads|olders|owe|debt|threat\w*|saying|said|told|messag\w*|snap\w*|after school|this weekend|tomorrow|jumped|scared|feart|worried)\b"),
    # an adult sharing drugs with a child: "my partner shares his coke with my 17 year old son"
    rule("drug_use_around_children.shares_with_a_child", "drug_use_around_children", C,
         r"\b(?:shares|shared|sharing|share|splits|split|gives|gave|giving) (?:his|her|their|a|some of (?:his|her|their)) (?:coke|charlie|weed|spliffs?|joints?|gear|pills|ket|vodka|cans|drink|lines|vape|wine|beer|cider)\b(?: \w+)? with (?:my|her|his|our|their|the) (?:\d+ (?:year old|yr old)|son|daughter|kids|children|boy|girl|lad|grandson|granddaughter|nephew|niece|stepson|stepdaughter)\b"),
    # drugs taken where a child sees: "my dad does drugs in the living room and my little sister sees"
    rule("drug_use_around_children.drugs_in_the_living_room", "drug_use_around_children", C,
         r"\b(?:does|do|doing|takes|take|taking|smokes|smoke|smoking|uses|use|using) (?:drugs|gear|crack|heroin|coke|spice|weed|smack|ket)\b(?: \w+){0,2} in (?:the|our|my) (?:living room|front room|lounge|kitchen|house|flat|home)\b(?=.*\b(?:sees|see|saw|watch\w*|in the room|there|around|can smell|while (?:we|i|they) (?:are|re|watch|eat))\b)",
         resolvable=True),
    # heavy drinking in pregnancy: "im on about half a bottle a day" (of vodka), pregnant
    rule("pregnancy_hidden_use.bottle_a_day", "pregnancy_hidden_use", C,
         r"\b(?:a|half a|one|two|\d+|a whole) (?:bottles?|litres?) (?:of \w+ )?(?:a|per|every) (?:day|night)\b|\b(?:a|half a|one|two) bottle (?:of \w+ )?(?:a|per|every) (?:day|night)\b",
         requires=r"\b(?:pregnan\w*|(?:\d+|twenty|thirty) (?:weeks|wks)|bump|expecting|baby due|due in)\b", resolvable=True),
    # a meeting asked for by a stranger online: "a guy on insta ... wants to meet me n my mate at the weekend without our parents"
    rule("exploitation.stranger_wants_to_meet", "exploitation", C,
         r"\b(?:wants|wanted|asked|asking|keeps asking|begging) (?:me |us |her |him )?to (?:meet|meet up|come and meet|come to (?:his|her) (?:house|flat|place|hotel))\b",
         requires=r"^(?=.*\b(?:online|insta|instagram|snap|snapchat|tiktok|discord|whatsapp|a game|roblox|fortnite|met on|a guy|a man|this man|this guy|older|scout|modelling|agent)\b)"
                  r"(?=.*\b(?:without (?:our|my|her|his) (?:parents|mum|dad|mam)|dont tell|not tell|secret|on (?:my|our) own|alone|(?:im|i am|shes|hes) (?:1[0-5]|[5-9])\b|\b(?:1[0-5]|[5-9]) ?(?:year old|yr old|yo)))"),
    # phones and work for someone else: "ive got three phones now ... the work one rings all night. im 15"
    rule("exploitation.phones_for_the_work", "exploitation", C,
         r"\b(?:(?:two|three|four|2|3|4) phones|(?:work|burner|line|shop) (?:phone|one) (?:rings|goes off|buzzes)|(?:a|another|the) burner (?:phone)?|phone for the (?:work|job|line))\b",
         requires=r"\b(?:(?:im|i am|hes|shes|aged?) (?:1[0-7]|[5-9])|(?:1[0-7]|[5-9]) ?(?:year old|yr old|yo)|school|knackered|money|paid|pays|work|job)\b"),
    # a bank account lent for money: "someone keeps saying theyll pay me to open a bank account and let them use it"
    rule("exploitation.bank_account_for_money", "exploitation", C,
         r"\b(?:open|opening|use|using|lend|borrow|borrowing|let them use) (?:a |my |your |his |her )?(?:bank account|account|bank card|card)\b(?=.*\b(?:pay|paid|pays|money|cash|£\d+|let them use|use it|for them)\b)",
         requires=r"\b(?:someone|a man|a guy|this guy|an account|a message|messaged|whatsapp|snap|insta|online|older|lads|(?:im|i am|hes|shes) (?:1[0-7]|[5-9]))\b", topic=True),
    # older lads paying for jobs: "got paid to throw eggs at a house for these older lads ... now they want us to do proper jobs"
    rule("exploitation.jobs_for_older_lads", "exploitation", C,
         r"\b(?:want|wants|asked|asking|told) (?:us|me|him|her|them) to do (?:proper |more |bigger |real |little |some )?(?:jobs|runs|drops|work|errands|favours)\b",
         requires=r"\b(?:older|olders|lads|men|gang|mandem|dealer\w*|paid|pay|money)\b"),
    # a job offer for carrying parcels: "an account saying they can get me a job paying £500 a week ... delivering parcels"
    rule("exploitation.parcels_for_money", "exploitation", C,
         r"\b(?:delivering|deliver|carry|carrying|drop off|dropping off|take|taking) (?:some |a few )?(?:parcels|packages|packs|bags)\b",
         requires=r"^(?=.*(?:£\d+|\b(?:money|paying|paid|pay|cash|easy money|quick money)\b))(?=.*\b(?:message|messaged|account|dm|dms|snap|insta|tiktok|online|someone|olders|older|lads)\b)", topic=True),
    # nobody notices a child out at night: "got stopped by the polis for walkin home at 1am ... mam didnt even notice i was out"
    rule("neglect.nobody_noticed_i_was_out", "neglect", C,
         r"\b(?:mum|dad|mums|dads|nan|she|he|they|parents)(?: \w+)? (?:didnt|doesnt|never|dont|did not|does not) (?:even )?(?:notice|noticed|know|realise|realised|care) (?:(?:that )?(?:i|im|i was|we were|were|hes|shes|he was|she was) (?:out|gone|missing|not home|not in|away|not back))\b"),
    # a fight that breaks things: "mammy and daddy had a fight and daddy broke the telly and went away"
    rule("domestic_abuse.fight_and_broke_things", "domestic_abuse", C,
         r"\b(?:had|having|were having|was having|have) (?:a |another |a big |a massive )?(?:fight|row|argument|barney|domestic)\b(?: \w+){0,4} (?:broke|smashed|threw|punched|kicked|ripped)\b(?: \w+){0,2} (?:the|a|my|her|his|our) (?:telly|tv|door|window|table|wall|phone|plates|glass|mirror|chair)\b",
         physical=True, resolvable=True),
    # a young person found with drugs far from home: "rang me from a police station in kent where hes been found with drugs"
    rule("exploitation.found_with_drugs_far_away", "exploitation", C,
         r"\b(?:found|caught|picked up|arrested|stopped) (?:with|carrying) (?:drugs|gear|a bag of \w+|bags of \w+|wraps|cash and drugs|a knife and drugs)\b",
         requires=r"\b(?:police station|miles away|another (?:town|city|county)|didnt (?:even )?know (?:he|she)(?:d| had) gone|on a train|county lines|(?:hes|shes|aged?) (?:1[0-7])|1[0-7] ?(?:year old|yr old|yo))\b"),
    # not eaten for days: "ive not ate since monday"
    rule("neglect.not_eaten_since", "neglect", C,
         r"\b(?:ive|i have|we|weve|we have|i|hes|shes|they|theyve)(?: not| havent| hasnt| not had| nae| no)? (?:ate|eaten|had (?:any )?(?:food|tea|dinner|anything to eat|a proper meal)) since (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|last night|the weekend|(?:\d+|two|three|four) days)\b",
         requires=r"\b(?:not|havent|hasnt|nae|no|never)\b"),
    # carrying a blade: "my mate carries a blade cos of the lads he runs for"
    rule("weapon.carries_a_blade", "weapon", C,
         r"\b(?:carries|carrying|carry|carried|started carrying|takes|taking) (?:a |his |her |their )?(?:blade|knife|shank|machete|nank|zombie knife|flick knife)\b(?! (?:and fork|block|sharpener))",
         requires=r"^(?!.*\b(?:chef|kitchen|cooking|fishing|camping|scouts|cubs|butcher)\b)", physical=True, resolvable=True),
    # stealing for a parent's habit: "shes stealing for her mums habit"
    rule("neglect.stealing_for_a_parents_habit", "neglect", C,
         r"\b(?:stealing|nicking|shoplifting|robbing|thieving|steal|nick|rob)\b(?: \w+){0,2} (?:to pay )?for (?:her|his|my|their|our) (?:mums|dads|mams|parents|das|mas|maws) (?:habit|gear|drugs|drink|fix|booze)\b"),
    # found out by the midwife: "what if the midwife finds out im on meth"
    rule("pregnancy_hidden_use.midwife_finds_out", "pregnancy_hidden_use", C,
         r"\b(?:midwife|midwives|health visitor|hv|doctor|gp|social worker|the social|hospital)s? (?:finds? out|found out|finding out|to know|will know|would know)\b(?: \w+){0,3} (?:im|i am|ive been|i was|i have been|im still) (?:on|using|taking|drinking|smoking|injecting)\b"),
)  # fmt: skip
