"""Alembic migrations. ``HEAD_REVISION`` lets the app skip importing Alembic (≈0.6 s) when a database
is already current; a test checks it equals the script directory's head."""

HEAD_REVISION = "0010"
