"""``accred init``: the schema (migrated on open), the first signing key, the first administrator
and the organisation settings. Safe to run again: it only adds what is missing."""

from __future__ import annotations

from collections.abc import Callable

from accred_app.core.errors import ValidationError
from accred_app.core.messages import register
from accred_app.core.passes.keys import ensure_signing_key
from accred_app.core.roles import SYSTEM
from accred_app.core.security.officers import create_officer, has_officers
from accred_app.core.storage.db import Database
from accred_app.core.storage.settings import write_value

register(
    {
        "admin_password_needed": (
            "Cần mật khẩu cho quản trị viên đầu tiên.",
            "The first administrator needs a password.",
        ),
        "passwords_differ": ("Hai lần nhập mật khẩu không khớp.", "The two passwords differ."),
    }
)


def initialise(
    db: Database,
    *,
    org_name: str | None = None,
    office_name: str | None = None,
    serial_prefix: str | None = None,
    admin_username: str = "admin",
    admin_name: str = "Quản trị viên",
    admin_password: str | None = None,
    ask_password: Callable[[str], str] | None = None,
) -> dict[str, object]:
    with db.transaction(SYSTEM) as session:
        key_created = ensure_signing_key(session)
        for key, value in (
            ("org_name", org_name),
            ("office_name", office_name),
            ("serial_prefix", serial_prefix),
        ):
            if value and value.strip():
                write_value(
                    session, key, value.strip() if key != "serial_prefix" else value.strip().upper()
                )
    admin_created: str | None = None
    if not has_officers(db):
        if admin_password is None:
            if ask_password is None:
                raise ValidationError("admin_password_needed")
            admin_password = ask_password(admin_username)
        create_officer(
            db,
            SYSTEM,
            username=admin_username,
            full_name=admin_name,
            role="admin",
            password=admin_password,
        )
        admin_created = admin_username.strip().lower()
    return {"admin_created": admin_created, "key_created": key_created}
