"""`assistant staff ...`: accounts and API tokens."""

from __future__ import annotations

import sys

import click
from sqlalchemy import select

from assistant import db
from assistant.settings import Settings
from assistant.staff.accounts import AccountError, StaffMember, add_staff, issue_token, revoke_tokens


@click.group("staff")
def staff_group() -> None:
    """Staff accounts and API tokens."""


@staff_group.command("add")
@click.argument("name")
@click.option("--role", type=click.Choice(["admin", "staff"]), required=True)
@click.option("--password-stdin", is_flag=True, required=True, help="Read the password from standard input.")
@click.pass_obj
def add(settings: Settings, name: str, role: str, password_stdin: bool) -> None:
    """Add a member of staff (the password is stored as an argon2 hash)."""
    password = sys.stdin.readline().rstrip("\r\n")
    try:
        with db.migrated_sessions(settings.database_url) as sessions, sessions.begin() as session:
            add_staff(session, name, role, password)
    except AccountError as error:
        raise click.ClickException(str(error)) from error
    click.echo(f"added {name} ({role})")


@staff_group.command("token")
@click.argument("name")
@click.pass_obj
def token(settings: Settings, name: str) -> None:
    """Print a new API token for NAME (shown once; only its hash is kept) as the last line."""
    try:
        with db.migrated_sessions(settings.database_url) as sessions, sessions.begin() as session:
            new_token = issue_token(session, name)
    except AccountError as error:
        raise click.ClickException(str(error)) from error
    click.echo(f"new API token for {name} (store it now; it cannot be shown again):")
    click.echo(new_token)


@staff_group.command("revoke")
@click.argument("name")
@click.pass_obj
def revoke(settings: Settings, name: str) -> None:
    """Revoke every API token of NAME."""
    try:
        with db.migrated_sessions(settings.database_url) as sessions, sessions.begin() as session:
            count = revoke_tokens(session, name)
    except AccountError as error:
        raise click.ClickException(str(error)) from error
    click.echo(f"revoked {count} token(s) of {name}")


@staff_group.command("list")
@click.pass_obj
def list_staff(settings: Settings) -> None:
    """List staff with their role and number of live tokens."""
    with db.migrated_sessions(settings.database_url) as sessions, sessions() as session:
        for member in session.scalars(select(StaffMember).order_by(StaffMember.name)):
            live = sum(1 for t in member.tokens if t.revoked_at is None)
            click.echo(f"{member.name}\t{member.role}\t{live} live token(s)")
