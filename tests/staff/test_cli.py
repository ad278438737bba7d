"""`assistant staff add / token / revoke / list` through the real CLI and database."""

from __future__ import annotations

from sqlalchemy import select

from assistant.cli import cli
from assistant.staff.accounts import ApiToken, StaffMember, hash_token, staff_for_token


def add(cli_runner, name: str = "sam", role: str = "staff", password: str = "correct horse battery"):
    return cli_runner.invoke(
        cli, ["staff", "add", name, "--role", role, "--password-stdin"], input=password + "\n"
    )


def test_staff_add_stores_an_argon2_hash_not_the_password(cli_runner, sessions) -> None:
    result = add(cli_runner)
    assert result.exit_code == 0, result.output
    with sessions() as session:
        member = session.scalars(select(StaffMember)).one()
    assert member.role == "staff"
    assert member.password_hash.startswith("$argon2") and "correct horse" not in member.password_hash


def test_staff_add_refuses_duplicates_weak_passwords_and_bad_roles(cli_runner) -> None:
    assert add(cli_runner).exit_code == 0
    duplicate = add(cli_runner)
    assert duplicate.exit_code != 0 and "already exists" in duplicate.output
    weak = add(cli_runner, name="alex", password="short")
    assert weak.exit_code != 0 and "at least 12 characters" in weak.output
    role = add(cli_runner, name="alex", role="boss")
    assert role.exit_code != 0 and "boss" in role.output


def test_staff_token_prints_a_working_token_last_and_stores_only_its_hash(cli_runner, sessions) -> None:
    add(cli_runner)
    result = cli_runner.invoke(cli, ["staff", "token", "sam"])
    assert result.exit_code == 0, result.output
    token = result.output.strip().splitlines()[-1]
    with sessions.begin() as session:
        stored = session.scalars(select(ApiToken)).one()
        assert stored.token_hash == hash_token(token) and token not in stored.token_hash
        assert staff_for_token(session, token).name == "sam"


def test_staff_revoke_makes_tokens_stop_working(cli_runner, sessions) -> None:
    add(cli_runner)
    token = cli_runner.invoke(cli, ["staff", "token", "sam"]).output.strip().splitlines()[-1]
    result = cli_runner.invoke(cli, ["staff", "revoke", "sam"])
    assert result.exit_code == 0 and "revoked 1 token" in result.output
    with sessions.begin() as session:
        assert staff_for_token(session, token) is None


def test_staff_token_for_an_unknown_name_is_a_clear_error(cli_runner) -> None:
    result = cli_runner.invoke(cli, ["staff", "token", "nobody"])
    assert result.exit_code != 0 and "no member of staff called 'nobody'" in result.output


def test_staff_list_shows_role_and_live_tokens(cli_runner) -> None:
    add(cli_runner, role="admin")
    cli_runner.invoke(cli, ["staff", "token", "sam"])
    assert "sam\tadmin\t1 live token(s)" in cli_runner.invoke(cli, ["staff", "list"]).output
