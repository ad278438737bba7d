"""`assistant directory ...` and `assistant geo import`, run in-process against the test database."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from assistant.cli import cli
from tests.directory.conftest import HSDS_EXAMPLES, SMALL, without_empty, write_json


def run(runner: CliRunner, *args: str) -> tuple[int, str, str]:
    result = runner.invoke(cli, list(args), catch_exceptions=False)
    return result.exit_code, result.stdout, result.stderr


def exported(runner: CliRunner) -> list[dict[str, object]]:
    code, out, _ = run(runner, "directory", "export")
    assert code == 0
    data: list[dict[str, object]] = json.loads(out)
    return data


def test_import_then_export_round_trips(cli_runner: CliRunner, tmp_path: Path) -> None:
    code, out, _ = run(cli_runner, "directory", "import", str(SMALL))
    assert code == 0 and "added 8, updated 0, removed 0 service(s)" in out
    target = tmp_path / "out.json"
    code, _, err = run(cli_runner, "directory", "export", str(target))
    assert code == 0 and f"exported 8 service(s) to {target}" in err
    original = sorted(json.loads(SMALL.read_text(encoding="utf-8")), key=lambda s: s["id"])
    assert without_empty(json.loads(target.read_text(encoding="utf-8"))) == without_empty(original)
    assert exported(cli_runner) == json.loads(target.read_text(encoding="utf-8"))


@pytest.mark.parametrize(
    "name",
    ["service_full.json", "service_list.json", "organization_full.json", "service_at_location_list.json"],
)
def test_the_official_examples_import_as_they_are(cli_runner: CliRunner, name: str) -> None:
    code, out, _ = run(cli_runner, "directory", "import", str(HSDS_EXAMPLES / name))
    assert code == 0 and "added 1," in out
    [service] = exported(cli_runner)
    assert service["name"] == "Community Counselling"


def test_a_malformed_import_fails_and_leaves_the_directory_as_it_was(
    cli_runner: CliRunner, tmp_path: Path
) -> None:
    run(cli_runner, "directory", "import", str(SMALL))
    before = exported(cli_runner)
    services = json.loads(SMALL.read_text(encoding="utf-8"))
    services[5]["maximum_age"] = "18"
    bad = write_json(tmp_path / "bad.json", services)
    for args in (["directory", "import", str(bad)], ["directory", "import", "--replace", str(bad)]):
        result = cli_runner.invoke(cli, args)
        assert result.exit_code == 1
        assert "record 5 (id 't-prof-training'): field maximum_age: must be a number" in result.output
        assert "the directory is unchanged" in result.output
    broken_json = tmp_path / "broken.json"
    broken_json.write_text("{", encoding="utf-8")
    result = cli_runner.invoke(cli, ["directory", "import", str(broken_json)])
    assert result.exit_code == 1 and "is not valid JSON" in result.output
    assert exported(cli_runner) == before


def test_replace_removes_what_the_file_does_not_have(cli_runner: CliRunner, tmp_path: Path) -> None:
    run(cli_runner, "directory", "import", str(SMALL))
    one = write_json(tmp_path / "one.json", [{"id": "only", "name": "The only one"}])
    code, out, _ = run(cli_runner, "directory", "import", "--replace", str(one))
    assert code == 0 and "added 1, updated 0, removed 8 service(s)" in out
    assert [s["id"] for s in exported(cli_runner)] == ["only"]


def test_search_prints_ranked_services_with_reasons(cli_runner: CliRunner) -> None:
    run(cli_runner, "directory", "import", str(SMALL))
    code, out, _ = run(
        cli_runner,
        "directory",
        "search",
        "councelling",
        "--near",
        "LS1",
        "--age",
        "15",
        "--audience",
        "young-person",
    )
    assert code == 0
    lines = out.splitlines()
    assert lines[0].startswith("near LS1") and lines[1].startswith(
        "1. Leeds Young People's Counselling [t-leeds-youth] ("
    )
    assert "km)" in lines[1] and "why: offers counselling" in lines[2]


def test_search_says_when_national_services_fill_in(cli_runner: CliRunner) -> None:
    run(cli_runner, "directory", "import", str(SMALL))
    code, out, _ = run(
        cli_runner, "directory", "search", "someone to talk to", "--near", "Plymouth", "--age", "12"
    )
    assert code == 0 and "no local service fitted; national services instead" in out
    assert "[t-national-helpline] (national)" in out


def test_geo_import_loads_places_for_search(cli_runner: CliRunner, tmp_path: Path) -> None:
    csv = tmp_path / "outcodes.csv"
    csv.write_text(
        "postcode,latitude,longitude,city,county,country_name\nZE1,60.15,-1.15,Lerwick,Shetland,Scotland\n"
    )
    code, out, _ = run(cli_runner, "geo", "import", str(csv))
    assert code == 0 and "imported 1 place(s)" in out
    run(cli_runner, "directory", "import", str(SMALL))
    code, out, _ = run(cli_runner, "directory", "search", "talk", "--near", "ZE1")
    assert code == 0 and out.startswith("near ZE1 (Shetland), Scotland")


def test_a_new_database_is_migrated_by_the_first_import(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("DATABASE_URL", f"sqlite:///{tmp_path / 'fresh' / 'new.db'}")
    code, out, _ = run(CliRunner(), "directory", "import", str(SMALL))
    assert code == 0 and "added 8" in out
