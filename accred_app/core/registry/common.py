"""Small helpers the registry services share: fetching by id, folded-key search clauses."""

from __future__ import annotations

from typing import Any, TypeVar

from sqlalchemy import ColumnElement, and_, true
from sqlalchemy.orm import InstrumentedAttribute, Session

from accred_app.core.errors import NotFoundError
from accred_app.core.models import Base
from accred_app.core.text import like_patterns

ModelT = TypeVar("ModelT", bound=Base)


def get_or_raise(session: Session, model: type[ModelT], key: Any, entity: str) -> ModelT:
    row = session.get(model, key)
    if row is None:
        raise NotFoundError("not_found", entity=entity, key=key)
    return row


def search_clause(column: InstrumentedAttribute[str], query: str) -> ColumnElement[bool]:
    """Every word of ``query`` must start a word of the folded key (see core/text.py)."""
    patterns = like_patterns(query)
    if not patterns:
        return true()
    return and_(*(column.like(pattern, escape="\\") for pattern in patterns))
