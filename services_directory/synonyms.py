"""Words people use for the directory's needs, for substances and for family: the synonym table.

Phrases are written plainly; text_match analyses them the same way as a query (lower case, light
stemming, concept words such as "heroin" -> "drug"), so "my mum's drinking" and "mum drinks" meet.
"""

from __future__ import annotations

# Words folded into one concept on both sides (query and service text).
CONCEPTS: dict[str, tuple[str, ...]] = {
    "drink": (
        "alcohol", "alcoholic", "alcoholics", "alcoholism", "booze", "boozing", "drunk", "drank", "drinker",
        "drinking", "drinks", "wine", "beer", "vodka", "cider", "lager", "spirits", "steamin", "steaming",
        "pissed", "hammered", "wasted", "sober",
    ),
    "drug": (
        "drugs", "heroin", "crack", "cocaine", "coke", "ket", "ketamine", "weed", "cannabis", "spice",
        "smack", "pills", "tablets", "mdma", "ecstasy", "junkie", "addict", "addicts", "addiction",
        "addicted", "substance", "substances", "opiate", "opiates", "methadone", "subutex", "buprenorphine",
        "high", "stoned", "overdose", "using", "uses",
    ),
    "parent": (
        "mum", "mam", "mom", "mummy", "mammy", "ma", "mas", "mother", "dad", "da", "das", "daddy", "father",
        "stepdad", "stepmum", "parents", "parental",
    ),
    "partner": ("husband", "wife", "boyfriend", "girlfriend", "fiance", "ex", "spouse"),
    "child": (
        "children", "kids", "kid", "son", "daughter", "baby", "babies", "toddler", "teen", "teenager",
        "teenagers", "teens", "youngster",
    ),
    "grandchild": (
        "grandchildren", "grandson", "grandsons", "granddaughter", "grandaughter", "grandkids", "grandkid",
        "niece", "nephew",
    ),
    "grandparent": (
        "nan", "nana", "gran", "granny", "grannies", "grandma", "grandad", "grandpa", "grandmother",
        "grandfather", "grandparents", "aunt", "auntie", "aunties", "uncle",
    ),
    "counselling": (
        "counselling", "counseling", "counsellor", "counselor", "counsellors", "therapy", "therapist",
    ),
    "parenting": ("parenting",),
    "talk": ("talk", "talking", "speak", "speaking", "chat", "listen", "siarad", "confide"),
    "group": ("group", "groups", "club", "clubs", "meeting", "meetings", "sessions"),
    "midwife": ("midwife", "midwives", "midwifery", "antenatal", "maternity"),
    "pregnant": ("pregnant", "pregnancy", "expecting", "unborn"),
}  # fmt: skip

# need code -> phrases, each with how strongly it signals the need (1 = says it outright).
NEED_PHRASES: dict[str, tuple[tuple[str, float], ...]] = {
    "talk-to-someone": (
        ("talk", 0.8), ("someone to talk to", 1.0), ("who to tell", 0.8), ("no one to tell", 0.8),
        ("helpline", 0.5), ("somewhere to go", 0.5), ("anyone i can", 0.6), ("who can i", 0.4),
        ("help her", 0.3), ("feeling rubbish", 0.5), ("lonely", 0.6),
    ),
    "counselling": (("counselling", 1.0),),
    "young-carers": (
        ("young carer", 1.0), ("look after my", 0.8), ("looking after my parent", 0.8), ("carer", 0.4),
        ("caring for my", 0.8), ("do everything at home", 0.9), ("have to do everything", 0.8),
    ),
    "alcohol-drug-treatment": (
        ("treatment", 0.9), ("detox", 1.0), ("rehab", 0.8), ("stop drink", 0.9), ("stop using", 0.9),
        ("stop the drink", 0.9), ("cut down", 1.0), ("come off", 0.9), ("get clean", 0.9), ("quit", 0.8),
        ("methadone", 0.7), ("subutex", 0.7), ("i drink", 0.8), ("i use", 0.8), ("im using", 0.8),
        ("drink too much", 0.8), ("drinking too much", 0.8), ("my drinking", 0.8), ("drug service", 1.0),
        ("alcohol service", 1.0), ("self referral", 0.6), ("recovery service", 1.0), ("drug problem", 0.4),
        ("drink problem", 0.4), ("drink every day", 0.6), ("drink every night", 0.4), ("i still use", 0.8),
        ("cocaine problem", 0.8), ("help stopping", 0.9),
    ),
    "family-support": (
        ("family support", 1.0), ("family", 0.4), ("my partner", 0.4), ("our children", 0.5),
        ("kids dont understand", 0.6), ("affect my", 0.3), ("my son", 0.4), ("my daughter", 0.4),
        ("my teen", 0.5), ("need a break", 0.5), ("worried", 0.2),
    ),
    "parenting-in-recovery": (
        ("parenting in recovery", 1.0), ("parenting", 0.8), ("in recovery", 0.8), ("after rehab", 0.9),
        ("better dad", 0.8), ("better mum", 0.8), ("better parent", 0.8),
    ),
    "pregnancy-substance-use": (
        ("pregnant", 1.0), ("midwife", 1.0), ("expecting a baby", 1.0), ("months pregnant", 1.0),
    ),
    "kinship-carers": (
        ("kinship", 1.0), ("special guardianship", 1.0), ("grandparent", 0.8), ("raising", 0.5),
        ("bringing up", 0.6), ("looking after my sisters", 0.8), ("lives with me", 0.6), ("are with me", 0.6),
        ("grandchild", 0.8),
    ),
    "professional-referral": (
        ("referral", 0.8), ("refer", 0.8), ("safeguarding", 0.8), ("mash", 1.0), ("front door", 1.0),
        ("social services", 0.6), ("social care", 0.6), ("child protection", 0.8), ("gateway", 0.9),
        ("worried about a child", 0.8), ("concerned about a child", 0.8), ("at risk", 0.7), ("neglect", 0.8),
        ("left alone", 0.7), ("who do i contact", 0.6), ("who do i call", 0.6), ("advice line", 0.4),
        ("concerned neighbour", 0.8),
    ),
    "professional-training": (
        ("training", 1.0), ("course", 0.8), ("protocol", 1.0), ("guidance", 0.8), ("resources for", 0.6),
        ("practitioners", 0.6), ("girfec", 1.0), ("briefing", 0.8), ("research", 0.6), ("hidden harm", 0.5),
    ),
    "drug-information": (
        ("information", 0.8), ("info", 0.8), ("what it does", 1.0), ("effects", 0.8),
        ("advice about drug", 1.0),
        ("drug advice", 1.0), ("need advice", 0.5), ("is selling drug", 0.6), ("using ket", 0.6),
        ("using spice", 0.6), ("smoking weed", 0.6),
    ),
    "mutual-aid": (
        ("mutual aid", 1.0), ("aa", 0.9), ("al anon", 1.0), ("alanon", 1.0), ("alateen", 1.0), ("group", 0.5),
        ("meetings", 0.8), ("peer support", 0.9), ("smart recovery", 1.0), ("na", 0.6),
    ),
    "crisis-support": (
        ("crisis", 1.0), ("suicide", 1.0), ("kill myself", 1.0), ("kill herself", 1.0), ("kill himself", 1.0),
        ("cant cope", 1.0), ("can't cope", 1.0), ("scared", 0.5), ("emergency", 0.8), ("in danger", 0.9),
        ("end it", 0.8), ("want to get out", 0.6), ("wont get up", 0.6), ("urgent", 0.7),
    ),
    "domestic-abuse": (
        ("domestic abuse", 1.0), ("abuse", 0.9), ("hits", 0.9), ("hit me", 1.0), ("beats", 1.0),
        ("violent", 1.0), ("violence", 1.0), ("abusive", 1.0), ("hurts me", 0.9), ("controlling", 0.7),
        ("fight", 0.4), ("shouts", 0.3),
    ),
    "mental-health": (
        ("mental health", 1.0), ("anxiety", 0.9), ("anxious", 0.8), ("depressed", 0.9), ("depression", 0.9),
        ("self harm", 1.0), ("cant sleep", 0.5), ("feel low", 0.7), ("struggling", 0.4),
        ("feeling rubbish", 0.4),
    ),
    "bereavement": (
        ("died", 1.0), ("death", 0.9), ("passed away", 1.0), ("bereaved", 1.0), ("bereavement", 1.0),
        ("grief", 1.0), ("funeral", 0.8),
    ),
}  # fmt: skip

# Needs that make a service a specialist one: offered for another need, it is a poorer answer (a
# bereavement service for a child who only wants someone to talk to).
SPECIALIST_NEEDS = frozenset(
    {
        "young-carers",
        "bereavement",
        "mutual-aid",
        "domestic-abuse",
        "pregnancy-substance-use",
        "kinship-carers",
    }
    | {"professional-training", "professional-referral", "parenting-in-recovery", "alcohol-drug-treatment"}
)

# Words for the audiences, so a query can name who it is for ("for teenagers", "I'm a social worker").
AUDIENCE_PHRASES: dict[str, tuple[str, ...]] = {
    "professional": (
        "social worker", "teacher", "health visitor", "practitioner", "professional", "gp", "drug worker",
        "school staff", "nurse",
    ),
}  # fmt: skip

# Words that carry no meaning for matching services (kept short: "not", "no" and "who" matter little).
_STOPWORDS = """
a an the and or but of to in on at for with by from about is are was were be been being it its this that
these those i im me my mine we our us you your u ur he she him her his hers they them their what which
who whom whose when where why how can could would should will shall do does did dont doesnt didnt
have has had having am not no so if as there here any anyone anything some someone something get got
just like really very too all up out into than then also please need want know think
"""
STOPWORDS = frozenset(_STOPWORDS.split())
