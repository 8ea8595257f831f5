"""How fresh a station's knowledge is: a pass revoked at the desk after the package was made is
still accepted at the station, so the checkpoint window says when the package was made and turns
amber once it is older than the configured age ("revocations since … not known").

The age is a setting (``station_stale_hours``, default 12, 1–720) of the station's database, set
there by one of its checkpoint officers (a station has no administrator); a caller may pass its own (the window's preference, ``accred station status --stale-after``). At a
desk (no station identity) nothing is stale: the desk is where revocations happen. Refreshing the
package (``station import`` of a newer one) moves the creation time on and keeps the station's
scan log and its chain (``stations.import_station`` never touches ``scan_log``).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Final

from accred_app.core.checkpoint.stations import station_identity
from accred_app.core.clock import VIETNAM_TZ, utcnow
from accred_app.core.errors import ValidationError
from accred_app.core.messages import register, render
from accred_app.core.roles import Actor, Permission
from accred_app.core.storage.db import Database
from accred_app.core.storage.settings import read_value, write_value

STALE_AFTER_SETTING: Final = "station_stale_hours"
DEFAULT_STALE_AFTER_HOURS: Final = 12
MAX_STALE_AFTER_HOURS: Final = 720  # thirty days: a longer event is refreshed before then

register(
    {
        "station_stale": (
            "Dữ liệu trạm tạo lúc {created}, đã quá {hours} giờ: các thẻ bị thu hồi sau thời "
            "điểm đó trạm chưa biết. Hãy cập nhật dữ liệu trạm từ bàn cấp thẻ.",
            "Station data made at {created}, more than {hours} hours ago: revocations since "
            "then are not known here. Refresh the station's data from the desk.",
        ),
        "station_fresh": (
            "Dữ liệu trạm tạo lúc {created} (cách đây {age}).",
            "Station data made at {created} ({age} ago).",
        ),
        "station_stale_after_invalid": (
            "Thời hạn dữ liệu trạm phải là số giờ từ 1 đến {maximum}.",
            "The station data age must be a number of hours from 1 to {maximum}.",
        ),
    }
)


@dataclass(frozen=True, slots=True)
class StationFreshness:
    """``is_station`` False at a desk (then nothing else applies and ``stale`` is False)."""

    is_station: bool
    station: str | None
    package_created_at: datetime | None
    refreshed_at: datetime | None
    age: timedelta | None
    stale_after: timedelta
    stale: bool

    def message(self, locale: str = "vi") -> str | None:
        """The header's words: when the data was made, and what is not known once stale."""
        if not self.is_station or self.package_created_at is None or self.age is None:
            return None
        created = self.package_created_at.astimezone(VIETNAM_TZ).strftime("%H:%M %d/%m/%Y")
        if self.stale:
            hours = int(self.stale_after.total_seconds() // 3600)
            return render("station_stale", locale, {"created": created, "hours": hours})
        minutes = max(0, int(self.age.total_seconds() // 60))
        age = f"{minutes // 60}h{minutes % 60:02d}"
        return render("station_fresh", locale, {"created": created, "age": age})

    def as_json(self) -> dict[str, object]:
        return {
            "is_station": self.is_station,
            "station": self.station,
            "package_created_at": (
                self.package_created_at.isoformat() if self.package_created_at else None
            ),
            "refreshed_at": self.refreshed_at.isoformat() if self.refreshed_at else None,
            "age_seconds": int(self.age.total_seconds()) if self.age is not None else None,
            "stale_after_hours": self.stale_after.total_seconds() / 3600,
            "stale": self.stale,
        }


def _hours(value: object) -> int:
    try:
        hours = int(str(value).strip())
    except ValueError:
        raise ValidationError(
            "station_stale_after_invalid", maximum=MAX_STALE_AFTER_HOURS
        ) from None
    if not 1 <= hours <= MAX_STALE_AFTER_HOURS:
        raise ValidationError("station_stale_after_invalid", maximum=MAX_STALE_AFTER_HOURS)
    return hours


def stale_after_hours(db: Database) -> int:
    """The configured age in hours (the default when unset or unreadable)."""
    with db.reading() as session:
        stored = read_value(session, STALE_AFTER_SETTING)
    try:
        return _hours(stored)
    except ValidationError:
        return DEFAULT_STALE_AFTER_HOURS


def set_stale_after_hours(db: Database, actor: Actor, hours: int | str) -> int:
    """Set the age after which this station's data is stale.

    An administrator's setting at a desk; at a station, which has no administrator, one of its
    checkpoint officers sets it. It only moves a warning's threshold, and like every setting the
    change is in the audit trail with the officer's name.
    """
    value = _hours(hours)
    with db.transaction(actor) as session:
        actor.require(
            Permission.SCAN if station_identity(session) is not None else Permission.MANAGE_DATA
        )
        write_value(session, STALE_AFTER_SETTING, str(value))
    return value


def station_freshness(
    db: Database,
    actor: Actor,
    *,
    now: datetime | None = None,
    stale_after: timedelta | None = None,
) -> StationFreshness:
    """When this station's package was made and whether it is older than ``stale_after``
    (default: the setting). Whoever may scan may ask: the checkpoint shows it."""
    if not actor.can(Permission.READ):
        actor.require(Permission.SCAN)
    limit = stale_after if stale_after is not None else timedelta(hours=stale_after_hours(db))
    if limit <= timedelta(0):
        raise ValidationError("station_stale_after_invalid", maximum=MAX_STALE_AFTER_HOURS)
    with db.reading() as session:
        identity = station_identity(session)
        if identity is None:
            return StationFreshness(False, None, None, None, None, limit, False)
        created, refreshed, name = (
            identity.package_created_at,
            identity.refreshed_at,
            identity.name,
        )
    age = (now or utcnow()) - created
    return StationFreshness(True, name, created, refreshed, age, limit, age >= limit)
