"""Installation settings kept in the database, so every desk sharing it prints the same authority
name and numbers passes in one series."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from accred_app.core import validation as v
from accred_app.core.errors import ValidationError
from accred_app.core.models import Setting
from accred_app.core.roles import Actor, Permission
from accred_app.core.storage.db import Database

DEFAULTS: dict[str, str] = {
    "org_name": "CÔNG AN TỈNH THANH HÓA",
    "office_name": "PHÒNG THAM MƯU",
    "serial_prefix": "TH",
    "station_name": "desk",
    "backup_keep": "14",
    # Hours after which a station's package is stale (checkpoint/freshness.py reads and checks it).
    "station_stale_hours": "12",
}


@dataclass(frozen=True, slots=True)
class Settings:
    org_name: str
    office_name: str
    serial_prefix: str
    station_name: str
    backup_keep: int


def read_value(session: Session, key: str) -> str:
    row = session.get(Setting, key)
    return row.value if row is not None else DEFAULTS[key]


def write_value(session: Session, key: str, value: str) -> None:
    row = session.get(Setting, key)
    if row is None:
        session.add(Setting(key=key, value=value))
    elif row.value != value:
        row.value = value


def load_settings(session: Session) -> Settings:
    """The settings, in one statement through the table rather than the mapped class: the desk
    window reads them before its sign-in dialog, and a process's first ORM query configures every
    mapper (≈ 40 ms) — left to the sign-in, on its worker."""
    table = Setting.__table__
    stored = dict(
        session.execute(select(table.c.key, table.c.value).where(table.c.key.in_(DEFAULTS))).all()
    )
    values = {key: stored.get(key, default) for key, default in DEFAULTS.items()}
    return Settings(
        org_name=values["org_name"],
        office_name=values["office_name"],
        serial_prefix=values["serial_prefix"],
        station_name=values["station_name"],
        backup_keep=int(values["backup_keep"]),
    )


def get_settings(db: Database) -> Settings:
    with db.reading() as session:
        return load_settings(session)


def update_settings(db: Database, actor: Actor, **values: str) -> Settings:
    actor.require(Permission.MANAGE_DATA)
    with db.transaction(actor) as session:
        for key, value in values.items():
            if key not in DEFAULTS:
                raise ValidationError("unknown_field", field=key)
            write_value(session, key, v.required_text(value, key, limit=200))
        return load_settings(session)
