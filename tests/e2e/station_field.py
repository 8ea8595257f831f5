"""The desk-and-station world of the station package and log tests (the ``field`` fixture is in
this folder's conftest.py), importable by name from the tests.

The registry is seeded through the services; packages and logs go through the real ``accred``
commands. ``Field.craft`` rewrites a package as an attacker (or a broken desk) would: it changes
the payload and signs it with whatever keys it is given.
"""

from __future__ import annotations

import gzip
import json
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from accred_app.core.checkpoint.packages import seal_package
from accred_app.core.passes.keys import all_signing_keys
from accred_app.core.passes.tokens import SigningKey

TODAY = date.today()
CHECKPOINT_PASSWORD = "mat-khau-kiem-soat-1"
SECOND_CHECKPOINT_PASSWORD = "mat-khau-kiem-soat-2"


@dataclass
class Field:
    """The desk database (``run``), a station file beside it and what was issued."""

    run: Callable[..., Any]
    tmp: Path
    db: Any
    admin: Any
    unit: int
    event: int
    other_event: int
    anh: int
    binh: int
    good: dict[str, Any]  # a pass of Ánh for the event
    gone: dict[str, Any]  # a pass of Bình, revoked
    package: Path
    exported: dict[str, Any]  # `station export --json`
    station_db: Path

    def desk(self, *argv: str, **kwargs: Any) -> Any:
        return self.run(*argv, **kwargs)

    def station(self, *argv: str, user: str | None = "cp1", **kwargs: Any) -> Any:
        password = kwargs.pop("password", CHECKPOINT_PASSWORD)
        return self.run("--db", str(self.station_db), *argv, user=user, password=password, **kwargs)

    def set_up_station(self, *extra: str) -> dict[str, Any]:
        result = self.station(
            "--json",
            "station",
            "import",
            str(self.package),
            "--fingerprint",
            self.exported["fingerprint"],
            *extra,
            user=None,
        )
        assert result.code == 0, (result.code, result.out, result.err)
        return dict(result.json())

    def export(self, name: str = "refresh.json.gz") -> tuple[Path, dict[str, Any]]:
        path = self.tmp / name
        result = self.desk("--json", "station", "export", "--event", str(self.event), str(path))
        assert result.code == 0, (result.code, result.out, result.err)
        return path, dict(result.json())

    def scan_at_station(self, token: str, *extra: str) -> Any:
        return self.station(
            "--json",
            "scan",
            "--event",
            str(self.event),
            "--unit",
            str(self.unit),
            *extra,
            token,
        )

    def desk_keys(self) -> list[SigningKey]:
        with self.db.reading() as session:
            return all_signing_keys(session, self.admin)

    def craft(
        self,
        source: Path,
        change: Callable[[dict[str, Any]], None],
        *,
        sign_with: list[SigningKey] | None = None,
        name: str = "crafted.json.gz",
    ) -> Path:
        """``source`` with its payload changed by ``change``, signed by ``sign_with`` (default: the
        desk's own keys, i.e. what a broken or compromised desk could send)."""
        _, payload = read_package(source)
        change(payload)
        data = json.dumps(payload, ensure_ascii=False).encode("utf-8")
        path = self.tmp / name
        path.write_bytes(seal_package(data, self.desk_keys() if sign_with is None else sign_with))
        return path


def read_package(path: Path) -> tuple[dict[str, Any], dict[str, Any]]:
    raw = gzip.decompress(path.read_bytes())
    header, _, payload = raw.partition(b"\n")
    return json.loads(header), json.loads(payload)
