"""Police units that staff checkpoints and grant access (a tree: provincial police → offices → teams)."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select

from accred_app.core import validation as v
from accred_app.core.errors import ValidationError
from accred_app.core.messages import register
from accred_app.core.models import PoliceUnit
from accred_app.core.registry.common import get_or_raise, search_clause
from accred_app.core.roles import Actor, Permission
from accred_app.core.storage.db import Database
from accred_app.core.text import search_key

register(
    {
        "duplicate_unit_code": (
            "Mã đơn vị “{code}” đã được dùng cho “{other}”.",
            "Unit code “{code}” is already used by “{other}”.",
        ),
        "unit_cycle": (
            "Không thể chuyển đơn vị “{name}” vào “{parent}”: đó là chính nó hoặc một đơn vị "
            "trực thuộc nó.",
            "“{name}” cannot move under “{parent}”: that is the unit itself or one of its "
            "sub-units.",
        ),
        "invalid_unit_code": (
            "Mã đơn vị “{code}” không hợp lệ (chữ không dấu, số, “-”, “_”, tối đa 32 ký tự).",
            "Unit code “{code}” is invalid (plain letters, digits, “-”, “_”, up to 32 characters).",
        ),
    }
)


@dataclass(frozen=True, slots=True)
class UnitView:
    id: int
    name: str
    code: str
    parent_id: int | None
    depth: int = 0


def add_unit(
    db: Database, actor: Actor, *, name: str, code: str, parent_id: int | None = None
) -> int:
    actor.require(Permission.EDIT_REGISTRY)
    clean_name = v.required_text(name, "name", limit=200)
    clean_code = _clean_code(code)
    with db.transaction(actor) as session:
        if parent_id is not None:
            get_or_raise(session, PoliceUnit, parent_id, "unit")
        other = session.execute(
            select(PoliceUnit).where(PoliceUnit.code == clean_code)
        ).scalar_one_or_none()
        if other is not None:
            raise ValidationError(
                "duplicate_unit_code", code=clean_code, other=other.name, field="code"
            )
        unit = PoliceUnit(
            name=clean_name,
            code=clean_code,
            parent_id=parent_id,
            search_key=search_key(clean_name, clean_code),
        )
        session.add(unit)
        session.flush()
        return unit.id


def list_units(db: Database, actor: Actor, query: str = "") -> list[UnitView]:
    """Units as a tree walk (parent before children, siblings by code), with their depth."""
    actor.require(Permission.READ)
    with db.reading() as session:
        units = (
            session.execute(select(PoliceUnit).where(search_clause(PoliceUnit.search_key, query)))
            .scalars()
            .all()
        )
        rows = [(u.id, u.name, u.code, u.parent_id) for u in units]
    ids = {r[0] for r in rows}
    children: dict[int | None, list[tuple[int, str, str, int | None]]] = {}
    for row in rows:
        parent = row[3] if row[3] in ids else None
        children.setdefault(parent, []).append(row)
    ordered: list[UnitView] = []

    def walk(parent: int | None, depth: int) -> None:
        for unit_id, name, code, parent_id in sorted(children.get(parent, []), key=lambda r: r[2]):
            ordered.append(UnitView(unit_id, name, code, parent_id, depth))
            walk(unit_id, depth + 1)

    walk(None, 0)
    return ordered


def get_unit(db: Database, actor: Actor, unit_id: int) -> UnitView:
    actor.require(Permission.READ)
    with db.reading() as session:
        unit = get_or_raise(session, PoliceUnit, unit_id, "unit")
        return UnitView(unit.id, unit.name, unit.code, unit.parent_id)


def _clean_code(code: str) -> str:
    clean_code = v.required_text(code, "code", limit=32).upper()
    if not clean_code.replace("-", "").replace("_", "").isalnum() or not clean_code.isascii():
        raise ValidationError("invalid_unit_code", code=clean_code, field="code")
    return clean_code


def rename_unit(
    db: Database, actor: Actor, unit_id: int, *, name: str, code: str | None = None
) -> UnitView:
    """A unit's new name (and code, when given); the code stays unique."""
    actor.require(Permission.EDIT_REGISTRY)
    clean_name = v.required_text(name, "name", limit=200)
    clean_code = _clean_code(code) if code is not None else None
    with db.transaction(actor) as session:
        unit = get_or_raise(session, PoliceUnit, unit_id, "unit")
        if clean_code is not None and clean_code != unit.code:
            other = session.execute(
                select(PoliceUnit).where(PoliceUnit.code == clean_code)
            ).scalar_one_or_none()
            if other is not None:
                raise ValidationError(
                    "duplicate_unit_code", code=clean_code, other=other.name, field="code"
                )
            unit.code = clean_code
        unit.name = clean_name
        unit.search_key = search_key(unit.name, unit.code)
        session.flush()
        return UnitView(unit.id, unit.name, unit.code, unit.parent_id)


def move_unit(db: Database, actor: Actor, unit_id: int, parent_id: int | None) -> UnitView:
    """Put a unit (with everything under it) under another parent, or at the top (``None``); a
    unit cannot go under itself or under one of its own sub-units."""
    actor.require(Permission.EDIT_REGISTRY)
    with db.transaction(actor) as session:
        unit = get_or_raise(session, PoliceUnit, unit_id, "unit")
        if parent_id is not None:
            parent = get_or_raise(session, PoliceUnit, parent_id, "unit")
            parents = dict(session.execute(select(PoliceUnit.id, PoliceUnit.parent_id)).all())
            ancestor: int | None = parent.id
            while ancestor is not None:
                if ancestor == unit.id:
                    raise ValidationError(
                        "unit_cycle", name=unit.name, parent=parent.name, field="parent_id"
                    )
                ancestor = parents.get(ancestor)
        unit.parent_id = parent_id
        session.flush()
        return UnitView(unit.id, unit.name, unit.code, unit.parent_id)
