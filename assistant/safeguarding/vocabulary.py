"""Word lists shared by the rules, as regex fragments over normalised text (no apostrophes, "mum"/"dad")."""

# ruff: noqa: E501 -- regex tables read better one alternative group per line, unbroken.

from __future__ import annotations

from assistant.safeguarding.context import NOW_WORD
from assistant.safeguarding.rules import words

PERSON = words(
    "he", "she", "hes", "shes", "they", "theyre", "him", "her", "them", "mum", "dad", "mums", "dads", "stepdad",
    "stepmum", "partner", "partners", "husband", "husbands", "wife", "wifes", "boyfriend", "boyfriends",
    "girlfriend", "ex", "exs", "nan", "nans", "grandad", "uncle", "auntie", "brother", "brothers", "sister",
    "sisters", "son", "sons", "daughter", "daughters", "baby", "toddler", "child", "man", "woman", "someone",
    "somebody", "parent", "father", "patient", "pupil", "student", "teenager", "mate", "friend",
)  # fmt: skip

_CHILD_WORDS = (
    r"toddler",
    r"baby",
    r"babies",
    r"child",
    r"children",
    r"kid",
    r"kids",
    r"twins",
    r"infant",
    r"newborn",
    r"(?:little|baby|younger|big|older|wee|small) (?:one|ones|boy|girl|brother|sister|cousin|sibling)s?",
    r"(?:my|our|her|his|their) (?:son|daughter|boy|girl|brother|sister|grandson|granddaughter|niece|nephew|eldest|youngest)",
    r"\d+ ?(?:year|yr|y|month)s? ?old",
    r"\d+ ?(?:yo|mo)",
    r"year \d+",
    r"reception",
    r"pupil",
    r"student",
    r"teenager",
    r"teen",
    r"my kid",
    r"grandson",
    r"granddaughter",
    r"son",
    r"daughter",
    r"grandkids",
    r"grandchildren",
)
CHILD = "(?:" + words(*_CHILD_WORDS, r"our kid", r"young person") + "s?)"

YOUNG_AGE = words(
    r"\b(?:[1-9]|1[0-7]) ?(?:year|yr|y)s? ?old", r"\b(?:im|i am|hes|shes|he is|she is|aged?) (?:[5-9]|1[0-7])\b",
    r"\byear (?:[1-9]|1[0-3])\b", r"\b(?:pupil|student|schoolgirl|schoolboy|my daughter|my son|teenager)\b",
)  # fmt: skip

MEDICINE = words(
    r"pills?", r"tablets?", r"tabs", r"meds", r"medication", r"medicine", r"paracetamol", r"ibuprofen",
    r"aspirin", r"co ?codamol", r"codeine", r"tramadol", r"diazepam", r"valium", r"vallies", r"benzos?",
    r"xanax", r"xannies", r"xans?", r"xannys?", r"lean", r"sleeping (?:pills|tablets)", r"methadone", r"subutex", r"subbies",
    r"buprenorphine", r"pregabalin", r"pregabs", r"gabapentin", r"gabbies", r"antidepressants?",
    r"insulin", r"painkillers?", r"prescription", r"script", r"blues", r"morphine", r"oxy\w*",
    r"blister pack", r"whatever was in the cupboard", r"medicine cabinet", r"sertraline", r"fluoxetine", r"citalopram",
    r"amitriptyline", r"mirtazapine", r"zopiclone", r"quetiapine", r"propranolol", r"olanzapine", r"naproxen",
)  # fmt: skip

STREET_DRUG = words(
    r"heroin", r"gear", r"brown", r"crack", r"rock", r"coke", r"cocaine", r"white", r"white powder",
    r"powder", r"ket", r"ketamine", r"mcat", r"meow", r"spice", r"mamba", r"mdma", r"mandy", r"ecstasy",
    r"pingers", r"weed", r"cannabis", r"skunk", r"edibles", r"gummies", r"cannabis sweets", r"meth",
    r"lsd", r"acid", r"mushrooms", r"drugs", r"gas", r"nos", r"fentanyl", r"charlie", r"sniff", r"pills", r"smack", r"skag",
)  # fmt: skip

ALCOHOL = words(
    r"vodka", r"alcohol", r"wine", r"cider", r"beer", r"cans", r"whisky", r"gin", r"spirits", r"booze"
)


INGEST = words(
    r"taken", r"took", r"take", r"taking", r"swallowed", r"swallow", r"drank", r"drunk", r"eaten", r"ate",
    r"had", r"necked", r"downed", r"popped", r"chewed", r"chewing", r"licked", r"sucked", r"done", r"injected",
    r"snorted", r"got into", r"got hold of", r"found and ate",
)  # fmt: skip

AMOUNT = words(
    r"all", r"all of", r"the whole", r"a whole", r"whole", r"the entire", r"entire", r"(?:a )?handful",
    r"loads", r"a load", r"load", r"lots", r"a lot", r"too many", r"too much", r"(?:a )?packets?", r"(?:a )?box",
    r"(?:a )?strip", r"(?:a )?bottle", r"(?:a )?bunch", r"everything", r"the lot", r"\d+", r"ten", r"twenty",
    r"thirty", r"forty", r"fifty", r"full", r"double", r"triple", r"half (?:a|the)", r"a months", r"a weeks",
)  # fmt: skip

INTOXICATED = words(
    r"drunk", r"intoxicated", r"under the influence", r"smell(?:s|ed|ing)? (?:strongly )?of (?:alcohol|drink|booze|weed|cannabis)",
    r"slurring", r"off (?:his|her|their|my) (?:faces?|heads?|nut|tits|trolley)", r"out of (?:it|her face|his face|my face)",
    r"wasted", r"steaming", r"hammered", r"smashed", r"mortal", r"monged", r"gouching(?: out)?", r"nodding (?:off|out)",
    r"buckled", r"mashed", r"blootered", r"bladdered", r"pished", r"legless", r"paralytic", r"plastered",
    r"high", r"stoned", r"wrecked", r"drinking (?:\w+ )?bottles?", r"bottles? of (?:wine|vodka|cider) a day",
    r"(?:heroin|crack|drug|coke|cocaine) (?:user|addict)", r"off it", r"away with the fairies", r"in a state", r"on the (?:brown|gear|pipe)",
    r"using again", r"relapsed", r"topping up", r"using on top", r"on top of (?:her|his|my) script",
    r"drinking (?:all day|from|in the day|every day|before|during|while|heavily|in the morning)",
    r"drinks? (?:heavily|all day|every day)", r"pissed", r"sloshed", r"half cut", r"zonked",
    r"under the weather from", r"in no fit state", r"no fit state",
)  # fmt: skip

CARE = words(
    r"looking after", r"looks after", r"look after", r"in (?:her|his|my|their) care", r"sole carer",
    r"collect(?:ed|s|ing)?", r"pick(?:ed|s|ing)? (?:up|him|her|them|us|me)", r"school run", r"babysitting",
    r"babysit", r"leaves? (?:me|us|them|the kids) with", r"minding", r"mind the kids", r"when the kids", r"while the kids", r"with the (?:kids|children|baby)", r"kids are",
    r"children are", r"(?<!our )(?<!\bfor )" + words(*_CHILD_WORDS) + "s?", r"nursery", r"school", r"feeding", r"bottle", r"cot", r"pram", r"nappy", r"us",
    r"clinic", r"appointment", r"handover",
)  # fmt: skip

RIGHT_NOW = words(
    rf"right {NOW_WORD}", r"rn", r"as we speak", r"(?<!\bout )(?<!\baway )(?<!at work )at the moment", r"(?<!not )currently(?! (?:at school|safe|with|in (?:care|hospital|school|foster)|staying|living|lives|doing|working|sober|clean|on (?:a|her|his) script))", r"still going", r"still here",
    r"still in the house", r"wont stop", r"wouldnt stop", r"(?<!came )(?<!come )(?<!comes )(?<!went )(?<!ran )(?<!walked )downstairs", r"next door", r"in the other room",
)  # fmt: skip

TONIGHT = words(
    r"tonight", rf"right {NOW_WORD}", NOW_WORD, r"today(?! (?:he|she|they) (?:said|told|mentioned|seemed|was|were|looked))", r"this evening", r"in an hour", r"outside", r"on (?:their|the) way",
    r"waiting", r"coming back", r"coming round", r"coming to", r"after school", r"by \d+", r"(?:at )?midnight", r"at \d+ ?(?:pm|oclock)",
    r"the last (?:train|bus)", r"in (?:\d+|ten|twenty|thirty|five) ?(?:mins?|minutes|hours?)", r"in (?:half an|an) hour",
)  # fmt: skip

# A worry that someone will set the house alight, with nothing burning yet ("i worry hell set the house alight")
FIRE_WORRY = r"\b(?:scared|worried|afraid|terrified|frightened|worry|worries)\b(?: that)?(?: \w+){0,3} (?:set|burn)\b(?: \w+){0,3} (?:alight|on fire|down)\b"
EXPLOITATION_CONTEXT = words(
    r"owe", r"owes", r"owed", r"debt", r"money", r"pay", r"paid", r"gear", r"package", r"parcel", r"drop",
    r"run", r"shift", r"sell", r"selling", r"sells", r"deal", r"dealing", r"county", r"lines", r"trap",
    r"ot", r"lads", r"men", r"gang", r"opps", r"car", r"bag", r"flat", r"it all", r"drugs", r"stuff", r"deliver\w*", r"earn\w*", r"keep", r"older", r"online", r"pics", r"photos", r"nudes", r"party",
)  # fmt: skip

WEAPON = words(
    r"knife", r"knives", r"machete", r"blade", r"baseball bat", r"cricket bat", r"golf club", r"bat", r"hammer",
    r"axe", r"gun", r"guns", r"shotgun", r"handguns?", r"(?:air )?rifles?", r"air ?guns?", r"pistol", r"firearm", r"crossbow", r"crowbar", r"screwdriver",
    r"broken bottle", r"iron bar", r"metal bar", r"poker", r"shank", r"zombie knife", r"scissors", r"acid",
    r"samurai sword", r"sword", r"meat cleaver", r"cleaver",
) + "s?"  # fmt: skip
