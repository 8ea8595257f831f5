"""Everything a checkpoint laptop needs for one event, written into one folder at the desk.

The station package (``checkpoint.stations.export_station``: the event's passes and revocations,
its reporters' names and photos, the checkpoint officers, signed by the desk) and the desk's
public keys (``passes.keys.export_public_keys``), which a new station may use instead of typing
the fingerprint. The result says what the package holds, read back from the file as a station
will read it, and the fingerprint the station's officer must confirm on the first import.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from accred_app.core.checkpoint.packages import open_package, read_payload
from accred_app.core.checkpoint.stations import StationSummary, export_station
from accred_app.core.clock import VIETNAM_TZ, utcnow
from accred_app.core.errors import ValidationError
from accred_app.core.messages import register
from accred_app.core.passes.keys import export_public_keys
from accred_app.core.registry.events import get_event
from accred_app.core.roles import Actor, Permission
from accred_app.core.storage.db import Database
from accred_app.core.text import fold

register(
    {
        "file_unwritable": (
            "Không ghi được tệp {path}: {detail}",
            "Cannot write file {path}: {detail}",
        ),
    }
)


@dataclass(frozen=True, slots=True)
class CheckpointLaptop:
    package: Path
    public_keys: Path
    summary: StationSummary
    photos: int  # reporters whose photo travels in the package
    public_keys_written: int


def file_stem(event_name: str, moment: datetime) -> str:
    """``dai-hoi-dang-bo-tinh-20260309-0815``: the event in plain ASCII (any computer's file
    system takes it) and the desk's local time, so the packages of successive days sort in order."""
    words = re.sub(r"[^a-z0-9]+", "-", fold(event_name)).strip("-")[:60].rstrip("-")
    return f"{words or 'su-kien'}-{moment.astimezone(VIETNAM_TZ):%Y%m%d-%H%M}"


def prepare_checkpoint_laptop(
    db: Database, actor: Actor, event_id: int, folder: Path, *, now: datetime | None = None
) -> CheckpointLaptop:
    """Write the package and the public keys for ``event_id`` into ``folder``."""
    actor.require(Permission.MANAGE_DATA)
    actor.require(Permission.MANAGE_KEYS)
    event = get_event(db, actor, event_id)
    stem = file_stem(event.name, now or utcnow())
    package = folder / f"{stem}.station"
    keys_file = folder / f"{stem}-public-keys.json"
    try:
        summary = export_station(db, actor, event_id, package)
        written = export_public_keys(db, actor, keys_file)
    except OSError as exc:  # a folder that vanished, a full or read-only USB stick
        raise ValidationError(
            "file_unwritable", path=exc.filename or str(folder), detail=exc.strerror or str(exc)
        ) from exc
    contents = read_payload(open_package(package))
    photos = sum(reporter.photo is not None for reporter in contents.reporters)
    return CheckpointLaptop(package, keys_file, summary, photos, written)
