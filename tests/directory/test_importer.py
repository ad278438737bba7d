"""Importing HSDS 3.0: every accepted shape, upserts, replacement, and refusing malformed files whole."""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session, sessionmaker

from services_directory.documents import DirectoryImportError
from services_directory.exporter import export_services
from services_directory.importer import import_data, import_file
from services_directory.models import Location, TaxonomyTerm
from tests.directory.conftest import HSDS_EXAMPLES, SMALL, snapshot, without_empty, write_json

OFFICIAL_ID = "ac148810-d857-441c-9679-408f346de14b"


def example(name: str) -> Any:
    return json.loads((HSDS_EXAMPLES / name).read_text(encoding="utf-8"))


def test_a_full_official_service_round_trips_exactly(sessions: sessionmaker[Session]) -> None:
    report = import_file(sessions, HSDS_EXAMPLES / "service_full.json")
    assert (report.added, report.updated, report.removed) == (1, 0, 0)
    assert "latitude: 100 is outside -90..90" in report.warnings[0]  # kept, but never used for distances
    assert snapshot(sessions) == [example("service_full.json")]


@pytest.mark.parametrize(
    ("name", "services"),
    [("service_list.json", 1), ("organization_full.json", 1), ("service_at_location_list.json", 1)],
)
def test_official_pages_and_other_shapes_import(
    sessions: sessionmaker[Session], name: str, services: int
) -> None:
    assert import_file(sessions, HSDS_EXAMPLES / name).added == services
    [service] = snapshot(sessions)
    assert service["id"] == OFFICIAL_ID and service["name"] == "Community Counselling"


def test_a_service_list_page_round_trips(sessions: sessionmaker[Session]) -> None:
    import_file(sessions, HSDS_EXAMPLES / "service_list.json")
    assert without_empty(snapshot(sessions)) == example("service_list.json")["contents"]


def test_an_organization_document_imports_its_services_with_the_organization(
    sessions: sessionmaker[Session],
) -> None:
    import_file(sessions, HSDS_EXAMPLES / "organization_full.json")
    organization = example("organization_full.json")
    [service] = snapshot(sessions)
    expected = {key: value for key, value in organization.items() if key != "services"}
    assert service["organization"] == expected
    assert (
        without_empty({k: v for k, v in service.items() if k != "organization"})
        == organization["services"][0]
    )


def test_a_service_at_location_page_gathers_the_locations_back_into_the_service(
    sessions: sessionmaker[Session],
) -> None:
    import_file(sessions, HSDS_EXAMPLES / "service_at_location_list.json")
    [service] = snapshot(sessions)
    [link] = service["service_at_locations"]
    assert link["location"]["name"] == "MyCity Civic Center"


def test_a_taxonomy_term_page_then_services_naming_terms_by_id(
    sessions: sessionmaker[Session], tmp_path: Path
) -> None:
    import_file(sessions, HSDS_EXAMPLES / "taxonomy_term_list.json")
    term_id = example("taxonomy_term_list.json")["contents"][0]["id"]
    service = {"id": "s1", "name": "S", "attributes": [{"id": "a1", "taxonomy_term_id": term_id}]}
    import_file(sessions, write_json(tmp_path / "s.json", [service]))
    [exported] = snapshot(sessions)
    assert exported["attributes"][0]["taxonomy_term_id"] == term_id
    assert exported["attributes"][0]["taxonomy_term"]["code"] == "code"


def test_terms_can_come_with_the_services_at_the_top_level(sessions: sessionmaker[Session]) -> None:
    document = {
        "services": [{"id": "s1", "name": "S", "attributes": [{"taxonomy_term_id": "t1"}]}],
        "taxonomy_terms": [
            {"id": "t1", "code": "counselling", "name": "Counselling", "vocabulary": "hidden-harm-needs"}
        ],
    }
    import_data(sessions, document)
    with sessions() as session:
        assert session.get(TaxonomyTerm, "t1") is not None


def test_unknown_fields_are_kept_and_exported(sessions: sessionmaker[Session]) -> None:
    service = {
        "id": "s1",
        "name": "S",
        "x_local_code": {"ward": "E05001234"},
        "phones": [{"id": "p1", "number": "0800 1111", "x_free": True}],
    }
    import_data(sessions, [service])
    [exported] = snapshot(sessions)
    assert exported["x_local_code"] == {"ward": "E05001234"} and exported["phones"][0]["x_free"] is True


def test_the_small_directory_round_trips(
    sessions: sessionmaker[Session], small_services: list[dict[str, Any]]
) -> None:
    import_file(sessions, SMALL)
    assert without_empty(snapshot(sessions)) == without_empty(sorted(small_services, key=lambda s: s["id"]))


def test_upsert_adds_and_updates_by_id_and_keeps_the_rest(sessions: sessionmaker[Session]) -> None:
    import_file(sessions, SMALL)
    report = import_data(
        sessions, [{"id": "t-national-helpline", "name": "Renamed"}, {"id": "new", "name": "New"}]
    )
    assert (report.added, report.updated, report.removed) == (1, 1, 0)
    services = {s["id"]: s for s in snapshot(sessions)}
    assert len(services) == 9 and services["t-national-helpline"]["name"] == "Renamed"
    assert services["t-national-helpline"]["phones"] == []  # an update replaces the whole service


def test_replace_swaps_the_whole_directory(sessions: sessionmaker[Session]) -> None:
    import_file(sessions, SMALL)
    report = import_data(sessions, [{"id": "t-wales-line", "name": "Only one"}], replace=True)
    assert (report.added, report.updated, report.removed) == (0, 1, 7)
    assert [s["id"] for s in snapshot(sessions)] == ["t-wales-line"]


def test_locations_no_service_uses_any_more_are_removed(sessions: sessionmaker[Session]) -> None:
    import_file(sessions, SMALL)
    import_data(sessions, [{"id": "t-leeds-youth", "name": "Moved online"}])
    with sessions() as session:
        assert session.get(Location, "t-leeds-youth-loc") is None
        assert session.scalar(select(func.count()).select_from(Location)) == 2


def broken(change: str) -> list[Any]:
    """The small directory with one thing wrong in its third service (index 2)."""
    services: list[Any] = json.loads(SMALL.read_text(encoding="utf-8"))
    third = services[2]
    if change == "age":
        third["minimum_age"] = "twelve"
    elif change == "missing id":
        del third["id"]
    elif change == "missing name":
        third["name"] = " "
    elif change == "phone":
        third["phones"][0]["number"] = 8001111
    elif change == "duplicate":
        third["id"] = services[0]["id"]
    elif change == "attribute":
        third["attributes"][0] = {"id": "x"}
    elif change == "term":
        third["attributes"][0] = {"id": "x", "taxonomy_term_id": "nowhere"}
    elif change == "ages reversed":
        third["minimum_age"], third["maximum_age"] = 30, 10
    elif change == "not an object":
        services[2] = "a service"
    return services


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (
            "age",
            "record 2 (id 't-national-helpline'): field minimum_age: must be a number, not the string",
        ),
        ("missing id", "record 2 (id None): field id: is required"),
        ("missing name", "record 2 (id 't-national-helpline'): field name: is required"),
        (
            "phone",
            "record 2 (id 't-national-helpline'): field phones[0].number: must be a string, not the number",
        ),
        ("duplicate", "record 2 (id 't-leeds-youth'): field id: duplicates record 0 (id 't-leeds-youth')"),
        ("attribute", "field attributes[0]: needs a taxonomy_term object or a taxonomy_term_id"),
        ("term", "field attributes[0].taxonomy_term_id: unknown taxonomy term 'nowhere'"),
        ("ages reversed", "field minimum_age: is more than maximum_age"),
        ("not an object", "record 2: must be a JSON object"),
    ],
)
def test_a_malformed_file_names_the_record_and_field_and_changes_nothing(
    sessions: sessionmaker[Session], change: str, message: str
) -> None:
    import_data(sessions, [{"id": "keep", "name": "Already here"}])
    before = snapshot(sessions)
    with pytest.raises(DirectoryImportError, match=None) as error:
        import_data(sessions, broken(change), replace=True)
    assert message in str(error.value)
    assert snapshot(sessions) == before


def test_bad_json_and_wrong_shapes_are_refused(sessions: sessionmaker[Session], tmp_path: Path) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text('[{"id": "a", "name": "A"},', encoding="utf-8")
    with pytest.raises(DirectoryImportError, match=r"not valid JSON: .* line 1"):
        import_file(sessions, bad)
    for document, message in (
        ("text", "must hold a JSON array"),
        ({"contents": {"id": "a"}}, "'contents' must be an array"),
        ([{"id": "a", "name": "A", "phones": {"number": "1"}}], "field phones: must be an array"),
    ):
        with pytest.raises(DirectoryImportError, match=message):
            import_data(sessions, document)
    assert snapshot(sessions) == []


def test_nan_is_not_a_number_json_accepts(sessions: sessionmaker[Session], tmp_path: Path) -> None:
    path = tmp_path / "nan.json"
    path.write_text('[{"id": "a", "name": "A", "minimum_age": NaN}]', encoding="utf-8")
    with pytest.raises(DirectoryImportError, match="NaN is not allowed"):
        import_file(sessions, path)


def test_one_service_by_id_exports_like_the_whole_directory(small_directory: sessionmaker[Session]) -> None:
    with small_directory() as session:
        everything = {s["id"]: s for s in export_services(session)}
        assert export_services(session, ["t-cardiff-carers"]) == [everything["t-cardiff-carers"]]
        assert export_services(session, ["nothing"]) == []


def test_a_copy_of_a_service_under_a_new_id_is_a_new_service(sessions: sessionmaker[Session]) -> None:
    original = example("service_full.json")
    twin = copy.deepcopy(original)
    twin["id"] = "twin"
    report = import_data(sessions, [original, twin])  # they share phone, location and term ids: allowed
    assert report.added == 2
    assert {s["id"] for s in snapshot(sessions)} == {OFFICIAL_ID, "twin"}


def test_ids_named_without_their_object_must_be_known(sessions: sessionmaker[Session]) -> None:
    import_file(sessions, SMALL)
    link = {"id": "l1", "location_id": "t-leeds-youth-loc"}
    report = import_data(
        sessions, [{"id": "s1", "name": "S", "organization_id": "t-org", "service_at_locations": [link]}]
    )
    assert report.added == 1
    service = next(s for s in snapshot(sessions) if s["id"] == "s1")
    assert service["organization"]["name"] == "Test Charity"
    assert service["service_at_locations"][0]["location"]["name"] == "Leeds Youth Hub"
    before = snapshot(sessions)
    for bad, message in (
        (
            {"id": "s2", "name": "S", "organization_id": "nope"},
            "field organization_id: unknown organization 'nope'",
        ),
        (
            {"id": "s2", "name": "S", "organization": {"id": "nope"}},
            "field organization.id: unknown organization",
        ),
        (
            {"id": "s2", "name": "S", "service_at_locations": [{"location": {"id": "nope"}}]},
            "record 0 (id 's2'): field service_at_locations[0].location.id: unknown location 'nope'",
        ),
    ):
        with pytest.raises(DirectoryImportError, match=None) as error:
            import_data(sessions, [bad])
        assert message in str(error.value)
    assert snapshot(sessions) == before


def test_a_bare_location_reference_does_not_blank_the_location(sessions: sessionmaker[Session]) -> None:
    import_file(sessions, SMALL)
    import_data(
        sessions,
        [{"id": "s1", "name": "S", "service_at_locations": [{"location": {"id": "t-leeds-youth-loc"}}]}],
    )
    with sessions() as session:
        location = session.get(Location, "t-leeds-youth-loc")
        assert location is not None and location.name == "Leeds Youth Hub"
