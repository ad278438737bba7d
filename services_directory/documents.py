"""The shapes an HSDS 3.0 file can take, reduced to a list of service records and of taxonomy terms.

Accepted: a bare array of services; a page `{"contents": [...]}` or `{"items": [...]}`; a single service;
an organization (or a page of them) with its `services`; a page of service_at_location objects (each
with its `service` and `location`); a page of taxonomy terms; or `{"services": [...], "taxonomy_terms":
[...]}`.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any


class DirectoryImportError(ValueError):
    """The file cannot be imported; the message names the record and the field."""


@dataclass
class Record:
    """One service object of the file and how to name it in an error message."""

    label: str
    data: dict[str, Any]


@dataclass
class Document:
    records: list[Record] = field(default_factory=list)
    terms: list[Record] = field(default_factory=list)


SERVICE_KEYS = frozenset(
    {"status", "organization", "organization_id", "attributes", "service_areas", "service_at_locations"}
    | {"phones", "schedules", "languages", "minimum_age", "maximum_age", "eligibility_description"}
)
TERM_KEYS = frozenset(
    {"code", "taxonomy", "taxonomy_id", "taxonomy_detail", "term_uri", "vocabulary", "parent_id"}
)


def _reject_constant(name: str) -> float:
    raise ValueError(f"{name} is not allowed in JSON")


def read_json(path: Path) -> Any:
    """Parse a file, turning every JSON problem into a DirectoryImportError with the place it happened."""
    try:
        text = path.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as error:
        raise DirectoryImportError(f"cannot read {path}: {error}") from error
    try:
        return json.loads(text, parse_constant=_reject_constant)
    except json.JSONDecodeError as error:
        raise DirectoryImportError(
            f"{path} is not valid JSON: {error.msg} at line {error.lineno} column {error.colno}"
        ) from error
    except ValueError as error:
        raise DirectoryImportError(f"{path} is not valid JSON: {error}") from error


def _label(index: str, data: dict[str, Any]) -> str:
    return f"record {index} (id {data.get('id')!r})"


def _items(data: Any) -> tuple[list[Any], list[Any]]:
    """The top-level items of a document and any top-level taxonomy terms."""
    if isinstance(data, list):
        return data, []
    if not isinstance(data, dict):
        raise DirectoryImportError("the file must hold a JSON array of services, a page or a service object")
    for key in ("contents", "items"):
        if key in data:
            if not isinstance(data[key], list):
                raise DirectoryImportError(f"the page's {key!r} must be an array")
            return data[key], []
    if "id" not in data and isinstance(data.get("services"), list):
        terms = data.get("taxonomy_terms", [])
        if not isinstance(terms, list):
            raise DirectoryImportError("'taxonomy_terms' must be an array")
        return data["services"], terms
    return [data], []


def _is_term(item: dict[str, Any]) -> bool:
    return bool(TERM_KEYS & item.keys()) and not SERVICE_KEYS & item.keys() and "service" not in item


def read_document(data: Any) -> Document:
    """Flatten any accepted shape into service records, merging service_at_location pages by service."""
    items, top_terms = _items(data)
    document = Document(terms=[Record(f"taxonomy term {i}", t) for i, t in enumerate(top_terms)])
    from_locations: dict[str, Record] = {}
    for index, item in enumerate(items):
        if not isinstance(item, dict):
            raise DirectoryImportError(f"record {index}: must be a JSON object, not {type(item).__name__}")
        if isinstance(item.get("services"), list):
            document.records.extend(_organization_services(str(index), item))
        elif isinstance(item.get("service"), dict):
            _merge_service_at_location(str(index), item, from_locations, document)
        elif _is_term(item):
            document.terms.append(Record(f"taxonomy term {index} (id {item.get('id')!r})", item))
        else:
            document.records.append(Record(_label(str(index), item), item))
    return document


def _organization_services(index: str, organization: dict[str, Any]) -> list[Record]:
    """An organization document: its services, each carrying the organization unless it names its own."""
    parent = {key: value for key, value in organization.items() if key != "services"}
    records = []
    for position, service in enumerate(organization["services"]):
        where = f"{index}.services[{position}]"
        if not isinstance(service, dict):
            raise DirectoryImportError(f"record {where}: must be a JSON object, not {type(service).__name__}")
        if "organization" not in service and "organization_id" not in service:
            service = {**service, "organization": parent}
        records.append(Record(_label(where, service), service))
    return records


def _merge_service_at_location(
    index: str, item: dict[str, Any], seen: dict[str, Record], document: Document
) -> None:
    """A service_at_location page lists a service once per location: gather its locations back together."""
    service = item["service"]
    link = {key: value for key, value in item.items() if key != "service"}
    service_id = service.get("id")
    record = seen.get(service_id) if isinstance(service_id, str) else None
    if record is None:
        known_links = service.get("service_at_locations")
        links_copy = list(known_links) if isinstance(known_links, list) else []
        record = Record(_label(index, service), {**service, "service_at_locations": links_copy})
        if isinstance(service_id, str):
            seen[service_id] = record
        document.records.append(record)
    links = record.data["service_at_locations"]
    if not any(link.get("id") is not None and link.get("id") == known.get("id") for known in links):
        links.append(link)
