"""Scoring every service of the index for one query: relevance, eligibility, reach; then the top few."""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

import numpy as np
import numpy.typing as npt
from scipy import sparse

from services_directory.geocode import ResolvedPlace
from services_directory.search_index import ALL_NATIONS, AUDIENCE_BIT, NATION_BIT, DirectoryIndex, FloatArray
from services_directory.synonyms import SPECIALIST_NEEDS
from services_directory.text_match import QueryMeaning

if TYPE_CHECKING:
    from services_directory.search import ServiceQuery

TEXT_WEIGHT = 1.0  # matching every query word as well as any service does counts as much as a need
AUDIENCE_BONUS = 0.3
AUDIENCE_MISMATCH = 0.6  # an adult asking about a service named for other people: allowed, lower
LOCAL_BONUS = 2.0  # a near service that fits beats any national one
FIT = 0.5  # a local service fits when its relevance is at least this share of the best
SECONDARY_NEEDS = 0.3  # needs beyond the best-matched one add this share of their weight
SPECIALIST_MISMATCH = 0.4  # a specialist service (bereavement, young carers...) asked about something else
LANGUAGE_BONUS = 0.5  # offers the language the person asked for
UNKNOWN_NATION = 0.3  # without a place, a service for one nation ranks below a UK-wide one
AUDIENCE_LABELS = {
    "young-person": "children and young people",
    "parent-carer": "parents and carers",
    "kinship-carer": "kinship carers",
    "pregnant": "pregnant people",
    "professional": "professionals",
}
# What each audience is usually looking for: added weakly to whatever their words ask for.
DEFAULT_NEEDS: dict[str | None, dict[str, float]] = {
    "young-person": {"talk-to-someone": 0.5},
    "parent-carer": {"family-support": 0.3},
    "kinship-carer": {"kinship-carers": 0.6, "family-support": 0.2},
    "pregnant": {"pregnancy-substance-use": 0.6},
    "professional": {"professional-referral": 0.3},
    None: {"talk-to-someone": 0.3},
}


@dataclass
class Ranking:
    order: list[int]
    scores: FloatArray
    distances: FloatArray
    needs: dict[str, float]
    scopes: dict[int, str] = field(default_factory=dict)
    reasons: dict[int, list[str]] = field(default_factory=dict)
    total: int = 0  # how many services qualified, for paging


def query_needs(
    index: DirectoryIndex, meaning: QueryMeaning, audience: str | None, codes: tuple[str, ...]
) -> dict[str, float]:
    """Need code -> weight: the needs the words name, the codes given, the audience's usual ones, and
    "a parent's drinking" read as someone to talk to (a young person) or family support (an adult)."""
    needs = dict(meaning.needs)
    for code in codes:
        if code in index.need_bits:
            needs[code] = 1.0
    for code, weight in DEFAULT_NEEDS.get(audience, {}).items():
        needs[code] = max(needs.get(code, 0.0), weight)
    if meaning.substance and meaning.relation:
        if audience == "young-person":
            needs["talk-to-someone"] = max(needs.get("talk-to-someone", 0.0), 0.6)
        elif audience in ("parent-carer", "kinship-carer") and "alcohol-drug-treatment" not in needs:
            needs["family-support"] = max(needs.get("family-support", 0.0), 0.5)
    return needs


def text_scores(
    index: DirectoryIndex, words: list[str]
) -> tuple[FloatArray, list[int], sparse.csc_matrix | None]:
    """BM25 of each service for the words, as a share of the best the query could score (0 to 1).

    Words no service uses count in that best as a rare word would, so a query matched by only one
    common word ("parent") does not score as if it were matched in full.
    """
    known = {index.vocabulary[w] for w in words if w in index.vocabulary}
    unknown = len({w for w in words if w not in index.vocabulary})
    columns = sorted(known)
    if not columns or not index.size:
        return np.zeros(index.size), columns, None
    ideal = float(index.column_best[columns].sum()) + unknown * index.rare_word_weight
    matrix = index.bm25[:, columns]
    return np.asarray(matrix.sum(axis=1)).ravel() / max(ideal, 1e-9), columns, matrix


@dataclass
class Relevance:
    """How well each service answers what was asked (before eligibility and reach)."""

    score: FloatArray
    needs_only: FloatArray
    needs: dict[str, float]
    columns: list[int]
    text_matrix: sparse.csc_matrix | None  # BM25 of every service for the query's words (columns)
    asked: bool


def relevance(
    index: DirectoryIndex, meaning: QueryMeaning, audience: str | None, codes: tuple[str, ...]
) -> Relevance:
    asked = bool(meaning.words or meaning.needs or codes)
    needs = query_needs(index, meaning, audience, codes) if asked else {}
    asked_codes = [code for code in needs if code in index.need_bits]
    needs_only = np.zeros(index.size)
    if asked_codes:
        weights = np.asarray([needs[code] for code in asked_codes], np.float32)
        matched = index.need_matrix[:, [index.need_bits[code] for code in asked_codes]] * weights
        strongest, total = matched.max(axis=1), matched.sum(axis=1)
        needs_only = (strongest + SECONDARY_NEEDS * (total - strongest)).astype(
            np.float64
        )  # best, then the rest
    text, columns, text_matrix = text_scores(index, meaning.words)
    score = needs_only + TEXT_WEIGHT * text
    for language in meaning.languages & index.languages.keys():
        score += LANGUAGE_BONUS * index.languages[language]
    other = sum(
        1 << bit for code, bit in index.need_bits.items() if code in SPECIALIST_NEEDS and code not in needs
    )
    if asked and other:
        score -= SPECIALIST_MISMATCH * ((index.needs & other) != 0)
    if audience is not None:
        declared, named = index.audiences != 0, (index.audiences & AUDIENCE_BIT[audience]) != 0
        score += AUDIENCE_BONUS * named - AUDIENCE_MISMATCH * (declared & ~named)
    return Relevance(score, needs_only, needs, columns, text_matrix, asked)


def eligible(index: DirectoryIndex, query: ServiceQuery, audience: str | None) -> npt.NDArray[np.bool_]:
    """Strict rules: active, the age within range, a young person only gets services for young people."""
    ok = index.active.copy()
    if query.age is not None:
        ok &= (index.min_age <= query.age) & (query.age <= index.max_age)
    if audience == "young-person":
        ok &= (index.audiences == 0) | ((index.audiences & AUDIENCE_BIT[audience]) != 0)
    for term in query.terms:
        code = index.term_codes.get(term, term)
        if code in index.need_bits:
            ok &= ((index.needs >> index.need_bits[code]) & 1) != 0
        elif code in AUDIENCE_BIT:
            ok &= (index.audiences & AUDIENCE_BIT[code]) != 0
        else:
            ok &= False
    return ok


def reach(
    index: DirectoryIndex, place: ResolvedPlace | None, radius_km: float
) -> tuple[FloatArray, npt.NDArray[np.bool_], npt.NDArray[np.bool_]]:
    """Distances, which services are near enough, and which cover the place (its nation or the UK)."""
    distances = np.full(index.size, np.inf)
    if place is not None and place.has_position:
        distances = index.distances_km(place.latitude or 0.0, place.longitude or 0.0, within_km=radius_km)
    local = distances <= radius_km
    unknown_scope = (index.coverage == 0) & ~index.has_position  # no area, no address: take it as anywhere
    nation_bit = NATION_BIT.get(place.nation or "", 0) if place else 0
    if nation_bit:
        covers = (index.coverage & nation_bit) != 0
    elif place is not None and place.kind != "nation":
        covers = index.coverage == ALL_NATIONS  # somewhere outside the four nations: UK-wide only
    else:
        covers = index.coverage != 0
    return distances, local, covers | unknown_scope


def rank(index: DirectoryIndex, query: ServiceQuery, place: ResolvedPlace | None) -> Ranking:
    meaning = index.matcher.meaning(" ".join([query.text, *query.needs]))
    audience = query.audience or meaning.audience_hint
    found = relevance(index, meaning, audience, query.needs)
    score = found.score
    distances, local, covers = reach(index, place, query.radius_km)
    if place is None or place.nation is None:  # which nation is unknown: prefer UK-wide services
        score = score - UNKNOWN_NATION * ((index.coverage != 0) & (index.coverage != ALL_NATIONS))
    if place is None:  # no place at all: local services are listed, after every service that reaches anywhere
        score = score - LOCAL_BONUS * ~covers
        covers = np.ones(index.size, np.bool_)
    ok = eligible(index, query, audience) & (local | covers)
    candidates = ok & (score > 0) if found.asked else ok
    if found.asked and not candidates.any():
        candidates = ok
    if found.asked and candidates.any():
        best, best_need = score[candidates].max(), found.needs_only[candidates].max()
        fits = local & (score > 0) & (score >= FIT * best) & (found.needs_only >= FIT * best_need)
    else:
        fits = local
    score = score + LOCAL_BONUS * fits - 0.2 * np.where(local, distances / max(query.radius_km, 1.0), 0.0)
    chosen = np.flatnonzero(candidates)
    if len(chosen) > query.limit:  # only the best few need sorting (ties at the cut are all kept)
        cut = np.partition(-score[chosen], query.limit - 1)[query.limit - 1]
        chosen_top = chosen[-score[chosen] <= cut]
    else:
        chosen_top = chosen
    ordered = chosen_top[np.lexsort((distances[chosen_top], -score[chosen_top]))]
    ranking = Ranking(
        order=ordered[: query.limit].tolist(), scores=score, distances=distances, needs=found.needs
    )
    ranking.total = len(chosen)
    explained = ranking.order if query.explain else []
    word_weights = (
        found.text_matrix[explained].toarray() if found.text_matrix is not None and explained else None
    )
    for row, i in enumerate(ranking.order):
        scope = "local" if local[i] else ("national" if index.coverage[i] == ALL_NATIONS else "regional")
        ranking.scopes[i] = scope
        if query.explain:
            words = word_weights[row] if word_weights is not None else None
            ranking.reasons[i] = reasons(
                index, i, found, words, audience, query.age, place, scope, distances[i]
            )
    return ranking


def reasons(
    index: DirectoryIndex,
    i: int,
    found: Relevance,
    word_weights: FloatArray | None,
    audience: str | None,
    age: float | None,
    place: ResolvedPlace | None,
    scope: str,
    distance: float,
) -> list[str]:
    """Why a service was offered, in words a person can read."""
    why = [
        f"offers {index.need_names[code].lower()}"
        for code, _ in sorted(found.needs.items(), key=lambda item: -item[1])
        if code in index.need_bits and (index.needs[i] >> index.need_bits[code]) & 1
    ]
    if word_weights is not None:
        pairs = sorted(zip(found.columns, word_weights, strict=True), key=lambda pair: -pair[1])
        matched = [index.words[column] for column, weight in pairs if weight > 0]
        if matched:
            why.append("mentions " + ", ".join(f"'{w}'" for w in matched[:3]))
    if audience and index.audiences[i] & AUDIENCE_BIT[audience]:
        why.append(f"for {AUDIENCE_LABELS[audience]}")
    low, high = index.min_age[i], index.max_age[i]
    if math.isfinite(low) or math.isfinite(high):
        if math.isfinite(low) and math.isfinite(high):
            span = f"ages {low:g} to {high:g}"
        else:
            span = f"ages {low:g} and over" if math.isfinite(low) else f"ages up to {high:g}"
        why.append(span + (f" (age {age:g} fits)" if age is not None else ""))
    if scope == "local" and place is not None:
        why.append(f"{distance:.1f} km from {place.label}")
    elif scope == "national":
        why.append("UK-wide service")
    else:
        covered = [nation for nation, bit in NATION_BIT.items() if index.coverage[i] & bit]
        why.append("covers " + " and ".join(covered) if covered else "no service area given")
    return why
