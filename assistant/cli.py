"""The `assistant` command: run the service, train, migrate, and manage its data."""

from __future__ import annotations

import asyncio
import logging
import sys
from datetime import timedelta

import click
from sqlalchemy import delete

from assistant import db
from assistant.models import Conversation, utcnow
from assistant.settings import Settings, SettingsError


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
    """Delete what is older than its retention period (RETENTION_DAYS for conversations)."""
    engine = db.make_engine(settings.database_url)
    cutoff = utcnow() - timedelta(days=settings.retention_days)
    with db.make_sessionmaker(engine).begin() as session:
        result = session.execute(delete(Conversation).where(Conversation.last_message_at < cutoff))
        removed = result.rowcount  # type: ignore[attr-defined]
    click.echo(f"removed {removed} conversation(s) idle for more than {settings.retention_days} days")


@cli.group()
def bench() -> None:
    """Benchmarks and quality measurements that print figures."""


# Command groups defined in their own modules, one line each:


def main() -> None:
    cli(prog_name="assistant")
