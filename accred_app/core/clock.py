"""Time as the office lives it: instants are stored in UTC, people read them in Vietnam's time zone.

``tzdata`` (a dependency) supplies the zone on Windows, which has no system zone database."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Final
from zoneinfo import ZoneInfo

VIETNAM_TZ: Final = ZoneInfo("Asia/Ho_Chi_Minh")


def utcnow() -> datetime:
    """The current instant, timezone-aware (UTC): what every stored timestamp holds."""
    return datetime.now(UTC)
