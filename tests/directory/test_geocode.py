"""Postcodes, nations, the place table, the gazetteer and the optional postcodes.io look-up."""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, HTTPServer
from pathlib import Path

import pytest
from sqlalchemy.orm import Session, sessionmaker

from services_directory.documents import DirectoryImportError
from services_directory.gazetteer import Gazetteer
from services_directory.geocode import haversine_km, lookup_postcodes_io
from services_directory.places import import_places, nation_from_postcode, parse_postcode

DISTRICTS_CSV = """\
postcode,easting,northing,latitude,longitude,city,county,country_code,country_name,iso3166-2,region_code,region_name
LS1,429800,433500,53.79674,-1.54754,,Leeds,ENG,England,GB-ENG,YORKHUMB,Yorkshire and the Humber
CF10,318300,175700,51.47387,-3.17648,Butetown,Cardiff,WLS,Wales,GB-WLS,WALES,Wales
TD15,399000,652000,55.76,-2.01,Berwick,Northumberland,ENG,England,GB-ENG,NORTHEAST,North East
XX,0,0,,,,,,,,,
"""
ONS_CSV = """pcd,pcds,lat,long,ctry
LS1  4AP,LS1 4AP,53.7999,-1.5491,E92000001
LS2  7EY,LS2 7EY,53.8067,-1.5550,E92000001
ZZ9  9ZZ,ZZ9 9ZZ,99.999999,0.000000,E92000001
"""


@pytest.mark.parametrize(
    ("text", "parsed"),
    [
        ("ls1 4ap", ("LS1 4AP", "full")),
        ("SW1A1AA", ("SW1A 1AA", "full")),
        ("CF10", ("CF10", "outcode")),
        (" eh1 ", ("EH1", "outcode")),
        ("Leeds", None),
        ("12345", None),
    ],
)
def test_postcodes_are_parsed(text: str, parsed: tuple[str, str] | None) -> None:
    assert parse_postcode(text) == parsed


@pytest.mark.parametrize(
    ("code", "nation"),
    [
        ("CF10", "Wales"),
        ("LL57 2PW", "Wales"),
        ("BT12", "Northern Ireland"),
        ("G31", "Scotland"),
        ("EH6", "Scotland"),
        ("GL1", "England"),
        ("LS1", "England"),
        ("IM1", None),
    ],
)
def test_the_nation_of_a_postcode_area(code: str, nation: str | None) -> None:
    assert nation_from_postcode(code) == nation


def test_haversine() -> None:
    assert haversine_km(53.7967, -1.5475, 53.3811, -1.4701) == pytest.approx(
        46.5, abs=0.5
    )  # Leeds - Sheffield


def test_geo_import_reads_a_district_csv_and_nations_come_from_it(
    sessions: sessionmaker[Session], tmp_path: Path
) -> None:
    path = tmp_path / "outcodes.csv"
    path.write_text(DISTRICTS_CSV, encoding="utf-8")
    report = import_places(sessions, path)
    assert (report.imported, report.skipped) == (3, 1)
    with sessions() as session:
        gazetteer = Gazetteer.build(session)
        berwick = gazetteer.resolve(session, "TD15")
        assert berwick is not None and berwick.nation == "England"  # the CSV knows better than the TD prefix
        cardiff = gazetteer.resolve(session, "CF10 1AA")
        assert (
            cardiff is not None and cardiff.latitude == pytest.approx(51.47387) and cardiff.nation == "Wales"
        )


def test_geo_import_reads_ons_postcodes_and_averages_their_districts(
    sessions: sessionmaker[Session], tmp_path: Path
) -> None:
    path = tmp_path / "onspd.csv"
    path.write_text(ONS_CSV, encoding="utf-8")
    report = import_places(sessions, path)
    assert (report.imported, report.skipped, report.derived_outcodes) == (2, 1, 2)
    with sessions() as session:
        gazetteer = Gazetteer.build(session)
        exact = gazetteer.resolve(session, "ls1 4ap")
        assert exact is not None and (exact.latitude, exact.source) == (53.7999, "place table")
        district = gazetteer.resolve(session, "LS2")
        assert district is not None and district.latitude == pytest.approx(53.8067)


def test_a_csv_without_positions_is_refused(sessions: sessionmaker[Session], tmp_path: Path) -> None:
    path = tmp_path / "bad.csv"
    path.write_text("name,town\nx,y\n", encoding="utf-8")
    with pytest.raises(DirectoryImportError, match="missing: code, latitude, longitude"):
        import_places(sessions, path)


@pytest.mark.parametrize(
    ("text", "label", "nation"),
    [
        ("edinbrugh", "Edinburgh", "Scotland"),
        ("Manchster", "Manchester", "England"),
        ("newcastle", "Newcastle upon Tyne", "England"),
        ("Caerdydd", "Cardiff", "Wales"),
        ("I live in Leeds", "Leeds", "England"),
        ("Bangor, Gwynedd", "Bangor", "Wales"),
        ("Bangor, Northern Ireland", "Bangor", "Northern Ireland"),
        ("Wales", "Wales", "Wales"),
        ("UK", "United Kingdom", None),
        ("S10", "near Sheffield", "England"),
        ("LS2 9ZZ", "LS2 9ZZ", "England"),  # a postcode of the directory itself
        ("Leeds", "Leeds", "England"),
    ],
)
def test_places_resolve_offline(
    small_directory: sessionmaker[Session], text: str, label: str, nation: str | None
) -> None:
    with small_directory() as session:
        place = Gazetteer.build(session).resolve(session, text)
    assert place is not None and (place.label, place.nation) == (label, nation)


def test_unknown_places_resolve_to_nothing(sessions: sessionmaker[Session]) -> None:
    with sessions() as session:
        gazetteer = Gazetteer.build(session)
        assert gazetteer.resolve(session, "Qwxzy") is None
        leith = gazetteer.resolve(session, "Leith")  # not a GeoNames town: must not become Leigh
        assert leith is None or leith.label != "Leigh"


class _Postcodes(BaseHTTPRequestHandler):
    def do_GET(self) -> None:
        if self.path == "/postcodes/LS1%204AP":
            body = {"status": 200, "result": {"latitude": 53.8, "longitude": -1.55, "country": "England"}}
            data = json.dumps(body).encode()
            self.send_response(200)
        else:
            data = b'{"status": 404, "error": "Postcode not found"}'
            self.send_response(404)
        self.send_header("Content-Type", "application/json")
        self.end_headers()
        self.wfile.write(data)

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture
def postcodes_io() -> Iterator[str]:
    server = HTTPServer(("127.0.0.1", 0), _Postcodes)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_port}"
    server.shutdown()
    server.server_close()


def test_postcodes_io_is_asked_about_unknown_postcodes_and_failures_are_ignored(
    sessions: sessionmaker[Session], postcodes_io: str
) -> None:
    found = lookup_postcodes_io(postcodes_io, "LS1 4AP")
    assert found is not None and (found.latitude, found.nation, found.source) == (
        53.8,
        "England",
        "postcodes.io",
    )
    assert lookup_postcodes_io(postcodes_io, "ZZ1 1ZZ") is None
    assert lookup_postcodes_io("http://127.0.0.1:9", "LS1 4AP", timeout=0.5) is None
    with sessions() as session:
        place = Gazetteer.build(session).resolve(session, "LS1 4AP", postcodes_io)
    assert place is not None and place.source == "postcodes.io"


@pytest.mark.parametrize(
    ("text", "nations"),
    [
        ("Bangor", {"Wales", "Northern Ireland"}),
        ("newport", {"Wales", "England"}),
        ("Bangor, Gwynedd", set()),  # already says which
        ("Leeds", set()),
        ("Sheffeild", set()),  # a misspelling is resolved, not asked about
        ("LS6", set()),
    ],
)
def test_a_bare_name_of_towns_in_two_nations_has_two_readings(
    sessions: sessionmaker[Session], text: str, nations: set[str]
) -> None:
    with sessions() as session:
        readings = Gazetteer.build(session).readings(text)
    assert {place.nation for place in readings} == nations
