"""Alembic environment: run on the connection the store hands over (no alembic.ini, no logging
setup, so migrating at startup does not touch the application's logging)."""

from alembic import context

from sourcetrace.store.models import Base

connection = context.config.attributes.get("connection")
if connection is None:  # pragma: no cover - only when run from the alembic command line
    raise SystemExit("run migrations through sourcetrace.store.migrate()")

context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=connection.dialect.name == "sqlite",
)
with context.begin_transaction():
    context.run_migrations()
