"""find_services: eligibility, local before national, nations, free text, misspellings, reasons, freshness."""

from __future__ import annotations

import pytest
from sqlalchemy.orm import Session, sessionmaker

from services_directory.importer import import_data
from services_directory.search import SearchError, ServiceQuery, find_services


def ids(sessions: sessionmaker[Session], **query: object) -> list[str]:
    with sessions() as session:
        return [hit.id for hit in find_services(session, ServiceQuery(**query)).hits]  # type: ignore[arg-type]


def test_a_local_service_that_fits_comes_before_national_ones(small_directory: sessionmaker[Session]) -> None:
    with small_directory() as session:
        result = find_services(
            session,
            ServiceQuery(
                text="someone to talk to about my mum's drinking",
                audience="young-person",
                age=14,
                place="LS6",
            ),
        )
    assert result.hits[0].id == "t-leeds-youth"
    assert result.hits[0].scope == "local" and 0 < (result.hits[0].distance_km or 0) < 40
    assert "t-national-helpline" in [hit.id for hit in result.hits]
    assert not result.national_fallback
    assert any(reason.startswith("offers someone to talk to") for reason in result.hits[0].reasons)


def test_national_services_fill_the_list_when_nothing_local_fits(
    small_directory: sessionmaker[Session],
) -> None:
    with small_directory() as session:
        result = find_services(
            session,
            ServiceQuery(text="someone to talk to", audience="young-person", age=14, place="Plymouth"),
        )
    assert result.national_fallback
    assert result.hits[0].id == "t-national-helpline" and "UK-wide service" in result.hits[0].reasons
    assert "t-wales-line" not in [hit.id for hit in result.hits]  # Plymouth is in England


def test_a_regional_service_matches_places_in_its_nation(small_directory: sessionmaker[Session]) -> None:
    found = ids(small_directory, text="someone to talk to", audience="young-person", age=15, place="SA1")
    assert "t-wales-line" in found
    assert "t-wales-line" in ids(
        small_directory, text="talk to someone", audience="young-person", place="Wales"
    )


def test_the_age_must_be_in_range(small_directory: sessionmaker[Session]) -> None:
    assert "t-national-helpline" not in ids(small_directory, text="someone to talk to", age=19)
    assert "t-leeds-treatment" not in ids(small_directory, text="stop drinking", age=16, place="Leeds")
    assert "t-cardiff-carers" not in ids(small_directory, text="young carers", age=7, place="Cardiff")


def test_a_young_person_never_gets_a_service_only_for_professionals(
    small_directory: sessionmaker[Session],
) -> None:
    assert "t-prof-training" in ids(
        small_directory, text="training on talking to children", audience="professional"
    )
    assert "t-prof-training" not in ids(
        small_directory, text="training on talking to children", audience="young-person", limit=10
    )


def test_inactive_services_are_never_offered(small_directory: sessionmaker[Session]) -> None:
    assert "t-closed" not in ids(small_directory, text="someone to talk to", limit=10)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("councelling", "t-leeds-youth"),
        ("cutting down on drink", "t-leeds-treatment"),
        ("i look after my mam, is there a yung carers thing", "t-cardiff-carers"),
        ("young-carers", "t-cardiff-carers"),
    ],
)
def test_free_text_synonyms_and_misspellings(
    small_directory: sessionmaker[Session], text: str, expected: str
) -> None:
    near = "Cardiff" if "carers" in text else "Leeds"
    assert ids(small_directory, text=text, place=near)[0] == expected


def test_needs_can_be_given_as_taxonomy_codes(small_directory: sessionmaker[Session]) -> None:
    assert ids(small_directory, needs=("young-carers",), place="CF10")[0] == "t-cardiff-carers"


def test_misspelt_towns_and_unknown_places(small_directory: sessionmaker[Session]) -> None:
    with small_directory() as session:
        result = find_services(session, ServiceQuery(text="councelling", place="Leeeds"))
        assert result.place is not None and result.place.label == "Leeds"
        unknown = find_services(session, ServiceQuery(text="councelling", place="Qwxzy"))
        assert unknown.place_not_found and unknown.hits


def test_terms_filter_strictly(small_directory: sessionmaker[Session]) -> None:
    assert set(ids(small_directory, terms=("young-carers",), limit=10)) == {"t-cardiff-carers"}
    assert set(ids(small_directory, terms=("t-hidden-harm-needs-young-carers",), limit=10)) == {
        "t-cardiff-carers"
    }
    assert ids(small_directory, terms=("no-such-term",)) == []


def test_an_import_is_seen_by_the_next_search(small_directory: sessionmaker[Session]) -> None:
    assert ids(small_directory, text="bereavement") != ["t-grief"]
    grief = {
        "id": "t-grief",
        "name": "Grief Support",
        "service_areas": [{"name": "United Kingdom", "extent_type": "national"}],
        "attributes": [
            {
                "taxonomy_term": {
                    "id": "g",
                    "code": "bereavement",
                    "name": "Bereavement",
                    "vocabulary": "hidden-harm-needs",
                }
            }
        ],
    }
    import_data(small_directory, [grief])
    assert ids(small_directory, text="my dad died")[0] == "t-grief"


def test_an_empty_query_lists_services_by_distance(small_directory: sessionmaker[Session]) -> None:
    found = ids(small_directory, place="LS1 4AP", limit=10)
    assert found[:2] == ["t-leeds-treatment", "t-leeds-youth"]


def test_bad_queries_are_refused(small_directory: sessionmaker[Session]) -> None:
    with small_directory() as session:
        for query in (ServiceQuery(audience="alien"), ServiceQuery(age=-1), ServiceQuery(limit=0)):
            with pytest.raises(SearchError):
                find_services(session, query)


def test_an_empty_directory_finds_nothing(sessions: sessionmaker[Session]) -> None:
    with sessions() as session:
        result = find_services(session, ServiceQuery(text="someone to talk to", place="Leeds"))
    assert result.hits == [] and result.national_fallback
