"""`assistant directory ...`, `assistant geo ...` and `assistant bench directory`."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from assistant import db
from assistant.settings import Settings
from services_directory.documents import DirectoryImportError
from services_directory.exporter import write_export
from services_directory.importer import import_file
from services_directory.places import import_places
from services_directory.search import (
    DEFAULT_RADIUS_KM,
    SearchError,
    SearchResult,
    ServiceQuery,
    find_services,
)
from services_directory.search_index import AUDIENCES

FILE = click.Path(exists=True, dir_okay=False, path_type=Path)


@click.group("directory")
def directory_group() -> None:
    """The services directory (HSDS 3.0 / Open Referral UK): import, export, search."""


@directory_group.command("import")
@click.argument("file", type=FILE)
@click.option(
    "--replace", is_flag=True, help="Replace the whole directory instead of adding and updating by id."
)
@click.pass_obj
def directory_import(settings: Settings, file: Path, replace: bool) -> None:
    """Import an HSDS 3.0 JSON file: checked in full first, then written all at once or not at all."""
    with db.migrated_sessions(settings.database_url) as sessions:
        try:
            report = import_file(sessions, file, replace=replace)
        except DirectoryImportError as error:
            raise click.ClickException(
                f"{file}: {error}. Nothing was imported; the directory is unchanged."
            ) from error
    for warning in report.warnings:
        click.echo(f"warning: {warning}", err=True)
    click.echo(report.summary())


@directory_group.command("export")
@click.argument("file", required=False, type=click.Path(dir_okay=False, writable=True, path_type=Path))
@click.pass_obj
def directory_export(settings: Settings, file: Path | None) -> None:
    """Write the directory as HSDS 3.0 JSON (an array of services) to FILE, or to standard output."""
    with db.migrated_sessions(settings.database_url) as sessions, sessions() as session:
        if file is None:
            count = write_export(session, sys.stdout)
        else:
            with file.open("w", encoding="utf-8") as out:
                count = write_export(session, out)
    click.echo(f"exported {count} service(s)" + (f" to {file}" if file else ""), err=True)


@directory_group.command("search")
@click.argument("text", default="")
@click.option(
    "--near", "place", help="A postcode, postcode district or town, e.g. 'LS1 4AP', 'CF10', 'Leeds'."
)
@click.option("--age", type=click.IntRange(0, 150), help="The age of the person the service is for.")
@click.option("--audience", type=click.Choice(AUDIENCES), help="Who is asking.")
@click.option("--limit", default=5, show_default=True, type=click.IntRange(1, 50))
@click.option(
    "--radius", default=DEFAULT_RADIUS_KM, show_default=True, type=float, help="Reach of local services, km."
)
@click.pass_obj
def directory_search(
    settings: Settings,
    text: str,
    place: str | None,
    age: int | None,
    audience: str | None,
    limit: int,
    radius: float,
) -> None:
    """Search the directory and print ranked services with why each matched."""
    query = ServiceQuery(
        text=text,
        audience=audience,
        age=age,
        place=place,
        limit=limit,
        radius_km=radius,
        postcodes_io_url=settings.postcodes_io_url,
    )
    with db.migrated_sessions(settings.database_url) as sessions, sessions() as session:
        try:
            result = find_services(session, query)
        except SearchError as error:
            raise click.UsageError(str(error)) from error
    click.echo(format_result(result, place))


def format_result(result: SearchResult, place: str | None) -> str:
    lines = []
    if result.place_not_found:
        lines.append(f"(could not find the place {place!r}; showing services that do not depend on it)")
    elif result.place is not None:
        lines.append(
            f"near {result.place.label}" + (f", {result.place.nation}" if result.place.nation else "")
        )
    if result.national_fallback:
        lines.append("(no local service fitted; national services instead)")
    if not result.hits:
        lines.append("no matching services")
    for rank, hit in enumerate(result.hits, start=1):
        where = (
            f"{hit.distance_km:.1f} km" if hit.scope == "local" and hit.distance_km is not None else hit.scope
        )
        lines.append(f"{rank}. {hit.name} [{hit.id}] ({where})")
        lines.append(f"   why: {'; '.join(hit.reasons)}")
    return "\n".join(lines)


@click.group("geo")
def geo_group() -> None:
    """Places for geocoding: postcode districts or an ONS postcode directory."""


@geo_group.command("import")
@click.argument("file", type=FILE)
@click.pass_obj
def geo_import(settings: Settings, file: Path) -> None:
    """Load a postcode CSV: postcode, latitude, longitude (city, county...) or ONS pcds, lat, long."""
    with db.migrated_sessions(settings.database_url) as sessions:
        try:
            report = import_places(sessions, file)
        except (DirectoryImportError, UnicodeDecodeError) as error:
            raise click.ClickException(f"{file}: {error}. Nothing was imported.") from error
    click.echo(report.summary())


@click.command("directory")
@click.option("--services", default=100_000, show_default=True, help="How many made-up services to import.")
@click.option("--searches", default=500, show_default=True, help="How many searches to time.")
@click.option(
    "--places",
    type=FILE,
    help="A postcode-district CSV to spread the services over (default: postcode areas).",
)
@click.option("--skip-speed", is_flag=True, help="Only measure search quality.")
def bench_directory(services: int, searches: int, places: Path | None, skip_speed: bool) -> None:
    """Directory search: top-3 accuracy on the labelled queries, then import and search speed."""
    from services_directory.bench import run_speed_benchmark
    from services_directory.evaluate import DEV, HELDOUT, demo_directory, load_queries, top3_accuracy

    with demo_directory() as sessions, sessions() as session:
        for label, path in (("dev", DEV), ("heldout", HELDOUT)):
            if not path.exists():
                click.echo(f"top-3 {label}: {path} is missing")
                continue
            result = top3_accuracy(session, load_queries(path))
            click.echo(f"top-3 {label}: {result.accuracy:.3f} ({result.correct}/{result.total})")
    if skip_speed:
        return
    report = run_speed_benchmark(services, searches, places)
    click.echo(f"import of {report.services} services: {report.import_seconds:.1f} s (target < 60 s)")
    click.echo(f"search index build: {report.index_seconds:.1f} s")
    timing = f"p50 {report.p50_ms:.1f} ms, p95 {report.p95_ms:.1f} ms"
    click.echo(f"search over {report.searches} queries: {timing} (target p95 < 20 ms)")
