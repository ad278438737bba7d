"""Put a chat message into one plain spelling so that the patterns and the classifier see the same words.

Lowercase, straight apostrophes dropped ("she's" -> "shes"), stretched letters shortened ("pleaseee"),
texting abbreviations and dialect spelled out, common misspellings fixed, and "-in'" endings restored.
"""

from __future__ import annotations

import re
import unicodedata

_QUOTES = str.maketrans({"’": "'", "‘": "'", "ʼ": "'", "`": "'", "´": "'", "“": '"', "”": '"', "„": '"'})

# Before lowercasing: "ODd" and "ODed" are overdosed, "odd" ("20-odd", "odd jobs") is not.
_BEFORE_LOWERCASE = re.compile(r"\bO\.?D'?e?d\b")
# Before apostrophes go, so "od'd" is not read as "odd".
_BEFORE_APOSTROPHES = (
    (re.compile(r"\bo\.d'?e?d\b|\bod'e?d\b|\boded\b"), "overdosed"),
    (re.compile(r"\bo\.d\.?"), "overdose"),
    (re.compile(r"\b(\w+)'ll\b"), r"\1ll"),
    (re.compile(r"&"), " and "),
    (re.compile(r"\bstep[- ](dad|mum|mam|mom|father|mother|son|daughter|brother|sister)\b"), r"step\1"),
    (re.compile(r"\bself[- ]harm"), "selfharm"),
    (re.compile(r"\b(my|her|him|them|your|our)\s+(self|selves)\b"), r"\1\2"),
    (re.compile(r"\bon (?:are|r) own\b"), "on our own"),  # "me and my sister are on are own all night"
    # "she'd be better aff withoot me" (not every "aff": "come aff it" is coming off a script)
    (re.compile(r"\bbetter aff\b"), "better off"),
)

_STRETCHED_END = re.compile(r"([a-z])\1{2,}\b")
_STRETCHED_KEEP_TWO = re.compile(r"([lsfz])\1{2,}\b")
_STRETCHED_INSIDE = re.compile(r"([a-z])\1{2,}")

# fmt: off
WORDS = {
    # texting
    "u": "you", "ur": "your", "r": "are", "ya": "you", "yer": "your", "ye": "you", "pls": "please",
    "plz": "please", "plez": "please", "plse": "please", "plss": "please", "pleas": "please",
    "rn": "right now", "atm": "at the moment", "tn": "tonight", "2nite": "tonight", "2night": "tonight",
    "tonite": "tonight", "tnite": "tonight", "nite": "night", "nites": "nights", "2day": "today",
    "tday": "today", "2moro": "tomorrow",
    "tmrw": "tomorrow", "tmw": "tomorrow", "tomoz": "tomorrow", "cos": "because", "coz": "because",
    "tomorow": "tomorrow", "tommorow": "tomorrow", "tommorrow": "tomorrow", "rote": "wrote",
    "cuz": "because", "bc": "because", "bcos": "because", "becuz": "because", "bcoz": "because",
    "idk": "i dont know", "dunno": "dont know", "gonna": "going to", "gunna": "going to", "gna": "going to",
    "wanna": "want to", "gotta": "got to", "tryna": "trying to", "aint": "isnt", "wiv": "with", "wi": "with",
    "n": "and", "nd": "and", "ppl": "people", "bf": "boyfriend", "gf": "girlfriend", "bro": "brother",
    "sis": "sister", "lil": "little", "wee": "little", "smth": "something", "sth": "something",
    "summat": "something", "sumthin": "something", "sumfin": "something", "somethin": "something",
    "nuffin": "nothing", "nothin": "nothing", "nuthin": "nothing", "nowt": "nothing", "owt": "anything",
    "wot": "what", "wat": "what", "wut": "what", "wen": "when", "dnt": "dont", "cnt": "cant", "wnt": "wont",
    "shud": "should", "wud": "would", "cud": "could", "wudnt": "wouldnt", "cudnt": "couldnt",
    "shudnt": "shouldnt", "dint": "didnt", "tho": "though", "thru": "through", "sed": "said", "hav": "have",
    "b4": "before", "abt": "about", "frm": "from", "meself": "myself", "mesen": "myself", "ov": "of",
    "heelp": "help", "hellp": "help", "halp": "help", "hlp": "help", "ded": "dead",
    # dialect negatives and family
    "cannae": "cant", "canna": "cant", "wullnae": "wont", "willnae": "wont", "wouldnae": "wouldnt",
    "couldnae": "couldnt", "didnae": "didnt", "isnae": "isnt", "dinnae": "dont", "dinna": "dont",
    "doesnae": "doesnt", "hasnae": "hasnt", "havnae": "havent", "havenae": "havent", "wasnae": "wasnt",
    "winnae": "wont", "disnae": "doesnt", "telt": "told", "deid": "dead", "roon": "round", "roond": "round",
    "mooth": "mouth", "withoot": "without", "hame": "home", "aboot": "about",
    "feart": "scared", "taen": "taken",
    "onymair": "anymore", "onymore": "anymore", "nae": "no",
    "swallied": "swallowed", "swalled": "swallowed", "oot": "out", "tae": "to",
    "aroon": "around", "masel": "myself", "hersel": "herself", "himsel": "himself",
    "pijany": "drunk", "pijana": "drunk",  # Polish
    "ahll": "ill", "ahm": "im", "ahve": "ive", "ahd": "id",
    "teh": "the", "hte": "the", "adn": "and",
    "mam": "mum", "mammy": "mum", "mom": "mum", "mommy": "mum", "mummy": "mum", "mother": "mum", "maw": "mum",
    "mumma": "mum", "mama": "mum", "mams": "mums", "moms": "mums", "mammys": "mums", "mummys": "mums",
    "maws": "mums", "mothers": "mums", "fathers": "dads",
    "da": "dad", "daddy": "dad", "dada": "dad", "father": "dad", "das": "dads",
    "daddys": "dads", "granda": "grandad", "grampa": "grandad", "grandpa": "grandad", "gramps": "grandad",
    "nana": "nan", "nanna": "nan", "nanny": "nan", "gran": "nan", "granny": "nan", "grandma": "nan",
    "nain": "nan", "wean": "child", "weans": "children", "bairn": "child", "bairns": "children",
    "babby": "baby", "fella": "boyfriend", "stepmam": "stepmum", "stepmom": "stepmum",
    # misspellings
    "brethin": "breathing", "breathin": "breathing", "breevin": "breathing", "breeving": "breathing",
    "blu": "blue", "wke": "wake", "rite": "right", "braething": "breathing", "hitin": "hitting",
    "breething": "breathing", "breating": "breathing",
    "breatheing": "breathing", "brething": "breathing", "breathng": "breathing", "breahting": "breathing",
    "unconcious": "unconscious", "unconsious": "unconscious", "unconcsious": "unconscious",
    "unconscous": "unconscious", "unconsius": "unconscious", "unconcius": "unconscious",
    "overdoes": "overdosed", "overdosd": "overdosed", "overdossed": "overdosed", "overdozed": "overdosed",
    "paracetomol": "paracetamol", "paracetemol": "paracetamol", "paracetamal": "paracetamol",
    "parecetamol": "paracetamol", "paracetmol": "paracetamol", "pils": "pills", "tablests": "tablets",
    "al": "all",
    "methodone": "methadone", "methadon": "methadone", "methedone": "methadone", "heroine": "heroin",
    "knive": "knife", "nife": "knife", "stabed": "stabbed", "hiting": "hitting", "chocking": "choking",
    "choaking": "choking", "strangeling": "strangling", "bleading": "bleeding", "bledding": "bleeding",
    "collasped": "collapsed", "colapsed": "collapsed", "colapsd": "collapsed", "seizer": "seizure",
    "siezure": "seizure", "seisure": "seizure", "unresponcive": "unresponsive", "suiside": "suicide",
    "sucide": "suicide", "scard": "scared", "ambulence": "ambulance", "wakeing": "waking",
    "respondin": "responding", "movin": "moving", "fitin": "fitting", "flair": "floor",
}
# fmt: on

_SCOTS = re.compile(
    r"\b(?:dinnae|cannae|wantae|willnae|wouldnae|couldnae|havnae|isnae|disnae|didnae|winnae|aye|wean|weans|bairn|maw|maws|telt|hame|deid|noo|fae|nicht|feart"
    # "they said ahve tae go oot wi them the night"
    r"|oot|tae|ahve|ahm|gonnae)\b"
)
# "the night before", "the night he left": a night, not tonight
_NOT_TONIGHT = (
    "before",
    "after",
    "of",
    "when",
    "that",
    "he",
    "she",
    "we",
    "they",
    "it",
    "was",
    "shift",
    "bus",
)
_NOT_BEFORE_THE_NIGHT = (
    *("stayed", "stay", "stays", "spent", "spend", "all", "through", "during"),
    *("in", "at", "for", "that", "one", "every", "of", "o"),
)
_THE_NIGHT = re.compile(
    # whole words before: "his flat the night" is tonight, "at the night" is not ("the middle o the night")
    "".join(rf"(?<!\b{word} )" for word in _NOT_BEFORE_THE_NIGHT)
    + r"\bthe night\b(?! (?:"
    + "|".join(_NOT_TONIGHT)
    + r")\b)"
)
# "hes coming back the night" is tonight in any dialect ("the night before", "the night he left" are not)
_COMING_THE_NIGHT = re.compile(
    r"\b(coming|comes|come|going|goes|back|out|round|over|home)"
    r"((?: here| in| out| (?:to |round )?the (?:hoose|house|flat|door|place))?) the night\b"
    r"(?! (?:" + "|".join((*_NOT_TONIGHT, "i", "mum", "dad")) + r")\b)"
)
_MULTI = (
    (re.compile(r"\b(\w+ll) no\b"), r"\1 not"),
    # Scots "shes no fed us", "hes no been hame": not
    (
        re.compile(
            r"\b(shes|hes|theyve|theyre|ive|weve|mums|mams|dads|das|maws|nans|its|im) no "
            r"(?=(?:fed|been|had|eaten|come|came|got|gone|moved|woken|answered|breathing|waking|moving|well|here"
            r"|home|back|up)\b)"
        ),
        r"\1 not ",
    ),
    (re.compile(r"\b(cant|not|cannot|couldnt|to|struggling to) breath\b"), r"\1 breathe"),
    (
        re.compile(
            r"\b(?:ma|me|mi|oor) (?=(?:mum|dad|nan|grandad|brother|sister|little|auntie|uncle|stepdad|stepmum"
            r"|boyfriend|girlfriend|room|house|bed|phone|mums|dads|kids|baby|big|wee|pals?|mates?|brothers|sisters|cousins?"
            r"|gran|granny|grandson|granddaughter|grandsons|granddaughters|niece|nephew|son|daughter|lassie|laddie|friends?|hoose|heid|head|school|teacher|wean|weans|bairns?|family|own|ex|partner|fella"
            r"|arms?|legs?|wrists?|face|hands?|body|skin|belly|tummy|thighs?|neck|hair|eyes?|life|heart|nerves)\b)"
        ),
        "my ",
    ),
    (re.compile(r"\bma\b"), "mum"),
    # Scots "aa" is all ("taen aa ma mams paracetamol"), not AA ("goes to aa on mondays")
    (re.compile(r"\baa (?=(?:my|me|the|his|her|their|o|day|night|ower|over|round|the time)\b)"), "all "),
    (re.compile(r"\bburst (her|him|me|you|us|them|my \w+)\b"), r"batter \1"),
    (re.compile(r"\bgonnae\b"), "going to"),
    # Scots "ah" is I before a verb ("if ah tell anybody", "ah dinnae want"); not "ah ok"
    (
        re.compile(
            r"\bah (?=(?:tell|telt|told|dont|cant|am|was|want|wanted|need|have|had|know|ken|think|hink|said"
            r"|go|get|got|feel|just|really|love|hate|seen|saw|heard|will|would|could|should|might|did|didnt|do|dae|wish|wasnt"
            r"|havent|cannae|dinnae)\b)"
        ),
        "i ",
    ),
    (re.compile(r"\bno (?=going to (?:do|dae|try|hurt|act)\b)"), "not "),
    (re.compile(r"\b(?:dae|dee)\b(?= (?:a|it|the|that|this|another|anything|something|nothing)\b)"), "do"),
    (re.compile(r"\btae\b"), "to"),
    (re.compile(r"\bthe nicht\b"), "tonight"),
    (re.compile(r"\bnicht\b"), "night"),
    (re.compile(r"\bi m\b"), "im"),
)

_NOT_ING = frozenset({
    "heroin", "cousin", "basin", "robin", "toxin", "violin", "within", "begin", "satin", "cabin", "admin",
    "margin", "origin", "virgin", "penguin", "pumpkin", "napkin", "coffin", "dolphin", "muffin", "raisin",
    "insulin", "aspirin", "akin", "bodkin", "griffin", "kevin", "martin", "austin", "justin", "dustin",
    "erin", "mandarin", "cumin", "goblin", "assassin", "muslin", "codein", "ketamin", "cocain", "morphin",
    "vitamin", "protein", "again", "pregabalin", "gabapentin", "ritalin", "penicillin", "amoxicillin",
    "nicotin", "naloxin"
})  # fmt: skip
_ING_SHORT = {"goin": "going", "doin": "doing", "dyin": "dying", "lyin": "lying", "cryin": "crying",
              "tryin": "trying", "sayin": "saying", "playin": "playing"}  # fmt: skip


def _word(token: str) -> str:
    if token in WORDS:
        return WORDS[token]
    if token in _ING_SHORT:
        return _ING_SHORT[token]
    if (
        len(token) >= 5
        and token.endswith("in")
        and token[-3] not in "aeiou"
        and token not in _NOT_ING
        and token.isalpha()
    ):
        return token + "g"
    return token


def normalise(text: str) -> str:
    """The plain spelling of `text` that every safeguarding check reads."""
    text = unicodedata.normalize("NFKC", text).translate(_QUOTES)
    text = _BEFORE_LOWERCASE.sub("overdosed", text).lower()
    for pattern, replacement in _BEFORE_APOSTROPHES:
        text = pattern.sub(replacement, text)
    text = text.replace("'", "").replace('"', " ")
    text = re.sub(r"(?<=[a-z])-(?=[a-z])", " ", text)
    text = _STRETCHED_KEEP_TWO.sub(r"\1\1", text)
    text = _STRETCHED_END.sub(r"\1", text)
    text = _STRETCHED_INSIDE.sub(r"\1\1", text)
    scots = bool(_SCOTS.search(text))
    text = re.sub(r"[a-z0-9]+", lambda m: _word(m.group()), text)
    for pattern, replacement in _MULTI:
        text = pattern.sub(replacement, text)
    if scots:
        text = _THE_NIGHT.sub("tonight", text)
    text = _COMING_THE_NIGHT.sub(r"\1\2 tonight", text)
    text = re.sub(r"([.!?,;:()])", r" \1 ", text)
    return " ".join(text.split())
