"""From free text to needs and search words: folding, light stemming, synonyms, spelling correction.

A query and a service's text go through the same `analyse`, so the synonym table's concepts meet on
both sides. Misspelt query words ("councelling", "yung", "alchol") are corrected with rapidfuzz against
the words the synonym table and the directory's taxonomy know.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache

from rapidfuzz import fuzz, process

from services_directory.synonyms import AUDIENCE_PHRASES, CONCEPTS, NEED_PHRASES, STOPWORDS

CONCEPT_OF = {word: concept for concept, words in CONCEPTS.items() for word in words}
SUBSTANCES = frozenset({"drink", "drug"})
RELATIONS = frozenset(
    {"parent", "partner", "child", "grandparent", "grandchild", "brother", "sister", "friend"}
)
LANGUAGES = frozenset(
    {"english", "welsh", "polish", "urdu", "punjabi", "bengali", "somali", "turkish", "arabic", "gaelic"}
    | {"irish", "romanian", "portuguese", "spanish", "french", "gujarati", "hindi", "farsi", "kurdish", "bsl"}
)
WORD = re.compile(r"[a-z0-9]+")


def fold(text: str) -> list[str]:
    """Lower-case ASCII words; apostrophes vanish ("mum's" -> "mums"), other punctuation separates."""
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower()
    return WORD.findall(text.replace("'", "").replace("\u2019", ""))


def _undouble(word: str) -> str:
    """cutt -> cut, stopp -> stop (but fall, miss and buzz keep theirs)."""
    if len(word) > 2 and word[-1] == word[-2] and word[-1] not in "aeiouylsz":
        return word[:-1]
    return word


@lru_cache(maxsize=65536)
def stem(word: str) -> str:
    """A light English stemmer: enough for drinks/drinking, carers/carer, families/family."""
    if len(word) <= 3 or word.isdigit():
        return word
    if word.endswith(("ies", "ied")) and len(word) >= 5:
        return word[:-3] + "y"
    if word.endswith("ing") and len(word) >= 6:
        return _undouble(word[:-3])
    if word.endswith("ed") and len(word) >= 5:
        return _undouble(word[:-2])
    if word.endswith(("sses", "shes", "ches", "xes")):
        return word[:-2]
    if word.endswith("s") and not word.endswith(("ss", "us", "is")):
        return word[:-1]
    return word


@lru_cache(maxsize=65536)
def canonical(word: str) -> str:
    return CONCEPT_OF.get(word) or CONCEPT_OF.get(stem(word)) or stem(word)


def analyse(text: str, *, keep_stopwords: bool = False) -> list[str]:
    """The words of `text` as the index sees them."""
    return [canonical(w) for w in fold(text) if keep_stopwords or (w not in STOPWORDS and not w.isdigit())]


@dataclass
class QueryMeaning:
    """What a query asks for: needs with a strength, the words left for lexical search, and hints."""

    needs: dict[str, float] = field(default_factory=dict)
    phrases: dict[str, str] = field(default_factory=dict)  # need -> the words that matched it
    words: list[str] = field(default_factory=list)
    substance: bool = False
    relation: bool = False
    audience_hint: str | None = None
    languages: set[str] = field(default_factory=set)  # asked for: "welsh speaking", "in Polish"


def phrase_token(word: str) -> str:
    """A phrase word that names a concept ("drink", "parent") matches any word of it; others their stem."""
    return "@" + word if word in CONCEPTS else stem(word)


def _matches(phrase: tuple[str, ...], tokens: list[str], stems: list[str]) -> bool:
    if len(phrase) > len(tokens):
        return False
    for want, token, word_stem in zip(phrase, tokens, stems, strict=False):
        if want != ("@" + token if want.startswith("@") else word_stem):
            return False
    return True


class NeedMatcher:
    """Matches the synonym table (and the directory's own term names and codes) against a query."""

    def __init__(self, terms: Iterable[tuple[str, str]] = (), known_words: Iterable[str] = ()) -> None:
        self.phrases: dict[str, list[tuple[tuple[str, ...], str, float, str]]] = {}  # by first token
        vocabulary: set[str] = set(CONCEPT_OF)
        entries = [(phrase, need, weight) for need, items in NEED_PHRASES.items() for phrase, weight in items]
        entries += [(text, code, 1.0) for code, text in terms if text]
        entries += [
            (phrase, "@" + audience, 1.0) for audience, items in AUDIENCE_PHRASES.items() for phrase in items
        ]
        for phrase, need, weight in entries:
            tokens = tuple(phrase_token(w) for w in fold(phrase))
            if tokens:
                self.phrases.setdefault(tokens[0], []).append((tokens, need, weight, phrase))
                vocabulary.update(fold(phrase))
        self.vocabulary = sorted(w for w in vocabulary if len(w) >= 4)
        self.known = set(vocabulary) | set(STOPWORDS) | set(known_words)
        self.corrections: dict[str, str] = {}

    def correct(self, word: str) -> str:
        """The word, or the table word it is a misspelling of."""
        if len(word) < 4 or word in self.known or canonical(word) in self.known or word.isdigit():
            return word
        if word not in self.corrections:
            cutoff = 85
            best = process.extractOne(word, self.vocabulary, scorer=fuzz.ratio, score_cutoff=cutoff)
            if len(self.corrections) > 50_000:
                self.corrections.clear()
            self.corrections[word] = str(best[0]) if best else word
        return self.corrections[word]

    def meaning(self, text: str) -> QueryMeaning:
        raw = [self.correct(w) for w in fold(text)]
        for i in range(1, len(raw)):  # "polish speaking", "welsh speaker": a language, not a wish to talk
            if raw[i] in ("speaking", "speaker", "speakers") and raw[i - 1] in LANGUAGES:
                raw[i] = "language"
        tokens = [canonical(w) for w in raw]
        stems = [stem(w) for w in raw]
        meaning = QueryMeaning(words=[canonical(w) for w in raw if w not in STOPWORDS and not w.isdigit()])
        for start in range(len(raw)):
            candidates = [*self.phrases.get(stems[start], ()), *self.phrases.get("@" + tokens[start], ())]
            for phrase, need, weight, source in candidates:
                if not _matches(phrase, tokens[start:], stems[start:]):
                    continue
                if need.startswith("@"):
                    meaning.audience_hint = need[1:]
                elif weight > meaning.needs.get(need, 0.0):
                    meaning.needs[need] = weight
                    meaning.phrases[need] = source
        meaning.languages = {w for w in raw if w in LANGUAGES and w != "english"}
        meaning.substance = bool(SUBSTANCES & set(tokens))
        meaning.relation = bool(RELATIONS & set(tokens))
        return meaning
