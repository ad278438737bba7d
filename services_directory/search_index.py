"""The in-memory search index: numpy arrays over every service, built from the database per revision.

Eligibility (ages, audiences, status), coverage (nations, UK-wide) and positions are arrays so a query
filters 100,000 services with a few vector operations; free text is a BM25 matrix (scipy sparse).
"""

from __future__ import annotations

import math
from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any

import numpy as np
import numpy.typing as npt
from scipy import sparse
from sklearn.feature_extraction.text import CountVectorizer
from sqlalchemy import select
from sqlalchemy.orm import Session

from services_directory.gazetteer import Gazetteer
from services_directory.geocode import normalise_name, valid_position
from services_directory.models import (
    Address,
    Attribute,
    Language,
    Location,
    Service,
    ServiceArea,
    ServiceAtLocation,
    TaxonomyTerm,
)
from services_directory.places import NATIONS, parse_postcode
from services_directory.text_match import NeedMatcher, analyse

AUDIENCES = ("young-person", "parent-carer", "kinship-carer", "pregnant", "professional")
AUDIENCE_BIT = {code: 1 << i for i, code in enumerate(AUDIENCES)}
NATION_BIT = {nation: 1 << i for i, nation in enumerate(NATIONS)}
ALL_NATIONS = sum(NATION_BIT.values())
UK_NAMES = {"united kingdom", "uk", "national", "nationwide", "the united kingdom"}
GB_NAMES = {"great britain", "britain", "gb"}
INACTIVE = {"inactive", "defunct", "temporarily closed"}
BM25_K1, BM25_B = 1.2, 0.75
FloatArray = npt.NDArray[np.float64]
IntArray = npt.NDArray[np.int64]


def area_coverage(name: str | None, extent_type: str | None) -> int:
    """The nations a service area covers as bits (0 for a local area such as "Sheffield")."""
    key, kind = normalise_name(name or ""), (extent_type or "").strip().lower()
    if kind == "national" or key in UK_NAMES:
        return ALL_NATIONS
    if key in GB_NAMES:
        return ALL_NATIONS & ~NATION_BIT["Northern Ireland"]
    if kind == "local":
        return 0
    return sum(bit for nation, bit in NATION_BIT.items() if normalise_name(nation) in key)


@dataclass
class DirectoryIndex:
    revision: str
    ids: list[str]
    names: list[str]
    min_age: FloatArray
    max_age: FloatArray
    audiences: IntArray  # bits of AUDIENCE_BIT; 0 when the service names none
    needs: IntArray  # bits of need_bits
    need_matrix: npt.NDArray[np.float32]  # the same as a services x need-codes matrix of 0 and 1
    coverage: IntArray  # bits of NATION_BIT from regional and national service areas
    active: npt.NDArray[np.bool_]
    has_position: npt.NDArray[np.bool_]
    location_service: IntArray  # per position, its service (sorted, so reduceat works)
    location_starts: IntArray  # first position of each service that has any
    latitudes: FloatArray
    longitudes: FloatArray
    bm25: sparse.csc_matrix
    column_best: FloatArray  # the highest BM25 weight in each column
    rare_word_weight: float  # what matching a word found in a single service is worth
    vocabulary: dict[str, int]
    words: list[str]  # column -> word
    need_bits: dict[str, int]
    need_names: dict[str, str]
    term_codes: dict[str, str]  # taxonomy term id -> code
    languages: dict[str, npt.NDArray[np.bool_]]  # lower-case language name -> which services offer it
    matcher: NeedMatcher
    gazetteer: Gazetteer

    @property
    def size(self) -> int:
        return len(self.ids)

    def distances_km(self, latitude: float, longitude: float, within_km: float = math.inf) -> FloatArray:
        """Distance from a point to each service's nearest position: inf for services without one, or
        (to save time) with none in the box of half-side `within_km` around the point."""
        result = np.full(self.size, np.inf)
        if not len(self.latitudes):
            return result
        each = np.full(len(self.latitudes), np.inf)
        box = np.abs(self.latitudes - latitude) <= within_km / 110.0  # a degree of latitude is >110 km
        box &= np.abs(self.longitudes - longitude) <= within_km / (
            111.0 * max(math.cos(math.radians(latitude)), 0.01)
        )
        lat1, lat2 = math.radians(latitude), np.radians(self.latitudes[box])
        dlat, dlon = lat2 - lat1, np.radians(self.longitudes[box] - longitude)
        a = np.sin(dlat / 2) ** 2 + math.cos(lat1) * np.cos(lat2) * np.sin(dlon / 2) ** 2
        each[box] = 2 * 6371.0088 * np.arcsin(np.sqrt(np.minimum(a, 1.0)))
        nearest = np.minimum.reduceat(each, self.location_starts)
        result[self.location_service[self.location_starts]] = nearest
        return result


def _term_rows(session: Session) -> dict[str, list[tuple[str, str, str]]]:
    rows = session.execute(
        select(
            Attribute.service_id,
            TaxonomyTerm.code,
            TaxonomyTerm.name,
            TaxonomyTerm.vocabulary,
            TaxonomyTerm.taxonomy,
        )
        .join(TaxonomyTerm, TaxonomyTerm.id == Attribute.taxonomy_term_id)
        .order_by(Attribute.pk)
    )
    terms: dict[str, list[tuple[str, str, str]]] = defaultdict(list)
    for service_id, code, name, vocabulary, taxonomy in rows:
        terms[service_id].append((code or name or "", name or code or "", vocabulary or taxonomy or ""))
    return terms


def _positions(session: Session, gazetteer: Gazetteer) -> dict[str, list[tuple[float, float]]]:
    """Each service's positions: its locations' coordinates, else their postcodes' districts."""
    postcodes: dict[str, str] = {}
    for location_id, postal_code in session.execute(select(Address.location_id, Address.postal_code)):
        postcodes.setdefault(location_id, postal_code or "")
    positions: dict[str, list[tuple[float, float]]] = defaultdict(list)
    rows = session.execute(
        select(ServiceAtLocation.service_id, Location.id, Location.latitude, Location.longitude).join(
            Location, Location.id == ServiceAtLocation.location_id
        )
    )
    for service_id, location_id, latitude, longitude in rows:
        if valid_position(latitude, longitude):
            positions[service_id].append((latitude, longitude))
            continue
        parsed = parse_postcode(postcodes.get(location_id, ""))
        district = gazetteer.outcode(parsed[0].split()[0]) if parsed else None
        if district is not None and district.has_position:
            positions[service_id].append((district.latitude or 0.0, district.longitude or 0.0))
    return positions


@dataclass
class _Columns:
    """The per-service arrays while they are being filled."""

    size: int
    min_age: FloatArray = field(init=False)
    max_age: FloatArray = field(init=False)
    audiences: IntArray = field(init=False)
    needs: IntArray = field(init=False)
    coverage: IntArray = field(init=False)
    active: npt.NDArray[np.bool_] = field(init=False)

    def __post_init__(self) -> None:
        self.min_age = np.full(self.size, -np.inf)
        self.max_age = np.full(self.size, np.inf)
        self.audiences = np.zeros(self.size, np.int64)
        self.needs = np.zeros(self.size, np.int64)
        self.coverage = np.zeros(self.size, np.int64)
        self.active = np.ones(self.size, np.bool_)


def _by_service(session: Session, *columns: Any) -> dict[str, list[tuple[Any, ...]]]:
    grouped: dict[str, list[tuple[Any, ...]]] = defaultdict(list)
    for service_id, *rest in session.execute(select(*columns)):
        if service_id is not None:
            grouped[service_id].append(tuple(rest))
    return grouped


def build_index(session: Session, revision: str) -> DirectoryIndex:
    """Read the whole directory once and turn it into arrays (a few seconds for 100,000 services)."""
    gazetteer = Gazetteer.build(session)
    terms = _term_rows(session)
    positions = _positions(session, gazetteer)
    areas = _by_service(session, ServiceArea.service_id, ServiceArea.name, ServiceArea.extent_type)
    languages = _by_service(session, Language.service_id, Language.name)
    services = session.execute(
        select(
            Service.id,
            Service.name,
            Service.alternate_name,
            Service.description,
            Service.eligibility_description,
            Service.minimum_age,
            Service.maximum_age,
            Service.status,
        ).order_by(Service.id)
    ).all()
    columns = _Columns(len(services))
    need_bits: dict[str, int] = {}
    need_names: dict[str, str] = {}
    texts: list[str] = []
    located: list[tuple[int, float, float]] = []
    offered: dict[str, npt.NDArray[np.bool_]] = {}
    for i, (service_id, name, alternate, description, eligibility, low, high, status) in enumerate(services):
        columns.min_age[i] = -np.inf if low is None else low
        columns.max_age[i] = np.inf if high is None else high
        columns.active[i] = (status or "active").strip().lower() not in INACTIVE
        words = [name, name, alternate or "", description or "", eligibility or ""]
        for code, term_name, taxonomy in terms.get(service_id, ()):
            if code in AUDIENCE_BIT and (taxonomy in ("", "hidden-harm-audience") or "audience" in taxonomy):
                columns.audiences[i] |= AUDIENCE_BIT[code]
                continue
            if code not in need_bits and len(need_bits) < 63:
                need_bits[code], need_names[code] = len(need_bits), term_name
            if code in need_bits:
                columns.needs[i] |= 1 << need_bits[code]
            words.append(term_name)
        points = positions.get(service_id, [])
        for area_name, extent_type in areas.get(service_id, ()):
            covered = area_coverage(area_name, extent_type)
            columns.coverage[i] |= covered
            words.append(area_name or "")
            town = None if covered or points or not area_name else gazetteer.named(area_name)
            if town is not None and town.has_position:  # a local area without an address: use the town
                points = [(town.latitude or 0.0, town.longitude or 0.0)]
        located += [(i, lat, lon) for lat, lon in points]
        for (language,) in languages.get(service_id, ()):
            if language:
                words.append(language)
                offered.setdefault(normalise_name(language), np.zeros(len(services), np.bool_))[i] = True
        texts.append(" ".join(words))
    bm25, vocabulary = _bm25(texts)
    where = np.asarray([item[0] for item in located], np.int64)
    has_position = np.zeros(len(services), np.bool_)
    has_position[where] = True
    matcher_terms = [(code, code) for code in need_bits] + list(need_names.items())
    return DirectoryIndex(
        revision=revision,
        ids=[row[0] for row in services],
        names=[row[1] for row in services],
        min_age=columns.min_age,
        max_age=columns.max_age,
        audiences=columns.audiences,
        needs=columns.needs,
        need_matrix=((columns.needs[:, None] >> np.arange(max(len(need_bits), 1))) & 1).astype(np.float32),
        coverage=columns.coverage,
        active=columns.active,
        has_position=has_position,
        location_service=where,
        location_starts=np.flatnonzero(np.r_[True, where[1:] != where[:-1]]) if len(where) else where,
        latitudes=np.asarray([item[1] for item in located], np.float64),
        longitudes=np.asarray([item[2] for item in located], np.float64),
        bm25=bm25,
        column_best=bm25.max(axis=0).toarray().ravel() if bm25.shape[0] else np.zeros(0),
        rare_word_weight=float(bm25.max()) if bm25.nnz else 1.0,
        vocabulary=vocabulary,
        words=[word for word, _ in sorted(vocabulary.items(), key=lambda item: item[1])],
        need_bits=need_bits,
        need_names=need_names,
        term_codes={
            term_id: code
            for term_id, code in session.execute(select(TaxonomyTerm.id, TaxonomyTerm.code))
            if code
        },
        languages=offered,
        matcher=NeedMatcher(terms=matcher_terms, known_words=vocabulary),
        gazetteer=gazetteer,
    )


def _bm25(texts: list[str]) -> tuple[sparse.csc_matrix, dict[str, int]]:
    """BM25 weight of every (service, word): a query's score is the sum of its words' columns."""
    if not texts:
        return sparse.csc_matrix((0, 0)), {}
    vectorizer = CountVectorizer(analyzer=analyse, dtype=np.float64)
    counts = sparse.csr_matrix(vectorizer.fit_transform(texts))
    lengths = np.asarray(counts.sum(axis=1)).ravel()
    average = lengths.mean() or 1.0
    documents = np.asarray((counts > 0).sum(axis=0)).ravel()
    idf = np.log(1 + (len(texts) - documents + 0.5) / (documents + 0.5))
    rows = np.repeat(np.arange(counts.shape[0]), np.diff(counts.indptr))
    tf = counts.data
    counts.data = (
        idf[counts.indices]
        * tf
        * (BM25_K1 + 1)
        / (tf + BM25_K1 * (1 - BM25_B + BM25_B * lengths[rows] / average))
    )
    vocabulary = {str(word): int(column) for word, column in vectorizer.vocabulary_.items()}
    return counts.tocsc(), vocabulary
