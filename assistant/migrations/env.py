"""Alembic environment: migrations for every table of the project."""

from __future__ import annotations

from alembic import context

from assistant.db import Base, make_engine
from assistant.models import load_all_models

target_metadata = load_all_models()
url = context.config.get_main_option("sqlalchemy.url")
assert url, "sqlalchemy.url must be set"

if context.is_offline_mode():
    context.configure(url=url, target_metadata=target_metadata, literal_binds=True)
    with context.begin_transaction():
        context.run_migrations()
else:
    engine = make_engine(url)
    with engine.connect() as connection:
        context.configure(
            connection=connection,
            target_metadata=target_metadata,
            render_as_batch=connection.dialect.name == "sqlite",
        )
        with context.begin_transaction():
            context.run_migrations()
    engine.dispose()

__all__ = ["Base"]
