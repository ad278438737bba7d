"""The `assistant` command: run the service, train, migrate, and manage its data."""

from __future__ import annotations

import asyncio
import logging
import sys
from datetime import timedelta

import click
from sqlalchemy import delete

from assistant import db
from assistant.benchmarks import bench_service
from assistant.cli_directory import bench_directory, directory_group, geo_group
from assistant.models import Conversation, utcnow
from assistant.nlu_eval import bench_nlu
from assistant.safeguarding.escalations import Escalation
from assistant.safeguarding.evaluate import bench_safeguarding
from assistant.settings import Settings, SettingsError
from assistant.signposting_eval import bench_signposting
from assistant.staff.accounts import ApiToken
from assistant.staff.cli import staff_group
from services_directory.demo import load_demo_if_empty


@click.group()
@click.pass_context
def cli(ctx: click.Context) -> None:
    """The Hidden Harm signposting assistant."""
    try:
        ctx.obj = Settings.from_env()
    except SettingsError as error:
        raise click.ClickException(str(error)) from error


@cli.command()
@click.pass_obj
def run(settings: Settings) -> None:
    """Start the gateway, Rasa and the action server; Ctrl-C stops them all."""
    from assistant.supervisor import supervise
    from assistant.training import ensure_model

    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    db.upgrade(settings.database_url)
    loaded = load_demo_if_empty(db.make_sessionmaker(db.make_engine(settings.database_url)))
    if loaded:
        click.echo(
            f"directory: empty, so loaded the demo directory ({loaded} services); an import replaces it"
        )
    model = ensure_model()
    sys.exit(asyncio.run(supervise(settings, model)))


@cli.command()
@click.option("--force", is_flag=True, help="Train even if a model for these inputs exists.")
def train(force: bool) -> None:
    """Train the Rasa model if its config, domain or data changed (cached by their hash)."""
    from assistant.training import ensure_model

    click.echo(ensure_model(force=force))


@cli.group("db")
def db_group() -> None:
    """Database schema and retention."""


@db_group.command("upgrade")
@click.pass_obj
def db_upgrade(settings: Settings) -> None:
    """Apply any pending migrations to DATABASE_URL."""
    db.upgrade(settings.database_url)
    click.echo("database is up to date")


@db_group.command("purge")
@click.pass_obj
def db_purge(settings: Settings) -> None:
    """Delete what is past its retention period: idle conversations, resolved escalations, revoked tokens."""
    now = utcnow()
    rules = [
        ("conversation(s)", delete(Conversation).where(
            Conversation.last_message_at < now - timedelta(days=settings.retention_days))),
        ("resolved escalation(s)", delete(Escalation).where(
            Escalation.resolved_at < now - timedelta(days=settings.escalation_retention_days))),
        ("revoked token(s)", delete(ApiToken).where(ApiToken.revoked_at < now - timedelta(days=90))),
    ]  # fmt: skip
    engine = db.make_engine(settings.database_url)
    with db.make_sessionmaker(engine).begin() as session:
        for label, statement in rules:
            removed = session.execute(statement).rowcount  # type: ignore[attr-defined]
            click.echo(f"removed {removed} {label} past retention")


@cli.group()
def bench() -> None:
    """Benchmarks and quality measurements that print figures."""


# Command groups defined in their own modules, one line each:
cli.add_command(staff_group)
bench.add_command(bench_service)
bench.add_command(bench_signposting)
cli.add_command(directory_group)
cli.add_command(geo_group)
bench.add_command(bench_directory)
bench.add_command(bench_safeguarding)
bench.add_command(bench_nlu)


def main() -> None:
    cli(prog_name="assistant")
